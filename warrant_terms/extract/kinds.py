"""Several instruments in one document.

A SPAC warrant agreement sets out Public Warrants and Private Placement Warrants (and often
Working Capital Warrants); an exhibit may set out Series A and Series B warrants. A kind counts
as an instrument of the document where the document groups it with another as its "Warrants"
("the Public Warrants and, together with the Private Placement Warrants, the Warrants") or
says one kind is identical to another; a kind merely mentioned (the pre-funded warrants sold
in the same offering, named in a common warrant's definitions) does not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from warrant_terms.extract.rulebook import patterns

P = patterns("kinds")


@dataclass(frozen=True)
class Kind:
    name: str  # as the document defines it, e.g. "Private Placement Warrants"
    start: int  # where it is defined
    end: int


def _key(name: str) -> str:
    words = re.sub(r"\s+", " ", name.strip()).lower()
    return re.sub(r"\s+warrants?$", "", words)


def _rank(name: str) -> tuple[int, str]:
    order = P.terms("order")
    key = _key(name)
    return (order.index(key) if key in order else len(order), key)


def find_kinds(text: str, start: int, end: int) -> list[Kind]:
    """The kinds of warrant the region sets out, main first; [] for one instrument."""
    defined: dict[str, Kind] = {}
    for m in P.regex("defined_kind").finditer(text, start, end):
        key = _key(m.group("kind"))
        defined.setdefault(key, Kind(m.group("kind"), m.start("kind"), m.end("kind")))
    if len(defined) < 2:
        return []
    joined: set[str] = set()
    for rx in (P.regex("grouped"), P.regex("identical")):
        for m in rx.finditer(text, start, end):
            names = [g for g in m.groups() if g]
            keys = [_key(n.split(" the ")[-1]) for n in names]
            hits = [k for k in keys if k in defined]
            if rx is P.regex("grouped"):
                # "(the “Public Warrants” and, together with the Private Placement Warrants, …)":
                # the kind defined just before the grouping belongs too.
                before = [k for k, d in defined.items() if 0 <= m.start() - d.end <= P.window("group_reach")]
                hits.extend(before)
            if len(set(hits)) >= 1 and (len(set(hits)) >= 2 or rx is P.regex("grouped")):
                joined.update(hits)
    counts = {k: len(re.findall(re.escape(defined[k].name.rstrip("s")), text[start:end])) for k in joined}
    kinds = [defined[k] for k in joined if counts[k] >= P.window("min_mentions")]
    if len(kinds) < 2:
        return []
    return sorted(kinds, key=lambda k: _rank(k.name))
