"""`calc status` and relative dates, with answers worked by hand from the clauses.

The Hudson Executive warrant agreement (Section 3.2): exercise commences on "the later of:
(i) the date that is thirty (30) days after the first date on which the Company completes
a ... business combination ... and (ii) the date that is twelve (12) months from the date of
the closing of the Offering", and ends "on the date that is five (5) years after the date on
which the Company completes its initial Business Combination".

Dates used: the Offering closed 2020-06-11; take the business combination on 2021-06-22.
By hand: start = later of (2021-06-22 + 30 days = 2021-07-22, 2020-06-11 + 12 months =
2021-06-11) = 2021-07-22; expiry = 2021-06-22 + 5 years = 2026-06-22.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path

import pytest
from shared_files import needs_shared
from v2_records import FIVE_YEARS, prefunded_record, spac_public, spac_record

from warrant_terms.calc.cli import register
from warrant_terms.calc.errors import CalcError
from warrant_terms.calc.relative import Calendar, add_months, parse_events, resolve
from warrant_terms.calc.status import warrant_status
from warrant_terms.evaluate.shared import shared_root
from warrant_terms.schema import EarlierOf, LaterOf, RelativeDate

IPO = "ipo_closing=2020-06-11"
BC = "business_combination=2021-06-22"
EVENTS = {"ipo_closing": dt.date(2020, 6, 11), "business_combination": dt.date(2021, 6, 22)}


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    parser = argparse.ArgumentParser(prog="warrant-terms")
    register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["calc", *argv])
    code = args.func(args)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def spac_file(tmp_path: Path) -> Path:
    path = tmp_path / "spac.jsonl"
    path.write_text(spac_record().to_json_line() + "\n", encoding="utf-8")
    return path


# --- relative dates -------------------------------------------------------------------


def rel(amount: int, unit: str, anchor: str = "business_combination") -> RelativeDate:
    return RelativeDate.model_validate(
        {"amount": amount, "unit": unit, "anchor": anchor, "anchor_text": "x"}
    )


@pytest.mark.parametrize(
    ("amount", "unit", "expected"),
    [
        (30, "days", dt.date(2021, 7, 22)),
        (12, "months", dt.date(2022, 6, 22)),
        (5, "years", dt.date(2026, 6, 22)),
        # 2021-06-22 is a Tuesday: 10 weekdays later is Tuesday 2021-07-06
        (10, "business_days", dt.date(2021, 7, 6)),
        (10, "trading_days", dt.date(2021, 7, 6)),
    ],
)
def test_each_unit_from_the_business_combination(amount: int, unit: str, expected: dt.date) -> None:
    got = resolve(rel(amount, unit), EVENTS)
    assert got.date == expected
    assert (unit in ("business_days", "trading_days")) == any("weekdays" in n for n in got.notes)


def test_holidays_move_business_days() -> None:
    # 2021-07-05 was the observed Independence Day holiday: one more weekday is needed
    cal = Calendar(frozenset({dt.date(2021, 7, 5)}))
    assert resolve(rel(10, "business_days"), EVENTS, cal).date == dt.date(2021, 7, 7)


def test_month_ends_are_clamped() -> None:
    assert add_months(dt.date(2020, 8, 31), 6) == dt.date(2021, 2, 28)
    assert add_months(dt.date(2019, 2, 28), 12) == dt.date(2020, 2, 28)


def test_later_of_is_bounded_when_one_event_is_unknown() -> None:
    term = LaterOf(later_of=[rel(30, "days"), rel(12, "months", "ipo_closing")])
    got = resolve(term, {"ipo_closing": dt.date(2020, 6, 11)})
    assert got.date is None
    assert got.not_before == dt.date(2021, 6, 11)
    assert got.missing == ("business_combination",)
    assert got.after(dt.date(2021, 1, 1)) is True  # surely later than New Year 2021
    assert got.after(dt.date(2021, 7, 1)) is None  # cannot tell


def test_earlier_of_with_a_calendar_date() -> None:
    term = EarlierOf(earlier_of=[rel(5, "years"), dt.date(2025, 1, 1)])
    assert resolve(term, EVENTS).date == dt.date(2025, 1, 1)
    unknown = resolve(term, {})
    assert unknown.date is None and unknown.not_after == dt.date(2025, 1, 1)


# --- status ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("as_of", "status"),
    [
        (dt.date(2021, 7, 21), "not_yet_exercisable"),
        (dt.date(2021, 7, 22), "exercisable"),  # the 30th day after the combination
        (dt.date(2026, 6, 22), "exercisable"),  # expires at 5:00 p.m. that day
        (dt.date(2026, 6, 23), "expired"),
    ],
)
def test_spac_public_warrant_status(as_of: dt.date, status: str) -> None:
    result = warrant_status(spac_public(), as_of, EVENTS)
    assert result.status == status
    assert result.exercisable_from.date == dt.date(2021, 7, 22)
    assert result.expires.date == dt.date(2026, 6, 22)
    assert result.expires.rule == "5 years after business combination"
    quoted = " ".join(q.text for q in result.evidence)
    assert "five (5) years after the date on which the Company completes" in quoted
    assert "twelve (12) months from the date of the closing of the Offering" in quoted


def test_twelve_months_after_the_offering_is_enough_to_say_not_yet() -> None:
    # Without the combination date the start is still no earlier than 2021-06-11.
    result = warrant_status(spac_public(), dt.date(2021, 1, 4), {"ipo_closing": dt.date(2020, 6, 11)})
    assert result.status == "not_yet_exercisable"
    assert "no earlier than 2021-06-11" in result.reasons[0]


def test_unknown_says_which_event_to_give() -> None:
    result = warrant_status(spac_public(), dt.date(2030, 1, 1), {})
    assert result.status == "unknown"
    assert any("--event business_combination=YYYY-MM-DD" in r for r in result.reasons)


def test_prefunded_warrant_runs_until_exercised() -> None:
    result = warrant_status(prefunded_record().warrants[0], dt.date(2030, 1, 1), {})
    assert result.status == "exercisable"
    assert result.exercisable_from.date == dt.date(2024, 5, 24)  # issue date, stated
    assert result.expires.date is None
    assert result.status == warrant_status(
        prefunded_record().warrants[0], dt.date(2024, 5, 24), {}
    ).status
    before = warrant_status(prefunded_record().warrants[0], dt.date(2024, 5, 23), {})
    assert before.status == "not_yet_exercisable"


def test_status_cli_every_instrument(spac_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["status", str(spac_file), "--as-of", "2021-07-01", "--event", IPO,
                          "--event", BC, "--json"], capsys)
    assert (code, err) == (0, "")
    data = json.loads(out)["warrants"]
    assert [w["instrument_name"] for w in data] == ["Public Warrants", "Private Placement Warrants"]
    assert {w["status"] for w in data} == {"not_yet_exercisable"}
    assert data[0]["exercisable_from"]["date"] == "2021-07-22"
    assert data[0]["expires"]["date"] == "2026-06-22"


def test_status_cli_table(spac_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["status", str(spac_file), "--as-of", "2026-06-23", "--event", BC,
                        "--event", IPO, "--warrant", "0"], capsys)
    assert code == 0
    assert out.startswith("[0] Public Warrants: expired on 2026-06-23")
    assert "2021-06-22 + 5 years = 2026-06-22" in out
    assert "clause (expiration_term, p.1)" in out


def test_value_of_a_relative_expiry_once_the_event_is_dated(
    spac_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["value", str(spac_file), "--spot", "25", "--vol", "0.3", "--rate", "0.02",
            "--as-of", "2021-06-22"]
    code, _, err = run(argv, capsys)
    assert code == 2 and "--event business_combination=YYYY-MM-DD" in err
    code, out, err = run([*argv, "--event", BC, "--json"], capsys)
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert data["expiration_date"] == "2026-06-22"
    assert data["years"] == "5.002740"  # 1,826 days / 365
    assert data["notes"][0].startswith("expiration date resolved: 5 years after business")


@pytest.mark.parametrize(
    ("event", "message"),
    [
        ("merger=2021-06-22", "NAME one of"),
        ("business_combination=2021-13-01", "needs a date"),
        ("business_combination", "NAME=YYYY-MM-DD"),
    ],
)
def test_bad_events_exit_2_with_one_line(
    spac_file: Path, capsys: pytest.CaptureFixture[str], event: str, message: str
) -> None:
    code, out, err = run(["status", str(spac_file), "--as-of", "2021-01-01", "--event", event],
                         capsys)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("error: ") and message in err


def test_conflicting_events_are_refused() -> None:
    with pytest.raises(CalcError, match="given twice"):
        parse_events(["ipo_closing=2020-06-11", "ipo-closing=2020-06-12"])


def test_huge_amounts_are_refused_not_overflowed() -> None:
    far = FIVE_YEARS.model_copy(update={"amount": 10**9})
    with pytest.raises(CalcError, match="beyond the calendar"):
        resolve(far, EVENTS)
    with pytest.raises(CalcError, match="beyond any warrant"):
        resolve(rel(10**9, "trading_days"), EVENTS)


# --- end to end, from records `extract` writes --------------------------------------------

REPO = Path(__file__).resolve().parents[1]
C001 = REPO / "corpus" / "constructed" / "c001_ambrose-labs-warrant-1998.txt"


def test_status_of_an_extracted_record(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """c001: "as of this 30th day of June, 1998" and "prior to 5:00 p.m., New York City time,
    on June 30, 2003": exercisable on 2001-01-01 and on 2003-06-30, expired on 2003-07-01."""
    from warrant_terms.cli import main

    out = tmp_path / "c001.jsonl"
    assert main(["extract", str(C001), "-o", str(out)]) == 0
    capsys.readouterr()
    expected = {"2001-01-01": "exercisable", "2003-06-30": "exercisable",
                "2003-07-01": "expired", "1998-06-29": "not_yet_exercisable"}
    for as_of, status in expected.items():
        code, text, err = run(["status", str(out), "--as-of", as_of, "--json"], capsys)
        assert (code, err) == (0, "")
        (result,) = json.loads(text)["warrants"]
        assert result["status"] == status, as_of
        assert result["expires"]["date"] == "2003-06-30"
        # The start is read from the issue date or from "exercisable … from the date hereof".
        quoted = {q["field"] for q in result["evidence"]}
        assert "expiration_date" in quoted and quoted & {"issue_date", "exercisable_from"}


SPAC_DOC = shared_root() / "corpus-found" / "f001_hudson-executive-investment-corp.txt"


@needs_shared
def test_status_of_the_extracted_spac_agreement(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from warrant_terms.cli import main

    out = tmp_path / "spac.jsonl"
    assert main(["extract", str(SPAC_DOC), "-o", str(out)]) == 0
    capsys.readouterr()
    code, text, _ = run(["status", str(out), "--as-of", "2021-07-01", "--event", IPO,
                         "--event", BC, "--json"], capsys)
    assert code == 0
    main_warrant = json.loads(text)["warrants"][0]
    assert main_warrant["status"] == "not_yet_exercisable"
    assert main_warrant["exercisable_from"]["date"] == "2021-07-22"
    assert main_warrant["expires"]["date"] == "2026-06-22"
    assert main_warrant["expires"]["rule"] == "5 years after business combination"
