"""`warrant-terms extract` as a user runs it: the seed as text, EDGAR HTML and a text-layer
PDF gives every contract field of the gold label, every evidence span is the exact slice of
`warrant-terms text`, and bad inputs each give one error record in a batch that goes on."""

from __future__ import annotations

import html
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from parse_fixtures import SEED, seed_html, seed_pdf
from shared_files import seed_gold_path

from warrant_terms.evaluate.core import compare_field
from warrant_terms.schema import CONTRACT_FIELDS, Term, is_stated

# A negative the repository ships: auditors' consents that mention warrants but set none out.
NEGATIVE = SEED.parents[1] / "constructed" / "c012_brightwater-auditor-consent-1997.txt"


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "warrant_terms.cli", *args],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


@pytest.fixture(scope="module")
def seed_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("seed")
    txt = folder / "seed.txt"
    txt.write_bytes(SEED.read_bytes())
    htm = folder / "seed.htm"
    htm.write_text(seed_html(), encoding="utf-8")
    pdf = folder / "seed.pdf"
    pdf.write_bytes(seed_pdf())
    # Old EDGAR HTML: the plain-text exhibit inside <PRE>, page numbers and all.
    pre = folder / "seed-pre.htm"
    pre.write_text(
        "<HTML><BODY><PRE>" + html.escape(SEED.read_text(encoding="utf-8")) + "</PRE></BODY></HTML>",
        encoding="utf-8",
    )
    return {"txt": txt, "htm": htm, "pdf": pdf, "pre": pre}


@pytest.mark.parametrize("fmt", ["txt", "htm", "pdf", "pre"])
def test_seed_matches_gold_in_every_format(seed_files: dict[str, Path], fmt: str) -> None:
    gold = json.loads(seed_gold_path().read_text(encoding="utf-8"))["warrants"][0]
    path = seed_files[fmt]
    done = run_cli("extract", str(path), "--format", "jsonl")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 1
    record = json.loads(lines[0])
    assert record["status"] == "ok"
    warrant = record["warrants"][0]
    wrong = {
        f: (gold[f], warrant[f]["value"])
        for f in CONTRACT_FIELDS
        if compare_field(f, gold[f], warrant[f]["value"]) != "correct"
    }
    assert wrong == {}

    text = run_cli("text", str(path)).stdout
    for name, term in warrant.items():
        if not is_stated(name, Term[Any].model_validate(term)):
            continue
        assert term["evidence"], f"{name} has a value but no evidence"
        assert 0.0 <= term["confidence"] <= 1.0
        for ev in term["evidence"]:
            assert text[ev["start"] : ev["end"]] == ev["text"], name


def test_seed_html_and_pdf_keep_pages(seed_files: dict[str, Path]) -> None:
    pages = {
        fmt: json.loads(run_cli("extract", str(p)).stdout)["source"]["pages"]
        for fmt, p in seed_files.items()
    }
    assert pages == {"txt": 11, "htm": 11, "pdf": 11, "pre": 11}


def test_one_record_per_input_and_errors_do_not_stop_the_batch(tmp_path: Path) -> None:
    (tmp_path / "a_empty.txt").write_bytes(b"")
    (tmp_path / "b_binary.txt").write_bytes(bytes(range(256)) * 40)
    (tmp_path / "c_seed.txt").write_bytes(SEED.read_bytes())
    (tmp_path / "d_negative.txt").write_bytes(NEGATIVE.read_bytes())
    (tmp_path / "e_fake.pdf").write_bytes(b"%PDF-1.4\n" + bytes(range(200)) * 5)
    done = run_cli("extract", str(tmp_path))
    assert done.returncode == 0
    records = [json.loads(line) for line in done.stdout.splitlines()]
    by_name = {Path(r["source"]["path"]).name: r for r in records}
    assert len(records) == 5
    assert by_name["a_empty.txt"]["status"] == "error"
    assert by_name["a_empty.txt"]["errors"][0]["code"] == "empty"
    assert by_name["b_binary.txt"]["errors"][0]["code"] == "not_text"
    assert by_name["c_seed.txt"]["status"] == "ok"
    assert by_name["d_negative.txt"]["status"] == "not_warrant"
    assert by_name["d_negative.txt"]["warrants"] == []
    assert by_name["e_fake.pdf"]["status"] == "error"
    for r in records:
        for err in r["errors"]:
            assert err["code"] and err["message"]


def test_bad_flags_exit_non_zero() -> None:
    assert run_cli("extract", "--format", "yaml", str(SEED)).returncode == 2


def test_json_format_is_one_array(seed_files: dict[str, Path]) -> None:
    done = run_cli("extract", str(seed_files["txt"]), str(seed_files["htm"]), "--format", "json")
    assert done.returncode == 0
    payload = json.loads(done.stdout)
    assert [r["status"] for r in payload] == ["ok", "ok"]


def test_schema_command_prints_the_generated_schema() -> None:
    schema = json.loads(run_cli("schema").stdout)
    assert set(CONTRACT_FIELDS) <= set(schema["$defs"]["Warrant"]["properties"])


def test_extracted_record_drives_the_calculations(seed_files: dict[str, Path], tmp_path: Path) -> None:
    """The seed's worked examples, from the record `extract` writes (never from the text)."""
    record = tmp_path / "seed.jsonl"
    record.write_text(run_cli("extract", str(seed_files["txt"])).stdout, encoding="utf-8")
    net = json.loads(run_cli("calc", "exercise", str(record), "--fmv", "10.00", "--json").stdout)
    assert net["method"] == "net" and net["shares_issued"] == 63333
    # Section 16: the fraction is paid at the Stock Purchase Price: 0.08 x $2.40.
    assert net["fraction_basis"] == "exercise_price" and net["cash_for_fraction"] == "0.19"
    split = json.loads(run_cli("calc", "adjust", str(record), "--event", "split:2:1", "--json").stdout)
    assert split["shares"] == 166666 and split["exercise_price"].startswith("1.20")
    bad = run_cli("calc", "exercise", str(record), "--fmv", "-3")
    assert bad.returncode != 0 and "Traceback" not in bad.stderr and "error" in bad.stderr


def test_pdf_engines_read_the_seed_pdf_alike(seed_files: dict[str, Path]) -> None:
    """The default engine (PDFium) and `--pdf-engine pdfplumber` give the same record."""
    plumber = run_cli("extract", "--pdf-engine", "pdfplumber", str(seed_files["pdf"])).stdout
    pdfium = json.loads(run_cli("extract", str(seed_files["pdf"])).stdout)
    assert pdfium == json.loads(plumber)
    assert pdfium["source"]["pages"] == 11 and pdfium["status"] == "ok"
    text = run_cli("text", str(seed_files["pdf"])).stdout
    for term in pdfium["warrants"][0].values():
        for ev in term["evidence"]:
            assert text[ev["start"] : ev["end"]] == ev["text"]
