"""Is this document a warrant, and where is the warrant in it?

Decided by content, not by exhibit number: an operative grant ("hereby certifies that … is
entitled … to purchase", "each whole Warrant shall entitle the Registered Holder … to
purchase") in warrant context, followed by exercise mechanics (an exercise price, an expiry,
a notice of exercise). An agreement that embeds a complete form of warrant as an exhibit
yields the region of that exhibit; a document that only talks about warrants yields none.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from warrant_terms.parse.document import Document
from warrant_terms.parse.sentences import sentence_spans

GRANT_PATTERNS: tuple[tuple[str, re.Pattern[str], float], ...] = tuple(
    (rule, re.compile(pattern, re.IGNORECASE | re.DOTALL), score)
    for rule, pattern, score in (
        (
            "grant.certifies_entitled",
            r"certif(?:y|ies|ied)\s+that\b.{0,900}?\b(?:is|are|shall\s+be|will\s+be)\s+entitled\b"
            r".{0,400}?\bto\s+(?:purchase|subscribe|receive|acquire)",
            0.95,
        ),
        (
            "grant.certifies_right",
            r"certif(?:y|ies|ied)\s+that\b.{0,900}?\b(?:shall\s+have|has|have)\s+the\s+right\b"
            r".{0,200}?\bto\s+(?:purchase|subscribe|acquire)",
            0.95,
        ),
        (
            "grant.warrant_entitles",
            r"\b(?:each|this|such|the)\s+(?:whole\s+)?(?:[A-Z][\w\-]*\s+){0,2}warrants?"
            r"(?:\s+certificate)?\b.{0,120}?\b(?:shall\s+)?entitles?\b.{0,200}?"
            r"\b(?:holder|holders|owner|bearer)\b.{0,300}?\bto\s+(?:purchase|subscribe|receive)",
            0.85,
        ),
        (
            "grant.issued_to",
            r"\b(?:this|the)\s+warrant\s+(?:is\s+(?:hereby\s+)?issued|is\s+granted)\s+to\b",
            0.8,
        ),
        (
            "grant.entitled_to_purchase",
            r"\bis\s+entitled\b.{0,300}?\bto\s+(?:purchase|subscribe\s+for)\b.{0,300}?"
            r"\bshares?\b",
            0.7,
        ),
        (
            "grant.may_purchase",
            r"\b(?:may|shall\s+have\s+the\s+right\s+to|has\s+the\s+right\s+to)\s+"
            r"(?:purchase|subscribe\s+for(?:\s+and\s+purchase)?)\b.{0,300}?\bfrom\b",
            0.7,
        ),
        (
            "grant.hereby_grants",
            r"\bhereby\s+(?:grants?|issues?)\b.{0,200}?\b(?:the\s+)?right\s+to\s+(?:purchase|subscribe)",
            0.8,
        ),
    )
)
MECHANICS = re.compile(
    r"\b(?:exercise\s+price|warrant\s+price|stock\s+purchase\s+price|purchase\s+price|"
    r"notice\s+of\s+exercise|exercise\s+of\s+(?:this\s+)?warrant|expiration\s+date|"
    r"termination\s+date|expiry\s+(?:date|time)|void\s+after|subscription\s+form|"
    r"form\s+of\s+subscription|election\s+to\s+purchase)\b",
    re.IGNORECASE,
)
WARRANT_WORD = re.compile(r"\bwarrant", re.IGNORECASE)
BOUNDARY = re.compile(
    r"(?:^|(?<=\n)|(?<=[.:;”\"]\s)|(?<=\s\s))\s{0,8}(?:EXHIBIT|ANNEX|SCHEDULE|APPENDIX|Exhibit|Annex)"
    r"\s+[A-Z0-9][A-Z0-9.\-]{0,5}\b(?!\s+(?:hereto|to\s+th|attached|of\s+th))"
)
TITLE = re.compile(
    r"\b(?:FORM\s+OF\s+)?(?:[A-Z][A-Z\-]+\s+){0,4}WARRANT(?:\s+CERTIFICATE|\s+AGREEMENT)?\b"
    r"|\bWARRANT\s+TO\s+PURCHASE\b|\bForm\s+of\s+(?:[A-Z][a-z\-]+\s+){0,3}Warrant\b"
)
_ATTACHMENT = re.compile(
    r"warrant|exercise|subscription|assignment|election|purchase\s+form|transfer", re.IGNORECASE
)
MECHANICS_WINDOW = 40_000
CONTEXT_WINDOW = 3_000


@dataclass(frozen=True)
class Instrument:
    """Where a warrant is set out in a document, and the sentence that grants it."""

    start: int
    end: int
    grant_start: int
    grant_end: int
    rule: str
    score: float


def _grant_sentences(text: str) -> list[tuple[int, int, str, float]]:
    found = []
    for s, e in sentence_spans(text):
        sentence = text[s:e]
        if len(sentence) > 6000 or not WARRANT_WORD.search(
            text, max(0, s - CONTEXT_WINDOW), min(len(text), e + CONTEXT_WINDOW // 3)
        ):
            continue
        for rule, pattern, score in GRANT_PATTERNS:
            if pattern.search(sentence):
                found.append((s, e, rule, score))
                break
    return found


def _boundaries(text: str) -> list[int]:
    return [m.start() + len(m.group()) - len(m.group().lstrip()) for m in BOUNDARY.finditer(text)]


_RECITAL = re.compile(r"^\s*(?:WHEREAS|Whereas|RECITALS?)\b")
_TERMS_IN_GRANT = re.compile(
    r"\$\s?\d|\b(?:exercise|warrant|purchase)\s+price\b|\bper\s+(?:whole\s+)?share\b|"
    r"\bnumber\s+of\s+(?:fully\s+paid\s+)?shares\b",
    re.IGNORECASE,
)
RECITAL_PENALTY = 0.2
TERMS_BONUS = 0.05


def _grant_score(text: str, s: int, e: int, score: float) -> float:
    """The operative grant states terms; a recital ("WHEREAS … each Warrant entitling …") only
    describes the instrument."""
    if _RECITAL.match(text, s):
        score -= RECITAL_PENALTY
    if _TERMS_IN_GRANT.search(text, s, e):
        score += TERMS_BONUS
    return score


def find_instruments(doc: Document) -> list[Instrument]:
    """The warrant instruments a document sets out, the main one first (possibly none)."""
    text = doc.text
    # One pass for the mechanics cues, then the first at or after each grant: a search per
    # grant sentence rescanned the window each time (hours on a text of repeated grants).
    cues = [m.start() for m in MECHANICS.finditer(text)]
    grants = [
        g
        for g in _grant_sentences(text)
        if (i := bisect.bisect_left(cues, g[0])) < len(cues) and cues[i] < g[1] + MECHANICS_WINDOW
    ]
    if not grants:
        return []
    bounds = _boundaries(text)
    instruments: list[Instrument] = []
    for s, e, rule, score in grants:
        score = _grant_score(text, s, e, score)
        if instruments and instruments[-1].start <= s < instruments[-1].end:
            # Same instrument: keep the grant sentence that reads most like the operative one.
            last = instruments[-1]
            if score > last.score:
                instruments[-1] = Instrument(last.start, last.end, s, e, rule, score)
            continue
        start = max((b for b in bounds if b <= s), default=0)
        # A standalone exhibit starts with its own "Exhibit 4.2" label: that is the document.
        if start < 2_000 or not TITLE.search(text, start, s) and start < s - 20_000:
            start = 0
        end = len(text)
        for b in bounds:
            if b <= e:
                continue
            if not _ATTACHMENT.search(text, b, min(len(text), b + 300)):
                end = b
                break
        instruments.append(Instrument(start, end, s, e, rule, score))
    main = max(instruments, key=lambda i: (i.score, i.end - i.start))
    return [main]
