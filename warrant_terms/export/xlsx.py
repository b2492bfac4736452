"""XLSX: a diligence schedule.

Sheets:

- `Warrants`: one row per instrument, the terms first in the order an analyst reads them
  (issuer, instrument, holder, security, shares, price, dates, redemption, ...), then how the
  row sits among the document's instruments, then where it was filed. Each value carries its
  quoted evidence, page, confidence and rule as a cell comment; a value with low confidence
  is filled yellow, one a warning names orange (the Summary sheet says so).
- `Evidence`: one row per stated field of each instrument: the value, the page(s), the quote,
  the confidence, the rule and the warnings that name the field.
- `Documents`: everything looked at, warrant or not, with every path it was found at.
- `Issues`: every error and warning. `Summary`: the run's counts.

Headers are frozen and filtered, dates are real dates and prices real numbers, and text that
a spreadsheet would run as a formula is neutralized.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import io
import logging
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from lxml import etree  # type: ignore[import-untyped]
from openpyxl import Workbook  # type: ignore[import-untyped]
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE  # type: ignore[import-untyped]
from openpyxl.comments import Comment  # type: ignore[import-untyped]
from openpyxl.styles import Alignment, Font, PatternFill  # type: ignore[import-untyped]
from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]
from openpyxl.worksheet.worksheet import Worksheet  # type: ignore[import-untyped]

from warrant_terms.export.safety import neutralize
from warrant_terms.export.table import (
    DOCUMENT_COLUMNS,
    ISSUE_COLUMNS,
    PATH_JOINER,
    SUMMARY_COLUMNS,
    VALUE_COLUMNS,
    Cell,
    document_rows,
    evidence_pages,
    evidence_text,
    field_issues,
    issue_rows,
    iter_warrants,
    summarize,
    value_cell,
    warrant_row,
)
from warrant_terms.schema import Record, Term, is_stated

log = logging.getLogger(__name__)

SHEET_WARRANTS = "Warrants"
SHEET_EVIDENCE = "Evidence"
SHEET_DOCUMENTS = "Documents"
SHEET_ISSUES = "Issues"
SHEET_SUMMARY = "Summary"

DATE_FORMAT = "yyyy-mm-dd"
SHARES_FORMAT = "#,##0"
# Enough decimals for sub-cent prices ("0.001") without padding "2.40" to "2.4000000".
PRICE_FORMAT = "#,##0.00########"
CONFIDENCE_FORMAT = "0.00"
MIN_WIDTH, MAX_WIDTH = 8, 60
# Excel refuses cells longer than this; comments are kept far shorter to stay readable.
MAX_CELL_CHARS = 32767
MAX_COMMENT_CHARS = 1200
COMMENT_AUTHOR = "warrant-terms"
# Below this confidence a value is worth a second look (the review page uses the same).
LOW_CONFIDENCE = 0.6
LOW_CONFIDENCE_FILL = PatternFill("solid", start_color="FFF2CC", end_color="FFF2CC")
WARNING_FILL = PatternFill("solid", start_color="F8CBAD", end_color="F8CBAD")
EVIDENCE_COLUMNS: tuple[str, ...] = (
    "warrants_row",
    "issuer",
    "instrument_name",
    "warrant_index",
    "field",
    "value",
    "pages",
    "evidence",
    "confidence",
    "rule",
    "warnings",
    "path",
    "document_index",
)
_SHARE_COLUMNS = frozenset({"shares", "warrant_count", "instruments"})
_PRICE_COLUMNS = frozenset({"exercise_price", "shares_per_warrant"})


def _number_format(column: str) -> str | None:
    if column in _SHARE_COLUMNS:
        return SHARES_FORMAT
    if column in _PRICE_COLUMNS:
        return PRICE_FORMAT
    if column.endswith("confidence"):
        return CONFIDENCE_FORMAT
    return None


def _text(value: str, limit: int = MAX_CELL_CHARS) -> str:
    return neutralize(ILLEGAL_CHARACTERS_RE.sub("", value)[:limit])


def _cell_value(value: Cell) -> str | int | float | bool | Decimal | dt.date | None:
    if isinstance(value, list):
        value = PATH_JOINER.join(value)
    if isinstance(value, str):
        return _text(value)
    return value


def _fill(ws: Worksheet, columns: Sequence[str], rows: Iterable[Mapping[str, Cell]]) -> None:
    ws.append([neutralize(c) for c in columns])
    widths = [len(c) for c in columns]
    formats = [_number_format(c) for c in columns]
    for r, row in enumerate(rows, start=2):
        for c, column in enumerate(columns, start=1):
            value = _cell_value(row.get(column))
            if value is None:
                continue
            cell = ws.cell(row=r, column=c, value=value)
            if isinstance(value, dt.date):
                cell.number_format = DATE_FORMAT
            elif formats[c - 1] is not None and not isinstance(value, (str, bool)):
                cell.number_format = formats[c - 1]
            widths[c - 1] = max(widths[c - 1], min(len(str(value)), MAX_WIDTH))
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(vertical="top")
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{max(ws.max_row, 1)}"
    for c, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(c)].width = max(MIN_WIDTH, min(width + 2, MAX_WIDTH))


def comment_text(term: Term[Any], warnings: Sequence[str] = ()) -> str | None:
    """A value's grounds in a few lines: page, quote, confidence, rule, warnings."""
    lines: list[str] = []
    quote = evidence_text(term)
    if quote:
        lines.append(f"p. {evidence_pages(term)}: \u201c{quote}\u201d")
    if term.value is not None and (quote or term.rule):
        lines.append(f"confidence {term.confidence:.2f}" + (f", rule {term.rule}" if term.rule
                                                            else ""))
    lines.extend(warnings)
    if not lines:
        return None
    text = "\n".join(lines)
    return text if len(text) <= MAX_COMMENT_CHARS else text[: MAX_COMMENT_CHARS - 1] + "…"


def _annotate(ws: Worksheet, records: Sequence[Record]) -> None:
    """Comments and highlights on the Warrants sheet's value cells."""
    col = {name: SUMMARY_COLUMNS.index(name) + 1 for name in VALUE_COLUMNS}
    for r, (record, _, warrant) in enumerate(iter_warrants(records), start=2):
        issues = field_issues(record)
        for name in VALUE_COLUMNS:
            term: Term[Any] = getattr(warrant, name)
            named = [f"{i.code}: {i.message}" for i in issues.get(name, [])]
            text = comment_text(term, named)
            if text is None:
                continue
            cell = ws.cell(row=r, column=col[name])
            cell.comment = Comment(_text(text, MAX_COMMENT_CHARS), COMMENT_AUTHOR, width=360,
                                   height=160)
            if named:
                cell.fill = WARNING_FILL
            elif is_stated(name, term) and term.confidence < LOW_CONFIDENCE:
                cell.fill = LOW_CONFIDENCE_FILL


def evidence_rows(records: Sequence[Record]) -> Iterator[dict[str, Cell]]:
    """One row per stated field (or field with evidence) of each instrument."""
    for r, (record, index, warrant) in enumerate(iter_warrants(records), start=2):
        issues = field_issues(record)
        for name in VALUE_COLUMNS:
            term: Term[Any] = getattr(warrant, name)
            if not is_stated(name, term) and not term.evidence:
                continue
            value = value_cell(name, term, warrant.currency.value)
            yield {
                "warrants_row": r,
                "issuer": warrant.issuer.value,
                "instrument_name": warrant.instrument_name.value,
                "warrant_index": index,
                "field": name,
                "value": value,
                "pages": evidence_pages(term),
                "evidence": evidence_text(term),
                "confidence": term.confidence,
                "rule": term.rule,
                "warnings": "; ".join(i.code for i in issues.get(name, [])) or None,
                "path": record.source.path,
                "document_index": record.source.document_index,
            }


def write_xlsx(
    records: Sequence[Record], out: Path, summary: Mapping[str, Cell] | None = None
) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None  # a new Workbook always has one sheet
    ws.title = SHEET_WARRANTS
    _fill(ws, SUMMARY_COLUMNS, (warrant_row(r, i, w) for r, i, w in iter_warrants(records)))
    _annotate(ws, records)
    _fill(wb.create_sheet(SHEET_EVIDENCE), EVIDENCE_COLUMNS, evidence_rows(records))
    _fill(wb.create_sheet(SHEET_DOCUMENTS), DOCUMENT_COLUMNS, document_rows(records))
    _fill(wb.create_sheet(SHEET_ISSUES), ISSUE_COLUMNS, issue_rows(records))
    counts: dict[str, Cell] = dict(summary or {})
    counts.update(summarize(records))
    counts["highlight: yellow"] = f"a value whose confidence is below {LOW_CONFIDENCE}"
    counts["highlight: orange"] = "a value a warning names (see the cell's comment)"
    _fill(
        wb.create_sheet(SHEET_SUMMARY),
        ("item", "value"),
        ({"item": k, "value": v} for k, v in counts.items()),
    )
    # Built in memory, then written in one go: a zip archive whose file write fails would
    # retry from its finalizer and print a traceback (issue 14.3). openpyxl spools each sheet
    # through a temporary file; lxml reports a failed write there as its own error.
    buffer = io.BytesIO()
    failure: str | None = None
    with _quiet_finalizers():
        try:
            wb.save(buffer)
        except etree.LxmlError as exc:
            failure = str(exc)
    if failure is not None:
        raise OSError(f"cannot build the workbook: {failure}")
    out.write_bytes(buffer.getvalue())


@contextlib.contextmanager
def _quiet_finalizers() -> Iterator[None]:
    """openpyxl leaves its sheet writers half-closed when a write fails; their finalizers
    fail again and would print tracebacks. Those are logged here instead, and collected
    before this block ends."""
    previous = sys.unraisablehook

    def log_it(unraisable: Any) -> None:
        log.debug("after a failed workbook write: %s", unraisable.exc_value)

    sys.unraisablehook = log_it
    try:
        yield
    finally:
        gc.collect()
        sys.unraisablehook = previous
