"""Parquet: the instrument table with a typed schema for other tools.

Same columns as the CSV. Dates are `date32`, prices and per-warrant share counts
`decimal128(38, 18)` (exact, as the record's decimal string), shares and warrant counts
`int64`, anti-dilution, `paths` and `other_instruments` `list<string>`. The version-2
structured fields are typed, not text:

- `exercisable_from`, `expiration_term`: ``struct<kind: string, items: list<struct<amount:
  int64, unit: string, anchor: string, anchor_text: string, date: date32>>>``, `kind` being
  ``relative`` (one item), ``earlier_of`` or ``later_of``; an item is either a relative date
  (amount, unit, anchor, anchor_text) or a calendar `date`;
- `redemption`: ``list<struct<trigger_price, redemption_price: decimal; trading_days,
  window_days, notice_days: int32>>`` (an empty list where none is stated);
- `beneficial_ownership_limit`: ``struct<percent, max_percent: decimal>``.

The record schema version travels in the file's key-value metadata.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa  # type: ignore[import-untyped]
import pyarrow.parquet as pq  # type: ignore[import-untyped]

from warrant_terms import SCHEMA_VERSION
from warrant_terms.export.table import (
    FILING_COLUMNS,
    INSTRUMENT_COLUMNS,
    STRUCTURED_FIELDS,
    WARRANT_COLUMNS,
    iter_warrants,
    warrant_row,
)
from warrant_terms.schema import FIELD_NAMES, Record, Warrant
from warrant_terms.schema.models import (
    BeneficialOwnershipLimit,
    EarlierOf,
    RelativeDate,
    RelativeTerm,
)

PRICE_TYPE = pa.decimal128(38, 18)
DATE_ITEM_TYPE = pa.struct(
    [
        pa.field("amount", pa.int64()),
        pa.field("unit", pa.string()),
        pa.field("anchor", pa.string()),
        pa.field("anchor_text", pa.string()),
        pa.field("date", pa.date32()),
    ]
)
RELATIVE_TYPE = pa.struct(
    [pa.field("kind", pa.string()), pa.field("items", pa.list_(DATE_ITEM_TYPE))]
)
REDEMPTION_TYPE = pa.list_(
    pa.struct(
        [
            pa.field("trigger_price", PRICE_TYPE),
            pa.field("trading_days", pa.int32()),
            pa.field("window_days", pa.int32()),
            pa.field("redemption_price", PRICE_TYPE),
            pa.field("notice_days", pa.int32()),
        ]
    )
)
BLOCKER_TYPE = pa.struct(
    [pa.field("percent", PRICE_TYPE), pa.field("max_percent", PRICE_TYPE)]
)

_VALUE_TYPES: dict[str, pa.DataType] = {
    "shares": pa.int64(),
    "exercise_price": PRICE_TYPE,
    "issue_date": pa.date32(),
    "expiration_date": pa.date32(),
    "cashless_exercise": pa.bool_(),
    "preserves_aggregate_price": pa.bool_(),
    "anti_dilution": pa.list_(pa.string()),
    "warrant_count": pa.int64(),
    "shares_per_warrant": PRICE_TYPE,
    "exercisable_from": RELATIVE_TYPE,
    "expiration_term": RELATIVE_TYPE,
    "redemption": REDEMPTION_TYPE,
    "beneficial_ownership_limit": BLOCKER_TYPE,
    "automatic_exercise": pa.bool_(),
    "fundamental_transaction_cash_value": pa.bool_(),
}
_OTHER_TYPES: dict[str, pa.DataType] = {
    "filing_date": pa.date32(),
    "document_index": pa.int32(),
    "warrant_index": pa.int32(),
    "instruments": pa.int32(),
    "other_instruments": pa.list_(pa.string()),
    "paths": pa.list_(pa.string()),
}


def _column_type(column: str) -> pa.DataType:
    if column in FILING_COLUMNS or column in INSTRUMENT_COLUMNS:
        return _OTHER_TYPES.get(column, pa.string())
    if column in FIELD_NAMES:
        return _VALUE_TYPES.get(column, pa.string())
    if column.endswith("_page"):
        return pa.int32()
    if column.endswith("_confidence"):
        return pa.float64()
    return pa.string()


SCHEMA = pa.schema(
    [pa.field(c, _column_type(c)) for c in WARRANT_COLUMNS],
    metadata={b"warrant_terms.schema_version": SCHEMA_VERSION.encode()},
)


def _date_item(item: RelativeDate | dt.date) -> dict[str, Any]:
    if isinstance(item, dt.date):
        return {"date": item}
    return item.model_dump()


def relative_struct(term: RelativeTerm | None) -> dict[str, Any] | None:
    """A relative term as the `RELATIVE_TYPE` struct.

    >>> relative_struct(RelativeDate(amount=5, unit="years", anchor="business_combination",
    ...                              anchor_text="x"))["kind"]
    'relative'
    """
    if term is None:
        return None
    if isinstance(term, RelativeDate):
        return {"kind": "relative", "items": [_date_item(term)]}
    if isinstance(term, EarlierOf):
        return {"kind": "earlier_of", "items": [_date_item(i) for i in term.earlier_of]}
    return {"kind": "later_of", "items": [_date_item(i) for i in term.later_of]}


def _blocker(b: BeneficialOwnershipLimit | None) -> dict[str, Any] | None:
    return None if b is None else b.model_dump()


def _structured(warrant: Warrant) -> dict[str, Any]:
    out = {
        "exercisable_from": relative_struct(warrant.exercisable_from.value),
        "expiration_term": relative_struct(warrant.expiration_term.value),
        "redemption": [r.model_dump() for r in warrant.redemption.value or []],
        "beneficial_ownership_limit": _blocker(warrant.beneficial_ownership_limit.value),
    }
    assert set(out) == set(STRUCTURED_FIELDS)
    return out


def write_parquet(records: Sequence[Record], out: Path) -> None:
    rows = []
    for record, index, warrant in iter_warrants(records):
        row: dict[str, Any] = dict(warrant_row(record, index, warrant))
        row.update(_structured(warrant))
        rows.append(row)
    columns = {c: [row[c] for row in rows] for c in WARRANT_COLUMNS}
    table = pa.Table.from_pydict(columns, schema=SCHEMA)
    pq.write_table(table, out)
