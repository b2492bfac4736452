"""One document in, one record out: parse → section → extract → validate.

Each stage is its own module and the data flows one way: `parse` reads the document,
`extract` proposes candidates per instrument (sections, defined terms and cues are computed
in its context), `validate` checks them within and across fields, and this module builds the
record.

`extract_path` is what the CLI, the batch runner, the review page and the evaluation all
call; nothing else builds records.

No input stops a run: content the parse layer cannot read is an error record with a stable
code; a bug that an input trips in extraction is an `internal_error` record for that
document (the traceback goes to the log, never into the record); and a file that takes
longer than `Limits.max_seconds` is a `timeout` record (in the main thread, where SIGALRM
can interrupt it; batch workers are also killed from outside at their own limit).
"""

from __future__ import annotations

import hashlib
import logging
import os
import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import Any

from pydantic import ValidationError

from warrant_terms.parse import Document, Limits, Unreadable, load, load_bytes
from warrant_terms.parse.edgar import INVALID_HEADER_VALUE
from warrant_terms.parse.result import INTERNAL_ERROR, TIMEOUT, TOO_LARGE
from warrant_terms.schema import Issue, Record, Source, Warrant

log = logging.getLogger(__name__)

_SOURCE_KEYS = frozenset(Source.model_fields)


@dataclass(frozen=True)
class Extraction:
    """A record with the document it was read from (None where it could not be read)."""

    record: Record
    document: Document | None


def _source(meta: dict[str, Any], fallback_path: str, pages: int | None
            ) -> tuple[Source, list[Issue]]:
    """The record's source, and the warnings the parse layer left in `meta` about it.

    The parse layer checks the header values it reads; should one still not fit the model,
    it is dropped with a warning here rather than costing the document its record.
    """
    fields = {k: v for k, v in meta.items() if k in _SOURCE_KEYS and v is not None}
    fields.setdefault("path", fallback_path)
    if pages is not None:
        fields["pages"] = pages
    warnings = list(meta.get("warnings") or ())
    try:
        return Source(**fields), warnings
    except ValidationError as exc:
        bad = {str(e["loc"][0]) for e in exc.errors() if e["loc"]} - {"path"}
        for name in sorted(bad):
            shown = str(fields.pop(name))[:60]
            warnings.append(
                Issue(code=INVALID_HEADER_VALUE,
                      message=f"The {name} value {shown!r} is not valid there; it is left out.")
            )
        return Source(**fields), warnings


def extract_document(document: Document, path: str = "") -> Extraction:
    """Extract the warrant terms of one parsed document."""
    from warrant_terms.extract import extract_candidates, to_warrant
    from warrant_terms.validate import validate

    warrants: list[Warrant] = []
    warnings: list[Issue] = []
    for found in extract_candidates(document):
        chosen, issues = validate(found.chosen, found.found)
        warrants.append(to_warrant(found.ctx, chosen))
        warnings.extend(issues)
    source, source_warnings = _source(document.meta, path, document.pages)
    record = Record(
        source=source,
        status="ok" if warrants else "not_warrant",
        warnings=source_warnings + warnings,
        warrants=warrants,
    )
    return Extraction(record, document)


def _unreadable(item: Unreadable, path: str) -> Extraction:
    source, warnings = _source(item.meta, path, None)
    record = Record(
        source=source,
        status="error",
        errors=[Issue(code=item.code, message=item.message)],
        warnings=warnings,
    )
    return Extraction(record, None)


def _error(path: str, code: str, message: str, data: bytes | None = None) -> Extraction:
    sha = hashlib.sha256(data).hexdigest() if data is not None else None
    record = Record(
        source=Source(path=path, sha256=sha),
        status="error",
        errors=[Issue(code=code, message=message)],
    )
    return Extraction(record, None)


def _item_error(item: Document, path: str, code: str, message: str) -> Extraction:
    source, warnings = _source(item.meta, path, item.pages)
    record = Record(
        source=source,
        status="error",
        errors=[Issue(code=code, message=message)],
        warnings=warnings,
    )
    return Extraction(record, None)


def extract_items(
    items: list[Document | Unreadable], path: str, limits: Limits | None = None
) -> list[Extraction]:
    limits = limits or Limits()
    out: list[Extraction] = []
    for item in items:
        if isinstance(item, Unreadable):
            out.append(_unreadable(item, path))
            continue
        if len(item.text) > limits.max_text_chars:  # parsed (`text` shows it), but not extracted
            message = (
                f"The document's text is {len(item.text):,} characters long, more than the "
                f"{limits.max_text_chars:,} this tool extracts from; a warrant is far shorter."
            )
            out.append(_item_error(item, path, TOO_LARGE, message))
            continue
        try:
            out.append(extract_document(item, path))
        except RecursionError:
            message = "The document is nested too deeply to read."
            out.append(_item_error(item, path, "too_complex", message))
        # The fault barrier: whatever a bug in extraction raises on one document (a regex
        # helper indexing past a match, a validator meeting a value it never saw) becomes
        # that document's record, so the rest of the file and of the run go on. The message
        # names the type only; the traceback is logged, for a bug report.
        except Exception as exc:  # noqa: BLE001
            out.append(_item_error(item, path, INTERNAL_ERROR, _bug(path, "extraction", exc)))
    return out


def _bug(path: str, stage: str, exc: Exception) -> str:
    """Log a bug an input tripped (traceback at debug level) and say so in one sentence."""
    log.warning("%s: %s failed: %s", path, stage, type(exc).__name__)
    log.debug("%s: %s failed", path, stage, exc_info=exc)
    return (
        f"The {stage} failed on this document ({type(exc).__name__}); "
        "this is a bug in warrant-terms, please report it."
    )


# How soon a time limit fires again when its exception was swallowed where it landed.
_REARM_SECONDS = 0.05


class DocumentTimeout(BaseException):
    """Raised by the alarm inside a file's work. A BaseException, so that the broad
    `except Exception` around PDF library calls cannot swallow it."""


@contextmanager
def _time_limit(seconds: float | None) -> Iterator[None]:
    """Raise `DocumentTimeout` in this block after `seconds`, where SIGALRM can do that.

    Only in the main thread, and only when nobody else holds the real-time timer (a caller
    with its own alarm keeps it): otherwise the block runs unbounded, as before.
    """
    usable = (
        seconds is not None
        and seconds > 0
        and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
        and signal.getitimer(signal.ITIMER_REAL)[0] == 0
    )
    if not usable:
        yield
        return

    def on_alarm(signum: int, frame: FrameType | None) -> None:
        # Raised inside a finalizer or a gc callback, the exception is printed and dropped
        # ("Exception ignored in …") and the work goes on: the alarm is armed again, so that
        # it fires until it lands in the work itself; the `finally` below disarms it.
        signal.setitimer(signal.ITIMER_REAL, _REARM_SECONDS)
        raise DocumentTimeout

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)  # type: ignore[arg-type]
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        # None: a handler installed from C, which Python cannot put back; the default will do.
        signal.signal(signal.SIGALRM, signal.SIG_DFL if previous is None else previous)


def _bounded(name: str, limits: Limits, work: Callable[[], list[Extraction]]) -> list[Extraction]:
    try:
        with _time_limit(limits.max_seconds):
            return work()
    except DocumentTimeout:
        log.warning("%s: over the %g s limit", name, limits.max_seconds)
        return [
            _error(
                name,
                TIMEOUT,
                f"Reading and extracting the file took longer than {limits.max_seconds:g} s "
                "and was stopped.",
            )
        ]


def load_bounded(path: str | os.PathLike[str], limits: Limits | None = None
                 ) -> list[Document | Unreadable]:
    """`parse.load` under the time limit extraction runs under (`warrant-terms text`): a file
    that takes longer reads as one `timeout` item. Raises what `load` raises."""
    limits = limits or Limits()
    try:
        with _time_limit(limits.max_seconds):
            return load(Path(path), limits)
    except DocumentTimeout:
        log.warning("%s: over the %g s limit", path, limits.max_seconds)
        message = f"Reading the file took longer than {limits.max_seconds:g} s and was stopped."
        return [Unreadable(TIMEOUT, message, {"path": str(path)})]


def _extract_file(path: str | os.PathLike[str], limits: Limits) -> list[Extraction]:
    name = str(path)
    try:
        items = load(Path(path), limits)
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError) as exc:
        return [_error(name, "not_found", f"No readable file at {name}: {exc.strerror}.")]
    except PermissionError as exc:
        return [_error(name, "unreadable", f"Permission denied reading {name}: {exc.strerror}.")]
    except OSError as exc:
        return [_error(name, "unreadable", f"Could not read {name}: {exc.strerror or exc}.")]
    except Exception as exc:  # noqa: BLE001 - the fault barrier, as in `extract_items`
        return [_error(name, INTERNAL_ERROR, _bug(name, "parsing", exc))]
    return extract_items(items, name, limits)


def _extract_data(data: bytes, name: str, limits: Limits) -> list[Extraction]:
    try:
        items = load_bytes(data, name, limits)
    except Exception as exc:  # noqa: BLE001 - the fault barrier, as in `extract_items`
        return [_error(name, INTERNAL_ERROR, _bug(name, "parsing", exc), data)]
    return extract_items(items, name, limits)


def extract_path(path: str | os.PathLike[str], limits: Limits | None = None) -> list[Extraction]:
    """Every record for one file (one per document it holds). Never raises for bad content."""
    limits = limits or Limits()
    return _bounded(str(path), limits, lambda: _extract_file(path, limits))


def extract_bytes(data: bytes, name: str, limits: Limits | None = None) -> list[Extraction]:
    """Every record for content given as bytes (`name` decides nothing but the label)."""
    limits = limits or Limits()
    return _bounded(name, limits, lambda: _extract_data(data, name, limits))
