"""Records flattened to rows: one row per warrant (the diligence view) and one per document.

The same rows feed CSV, XLSX and Parquet, so every tabular format has the same columns.
Values keep their types here (`Decimal`, `date`, `int`, `bool`, `list[str]`); each writer
decides how to render them.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator, Sequence
from decimal import Decimal
from typing import Any

from pydantic import BaseModel

from warrant_terms.schema import FIELD_NAMES, Record, Term, Warrant

Cell = str | int | float | bool | Decimal | dt.date | list[str] | None

# Where each warrant was filed: EDGAR header fields and the exhibit, before the terms.
FILING_COLUMNS: tuple[str, ...] = (
    "company",
    "cik",
    "accession_number",
    "form_type",
    "filing_date",
    "exhibit",
    "filename",
    "description",
    "path",
    "document_index",
    "warrant_index",
    "sha256",
)
# Per field: the value, then the page and text of its evidence and the confidence.
FIELD_SUFFIXES: tuple[str, ...] = ("", "_page", "_evidence", "_confidence")
WARRANT_COLUMNS: tuple[str, ...] = (
    FILING_COLUMNS
    + tuple(f"{name}{suffix}" for name in FIELD_NAMES for suffix in FIELD_SUFFIXES)
    + ("warnings",)
)
DOCUMENT_COLUMNS: tuple[str, ...] = (
    *(c for c in FILING_COLUMNS if c != "warrant_index"),
    "media_type",
    "pages",
    "status",
    "warrants",
    "errors",
    "warnings",
)
ISSUE_COLUMNS: tuple[str, ...] = (
    "kind",
    "code",
    "field",
    "message",
    "status",
    "company",
    "accession_number",
    "exhibit",
    "path",
    "document_index",
)
# Evidence spans are joined with this; long exhibits can quote a lot, so text is capped.
EVIDENCE_JOINER = " … "
MAX_EVIDENCE_CHARS = 2000


def _filing(record: Record) -> dict[str, Cell]:
    src = record.source
    return {
        "company": src.company,
        "cik": src.cik,
        "accession_number": src.accession_number,
        "form_type": src.form_type,
        "filing_date": src.filing_date,
        "exhibit": src.document,
        "filename": src.filename,
        "description": src.description,
        "path": src.path,
        "document_index": src.document_index,
        "sha256": src.sha256,
    }


def _term_cells(name: str, term: Term[Any]) -> dict[str, Cell]:
    value: Cell = term.value
    if isinstance(term.value, BaseModel):
        value = term.value.model_dump_json()
    if isinstance(term.value, list):
        value = [v.model_dump_json() if isinstance(v, BaseModel) else str(v) for v in term.value]
    # A cell reads better on one line (and naive line counts of the CSV stay right); the
    # exact span text, line breaks included, stays in the JSON outputs.
    evidence = EVIDENCE_JOINER.join(" ".join(e.text.split()) for e in term.evidence)
    if len(evidence) > MAX_EVIDENCE_CHARS:
        evidence = evidence[: MAX_EVIDENCE_CHARS - 1] + "…"
    return {
        name: value,
        f"{name}_page": term.evidence[0].page if term.evidence else None,
        f"{name}_evidence": evidence or None,
        f"{name}_confidence": term.confidence if term.value is not None else None,
    }


def warrant_row(record: Record, index: int, warrant: Warrant) -> dict[str, Cell]:
    row = _filing(record)
    row["warrant_index"] = index
    for name in FIELD_NAMES:
        row.update(_term_cells(name, getattr(warrant, name)))
    row["warnings"] = "; ".join(sorted({w.code for w in record.warnings})) or None
    return {col: row.get(col) for col in WARRANT_COLUMNS}


def warrant_rows(records: Sequence[Record]) -> Iterator[dict[str, Cell]]:
    """One row per warrant, in record order; documents without warrants give none."""
    for record in records:
        for index, warrant in enumerate(record.warrants):
            yield warrant_row(record, index, warrant)


def document_rows(records: Sequence[Record]) -> Iterator[dict[str, Cell]]:
    """One row per document looked at, warrant or not, so a sweep shows its coverage."""
    for record in records:
        row = _filing(record)
        row.update(
            media_type=record.source.media_type,
            pages=record.source.pages,
            status=record.status,
            warrants=len(record.warrants),
            errors="; ".join(e.code for e in record.errors) or None,
            warnings="; ".join(sorted({w.code for w in record.warnings})) or None,
        )
        yield {col: row.get(col) for col in DOCUMENT_COLUMNS}


def issue_rows(records: Sequence[Record]) -> Iterator[dict[str, Cell]]:
    """One row per error or warning, errors first within each document."""
    for record in records:
        base = _filing(record)
        for kind, issues in (("error", record.errors), ("warning", record.warnings)):
            for issue in issues:
                row = dict(base)
                row.update(
                    kind=kind,
                    code=issue.code,
                    field=issue.field,
                    message=issue.message,
                    status=record.status,
                )
                yield {col: row.get(col) for col in ISSUE_COLUMNS}


def summarize(records: Sequence[Record]) -> dict[str, Cell]:
    """Counts a reader checks first: documents by status, warrants, issues by code."""
    statuses = Counter(r.status for r in records)
    error_codes = Counter(e.code for r in records for e in r.errors)
    warning_codes = Counter(w.code for r in records for w in r.warnings)
    summary: dict[str, Cell] = {
        "documents": len(records),
        "documents_ok": statuses.get("ok", 0),
        "documents_not_warrant": statuses.get("not_warrant", 0),
        "documents_error": statuses.get("error", 0),
        "warrants": sum(len(r.warrants) for r in records),
        "warnings": sum(warning_codes.values()),
    }
    for code, n in sorted(error_codes.items()):
        summary[f"error:{code}"] = n
    for code, n in sorted(warning_codes.items()):
        summary[f"warning:{code}"] = n
    return summary
