"""What the parse layer hands back besides a `Document`: an `Unreadable`, and the `Limits`."""

from __future__ import annotations

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
TOO_LARGE = "too_large"
MALFORMED = "malformed"
UNREADABLE = "unreadable"


@dataclass(frozen=True)
class Unreadable:
    """A document that could not be read: a stable `code` and a sentence a person understands."""

    code: str
    message: str
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Limits:
    """Bounds that keep one hostile or huge input from taking the whole run down."""

    max_bytes: int = 200 * 2**20
    max_pdf_pages: int = 2000
    # A PDF averaging fewer non-space characters per page than this has no usable text layer.
    min_pdf_chars_per_page: int = 10
    # Documents beyond this many in one EDGAR submission are not read (a real one has < 200).
    max_documents: int = 1000
