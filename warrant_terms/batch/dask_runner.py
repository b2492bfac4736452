# mypy: disallow-untyped-calls=False
"""The same per-file work on a Dask distributed cluster; results stream back to the client.

Files travel as bytes (workers need no shared disk); each worker warms the pipeline once
through a worker plugin. The client keeps about one task per worker thread in flight, so
a task's time on the clock is close to its time on a worker, and writes every result into
the SQLite store as it lands.

A Dask worker thread cannot be killed, so a task past the time limit is recorded as a
`timeout` error and released; the thread finishes (or the nanny restarts the worker) on its
own. `local` or `local:N` starts an in-process `LocalCluster` of N worker processes.
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Generator, Iterable
from pathlib import Path
from typing import Any

from distributed import Client, Future, LocalCluster, wait
from distributed.diagnostics.plugin import WorkerPlugin

from warrant_terms.batch.pool import Task
from warrant_terms.batch.work import FileResult, error_result, process_bytes, warm_up

log = logging.getLogger(__name__)


class WarmUpPlugin(WorkerPlugin):
    """Builds the extraction pipeline once when a worker joins."""

    name = "warrant-terms-warm-up"

    def setup(self, worker: Any) -> None:
        warm_up()


def _connect(address: str) -> tuple[Client, LocalCluster | None]:
    if address == "local" or address.startswith("local:"):
        n = int(address.partition(":")[2] or 2)
        if not log.isEnabledFor(logging.INFO):
            # The in-process scheduler logs at INFO by its own config; keep stderr for progress.
            logging.getLogger("distributed").setLevel(logging.WARNING)
        cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=logging.WARNING)
        return Client(cluster), cluster
    return Client(address), None


def run_on_dask(address: str, tasks: Iterable[Task], timeout: float
                ) -> Generator[tuple[Task, FileResult], None, None]:
    """Results as they finish (not in input order); tasks are drawn as slots free up."""
    source = iter(tasks)
    first = next(source, None)
    if first is None:
        return
    client, cluster = _connect(address)
    try:
        client.register_plugin(WarmUpPlugin())
        yield from _stream(client, [first], source, timeout)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _stream(client: Client, queue: list[Task], source: Iterable[Task], timeout: float
            ) -> Generator[tuple[Task, FileResult], None, None]:
    window = max(1, sum(client.nthreads().values()))
    rest = iter(source)
    more = True
    running: dict[Future[FileResult], tuple[Task, float]] = {}
    while more or running:
        while more and len(running) < window:
            task = queue.pop() if queue else next(rest, None)
            if task is None:
                more = False
                break
            try:
                data = Path(task[0]).read_bytes()
            except OSError as exc:
                yield task, error_result(task[0], "unreadable",
                                         f"Could not read {task[0]}: {exc}.", sha256=None)
                continue
            future = client.submit(process_bytes, data, task[0], pure=False,
                                   key=f"warrant-terms-{uuid.uuid4().hex}")
            running[future] = (task, time.monotonic() + timeout)
        if not running:
            continue
        wait_for = max(0.0, min(d for _, d in running.values()) - time.monotonic())
        try:
            done, _ = wait(list(running), timeout=wait_for, return_when="FIRST_COMPLETED")
        except TimeoutError:
            done = set()
        for future in done:
            task, _ = running.pop(future)
            yield task, _outcome(future, task)
        now = time.monotonic()
        for future, (task, deadline) in list(running.items()):
            if deadline <= now:
                running.pop(future)
                future.release()
                log.warning("%s: over the %.0f s limit on Dask", task[0], timeout)
                yield task, error_result(
                    task[0], "timeout",
                    f"Extraction took longer than {timeout:g} s and was abandoned.",
                    sha256=task[1],
                )


def _outcome(future: Future[FileResult], task: Task) -> FileResult:
    if future.status == "finished":
        result: FileResult = future.result()
        return result
    exc = future.exception() if future.status == "error" else None
    what = f"{type(exc).__name__}: {exc}" if exc is not None else future.status
    return error_result(task[0], "internal_error", f"Extraction failed on Dask: {what}",
                        sha256=task[1])
