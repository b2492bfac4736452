"""Batch benchmark: throughput per format and worker count, memory over a batch, text floors.

Builds a batch of at least `--docs` documents from the corpus (the seed, ../shared/corpus-found
and corpus/constructed) in a temporary folder: each document a copy of a corpus exhibit with
other names, numbers and dates, written as .txt, .htm, .md, one-line .txt, .pdf or inside an
EDGAR submission (beside a consent exhibit). Then it measures and prints a table:

1. documents/s for txt, HTML and PDF alone with 1 and 2 workers, and the scaling ratio;
2. the whole mixed batch with 2 workers: peak RSS per worker after 10% of the documents and at
   the end (memory flat means within 10%);
3. per format, in one process on a sample: full extraction time against the bare
   text-extraction floor (reading and text conversion alone: `parse.load`), and for PDF
   against pdfplumber's bare `extract_text`; and whether a pypdfium2 text path gives the same
   extracted values as the pdfplumber path.

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
from warrant_terms.parse import Document, load
from warrant_terms.schema import CONTRACT_FIELDS

ROOT = Path(__file__).resolve().parents[1]
SOURCES = (
    ROOT.parent / "shared" / "seeds",
    ROOT.parent / "shared" / "corpus-found",
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
class RssSampler:
    """Samples the pool workers' RSS and the store's record count while a batch runs."""

    db: Path
    total_docs: int
    early_fraction: float = 0.1
    peak_early: int = 0
    peak_all: int = 0
    per_worker: dict[int, int] = field(default_factory=dict)
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
                    value = proc.memory_info().rss
                except psutil.NoSuchProcess:
                    continue
                self.per_worker[proc.pid] = max(self.per_worker.get(proc.pid, 0), value)
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

    @property
    def docs_per_s(self) -> float:
        return self.docs / self.wall if self.wall else 0.0

    @property
    def docs_per_busy_s(self) -> float:
        return self.docs / self.busy if self.busy else 0.0


def batch_throughput(paths: Sequence[Path], workers: int, db: Path, max_tasks: int
                     ) -> Throughput:
    start = time.perf_counter()
    summary = run_batch(list(paths), db, BatchOptions(workers=workers, progress=False,
                                                      max_tasks_per_worker=max_tasks))
    wall = time.perf_counter() - start
    with sqlite3.connect(db) as con:
        busy = con.execute("SELECT COALESCE(SUM(seconds), 0) FROM contents").fetchone()[0]
    return Throughput(summary.documents, wall, float(busy))


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


def _mean_seconds(fn: Callable[[Path], object], paths: Sequence[Path]) -> float:
    total = 0.0
    for path in paths:
        start = time.perf_counter()
        fn(path)
        total += time.perf_counter() - start
    return total / len(paths)


def _pdfplumber_text(path: Path) -> str:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return "\f".join(page.extract_text() or "" for page in pdf.pages)


def _pdfium_pages(path: Path) -> list[str]:
    import pypdfium2  # type: ignore[import-untyped]

    pdf = pypdfium2.PdfDocument(str(path))
    try:
        return [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    finally:
        pdf.close()


def _pdfium_document(path: Path) -> Document:
    """The PDF read through pypdfium2's text layer, then the same line pipeline as parse."""
    from warrant_terms.parse import TextBuilder
    from warrant_terms.parse.lines import build, text_lines

    source = "\f".join(p.replace("\r\n", "\n") for p in _pdfium_pages(path))
    builder = TextBuilder()
    build(builder, text_lines(source), exact_pages=True)
    return builder.build("application/pdf", {"path": str(path)})


def _values(doc: Document) -> tuple[str, list[dict[str, Any]]]:
    from warrant_terms.pipeline import extract_document

    record = extract_document(doc, str(doc.meta.get("path", ""))).record
    return record.status, [
        {f: getattr(w, f).value for f in CONTRACT_FIELDS} for w in record.warrants
    ]


@dataclass
class Floor:
    kind: str
    files: int
    mean_kb: float
    floor_s: float  # parse.load: reading and text conversion
    full_s: float  # pipeline.extract_path
    plumber_s: float | None = None  # pdfplumber extract_text alone
    pdfium_s: float | None = None
    pdfium_same: int | None = None


def floors(files: dict[str, list[Path]], sample: int) -> list[Floor]:
    from warrant_terms.pipeline import extract_path

    extract_path(files["txt"][0])  # build the pipeline before timing
    out = []
    for kind in ("txt", "htm", "md", "pdf"):
        paths = files[kind][:sample]
        if not paths:
            continue
        row = Floor(kind, len(paths), statistics.mean(p.stat().st_size for p in paths) / 1024,
                    _mean_seconds(load, paths), _mean_seconds(extract_path, paths))
        if kind == "pdf":
            row.plumber_s = _mean_seconds(_pdfplumber_text, paths)
            row.pdfium_s = _mean_seconds(_pdfium_pages, paths)
            same = 0
            for p in paths:
                item = load(p)[0]
                if isinstance(item, Document) and _values(item) == _values(_pdfium_document(p)):
                    same += 1
            row.pdfium_same = same
        out.append(row)
    return out


# Report ---------------------------------------------------------------------------------------


def _mb(n: int) -> str:
    return f"{n / 2**20:.0f} MB"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=2000, help="documents in the batch")
    parser.add_argument("--sample", type=int, default=20,
                        help="files per format for the single-process floor measurements")
    parser.add_argument("--max-tasks-per-worker", type=int, default=0,
                        help="worker recycling during the measurement (0: none, so memory "
                        "growth shows)")
    parser.add_argument("--keep", type=Path, help="build the batch here and keep it")
    args = parser.parse_args(argv)

    load_start = os.getloadavg()[0]
    workdir = args.keep or Path(tempfile.mkdtemp(prefix="wt-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    t_build, files = _timed(lambda: build_batch(workdir / "batch", args.docs))
    # Shuffled, so the first 10% of the mixed batch has the same mix of formats as the rest
    # and the memory comparison measures growth, not the difference between formats.
    all_paths = [p for kind in KINDS for p in files[kind]]
    random.Random(2).shuffle(all_paths)
    print(f"built {len(all_paths)} files in {t_build:.0f} s under {workdir}", file=sys.stderr)
    cores = os.cpu_count() or 1

    startup = {w: pool_startup(w, files["txt"][0]) for w in (1, 2)}
    rows = []
    memory: list[tuple[str, RssSampler]] = []
    for kind in ("txt", "htm", "pdf"):
        paths = files[kind]
        one = batch_throughput(paths, 1, workdir / f"{kind}-1.sqlite", args.max_tasks_per_worker)
        db = workdir / f"{kind}-2.sqlite"
        with RssSampler(db, len(paths)) as sampler:
            two = batch_throughput(paths, 2, db, args.max_tasks_per_worker)
        memory.append((kind, sampler))
        kb = statistics.mean(p.stat().st_size for p in paths) / 1024
        rows.append((kind, len(paths), kb, one, two))
        print(f"{kind}: done", file=sys.stderr)

    db = workdir / "mixed.sqlite"
    with RssSampler(db, args.docs) as sampler:
        mixed = batch_throughput(all_paths, 2, db, args.max_tasks_per_worker)
    memory.append(("all, mixed", sampler))
    floor_rows = floors(files, args.sample)

    load_end = os.getloadavg()[0]
    print(f"\nBatch benchmark: {mixed.docs} documents ({len(all_paths)} files), "
          f"{cores} cores, Python {sys.version.split()[0]}; 1-minute load average "
          f"{load_start:.2f} at start, {load_end:.2f} at end (other work on the machine "
          f"skews the worker scaling)\n")
    print(f"Pool start-up (start, warm up, one file): 1 worker {startup[1]:.2f} s, "
          f"2 workers {startup[2]:.2f} s; it is included in the wall-clock rates below.\n")
    print("| format | files | mean size | 1 worker docs/s | 2 workers docs/s | scaling | "
          "scaling, start-up excluded | per-worker docs/s (busy time) |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for kind, n, kb, one, two in rows:
        scale = two.docs_per_s / one.docs_per_s if one.docs_per_s else 0.0
        steady_one = one.docs / max(one.wall - startup[1], 1e-9)
        steady_two = two.docs / max(two.wall - startup[2], 1e-9)
        print(f"| {kind} | {n} | {kb:.0f} KB | {one.docs_per_s:.1f} | {two.docs_per_s:.1f} | "
              f"{scale:.2f}x | {steady_two / steady_one:.2f}x | {one.docs_per_busy_s:.1f} |")
    print(f"| all, mixed | {len(all_paths)} | | | {mixed.docs_per_s:.1f} | | "
          f"{mixed.docs_per_busy_s:.1f} |")

    print("\n| memory, 2 workers | peak RSS per worker, first 10% of documents | "
          "peak RSS per worker, whole batch | growth |")
    print("| --- | ---: | ---: | ---: |")
    for kind, smp in memory:
        growth = (smp.peak_all / smp.peak_early - 1) * 100 if smp.peak_early else 0.0
        print(f"| {kind} | {_mb(smp.peak_early)} | {_mb(smp.peak_all)} | {growth:+.1f}% |")

    print("\n| format | sample | mean size | text floor s/doc | full s/doc | full / floor | "
          "pdfplumber extract_text s/doc | full / extract_text | pdfium s/doc | "
          "pdfium same values |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for f in floor_rows:
        plumber = f"{f.plumber_s:.3f}" if f.plumber_s else ""
        vs_plumber = f"{f.full_s / f.plumber_s:.2f}x" if f.plumber_s else ""
        pdfium = f"{f.pdfium_s:.3f}" if f.pdfium_s is not None else ""
        same = f"{f.pdfium_same}/{f.files}" if f.pdfium_same is not None else ""
        print(f"| {f.kind} | {f.files} | {f.mean_kb:.0f} KB | {f.floor_s:.4f} | {f.full_s:.4f} | "
              f"{f.full_s / f.floor_s:.2f}x | {plumber} | {vs_plumber} | {pdfium} | {same} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
