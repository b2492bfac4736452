"""Issuer, holder and the issuer's jurisdiction of incorporation."""

from __future__ import annotations

import re

from warrant_terms.extract.candidate import Candidate
from warrant_terms.extract.context import Context
from warrant_terms.extract.names import Name, jurisdiction_in, name_before, prefer_mixed_case

ISSUER_TERMS = ("Company", "Issuer", "Corporation", "Borrower", "Parent")
HOLDER_TERMS = ("Holder", "Warrantholder", "Warrant Holder", "Registered Holder", "Lender", "Purchaser")
DEFINED_ISSUER_SCORE = 0.95
GRANT_FROM_SCORE = 0.85
TITLE_SCORE = 0.6
_ENTITY_SUFFIX = re.compile(
    r"\b(?:INC|CORP|CORPORATION|LTD|LIMITED|LLC|L\.L\.C|LP|L\.P|PLC|SA|AG|N\.V|CO|COMPANY|"
    r"HOLDINGS|TRUST|GROUP|TECHNOLOGIES|BANK)\b\.?",
    re.IGNORECASE,
)
_UPPER_NAME = re.compile(r"(?<![A-Za-z])([A-Z0-9][A-Z0-9&.,'’\- ]{2,80}?(?:INC|CORP|CORPORATION|LTD|LIMITED|LLC|PLC|CO|SA|AG)\.?)(?![A-Za-z])")
_FROM_NAME = re.compile(r"\b(?:purchase|subscribe\s+for(?:\s+and\s+purchase)?)\b.{0,300}?\bfrom\s+", re.IGNORECASE | re.DOTALL)
_ISSUED_TO = re.compile(r"\bissued\s+to\s+", re.IGNORECASE)
_ISSUED_BY = re.compile(r"\)\s*(?:by)\s+", re.IGNORECASE)
_LABEL = re.compile(
    r"(?:^|(?<=\n)|(?<=\s\s)|(?<=[.:;]\s)|(?<=\d\s))(?P<label>Company|Issuer|Name\s+of\s+(?:Company|Issuer)|"
    r"Holder|Name\s+of\s+Holder|Registered\s+Holder|Warrantholder|Warrant\s+Holder)\s*:\s*",
)
LABEL_SCORE = 0.9
_CERTIFIES = re.compile(r"\bcertif(?:y|ies|ied)\s+that[\s,]+(?:for\s+value\s+received[\s,]+)?", re.IGNORECASE)


def _defined_party(ctx: Context, terms: tuple[str, ...], field: str, score: float) -> list[Candidate]:
    out: list[Candidate] = []
    for rank, term in enumerate(terms):
        for d in ctx.terms.get(term.lower(), [])[:3]:
            if d.kind != "parenthetical" or ctx.in_form(d.start):
                continue
            paren = ctx.text.rfind("(", max(d.sentence_start, d.start - 200), d.start)
            if paren < 0:
                continue
            seg_start = max(d.sentence_start, paren - 500)
            name = name_before(ctx.text, seg_start, paren)
            if name is None:
                continue
            out.append(_name_candidate(ctx, field, name, score - 0.03 * rank, f"{field}.defined_term", term))
    return out


def _name_candidate(ctx: Context, field: str, name: Name, score: float, rule: str, why: str) -> Candidate:
    if name.blank:
        return ctx.candidate(field, None, [(name.start, name.end)], score, rule + ".blank",
                             f"the {why} is left blank")
    value = prefer_mixed_case(name.value, ctx.text[ctx.start : ctx.end])
    if _ENTITY_SUFFIX.search(value) is None and field == "issuer":
        score -= 0.15
    return ctx.candidate(field, value, [(name.start, name.end)], score, rule, f"named as the {why}")


def find_issuer(ctx: Context) -> list[Candidate]:
    cands = _defined_party(ctx, ISSUER_TERMS, "issuer", DEFINED_ISSUER_SCORE)
    if ctx.grant:
        gs, ge = ctx.grant
        m = _FROM_NAME.search(ctx.text, gs, ge)
        if m:
            name = name_before(ctx.text, m.end(), min(ge, m.end() + 200), anchored=True)
            if name and not name.blank:
                cands.append(_name_candidate(ctx, "issuer", name, GRANT_FROM_SCORE, "issuer.grant_from", "seller in the grant"))
        m = _ISSUED_TO.search(ctx.text, gs, ge)
        if m:
            by = _ISSUED_BY.search(ctx.text, m.end(), ge)
            if by:
                name = name_before(ctx.text, by.end(), min(ge, by.end() + 200), anchored=True)
                if name and not name.blank:
                    cands.append(_name_candidate(ctx, "issuer", name, GRANT_FROM_SCORE, "issuer.issued_by", "issuer"))
    cands.extend(_labelled(ctx, "issuer", ("company", "issuer")))
    head_end = ctx.grant[0] if ctx.grant else min(ctx.end, ctx.start + 3000)
    for m in _UPPER_NAME.finditer(ctx.text, ctx.start, head_end):
        value = m.group(1).strip(" ,")
        if len(value.split()) <= 8 and not re.search(r"\b(?:THE|THIS|OF|UNDER|ACT)\b", value):
            name = Name(value, m.start(1), m.start(1) + len(value))
            cands.append(_name_candidate(ctx, "issuer", name, TITLE_SCORE, "issuer.title_block", "company in the title"))
            break
    return [c for c in cands if c.value is not None]


def _labelled(ctx: Context, field: str, labels: tuple[str, ...]) -> list[Candidate]:
    """"Company: Ferncliff Robotics, Inc., a Delaware corporation" in a title block."""
    head_end = ctx.grant[1] if ctx.grant else min(ctx.end, ctx.start + 4000)
    for m in _LABEL.finditer(ctx.text, ctx.start, head_end):
        label = m.group("label").lower()
        if not any(label.endswith(x) for x in labels):
            continue
        name = name_before(ctx.text, m.end(), min(ctx.end, m.end() + 200), anchored=True)
        if name is not None:
            return [_name_candidate(ctx, field, name, LABEL_SCORE, f"{field}.label", m.group("label"))]
    return []


def find_holder(ctx: Context) -> list[Candidate]:
    cands = _defined_party(ctx, HOLDER_TERMS, "holder", DEFINED_ISSUER_SCORE)
    cands.extend(_labelled(ctx, "holder", ("holder",)))
    if ctx.grant:
        gs, ge = ctx.grant
        for rule, pattern in (("holder.issued_to", _ISSUED_TO), ("holder.certifies_that", _CERTIFIES)):
            m = pattern.search(ctx.text, gs, ge)
            if m:
                name = name_before(ctx.text, m.end(), min(ge, m.end() + 300), anchored=True)
                if name:
                    cands.append(_name_candidate(ctx, "holder", name, GRANT_FROM_SCORE, rule, "holder in the grant"))
    return cands


def find_jurisdiction(ctx: Context, issuers: list[Candidate]) -> list[Candidate]:
    cands: list[Candidate] = []
    for issuer in sorted(issuers, key=lambda c: -c.score):
        if issuer.value is None or not issuer.spans:
            continue
        s = issuer.spans[0].end
        close = ctx.text.find(")", s, s + 600)
        found = jurisdiction_in(ctx.text, s, close if close > 0 else s + 400)
        if found:
            name, js, je = found
            cands.append(ctx.candidate("issuer_jurisdiction", name, [(js, je)], 0.9,
                                       "jurisdiction.issuer_descriptor", "the issuer's descriptor"))
            break
    head_end = ctx.grant[1] if ctx.grant else min(ctx.end, ctx.start + 3000)
    for m in re.finditer(r"(?:organized|incorporated|existing|formed|continued|amalgamated)"
                         r"(?:,?\s+(?:organized|incorporated|and|existing))*\s+under\s+the\s+laws\s+of",
                         ctx.text[ctx.start:head_end], re.IGNORECASE):
        s = ctx.start + m.start()
        found = jurisdiction_in(ctx.text, s, min(head_end + 200, s + 150))
        if found:
            name, js, je = found
            cands.append(ctx.candidate("issuer_jurisdiction", name, [(js, je)], 0.75,
                                       "jurisdiction.organized_under", "organized under the laws of"))
            break
    return cands
