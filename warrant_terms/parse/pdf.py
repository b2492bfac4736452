"""PDF text layer into page texts, with the reasons a PDF cannot be read.

pdfplumber gives the text lines of each page with their positions; a vertical gap wider than
the usual line spacing becomes a blank line and a left offset becomes indentation, so the line
pipeline can find paragraphs in a PDF as it does in EDGAR plain text. The page texts are joined
with form feeds: that string is the "source" the document's offsets point into.
"""

from __future__ import annotations

import io
import itertools
import statistics
from dataclasses import dataclass
from typing import Any

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfparser import PDFSyntaxError
from pdfminer.pdftypes import PDFException, resolve1
from pdfminer.psparser import PSException
from pdfplumber.utils.exceptions import PdfminerException

from warrant_terms.parse.pdfscan import find_bomb
from warrant_terms.parse.result import (
    ENCRYPTED_PDF,
    MALFORMED,
    NO_TEXT_LAYER,
    TOO_LARGE,
    Limits,
)

# What pdfminer raises on damaged files beyond its own types: it indexes, unpacks and decodes
# bytes it has not validated (KeyError, IndexError, TypeError, ValueError, struct.error, zlib
# errors, AssertionError, RecursionError on reference loops). Only PDF library calls are wrapped.
_PDF_LIBRARY_ERRORS = (PdfminerException, PDFException, PSException, PDFSyntaxError)


@dataclass(frozen=True)
class PdfFailure:
    code: str
    message: str


def _encrypted(exc: BaseException) -> bool:
    causes = (exc, *exc.args) if isinstance(exc, PdfminerException) else (exc,)
    return any(isinstance(c, (PDFPasswordIncorrect, PDFEncryptionError)) for c in causes)


def _declared_pages(pdf: Any) -> int | None:
    """The page count the document catalog declares, without loading every page."""
    try:
        pages = resolve1(pdf.doc.catalog.get("Pages"))
        count = resolve1(pages.get("Count")) if isinstance(pages, dict) else None
    except Exception:  # noqa: BLE001 - unvalidated objects: pdfminer's errors vary (see above)
        return None
    return count if isinstance(count, int) else None


def _page_text(page: Any) -> str:
    """One page's lines; blank lines where the vertical gap is wide, indentation kept."""
    rows = [
        r
        for r in page.extract_text_lines(layout=False, strip=True, return_chars=False)
        if r.get("text", "").strip()
    ]
    if not rows:
        return ""
    rows.sort(key=lambda r: (round(float(r["top"]), 1), float(r["x0"])))
    gaps = [float(b["top"]) - float(a["top"]) for a, b in itertools.pairwise(rows)]
    step = statistics.median([g for g in gaps if g > 0.5] or [12.0])
    left = min(float(r["x0"]) for r in rows)
    widths = [(float(r["x1"]) - float(r["x0"])) / len(r["text"]) for r in rows if r["text"]]
    char = statistics.median(widths) if widths else 6.0
    out: list[str] = []
    for k, row in enumerate(rows):
        if k and gaps[k - 1] > 1.6 * step:
            out.append("")
        indent = min(20, round((float(row["x0"]) - left) / char)) if char > 0 else 0
        out.append(" " * indent + str(row["text"]))
    return "\n".join(out)


def _damaged(exc: BaseException, what: str = "damaged") -> PdfFailure:
    # The exception's type only: pdfminer's messages quote raw file bytes, which could carry
    # markup or control characters into a report.
    return PdfFailure(
        MALFORMED, f"The PDF is {what} and cannot be read ({type(exc).__name__})."
    )


def _read_pages(pdf: Any, limits: Limits) -> list[str] | PdfFailure:
    declared = _declared_pages(pdf)
    if declared is not None and declared > limits.max_pdf_pages:
        return PdfFailure(
            TOO_LARGE,
            f"The PDF has {declared} pages, more than the {limits.max_pdf_pages} this tool reads.",
        )
    try:
        pages = pdf.pages
        if len(pages) > limits.max_pdf_pages:
            return PdfFailure(
                TOO_LARGE,
                f"The PDF has {len(pages)} pages, more than the "
                f"{limits.max_pdf_pages} this tool reads.",
            )
        texts = []
        for page in pages:
            texts.append(_page_text(page))
            # pdfplumber caches every page's objects until the document closes: free each
            # page as soon as its text is read, so memory stays flat on long PDFs.
            page.close()
        return texts
    except _PDF_LIBRARY_ERRORS as exc:
        return _damaged(exc)
    except Exception as exc:  # noqa: BLE001 - as above: pdfminer's errors on bad input vary
        return _damaged(exc)


def _close(pdf: Any) -> None:
    """Close the PDF. pdfplumber's `close` walks the page tree again, and on a damaged tree
    raises what reading it raised (already reported): then only the byte stream is closed."""
    try:
        pdf.close()
    except Exception:  # noqa: BLE001 - pdfminer's errors on bad input vary
        pdf.stream.close()


def pdf_pages(data: bytes, limits: Limits) -> list[str] | PdfFailure:
    """The text of each page, or why there is none."""
    bomb = find_bomb(data, limits.max_pdf_stream_bytes, limits.max_pdf_inflated_bytes)
    if bomb is not None:
        return PdfFailure(TOO_LARGE, bomb.message)
    if limits.pdf_engine == "pdfium":
        texts_or_failure = _pdfium_pages(data, limits)
        if isinstance(texts_or_failure, PdfFailure):
            return texts_or_failure
        return _checked(texts_or_failure, limits)
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except _PDF_LIBRARY_ERRORS as exc:
        if _encrypted(exc):
            return PdfFailure(
                ENCRYPTED_PDF,
                "The PDF is encrypted and cannot be opened without "
                "a password; ask for an unencrypted copy.",
            )
        return _damaged(exc, "damaged or truncated")
    # pdfminer raises assorted built-in types on corrupt input (see _PDF_LIBRARY_ERRORS).
    except Exception as exc:  # noqa: BLE001
        return _damaged(exc)
    try:
        texts = _read_pages(pdf, limits)
    finally:
        _close(pdf)
    if isinstance(texts, PdfFailure):
        return texts
    return _checked(texts, limits)


def _checked(texts: list[str], limits: Limits) -> list[str] | PdfFailure:
    """Page texts, unless there are none or they hold (almost) no text."""
    if not texts:
        return PdfFailure(MALFORMED, "The PDF has no pages.")
    visible = sum(len("".join(t.split())) for t in texts)
    if visible < limits.min_pdf_chars_per_page * len(texts):
        return PdfFailure(
            NO_TEXT_LAYER,
            "The PDF has no text layer: it looks scanned (pages are "
            "images); run it through OCR to make the text readable.",
        )
    return texts


def _pdfium_pages(data: bytes, limits: Limits) -> list[str] | PdfFailure:
    """Page texts through PDFium's own text layer (`--pdf-engine pdfium`)."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            return PdfFailure(
                ENCRYPTED_PDF,
                "The PDF is encrypted and cannot be opened without "
                "a password; ask for an unencrypted copy.",
            )
        return _damaged(exc, "damaged or truncated")
    try:
        if len(pdf) > limits.max_pdf_pages:
            return PdfFailure(
                TOO_LARGE,
                f"The PDF has {len(pdf)} pages, more than the {limits.max_pdf_pages} this tool reads.",
            )
        texts = []
        for i in range(len(pdf)):
            page = pdf[i]
            textpage = page.get_textpage()
            texts.append(textpage.get_text_bounded().replace("\r\n", "\n").replace("\r", "\n"))
            textpage.close()
            page.close()
        return texts
    except pdfium.PdfiumError as exc:
        return _damaged(exc)
    finally:
        pdf.close()
