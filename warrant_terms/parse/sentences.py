"""Sentence boundaries in legal text, by rule.

Legal sentences are long and full of abbreviations ("Inc.", "No.", "p.m.", "U.S."), section
numbers ("Section 4.2.") and defined-term quotes, so a general-purpose splitter cuts them in
the wrong places. This one splits at paragraph breaks, and at a period, semicolon-free
sentence end followed by white space and an upper-case letter, a quote or an opening
bracket, unless the word before the period is a known abbreviation or a single letter.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

ABBREVIATIONS = frozenset(
    ["inc", "corp", "co", "ltd", "llc", "lp", "l.p", "no", "nos", "mr", "mrs", "ms", "dr", "st", "sec", "secs", "art", "p.m", "a.m", "pm", "am", "u.s", "i.e", "e.g", "etc", "v", "vs", "jr", "sr", "n.a", "s.a", "ag", "plc", "pty", "u.s.a", "n.v", "b.v", "cf", "approx", "dept", "est", "fig", "op", "para", "pp", "ch", "ct", "ave", "blvd", "ste", "fl", "p.o", "a.g", "s.p.a", "p.c", "l.l.c", "l.l.p", "ins", "assn", "intl", "mfg", "bros", "natl", "hldgs", "svcs"]
)
# One branch per end mark, each opening with its literal, so the engine skips straight to
# the candidates (a lookbehind made it try every position: 4× slower).
_GAP = r"[\"'”’)]*\s+(?=[A-Z(\"“‘\[])"
# Recitals end at their semicolon: "…; and\nWHEREAS, each Warrant will entitle …" is a
# sentence of its own, not the tail of the recital about another agreement before it.
_RECITAL = r"(?:\s*and)?\s+(?=WHEREAS\b|NOW,?\s+THEREFORE\b)"
_END = re.compile(rf"\.{_GAP}|!{_GAP}|\?{_GAP}|;{_RECITAL}|\n\s*\n")
_COMPANY_AFTER = re.compile(r"(?:Inc|Corp|Co|Ltd|LLC|L\.P|LP|plc|PLC|Limited|Corporation|Brands|Holdings)\b")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")
_COMPANY_SUFFIXES = frozenset(["inc", "corp", "co", "ltd", "llc", "lp", "l.p", "plc", "n.v", "s.a", "ag", "l.l.c"])
# Words that open a sentence, not a name: after a company's "Inc." they start the next one.
_OPENER = re.compile(r"(?:This|The|Each|Such|If|In|Any|Upon|Notwithstanding|Subject|All|No|Nothing|THIS|THE)\s")


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of each sentence of `text[start:end]`, offsets into `text`.

    >>> t = "Juniper Networks, Inc. grants it. The price is $2.40 per share.\\n\\nNext"
    >>> [t[s:e] for s, e in sentence_spans(t)]
    ['Juniper Networks, Inc. grants it.', 'The price is $2.40 per share.', 'Next']
    >>> t = "THIS CERTIFIES THAT Yahoo! Inc. is entitled to buy. Go!"
    >>> [t[s:e] for s, e in sentence_spans(t)]
    ['THIS CERTIFIES THAT Yahoo! Inc. is entitled to buy.', 'Go!']
    >>> t = "It merges with Echo Acquisition Corp. This Warrant is issued until 5:00 PM. Pacific Time, on May 1."
    >>> [t[s:e] for s, e in sentence_spans(t)]
    ['It merges with Echo Acquisition Corp.', 'This Warrant is issued until 5:00 PM. Pacific Time, on May 1.']
    """
    stop = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    cursor = start
    for m in _END.finditer(text, start, stop):
        mark = text[m.start()]
        end_at = m.start() if mark == "\n" else m.start() + 1  # the sentence keeps its mark
        before = text[max(cursor, end_at - 12) : end_at]
        word = _WORD_BEFORE.search(before.rstrip("\"'”’)"))
        if "\n" not in m.group() and word and _is_abbreviation(word.group(1)) and not (
                word.group(1).lower() in _COMPANY_SUFFIXES and _OPENER.match(text, m.end())):
            continue  # not "… with Echo Healthcare Acquisition Corp. This Warrant is …": a suffix ends a sentence
        if mark == "!" and _COMPANY_AFTER.match(text, m.end()):
            continue  # "Yahoo! Inc.": an exclamation mark inside a company's name
        if end_at > cursor:
            spans.append(_trim(text, cursor, end_at))
        cursor = m.end()
    if cursor < stop:
        spans.append(_trim(text, cursor, stop))
    return [s for s in spans if s[1] > s[0]]


_INITIALS = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")


def _is_abbreviation(word: str) -> bool:
    """ "Inc", "p.m", a single letter, or initials ("C.W", "U.S.A") that a period ends."""
    w = word.lower()
    return len(w) == 1 or w in ABBREVIATIONS or w.rstrip(".") in ABBREVIATIONS or bool(_INITIALS.fullmatch(w))


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


@lru_cache(maxsize=4)
def _document_spans(text: str) -> tuple[list[tuple[int, int]], list[int]]:
    spans = sentence_spans(text)
    return spans, [s for s, _ in spans]


def sentences_in(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The sentences of `text[start:end]`, cut from the whole text's sentences (computed
    once per text and shared by every stage that asks), clipped to the stretch.

    >>> t = "One sentence here. Another one follows. A third."
    >>> [t[s:e] for s, e in sentences_in(t, 4, 30)]
    ['sentence here.', 'Another one']
    """
    stop = len(text) if end is None else end
    spans, starts = _document_spans(text)
    i = max(0, bisect.bisect_right(starts, start) - 1)
    out: list[tuple[int, int]] = []
    while i < len(spans) and spans[i][0] < stop:
        s, e = spans[i]
        if e > start:
            clipped = _trim(text, max(s, start), min(e, stop))
            if clipped[1] > clipped[0]:
                out.append(clipped)
        i += 1
    return out
