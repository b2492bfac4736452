"""`python -m warrant_terms.demo OUT.jsonl`: a one-screen summary of extract output."""

from __future__ import annotations

import sys
from pathlib import Path

from warrant_terms.schema import Record

COLUMNS = ("issuer", "security", "shares", "exercise_price", "expiration_date", "governing_law")


def summarize(path: Path) -> str:
    lines = []
    records = [Record.model_validate_json(line) for line in path.read_text().splitlines() if line]
    header = f"{'document':44} {'status':11} " + " ".join(f"{c[:16]:16}" for c in COLUMNS)
    lines.append(header)
    lines.append("-" * len(header))
    for rec in records:
        name = Path(rec.source.path).name[:44]
        if rec.warrants:
            w = rec.warrants[0]
            cells = [str(getattr(w, c).value if getattr(w, c).value is not None else "—")[:16] for c in COLUMNS]
        else:
            cells = [(rec.errors[0].code if rec.errors else "")[:16]] + [""] * (len(COLUMNS) - 1)
        lines.append(f"{name:44} {rec.status:11} " + " ".join(f"{c:16}" for c in cells))
    counts = {s: sum(r.status == s for r in records) for s in ("ok", "not_warrant", "error")}
    lines.append("")
    lines.append(f"{len(records)} records: " + ", ".join(f"{n} {s}" for s, n in counts.items())
                 + f"; full records with evidence spans in {path}")
    return "\n".join(lines)


if __name__ == "__main__":
    print(summarize(Path(sys.argv[1])))
