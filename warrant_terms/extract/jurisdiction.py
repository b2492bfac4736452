"""Jurisdictions: the one home of "a Delaware corporation", "organized under the laws of the
Province of Ontario", "registered in England and Wales" and "governed by the laws of the State of
New York". Names and adjectives are in `patterns/jurisdictions.json`; the phrases that
introduce them in `patterns/jurisdiction.json`."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from warrant_terms.extract.rulebook import patterns
from warrant_terms.extract.rules import jurisdictions

P = patterns("jurisdiction")


@dataclass(frozen=True)
class Found:
    name: str  # canonical, e.g. "New York"
    start: int
    end: int


def match_jurisdiction(words: str) -> tuple[str, int, int] | None:
    """Canonical jurisdiction for the longest known name at or near the start of `words`:
    (name, offset, length).

    >>> match_jurisdiction("State of New York, without regard")
    ('New York', 9, 8)
    >>> match_jurisdiction("England and Wales")
    ('England and Wales', 0, 17)
    """
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


def _found(m: re.Match[str], group: str) -> Found | None:
    hit = match_jurisdiction(m.group(group))
    if hit is None:
        return None
    name, offset, length = hit
    s = m.start(group) + offset
    return Found(name, s, s + length)


def incorporation_in(text: str, start: int, end: int) -> Found | None:
    """The first state or country of incorporation named in `text[start:end]`: "a Delaware
    corporation", "a company organized under the laws of Cyprus", "registered in England and
    Wales"."""
    for m in P.regex("phrase").finditer(text, start, end):
        group = next((g for g in ("j", "adj", "act", "act2", "act3", "stat", "seat") if m.group(g)), "j")
        found = _found(m, group)
        if found:
            return found
    return None


def incorporation_phrases(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """"organized and existing under the laws of", "incorporated in" …"""
    return P.regex("incorporation").finditer(text, start, end)


def governing_law_in(text: str, start: int, end: int) -> Iterator[Found]:
    """Jurisdictions named as governing law in `text[start:end]` (one sentence): "governed by
    the laws of the State of New York", "governed by Oregon law"; a place of incorporation
    and a conflict-of-laws carve-out are not governing law."""
    sentence = text[start:end]
    govern = P.regex("govern").search(sentence)
    if govern is None:
        return
    for m in P.regex("laws_of").finditer(text, start, end):
        rel = m.start() - start
        if rel < govern.start() - 300 or rel > govern.end() + 400:
            continue
        lead = text[max(start, m.start() - 80) : m.start()]
        if P.regex("not_governing").search(lead):
            continue
        if P.regex("conflicts").search(text[max(start, m.start() - 60) : m.start()]):
            continue
        found = _found(m, "j" if m.group("j") else "adj")
        if found:
            yield found
