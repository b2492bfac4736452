"""The SQLite results store: one row per document, keyed by content sha256 + document index.

Tables:
- `contents`: one row per distinct file content (sha256 of its bytes) that has been done;
- `records`: one row per document of that content (`document_index` within the file);
- `paths`: every path seen, linked to its content, so the same exhibit filed twice is
  extracted once and linked to both;
- `runs`: one row per batch run, for the export's summary.

A file's records, its `contents` row and its path links are written in one transaction, so
a run killed at any moment (SIGKILL included) leaves each file either fully recorded or not
at all; WAL mode lets exports and progress readers work while a batch writes.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Self

from warrant_terms.batch.work import StoredRecord
from warrant_terms.schema import Record

STORE_VERSION = "1"

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
    run_id INTEGER
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
"""


class StoreError(Exception):
    """The file is not a results store this version can use."""


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class PathState:
    sha256: str
    size: int | None
    mtime_ns: int | None


class Store:
    """A results store on disk. Not shared across processes: the batch client owns writes."""

    def __init__(self, path: Path | str, *, readonly: bool = False) -> None:
        self.path = Path(path)
        if readonly:
            if not self.path.exists():
                raise StoreError(f"no results store at {self.path}")
            uri = f"file:{self.path.resolve()}?mode=ro"
            self._db = sqlite3.connect(uri, uri=True, isolation_level=None)
        else:
            self._db = sqlite3.connect(self.path, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            # NORMAL is durable across process kills in WAL mode; only a power loss can drop
            # the last commits, and a re-run redoes those.
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.executescript(_SCHEMA)
            self._db.execute(
                "INSERT OR IGNORE INTO meta(key, value) VALUES ('store_version', ?)",
                (STORE_VERSION,),
            )
        self._db.execute("PRAGMA busy_timeout=10000")
        try:
            row = self._db.execute(
                "SELECT value FROM meta WHERE key = 'store_version'"
            ).fetchone()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path} is not a results store: {exc}") from exc
        if row is None or row[0] != STORE_VERSION:
            raise StoreError(f"{self.path} is not a version {STORE_VERSION} results store")

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # Resume checks -----------------------------------------------------------------------

    def path_state(self, path: str) -> PathState | None:
        row = self._db.execute(
            "SELECT p.sha256, p.size, p.mtime_ns FROM paths p JOIN contents c USING (sha256) "
            "WHERE p.path = ?",
            (path,),
        ).fetchone()
        return PathState(*row) if row else None

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

    def link(self, path: str, sha256: str, size: int | None, mtime_ns: int | None,
             run_id: int | None) -> None:
        """Record that `path` holds content already done."""
        self._db.execute(
            "INSERT OR REPLACE INTO paths(path, sha256, size, mtime_ns, run_id) "
            "VALUES (?, ?, ?, ?, ?)",
            (path, sha256, size, mtime_ns, run_id),
        )

    def put(
        self,
        sha256: str,
        records: Sequence[StoredRecord],
        paths: Sequence[tuple[str, int | None, int | None]],
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
            self._db.executemany(
                "INSERT OR REPLACE INTO paths(path, sha256, size, mtime_ns, run_id) "
                "VALUES (?, ?, ?, ?, ?)",
                [(p, sha256, s, m, run_id) for p, s, m in paths],
            )
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
            links.setdefault(sha, []).append(path)
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
        out: dict[str, str | int | float | None] = {"store": str(self.path)}
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
