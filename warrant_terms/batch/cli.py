"""`warrant-terms batch` and `warrant-terms export`."""

from __future__ import annotations

import argparse
import logging
import os
import sqlite3
import sys
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

DEFAULT_DB = "results.sqlite"
STATUSES = ("ok", "not_warrant", "error")

from warrant_terms.parse.result import PDF_ENGINE_ENV, PDF_ENGINES
from warrant_terms.schema.safetext import printable


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {text}")
    return value


def _positive_float(text: str) -> float:
    value = float(text)
    if not value > 0:
        raise argparse.ArgumentTypeError(f"expected a positive number of seconds, got {text}")
    return value


def _cmd_batch(args: argparse.Namespace) -> int:
    from warrant_terms.extras import missing_for

    absent = missing_for(pdf_engine=args.pdf_engine, dask=args.dask)
    if absent:
        print(absent, file=sys.stderr)
        return 2
    if args.pdf_engine:
        # Worker processes inherit the environment: every Limits() they build follows it.
        os.environ[PDF_ENGINE_ENV] = args.pdf_engine
    from warrant_terms.batch.inputs import expand_inputs
    from warrant_terms.batch.pool import PoolError
    from warrant_terms.batch.runner import BatchOptions, run_batch
    from warrant_terms.batch.store import StoreError

    if not args.inputs and not args.from_list:
        print("error: name at least one INPUT or --from-list FILE", file=sys.stderr)
        return 2
    try:
        paths = expand_inputs(args.inputs, args.from_list or ())
    except OSError as exc:
        print(f"error: cannot read the list of inputs: {exc}", file=sys.stderr)
        return 2
    options = BatchOptions(
        workers=args.workers,
        timeout=args.timeout,
        dask=args.dask,
        retry_errors=args.retry_errors,
        verify=args.verify,
        max_tasks_per_worker=args.max_tasks_per_worker,
        progress=not args.no_progress,
    )
    try:
        summary = run_batch(paths, Path(args.db), options)
    except (StoreError, sqlite3.Error) as exc:
        print(f"error: results store {printable(args.db)}: {exc}", file=sys.stderr)
        return 2
    except PoolError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    codes = ", ".join(f"{k} {v}" for k, v in sorted(summary.error_codes.items()))
    others = f", {summary.files_by_others} done by another batch" if summary.files_by_others else ""
    print(
        f"batch: {summary.files_seen} files ({summary.files_skipped} already done{others}), "
        f"{summary.files_done} read now: {summary.documents} documents, {summary.errors} "
        f"errors{f' ({codes})' if codes else ''} in {summary.seconds:.1f} s -> {printable(args.db)}",
        file=sys.stderr,
    )
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    from warrant_terms.batch.store import Store, StoreError
    from warrant_terms.export import write_records
    from warrant_terms.extras import missing_for

    absent = missing_for(fmt=args.format)
    if absent:
        print(absent, file=sys.stderr)
        return 2
    statuses = args.status.split(",") if args.status else None
    if statuses and not set(statuses) <= set(STATUSES):
        print(f"error: --status takes {', '.join(STATUSES)}", file=sys.stderr)
        return 2
    try:
        with Store(args.db, readonly=True) as store:
            records = list(store.iter_records(statuses))
            summary: dict[str, Any] = store.summary()
    except (StoreError, sqlite3.Error) as exc:
        print(f"error: results store {printable(args.db)}: {exc}", file=sys.stderr)
        return 2
    try:
        write_records(records, Path(args.output), args.format, summary=summary)
    except OSError as exc:
        print(f"error: cannot write {args.output}: {exc}", file=sys.stderr)
        return 2
    print(f"export: {len(records)} records -> {args.output}", file=sys.stderr)
    return 0


def register(subparsers: Any) -> None:
    from warrant_terms.batch.runner import DEFAULT_MAX_TASKS, DEFAULT_TIMEOUT
    from warrant_terms.export import FORMATS

    p = subparsers.add_parser(
        "batch",
        help="extract many files into a resumable SQLite store",
        description="Read folders (recursively), globs, files and EDGAR submissions into a "
        "SQLite store. Re-running skips what is done; a killed run resumes.",
    )
    p.add_argument("inputs", nargs="*", metavar="INPUT", help="files, folders or globs")
    p.add_argument("--from-list", action="append", type=Path, metavar="FILE",
                   help="a file naming one input per line (repeatable)")
    p.add_argument("--db", default=DEFAULT_DB, help=f"results store (default {DEFAULT_DB})")
    p.add_argument("--workers", type=_positive_int, default=None,
                   help="worker processes (default: all cores)")
    p.add_argument("--timeout", type=_positive_float, default=DEFAULT_TIMEOUT, metavar="SECONDS",
                   help=f"time limit per file; past it the worker is killed and the file "
                   f"recorded as a timeout error (default {DEFAULT_TIMEOUT:g})")
    p.add_argument("--dask", metavar="ADDRESS",
                   help="run on a Dask cluster (tcp://HOST:8786), or 'local[:N]'")
    p.add_argument("--retry-errors", action="store_true",
                   help="redo files recorded as timeout, worker_crashed or internal_error")
    p.add_argument("--verify", action="store_true",
                   help="hash every file to find changes, not only files whose size, times "
                        "or inode changed")
    p.add_argument("--max-tasks-per-worker", type=int, default=DEFAULT_MAX_TASKS,
                   metavar="N", help="recycle a worker after N files (0: never)")
    p.add_argument("--no-progress", action="store_true", help="no progress on stderr")
    p.add_argument("--pdf-engine", choices=PDF_ENGINES, default=None,
                   help="how PDF text is read (default pdfium; pdfplumber is pure Python, "
                        "about 30x slower to read)")
    p.set_defaults(func=_cmd_batch)

    p = subparsers.add_parser(
        "export",
        help="write a results store out as jsonl, json, csv, xlsx, parquet or ocf",
    )
    p.add_argument("--db", default=DEFAULT_DB, help=f"results store (default {DEFAULT_DB})")
    p.add_argument("--format", choices=FORMATS, default="jsonl")
    p.add_argument("-o", "--output", required=True, metavar="OUT")
    p.add_argument("--status", metavar="LIST",
                   help="only records with these statuses, e.g. ok,not_warrant")
    p.set_defaults(func=_cmd_export)
