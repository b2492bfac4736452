"""Read the warrant to calculate on from `extract` output (a file or standard input).

Every input is read with a size bound (`MAX_INPUT_BYTES`): `--prices /dev/zero` or a pipe
that never ends is refused once the bound is passed, never read until memory runs out.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, BinaryIO

from pydantic import ValidationError

from warrant_terms.calc.errors import CalcError
from warrant_terms.schema.models import Record, Warrant

# A record of `extract` output is a few hundred kilobytes at most, a price series of a
# century of trading days under one megabyte; 64 MB leaves room for a whole JSONL export.
MAX_INPUT_BYTES = 64 * 1024 * 1024
_CHUNK = 1024 * 1024


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
    except RecursionError:
        raise CalcError(f"{where} is nested too deeply to be a record") from None
    except json.JSONDecodeError:
        raw = []
        for lineno, line in enumerate(stripped.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                raw.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise CalcError(f"{where} line {lineno} is not JSON: {exc.msg}") from None
            except RecursionError:
                raise CalcError(f"{where} line {lineno} is nested too deeply") from None
    records = []
    for i, item in enumerate(raw):
        try:
            records.append(Record.model_validate(item))
        except RecursionError:
            raise CalcError(f"{where} record {i} is nested too deeply") from None
        except ValidationError as exc:
            first = exc.errors()[0]
            loc = ".".join(str(p) for p in first["loc"])
            raise CalcError(
                f"{where} record {i} is not an extract record: {loc}: {first['msg']}"
            ) from None
    return records


def _read_bounded(stream: BinaryIO, where: str, limit: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while size <= limit:
        chunk = stream.read(min(_CHUNK, limit + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    if size > limit:
        raise CalcError(f"{where} is larger than {limit // (1024 * 1024)} MB; not a record or series")
    return b"".join(chunks)


def read_text(path: str, limit: int = MAX_INPUT_BYTES) -> tuple[str, str]:
    """The text of `path` (``-`` for standard input) and a name for messages.

    At most `limit` bytes are read; a NUL byte marks a file that is not text.
    """
    where = "standard input" if path == "-" else path
    try:
        if path == "-" and not hasattr(sys.stdin, "buffer"):  # a text stream put in its place
            data = sys.stdin.read(limit + 1).encode("utf-8")
            if len(data) > limit:
                raise CalcError(f"{where} is larger than {limit // (1024 * 1024)} MB")
        elif path == "-":
            data = _read_bounded(sys.stdin.buffer, where, limit)
        else:
            with Path(path).open("rb") as fh:
                data = _read_bounded(fh, where, limit)
        text = data.decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise CalcError(f"cannot read {where}: {exc}") from None
    if "\0" in text:
        raise CalcError(f"{where} holds NUL bytes; expected text")
    return text, where


def load_record(path: str) -> tuple[Record, str]:
    """The one record in `path` that holds warrants, and a name for messages."""
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
    return record, where


def load_warrant(path: str, index: int = 0) -> Warrant:
    """Warrant `index` (0-based) of the one record in `path`."""
    record, where = load_record(path)
    if not 0 <= index < len(record.warrants):
        raise CalcError(
            f"--warrant {index} is out of range; {where} holds {len(record.warrants)} "
            "warrant(s), numbered from 0"
        )
    return record.warrants[index]
