"""The PDFium engine (the default): PDFium's text layer and character boxes, in C.

PDFium gives a page's text in reading order with its own line breaks. For each line this
engine asks for the boxes of its first and last visible characters only (a few calls per
line, not per character) and builds the `Row`s pdfplumber would: left and right ends from
the characters' advance-width boxes, the top edge as pdfminer computes it (baseline +
descent + font size, scaled by the text matrix), words joined by single spaces, ligatures
spelled out, and lines whose tops lie within 3 points merged left to right (pdfplumber's
line tolerance). `pdf.page_text` lays the rows out the same way for both engines, so both
give the same page texts on every PDF of the corpus (a test compares them).

Unmapped fonts are sampled on the same characters: PDFium flags a glyph whose font has no
Unicode mapping (its "text" is then the raw glyph number).
"""

from __future__ import annotations

import ctypes
import math
import re
from collections import defaultdict
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from warrant_terms.parse.pdf import (
    PdfFailure,
    PdfText,
    Row,
    damaged,
    encrypted,
    too_many_pages,
)
from warrant_terms.parse.result import Limits

_LINE = re.compile(r"[^\r\n]+")
# pdfplumber's y_tolerance: characters whose tops lie this close share a text line.
LINE_TOLERANCE = 3.0
# What pdfplumber spells out (its LIGATURES table).
_LIGATURE = re.compile("[\ufb00-\ufb06]")
_LIGATURES = str.maketrans(
    {"\ufb00": "ff", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb01": "fi", "\ufb02": "fl",
     "\ufb06": "st", "\ufb05": "st"}
)


class _Probe:
    """Reusable ctypes out-parameters for the per-line calls."""

    def __init__(self) -> None:
        self.rect = pdfium_c.FS_RECTF()
        self.matrix = pdfium_c.FS_MATRIX()
        self.rect_ref = ctypes.byref(self.rect)
        self.matrix_ref = ctypes.byref(self.matrix)

    def left_and_top(self, textpage: Any, index: int, height: float) -> tuple[float, float]:
        """A character's left edge and pdfminer's top edge (points from the page's top)."""
        pdfium_c.FPDFText_GetLooseCharBox(textpage, index, self.rect_ref)
        pdfium_c.FPDFText_GetMatrix(textpage, index, self.matrix_ref)
        size = pdfium_c.FPDFText_GetFontSize(textpage, index)
        scale = math.hypot(self.matrix.c, self.matrix.d) or 1.0
        return self.rect.left, height - (self.rect.bottom + size * scale)

    def right(self, textpage: Any, index: int) -> float:
        pdfium_c.FPDFText_GetLooseCharBox(textpage, index, self.rect_ref)
        return float(self.rect.right)


def _utf16_index(text: str) -> list[int] | None:
    """Where each character of `text` starts in UTF-16 units (PDFium's text indices), or
    None when every character is one unit (no characters beyond the BMP)."""
    if text.isascii() or len(text.encode("utf-16-le")) == 2 * len(text):
        return None
    out, at = [], 0
    for ch in text:
        out.append(at)
        at += 2 if ord(ch) > 0xFFFF else 1
    return out


def _page_rows(page: Any, textpage: Any, probe: _Probe, found: PdfText) -> list[Row]:
    raw = textpage.raw
    height = float(page.get_height())
    text = textpage.get_text_range()
    units = _utf16_index(text)
    ligatures = _LIGATURE.search(text) is not None
    rows: list[Row] = []
    for m in _LINE.finditer(text):
        words = m.group().split()
        if not words:
            continue
        seg = m.group()
        first = m.start() + len(seg) - len(seg.lstrip())
        last = m.start() + len(seg.rstrip()) - 1
        if units is not None:
            first, last = units[first], units[last]
        a = pdfium_c.FPDFText_GetCharIndexFromTextIndex(raw, first)
        b = pdfium_c.FPDFText_GetCharIndexFromTextIndex(raw, last)
        if a < 0 or b < 0:
            continue
        x0, top = probe.left_and_top(raw, a, height)
        line = " ".join(words)
        rows.append(Row(top, x0, probe.right(raw, b), line.translate(_LIGATURES) if ligatures else line))
        sampled = {a, b}
        found.glyphs += len(sampled)
        found.unmapped += sum(bool(pdfium_c.FPDFText_HasUnicodeMapError(raw, i)) for i in sampled)
    return _merged(rows)


def _merged(rows: list[Row]) -> list[Row]:
    """Rows whose tops chain within `LINE_TOLERANCE` joined into one, left to right."""
    cluster: dict[float, int] = {}
    key, last = -1, -math.inf
    for top in sorted({r.top for r in rows}):
        if top > last + LINE_TOLERANCE:
            key += 1
        cluster[top], last = key, top
    groups: dict[int, list[Row]] = defaultdict(list)
    for row in rows:
        groups[cluster[row.top]].append(row)
    out = []
    for key in sorted(groups):
        group = sorted(groups[key], key=lambda r: r.x0)
        if len(group) == 1:
            out.append(group[0])
        else:
            out.append(Row(min(r.top for r in group), group[0].x0,
                           max(r.x1 for r in group), " ".join(r.text for r in group)))
    return out


def read(data: bytes, limits: Limits) -> PdfText | PdfFailure:
    """Every page's rows, or why the PDF cannot be read."""
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            return encrypted()
        return damaged(exc, "damaged or truncated")
    try:
        count = len(pdf)
        if count > limits.max_pdf_pages:
            return too_many_pages(count, limits)
        found, probe = PdfText(), _Probe()
        for i in range(count):
            page = pdf[i]
            try:
                textpage = page.get_textpage()
                try:
                    found.pages.append(_page_rows(page, textpage, probe, found))
                finally:
                    textpage.close()
            finally:
                page.close()
        return found
    except pdfium.PdfiumError as exc:
        return damaged(exc)
    finally:
        pdf.close()
