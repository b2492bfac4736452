"""JSON Lines (one record per line) and JSON (an array): the records as the schema says."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from warrant_terms.schema import Record


def write_jsonl(records: Sequence[Record], out: Path) -> None:
    with out.open("w", encoding="utf-8") as fh:
        for record in records:
            fh.write(record.model_dump_json() + "\n")


def write_json(records: Sequence[Record], out: Path) -> None:
    payload = [r.model_dump(mode="json") for r in records]
    out.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
