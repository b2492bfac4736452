"""The SQLite results store: one row per document, keyed by content sha256 + document index.

Tables:
- `contents`: one row per distinct file content (sha256 of its bytes) that has been done;
- `records`: one row per document of that content (`document_index` within the file);
- `paths`: every path seen, linked to its content, so the same exhibit filed twice is
  extracted once and linked to both;
- `runs`: one row per batch run, for the export's summary;
- `claims`: the contents a running batch is extracting right now, so that two batches on
  one store share the work instead of both doing it.

A file's records, its `contents` row and its path links are written in one transaction, so
a run killed at any moment (SIGKILL included) leaves each file either fully recorded or not
at all; WAL mode lets exports, progress readers and other batches work while a batch writes.

Paths are kept as they are on disk: a path that is valid UTF-8 as text, any other as the
bytes of its name (a BLOB in the same column), so resume finds it again; records and
exports show it with the odd bytes escaped (`schema.safetext.printable`).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
import sqlite3
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, Self

from warrant_terms.batch.storefile import (
    APPLICATION_ID,
    STORE_VERSION,
    StoreError,
    connect_readonly,
    recognize,
    shown,
)
from warrant_terms.batch.work import StoredRecord
from warrant_terms.schema import Record
from warrant_terms.schema.safetext import printable

__all__ = ["STORE_VERSION", "FileStat", "PathState", "Store", "StoreError"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS contents (
    sha256 TEXT PRIMARY KEY,
    size INTEGER,
    n_documents INTEGER NOT NULL,
    seconds REAL,
    done_at TEXT NOT NULL,
    run_id INTEGER
);
CREATE TABLE IF NOT EXISTS records (
    sha256 TEXT NOT NULL REFERENCES contents(sha256),
    document_index INTEGER NOT NULL,
    status TEXT NOT NULL,
    n_warrants INTEGER NOT NULL,
    record TEXT NOT NULL,
    PRIMARY KEY (sha256, document_index)
);
CREATE TABLE IF NOT EXISTS paths (
    path TEXT PRIMARY KEY,
    sha256 TEXT NOT NULL,
    size INTEGER,
    mtime_ns INTEGER,
    run_id INTEGER,
    ctime_ns INTEGER,
    inode INTEGER
);
CREATE INDEX IF NOT EXISTS paths_by_sha ON paths(sha256);
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    engine TEXT,
    workers INTEGER,
    files_seen INTEGER,
    files_done INTEGER,
    files_skipped INTEGER,
    documents_done INTEGER,
    errors INTEGER,
    seconds REAL
);
CREATE TABLE IF NOT EXISTS claims (
    sha256 TEXT PRIMARY KEY,
    run_id INTEGER,
    host TEXT NOT NULL,
    pid INTEGER NOT NULL,
    expires REAL NOT NULL
);
"""
# Columns added to `paths` after the first stores were written (added on open).
_PATH_COLUMNS = {"ctime_ns": "INTEGER", "inode": "INTEGER"}

Claim = Literal["claimed", "done", "busy"]


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class FileStat:
    """What a cheap `stat` says about a file: resume trusts an unchanged one without hashing.

    An edit changes ctime and a copy changes the inode even where size and mtime are kept
    (`cp -p`, `rsync -a`, `touch -r`); None where unknown, which never matches.
    """

    size: int | None = None
    mtime_ns: int | None = None
    ctime_ns: int | None = None
    inode: int | None = None

    @property
    def known(self) -> bool:
        return None not in (self.size, self.mtime_ns, self.ctime_ns, self.inode)


@dataclass(frozen=True)
class PathState:
    sha256: str
    stat: FileStat


Link = tuple[str, FileStat]  # a path and its stat when it was hashed


def _key(path: str) -> str | bytes:
    """The form a path is kept in: text where it is UTF-8, else its file-system bytes."""
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:
        return path.encode("utf-8", "surrogateescape")


def _path(value: str | bytes) -> str:
    return os.fsdecode(value) if isinstance(value, bytes) else value


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process
        return True
    return True


class Store:
    """A results store on disk. Batches sharing one store coordinate through `claims`."""

    def __init__(self, path: Path | str, *, readonly: bool = False) -> None:
        self.path = Path(path)
        ours = recognize(self.path)  # reads only; refuses a file that is not ours
        if readonly:
            if not ours:
                raise StoreError(f"no results store at {shown(self.path)}")
            self._db = connect_readonly(self.path)
            self._db.execute("PRAGMA busy_timeout=10000")
            return
        try:
            self._db = sqlite3.connect(self.path, isolation_level=None)
            self._db.execute("PRAGMA busy_timeout=10000")
            self._db.execute("PRAGMA journal_mode=WAL")
            # NORMAL is durable across process kills in WAL mode; only a power loss can drop
            # the last commits, and a re-run redoes those.
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.executescript(_SCHEMA)
            self._upgrade()
        except sqlite3.OperationalError as exc:
            raise StoreError(f"cannot write the results store {shown(self.path)}: {exc}") from exc

    def _upgrade(self) -> None:
        """Mark the file as ours and add what later versions keep (idempotent)."""
        self._db.execute(
            "INSERT OR IGNORE INTO meta(key, value) VALUES ('store_version', ?)",
            (STORE_VERSION,),
        )
        if self._db.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            self._db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        have = {row[1] for row in self._db.execute("PRAGMA table_info(paths)")}
        for name, kind in _PATH_COLUMNS.items():
            if name not in have:
                try:
                    self._db.execute(f"ALTER TABLE paths ADD COLUMN {name} {kind}")
                except sqlite3.OperationalError as exc:  # another batch added it just now
                    if "duplicate column" not in str(exc):
                        raise

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # Resume checks -----------------------------------------------------------------------

    def path_state(self, path: str) -> PathState | None:
        row = self._db.execute(
            "SELECT p.sha256, p.size, p.mtime_ns, p.ctime_ns, p.inode "
            "FROM paths p JOIN contents c USING (sha256) WHERE p.path = ?",
            (_key(path),),
        ).fetchone()
        return PathState(row[0], FileStat(*row[1:])) if row else None

    def version(self, sha256: str) -> str | None:
        """Which writing of the content's records the store holds (None: never done).

        The run that wrote them and when: a run that finds another value than when it
        planned knows another run has done the content since.
        """
        row = self._db.execute("SELECT run_id, done_at FROM contents WHERE sha256 = ?",
                               (sha256,)).fetchone()
        return f"{row[0]}@{row[1]}" if row else None

    def has_content(self, sha256: str) -> bool:
        row = self._db.execute("SELECT 1 FROM contents WHERE sha256 = ?", (sha256,)).fetchone()
        return row is not None

    def retryable(self, codes: Sequence[str]) -> set[str]:
        """Contents whose records hold an error with one of `codes` (to redo them)."""
        found: set[str] = set()
        for sha, record in self._db.execute(
            "SELECT sha256, record FROM records WHERE status = 'error'"
        ):
            errors = json.loads(record).get("errors", [])
            if any(e.get("code") in codes for e in errors):
                found.add(sha)
        return found

    # Writes --------------------------------------------------------------------------------

    def begin_run(self, engine: str, workers: int) -> int:
        cur = self._db.execute(
            "INSERT INTO runs(started_at, engine, workers) VALUES (?, ?, ?)",
            (_now(), engine, workers),
        )
        assert cur.lastrowid is not None
        return cur.lastrowid

    def finish_run(self, run_id: int, **counts: float) -> None:
        allowed = {"files_seen", "files_done", "files_skipped", "documents_done", "errors"}
        allowed.add("seconds")
        cols = [k for k in counts if k in allowed]
        sets = ", ".join(f"{k} = ?" for k in cols)
        self._db.execute(
            f"UPDATE runs SET finished_at = ?{', ' if sets else ''}{sets} WHERE id = ?",
            (_now(), *[counts[k] for k in cols], run_id),
        )

    def link(self, links: Sequence[Link], sha256: str, run_id: int | None) -> None:
        """Record that each path holds content already done."""
        self._db.executemany(
            "INSERT OR REPLACE INTO paths(path, sha256, size, mtime_ns, ctime_ns, inode, "
            "run_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(_key(p), sha256, st.size, st.mtime_ns, st.ctime_ns, st.inode, run_id)
             for p, st in links],
        )

    # Claims: two batches on one store share the work -----------------------------------------

    def claim(self, sha256: str, run_id: int, seen: str | None, lease: float) -> Claim:
        """Take `sha256` for this run unless another live run has it or has done it since.

        "done": its records were written (by another run) since this run saw version `seen`;
        "busy": another run holds a live claim; "claimed": it is this run's to extract.
        A claim is void once its lease expires, its run has finished, or (on this host) its
        process is gone: a batch killed mid-file leaves nothing that blocks the next.
        """
        self._db.execute("BEGIN IMMEDIATE")
        try:
            if self.version(sha256) != seen:
                return "done"
            row = self._db.execute(
                "SELECT c.run_id, c.host, c.pid, c.expires, r.finished_at FROM claims c "
                "LEFT JOIN runs r ON r.id = c.run_id WHERE c.sha256 = ?",
                (sha256,),
            ).fetchone()
            if row is not None and row[0] != run_id and not self._stale(*row[1:]):
                return "busy"
            self._db.execute(
                "INSERT OR REPLACE INTO claims(sha256, run_id, host, pid, expires) "
                "VALUES (?, ?, ?, ?, ?)",
                (sha256, run_id, socket.gethostname(), os.getpid(), time.time() + lease),
            )
            return "claimed"
        finally:
            self._db.execute("COMMIT")

    @staticmethod
    def _stale(host: str, pid: int, expires: float, finished_at: str | None) -> bool:
        if finished_at is not None or expires < time.time():
            return True
        return host == socket.gethostname() and not _alive(pid)

    def release(self, run_id: int) -> None:
        """Drop every claim this run still holds (files it did not finish)."""
        self._db.execute("DELETE FROM claims WHERE run_id = ?", (run_id,))

    def put(
        self,
        sha256: str,
        records: Sequence[StoredRecord],
        paths: Sequence[Link],
        *,
        size: int | None,
        seconds: float | None,
        run_id: int | None,
    ) -> None:
        """One file's records and path links, all or nothing."""
        self._db.execute("BEGIN IMMEDIATE")
        try:
            # A retried content replaces its old records.
            self._db.execute("DELETE FROM records WHERE sha256 = ?", (sha256,))
            self._db.executemany(
                "INSERT INTO records(sha256, document_index, status, n_warrants, record) "
                "VALUES (?, ?, ?, ?, ?)",
                [(sha256, r.document_index, r.status, r.n_warrants, r.json) for r in records],
            )
            self._db.execute(
                "INSERT OR REPLACE INTO contents(sha256, size, n_documents, seconds, done_at, "
                "run_id) VALUES (?, ?, ?, ?, ?, ?)",
                (sha256, size, len(records), seconds, _now(), run_id),
            )
            self.link(paths, sha256, run_id)
            self._db.execute("DELETE FROM claims WHERE sha256 = ?", (sha256,))
        except sqlite3.Error:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    # Reads ---------------------------------------------------------------------------------

    def count_records(self) -> int:
        return int(self._db.execute("SELECT COUNT(*) FROM records").fetchone()[0])

    def iter_records(self, statuses: Sequence[str] | None = None) -> Iterator[Record]:
        """Every current record in the order first done.

        Current: its content is what some path held when last read (a file that changed
        since leaves its old records unexported). `source.path` is a path holding it and
        `source.also_filed_at` lists the other paths with the same content.
        """
        query = "SELECT sha256, record FROM records WHERE sha256 IN (SELECT sha256 FROM paths)"
        args: tuple[Any, ...] = ()
        if statuses:
            query += f" AND status IN ({', '.join('?' * len(statuses))})"
            args = tuple(statuses)
        query += " ORDER BY rowid"
        links: dict[str, list[str]] = {}
        for sha, path in self._db.execute("SELECT sha256, path FROM paths ORDER BY rowid"):
            links.setdefault(sha, []).append(printable(_path(path)))
        for sha, text in self._db.execute(query, args).fetchall():
            record = Record.model_validate_json(text)
            paths = links[sha]
            if record.source.path not in paths:
                record.source.path = paths[0]
            others = [p for p in paths if p != record.source.path]
            if others:
                record.source.also_filed_at = others
            yield record

    def summary(self) -> dict[str, str | int | float | None]:
        """Facts about the runs that filled the store, for the export's summary sheet."""
        out: dict[str, str | int | float | None] = {"store": shown(self.path)}
        row = self._db.execute(
            "SELECT COUNT(*), MIN(started_at), MAX(finished_at) FROM runs"
        ).fetchone()
        out.update(runs=row[0], first_run_started=row[1], last_run_finished=row[2])
        last = self._db.execute(
            "SELECT engine, workers, files_seen, files_done, files_skipped, documents_done, "
            "errors, seconds FROM runs ORDER BY id DESC LIMIT 1"
        ).fetchone()
        if last:
            keys = ("engine", "workers", "files_seen", "files_done", "files_skipped",
                    "documents_done", "errors", "seconds")
            out.update({f"last_run_{k}": v for k, v in zip(keys, last, strict=True)})
            if last[7] and last[5]:
                out["last_run_documents_per_second"] = round(last[5] / last[7], 2)
        out["files"] = self._db.execute("SELECT COUNT(*) FROM paths").fetchone()[0]
        out["distinct_contents"] = self._db.execute("SELECT COUNT(*) FROM contents").fetchone()[0]
        return out
