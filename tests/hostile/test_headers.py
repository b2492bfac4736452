"""EDGAR header values a filer (or a broken converter) gets wrong: each is checked where it is
read, left out with an `invalid_header_value` warning, and the warrant is still extracted."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from warrant_terms.batch import BatchOptions, Store, run_batch
from warrant_terms.cli import main
from warrant_terms.parse import Document
from warrant_terms.pipeline import extract_bytes, extract_document

from . import builders as b
from .support import check_record, normalized, seed_gold, values

BAD_VALUES = [
    ("FILED AS OF DATE", "20200230", "filing_date", "is not a real date"),
    ("FILED AS OF DATE", "2020-13-01", "filing_date", "is not a real date"),
    ("FILED AS OF DATE", "yesterday", "filing_date", "is not a date"),
    ("FILED AS OF DATE", "99999999999999999999", "filing_date", "is not a date"),
    ("CENTRAL INDEX KEY", "0001043604; DROP TABLE", "cik", "is not a CIK"),
    ("ACCESSION NUMBER", "=HYPERLINK(1)", "accession_number", "is not an accession number"),
    ("COMPANY CONFORMED NAME", "X" * 5000, "company", "is longer than 300"),
]


@pytest.mark.parametrize(("label", "raw", "field", "problem"), BAD_VALUES)
def test_a_bad_header_value_is_a_warning_on_a_good_record(
    label: str, raw: str, field: str, problem: str
) -> None:
    data = b.submission_with_header(**{label: raw}).encode("utf-8")
    (x,) = extract_bytes(data, "submission.txt")
    record = check_record(x.record, x.document)
    assert record["status"] == "ok"
    assert normalized(values(record)) == normalized(seed_gold())
    assert record["source"][field] is None
    (warning,) = [w for w in record["warnings"] if w["code"] == "invalid_header_value"]
    assert label in warning["message"] and problem in warning["message"]
    assert len(warning["message"]) < 200


def test_good_header_values_are_kept() -> None:
    (x,) = extract_bytes(b.submission_with_header().encode("utf-8"), "submission.txt")
    source = x.record.source
    assert (str(source.filing_date), source.cik, source.accession_number) == (
        "2000-01-05",
        "0001043604",
        "0000950123-00-000123",
    )
    assert not [w for w in x.record.warnings if w.code == "invalid_header_value"]


def test_extract_and_batch_keep_the_record(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    """The probe's case: `extract` raised a ValidationError with no output, and `batch` made
    the good warrant an `internal_error`."""
    path = tmp_path / "submission.txt"
    path.write_text(b.submission_with_header(**{"FILED AS OF DATE": "20200230"}),
                    encoding="utf-8")
    assert main(["extract", str(path)]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    assert json.loads(line)["status"] == "ok"
    db = tmp_path / "r.sqlite"
    summary = run_batch([path], db, BatchOptions(workers=1, progress=False))
    assert (summary.documents, summary.errors) == (1, 0)
    with Store(db, readonly=True) as store:
        (record,) = store.iter_records()
    assert record.status == "ok" and record.source.filing_date is None


def test_a_value_the_parse_layer_let_through_is_dropped_not_fatal() -> None:
    """The last line of defence: a source value the model refuses costs only that value."""
    doc = Document(text=b.GRANT, meta={"path": "x.txt", "filing_date": "2020-02-30"})
    record = extract_document(doc, "x.txt").record
    assert record.status == "ok" and record.source.filing_date is None
    assert [w.code for w in record.warnings][:1] == ["invalid_header_value"]
