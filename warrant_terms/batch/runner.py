"""One batch run: plan what is left to do, run it, commit each file as it finishes."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import time
from collections.abc import Generator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from warrant_terms.batch.pool import SupervisedPool, Task, TaskFunc
from warrant_terms.batch.progress import Progress
from warrant_terms.batch.store import Store
from warrant_terms.batch.work import FileResult

log = logging.getLogger(__name__)

# Error codes that say "the run failed", not "the document is bad": `--retry-errors` redoes them.
RETRY_CODES: tuple[str, ...] = ("timeout", "worker_crashed", "internal_error")
DEFAULT_TIMEOUT = 300.0
# Recycling a worker after this many files keeps memory flat over a long sweep.
DEFAULT_MAX_TASKS = 500

Link = tuple[str, int | None, int | None]  # (path, size, mtime_ns)


@dataclass
class BatchOptions:
    workers: int | None = None
    timeout: float = DEFAULT_TIMEOUT
    dask: str | None = None
    retry_errors: bool = False
    max_tasks_per_worker: int = DEFAULT_MAX_TASKS
    progress: bool = True
    # What a local worker runs per file; tests put a runaway here. Must be picklable.
    func: TaskFunc | None = None


@dataclass
class BatchSummary:
    files_seen: int = 0
    files_skipped: int = 0
    files_done: int = 0
    documents: int = 0
    errors: int = 0
    seconds: float = 0.0
    worker_restarts: int = 0
    error_codes: dict[str, int] = field(default_factory=dict)


@dataclass
class Plan:
    tasks: list[Task] = field(default_factory=list)
    links: dict[str, list[Link]] = field(default_factory=dict)
    sizes: dict[str, int | None] = field(default_factory=dict)
    skipped: int = 0


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _missing_key(path: str) -> str:
    # A file that cannot be read has no content hash; its error record is keyed by its path.
    return "path:" + hashlib.sha256(path.encode("utf-8", "surrogateescape")).hexdigest()


def plan(store: Store, paths: Sequence[Path], retry: set[str]) -> Plan:
    """What is left to do: files whose content the store lacks, each distinct content once."""
    out = Plan()
    for path in paths:
        name = str(path)
        size: int | None
        mtime: int | None
        try:
            st = path.stat()
            size, mtime = st.st_size, st.st_mtime_ns
        except OSError:
            size = mtime = None
        state = store.path_state(name)
        if (
            state is not None
            and size is not None
            and (state.size, state.mtime_ns) == (size, mtime)
            and state.sha256 not in retry
        ):
            out.skipped += 1
            continue
        try:
            sha = file_sha256(path) if size is not None else _missing_key(name)
        except OSError:
            sha = _missing_key(name)
        if sha in out.links:  # the same bytes twice in this run: extract once, link both
            out.links[sha].append((name, size, mtime))
            continue
        if store.has_content(sha) and sha not in retry:
            store.link(name, sha, size, mtime, None)
            out.skipped += 1
            continue
        out.links[sha] = [(name, size, mtime)]
        out.sizes[sha] = size
        out.tasks.append((name, sha))
    return out


def run_batch(paths: Sequence[Path], db: Path, options: BatchOptions | None = None
              ) -> BatchSummary:
    """Extract every file in `paths` into the store at `db`, skipping what it already holds."""
    options = options or BatchOptions()
    workers = options.workers or os.cpu_count() or 1
    started = time.monotonic()
    summary = BatchSummary(files_seen=len(paths))
    with Store(db) as store:
        retry = store.retryable(RETRY_CODES) if options.retry_errors else set()
        todo = plan(store, paths, retry)
        summary.files_skipped = todo.skipped
        engine = f"dask:{options.dask}" if options.dask else "local"
        run_id = store.begin_run(engine, workers)
        progress = Progress(len(todo.tasks), enabled=options.progress)
        pool: SupervisedPool | None = None
        results: Generator[tuple[Task, FileResult], None, None]
        if options.dask:
            from warrant_terms.batch.dask_runner import run_on_dask

            results = run_on_dask(options.dask, todo.tasks, options.timeout)
        else:
            pool = SupervisedPool(workers, options.timeout, options.func,
                                  max_tasks=options.max_tasks_per_worker)
            results = pool.map(todo.tasks)
        try:
            for (_, sha), result in results:
                errors = [r for r in result.records if r.status == "error"]
                store.put(sha, result.records, todo.links[sha], size=todo.sizes.get(sha),
                          seconds=result.seconds, run_id=run_id)
                summary.files_done += 1
                summary.documents += len(result.records)
                summary.errors += len(errors)
                for rec in errors:
                    for code in _codes(rec.json):
                        summary.error_codes[code] = summary.error_codes.get(code, 0) + 1
                progress.update(len(result.records), len(errors))
        finally:
            results.close()  # stops the workers now, even on Ctrl-C
            progress.close()
            summary.seconds = time.monotonic() - started
            summary.worker_restarts = pool.restarts if pool is not None else 0
            store.finish_run(run_id, files_seen=summary.files_seen,
                             files_done=summary.files_done, files_skipped=summary.files_skipped,
                             documents_done=summary.documents, errors=summary.errors,
                             seconds=round(summary.seconds, 3))
    return summary


def _codes(record_json: str) -> list[str]:
    return [e.get("code", "?") for e in json.loads(record_json).get("errors", [])]
