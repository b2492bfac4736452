"""Batch end to end on the real pipeline: mixed folder, resume, SIGKILL, time limit, exports."""

from __future__ import annotations

import csv
import json
import os
import random
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import openpyxl
import pyarrow.parquet as pq
import pytest
from shared_files import SEED, seed_gold_path

from warrant_terms.batch import BatchOptions, Store, run_batch
from warrant_terms.batch.inputs import expand_inputs
from warrant_terms.batch.synth import mixed_folder, perturb
from warrant_terms.batch.work import FileResult, process_path
from warrant_terms.cli import main
from warrant_terms.schema import CONTRACT_FIELDS

RUNAWAY_MARK = "RUNAWAY-REGEX"


def runaway_or_real(path: str) -> FileResult:
    """The real per-file work, except that a marked file hangs in C-level regex backtracking
    (no Python bytecode runs, so only killing the process stops it)."""
    if RUNAWAY_MARK in Path(path).read_text(encoding="utf-8", errors="replace"):
        re.match(r"(a+)+$", "a" * 64 + "b")
    return process_path(path)


@pytest.fixture(scope="module")
def mixed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    folder = tmp_path_factory.mktemp("mixed")
    expected = mixed_folder(folder, SEED.read_text(encoding="utf-8"))
    return folder, expected


@pytest.fixture(scope="module")
def batched(mixed: tuple[Path, dict[str, int]], tmp_path_factory: pytest.TempPathFactory
            ) -> Path:
    """The mixed folder through the CLI twice, as a user would: the second run resumes."""
    folder, _ = mixed
    db = tmp_path_factory.mktemp("db") / "results.sqlite"
    assert main(["batch", str(folder), "--db", str(db), "--workers", "2", "--no-progress"]) == 0
    return db


def _records(db: Path) -> list[dict]:
    with sqlite3.connect(db) as con:
        return [json.loads(r) for (r,) in con.execute("SELECT record FROM records ORDER BY rowid")]


def test_batch_records_every_document_once(batched: Path, mixed: tuple[Path, dict[str, int]]
                                           ) -> None:
    _, expected = mixed
    recs = _records(batched)
    assert len(recs) == expected["documents"]
    assert sum(len(r["warrants"]) for r in recs) == expected["warrants"]
    assert sum(r["status"] == "error" for r in recs) == expected["errors"]
    codes = {e["code"] for r in recs for e in r["errors"]}
    assert codes == {"empty", "malformed", "not_text"}


def test_batch_values_are_the_seed_gold(batched: Path) -> None:
    gold = json.loads(seed_gold_path().read_text(encoding="utf-8"))["warrants"][0]
    oks = [r for r in _records(batched) if r["status"] == "ok"]
    assert oks
    for r in oks:
        w = r["warrants"][0]
        assert w["shares"]["value"] == gold["shares"]
        assert w["exercise_price"]["value"] == gold["exercise_price"]


def test_rerun_resumes_instead_of_redoing(batched: Path, mixed: tuple[Path, dict[str, int]]
                                          ) -> None:
    folder, expected = mixed
    before = _records(batched)
    summary = run_batch(expand_inputs([str(folder)]), batched, BatchOptions(workers=2,
                                                                             progress=False))
    assert summary.files_skipped == expected["files"]
    assert summary.files_done == 0
    assert _records(batched) == before


def test_submission_documents_keep_the_filing_header(batched: Path) -> None:
    subs = [r for r in _records(batched) if r["source"].get("accession_number")]
    assert [r["source"]["document"] for r in subs] == ["EX-4.2", "EX-23.1"]
    for r in subs:
        src = r["source"]
        assert src["accession_number"] == "0001012870-99-001234"
        assert src["cik"] == "0001043604"
        assert src["company"] == "JUNIPER NETWORKS INC"
        assert src["form_type"] == "S-1"
        assert src["filing_date"] == "1999-06-24"
    warrant, consent = subs
    assert warrant["status"] == "ok" and warrant["source"]["filename"] == "ex4-2.txt"
    assert consent["status"] == "not_warrant" and consent["warrants"] == []
    assert consent["source"]["description"] == "CONSENT OF ACCOUNTANTS"


def test_export_all_formats(batched: Path, mixed: tuple[Path, dict[str, int]],
                            tmp_path: Path) -> None:
    _, expected = mixed
    for fmt in ("jsonl", "json", "csv", "xlsx", "parquet", "ocf"):
        out = tmp_path / f"results.{fmt}"
        assert main(["export", "--db", str(batched), "--format", fmt, "-o", str(out)]) == 0
    jsonl = (tmp_path / "results.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(jsonl) == expected["documents"]
    assert len(json.loads((tmp_path / "results.json").read_text())) == expected["documents"]
    with (tmp_path / "results.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == expected["warrants"]
    assert set(CONTRACT_FIELDS) <= set(rows[0])
    wb = openpyxl.load_workbook(tmp_path / "results.xlsx")
    assert wb.sheetnames == ["Warrants", "Evidence", "Documents", "Issues", "Summary"]
    ws = wb["Warrants"]
    header = [c.value for c in ws[1]]
    assert set(CONTRACT_FIELDS) <= set(header)
    assert ws.max_row - 1 == expected["warrants"]
    col = header.index("expiration_date") + 1
    assert all(ws.cell(row=r, column=col).is_date for r in range(2, ws.max_row + 1))
    col = header.index("shares") + 1
    assert {ws.cell(row=r, column=col).value for r in range(2, ws.max_row + 1)} == {83333}
    issue_codes = {r[1].value for r in wb["Issues"].iter_rows(min_row=2)}
    assert {"empty", "malformed", "not_text"} <= issue_codes
    summary = {r[0].value: r[1].value for r in wb["Summary"].iter_rows(min_row=2)}
    assert summary["documents"] == expected["documents"]
    assert summary["runs"] >= 1
    assert pq.read_table(tmp_path / "results.parquet").num_rows == expected["warrants"]
    ocf = json.loads((tmp_path / "results.ocf").read_text(encoding="utf-8"))
    assert len(ocf["items"]) == expected["warrants"]
    assert {i["quantity"] for i in ocf["items"]} == {"83333"}


def test_export_refuses_a_missing_store(tmp_path: Path) -> None:
    out = tmp_path / "o.csv"
    assert main(["export", "--db", str(tmp_path / "nope.sqlite"), "--format", "csv",
                 "-o", str(out)]) == 2
    assert not out.exists()


def test_same_content_twice_is_extracted_once_and_linked(tmp_path: Path) -> None:
    a, b = tmp_path / "filing-a" / "ex4.txt", tmp_path / "filing-b" / "ex4.txt"
    for p in (a, b):
        p.parent.mkdir()
        shutil.copy(SEED, p)
    db = tmp_path / "r.sqlite"
    summary = run_batch([a, b], db, BatchOptions(workers=1, progress=False))
    assert summary.files_done == 1 and summary.documents == 1
    with Store(db, readonly=True) as store:
        (record,) = list(store.iter_records())
    assert record.source.path == str(a)
    assert record.source.also_filed_at == [str(b)]
    c = tmp_path / "filing-c.txt"
    shutil.copy(SEED, c)
    summary = run_batch([a, b, c], db, BatchOptions(workers=1, progress=False))
    assert summary.files_done == 0 and summary.files_skipped == 3


def test_runaway_is_killed_recorded_and_retried(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEED, folder / "good.txt")
    (folder / "hang.txt").write_text(SEED.read_text() + RUNAWAY_MARK, encoding="utf-8")
    db = tmp_path / "r.sqlite"
    started = time.monotonic()
    summary = run_batch(sorted(folder.iterdir()), db,
                        BatchOptions(workers=1, timeout=3.0, func=runaway_or_real,
                                     progress=False))
    assert time.monotonic() - started < 30
    assert summary.error_codes == {"timeout": 1}
    assert summary.worker_restarts == 1
    by_path = {r["source"]["path"]: r for r in _records(db)}
    assert by_path[str(folder / "good.txt")]["status"] == "ok"
    hang = by_path[str(folder / "hang.txt")]
    assert hang["status"] == "error" and hang["errors"][0]["code"] == "timeout"
    # a plain re-run keeps the timeout; --retry-errors redoes it (here without the runaway)
    assert run_batch(sorted(folder.iterdir()), db, BatchOptions(progress=False)).files_done == 0
    again = run_batch(sorted(folder.iterdir()), db,
                      BatchOptions(workers=1, retry_errors=True, progress=False))
    assert again.files_done == 1
    assert {r["status"] for r in _records(db)} == {"ok"}
    assert len(_records(db)) == 2


def test_sigkill_mid_run_then_resume_records_each_document_once(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    rng = random.Random(5)
    seed = SEED.read_text(encoding="utf-8")
    total = 40
    for i in range(total):
        (folder / f"w{i:02d}.txt").write_text(perturb(seed, rng), encoding="utf-8")
    db = tmp_path / "r.sqlite"
    cmd = [sys.executable, "-m", "warrant_terms.cli", "batch", str(folder), "--db", str(db),
           "--workers", "1", "--no-progress"]
    proc = subprocess.Popen(cmd, stderr=subprocess.DEVNULL, start_new_session=True)
    done_at_kill = 0
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and proc.poll() is None:
            if db.exists():
                try:
                    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as con:
                        done_at_kill = con.execute("SELECT COUNT(*) FROM records").fetchone()[0]
                except sqlite3.OperationalError:
                    done_at_kill = 0  # the schema is not written yet
                if done_at_kill >= 3:
                    break
            time.sleep(0.01)
    finally:
        os.killpg(proc.pid, signal.SIGKILL)  # the run, its forkserver and its workers
        proc.wait()
    assert proc.returncode == -signal.SIGKILL
    assert 3 <= done_at_kill < total
    summary = run_batch(expand_inputs([str(folder)]), db, BatchOptions(workers=2,
                                                                       progress=False))
    assert summary.files_skipped >= done_at_kill
    assert summary.files_skipped + summary.files_done == total
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT COUNT(*) FROM records").fetchone()[0] == total
        paths = [p for (p,) in con.execute("SELECT path FROM paths")]
        unmatched = con.execute(
            "SELECT COUNT(*) FROM contents c WHERE n_documents != "
            "(SELECT COUNT(*) FROM records r WHERE r.sha256 = c.sha256)").fetchone()[0]
    assert sorted(paths) == sorted(str(p) for p in folder.iterdir())
    assert unmatched == 0


def test_inputs_from_globs_and_lists(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.txt").write_text("x")
    (tmp_path / "a" / "y.htm").write_text("y")
    (tmp_path / "b.md").write_text("b")
    listing = tmp_path / "list.txt"
    listing.write_text(f"# exhibits\n{tmp_path / 'b.md'}\n\n{tmp_path / 'a' / 'x.txt'}\n")
    got = expand_inputs([str(tmp_path / "a" / "*.htm")], [listing])
    assert got == [tmp_path / "a" / "y.htm", tmp_path / "b.md", tmp_path / "a" / "x.txt"]
    assert expand_inputs([str(tmp_path / "a"), str(tmp_path / "a" / "x.txt")]) == [
        tmp_path / "a" / "x.txt", tmp_path / "a" / "y.htm"]
