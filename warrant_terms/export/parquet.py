"""Parquet: the warrant table with a typed schema for other tools.

Dates are `date32`, the exercise price `decimal128(38, 18)` (exact, as the record's
decimal string), shares `int64`, anti-dilution a `list<string>`. The record schema
version travels in the file's key-value metadata.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pyarrow as pa  # type: ignore[import-untyped]
import pyarrow.parquet as pq  # type: ignore[import-untyped]

from warrant_terms import SCHEMA_VERSION
from warrant_terms.export.table import FILING_COLUMNS, WARRANT_COLUMNS, warrant_rows
from warrant_terms.schema import FIELD_NAMES, Record

PRICE_TYPE = pa.decimal128(38, 18)

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
    "redemption": pa.list_(pa.string()),
    "automatic_exercise": pa.bool_(),
    "fundamental_transaction_cash_value": pa.bool_(),
}
_FILING_TYPES: dict[str, pa.DataType] = {
    "filing_date": pa.date32(),
    "document_index": pa.int32(),
    "warrant_index": pa.int32(),
}


def _column_type(column: str) -> pa.DataType:
    if column in FILING_COLUMNS:
        return _FILING_TYPES.get(column, pa.string())
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


def write_parquet(records: Sequence[Record], out: Path) -> None:
    rows = list(warrant_rows(records))
    columns = {c: [row[c] for row in rows] for c in WARRANT_COLUMNS}
    table = pa.Table.from_pydict(columns, schema=SCHEMA)
    pq.write_table(table, out)
