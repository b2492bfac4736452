"""The parsed document: clean text, pages, and an offset map back to the source.

Every evidence offset in the output points into `Document.text`, which is exactly what
`warrant-terms text PATH` prints. `TextBuilder` is how parsers make that text: they append
pieces of the source (with the source offset each piece came from) and synthetic
separators (paragraph breaks, which map to no source character), and mark page breaks.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class OffsetMap:
    """Maps offsets of the clean text back to offsets of the decoded source text.

    Stored as runs: clean text `[text_starts[i], text_starts[i] + lengths[i])` came verbatim
    from source `[source_starts[i], ...)`. Characters outside every run were synthesised
    (a paragraph break, a space standing for a tag) and map to the source offset of the
    run before them.
    """

    text_starts: tuple[int, ...] = ()
    source_starts: tuple[int, ...] = ()
    lengths: tuple[int, ...] = ()

    def to_source(self, offset: int) -> int:
        i = bisect.bisect_right(self.text_starts, offset) - 1
        if i < 0:
            return 0
        delta = min(offset - self.text_starts[i], self.lengths[i])
        return self.source_starts[i] + delta


@dataclass(frozen=True)
class Document:
    """One readable document: the unit that extraction runs on."""

    text: str
    page_starts: tuple[int, ...] = (0,)
    offsets: OffsetMap = field(default_factory=OffsetMap)
    media_type: str = "text/plain"
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def pages(self) -> int:
        return len(self.page_starts)

    def page_of(self, offset: int) -> int:
        """1-based page holding `offset`."""
        return max(1, bisect.bisect_right(self.page_starts, offset))


class TextBuilder:
    """Accumulates clean text with its offset map and page starts."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._len = 0
        self._text_starts: list[int] = []
        self._source_starts: list[int] = []
        self._lengths: list[int] = []
        self._page_starts: list[int] = [0]

    def __len__(self) -> int:
        return self._len

    def add(self, text: str, source_start: int | None = None) -> None:
        """Append `text`; `source_start` is where it begins in the source (None: synthetic)."""
        if not text:
            return
        if source_start is not None:
            if (
                self._text_starts
                and self._text_starts[-1] + self._lengths[-1] == self._len
                and self._source_starts[-1] + self._lengths[-1] == source_start
            ):
                self._lengths[-1] += len(text)
            else:
                self._text_starts.append(self._len)
                self._source_starts.append(source_start)
                self._lengths.append(len(text))
        self._parts.append(text)
        self._len += len(text)

    def ends_with(self, suffix: str) -> bool:
        tail = "".join(self._parts[-4:])
        return tail.endswith(suffix)

    def new_page(self, allow_empty: bool = False) -> None:
        """The next character starts a new page (repeated calls make no empty pages).

        `allow_empty=True` records the page even if the last one is still empty: a PDF's blank
        page still counts, so later evidence keeps the page number a reader sees.
        """
        if allow_empty or self._page_starts[-1] != self._len:
            self._page_starts.append(self._len)

    def build(self, media_type: str, meta: dict[str, Any] | None = None) -> Document:
        text = "".join(self._parts)
        pages = [p for p in self._page_starts if p < len(text)] or [0]
        return Document(
            text=text,
            page_starts=tuple(pages),
            offsets=OffsetMap(
                tuple(self._text_starts), tuple(self._source_starts), tuple(self._lengths)
            ),
            media_type=media_type,
            meta=dict(meta or {}),
        )
