"""The exercise price (words and digits) and its currency.

Read from the sentence that defines the price term ("… at a price of Two and 40/100 Dollars
($2.40) per share (the "Stock Purchase Price")", "The Exercise Price … shall be $0.001"), or,
failing that, from an amount stated per share in the grant. Par values are never prices.
"""

from __future__ import annotations

import re
from decimal import Decimal

from warrant_terms.extract.candidate import Candidate
from warrant_terms.extract.context import Context
from warrant_terms.extract.numbers import AmountMatch, find_amounts

PRICE_TERMS = (
    "Exercise Price",
    "Warrant Price",
    "Stock Purchase Price",
    "Purchase Price",
    "Warrant Exercise Price",
    "Exercise Price per Share",
    "Initial Exercise Price",
    "Conversion Price",
)
_PRICE_WORDS = re.compile(
    r"(?:exercise|warrant|purchase|subscription)\s+price|price\s+per\s+share|per\s+share\s+price|"
    r"at\s+(?:a|the)\s+price\s+of|per\s+(?:whole\s+)?(?:share|common\s+share|ordinary\s+share|"
    r"warrant\s+share)",
    re.IGNORECASE,
)
_NOT_PRICE_BEFORE = re.compile(
    r"(?:par\s+value(?:\s+of)?|nominal\s+value(?:\s+of)?|exceeds?|at\s+least|greater\s+than|"
    r"equals\s+or\s+exceeds|in\s+excess\s+of|aggregate\s+of|minimum\s+of)\s*$",
    re.IGNORECASE,
)
_NOT_PRICE_AFTER = re.compile(
    r"\)?\s*(?:par|nominal|stated)\s+value|\)?\s*divided\s+by|\)?\s*(?:in|of)\s+(?:aggregate|principal)",
    re.IGNORECASE)
_BLANK_PRICE = re.compile(
    r"(?P<sign>US\$|U\.S\.\s?\$|Cdn\$|C\$|\$)\s*(?:\[\s*[_•●·.\s]*\]|_{2,}|(?=\s*per\b))",
)
_DEFINED_PRICE = 0.95
_NEAR_PRICE_WORDS = 0.8
_IN_FORM_PENALTY = 0.25
_MAX_GAP = 160


def _pair_words_digits(amounts: list[AmountMatch], text: str, offset: int) -> list[tuple[Decimal, list[tuple[int, int]], str]]:
    """Join "Two and 40/100 Dollars ($2.40)" into one reading with both spans."""
    out: list[tuple[Decimal, list[tuple[int, int]], str]] = []
    i = 0
    while i < len(amounts):
        a = amounts[i]
        spans = [(offset + a.start, offset + a.end)]
        note = ""
        if a.kind == "words" and i + 1 < len(amounts):
            b = amounts[i + 1]
            gap = text[a.end : b.start]
            if b.kind == "digits" and re.fullmatch(r"\s*\(?\s*", gap):
                spans.append((offset + b.start, offset + b.end))
                if b.value != a.value:
                    note = f"words say {a.value}, digits say {b.value}"
                out.append((b.value, spans, note))
                i += 2
                continue
        out.append((a.value, spans, note))
        i += 1
    return out


def _currency_of(ctx: Context, start: int, end: int) -> str | None:
    for a in find_amounts(ctx.text[start:end]):
        return a.currency
    return None


def _price_terms(ctx: Context) -> list[str]:
    """The price terms this document defines: the usual names first, then any other defined
    term that names a price per share ("Strike Price", "Unit Purchase Price")."""
    named = [t.lower() for t in PRICE_TERMS]
    other = [t for t in ctx.terms if t.endswith("price") and t not in named and len(t.split()) <= 4
             and not re.search(r"market|closing|fair|trading|offering|sale|share\s+price|base", t)]
    return named + other


def find_exercise_price(ctx: Context) -> list[Candidate]:
    cands: list[Candidate] = []
    # (start, end, base score, rule, where the price term is defined or None)
    windows: list[tuple[int, int, float, str, int | None]] = []
    for rank, term in enumerate(_price_terms(ctx)):
        for d in ctx.terms.get(term, [])[:2]:
            windows.append((d.sentence_start, d.sentence_end, _DEFINED_PRICE - 0.02 * min(rank, 8),
                            f"price.defined.{term.replace(' ', '_')}", d.start))
            # "… shall mean the price per share described in the prior sentence"
            if re.search(r"\b(?:prior|preceding|previous|foregoing)\s+sentence", ctx.text[d.start : d.sentence_end]):
                ps, pe = ctx.sentence_at(max(ctx.start, d.sentence_start - 2))
                windows.append((ps, pe, _DEFINED_PRICE - 0.05 - 0.02 * min(rank, 8),
                                f"price.defined.{term.replace(' ', '_')}.prior_sentence", None))
    if ctx.grant:
        windows.append((ctx.grant[0], ctx.grant[1], _NEAR_PRICE_WORDS + 0.05, "price.grant", None))
    for m in re.finditer(r"(?:exercise|warrant|purchase)\s+price", ctx.text[ctx.start : ctx.end], re.IGNORECASE):
        s, e = ctx.sentence_at(ctx.start + m.start())
        windows.append((s, e, _NEAR_PRICE_WORDS - 0.1, "price.sentence", None))
        if len(windows) > 200:
            break
    seen: set[tuple[int, int, int | None]] = set()
    for s, e, score, rule, anchor in windows:
        if (s, e, anchor) in seen or e - s > 5000:
            continue
        seen.add((s, e, anchor))
        sentence = ctx.text[s:e]
        amounts = [
            a for a in find_amounts(sentence)
            if not _NOT_PRICE_BEFORE.search(sentence[max(0, a.start - 30) : a.start])
            and not _NOT_PRICE_AFTER.match(sentence[a.end : a.end + 40])
            and not _defines_other_term(sentence[a.end : a.end + 80])
        ]
        for value, spans, note in _pair_words_digits(amounts, sentence, s):
            a_start, a_end = spans[0][0], spans[-1][1]
            near = _PRICE_WORDS.search(ctx.text, max(s, a_start - _MAX_GAP), min(e, a_end + _MAX_GAP))
            if near is None or value <= 0:
                continue
            sc = score - (0.3 if note else 0.0) - (_IN_FORM_PENALTY if ctx.in_form(a_start) else 0.0)
            if len(spans) == 2 and not note:
                sc += 0.03
            if anchor is not None:
                # The amount nearest the term's definition is the one it defines.
                sc -= min(0.1, abs(anchor - a_end) / 4000)
            cands.append(ctx.candidate("exercise_price", value, spans, sc, rule, note or "stated as the price"))
        if not amounts:
            blank = _BLANK_PRICE.search(sentence)
            if blank and _PRICE_WORDS.search(sentence):
                cands.append(ctx.candidate("exercise_price", None, [(s + blank.start(), s + blank.end())],
                                           score - 0.1, rule + ".blank", "price left blank"))
    return cands


_OTHER_TERM = re.compile(r"^\)?\s*\((?:the\s+|each,?\s+an?\s+|an?\s+)?[“\"]\s*(?P<term>[^”\"]{1,60}?)\s*[”\"]\s*\)")


def _defines_other_term(after: str) -> bool:
    """"$500,000 (the “Warrant Coverage Amount”)": the amount is some other defined term."""
    m = _OTHER_TERM.match(after)
    return m is not None and "price" not in m.group("term").lower()


def find_currency(ctx: Context, price: Candidate | None, blank_price: Candidate | None) -> list[Candidate]:
    cands: list[Candidate] = []
    for c, rule in ((price, "currency.of_price"), (blank_price, "currency.of_blank_price")):
        if c is None or not c.spans:
            continue
        # The digits ("Cdn$1.25") name the currency more surely than the words ("Dollars").
        for sp in sorted(c.spans, key=lambda sp: not re.search(r"[$€£]|[A-Z]{3}", ctx.text[sp.start : sp.end])):
            window = ctx.text[max(0, sp.start - 6) : sp.end]
            code = _currency_of(ctx, sp.start, sp.end) if c.value is not None else None
            if code is None:
                code = _sign_currency(window)
            if code:
                sign = re.search(r"US\$|U\.S\.\s?\$|Cdn\$|C\$|CAD|CHF|USD|EUR|GBP|€|£|\$|[Dd]ollars?", ctx.text[max(0, sp.start - 6) : sp.end + 10])
                if sign:
                    base = max(0, sp.start - 6)
                    cands.append(ctx.candidate("currency", code, [(base + sign.start(), base + sign.end())],
                                               0.9 if c.value is not None else 0.75, rule, "the price's currency"))
                    return cands
    return cands


def _sign_currency(window: str) -> str | None:
    if re.search(r"Cdn\$|C\$|CAD|Canadian\s+dollars?", window):
        return "CAD"
    if re.search(r"CHF|Swiss\s+francs?", window):
        return "CHF"
    if "€" in window or "EUR" in window:
        return "EUR"
    if "£" in window or "GBP" in window:
        return "GBP"
    if "$" in window or re.search(r"[Dd]ollars?|USD", window):
        return "USD"
    return None
