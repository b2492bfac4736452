"""Every rounding rule of the calculation engine, stated once.

All money and share arithmetic is `decimal.Decimal` (or `int` for whole shares) computed
in a local context of `PRECISION` significant digits, or exact `fractions.Fraction` where
an adjustment chains divisions; only the normal CDF inside Black–Scholes uses floats. Results are rounded at the points below and nowhere else:

- adjusted exercise price: `PRICE_PLACES` (4) places, ROUND_HALF_UP
- fair market value average of closes: `PRICE_PLACES` (4) places, ROUND_HALF_UP
- cash (payment for a fractional share, value totals): `CASH_PLACES` (2), ROUND_HALF_UP
- fractional share as reported: `FRACTION_PLACES` (6), ROUND_HALF_UP; the cash paid for it
  is computed from the exact fraction
- option values as reported: `VALUE_PLACES` (6), ROUND_HALF_UP; the functions return the
  unrounded value
- shares after an adjustment: whole shares, rounded down, computed exactly (as fractions)
  from the unrounded new price, so rounding the price never creates or loses a share

Prices the document states (e.g. "2.40") are used as given and never re-rounded; an
aggregate price (shares x price) is an exact product.
"""

from __future__ import annotations

import decimal
import math
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal, InvalidOperation
from fractions import Fraction

from warrant_terms.calc.errors import CalcError

PRECISION = 34  # IEEE decimal128: far beyond any share count times any price
PRICE_PLACES = 4
CASH_PLACES = 2
FRACTION_PLACES = 6
VALUE_PLACES = 6

# Sane magnitudes for inputs. Far beyond any real warrant, yet small enough that no product,
# power or exponential the engine forms can overflow the decimal context (issue 14.8: an
# input of 1e999999999 used to escape as `decimal.Overflow`).
MAX_AMOUNT = Decimal("1e12")  # a price, fair market value, spot or strike per share
MAX_SHARES = 10**15  # shares, warrants, shares outstanding
MAX_YEARS = Decimal(1000)
MAX_VOLATILITY = Decimal(100)  # 10,000% a year
MAX_RATE = Decimal(10)  # a rate or yield of 1,000% a year, either sign
# A number typed or read longer than this is not a number a person meant.
MAX_NUMBER_CHARS = 64
# Compared before any arithmetic: no bound above has more digits before the point.
_MAX_EXPONENT = 15


@contextmanager
def calc_context() -> Iterator[decimal.Context]:
    """A decimal context with `PRECISION` digits that traps invalid operations."""
    with decimal.localcontext() as ctx:
        ctx.prec = PRECISION
        ctx.rounding = ROUND_HALF_UP
        ctx.traps[InvalidOperation] = True
        ctx.traps[decimal.DivisionByZero] = True
        yield ctx


def _quantize(value: Decimal, places: int) -> Decimal:
    with calc_context():
        return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def round_price(value: Decimal | Fraction) -> Decimal:
    """An adjusted price to `PRICE_PLACES` places, half up; exact for a `Fraction`.

    >>> round_price(Decimal("2.318181818"))
    Decimal('2.3182')
    >>> round_price(Fraction(25_500_000, 11_000_000))
    Decimal('2.3182')
    >>> round_price(Fraction(1235, 10**5))  # 0.01235: half way, rounds up
    Decimal('0.0124')
    """
    if isinstance(value, Fraction):
        # integer arithmetic, so no intermediate rounding can move a half-way case
        scaled = abs(value) * 10**PRICE_PLACES
        ticks = math.floor(scaled + Fraction(1, 2))
        return Decimal(ticks if value >= 0 else -ticks).scaleb(-PRICE_PLACES)
    return _quantize(value, PRICE_PLACES)


def to_decimal(value: Fraction) -> Decimal:
    """A fraction as a decimal to `PRECISION` digits (for showing, not for rounding).

    >>> to_decimal(Fraction(1, 8))
    Decimal('0.125')
    """
    with calc_context():
        return (Decimal(value.numerator) / Decimal(value.denominator)).normalize()


def round_cash(value: Decimal) -> Decimal:
    """A cash payment to cents, half up.

    >>> round_cash(Decimal("0.192"))
    Decimal('0.19')
    >>> round_cash(Decimal("0.125"))
    Decimal('0.13')
    """
    return _quantize(value, CASH_PLACES)


def round_fraction(value: Decimal) -> Decimal:
    """A fractional share as reported.

    >>> round_fraction(Decimal("0.0833333333"))
    Decimal('0.083333')
    """
    return _quantize(value, FRACTION_PLACES)


def round_value(value: Decimal) -> Decimal:
    """An option value as reported."""
    return _quantize(value, VALUE_PLACES)


def floor_shares(value: Decimal | Fraction) -> int:
    """Whole shares, rounded down (exactly, for a `Fraction`).

    >>> floor_shares(Decimal("63333.08"))
    63333
    >>> floor_shares(Fraction(22, 22))
    1
    """
    if isinstance(value, Fraction):
        return math.floor(value)
    with calc_context():
        return int(value.to_integral_value(rounding=ROUND_FLOOR))


def parse_decimal(
    text: str | Decimal | int,
    name: str,
    *,
    allow_zero: bool = False,
    maximum: Decimal = MAX_AMOUNT,
) -> Decimal:
    """A finite, non-negative decimal from user input, with a message naming `name`.

    A trailing ``%`` divides by 100 and thousands separators are dropped, so ``"20%"``,
    ``"0.20"`` and ``"1,000"`` all read as a person means them. Values above `maximum` are
    refused (see `MAX_AMOUNT`).

    >>> parse_decimal("20%", "vol")
    Decimal('0.2')
    >>> parse_decimal("1,000.50", "price")
    Decimal('1000.50')
    >>> parse_decimal("-1", "price")
    Traceback (most recent call last):
    ...
    warrant_terms.calc.errors.CalcError: price must be positive, got -1
    >>> parse_decimal("1e999999999", "--fmv")
    Traceback (most recent call last):
    ...
    warrant_terms.calc.errors.CalcError: --fmv must be at most 1000000000000, got 1e999999999
    """
    if isinstance(text, Decimal):
        value = text
    elif isinstance(text, int):
        value = Decimal(text)
    else:
        if len(text) > MAX_NUMBER_CHARS:
            raise CalcError(f"{name} must be a number, got {len(text):,} characters")
        raw = text.strip().replace(",", "").lstrip("$")
        percent = raw.endswith("%")
        try:
            value = Decimal(raw.rstrip("%").strip())
        except InvalidOperation:
            raise CalcError(f"{name} must be a number, got {text!r}") from None
        if percent and value.is_finite() and value.adjusted() <= _MAX_EXPONENT:
            with calc_context():
                value = value / 100
    if not value.is_finite():
        raise CalcError(f"{name} must be a finite number, got {text}")
    if value < 0 or (value == 0 and not allow_zero):
        kind = "non-negative" if allow_zero else "positive"
        raise CalcError(f"{name} must be {kind}, got {text}")
    if value.adjusted() > _MAX_EXPONENT or value > maximum:
        raise CalcError(f"{name} must be at most {maximum:f}, got {text}")
    return value


def parse_shares(text: str | int, name: str = "shares") -> int:
    """A positive whole number of shares; thousands separators allowed.

    >>> parse_shares("83,333")
    83333
    >>> parse_shares("1.5")
    Traceback (most recent call last):
    ...
    warrant_terms.calc.errors.CalcError: shares must be a whole number of shares, got '1.5'
    """
    if isinstance(text, int) and not isinstance(text, bool):
        value = text
    else:
        if len(str(text)) > MAX_NUMBER_CHARS:
            raise CalcError(f"{name} must be a whole number of shares, got {len(str(text)):,} characters")
        raw = str(text).strip().replace(",", "").replace("_", "")
        if not raw.lstrip("-").isdigit():
            raise CalcError(f"{name} must be a whole number of shares, got {text!r}")
        value = int(raw)
    if value <= 0:
        raise CalcError(f"{name} must be positive, got {text}")
    if value > MAX_SHARES:
        raise CalcError(f"{name} must be at most {MAX_SHARES:,}, got {text}")
    return value
