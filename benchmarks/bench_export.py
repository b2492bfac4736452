"""Export benchmark: seconds and output size per format for a few thousand instruments.

Extracts every document of corpus/manifest.csv once, repeats the records to `--records`
(each copy with its own path, so every row is distinct), adds the hand-built version-2
records of tests/v2_records.py when ../shared is there, and times `write_records` for each
format (best of `--repeat`), with the peak Python allocation (tracemalloc) of one run.

It is a script, not a test:  python benchmarks/bench_export.py --records 2000
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from warrant_terms.evaluate.core import extract_cached, load_manifest
from warrant_terms.export import FORMATS, write_records
from warrant_terms.schema import Record

REPO = Path(__file__).resolve().parents[1]


def corpus_records(n: int) -> list[Record]:
    base = [x.record for e in load_manifest() for x in extract_cached(e.doc_path)]
    sys.path.insert(0, str(REPO / "tests"))
    try:
        from v2_records import prefunded_record, spac_record

        base += [spac_record(), prefunded_record()]
    except (ImportError, OSError):
        pass
    out: list[Record] = []
    while len(out) < n:
        for r in base:
            copy = r.model_copy(deep=True)
            copy.source.path = f"copy{len(out)}/{Path(r.source.path).name}"
            out.append(copy)
    return out[:n]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--records", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    records = corpus_records(args.records)
    instruments = sum(len(r.warrants) for r in records)
    print(f"{len(records)} records, {instruments} instruments")
    print(f"{'format':8} {'seconds':>8} {'MB out':>7} {'peak MB':>8}")
    with tempfile.TemporaryDirectory() as tmp:
        for fmt in FORMATS:
            out = Path(tmp) / f"out.{fmt}"
            best = float("inf")
            for _ in range(args.repeat):
                started = time.perf_counter()
                write_records(records, out, fmt)
                best = min(best, time.perf_counter() - started)
            tracemalloc.start()
            write_records(records, out, fmt)
            peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
            size = sum(p.stat().st_size for p in Path(tmp).glob("out.*"))
            for p in Path(tmp).glob("out.*"):
                p.unlink()
            print(f"{fmt:8} {best:8.2f} {size / 1e6:7.1f} {peak / 1e6:8.1f}")


if __name__ == "__main__":
    main()
