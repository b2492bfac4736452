"""What every recognizer sees: the document, the instrument's region in it, its sections,
defined terms, sentences, labelled values and the cue rules that fired there — each computed
once, and the one home of the windows recognizers look in (`head()`, `body()`)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

from warrant_terms.extract.candidate import Candidate, Flag, Span
from warrant_terms.extract.dates import DateMatch, find_dates
from warrant_terms.extract.defined_terms import Definition, find_defined_terms, normalize_term
from warrant_terms.extract.header_rows import kind_columns
from warrant_terms.extract.kinds import kind_pattern
from warrant_terms.extract.layout import (
    LabelledValue,
    is_cross_reference,
    label_key,
    labelled_values,
    referenced_schedule,
)
from warrant_terms.extract.rules import Cue, cue_matcher
from warrant_terms.parse.document import Document
from warrant_terms.parse.sections import Section, parent_labels, section_at, split_sections
from warrant_terms.parse.sentences import sentences_in

# Without a grant sentence, the head of an instrument is its first stretch of this length.
HEAD_CHARS = 4000
KIND_BLOCK_SCORE = 0.97
# Two forms in one exhibit, each naming itself: a reading in this kind's own form edges out
# the same reading in the other's (each states its own "Exercise Price").
KIND_FORM_BONUS = 0.05


# "(i) with respect to the Class A Warrants, …": a part of a clause for one kind of warrant
_KIND_PART = re.compile(
    r"\b(?:with\s+respect\s+to|in\s+the\s+case\s+of)\s+(?:the\s+|each\s+|any\s+)?"
    r"(?P<kind>(?:[A-Z][\w\-’']*\s+){1,3}Warrants?)\b")


@dataclass
class Context:
    doc: Document
    start: int
    end: int
    grant: tuple[int, int] | None = None  # the operative grant sentence
    title: tuple[int, int] | None = None
    kind: str | None = None  # the instrument's name where a document sets out several
    kind_like: str | None = None  # the kind it is "identical to", if the document says so
    kind_block: tuple[int, int] | None = None  # the kind's own terms, under its heading
    kind_form: tuple[int, int] | None = None  # the kind's own form, where each kind has one
    notes: list[str] = field(default_factory=list)
    # Each kind's column of a schedule, by kind: shared by the copies made for other kinds.
    _kind_columns: dict[str, list[LabelledValue]] = field(default_factory=dict, repr=False)

    @property
    def text(self) -> str:
        return self.doc.text

    # --- windows ------------------------------------------------------------------------

    def head(self, through_grant: bool = True, chars: int = HEAD_CHARS) -> tuple[int, int]:
        """The head of the instrument: from its start to the end of the grant sentence (or to
        its start, with `through_grant=False`), or its first `chars` characters where there
        is no grant."""
        if self.grant is not None:
            return self.start, self.grant[1] if through_grant else self.grant[0]
        return self.start, min(self.end, self.start + chars)

    def body(self) -> tuple[int, int]:
        """The instrument's own text, attached forms excluded."""
        return self.start, self.body_end

    # --- structure ----------------------------------------------------------------------

    @cached_property
    def sections(self) -> list[Section]:
        return split_sections(self.doc.text, self.start, self.end)

    @cached_property
    def body_end(self) -> int:
        """Where the warrant's own text stops and attached forms begin."""
        after = self.grant[1] if self.grant else self.start
        forms = [s.start for s in self.sections if s.kind == "form" and s.start >= after]
        return min(forms) if forms else self.end

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        return sentences_in(self.doc.text, self.start, self.end)

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s for s, _ in self.sentences]

    def sentence_at(self, offset: int) -> tuple[int, int]:
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        if i < 0:
            return (self.start, min(self.end, self.start + 1))
        return self.sentences[i]

    def sentences_in(self, start: int, end: int) -> Iterable[tuple[int, int]]:
        """The sentences that start in `[start, end)`."""
        i = bisect.bisect_left(self._sentence_starts, start)
        while i < len(self.sentences) and self.sentences[i][0] < end:
            yield self.sentences[i]
            i += 1

    @cached_property
    def dates(self) -> list[DateMatch]:
        """Every date expression of the region, found once."""
        return [
            DateMatch(d.start + self.start, d.end + self.start, d.value, d.raw, d.complete)
            for d in find_dates(self.doc.text[self.start : self.end])
        ]

    @cached_property
    def _date_starts(self) -> list[int]:
        return [d.start for d in self.dates]

    def dates_in(self, start: int, end: int) -> list[DateMatch]:
        """The dates that lie wholly in `[start, end)`."""
        i = bisect.bisect_left(self._date_starts, start)
        out = []
        while i < len(self.dates) and self.dates[i].start < end:
            if self.dates[i].end <= end:
                out.append(self.dates[i])
            i += 1
        return out

    @cached_property
    def terms(self) -> dict[str, list[Definition]]:
        return find_defined_terms(self.doc.text, self.start, self.end)

    def definition(self, *names: str) -> Definition | None:
        """The first definition of any of `names` (in the order given)."""
        for name in names:
            defs = self.terms.get(normalize_term(name))
            if defs:
                return defs[0]
        return None

    @cached_property
    def labels(self) -> list[LabelledValue]:
        """Cover-table and label-block values in the head (`layout.py`), and in the schedule the
        head sends its terms to, whose values replace a cover block's "See Schedule A"."""
        found = labelled_values(self.doc.text, *self._label_head)
        if self.schedule is not None:
            found = [lv for lv in found if not is_cross_reference(self.doc.text, lv)]
            found += labelled_values(self.doc.text, *self.schedule)
        return found

    @property
    def _label_head(self) -> tuple[int, int]:
        """Where cover labels are read: from the title block to past the grant."""
        s, _ = self.head(through_grant=False)
        return s, max(self.head()[1], s + HEAD_CHARS)

    @cached_property
    def schedule(self) -> tuple[int, int] | None:
        """The schedule the head sends its terms to ("… are stated in Schedule A attached at the
        end of this Warrant"), up to the next attached form: part of the instrument, wherever
        it stands."""
        # ""Exercise Price" means the amount set forth in Item 2 of Schedule A hereto": the
        # schedule may stand after the signatures, where the instrument's region has ended
        found = referenced_schedule(self.doc.text, *self._label_head, len(self.doc.text))
        if found is None:
            return None
        later = [sec.start for sec in self.sections if sec.kind == "form" and sec.start > found[0] + 1]
        return found[0], min([found[1], *later])

    @property
    def kind_prefix(self) -> str | None:
        """How this kind's own defined terms begin: "class b " for the Class B Warrants."""
        return None if self.kind is None else re.sub(r"\s*warrants?$", "", self.kind.lower()).strip() + " "

    def own_terms(self, terms: list[str]) -> list[str]:
        """`terms` with this kind's own versions of them first, where the document defines them
        ("class b expiration date" before "expiration date" for the Class B Warrants)."""
        own = self.kind_prefix
        if own is None:
            return terms
        mine = [own + t for t in terms if own + t in self.terms]
        return mine + [t for t in terms if t not in mine]

    def labelled(self, key: str) -> list[LabelledValue]:
        """Labelled values for `key`: those under this kind's own heading first."""
        return [lv for lv in self.own_labels_first() if lv.key == key]

    def own_labels_first(self) -> list[LabelledValue]:
        """Every labelled value: this kind's own (under its heading, in its column) first."""
        own: list[LabelledValue] = []
        if self.kind_block is not None:
            own = labelled_values(self.doc.text, *self.kind_block)
        return own + self._kind_column() + self.labels

    def kind_part(self, start: int, end: int) -> tuple[int, int]:
        """The part of `text[start:end]` that speaks of this kind where the text gives each kind
        a part of its own ("… shall mean, (i) with respect to the Class A Warrants, … three (3)
        years after the Effective Date, and (ii) with respect to the Class B Warrants, … five (5)
        years …"); the whole range otherwise."""
        if self.kind is None:
            return start, end
        marks = list(_KIND_PART.finditer(self.doc.text, start, end))
        if len(marks) < 2:
            return start, end
        named = re.compile(kind_pattern(self.kind), re.IGNORECASE)
        for i, m in enumerate(marks):
            if named.fullmatch(m.group("kind").strip()):
                return m.end(), marks[i + 1].start() if i + 1 < len(marks) else end
        return start, end

    def other_kinds_cells(self, key: str) -> list[tuple[int, int]]:
        """Where a schedule with one column per kind gives another kind's value for `key`."""
        own = {lv.start for lv in self._kind_column() if lv.key == key}
        if not own:
            return []
        return [(lv.start, lv.end) for lv in self.labels if lv.key == key and lv.start not in own]

    def _kind_column(self) -> list[LabelledValue]:
        """This kind's column of a schedule with one column per kind (`header_rows.py`)."""
        if self.kind is None:
            return []
        if self.kind not in self._kind_columns:
            rx = re.compile(kind_pattern(self.kind), re.IGNORECASE)
            self._kind_columns[self.kind] = [
                LabelledValue(label_key(label) or "", label, ls, ls + len(label), vs, ve)
                for label, ls, vs, ve in kind_columns(self.doc.text, self.start, self.end, rx, label_key)]
        return self._kind_columns[self.kind]

    @cached_property
    def cues(self) -> list[Cue]:
        return cue_matcher().find(self.doc.text[self.start : self.end], self.start)

    @cached_property
    def _cues_by_label(self) -> dict[str, list[Cue]]:
        out: dict[str, list[Cue]] = {}
        for c in self.cues:
            out.setdefault(c.label, []).append(c)
        return out

    def cues_in(self, label: str, start: int, end: int) -> list[Cue]:
        return [c for c in self._cues_by_label.get(label, []) if start <= c.start < end]

    def section_of(self, offset: int) -> Section | None:
        return section_at(self.sections, offset)

    def in_form(self, offset: int) -> bool:
        return offset >= self.body_end and not (
            self.schedule is not None and self.schedule[0] <= offset < self.schedule[1])

    @cached_property
    def _headings_by_label(self) -> dict[str, str]:
        return {s.label: s.heading.lower() for s in self.sections if s.label and s.heading}

    def heading_of(self, offset: int) -> str:
        """Headings of the section holding `offset` and of its parents ("4.2" → "4"), lower-cased."""
        sec = self.section_of(offset)
        if sec is None:
            return ""
        if not sec.label:
            return (sec.heading or "").lower()
        names = [self._headings_by_label.get(label) for label in parent_labels(sec.label)]
        return " / ".join(n for n in names if n)

    # --- candidates ---------------------------------------------------------------------

    def candidate(
        self,
        field_name: str,
        value: object,
        spans: list[tuple[int, int]],
        score: float,
        rule: str,
        explanation: str = "",
        flags: Iterable[Flag] = (),
    ) -> Candidate:
        flagged = set(flags)
        if spans and self.in_form(min(s for s, _ in spans)):
            flagged.add(Flag.IN_FORM)
        if spans and self.kind_block is not None and self.kind_block[0] <= spans[0][0] < self.kind_block[1]:
            # Stated under this kind's own heading: what it says for this kind beats the rest.
            score = max(score, KIND_BLOCK_SCORE)
        elif spans and value is not None and self.kind is not None and any(
                lv.start <= spans[0][0] < lv.end for lv in self._kind_column()):
            # In this kind's own column of a schedule ("| Exercise Price | $1.20 | $1.35 |").
            score = max(score, KIND_BLOCK_SCORE)
        elif spans and self.kind_form is not None and self.kind_form[0] <= spans[0][0] < self.kind_form[1]:
            score += KIND_FORM_BONUS
        return Candidate(
            field=field_name,
            value=value,
            spans=[Span(start=s, end=e) for s, e in spans],
            score=max(0.0, min(1.0, score)),
            rule=rule,
            explanation=explanation,
            flags=frozenset(flagged),
        )
