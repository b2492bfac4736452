"""`corpus/thresholds.json`: the floor the evaluation must stay on (a ratchet, never lowered).

Per origin: `overall` (min), `status_accuracy` (min), `exact_slices` (min), `invented_max`
(max count of invented values), `negatives_all_not_warrant` (true: every gold `not_warrant`
document must come out `not_warrant`) and `fields` (min accuracy per CONTRACT field). The
figures are for the whole manifest (`--split all`), rounded down to two decimals.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from decimal import ROUND_FLOOR, Decimal
from pathlib import Path
from typing import Any

from warrant_terms.evaluate.core import FIELDS, Summary

THRESHOLDS_NAME = Path("corpus") / "thresholds.json"
MIN_KEYS: tuple[str, ...] = ("overall", "status_accuracy", "exact_slices")
ORIGIN_KEYS: tuple[str, ...] = (*MIN_KEYS, "invented_max", "negatives_all_not_warrant", "fields")
# Float ratios such as 57/60 must not fail a floor written from their own rounded value.
_EPS = 1e-9


def floor2(value: float) -> float:
    return float(Decimal(repr(value)).quantize(Decimal("0.01"), rounding=ROUND_FLOOR))


def load_thresholds(path: Path) -> dict[str, Any]:
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise TypeError(f"{path}: not a JSON object")
    return data


def measured(sums: Mapping[str, Summary]) -> dict[str, Any]:
    """Thresholds equal to the current figures, rounded down to two decimals."""
    out: dict[str, Any] = {"split": "all"}
    for origin, s in sums.items():
        figures: dict[str, Any] = {}
        for key in MIN_KEYS:
            value = getattr(s, key)
            figures[key] = floor2(value) if value is not None else 0.0
        figures["invented_max"] = s.invented
        figures["negatives_all_not_warrant"] = s.negatives_all_not_warrant
        figures["fields"] = {
            name: floor2(acc) if (acc := s.fields[name].accuracy) is not None else 0.0
            for name in FIELDS
        }
        out[origin] = figures
    return out


def ratchet(old: Mapping[str, Any], new: Mapping[str, Any]) -> dict[str, Any]:
    """Thresholds only move up: the better of the old and the newly measured figure."""
    out: dict[str, Any] = {**old, **{k: v for k, v in new.items() if k not in old}}
    for origin, figures in new.items():
        if not isinstance(figures, dict) or not isinstance(old.get(origin), dict):
            continue
        prev = old[origin]
        merged = dict(prev)
        for key in MIN_KEYS:
            merged[key] = max(float(prev.get(key, 0.0)), float(figures[key]))
        merged["invented_max"] = min(
            int(prev.get("invented_max", figures["invented_max"])), int(figures["invented_max"])
        )
        merged["negatives_all_not_warrant"] = bool(prev.get("negatives_all_not_warrant")) or bool(
            figures["negatives_all_not_warrant"]
        )
        prev_fields = prev.get("fields", {})
        merged["fields"] = {
            name: max(float(prev_fields.get(name, 0.0)), float(figures["fields"][name]))
            for name in FIELDS
        }
        out[origin] = merged
    return out


def check(sums: Mapping[str, Summary], thresholds: Mapping[str, Any]) -> list[str]:
    """Every threshold not met, as a sentence; origins absent from `sums` are not checked."""
    failures: list[str] = []
    for origin, s in sums.items():
        figures = thresholds.get(origin)
        if not isinstance(figures, dict):
            continue
        for key in MIN_KEYS:
            floor = figures.get(key)
            value = getattr(s, key)
            if floor is not None and (value is None or value + _EPS < float(floor)):
                failures.append(f"{origin}: {key} {_fmt(value)} < {floor}")
        cap = figures.get("invented_max")
        if cap is not None and s.invented > int(cap):
            failures.append(f"{origin}: {s.invented} invented values > {cap}")
        if figures.get("negatives_all_not_warrant") and not s.negatives_all_not_warrant:
            failures.append(
                f"{origin}: {s.negatives_not_warrant}/{s.negatives} negatives came out not_warrant"
            )
        for name, floor in (figures.get("fields") or {}).items():
            tally = s.fields.get(name)
            acc = tally.accuracy if tally is not None else None
            if acc is not None and acc + _EPS < float(floor):
                failures.append(f"{origin}: {name} accuracy {acc:.3f} < {floor}")
    return failures


def _fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def dump(thresholds: Mapping[str, Any]) -> str:
    return json.dumps(thresholds, indent=2) + "\n"
