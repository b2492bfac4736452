"""Hard-wrapped lines (plain text, Markdown, PDF page text) into clean paragraphs and pages.

The pipeline is: split the source into `Line`s, find page breaks (form feeds, `<PAGE>`
tags, page-number lines), drop running headers/footers, then unwrap the lines of each
paragraph into one line and write everything into a `TextBuilder` with exact source offsets.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

from warrant_terms.parse.document import TextBuilder


class Kind(Enum):
    CONTENT = "content"
    BLANK = "blank"
    PAGE = "page"  # a hard page break: form feed, <PAGE>, a Markdown rule between pages
    DROPPED = "dropped"  # a page number or running header/footer


# A piece of line content and the source offset of its first character (None: synthetic).
Segment = tuple[str, int | None]


@dataclass
class Line:
    kind: Kind
    segments: list[Segment]  # content with surrounding whitespace (and markup) removed
    text: str  # the segments joined: what the classifiers look at
    indent: int  # leading spaces/tabs in the source line
    end: int  # source offset of the line's end (the joining space maps here)
    own_paragraph: bool = False  # a heading: never joined to its neighbours
    number_candidate: bool = False  # looked like a page number (decided in `_find_page_numbers`)


# Whitespace other than line breaks, invisible characters, and the EDGAR plain-text table tags
# (`<S>`, `<C>`, `<TABLE>`, `<CAPTION>`, `<FN>`), which are layout, not content.
_ITEM = r"[^\S\n\r\f]|[\x00-\x08\x0e-\x1f\x7f\u200b\xad\ufeff]|</?(?:S|C|FN|TABLE|CAPTION)>"
_NON_SPACE_ITEM = (
    r"[^\S \n\r\f]|[\x00-\x08\x0e-\x1f\x7f\u200b\xad\ufeff]|</?(?:S|C|FN|TABLE|CAPTION)>"
)
# A run to replace: anything but a lone plain space (lone spaces stay in the verbatim pieces,
# which keeps the number of pieces, and so the time, small).
_RUN = re.compile(rf"(?:{_NON_SPACE_ITEM}| (?:{_ITEM}))(?:{_ITEM})*")
_INVISIBLE = "\u200b\xad\ufeff"
_EDGE = re.compile(rf"(?:{_ITEM})+")
# The items of `_ITEM` spelt backwards, matched at the start of a reversed line: how a line's
# trailing items are found in one linear pass. (`(?:item)+$` searched forwards retries from
# every position of a long run of spaces: quadratic, 20 s on one mutated exhibit line.)
_EDGE_REVERSED = re.compile(
    r"(?:[^\S\n\r\f]|[\x00-\x08\x0e-\x1f\x7f\u200b\xad\ufeff]|>(?:S|C|NF|ELBAT|NOITPAC)/?<)+"
)
_LINE_BREAK = re.compile(r"\r\n|[\r\n\f]")
_TAGS_ONLY = re.compile(r"^(?:</?(?:S|C|FN|TABLE|CAPTION)>\s*)+$")
_PAGE_TAG = re.compile(r"^<PAGE>\s*\d*$", re.IGNORECASE)

_STRONG_PAGE_NUMBER = re.compile(
    r"^(?:[-\u2013\u2014]\s*\d{1,4}\s*[-\u2013\u2014]"
    r"|page\s+\d{1,4}(?:\s+of\s+\d{1,4})?|\[\s*\d{1,4}\s*\])$",
    re.IGNORECASE,
)
_WEAK_PAGE_NUMBER = re.compile(r"^(?:([A-Z]{1,2})\s?-\s?)?(\d{1,4})$")
_CLAUSE_START = re.compile(
    r"^(?:\(\s*(?:[a-zA-Z]{1,2}|[ivxlIVXL]{1,5}|\d{1,3})\s*\)|\d{1,3}(?:\.\d{1,3})*\.?(?=\s)|"
    r"[A-Z]\.(?=\s)|(?:section|article)\s+\d)",
    re.IGNORECASE,
)
_SENTENCE_END = frozenset(".:;?!")
_CLOSERS = "\"'\u201d\u2019)]*"


def strip_segments(text: str, start: int) -> list[Segment]:
    """`text` (found at source offset `start`) without surrounding whitespace, as one segment."""
    lead = _EDGE.match(text)
    i = lead.end() if lead else 0
    j = len(text)
    while j > i and (text[j - 1].isspace() or text[j - 1] in _INVISIBLE):
        j -= 1
    tail = text[i:j]
    if tail.endswith(">"):  # a trailing EDGAR table tag
        trailing = _EDGE_REVERSED.match(tail[::-1])
        j = i + len(tail) - (trailing.end() if trailing else 0)
    return [(text[i:j], start + i)] if j > i else []


def trim_segments(segments: list[Segment]) -> list[Segment]:
    """Drop empty segments and the whitespace before the first and after the last."""
    segs = [(t, s) for t, s in segments if t]
    while segs and not segs[0][0].strip():
        segs.pop(0)
    while segs and not segs[-1][0].strip():
        segs.pop()
    if not segs:
        return []
    text, start = segs[0]
    lead = len(text) - len(text.lstrip())
    segs[0] = (text[lead:], None if start is None else start + lead)
    text, start = segs[-1]
    segs[-1] = (text.rstrip(), start)
    return [(t, s) for t, s in segs if t]


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip(" \t"))


def text_lines(src: str, start: int = 0, end: int | None = None) -> list[Line]:
    """Split `src[start:end]` into classified lines with source offsets."""
    end = len(src) if end is None else end
    out: list[Line] = []
    pos = start
    for m in _LINE_BREAK.finditer(src, start, end):
        out.append(make_line(src[pos : m.start()], pos))
        if m.group() == "\f":
            out.append(Line(Kind.PAGE, [], "", 0, m.start()))
        pos = m.end()
    if pos < end:
        out.append(make_line(src[pos:end], pos))
    return out


def make_line(raw: str, start: int, segments: list[Segment] | None = None) -> Line:
    """Classify one source line; `segments` overrides its content (Markdown strips markup)."""
    segs = strip_segments(raw, start) if segments is None else trim_segments(segments)
    text = "".join(s for s, _ in segs)
    end = start + len(raw)
    if not text.strip(_INVISIBLE + " \t") or _TAGS_ONLY.match(text):
        return Line(Kind.BLANK, [], "", 0, end)
    if _PAGE_TAG.match(text):
        return Line(Kind.PAGE, [], "", 0, end)
    candidate = len(text) <= 20 and bool(
        _STRONG_PAGE_NUMBER.match(text) or _WEAK_PAGE_NUMBER.match(text)
    )
    return Line(Kind.CONTENT, segs, text, _indent(raw), end, number_candidate=candidate)


# --- page breaks ---------------------------------------------------------------------------


def _find_page_numbers(lines: list[Line]) -> None:
    """Turn page-number lines into DROPPED lines that also mark page breaks.

    A bare number ("2", "A-3") is a page number only when it fits a sequence with a nearby
    candidate (the foot "2" / head "3" pair, or "2" and "3" a page apart) or is the first or
    last line of the document: "2003" alone on a line in a wrapped date is not a page number.
    """
    cands = [i for i, ln in enumerate(lines) if ln.kind is Kind.CONTENT and ln.number_candidate]
    if not cands:
        return
    content = [i for i, ln in enumerate(lines) if ln.kind is Kind.CONTENT]
    first, last = content[0], content[-1]
    parsed: list[tuple[str, int] | None] = []
    for i in cands:
        m = _WEAK_PAGE_NUMBER.match(lines[i].text)
        parsed.append((m.group(1) or "", int(m.group(2))) if m else None)

    def only_blank_between(a: int, b: int) -> bool:
        return all(lines[k].kind is not Kind.CONTENT or k in cand_set for k in range(a + 1, b))

    cand_set = set(cands)

    def fits(a: int, b: int) -> bool:  # candidate a comes before candidate b
        pa, pb = parsed[a], parsed[b]
        if pa is None or pb is None or pa[0] != pb[0] or pb[1] - pa[1] not in (0, 1):
            return False
        ia, ib = cands[a], cands[b]
        return ib - ia >= 8 or only_blank_between(ia, ib)

    accepted: list[int] = []
    for k, i in enumerate(cands):
        strong = parsed[k] is None
        ok = strong or i in (first, last)
        ok = ok or (k > 0 and fits(k - 1, k)) or (k + 1 < len(cands) and fits(k, k + 1))
        if ok:
            accepted.append(i)
    for i in accepted:
        lines[i].kind = Kind.PAGE


def _paginate(lines: list[Line], exact_pages: bool) -> list[list[int]]:
    """Group line indices into pages.

    Text mode: every run of break markers (form feeds, <PAGE>, page numbers, blank lines between
    them) is one break, and no page is empty. Exact mode (PDF): only form feeds split pages, each
    one does, and page-number lines at a page's top or bottom are dropped.
    """
    if exact_pages:
        groups: list[list[int]] = [[]]
        for i, ln in enumerate(lines):
            if ln.kind is Kind.PAGE:
                groups.append([])
            else:
                groups[-1].append(i)
        for g in groups:
            content = [i for i in g if lines[i].kind is Kind.CONTENT]
            for i in content[:1] + content[-1:]:
                if lines[i].number_candidate:
                    lines[i].kind = Kind.DROPPED
        return groups
    _find_page_numbers(lines)
    groups = [[]]
    pending = False
    for i, ln in enumerate(lines):
        if ln.kind is Kind.PAGE:
            pending = True
            continue
        if ln.kind is Kind.CONTENT and pending:
            if any(lines[j].kind is Kind.CONTENT for j in groups[-1]):
                groups.append([])
            pending = False
        groups[-1].append(i)
    return groups


def _running_key(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"\d+", "#", text.lower())).strip()


def drop_running_lines(lines: list[Line], groups: list[list[int]]) -> None:
    """Drop lines repeated (modulo digits) at the top or bottom of at least half the pages."""
    pages = [g for g in groups if any(lines[i].kind is Kind.CONTENT for i in g)]
    if len(pages) < 3:
        return
    threshold = max(2, math.ceil(len(pages) * 0.5))
    for from_top in (True, False):
        for _ in range(2):  # a header can be two lines (a document id over a version number)
            ends: list[tuple[int, str]] = []
            for g in pages:
                content = [i for i in g if lines[i].kind is Kind.CONTENT]
                if content:
                    i = content[0] if from_top else content[-1]
                    ends.append((i, _running_key(lines[i].text)))
            counts = Counter(k for _, k in ends if len(k) <= 120)
            repeated = {k for k, c in counts.items() if c >= threshold}
            if not repeated:
                break
            for i, k in ends:
                if k in repeated:
                    lines[i].kind = Kind.DROPPED


# --- unwrapping ------------------------------------------------------------------------------


def _ends_sentence(text: str) -> bool:
    t = text.rstrip(_CLOSERS + " ")
    return bool(t) and t[-1] in _SENTENCE_END


# Words a sentence does not end on: a page that ends "... the provisions of the" goes on.
_CONTINUATION_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "and",
        "or",
        "nor",
        "but",
        "to",
        "in",
        "into",
        "for",
        "by",
        "with",
        "on",
        "at",
        "from",
        "as",
        "that",
        "which",
        "who",
        "whom",
        "whose",
        "under",
        "upon",
        "such",
        "any",
        "all",
        "each",
        "this",
        "these",
        "those",
        "its",
        "his",
        "her",
        "their",
        "our",
        "your",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "shall",
        "will",
        "may",
        "must",
        "would",
        "should",
        "could",
        "than",
        "then",
        "if",
        "when",
        "where",
        "per",
        "via",
        "including",
        "without",
        "within",
        "between",
        "among",
        "against",
        "over",
        "after",
        "before",
        "during",
    ]
)


def _continues(prev: str) -> bool:
    """Does a page ending in `prev` break a sentence (so the next page's first line joins it)?"""
    t = prev.rstrip(" ")
    if not t or _ends_sentence(t):
        return False
    if t[-1] in ",-(\u2013\u2014":
        return True
    return t.rsplit(None, 1)[-1].lower() in _CONTINUATION_WORDS


# A cover-block line: a short capitalized label, a colon, then its value.
_LABEL_LINE = re.compile(r"[A-Z][A-Za-z.’'/&\- ]{1,40}:(?:\s|$)")
_COLUMN_LABEL_LINE = re.compile(r"[A-Z][A-Za-z.’'/&\- ]{1,40}:[ \t]{3,}\S")


# "… to purchase from Ener1, Inc. (the “Company”), NINE / MILLION (9,000,000) shares": a count in
# words in capitals, cut by the line break, is no heading.
_NUMBER_WORDS = re.compile(
    r"(?:(?:ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE|TEN|ELEVEN|TWELVE|THIRTEEN|FOURTEEN|FIFTEEN|"
    r"SIXTEEN|SEVENTEEN|EIGHTEEN|NINETEEN|TWENTY|THIRTY|FORTY|FIFTY|SIXTY|SEVENTY|EIGHTY|NINETY|HUNDRED|"
    r"THOUSAND|MILLION|BILLION|AND)[\s\-,]*)+")


def _is_caps_heading(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and not any(c.islower() for c in letters)


def _wrap_width(lines: list[Line]) -> int | None:
    widths = sorted(ln.indent + len(ln.text) for ln in lines if ln.kind is Kind.CONTENT)
    if len(widths) < 8:
        return None
    return widths[int(len(widths) * 0.9)]


_PIPE_ROW = re.compile(r"\|.*\|\s*$")


def _wrapped_prose(prev: Line, width: int | None) -> bool:
    """A full line of prose cut mid-sentence by the wrapper ("… (as defined below) the Private"
    over "Placement Warrants: (a) may be exercised …"): the next line goes on with it, even where
    it looks like a label and its colon."""
    return (width is not None and prev.indent + len(prev.text) >= 0.85 * width
            and not _ends_sentence(prev.text) and not _LABEL_LINE.match(prev.text)
            and len(re.findall(r"\b[a-z]{2,}\b", prev.text)) >= 3)


def _starts_paragraph(
    prev: Line, line: Line, blank_seen: bool, page_break: bool, width: int | None
) -> bool:
    if prev.own_paragraph or line.own_paragraph:
        return True
    if _PIPE_ROW.match(line.text) or _PIPE_ROW.match(prev.text):
        return True  # "| Warrant Shares | 2,000,000 |": a table's row is never wrapped prose
    first = line.text[0]
    if first.islower():  # "... the Company" / "into which ..." continues the sentence
        return blank_seen and not page_break
    if page_break:
        return not _continues(prev.text)
    if blank_seen:
        return True
    if _NUMBER_WORDS.fullmatch(prev.text.strip()):
        return False
    clause = bool(_CLAUSE_START.match(line.text))
    if clause and line.indent >= 2 and _ends_sentence(prev.text):
        return True
    if _LABEL_LINE.match(line.text) and not _continues(prev.text) and not _wrapped_prose(prev, width):
        return True  # "Number of Shares: 62,500" under "Company: …": a label block, not prose
    if line.indent == prev.indent and _COLUMN_LABEL_LINE.match(prev.text):
        # "Name of Corporation:      Ashcombe Ridge Bancshares, Inc." over "Corporation's
        # Jurisdiction" (its label's colon on the next line): a new row of the label block
        return True
    if _ends_sentence(prev.text) and _is_caps_heading(line.text):
        return True
    if width:
        prev_width = prev.indent + len(prev.text)
        # The first word of this line would have fitted on the previous one: the break was
        # the author's, not the wrapper's.
        room = prev_width + 1 + len(line.text.split(None, 1)[0]) <= 0.95 * width
        if room and (_ends_sentence(prev.text) or _is_caps_heading(prev.text) or clause):
            return True
        if prev_width < 0.65 * width and (_ends_sentence(prev.text) or _is_caps_heading(prev.text)):
            return True
    # "Form of Warrant" above "Exhibit 4.27": a title line, not wrapped prose.
    return (width is None or prev.indent + len(prev.text) < 0.5 * width) and _is_title_case(prev.text)


_SMALL_WORDS = frozenset({"of", "and", "the", "to", "for", "in", "a", "an", "on", "by", "&"})


def _is_title_case(text: str) -> bool:
    """A short line whose words all begin with a capital or a digit, bar small words."""
    words = text.split()
    return 2 <= len(words) <= 8 and not text.rstrip().endswith((",", ";", ":")) and all(
        w[0].isupper() or w[0].isdigit() or w.lower() in _SMALL_WORDS for w in words
    ) and words[0][0].isupper()


def _add_collapsed(builder: TextBuilder, text: str, start: int | None) -> None:
    """Append `text` with each whitespace run as one space (invisible characters dropped)."""
    if start is None:
        builder.add(_RUN.sub(lambda m: " " if m.group().strip(_INVISIBLE) else "", text))
        return
    pos = 0
    for m in _RUN.finditer(text):
        if m.start() > pos:
            builder.add(text[pos : m.start()], start + pos)
        run = m.group()
        if run.strip(_INVISIBLE):
            # a run that starts with a plain space keeps that space as its verbatim source
            builder.add(" ", start + m.start() if run[0] == " " else None)
        pos = m.end()
    if pos < len(text):
        builder.add(text[pos:], start + pos)


def _hyphenated(text: str) -> bool:
    return len(text) >= 2 and text[-1] == "-" and text[-2].isalnum()


# A double-spaced exhibit (a blank line after every line, wrapped sentences and all) shows
# it in its continuation lines: many lines after one blank line begin in lower case, and
# lines hardly ever follow each other directly.
_DOUBLE_SPACED_MIN_LOWER = 3
_DOUBLE_SPACED_LOWER_SHARE = 0.15
_DOUBLE_SPACED_ADJACENT_SHARE = 0.05
# A wrapped sentence going on in lower case ("that, for value received, …"), not a clause's
# own mark ("a) Exercise of Warrant.").
_CONTINUATION = re.compile(r"[a-z][a-z'’\-]+(?:[,;:]|\s|$)")


def double_spaced(lines: list[Line]) -> bool:
    """Whether one blank line separates the wrapped lines of a paragraph, not paragraphs.

    >>> def ln(t: str) -> Line:
    ...     return make_line(t, 0)
    >>> body = [ln("the Holder is entitled, upon the"), ln(""), ln("terms and subject to"), ln("")] * 5
    >>> double_spaced(body), double_spaced([x for x in body if x.text])
    (True, False)
    """
    adjacent = after_one_blank = lower = 0
    blanks = 0
    prev_content, prev_text = False, ""
    for line in lines:
        if line.kind is Kind.BLANK:
            blanks += 1
            continue
        if line.kind is not Kind.CONTENT:
            blanks, prev_content = 0, False
            continue
        if prev_content and blanks == 0:
            adjacent += 1
        elif prev_content and blanks == 1:
            after_one_blank += 1
            lower += bool(_CONTINUATION.match(line.text)) and not _ends_sentence(prev_text)
        blanks, prev_content, prev_text = 0, True, line.text
    pairs = adjacent + after_one_blank
    return (lower >= _DOUBLE_SPACED_MIN_LOWER and lower >= _DOUBLE_SPACED_LOWER_SHARE * after_one_blank
            and adjacent <= _DOUBLE_SPACED_ADJACENT_SHARE * pairs)


def emit(
    builder: TextBuilder, lines: list[Line], groups: list[list[int]], exact_pages: bool = False
) -> None:
    """Write the unwrapped paragraphs of `groups` into `builder`.

    In text mode a page whose lines were all dropped (running header/footer only) does not
    count; in exact mode (PDF) every page does, even an empty one. In a double-spaced text
    one blank line is a line break, and two or more a paragraph break.
    """
    width = _wrap_width(lines)
    spaced = not exact_pages and double_spaced(lines)
    prev: Line | None = None
    hyphen_at: int | None = None  # source offset of a line-end hyphen not yet written
    blank_seen = False
    blank_run = 0
    breaks = 0
    for gi, group in enumerate(groups):
        if gi > 0:
            breaks += 1
        for i in group:
            line = lines[i]
            if line.kind is Kind.BLANK:
                blank_run += 1
                blank_seen = not spaced or blank_run > 1
                continue
            if line.kind is not Kind.CONTENT:
                continue
            segments = list(line.segments)
            if prev is not None:
                if _starts_paragraph(prev, line, blank_seen, breaks > 0, width):
                    if hyphen_at is not None:
                        builder.add("-", hyphen_at)
                    builder.add("\n\n")
                elif hyphen_at is not None:
                    if not line.text[0].islower():
                        builder.add("-", hyphen_at)
                else:
                    builder.add(" ")  # stands for the line break: synthetic
            for k in range(breaks if exact_pages else min(breaks, 1)):
                builder.new_page(allow_empty=k > 0)
            hyphen_at = None
            last_text, last_start = segments[-1]
            if _hyphenated(line.text) and not line.own_paragraph and last_start is not None:
                segments[-1] = (last_text[:-1], last_start)
                hyphen_at = last_start + len(last_text) - 1
            for n, (text, start) in enumerate(segments):
                if n and builder.ends_with(" "):  # markup removal can leave doubled spaces
                    stripped = text.lstrip()
                    if start is not None:
                        start += len(text) - len(stripped)
                    text = stripped
                _add_collapsed(builder, text, start)
            prev = line
            blank_seen = False
            blank_run = 0
            breaks = 0
    if hyphen_at is not None:
        builder.add("-", hyphen_at)


def build(builder: TextBuilder, lines: list[Line], exact_pages: bool = False) -> None:
    """Paginate, drop page furniture, unwrap: the whole pipeline."""
    groups = _paginate(lines, exact_pages)
    drop_running_lines(lines, groups)
    emit(builder, lines, groups, exact_pages)


def iter_content(lines: Iterable[Line]) -> Iterable[str]:
    """The text of the content lines (for tests and diagnostics)."""
    return (ln.text for ln in lines if ln.kind is Kind.CONTENT)
