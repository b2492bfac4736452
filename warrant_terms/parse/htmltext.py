"""EDGAR HTML into paragraphs, then through the line pipeline (page numbers, running lines).

lxml.html parses (it copes with the malformed HTML EDGAR is full of). Block elements end
paragraphs, a table row is one line (its short cells kept apart by " | ", as in Markdown;
cells holding prose joined with a space), `<hr>` and CSS page breaks start
pages, `<script>`/`<style>` content is never kept. libxml2 stops building the tree at 256
levels of nesting and silently drops what is below, so a document it reports as too deep is
read again by a flat, tree-less pass over the tags (html.parser), which has no depth limit.
Offsets are best effort: the source offset of the line where a text node's element starts.
"""

from __future__ import annotations

import re
from collections import Counter
from html.parser import HTMLParser as _StdlibHTMLParser
from typing import Any

# lxml ships no type stubs (lxml-stubs is not a dependency): its calls are typed Any here.
import lxml.etree  # type: ignore[import-untyped]
import lxml.html  # type: ignore[import-untyped]

from warrant_terms.parse.bounds import check_html, text_too_long
from warrant_terms.parse.document import TextBuilder
from warrant_terms.parse.lines import Kind, Line, Segment, build, make_line
from warrant_terms.parse.result import Limits, TooLarge

_SKIP = frozenset({"script", "style", "title", "template", "noscript", "head"})
_BLOCK = frozenset(
    [
        "p",
        "div",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "tr",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "pre",
        "address",
        "center",
        "section",
        "article",
        "header",
        "footer",
        "nav",
        "aside",
        "form",
        "fieldset",
        "caption",
        "figure",
        "figcaption",
        "main",
        "body",
        "html",
    ]
)
_VOID = frozenset(
    [
        "br",
        "hr",
        "img",
        "input",
        "meta",
        "link",
        "col",
        "area",
        "base",
        "wbr",
        "param",
        "source",
        "track",
        "embed",
    ]
)
_CELL = frozenset({"td", "th"})
_SHORT_CELL = 120  # characters: longer is prose, not a cover table's label or value
_PHRASE_CELL = 40  # characters: two value cells this long side by side are columns of prose
_BREAK_BEFORE = re.compile(r"page-break-before\s*:\s*always|(?<![-\w])break-before\s*:\s*page")
_BREAK_AFTER = re.compile(r"page-break-after\s*:\s*always|(?<![-\w])break-after\s*:\s*page")
_INVISIBLE = str.maketrans("", "", "\u00ad\u200b\ufeff")


_Piece = tuple[str, int]  # text and the (best-effort) source offset: HTML text is never synthetic


class _Para:
    __slots__ = ("page_break_before", "pieces")

    def __init__(self, pieces: list[_Piece], page_break_before: bool) -> None:
        self.pieces = pieces
        self.page_break_before = page_break_before


class _Row:
    """An open table row: the paragraph it started in, where its cell gaps sit in that
    paragraph, and each cell's length so far (a row of short cells keeps its gaps as " | ")."""

    __slots__ = ("cells", "gaps", "para")

    def __init__(self, para: list[_Piece]) -> None:
        self.para = para
        self.gaps: list[int] = []
        self.cells: list[int] = []


class _Sink:
    """Receives start/end/text events (from either parser) and collects paragraphs."""

    def __init__(self, limits: Limits | None = None) -> None:
        self.limits = limits
        self.chars = 0
        self.paras: list[_Para] = []
        self._cur: list[_Piece] = []
        self._pending = ""  # separator owed before the next text: "", " " or "\n"
        self._page_next = False
        self._cells = 0  # depth of open table cells: blocks inside a cell only add a space
        self._rows: list[_Row] = []  # the open table rows, innermost last
        self._cell_gap = False  # the separator owed is a gap between two cells
        self._stack: list[tuple[str, bool]] = []  # open elements and their page-break-after
        self._open: Counter[str] = Counter()

    # paragraph structure
    def _close(self) -> None:
        if self._cur:
            self.chars += sum(len(text) for text, _ in self._cur)
            self.paras.append(_Para(self._cur, self._page_next))
            if self.limits is not None:
                self._check(self.limits)
            self._cur = []
            self._page_next = False
        self._pending = ""

    def _check(self, limits: Limits) -> None:
        """Stop gathering the moment the document is past the text or paragraph limit."""
        if self.chars > limits.max_text_chars:
            raise TooLarge(text_too_long(self.chars, limits, "at least "))
        if len(self.paras) > limits.max_lines:
            raise TooLarge(
                f"The document has more than {limits.max_lines:,} paragraphs, the most this "
                "tool reads; a warrant is far shorter."
            )

    def _block(self) -> None:
        if self._cells:
            self._soft(" ")
        else:
            self._close()

    def _soft(self, sep: str) -> None:
        if self._cur and self._pending != "\n":
            self._pending = sep

    def page_break(self) -> None:
        self._close()
        if self.paras:
            self._page_next = True

    # events
    def start(self, tag: str, attrs: dict[str, str], src: int) -> None:
        style = (attrs.get("style") or "").lower()
        if style and _BREAK_BEFORE.search(style):
            self.page_break()
        if tag == "hr":
            self.page_break()
            return
        if tag == "br":
            self._soft("\n")
            return
        if tag in _CELL:
            if self._rows:
                if self._rows[-1].cells:
                    self._soft(" ")
                    self._cell_gap = True
                self._rows[-1].cells.append(0)
            self._cells += 1
        elif tag == "tr":
            self._block()
            self._rows.append(_Row(self._cur))
        elif tag in _BLOCK:
            self._block()
        if tag not in _VOID:
            self._stack.append((tag, bool(style and _BREAK_AFTER.search(style))))
            self._open[tag] += 1

    def end(self, tag: str) -> None:
        if not self._open[tag]:
            return  # a stray end tag (the flat pass sees these in malformed HTML)
        while self._stack:
            name, after = self._stack.pop()
            self._open[name] -= 1
            self._ended(name, after)
            if name == tag:
                break

    def _ended(self, tag: str, page_after: bool) -> None:
        if tag in _CELL:
            self._cells = max(0, self._cells - 1)
        elif tag == "tr":
            if self._rows:
                self._row_end(self._rows.pop())
            self._block()
        elif tag in _BLOCK:
            self._block()
        if page_after:
            self.page_break()

    def text(self, data: str, src: int) -> None:
        data = data.translate(_INVISIBLE)
        if not data:
            return
        words = " ".join(data.split())
        if data[0].isspace():
            self._soft(" ")
        if words:
            if self._cur and self._pending:
                if self._cell_gap and self._rows:
                    self._rows[-1].gaps.append(len(self._cur))
                self._cur.append((self._pending, src))
            self._pending = ""
            self._cell_gap = False
            self._cur.append((words, src))
            if self._rows and self._rows[-1].cells:
                self._rows[-1].cells[-1] += len(words)
        if data[-1].isspace():
            self._soft(" ")

    def _row_end(self, row: _Row) -> None:
        """A row of short cells ("Company | Holder | Issue Date", "$360,000 | $2.8416 per
        share") keeps its cell gaps as pipes, as a Markdown table row does, so that a cover
        table's labels and values stay apart by column; a row holding prose (a clause beside
        its number) stays one run of words. A row whose prose stands in two or more columns
        ("Termination Date | 5:00 p.m. on … after the Initial Exercise Date | 5:00 p.m. on …")
        sets values side by side and keeps its pipes too."""
        filled = [n for n in row.cells if n]
        long_cells = sum(n > _SHORT_CELL for n in filled)
        side_by_side = len(filled) >= 3 and sum(n > _PHRASE_CELL for n in filled[1:]) >= 2
        if not row.gaps or len(filled) < 2 or (long_cells and not side_by_side) or row.para is not self._cur:
            return
        for i in row.gaps:
            if i < len(row.para) and row.para[i][0] == " ":
                row.para[i] = (" | ", row.para[i][1])

    def finish(self) -> list[_Para]:
        self._close()
        return self.paras


def _line_starts(html: str) -> list[int]:
    return [0] + [m.end() for m in re.finditer("\n", html)]


def _walk_lxml(root: Any, sink: _Sink, starts: list[int], base: int) -> None:
    """Depth-first over the tree with an explicit stack (no recursion: the tree may be deep)."""
    src = base
    stack: list[tuple[Any, bool]] = [(root, False)]
    while stack:
        el, done = stack.pop()
        tag = el.tag if isinstance(el.tag, str) else None
        line = getattr(el, "sourceline", None)
        if line and line <= len(starts):
            src = base + starts[line - 1]
        if done:
            sink.end(tag or "")
            if el.tail:
                sink.text(el.tail, src)
            continue
        if tag is None or tag.lower() in _SKIP:  # comment, processing instruction, script
            if el.tail:
                sink.text(el.tail, src)
            continue
        name = tag.lower()
        sink.start(name, {k.lower(): v for k, v in el.attrib.items()}, src)
        if name in _VOID:
            if el.tail:
                sink.text(el.tail, src)
            continue
        if el.text:
            sink.text(el.text, src)
        stack.append((el, True))
        stack.extend((child, False) for child in reversed(el))


class _FlatParser(_StdlibHTMLParser):
    """The depth-proof fallback: tag events straight into the sink, no tree."""

    def __init__(self, sink: _Sink, starts: list[int], base: int) -> None:
        super().__init__(convert_charrefs=True)
        self._sink = sink
        self._starts = starts
        self._base = base
        self._skipping: str | None = None

    def _src(self) -> int:
        line, col = self.getpos()
        return self._base + self._starts[min(line, len(self._starts)) - 1] + col

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._skipping:
            return
        if tag in _SKIP and tag != "head":  # <head> is often left open: never skip to its end
            self._skipping = tag
            return
        self._sink.start(tag, {k: v or "" for k, v in attrs}, self._src())

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if not self._skipping:
            self._sink.start(tag, {k: v or "" for k, v in attrs}, self._src())
            self._sink.end(tag)

    def handle_endtag(self, tag: str) -> None:
        if self._skipping:
            if tag == self._skipping:
                self._skipping = None
            return
        self._sink.end(tag)

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self._sink.text(data, self._src())


# A DOCTYPE with an internal subset (`<!DOCTYPE html [ <!ENTITY ...> ]>`): HTML parsers end
# the declaration at its first ">", so the rest of the subset, down to "]>", became text.
_DOCTYPE_SUBSET = re.compile(r"<!DOCTYPE\b[^>\[]{0,1000}\[", re.IGNORECASE)
_SUBSET_END = re.compile(r"\]\s*>")


def without_doctype_subset(html: str) -> str:
    """`html` with a leading DOCTYPE's internal subset blanked (line breaks kept, so every
    offset and line number stays where it was). Entities declared there are never expanded.

    >>> without_doctype_subset('<!DOCTYPE html [\\n<!ENTITY x "y">\\n]>\\n<p>Hi</p>')
    '                \\n               \\n  \\n<p>Hi</p>'
    """
    m = _DOCTYPE_SUBSET.search(html, 0, 4096)
    end = _SUBSET_END.search(html, m.end()) if m else None
    if m is None or end is None:
        return html
    blank = re.sub(r"[^\n]", " ", html[m.start() : end.end()])
    return html[: m.start()] + blank + html[end.end() :]


def _paragraphs(html: str, base: int, limits: Limits | None = None) -> list[_Para]:
    if limits is not None:
        check_html(html, limits)
    html = without_doctype_subset(html)
    starts = _line_starts(html)
    parser = lxml.html.HTMLParser(encoding="utf-8")
    try:
        root = lxml.html.document_fromstring(html.encode("utf-8", "replace"), parser=parser)
        too_deep = any(
            e.type_name == "ERR_RESOURCE_LIMIT" or "depth" in e.message.lower()
            for e in parser.error_log
        )
    except (lxml.etree.ParserError, lxml.etree.XMLSyntaxError, ValueError):
        root, too_deep = None, True
    sink = _Sink(limits)
    if root is not None and not too_deep:
        _walk_lxml(root, sink, starts, base)
    else:
        flat = _FlatParser(sink, starts, base)
        flat.feed(html)
        flat.close()
    return sink.finish()


def html_lines(html: str, base: int = 0, limits: Limits | None = None) -> list[Line]:
    """The paragraphs of `html` as lines: a blank line between paragraphs, PAGE at breaks."""
    lines: list[Line] = []
    for para in _paragraphs(html, base, limits):
        if para.page_break_before:
            lines.append(Line(Kind.PAGE, [], "", 0, para.pieces[0][1]))
        elif lines:
            lines.append(Line(Kind.BLANK, [], "", 0, para.pieces[0][1]))
        segments: list[Segment] = list(para.pieces)
        line = make_line("", para.pieces[0][1], segments)
        last_text, last_src = para.pieces[-1]
        line.end = last_src + len(last_text)
        if line.kind is Kind.CONTENT:
            lines.append(line)
    # A page-number paragraph right before or after a page break is page furniture.
    kinds = [ln.kind for ln in lines]
    for i, line in enumerate(lines):
        if line.kind is Kind.CONTENT and line.number_candidate:
            j = i - 1
            while j >= 0 and kinds[j] is Kind.BLANK:
                j -= 1
            k = i + 1
            while k < len(lines) and kinds[k] is Kind.BLANK:
                k += 1
            if k == len(lines) or kinds[k] is Kind.PAGE or (j >= 0 and kinds[j] is Kind.PAGE):
                line.kind = Kind.PAGE
    return lines


def parse_html(builder: TextBuilder, html: str, base: int = 0, limits: Limits | None = None
               ) -> None:
    """Append the clean text of `html` (found at source offset `base`) to `builder`.

    With `limits`, raises `TooLarge` as soon as the document is past one of them."""
    build(builder, html_lines(html, base, limits))
