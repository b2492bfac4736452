"""Write `corpus/known_misses.json`: every (document, warrant, field) the extractor gets wrong
today, so that `tests/test_gold.py` marks each one `xfail(strict=True)` — a fix or a new miss
then shows by name. Rewrite it on purpose, after a change of rules, and read the diff.

Usage (from the repository root):
    .venv/bin/python corpus/tools/known_misses.py
"""

from __future__ import annotations

import json
from pathlib import Path

from warrant_terms.evaluate.core import evaluate, load_manifest

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "corpus" / "known_misses.json"


def main() -> None:
    entries = [e for e in load_manifest(ROOT / "corpus" / "manifest.csv") if e.doc_path.is_file()]
    misses: list[str] = []
    for r in evaluate(entries):
        if r.gold_status != r.output_status:
            misses.append(f"{r.entry.id}:status")
        misses.extend(f"{c.doc_id}[{c.warrant}].{c.field}" for c in r.comparisons if c.outcome != "correct")
    OUT.write_text(json.dumps(sorted(misses), indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({len(misses)} known misses)")


if __name__ == "__main__":
    main()
