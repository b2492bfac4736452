"""Defined terms: `(the "Holder")`, `"Exercise Price" means …`, `(such price … the "Exercise
Price")`. Each definition keeps where the term is defined and the sentence that defines it, so
a value stated where a term is defined can be found wherever the term is used.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from warrant_terms.parse.sentences import sentences_in

_Q_OPEN = "\"“”'‘`"
_Q_CLOSE = "\"”“'’"
_TERM = r"(?P<term>[A-Z][A-Za-z0-9&\-’'. ]{0,60}?)"
# "(the “Warrant Agent,” which term includes any successor Warrant Agent hereunder)"
_WHICH_TERM = r"(?:,?\s{0,3}which\s+term\s+[^()]{0,160})?"
_PAREN_DEF = re.compile(
    # "(the “Company), and": a closing quote the filer dropped
    r"\((?P<pre>[^()]{0,160}?)[" + _Q_OPEN + r"]\s{0,3}" + _TERM + r"\s{0,3}(?:,?[" + _Q_CLOSE + r"]|(?=\)))"
    r"(?:\s{0,3}(?:and|or)\s{0,3}[" + _Q_OPEN + r"](?P<term2>[^()\"”]{1,60})[" + _Q_CLOSE + r"])?"
    r"\s{0,3}[.,;]?\s{0,3}" + _WHICH_TERM + r"\)"
)
# Drafting without quotes (Australian and English deeds): "… Kalbarri Graphite Limited (ACN
# 634 118 205), … of Level 4, 16 Ord Street (Company)"; "… to ESCALATE CAPITAL I, L.P. (together
# with its assignees, Holder)". Only the parties' role words, which a bare parenthesis never
# means otherwise. A page that dropped the quotes leaves "(the Corporation)", "(the Warrant Agent)".
_ROLE_DEF = re.compile(
    r"\((?:together\s+with\s+(?:its|his|her|their)\s+[a-z,\s]{0,40}?,\s*)?(?:the\s+)?"
    r"(?P<term>Company|Corporation|Issuer|Holder|Optionholder|Warrantholder|Warrant\s+Holder|Subscriber|Lender|"
    r"Investor|Purchaser|Grantee|Warrant\s+Agent|Trustee)" + _WHICH_TERM + r"\)"
)
# A page that dropped every quote leaves the warrant's own terms bare too: "… on the date that
# is five years after the Issue Date (the Expiration Date)", "(the Exercise Price)".
_BARE_TERM_DEF = re.compile(
    r"\((?:the\s+|such\s+date,\s+the\s+)?(?P<term>(?:Initial\s+|Original\s+)?(?:Issue|Issuance|Expiration|Expiry|Termination|"
    r"Exercise|Grant)\s+Date|Exercise\s+Price|Warrant\s+Price|Warrant\s+Shares|Expiration\s+Time)\)"
)
# "Genomic Solutions, Inc., a Delaware corporation, …, hereinafter referred to as the
# "Company", grants …": a party's term defined by words rather than a parenthesis.
_HEREINAFTER_DEF = re.compile(
    r"(?P<open>(?:\(\s{0,3})?,?\s{0,3}\b(?:hereinafter|hereafter|herein)\s+(?:referred\s+to\s+(?:variously\s+)?as|called|designated|"
    r"defined\s+as)\s+(?:the\s+)?)[" + _Q_OPEN + r"]\s{0,3}" + _TERM + r"\s{0,3}[" + _Q_CLOSE + r"]",
    re.IGNORECASE,
)
# "Amerac Energy Corporation, a Delaware corporation, herein called the Company, and Petroleum
# Financial Inc, …, herein called the Warrant Agent": a party's role word, unquoted.
_HEREINAFTER_ROLE_DEF = re.compile(
    r"(?P<open>,?\s{0,3}\b(?i:hereinafter|hereafter|herein)\s+(?i:referred\s+to\s+as|called|designated)\s+(?:the\s+)?)"
    r"(?P<term>Company|Corporation|Issuer|Holder|Warrantholder|Warrant\s+Holder|Warrant\s+Agent|Trustee|Lender|"
    r"Investor|Purchaser)(?=\s{0,3}[,.;)])"
)
_MEANS_DEF = re.compile(
    r"[" + _Q_OPEN + r"]\s{0,3}" + _TERM + r"\s{0,3}[" + _Q_CLOSE + r"]\s{0,3}"
    r"(?:shall\s+mean|means|shall\s+have\s+the\s+meaning|has\s+the\s+meaning|refers\s+to|"
    r"shall\s+(?:initially\s+)?refer\s+to|"
    r"is\s+defined|shall\s+be|as\s+used\s+herein)"
)

# A definitions table or list without a verb ("“Company” | Spotify Technology S.A., a
# Luxembourg société anonyme"; "“Business Day”: a day on which …"; cells joined by a text
# rendering into "“Company”Spotify …"): the quoted term opens its line and the definition
# follows on that line.
_LIST_DEF = re.compile(
    r"^[ \t|]*[" + _Q_OPEN + r"]\s{0,3}" + _TERM + r"\s{0,3}[" + _Q_CLOSE + r"]"
    r"(?:[ \t]*[:|\u2013\u2014][ \t]*|[ \t]{2,}|(?=[^\W\d_]))(?=[^\W\d_])",
    re.MULTILINE,
)

@dataclass(frozen=True)
class Definition:
    """Where `term` is defined: the quoted term's span and the defining sentence's span."""

    term: str
    start: int
    end: int
    sentence_start: int
    sentence_end: int
    kind: str  # "parenthetical" | "means"
    # Where the words that define the term open: its parenthesis, or "hereinafter referred to
    # as"; None where not known (a parenthesis is then looked for before the term).
    opens: int | None = None
    # Where the defining words begin, after "means" or the list's separator ("means" kind).
    value_start: int | None = None


def normalize_term(term: str) -> str:
    return re.sub(r"\s+", " ", term).strip(" .").lower()


def _positions(text: str, start: int, stop: int, word: str) -> list[int]:
    """Where `word` occurs in `text[start:stop]`, in any case."""
    lowered = text[start:stop].lower()
    out, i = [], lowered.find(word)
    while i >= 0:
        out.append(start + i)
        i = lowered.find(word, i + 1)
    return out


def find_defined_terms(text: str, start: int = 0, end: int | None = None) -> dict[str, list[Definition]]:
    """Every definition in `text[start:end]`, by normalized term, in document order."""
    stop = len(text) if end is None else end
    sentences = sentences_in(text, start, stop)
    starts = [s for s, _ in sentences]
    out: dict[str, list[Definition]] = {}

    def sentence_of(pos: int) -> tuple[int, int]:
        import bisect

        i = bisect.bisect_right(starts, pos) - 1
        return sentences[i] if i >= 0 else (start, stop)

    # "hereinafter referred to as" is rare: its case-blind pattern runs only where "here" is.
    here: list[tuple[int, int]] = []
    for p in _positions(text, start, stop, "here"):
        lo, hi = max(start, p - 5), min(stop, p + 120)
        if here and lo <= here[-1][1]:
            here[-1] = (here[-1][0], hi)
        else:
            here.append((lo, hi))
    for kind, pattern in (("parenthetical", _PAREN_DEF), ("parenthetical", _ROLE_DEF), ("parenthetical", _BARE_TERM_DEF),
                          ("parenthetical", _HEREINAFTER_DEF), ("parenthetical", _HEREINAFTER_ROLE_DEF),
                          ("means", _MEANS_DEF), ("means", _LIST_DEF)):
        windows = here if pattern in (_HEREINAFTER_DEF, _HEREINAFTER_ROLE_DEF) else [(start, stop)]
        for m in (m for lo, hi in windows for m in pattern.finditer(text, lo, hi)):
            s, e = sentence_of(m.start())
            opens = m.start("open") if "open" in pattern.groupindex else None
            value = m.end() if kind == "means" else None
            # ("Further Lane" or "Holder"): the party is defined by both terms.
            groups = ["term", "term2"] if "term2" in pattern.groupindex and m.group("term2") else ["term"]
            for g in groups:
                term = m.group(g)
                if len(term.split()) > 8:
                    continue
                d = Definition(term.strip(), m.start(g), m.end(g), s, max(e, m.end()), kind, opens, value)
                out.setdefault(normalize_term(term), []).append(d)
    for defs in out.values():
        defs.sort(key=lambda d: d.start)
    return out
