"""Several instruments in one document.

A SPAC warrant agreement sets out Public Warrants and Private Placement Warrants (and often
Working Capital Warrants); an exhibit may set out Series A and Series B warrants. A kind counts
as an instrument of the document where the document groups it with another as its "Warrants"
("the Public Warrants and, together with the Private Placement Warrants, the Warrants") or
says one kind is identical to another; a kind merely mentioned (the pre-funded warrants sold
in the same offering, named in a common warrant's definitions) does not.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from warrant_terms.extract.layout import in_short_paragraphs
from warrant_terms.extract.rulebook import patterns

P = patterns("kinds")
_APOSTROPHE = re.compile("['’]")
# Where a kind of warrant is defined ("(the “Private Placement Warrants”)").
KIND_DEFINED = P.regex("defined_kind")


@dataclass(frozen=True)
class Kind:
    name: str  # as the document defines it, e.g. "Private Placement Warrants"
    start: int  # where it is defined
    end: int
    like: str | None = None  # the kind it is "identical to", where the document says so
    block: tuple[int, int] | None = None  # its own terms, under a heading that names it
    # Its own form, which names itself ("THIS … WARRANT (the “Common Warrant”)"): from there to
    # the next kind's form.
    form: tuple[int, int] | None = None


def kind_pattern(name: str) -> str:
    """A regex for the kind's name as the text may write it again: any white space between its
    words (a line may break inside it), either apostrophe, singular or plural."""
    words = [_APOSTROPHE.sub("['’]", re.escape(w)) for w in re.sub(r"s$", "", name.strip()).split()]
    # "Underwriter Warrants" written again as "Underwriter's Warrants"
    lead = [w if w.endswith("['’]") or w[-5:-1] == "['’]" else w + "(?:['’]s)?" for w in words[:-1]]
    # "the Underwriter's Warrant Agreement" names an agreement, not the kind
    return r"\s+".join([*lead, words[-1]]) + r"s?(?!\s+Agreement\b)"


def listed_label(name: str) -> str | None:
    """A regex for a series or class written bare before the noun it shares with the others
    ("1,110,000 Series A and 1,110,000 Series B Common Stock Purchase Warrants"): its label,
    with "warrants" further on in the clause; None for a kind that is no series or class."""
    m = re.fullmatch(r"((?:Series|Class|Tranche)\s+\S{1,3})\s+Warrants?", name.strip(), re.IGNORECASE)
    if m is None:
        return None
    return kind_pattern(m.group(1)).removesuffix("s?") + r"\b(?=[^.;“\"]{0,100}?\bwarrants?\b)"


def letter_in_series_list(text: str, name: str, start: int, end: int) -> tuple[int, int] | None:
    """Where a list of series by their letters names the kind `name` ("Series D, E, F, G and H
    Warrants" names the Series F Warrants): the span of its letter."""
    m = re.fullmatch(r"(Series|Class|Tranche)\s+(\S{1,2})\s+Warrants?", name.strip(), re.IGNORECASE)
    if m is None:
        return None
    for hit in P.regex("title_series_letters").finditer(text, start, end):
        if hit.group("word").lower() != m.group(1).lower():
            continue
        letter = re.search(rf"(?<![A-Z0-9]){re.escape(m.group(2))}(?![A-Z0-9])", hit.group("list"))
        if letter is not None:
            return hit.start("list") + letter.start(), hit.start("list") + letter.end()
    return None


# A kind of warrant named in running words ("the Forward Purchase Warrants", "each Class A
# Warrant"), not a document or a term named after the warrants ("Warrant Agent", "Warrant Price")
KIND_MENTION = re.compile(
    r"\b(?:[A-Z][\w\-’']*\s+){1,3}Warrants?\b(?!\s+(?:Agent|Agreement|Shares?|Price|Certificates?|Stock)\b)")
_DETERMINER = re.compile(r"^(?:(?:The|Each|Such|All|No|Any|Outstanding)\s+)+")


def kinds_named(text: str, start: int, end: int) -> list[str]:
    """The kinds of warrant `text[start:end]` names, in order, without their determiners; not
    "The Warrants" or "Each Warrant", which name no kind."""
    named = (_DETERMINER.sub("", m.group()) for m in KIND_MENTION.finditer(text, start, end))
    return [n for n in named if len(n.split()) > 1]


def own_right(name: str) -> re.Pattern[str]:
    """The words that give a kind its own right: "each Class B Unit Warrant entitles …", "… the
    owner of the number of Class B Warrants set forth above, each of which entitles …"."""
    kind = kind_pattern(name)
    return re.compile(r"\beach\s+" + kind + r"\s+(?:entitles|shall\s+(?:initially\s+)?entitle|evidences)\b"
                      r"|\b" + kind + r"\b[^.;]{0,40}?,\s*each\s+of\s+which\s+(?:entitles|evidences)\b", re.IGNORECASE)


def quoted_kind(name: str) -> re.Pattern[str]:
    """The kind's name quoted as the term it is defined by ("(the “Public Warrants”)")."""
    return re.compile(r"[“\"]\s{0,2}" + kind_pattern(name) + r"\s{0,2},?\s{0,2}[”\"]")


def _key(name: str) -> str:
    words = re.sub(r"\s+", " ", name.strip()).lower()
    return re.sub(r"\s+warrants?$", "", words)


def kind_rank(name: str) -> tuple[int, str]:
    """Where a kind stands in the usual order (public first); unknown kinds last."""
    order = P.terms("order")
    key = _key(name)
    return (order.index(key) if key in order else len(order), key)


def _forward_kinds(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """`forward_kind` matches, searched only just before each "(as defined below)": the kind
    names' alternation is slow to try at every word of a long agreement."""
    reach = P.window("forward_kind_reach")
    last = start
    for a in P.regex("forward_kind_anchor").finditer(text, start, end):
        m = P.regex("forward_kind").search(text, max(last, a.start() - reach), a.end())
        if m is not None:
            last = m.end()
            yield m


# "a Series A Common Stock Purchase Warrant (the “Series A Warrant”)": a long name its own
# defined term follows, that term being the kind
_NAMED_BY_TERM = re.compile(r"\s*\(\s*(?:the\s+|a\s+|each\s+a\s+)?[“\"]")


def find_kinds(text: str, start: int, end: int) -> list[Kind]:
    """The kinds of warrant the region sets out, main first; [] for one instrument."""
    defined: dict[str, Kind] = {}
    for m in P.regex("defined_kind").finditer(text, start, end):
        key = _key(m.group("kind"))
        defined.setdefault(key, Kind(m.group("kind"), m.start("kind"), m.end("kind")))
    # "… one-third of one Public Warrant (as defined below)": a kind defined further on, where
    # an opening may be cut before it
    for m in _forward_kinds(text, start, end):
        name = m.group("kind") if m.group("kind").endswith("s") else m.group("kind") + "s"
        defined.setdefault(_key(name), Kind(name, m.start("kind"), m.end("kind")))
    # Kinds of any name ("Contingent Warrants", "UBS Warrants") count only where a grouping
    # defines the Warrants as them: "(the “Contingent Warrants” and together with its Common
    # Warrants, the “Warrants”)".
    open_defined: dict[str, Kind] = {}
    for m in P.regex("open_kind").finditer(text, start, end):
        key = _key(m.group("kind"))
        if key not in defined and key not in P.terms("not_kinds"):
            open_defined.setdefault(key, Kind(m.group("kind"), m.start("kind"), m.end("kind")))
    # "(the “Post-IPO Warrants” and, together with the Public Warrants, the Private Placement
    # Warrants, the Forward Purchase Warrants and the Working Capital Warrants, the “Warrants”)":
    # kinds a grouping names, where an opening has cut off their own definitions
    grouped = list(P.regex("grouped").finditer(text, start, end))
    for m in grouped:
        for mention in KIND_MENTION.finditer(text, m.start(), m.end()):
            name = _DETERMINER.sub("", mention.group())
            key = _key(name)
            if len(name.split()) > 1 and key not in defined and key not in open_defined \
                    and key not in P.terms("not_kinds") and not _NAMED_BY_TERM.match(text, mention.end()):
                defined[key] = Kind(name, mention.end() - len(name), mention.end())
    # "the Company is issuing … Series A Warrants, Series B Warrants and Series C Warrants of the
    # Company (being referred to herein as the “Warrants”)": series listed without quotes in the
    # clause that defines the Warrants are its kinds.
    listed_kinds: dict[str, Kind] = {}
    # (only where a series, class or tranche is named at all: these lists are slow to try at
    # every word of a long agreement)
    series = P.regex("series_word").search(text, start, end) is not None
    for m in P.regex("listed_kinds").finditer(text, start, end) if series else ():
        for hit in P.regex("listed_kind").finditer(m.group("list")):
            at = m.start("list") + hit.start()
            listed_kinds.setdefault(_key(hit.group()), Kind(hit.group(), at, at + len(hit.group())))
    # "… thirty Class A …, thirty Class B … and thirty Class C redeemable common stock purchase
    # warrants (the Class A, Class B and Class C common stock purchase warrants being referred
    # to herein as the "Unit Warrants")": classes listed bare, each a kind; named "Class A Unit
    # Warrants" where the text calls them so.
    # "1,110,000 Series A and 1,110,000 Series B Common Stock Purchase Warrants (the "Warrants")":
    # each class with its own count.
    for m in itertools.chain(P.regex("listed_classes").finditer(text, start, end),
                             P.regex("listed_classes_counted").finditer(text, start, end)) if series else ():
        group = m.group("group").strip()
        qualifier = group.rsplit(None, 1)[0] if len(group.split()) > 1 else ""
        for hit in P.regex("listed_class").finditer(m.group("list")):
            at = m.start("list") + hit.start()
            label = " ".join(hit.group().split())
            full = f"{label} {qualifier} Warrants" if qualifier else f"{label} Warrants"
            if qualifier and not re.compile(kind_pattern(full), re.IGNORECASE).search(text, start, end):
                full = f"{label} Warrants"
            listed_kinds.setdefault(_key(full), Kind(full, at, at + len(hit.group())))
    # "WHEREAS the Sellers propose to create and issue up to 4,763,500 Primary Warrants and 267,500
    # Secondary Warrants": an agreement that issues two kinds, each counted, sets out both
    for m in P.regex("counted_kinds_issued").finditer(text, start, end):
        if P.regex("recital_lead").search(text, max(start, m.start() - P.window("recital_reach")), m.start()):
            for g in ("a", "b"):
                name = " ".join(m.group(g).split())
                if _key(name) not in P.terms("not_kinds"):
                    listed_kinds.setdefault(_key(name), Kind(name, m.start(g), m.end(g)))
    fresh = listed_kinds.keys() - defined.keys()
    listed = set(fresh) if len(fresh) >= 2 else set()
    defined.update((k, listed_kinds[k]) for k in listed)
    # "Series [A] [B] Warrant To Purchase Common Stock": one form for two series, in brackets
    bracketed: set[str] = set()
    for m in P.regex("bracketed_series").finditer(text, start, min(end, start + P.window("title_pair_chars"))):
        for x in ("a", "b"):
            kind = Kind(f"{m.group('word').title()} {m.group(x)} Warrant", m.start(x), m.end(x))
            defined.setdefault(_key(kind.name), kind)
            bracketed.add(_key(kind.name))
    # "WARRANT AGREEMENT relating to the issuance of Series D, E, F, G and H Warrants of …": a
    # title that lists the series by their letters names each as a kind
    for m in P.regex("title_series_letters").finditer(text, start, min(end, start + P.window("title_pair_chars"))):
        if not in_short_paragraphs(text, m.start(), m.end(), P.window("title_paragraph_chars")):
            continue
        word = m.group("word").title()
        for letter in re.finditer(r"(?<![A-Za-z0-9])[A-Z0-9]{1,2}(?![A-Za-z0-9])", m.group("list")):
            at = m.start("list") + letter.start()
            kind = Kind(f"{word} {letter.group()} Warrants", at, at + len(letter.group()))
            defined.setdefault(_key(kind.name), kind)
            bracketed.add(_key(kind.name))
    if len(defined) + len(open_defined) < 2:
        return []
    joined: set[str] = set()
    names = {k: re.compile(kind_pattern(d.name), re.IGNORECASE) for k, d in defined.items()}
    open_names = {k: re.compile(kind_pattern(d.name), re.IGNORECASE) for k, d in open_defined.items()}

    def mentioned(lo: int, hi: int, among: dict[str, re.Pattern[str]] = names) -> set[str]:
        return {k for k, rx in among.items() if rx.search(text, max(start, lo), min(end, hi))}

    agreement = P.regex("warrant_agent_term").search(text, start, end) is not None

    def recital(d: Kind) -> bool:
        """Whether a warrant agreement defines the kind in one of its recitals."""
        return agreement and P.regex("recital_lead").search(
            text, max(start, d.start - P.window("recital_reach")), d.start) is not None

    # "(the “Public Warrants” and, together with the Private Placement Warrants, the
    # “Warrants”)": every kind named in a grouping that defines the Warrants belongs.
    grouped_open: set[str] = set()
    grouped_here: set[str] = set()
    for m in grouped:
        hits = mentioned(m.start() - P.window("group_reach"), m.end())
        lo = m.start() - P.window("open_group_reach")
        hits_open = mentioned(lo, m.end(), open_names)
        # …defined in the grouping itself: "the Redeemable Warrants and the Common Stock
        # Warrants (collectively, the “Warrants”)" merely names warrants defined elsewhere.
        # Quoted there, they are defined terms grouped: "The “Common Stock Representative
        # Warrants” and the “Warrant Representative Warrants” are collectively referred to as …"
        if not any(lo <= open_defined[k].start < m.end()
                   or quoted_kind(open_defined[k].name).search(text, max(start, lo), m.end()) for k in hits_open):
            # …unless a warrant agreement's own recitals define each of them: "WHEREAS, … one
            # redeemable warrant … (“Redeemable Warrants”) … are referred to as the “Common Stock
            # Warrants” …; WHEREAS, … certificates representing the Redeemable Warrants and the
            # Common Stock Warrants (collectively, the “Warrants”)"
            hits_open = hits_open if len(hits_open) >= 2 and all(recital(open_defined[k]) for k in hits_open) else set()
        # "… an aggregate of 1,760,937 warrants (the “Initial Warrants”)" named again in the words
        # that group the Warrants further on: a counted kind of its own
        hits_open |= {k for k in mentioned(m.start(), m.end(), open_names)
                      if P.regex("counted_before_kind").search(
                          text, max(start, open_defined[k].start - P.window("counted_reach")), open_defined[k].start)}
        if len(hits) + len(hits_open) >= 2:
            joined.update(hits)
            grouped_open.update(hits_open)
            # "(the “Private Placement Warrants” and, together with the Founders’ Warrants …, the
            # “Warrants”)": the kind defined in the grouping's own words, however rarely named
            grouped_here.update(k for k in hits if lo <= defined[k].start < m.end())
    for k in grouped_open:
        defined[k] = open_defined[k]
        names[k] = open_names[k]
    joined.update(grouped_open)
    joined.update(listed)
    # "The Private Placement Warrants shall be identical to the Public Warrants": both belong,
    # and the kinds named before "identical to" take their terms from the one named after it.
    like: dict[str, str] = {}
    for m in P.regex("identical").finditer(text, start, end):
        before = mentioned(m.start() - P.window("identical_reach"), m.start())
        after = mentioned(m.end(), m.end() + 60)
        if before and after and len(before | after) >= 2:
            joined.update(before | after)
            target = min(after, key=lambda k: names[k].search(text, m.end()).start())  # type: ignore[union-attr]
            for k in before - {target}:
                like[k] = defined[target].name  # a later, narrower statement wins
    # "(ii) 500,000 Warrants (the “Underwriters’ Warrants”) …, each of such Underwriters’
    # Warrants evidencing the right of the holder thereof to purchase …": a kind given its own
    # right to purchase is an instrument the document sets out (the grouping that says so may
    # lie past the end of an opening).
    lead, verb = P.regex("own_right_lead"), P.regex("own_right_verb")
    own = {k for k, d in defined.items()
           for m in names[k].finditer(text, d.end, min(end, d.end + P.window("own_right_reach")))
           if lead.search(text, max(start, m.start() - 20), m.start()) and verb.match(text, m.end())}
    if len(own) >= 2:
        joined.update(own)
    # A warrant agreement (with its warrant agent) that defines each kind in its own recital
    # ("WHEREAS, … up to 8,333,333 warrants … (the “Public Warrants”)"; "WHEREAS, … the Sponsor
    # will purchase 5,000,000 private placement warrants … (the “Private Placement Warrants”)").
    recited: set[str] = set()
    if len(joined) < 2 and agreement:
        recited = {k for k, d in defined.items() if recital(d)}
        if len(recited) >= 2:
            joined.update(recited)
    # "THIS SERIES A COMMON STOCK PURCHASE WARRANT (the “Series A Warrant”) CERTIFIES …" and,
    # in a later part of the exhibit, "THIS SERIES B … WARRANT (the “Series B Warrant”)": each
    # form names itself, so the exhibit sets out both.
    self_lead = P.regex("self_named_lead")
    named = {k for k, d in defined.items()
             if self_lead.search(text, max(start, d.start - P.window("self_named_reach")), d.start)}
    if len(named) >= 2:
        joined.update(named)
    else:
        named = set()
    # "SERIES A AND SERIES B COMMON STOCK PURCHASE WARRANT": one certificate for two series,
    # each defined as a kind of its own.
    paired: set[str] = set()
    for m in P.regex("title_series_pair").finditer(text, start, min(end, start + P.window("title_pair_chars"))):
        pair = {f"{m.group('word').lower()} {m.group(x).lower()}" for x in ("a", "b")}
        if pair <= set(defined):
            paired |= pair
    joined.update(paired)
    joined.update(bracketed)
    counts = {k: len(names[k].findall(text, start, end)) for k in joined}
    # A kind merely mentioned is named once; one an agreement's recital issues may be too.
    kinds = [Kind(d.name, d.start, d.end, like.get(k)) for k in joined
             if counts[k] >= P.window("min_mentions") or k in recited or k in grouped_open or k in grouped_here
             or k in listed
             or k in paired or k in bracketed
             for d in [defined[k]]]
    # "(the “Class B Public Warrants” and together with the Class A Public Warrants, the
    # “Public Warrants”)": a kind whose name ends two others' is their collective name.
    kinds = [k for k in kinds
             if sum(_key(o.name).endswith(" " + _key(k.name)) for o in kinds) < 2]
    if len(kinds) < 2:
        return []
    starts = sorted(k.start for k in kinds if _key(k.name) in named)
    forms = {s: (s, next((t for t in starts if t > s), end)) for s in starts}
    return [Kind(k.name, k.start, k.end, k.like, _block(text, start, end, k, kinds),
                 forms.get(k.start) if _key(k.name) in named else None)
            for k in sorted(kinds, key=lambda k: (kind_rank(k.name)[0], k.start))]


def _block(text: str, start: int, end: int, kind: Kind, kinds: list[Kind]) -> tuple[int, int] | None:
    """The terms a document sets out for one kind under a line that names it ("(b) Series B
    Warrant", then "Exercise Price: $1.18 per share" …), up to the next kind's line."""
    own = _key(kind.name)
    heads: list[tuple[int, int, str]] = []
    keys = {_key(k.name) for k in kinds}
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        line = text[pos:stop]
        lead = len(line) - len(line.lstrip())
        m = P.regex("kind_heading").fullmatch(line.strip()) if len(line.strip()) <= 64 else None
        if m is not None and _key(m.group("name").strip(" :.*|")) in keys:
            s = pos + lead + m.start("name")
            heads.append((s, pos + lead + m.end("name"), _key(m.group("name").strip(" :.*|"))))
        pos = stop + 1
    for i, (hs, he, key) in enumerate(heads):
        if key == own:
            stop = heads[i + 1][0] if i + 1 < len(heads) else min(end, he + P.window("block_chars"))
            return (he, min(stop, he + P.window("block_chars")))
    return None
