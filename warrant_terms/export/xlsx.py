"""XLSX: a diligence workbook.

Sheets: `Warrants` (one row per warrant, filing columns then each field with its page,
evidence and confidence), `Issues` (every error and warning), `Summary` (the run's counts)
and `Documents` (everything looked at, warrant or not). Headers are frozen and filtered,
dates are real dates and prices real numbers, and text that a spreadsheet would run as a
formula is neutralized.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook  # type: ignore[import-untyped]
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE  # type: ignore[import-untyped]
from openpyxl.styles import Alignment, Font  # type: ignore[import-untyped]
from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]
from openpyxl.worksheet.worksheet import Worksheet  # type: ignore[import-untyped]

from warrant_terms.export.safety import neutralize
from warrant_terms.export.table import (
    DOCUMENT_COLUMNS,
    ISSUE_COLUMNS,
    WARRANT_COLUMNS,
    Cell,
    document_rows,
    issue_rows,
    summarize,
    warrant_rows,
)
from warrant_terms.schema import Record

SHEET_WARRANTS = "Warrants"
SHEET_ISSUES = "Issues"
SHEET_SUMMARY = "Summary"
SHEET_DOCUMENTS = "Documents"

DATE_FORMAT = "yyyy-mm-dd"
SHARES_FORMAT = "#,##0"
# Enough decimals for sub-cent prices ("0.001") without padding "2.40" to "2.4000000".
PRICE_FORMAT = "#,##0.00########"
CONFIDENCE_FORMAT = "0.00"
MIN_WIDTH, MAX_WIDTH = 8, 60
# Excel refuses cells longer than this.
MAX_CELL_CHARS = 32767


def _number_format(column: str) -> str | None:
    if column == "shares":
        return SHARES_FORMAT
    if column == "exercise_price":
        return PRICE_FORMAT
    if column.endswith("_confidence"):
        return CONFIDENCE_FORMAT
    return None


def _cell_value(value: Cell) -> str | int | float | bool | Decimal | dt.date | None:
    if isinstance(value, list):
        value = "; ".join(value)
    if isinstance(value, str):
        text = ILLEGAL_CHARACTERS_RE.sub("", value)[:MAX_CELL_CHARS]
        return neutralize(text)
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


def write_xlsx(
    records: Sequence[Record], out: Path, summary: Mapping[str, Cell] | None = None
) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None  # a new Workbook always has one sheet
    ws.title = SHEET_WARRANTS
    _fill(ws, WARRANT_COLUMNS, warrant_rows(records))
    _fill(wb.create_sheet(SHEET_ISSUES), ISSUE_COLUMNS, issue_rows(records))
    counts = dict(summary or {})
    counts.update(summarize(records))
    _fill(
        wb.create_sheet(SHEET_SUMMARY),
        ("item", "value"),
        ({"item": k, "value": v} for k, v in counts.items()),
    )
    _fill(wb.create_sheet(SHEET_DOCUMENTS), DOCUMENT_COLUMNS, document_rows(records))
    wb.save(out)
