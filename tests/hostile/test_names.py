"""File names that are not UTF-8 (any bytes but "/" and NUL are a valid POSIX name), and names
too long to make a page of: every command reads them, records them with the odd bytes escaped
(`bad\\xff.txt`), and a batch finds them again on the next run."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from warrant_terms.batch import BatchOptions, Store, run_batch
from warrant_terms.cli import main

from . import builders as b
from .support import check_record

BAD = os.fsdecode(b"bad\xff\xfe name.txt")  # how Python hands such a name over
SHOWN = "bad\\xff\\xfe name.txt"  # how records and exports show it


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    try:
        (inbox / BAD).write_text(b.seed_text(), encoding="utf-8")
    except (UnicodeEncodeError, OSError) as exc:  # a file system that insists on UTF-8
        pytest.skip(f"this file system refuses names that are not UTF-8: {exc}")
    (inbox / "a.txt").write_text(b.GRANT, encoding="utf-8")
    (inbox / "b.txt").write_text(b.GRANT + "\nSigned.\n", encoding="utf-8")
    return inbox


def _cli(*args: str | bytes, cwd: Path) -> subprocess.CompletedProcess[bytes]:
    script = Path(sys.executable).with_name("warrant-terms")
    command: list[str | bytes] = (
        [str(script)] if script.exists() else [sys.executable, "-m", "warrant_terms.cli"]
    )
    proc = subprocess.run([*command, *args], capture_output=True, timeout=180, cwd=cwd,
                          check=False)
    assert b"Traceback" not in proc.stderr, proc.stderr.decode(errors="replace")[-2000:]
    return proc


def test_extract_gives_every_file_its_record(folder: Path) -> None:
    """`extract a.txt $'bad\\xff\\xfe name.txt' b.txt`, as a shell runs it: 3 records, exit 0."""
    proc = _cli("extract", "a.txt", os.fsencode(BAD), "b.txt", cwd=folder)
    assert proc.returncode == 0, proc.stderr.decode(errors="replace")[-2000:]
    records = [json.loads(line) for line in proc.stdout.decode("utf-8").splitlines()]
    assert [(r["source"]["path"], r["status"]) for r in records] == [
        ("a.txt", "ok"),
        (SHOWN, "ok"),
        ("b.txt", "ok"),
    ]
    assert records[1]["source"]["filename"] == SHOWN


def test_error_records_quote_the_name_safely(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    missing = str(tmp_path / os.fsdecode(b"gone\xff.txt"))
    assert main(["extract", missing]) == 0
    (record,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert record["errors"][0]["code"] == "not_found"
    assert "gone\\xff.txt" in record["source"]["path"]
    assert "gone\\xff.txt" in record["errors"][0]["message"]


def test_batch_stores_resumes_and_exports_such_names(folder: Path, tmp_path: Path) -> None:
    db = tmp_path / "r.sqlite"
    opts = BatchOptions(workers=1, progress=False)
    first = run_batch(sorted(folder.iterdir()), db, opts)
    assert (first.files_done, first.errors) == (3, 0)
    second = run_batch(sorted(folder.iterdir()), db, opts)
    assert (second.files_skipped, second.files_done) == (3, 0)  # the name was found again
    with Store(db, readonly=True) as store:
        paths = sorted(Path(r.source.path).name for r in store.iter_records())
        for record in store.iter_records():
            check_record(record)
    assert paths == ["a.txt", "b.txt", SHOWN]
    out = tmp_path / "o.csv"
    assert main(["export", "--db", str(db), "--format", "csv", "-o", str(out)]) == 0
    assert SHOWN in out.read_text(encoding="utf-8-sig")


def test_from_list_with_such_names(folder: Path, tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    listing = tmp_path / "list.txt"
    listing.write_bytes(b"# inputs\n" + os.fsencode(folder / BAD) + b"\r\n"
                        + os.fsencode(folder / "a.txt") + b"\n")
    db = tmp_path / "r.sqlite"
    assert main(["batch", "--from-list", str(listing), "--db", str(db), "--workers", "1",
                 "--no-progress"]) == 0
    assert "2 files (0 already done), 2 read now: 2 documents, 0 errors" in capsys.readouterr().err
    with Store(db, readonly=True) as store:
        assert sorted(Path(r.source.path).name for r in store.iter_records()) == ["a.txt", SHOWN]


def test_review_writes_pages_and_index_for_odd_and_long_names(folder: Path,
                                                              tmp_path: Path) -> None:
    """A 251-character stem (256 bytes with ".html": past the file system's 255) and a name
    that is not UTF-8, reviewed by the real command: every page and the index are written."""
    (folder / ("L" * 251 + ".txt")).write_text(b.GRANT, encoding="utf-8")
    (folder / ("L" * 251 + ".md")).write_text(b.GRANT, encoding="utf-8")
    out = tmp_path / "pages"
    proc = _cli("review", str(folder), "-o", str(out), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr.decode(errors="replace")[-2000:]
    names = sorted(p.name for p in out.iterdir())
    assert len(names) == 6 and "index.html" in names
    assert "bad_xff_xfe name.html" in names
    assert all(len(n.encode()) <= 255 for n in names)
    assert sorted(n for n in names if n.startswith("L")) == [
        "L" * 120 + "-1.html",
        "L" * 120 + "-2.html",
    ]
    index = (out / "index.html").read_text(encoding="utf-8")
    assert 'href="bad_xff_xfe%20name.html"' in index and SHOWN in index
    printed = proc.stdout.decode("utf-8").splitlines()
    assert len(printed) == 6
