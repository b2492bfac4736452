"""A supervised process pool whose time limit really stops a runaway.

`concurrent.futures` cannot stop a task that is stuck (a catastrophic regex runs in C and
never returns to the interpreter), so each worker here is a process with its own pipe: the
parent waits on the pipes with a deadline, and a worker past its deadline is killed
(SIGKILL) and replaced. A worker that dies (segfault, out of memory) is replaced the same
way. Each worker warms the pipeline once before it takes work, and is recycled after
`max_tasks` files so memory stays flat over a long sweep.

This is a pool, not a scheduler: tasks go, in input order, to whichever worker has room.
Tasks are drawn from their iterable one at a time, as a worker has room, so the caller can
decide about each at the last moment (the batch runner claims it in the store). Each worker
holds up to `PREFETCH` tasks, so the next file is already in its pipe while the parent
stores the last result. The time limit counts from when a worker starts a file; when
a worker is killed or dies, the file it was on is recorded and the files waiting behind it
go to the other workers.
"""

from __future__ import annotations

import logging
import multiprocessing as mp
import operator
import os
import sys
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import Any

from warrant_terms.batch.work import FileResult, error_result, process_path, warm_up

log = logging.getLogger(__name__)

Task = tuple[str, str]  # (path, sha256)
TaskFunc = Callable[[str], FileResult]

# How long a worker may take to start and warm up before it counts as broken.
START_TIMEOUT = 120.0
JOIN_TIMEOUT = 5.0
# Tasks in flight per worker: the next file waits in the worker's pipe, so a worker does not
# sit idle between files until the parent (which shares the cores with the workers) gets
# its turn to store the last result and send the next file.
PREFETCH = 2


def _context() -> Any:
    # forkserver: workers fork from a clean, single-threaded server (no inherited SQLite
    # handle or progress thread) that has already imported spaCy and the extractor, so a
    # worker (or a replacement after a timeout) starts in a fraction of a second.
    if sys.platform.startswith("linux"):
        ctx = mp.get_context("forkserver")
        ctx.set_forkserver_preload(
            ["warrant_terms.batch.work", "warrant_terms.pipeline", "warrant_terms.extract"]
        )
        return ctx
    return mp.get_context("spawn")


def _worker_main(conn: Connection, func: TaskFunc, warm: bool) -> None:
    """Worker loop: warm up, say ready, then one file per message until told to stop."""
    if warm:
        warm_up()
    conn.send(("ready", os.getpid()))
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return  # the parent is gone (killed): nothing left to do
        if task is None:
            return
        path: str = task[0]
        try:
            result = func(path)
        # One buggy document must not end a sweep of thousands: whatever the extractor
        # raises becomes that document's error record, and the worker carries on.
        except Exception as exc:
            log.exception("internal error on %s", path)
            result = error_result(
                path, "internal_error", f"Extraction failed: {type(exc).__name__}: {exc}",
                sha256=task[1],
            )
        try:
            conn.send(result)
        except (BrokenPipeError, OSError):
            return


@dataclass
class _Worker:
    process: Any
    conn: Connection
    ready: bool = False
    # Tasks sent and not answered yet, in the order the worker takes them: the first is the
    # one it is working on, the rest wait in its pipe.
    tasks: deque[Task] = field(default_factory=deque)
    deadline: float = 0.0  # of the first task (or of starting up)
    done: int = 0
    retiring: bool = False  # recycled once its tasks are answered


class _Drawn:
    """Tasks drawn from an iterator only when one is wanted (truthy while more may come)."""

    def __init__(self, first: Task, rest: Iterator[Task]) -> None:
        self._next: deque[Task] = deque([first])
        self._rest = rest

    def __bool__(self) -> bool:
        if not self._next:
            task = next(self._rest, None)
            if task is not None:
                self._next.append(task)
        return bool(self._next)

    def popleft(self) -> Task:
        return self._next.popleft()

    def put_back(self, tasks: deque[Task]) -> None:
        """Tasks drawn but not started (their worker was killed) go first again."""
        self._next.extendleft(reversed(tasks))


class PoolError(RuntimeError):
    """The pool could not start its workers (a broken install, not a bad document)."""


class SupervisedPool:
    """Runs `func(path)` over tasks in `workers` processes with a per-file time limit."""

    def __init__(
        self,
        workers: int,
        timeout: float,
        func: TaskFunc | None = None,
        *,
        max_tasks: int = 0,
        warm: bool | None = None,
    ) -> None:
        self.size = max(1, workers)
        self.timeout = timeout
        self.func = func or process_path
        self.max_tasks = max_tasks
        # Warming builds the real pipeline; a custom `func` (a test's) may not need it.
        self.warm = warm if warm is not None else func is None
        self._ctx = _context()
        self._workers: list[_Worker] = []
        self.restarts = 0  # workers killed and replaced (timeouts, crashes), not recycled

    def _start(self) -> _Worker:
        parent, child = self._ctx.Pipe(duplex=True)
        process = self._ctx.Process(
            target=_worker_main, args=(child, self.func, self.warm), daemon=True
        )
        process.start()
        child.close()
        worker = _Worker(process, parent, deadline=time.monotonic() + START_TIMEOUT)
        self._workers.append(worker)
        return worker

    def _stop(self, worker: _Worker, kill: bool) -> None:
        self._workers.remove(worker)
        if kill:
            worker.process.kill()
        else:
            try:
                worker.conn.send(None)
            except (BrokenPipeError, OSError):
                worker.process.kill()
        worker.process.join(JOIN_TIMEOUT)
        if worker.process.is_alive():
            worker.process.kill()
            worker.process.join()
        worker.conn.close()

    def _replace(self, worker: _Worker, kill: bool) -> None:
        """A fresh worker in place of `worker`: killed (timeout, crash) or recycled."""
        self._stop(worker, kill)
        if kill:
            self.restarts += 1
        self._start()

    def map(self, tasks: Iterable[Task]) -> Generator[tuple[Task, FileResult], None, None]:
        """Results as they finish (not in input order)."""
        hint = operator.length_hint(tasks, self.size)
        source = iter(tasks)
        first = next(source, None)
        if first is None:
            return
        queue = _Drawn(first, source)
        for _ in range(max(1, min(self.size, hint))):
            self._start()
        try:
            yield from self._loop(queue)
        finally:
            for worker in list(self._workers):
                self._stop(worker, kill=bool(worker.tasks) or not worker.ready)

    def _feed(self, queue: _Drawn) -> None:
        """Top every ready worker up to `PREFETCH` tasks; recycle those done with theirs."""
        for worker in [w for w in self._workers if w.retiring and not w.tasks]:
            if queue:
                self._replace(worker, kill=False)
        for worker in self._workers:
            if not worker.ready or worker.retiring:
                continue
            while queue and len(worker.tasks) < PREFETCH:
                if self.max_tasks and worker.done + len(worker.tasks) >= self.max_tasks:
                    worker.retiring = True
                    break
                task = queue.popleft()
                if not worker.tasks:
                    worker.deadline = time.monotonic() + self.timeout
                worker.tasks.append(task)
                try:
                    worker.conn.send(task)
                except (BrokenPipeError, OSError):
                    break  # it died: its pipe reads as closed below and its tasks are handled

    def _loop(self, queue: _Drawn) -> Iterator[tuple[Task, FileResult]]:
        while queue or any(w.tasks for w in self._workers):
            self._feed(queue)
            now = time.monotonic()
            pending = [w.deadline for w in self._workers if w.tasks or not w.ready]
            wait_for = max(0.0, min(pending) - now) if pending else None
            ready = wait([w.conn for w in self._workers], timeout=wait_for)
            for worker in [w for w in list(self._workers) if w.conn in ready]:
                try:
                    message = worker.conn.recv()
                except (EOFError, OSError):
                    yield from self._died(worker, queue)
                    continue
                if not worker.ready:
                    worker.ready = True
                    continue
                task = worker.tasks.popleft()
                worker.done += 1
                if worker.tasks:  # it starts on the next one now
                    worker.deadline = time.monotonic() + self.timeout
                yield task, message
            now = time.monotonic()
            late = [w for w in self._workers if (w.tasks or not w.ready) and w.deadline <= now]
            for worker in late:
                if worker.tasks:
                    task = worker.tasks.popleft()
                    log.warning("%s: over the %.0f s limit; worker killed", task[0], self.timeout)
                    queue.put_back(worker.tasks)  # not started: done by another worker
                    self._replace(worker, kill=True)
                    yield task, error_result(
                        task[0], "timeout",
                        f"Extraction took longer than {self.timeout:g} s and was stopped.",
                        sha256=task[1],
                    )
                else:
                    raise PoolError("a batch worker did not start in time; see the log above")

    def _died(self, worker: _Worker, queue: _Drawn) -> Iterator[tuple[Task, FileResult]]:
        worker.process.join(JOIN_TIMEOUT)
        code = worker.process.exitcode
        if not worker.ready:
            raise PoolError(f"a batch worker failed to start (exit code {code})")
        task = worker.tasks.popleft() if worker.tasks else None
        queue.put_back(worker.tasks)  # not started: done by another worker
        worker.tasks.clear()
        self._replace(worker, kill=True)
        if task is not None:
            yield task, error_result(
                task[0], "worker_crashed",
                f"The worker process died while reading this file (exit code {code}).",
                sha256=task[1],
            )
