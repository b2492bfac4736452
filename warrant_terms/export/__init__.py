"""Writing records out: JSON Lines, JSON, CSV, XLSX, Parquet and Open Cap Format.

`write_records` is what `extract --format` and `export --format` both call. CSV, XLSX and
Parquet hold one row per instrument (XLSX adds sheets for the evidence, every document, the
issues and the summary); JSON and JSONL hold every record exactly as the JSON Schema
describes. Every format is written to a temporary file beside `out` and renamed into place,
so a failed write leaves the previous export intact.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from warrant_terms.export.atomic import atomic_path
from warrant_terms.export.table import Cell
from warrant_terms.schema import Record

FORMATS: tuple[str, ...] = ("jsonl", "json", "csv", "xlsx", "parquet", "ocf")


def _writer(fmt: str) -> Callable[[Sequence[Record], Path], None]:
    # Imported per format so `extract --format csv` never loads pyarrow or openpyxl.
    if fmt == "jsonl":
        from warrant_terms.export.jsonfmt import write_jsonl

        return write_jsonl
    if fmt == "json":
        from warrant_terms.export.jsonfmt import write_json

        return write_json
    if fmt == "csv":
        from warrant_terms.export.csvfmt import write_csv

        return write_csv
    if fmt == "parquet":
        from warrant_terms.export.parquet import write_parquet

        return write_parquet
    raise ValueError(f"unknown export format {fmt!r}; expected one of {', '.join(FORMATS)}")


def write_records(
    records: Sequence[Record],
    out: Path,
    fmt: str,
    *,
    summary: Mapping[str, Cell] | None = None,
) -> None:
    """Write `records` to `out` in `fmt`; `summary` adds run facts to the XLSX summary sheet."""
    out = Path(out)
    if fmt == "xlsx":
        from warrant_terms.export.xlsx import write_xlsx

        with atomic_path(out) as tmp:
            write_xlsx(records, tmp, summary)
        return
    if fmt == "ocf":  # two files that belong together: it renames both itself
        from warrant_terms.export.ocf import write_ocf

        write_ocf(records, out)
        return
    writer = _writer(fmt)
    with atomic_path(out) as tmp:
        writer(records, tmp)


__all__ = ["FORMATS", "write_records"]
