"""One document in, one record out: parse → section → extract → validate.

`extract_path` is what the CLI, the batch runner, the review page and the evaluation all
call; nothing else builds records.
"""

from __future__ import annotations

import hashlib
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from warrant_terms.parse import Document, Limits, Unreadable, load, load_bytes
from warrant_terms.schema import Issue, Record, Source

log = logging.getLogger(__name__)

_SOURCE_KEYS = frozenset(Source.model_fields)


@dataclass(frozen=True)
class Extraction:
    """A record with the document it was read from (None where it could not be read)."""

    record: Record
    document: Document | None


def _source(meta: dict[str, Any], fallback_path: str, pages: int | None) -> Source:
    fields = {k: v for k, v in meta.items() if k in _SOURCE_KEYS and v is not None}
    fields.setdefault("path", fallback_path)
    if pages is not None:
        fields["pages"] = pages
    return Source(**fields)


def extract_document(document: Document, path: str = "") -> Extraction:
    """Extract the warrant terms of one parsed document."""
    from warrant_terms.extract import extract_warrants

    result = extract_warrants(document)
    record = Record(
        source=_source(document.meta, path, document.pages),
        status="ok" if result.warrants else "not_warrant",
        warnings=result.warnings,
        warrants=result.warrants,
    )
    return Extraction(record, document)


def _unreadable(item: Unreadable, path: str) -> Extraction:
    record = Record(
        source=_source(item.meta, path, None),
        status="error",
        errors=[Issue(code=item.code, message=item.message)],
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


def extract_items(items: list[Document | Unreadable], path: str) -> list[Extraction]:
    out: list[Extraction] = []
    for item in items:
        if isinstance(item, Unreadable):
            out.append(_unreadable(item, path))
            continue
        try:
            out.append(extract_document(item, path))
        except RecursionError:
            out.append(_error(path, "too_complex", "The document is nested too deeply to read."))
    return out


def extract_path(path: str | os.PathLike[str], limits: Limits | None = None) -> list[Extraction]:
    """Every record for one file (one per document it holds). Never raises for bad content."""
    name = str(path)
    try:
        items = load(Path(path), limits)
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError) as exc:
        return [_error(name, "not_found", f"No readable file at {name}: {exc.strerror}.")]
    except PermissionError as exc:
        return [_error(name, "unreadable", f"Permission denied reading {name}: {exc.strerror}.")]
    except OSError as exc:
        return [_error(name, "unreadable", f"Could not read {name}: {exc}.")]
    return extract_items(items, name)


def extract_bytes(data: bytes, name: str, limits: Limits | None = None) -> list[Extraction]:
    """Every record for content given as bytes (`name` decides nothing but the label)."""
    return extract_items(load_bytes(data, name, limits), name)
