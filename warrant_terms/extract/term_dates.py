"""Issue date and expiration date.

Only a full calendar date counts: "this 16 day of December" (no year) and "January [__],
2023" are read but give null. "The fifth anniversary of the Issue Date" is computed only
where the issue date itself is stated.
"""

from __future__ import annotations

import re

from warrant_terms.extract.candidate import Candidate
from warrant_terms.extract.context import Context
from warrant_terms.extract.dates import DateMatch, add_years, find_anniversary_phrases, find_dates

ISSUE_TERMS = ("Issue Date", "Original Issue Date", "Issuance Date", "Date of Issuance",
               "Date of Issue", "Grant Date", "Effective Date", "Warrant Issue Date")
EXPIRY_TERMS = ("Expiration Date", "Termination Date", "Expiry Date", "Expiration Time",
                "Expiry Time", "Exercise Period", "Warrant Expiration Date", "Final Exercise Date")
_ISSUE_LABEL = re.compile(
    r"(?:(?:Original\s+)?Issue\s+Date|Issuance\s+Date|Date\s+of\s+(?:Issuance|Issue|Grant)|"
    r"Warrant\s+Issue\s+Date|Dated|DATED|Date)\s*:\s*", re.IGNORECASE)
_ISSUE_LABEL_BARE = re.compile(
    r"(?:(?:Original\s+)?Issue\s+Date|Issuance\s+Date|Date\s+of\s+(?:Issuance|Issue|Grant)|Effective\s+Date)"
    r"\s+(?=[A-Z][a-z]+\s+\d)")
_DATED_AS_OF = re.compile(r"\b(?:dated|made|entered\s+into)(?:\s+and\s+effective)?\s+as\s+of\s+|\bis\s+issued\s+(?:on|as\s+of)\s+", re.IGNORECASE)
# "that certain Securities Purchase Agreement, dated as of …" dates another agreement.
_OTHER_AGREEMENT = re.compile(r"\bcertain\b|\b(?:Purchase|Loan|Credit|Subscription|Exchange|Merger)\s+Agreement\W*$", re.IGNORECASE)
_VOID_AFTER = re.compile(r"(?:VOID|Void|void)\s+(?:AFTER|after|AT|at)\s+", re.IGNORECASE)
_EXPIRE_WORDS = re.compile(
    r"\bexpir(?:e|es|ation|y)\b|\bterminat(?:e|es|ion)\b|\bvoid\b|\bup\s+to\s+and\s+including\b|"
    r"\bon\s+or\s+(?:before|prior\s+to)\b|\bprior\s+to\b|\buntil\b", re.IGNORECASE)
_WITNESS = re.compile(r"IN\s+WITNESS\s+WHEREOF", re.IGNORECASE)


def _dates_in(ctx: Context, start: int, end: int) -> list[DateMatch]:
    return [DateMatch(d.start + start, d.end + start, d.value, d.raw, d.complete)
            for d in find_dates(ctx.text[start:end])]


def _first_date(ctx: Context, start: int, end: int, rule: str, score: float, field: str,
                why: str) -> Candidate | None:
    for d in _dates_in(ctx, start, end)[:1]:
        if d.start - start > 120:
            return None
        if not d.complete:
            return ctx.candidate(field, None, [(d.start, d.end)], score, rule + ".incomplete",
                                 f"{why}, but the date is incomplete: {d.raw!r}")
        return ctx.candidate(field, d.value, [(d.start, d.end)], score, rule, why)
    return None


def find_issue_date(ctx: Context) -> list[Candidate]:
    cands: list[Candidate] = []
    head_end = ctx.grant[1] if ctx.grant else min(ctx.end, ctx.start + 4000)
    for m in _ISSUE_LABEL.finditer(ctx.text, ctx.start, head_end):
        c = _first_date(ctx, m.end(), min(ctx.end, m.end() + 80), "issue_date.label", 0.9,
                        "issue_date", "labelled as the date of issue")
        if c:
            cands.append(c)
            break
    for m in _ISSUE_LABEL_BARE.finditer(ctx.text, ctx.start, head_end):
        c = _first_date(ctx, m.end(), min(ctx.end, m.end() + 40), "issue_date.label", 0.85,
                        "issue_date", "labelled as the date of issue")
        if c and c.spans[0].start - m.end() <= 2:
            cands.append(c)
            break
    for rank, term in enumerate(ISSUE_TERMS[:5]):
        for d in ctx.terms.get(term.lower(), [])[:1]:
            if ctx.in_form(d.start):
                continue
            window_start = max(d.sentence_start, d.start - 200)
            dates = [x for x in _dates_in(ctx, window_start, min(d.sentence_end, d.end + 200))]
            if dates:
                x = min(dates, key=lambda x: abs(x.start - d.start))
                if x.complete:
                    cands.append(ctx.candidate("issue_date", x.value, [(x.start, x.end)], 0.85 - 0.05 * rank,
                                               "issue_date.defined_term", f"defines the {term}"))
    head = min(ctx.end, ctx.start + 3000 if not ctx.grant else ctx.grant[1])
    dated = _DATED_AS_OF.search(ctx.text, ctx.start, head)
    if dated and not _OTHER_AGREEMENT.search(ctx.text, max(ctx.start, dated.start() - 150), dated.start()):
        c = _first_date(ctx, dated.end(), min(ctx.end, dated.end() + 60), "issue_date.dated_as_of", 0.75,
                        "issue_date", "the instrument is dated as of")
        if c:
            cands.append(c)
    w = _WITNESS.search(ctx.text, ctx.start, ctx.body_end)
    if w:
        c = _first_date(ctx, w.end(), min(ctx.body_end, w.end() + 400), "issue_date.witness", 0.55,
                        "issue_date", "executed on")
        if c:
            cands.append(c)
    return cands


def find_expiration_date(ctx: Context, issue: Candidate | None) -> list[Candidate]:
    cands: list[Candidate] = []
    for m in _VOID_AFTER.finditer(ctx.text, ctx.start, ctx.body_end):
        c = _first_date(ctx, m.end(), min(ctx.end, m.end() + 80), "expiration.void_after", 0.95,
                        "expiration_date", "void after")
        if c:
            cands.append(c)
            break
    named = [t for t in ctx.terms if re.search(r"expir|terminat", t) and t not in
             [x.lower() for x in EXPIRY_TERMS] and len(t.split()) <= 4]
    for rank, term in enumerate(list(EXPIRY_TERMS) + named):
        for d in ctx.terms.get(term.lower(), [])[:2]:
            if ctx.in_form(d.start):
                continue
            window_start = max(d.sentence_start, d.start - 300)
            before = [x for x in _dates_in(ctx, window_start, d.start)]
            after = [x for x in _dates_in(ctx, d.end, min(d.sentence_end, d.end + 200))]
            pick = before[-1] if before else (after[0] if after and d.kind == "means" else None)
            if pick is None:
                continue
            if pick.complete:
                cands.append(ctx.candidate("expiration_date", pick.value, [(pick.start, pick.end)],
                                           0.92 - 0.03 * rank, "expiration.defined_term", f"defines the {term}"))
            else:
                cands.append(ctx.candidate("expiration_date", None, [(pick.start, pick.end)],
                                           0.9 - 0.03 * rank, "expiration.defined_term.incomplete",
                                           f"the {term} is incomplete: {pick.raw!r}"))
    for s, e in ctx.sentences:
        if e - s > 3000 or s >= ctx.body_end:
            continue
        sentence = ctx.text[s:e]
        if not re.search(r"\bexercis|\bexpir|\bvoid\b", sentence, re.IGNORECASE):
            continue
        for x in _dates_in(ctx, s, e):
            lead = ctx.text[max(s, x.start - 140) : x.start]
            if not _EXPIRE_WORDS.search(lead) or re.search(r"dated|as\s+of\s*$", lead[-20:], re.IGNORECASE):
                continue
            if x.complete:
                cands.append(ctx.candidate("expiration_date", x.value, [(x.start, x.end)], 0.7,
                                           "expiration.expire_words", "exercisable until / expires on"))
            break
        if len(cands) > 6:
            break
    if issue is not None and issue.value is not None:
        for s, e in ctx.sentences:
            if s >= ctx.body_end or not re.search(r"anniversary|years?\s+(?:after|from|following)", ctx.text[s:e], re.IGNORECASE):
                continue
            if not _EXPIRE_WORDS.search(ctx.text[s:e]):
                continue
            for a in find_anniversary_phrases(ctx.text[s:e]):
                anchor = a.anchor.lower()
                if any(k in anchor for k in ("issue", "issuance", "date hereof", "original issue", "grant",
                                             "effective date", "date of this warrant")):
                    value = add_years(issue.value, a.years)
                    cands.append(ctx.candidate("expiration_date", value, [(s + a.start, s + a.end)] +
                                               [(sp.start, sp.end) for sp in issue.spans], 0.8,
                                               "expiration.anniversary_of_issue",
                                               f"{a.years} years after the issue date"))
                    break
    return cands
