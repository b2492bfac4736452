"""A cheap look at a PDF's raw bytes before a PDF library reads it: decompression bombs and
reference loops.

pdfminer inflates a stream completely in memory and then lexes it in Python, so a few KB of
Flate data that inflate to gigabytes would exhaust memory or run for hours. This pass finds
every `stream` keyword in the raw bytes, and where the data after it is a zlib stream,
inflates it (through nested Flate layers) only as far as the limits, counting bytes and
keeping none beyond the current layer. Image streams are skipped: text extraction never
decodes them, and a large scan legitimately inflates to many MB.

Not covered (pdfminer then reads them as it would anyway): streams of an encrypted PDF, and
Flate data wrapped in another filter first (ASCII85, ASCIIHex) or compressed with LZW.

Reference loops: an object whose whole body is a reference to another (`20 0 obj 20 0 R
endobj`) resolves to that other object; pdfminer follows such a chain with no end, so a loop
of them (often reached through a stream's indirect `/Length`) makes it spin forever. `find_
reference_loop` follows every such chain in the raw bytes and names the first loop. Objects
packed in compressed object streams are not visible here; the time limit covers those.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass

_STREAM = re.compile(rb"(?<!end)stream(?:\r\n|\n|\r)")
_OBJ = re.compile(rb"\bobj\b")
_IMAGE = re.compile(rb"/Subtype\s*/Image\b")
_CHUNK = 1 << 16
_MAX_LAYERS = 4


@dataclass(frozen=True)
class Bomb:
    """Why the PDF is refused: one stream or all of them inflate past a limit."""

    message: str


def _is_zlib(head: bytes) -> bool:
    """A zlib header: deflate method (CM 8) and a check value that makes it divisible by 31."""
    return len(head) >= 2 and head[0] & 0x0F == 8 and (head[0] << 8 | head[1]) % 31 == 0


def _inflate_bounded(data: bytes, budget: int) -> tuple[bytes, bool]:
    """Inflate zlib `data` up to `budget` bytes: (output so far, whether it goes on past it).

    Damaged data ends the count where zlib gives up, as pdfminer's own recovery would.
    """
    inflater = zlib.decompressobj()
    out = bytearray()
    pending = data
    try:
        while pending and not inflater.eof:
            piece = inflater.decompress(pending, _CHUNK)
            pending = inflater.unconsumed_tail
            out += piece
            if len(out) > budget:
                return bytes(out[: budget + 1]), True
            if not piece and not pending:
                break
    except zlib.error:
        pass
    return bytes(out), False


def _stream_size(data: bytes, budget: int) -> tuple[int, bool]:
    """Bytes one stream's data inflates to through nested zlib layers, capped at `budget`."""
    size, over = 0, False
    for _ in range(_MAX_LAYERS):
        if not _is_zlib(data[:2]):
            break
        data, over = _inflate_bounded(data, budget)
        size = len(data)
        if over:
            break
    return size, over


def _is_image(pdf: bytes, keyword_at: int) -> bool:
    """Does the stream's dictionary (between its `obj` and `stream`) say /Subtype /Image?"""
    window = pdf[max(0, keyword_at - 4096) : keyword_at]
    obj = None
    for obj in _OBJ.finditer(window):
        pass
    dictionary = window[obj.end() :] if obj else window
    return bool(_IMAGE.search(dictionary))


def find_bomb(pdf: bytes, max_stream: int, max_total: int) -> Bomb | None:
    """A `Bomb` when a non-image stream inflates past `max_stream` bytes, or all together
    past `max_total`; None for an ordinary PDF."""
    total = 0
    for m in _STREAM.finditer(pdf):
        start = m.end()
        if not _is_zlib(pdf[start : start + 2]) or _is_image(pdf, m.start()):
            continue
        end = pdf.find(b"endstream", start)
        body = pdf[start : end if end >= 0 else len(pdf)]
        size, over = _stream_size(body, max_stream)
        if over:
            return Bomb(
                f"A compressed stream in the PDF inflates to more than {max_stream:,} bytes "
                "(a decompression bomb, or a page far beyond any warrant)."
            )
        total += size
        if total > max_total:
            return Bomb(
                f"The PDF's compressed streams inflate to more than {max_total:,} bytes "
                "together, more than this tool reads."
            )
    return None


# An object whose body is nothing but a reference: `N G obj M H R endobj`.
_REFERENCE_ONLY = re.compile(rb"(?<![\d.])(\d{1,10})\s+(\d{1,5})\s+obj\s*(\d{1,10})\s+(\d{1,5})\s+R\s*endobj")


def find_reference_loop(pdf: bytes) -> tuple[int, int] | None:
    """An object (number, generation) that refers to itself through objects made only of a
    reference, or None. Follows each chain once (linear in the number of such objects)."""
    target: dict[tuple[int, int], tuple[int, int]] = {}
    for m in _REFERENCE_ONLY.finditer(pdf):
        target[(int(m[1]), int(m[2]))] = (int(m[3]), int(m[4]))
    done: set[tuple[int, int]] = set()
    for start in target:
        path: set[tuple[int, int]] = set()
        node: tuple[int, int] | None = start
        while node is not None and node in target and node not in done:
            if node in path:
                return node
            path.add(node)
            node = target[node]
        done |= path
    return None
