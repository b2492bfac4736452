"""Each hostile input gives one record per document, with the status and stable code it must
have, a valid schema and nothing from the file's scripts echoed; the readable ones that carry
the seed extract the seed's values. Then all of them go through one `warrant-terms extract`
call, as the outside check does."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from warrant_terms.pipeline import extract_path

from . import builders as b
from .cases import CASES, OK, Case
from .support import check_record, normalized, seed_gold, values


def _params(cases: tuple[Case, ...]) -> list[object]:
    return [pytest.param(c, id=c.name, marks=[pytest.mark.slow] if c.slow else []) for c in cases]


@pytest.mark.parametrize("case", _params(CASES))
def test_each_case_gives_its_records(case: Case, tmp_path: Path) -> None:
    path = case.build(tmp_path)
    start = time.perf_counter()
    extractions = extract_path(path, case.limits)
    took = time.perf_counter() - start
    got = [
        (x.record.status, x.record.errors[0].code if x.record.errors else None) for x in extractions
    ]
    assert got == list(case.expected)
    assert took < 20, f"{case.name} took {took:.1f} s"
    for x in extractions:
        data = check_record(x.record, x.document)
        assert data["source"]["path"] == str(path)
        text = json.dumps(data)
        assert "<script" not in text.lower() and "onerror" not in text.lower()
        if x.record.status == "ok" and "seed" in case.what:
            assert normalized(values(data)) == normalized(seed_gold())


def test_content_not_extension_decides(tmp_path: Path) -> None:
    pdf_as_txt = tmp_path / "exhibit.txt"
    pdf_as_txt.write_bytes(b.seed_pdf())
    txt_as_pdf = tmp_path / "exhibit.pdf"
    txt_as_pdf.write_text(b.seed_text(), encoding="utf-8")
    assert extract_path(pdf_as_txt)[0].record.source.media_type == "application/pdf"
    assert extract_path(txt_as_pdf)[0].record.source.media_type == "text/plain"


def test_scanned_pdf_points_to_ocr(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(b.scanned_pdf(pages=3))
    (error,) = extract_path(path)[0].record.errors
    assert error.code == "no_text_layer" and "OCR" in error.message


def test_pdf_error_messages_quote_no_file_bytes(tmp_path: Path) -> None:
    """pdfminer's own messages quote raw bytes; a record names only the exception type."""
    path = tmp_path / "bad.pdf"
    path.write_bytes(
        b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nstream\n"
        b"x\x9c<script>alert(1)</script>\nendstream\nendobj\nxref\n0 1\ntrailer\n"
    )
    record = extract_path(path)[0].record
    assert record.status == "error"
    assert "script" not in record.errors[0].message


def test_script_content_never_reaches_the_text(tmp_path: Path) -> None:
    path = tmp_path / "x.htm"
    path.write_text(
        "<html><body><p>This Warrant certifies nothing.</p><script>alert('pwned')</script>"
        "<noscript>hidden</noscript><style>p{color:red}</style></body></html>",
        encoding="utf-8",
    )
    (x,) = extract_path(path)
    assert x.document is not None
    assert "alert" not in x.document.text and "color:red" not in x.document.text
    assert "This Warrant certifies nothing." in x.document.text


def _folder_cases() -> list[Case]:
    return [c for c in CASES if c.in_folder_run and not c.slow]


def test_one_cli_call_over_the_whole_folder(tmp_path: Path) -> None:
    """The outside check: one record per document in input order, exit 0, no traceback, the
    good exhibit and the readable encodings extracting the seed's values, within a minute."""
    folder = tmp_path / "inbox"
    folder.mkdir()
    expected: list[tuple[str, tuple[str, str | None]]] = []
    for case in sorted(_folder_cases(), key=lambda c: c.name):
        path = case.build(folder)
        expected += [(str(path), e) for e in case.expected]
    script = Path(sys.executable).with_name("warrant-terms")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "warrant_terms.cli"]
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    start = time.perf_counter()
    proc = subprocess.run(
        [*command, "extract", str(folder)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=env,
    )
    took = time.perf_counter() - start
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr
    records = [json.loads(line) for line in proc.stdout.splitlines()]
    got = [
        (r["source"]["path"], (r["status"], r["errors"][0]["code"] if r["errors"] else None))
        for r in records
    ]
    assert got == expected
    by_name = {Path(r["source"]["path"]).name: r for r in records if r["status"] == "ok"}
    seed_values = values(by_name["good.txt"])
    assert normalized(seed_values) == normalized(seed_gold())
    for name in ("cp1252.txt", "latin-1.txt", "utf-16-bom.txt", "utf-16-be.txt", "nul-bytes.txt"):
        assert values(by_name[name]) == seed_values, name
    assert took < 60, f"the folder took {took:.1f} s"
    assert OK in [e for _, e in expected]
