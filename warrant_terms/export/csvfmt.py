"""CSV: the warrant sheet as comma-separated text (UTF-8 with BOM so Excel reads accents)."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

from warrant_terms.export.safety import neutralize
from warrant_terms.export.table import WARRANT_COLUMNS, Cell, warrant_rows
from warrant_terms.schema import Record

LIST_JOINER = "; "


def render(value: Cell) -> str:
    """One cell as CSV text: dates ISO, prices plain decimals, lists `; `-joined.

    >>> render(Decimal("2.40")), render(dt.date(2003, 12, 15)), render(True), render(None)
    ('2.40', '2003-12-15', 'true', '')
    >>> render(["split_combination", "stock_dividend"])
    'split_combination; stock_dividend'
    >>> render("=cmd")
    "'=cmd"
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return neutralize(LIST_JOINER.join(value))
    if isinstance(value, str):
        return neutralize(value)
    return str(value)


def write_csv(records: Sequence[Record], out: Path) -> None:
    with out.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(WARRANT_COLUMNS)
        for row in warrant_rows(records):
            writer.writerow([render(row[col]) for col in WARRANT_COLUMNS])
