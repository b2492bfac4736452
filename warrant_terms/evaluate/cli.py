"""`warrant-terms eval`: score the extractor against the gold labels of the corpus manifest.

    warrant-terms eval [PATHS] [--split dev|test|all] [--origin real|real-opening|constructed|all]
                       [--json OUT] [--show-misses] [--by-rule] [--check] [--ratchet]
                       [--manifest CSV]

Prints, per origin (real full documents first: they are the headline, then the openings of
real exhibits, then the constructed documents), the per-field table of the contract fields and
of the version-2 fields where labelled, instruments found per document, status accuracy,
precision and recall and confusion, the share of exact evidence slices and overall accuracy,
per split. `--by-rule` adds, per rule id, how often it produced a scored value, how often that
value was right and on how many documents. Exit 0; with `--check`, 1 when any threshold of
`corpus/thresholds.json` is not met.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, TextIO

from warrant_terms.evaluate import thresholds as th
from warrant_terms.evaluate.core import (
    FIELDS,
    ORIGINS,
    SPLITS,
    STATUSES,
    DocResult,
    Summary,
    by_rule,
    evaluate,
    find_manifest,
    load_manifest,
    select,
    summaries,
)
from warrant_terms.schema import V2_FIELDS

_SHORT = {"not_warrant": "not_w", "ok": "ok", "error": "error"}


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "eval",
        help="score extraction against the gold labels in corpus/manifest.csv",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="only manifest documents at (or under, or whose path contains) these",
    )
    p.add_argument("--split", choices=("dev", "test", "all"), default="dev")
    p.add_argument("--origin", choices=(*ORIGINS, "all"), default="all")
    p.add_argument("--json", metavar="OUT", type=Path, help="write the full report as JSON")
    p.add_argument(
        "--show-misses",
        action="store_true",
        help="list every field miss (gold beside output) and span problem",
    )
    p.add_argument(
        "--by-rule",
        action="store_true",
        help="per rule id: values produced and scored, how many right, on how many documents",
    )
    p.add_argument(
        "--check",
        action="store_true",
        help="exit 1 when a threshold in corpus/thresholds.json is not met",
    )
    p.add_argument(
        "--ratchet",
        action="store_true",
        help="raise corpus/thresholds.json to the current figures (never lowers; "
        "needs the whole manifest: --split all, no PATHS)",
    )
    p.add_argument("--manifest", type=Path, help="manifest CSV (default: corpus/manifest.csv)")
    p.set_defaults(func=run)


def _pct(value: float | None) -> str:
    return "  n/a" if value is None else f"{value:5.3f}"


def _value(v: object) -> str:
    if v is None:
        return "null"
    if isinstance(v, (list, tuple, set, frozenset)):
        return "[" + ", ".join(sorted(str(x) for x in v)) + "]"
    return json.dumps(v) if isinstance(v, str) else str(v)


def print_summary(origin: str, split: str, per_split: dict[str, Summary], out: TextIO) -> None:
    s = per_split["all"]
    headline = " (headline)" if origin == "real" else ""
    out.write(
        f"\n== {origin}{headline}: {s.documents} documents, split {split}; "
        f"fields scored on {s.scored_documents} gold-ok documents ==\n"
    )
    out.write(
        f"{'field':<22}{'correct':>8}{'wrong':>7}{'missed':>8}{'invented':>10}{'accuracy':>10}\n"
    )
    _field_rows(s, FIELDS, "overall", s.overall, out)
    if any(s.fields[name].total for name in V2_FIELDS):
        out.write("version-2 fields:\n")
        _field_rows(s, V2_FIELDS, "overall v2", s.overall_v2, out)
        i = s.instruments
        out.write(
            f"instruments: count right on {i.right_count}/{i.documents} documents "
            f"({_pct(i.count_accuracy)}); found {i.found}, missed {i.missed}, "
            f"invented {i.invented}\n"
        )
    null_gold = s.null_gold
    out.write(
        f"invented values: {s.invented} of {null_gold} null gold values "
        f"({_pct(s.invented_rate)})\n"
    )
    right = sum(n for (g, o), n in s.status_confusion.items() if g == o)
    out.write(
        f"status accuracy: {_pct(s.status_accuracy)} ({right}/{s.documents}); "
        f"ok precision {_pct(s.status_precision)}, recall {_pct(s.status_recall)}\n"
    )
    out.write("status confusion (rows gold, columns output):\n")
    out.write(f"  {'':<12}" + "".join(f"{_SHORT[o]:>8}" for o in STATUSES) + "\n")
    for g in STATUSES:
        row = [s.status_confusion.get((g, o), 0) for o in STATUSES]
        if any(row):
            out.write(f"  {g:<12}" + "".join(f"{n:>8}" for n in row) + "\n")
    out.write(f"negatives set out as not_warrant: {s.negatives_not_warrant}/{s.negatives}\n")
    out.write(
        f"exact evidence slices: {_pct(s.exact_slices)} ({s.spans_exact}/{s.spans_total} spans); "
        f"non-null fields without evidence: {s.unsupported}\n"
    )
    if split == "all":
        parts = [
            f"{sp} {per_split[sp].documents} docs overall {_pct(per_split[sp].overall)} "
            f"status {_pct(per_split[sp].status_accuracy)}"
            for sp in SPLITS
        ]
        out.write("by split: " + " | ".join(parts) + "\n")


def _field_rows(
    s: Summary, names: tuple[str, ...], label: str, overall: float | None, out: TextIO
) -> None:
    shown = [n for n in names if s.fields[n].total]
    for name in shown:
        t = s.fields[name]
        out.write(
            f"{name:<22}{t.correct:>8}{t.wrong:>7}{t.missed:>8}{t.invented:>10}"
            f"{_pct(t.accuracy):>10}\n"
        )
    total = {
        k: sum(getattr(s.fields[n], k) for n in shown)
        for k in ("correct", "wrong", "missed", "invented")
    }
    out.write(
        f"{label:<22}{total['correct']:>8}{total['wrong']:>7}{total['missed']:>8}"
        f"{total['invented']:>10}{_pct(overall):>10}\n"
    )


def print_by_rule(results: list[DocResult], out: TextIO) -> None:
    rules = by_rule(results)
    out.write(f"\n== by rule: {len(rules)} rule ids that produced a scored value ==\n")
    out.write(f"{'rule':<46}{'fired':>7}{'right':>7}{'prec':>7}{'docs':>6}{'docs right':>12}\n")
    out.writelines(f"{rule:<46}{t.fired:>7}{t.correct:>7}{_pct(t.precision):>7}{len(t.documents):>6}"
            f"{len(t.correct_documents):>12}\n" for rule, t in sorted(rules.items(), key=lambda kv: (-kv[1].fired, kv[0])))


def print_misses(origin: str, s: Summary, out: TextIO) -> None:
    out.write(
        f"\n-- {origin} misses: {len(s.misses)} field(s), "
        f"{len(s.status_misses)} status, {len(s.span_problems)} span problem(s) --\n"
    )
    out.writelines(f"  {doc}: status gold {g} / output {o}\n" for doc, g, o in s.status_misses)
    out.writelines(
        f"  {m.doc_id}{f' [{m.warrant}]' if m.warrant else ''}: {m.field} {m.outcome}"
        f"{f' ({m.rule})' if m.rule else ''}\n"
        f"      gold:   {_value(m.gold)}\n      output: {_value(m.output)}\n"
        for m in s.misses
    )
    out.writelines(f"  {p.doc_id}: {p.field} span: {p.message}\n" for p in s.span_problems)


def report_json(results: list[DocResult], sums: dict[str, dict[str, Summary]]) -> dict[str, Any]:
    return {
        "documents": [
            {
                "id": r.entry.id,
                "path": r.entry.path,
                "origin": r.entry.origin,
                "split": r.entry.split,
                "gold_status": r.gold_status,
                "output_status": r.output_status,
                "errors": r.errors,
                "fields": {
                    (f"{c.field}[{c.warrant}]" if c.warrant else c.field): c.outcome
                    for c in r.comparisons
                },
                "instruments": {
                    "gold": r.instruments_gold,
                    "output": r.instruments_output,
                    "found": r.instruments_found,
                },
            }
            for r in results
        ],
        "summary": {o: {sp: s.to_json() for sp, s in per.items()} for o, per in sums.items()},
    }


def run(args: argparse.Namespace) -> int:
    try:
        manifest = args.manifest or find_manifest()
        entries = load_manifest(manifest)
    except (OSError, ValueError) as exc:
        print(f"error: cannot read the manifest: {exc}", file=sys.stderr)
        return 2
    chosen = select(entries, args.split, args.origin, args.paths)
    if not chosen:
        print("error: no manifest document matches", file=sys.stderr)
        return 2
    try:
        results = evaluate(chosen)
    except (OSError, ValueError, TypeError) as exc:
        # A missing or malformed gold file: the corpus is broken, not the extractor.
        print(f"error: cannot read a gold file: {exc}", file=sys.stderr)
        return 2
    sums = summaries(results)
    out = sys.stdout
    out.write(
        f"warrant-terms eval: {len(chosen)} documents from {manifest} "
        f"(split {args.split}, origin {args.origin})\n"
    )
    for origin, per_split in sums.items():
        print_summary(origin, args.split, per_split, out)
    for origin, per_split in sums.items():
        s = per_split["all"]
        if args.show_misses:
            print_misses(origin, s, out)
        else:
            out.write(
                f"\n{origin}: {len(s.misses)} field miss(es), {len(s.status_misses)} status "
                f"miss(es), {len(s.span_problems)} span problem(s) (--show-misses lists them)\n"
            )
    if args.by_rule:
        print_by_rule(results, out)
    if args.json:
        args.json.write_text(
            json.dumps(report_json(results, sums), indent=2) + "\n", encoding="utf-8"
        )
    overall_sums = {o: per["all"] for o, per in sums.items()}
    thresholds_path = Path(manifest).resolve().parent / th.THRESHOLDS_NAME.name
    if args.ratchet:
        if args.split != "all" or args.paths:
            print(
                "error: --ratchet needs the whole manifest (--split all, no PATHS)", file=sys.stderr
            )
            return 2
        old = th.load_thresholds(thresholds_path) if thresholds_path.is_file() else {}
        thresholds_path.write_text(
            th.dump(th.ratchet(old, th.measured(overall_sums))), encoding="utf-8"
        )
        print(f"ratcheted {thresholds_path}", file=sys.stderr)
    if args.check:
        if args.split != "all" or args.paths:
            print(
                "warning: thresholds are set for the whole manifest (--split all)", file=sys.stderr
            )
        try:
            limits = th.load_thresholds(thresholds_path)
        except (OSError, ValueError, TypeError) as exc:
            print(f"error: cannot read {thresholds_path}: {exc}", file=sys.stderr)
            return 2
        failures = th.check(overall_sums, limits)
        for failure in failures:
            out.write(f"THRESHOLD NOT MET: {failure}\n")
        if failures:
            return 1
        out.write("\nall thresholds met\n")
    return 0
