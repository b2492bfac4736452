"""Issue 14.8: `calc` inputs are bounded and checked; each probe case exits 2 with one line.

The outside probe found tracebacks on huge numbers (`decimal.Overflow`,
`InvalidOperation`), a `RecursionError` on a deeply nested record, a hang on
`--prices /dev/zero`, and a record with negative shares valued at a negative total.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from v2_records import spac_record

from warrant_terms.cli import main
from warrant_terms.schema import Term

VALUE = ["calc", "value", "--price", "2.40", "--shares", "100", "--vol", "0.3", "--rate", "0.05"]


def one_line_error(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    code = main(argv)
    out, err = capsys.readouterr()
    assert code == 2, err
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("error: "), err
    assert "Traceback" not in err
    return err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["calc", "exercise", "--price", "2.40", "--shares", "100", "--cashless",
          "--fmv", "1e999999999"], "fair market value must be at most"),
        (["calc", "exercise", "--price", "2.40", "--shares", "100", "--method", "cash",
          "--fmv", "1e999999999"], "fair market value must be at most"),
        ([*VALUE, "--spot", "1e300", "--years", "1"], "spot must be at most"),
        ([*VALUE, "--spot", "1e400", "--years", "1"], "spot must be at most"),
        ([*VALUE, "--spot", "10", "--years", "1e400"], "years must be at most"),
        ([*VALUE, "--spot", "10", "--years", "NaN"], "finite"),
        ([*VALUE, "--spot", "10", "--years", "1", "--vol", "1e6"], "volatility must be at most"),
        ([*VALUE, "--spot", "10", "--years", "1", "--rate=-1e6"], "rate must be"),
        (["calc", "value", "--price", "2.40", "--shares", "1" + "0" * 100, "--vol", "0.3",
          "--rate", "0.05", "--spot", "10", "--years", "1"], "whole number of shares"),
        (["calc", "adjust", "--price", "2", "--shares", "10", "--event",
          "split:99999999999999999999:1"], "must be at most"),
    ],
)
def test_out_of_range_numbers(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert message in one_line_error(argv, capsys)


def test_a_deeply_nested_record(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    err = one_line_error(["calc", "value", str(deep), "--spot", "10", "--vol", "0.3",
                          "--rate", "0.05", "--years", "1"], capsys)
    assert "nested too deeply" in err
    deep.write_text('{"a":' * 100_000 + "1" + "}" * 100_000 + "\n", encoding="utf-8")
    assert "nested too deeply" in one_line_error(
        ["calc", "status", str(deep), "--as-of", "2021-01-01"], capsys)


def test_a_record_with_negative_shares_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    record = spac_record()
    record.warrants[0].shares = Term[int](value=-17)
    path = tmp_path / "neg.json"
    path.write_text(record.model_dump_json(), encoding="utf-8")
    err = one_line_error(["calc", "value", str(path), "--spot", "10", "--vol", "0.3",
                          "--rate", "0.05", "--years", "1"], capsys)
    assert "the record's shares must be positive, got -17" in err


def test_a_record_with_a_huge_price_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = spac_record().model_dump_json().replace('"value":"11.50"', '"value":"1e999999999"')
    path = tmp_path / "huge.json"
    path.write_text(text, encoding="utf-8")
    err = one_line_error(["calc", "exercise", str(path), "--method", "cash", "--shares", "1"],
                         capsys)
    assert "exercise price must be at most" in err


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_prices_from_dev_zero_do_not_hang(tmp_path: Path) -> None:
    record = tmp_path / "spac.json"
    record.write_text(spac_record().model_dump_json(), encoding="utf-8")
    for argv in (
        ["calc", "redeem", str(record), "--prices", "/dev/zero"],
        ["calc", "exercise", "--price", "2.40", "--shares", "100", "--cashless",
         "--prices", "/dev/zero", "--fmv-days", "10"],
        ["calc", "status", "/dev/zero", "--as-of", "2021-01-01"],
    ):
        done = subprocess.run(
            [sys.executable, "-m", "warrant_terms.cli", *argv],
            capture_output=True, text=True, timeout=60, check=False,
        )
        assert done.returncode == 2, done.stderr
        assert done.stdout == ""
        assert done.stderr.count("\n") == 1 and "larger than 64 MB" in done.stderr
