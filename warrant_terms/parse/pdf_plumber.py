"""The pdfplumber engine (`--pdf-engine pdfplumber`): pdfminer's characters, in pure Python.

pdfplumber groups the characters of each page into text lines with their positions; those
are the rows `pdf.page_text` lays out. About 30 times slower to read than the PDFium engine,
which rebuilds the same rows; kept for comparison and for what only pdfminer reads.

Clean-up never walks the document again: pdfplumber's own `close()` builds every page that
was not read yet, which on a damaged page tree raises again or never ends. Each page is
freed as soon as its text is read, and at the end only the byte stream is closed.
"""

from __future__ import annotations

import io
import re
from typing import Any

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfparser import PDFSyntaxError
from pdfminer.pdftypes import PDFException, resolve1
from pdfminer.psparser import PSException
from pdfplumber.utils.exceptions import PdfminerException

from warrant_terms.parse.pdf import (
    PdfFailure,
    PdfText,
    Row,
    damaged,
    encrypted,
    too_many_pages,
)
from warrant_terms.parse.result import Limits

# What pdfminer raises on damaged files beyond its own types: it indexes, unpacks and decodes
# bytes it has not validated (KeyError, IndexError, TypeError, ValueError, struct.error, zlib
# errors, AssertionError, RecursionError on reference loops). Only PDF library calls are wrapped.
_PDF_LIBRARY_ERRORS = (PdfminerException, PDFException, PSException, PDFSyntaxError)
# pdfminer writes a glyph it cannot map to Unicode as "(cid:N)".
_CID = re.compile(r"\(cid:\d+\)")


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


def _rows(page: Any) -> list[Row]:
    return [
        Row(float(r["top"]), float(r["x0"]), float(r["x1"]), str(r["text"]))
        for r in page.extract_text_lines(layout=False, strip=True, return_chars=False)
        if r.get("text", "").strip()
    ]


def _read_pages(pdf: Any, limits: Limits) -> PdfText | PdfFailure:
    declared = _declared_pages(pdf)
    if declared is not None and declared > limits.max_pdf_pages:
        return too_many_pages(declared, limits)
    try:
        pages = pdf.pages
        if len(pages) > limits.max_pdf_pages:
            return too_many_pages(len(pages), limits)
        found = PdfText()
        for page in pages:
            rows = _rows(page)
            found.pages.append(rows)
            for row in rows:
                cids = len(_CID.findall(row.text))
                found.unmapped += cids
                found.glyphs += cids + len("".join(_CID.sub("", row.text).split()))
            # pdfplumber caches every page's objects until the document closes: free each
            # page as soon as its text is read, so memory stays flat on long PDFs.
            page.close()
        return found
    except _PDF_LIBRARY_ERRORS as exc:
        return damaged(exc)
    except Exception as exc:  # noqa: BLE001 - as above: pdfminer's errors on bad input vary
        return damaged(exc)


def read(data: bytes, limits: Limits) -> PdfText | PdfFailure:
    """Every page's rows, or why the PDF cannot be read."""
    stream = io.BytesIO(data)
    try:
        pdf = pdfplumber.open(stream)
    except _PDF_LIBRARY_ERRORS as exc:
        return encrypted() if _encrypted(exc) else damaged(exc, "damaged or truncated")
    # pdfminer raises assorted built-in types on corrupt input (see _PDF_LIBRARY_ERRORS).
    except Exception as exc:  # noqa: BLE001
        return damaged(exc)
    try:
        return _read_pages(pdf, limits)
    finally:
        stream.close()  # not pdf.close(): see the module docstring
