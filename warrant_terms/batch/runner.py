"""One batch run: plan what is left to do, run it, commit each file as it finishes.

Resume is keyed by content: a path whose `stat` (size, mtime, ctime, inode) is what the
store saw is trusted unread; any other is hashed, and only content the store lacks is
extracted (`--verify` hashes every file). Each file is claimed in the store as a worker
takes it, so batches started together on one store share the files; a file another live
batch holds is waited for, then linked, and one left by a dead batch is taken over.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import time
from collections import deque
from collections.abc import Generator, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from warrant_terms.batch.pool import START_TIMEOUT, SupervisedPool, Task, TaskFunc
from warrant_terms.batch.progress import Progress
from warrant_terms.batch.store import FileStat, Link, Store
from warrant_terms.batch.storefile import is_store_file, shown
from warrant_terms.batch.work import FileResult

log = logging.getLogger(__name__)

# Error codes that say "the run failed", not "the document is bad": `--retry-errors` redoes them.
RETRY_CODES: tuple[str, ...] = ("timeout", "worker_crashed", "internal_error")
DEFAULT_TIMEOUT = 300.0
# Recycling a worker after this many files keeps memory flat over a long sweep.
DEFAULT_MAX_TASKS = 500

# A stat taken this close to a change may miss the next change within the file system's
# clock tick, so it is not kept: the next run hashes that file (git's "racy clean" rule).
RACY_NS = 2_000_000_000
# How often a run waiting on files another batch holds looks again.
CLAIM_POLL = 0.5


@dataclass
class BatchOptions:
    workers: int | None = None
    timeout: float = DEFAULT_TIMEOUT
    dask: str | None = None
    retry_errors: bool = False
    verify: bool = False  # hash every file, not only those whose stat changed
    max_tasks_per_worker: int = DEFAULT_MAX_TASKS
    progress: bool = True
    # What a local worker runs per file; tests put a runaway here. Must be picklable.
    func: TaskFunc | None = None


@dataclass
class BatchSummary:
    files_seen: int = 0
    files_skipped: int = 0
    files_done: int = 0
    files_by_others: int = 0  # done meanwhile by another batch on the same store
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
    seen: dict[str, str | None] = field(default_factory=dict)  # store version when planned
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


def file_stat(path: Path) -> FileStat | None:
    try:
        st = path.stat()
    except OSError:
        return None
    ctime: int | None = st.st_ctime_ns
    if max(st.st_ctime_ns, st.st_mtime_ns) > time.time_ns() - RACY_NS:
        ctime = None
    return FileStat(st.st_size, st.st_mtime_ns, ctime, st.st_ino)


def plan(store: Store, paths: Sequence[Path], retry: set[str], verify: bool = False) -> Plan:
    """What is left to do: files whose content the store lacks, each distinct content once."""
    out = Plan()
    for path in paths:
        name = str(path)
        stat = file_stat(path)
        state = store.path_state(name)
        if (
            not verify
            and state is not None
            and stat is not None
            and stat.known
            and state.stat == stat
            and state.sha256 not in retry
        ):
            out.skipped += 1
            continue
        try:
            sha = file_sha256(path) if stat is not None else _missing_key(name)
        except OSError:
            sha = _missing_key(name)
        link = (name, stat or FileStat())
        if sha in out.links:  # the same bytes twice in this run: extract once, link both
            out.links[sha].append(link)
            continue
        if store.has_content(sha) and sha not in retry:
            store.link([link], sha, None)
            out.skipped += 1
            continue
        out.links[sha] = [link]
        out.sizes[sha] = stat.size if stat else None
        out.seen[sha] = store.version(sha)
        out.tasks.append((name, sha))
    return out


def _without_store(paths: Sequence[Path], db: Path) -> list[Path]:
    """`paths` less the store itself and SQLite's files beside it (`batch . --db here`)."""
    kept = [p for p in paths if not is_store_file(p, db)]
    if len(kept) < len(paths):
        log.info("not reading the results store %s among the inputs", shown(db))
    return kept


class _Claims:
    """The run's tasks, each claimed in the store as the pool draws it.

    Tasks another live batch holds are set aside (`waiting`); tasks another batch has
    finished are linked to this run's paths and counted, never extracted twice.
    """

    def __init__(self, store: Store, todo: Plan, run_id: int, lease: float,
                 summary: BatchSummary, progress: Progress) -> None:
        self.store, self.todo, self.run_id, self.lease = store, todo, run_id, lease
        self.summary, self.progress = summary, progress
        self.pending: deque[Task] = deque(todo.tasks)
        self.waiting: list[Task] = []

    def __length_hint__(self) -> int:
        return len(self.pending)

    def __iter__(self) -> Iterator[Task]:
        while self.pending:
            task = self.pending.popleft()
            if self.take(task):
                yield task

    def take(self, task: Task) -> bool:
        sha = task[1]
        state = self.store.claim(sha, self.run_id, self.todo.seen[sha], self.lease)
        if state == "claimed":
            return True
        if state == "done":
            self.store.link(self.todo.links[sha], sha, self.run_id)
            self.summary.files_by_others += 1
            self.progress.update(0, 0)
        else:
            self.waiting.append(task)
        return False

    def wait_for_others(self) -> None:
        """Block until some waiting task is done elsewhere or free to take (then pending)."""
        while self.waiting and not self.pending:
            time.sleep(CLAIM_POLL)
            waiting, self.waiting = self.waiting, []
            for task in waiting:
                if self.take(task):
                    self.pending.append(task)
                    # Claimed here; `__iter__` claims again (a no-op for the holder).


def run_batch(paths: Sequence[Path], db: Path, options: BatchOptions | None = None
              ) -> BatchSummary:
    """Extract every file in `paths` into the store at `db`, skipping what it already holds."""
    options = options or BatchOptions()
    workers = options.workers or os.cpu_count() or 1
    started = time.monotonic()
    paths = _without_store(paths, db)
    summary = BatchSummary(files_seen=len(paths))
    with Store(db) as store:
        retry = store.retryable(RETRY_CODES) if options.retry_errors else set()
        todo = plan(store, paths, retry, verify=options.verify)
        summary.files_skipped = todo.skipped
        engine = f"dask:{options.dask}" if options.dask else "local"
        run_id = store.begin_run(engine, workers)
        progress = Progress(len(todo.tasks), enabled=options.progress)
        # A claim outlives the file's time limit and a worker's start: past that, the run
        # holding it is surely stuck or gone.
        claims = _Claims(store, todo, run_id, options.timeout + START_TIMEOUT, summary,
                         progress)
        pool: SupervisedPool | None = None
        try:
            while claims.pending:
                pool = _run_round(store, claims, options, workers, run_id, summary, progress,
                                  pool)
                claims.wait_for_others()
        finally:
            store.release(run_id)
            progress.close()
            summary.seconds = time.monotonic() - started
            summary.worker_restarts = pool.restarts if pool is not None else 0
            store.finish_run(run_id, files_seen=summary.files_seen,
                             files_done=summary.files_done,
                             files_skipped=summary.files_skipped + summary.files_by_others,
                             documents_done=summary.documents, errors=summary.errors,
                             seconds=round(summary.seconds, 3))
    return summary


def _run_round(store: Store, claims: _Claims, options: BatchOptions, workers: int,
               run_id: int, summary: BatchSummary, progress: Progress,
               pool: SupervisedPool | None) -> SupervisedPool | None:
    """Extract the pending tasks this run can claim; returns the pool used (for its counts)."""
    results: Generator[tuple[Task, FileResult], None, None]
    if options.dask:
        from warrant_terms.batch.dask_runner import run_on_dask

        results = run_on_dask(options.dask, claims, options.timeout)
    else:
        if pool is None:
            pool = SupervisedPool(workers, options.timeout, options.func,
                                  max_tasks=options.max_tasks_per_worker)
        results = pool.map(claims)
    try:
        for (_, sha), result in results:
            errors = [r for r in result.records if r.status == "error"]
            store.put(sha, result.records, claims.todo.links[sha],
                      size=claims.todo.sizes.get(sha), seconds=result.seconds, run_id=run_id)
            summary.files_done += 1
            summary.documents += len(result.records)
            summary.errors += len(errors)
            for rec in errors:
                for code in _codes(rec.json):
                    summary.error_codes[code] = summary.error_codes.get(code, 0) + 1
            progress.update(len(result.records), len(errors))
    finally:
        results.close()  # stops the workers now, even on Ctrl-C
    return pool


def _codes(record_json: str) -> list[str]:
    return [e.get("code", "?") for e in json.loads(record_json).get("errors", [])]
