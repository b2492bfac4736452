"""The calculation engine: exercise, adjust and value a warrant from its extracted terms.

Everything here is driven by the pydantic `Warrant` (or its flat view `CalcTerms`), never
by re-reading the document. Arithmetic is `Decimal` throughout; the rounding rules are
stated once, in `warrant_terms.calc.rounding`:

- adjusted exercise prices and fair-market-value averages: 4 places, ROUND_HALF_UP
- cash (payments for fractional shares, totals): 2 places, ROUND_HALF_UP
- shares after an adjustment: whole shares, rounded down (taken from the unrounded price)
- option values: reported to 6 places; the functions return them unrounded
- floats only inside the normal CDF of Black–Scholes

Bad input raises `CalcError` with a message fit to show a person.

>>> from decimal import Decimal
>>> t = CalcTerms(exercise_price=Decimal("2.40"), shares=83333, cashless_exercise=True,
...               fractional_shares="cash", fractional_cash_basis="exercise_price")
>>> r = net_exercise(t, Decimal("10.00"))
>>> r.shares_issued, r.cash_for_fraction
(63333, Decimal('0.19'))
"""

from warrant_terms.calc.adjust import AdjustmentResult, Step, apply_event, apply_events
from warrant_terms.calc.errors import CalcError
from warrant_terms.calc.events import Event, Issuance, Split, StockDividend, parse_event
from warrant_terms.calc.exercise import (
    ExerciseResult,
    aggregate_price,
    cash_exercise,
    exercise,
    net_exercise,
    net_shares,
    settle_fraction,
)
from warrant_terms.calc.fmv import FairMarketValue, average_close, read_price_csv
from warrant_terms.calc.terms import CalcTerms, as_terms
from warrant_terms.calc.value import (
    ValueResult,
    black_scholes,
    dilution_adjusted_value,
    intrinsic_value,
    value,
    warrant_status,
    years_between,
)

__all__ = [
    "AdjustmentResult",
    "CalcError",
    "CalcTerms",
    "Event",
    "ExerciseResult",
    "FairMarketValue",
    "Issuance",
    "Split",
    "Step",
    "StockDividend",
    "ValueResult",
    "aggregate_price",
    "apply_event",
    "apply_events",
    "as_terms",
    "average_close",
    "black_scholes",
    "cash_exercise",
    "dilution_adjusted_value",
    "exercise",
    "intrinsic_value",
    "net_exercise",
    "net_shares",
    "parse_event",
    "read_price_csv",
    "settle_fraction",
    "value",
    "warrant_status",
    "years_between",
]
