"""Split a document (or a region of it) into its parts: legend, title, preamble, numbered
sections with their headings, signature block and attached forms.

Headings are found by rule (medspacy-style: a section runs from its header to the next) and
then kept only where their numbers follow one another (1, 2, 3 …; 4.1, 4.2 …; I, II …), which
is what tells a real heading from a cross-reference such as "Section 4 hereof" — important
for the one-line exhibits in which every line break has been collapsed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz, process

FORM_TITLES = (
    "notice of exercise",
    "form of notice of exercise",
    "exercise notice",
    "form of subscription",
    "subscription form",
    "form of election to purchase",
    "election to purchase",
    "election to exercise",
    "purchase form",
    "form of assignment",
    "assignment form",
    "form of transfer",
    "notice of cashless exercise",
    "exercise form",
)
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}

_HEADING = re.compile(
    r"""(?:^|(?<=\n)|(?<=[.;:!?"”)]\s)|(?<=[.;:]\s\s))[ \t]*
    (?P<label>
        (?:(?:SECTION|Section|ARTICLE|Article)\s+(?:\d{1,2}(?:\.\d{1,2}){0,2}|[IVXL]{1,6}\b))
      | (?:\d{1,2}(?:\.\d{1,2}){0,2})
    )
    (?P<punct>[.:)]?)[ \t]+
    (?P<heading>(?:[A-Z“"][^\n.]{0,118}?)(?:[.:]|(?=\n)))?""",
    re.VERBOSE,
)
_SIGNATURE = re.compile(r"IN WITNESS WHEREOF|In Witness Whereof")
_LEGEND = re.compile(
    r"(?:THIS WARRANT|THE SECURITIES|THIS SECURITY|NEITHER TH|UNLESS PERMITTED|THESE SECURITIES)"
    r"[A-Z0-9 ,.;:'’\"“”()\-]{80,}"
)


@dataclass(frozen=True)
class Section:
    """A part of the document: `kind` is legend | title | preamble | section | signature | form."""

    kind: str
    start: int
    end: int
    label: str | None = None
    heading: str | None = None
    level: int = 0

    def contains(self, offset: int) -> bool:
        return self.start <= offset < self.end


def _number_key(label: str) -> tuple[int, ...] | None:
    token = re.sub(r"^(?:section|article)\s+", "", label.strip(), flags=re.IGNORECASE).rstrip(".:)")
    if re.fullmatch(r"\d{1,2}(?:\.\d{1,2}){0,2}", token):
        return tuple(int(p) for p in token.split("."))
    if re.fullmatch(r"[IVXL]{1,6}", token):
        total, prev = 0, 0
        for ch in reversed(token.lower()):
            v = _ROMAN[ch]
            total = total - v if v < prev else total + v
            prev = max(prev, v)
        return (total,)
    return None


def _step(prev: tuple[int, ...] | None, key: tuple[int, ...]) -> float:
    """How well heading number `key` follows `prev`: 1 for the next number (1 → 2, 4 → 4.1,
    4.3 → 5), less for a small skip (a heading the rules missed), 0 where it cannot follow."""
    if prev is None:
        return 1.0 if key[0] <= 2 and all(k == 1 for k in key[1:]) else 0.2
    for depth in range(min(len(prev), len(key))):
        if key[:depth] != prev[:depth]:
            return 0.0
        gap = key[depth] - prev[depth]
        if gap <= 0:
            continue
        if all(k == 1 for k in key[depth + 1 :]):
            return 1.0 if gap == 1 else (0.3 if gap <= 3 else 0.0)
        return 0.0
    if len(key) == len(prev) + 1 and key[:-1] == prev:
        return 1.0 if key[-1] == 1 else (0.3 if key[-1] <= 3 else 0.0)
    return 0.0


_LOOSE_HEADING = re.compile(
    r"(?P<label>(?:SECTION|Section|ARTICLE|Article)\s+(?:\d{1,2}(?:\.\d{1,2}){0,2}|[IVXL]{1,6}\b))"
    r"(?P<punct>[.:]?)[ \t]+(?P<heading>[A-Z“\"][^\n.]{0,118}?[.:])"
)
_LOOKBACK = 80
# Leaders are capped and possessive: uncapped, a long run of dots was rescanned from each of
# the 81 prefix lengths, with backtracking (seconds per heading on a line of dots).
# A leader of dots or rules before a page number; "(?:\s?\.)" takes plain runs of dots too.
_TOC_LEADER = re.compile(r"(?:(?:\s?\.){4,200}+|_{4,200}+)\s*\d{1,3}\b")
_TOC_LEAD_CHARS = 80  # words of the heading before its leader


def _toc_line(text: str, pos: int) -> bool:
    """Whether a leader and a page number follow `pos` on its line, within a heading's words
    ("SECTION 5. FRACTIONAL SHARES.......4"). Searched for rather than matched after a lazy
    prefix, which would retry a long run of dots from each of its dots."""
    m = _TOC_LEADER.search(text, pos, min(len(text), pos + _TOC_LEAD_CHARS + 1000))
    return m is not None and m.start() - pos <= _TOC_LEAD_CHARS and "\n" not in text[pos : m.start()]


def find_headings(text: str, start: int = 0, end: int | None = None) -> list[Section]:
    """Numbered section headings in order, each running to the next heading.

    Candidates are scored (a heading at a sentence start counts more than one found only
    by its "Section N." form) and the best-scoring chain of numbers that follow one another
    is kept.
    """
    stop = len(text) if end is None else end
    found: dict[int, tuple[tuple[int, ...], re.Match[str], float]] = {}
    for weight, pattern in ((1.0, _HEADING), (0.5, _LOOSE_HEADING)):
        for m in pattern.finditer(text, start, stop):
            key = _number_key(m.group("label"))
            if key is None or m.start("label") in found:
                continue
            if not m.group("heading") and "\n" not in text[m.start() - 1 : m.start()]:
                continue
            if _toc_line(text, m.end()):
                continue  # a table of contents line ("SECTION 5. FRACTIONAL SHARES.......4")
            found[m.start("label")] = (key, m, weight)
    cands = [found[k] for k in sorted(found)]
    best: list[float] = []
    back: list[int] = []
    for i, (key, _m, weight) in enumerate(cands):
        score, link = _step(None, key) * weight, -1
        for j in range(max(0, i - _LOOKBACK), i):
            if best[j] <= 0:
                continue
            step = _step(cands[j][0], key)
            if step > 0 and best[j] + step * weight > score:
                score, link = best[j] + step * weight, j
        best.append(score)
        back.append(link)
    chain: list[tuple[tuple[int, ...], re.Match[str]]] = []
    # On a tie the later chain wins: the body comes after any table of contents.
    i = max(range(len(cands)), key=lambda k: (best[k], k), default=-1)
    while i >= 0:
        chain.append((cands[i][0], cands[i][1]))
        i = back[i]
    chain.reverse()
    sections: list[Section] = []
    for i, (key, m) in enumerate(chain):
        nxt = chain[i + 1][1].start("label") if i + 1 < len(chain) else stop
        heading = (m.group("heading") or "").strip(" .:") or None
        sections.append(
            Section(
                kind="section",
                start=m.start("label"),
                end=nxt,
                label=".".join(str(k) for k in key),
                heading=heading,
                level=len(key),
            )
        )
    return sections


_FORM_TITLE = re.compile(
    r"(?P<title>(?:FORM OF |Form of )?(?:NOTICE OF (?:CASHLESS )?EXERCISE|Notice of (?:Cashless )?"
    r"Exercise|SUBSCRIPTION FORM|Subscription Form|FORM OF SUBSCRIPTION|Form of Subscription|"
    r"ELECTION TO (?:PURCHASE|EXERCISE)|Election to (?:Purchase|Exercise)|PURCHASE FORM|"
    r"Purchase Form|ASSIGNMENT FORM|Assignment Form|FORM OF ASSIGNMENT|Form of Assignment|"
    r"EXERCISE FORM|Exercise Form|FORM OF TRANSFER|Form of Transfer|EXERCISE NOTICE))"
)
_EXHIBIT_LABEL = re.compile(
    r"(?:EXHIBIT|Exhibit|ANNEX|Annex|SCHEDULE|Schedule|APPENDIX|Appendix)\s*[A-Z0-9\"“”.\-]{0,4}\s*$"
)


def find_forms(text: str, start: int = 0, end: int | None = None) -> list[Section]:
    """Attached forms (Notice of Exercise, Form of Subscription, Assignment) by their titles."""
    stop = len(text) if end is None else end
    found: list[Section] = []
    for m in _FORM_TITLE.finditer(text, start, stop):
        title = m.group("title")
        label = _EXHIBIT_LABEL.search(text, max(start, m.start() - 24), m.start())
        exhibit_label = label.group() if label else ""
        before = text[max(start, m.start() - 3) : m.start()]
        if text[m.end() : m.end() + 2].strip()[:1] in ("”", '"', "’"):
            continue  # a defined term ("the “Notice of Exercise”"), not a form's title
        # A title in a sentence ("... with the Form of Subscription attached hereto") is a
        # reference, not the form: forms start a paragraph, follow an exhibit label or shout.
        if not ("\n" in before or exhibit_label or m.start() == start or title.isupper()):
            continue
        if "attached hereto" in text[m.end() : m.end() + 30].lower():
            continue
        if _toc_line(text, m.end()):
            continue
        best = process.extractOne(title.lower(), FORM_TITLES, scorer=fuzz.ratio)
        if best and best[1] >= 80:
            found.append(Section(kind="form", start=m.start(), end=stop, heading=title))
    merged: list[Section] = []
    for sec in found:
        if merged and sec.start - merged[-1].start < 400:
            continue
        if merged:
            merged[-1] = Section("form", merged[-1].start, sec.start, heading=merged[-1].heading)
        merged.append(sec)
    return merged


_SUBCLAUSE = re.compile(
    r"(?:^|(?<=\n)|(?<=[.:;]\s)|(?<=[.:;]\s\s))[ \t]*\((?P<mark>[a-z]{1,2}|[ivx]{1,5})\)[ \t]+(?=[A-Za-z“\"(])"
)


def _roman(mark: str) -> int | None:
    key = _number_key(mark.upper())
    return key[0] if key and re.fullmatch(r"[ivx]+", mark) else None


def find_subclauses(text: str, parent: Section) -> list[Section]:
    """Lettered sub-clauses of a numbered section ("(a)", "(b)" … or "(i)", "(ii)" …), kept
    where the letters follow one another from the first."""
    marks: list[tuple[int, str]] = []
    expected_letter, expected_roman = "a", 1
    for m in _SUBCLAUSE.finditer(text, parent.start, parent.end):
        mark = m.group("mark")
        if mark == expected_letter:
            marks.append((m.start("mark") - 1, mark))
            expected_letter = chr(ord(expected_letter) + 1)
        elif (not marks or marks[0][1] == "i") and _roman(mark) == expected_roman:
            marks.append((m.start("mark") - 1, mark))
            expected_roman += 1
    if len(marks) < 2:
        return []
    subs = []
    for i, (pos, mark) in enumerate(marks):
        end = marks[i + 1][0] if i + 1 < len(marks) else parent.end
        subs.append(Section("section", pos, end, f"{parent.label}({mark})", None, parent.level + 1))
    return subs


def split_sections(text: str, start: int = 0, end: int | None = None) -> list[Section]:
    """All parts of `text[start:end]` in order: legend, preamble, sections, signature, forms."""
    stop = len(text) if end is None else end
    forms = find_forms(text, start, stop)
    body_end = forms[0].start if forms else stop
    headings = find_headings(text, start, body_end)
    parts: list[Section] = []
    first = headings[0].start if headings else body_end
    legend = _LEGEND.search(text, start, min(first, start + 5000))
    cursor = start
    if legend and legend.start() - start < 600:
        parts.append(Section("legend", legend.start(), legend.end()))
        cursor = legend.end()
    if first > cursor:
        parts.append(Section("preamble", cursor, first))
    signature = _SIGNATURE.search(text, first, body_end)
    for sec in headings:
        if signature and sec.start < signature.start() < sec.end:
            sec = Section(sec.kind, sec.start, signature.start(), sec.label, sec.heading, sec.level)
        if signature and sec.start >= signature.start():
            continue
        parts.append(sec)
        parts.extend(find_subclauses(text, sec))
    if signature:
        parts.append(Section("signature", signature.start(), body_end))
    parts.extend(forms)
    return parts


def section_at(sections: list[Section], offset: int) -> Section | None:
    """The innermost section holding `offset`."""
    best: Section | None = None
    for sec in sections:
        if sec.contains(offset) and (best is None or sec.level >= best.level):
            best = sec
    return best


HEADING_MATCH = 85


def _squash(text: str) -> str:
    return re.sub(r"[^a-z]", "", text.lower())


def heading_like(heading: str | None, *names: str) -> bool:
    """Whether a heading names one of `names`, allowing for variants and for small capitals
    split into letters ("F RACTIONAL I NTEREST" ~ "fractional").

    >>> heading_like("F RACTIONAL I NTEREST", "fractional shares", "fractional")
    True
    >>> heading_like("Governing Law; Jurisdiction", "governing law")
    True
    >>> heading_like("Notices", "governing law")
    False
    """
    if not heading:
        return False
    squashed = _squash(heading)
    return any(fuzz.partial_ratio(_squash(n), squashed) >= HEADING_MATCH for n in names)


def find_heading(sections: list[Section], *names: str) -> Section | None:
    """The first section whose heading is like one of `names`."""
    return next((s for s in sections if heading_like(s.heading, *names)), None)


def parent_labels(label: str) -> list[str]:
    """"4.2(b)" → ["4.2(b)", "4.2", "4"]: a section's label and those of its parents."""
    out = [label]
    base = label.split("(")[0]
    if base != label:
        out.append(base)
    parts = base.split(".")
    out.extend(".".join(parts[:i]) for i in range(len(parts) - 1, 0, -1))
    return out
