"""Cutting document text into pieces so that overlapping evidence spans can all be shown.

HTML elements must nest, but evidence spans from different fields overlap freely (the
issuer's name inside the sentence that gives the jurisdiction). So the text is cut at every
span boundary and every page start; each piece then lies wholly inside or wholly outside
each span and can carry the marks of all spans that cover it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

# An ampersand only starts a character reference when a letter, digit or '#' follows it
# (HTML Standard, "character reference state"); any other '&' is plain text. Leaving those
# as they are keeps evidence such as "Venture Lending & Leasing" byte-identical in the page
# source, so a reader (or a script) searching the raw HTML for a quoted span finds it.
_AMP_STARTING_REFERENCE = re.compile(r"&(?=[A-Za-z0-9#])")


def escape_text(text: str) -> str:
    """Escape document text for an HTML text node (never for an attribute value).

    >>> escape_text("<script>alert(1)</script> & Co. &amp; AT&T")
    '&lt;script&gt;alert(1)&lt;/script&gt; & Co. &amp;amp; AT&amp;T'
    """
    return _AMP_STARTING_REFERENCE.sub("&amp;", text).replace("<", "&lt;").replace(">", "&gt;")


@dataclass(frozen=True)
class Highlight:
    """One evidence span to show: `key` names its field row, `span_id` is its element id."""

    key: str
    field: str
    span_id: str
    start: int
    end: int
    order: int  # position in the field table: pieces list their spans in this order


@dataclass(frozen=True)
class Piece:
    """A stretch of text covered by exactly the same highlights throughout."""

    start: int
    end: int
    covering: tuple[Highlight, ...]
    starting: tuple[Highlight, ...]  # the covering spans whose first piece this is


def cut_points(length: int, highlights: Iterable[Highlight], extra: Iterable[int]) -> list[int]:
    """Every offset where a piece must end, from 0 to `length`.

    >>> cut_points(10, [Highlight("a", "a", "ev-a-0", 2, 5, 0)], [7])
    [0, 2, 5, 7, 10]
    """
    points = {0, length}
    for h in highlights:
        points.update((h.start, h.end))
    points.update(p for p in extra if 0 <= p <= length)
    return sorted(points)


def split_pieces(
    length: int, highlights: Sequence[Highlight], extra_cuts: Iterable[int] = ()
) -> list[Piece]:
    """Cut `[0, length)` into pieces; spans must already lie within it and be non-empty.

    >>> a = Highlight("a", "a", "ev-a-0", 0, 6, 0)
    >>> b = Highlight("b", "b", "ev-b-0", 3, 9, 1)
    >>> [(p.start, p.end, [h.key for h in p.covering]) for p in split_pieces(9, [a, b])]
    [(0, 3, ['a']), (3, 6, ['a', 'b']), (6, 9, ['b'])]
    """
    points = cut_points(length, highlights, extra_cuts)
    starts_at: dict[int, list[Highlight]] = {}
    for h in highlights:
        starts_at.setdefault(h.start, []).append(h)
    active: list[Highlight] = []
    pieces: list[Piece] = []
    for start, end in itertools.pairwise(points):
        active = [h for h in active if h.end > start]
        starting = sorted(starts_at.get(start, []), key=lambda h: (h.order, h.span_id))
        active.extend(starting)
        active.sort(key=lambda h: (h.order, h.span_id))
        pieces.append(Piece(start, end, tuple(active), tuple(starting)))
    return pieces
