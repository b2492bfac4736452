"""Markdown (as the SEC exhibit datasets write it) into `Line`s for the line pipeline.

Markup that is not content goes: heading hashes, `**`/`__` emphasis markers, link targets,
code backticks, table separator rows, rule lines (a rule between pages is a page break),
backslash escapes. A table row keeps its pipes ("| Exercise Price | $3.35 |", synthetic text):
they keep a cover table's columns apart for the label readers. The dataset's `# Context`
header line and its `# Source Metadata` footer (and everything after it) are not part of the
exhibit and are dropped too.
"""

from __future__ import annotations

import re

from warrant_terms.parse.lines import Kind, Line, Segment, make_line

_LINE_BREAK = re.compile(r"\r\n|[\r\n\f]")
_CONTEXT = re.compile(r"\s*#\s+Context\s*(?:\r\n|[\r\n])", re.IGNORECASE)
_FOOTER = re.compile(r"^#{1,6}[ \t]+Source Metadata[ \t]*$", re.IGNORECASE | re.MULTILINE)
_HEADING = re.compile(r"^[ \t]{0,3}(#{1,6})[ \t]+")
_HEADING_TAIL = re.compile(r"[ \t]+#+[ \t]*$")
_DASH_RULE = re.compile(r"^[ \t]*-{3,}[ \t]*$")
_OTHER_RULE = re.compile(r"^[ \t]*(?:\*[ \t]*){3,}$|^[ \t]*=+[ \t]*$")
_TABLE_SEPARATOR = re.compile(r"^[ \t]*\|?(?:[ \t]*:?-{2,}:?[ \t]*\|)+(?:[ \t]*:?-{2,}:?[ \t]*)?$")
_TABLE_ROW = re.compile(r"^[ \t]*\|.*\|[ \t]*$")
_QUOTE = re.compile(r"^[ \t]*(?:>[ \t]?)+")
_INLINE = re.compile(
    r"\\(?P<esc>[\\`*_{}\[\]()#+\-.!|<>~])"
    r"|(?<!\*)\*\*(?=[^\s*])(?P<strong>.+?)(?<=[^\s*])\*\*(?!\*)"
    r"|(?<![\w\[_])__(?=[A-Za-z0-9])(?P<under>.+?)(?<=[A-Za-z0-9.)])__(?![\w\]_])"
    r"|!?\[(?P<link>[^\]\n]*)\]\([^)\s]*(?:[ \t]+\"[^\"\n]*\")?\)"
    r"|`(?P<code>[^`\n]+)`"
)
_KEEP = ("esc", "strong", "under", "link", "code")


def body_range(text: str, start: int, end: int) -> tuple[int, int]:
    """The exhibit inside the dataset's `# Context` header and `# Source Metadata` footer."""
    head = _CONTEXT.match(text, start, end)
    if head:
        start = head.end()
    footer = _FOOTER.search(text, start, end)
    return start, footer.start() if footer else end


def _inline(text: str, start: int, depth: int = 0) -> list[Segment]:
    """`text` without inline markup, as (piece, source offset) segments."""
    if depth > 3:  # emphasis inside a link inside emphasis is as deep as real text goes
        return [(text, start)]
    segs: list[Segment] = []
    pos = 0
    for m in _INLINE.finditer(text):
        segs.append((text[pos : m.start()], start + pos))
        for name in _KEEP:
            if m.group(name) is not None:
                segs.extend(
                    _inline(m.group(name), start + m.start(name), depth + 1)
                    if name != "esc"
                    else [(m.group(name), start + m.start(name))]
                )
                break
        pos = m.end()
    segs.append((text[pos:], start + pos))
    return [(t, s) for t, s in segs if t]


def _table_row(text: str, start: int) -> list[Segment]:
    """A table row's cells between pipes, "| Exercise Price | $0.001 | $3.35 |", an empty cell
    kept as "|  |": the columns stay apart, as in a plain-text pipe table."""
    body = text.strip()
    lead = len(text) - len(text.lstrip())
    if body.startswith("|"):
        body, lead = body[1:], lead + 1
    if body.endswith("|") and not body.endswith("\\|"):
        body = body[:-1]
    segs: list[Segment] = [("|", None)]
    for m in re.finditer(r"(?:\\\||[^|])+|(?<=\|)(?=\|)", body):
        cell = m.group()
        pad = len(cell) - len(cell.lstrip())
        segs.append((" ", None))
        if cell.strip():
            segs.extend(_inline(cell.strip(), start + lead + m.start() + pad))
            segs.append((" ", None))
        segs.append(("|", None))
    return segs


def markdown_lines(text: str, start: int, end: int) -> list[Line]:
    """Lines of `text[start:end]` (already cut to the body) with the markup removed."""
    out: list[Line] = []
    pos = start
    bounds: list[tuple[int, int, bool]] = []
    for m in _LINE_BREAK.finditer(text, start, end):
        bounds.append((pos, m.start(), m.group() == "\f"))
        pos = m.end()
    if pos < end:
        bounds.append((pos, end, False))
    for s, e, form_feed in bounds:
        raw = text[s:e]
        out.append(_markdown_line(raw, s, out[-1] if out else None))
        if form_feed:
            out.append(Line(Kind.PAGE, [], "", 0, e))
    return out


_MAYBE_MARKUP = re.compile(r"[\\*_\[`|#>=]|^[ \t]*-")


def _markdown_line(raw: str, start: int, previous: Line | None) -> Line:
    if not _MAYBE_MARKUP.search(raw):  # most lines: plain prose, nothing to strip
        return make_line(raw, start)
    end = start + len(raw)
    if _DASH_RULE.match(raw):
        if previous is not None and previous.kind is Kind.CONTENT:
            return Line(Kind.BLANK, [], "", 0, end)  # a setext underline: ends the heading
        return Line(Kind.PAGE, [], "", 0, end)  # a rule between pages of the converted exhibit
    if _OTHER_RULE.match(raw):
        return Line(Kind.BLANK, [], "", 0, end)
    if _TABLE_SEPARATOR.match(raw) and "|" in raw:
        return Line(Kind.DROPPED, [], "", 0, end)
    heading = _HEADING.match(raw)
    if heading:
        body = _HEADING_TAIL.sub("", raw[heading.end() :])
        line = make_line(raw, start, _inline(body, start + heading.end()))
        line.own_paragraph = line.kind is Kind.CONTENT
        return line
    if _TABLE_ROW.match(raw):
        line = make_line(raw, start, _table_row(raw, start))
        line.own_paragraph = line.kind is Kind.CONTENT
        return line
    quote = _QUOTE.match(raw)
    offset = quote.end() if quote else 0
    return make_line(raw, start, _inline(raw[offset:], start + offset))
