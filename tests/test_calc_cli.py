"""`warrant-terms calc`: the sub-commands others script against, and their errors."""

from __future__ import annotations

import argparse
import io
import json
from pathlib import Path
from typing import Any

import pytest
from shared_files import seed_gold_path

from warrant_terms.calc.cli import register
from warrant_terms.schema.models import Record, Source, Warrant


def seed_record() -> Record:
    """A record as `extract` would write it for the seed, values from the gold file."""
    gold = json.loads(seed_gold_path().read_text(encoding="utf-8"))["warrants"][0]
    terms = {name: {"value": value} for name, value in gold.items()}
    terms["fractional_cash_basis"] = {"value": "exercise_price"}  # Section 16
    terms["preserves_aggregate_price"] = {"value": True}  # Section 4 preamble
    return Record(
        source=Source(path="juniper-networks-warrant-ex4.2.txt"),
        status="ok",
        warrants=[Warrant.model_validate(terms)],
    )


@pytest.fixture
def record_file(tmp_path: Path) -> Path:
    path = tmp_path / "seed.jsonl"
    path.write_text(seed_record().to_json_line() + "\n", encoding="utf-8")
    return path


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    parser = argparse.ArgumentParser(prog="warrant-terms")
    register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["calc", *argv])
    code = args.func(args)
    out, err = capsys.readouterr()
    return code, out, err


def run_json(argv: list[str], capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    code, out, err = run([*argv, "--json"], capsys)
    assert (code, err) == (0, "")
    data: dict[str, Any] = json.loads(out)
    return data


# --- exercise ------------------------------------------------------------------------


def test_exercise_seed_json(record_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = run_json(["exercise", str(record_file), "--fmv", "10.00"], capsys)
    assert data["method"] == "net"
    assert data["shares_exercised"] == 83333
    assert data["shares_issued"] == 63333
    assert data["fractional_share"] == "0.080000"
    assert data["cash_for_fraction"] == "0.19"
    assert data["aggregate_price"] == "199999.20"


def test_exercise_table(record_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["exercise", str(record_file), "--fmv", "10.00"], capsys)
    assert code == 0
    assert "X = Y(A - B)/A" in out
    assert "63,333.08" in out and "paid in cash at the exercise price" in out


def test_exercise_from_stdin(
    record_file: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(record_file.read_text(encoding="utf-8")))
    data = run_json(["exercise", "-", "--fmv", "10", "--shares", "1000"], capsys)
    assert (data["shares_issued"], data["shares_remaining"]) == (760, 82333)


def test_exercise_from_a_json_list(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "out.json"
    path.write_text(json.dumps([seed_record().model_dump(mode="json")]), encoding="utf-8")
    assert run_json(["exercise", str(path), "--fmv", "10"], capsys)["shares_issued"] == 63333


def test_flags_override_the_record(record_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = run_json(
        ["exercise", str(record_file), "--fmv", "10", "--fraction-basis", "fair_market_value"],
        capsys,
    )
    assert data["cash_for_fraction"] == "0.80"
    code, _, err = run(["exercise", str(record_file), "--fmv", "10", "--no-cashless"], capsys)
    assert code == 2 and "denies a cashless" in err


def test_exercise_from_flags_only(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["exercise", "--price", "2.40", "--shares", "83333", "--cashless", "--fmv", "10"]
    data = run_json([*argv, "--fractional", "round_up"], capsys)
    assert (data["shares_issued"], data["cash_for_fraction"]) == (63334, "0.00")


def test_cash_exercise(record_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = run_json(["exercise", str(record_file), "--method", "cash"], capsys)
    assert (data["shares_issued"], data["cash_paid_by_holder"]) == (83333, "199999.20")


def test_exercise_after_a_split(record_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # 166,666 at 1.20, FMV 10: X = 166,666 x 8.80 / 10 = 146,666.08; 0.08 x 1.20 = 0.096
    argv = ["exercise", str(record_file), "--event", "split:2:1", "--fmv", "10"]
    data = run_json(argv, capsys)
    assert (data["shares_exercised"], data["shares_issued"]) == (166666, 146666)
    assert (data["exercise_price"], data["cash_for_fraction"]) == ("1.2000", "0.10")
    assert data["adjustment"]["steps"][0]["status"] == "applied"


def test_fmv_from_a_price_file(
    record_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    prices = tmp_path / "prices.csv"
    rows = [f"2024-03-{day:02d},{day}.00" for day in range(1, 16)]
    prices.write_text("date,close\n" + "\n".join(rows) + "\n", encoding="utf-8")
    argv = ["exercise", str(record_file), "--prices", str(prices), "--fmv-days", "10"]
    data = run_json([*argv, "--as-of", "2024-03-13"], capsys)
    assert data["fair_market_value"] == "7.5000"  # mean of closes 3..12
    assert data["fair_market_value_source"].startswith("average of 10 closes 2024-03-03")


# --- adjust --------------------------------------------------------------------------


def test_adjust_split_json(record_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = run_json(["adjust", str(record_file), "--event", "split:2:1"], capsys)
    assert (data["exercise_price"], data["shares"]) == ("1.2000", 166666)
    (step,) = data["steps"]
    assert step["inputs"] == {
        "CP1": "2.40",
        "new": 2,
        "old": 1,
        "S1": 83333,
        "CP2_unrounded": "1.2",
    }
    assert (step["price_after"], step["shares_after"]) == ("1.2000", 166666)


def test_adjust_table_shows_every_step(
    record_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    events = ["split:2:1", "issue:shares=1000000,price=0.60,outstanding=10000000"]
    argv = ["adjust", str(record_file)] + [x for e in events for x in ("--event", e)]
    code, out, _ = run(argv, capsys)
    assert code == 0
    assert "1. split:2:1" in out and "2. issue:" in out
    assert "CP2 = CP1 x (A + B) / (A + C)" in out
    # CP2 = 1.20 x (10,000,000 + 500,000) / 11,000,000 = 1.14545...;
    # shares = 166,666 x 11,000,000 / 10,500,000 = 174,602.47
    assert "End: 174,602 shares at 1.1455" in out


def test_adjust_reports_not_applicable(
    record_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["adjust", str(record_file), "--anti-dilution", "stock_dividend", "--event", "split:2:1"]
    data = run_json(argv, capsys)
    assert data["steps"][0]["status"] == "not_applicable"
    assert (data["exercise_price"], data["shares"]) == ("2.40", 83333)


# --- value ---------------------------------------------------------------------------


def test_value_textbook(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["value", "--spot", "42", "--strike", "40", "--vol", "0.2", "--rate", "0.1"]
    data = run_json([*argv, "--years", "0.5"], capsys)
    assert data["black_scholes"] == "4.759422"
    assert data["intrinsic"] == "2"


def test_value_record_as_of(record_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["value", str(record_file), "--spot", "10", "--vol", "50%", "--rate", "0.05"]
    data = run_json([*argv, "--as-of", "2002-12-15", "--outstanding", "10000000"], capsys)
    assert (data["status"], data["strike"], data["years"]) == ("live", "2.40", "1.000000")
    assert data["warrants"] == 83333
    assert float(data["dilution_adjusted"]) < float(data["black_scholes"])
    expired = run_json([*argv, "--as-of", "2004-01-01"], capsys)
    assert (expired["status"], expired["black_scholes"]) == ("expired", "0.000000")


# --- errors --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["exercise", "{rec}", "--price", "-2.40", "--fmv", "10"], "--price must be positive"),
        (["exercise", "{rec}"], "needs the fair market value"),
        (["exercise", "{rec}", "--fmv", "2.00"], "at or below the exercise price"),
        (["exercise", "{rec}", "--fmv", "ten"], "must be a number"),
        (["exercise", "{rec}", "--prices", "{rec}"], "needs --fmv-days"),
        (["exercise", "{rec}", "--fmv", "10", "--shares", "90000"], "covers 83,333"),
        (["exercise", "{rec}", "--fmv", "10", "--warrant", "3"], "--warrant 3 is out of range"),
        (["adjust", "{rec}", "--event", "merger:1:1"], "unknown event 'merger:1:1'"),
        (["adjust", "{rec}", "--event", "split:1:2"], "reverse-split:1:2"),
        (["adjust", "--event", "split:2:1"], "exercise price is not stated"),
        (["adjust", "{dir}/missing.json", "--event", "split:2:1"], "cannot read"),
        (["adjust", "{dir}/bad.json", "--event", "split:2:1"], "line 1 is not JSON"),
        (["adjust", "{dir}/wrong.json", "--event", "split:2:1"], "not an extract record"),
        (["adjust", "{dir}/empty.json", "--event", "split:2:1"], "holds no warrant"),
        (["value", "--spot", "-1", "--strike", "1", "--vol", "0.2", "--rate", "0"], "spot"),
        (["value", "{rec}", "--spot", "10", "--vol", "0.2", "--rate", "0"], "--years or --as-of"),
    ],
)
def test_bad_input_is_a_message_and_exit_2(
    argv: list[str],
    message: str,
    record_file: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    (tmp_path / "bad.json").write_text("{not json\n", encoding="utf-8")
    (tmp_path / "wrong.json").write_text('{"status": "ok"}', encoding="utf-8")
    empty = Record(source=Source(path="x.txt"), status="not_warrant")
    (tmp_path / "empty.json").write_text(empty.to_json_line(), encoding="utf-8")
    filled = [a.format(rec=record_file, dir=tmp_path) for a in argv]
    code, out, err = run(filled, capsys)
    assert code == 2
    assert out == ""
    assert err.startswith("error: ") and message in err
    assert "Traceback" not in err


def test_unknown_flag_is_an_argparse_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        run(["value", "--strike", "40"], capsys)  # --spot, --vol, --rate missing
    assert exc.value.code == 2
    assert "required" in capsys.readouterr().err
