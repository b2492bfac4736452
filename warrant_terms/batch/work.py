"""The work one file needs, as plain picklable functions for pool and Dask workers.

A worker calls `warm_up` once (it builds the spaCy pipeline and loads the rule files), then
`process_path` or `process_bytes` per file. Results travel as JSON strings, which are small,
version-proof and exactly what the store keeps.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from warrant_terms.schema import Issue, Record, Source

# A short warrant-like text: enough to make the extractor build everything it caches.
WARM_UP_TEXT = (
    "WARRANT TO PURCHASE SHARES OF COMMON STOCK\n\n"
    "This certifies that Example Holder LLC is entitled to purchase from Example Corp., "
    "a Delaware corporation, 1,000 shares of Common Stock at $1.00 per share.\n"
)

from warrant_terms.parse.result import Limits


@dataclass(frozen=True)
class StoredRecord:
    """One document's record as the store keeps it."""

    document_index: int
    status: str
    n_warrants: int
    json: str


@dataclass
class FileResult:
    """Every record of one file, and how long the worker spent on it."""

    path: str
    records: list[StoredRecord] = field(default_factory=list)
    seconds: float = 0.0


def stored(records: list[Record]) -> list[StoredRecord]:
    out = []
    for i, record in enumerate(records):
        index = record.source.document_index
        out.append(
            StoredRecord(
                document_index=i if index is None else index,
                status=record.status,
                n_warrants=len(record.warrants),
                json=record.model_dump_json(),
            )
        )
    return out


def error_result(path: str, code: str, message: str, sha256: str | None = None) -> FileResult:
    """A one-record result for a file the worker could not finish (timeout, crash)."""
    record = Record(
        source=Source(path=path, sha256=sha256),
        status="error",
        errors=[Issue(code=code, message=message)],
    )
    return FileResult(path=path, records=stored([record]))


def warm_up() -> None:
    from warrant_terms.pipeline import extract_bytes

    extract_bytes(WARM_UP_TEXT.encode(), "warm-up.txt")


def _worker_limits() -> Limits:
    # The pool enforces `batch --timeout` by killing the worker from outside; the pipeline's
    # own in-process alarm would cut a longer user-set timeout short.
    return Limits(max_seconds=None)


def process_path(path: str) -> FileResult:
    """Every record of the file at `path` (the local pool's task)."""
    from warrant_terms.pipeline import extract_path

    start = time.perf_counter()
    records = [e.record for e in extract_path(path, _worker_limits())]
    return FileResult(path=path, records=stored(records), seconds=time.perf_counter() - start)


def process_bytes(data: bytes, name: str) -> FileResult:
    """Every record of a file sent as bytes (the Dask task: workers need no shared disk)."""
    from warrant_terms.pipeline import extract_bytes

    start = time.perf_counter()
    records = [e.record for e in extract_bytes(data, name, _worker_limits())]
    return FileResult(path=name, records=stored(records), seconds=time.perf_counter() - start)
