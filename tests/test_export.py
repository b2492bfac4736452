"""Export formats: CSV, XLSX, Parquet, OCF, JSON/JSONL from records built by hand."""

from __future__ import annotations

import csv
import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import jsonschema
import openpyxl
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from warrant_terms import SCHEMA_VERSION
from warrant_terms.export import FORMATS, write_records
from warrant_terms.export.ocf import stakeholders_path, write_ocf
from warrant_terms.export.table import SUMMARY_COLUMNS
from warrant_terms.schema import (
    CONTRACT_FIELDS,
    Evidence,
    Issue,
    Record,
    Source,
    Term,
    Warrant,
    json_schema,
)

FORMULA = "=HYPERLINK(\"http://x\",\"y\")"


def _ev(text: str, page: int = 1, start: int = 0) -> list[Evidence]:
    return [Evidence(start=start, end=start + len(text), page=page, text=text)]


def _warrant(holder: str, shares: int | None, price: str | None) -> Warrant:
    w = Warrant()
    w.issuer = Term[str](value="Juniper Networks, Inc.", evidence=_ev("Juniper Networks,\n  Inc."),
                         confidence=0.97, rule="issuer.purchase_from")
    w.holder = Term[str](value=holder, evidence=_ev(holder, page=2, start=40), confidence=0.9)
    w.security = Term[str](value="Series B Preferred Stock", evidence=_ev("Series B Preferred"))
    if shares is not None:
        w.shares = Term[int](value=shares, evidence=_ev(f"{shares:,}"), confidence=0.95)
    if price is not None:
        w.exercise_price = Term[Decimal](value=Decimal(price), evidence=_ev(f"${price}"),
                                         confidence=0.95)
    w.currency = Term[str](value="USD", evidence=_ev("$"))
    w.issue_date = Term[dt.date](value=dt.date(1998, 12, 15), evidence=_ev("December 15, 1998"))
    w.expiration_date = Term[dt.date](value=dt.date(2003, 12, 15),
                                      evidence=_ev("December 15, 2003", page=3))
    w.cashless_exercise = Term[bool](value=True, evidence=_ev("net issuance"))
    w.anti_dilution = Term[list[str]](value=["split_combination", "stock_dividend"],
                                      evidence=_ev("subdivide"))
    w.governing_law = Term[str](value="California", evidence=_ev("laws of California"))
    return w


@pytest.fixture
def records() -> list[Record]:
    sub = {"accession_number": "0001012870-99-001234", "cik": "0001043604",
           "company": "JUNIPER NETWORKS INC", "form_type": "S-1",
           "filing_date": dt.date(1999, 6, 24), "path": "sub.txt", "sha256": "ab" * 32}
    return [
        Record(
            source=Source(document="EX-4.2", document_index=0, filename="ex42.txt", **sub),
            status="ok",
            warnings=[Issue(code="words_digits_mismatch", field="shares", message="…")],
            warrants=[_warrant("Venture Lending & Leasing, Inc.", 83333, "2.40"),
                      _warrant(FORMULA, None, "0.001")],
        ),
        Record(source=Source(document="EX-23.1", document_index=1, **sub), status="not_warrant"),
        Record(source=Source(path="junk.pdf", media_type="application/pdf"), status="error",
               errors=[Issue(code="malformed", message="-damaged PDF")]),
    ]


def test_every_format_writes(records: list[Record], tmp_path: Path) -> None:
    for fmt in FORMATS:
        out = tmp_path / f"out.{fmt}"
        write_records(records, out, fmt)
        assert out.stat().st_size > 0, fmt


def test_unknown_format_is_refused(records: list[Record], tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown export format"):
        write_records(records, tmp_path / "x", "docx")


def test_csv_has_one_row_per_warrant_and_neutralized_cells(
    records: list[Record], tmp_path: Path
) -> None:
    out = tmp_path / "w.csv"
    write_records(records, out, "csv")
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 2
    assert set(CONTRACT_FIELDS) <= set(rows[0])
    first, second = rows
    assert first["shares"] == "83333"
    assert first["exercise_price"] == "2.40"
    assert first["expiration_date"] == "2003-12-15"
    assert first["expiration_date_page"] == "3"
    assert first["holder_evidence"] == "Venture Lending & Leasing, Inc."
    assert first["issuer_evidence"] == "Juniper Networks, Inc."
    assert first["anti_dilution"] == "split_combination; stock_dividend"
    assert first["company"] == "JUNIPER NETWORKS INC"
    assert first["accession_number"] == "0001012870-99-001234"
    assert first["exhibit"] == "EX-4.2"
    assert second["holder"] == "'" + FORMULA
    assert second["shares"] == ""
    assert second["exercise_price"] == "0.001"


@pytest.mark.parametrize("text", ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"])
def test_formula_triggers_are_neutralized_in_csv_and_xlsx_but_not_json(
    text: str, tmp_path: Path
) -> None:
    w = Warrant(holder=Term[str](value=text, evidence=_ev(text)))
    recs = [Record(source=Source(path="a.txt"), status="ok", warrants=[w])]
    write_records(recs, tmp_path / "o.csv", "csv")
    with (tmp_path / "o.csv").open(encoding="utf-8-sig", newline="") as fh:
        row = next(csv.DictReader(fh))
    assert row["holder"] == "'" + text
    write_records(recs, tmp_path / "o.xlsx", "xlsx")
    ws = openpyxl.load_workbook(tmp_path / "o.xlsx")["Warrants"]
    col = SUMMARY_COLUMNS.index("holder") + 1
    cell = ws.cell(row=2, column=col)
    assert cell.data_type == "s"
    assert cell.value == "'" + text
    write_records(recs, tmp_path / "o.jsonl", "jsonl")
    line = json.loads((tmp_path / "o.jsonl").read_text(encoding="utf-8"))
    assert line["warrants"][0]["holder"]["value"] == text


def test_xlsx_is_a_diligence_workbook(records: list[Record], tmp_path: Path) -> None:
    out = tmp_path / "w.xlsx"
    write_records(records, out, "xlsx", summary={"store": "results.sqlite", "runs": 2})
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Warrants", "Evidence", "Documents", "Issues", "Summary"]
    ws = wb["Warrants"]
    header = [c.value for c in ws[1]]
    assert header == list(SUMMARY_COLUMNS)
    # values first, in the order an analyst reads them; no evidence columns in between
    assert header[:8] == ["issuer", "instrument_name", "holder", "security", "shares",
                          "warrant_count", "shares_per_warrant", "exercise_price"]
    assert not any(h.endswith(("_evidence", "_page")) for h in header)
    assert ws.max_row == 3  # header + two warrants
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref is not None and ws.auto_filter.ref.startswith("A1:")
    assert ws.column_dimensions["A"].width >= 8
    row = {h: ws.cell(row=2, column=i + 1) for i, h in enumerate(header)}
    assert row["expiration_date"].is_date
    assert row["expiration_date"].value.date() == dt.date(2003, 12, 15)
    assert row["filing_date"].value.date() == dt.date(1999, 6, 24)
    assert row["shares"].data_type == "n" and row["shares"].value == 83333
    assert row["shares"].number_format == "#,##0"
    assert row["exercise_price"].data_type == "n"
    assert Decimal(str(row["exercise_price"].value)) == Decimal("2.40")
    assert row["cashless_exercise"].value is True
    # each value's evidence and page travel as a comment on its cell
    assert row["holder"].comment.text.startswith("p. 2: \u201cVenture Lending & Leasing, Inc.")
    assert "p. 3: \u201cDecember 15, 2003\u201d" in row["expiration_date"].comment.text
    # the record's warning names `shares`: that cell is highlighted and says why
    assert row["shares"].fill.fgColor.rgb.endswith("F8CBAD")
    assert "words_digits_mismatch" in row["shares"].comment.text
    assert row["holder"].fill.fgColor.rgb in (None, "00000000")

    evidence = wb["Evidence"]
    ev_header = [c.value for c in evidence[1]]
    ev_rows = [dict(zip(ev_header, (c.value for c in r), strict=True))
               for r in evidence.iter_rows(min_row=2)]
    holder = next(r for r in ev_rows if r["field"] == "holder" and r["warrants_row"] == 2)
    assert holder["evidence"] == "Venture Lending & Leasing, Inc."
    assert holder["pages"] == "2"
    assert {r["warrants_row"] for r in ev_rows} == {2, 3}

    issues = wb["Issues"]
    kinds = [(r[0].value, r[1].value) for r in issues.iter_rows(min_row=2)]
    assert ("warning", "words_digits_mismatch") in kinds
    assert ("error", "malformed") in kinds
    message_col = [c.value for c in issues[1]].index("message")
    error_row = next(r for r in issues.iter_rows(min_row=2) if r[1].value == "malformed")
    assert error_row[message_col].value == "'-damaged PDF"

    summary = {r[0].value: r[1].value for r in wb["Summary"].iter_rows(min_row=2)}
    assert summary["documents"] == 3
    assert summary["warrants"] == 2
    assert summary["documents_error"] == 1
    assert summary["error:malformed"] == 1
    assert summary["runs"] == 2

    docs = wb["Documents"]
    statuses = [r[[c.value for c in docs[1]].index("status")].value
                for r in docs.iter_rows(min_row=2)]
    assert statuses == ["ok", "not_warrant", "error"]


def test_parquet_schema_is_typed(records: list[Record], tmp_path: Path) -> None:
    out = tmp_path / "w.parquet"
    write_records(records, out, "parquet")
    table = pq.read_table(out)
    assert table.num_rows == 2
    schema = table.schema
    assert schema.field("expiration_date").type == pa.date32()
    assert schema.field("filing_date").type == pa.date32()
    assert pa.types.is_decimal(schema.field("exercise_price").type)
    assert schema.field("shares").type == pa.int64()
    assert schema.field("cashless_exercise").type == pa.bool_()
    assert schema.field("anti_dilution").type == pa.list_(pa.string())
    rows = table.to_pylist()
    assert rows[0]["exercise_price"] == Decimal("2.40")
    assert rows[1]["exercise_price"] == Decimal("0.001")
    assert rows[0]["expiration_date"] == dt.date(2003, 12, 15)
    assert rows[1]["shares"] is None
    assert rows[1]["holder"] == FORMULA  # Parquet keeps the true value
    assert schema.metadata[b"warrant_terms.schema_version"] == SCHEMA_VERSION.encode()


def test_json_outputs_follow_the_schema(records: list[Record], tmp_path: Path) -> None:
    validator = jsonschema.Draft202012Validator(json_schema())
    write_records(records, tmp_path / "r.jsonl", "jsonl")
    lines = (tmp_path / "r.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 3
    for line in lines:
        validator.validate(json.loads(line))
    write_records(records, tmp_path / "r.json", "json")
    payload = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert [r["status"] for r in payload] == ["ok", "not_warrant", "error"]
    for obj in payload:
        validator.validate(obj)
    assert Record.model_validate(payload[0]) == records[0]


def test_ocf_warrant_issuances(records: list[Record], tmp_path: Path) -> None:
    out = tmp_path / "cap.ocf.json"
    write_records(records, out, "ocf")
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["file_type"] == "OCF_TRANSACTIONS_FILE"
    items = doc["items"]
    assert len(items) == 2
    first, second = items
    required = {"id", "object_type", "security_id", "custom_id", "stakeholder_id",
                "security_law_exemptions", "purchase_price", "exercise_triggers", "date"}
    assert required <= set(first)
    assert first["object_type"] == "TX_WARRANT_ISSUANCE"
    assert first["quantity"] == "83333"
    assert first["exercise_price"] == {"amount": "2.40", "currency": "USD"}
    assert first["warrant_expiration_date"] == "2003-12-15"
    assert first["date"] == "1998-12-15"
    trigger = first["exercise_triggers"][0]
    assert trigger["type"] == "ELECTIVE_IN_RANGE"
    assert trigger["conversion_right"]["conversion_mechanism"] == {
        "type": "FIXED_AMOUNT_CONVERSION", "converts_to_quantity": "83333"}
    assert "quantity" not in second  # no share number stated: none invented
    assert second["exercise_triggers"][0]["conversion_right"]["conversion_mechanism"]["type"] == (
        "CUSTOM_CONVERSION")
    assert any("placeholder" in c for c in first["comments"])
    assert len({first["id"], second["id"]}) == 2
    write_records(records, tmp_path / "again.ocf.json", "ocf")
    again = json.loads((tmp_path / "again.ocf.json").read_text(encoding="utf-8"))
    assert [i["id"] for i in again["items"]] == [first["id"], second["id"]]  # stable ids
    holders = json.loads(stakeholders_path(out).read_text(encoding="utf-8"))
    assert holders["file_type"] == "OCF_STAKEHOLDERS_FILE"
    ids = {h["id"] for h in holders["items"]}
    assert {first["stakeholder_id"], second["stakeholder_id"]} <= ids


def test_ocf_without_any_date_says_so(tmp_path: Path) -> None:
    w = _warrant("Holder LLC", 10, "1.00")
    w.issue_date = Term[dt.date]()
    recs = [Record(source=Source(path="a.txt"), status="ok", warrants=[w])]
    write_ocf(recs, tmp_path / "o.json", today=dt.date(2030, 1, 2))
    item = json.loads((tmp_path / "o.json").read_text(encoding="utf-8"))["items"][0]
    assert item["date"] == "2030-01-02"  # OCF requires a date: the export date stands in
    assert any(c.startswith("date:") and "2030-01-02" in c for c in item["comments"])
    assert item["exercise_triggers"][0]["type"] == "ELECTIVE_AT_WILL"
