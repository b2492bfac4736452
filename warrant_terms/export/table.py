"""Records flattened to rows: one row per instrument (the diligence view), one per document.

The same rows feed CSV, XLSX and Parquet, so every tabular format has the same columns, in
the order an analyst reads a warrant: who issued it and what it is, how many shares at what
price, when it can be exercised and when it ends, how the company can call it, then the
mechanics, then where it was filed. A document that sets out several instruments gives one
row each, and every row names the document's other instruments (`other_instruments`).

Values keep their types here (`Decimal`, `date`, `int`, `bool`, `list[str]`); the
version-2 structured fields (relative dates, redemption, the blocker) are given in words
("5 years after business combination"), and Parquet replaces those cells with typed structs
(see `export.parquet`). Each writer decides how to render the rest.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator, Sequence
from decimal import Decimal
from typing import Any

from pydantic import BaseModel

from warrant_terms.schema import FIELD_NAMES, Issue, Record, Term, Warrant, is_stated
from warrant_terms.schema.readable import describe_value

Cell = str | int | float | bool | Decimal | dt.date | list[str] | None

# The terms in reading order; a field added to the model later lands at the end, never lost.
_READING_ORDER: tuple[str, ...] = (
    "issuer",
    "instrument_name",
    "holder",
    "security",
    "shares",
    "warrant_count",
    "shares_per_warrant",
    "exercise_price",
    "currency",
    "issue_date",
    "exercisable_from",
    "expiration_date",
    "expiration_term",
    "redemption",
    "cashless_exercise",
    "automatic_exercise",
    "beneficial_ownership_limit",
    "anti_dilution",
    "fundamental_transaction_cash_value",
    "fractional_shares",
    "fractional_cash_basis",
    "preserves_aggregate_price",
    "warrant_agent",
    "issuer_jurisdiction",
    "governing_law",
)
VALUE_COLUMNS: tuple[str, ...] = tuple(f for f in _READING_ORDER if f in FIELD_NAMES) + tuple(
    f for f in FIELD_NAMES if f not in _READING_ORDER
)
# Fields whose value is structured; the table gives them in words.
STRUCTURED_FIELDS: tuple[str, ...] = (
    "exercisable_from",
    "expiration_term",
    "redemption",
    "beneficial_ownership_limit",
)
# How the row sits among the document's instruments.
INSTRUMENT_COLUMNS: tuple[str, ...] = ("warrant_index", "instruments", "other_instruments")
# Where each warrant was filed: EDGAR header fields and the exhibit. `paths` lists every path
# the same content was found at (a results store links duplicates), `path` the first.
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
    "paths",
    "document_index",
    "sha256",
)
# Per field: the page and text of its evidence and the confidence (CSV and Parquet; the
# XLSX puts them in cell comments and on its Evidence sheet instead).
EVIDENCE_SUFFIXES: tuple[str, ...] = ("_page", "_evidence", "_confidence")
SUMMARY_COLUMNS: tuple[str, ...] = (
    VALUE_COLUMNS + INSTRUMENT_COLUMNS + FILING_COLUMNS + ("warnings",)
)
EVIDENCE_COLUMNS: tuple[str, ...] = tuple(
    f"{name}{suffix}" for name in VALUE_COLUMNS for suffix in EVIDENCE_SUFFIXES
)
WARRANT_COLUMNS: tuple[str, ...] = SUMMARY_COLUMNS + EVIDENCE_COLUMNS
DOCUMENT_COLUMNS: tuple[str, ...] = (
    *(c for c in FILING_COLUMNS),
    "media_type",
    "pages",
    "status",
    "warrants",
    "instruments",
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
PATH_JOINER = "; "
MAX_EVIDENCE_CHARS = 2000


def all_paths(record: Record) -> list[str]:
    """Every path the document was found at, its own first."""
    return [record.source.path, *(p for p in record.source.also_filed_at
                                  if p != record.source.path)]


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
        "paths": all_paths(record),
        "document_index": src.document_index,
        "sha256": src.sha256,
    }


def instrument_label(index: int, warrant: Warrant) -> str:
    """How a row names an instrument: its name and its index in the document.

    >>> instrument_label(1, Warrant())
    'Warrant [1]'
    """
    return f"{warrant.instrument_name.value or 'Warrant'} [{index}]"


def value_cell(name: str, term: Term[Any], currency: str | None = None) -> Cell:
    """A field's value as a cell: typed where it is a scalar, in words where it is structured."""
    if name in STRUCTURED_FIELDS:
        if name == "redemption" and not is_stated(name, term):
            return "none stated" if term.value == [] else None
        return describe_value(name, term.value, currency)
    value = term.value
    if isinstance(value, BaseModel):
        return value.model_dump_json()
    if isinstance(value, list):
        return [v.model_dump_json() if isinstance(v, BaseModel) else str(v) for v in value]
    return value


def evidence_text(term: Term[Any]) -> str | None:
    """The quoted spans on one line each, joined and capped (exact spans stay in JSON)."""
    text = EVIDENCE_JOINER.join(" ".join(e.text.split()) for e in term.evidence)
    if len(text) > MAX_EVIDENCE_CHARS:
        text = text[: MAX_EVIDENCE_CHARS - 1] + "…"
    return text or None


def evidence_pages(term: Term[Any]) -> str | None:
    """The pages of a field's spans, in order, without repeats: ``"3"`` or ``"3, 4"``."""
    pages = list(dict.fromkeys(e.page for e in term.evidence))
    return ", ".join(str(p) for p in pages) or None


def _term_cells(name: str, term: Term[Any], currency: str | None) -> dict[str, Cell]:
    return {
        name: value_cell(name, term, currency),
        f"{name}_page": term.evidence[0].page if term.evidence else None,
        f"{name}_evidence": evidence_text(term),
        f"{name}_confidence": term.confidence if term.value is not None else None,
    }


def field_issues(record: Record) -> dict[str, list[Issue]]:
    """The record's warnings and errors by the field they name (issues name a field, not an
    instrument, so they apply to every instrument of the record)."""
    out: dict[str, list[Issue]] = {}
    for issue in record.warnings + record.errors:
        if issue.field:
            out.setdefault(issue.field, []).append(issue)
    return out


def warrant_row(record: Record, index: int, warrant: Warrant) -> dict[str, Cell]:
    row = _filing(record)
    row["warrant_index"] = index
    row["instruments"] = len(record.warrants)
    others = [instrument_label(i, w) for i, w in enumerate(record.warrants) if i != index]
    row["other_instruments"] = others or None
    currency = warrant.currency.value
    for name in VALUE_COLUMNS:
        row.update(_term_cells(name, getattr(warrant, name), currency))
    row["warnings"] = "; ".join(sorted({w.code for w in record.warnings})) or None
    return {col: row.get(col) for col in WARRANT_COLUMNS}


def iter_warrants(records: Sequence[Record]) -> Iterator[tuple[Record, int, Warrant]]:
    """Every instrument of every record, in order."""
    for record in records:
        for index, warrant in enumerate(record.warrants):
            yield record, index, warrant


def warrant_rows(records: Sequence[Record]) -> Iterator[dict[str, Cell]]:
    """One row per instrument, in record order; documents without warrants give none."""
    for record, index, warrant in iter_warrants(records):
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
            instruments=[instrument_label(i, w) for i, w in enumerate(record.warrants)] or None,
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
        "documents_with_several_instruments": sum(len(r.warrants) > 1 for r in records),
        "documents_found_at_several_paths": sum(bool(r.source.also_filed_at) for r in records),
        "warnings": sum(warning_codes.values()),
    }
    for code, n in sorted(error_codes.items()):
        summary[f"error:{code}"] = n
    for code, n in sorted(warning_codes.items()):
        summary[f"warning:{code}"] = n
    return summary
