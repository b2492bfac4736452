"""Anti-dilution adjustments: apply an ordered list of events and show every step.

Only the adjustment kinds the warrant's own ``anti_dilution`` clauses grant are applied;
any other event is reported as ``not_applicable`` and leaves the terms as they were.

Price rules (new price CP2 from the price in effect CP1):

- split / combination, ``new`` for ``old``: ``CP2 = CP1 x old / new``
- stock dividend at rate r: ``CP2 = CP1 / (1 + r)``
- dilutive issue, weighted average: ``CP2 = CP1 x (A + B) / (A + C)`` with A the shares
  outstanding before the issue (broad-based: plus the shares deemed outstanding on
  options, warrants and convertibles; narrow-based: outstanding shares only), B the shares
  the consideration would buy at CP1 (``C x P / CP1``) and C the new shares issued
- dilutive issue, full ratchet: ``CP2 = P``, the issue price
- an issue at or above CP1, or one marked exempt, changes nothing

Share count: where the warrant holds the aggregate exercise price constant
(``preserves_aggregate_price``) the new count is ``S1 x CP1 / CP2``; otherwise a split
or stock dividend scales the count by the same ratio and a price-based adjustment leaves
it alone. The count is taken from the *unrounded* CP2 and then rounded down, so rounding
the price to `PRICE_PLACES` never creates or loses shares; the rounded CP2 is the price
carried to the next event.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from fractions import Fraction
from typing import Literal

from pydantic import BaseModel, ConfigDict

from warrant_terms.calc.errors import CalcError
from warrant_terms.calc.events import Event, Issuance, Split, StockDividend, parse_event
from warrant_terms.calc.exercise import aggregate_price
from warrant_terms.calc.rounding import floor_shares, round_price, to_decimal
from warrant_terms.calc.terms import CalcTerms, as_terms
from warrant_terms.schema.models import AntiDilutionKind, DecimalString, Warrant

StepStatus = Literal["applied", "not_applicable", "no_adjustment", "exempt"]
Input = str | int


class Step(BaseModel):
    """One event's effect: its inputs, the formula and the terms before and after."""

    model_config = ConfigDict(frozen=True)

    index: int
    event: str
    anti_dilution_kind: AntiDilutionKind
    status: StepStatus
    formula: str | None
    inputs: dict[str, Input]
    price_before: DecimalString
    price_after: DecimalString
    shares_before: int | None
    shares_after: int | None
    note: str


class AdjustmentResult(BaseModel):
    """Terms after all events, with the steps that led there."""

    model_config = ConfigDict(frozen=True)

    start_price: DecimalString
    start_shares: int | None
    exercise_price: DecimalString
    shares: int | None
    start_aggregate_price: DecimalString | None
    aggregate_price: DecimalString | None
    preserves_aggregate_price: bool | None
    steps: list[Step]
    notes: list[str]

    def terms(self, base: CalcTerms) -> CalcTerms:
        """`base` with the adjusted price and share count."""
        return base.replace(exercise_price=self.exercise_price, shares=self.shares)


def _fmt(value: Decimal) -> str:
    return format(value, "f")


def _scaled_shares(
    shares: int | None, price: Fraction, exact_new: Fraction, ratio: Fraction | None, keep: bool
) -> tuple[int | None, str, dict[str, Input]]:
    """New share count, the formula used for it, and its extra inputs."""
    if shares is None:
        return None, "share count not stated", {}
    if keep:
        return (
            floor_shares(price * shares / exact_new),
            "S2 = floor(S1 x CP1 / CP2)",
            {"S1": shares},
        )
    if ratio is not None:
        return floor_shares(shares * ratio), "S2 = floor(S1 x ratio)", {"S1": shares}
    return shares, "S2 = S1 (share count not adjusted)", {"S1": shares}


def _not_applicable(event: Event, granted: frozenset[AntiDilutionKind] | None) -> str:
    stated = "not stated" if granted is None else (", ".join(sorted(granted)) or "none")
    what: str = event.kind
    if isinstance(event, Issuance) and event.method is None:
        what = "price-based (weighted average or full ratchet)"
    return (
        f"the warrant grants no {what} adjustment (anti_dilution: {stated}); "
        f"add it with --anti-dilution to apply the event anyway"
    )


def _issue_kind(event: Issuance, granted: frozenset[AntiDilutionKind]) -> AntiDilutionKind | None:
    """The price-based adjustment this warrant applies to an issue, if any."""
    if event.method is not None:
        return event.kind if event.kind in granted else None
    kinds = granted & {"price_based_weighted_average", "price_based_full_ratchet"}
    if len(kinds) > 1:
        raise CalcError(
            f"event {event.label!r}: the warrant grants both weighted-average and "
            "full-ratchet adjustments; add method=weighted_average or method=full_ratchet"
        )
    return next(iter(kinds), None)


def _price_change(
    event: Event, kind: AntiDilutionKind, price: Decimal
) -> tuple[Fraction | None, Fraction | None, str, dict[str, Input], str]:
    """(exact CP2 or None for no change, share ratio, formula, inputs, note).

    Exact rational arithmetic, so that a share count that should come out whole does
    (22 shares after a 1-for-22 combination is 1 share, not 0.999... rounded down).
    """
    cp1 = Fraction(price)
    if isinstance(event, Split):
        ratio = Fraction(event.new, event.old)
        inputs: dict[str, Input] = {"CP1": _fmt(price), "new": event.new, "old": event.old}
        return cp1 / ratio, ratio, "CP2 = CP1 x old / new", inputs, ""
    if isinstance(event, StockDividend):
        ratio = 1 + Fraction(event.rate)
        inputs = {"CP1": _fmt(price), "r": _fmt(event.rate)}
        return cp1 / ratio, ratio, "CP2 = CP1 / (1 + r)", inputs, ""
    c, p = event.shares, event.price
    inputs = {"CP1": _fmt(price), "C": c, "P": _fmt(p)}
    if kind == "price_based_full_ratchet":
        if p >= price:
            return None, None, "CP2 = P", inputs, "issue price is not below CP1"
        return Fraction(p), None, "CP2 = P", inputs, "full ratchet to the issue price"
    basis = event.basis or "broad"
    a = event.outstanding + (event.deemed if basis == "broad" else 0)
    b = c * Fraction(p) / cp1
    counted = (
        "outstanding plus shares deemed outstanding on options, warrants and convertibles"
        if basis == "broad"
        else "outstanding shares only (deemed shares excluded)"
    )
    inputs |= {
        "A": a,
        "A_counts": f"{basis}-based: {counted}",
        "outstanding": event.outstanding,
        "deemed": event.deemed,
        "B": _fmt(to_decimal(b)),
        "consideration": _fmt(c * p),
    }
    formula = "CP2 = CP1 x (A + B) / (A + C)"
    note = "" if event.basis else "basis not given; broad-based assumed"
    if p >= price:
        return None, None, formula, inputs, "issue price is not below CP1"
    return cp1 * (a + b) / (a + c), None, formula, inputs, note


def apply_event(terms: CalcTerms, event: Event, index: int = 1) -> tuple[CalcTerms, Step]:
    """The terms after one event, and the step that shows how."""
    price = terms.require_price()
    shares = terms.shares
    granted = terms.anti_dilution
    base = {
        "index": index,
        "event": event.label,
        "price_before": price,
        "shares_before": shares,
    }

    def unchanged(kind: AntiDilutionKind, status: StepStatus, note: str) -> Step:
        return Step(
            **base,
            anti_dilution_kind=kind,
            status=status,
            formula=None,
            inputs={},
            price_after=price,
            shares_after=shares,
            note=note,
        )

    kind = event.kind
    if isinstance(event, Issuance):
        found = _issue_kind(event, granted or frozenset())
        if found is None:
            return terms, unchanged(kind, "not_applicable", _not_applicable(event, granted))
        kind = found
        if event.exempt:
            return terms, unchanged(kind, "exempt", "exempt issue: no adjustment")
    elif kind not in (granted or frozenset()):
        return terms, unchanged(kind, "not_applicable", _not_applicable(event, granted))
    exact, ratio, formula, inputs, note = _price_change(event, kind, price)
    if exact is None:
        step = Step(
            **base,
            anti_dilution_kind=kind,
            status="no_adjustment",
            formula=formula,
            inputs=inputs,
            price_after=price,
            shares_after=shares,
            note=note,
        )
        return terms, step
    new_price = round_price(exact)
    if new_price <= 0:
        raise CalcError(f"event {event.label!r} would take the price to {new_price}")
    keep = terms.preserves_aggregate_price is True
    new_shares, share_formula, share_inputs = _scaled_shares(
        shares, Fraction(price), exact, ratio, keep
    )
    if ratio is not None and shares is not None and not keep:
        share_inputs["ratio"] = _fmt(to_decimal(ratio))
    if not keep and ratio is None and shares is not None:
        why = "not stated" if terms.preserves_aggregate_price is None else "false"
        note = "; ".join(
            n for n in (note, f"preserves_aggregate_price is {why}: share count unchanged") if n
        )
    step = Step(
        **base,
        anti_dilution_kind=kind,
        status="applied",
        formula=f"{formula}; {share_formula}",
        inputs=inputs | share_inputs | {"CP2_unrounded": _fmt(to_decimal(exact))},
        price_after=new_price,
        shares_after=new_shares,
        note=note,
    )
    return terms.replace(exercise_price=new_price, shares=new_shares), step


def apply_events(terms: Warrant | CalcTerms, events: Iterable[Event | str]) -> AdjustmentResult:
    """Apply `events` in order (each an `Event` or its spelling, e.g. ``"split:2:1"``)."""
    start = as_terms(terms)
    parsed = [parse_event(e) if isinstance(e, str) else e for e in events]
    price = start.require_price()
    notes: list[str] = []
    if start.anti_dilution is None:
        notes.append("the warrant's anti-dilution clauses are not stated; no event applies")
    current, steps = start, []
    for i, event in enumerate(parsed, start=1):
        current, step = apply_event(current, event, i)
        steps.append(step)
    end_price = current.require_price()

    def agg(shares: int | None, p: Decimal) -> Decimal | None:
        return None if shares is None else aggregate_price(shares, p)

    return AdjustmentResult(
        start_price=price,
        start_shares=start.shares,
        exercise_price=end_price,
        shares=current.shares,
        start_aggregate_price=agg(start.shares, price),
        aggregate_price=agg(current.shares, end_price),
        preserves_aggregate_price=start.preserves_aggregate_price,
        steps=steps,
        notes=notes,
    )
