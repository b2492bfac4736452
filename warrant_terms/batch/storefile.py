"""Opening a results store: know our own files, leave everybody else's alone.

`--db` names a file that may already hold something. Before anything is written the file is
read (read-only): nothing there yet (no file, an empty file, a SQLite database with no
tables) becomes a new store; one of our stores is opened; anything else (a text file,
another program's SQLite database) is refused with a `StoreError` and left exactly as it was:
no WAL switch, no tables added. Stores carry `PRAGMA application_id` = "WTRS"; stores written
before that are known by their tables and their `meta.store_version`, and gain the id when
next written.

A store is read where it may not be written (a read-only folder or file system): a database
in WAL mode needs a `-shm` file beside it even to be read, so when that cannot be made and no
`-wal` file holds unmerged changes, the file is opened as immutable instead.
"""

from __future__ import annotations

import os
import sqlite3
import urllib.parse
from pathlib import Path

from warrant_terms.schema.safetext import printable

STORE_VERSION = "1"
APPLICATION_ID = int.from_bytes(b"WTRS", "big")
SQLITE_MAGIC = b"SQLite format 3\x00"
# The tables every store has had since version 1: how a store without the id is known.
STORE_TABLES = frozenset({"meta", "contents", "records", "paths", "runs"})
# Files SQLite keeps beside a database.
SIDE_FILES = ("-wal", "-shm", "-journal")


class StoreError(Exception):
    """The file is not a results store this version can use (the message says why)."""


def shown(path: Path) -> str:
    return printable(str(path))


def _uri(path: Path, **params: str) -> str:
    # Percent-encoding the file system bytes keeps any name (spaces, '?', '#', bytes that are
    # not UTF-8) intact through SQLite's URI parser.
    quoted = urllib.parse.quote(os.fsencode(path.resolve()))
    return f"file:{quoted}?{urllib.parse.urlencode(params)}"


def _wal_pending(path: Path) -> bool:
    try:
        return Path(f"{path}-wal").stat().st_size > 0
    except OSError:
        return False


def connect_readonly(path: Path) -> sqlite3.Connection:
    """A connection that can only read `path` (which must exist)."""
    con = sqlite3.connect(_uri(path, mode="ro"), uri=True, isolation_level=None)
    try:
        con.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
        return con
    except sqlite3.OperationalError as exc:
        con.close()
        if "unable to open" not in str(exc) and "readonly" not in str(exc):
            raise StoreError(f"{shown(path)} cannot be read: {exc}") from exc
        if _wal_pending(path):
            raise StoreError(
                f"{shown(path)} cannot be read here: its changes are still in "
                f"{shown(path)}-wal, and SQLite needs to write a -shm file beside it to read "
                "them; copy the store with its -wal file to a folder you may write to"
            ) from exc
    # No unmerged changes: the database file alone is the whole store.
    return sqlite3.connect(_uri(path, mode="ro", immutable="1"), uri=True, isolation_level=None)


def recognize(path: Path) -> bool:
    """True for one of our stores, False where there is no store yet; else `StoreError`.

    Reads only: a file that is refused is never changed.
    """
    try:
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except FileNotFoundError:
        return False
    except IsADirectoryError as exc:
        raise StoreError(f"{shown(path)} is a folder, not a results store") from exc
    except OSError as exc:
        raise StoreError(f"cannot read {shown(path)}: {exc.strerror or exc}") from exc
    if not head:
        return False
    if head != SQLITE_MAGIC:
        raise StoreError(
            f"{shown(path)} is not a SQLite database, so not a results store; "
            "name a new file with --db"
        )
    con = connect_readonly(path)
    try:
        names = {row[0] for row in con.execute("SELECT name FROM sqlite_master")}
        app_id = con.execute("PRAGMA application_id").fetchone()[0]
        row = None
        if STORE_TABLES <= names:
            row = con.execute("SELECT value FROM meta WHERE key = 'store_version'").fetchone()
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{shown(path)} cannot be read as a SQLite database: {exc}") from exc
    finally:
        con.close()
    if not names and app_id in (0, APPLICATION_ID):
        return False  # an empty database: nothing to lose
    if app_id not in (0, APPLICATION_ID) or row is None:
        listed = ", ".join(sorted(names)[:5]) + (", ..." if len(names) > 5 else "")
        raise StoreError(
            f"{shown(path)} is another program's SQLite database (tables: {listed}), not a "
            "results store; it was left untouched. Name a new file with --db"
        )
    if row[0] != STORE_VERSION:
        raise StoreError(
            f"{shown(path)} is a version {row[0]} results store; this warrant-terms reads "
            f"version {STORE_VERSION}"
        )
    return True


def is_store_file(candidate: Path, store: Path) -> bool:
    """True when `candidate` is the store at `store` or one of SQLite's files beside it."""
    names = {store.resolve()} | {Path(f"{store.resolve()}{s}") for s in SIDE_FILES}
    try:
        return candidate.resolve() in names
    except (OSError, RuntimeError):  # a symlink loop: not our file
        return False
