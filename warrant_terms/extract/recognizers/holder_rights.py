"""Terms that protect or bind the holder: the beneficial-ownership blocker, automatic
exercise at expiry, and the Black–Scholes value on a fundamental transaction."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from warrant_terms.extract.candidate import Candidate
from warrant_terms.extract.context import Context
from warrant_terms.extract.negation import negated
from warrant_terms.extract.recognizer import Chosen, Recognizer
from warrant_terms.extract.rulebook import patterns
from warrant_terms.schema import BeneficialOwnershipLimit

P = patterns("holder_rights")
_DEFINED = re.compile(r"\((?:the|this|such)\s+[“\"]\s{0,2}([A-Z][^”\"]{2,40}?)\s{0,2}[”\"]\)")


def _percents(ctx: Context, start: int, end: int) -> list[tuple[Decimal, int, int]]:
    out = []
    for m in P.regex("percent").finditer(ctx.text, start, end):
        group = "p" if m.group("p") else "w"
        try:
            value = Decimal(m.group(group))
        except InvalidOperation:
            continue
        if Decimal(0) < value < Decimal(50):
            out.append((value, m.start(), m.end()))
    return out


class BeneficialOwnershipBlocker(Recognizer):
    name = "beneficial_ownership_limit"
    fields = ("beneficial_ownership_limit",)
    patterns = "holder_rights"

    def propose(self, ctx: Context, chosen: Chosen) -> list[Candidate]:
        """The first percentage of the blocker clause; the most it may be raised to from the
        sentence that lets the holder increase it (null where it may not be raised)."""
        context = P.regex("blocker_context")
        bs, be = ctx.body()
        found: tuple[Decimal, int, int] | None = None
        raise_span: tuple[Decimal | None, int, int] | None = None
        seen = 0
        named: re.Pattern[str] | None = None  # the blocker's own defined term, once found
        after_blocker = -1  # where the sentence after the blocker's own sentence starts
        for s, e in ctx.sentences_in(bs, be):
            if not context.search(ctx.text, s, e) and not (named is not None and named.search(ctx.text, s, e)):
                # "… more than 4.99% … . The Holder may increase the percentage in the preceding
                # sentence to any percentage not in excess of 9.99%.": the raise may follow.
                if not (found is not None and raise_span is None and s <= after_blocker + 3):
                    continue
            else:
                after_blocker = e
            seen += 1
            if seen > P.window("blocker_sentences"):
                break
            pcts = _percents(ctx, s, e)
            rest = s  # where a raise may be stated in this sentence
            if found is None and P.regex("opt_in").search(ctx.text, max(bs, s - P.window("opt_in_before")), e):
                return []  # a limit the holder may choose to be bound by, at any level: no blocker
            if found is None and pcts:
                found = pcts[0]
                term = _DEFINED.search(ctx.text, found[2], e)
                if term is not None:
                    named = re.compile(re.escape(term.group(1)))  # "(the “Ownership Cap”)"
                # "“Maximum Percentage” means 9.99% …; provided that the Holder … may increase … to
                # any other percentage not in excess of 19.99%": the raise may share its sentence.
                rest, pcts = found[2], pcts[1:]
            if found is not None and raise_span is None and P.regex("raise").search(ctx.text, rest, e):
                no = P.regex("no_raise").search(ctx.text, rest, e)
                cap = P.regex("raise_cap").search(ctx.text, rest, e)
                if no is not None and cap is None:
                    raise_span = (None, no.start(), no.end())
                elif cap is not None:
                    after = [p for p in pcts if p[1] >= cap.start()]
                    if after:
                        raise_span = after[0]
        if found is None:
            return []
        percent, ps, pe = found
        spans = [(ps, pe)]
        max_percent = None
        if raise_span is not None:
            max_percent = raise_span[0]
            spans.append((raise_span[1], raise_span[2]))
        value = BeneficialOwnershipLimit(percent=percent, max_percent=max_percent)
        return [ctx.candidate("beneficial_ownership_limit", value, spans, P.score("blocker"),
                              "blocker.percent", "the beneficial ownership limitation")]


class AutomaticExercise(Recognizer):
    name = "automatic_exercise"
    fields = ("automatic_exercise",)
    patterns = "holder_rights"

    def propose(self, ctx: Context, chosen: Chosen) -> list[Candidate]:
        bs, be = ctx.body()
        for m in P.regex("automatic").finditer(ctx.text, bs, be):
            s, e = ctx.sentence_at(m.start())
            if not P.regex("automatic_when").search(ctx.text, s, e):
                continue
            if P.regex("not_automatic").search(ctx.text, s, e):
                continue  # "deemed exercised on the date of its surrender": when, not whether
            # "to the extent not previously exercised, shall be deemed automatically exercised":
            # the "not" is about what is left, not about the automatic exercise.
            pseudo = P.regex("pseudo_negation").search(ctx.text, max(s, m.start() - 80), m.start())
            if pseudo is None and negated(ctx.text, (s, e), m.start(), "automatic"):
                continue
            return [ctx.candidate("automatic_exercise", True, [(m.start(), m.end())], P.score("automatic"),
                                  "automatic_exercise.at_expiry", "exercised automatically at expiry")]
        return []


class FundamentalTransactionCashValue(Recognizer):
    name = "fundamental_transaction_cash_value"
    fields = ("fundamental_transaction_cash_value",)
    patterns = "holder_rights"

    def propose(self, ctx: Context, chosen: Chosen) -> list[Candidate]:
        bs, be = ctx.body()
        for m in P.regex("black_scholes").finditer(ctx.text, bs, be):
            s, e = ctx.sentence_at(m.start())
            if P.regex("fundamental").search(ctx.text, s, e) and P.regex("purchase_warrant").search(ctx.text, s, e):
                if negated(ctx.text, (s, e), m.start(), "ft_cash"):
                    continue
                return [ctx.candidate("fundamental_transaction_cash_value", True, [(m.start(), m.end())],
                                      P.score("ft_cash"), "ft_cash_value.black_scholes",
                                      "the holder may require its Black-Scholes value in a fundamental transaction")]
        return []

