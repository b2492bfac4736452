"""Black–Scholes–Merton against a textbook value and QuantLib; dilution; expiry."""

from __future__ import annotations

import datetime as dt
import itertools
from decimal import Decimal

import pytest

from warrant_terms.calc import (
    CalcError,
    black_scholes,
    dilution_adjusted_value,
    intrinsic_value,
    value,
    warrant_status,
)
from warrant_terms.calc.rounding import calc_context
from warrant_terms.schema.models import Warrant

ql = pytest.importorskip("QuantLib")

D = Decimal


def quantlib_call(s: float, k: float, days: int, r: float, q: float, vol: float) -> float:
    """QuantLib's analytic European engine; T = days / 365 (Actual/365 Fixed)."""
    today = ql.Date(15, 1, 2024)
    ql.Settings.instance().evaluationDate = today
    dc = ql.Actual365Fixed()
    process = ql.BlackScholesMertonProcess(
        ql.QuoteHandle(ql.SimpleQuote(s)),
        ql.YieldTermStructureHandle(ql.FlatForward(today, q, dc)),
        ql.YieldTermStructureHandle(ql.FlatForward(today, r, dc)),
        ql.BlackVolTermStructureHandle(ql.BlackConstantVol(today, ql.NullCalendar(), vol, dc)),
    )
    option = ql.VanillaOption(
        ql.PlainVanillaPayoff(ql.Option.Call, k), ql.EuropeanExercise(today + days)
    )
    option.setPricingEngine(ql.AnalyticEuropeanEngine(process))
    return float(option.NPV())


def test_textbook_value() -> None:
    # Hull, Options, Futures, and Other Derivatives, example 15.6: 4.76
    c = black_scholes(D(42), D(40), D("0.5"), D("0.10"), D("0.20"))
    assert round(c, 2) == D("4.76")


GRID = list(
    itertools.product(
        ["10", "42", "100"],  # spot
        ["5", "40", "120"],  # strike
        [30, 182, 1826],  # days
        ["0", "0.05"],  # rate
        ["0", "0.03"],  # dividend yield
        ["0.1", "0.45"],  # vol
    )
)


@pytest.mark.parametrize(("s", "k", "days", "r", "q", "vol"), GRID)
def test_agrees_with_quantlib(s: str, k: str, days: int, r: str, q: str, vol: str) -> None:
    with calc_context():
        years = D(days) / 365
    ours = black_scholes(D(s), D(k), years, D(r), D(vol), D(q))
    theirs = quantlib_call(float(s), float(k), days, float(r), float(q), float(vol))
    assert abs(float(ours) - theirs) <= 1e-8


def test_returns_decimal() -> None:
    assert isinstance(black_scholes(D(42), D(40), D("0.5"), D("0.1"), D("0.2")), Decimal)


def test_expiry_and_zero_vol_give_forward_intrinsic() -> None:
    assert black_scholes(D(42), D(40), D(0), D("0.1"), D("0.2")) == D(2)
    assert black_scholes(D(38), D(40), D(0), D("0.1"), D("0.2")) == 0
    zero_vol = black_scholes(D(42), D(40), D(1), D("0.1"), D(0))
    with calc_context():
        assert zero_vol == D(42) - D(40) * D("-0.1").exp()


def test_dividend_yield_lowers_a_call() -> None:
    base = black_scholes(D(42), D(40), D(1), D("0.05"), D("0.3"))
    assert black_scholes(D(42), D(40), D(1), D("0.05"), D("0.3"), D("0.04")) < base


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((D(-1), D(40), D(1), D(0), D("0.2")), "spot must be positive"),
        ((D(42), D(0), D(1), D(0), D("0.2")), "strike must be positive"),
        ((D(42), D(40), D(-1), D(0), D("0.2")), "years to expiry must not be negative"),
        ((D(42), D(40), D(1), D(0), D("-0.2")), "volatility must not be negative"),
    ],
)
def test_bad_inputs(args: tuple[Decimal, ...], message: str) -> None:
    with pytest.raises(CalcError, match=message):
        black_scholes(*args)


def test_intrinsic() -> None:
    assert intrinsic_value(D("10.00"), D("2.40")) == D("7.60")
    assert intrinsic_value(D("2.00"), D("2.40")) == 0


def test_dilution_solves_hulls_equation() -> None:
    n, m = 1_000_000, 200_000
    args = (D(42), D(40), D("0.5"), D("0.1"), D("0.2"))
    w = dilution_adjusted_value(*args, outstanding=n, warrants=m)
    with calc_context():
        rhs = D(n) / (n + m) * black_scholes(D(42) + D(m) / n * w, *args[1:])
    assert abs(w - rhs) < D("1e-15")
    assert w < black_scholes(*args)


def test_dilution_vanishes_with_few_warrants() -> None:
    args = (D(42), D(40), D("0.5"), D("0.1"), D("0.2"))
    w = dilution_adjusted_value(*args, outstanding=10**12, warrants=1)
    assert abs(w - black_scholes(*args)) < D("1e-9")


def _warrant(expiry: str) -> Warrant:
    return Warrant.model_validate(
        {
            "shares": {"value": 83333},
            "exercise_price": {"value": "2.40"},
            "expiration_date": {"value": expiry},
        }
    )


def test_value_as_of_a_date_uses_the_warrants_terms() -> None:
    w = _warrant("2003-12-15")
    r = value(w, spot="10", vol="0.5", rate="0.05", as_of=dt.date(2002, 12, 15))
    assert (r.status, r.strike, r.shares, r.years) == ("live", D("2.40"), 83333, D("1.000000"))
    expected = black_scholes(D(10), D("2.40"), D(1), D("0.05"), D("0.5"))
    assert abs(r.black_scholes - expected) <= D("0.0000005")
    assert r.intrinsic == D("7.60")
    assert r.intrinsic_total == D("633330.80")


def test_expired_warrant_is_worth_nothing() -> None:
    r = value(_warrant("2003-12-15"), spot="10", vol="0.5", rate="0.05", as_of=dt.date(2004, 1, 1))
    assert r.status == "expired"
    assert r.black_scholes == r.intrinsic == 0


def test_live_on_its_expiration_date() -> None:
    assert warrant_status(dt.date(2003, 12, 15), dt.date(2003, 12, 15)) == "live"
    assert warrant_status(None, dt.date(2003, 12, 15)) == "unknown"


def test_warrants_default_to_the_warrants_shares() -> None:
    r = value(
        _warrant("2003-12-15"), spot="10", vol="0.5", rate="0.05", years="1", outstanding=1_000_000
    )
    assert r.warrants == 83333
    assert r.dilution_adjusted is not None and r.dilution_adjusted < r.black_scholes
    assert any("83,333" in n for n in r.notes)


@pytest.mark.parametrize(
    ("kw", "message"),
    [
        ({"years": None}, "give --years or --as-of"),
        ({"years": None, "as_of": dt.date(2024, 1, 1)}, "needs the warrant's expiration"),
        ({"spot": "-3"}, "spot must be positive"),
        ({"strike": None}, "no strike"),
        ({"warrants": 10}, "--warrants needs --outstanding"),
    ],
)
def test_value_refuses(kw: dict[str, object], message: str) -> None:
    args: dict[str, object] = {
        "spot": "42",
        "strike": "40",
        "vol": "0.2",
        "rate": "0.1",
        "years": "0.5",
    } | kw
    with pytest.raises(CalcError, match=message):
        value(None, **args)  # type: ignore[arg-type]
