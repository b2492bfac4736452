"""The exercise price (words and digits) and its currency.

Read from the sentence that defines the price term ("… at a price of Two and 40/100 Dollars
($2.40) per share (the "Stock Purchase Price")", "The Exercise Price … shall be $0.001"), a
cover label ("Warrant Price: $1.40 per share"), or an amount stated per share in the grant.
Par values, thresholds and other defined amounts are never prices; nor is one side of "the
lesser of (i) the IPO price and (ii) $14.00", which depends on a value the document does not
state.
"""

from __future__ import annotations

import re
from decimal import Decimal

from warrant_terms.extract.blanks import is_blank
from warrant_terms.extract.candidate import Candidate, Flag
from warrant_terms.extract.context import Context
from warrant_terms.extract.kinds import KIND_DEFINED, kind_pattern, quoted_kind
from warrant_terms.extract.numbers import AmountMatch, currency_mark, find_amounts
from warrant_terms.extract.recognizer import Chosen, Recognizer
from warrant_terms.extract.rulebook import patterns

P = patterns("price")
_SIGN = re.compile(r"[$€£]|\b[A-Z]{3}\b")
_CLAUSE_CODES = {"canada": "CAD", "canadian": "CAD", "the": "USD", "united": "USD", "u": "USD", "us": "USD",
                 "australia": "AUD", "australian": "AUD"}


def _pair_words_digits(
    amounts: list[AmountMatch], text: str, offset: int
) -> list[tuple[Decimal, list[tuple[int, int]], bool]]:
    """Join "Two and 40/100 Dollars ($2.40)" into one reading with both spans; the flag says
    whether the words and the digits disagree."""
    out: list[tuple[Decimal, list[tuple[int, int]], bool]] = []
    i = 0
    while i < len(amounts):
        a = amounts[i]
        spans = [(offset + a.start, offset + a.end)]
        if a.kind == "words" and i + 1 < len(amounts):
            b = amounts[i + 1]
            gap = text[a.end : b.start]
            if b.kind == "digits" and gap.strip(" \t\n(") == "":
                spans.append((offset + b.start, offset + b.end))
                out.append((b.value, spans, b.value != a.value))
                i += 2
                continue
        out.append((a.value, spans, False))
        i += 1
    return out


def _price_terms(ctx: Context) -> list[str]:
    """The price terms this document defines: the usual names first, then any other defined
    term that names a price per share ("Unit Purchase Price")."""
    named = [t.lower() for t in P.terms("price_terms")]
    other = P.regex("other_defined_price")
    extra = [t for t in ctx.terms if t.endswith("price") and t not in named and len(t.split()) <= 4
             and not other.search(t)]
    own = ctx.kind_prefix
    if own is None:
        return named + extra
    # ""Class B Exercise Price" means $.25" for the Class B Warrants, not the Class A one
    qualified = P.regex("kind_qualified_term")
    mine = [t for t in ctx.terms if t.endswith("price") and t.startswith(own)]
    return mine + [t for t in named + extra if t not in mine and not qualified.match(t)]


def _usable(sentence: str, a: AmountMatch) -> bool:
    before = sentence[max(0, a.start - P.window("not_before")) : a.start]
    after = sentence[a.end : a.end + P.window("not_after")]
    if P.regex("not_before").search(before) or P.regex("not_after").match(after):
        return False
    if P.regex("per_warrant_after").match(after) and not P.regex("exercise_price_before").search(before):
        return False  # "$1.00 per warrant": what a warrant costs, unless "the exercise price $0.16 per Warrant"
    if P.regex("other_price_stated").search(sentence[max(0, a.start - P.window("other_price_look")) : a.start]):
        return False  # "the Closing Price of the Common Stock … was $2.88": another price's value
    if P.regex("nominal_before").search(before) and P.regex("nominal_after").match(after):
        return False  # "ordinary shares of £1 each": a nominal value
    m = P.regex("other_term").match(sentence[a.end : a.end + P.window("other_term")])
    if m is not None and (not P.regex("term_not_amount").search(m.group("term"))
                          or P.regex("other_defined_price").search(m.group("term"))):
        # "$500,000 (the “Warrant Coverage Amount”)", "$1.10 per share (the “Floor Price”)"; but "at
        # a price of US$0.50 (the “Warrant”)" names the whole grant, and "$2.40 (the “Exercise
        # Price”)" is the price
        return False
    if P.regex("sum_before").search(before) and not P.regex("per_share_after").match(after) and m is None:
        # "payment of $50,000", but "on payment of Cdn$3.00 per Share" and "payment of $10.00
        # (the "Purchase Price")" are prices
        return False
    return not P.regex("alternative").search(sentence[max(0, a.start - P.window("alternative_look")) : a.start])


class ExercisePrice(Recognizer):
    name = "exercise_price"
    fields = ("exercise_price",)
    requires = ("security",)
    patterns = "price"
    per_kind = True

    def propose(self, ctx: Context, chosen: Chosen) -> list[Candidate]:
        cands: list[Candidate] = []
        for lv in ctx.labelled("exercise_price"):
            cands.extend(self._read(ctx, lv.start, lv.end, P.score("label"), "price.label", None,
                                    labelled=True))
            break
        seen: set[tuple[int, int, int | None]] = set()
        for s, e, score, rule, anchor in self._windows(ctx):
            if (s, e, anchor) in seen or e - s > P.window("sentence_max"):
                continue
            seen.add((s, e, anchor))
            cands.extend(self._read(ctx, s, e, score, rule, anchor))
        if ctx.kind is not None:
            cands = self._prefer_kind_clause(ctx, cands)
            cands.extend(self._in_the_case_of(ctx))
        if chosen.buys_units():
            # "… each Underwriter's Common Stock Warrant exercisable … at $9.00 per share, … at a price
            # of $9.60 per Unit": a warrant that buys units is priced per unit
            per_unit = P.regex("per_unit_after")
            cands = [c.model_copy(update={"score": min(1.0, c.score + P.score("per_unit"))})
                     if c.value is not None and c.spans and per_unit.match(ctx.text, c.spans[-1].end) else c
                     for c in cands]
        return cands

    @staticmethod
    def _in_the_case_of(ctx: Context) -> list[Candidate]:
        """"… for $4.50 in the case of the Public Warrants and the Insider Warrants, and $6.00 in
        the case of the Underwriter's Warrants": a price stated for the kinds it names."""
        named = re.compile(kind_pattern(ctx.kind or ""), re.IGNORECASE)
        for m in P.regex("in_the_case_of").finditer(ctx.text, ctx.start, ctx.end):
            if not named.search(m.group("kinds")):
                continue
            value = find_amounts(m.group("price"))
            if not value or value[0].value is None:
                continue
            return [ctx.candidate("exercise_price", value[0].value, [(m.start("price"), m.end("price"))],
                                  P.score("in_the_case_of"), "price.kind_case", f"the price of the {ctx.kind}")]
        return []

    @staticmethod
    def _prefer_kind_clause(ctx: Context, cands: list[Candidate]) -> list[Candidate]:
        """"(i) 10,000,000 Warrants (the “Public Warrants”) …, each … to purchase one share …
        for $7.50 per share … and (ii) 500,000 Warrants (the “Underwriters’ Warrants”) …
        for $9.00 per share": an amount in the clause that defines this kind (up to the next
        kind's definition) is this kind's price."""
        own = quoted_kind(ctx.kind or "")
        m = own.search(ctx.text, ctx.start, ctx.end)
        if m is None:
            return cands
        stop = min(ctx.end, m.end() + P.window("kind_clause"))
        other = KIND_DEFINED.search(ctx.text, m.end(), stop)
        stop = other.start() if other is not None else stop
        return [c.model_copy(update={"score": min(1.0, c.score + P.score("kind_clause"))})
                if c.value is not None and c.spans and m.end() <= c.spans[0].start < stop else c
                for c in cands]

    def _windows(self, ctx: Context) -> list[tuple[int, int, float, str, int | None]]:
        """(start, end, base score, rule, where the price term is defined or None)."""
        out: list[tuple[int, int, float, str, int | None]] = []
        step, cap = P.score("defined_rank_step"), P.window("defined_rank_max")
        for rank, term in enumerate(_price_terms(ctx)):
            base = P.score("defined") - step * min(rank, cap)
            for d in ctx.terms.get(term, [])[:2]:
                out.append((d.sentence_start, d.sentence_end, base, "price.defined_term", d.start))
                # "… shall mean the price per share described in the prior sentence"
                if P.regex("prior_sentence").search(ctx.text, d.start, d.sentence_end):
                    ps, pe = ctx.sentence_at(max(ctx.start, d.sentence_start - 2))
                    out.append((ps, pe, base - P.score("prior_sentence_penalty"),
                                "price.defined_term.prior_sentence", None))
        if ctx.grant:
            out.append((ctx.grant[0], ctx.grant[1], P.score("grant"), "price.grant", None))
        for m in P.regex("price_mention").finditer(ctx.text, ctx.start, ctx.end):
            s, e = ctx.sentence_at(m.start())
            out.append((s, e, P.score("sentence"), "price.sentence", None))
            if e - s <= P.window("heading_chars") and e < ctx.end:
                # "3.1 Warrant Price. Each whole Warrant shall entitle … at the price of $11.50
                # per whole share": a heading naming the price, then the sentence stating it
                ns, ne = ctx.sentence_at(e + 1)
                out.append((ns, ne, P.score("sentence"), "price.sentence", None))
            if len(out) > P.window("price_sentences_max"):
                break
        # "… determined to issue warrants to subscribe in cash at 8p per share for Ordinary
        # Shares": a recital that offers shares at a price without naming the price term.
        for m in P.regex("offer_sentence").finditer(ctx.text, ctx.start, min(ctx.end, ctx.start + P.window("offer_chars"))):
            s, e = ctx.sentence_at(m.start())
            out.append((s, e, P.score("offer"), "price.offer", None))
            if len(out) > 2 * P.window("price_sentences_max"):
                break
        return out

    def _read(self, ctx: Context, s: int, e: int, score: float, rule: str, anchor: int | None,
              labelled: bool = False) -> list[Candidate]:
        sentence = ctx.text[s:e]
        if labelled and is_blank(sentence.split("per")[0]):
            return [ctx.candidate("exercise_price", None, [(s, e)], score, rule,
                                  "price left blank", flags=[Flag.BLANK])]
        if rule == "price.sentence" and P.regex("conditional_sentence").match(sentence):
            return []  # "If the Next Financing has not closed by the Maturity Date, the Exercise Price shall be $2.00"
        amounts = [a for a in find_amounts(sentence) if _usable(sentence, a)]
        out: list[Candidate] = []
        gap = P.window("max_gap")
        for value, spans, mismatch in _pair_words_digits(amounts, sentence, s):
            a_start, a_end = spans[0][0], spans[-1][1]
            near = labelled or P.regex("price_words").search(
                ctx.text, max(s, a_start - gap), min(e, a_end + gap))
            if near is None or value <= 0 or value >= P.window("max_price"):
                continue  # no warrant's share costs $100,000: an aggregate, not a price per share
            sc = score - (P.score("words_digits_mismatch") if mismatch else 0.0)
            sc -= P.score("in_form") if ctx.in_form(a_start) else 0.0
            if len(spans) == 2 and not mismatch:
                sc += P.score("both_readings")
            if P.regex("exercise_price_before").search(ctx.text, max(s, a_start - P.window("not_after")), a_start):
                # "units at a purchase price of $10.00 … at an exercise price of $11.50 per share"
                sc += P.score("called_exercise_price")
            if anchor is not None:
                # The amount nearest the term's definition is the one it defines.
                sc -= min(P.score("anchor_distance_max"), abs(anchor - a_end) / P.window("anchor_scale"))
            flags = [Flag.WORDS_DIGITS_MISMATCH] if mismatch else []
            why = "words and digits disagree" if mismatch else "stated as the price"
            out.append(ctx.candidate("exercise_price", value, spans, sc, rule, why, flags=flags))
            if labelled:
                break
        if not amounts:
            blank = P.regex("blank_price").search(sentence)
            if blank and (labelled or P.regex("price_words").search(sentence)):
                out.append(ctx.candidate("exercise_price", None, [(s + blank.start(), s + blank.end())],
                                         score - P.score("blank_penalty"), rule, "price left blank",
                                         flags=[Flag.BLANK]))
        return out


class Currency(Recognizer):
    name = "currency"
    fields = ("currency",)
    requires = ("exercise_price",)
    patterns = "price"
    per_kind = True

    def propose(self, ctx: Context, chosen: Chosen) -> list[Candidate]:
        price = chosen.get("exercise_price")
        if price is None or not price.spans:
            return self._of_price_definition(ctx)
        bs, be = ctx.body()
        clause = P.regex("currency_clause").search(ctx.text, bs, be)
        written = ctx.text[price.spans[-1].start : price.spans[-1].end + 6]
        if clause is not None and ("$" in written or re.search(r"\bcents\b", written, re.IGNORECASE)):
            # "all dollar amounts … are expressed in lawful money of Canada": a bare "$" is CAD.
            code = _CLAUSE_CODES.get(re.sub(r"\W+", " ", clause.group("cur").lower()).split(" of ")[-1].split()[0], "USD")
            return [ctx.candidate("currency", code, [(clause.start("cur"), clause.end("cur"))],
                                  P.score("currency_clause"), "currency.clause", "the document's currency")]
        stated = price.value is not None
        # The digits ("Cdn$1.25") name the currency more surely than the words ("Dollars").
        spans = sorted(price.spans, key=lambda sp: _SIGN.search(ctx.text, sp.start, sp.end) is None)
        for sp in spans:
            lo = max(0, sp.start - 6)
            found = currency_mark(ctx.text, lo, sp.end + (10 if stated else 0))
            if found is None:
                continue
            code, ms, me = found
            rule = "currency.of_price" if stated else "currency.of_blank_price"
            score = P.score("currency") if stated else P.score("currency_blank")
            return [ctx.candidate("currency", code, [(ms, me)], score, rule, "the price's currency")]
        return []

    @staticmethod
    def _of_price_definition(ctx: Context) -> list[Candidate]:
        """"“Exercise Price” means the lesser of (i) Two Dollars ($2.00) per share and (ii) 80% of
        the Next Financing Price": no price is stated, but the formula's amounts are in dollars."""
        for term in _price_terms(ctx):
            for d in ctx.terms.get(term, [])[:1]:
                found = currency_mark(ctx.text, d.start, d.sentence_end)
                if found is not None:
                    code, ms, me = found
                    return [ctx.candidate("currency", code, [(ms, me)], P.score("currency_blank"),
                                          "currency.of_price_definition", "the currency of the price's definition")]
        return []
