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


def _has_relative(rel: Relative) -> bool:
    value = rel.value
    if isinstance(value, RelativeDate):
        return True
    items = value.earlier_of if isinstance(value, EarlierOf) else value.later_of if isinstance(value, LaterOf) else []
    return any(isinstance(i, RelativeDate) for i in items)


class ExercisableFrom(Recognizer):
    name = "exercisable_from"
    fields = ("exercisable_from",)
    patterns = "relative"

    def propose(self, ctx: Context, chosen: Chosen) -> list[Candidate]:
        windows: list[tuple[int, int]] = []
        if ctx.grant:
            windows.append(ctx.grant)
        bs, be = ctx.body()
        start_rx = P.regex("exercisable_start")
        for s, e in ctx.sentences_in(bs, be):
            if start_rx.search(ctx.text, s, e) and (s, e) not in windows:
                windows.append((s, e))
            if len(windows) > 12:
                break
        for s, e in windows:
            m = start_rx.search(ctx.text, s, e)
            if m is None:
                continue
            rel = relative_in(ctx.text, m.end(), e, ctx.terms)
            if rel is not None and _has_relative(rel) and rel.spans[0][0] - m.end() < 200:
                return [ctx.candidate("exercisable_from", rel.value, rel.spans, EXERCISABLE_SCORE,
                                      "exercisable_from.period", "exercise may first happen then")]
            imm = P.regex("immediate").search(ctx.text, m.start(), min(e, m.end() + 200))
            if imm is not None:
                anchor = imm.group("anchor")
                if anchor:
                    cls = anchor_class(ctx.text, imm.start("anchor"), anchor, ctx.terms)
                    span = (imm.start("anchor"), imm.end("anchor"))
                else:
                    cls, span, anchor = "issue_date", (imm.start(), imm.end()), "issuance"
                value = RelativeDate(amount=0, unit="days", anchor=cls, anchor_text=anchor)
                return [ctx.candidate("exercisable_from", value, [span], IMMEDIATE_SCORE,
                                      "exercisable_from.immediate", "exercisable from that event on")]
        return []


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
