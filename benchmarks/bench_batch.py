"""Batch benchmark: every stage against its floor, measured in one run, with the machine's load.

Builds a batch of at least `--docs` documents from the corpus (the seed, ../shared/corpus-found
and corpus/constructed) in a temporary folder: each document a copy of a corpus exhibit with
other names, numbers and dates, written as .txt, .htm, .md, one-line .txt, .pdf or inside an
EDGAR submission (beside a consent exhibit). Then it measures and prints:

1. start-up: a cold `warrant-terms extract` of one small text file, beside `python -c pass`
   and `import spacy` (target: at most 1.0 s);
2. per format, one process on a sample: the whole pipeline against the parse alone, and for
   PDF against PDFium's and pdfplumber's bare text, with both engines' records compared
   (target: at least 20 PDF documents/s per worker, identical records); the real exhibits
   the same way (target: at least 30 documents/s, at most 3x the parse);
3. txt, HTML and PDF batches with 1 and 2 workers, each measured `--repeat` times (the best
   kept), in wall-clock documents/s and in documents per CPU-second of the workers, with the
   parent's CPU per document and the 1-minute load average (target: 2 workers at least 1.8x
   one);
4. the whole mixed batch with 2 workers: peak RSS per worker after 10% of the documents and
   at the end (memory flat means within 10%).

It is a script, not a test:  python benchmarks/bench_batch.py --docs 2000
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Self

import psutil  # type: ignore[import-untyped]

from warrant_terms.batch import BatchOptions, run_batch
from warrant_terms.batch.synth import (
    CONSENT_TEXT,
    Exhibit,
    perturb,
    submission,
    to_html,
    to_markdown,
    to_one_line,
    to_pdf,
)
from warrant_terms.evaluate.shared import shared_dir
from warrant_terms.parse import Document, load

sys.path.insert(0, str(Path(__file__).resolve().parent))
import floors

ROOT = Path(__file__).resolve().parents[1]
SHARED = shared_dir()
SOURCES = (
    ROOT / "corpus" / "examples",
    *((SHARED / "corpus-found",) if SHARED else ()),
    ROOT / "corpus" / "constructed",
)
SOURCE_SUFFIXES = {".txt", ".htm", ".html", ".md"}
KINDS = ("txt", "htm", "pdf", "md", "oneline", "submission")
RSS_SAMPLE_SECONDS = 0.2


# Corpus ---------------------------------------------------------------------------------------


def corpus_texts() -> list[tuple[str, str]]:
    """(name, clean text) of every readable corpus exhibit."""
    out = []
    for folder in SOURCES:
        for path in sorted(folder.glob("*")):
            if path.suffix.lower() not in SOURCE_SUFFIXES or path.name.endswith(".gold.json"):
                continue
            items = load(path)
            if items and isinstance(items[0], Document):
                out.append((path.stem, items[0].text))
    return out


def _write_pdf(job: tuple[str, str]) -> None:
    path, text = job
    Path(path).write_bytes(to_pdf(text))


def build_batch(dest: Path, n_docs: int, seed: int = 1) -> dict[str, list[Path]]:
    """At least `n_docs` documents, spread evenly over the kinds; files by kind."""
    rng = random.Random(seed)
    texts = corpus_texts()
    files: dict[str, list[Path]] = {k: [] for k in KINDS}
    pdf_jobs: list[tuple[str, str]] = []
    docs = i = 0
    while docs < n_docs:
        kind = KINDS[i % len(KINDS)]
        name, text = texts[i % len(texts)]
        text = perturb(text, rng)
        folder = dest / kind
        folder.mkdir(parents=True, exist_ok=True)
        stem = f"{i:05d}_{name}"
        if kind == "txt":
            path = folder / f"{stem}.txt"
            path.write_text(text, encoding="utf-8")
        elif kind == "htm":
            path = folder / f"{stem}.htm"
            path.write_text(to_html(text, name), encoding="utf-8")
        elif kind == "md":
            path = folder / f"{stem}.md"
            path.write_text(to_markdown(text), encoding="utf-8")
        elif kind == "oneline":
            path = folder / f"{stem}.txt"
            path.write_text(to_one_line(text), encoding="utf-8")
        elif kind == "pdf":
            path = folder / f"{stem}.pdf"
            pdf_jobs.append((str(path), text))
        else:
            path = folder / f"{stem}.txt"
            accession = f"0000{rng.randrange(10**6):06d}-{rng.randrange(90, 100)}-{i:06d}"
            path.write_text(
                submission(
                    [Exhibit("EX-4.1", f"ex4-{i}.txt", "WARRANT", text),
                     Exhibit("EX-23.1", f"ex23-{i}.txt", "CONSENT", CONSENT_TEXT)],
                    accession=accession, cik=f"{rng.randrange(10**9):010d}",
                    company=name.upper().replace("-", " "), form_type="8-K",
                    filed=f"20{rng.randrange(0, 24):02d}0{rng.randrange(1, 10)}15",
                ),
                encoding="utf-8",
            )
            docs += 1  # a submission holds two documents
        files[kind].append(path)
        docs += 1
        i += 1
    with mp.get_context("forkserver").Pool(os.cpu_count() or 1) as pool:
        pool.map(_write_pdf, pdf_jobs, chunksize=4)
    return files


# Measurements ---------------------------------------------------------------------------------


def _worker_processes() -> list[psutil.Process]:
    """Pool workers: children of the forkserver, which is a child of this process."""
    me = psutil.Process()
    found = []
    for child in me.children():
        try:
            found.extend(child.children())
        except psutil.NoSuchProcess:
            continue
    return found


@dataclass
class Sampler:
    """Samples the pool workers' RSS and CPU time, and the store's record count, while a
    batch runs (a worker's CPU is its last sample, so up to one interval is missed)."""

    db: Path
    total_docs: int
    early_fraction: float = 0.1
    peak_early: int = 0
    peak_all: int = 0
    cpu: dict[int, float] = field(default_factory=dict)
    _stop: threading.Event = field(default_factory=threading.Event)
    _thread: threading.Thread | None = None

    def _count(self) -> int:
        if not self.db.exists():
            return 0
        try:
            with sqlite3.connect(f"file:{self.db}?mode=ro", uri=True) as con:
                return int(con.execute("SELECT COUNT(*) FROM records").fetchone()[0])
        except sqlite3.OperationalError:
            return 0

    def run(self) -> None:
        while not self._stop.is_set():
            rss = 0
            for proc in _worker_processes():
                try:
                    with proc.oneshot():
                        value = proc.memory_info().rss
                        times = proc.cpu_times()
                except psutil.NoSuchProcess:
                    continue
                self.cpu[proc.pid] = times.user + times.system
                rss = max(rss, value)
            self.peak_all = max(self.peak_all, rss)
            if self._count() <= self.total_docs * self.early_fraction:
                self.peak_early = max(self.peak_early, rss)
            time.sleep(RSS_SAMPLE_SECONDS)

    def __enter__(self) -> Self:
        self._thread = threading.Thread(target=self.run, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()


@dataclass
class Throughput:
    docs: int
    wall: float
    busy: float  # sum of per-file worker seconds
    parent_cpu: float  # the batch's own thread: planning, receiving, storing
    worker_cpu: float
    load: float

    @property
    def docs_per_s(self) -> float:
        return self.docs / self.wall if self.wall else 0.0

    @property
    def docs_per_cpu_s(self) -> float:
        """Documents per CPU-second of the workers (what the machine's load does not skew)."""
        return self.docs / self.worker_cpu if self.worker_cpu else 0.0


def batch_throughput(paths: Sequence[Path], workers: int, db: Path, max_tasks: int,
                     sampler: Sampler | None = None) -> Throughput:
    for stale in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
        stale.unlink(missing_ok=True)  # a store left by an earlier run would be resumed
    load_before = os.getloadavg()[0]
    cpu_start = time.thread_time()
    start = time.perf_counter()
    with sampler or Sampler(db, len(paths)) as smp:
        summary = run_batch(list(paths), db, BatchOptions(workers=workers, progress=False,
                                                          max_tasks_per_worker=max_tasks))
    wall = time.perf_counter() - start
    parent = time.thread_time() - cpu_start
    with sqlite3.connect(db) as con:
        busy = con.execute("SELECT COALESCE(SUM(seconds), 0) FROM contents").fetchone()[0]
    return Throughput(summary.documents, wall, float(busy), parent, sum(smp.cpu.values()),
                      max(load_before, os.getloadavg()[0]))


def best_of(paths: Sequence[Path], workers: int, folder: Path, repeat: int) -> Throughput:
    """The fastest of `repeat` runs (other work on the machine only ever slows a run down)."""
    runs = []
    for i in range(repeat):
        db = folder / f"{paths[0].parent.name}-{workers}w-{i}.sqlite"
        runs.append(batch_throughput(paths, workers, db, max_tasks=0))
    return max(runs, key=lambda t: t.docs_per_s)


def pool_startup(workers: int, tiny: Path) -> float:
    """Seconds for a pool to start, warm up and return one file (amortized in a long run)."""
    from warrant_terms.batch.pool import SupervisedPool

    start = time.perf_counter()
    list(SupervisedPool(workers, 600).map([(str(tiny), "startup")]))
    return time.perf_counter() - start


def _timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    value = fn()
    return time.perf_counter() - start, value


# Report ---------------------------------------------------------------------------------------


def _mb(n: int) -> str:
    return f"{n / 2**20:.0f} MB"


def _mark(ok: bool) -> str:
    return "yes" if ok else "**no**"


def report_startup(s: floors.Startup) -> None:
    print(f"Start-up: `warrant-terms extract` of one {s.file.stat().st_size // 1024} KB text "
          f"file: median {s.extract[0]:.2f} s, best {s.extract[1]:.2f} s (target <= 1.0 s: "
          f"{_mark(s.extract[0] <= 1.0)}); the floors: `python -c pass` {s.python[0]:.2f} s, "
          f"`import spacy` {s.spacy[0]:.2f} s.\n")


def report_floors(rows: list[floors.Floor], real: floors.Floor | None) -> None:
    print("| format | sample | mean size | parse s/doc | full s/doc | full / parse | "
          "docs/s per worker |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for f in [*rows, *([real] if real else [])]:
        print(f"| {f.kind} | {f.files} | {f.mean_kb:.0f} KB | {f.parse_s:.4f} | {f.full_s:.4f} | "
              f"{f.ratio:.2f}x | {f.docs_per_s:.1f} |")
    if real:
        print(f"\nReal exhibits: {real.docs_per_s:.1f} docs/s per worker (target >= 30: "
              f"{_mark(real.docs_per_s >= 30)}), full / parse {real.ratio:.2f}x (target <= 3: "
              f"{_mark(real.ratio <= 3)}).")
    pdf = next((f for f in rows if f.kind == "pdf"), None)
    if pdf is None:
        return
    x = pdf.extra
    print(f"\nPDF ({pdf.files} files): PDFium bare text {x['pdfium_bare']:.4f} s/doc, "
          f"pdfplumber bare extract_text {x['pdfplumber_bare']:.4f} s/doc. Default engine "
          f"(PDFium): parse {pdf.parse_s:.4f} s/doc = {pdf.parse_s / x['pdfium_bare']:.2f}x "
          f"PDFium's bare text; full {pdf.full_s:.4f} s/doc = {pdf.docs_per_s:.1f} docs/s per "
          f"worker (target >= 20: {_mark(pdf.docs_per_s >= 20)}). pdfplumber engine: parse "
          f"{x['pdfplumber_parse']:.4f} s/doc, full {x['pdfplumber_full']:.4f} s/doc "
          f"({x['pdfplumber_full'] / pdf.full_s:.0f}x slower). Same records from both engines: "
          f"{x['same']}/{pdf.files}.\n")


def report_scaling(rows: list[tuple[str, int, float, Throughput, Throughput]],
                   startup: dict[int, float]) -> None:
    print(f"Pool start-up (start, warm up, one file): 1 worker {startup[1]:.2f} s, 2 workers "
          f"{startup[2]:.2f} s; included in the wall-clock rates.\n")
    print("| format | files | mean size | 1 worker docs/s | 2 workers docs/s | scaling | "
          "docs per worker CPU-s, 1 / 2 workers | CPU-time scaling | parent CPU ms/doc, "
          "1 / 2 | load (1 min), 1 / 2 |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for kind, n, kb, one, two in rows:
        scale = two.docs_per_s / one.docs_per_s if one.docs_per_s else 0.0
        cpu_scale = 2 * two.docs_per_cpu_s / one.docs_per_cpu_s if one.docs_per_cpu_s else 0.0
        print(f"| {kind} | {n} | {kb:.0f} KB | {one.docs_per_s:.1f} | {two.docs_per_s:.1f} | "
              f"{scale:.2f}x | {one.docs_per_cpu_s:.1f} / {two.docs_per_cpu_s:.1f} | "
              f"{cpu_scale:.2f}x | {1000 * one.parent_cpu / one.docs:.1f} / "
              f"{1000 * two.parent_cpu / two.docs:.1f} | {one.load:.2f} / {two.load:.2f} |")
    worst = min(two.docs_per_s / one.docs_per_s for _, _, _, one, two in rows)
    print(f"\n2 workers against 1, wall clock, worst format: {worst:.2f}x (target >= 1.8: "
          f"{_mark(worst >= 1.8)}). CPU-time scaling is 2 x (docs per worker CPU-second with "
          "2 workers) / (with 1): what 2 workers give on 2 free cores.\n")


def report_memory(memory: list[tuple[str, Sampler]]) -> None:
    print("| memory, 2 workers | peak RSS per worker, first 10% of documents | "
          "peak RSS per worker, whole batch | growth |")
    print("| --- | ---: | ---: | ---: |")
    for kind, smp in memory:
        growth = (smp.peak_all / smp.peak_early - 1) * 100 if smp.peak_early else 0.0
        print(f"| {kind} | {_mb(smp.peak_early)} | {_mb(smp.peak_all)} | {growth:+.1f}% |")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=2000, help="documents in the batch")
    parser.add_argument("--sample", type=int, default=20,
                        help="files per format for the single-process floor measurements")
    parser.add_argument("--repeat", type=int, default=2,
                        help="runs of each worker-scaling measurement (the best is kept)")
    parser.add_argument("--max-tasks-per-worker", type=int, default=0,
                        help="worker recycling in the mixed batch (0: none, so growth shows)")
    parser.add_argument("--keep", type=Path, help="build the batch here and keep it")
    parser.add_argument("--reuse", action="store_true",
                        help="measure the batch already built under --keep")
    args = parser.parse_args(argv)

    load_start = os.getloadavg()
    workdir = args.keep or Path(tempfile.mkdtemp(prefix="wt-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    if args.reuse and (workdir / "batch").is_dir():
        t_build, files = 0.0, {k: sorted((workdir / "batch" / k).glob("*")) for k in KINDS}
    else:
        t_build, files = _timed(lambda: build_batch(workdir / "batch", args.docs))
    all_paths = [p for kind in KINDS for p in files[kind]]
    # Shuffled, so the first 10% of the mixed batch has the same mix of formats as the rest
    # and the memory comparison measures growth, not the difference between formats.
    random.Random(2).shuffle(all_paths)
    print(f"built {len(all_paths)} files in {t_build:.0f} s under {workdir}", file=sys.stderr)

    start = floors.startup(ROOT / "corpus" / "constructed" / "c001_ambrose-labs-warrant-1998.txt")
    floor_rows = floors.floors(files, args.sample, rounds=args.repeat)
    real = floors.real_floor(SHARED / "corpus-found" if SHARED else None, rounds=args.repeat)
    print("floors: done", file=sys.stderr)

    pools = {w: pool_startup(w, files["txt"][0]) for w in (1, 2)}
    rows = []
    for kind in ("txt", "htm", "pdf"):
        paths = files[kind]
        one = best_of(paths, 1, workdir, args.repeat)
        two = best_of(paths, 2, workdir, args.repeat)
        kb = statistics.mean(p.stat().st_size for p in paths) / 1024
        rows.append((kind, len(paths), kb, one, two))
        print(f"{kind}: done", file=sys.stderr)

    db = workdir / "mixed.sqlite"
    sampler = Sampler(db, args.docs)
    mixed = batch_throughput(all_paths, 2, db, args.max_tasks_per_worker, sampler)
    load_end = os.getloadavg()

    print(f"\nBatch benchmark: {mixed.docs} documents ({len(all_paths)} files), "
          f"{os.cpu_count()} cores, Python {sys.version.split()[0]}; load average (1, 5, 15 "
          f"min) {', '.join(f'{x:.2f}' for x in load_start)} at start, "
          f"{', '.join(f'{x:.2f}' for x in load_end)} at end\n")
    report_startup(start)
    report_floors(floor_rows, real)
    report_scaling(rows, pools)
    print(f"Mixed batch, 2 workers: {mixed.docs_per_s:.1f} docs/s.\n")
    report_memory([("all, mixed", sampler)])
    return 0


if __name__ == "__main__":
    sys.exit(main())
