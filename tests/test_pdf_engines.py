"""The PDFium engine (default) and the pdfplumber engine give the same document on every PDF:
the same text, pages and offsets, hence the same record, field for field and span for span.

Every PDF of the corpus is compared, and every kind of PDF the tests and the benchmark build
(Courier page grids with indentation, Helvetica cells, wrapped paragraphs, text drawn under
a scaled text matrix, long PDFs whose later pages hold only numbers).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

import pytest
from hostile import builders as b
from parse_fixtures import seed_pdf, text_pdf
from shared_files import ROOT, SEED, corpus_found_files

from warrant_terms.batch.synth import perturb, to_pdf
from warrant_terms.parse import Document, Limits, Unreadable, load_bytes
from warrant_terms.pipeline import extract_items

ENGINES = ("pdfium", "pdfplumber")

CORPUS_PDFS = sorted(ROOT.glob("corpus/**/*.pdf")) + [
    p for p in corpus_found_files() if p.suffix.lower() == ".pdf"
]


def _scaled_matrix_pdf() -> bytes:
    """Lines drawn at font size 1 under a text matrix that scales them to 11 points (how
    many word processors write PDFs), among lines drawn at size 11 directly."""
    ops = []
    for i, line in enumerate(b.GRANT.splitlines()):
        y = 700 - 16 * i
        if i % 2:
            ops.append(b"BT /F1 1 Tf 11 0 0 11 72 %d Tm (%s) Tj ET" % (y, line.encode("latin-1")))
        else:
            ops.append(b"BT /F1 11 Tf 72 %d Td (%s) Tj ET" % (y, line.encode("latin-1")))
    content = b"\n".join(ops)
    return b._pdf_from_objects([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b._ONE_PAGE,
        b._stream(content, compressed=False),
    ])


BUILT: dict[str, Callable[[], bytes]] = {
    "seed-courier-grid": seed_pdf,
    "seed-helvetica-cells": b.seed_pdf,
    "seed-wrapped-paragraphs": lambda: to_pdf(SEED.read_text(encoding="utf-8")),
    "perturbed-wrapped-paragraphs": lambda: to_pdf(
        perturb(SEED.read_text(encoding="utf-8"), random.Random(3))
    ),
    "short-pages": lambda: text_pdf(["Warrant page one.", "Page two of the warrant."]),
    "scaled-text-matrix": _scaled_matrix_pdf,
    "numbered-tail": lambda: b.numbered_tail_pdf(2, 30),
}


def _documents(data: bytes, engine: str) -> list[Document | Unreadable]:
    return load_bytes(data, "exhibit.pdf", Limits(pdf_engine=engine))


def _same_everywhere(data: bytes) -> None:
    pdfium, plumber = (_documents(data, e) for e in ENGINES)
    assert [type(d) for d in pdfium] == [type(d) for d in plumber]
    for a, c in zip(pdfium, plumber, strict=True):
        if isinstance(a, Document) and isinstance(c, Document):
            assert a.text == c.text
            assert a.page_starts == c.page_starts
            assert a.offsets == c.offsets
        else:
            assert a == c
    records = [
        [x.record.model_dump(mode="json") for x in extract_items(docs, "exhibit.pdf")]
        for docs in (pdfium, plumber)
    ]
    assert records[0] == records[1]


@pytest.mark.parametrize("path", CORPUS_PDFS, ids=lambda p: p.name)
def test_engines_agree_on_corpus_pdf(path: Path) -> None:
    _same_everywhere(path.read_bytes())


def test_the_corpus_has_pdfs() -> None:
    assert len(CORPUS_PDFS) >= 2


@pytest.mark.parametrize("name", sorted(BUILT))
def test_engines_agree_on_built_pdf(name: str) -> None:
    _same_everywhere(BUILT[name]())


def test_pdfium_is_the_default_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WARRANT_TERMS_PDF_ENGINE", raising=False)
    assert Limits().pdf_engine == "pdfium"
