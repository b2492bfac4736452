"""What a file is, from its bytes: PDF, binary, or text (and then how to decode it)."""

from __future__ import annotations

import codecs
import re

_BINARY_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or a Word/Excel file)"),
    (b"PK\x05\x06", "a ZIP archive"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office file"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "a program"),
)

_SAMPLE = 64 * 1024
_WIDE_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
# C0 controls other than tab, line feed, vertical tab, form feed, carriage return, and SUB
# (0x1a, the old DOS end-of-file mark that some EDGAR text still carries).
_CONTROL = (
    b"\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10\x11\x12\x13\x14"
    b"\x15\x16\x17\x18\x19\x1b\x1c\x1d\x1e\x1f\x7f"
)


def is_pdf(data: bytes) -> bool:
    """PDF readers accept the `%PDF-` header anywhere in the first 1024 bytes."""
    return b"%PDF-" in data[:1024]


def binary_kind(data: bytes) -> str | None:
    """A description like "a PNG image" when `data` is a known binary format, else None."""
    for magic, what in _BINARY_MAGIC:
        if data.startswith(magic):
            return what
    return None


def _utf16_without_bom(sample: bytes) -> str | None:
    """ "utf-16-le"/"utf-16-be" when NULs sit in every other byte, as in ASCII text in UTF-16."""
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) >= 0.8 * len(odd) and even.count(0) <= 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) >= 0.8 * len(even) and odd.count(0) <= 0.05 * len(odd):
        return "utf-16-be"
    return None


def looks_binary(data: bytes) -> bool:
    """True when a sample is full of control bytes, as no text format is.

    NULs are judged apart: a few of them turn up in real text (padding, bad conversions) and
    are dropped, but a sample that is mostly NULs (and not UTF-16) is no text.
    """
    sample = data[:_SAMPLE]
    if not sample or sample.startswith(_WIDE_BOMS) or _utf16_without_bom(sample):
        return False  # UTF-16/32 text is full of NULs by design; `decode` reads it
    controls = len(sample) - len(sample.translate(None, _CONTROL))
    nuls = sample.count(0)
    return controls - nuls > 0.05 * len(sample) or nuls > 0.3 * len(sample)


def decode(data: bytes) -> tuple[str, str]:
    """Decode text bytes: BOMs first, then UTF-8, else Windows-1252. Returns (text, encoding).

    Windows-1252 is the right fallback for EDGAR: old filings carry its curly quotes (0x93,
    0x94) and dashes. Its five undefined bytes decode to U+FFFD rather than failing.
    """
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):  # before UTF-16: same prefix
        return data.decode("utf-32", errors="replace"), "utf-32"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), "utf-16"
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    utf16 = _utf16_without_bom(data[:_SAMPLE])
    if utf16:
        return data.decode(utf16, errors="replace"), utf16
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252"


_HTML_STRONG = re.compile(r"<(?:!doctype\s+html|html|body|head)\b", re.IGNORECASE)
# Tags that EDGAR plain text never uses (it has <TABLE>, <S>, <C>, <PAGE>, <CAPTION> and <FN>).
_HTML_TAG = re.compile(
    r"<(?:p|div|br|font|span|b|i|u|a|td|tr|li|h[1-6])\b[^<>]{0,400}>", re.IGNORECASE
)
_MARKDOWN_SIGNAL = re.compile(
    r"^(?:#{1,6}\s+\S|\|.*\|\s*$|\s*[-*+]\s+\S|\s*>\s)|\*\*\S[^*\n]*\S\*\*|\[[^\]\n]+\]\([^)\n]+\)",
    re.MULTILINE,
)


def looks_html(text: str) -> bool:
    head = text[:_SAMPLE]
    if _HTML_STRONG.search(head[:4096]):
        return True
    tags = sum(1 for _ in _HTML_TAG.finditer(head))
    return tags >= 5 and tags * 2000 >= min(len(head), _SAMPLE)


def looks_markdown(text: str, name: str) -> bool:
    if name.lower().endswith((".md", ".markdown")):
        return True
    head = text[:_SAMPLE]
    first = head.lstrip()[:200]
    if re.match(r"#{1,6}\s+\S", first):
        return True
    return sum(1 for _ in _MARKDOWN_SIGNAL.finditer(head)) >= 5
