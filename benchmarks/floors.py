"""The floors `bench_batch.py` measures each stage against, in the same run.

- start-up: the wall time of a cold `warrant-terms extract` of one small text file, beside
  a bare `python -c pass` and an `import spacy` in a fresh interpreter;
- per format: the parse alone (`parse.load`: reading and text conversion) against the whole
  pipeline, one process;
- PDF: PDFium's bare text layer and pdfplumber's bare `extract_text` against each engine's
  parse and the whole pipeline, and whether both engines give the same records;
- the real exhibits (`../shared/corpus-found`), parse against the whole pipeline.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from warrant_terms.parse import Document, Limits, load
from warrant_terms.pipeline import extract_items, extract_path

CLI = Path(sys.executable).parent / "warrant-terms"


def _median_wall(argv: Sequence[str], runs: int) -> tuple[float, float]:
    """Median and best wall time of `argv`, run `runs` times."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times), min(times)


@dataclass
class Startup:
    extract: tuple[float, float]  # median, best
    python: tuple[float, float]
    spacy: tuple[float, float]
    file: Path


def startup(small: Path, runs: int = 7) -> Startup:
    return Startup(
        extract=_median_wall([str(CLI), "extract", str(small)], runs),
        python=_median_wall([sys.executable, "-c", "pass"], runs),
        spacy=_median_wall([sys.executable, "-c", "import spacy"], runs),
        file=small,
    )


def mean_seconds(fn: Callable[[Path], object], paths: Sequence[Path], rounds: int = 1) -> float:
    """Seconds per call of `fn` over `paths`, the best of `rounds` passes."""
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for path in paths:
            fn(path)
        best = min(best, (time.perf_counter() - start) / len(paths))
    return best


def pdfium_bare(path: Path) -> str:
    """PDFium's text layer alone: the floor of any PDFium-based reading."""
    import pypdfium2  # type: ignore[import-untyped]

    pdf = pypdfium2.PdfDocument(str(path))
    try:
        texts = []
        for i in range(len(pdf)):
            page = pdf[i]
            textpage = page.get_textpage()
            texts.append(textpage.get_text_range())
            textpage.close()
            page.close()
        return "\f".join(texts)
    finally:
        pdf.close()


def pdfplumber_bare(path: Path) -> str:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return "\f".join(page.extract_text() or "" for page in pdf.pages)


def _load_with(engine: str) -> Callable[[Path], object]:
    limits = Limits(pdf_engine=engine)
    return lambda path: load(path, limits)


def _extract_with(engine: str) -> Callable[[Path], object]:
    limits = Limits(pdf_engine=engine)
    return lambda path: extract_path(path, limits)


def same_records(path: Path) -> bool:
    """Do both PDF engines give the same records (values, spans, everything)?"""
    out = []
    for engine in ("pdfium", "pdfplumber"):
        items = load(path, Limits(pdf_engine=engine))
        out.append([x.record.model_dump(mode="json") for x in extract_items(items, str(path))])
    return out[0] == out[1]


@dataclass
class Floor:
    kind: str
    files: int
    mean_kb: float
    parse_s: float
    full_s: float
    extra: dict[str, Any]

    @property
    def docs_per_s(self) -> float:
        return 1 / self.full_s

    @property
    def ratio(self) -> float:
        return self.full_s / self.parse_s


def floors(files: dict[str, list[Path]], sample: int, rounds: int) -> list[Floor]:
    extract_path(files["txt"][0])  # build the pipeline before timing
    out = []
    for kind in ("txt", "htm", "md", "pdf"):
        paths = files[kind][:sample]
        if not paths:
            continue
        kb = statistics.mean(p.stat().st_size for p in paths) / 1024
        row = Floor(kind, len(paths), kb, mean_seconds(load, paths, rounds),
                    mean_seconds(extract_path, paths, rounds), {})
        if kind == "pdf":
            row.extra = {
                "pdfium_bare": mean_seconds(pdfium_bare, paths, rounds),
                "pdfplumber_bare": mean_seconds(pdfplumber_bare, paths, rounds),
                "pdfplumber_parse": mean_seconds(_load_with("pdfplumber"), paths, 1),
                "pdfplumber_full": mean_seconds(_extract_with("pdfplumber"), paths, 1),
                "same": sum(same_records(p) for p in paths),
            }
        out.append(row)
    return out


def real_floor(folder: Path | None, rounds: int) -> Floor | None:
    """The real exhibits as found (text, Markdown, HTML), parse against full."""
    if folder is None:
        return None
    paths = sorted(p for p in folder.glob("*")
                   if p.suffix.lower() in (".txt", ".htm", ".html", ".md") and p.name != "README.md")
    paths = [p for p in paths if isinstance(load(p)[0], Document)]
    if not paths:
        return None
    kb = statistics.mean(p.stat().st_size for p in paths) / 1024
    return Floor("real exhibits", len(paths), kb, mean_seconds(load, paths, rounds),
                 mean_seconds(extract_path, paths, rounds), {})
