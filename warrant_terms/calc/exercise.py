"""Exercise: cash (all or part) and net (cashless) exercise, with fractional shares.

Net exercise follows the usual net-issuance formula ``X = Y(A - B) / A``: Y shares
exercised, A the fair market value of one share, B the exercise price. X is whole shares
plus a fraction, and the fraction is settled as the warrant's fractional-share clause says
(cash at fair market value or at the exercise price, round down, up or to nearest).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, Decimal
from typing import Literal

from pydantic import BaseModel, ConfigDict

from warrant_terms.calc.errors import CalcError
from warrant_terms.calc.rounding import (
    calc_context,
    parse_decimal,
    round_cash,
    round_fraction,
)
from warrant_terms.calc.terms import CalcTerms, as_terms
from warrant_terms.schema.models import (
    DecimalString,
    FractionalCashBasis,
    FractionalPolicy,
    Warrant,
)

Method = Literal["net", "cash"]
DEFAULT_FRACTIONAL_POLICY: FractionalPolicy = "round_down"
DEFAULT_FRACTION_BASIS: FractionalCashBasis = "fair_market_value"


class ExerciseResult(BaseModel):
    """What one exercise delivers. Decimals serialise to JSON as plain decimal strings."""

    model_config = ConfigDict(frozen=True)

    method: Method
    shares_exercised: int
    shares_issued: int
    exact_shares: DecimalString
    fractional_share: DecimalString
    cash_for_fraction: DecimalString
    fraction_policy: FractionalPolicy
    fraction_basis: FractionalCashBasis | None
    exercise_price: DecimalString
    fair_market_value: DecimalString | None
    aggregate_price: DecimalString
    cash_paid_by_holder: DecimalString
    shares_remaining: int | None
    formula: str
    notes: list[str]


@dataclass(frozen=True)
class FractionSettlement:
    """How X = whole + fraction becomes shares and cash."""

    shares_issued: int
    fraction: Decimal
    cash: Decimal
    policy: FractionalPolicy
    basis: FractionalCashBasis | None
    notes: tuple[str, ...]


def aggregate_price(shares: int, price: Decimal) -> Decimal:
    """Shares times price: an exact product, never rounded.

    >>> aggregate_price(83333, Decimal("2.40"))
    Decimal('199999.20')
    """
    with calc_context():
        return price * shares


def settle_fraction(
    exact: Decimal,
    policy: FractionalPolicy | None,
    basis: FractionalCashBasis | None,
    *,
    exercise_price: Decimal,
    fmv: Decimal | None,
) -> FractionSettlement:
    """Whole shares and cash for `exact` shares under the warrant's fractional-share policy.

    >>> s = settle_fraction(Decimal("63333.08"), "cash", "exercise_price",
    ...                     exercise_price=Decimal("2.40"), fmv=Decimal("10"))
    >>> s.shares_issued, s.cash
    (63333, Decimal('0.19'))
    """
    notes: list[str] = []
    if policy is None:
        policy = DEFAULT_FRACTIONAL_POLICY
        notes.append("the warrant states no fractional-share policy; fractions are rounded down")
    with calc_context():
        whole = int(exact.to_integral_value(rounding=ROUND_FLOOR))
        fraction = exact - whole
        cash = Decimal("0.00")
        used_basis: FractionalCashBasis | None = None
        if policy == "round_down":
            issued = whole
        elif policy == "round_up":
            issued = int(exact.to_integral_value(rounding=ROUND_CEILING))
        elif policy == "round_nearest":
            issued = int(exact.to_integral_value(rounding=ROUND_HALF_UP))
        else:  # cash in lieu of the fraction
            issued = whole
            used_basis = basis
            if used_basis is None:
                used_basis = DEFAULT_FRACTION_BASIS
                notes.append(
                    "the warrant does not say what a fraction is paid at; fair market value is used"
                )
            if fraction:
                per_share = exercise_price if used_basis == "exercise_price" else fmv
                if per_share is None:
                    raise CalcError(
                        "cash for the fractional share is paid at fair market value; "
                        "give --fmv or --prices"
                    )
                cash = round_cash(fraction * per_share)
    return FractionSettlement(issued, fraction, cash, policy, used_basis, tuple(notes))


def _shares_to_exercise(terms: CalcTerms, shares: int | None) -> int:
    if shares is None:
        return terms.require_shares()
    if shares <= 0:
        raise CalcError(f"shares to exercise must be positive, got {shares}")
    if terms.shares is not None and shares > terms.shares:
        raise CalcError(f"the warrant covers {terms.shares:,} shares; cannot exercise {shares:,}")
    return shares


def cash_exercise(
    terms: Warrant | CalcTerms, *, shares: int | None = None, fmv: Decimal | None = None
) -> ExerciseResult:
    """Exercise `shares` (default: all) for cash at the exercise price."""
    t = as_terms(terms)
    price = t.require_price()
    y = _shares_to_exercise(t, shares)
    if fmv is not None:
        fmv = parse_decimal(fmv, "fair market value")
    total = aggregate_price(y, price)
    return ExerciseResult(
        method="cash",
        shares_exercised=y,
        shares_issued=y,
        exact_shares=Decimal(y),
        fractional_share=Decimal(0),
        cash_for_fraction=Decimal("0.00"),
        fraction_policy=t.fractional_shares or DEFAULT_FRACTIONAL_POLICY,
        fraction_basis=t.fractional_cash_basis,
        exercise_price=price,
        fair_market_value=fmv,
        aggregate_price=total,
        cash_paid_by_holder=total,
        shares_remaining=None if t.shares is None else t.shares - y,
        formula="holder pays Y x B",
        notes=[],
    )


def net_shares(shares: int, fmv: Decimal, price: Decimal) -> Decimal:
    """X = Y(A - B)/A, exact to `PRECISION` digits; A must exceed B.

    >>> net_shares(83333, Decimal("10.00"), Decimal("2.40"))
    Decimal('63333.08')
    """
    if fmv <= price:
        raise CalcError(
            f"fair market value {fmv} is at or below the exercise price {price}; "
            "a net exercise would deliver no shares"
        )
    with calc_context():
        return (shares * (fmv - price) / fmv).normalize()


def net_exercise(
    terms: Warrant | CalcTerms, fmv: Decimal | str | None, *, shares: int | None = None
) -> ExerciseResult:
    """Net (cashless) exercise of `shares` (default: all) at fair market value `fmv`.

    Raises `CalcError` where the warrant grants no cashless right, where `fmv` is missing,
    or where it is at or below the exercise price.
    """
    t = as_terms(terms)
    if t.cashless_exercise is not True:
        said = "denies" if t.cashless_exercise is False else "does not state"
        raise CalcError(
            f"the warrant {said} a cashless (net) exercise right; use --method cash "
            "(or --cashless where the document grants one)"
        )
    if fmv is None:
        raise CalcError("a net exercise needs the fair market value; give --fmv or --prices")
    a = parse_decimal(fmv, "fair market value")
    b = t.require_price()
    y = _shares_to_exercise(t, shares)
    x = net_shares(y, a, b)
    settled = settle_fraction(
        x, t.fractional_shares, t.fractional_cash_basis, exercise_price=b, fmv=a
    )
    return ExerciseResult(
        method="net",
        shares_exercised=y,
        shares_issued=settled.shares_issued,
        exact_shares=x,
        fractional_share=round_fraction(settled.fraction),
        cash_for_fraction=settled.cash,
        fraction_policy=settled.policy,
        fraction_basis=settled.basis,
        exercise_price=b,
        fair_market_value=a,
        aggregate_price=aggregate_price(y, b),
        cash_paid_by_holder=Decimal("0.00"),
        shares_remaining=None if t.shares is None else t.shares - y,
        formula="X = Y(A - B)/A",
        notes=list(settled.notes),
    )


def exercise(
    terms: Warrant | CalcTerms,
    method: Method = "net",
    *,
    fmv: Decimal | str | None = None,
    shares: int | None = None,
) -> ExerciseResult:
    """Dispatch to `net_exercise` or `cash_exercise`."""
    if method == "net":
        return net_exercise(terms, fmv, shares=shares)
    if method == "cash":
        cash_fmv = None if fmv is None else parse_decimal(fmv, "fair market value")
        return cash_exercise(terms, shares=shares, fmv=cash_fmv)
    raise CalcError(f"unknown exercise method {method!r}; use net or cash")
