"""Value: intrinsic value, Black–Scholes–Merton, the dilution-adjusted warrant value.

Black–Scholes–Merton with a continuous dividend yield q::

    C = S e^(-qT) N(d1) - K e^(-rT) N(d2)
    d1 = (ln(S/K) + (r - q + sigma^2/2) T) / (sigma sqrt(T)),  d2 = d1 - sigma sqrt(T)

is computed in `Decimal`; only the standard normal CDF N uses floats (``math.erfc``,
accurate to about 1e-16). A warrant, unlike a traded call, creates new shares when
exercised. With N shares outstanding and M shares issuable on the warrants, and S the
share price with the warrants already known to the market, each warrant share is worth
(Hull, *Options, Futures, and Other Derivatives*, "Warrants, employee stock options and
convertibles")::

    W = N / (N + M) x C(S + (M / N) W, K)

where the equity per share S + (M/N)W includes the warrants' own value; the equation is
solved by fixed-point iteration, which converges because each round shrinks the error
by at most M / (N + M) < 1. Time is in years, ACT/365 where it comes from dates.
"""

from __future__ import annotations

import datetime as dt
import math
from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, ConfigDict

from warrant_terms.calc.errors import CalcError
from warrant_terms.calc.rounding import (
    MAX_RATE,
    MAX_VOLATILITY,
    MAX_YEARS,
    calc_context,
    parse_decimal,
    round_cash,
    round_value,
)
from warrant_terms.calc.terms import CalcTerms, as_terms
from warrant_terms.schema.models import DecimalString, Warrant

DAYS_PER_YEAR = 365  # ACT/365 fixed
_FIXED_POINT_TOLERANCE = Decimal("1e-20")
_FIXED_POINT_MAX_ROUNDS = 500
Status = Literal["live", "expired", "unknown"]


def norm_cdf(x: Decimal) -> Decimal:
    """The standard normal CDF: the one place floats are used.

    >>> norm_cdf(Decimal(0))
    Decimal('0.5')
    """
    return Decimal(0.5 * math.erfc(-float(x) / math.sqrt(2.0)))


def intrinsic_value(spot: Decimal, strike: Decimal) -> Decimal:
    """max(S - K, 0).

    >>> intrinsic_value(Decimal("10.00"), Decimal("2.40"))
    Decimal('7.60')
    """
    return max(spot - strike, Decimal(0))


def _check(spot: Decimal, strike: Decimal, years: Decimal, vol: Decimal) -> None:
    for name, v in (("spot", spot), ("strike", strike)):
        if not v.is_finite() or v <= 0:
            raise CalcError(f"{name} must be positive, got {v}")
        parse_decimal(v, name)  # the magnitude bound
    for name, v, cap in (("years to expiry", years, MAX_YEARS), ("volatility", vol, MAX_VOLATILITY)):
        if not v.is_finite() or v < 0:
            raise CalcError(f"{name} must not be negative, got {v}")
        parse_decimal(v, name, allow_zero=True, maximum=cap)


def black_scholes(
    spot: Decimal,
    strike: Decimal,
    years: Decimal,
    rate: Decimal,
    vol: Decimal,
    dividend_yield: Decimal = Decimal(0),
) -> Decimal:
    """The Black–Scholes–Merton value of a European call, unrounded.

    At T = 0 or sigma = 0 the value is the discounted forward intrinsic value.

    >>> round(black_scholes(Decimal(42), Decimal(40), Decimal("0.5"), Decimal("0.1"),
    ...                     Decimal("0.2")), 2)
    Decimal('4.76')
    """
    _check(spot, strike, years, vol)
    with calc_context():
        carry = (-dividend_yield * years).exp()
        discount = (-rate * years).exp()
        if years == 0 or vol == 0:
            return max(spot * carry - strike * discount, Decimal(0))
        sd = vol * years.sqrt()
        d1 = ((spot / strike).ln() + (rate - dividend_yield + vol * vol / 2) * years) / sd
        d2 = d1 - sd
        return spot * carry * norm_cdf(d1) - strike * discount * norm_cdf(d2)


def dilution_adjusted_value(
    spot: Decimal,
    strike: Decimal,
    years: Decimal,
    rate: Decimal,
    vol: Decimal,
    *,
    outstanding: int,
    warrants: int,
    dividend_yield: Decimal = Decimal(0),
) -> Decimal:
    """Each warrant share's value allowing for the dilution its exercise causes."""
    if outstanding <= 0:
        raise CalcError(f"shares outstanding must be positive, got {outstanding}")
    if warrants <= 0:
        raise CalcError(f"warrant shares must be positive, got {warrants}")
    with calc_context():
        share = Decimal(outstanding) / (outstanding + warrants)
        per = Decimal(warrants) / outstanding
        w = share * black_scholes(spot, strike, years, rate, vol, dividend_yield)
        for _ in range(_FIXED_POINT_MAX_ROUNDS):
            nxt = share * black_scholes(spot + per * w, strike, years, rate, vol, dividend_yield)
            if abs(nxt - w) <= _FIXED_POINT_TOLERANCE:
                return nxt
            w = nxt
    raise CalcError("the dilution-adjusted value did not converge")  # pragma: no cover


def years_between(start: dt.date, end: dt.date) -> Decimal:
    """Years from `start` to `end`, ACT/365 fixed; negative once `end` has passed.

    >>> years_between(dt.date(2024, 1, 1), dt.date(2025, 1, 1))
    Decimal('1.002739726027397260273972602739726')
    """
    with calc_context():
        return Decimal((end - start).days) / DAYS_PER_YEAR


def warrant_status(expiration: dt.date | None, as_of: dt.date | None) -> Status:
    """live through its expiration date, expired after; unknown without both dates."""
    if expiration is None or as_of is None:
        return "unknown"
    return "live" if as_of <= expiration else "expired"


class ValueResult(BaseModel):
    """Per-share values (and totals over the warrant's shares where known)."""

    model_config = ConfigDict(frozen=True)

    status: Status
    as_of: dt.date | None
    expiration_date: dt.date | None
    years: DecimalString
    spot: DecimalString
    strike: DecimalString
    volatility: DecimalString
    rate: DecimalString
    dividend_yield: DecimalString
    shares: int | None
    intrinsic: DecimalString
    black_scholes: DecimalString
    dilution_adjusted: DecimalString | None
    outstanding: int | None
    warrants: int | None
    intrinsic_total: DecimalString | None
    black_scholes_total: DecimalString | None
    dilution_adjusted_total: DecimalString | None
    notes: list[str]


def value(
    terms: Warrant | CalcTerms | None = None,
    *,
    spot: Decimal | str,
    vol: Decimal | str,
    rate: Decimal | str,
    strike: Decimal | str | None = None,
    years: Decimal | str | None = None,
    as_of: dt.date | None = None,
    dividend_yield: Decimal | str = Decimal(0),
    outstanding: int | None = None,
    warrants: int | None = None,
    shares: int | None = None,
    expiration_date: dt.date | None = None,
) -> ValueResult:
    """Value a warrant (or a bare strike) per share, as of a date or over `years`.

    The strike defaults to the warrant's exercise price, the share count and expiration
    date to the warrant's. An expired warrant is worth nothing.
    """
    t = as_terms(terms) if terms is not None else None
    notes: list[str] = []
    s = parse_decimal(spot, "spot")
    sigma = parse_decimal(vol, "volatility", allow_zero=True, maximum=MAX_VOLATILITY)
    r = _signed(rate, "rate")
    q = parse_decimal(dividend_yield, "dividend yield", allow_zero=True, maximum=MAX_RATE)
    if strike is not None:
        k = parse_decimal(strike, "strike")
    elif t is not None and t.exercise_price is not None:
        k = t.require_price()
    else:
        raise CalcError("no strike: give --strike or a warrant with an exercise price")
    n_shares = shares if shares is not None else (t.shares if t is not None else None)
    expiry = expiration_date or (t.expiration_date if t is not None else None)
    status = warrant_status(expiry, as_of)
    if years is not None:
        tau = parse_decimal(years, "years", allow_zero=True, maximum=MAX_YEARS)
    elif as_of is not None:
        if expiry is None:
            raise CalcError("--as-of needs the warrant's expiration date; give --years instead")
        tau = max(years_between(as_of, expiry), Decimal(0))
    else:
        raise CalcError("give --years or --as-of (with a warrant that states its expiration)")
    if warrants is None and outstanding is not None:
        if n_shares is None:
            raise CalcError("--outstanding needs --warrants (the shares issuable on warrants)")
        warrants = n_shares
        notes.append(f"warrant shares M taken as this warrant's {n_shares:,} shares")
    if warrants is not None and outstanding is None:
        raise CalcError("--warrants needs --outstanding (shares outstanding)")
    if status == "expired":
        notes.append(f"the warrant expired on {expiry}; it is worth nothing")
        intrinsic = bs = Decimal(0)
        diluted: Decimal | None = Decimal(0) if outstanding is not None else None
    else:
        intrinsic = intrinsic_value(s, k)
        bs = black_scholes(s, k, tau, r, sigma, q)
        diluted = None
        if outstanding is not None and warrants is not None:
            diluted = dilution_adjusted_value(
                s,
                k,
                tau,
                r,
                sigma,
                outstanding=outstanding,
                warrants=warrants,
                dividend_yield=q,
            )

    def total(v: Decimal | None) -> Decimal | None:
        if v is None or n_shares is None:
            return None
        with calc_context():
            return round_cash(v * n_shares)

    return ValueResult(
        status=status,
        as_of=as_of,
        expiration_date=expiry,
        years=round_value(tau),
        spot=s,
        strike=k,
        volatility=sigma,
        rate=r,
        dividend_yield=q,
        shares=n_shares,
        intrinsic=intrinsic,
        black_scholes=round_value(bs),
        dilution_adjusted=None if diluted is None else round_value(diluted),
        outstanding=outstanding,
        warrants=warrants,
        intrinsic_total=total(intrinsic),
        black_scholes_total=total(bs),
        dilution_adjusted_total=total(diluted),
        notes=notes,
    )


def _signed(text: Decimal | str, name: str) -> Decimal:
    """A rate may be negative (some currencies have had negative rates)."""
    if isinstance(text, Decimal):
        raw = text
    else:
        stripped = text.strip()
        negative = stripped.startswith("-")
        raw = parse_decimal(stripped.lstrip("-"), name, allow_zero=True, maximum=MAX_RATE)
        raw = -raw if negative else raw
    if not raw.is_finite():
        raise CalcError(f"{name} must be a finite number, got {text}")
    if abs(raw) > MAX_RATE:
        raise CalcError(f"{name} must be between -{MAX_RATE} and {MAX_RATE}, got {text}")
    return raw
