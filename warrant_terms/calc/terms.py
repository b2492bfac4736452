"""The terms a calculation needs, read from an extracted `Warrant` (never from text).

`CalcTerms` is a flat, typed view of the `Warrant` fields the engine uses. Each value is
`None` where the document does not say; the calculations then either refuse (a net
exercise without a stated cashless right) or take a stated default and say so in the
result's notes. Command-line flags override record values through `CalcTerms.replace`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, cast, get_args

from warrant_terms.calc.errors import CalcError
from warrant_terms.calc.rounding import parse_decimal, parse_shares
from warrant_terms.schema.models import (
    AntiDilutionKind,
    FractionalCashBasis,
    FractionalPolicy,
    Warrant,
)

FRACTIONAL_POLICIES: tuple[str, ...] = get_args(FractionalPolicy)
FRACTION_BASES: tuple[str, ...] = get_args(FractionalCashBasis)
ANTI_DILUTION: tuple[str, ...] = get_args(AntiDilutionKind)


@dataclass(frozen=True)
class CalcTerms:
    """What the engine knows about one warrant. `None` means the document is silent."""

    exercise_price: Decimal | None = None
    shares: int | None = None
    cashless_exercise: bool | None = None
    fractional_shares: FractionalPolicy | None = None
    fractional_cash_basis: FractionalCashBasis | None = None
    anti_dilution: frozenset[AntiDilutionKind] | None = None
    preserves_aggregate_price: bool | None = None
    expiration_date: dt.date | None = None

    @classmethod
    def from_warrant(cls, warrant: Warrant) -> CalcTerms:
        """The calculation's view of `warrant`; a record's numbers get the same checks as
        flags (a hand-edited record with negative shares is refused, not valued)."""
        ad = warrant.anti_dilution.value
        price, shares = warrant.exercise_price.value, warrant.shares.value
        return cls(
            exercise_price=None
            if price is None
            else parse_decimal(price, "the record's exercise price", allow_zero=True),
            shares=None if shares is None else parse_shares(shares, "the record's shares"),
            cashless_exercise=warrant.cashless_exercise.value,
            fractional_shares=warrant.fractional_shares.value,
            fractional_cash_basis=warrant.fractional_cash_basis.value,
            anti_dilution=None if ad is None else frozenset(ad),
            preserves_aggregate_price=warrant.preserves_aggregate_price.value,
            expiration_date=warrant.expiration_date.value,
        )

    def replace(self, **changes: Any) -> CalcTerms:
        """A copy with the given fields replaced; `None` values leave a field as it is."""
        given = {k: v for k, v in changes.items() if v is not None}
        return dataclasses.replace(self, **given)

    def require_price(self) -> Decimal:
        if self.exercise_price is None:
            raise CalcError("the exercise price is not stated; give --price")
        return parse_decimal(self.exercise_price, "exercise price")

    def require_shares(self) -> int:
        if self.shares is None:
            raise CalcError("the number of shares is not stated; give --shares")
        if self.shares <= 0:
            raise CalcError(f"the number of shares must be positive, got {self.shares}")
        return self.shares


def as_terms(terms: Warrant | CalcTerms) -> CalcTerms:
    """Accept either the extracted model or an already flattened view."""
    return CalcTerms.from_warrant(terms) if isinstance(terms, Warrant) else terms


def parse_anti_dilution(text: str) -> frozenset[AntiDilutionKind]:
    """``"split_combination,stock_dividend"`` -> a set of kinds; ``"none"`` -> empty.

    >>> sorted(parse_anti_dilution("stock_dividend, split_combination"))
    ['split_combination', 'stock_dividend']
    """
    parts = [p.strip().replace("-", "_") for p in text.split(",") if p.strip()]
    if parts == ["none"]:
        return frozenset()
    unknown = [p for p in parts if p not in ANTI_DILUTION]
    if unknown:
        raise CalcError(
            f"unknown anti-dilution kind {', '.join(unknown)}; known: {', '.join(ANTI_DILUTION)}"
        )
    return frozenset(cast(AntiDilutionKind, p) for p in parts)
