"""Read the warrant to calculate on from `extract` output (a file or standard input)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from warrant_terms.calc.errors import CalcError
from warrant_terms.schema.models import Record, Warrant


def _records(data: Any) -> list[Any]:
    """`extract --format json` may write a list of records; JSONL gives one per line."""
    return data if isinstance(data, list) else [data]


def parse_records(text: str, where: str) -> list[Record]:
    """Every record in `text`: one JSON document (object or list) or JSON lines."""
    stripped = text.strip()
    if not stripped:
        raise CalcError(f"{where} is empty; expected a record from `warrant-terms extract`")
    try:
        raw = _records(json.loads(stripped))
    except json.JSONDecodeError:
        raw = []
        for lineno, line in enumerate(stripped.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                raw.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise CalcError(f"{where} line {lineno} is not JSON: {exc.msg}") from None
    records = []
    for i, item in enumerate(raw):
        try:
            records.append(Record.model_validate(item))
        except ValidationError as exc:
            first = exc.errors()[0]
            loc = ".".join(str(p) for p in first["loc"])
            raise CalcError(
                f"{where} record {i} is not an extract record: {loc}: {first['msg']}"
            ) from None
    return records


def read_text(path: str) -> tuple[str, str]:
    """The text of `path` (``-`` for standard input) and a name for messages."""
    if path == "-":
        return sys.stdin.read(), "standard input"
    try:
        return Path(path).read_text(encoding="utf-8"), path
    except (OSError, UnicodeDecodeError) as exc:
        raise CalcError(f"cannot read {path}: {exc}") from None


def load_warrant(path: str, index: int = 0) -> Warrant:
    """Warrant `index` (0-based) of the one record in `path`."""
    text, where = read_text(path)
    records = parse_records(text, where)
    if len(records) != 1:
        raise CalcError(
            f"{where} holds {len(records)} records; pass one (e.g. one line of the JSONL)"
        )
    record = records[0]
    if not record.warrants:
        why = f" (status {record.status}"
        why += f": {record.errors[0].message})" if record.errors else ")"
        raise CalcError(f"{where} holds no warrant{why}")
    if not 0 <= index < len(record.warrants):
        raise CalcError(
            f"--warrant {index} is out of range; {where} holds {len(record.warrants)} "
            "warrant(s), numbered from 0"
        )
    return record.warrants[index]
