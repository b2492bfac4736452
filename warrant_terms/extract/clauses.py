"""Clause-level fields read from cue rules (patterns/cues.json) in the right sections:
cashless exercise, anti-dilution kinds, fractional shares (and what a fraction is paid at),
whether adjustments keep the aggregate price, and governing law."""

from __future__ import annotations

import re

from warrant_terms.extract.candidate import Candidate
from warrant_terms.extract.context import Context
from warrant_terms.extract.names import match_jurisdiction
from warrant_terms.extract.rules import Cue
from warrant_terms.parse.sections import heading_like

ANTI_DILUTION_LABELS = {
    "AD_SPLIT": "split_combination",
    "AD_STOCK_DIVIDEND": "stock_dividend",
    "AD_DISTRIBUTION": "distribution",
    "AD_REORG": "reorganization",
}
_ADJUST_WORDS = re.compile(
    r"\badjust|\bproportionate|\bincreased\b|\bdecreased\b|\breduced\b|\bmultipl|"
    r"\bentitled\s+to\s+receive\b|\bin\s+lieu\s+of\b|\bthereafter\s+(?:have|be)\b|\breplace|"
    r"\bsuccessor|\bassume|\bshall\s+receive\b|\bnumber\s+of\s+(?:shares|warrant\s+shares)\b.{0,80}"
    r"\b(?:purchasable|issuable)\b|\bsame\s+(?:kind|amount)|\bAlternate\s+Consideration",
    re.IGNORECASE | re.DOTALL,
)
_NOTICE_HEADING = re.compile(r"\bnotice|\bnotices\b|\bregistration\b|\brepresentation|\bdefinition", re.IGNORECASE)
_NEGATED = re.compile(
    r"\b(?:no|not|without|neither|nor)\b[^.;]{0,40}$|\bother\s+than\s*$|\bexcept\s*$|\bexcluding\s*$",
    re.IGNORECASE,
)
_NO_ADJUST = re.compile(
    r"\bno\s+adjustment\s+(?:shall|will)\s+be\s+made|\bshall\s+not\s+be\s+adjusted|"
    r"\bnot\s+(?:of\s+itself\s+)?(?:result\s+in|give\s+rise\s+to)\s+(?:any\s+)?adjustment|"
    r"\bwill\s+not\s+be\s+adjusted|\bno\s+adjustment\b[^.]{0,80}\bissu", re.IGNORECASE)
_CASHLESS_DENIED = re.compile(
    r"(?:no|not\s+(?:be\s+)?(?:entitled|permitted)\s+to\s+(?:a\s+)?)\s*(?:cashless|net)\s+"
    r"(?:exercise|issuance)|\bcashless\s+exercise\s+(?:shall\s+not|is\s+not)\b|"
    r"\bmay\s+not\s+(?:be\s+)?exercised?\s+(?:on\s+a\s+)?cashless|\bonly\s+(?:by|upon)\s+(?:the\s+)?payment\s+in\s+cash",
    re.IGNORECASE,
)
_PAYMENT_REQUIRED = re.compile(
    r"\b(?:payment|pay|paying|tender\w*)\b[^.;]{0,60}?\b(?:exercise|warrant|purchase|subscription)\s+price"
    r"|\b(?:certified\s+or\s+official\s+bank\s+check|wire\s+transfer|cashier[’']s\s+check|"
    r"certified\s+check|bank\s+draft)",
    re.IGNORECASE,
)
_DILUTIVE_SENTENCE = re.compile(
    r"(?:issue|issues|sell|sells|grant|grants|issuance|sale|deemed\s+to\s+have\s+issued)\b.{0,400}?"
    r"(?:consideration|price)\s+per\s+share\b.{0,40}?\b(?:less|lower|below)\b",
    re.IGNORECASE | re.DOTALL,
)
_WA_PHRASE = r"(?<!volume\s)(?<!volume-)weighted[\s-]+average(?!\s+(?:price|trading|closing|sale|bid|of\b))"
_WEIGHTED = re.compile(
    _WA_PHRASE + r"|outstanding\s+immediately\s+(?:prior\s+to|before)\b.{0,600}?"
    r"outstanding\s+immediately\s+after|\(\s*A\s*\+\s*B\s*\)|\bA\s*\+\s*B\b.{0,40}A\s*\+\s*C|"
    r"multiplying\s+(?:such|the)\s+(?:\w+\s+){1,3}price\b.{0,80}\bby\s+a\s+fraction\b.{0,300}numerator|"
    r"\bwould\s+purchase\s+at\s+(?:such|the)\b",
    re.IGNORECASE | re.DOTALL,
)
_RATCHET = re.compile(
    r"full[\s-]+ratchet|\b(?:reduced|adjusted|decreased|lowered)\s+(?:\w+\s+){0,3}to\s+"
    r"(?:a\s+price\s+|an\s+amount\s+)?(?:equal\s+(?:to\s+)?)?(?:the|such)\s+(?:[A-Za-z\-]+\s+){0,3}?"
    r"(?:consideration|price)(?:\s+per\s+share)?"
    r"(?!\s*(?:\([^)]{0,60}\)\s*)?(?:determined|calculated|computed|obtained|resulting|equal\s+to\s+the\s+product|"
    r"(?:that\s+is\s+)?(?:arrived|derived)))",
    re.IGNORECASE,
)
_GOVERN = re.compile(
    r"\bgovern(?:ed|s|ing)?\b|\bconstrued\s+(?:and\s+enforced\s+)?in\s+accordance\s+with|"
    r"\binterpreted\s+in\s+accordance\s+with", re.IGNORECASE)
_LAWS_OF = re.compile(
    r"\blaws?\s+of\s+(?:the\s+)?(?:State\s+of\s+|Province\s+of\s+|Commonwealth\s+of\s+|"
    r"Republic\s+of\s+|Grand\s+Duchy\s+of\s+|Kingdom\s+of\s+)?(?P<j>[A-Z][A-Za-z .'’]{1,40})",
    re.IGNORECASE,
)


def _sentence_cues(ctx: Context, label: str, start: int, end: int) -> list[tuple[Cue, tuple[int, int]]]:
    return [(c, ctx.sentence_at(c.start)) for c in ctx.cues_in(label, start, end)]


def find_cashless(ctx: Context) -> list[Candidate]:
    cands: list[Candidate] = []
    for cue, (s, e) in _sentence_cues(ctx, "CASHLESS", ctx.start, ctx.end):
        lead = ctx.text[max(s, cue.start - 60) : cue.start]
        if _NEGATED.search(lead) or _CASHLESS_DENIED.search(ctx.text[s:e]):
            continue
        score = cue.score - (0.2 if ctx.in_form(cue.start) else 0.0)
        cands.append(ctx.candidate("cashless_exercise", True, [(cue.start, cue.end)], score,
                                   f"cashless.{cue.rule}", "grants exercise without cash payment"))
    if not cands:
        m = _CASHLESS_DENIED.search(ctx.text, ctx.start, ctx.body_end)
        if m:
            cands.append(ctx.candidate("cashless_exercise", False, [(m.start(), m.end())], 0.85,
                                       "cashless.denied", "cashless exercise expressly excluded"))
        else:
            # No cashless right: the evidence is the clause that makes the holder pay.
            m = _PAYMENT_REQUIRED.search(ctx.text, ctx.start, ctx.end)
            if m:
                cands.append(ctx.candidate("cashless_exercise", False, [(m.start(), m.end())], 0.6,
                                           "cashless.payment_required",
                                           "exercise requires payment; no cashless, net-issuance or "
                                           "conversion right found"))
    return cands


def _adjustment_context(ctx: Context, s: int, e: int, cue_start: int) -> bool:
    """A cue counts only where the text adjusts something, outside notice-only clauses: its
    sentence, its section or a parent heading must speak of adjusting."""
    if ctx.in_form(cue_start):
        return False
    heading = ctx.heading_of(cue_start)
    if heading and _NOTICE_HEADING.search(heading.split(" / ")[0]) and "adjust" not in heading:
        return False
    if "adjust" in heading or _ADJUST_WORDS.search(ctx.text[s:e]):
        return True
    sec = ctx.section_of(cue_start)
    if sec is not None and sec.kind == "section" and sec.end - sec.start < 8000:
        return bool(_ADJUST_WORDS.search(ctx.text[sec.start : sec.end]))
    return False


_DISTRIBUTION_WHAT = re.compile(
    r"\bcash\b|\bproperty\b|\bassets\b|\bindebtedness\b|\brights\b|\boptions\b|\bwarrants\b|"
    r"\bspin|\bsecurities\s+(?:other|of\s+any|of\s+another)|\bother\s+securities\b", re.IGNORECASE)
_STRONG_DISTRIBUTION = re.compile(r"indebtedness|spin|pro\s+rata\s+distribution|extraordinary|otherwise\s+than", re.IGNORECASE)


def find_anti_dilution(ctx: Context) -> list[Candidate]:
    found: dict[str, list[tuple[int, int]]] = {}
    for label, kind in ANTI_DILUTION_LABELS.items():
        for cue, (s, e) in _sentence_cues(ctx, label, ctx.start, ctx.body_end):
            if _NEGATED.search(ctx.text[max(s, cue.start - 30) : cue.start]):
                continue
            if _NO_ADJUST.search(ctx.text[s:e]):
                continue
            if (
                kind == "distribution"
                and not _STRONG_DISTRIBUTION.search(ctx.text[cue.start : cue.end])
                and not _DISTRIBUTION_WHAT.search(ctx.text[s:e])
            ):
                continue
            if _adjustment_context(ctx, s, e, cue.start):
                found.setdefault(kind, []).append((cue.start, cue.end))
    for s, e in ctx.sentences:
        if s >= ctx.body_end or e - s > 8000:
            continue
        sentence = ctx.text[s:e]
        trigger = _DILUTIVE_SENTENCE.search(sentence)
        if not trigger or _NO_ADJUST.search(sentence):
            continue
        if not _adjustment_context(ctx, s, e, s + trigger.start()):
            continue
        block_end = min(ctx.body_end, e + 2500)
        block = ctx.text[s:block_end]
        w = _WEIGHTED.search(block)
        r = _RATCHET.search(block)
        if w and (not r or w.start() <= r.start() or "weighted" in w.group().lower()):
            found.setdefault("price_based_weighted_average", []).append((s + w.start(), s + min(w.end(), w.start() + 200)))
        if r and (not w or "ratchet" in r.group().lower() or r.start() < w.start()):
            found.setdefault("price_based_full_ratchet", []).append((s + r.start(), s + r.end()))
    for s, e in ctx.sentences:
        if s >= ctx.body_end:
            continue
        m = re.search(_WA_PHRASE, ctx.text[s:e], re.IGNORECASE)
        if m and _adjustment_context(ctx, s, e, s + m.start()):
            found.setdefault("price_based_weighted_average", []).append((s + m.start(), s + m.end()))
        m = re.search(r"full[\s-]+ratchet", ctx.text[s:e], re.IGNORECASE)
        if m and not _NEGATED.search(ctx.text[max(s, s + m.start() - 40) : s + m.start()]):
            found.setdefault("price_based_full_ratchet", []).append((s + m.start(), s + m.end()))
    order = ["split_combination", "stock_dividend", "distribution", "reorganization",
             "price_based_weighted_average", "price_based_full_ratchet"]
    kinds = [k for k in order if k in found]
    if not kinds:
        return []  # no adjustment clause found: null, since there is nothing to cite
    spans = [found[k][0] for k in kinds]
    return [ctx.candidate("anti_dilution", kinds, spans, 0.85, "anti_dilution.cues",
                          "adjustment clauses: " + ", ".join(kinds))]


def _fraction_sentences(ctx: Context) -> list[tuple[int, int]]:
    out = []
    for s, e in ctx.sentences:
        if s >= ctx.body_end:
            break
        sentence = ctx.text[s:e]
        if re.search(r"\bfractional\b|\bfractions?\s+of\s+(?:a\s+|one\s+)?(?:share|unit|warrant\s+share)", sentence, re.IGNORECASE) and re.search(
            r"\bshares?\b|\bstock\b|\bissu", sentence, re.IGNORECASE
        ) and not re.search(r"fraction(?:al)?\s+(?:of\s+a\s+)?warrants?\b", sentence, re.IGNORECASE):
            out.append((s, e))
    return out


def find_fractional(ctx: Context) -> list[Candidate]:
    """Cash where a fraction is paid for (and no clause says no cash is paid); else the
    rounding the clause states: to the nearest share, up, or down."""
    for s, e in _fraction_sentences(ctx):
        # The clause: this sentence and the next, which often says how the cash is paid.
        sec = ctx.section_of(s)
        clause_end = min(ctx.body_end, e + 400, sec.end if sec and sec.kind == "section" else ctx.end)
        cues = {label: ctx.cues_in(label, s, clause_end) for label in
                ("FRACTION_CASH", "FRACTION_NO_CASH", "FRACTION_UP", "FRACTION_DOWN", "FRACTION_NEAREST")}
        nearest = [c for c in cues["FRACTION_NEAREST"]
                   if not re.search(r"\b(?:down|up|upward|downward)\b", ctx.text[max(s, c.start - 25) : c.start])]
        if cues["FRACTION_CASH"] and not cues["FRACTION_NO_CASH"]:
            chosen, policy = cues["FRACTION_CASH"][0], "cash"
        elif nearest:
            chosen, policy = nearest[0], "round_nearest"
        elif cues["FRACTION_UP"]:
            chosen, policy = cues["FRACTION_UP"][0], "round_up"
        elif cues["FRACTION_DOWN"] or cues["FRACTION_NO_CASH"] or cues["FRACTION_NEAREST"]:
            chosen = (cues["FRACTION_DOWN"] or cues["FRACTION_NO_CASH"] or cues["FRACTION_NEAREST"])[0]
            policy = "round_down"
        else:
            continue
        bonus = 0.05 if heading_like(ctx.heading_of(s), "fractional shares", "fractional") else 0.0
        return [ctx.candidate("fractional_shares", policy, [(chosen.start, chosen.end)],
                              chosen.score + bonus, f"fractional.{chosen.rule}", "fractional share clause")]
    return []


def find_fraction_basis(ctx: Context, policy: Candidate | None) -> list[Candidate]:
    if policy is None or policy.value != "cash" or not policy.spans:
        return []
    s, _ = ctx.sentence_at(policy.spans[0].start)
    end = min(ctx.body_end, s + 1200)
    for label, value in (("BASIS_PRICE", "exercise_price"), ("BASIS_FMV", "fair_market_value")):
        cues = ctx.cues_in(label, s, end)
        if cues:
            c = cues[0]
            return [ctx.candidate("fractional_cash_basis", value, [(c.start, c.end)], c.score,
                                  f"fraction_basis.{c.rule}", "what the fraction is paid at")]
    return []


def find_aggregate_preserved(ctx: Context) -> list[Candidate]:
    cues = ctx.cues_in("AGGREGATE", ctx.start, ctx.body_end)
    if cues:
        c = cues[0]
        return [ctx.candidate("preserves_aggregate_price", True, [(c.start, c.end)], c.score,
                              f"aggregate.{c.rule}", "share count follows the price")]
    for s, e in ctx.sentences:
        if s >= ctx.body_end:
            break
        m = re.search(r"number\s+of\s+(?:warrant\s+)?shares\b.{0,200}?\bmultiplying\b.{0,200}?"
                      r"\b(?:dividing|divided)\b.{0,120}?\bresulting", ctx.text[s:e], re.IGNORECASE | re.DOTALL)
        if m:
            return [ctx.candidate("preserves_aggregate_price", True, [(s + m.start(), s + m.end())], 0.8,
                                  "aggregate.multiply_divide", "shares = old price × old shares / new price")]
    return []


def find_governing_law(ctx: Context) -> list[Candidate]:
    cands: list[Candidate] = []
    for s, e in ctx.sentences:
        if e - s > 3000:
            continue
        sentence = ctx.text[s:e]
        g = _GOVERN.search(sentence)
        if not g:
            continue
        for m in _LAWS_OF.finditer(sentence):
            if m.start() < g.start() - 300 or m.start() > g.end() + 400:
                continue
            lead = sentence[max(0, m.start() - 80) : m.start()]
            if re.search(r"organized|incorporated|existing|formed", lead, re.IGNORECASE):
                continue
            found = match_jurisdiction(m.group("j"))
            if not found:
                continue
            name, off, length = found
            js = s + m.start("j") + off
            heading = ctx.heading_of(s)
            score = 0.9 + (0.05 if heading_like(heading, "governing law", "applicable law", "choice of law") else 0.0)
            if ctx.in_form(s) or s >= ctx.end:
                score -= 0.2
            if re.search(r"conflicts?\s+of\s+laws?|choice\s+of\s+law", sentence[m.start() - 60 : m.start()], re.IGNORECASE):
                continue
            cands.append(ctx.candidate("governing_law", name, [(js, js + length)], score,
                                       "governing_law.laws_of", "governed by the laws of"))
            break
    return cands
