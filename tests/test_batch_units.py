"""Batch parts in isolation: progress reporting, the store, planning, the pool's crash path."""

from __future__ import annotations

import io
import os
import sqlite3
import time
from pathlib import Path

import pytest
from shared_files import SEED

from warrant_terms.batch import BatchOptions, Store, run_batch
from warrant_terms.batch.pool import SupervisedPool
from warrant_terms.batch.progress import Progress
from warrant_terms.batch.runner import plan
from warrant_terms.batch.store import FileStat, StoreError
from warrant_terms.batch.work import FileResult, StoredRecord, stored
from warrant_terms.cli import main
from warrant_terms.schema import Record, Source


def crash_on_mark(path: str) -> FileResult:
    """Dies like a segfaulting parser on marked files; a plain not_warrant record otherwise."""
    if Path(path).read_bytes().startswith(b"CRASH"):
        os._exit(7)
    return FileResult(path, stored([Record(source=Source(path=path), status="not_warrant")]))


def _rec(path: str, status: str = "not_warrant") -> StoredRecord:
    return stored([Record(source=Source(path=path), status=status)])[0]  # type: ignore[arg-type]


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_plain_progress_lines_when_not_a_terminal() -> None:
    out = io.StringIO()
    progress = Progress(2, stream=out, interval=0.0)
    progress.update(documents=2, errors=1)
    progress.update(documents=1, errors=0)
    progress.close()
    lines = out.getvalue().splitlines()
    assert len(lines) == 2
    assert lines[-1].startswith("batch: 2/2 files, 3 documents (")
    assert "docs/s), 1 errors, ETA" in lines[-1]


def test_progress_bar_on_a_terminal() -> None:
    out = _Tty()
    progress = Progress(4, stream=out)
    for _ in range(4):
        progress.update(documents=1, errors=0)
    progress.close()
    text = out.getvalue()
    assert "4/4" in text and "docs_s=" in text and "errors=0" in text
    assert "batch:" not in text  # the bar, not the plain lines


def test_store_commits_a_file_all_or_nothing(tmp_path: Path) -> None:
    db = tmp_path / "r.sqlite"
    with Store(db) as store:
        store.put("a" * 64, [_rec("x.txt")], [("x.txt", FileStat(1, 1))], size=1, seconds=0.1, run_id=None)
        broken = [_rec("y.txt"), _rec("y.txt")]  # the same document index twice
        with pytest.raises(sqlite3.IntegrityError):
            store.put("b" * 64, broken, [("y.txt", FileStat(1, 1))], size=1, seconds=0.1, run_id=None)
        assert store.count_records() == 1
        assert not store.has_content("b" * 64)
        assert store.path_state("y.txt") is None
        assert store._db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_file_that_changed_is_read_again_and_its_old_records_not_exported(
    tmp_path: Path,
) -> None:
    f = tmp_path / "a.txt"
    f.write_text("first version")
    db = tmp_path / "r.sqlite"
    opts = BatchOptions(workers=1, func=crash_on_mark, progress=False)
    assert run_batch([f], db, opts).files_done == 1
    f.write_text("second, longer version")
    assert run_batch([f], db, opts).files_done == 1
    with Store(db, readonly=True) as store:
        assert store.count_records() == 2
        assert len(list(store.iter_records())) == 1


def test_plan_hashes_once_per_content(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("same bytes")
    (tmp_path / "c.txt").write_text("other bytes")
    with Store(tmp_path / "r.sqlite") as store:
        todo = plan(store, sorted(tmp_path.glob("*.txt")), retry=set())
    assert [Path(p).name for p, _ in todo.tasks] == ["a.txt", "c.txt"]
    assert sorted(len(v) for v in todo.links.values()) == [1, 2]


def test_store_refuses_other_files(tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as con:
        con.execute("CREATE TABLE t (x)")
    with pytest.raises(StoreError):
        Store(other, readonly=True)
    with pytest.raises(StoreError):
        Store(tmp_path / "absent.sqlite", readonly=True)
    text = tmp_path / "notes.sqlite"
    text.write_text("not a database at all, just some words " * 20)
    assert main(["export", "--db", str(text), "--format", "jsonl",
                 "-o", str(tmp_path / "o.jsonl")]) == 2


def test_a_crashing_worker_is_replaced_and_the_file_recorded(tmp_path: Path) -> None:
    for i in range(4):
        (tmp_path / f"ok{i}.txt").write_text(f"fine {i}")
    (tmp_path / "bad.txt").write_text("CRASH here")
    db = tmp_path / "r.sqlite"
    summary = run_batch(sorted(tmp_path.glob("*.txt")), db,
                        BatchOptions(workers=2, func=crash_on_mark, progress=False))
    assert summary.files_done == 5
    assert summary.error_codes == {"worker_crashed": 1}
    assert summary.worker_restarts == 1
    with Store(db, readonly=True) as store:
        statuses = {r.source.path: r.status for r in store.iter_records()}
    assert statuses[str(tmp_path / "bad.txt")] == "error"
    assert sorted(statuses.values()).count("not_warrant") == 4


def test_batch_cli_needs_inputs(tmp_path: Path) -> None:
    assert main(["batch", "--db", str(tmp_path / "r.sqlite")]) == 2


def test_from_list_through_the_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    listing = tmp_path / "list.txt"
    listing.write_text(str(SEED) + "\n")
    db = tmp_path / "r.sqlite"
    assert main(["batch", "--from-list", str(listing), "--db", str(db), "--workers", "1"]) == 0
    assert "1 documents, 0 errors" in capsys.readouterr().err
    with Store(db, readonly=True) as store:
        (record,) = list(store.iter_records())
    assert record.status == "ok"


def slow_on_mark(path: str) -> FileResult:
    """Sleeps past any test time limit on marked files; a not_warrant record otherwise."""
    if Path(path).read_bytes().startswith(b"SLOW"):
        time.sleep(120)
    return FileResult(path, stored([Record(source=Source(path=path), status="not_warrant")]))


def test_files_queued_behind_a_runaway_go_to_another_worker(tmp_path: Path) -> None:
    """A worker holds two files; when the first runs past the limit and the worker is killed,
    the second is done by its replacement, not recorded as an error."""
    names = ["a-slow.txt", "b.txt", "c.txt", "d.txt"]
    for name in names:
        (tmp_path / name).write_bytes(b"SLOW" if "slow" in name else name.encode())
    pool = SupervisedPool(1, 3.0, slow_on_mark)
    results = {task[0]: result for task, result in pool.map(
        [(str(tmp_path / n), n) for n in names])}
    assert sorted(results) == sorted(str(tmp_path / n) for n in names)
    statuses = {Path(p).name: r.records[0].status for p, r in results.items()}
    assert statuses == {"a-slow.txt": "error", "b.txt": "not_warrant", "c.txt": "not_warrant",
                        "d.txt": "not_warrant"}
    assert '"timeout"' in results[str(tmp_path / "a-slow.txt")].records[0].json
    assert pool.restarts == 1


def test_recycled_workers_finish_every_file(tmp_path: Path) -> None:
    paths = []
    for i in range(7):
        (tmp_path / f"{i}.txt").write_text(f"file {i}")
        paths.append((str(tmp_path / f"{i}.txt"), str(i)))
    pool = SupervisedPool(2, 60.0, slow_on_mark, max_tasks=2)
    done = [task for task, _ in pool.map(paths)]
    assert sorted(done) == sorted(paths)
    assert pool.restarts == 0
