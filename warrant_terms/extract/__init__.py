"""Extraction: from a parsed document to warrant terms with evidence.

`extract_warrants(document)` finds each warrant instrument the document sets out, runs the
field extractors on its region (each returns scored candidates with spans and rule ids),
keeps the best candidate per field and validates the result.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from warrant_terms.extract.candidate import Candidate, best
from warrant_terms.extract.clauses import (
    find_aggregate_preserved,
    find_anti_dilution,
    find_cashless,
    find_fraction_basis,
    find_fractional,
    find_governing_law,
)
from warrant_terms.extract.context import Context
from warrant_terms.extract.instrument import Instrument, find_instruments
from warrant_terms.extract.parties import find_holder, find_issuer, find_jurisdiction
from warrant_terms.extract.price import find_currency, find_exercise_price
from warrant_terms.extract.securities import find_security, find_shares
from warrant_terms.extract.term_dates import find_expiration_date, find_issue_date
from warrant_terms.parse.document import Document
from warrant_terms.schema import Evidence, Issue, Term, Warrant


@dataclass
class ExtractionResult:
    warrants: list[Warrant] = field(default_factory=list)
    warnings: list[Issue] = field(default_factory=list)
    candidates: dict[str, list[Candidate]] = field(default_factory=dict)


def _term(ctx: Context, chosen: Candidate | None) -> Term[Any]:
    if chosen is None or chosen.value is None:
        return Term()
    evidence = []
    for sp in chosen.spans:
        section = ctx.section_of(sp.start)
        evidence.append(
            Evidence(
                start=sp.start,
                end=sp.end,
                page=ctx.doc.page_of(sp.start),
                text=ctx.doc.text[sp.start : sp.end],
                section=section.label if section and section.label else (section.kind if section else None),
            )
        )
    return Term(value=chosen.value, evidence=evidence, confidence=round(chosen.score, 3), rule=chosen.rule)


STATED_OVER_BLANK = 0.4
# Quantities that, stated anywhere in the instrument, are the same quantity as the blank.
STATED_BEATS_BLANK = frozenset({"exercise_price", "shares"})


def _pick(cands: list[Candidate]) -> Candidate | None:
    """The best candidate. A blank ("$____ per share") is a reading too, and beats a weaker
    guess; but a value the instrument states elsewhere (a filled-in cover page or exercise
    form) beats a blank."""
    chosen = best(cands)
    if chosen is not None and chosen.value is None and chosen.field in STATED_BEATS_BLANK:
        stated = best([c for c in cands if c.value is not None and c.score >= STATED_OVER_BLANK])
        if stated is not None:
            return stated
    return chosen


def extract_instrument(doc: Document, instrument: Instrument) -> tuple[Warrant, list[Issue], dict[str, list[Candidate]]]:
    ctx = Context(doc, instrument.start, instrument.end, grant=(instrument.grant_start, instrument.grant_end))
    found: dict[str, list[Candidate]] = {}
    found["issuer"] = find_issuer(ctx)
    found["issuer_jurisdiction"] = find_jurisdiction(ctx, found["issuer"])
    found["holder"] = find_holder(ctx)
    found["security"] = find_security(ctx)
    found["shares"] = find_shares(ctx)
    found["exercise_price"] = find_exercise_price(ctx)
    price = _pick(found["exercise_price"])
    blank_price = next((c for c in found["exercise_price"] if c.value is None), None)
    found["currency"] = find_currency(ctx, price if price and price.value is not None else None, blank_price)
    found["issue_date"] = find_issue_date(ctx)
    issue = _pick(found["issue_date"])
    found["expiration_date"] = find_expiration_date(ctx, issue)
    found["cashless_exercise"] = find_cashless(ctx)
    found["anti_dilution"] = find_anti_dilution(ctx)
    found["fractional_shares"] = find_fractional(ctx)
    fractional = _pick(found["fractional_shares"])
    found["fractional_cash_basis"] = find_fraction_basis(ctx, fractional)
    found["preserves_aggregate_price"] = find_aggregate_preserved(ctx)
    found["governing_law"] = find_governing_law(ctx)

    from warrant_terms.validate import validate

    chosen = {name: _pick(cands) for name, cands in found.items()}
    chosen, warnings = validate(chosen, found)
    warrant = Warrant(**{name: _term(ctx, c) for name, c in chosen.items()})
    return warrant, warnings, found


def extract_warrants(doc: Document) -> ExtractionResult:
    """Every warrant the document sets out (the main one first), with warnings."""
    result = ExtractionResult()
    for instrument in find_instruments(doc):
        warrant, warnings, found = extract_instrument(doc, instrument)
        result.warrants.append(warrant)
        result.warnings.extend(warnings)
        result.candidates = found
    return result
