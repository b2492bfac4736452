"""`calc redeem`: the SPAC redemption trigger on a price series, worked by hand from the clause.

Section 6.1 of the Hudson Executive warrant agreement: the Public Warrants may be redeemed "at
the price of $0.01 per Warrant ... provided that the closing price of the Common Stock
reported has been at least $18.00 per share ... on each of twenty (20) trading days within
the thirty (30) trading-day period ending on the third Business Day prior to the date on
which notice of the redemption is given"; Section 6.2: notice "not less than thirty (30) days
prior to the Redemption Date"; Section 3.3.1(b): on a cashless exercise the holder gets
shares x (Fair Market Value - Warrant Price) / Fair Market Value, the Fair Market Value being
"the average closing price ... for the ten (10) trading days ending on the third trading day
prior to the date on which the notice of redemption is sent"; fractions are rounded down.

The series: the 40 weekdays from Monday 2021-08-02, notice on the 40th (Friday 2021-09-24).
By hand: the window is trading days 8 to 37 (2021-08-11 to 2021-09-21), ending three trading
days before the notice. Days 1-7 close at 19.00 and days 38-40 at 25.00, all outside it;
days 8-17 close at 17.99 and days 18-37 at exactly 18.00, so 20 of the 30 days count and the
trigger is met. FMV = the closes of days 28-37 = 18.00; 1,000 warrants give
1,000 x (18.00 - 11.50) / 18.00 = 361.11 -> 361 shares cashless, or 1,000 shares for
$11,500.00 cash, or $10.00 if redeemed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest
from shared_files import needs_shared
from v2_records import spac_private, spac_public, spac_record

from warrant_terms.calc.cli import register
from warrant_terms.calc.fmv import PricePoint
from warrant_terms.calc.redeem import redeem
from warrant_terms.evaluate.shared import shared_root

NOTICE = dt.date(2021, 9, 24)


def weekdays(start: dt.date, n: int) -> list[dt.date]:
    out: list[dt.date] = []
    day = start
    while len(out) < n:
        if day.weekday() < 5:
            out.append(day)
        day += dt.timedelta(days=1)
    return out


DAYS = weekdays(dt.date(2021, 8, 2), 40)


def close(i: int) -> Decimal:
    """Close of trading day i (1-based)."""
    if i <= 7:
        return Decimal("19.00")
    if i <= 17:
        return Decimal("17.99")
    if i <= 37:
        return Decimal("18.00")
    return Decimal("25.00")


SERIES: list[PricePoint] = [(d, close(i)) for i, d in enumerate(DAYS, start=1)]


def test_the_trigger_is_met_on_exactly_twenty_of_thirty_days() -> None:
    assert DAYS[-1] == NOTICE
    result = redeem(spac_public(), SERIES, NOTICE, warrants_held=1000)
    (check,) = result.triggers
    assert check.met is True
    assert (check.window_first, check.window_last) == (dt.date(2021, 8, 11), dt.date(2021, 9, 21))
    assert check.window_trading_days == 30
    assert check.days_at_or_above == DAYS[17:37]
    assert check.required_days == 20
    assert check.earliest_redemption_date == dt.date(2021, 10, 24)
    assert check.description == "$18.00, 20 of 30 trading days, $0.01, 30 days' notice"


def test_one_day_short_is_not_met() -> None:
    series = list(SERIES)
    series[20] = (series[20][0], Decimal("17.99"))  # day 21, inside the window
    (check,) = redeem(spac_public(), series, NOTICE).triggers
    assert check.met is False
    assert len(check.days_at_or_above) == 19
    assert "19 of the 30 trading days" in check.reason


def test_the_window_lag_decides_which_days_count() -> None:
    # Ending on the notice day itself, days 11-40: 20 at 18.00 and 3 at 25.00.
    (check,) = redeem(spac_public(), SERIES, NOTICE, window_lag=0).triggers
    assert (check.window_first, check.window_last) == (DAYS[10], NOTICE)
    assert len(check.days_at_or_above) == 23


def test_the_holders_three_choices() -> None:
    result = redeem(spac_public(), SERIES, NOTICE, warrants_held=1000)
    assert result.fair_market_value == Decimal("18.0000")
    assert result.close_on_notice == Decimal("25.00")
    choices = {c.method: c for c in result.choices}
    cash = choices["cash exercise"]
    assert (cash.shares, cash.cash_paid_by_holder, cash.value_at_close) == (
        1000, Decimal("11500.00"), Decimal("13500.00"))
    cashless = choices["cashless exercise"]
    assert cashless.shares == 361  # 361.11, rounded down as the agreement says
    assert cashless.cash_paid_by_holder == Decimal("0.00")
    assert cashless.value_at_close == Decimal("9025.00")
    redeemed = choices["redeemed at $0.01"]
    assert redeemed.cash_received == Decimal("10.00")
    assert result.best == "cash exercise"


def test_one_warrant_cashless_rounds_to_nothing() -> None:
    result = redeem(spac_public(), SERIES, NOTICE)
    assert result.warrants_held == 1
    assert {c.method: c.shares for c in result.choices}["cashless exercise"] == 0  # 0.361


def test_private_placement_warrants_cannot_be_called() -> None:
    result = redeem(spac_private(), SERIES, NOTICE)
    assert result.triggers == [] and result.choices == []
    assert "no right to redeem" in result.notes[0]
    assert result.evidence[0].text == "shall not be redeemable by the Company"


def test_a_short_series_cannot_tell() -> None:
    (check,) = redeem(spac_public(), SERIES[:12], DAYS[11]).triggers
    assert check.met is None
    assert "does not hold the 30 trading days" in check.reason


def test_the_call_is_checked_against_the_exercise_window() -> None:
    events = {"business_combination": dt.date(2021, 9, 1), "ipo_closing": dt.date(2020, 6, 11)}
    result = redeem(spac_public(), SERIES, NOTICE, events=events)
    # exercisable only from 2021-10-01 (30 days after the combination)
    assert any("not yet exercisable" in n for n in result.notes)


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    parser = argparse.ArgumentParser(prog="warrant-terms")
    register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["calc", *argv])
    code = args.func(args)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    record = tmp_path / "spac.json"
    record.write_text(spac_record().model_dump_json(), encoding="utf-8")
    prices = tmp_path / "prices.csv"
    prices.write_text("date,close\n" + "".join(f"{d},{p}\n" for d, p in SERIES), encoding="utf-8")
    return record, prices


def test_redeem_cli(files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    record, prices = files
    code, out, err = run(["redeem", str(record), "--prices", str(prices), "--warrants-held",
                          "1000", "--json"], capsys)
    assert (code, err) == (0, "")
    public, private = json.loads(out)["warrants"]
    assert public["notice_date"] == "2021-09-24"  # the last day of the series
    assert public["triggers"][0]["met"] is True
    assert public["triggers"][0]["days_at_or_above"][0] == "2021-08-25"
    assert private["triggers"] == []
    code, out, _ = run(["redeem", str(record), "--prices", str(prices), "--warrant", "0"], capsys)
    assert code == 0
    assert "trigger $18.00, 20 of 30 trading days, $0.01, 30 days' notice: MET" in out
    assert "days counted: 2021-08-25, 2021-08-26" in out
    assert "earliest redemption date: 2021-10-24" in out


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("date,close\n2021-08-02,abc\n", "close must be a number"),
        ("date,close\n2021-08-02,-1\n", "must be positive"),
        ("date,close\n2021-08-02,1e999999999\n", "must be at most"),
        ("date,close\n2021-08-02,18\n2021-08-02,19\n", "more than one close"),
        ("", "holds no 'date,close' rows"),
    ],
)
def test_bad_price_files_exit_2_with_one_line(
    files: tuple[Path, Path], capsys: pytest.CaptureFixture[str], content: str, message: str
) -> None:
    record, prices = files
    prices.write_text(content, encoding="utf-8")
    code, out, err = run(["redeem", str(record), "--prices", str(prices)], capsys)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and message in err


# --- end to end, from records `extract` writes --------------------------------------------

REPO = Path(__file__).resolve().parents[1]
C001 = REPO / "corpus" / "constructed" / "c001_ambrose-labs-warrant-1998.txt"
SPAC_DOC = shared_root() / "corpus-found" / "f001_hudson-executive-investment-corp.txt"


def _extract(path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    from warrant_terms.cli import main

    out = tmp_path / "record.jsonl"
    assert main(["extract", str(path), "-o", str(out)]) == 0
    capsys.readouterr()
    return out


def test_a_warrant_without_a_call(
    files: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """c001 (a lender's warrant) gives the company no right to redeem."""
    record = _extract(C001, tmp_path, capsys)
    code, out, err = run(["redeem", str(record), "--prices", str(files[1])], capsys)
    assert (code, err) == (0, "")
    assert "no redemption right: the company cannot call this instrument" in out


@needs_shared
def test_redeem_on_the_extracted_spac_agreement(
    files: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    record = _extract(SPAC_DOC, tmp_path, capsys)
    code, out, _ = run(["redeem", str(record), "--prices", str(files[1]), "--warrants-held",
                        "1000", "--json"], capsys)
    assert code == 0
    public = json.loads(out)["warrants"][0]
    (check,) = [t for t in public["triggers"] if t["terms"]["trigger_price"] == "18.00"]
    assert check["met"] is True
    assert check["days_at_or_above"] == [d.isoformat() for d in DAYS[17:37]]
    choices = {c["method"]: c for c in public["choices"]}
    assert choices["cashless exercise"]["shares"] == 361
    assert choices["redeemed at $0.01"]["cash_received"] == "10.00"
