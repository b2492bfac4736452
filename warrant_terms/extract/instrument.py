"""Is this document a warrant, and where is the warrant in it?

A scored decision over several kinds of evidence (weights and wordings in
`patterns/instrument.json`), not one sentence that must match:

- the title block ("WARRANT", "COMMON STOCK PURCHASE WARRANT", "Warrant Certificate",
  "WARRANT AGREEMENT", "Instrument by way of Deed Poll relating to Warrants") and the
  restrictive legend ("THIS WARRANT AND THE SECURITIES ISSUABLE UPON EXERCISE … HAVE NOT BEEN
  REGISTERED");
- the operative grant, as families of wordings ("certifies that … is entitled … to purchase",
  "is the registered holder of N Warrants, each entitling …", "is hereby granted the right to
  purchase", "the right and warrant to purchase", "to subscribe for and purchase", "entitling …
  to acquire");
- warrant-agreement recitals ("warrant certificates evidencing the right to purchase", "desires
  the Warrant Agent to act"), price and expiry definitions, exercise mechanics;

against the signs of another kind of document: a title naming a purchase, underwriting or
registration-rights agreement, an 8-K, a prospectus; first-person prose; a letter; notes to
financial statements. An opening cut before the exercise mechanics is still a warrant when its
title, legend and grant say so.

Where the document itself is another kind (its title says so), only a complete form of warrant
embedded in it (its own title or grant, and exercise mechanics) makes it a warrant, and the
warrant's region is that exhibit.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field

from warrant_terms.extract.kinds import Kind
from warrant_terms.extract.rulebook import patterns
from warrant_terms.parse.document import Document
from warrant_terms.parse.sentences import sentences_in

P = patterns("instrument")


@dataclass(frozen=True)
class Evidence:
    """One piece of evidence for (or against) a warrant: its kind, rule, weight and span."""

    kind: str
    rule: str
    weight: float
    start: int
    end: int


@dataclass(frozen=True)
class Instrument:
    """Where a warrant is set out in a document, the sentence that grants it (if any), its
    title block (if any) and the evidence that decided it."""

    start: int
    end: int
    grant_start: int | None
    grant_end: int | None
    rule: str
    score: float
    title: tuple[int, int] | None = None
    evidence: tuple[Evidence, ...] = field(default=(), compare=False)

    @property
    def grant(self) -> tuple[int, int] | None:
        if self.grant_start is None or self.grant_end is None:
            return None
        return (self.grant_start, self.grant_end)


# --- title blocks -----------------------------------------------------------------------


@dataclass(frozen=True)
class TitleBlock:
    start: int
    end: int
    text: str  # upper-cased, white space collapsed
    rule: str
    positive: bool


_SPACE = re.compile(r"\s+")
_PIPES = re.compile(r"[|]+")


def _head_lines(text: str, start: int, limit: int, max_lines: int) -> list[tuple[int, int]]:
    """Non-empty lines of the head as (start, end), at most `max_lines`, within `limit` chars."""
    out: list[tuple[int, int]] = []
    pos = start
    stop = min(len(text), start + limit)
    while pos < stop and len(out) < max_lines:
        nl = text.find("\n", pos, stop)
        end = stop if nl < 0 else nl
        s, e = pos, end
        while s < e and text[s] in " \t|":
            s += 1
        while e > s and text[e - 1] in " \t|\r":
            e -= 1
        if e > s:
            out.append((s, e))
        pos = end + 1
    return out


def _title_text(text: str, s: int, e: int) -> str:
    """A head line as title text: upper case, pipes and runs of white space collapsed, and a
    leading exhibit label ("Exhibit 4.3", "EX-4.1"), blank date field ("Dated ______") or note
    in brackets ("(Subject to Adjustment)") removed."""
    line = _SPACE.sub(" ", _PIPES.sub(" ", text[s:e])).strip().upper()
    line = P.regex("exhibit_label").sub("", line, count=1).strip()
    # "Dated ________ 2024 Warrant Instrument": a cover's blank date field run into its title
    line = P.regex("lead_blank_field").sub("", line, count=1)
    # "(Subject to Adjustment)" run into the title line below it
    return P.regex("lead_parenthetical").sub("", line, count=1)


def _is_short(line: str, words: int) -> bool:
    n = len(line.split())
    return 0 < n <= words and not line.rstrip().endswith((",", ";"))


def title_blocks(text: str, start: int = 0) -> list[TitleBlock]:
    """Classified title blocks of the head at `start`: one to a few consecutive short lines
    whose text names a kind of document (a warrant, or something else)."""
    lines = _head_lines(text, start, P.window("head_chars"), P.window("head_lines"))
    not_title = P.regex("not_title")
    words = P.window("title_words")
    found: list[TitleBlock] = []
    taken_until = -1
    # Each line's title text, and whether it may be part of a title, worked out once.
    texts = [_title_text(text, ls, le) for ls, le in lines]
    usable = [_is_short(t, words) and not not_title.search(t) for t in texts]
    for i, (s, _) in enumerate(lines):
        if s < taken_until:
            continue
        for n in range(1, P.window("title_block_lines") + 1):
            block = lines[i : i + n]
            if len(block) < n:
                continue
            if not all(usable[i : i + n]):
                continue
            parts = texts[i : i + n]
            joined = " ".join(parts)
            if len(joined.split()) > words + 4:
                continue
            if _attachment_label(joined):
                taken_until = block[-1][1]  # read past it: the title of this document follows
                break
            verdict = _classify_title(joined)
            if verdict is None:
                continue
            rule, positive = verdict
            found.append(TitleBlock(block[0][0], block[-1][1], joined, rule, positive))
            taken_until = block[-1][1]
            break
        else:
            found.extend(_caps_runs(text, s, lines[i][1], words))
    return sorted(found, key=lambda t: t.start)


_TOKEN = re.compile(r"\S+")


_LEGEND_OPENERS = frozenset(["THIS", "THESE", "NEITHER"])
_TITLE_RUN_WORDS = 10  # a title before a legend is short; a longer run is the legend's own words


def _caps_runs(text: str, start: int, end: int, words: int) -> list[TitleBlock]:
    """Titles run into the text of a line ("WARRANT AGREEMENT Dated as of May 26, 2000 …",
    "… MINMET plc ---- WARRANT INSTRUMENT relating to warrants …"): each run of words in
    capitals, classified like a title line. A run names another kind of document only where
    it leads the line; a warrant's title may stand anywhere in the head."""
    out: list[TitleBlock] = []
    run: list[re.Match[str]] = []

    def close() -> None:
        if not run:
            return
        # The run, or (for a warrant's title) a tail of it: "LOANS/APTS 0839 … WARRANT AGREEMENT".
        # Every warrant title says WARRANT (or PURCHASE OPTION, OPTION DEED); without it only the whole run
        # at the line's start can be a title (of another kind of document).
        run_text = _title_text(text, run[0].start(), run[-1].end())
        if P.regex("not_title").search(run_text):
            run.clear()  # "THIS WARRANT IS SUBJECT TO … A CERTAIN SUBSCRIPTION AGREEMENT": a legend
            return
        named = any(word in run_text for word in ("WARRANT", "PURCHASE OPTION", "OPTION DEED"))
        for i in range(max(0, len(run) - words), len(run)):
            rs, re_ = run[i].start(), run[-1].end()
            if not named and not (rs == start and i == 0):
                continue
            title = _title_text(text, rs, re_)
            if not any(c.isalpha() for c in title):
                continue
            verdict = _classify_title(title)
            if verdict is not None and (verdict[1] or (rs == start and i == 0)):
                out.append(TitleBlock(rs, re_, title, verdict[0], verdict[1]))
                break
        run.clear()

    for tok in _TOKEN.finditer(text, start, end):
        word = tok.group().strip("|\"“”()[]")
        if word and any(c.isalpha() for c in word) and not any(c.islower() for c in word):
            if word in _LEGEND_OPENERS and 0 < len(run) <= _TITLE_RUN_WORDS:
                # "4.13 WARRANT CERTIFICATE FACE THIS SECURITY … HAS NOT BEEN REGISTERED …": the
                # legend's first word ends a title-long run of capitals run into it
                close()
            run.append(tok)
        elif word and not any(c.isalpha() for c in word) and run:
            continue  # "7,700,000" or "----" inside a run of capitals
        else:
            close()
    close()
    return out


def _attachment_label(title: str) -> bool:
    """ "EXHIBIT A TO SECURITIES PURCHASE AGREEMENT", "ANNEX II TO NOTE PURCHASE AGREEMENT", "Form
    10-K 2001, Amendment No. 1": the label of an attachment names the document it is attached
    to, not what this one is."""
    if P.regex("filing_caption").match(title):
        return True
    return P.regex("attachment_of").match(title) is not None and any(
        rx.search(title) for _, rx in P.rules("title_negative"))


def _classify_title(title: str) -> tuple[str, bool] | None:
    # "FORM OF ADDITIONAL MERGER WARRANT ISSUED PURSUANT TO THE MERGER AGREEMENT": the document
    # named after "pursuant to" is another one, not what this title says the document is.
    if _attachment_label(title):
        return None
    own = P.regex("title_reference").split(title, maxsplit=1)[0]
    for rule, rx in P.rules("title_negative"):
        if rx.search(own):
            return rule.id, False
    for rule, rx in P.rules("title_positive"):
        if rx.search(title):
            return rule.id, True
    return None


def warrant_title_before(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The last warrant title line (or two) in `text[start:end]`, within the reach of a form's
    face before its grant ("PRE-FUNDED WARRANT / TO PURCHASE SHARES OF COMMON STOCK")."""
    lo = max(start, end - P.window("form_face_chars"))
    lines = _head_lines(text, lo, end - lo, P.window("head_lines") * 4)
    found: tuple[int, int] | None = None
    for i, (ls, le) in enumerate(lines):
        if ls == lo and lo > 0 and text[lo - 1] != "\n":
            continue  # a line cut by the window
        for n in (2, 1):
            block = lines[i : i + n]
            if len(block) < n:
                continue
            title = " ".join(_title_text(text, s, e) for s, e in block)
            if not _is_short(title, P.window("title_words")):
                continue
            verdict = _classify_title(title)
            if verdict is not None and verdict[1]:
                found = (block[0][0], block[-1][1])
                break
    return found


# --- grant sentences --------------------------------------------------------------------


@dataclass(frozen=True)
class Grant:
    start: int
    end: int
    rule: str
    score: float
    states_terms: bool = False  # a count or price in figures ("… to purchase 4,729,470 shares")


def _grant_score(text: str, s: int, e: int, score: float) -> float:
    """The operative grant states terms; a recital ("WHEREAS … each Warrant entitling …") or a
    definition ("(k) “Placement Agent Warrants” means the warrants … entitling their holders to
    purchase up to 71,875 shares") only describes an instrument."""
    if P.regex("recital_start").match(text, s):
        score -= P.score("recital_grant_penalty")
    if P.regex("terms_in_grant").search(text, s, e):
        score += P.score("terms_in_grant_bonus")
    return score


def grant_sentences(text: str, sentences: list[tuple[int, int]]) -> list[Grant]:
    """Sentences in warrant context that match a grant family, with the family's score."""
    ctx = P.window("warrant_context")
    longest = P.window("grant_sentence_max")
    # Where "warrant" occurs, found once: a sentence counts only with one near it.
    near = [m.start() for m in P.regex("warrant_word").finditer(text)]
    kept: list[tuple[int, int]] = []
    for s, e in sentences:
        if e - s > longest:
            continue
        i = bisect.bisect_left(near, max(0, s - ctx))
        if i == len(near) or near[i] > e + ctx // 3:
            continue
        kept.append((s, e))
    out: list[Grant] = []
    adjustment = P.regex("adjustment_sentence")
    for (s, e), present in zip(kept, P.gates_present("grant", text, kept), strict=True):
        for rule, _ in P.matching("grant", text, s, e, present):
            if adjustment.search(text, s, e):
                break  # "… the issuance of rights, options or warrants to all holders … entitling them to subscribe …"
            # Flattened text runs the title into the grant ("… (Issued in Connection with
            # Series C Preferred Stock) THIS CERTIFIES that …"): the grant starts at its own words.
            operative = P.regex("operative_start").search(text, s, e)
            gs = operative.start() if operative is not None else s
            out.append(Grant(gs, e, rule.id, _grant_score(text, gs, e, rule.score),
                             P.regex("grant_states_count").search(text, gs, e) is not None))
            break
    return out


# --- scoring a region -------------------------------------------------------------------


def _first(rx: re.Pattern[str], text: str, start: int, end: int) -> re.Match[str] | None:
    return rx.search(text, start, end)


def region_evidence(
    text: str, start: int, end: int, grants: list[Grant], titles: list[TitleBlock]
) -> list[Evidence]:
    """Every kind of evidence in `text[start:end]` with its weight (negative for signs of
    another kind of document). The head is the region's first `head_chars` characters."""
    head_end = min(end, start + P.window("head_chars"))
    ev: list[Evidence] = []
    first = titles[0] if titles else None
    if first is not None and not first.positive:
        ev.append(Evidence("negative_title", first.rule, P.score("negative_title"), first.start, first.end))
    positive = next((t for t in titles if t.positive), None)
    if positive is not None and (first is positive or first is None or first.positive):
        typed = P.regex("typed_title").search(positive.text) is not None
        key = "title_typed" if typed or positive.rule != "instrument.title.warrant" else "title"
        ev.append(Evidence("title", positive.rule, P.score(key), positive.start, positive.end))
        if P.regex("title_grant").search(positive.text):
            ev.append(Evidence("title_grant", "instrument.title_grant", P.score("title_grant"),
                               positive.start, positive.end))
    legends = list(P.regex("legend").finditer(text, start, head_end))
    if legends:
        named = [m for m in legends if P.regex("legend_warrant_word").search(m.group())]
        legend = named[0] if named else legends[0]
        kind = "legend_warrant" if named else "legend_generic"
        ev.append(Evidence("legend", f"instrument.{kind}", P.score(kind), legend.start(), legend.end()))
    # "THE WARRANTS REPRESENTED HEREBY MAY NOT BE EXERCISED IN THE UNITED STATES …": a legend that
    # speaks of the warrants this very certificate represents
    own = _first(P.regex("legend_self"), text, start, head_end)
    if own is not None:
        ev = [e for e in ev if e.kind != "legend"]
        ev.append(Evidence("legend", "instrument.legend_self", P.score("legend_self"), own.start(), own.end()))
    # A warrant agreement cut inside its table of contents: "Issue and Form of Warrants",
    # "Exercise of Warrants", "Expiration of Warrants", "Duties of Warrant Agent" …
    contents = _contents(text, start, head_end)
    if contents is not None:
        ev.append(Evidence("contents", "instrument.contents", P.score("contents"), *contents))
    void = _first(P.regex("void_after"), text, start, head_end)
    if void:
        ev.append(Evidence("void_after", "instrument.void_after", P.score("void_after"), void.start(), void.end()))
    best = _best_grant(grants, start, end)
    if best is not None:
        ev.append(Evidence("grant", best.rule, best.score * 0.6, best.start, best.end))
    for rule, rx in P.rules("recital"):
        m = rx.search(text, start, min(end, start + 4 * P.window("head_chars")))
        if m:
            ev.append(Evidence("recital", rule.id, rule.score, m.start(), m.end()))
    kinds: dict[str, re.Match[str]] = {}
    for m in P.regex("definition").finditer(text, start, end):
        kinds.setdefault(_SPACE.sub(" ", m.group("kind").lower()), m)
    weight = min(P.score("definitions_max"), P.score("definition") * len(kinds))
    if kinds:
        m = next(iter(kinds.values()))
        ev.append(Evidence("definitions", "instrument.definitions", weight, m.start(), m.end()))
    mech: dict[str, re.Match[str]] = {}
    for m in P.regex("mechanics").finditer(text, start, end):
        mech.setdefault(_SPACE.sub(" ", m.group("kind").lower()), m)
        if len(mech) * P.score("mechanics") >= P.score("mechanics_max"):
            break
    if mech:
        m = next(iter(mech.values()))
        weight = min(P.score("mechanics_max"), P.score("mechanics") * len(mech))
        ev.append(Evidence("mechanics", "instrument.mechanics", weight, m.start(), m.end()))
    # A page from inside a warrant, past its title and grant: it speaks of itself as "this
    # Warrant" and of its own exercise ("the Warrantholder may exercise this Warrant …")
    named = list(itertools.islice(P.regex("self_named").finditer(text, start, head_end), 2 * P.window("self_named_min")))
    if len(named) >= P.window("self_named_min") and P.regex("self_exercise").search(text, start, head_end):
        ev.append(Evidence("self_named", "instrument.self_named", P.score("self_named"), named[0].start(), named[0].end()))
    # A document titled as a warrant may still speak in the first person ("plain English"),
    # but a note to financial statements titled "Warrants to Purchase Common Stock" is a note.
    ev.extend(_negative_signs(text, start, head_end, titled=positive is not None))
    return ev


def _contents(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The first of the warrant headings a table of contents lists (each ending its entry: a
    cell's end, dot leaders, a page number), where it lists enough different ones."""
    seen: dict[str, tuple[int, int]] = {}
    after = P.regex("contents_after")
    for m in P.regex("contents_heading").finditer(text, start, end):
        if after.match(text, m.end()):
            seen.setdefault(_SPACE.sub(" ", m.group().lower()), (m.start(), m.end()))
    return min(seen.values()) if len(seen) >= P.window("contents_min") else None


def _negative_signs(text: str, start: int, end: int, titled: bool) -> list[Evidence]:
    ev: list[Evidence] = []
    people = list(P.regex("first_person").finditer(text, start, end))
    if not titled and len(people) >= P.window("first_person_min"):
        ev.append(Evidence("first_person", "instrument.not.first_person", P.score("first_person"),
                           people[0].start(), people[0].end()))
    # A note to financial statements, a tender offer for warrants ("OFFERS TO PURCHASE UP TO
    # 20,700,000 PUBLIC WARRANTS"), a clause library's page of samples from many agreements or a
    # news release announcing a financing ("… is pleased to announce …") is not a warrant
    # whatever its title says.
    always = ("financial_note", "tender_offer", "clause_library", "press_release")
    for key in always if titled else ("letter", "form_item", *always):
        m = P.regex(key).search(text, start, end)
        if m:
            ev.append(Evidence(key, f"instrument.not.{key}", P.score(key), m.start(), m.end()))
    return ev


def _total(ev: list[Evidence]) -> float:
    return sum(e.weight for e in ev)


# --- regions ----------------------------------------------------------------------------


def _boundaries(text: str) -> list[int]:
    """Where exhibits, annexes and schedules begin: a label ("EXHIBIT A") led by the start of
    the text or a line, a sentence end, or a wide gap. The label is searched by its word and
    what stands before it checked here: a look-behind tried at every position is far slower."""
    out = []
    own_label = P.regex("filing_exhibit_number")
    for m in P.regex("boundary").finditer(text):
        p = m.start()
        if p < P.window("own_label_chars") and own_label.match(text, p):
            continue  # "EXHIBIT 10.2" at the top is the filing's label for this document
        for w in range(9):
            q = p - w
            if q < 0 or (w and not text[q].isspace()):
                break
            if q == 0 or text[q - 1] == "\n" or (
                q >= 2 and text[q - 1].isspace() and (text[q - 2] in ".:;”\"" or text[q - 2].isspace())
            ):
                out.append(p)
                break
    return out


def _region_end(text: str, after: int, bounds: list[int]) -> int:
    """The first exhibit boundary after `after` that does not start an attachment of the
    warrant (an exercise form, an assignment form)."""
    look = P.window("attachment_look")
    attachment = P.regex("attachment")
    for b in bounds:
        if b > after and not attachment.search(text, b, min(len(text), b + look)):
            return b
    return len(text)


def _has_mechanics(text: str, start: int, end: int) -> bool:
    return P.regex("mechanics").search(text, start, end) is not None


def _embedded(
    text: str, bounds: list[int], grants: list[Grant], after: int = 0
) -> list[Instrument]:
    """Complete forms of warrant inside another kind of document: an exhibit whose head has a
    warrant title or whose grant sentence follows, with exercise mechanics after it."""
    out: list[Instrument] = []
    look = P.window("embedded_title_look")
    grant_starts = [g.start for g in grants]
    for b in bounds:
        if b < after or (out and b < out[-1].end):
            continue
        i = bisect.bisect_left(grant_starts, b)
        first_grant = grants[i] if i < len(grants) else None
        end = _region_end(text, first_grant.end if first_grant else b, bounds)
        grant = _best_grant(grants, b, end)
        # Only a complete form counts: a grant (under its own title or in warrant words),
        # followed by exercise mechanics.
        if grant is None:
            continue
        if not _has_mechanics(text, grant.end, min(end, grant.end + P.window("mechanics_after_grant"))):
            continue
        titles = [t for t in title_blocks(text, b) if t.start < b + look]
        titled = next((t for t in titles if t.positive), None)
        ev = region_evidence(text, b, end, grants, titles)
        ev = [e for e in ev if e.kind != "negative_title"]
        score = _total(ev)
        if score >= P.score("threshold"):
            out.append(_instrument(b, end, grant, titled, score, ev))
    return out


def _best_grant(grants: list[Grant], start: int, end: int) -> Grant | None:
    """The grant sentence of a region that reads most like the operative one. One that states
    the terms beats a bare "This Warrant is issued to Casual Dining Ventures, Inc." before it."""
    inside = [g for g in grants if start <= g.start < end]
    bonus = P.score("terms_choice_bonus")
    return max(inside, key=lambda g: (g.score + bonus * g.states_terms, -g.start), default=None)


def _instrument(
    start: int, end: int, grant: Grant | None, title: TitleBlock | None, score: float,
    ev: list[Evidence],
) -> Instrument:
    rule = grant.rule if grant else (title.rule if title else "instrument.evidence")
    return Instrument(
        start, end,
        grant.start if grant else None, grant.end if grant else None,
        rule, round(min(1.0, score), 3),
        (title.start, title.end) if title else None,
        tuple(ev),
    )


def find_instruments(doc: Document) -> list[Instrument]:
    """The warrant instruments a document sets out, the main one first (possibly none)."""
    text = doc.text
    sentences = sentences_in(text)
    grants = grant_sentences(text, sentences)
    titles = title_blocks(text, 0)
    bounds = _boundaries(text)
    first = titles[0] if titles else None
    if first is not None and not first.positive:
        return _embedded(text, bounds, grants, after=first.end)
    ev = region_evidence(text, 0, len(text), grants, titles)
    score = _total(ev)
    if score < P.score("threshold"):
        return _embedded(text, bounds, grants, after=P.window("standalone_start"))
    grant = _best_grant(grants, 0, len(text))
    # A web host's caption over the exhibit ("Form of Common Unit Warrant / Contract Categories:
    # … / EX-4.2 2 ex4-2.htm") is the filer's description; the exhibit's own title names it.
    caption_end = m.end() if (m := P.regex("host_caption").match(text)) is not None else 0
    title = next((t for t in titles if t.positive and t.start >= caption_end), None) or next(
        (t for t in titles if t.positive), None)
    start = caption_end if title is not None and title.start >= caption_end else 0
    if grant is not None:
        # A standalone exhibit starts with its own title; an exhibit that follows a long
        # preamble of another document starts at its boundary.
        before = [b for b in bounds if b <= grant.start]
        if before and before[-1] >= P.window("standalone_start") and title is None and \
                before[-1] > grant.start - P.window("exhibit_title_gap"):
            start = before[-1]
    end = _region_end(text, grant.end if grant else (title.end if title else 0), bounds)
    if grant is not None and not start <= grant.start < end:
        grant = None
    return [_instrument(start, end, grant, title, score, ev)]


def separate_forms(text: str, ins: Instrument, kinds: list[Kind]) -> list[tuple[Kind, tuple[int, int], tuple[int, int] | None]]:
    """Where every kind is a complete form of its own, each under its own title ("PRE-FUNDED
    WARRANT / TO PURCHASE SHARES OF COMMON STOCK", its face, then "THIS PRE-FUNDED WARRANT …
    (this “Pre-Funded Warrant”) certifies …"), the region of each form with its title, in the
    kinds' order; [] otherwise (kinds that share one body of terms)."""
    if len(kinds) < 2 or any(k.form is None for k in kinds):
        return []
    by_start = sorted(kinds, key=lambda k: k.start)
    titles: list[tuple[int, int] | None] = []
    starts: list[int] = []
    for i, k in enumerate(by_start):
        floor = by_start[i - 1].start if i else ins.start
        title = warrant_title_before(text, floor, max(floor, text.rfind("\n", floor, k.start)))  # above the grant's line
        if i and title is None:
            return []  # a later kind with no title of its own: one instrument's parts
        titles.append(title)
        starts.append(title[0] if i and title is not None else ins.start)
    ends = [*starts[1:], ins.end]
    regions = {k.start: ((s, e), t) for k, s, e, t in zip(by_start, starts, ends, titles, strict=True)}
    return [(k, *regions[k.start]) for k in kinds]
