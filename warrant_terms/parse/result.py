"""What the parse layer hands back besides a `Document`: an `Unreadable`, and the `Limits`."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any

TEXT_PLAIN = "text/plain"
TEXT_HTML = "text/html"
TEXT_MARKDOWN = "text/markdown"
APPLICATION_PDF = "application/pdf"
OCTET_STREAM = "application/octet-stream"

# The stable error codes (CONTRACT.md names the first six; "unreadable" is a file we may not read).
EMPTY = "empty"
NOT_TEXT = "not_text"
ENCRYPTED_PDF = "encrypted_pdf"
NO_TEXT_LAYER = "no_text_layer"
# A PDF whose text layer is mostly glyphs of fonts with no Unicode mapping (no ToUnicode).
UNMAPPED_FONT = "unmapped_font"
TOO_LARGE = "too_large"
MALFORMED = "malformed"
UNREADABLE = "unreadable"
# Set by the pipeline, not the parse layer: extraction ran past `Limits.max_seconds`, or failed
# on a bug (the document is still recorded; the message names the exception type only).
TIMEOUT = "timeout"
INTERNAL_ERROR = "internal_error"


class TooLarge(Exception):
    """Raised inside a parser the moment a document passes a `Limits` bound; the parse layer
    turns it into a `too_large` `Unreadable` carrying this message."""


@dataclass(frozen=True)
class Unreadable:
    """A document that could not be read: a stable `code` and a sentence a person understands."""

    code: str
    message: str
    meta: dict[str, Any] = field(default_factory=dict)


PDF_ENGINE_ENV = "WARRANT_TERMS_PDF_ENGINE"
PDF_ENGINES = ("pdfium", "pdfplumber")


@dataclass(frozen=True)
class Limits:
    """Bounds that keep one hostile or huge input from taking the whole run down.

    Each bound turns an input past it into a `too_large` (or `timeout`) record instead of a
    run that stalls or runs out of memory. The defaults sit far above any real warrant
    exhibit (the largest in the corpus is ~330 KB of text, ~100 PDF pages).
    """

    # Bytes of one input file (an EDGAR submission holds many documents, so this is generous).
    max_bytes: int = 200 * 2**20
    # Characters of one document's decoded source (markup included), checked before parsing:
    # parsing HTML costs about 1 s per MB, so this bounds the parse time.
    max_source_chars: int = 25_000_000
    # Characters of one document's clean text that extraction reads. Extraction time grows
    # with the text: about 0.5 s per million characters of prose, 15 s on the most adversarial
    # text found. Checked while parsing, before the costly passes (plain text and Markdown:
    # the source's non-space characters; HTML: the text gathered so far), and exactly on the
    # finished text by the pipeline.
    max_text_chars: int = 2_000_000
    # Lines of one plain-text or Markdown document, and paragraphs of an HTML one. Each line
    # costs about 0.5 KB and 10 us through the line pipeline, so 23 MB of short lines once took
    # 90 s and 4.6 GB only to be refused; the largest real exhibit has ~8,000 lines.
    max_lines: int = 100_000
    # Tags ("<") in one HTML document, checked before lxml builds a tree (~0.4 KB a node).
    max_html_tags: int = 200_000
    max_pdf_pages: int = 2000
    # Bytes of a PDF file: a text-layer warrant is a few hundred KB; larger is scans or bloat.
    max_pdf_bytes: int = 64 * 2**20
    # Bytes one compressed PDF stream (not an image) may inflate to, and all of them together:
    # a decompression bomb (a few KB that inflate to GBs) stops here, before pdfminer reads it.
    max_pdf_stream_bytes: int = 32 * 2**20
    max_pdf_inflated_bytes: int = 256 * 2**20
    # A PDF averaging fewer non-space characters per page than this has no usable text layer.
    min_pdf_chars_per_page: int = 10
    # Documents beyond this many in one EDGAR submission are not read (a real one has < 200).
    max_documents: int = 1000
    # Wall-clock seconds for reading and extracting one file in-process (enforced with SIGALRM,
    # so only in the main thread; None: no limit). Batch workers add their own hard limit.
    max_seconds: float | None = 300.0
    # How PDF text is read: "pdfium" (default: PDFium's text layer and character boxes) or
    # "pdfplumber" (pdfminer in pure Python, about 30 times slower; the same page texts on
    # every PDF of the corpus). The environment variable sets the default, so that batch
    # worker processes follow the command line's --pdf-engine.
    pdf_engine: str = field(default_factory=lambda: os.environ.get(PDF_ENGINE_ENV, "pdfium"))
