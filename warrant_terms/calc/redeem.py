"""Redemption: has the company's call been triggered on a price series, and what does the holder
get by exercising for cash, exercising cashless, or letting the warrant be redeemed?

A SPAC warrant agreement says, for example: the warrants may be redeemed "at the price of
$0.01 per Warrant ... provided that the closing price of the Common Stock reported has been at
least $18.00 per share ... on each of twenty (20) trading days within the thirty (30)
trading-day period ending on the third Business Day prior to the date on which notice of the
redemption is given", with "not less than thirty (30) days" of notice.

The record holds the trigger price, the 20 and the 30, the redemption price and the notice
days. What it does not hold is stated here as an assumption the caller may change:

- each row of the price series is one trading day (a day missing from the file did not trade);
- the trigger window ends `window_lag` (default 3) trading days before the notice date,
  business days being taken as trading days;
- a cashless exercise in response follows the usual net-share formula of such agreements,
  shares x (FMV - price) / FMV, with FMV the average close of the `fmv_days` (default 10)
  trading days ending `fmv_lag` (default 3) trading days before the notice;
- values compare the three choices at the close on or before the notice date, before taxes,
  costs and price moves during the notice period.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from decimal import Decimal

from pydantic import BaseModel, ConfigDict

from warrant_terms.calc.errors import CalcError
from warrant_terms.calc.exercise import settle_fraction
from warrant_terms.calc.fmv import PricePoint, average_close
from warrant_terms.calc.relative import Calendar
from warrant_terms.calc.rounding import calc_context, floor_shares, round_cash, round_fraction
from warrant_terms.calc.status import Quote, quotes, warrant_status
from warrant_terms.schema.models import DecimalString, Redemption, Warrant
from warrant_terms.schema.readable import describe_redemption, money

DEFAULT_WINDOW_LAG = 3
DEFAULT_FMV_DAYS = 10
DEFAULT_FMV_LAG = 3


class TriggerCheck(BaseModel):
    """One redemption right tested on the series."""

    model_config = ConfigDict(frozen=True)

    terms: Redemption
    description: str
    met: bool | None
    reason: str
    window_first: dt.date | None = None
    window_last: dt.date | None = None
    window_trading_days: int = 0
    required_days: int | None = None
    days_at_or_above: list[dt.date] = []
    earliest_redemption_date: dt.date | None = None


class Choice(BaseModel):
    """What one response to the call delivers, for the warrants held."""

    model_config = ConfigDict(frozen=True)

    method: str
    available: bool
    shares: int
    cash_paid_by_holder: DecimalString
    cash_received: DecimalString
    value_at_close: DecimalString | None
    formula: str
    note: str | None = None


class RedeemResult(BaseModel):
    model_config = ConfigDict(frozen=True)

    warrant_index: int
    instrument_name: str | None
    notice_date: dt.date
    close_on_notice: DecimalString | None
    close_date: dt.date | None
    warrants_held: int
    shares_per_warrant: DecimalString
    exercise_price: DecimalString | None
    triggers: list[TriggerCheck]
    fair_market_value: DecimalString | None
    fmv_window: str | None
    choices: list[Choice]
    best: str | None
    evidence: list[Quote]
    notes: list[str]


def window_before(
    rows: Sequence[PricePoint], notice: dt.date, days: int, lag: int
) -> list[PricePoint] | None:
    """The `days` trading days ending `lag` trading days before `notice` (lag 0: ending on
    `notice` itself, where it traded); None where the series is too short.

    >>> d = dt.date(2024, 1, 1)
    >>> rows = [(d + dt.timedelta(i), Decimal(i)) for i in range(10)]
    >>> [int(p) for _, p in window_before(rows, dt.date(2024, 1, 10), 3, 3)]
    [4, 5, 6]
    """
    if lag == 0:
        upto = [r for r in rows if r[0] <= notice]
        end = len(upto) - 1
    else:
        upto = [r for r in rows if r[0] < notice]
        end = len(upto) - lag
    first = end - days + 1
    if first < 0 or end < 0:
        return None
    return list(upto[first : end + 1])


def check_trigger(
    r: Redemption, rows: Sequence[PricePoint], notice: dt.date, lag: int, currency: str | None
) -> TriggerCheck:
    """Whether `r`'s price test was met for a notice given on `notice`."""
    desc = describe_redemption(r, currency)
    redeem_on = None if r.notice_days is None else notice + dt.timedelta(days=r.notice_days)
    base = {"terms": r, "description": desc, "earliest_redemption_date": redeem_on}
    if r.trigger_price is None:
        return TriggerCheck(met=True, reason="no share-price condition is stated; the company "
                            "may call on notice alone", **base)
    need = r.trading_days or r.window_days
    span = r.window_days or r.trading_days
    if need is None or span is None:
        return TriggerCheck(met=None, reason="the record states the trigger price but not over "
                            "how many trading days; cannot test it", **base)
    if need > span:
        return TriggerCheck(met=None, reason=f"the record asks for {need} days within a "
                            f"{span}-day window; cannot test it", **base)
    window = window_before(rows, notice, span, lag)
    if window is None:
        return TriggerCheck(met=None, required_days=need, reason=f"the series does not hold the "
                            f"{span} trading days ending {lag} trading day(s) before "
                            f"{notice.isoformat()}", **base)
    hits = [d for d, close in window if close >= r.trigger_price]
    met = len(hits) >= need
    verdict = "met" if met else "not met"
    reason = (f"{verdict}: the close was at least {money(r.trigger_price, currency)} on "
              f"{len(hits)} of the {span} trading days {window[0][0]} to {window[-1][0]} "
              f"(needs {need})")
    return TriggerCheck(met=met, reason=reason, window_first=window[0][0],
                        window_last=window[-1][0], window_trading_days=len(window),
                        required_days=need, days_at_or_above=hits, **base)


def _per_warrant(warrant: Warrant, held: int | None, notes: list[str]) -> tuple[int, Decimal]:
    spw = warrant.shares_per_warrant.value
    if spw is not None:
        return held or 1, spw
    shares, count = warrant.shares.value, warrant.warrant_count.value
    if shares is not None and count is None:
        if held not in (None, 1):
            raise CalcError(f"this warrant is one instrument for {shares:,} shares; "
                            "--warrants-held does not apply")
        notes.append(f"the warrant is one instrument for {shares:,} shares")
        return 1, Decimal(shares)
    notes.append("the record states no shares per warrant; one share per warrant is assumed")
    return held or 1, Decimal(1)


def _close_on(rows: Sequence[PricePoint], day: dt.date) -> PricePoint | None:
    before = [r for r in rows if r[0] <= day]
    return before[-1] if before else None


def redeem(
    warrant: Warrant,
    series: Sequence[PricePoint],
    notice: dt.date | None = None,
    *,
    index: int = 0,
    warrants_held: int | None = None,
    window_lag: int = DEFAULT_WINDOW_LAG,
    fmv_days: int = DEFAULT_FMV_DAYS,
    fmv_lag: int = DEFAULT_FMV_LAG,
    events: Mapping[str, dt.date] | None = None,
    cal: Calendar | None = None,
) -> RedeemResult:
    """Test every redemption right of `warrant` for a notice on `notice` (default: the last
    day of the series) and price the holder's three choices."""
    rows = sorted(series)
    if not rows:
        raise CalcError("the price series is empty")
    if len({d for d, _ in rows}) != len(rows):
        raise CalcError("the price series has more than one close for a date")
    for name, v in (("--window-lag", window_lag), ("--fmv-lag", fmv_lag)):
        if not 0 <= v <= 250:
            raise CalcError(f"{name} must be between 0 and 250 trading days, got {v}")
    notice = notice or rows[-1][0]
    currency = warrant.currency.value or "USD"
    notes: list[str] = []
    held, spw = _per_warrant(warrant, warrants_held, notes)
    terms = warrant.redemption.value or []
    checks = [check_trigger(r, rows, notice, window_lag, currency) for r in terms]
    if not terms:
        notes.append("the record gives the company no right to redeem this instrument")
    else:
        notes.append(f"the trigger window is taken to end {window_lag} trading day(s) before "
                     "the notice (business days taken as trading days; each row of the series "
                     "is one trading day)")
    if events is not None:
        state = warrant_status(warrant, notice, events, cal, index)
        if state.status != "exercisable":
            notes.append(f"on {notice} the warrant is {state.status.replace('_', ' ')}; such "
                         "agreements allow a call only while the warrants are exercisable")
    close = _close_on(rows, notice)
    price = warrant.exercise_price.value
    fmv_value: Decimal | None = None
    fmv_text: str | None = None
    fmv_rows = window_before(rows, notice, fmv_days, fmv_lag)
    if fmv_rows is not None:
        fmv = average_close(fmv_rows, fmv_days)
        fmv_value, fmv_text = fmv.value, f"{fmv.describe()} ({fmv_lag} trading day(s) before notice)"
    choices = (
        _choices(warrant, held, spw, price, close, fmv_value, fmv_days, terms, notes)
        if terms
        else []
    )
    valued = [c for c in choices if c.available and c.value_at_close is not None]
    best = max(valued, key=lambda c: Decimal(c.value_at_close or 0)).method if valued else None
    evidence = quotes("redemption", warrant.redemption)
    evidence += quotes("cashless_exercise", warrant.cashless_exercise)
    return RedeemResult(
        warrant_index=index,
        instrument_name=warrant.instrument_name.value,
        notice_date=notice,
        close_on_notice=None if close is None else close[1],
        close_date=None if close is None else close[0],
        warrants_held=held,
        shares_per_warrant=spw,
        exercise_price=price,
        triggers=checks,
        fair_market_value=fmv_value,
        fmv_window=fmv_text,
        choices=choices,
        best=best,
        evidence=evidence,
        notes=notes,
    )


def _choices(
    warrant: Warrant,
    held: int,
    spw: Decimal,
    price: Decimal | None,
    close: PricePoint | None,
    fmv: Decimal | None,
    fmv_days: int,
    terms: Sequence[Redemption],
    notes: list[str],
) -> list[Choice]:
    out: list[Choice] = []
    spot = None if close is None else close[1]
    with calc_context():
        underlying = spw * held
        whole = floor_shares(underlying)
        if price is None:
            notes.append("the exercise price is not stated; exercise cannot be priced")
        else:
            cost = round_cash(price * whole)
            out.append(Choice(
                method="cash exercise", available=True, shares=whole, cash_paid_by_holder=cost,
                cash_received=Decimal("0.00"),
                value_at_close=None if spot is None else round_cash(spot * whole - cost),
                formula="holder pays shares x exercise price",
            ))
            out.append(_cashless(warrant, underlying, price, fmv, fmv_days, spot))
        prices = sorted({r.redemption_price for r in terms if r.redemption_price is not None})
        for rp in prices:
            cash = round_cash(rp * held)
            out.append(Choice(
                method=f"redeemed at {money(rp, warrant.currency.value)}", available=True,
                shares=0, cash_paid_by_holder=Decimal("0.00"), cash_received=cash,
                value_at_close=cash, formula="redemption price x warrants",
            ))
    if len(prices) != len(terms) and terms:
        notes.append("a redemption right states no redemption price")
    return out


def _cashless(
    warrant: Warrant,
    underlying: Decimal,
    price: Decimal,
    fmv: Decimal | None,
    fmv_days: int,
    spot: Decimal | None,
) -> Choice:
    zero = Decimal("0.00")
    formula = "shares x (FMV - exercise price) / FMV"
    if warrant.cashless_exercise.value is not True:
        return Choice(method="cashless exercise", available=False, shares=0,
                      cash_paid_by_holder=zero, cash_received=zero, value_at_close=None,
                      formula=formula, note="the record states no cashless exercise right")
    if fmv is None:
        return Choice(method="cashless exercise", available=True, shares=0,
                      cash_paid_by_holder=zero, cash_received=zero, value_at_close=None,
                      formula=formula, note=f"the series is too short for the {fmv_days}-day "
                      "fair market value")
    if fmv <= price:
        return Choice(method="cashless exercise", available=True, shares=0,
                      cash_paid_by_holder=zero, cash_received=zero, value_at_close=zero,
                      formula=formula, note=f"FMV {fmv} is at or below the exercise price "
                      f"{price}: a cashless exercise delivers nothing")
    with calc_context():
        exact = underlying * (fmv - price) / fmv
    settled = settle_fraction(exact, warrant.fractional_shares.value,
                              warrant.fractional_cash_basis.value, exercise_price=price, fmv=fmv)
    value = None
    if spot is not None:
        with calc_context():
            value = round_cash(spot * settled.shares_issued + settled.cash)
    note = "; ".join(settled.notes) or None
    return Choice(method="cashless exercise", available=True, shares=settled.shares_issued,
                  cash_paid_by_holder=zero, cash_received=settled.cash, value_at_close=value,
                  formula=f"{formula} = {round_fraction(exact).normalize():f}", note=note)
