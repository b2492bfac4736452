"""Correctness against gold, one case per (document, warrant, field) and one per document's
status. Known misses (`corpus/known_misses.json`, written by `corpus/tools/known_misses.py`)
are `xfail(strict=True)`: a fix shows as XPASS and fails until the list is updated, a new miss
fails by name."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from shared_files import shared_file

from warrant_terms.evaluate.core import (
    DocResult,
    ManifestEntry,
    evaluate_entry,
    load_manifest,
    scored_fields,
)
from warrant_terms.evaluate.shared import MANIFEST_PREFIX

ROOT = Path(__file__).resolve().parents[1]
ENTRIES = load_manifest(ROOT / "corpus" / "manifest.csv")
KNOWN = set(json.loads((ROOT / "corpus" / "known_misses.json").read_text(encoding="utf-8")))
_RESULTS: dict[str, DocResult] = {}


def _result(entry: ManifestEntry) -> DocResult:
    if entry.path.startswith(MANIFEST_PREFIX):
        shared_file()  # skipped, with the suite's one reason, without the shared folder
    if not entry.doc_path.is_file():
        pytest.skip(f"{entry.path} is not here (the shared corpus is beside the repository in CI)")
    if entry.id not in _RESULTS:
        _RESULTS[entry.id] = evaluate_entry(entry)
    return _RESULTS[entry.id]


def _cases() -> list[object]:
    out: list[object] = []
    for e in ENTRIES:
        key = f"{e.id}:status"
        out.append(pytest.param(e, None, None, id=key,
                                marks=[pytest.mark.xfail(strict=True)] if key in KNOWN else []))
        if e.status != "ok" or not e.gold_path.is_file():
            continue
        gold = e.load_gold()
        for wi, warrant in enumerate(gold.get("warrants") or []):
            for name in scored_fields(gold, warrant):
                key = f"{e.id}[{wi}].{name}"
                marks = [pytest.mark.xfail(strict=True)] if key in KNOWN else []
                out.append(pytest.param(e, wi, name, id=key, marks=marks))
    return out


@pytest.mark.parametrize(("entry", "warrant", "field"), _cases())
def test_matches_gold(entry: ManifestEntry, warrant: int | None, field: str | None) -> None:
    result = _result(entry)
    if field is None:
        assert result.output_status == result.gold_status, result.errors
        return
    hits = [c for c in result.comparisons if c.warrant == warrant and c.field == field]
    assert len(hits) == 1
    c = hits[0]
    assert c.outcome == "correct", f"{c.outcome}: gold {c.gold!r}, output {c.output!r} ({c.rule})"
