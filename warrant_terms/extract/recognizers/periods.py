"""When a warrant may first be exercised, and its expiry where it is stated relative to an
event ("five years after the completion of the initial Business Combination"). A calendar
expiry stays in `expiration_date`; `expiration_term` records the rule."""

from __future__ import annotations

import re

from warrant_terms.extract.candidate import Candidate
from warrant_terms.extract.context import Context
from warrant_terms.extract.recognizer import Chosen, Recognizer
from warrant_terms.extract.relative import Relative, anchor_class, relative_in
from warrant_terms.extract.rulebook import patterns
from warrant_terms.schema import EarlierOf, LaterOf, RelativeDate

P = patterns("relative")
Q = patterns("dates")

EXERCISABLE_SCORE = 0.85
IMMEDIATE_SCORE = 0.8
EXPIRY_DEFINED_SCORE = 0.9
EXPIRY_SENTENCE_SCORE = 0.8
CLAUSE_REACH = 1200
MAX_WINDOWS = 40


def _has_relative(rel: Relative) -> bool:
    value = rel.value
    if isinstance(value, RelativeDate):
        return True
    items = value.earlier_of if isinstance(value, EarlierOf) else value.later_of if isinstance(value, LaterOf) else []
    return any(isinstance(i, RelativeDate) for i in items)


class ExercisableFrom(Recognizer):
    name = "exercisable_from"
    fields = ("exercisable_from",)
    requires = ("issue_date",)
    patterns = "relative"

    def propose(self, ctx: Context, chosen: Chosen) -> list[Candidate]:
        """A period after an event ("commencing on the later of …", "six (6) months after the
        date hereof"), else exercisable at any time on or after an event ("at any time from the
        Date of Issuance", "on or after the Initial Exercise Date")."""
        windows: list[tuple[int, int]] = []
        if ctx.grant:
            windows.append(ctx.grant)
        bs, be = ctx.body()
        start_rx, imm_rx = P.regex("exercisable_start"), P.regex("immediate")
        for s, e in ctx.sentences_in(bs, be):
            if len(windows) > MAX_WINDOWS:
                break
            if (s, e) not in windows and (start_rx.search(ctx.text, s, e) or imm_rx.search(ctx.text, s, e)):
                windows.append((s, e))
        for s, e in windows:
            m = start_rx.search(ctx.text, s, e)
            if m is not None:
                # The items of "begins on the later of: (a) … (b) …" may run past the sentence.
                rel = relative_in(ctx.text, m.end(), min(ctx.end, e + CLAUSE_REACH), ctx.terms)
                if rel is not None and _has_relative(rel) and rel.spans[0][0] - m.end() < 200:
                    return [ctx.candidate("exercisable_from", rel.value, rel.spans, EXERCISABLE_SCORE,
                                          "exercisable_from.period", "exercise may first happen then")]
            imm = imm_rx.search(ctx.text, s, e)
            if imm is None:
                continue
            anchor = imm.group("anchor")
            if anchor:
                span = (imm.start("anchor"), imm.end("anchor"))
                cls = self._anchor(ctx, span, anchor, chosen.get("issue_date"))
            else:
                cls, span, anchor = "issue_date", (imm.start(), imm.end()), "issuance"
            value = RelativeDate(amount=0, unit="days", anchor=cls, anchor_text=anchor)
            return [ctx.candidate("exercisable_from", value, [span], IMMEDIATE_SCORE,
                                  "exercisable_from.immediate", "exercisable from that event on")]
        return []

    @staticmethod
    def _anchor(ctx: Context, span: tuple[int, int], anchor: str, issue: Candidate | None) -> str:
        """The class of the event. An event whose date the document states ("Initial Exercise
        Date: June 3, 2024", "November 22, 2024 (the “Initial Exercise Date”)") and that is
        the issue date is the issue date."""
        cls = anchor_class(ctx.text, span[0], anchor, ctx.terms)
        if cls not in ("issue_date", "other", "initial_exercise_date") or issue is None or issue.value is None:
            return cls
        key = anchor.strip().lower()
        stated = [lv for lv in ctx.labels if lv.label.strip().lower() == key]
        when = [d.value for lv in stated for d in ctx.dates_in(lv.start, lv.end)[:1]]
        for d in ctx.terms.get(key, [])[:1]:
            near = ctx.dates_in(max(ctx.start, d.start - 80), d.start)
            when.extend(x.value for x in near[-1:])
        return "issue_date" if when and when[0] == issue.value else cls


class ExpirationTerm(Recognizer):
    name = "expiration_term"
    fields = ("expiration_term",)
    patterns = "relative"

    def propose(self, ctx: Context, chosen: Chosen) -> list[Candidate]:
        bs, be = ctx.body()
        cands: list[Candidate] = []
        expiry_terms = [t.lower() for t in Q.terms("expiry_terms")]
        for term in expiry_terms:
            for d in ctx.terms.get(term, [])[:2]:
                if ctx.in_form(d.start):
                    continue
                rel = self._in_sentence(ctx, d.sentence_start, d.sentence_end, d.start)
                if rel is not None:
                    cands.append(ctx.candidate("expiration_term", rel.value, rel.spans, EXPIRY_DEFINED_SCORE,
                                               "expiration_term.defined_term", f"defines the {term}"))
                    return cands
        expire = P.regex("expiry_start")
        for s, e in ctx.sentences_in(bs, be):
            if not re.search(r"\bexpir|\bterminat|\bvoid\b|\bExpiration\b", ctx.text[s:e], re.IGNORECASE):
                continue
            rel = self._in_sentence(ctx, s, e, s, expire)
            if rel is not None:
                cands.append(ctx.candidate("expiration_term", rel.value, rel.spans, EXPIRY_SENTENCE_SCORE,
                                           "expiration_term.expire_words", "expires then"))
                break
        return cands

    def _in_sentence(self, ctx: Context, s: int, e: int, near: int,
                     expire: re.Pattern[str] | None = None) -> Relative | None:
        rx = expire or P.regex("expiry_start")
        for m in rx.finditer(ctx.text, s, e):
            rel = relative_in(ctx.text, m.end(), e, ctx.terms, drop_early_end=True)
            if rel is not None and _has_relative(rel) and rel.spans[0][0] - m.end() < 250:
                return rel
        return None
