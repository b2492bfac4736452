"""The class of security the warrant is exercisable for, and how many shares."""

from __future__ import annotations

import re

from warrant_terms.extract.candidate import Candidate
from warrant_terms.extract.context import Context
from warrant_terms.extract.numbers import find_number_phrases

CLASS_PATTERN = re.compile(
    r"(?<![A-Za-z])(?:(?:Series|Class)\s+[A-Z0-9][A-Za-z0-9\-]{0,3}(?:\s+(?:Convertible|Redeemable|"
    r"Participating|Non-?Voting|Voting|Senior|Junior|Exchangeable))*\s+)?"
    r"(?:(?:Convertible|Redeemable|Participating|Non-?Voting|Voting|Restricted|Subordinate|"
    r"Multiple)\s+)*"
    r"(?:Common|Preferred|Ordinary|Capital|Preference)\s+(?:Stock|Shares?|Units?)\b",
    re.IGNORECASE,
)
_SMALL_WORDS = {"of", "and", "the"}
_BLANK = re.compile(r"^\s*(?:\[\s*[_•●·.\s]*\]|_{2,}|\[\s*\])")
_NOT_SHARES_AFTER = re.compile(r"^\s*(?:%|percent|warrants?\b|units?\b|days?\b|years?\b|months?\b|"
                               r"business|trading|\)?\s*(?:days|years))", re.IGNORECASE)
_SHARES_AFTER = re.compile(
    r"^(?:\s*\([\d,]+\))?\s*(?:validly\s+issued,?\s+|duly\s+authorized,?\s+|fully\s+paid\s+|and\s+|"
    r"non-?assessable\s+|nonassessable\s+|fully-paid\s+|\(subject\s+to\s+adjustment[^)]*\)\s+|"
    r"of\s+the\s+Company[’']s\s+|of\s+the\s+)*"
    r"(?:shares?\b|(?:Series|Class)\b|(?:Common|Preferred|Ordinary|Warrant)\s+(?:Stock|Shares?)\b)",
    re.IGNORECASE,
)
_LABELLED_COUNT = re.compile(
    r"(?:Number\s+of\s+(?:Warrant\s+)?Shares|Warrant\s+Shares(?:\s+Issuable)?|Shares\s+Issuable|"
    r"No\.\s+of\s+Shares|Number\s+of\s+Shares\s+of\s+Common\s+Stock)\s*:\s*(?:Up\s+to\s+)?",
    re.IGNORECASE,
)
_TITLE_COUNT = re.compile(r"(?:TO\s+PURCHASE|FOR\s+THE\s+PURCHASE\s+OF)\s+(?:A\s+MAXIMUM\s+OF\s+|UP\s+TO\s+)?")
_PER_WARRANT = re.compile(
    r"\b(?:(?:for|per)\s+(?:each|every|one)|per)\s+(?:whole\s+)?(?:[A-Z][\w\-]*\s+)?warrants?\b"
    r"(?!\s+(?:units?|shares?|stock))",
    re.IGNORECASE)
_EACH_WARRANT = re.compile(
    r"\beach\s+(?:whole\s+)?(?:[A-Z][\w\-]*\s+)?warrant\b(?!\s+(?:shares?|stock))", re.IGNORECASE)
_PERCENT_OF = re.compile(r"\d+(?:\.\d+)?\s*%|percent(?:age)?\s+of\s+the", re.IGNORECASE)
SHARES_GRANT_SCORE = 0.9
SHARES_LABEL_SCORE = 0.85
SHARES_TITLE_SCORE = 0.75


_CLASS_LABEL = re.compile(
    r"(?:Class\s+of\s+(?:Stock|Shares|Securities|Security)|Type\s+of\s+(?:Stock|Shares|Security)|"
    r"Securities|Security|Warrant\s+Stock)\s*:\s*", re.IGNORECASE)
_WARRANT_TITLE_AFTER = re.compile(r"\s+(?:purchase\s+)?warrants?\b", re.IGNORECASE)


def _classes(ctx: Context, start: int, end: int) -> list[re.Match[str]]:
    """Class names in a stretch, leaving out a warrant's own title ("Series A Common Stock
    Purchase Warrant" names the warrant, not the class)."""
    return [m for m in CLASS_PATTERN.finditer(ctx.text, start, end)
            if not _WARRANT_TITLE_AFTER.match(ctx.text, m.end())]


def title_case(name: str) -> str:
    """Title Case, with a class of shares named in the plural ("Common Share" → "Common Shares").

    >>> title_case("COMMON SHARE")
    'Common Shares'
    >>> title_case("series B preferred stock")
    'Series B Preferred Stock'
    """
    name = re.sub(r"\b(Shares?|Units?)$", lambda m: m.group(1).rstrip("sS") + "s", name.strip(), flags=re.IGNORECASE)
    words = re.sub(r"\s+", " ", name.strip()).split(" ")
    out = []
    for i, w in enumerate(words):
        if len(w) <= 3 and any(c.isdigit() for c in w) or (len(w) == 1 and w.isalpha()):
            out.append(w.upper())
        elif i and w.lower() in _SMALL_WORDS:
            out.append(w.lower())
        else:
            out.append(w[:1].upper() + w[1:].lower())
    return " ".join(out)


def _class_from_definition(ctx: Context, m: re.Match[str]) -> tuple[str, int, int]:
    """`Common Stock` defined as "Class A common stock … (“Common Stock”)" reads as the class."""
    value = title_case(m.group())
    d = ctx.definition(m.group())
    if d is not None and d.start > m.start() - 5 and d.start <= m.end() + 5:
        pass
    elif d is not None:
        window_start = max(d.sentence_start, d.start - 250)
        inner = [x for x in CLASS_PATTERN.finditer(ctx.text, window_start, d.start) if x.end() <= d.start]
        if inner:
            richer = inner[-1]
            if len(richer.group()) > len(m.group()) and m.group().lower() in richer.group().lower():
                return title_case(richer.group()), richer.start(), richer.end()
    return value, m.start(), m.end()


def find_security(ctx: Context) -> list[Candidate]:
    cands: list[Candidate] = []
    if ctx.grant:
        found = _classes(ctx, *ctx.grant)
        m = found[0] if found else None
        if m:
            value, s, e = _class_from_definition(ctx, m)
            cands.append(ctx.candidate("security", value, [(s, e)], 0.9, "security.grant",
                                       "class named in the grant"))
    head_end = ctx.grant[0] if ctx.grant else min(ctx.end, ctx.start + 3000)
    label = _CLASS_LABEL.search(ctx.text, ctx.start, head_end)
    if label:
        m = CLASS_PATTERN.match(ctx.text, label.end())
        if m:
            value, s, e = _class_from_definition(ctx, m)
            cands.append(ctx.candidate("security", value, [(s, e)], 0.88, "security.label",
                                       "class named in the title block's label"))
    found = _classes(ctx, ctx.start, head_end)
    m = found[0] if found else None
    if m:
        value, s, e = _class_from_definition(ctx, m)
        cands.append(ctx.candidate("security", value, [(s, e)], 0.7, "security.title",
                                   "class named in the title block"))
    counts: dict[str, list[re.Match[str]]] = {}
    for m in _classes(ctx, ctx.start, ctx.body_end):
        counts.setdefault(title_case(m.group()), []).append(m)
    if counts:
        value, ms = max(counts.items(), key=lambda kv: len(kv[1]))
        v, s, e = _class_from_definition(ctx, ms[0])
        cands.append(ctx.candidate("security", v, [(s, e)], 0.5, "security.most_frequent",
                                   f"most frequent class ({len(ms)} mentions)"))
    return cands


def _count_at(ctx: Context, pos: int, limit: int, rule: str, score: float, why: str) -> Candidate | None:
    """A share count starting at `pos` (words and/or digits), or a blank there."""
    window = ctx.text[pos:limit]
    blank = _BLANK.match(window)
    if blank:
        return ctx.candidate("shares", None, [(pos, pos + len(blank.group()))],
                             score, rule + ".blank", "share count left blank")
    phrases = [p for p in find_number_phrases(window) if p.start < 3]
    if not phrases:
        return None
    first = phrases[0]
    spans = [(pos + first.start, pos + first.end)]
    value = first.value
    follow = window[first.end :]
    digits = re.match(r"\s*\((\s*[\d,]+\s*)\)", follow)
    explanation = why
    if first.kind == "words" and digits:
        in_digits = int(digits.group(1).replace(",", "").strip())
        ds = pos + first.end + digits.start(1)
        spans.append((ds, ds + len(digits.group(1))))
        if in_digits != value:
            explanation += f"; words say {value}, digits say {in_digits}"
            score -= 0.3
            value = in_digits
        else:
            score += 0.05
        follow = follow[digits.end() :]
    if _NOT_SHARES_AFTER.match(follow) or value <= 0:
        return None
    clause = re.split(r"[;:]|\.\s", follow[:260], maxsplit=1)[0]
    if _PER_WARRANT.search(clause) or (rule == "shares.grant" and _EACH_WARRANT.search(ctx.text, max(ctx.start, pos - 300), pos)):
        return None  # "one share … for each Warrant" is a ratio, not the warrant's share count
    if not _SHARES_AFTER.match(follow) and rule != "shares.label":
        return None
    return ctx.candidate("shares", value, spans, score, rule, explanation)


def find_shares(ctx: Context) -> list[Candidate]:
    cands: list[Candidate] = []
    if ctx.grant:
        gs, ge = ctx.grant
        sentence = ctx.text[gs:ge]
        for m in re.finditer(r"(?:purchase|subscribe\s+for|receive|acquire)\b", sentence, re.IGNORECASE):
            after = gs + m.end()
            for n in find_number_phrases(ctx.text[after : min(ge, after + 400)]):
                c = _count_at(ctx, after + n.start, min(ge, after + n.start + 300),
                              "shares.grant", SHARES_GRANT_SCORE, "count in the grant")
                if c is not None:
                    cands.append(c)
                    break
            if cands:
                break
        if not cands:
            for b in re.finditer(r"up\s+to\s+(?=\[|_)|purchase\s+(?=\[|_)", sentence, re.IGNORECASE):
                c = _count_at(ctx, gs + b.end(), ge, "shares.grant", SHARES_GRANT_SCORE, "")
                if c is not None:
                    cands.append(c)
                    break
        percent = _PERCENT_OF.search(sentence)
        if percent and not any(c.value for c in cands):
            cands.append(ctx.candidate("shares", None, [(gs + percent.start(), gs + percent.end())],
                                       0.9, "shares.percentage", "a percentage, not a count"))
    head_end = ctx.grant[1] if ctx.grant else min(ctx.end, ctx.start + 4000)
    for pattern, rule, score in ((_LABELLED_COUNT, "shares.label", SHARES_LABEL_SCORE),
                                 (_TITLE_COUNT, "shares.title", SHARES_TITLE_SCORE)):
        for m in pattern.finditer(ctx.text, ctx.start, head_end):
            c = _count_at(ctx, m.end(), min(ctx.end, m.end() + 300), rule, score, rule.split(".")[1])
            if c is not None:
                cands.append(c)
                break
    return cands
