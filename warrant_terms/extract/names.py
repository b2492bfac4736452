"""Reading a party's name out of the words that introduce it.

"This certifies that VENTURE LENDING & LEASING, INC., a Maryland corporation, or assigns
(the "Holder")" → name "VENTURE LENDING & LEASING, INC.", descriptor "a Maryland corporation".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from warrant_terms.extract.rules import jurisdictions

_ANCHOR = re.compile(
    r"(?:certif(?:y|ies|ied)\s+that|hereby\s+certifies\s+that|is\s+issued\s+to|issued\s+to|"
    r"from|by|between|among|and|with|to|for\s+value\s+received|VALUE\s+RECEIVED|"
    r"holder\s+of\s+record|name\s+of|(?<![A-Za-z])that)[\s,:]+",
    re.IGNORECASE,
)
_ENTITY_WORDS = (
    r"(?:corporation|company|limited\s+liability\s+company|limited\s+partnership|partnership|"
    r"exempted\s+company|business\s+company|société\s+anonyme|societe\s+anonyme|trust|bank|"
    r"association|public\s+limited\s+company|limited\s+company|entity|statutory\s+trust|"
    r"banking\s+corporation|national\s+association|fund|corp\.?)"
)
_STOP = re.compile(
    r",?\s+an?\s+(?:[\w.’'()\-]+\s+){0,6}?" + _ENTITY_WORDS + r"\b"
    r"|,?\s*\(?\s*(?:or|and)\s+(?:its|his|her|their)?\s*(?:registered\s+|permitted\s+)*"
    r"(?:assigns|assignees|successors)"
    r"|\s*\("
    r"|,\s*\d"
    r"|,\s*(?:with|having|whose|located|incorporated|organized|existing|formed|registered|the|"
    r"as\s+)\b"
    r"|\s+(?:with|having)\s+(?:its|a)\s+(?:principal|registered)"
    r"|\s+(?:is|are|shall|will|hereby|has)\s",
    re.IGNORECASE,
)
_BLANK = re.compile(r"_{2,}|\[\s*[_•●·.\s]*\]|\[\s*(?:name|insert|holder)[^\]]*\]", re.IGNORECASE)
_SMALL_CAPS = re.compile(r"(?<![A-Za-z])([A-Z]) ([A-Z]{2,})\b")
_GENERIC = re.compile(
    r"^(?:the|this|such|each|any|a|an|said|holder|company|corporation|issuer|purchaser|"
    r"registered|undersigned|person|persons|you)\b",
    re.IGNORECASE,
)
JURISDICTION_PHRASE = re.compile(
    r"(?:under\s+the\s+laws\s+of|laws\s+of)\s+(?:the\s+)?(?:State|Province|Commonwealth|"
    r"Republic|Kingdom|Grand\s+Duchy|Territory)?\s*(?:of\s+)?(?P<j>[A-Z][A-Za-z .'’]{1,40}?)"
    r"(?=[,;.)]|\s+and\b|\s+without\b|\s+applicable\b|\s+\(|$)"
    r"|\ban?\s+(?:public\s+|private\s+)?(?P<adj>[A-Z][A-Za-z .]{1,30}?)\s+(?:\([^)]{0,30}\)\s+)?"
    + _ENTITY_WORDS,
)


@dataclass(frozen=True)
class Name:
    value: str
    start: int
    end: int
    blank: bool = False


def clean_name(raw: str) -> str:
    """Undo small caps rendered as split letters ("C HEMO C ENTRYX , I NC ." → "CHEMOCENTRYX,
    INC.") and tidy white space and trailing punctuation.

    >>> clean_name("C HEMO C ENTRYX , I NC .")
    'CHEMO CENTRYX, INC.'
    >>> clean_name("Juniper Networks, Inc.")
    'Juniper Networks, Inc.'
    """
    name = raw
    if _SMALL_CAPS.search(name):
        name = _SMALL_CAPS.sub(r"\1\2", name)
        name = re.sub(r"\s+([,.])", r"\1", name)
    name = re.sub(r"\s+", " ", name).strip(" ,;:")
    name = re.sub(r"\s+,", ",", name)
    return name


def name_before(text: str, start: int, end: int) -> Name | None:
    """The party named in `text[start:end]`, the words that lead up to its defined term."""
    segment = text[start:end]
    anchor_end = 0
    for m in _ANCHOR.finditer(segment):
        rest = segment[m.end() :]
        if rest[:1].isupper() or rest[:1].isdigit() or rest[:1] in "_[":
            anchor_end = m.end()
    name_start = start + anchor_end
    rest = text[name_start:end]
    stop = _STOP.search(rest)
    raw = rest[: stop.start()] if stop else rest
    raw_stripped = raw.rstrip(" ,;:")
    if not raw_stripped.strip():
        return None
    lead = len(raw_stripped) - len(raw_stripped.lstrip())
    s = name_start + lead
    e = name_start + len(raw_stripped)
    if _BLANK.search(raw_stripped) or not re.search(r"[A-Za-z]", raw_stripped):
        return Name("", s, e, blank=True)
    value = clean_name(raw_stripped)
    if len(value) > 120 or len(value.split()) > 14 or _GENERIC.match(value):
        return None
    if not (value[:1].isupper() or value[:1].isdigit()):
        return None
    return Name(value, s, e)


def prefer_mixed_case(name: str, text: str) -> str:
    """An all-capitals name spelled in mixed case elsewhere in the text takes that spelling.

    Letters are compared with spaces and punctuation ignored, so that small caps split into
    letters ("CHEMO CENTRYX, INC.") still find "ChemoCentryx, Inc.".

    >>> prefer_mixed_case("CHEMO CENTRYX, INC.", "the Common Stock of ChemoCentryx, Inc., the")
    'ChemoCentryx, Inc.'
    """
    if not name.isupper() or len(name) < 4:
        return name
    letters = [re.escape(ch) for ch in name if ch.isalnum() or ch == "&"]
    pattern = re.compile(r"[\s,.]{0,3}".join(letters) + r"\.?", re.IGNORECASE)
    for m in pattern.finditer(text):
        spelled = m.group()
        if not spelled.isupper() and spelled[:1].isupper():
            return clean_name(spelled)
    return name


def jurisdiction_in(text: str, start: int, end: int) -> tuple[str, int, int] | None:
    """The first state or country of incorporation named in `text[start:end]`."""
    table = jurisdictions()
    for m in JURISDICTION_PHRASE.finditer(text, start, end):
        group = "j" if m.group("j") else "adj"
        words = m.group(group)
        found = match_jurisdiction(words)
        if found:
            canonical, offset, length = found
            s = m.start(group) + offset
            return canonical, s, s + length
    del table
    return None


def match_jurisdiction(words: str) -> tuple[str, int, int] | None:
    """Canonical jurisdiction for the longest known name at or near the start of `words`."""
    table = jurisdictions()
    lowered = words.lower()
    best: tuple[str, int, int] | None = None
    for name, canonical in table.items():
        i = lowered.find(name)
        while i >= 0:
            before = lowered[i - 1] if i > 0 else " "
            after = lowered[i + len(name)] if i + len(name) < len(lowered) else " "
            if not before.isalpha() and not after.isalpha():
                if best is None or (i, -len(name)) < (best[1], -best[2]):
                    best = (canonical, i, len(name))
                break
            i = lowered.find(name, i + 1)
    return best
