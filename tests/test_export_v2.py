"""Exports of version-2 records: one row per instrument, relative terms in words, typed
Parquet structs, every path of a document, and writes that never destroy a good export."""

from __future__ import annotations

import csv
import datetime as dt
import os
import resource
import shutil
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import jsonschema
import openpyxl
import pyarrow.parquet as pq
import pytest
from v2_records import prefunded_record, spac_record

from warrant_terms.batch import BatchOptions, Store, run_batch
from warrant_terms.cli import main
from warrant_terms.export import FORMATS, write_records
from warrant_terms.export.table import (
    SUMMARY_COLUMNS,
    VALUE_COLUMNS,
    WARRANT_COLUMNS,
)
from warrant_terms.schema import FIELD_NAMES, Record, json_schema

REPO = Path(__file__).resolve().parents[1]
CONSTRUCTED = REPO / "corpus" / "constructed"
EXHIBIT = CONSTRUCTED / "c001_ambrose-labs-warrant-1998.txt"


@pytest.fixture
def records() -> list[Record]:
    spac = spac_record()
    spac.source.also_filed_at = ["mirror/filing-b/ex4-1.txt"]
    return [spac, prefunded_record()]


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def test_columns_cover_every_field_once() -> None:
    assert sorted(VALUE_COLUMNS) == sorted(FIELD_NAMES)
    assert len(set(WARRANT_COLUMNS)) == len(WARRANT_COLUMNS)
    assert VALUE_COLUMNS[:8] == ("issuer", "instrument_name", "holder", "security", "shares",
                                 "warrant_count", "shares_per_warrant", "exercise_price")


def test_csv_one_row_per_instrument_with_its_siblings(records: list[Record], tmp_path: Path) -> None:
    out = tmp_path / "w.csv"
    write_records(records, out, "csv")
    public, private, prefunded = read_csv(out)
    assert list(public) == list(WARRANT_COLUMNS)
    assert (public["instrument_name"], private["instrument_name"]) == (
        "Public Warrants", "Private Placement Warrants")
    assert public["instruments"] == private["instruments"] == "2"
    assert public["other_instruments"] == "Private Placement Warrants [1]"
    assert private["other_instruments"] == "Public Warrants [0]"
    assert prefunded["instruments"] == "1" and prefunded["other_instruments"] == ""
    assert public["exercise_price"] == "11.50"
    assert public["expiration_term"] == "5 years after business combination"
    assert public["exercisable_from"] == (
        "later of 30 days after business combination and 12 months after IPO closing")
    assert public["redemption"] == "$18.00, 20 of 30 trading days, $0.01, 30 days' notice"
    assert private["redemption"] == "not redeemable"  # stated: "shall not be redeemable"
    assert prefunded["redemption"] == "none stated"  # the unstated default
    assert prefunded["beneficial_ownership_limit"] == "9.99%, may not exceed 9.99%"
    assert public["warrant_agent"] == "Continental Stock Transfer & Trust Company"
    assert public["expiration_term_evidence"].startswith("the date that is five (5) years")
    assert public["redemption_evidence"].count(" … ") == 3  # four spans
    assert public["paths"] == f"{records[0].source.path}; mirror/filing-b/ex4-1.txt"
    assert prefunded["paths"] == records[1].source.path


def test_parquet_types_the_structured_fields(records: list[Record], tmp_path: Path) -> None:
    out = tmp_path / "w.parquet"
    write_records(records, out, "parquet")
    table = pq.read_table(out)
    assert table.schema.names == list(WARRANT_COLUMNS)
    public, private, prefunded = table.to_pylist()
    assert public["expiration_term"] == {"kind": "relative", "items": [{
        "amount": 5, "unit": "years", "anchor": "business_combination",
        "anchor_text": "the date on which the Company completes its initial Business "
                       "Combination", "date": None}]}
    start = public["exercisable_from"]
    assert start["kind"] == "later_of"
    assert [(i["amount"], i["unit"], i["anchor"]) for i in start["items"]] == [
        (30, "days", "business_combination"), (12, "months", "ipo_closing")]
    (call,) = public["redemption"]
    assert call["trigger_price"] == Decimal("18.00") and call["redemption_price"] == Decimal("0.01")
    assert (call["trading_days"], call["window_days"], call["notice_days"]) == (20, 30, 30)
    assert private["redemption"] == []
    assert prefunded["beneficial_ownership_limit"] == {
        "percent": Decimal("9.99"), "max_percent": Decimal("9.99")}
    assert prefunded["expiration_term"] is None
    assert public["paths"] == [records[0].source.path, "mirror/filing-b/ex4-1.txt"]
    assert public["other_instruments"] == ["Private Placement Warrants [1]"]
    assert public["shares_per_warrant"] == Decimal(1)


def test_xlsx_schedule_of_instruments(records: list[Record], tmp_path: Path) -> None:
    out = tmp_path / "w.xlsx"
    write_records(records, out, "xlsx")
    wb = openpyxl.load_workbook(out)
    ws = wb["Warrants"]
    header = [c.value for c in ws[1]]
    assert header == list(SUMMARY_COLUMNS)

    def cell(row: int, name: str) -> openpyxl.cell.cell.Cell:
        return ws.cell(row=row, column=header.index(name) + 1)

    assert cell(2, "expiration_term").value == "5 years after business combination"
    comment = cell(2, "expiration_term").comment.text
    assert "five (5) years after the date on which the Company completes" in comment
    assert comment.startswith("p. 1: ")
    assert cell(2, "redemption").value == "$18.00, 20 of 30 trading days, $0.01, 30 days' notice"
    # low confidence is highlighted: the Sponsor as holder (0.5), the blocker (0.55)
    yellow = "FFF2CC"
    assert cell(3, "holder").fill.fgColor.rgb.endswith(yellow)
    assert cell(4, "beneficial_ownership_limit").fill.fgColor.rgb.endswith(yellow)
    assert not cell(2, "issuer").fill.fgColor.rgb.endswith(yellow)
    assert cell(2, "paths").value == f"{records[0].source.path}; mirror/filing-b/ex4-1.txt"

    evidence = wb["Evidence"]
    ev_header = [c.value for c in evidence[1]]
    ev = [dict(zip(ev_header, (c.value for c in r), strict=True))
          for r in evidence.iter_rows(min_row=2)]
    redemption = [r for r in ev if r["field"] == "redemption"]
    assert [(r["instrument_name"], r["value"]) for r in redemption] == [
        ("Public Warrants", "$18.00, 20 of 30 trading days, $0.01, 30 days' notice"),
        ("Private Placement Warrants", "not redeemable"),
    ]
    assert {r["warrants_row"] for r in ev} == {2, 3, 4}

    docs = wb["Documents"]
    doc_header = [c.value for c in docs[1]]
    first = {h: c.value for h, c in zip(doc_header, docs[2], strict=True)}
    assert first["instruments"] == "Public Warrants [0]; Private Placement Warrants [1]"
    assert first["paths"].endswith("; mirror/filing-b/ex4-1.txt")


def test_the_json_schema_declares_every_source_key(records: list[Record], tmp_path: Path) -> None:
    schema = json_schema()
    source = schema["$defs"]["Source"]
    assert source["additionalProperties"] is False
    assert "also_filed_at" in source["properties"]
    validator = jsonschema.Draft202012Validator(schema)
    write_records(records, tmp_path / "r.jsonl", "jsonl")
    for line in (tmp_path / "r.jsonl").read_text(encoding="utf-8").splitlines():
        validator.validate(__import__("json").loads(line))
    with pytest.raises(jsonschema.ValidationError):
        validator.validate({**records[0].model_dump(mode="json"),
                            "source": {"path": "x", "undeclared": 1}})


def test_a_store_export_lists_every_path(tmp_path: Path) -> None:
    a, b = tmp_path / "filing-a" / "ex4.txt", tmp_path / "filing-b" / "ex4.txt"
    for p in (a, b):
        p.parent.mkdir()
        shutil.copy(EXHIBIT, p)
    db = tmp_path / "r.sqlite"
    run_batch([a, b], db, BatchOptions(workers=1, progress=False))
    with Store(db, readonly=True) as store:
        (record,) = list(store.iter_records())
    assert record.warrants, "the constructed exhibit should give a warrant"
    for fmt in ("csv", "xlsx"):
        assert main(["export", "--db", str(db), "--format", fmt,
                     "-o", str(tmp_path / f"out.{fmt}")]) == 0
    (row,) = read_csv(tmp_path / "out.csv")
    assert row["paths"] == f"{a}; {b}"
    docs = openpyxl.load_workbook(tmp_path / "out.xlsx")["Documents"]
    header = [c.value for c in docs[1]]
    assert docs.cell(row=2, column=header.index("paths") + 1).value == f"{a}; {b}"


# --- issue 14.3: a failed write leaves the previous export intact ------------------------


def _limit_file_size(limit: int) -> None:  # runs in the child, before it starts
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))


# Three text exhibits: quick to read, and exports of them are tens of kilobytes.
INPUTS = sorted(CONSTRUCTED.glob("c00[1-3]_*.txt"))


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("store") / "r.sqlite"
    run_batch(INPUTS, db, BatchOptions(workers=1, progress=False))
    return db


def _fails_and_keeps(args: list[str], out: Path, part: int) -> None:
    folder = out.parent
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    limit = out.stat().st_size // part if part else 512
    assert limit < out.stat().st_size
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    bad = subprocess.run([sys.executable, "-m", "warrant_terms.cli", *args],
                         capture_output=True, text=True, check=False, timeout=300,
                         preexec_fn=lambda: _limit_file_size(limit), env=env)
    assert bad.returncode != 0
    assert bad.stderr.count("\n") == 1 and bad.stderr.startswith("error: "), bad.stderr
    after = {p.name: p.read_bytes() for p in folder.iterdir()}
    assert after == before  # the old export, byte for byte, and no temporary file left


@pytest.mark.skipif(not hasattr(resource, "RLIMIT_FSIZE"), reason="needs RLIMIT_FSIZE")
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("part", [0, 2], ids=["at-once", "half-way"])
def test_a_failed_export_keeps_the_previous_one(
    fmt: str, part: int, store: Path, tmp_path: Path
) -> None:
    """`ulimit -f` makes every write past the limit fail with EFBIG, as a full disk would:
    at once (512 bytes) or half way through the export."""
    out = tmp_path / f"out.{fmt}"
    args = ["export", "--db", str(store), "--format", fmt, "-o", str(out)]
    assert main(args) == 0
    _fails_and_keeps(args, out, part)


@pytest.mark.skipif(not hasattr(resource, "RLIMIT_FSIZE"), reason="needs RLIMIT_FSIZE")
def test_a_failed_extract_keeps_the_previous_output(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"  # JSONL is streamed as documents are read
    args = ["extract", *map(str, INPUTS), "-o", str(out)]
    assert main(args) == 0
    _fails_and_keeps(args, out, 2)


def test_an_export_into_a_missing_folder_fails_cleanly(tmp_path: Path) -> None:
    code = main(["extract", str(EXHIBIT), "--format", "csv", "-o", str(tmp_path / "no" / "o.csv")])
    assert code == 2
    assert not (tmp_path / "no").exists()


def test_an_export_keeps_the_mode_of_the_file_it_replaces(tmp_path: Path) -> None:
    out = tmp_path / "o.csv"
    out.write_text("old\n", encoding="utf-8")
    out.chmod(0o640)
    write_records([prefunded_record()], out, "csv")
    assert out.stat().st_mode & 0o777 == 0o640
    assert read_csv(out)[0]["instrument_name"] == "Pre-Funded Warrant"


def test_dates_stay_dates(records: list[Record], tmp_path: Path) -> None:
    write_records(records, tmp_path / "w.parquet", "parquet")
    row = pq.read_table(tmp_path / "w.parquet").to_pylist()[0]
    assert row["issue_date"] == dt.date(2020, 6, 8)
