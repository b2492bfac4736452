"""Key-value layouts: cover tables and label blocks.

Venture-lender and bank warrants put their terms in a block of labels ("Company: …",
"Number of Shares: …", "Warrant Price: $1.40 per share") or a table whose first column holds
the labels; registered-direct forms put "Warrant Shares: ____" and "Issue Date: ____" beside
the title. This reader finds them in the head of an instrument, matches each label against
the lexicon in `patterns/labels.json` (fuzzily, with rapidfuzz), and returns where each value
lies, so that every recognizer reads a labelled value with the same parser it uses for prose.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from rapidfuzz import fuzz, process

from warrant_terms.extract.header_rows import LABEL_WORD, header_rows
from warrant_terms.extract.rulebook import patterns

P = patterns("labels")


@dataclass(frozen=True)
class LabelledValue:
    """A label of the lexicon and the value it introduces (`start`/`end` into the text)."""

    key: str
    label: str
    label_start: int
    label_end: int
    start: int
    end: int


@cache
def _lexicon() -> tuple[dict[str, str], list[str], list[str]]:
    """Each folded label's field, and the folded labels and their fields in lexicon order."""
    pairs = [(_fold(label), key) for key, labels in P.data.terms.items() for label in labels]
    return dict(pairs), [label for label, _ in pairs], [key for _, key in pairs]


# "5. Issue Date", "(c) Exercise Price", "Item 4 Exercise Price": a schedule's item number;
# "Recitals – “Issue Date”", "1.3(a) – “Exercise Price”": the section a schedule's term is used in
_ITEM_NUMBER = re.compile(
    r"^\s*(?:item\s+\d{1,2}[.):]?|\(?\d{1,2}[.)]|\([a-z]\)|[a-z]\)"
    r"|(?:recitals?|\d{1,2}(?:\.\d{1,2}){0,2}(?:\([a-z0-9]{1,3}\))?)\s*[–—-])\s+(?=[“\"]?[a-z])", re.IGNORECASE)


# "Warrant Shares (initial number, subject to adjustment)", "Beneficial Ownership Limitation
# (Section 2(e))": a note in brackets after the label's own words
_TRAILING_NOTE = re.compile(r"(?<=\w)\s*\((?=[^()]*[a-z]).*\)\s*:?\s*$", re.IGNORECASE)


def _fold(label: str) -> str:
    """
    >>> _fold("5. Issue Date"), _fold("(c) Warrant Price:")
    ('issue date', 'warrant price')
    >>> _fold("Warrant Shares (initial number, subject to adjustment)")
    'warrant shares'
    """
    return re.sub(r"[^a-z0-9]+", " ", _TRAILING_NOTE.sub("", _ITEM_NUMBER.sub("", label)).lower()).strip()


def label_key(label: str) -> str | None:
    """The field a label introduces, or None.

    >>> label_key("Warrant Price"), label_key("Number  of Shares"), label_key("Class of Stock")
    ('exercise_price', 'shares', 'security')
    >>> label_key("Notice Address") is None
    True
    """
    folded = _fold(label)
    words = len(folded.split())
    if not folded or words > P.window("max_family_label_words"):
        return None
    if words > P.window("max_label_words"):
        return _family_of(folded)
    return _key_of(folded)


@lru_cache(maxsize=8192)
def _key_of(folded: str) -> str | None:
    # Header rows try every run of words as a label: the lexicon is searched in C, once per run.
    exact, labels, keys = _lexicon()
    if folded in exact:
        return exact[folded]
    hit = process.extractOne(folded, labels, scorer=fuzz.ratio, score_cutoff=P.window("fuzzy_ratio"))
    return keys[hit[2]] if hit is not None else _family_of(folded)


@cache
def _families() -> list[tuple[str, re.Pattern[str]]]:
    return [(name.removeprefix("family_"), P.regex(name))
            for name in P.data.regexes if name.startswith("family_")]


@lru_cache(maxsize=8192)
def _family_of(folded: str) -> str | None:
    """The field of a label no list names but a family of wordings does ("No. of Shares of
    Class A Common Stock", "Number of Initial Warrant Shares", "Warrant ADSs")."""
    return next((key for key, rx in _families() if rx.fullmatch(folded)), None)


@dataclass(frozen=True)
class _Cell:
    start: int
    end: int


def _cells(text: str, start: int, end: int) -> list[_Cell]:
    """The cells of one line: split at pipes, tabs or wide gaps."""
    out: list[_Cell] = []
    pos = start
    for m in P.regex("cell_split").finditer(text, start, end):
        if m.start() > pos:
            out.append(_Cell(pos, m.start()))
        pos = m.end()
    if pos < end:
        out.append(_Cell(pos, end))
    return [c for c in out if text[c.start : c.end].strip()]


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        if text[pos:stop].strip(" \t|"):  # a line of bare pipes is a rendered table's empty row
            out.append((pos, stop))
        pos = stop + 1
    return out


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in " \t|*:":
        s += 1
    while e > s and text[e - 1] in " \t|*:":
        e -= 1
    return s, e





def _label_before(text: str, start: int, colon: int) -> tuple[str, int] | None:
    """The longest run of words ending at `colon` (and starting after `start`) that is a
    lexicon label and starts with a capital: ("Number of Shares", its start)."""
    words = list(LABEL_WORD.finditer(text, max(start, colon - 80), colon))
    if not words or text[words[-1].end() : colon].strip():
        return None
    limit = P.window("max_family_label_words")
    for i in range(max(0, len(words) - limit), len(words)):
        first = words[i]
        if not first.group()[0].isupper():
            continue
        label = text[first.start() : colon].strip()
        if label_key(label) is not None:
            return label, first.start()
    return None


def _ends_a_name(text: str, cs: int, label: str, label_start: int) -> bool:
    """"… EXHIBIT 10.2 Counterpath Corporation: …": a one-word party label that closes a
    capitalized name is the name's last word, not a label."""
    if " " in label or label_key(label) not in ("issuer", "holder"):
        return False
    before = text[cs:label_start]
    prev = list(LABEL_WORD.finditer(before))
    return bool(prev) and before[prev[-1].end():].strip() == "" and prev[-1].group()[0].isupper() \
        and prev[-1].group().isalpha()


def _inline(text: str, cs: int, ce: int) -> list[tuple[str, int, int, int]]:
    """Labels followed by a colon inside one cell: (label, label start, colon end, value end),
    each value running to the next label."""
    found: list[tuple[str, int, int]] = []
    pos = cs
    while True:
        colon = text.find(":", pos, ce)
        if colon < 0:
            break
        hit = _label_before(text, found[-1][2] if found else cs, colon)
        if hit is not None and (hit[1] == cs or text[hit[1] - 1].isspace()) and not (
                not found and _ends_a_name(text, cs, hit[0], hit[1])):
            found.append((hit[0], hit[1], colon + 1))
        pos = colon + 1
    return [
        (label, ls, ve, found[i + 1][1] if i + 1 < len(found) else ce)
        for i, (label, ls, ve) in enumerate(found)
    ]


def _continuation(text: str, end: int, limit: int) -> int:
    """ "Holder: Tamalpais Commerce\nBank": a value wrapped onto a short next line (a word or
    three, capitalized, no label of its own) runs on."""
    if end >= limit or text[end : end + 1] != "\n" or text[end : end + 2] == "\n\n":
        return end
    nl = text.find("\n", end + 1, limit)
    stop = limit if nl < 0 else nl
    nxt = text[end + 1 : stop].strip()
    if nxt and len(nxt.split()) <= 3 and nxt[0].isupper() and ":" not in nxt and label_key(nxt) is None:
        return end + 1 + len(text[end + 1 : stop].rstrip())
    return end


def _join_broken(
    text: str, prev: tuple[int, int], cell: _Cell, pairs: list[tuple[str, int, int, int]]
) -> list[tuple[str, int, int, int]]:
    colon = text.index(":", cell.start, cell.end)
    head = text[cell.start : colon].strip()
    if pairs and pairs[0][1] != cell.start:
        return pairs
    tail = list(LABEL_WORD.finditer(text, *prev))[-2:]
    for w in tail:
        if not w.group()[0].isupper() or not P.regex("broken_label_head").match(w.group()):
            continue
        joined = f"{text[w.start() : prev[1]].strip(' |')} {head}"
        if len(joined.split()) <= P.window("max_label_words") and label_key(joined) is not None:
            rest = pairs[0][3] if pairs else cell.end
            return [(joined, w.start(), colon + 1, rest), *pairs[1:]]
    return pairs


def in_short_paragraphs(text: str, start: int, end: int, limit: int) -> bool:
    """Whether `text[start:end]` stands in short paragraphs of their own (a title's lines, at
    most `limit` characters from the first's start to the last's end), not in running prose."""
    before = text.rfind("\n\n", 0, start)
    after = text.find("\n\n", end)
    return (after if after >= 0 else len(text)) - max(before, 0) <= limit


def referenced_schedule(text: str, start: int, end: int, stop: int) -> tuple[int, int] | None:
    """Where the schedule that the head sends its terms to begins: "The number of shares, the
    initial exercise price and the issue date … are stated in Schedule A attached at the end",
    "| Issue Date | See Schedule A |". Its heading is a short line of its own further on."""
    ref = P.regex("schedule_reference").search(text, start, end)
    if ref is None:
        return None
    if ref.group("bare"):
        # "THE SCHEDULE / PARTICULARS": the one schedule, named by itself
        heading = re.compile(r"(?im)^[ \t|#*]*(?:the\s+)?(?:schedule|particulars)[ \t|*]*$")
    else:
        heading = re.compile(rf"(?im)^[ \t|#*]*{ref.group('kind')}\s+{re.escape(ref.group('id'))}\b[^\n]*$")
    for m in heading.finditer(text, end, stop):
        if len(m.group().strip()) <= P.window("schedule_heading_chars"):
            return m.start(), min(stop, m.start() + P.window("head_chars"))
    return None


def is_cross_reference(text: str, lv: LabelledValue) -> bool:
    """A cover block's value that only sends the reader elsewhere ("See Schedule A")."""
    return P.regex("cross_reference").match(text, lv.start, lv.end) is not None


def labelled_values(text: str, start: int, end: int) -> list[LabelledValue]:
    """Every lexicon label in `text[start:end]` with the span of its value: on the same line
    after a colon (up to the next label), in the next cell of a table row, or on the next
    line."""
    limit = min(end, len(text), start + P.window("head_chars"))
    lines = _lines(text, start, limit)
    out: list[LabelledValue] = []
    rows: set[int] = set()  # lines read as a joined table row
    single: list[tuple[int, tuple[str, int, int, int]]] = []

    def add(label: str, ls: int, vs: int, ve: int) -> None:
        key = label_key(label)
        vs, ve = _strip(text, vs, ve)
        ve = _continuation(text, ve, limit)
        if key is not None and ve > vs:
            out.append(LabelledValue(key, label, ls, ls + len(label), vs,
                                     min(ve, vs + P.window("value_chars"))))

    taken: set[int] = set()
    for head, values, pairs in header_rows(text, lines, label_key):
        for label, ls, vs, ve in pairs:
            add(label, ls, vs, ve)
        # a line that is all labels or all values is read; one that goes on is read on
        taken.update(li for li, (s, e) in enumerate(lines) if any(
            text[s:e].strip(" |") == text[ps:pe].strip(" |") for ps, pe in (head, values)))
    for li, (ls_, le_) in enumerate(lines):
        if li in taken:
            continue
        cells = _cells(text, ls_, le_)
        short = len(cells) == 1 and _short_row(text, ls_, le_)
        for ci, cell in enumerate(cells):
            pairs = _inline(text, cell.start, cell.end)
            if li > 0 and ci == 0 and ":" in text[cell.start : cell.end]:
                # "Warrant\nShares: ____", "… | Issue\nDate: ____": a label broken across
                # lines; the longer reading wins where both are labels.
                pairs = _join_broken(text, lines[li - 1], cell, pairs)
            for label, ls, vs, ve in pairs:
                if text[vs:ve].strip(" |*\t"):
                    add(label, ls, vs, ve)
                elif ci + 1 < len(cells):
                    add(label, ls, cells[ci + 1].start, cells[ci + 1].end)
                elif li + 1 < len(lines):
                    ns, ne = lines[li + 1]
                    # "Holder:" then "Number of Underwriter Warrants:": a label, not its value
                    if not _inline(text, ns, ne) and not text[ns:ne].rstrip(" |*\t").endswith(":"):
                        add(label, ls, ns, min(ne, ns + P.window("value_chars")))
            if pairs:
                continue
            raw = text[cell.start : cell.end].strip(" *_")
            if ci + 1 < len(cells) and label_key(raw) is not None:
                # A table row: the label in one cell, its value in the next.
                add(raw, cell.start + text[cell.start : cell.end].find(raw),
                    cells[ci + 1].start, cells[ci + 1].end)
            elif (len(cells) > 1 or short) and (hit := _label_then_value(text, cell)) is not None:
                add(*hit)
                rows.add(li)
            elif short and (hit := _label_then_value(text, cell, min_words=1)) is not None:
                single.append((li, hit))
    # "Company Bristlecone Therapeutics, Inc." and "Holder Ketchum Growth Lending Fund II, L.P.":
    # a one-word label, in a table whose rows were joined into lines, among rows read so.
    reach = P.window("table_row_reach")
    for li, hit in single:
        if any(abs(li - other) <= reach for other in rows):
            add(*hit)
    return out


_ABBREVIATION_END = re.compile(r"(?:\b[A-Za-z]\.){2,}$|\b(?:Inc|Ltd|Corp|Co|Pte|Pty|Bhd|No)\.$")


def _short_row(text: str, start: int, end: int) -> bool:
    """A table row whose cells were joined into one short line ("Number of Warrant Shares
    1,142,857 Ordinary Shares"): a line of its own paragraph, too short for a sentence."""
    line = text[start:end].rstrip()
    ends_sentence = line.endswith((";", ",")) or line.endswith(".") and not _ABBREVIATION_END.search(line)
    return len(line) <= P.window("short_row_chars") and not ends_sentence \
        and text[max(0, start - 2) : start] in ("\n\n", "") and text[end : end + 2] in ("\n\n", "\n", "")


def _label_then_value(text: str, cell: _Cell, min_words: int = 2) -> tuple[str, int, int, int] | None:
    """"Number of Shares 182,533, subject to adjustment": a table cell holding a label and its
    value with no colon between them. The longest leading label wins; the value must start
    like one (a digit, a currency sign or a capital)."""
    words = list(LABEL_WORD.finditer(text, cell.start, cell.end))[: P.window("max_label_words") + 1]
    if len(words) < 2 or words[0].start() != cell.start + len(text[cell.start : cell.end]) - len(
            text[cell.start : cell.end].lstrip(" *_")):
        return None
    for i in range(min(len(words), P.window("max_label_words")), min_words - 1, -1):
        label = text[words[0].start() : words[i - 1].end()]
        if label.endswith("."):
            continue  # "Term of Warrant. This warrant …" is a heading and its sentence
        rest = text[words[i - 1].end() : cell.end].lstrip()
        if rest and P.regex("bare_value_start").match(rest) and label_key(label) is not None:
            vs = cell.end - len(rest)
            return label, words[0].start(), vs, cell.end
    return None
