"""The results store against what fights back: someone else's database named with `--db`, a
store on a read-only file system, a folder that holds the store itself, edits that keep size
and mtime, and two batches at once."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from warrant_terms.batch import BatchOptions, Store, run_batch
from warrant_terms.batch import runner as runner_module
from warrant_terms.batch.runner import file_sha256
from warrant_terms.batch.storefile import APPLICATION_ID
from warrant_terms.batch.work import FileResult, stored
from warrant_terms.cli import main
from warrant_terms.schema import Record, Source

from . import builders as b


def quick(path: str) -> FileResult:
    """A worker's result without the extractor: one not_warrant record quoting the content."""
    text = Path(path).read_text(encoding="utf-8", errors="replace")[:40]
    record = Record(source=Source(path=path, description=text), status="not_warrant")
    return FileResult(path, stored([record]))


def slow(path: str) -> FileResult:
    time.sleep(0.3)
    return quick(path)


OPTS = BatchOptions(workers=1, progress=False, func=quick)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- whose file is it -------------------------------------------------------------------


def _foreign(path: Path) -> None:
    with sqlite3.connect(path) as con:
        con.execute("CREATE TABLE people (name TEXT)")
        con.execute("INSERT INTO people VALUES ('Ada')")
    con.close()


def test_a_foreign_database_is_refused_and_left_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "crm.sqlite"
    _foreign(db)
    before = _digest(db)
    (tmp_path / "w.txt").write_text(b.GRANT, encoding="utf-8")
    assert main(["batch", str(tmp_path / "w.txt"), "--db", str(db), "--no-progress"]) == 2
    err = capsys.readouterr().err
    assert "another program's SQLite database (tables: people)" in err
    assert "Traceback" not in err
    assert _digest(db) == before
    assert not Path(f"{db}-wal").exists() and not Path(f"{db}-shm").exists()
    with sqlite3.connect(db) as con:
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master")]
    con.close()
    assert tables == ["people"]
    assert main(["export", "--db", str(db), "-o", str(tmp_path / "o.jsonl")]) == 2
    assert "another program's" in capsys.readouterr().err


def test_a_text_file_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "notes.txt"
    db.write_text("my notes\n" * 50)
    (tmp_path / "w.txt").write_text(b.GRANT, encoding="utf-8")
    assert main(["batch", str(tmp_path / "w.txt"), "--db", str(db), "--no-progress"]) == 2
    assert "not a SQLite database" in capsys.readouterr().err
    assert db.read_text() == "my notes\n" * 50


def test_an_empty_database_becomes_a_store_marked_as_ours(tmp_path: Path) -> None:
    db = tmp_path / "new.sqlite"
    sqlite3.connect(db).close()  # a database file with nothing in it
    (tmp_path / "w.txt").write_text("text")
    assert run_batch([tmp_path / "w.txt"], db, OPTS).files_done == 1
    with sqlite3.connect(db) as con:
        assert con.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    con.close()


def test_a_store_from_before_the_id_and_the_new_columns_is_upgraded(tmp_path: Path) -> None:
    db = tmp_path / "old.sqlite"
    (tmp_path / "w.txt").write_text("text")
    assert run_batch([tmp_path / "w.txt"], db, OPTS).files_done == 1
    with sqlite3.connect(db) as con:  # make it look like a store written by version 0.x
        con.execute("PRAGMA application_id = 0")
        con.execute("ALTER TABLE paths DROP COLUMN ctime_ns")
        con.execute("ALTER TABLE paths DROP COLUMN inode")
        con.execute("DROP TABLE claims")
    con.close()
    summary = run_batch([tmp_path / "w.txt"], db, OPTS)
    assert summary.files_done == 0 and summary.files_skipped == 1
    with sqlite3.connect(db) as con:
        assert con.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        columns = {r[1] for r in con.execute("PRAGMA table_info(paths)")}
    con.close()
    assert {"ctime_ns", "inode"} <= columns


# --- a store that may be read but not written -------------------------------------------------


def _read_only_run(folder: Path, args: list[str]) -> subprocess.CompletedProcess[str]:
    """Run the CLI with `folder` read-only: by its mode, or (for root, whom modes do not stop)
    in a private mount namespace where it is bind-mounted read-only."""
    script = Path(sys.executable).with_name("warrant-terms")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "warrant_terms.cli"]
    if os.geteuid() != 0:
        folder.chmod(0o555)
        try:
            return subprocess.run([*command, *args], capture_output=True, text=True,
                                  timeout=120, check=False)
        finally:
            folder.chmod(0o755)
    unshare = shutil.which("unshare")
    if unshare is None or subprocess.run([unshare, "-m", "true"], check=False,
                                         capture_output=True).returncode != 0:
        pytest.skip("running as root without mount namespaces: cannot make a read-only folder")
    wrap = 'mount --bind "$0" "$0" && mount -o remount,bind,ro "$0" && exec "$@"'
    return subprocess.run([unshare, "-m", "sh", "-c", wrap, str(folder), *command, *args],
                          capture_output=True, text=True, timeout=120, check=False)


def test_export_reads_a_store_on_a_read_only_file_system(tmp_path: Path) -> None:
    folder = tmp_path / "archive"
    folder.mkdir()
    (tmp_path / "w.txt").write_text(b.GRANT, encoding="utf-8")
    db = folder / "r.sqlite"
    assert run_batch([tmp_path / "w.txt"], db, OPTS).files_done == 1
    out = tmp_path / "o.jsonl"
    proc = _read_only_run(folder, ["export", "--db", str(db), "-o", str(out)])
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    assert len(out.read_text(encoding="utf-8").splitlines()) == 1


# --- the store among its own inputs ------------------------------------------------------------


def test_batch_of_the_folder_holding_the_store_skips_the_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "w.txt").write_text(b.GRANT, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    args = ["batch", ".", "--db", "results.sqlite", "--workers", "1", "--no-progress"]
    assert main(args) == 0
    Path("results.sqlite-journal").write_bytes(b"")  # as a crashed writer may leave
    Path("results.sqlite-wal").write_bytes(b"")
    assert main(args) == 0
    with Store("results.sqlite", readonly=True) as store:
        names = [Path(r.source.path).name for r in store.iter_records()]
    assert names == ["w.txt"]


# --- resume keyed by content --------------------------------------------------------------------


def _exported(db: Path) -> list[tuple[str, str | None]]:
    with Store(db, readonly=True) as store:
        return [(r.source.path, r.source.description) for r in store.iter_records()]


def test_an_edit_keeping_size_and_mtime_is_read_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`cp -p`, `rsync -a` and `touch -r` keep size and mtime; the store must still notice."""
    monkeypatch.setattr(runner_module, "RACY_NS", 0)  # trust stats taken just after a write
    f = tmp_path / "w.txt"
    f.write_text("version one")
    db = tmp_path / "r.sqlite"
    assert run_batch([f], db, OPTS).files_done == 1
    assert run_batch([f], db, OPTS).files_skipped == 1  # unchanged: not even hashed
    kept = f.stat()
    f.write_text("version two")  # the same size
    os.utime(f, ns=(kept.st_atime_ns, kept.st_mtime_ns))
    assert (f.stat().st_size, f.stat().st_mtime_ns) == (kept.st_size, kept.st_mtime_ns)
    assert run_batch([f], db, OPTS).files_done == 1
    assert _exported(db) == [(str(f), "version two")]


def test_verify_hashes_files_whose_stat_looks_unchanged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(runner_module, "RACY_NS", 0)
    f = tmp_path / "w.txt"
    f.write_text("version one")
    db = tmp_path / "r.sqlite"
    run_batch([f], db, OPTS)
    f.write_text("version two")
    st = f.stat()
    with sqlite3.connect(db) as con:  # a stat that matches although the bytes changed
        con.execute("UPDATE paths SET size = ?, mtime_ns = ?, ctime_ns = ?, inode = ?",
                    (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino))
    con.close()
    assert run_batch([f], db, OPTS).files_skipped == 1  # the cheap test trusts the stat
    verified = run_batch([f], db, BatchOptions(workers=1, progress=False, func=quick,
                                               verify=True))
    assert verified.files_done == 1
    assert _exported(db) == [(str(f), "version two")]
    again = run_batch([f], db, BatchOptions(workers=1, progress=False, func=quick, verify=True))
    assert (again.files_done, again.files_skipped) == (0, 1)  # hashed, same content


def test_a_stat_taken_right_after_a_change_is_not_trusted(tmp_path: Path) -> None:
    f = tmp_path / "w.txt"
    f.write_text("just written")
    db = tmp_path / "r.sqlite"
    run_batch([f], db, OPTS)
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT ctime_ns FROM paths").fetchone() == (None,)
    con.close()


# --- two batches, one store ---------------------------------------------------------------------


def test_two_batches_on_one_store_share_the_files(tmp_path: Path) -> None:
    files = []
    for i in range(12):
        files.append(tmp_path / f"f{i:02d}.txt")
        files[-1].write_text(f"document {i}")
    db = tmp_path / "r.sqlite"
    run_batch([], db, OPTS)  # create the store before the race
    opts = BatchOptions(workers=1, progress=False, func=slow)
    summaries = []

    def one() -> None:
        summaries.append(run_batch(files, db, opts))

    threads = [threading.Thread(target=one) for _ in range(2)]
    for t in threads:
        t.start()
        time.sleep(0.2)
    for t in threads:
        t.join(120)
    done = [s.files_done for s in summaries]
    assert sum(done) == 12 and min(done) > 0, done
    assert sum(s.files_by_others for s in summaries) == 12
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT COUNT(*) FROM contents").fetchone()[0] == 12
        assert con.execute("SELECT COUNT(*) FROM records").fetchone()[0] == 12
        assert con.execute("SELECT COUNT(*) FROM paths").fetchone()[0] == 12
        assert con.execute("SELECT COUNT(*) FROM claims").fetchone()[0] == 0
    con.close()


def _claim(db: Path, sha: str, pid: int, run_id: int | None, expires: float) -> None:
    import socket

    with sqlite3.connect(db) as con:
        con.execute("INSERT INTO claims VALUES (?, ?, ?, ?, ?)",
                    (sha, run_id, socket.gethostname(), pid, expires))
    con.close()


def test_a_claim_left_by_a_dead_batch_is_taken_over(tmp_path: Path) -> None:
    f = tmp_path / "w.txt"
    f.write_text("claimed by a batch that was killed")
    db = tmp_path / "r.sqlite"
    run_batch([], db, OPTS)
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    _claim(db, file_sha256(f), int(dead.stdout), 999, time.time() + 3600)
    start = time.monotonic()
    assert run_batch([f], db, OPTS).files_done == 1
    assert time.monotonic() - start < 30


def test_a_claim_past_its_lease_is_taken_over(tmp_path: Path) -> None:
    f = tmp_path / "w.txt"
    f.write_text("claimed long ago by a live process on another host, say")
    db = tmp_path / "r.sqlite"
    run_batch([], db, OPTS)
    _claim(db, file_sha256(f), os.getppid(), 999, time.time() - 1)
    assert run_batch([f], db, OPTS).files_done == 1


def test_a_file_another_live_batch_holds_is_waited_for_then_linked(tmp_path: Path) -> None:
    f = tmp_path / "w.txt"
    f.write_text("the other batch is extracting this")
    db = tmp_path / "r.sqlite"
    run_batch([], db, OPTS)
    sha = file_sha256(f)
    with Store(db) as other:
        other_run = other.begin_run("local", 1)
    _claim(db, sha, os.getpid(), other_run, time.time() + 3600)

    def other_finishes() -> None:
        time.sleep(1.5)
        record = Record(source=Source(path="/elsewhere/w.txt"), status="not_warrant")
        with Store(db) as other:
            other.put(sha, stored([record]), [], size=None, seconds=0.1, run_id=other_run)

    helper = threading.Thread(target=other_finishes)
    helper.start()
    summary = run_batch([f], db, OPTS)
    helper.join()
    assert (summary.files_done, summary.files_by_others) == (0, 1)
    with Store(db, readonly=True) as store:
        (record,) = store.iter_records()
    assert record.source.path == str(f)
