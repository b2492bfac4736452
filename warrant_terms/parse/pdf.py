"""PDF text layer into page texts, with the reasons a PDF cannot be read.

An engine (`pdf_pdfium`, the default, or `pdf_plumber`) reads each page's text lines with
their positions (`Row`s). `page_text` then lays a page out the same way for both: a vertical
gap wider than the usual line spacing becomes a blank line and a left offset becomes
indentation, so the line pipeline finds paragraphs in a PDF as it does in EDGAR plain text.
The page texts are joined with form feeds: that string is the "source" the document's offsets
point into.

Before any engine reads the file, its raw bytes are checked for decompression bombs and
reference loops (`pdfscan`): those make PDF libraries run out of memory or spin forever.
After, a text layer that is (almost) empty means a scan, and one whose glyphs mostly have
no Unicode mapping means a font without a ToUnicode table (`unmapped_font`).
"""

from __future__ import annotations

import itertools
import re
import statistics
from dataclasses import dataclass, field

from warrant_terms.parse.pdfscan import find_bomb, find_reference_loop
from warrant_terms.parse.result import (
    ENCRYPTED_PDF,
    MALFORMED,
    NO_TEXT_LAYER,
    TOO_LARGE,
    UNMAPPED_FONT,
    Limits,
)


@dataclass(frozen=True)
class PdfFailure:
    code: str
    message: str


@dataclass(frozen=True)
class Row:
    """One text line of a page: its top edge and left and right ends in points (from the
    top of the page), and its words joined by single spaces."""

    top: float
    x0: float
    x1: float
    text: str


@dataclass
class PdfText:
    """What an engine read: each page's rows, and how many of the glyphs it looked at had no
    Unicode mapping (`glyphs` counts the glyphs looked at; an engine may sample)."""

    pages: list[list[Row]] = field(default_factory=list)
    glyphs: int = 0
    unmapped: int = 0


# An unmapped glyph share above this makes the text layer unreadable ("mostly" unmapped).
UNMAPPED_SHARE = 0.5
# A page that holds nothing but a page number ("7", "- 7 -", "Page 7 of 90", "iv"), matched
# on its text with white space collapsed to single spaces.
_PAGE_NUMBER_ONLY = re.compile(
    r"(?:page ?)?[-\u2013\u2014(\[]? ?(?:\d{1,5}|[ivxlc]{1,8}) ?[-\u2013\u2014)\]]?(?: of \d{1,5})?",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_]{2}")


def encrypted() -> PdfFailure:
    return PdfFailure(
        ENCRYPTED_PDF,
        "The PDF is encrypted and cannot be opened without a password; ask for an "
        "unencrypted copy.",
    )


def damaged(exc: BaseException, what: str = "damaged") -> PdfFailure:
    # The exception's type only: library messages quote raw file bytes, which could carry
    # markup or control characters into a report.
    return PdfFailure(MALFORMED, f"The PDF is {what} and cannot be read ({type(exc).__name__}).")


def too_many_pages(count: int, limits: Limits) -> PdfFailure:
    return PdfFailure(
        TOO_LARGE,
        f"The PDF has {count} pages, more than the {limits.max_pdf_pages} this tool reads.",
    )


def page_text(rows: list[Row]) -> str:
    """One page's lines; blank lines where the vertical gap is wide, indentation kept.

    Distances are compared in whole hundredths of a point: the engines compute positions in
    float32 and float64, and a gap that equals the threshold must fall the same way in both.
    """
    rows = sorted((r for r in rows if r.text.strip()), key=lambda r: (round(r.top, 1), r.x0))
    if not rows:
        return ""
    gaps = [round((b.top - a.top) * 100) for a, b in itertools.pairwise(rows)]
    step = statistics.median([g for g in gaps if g > 50] or [1200])
    x0s = [round(r.x0 * 100) for r in rows]
    left = min(x0s)
    widths = [(round(r.x1 * 100) - x0) / len(r.text) for r, x0 in zip(rows, x0s, strict=True)]
    char = statistics.median(widths)
    out: list[str] = []
    for k, (row, x0) in enumerate(zip(rows, x0s, strict=True)):
        if k and 10 * gaps[k - 1] > 16 * step:
            out.append("")
        indent = min(20, round((x0 - left) / char)) if char > 0 else 0
        out.append(" " * indent + row.text)
    return "\n".join(out)


def _page_number_only(text: str) -> bool:
    short = " ".join(text.split()[:8])
    return len(short) < 40 and _PAGE_NUMBER_ONLY.fullmatch(short) is not None


def pdf_pages(data: bytes, limits: Limits) -> list[str] | PdfFailure:
    """The text of each page, or why there is none."""
    bomb = find_bomb(data, limits.max_pdf_stream_bytes, limits.max_pdf_inflated_bytes)
    if bomb is not None:
        return PdfFailure(TOO_LARGE, bomb.message)
    loop = find_reference_loop(data)
    if loop is not None:
        return PdfFailure(
            MALFORMED,
            f"The PDF is damaged and cannot be read: object {loop[0]} refers to itself "
            "through a loop of references.",
        )
    if limits.pdf_engine == "pdfplumber":
        from warrant_terms.parse.pdf_plumber import read
    else:
        from warrant_terms.parse.pdf_pdfium import read
    found = read(data, limits)
    if isinstance(found, PdfFailure):
        return found
    return _checked(found, limits)


def _checked(found: PdfText, limits: Limits) -> list[str] | PdfFailure:
    """Page texts, unless there are none, they hold (almost) no words, or their glyphs have
    no Unicode mapping."""
    texts = [page_text(rows) for rows in found.pages]
    if not texts:
        return PdfFailure(MALFORMED, "The PDF has no pages.")
    if found.glyphs and found.unmapped > UNMAPPED_SHARE * found.glyphs:
        return PdfFailure(
            UNMAPPED_FONT,
            "The PDF's text layer cannot be read: most of its characters come from fonts "
            "with no Unicode mapping (no ToUnicode table), so they are glyph numbers, not "
            "letters; OCR the rendered pages, or ask for a PDF saved with its fonts' "
            "character maps.",
        )
    # Pages that hold only a page number say nothing about a text layer: a long PDF whose
    # later pages carry only their numbers is not a scan.
    worded = [t for t in texts if _WORD.search(t) and not _page_number_only(t)]
    visible = sum(len("".join(t.split())) for t in worded)
    if not worded or visible < limits.min_pdf_chars_per_page * len(worded):
        return PdfFailure(
            NO_TEXT_LAYER,
            "The PDF has no text layer: it looks scanned (pages are "
            "images); run it through OCR to make the text readable.",
        )
    return texts
