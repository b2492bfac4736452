"""Relative dates: "five (5) years after the date on which the Company completes its initial
Business Combination", "the later of (i) thirty (30) days after the completion of a Business
Combination and (ii) twelve (12) months from the closing of the Offering".

A clause is read into a `RelativeDate` (amount, unit, the class of event it is counted from,
and the document's words for that event), or an earlier-of / later-of of several, each item a
period after an event, a calendar date, or an event itself (a period of zero days). The
events' classes come from `patterns/relative.json`; a defined event ("the Initial Exercise
Date") is classed by its definition.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from warrant_terms.extract.blanks import is_blank
from warrant_terms.extract.dates import find_anniversary_phrases, find_dates
from warrant_terms.extract.defined_terms import Definition, normalize_term
from warrant_terms.extract.numbers import words_to_int
from warrant_terms.extract.rulebook import patterns
from warrant_terms.schema import EarlierOf, LaterOf, RelativeDate

P = patterns("relative")
ANCHOR_ORDER = (
    "initial_exercise_date",
    "business_combination",
    "ipo_closing",
    "registration_effective",
    "stockholder_approval",
    "issue_date",
)
Value = RelativeDate | EarlierOf | LaterOf


@dataclass(frozen=True)
class Relative:
    """A relative date read from a clause (an item of one may be a calendar date)."""

    value: Value | date
    spans: list[tuple[int, int]]


def _fold(text: str) -> str:
    return " " + re.sub(r"[^a-z0-9]+", " ", text.lower()).strip() + " "


# The clause an anchor runs into ends at a sentence's end or at the next item ("(b) the …").
_REACH_END = re.compile(r";|\.\s|,?\s+(?:or\s+|and\s+)?\((?:[a-h]|[ivx]{1,4}|\d)\)\s")


def anchor_class(
    text: str, anchor_start: int, anchor: str, terms: dict[str, list[Definition]] | None = None
) -> str:
    """The class of event an anchor names, reading the anchor and the clause it runs into
    ("the first date on which the Company completes a merger … (a “Business Combination”)").

    >>> anchor_class("", 0, "date on which the Company completes its initial Business Combination")
    'business_combination'
    >>> anchor_class("", 0, "closing of the Offering"), anchor_class("", 0, "date hereof")
    ('ipo_closing', 'issue_date')
    """
    if text and P.regex("such_date").fullmatch(anchor.strip()):
        # "from and after the Issue Date … through three (3) years after such date": the date
        # named last before it
        back = _fold(text[max(0, anchor_start - P.window("such_date_back")) : anchor_start])
        named = [(back.rfind(_fold(w)), cls) for cls in ANCHOR_ORDER for w in P.terms(cls)]
        at, cls = max(named, default=(-1, "other"))
        return cls if at >= 0 else "other"
    reach = text[anchor_start : anchor_start + P.window("anchor_reach")] if text else ""
    reach = _REACH_END.split(reach, maxsplit=1)[0]
    folded = _fold(anchor + " " + reach) if reach else _fold(anchor)
    own = _fold(anchor)
    if terms is not None:
        key = normalize_term(anchor.replace("the ", "", 1) if anchor.lower().startswith("the ") else anchor)
        for d in terms.get(key, [])[:1]:
            # "the Initial Exercise Date" defined by stockholder approval is that approval; "On
            # September 25, 2020 (the “Closing Date”), the Company consummated its initial public
            # offering … pursuant to a registration statement …": the event named nearest the term
            sentence = text[d.sentence_start : d.sentence_end].lower()
            at = d.start - d.sentence_start
            nearest: tuple[int, str] | None = None
            for cls in ("stockholder_approval", "registration_effective", "business_combination", "ipo_closing"):
                for w in P.terms(cls):
                    for m in re.finditer(r"\b" + re.escape(w.lower()) + r"\b", sentence):
                        gap = abs(m.start() - at)
                        if nearest is None or gap < nearest[0]:
                            nearest = (gap, cls)
            if nearest is not None and (nearest[1] != "ipo_closing" or key.endswith("closing date")):
                return nearest[1]
            defined = _fold(sentence)
            for cls in ("stockholder_approval", "registration_effective", "business_combination"):
                if any(_fold(w) in defined for w in P.terms(cls)):
                    return cls
    if P.regex("stated_date_anchor").fullmatch(anchor.strip()) and reach.startswith(anchor) and P.regex(
            "on_the_cover").match(reach, len(anchor)):
        return "issue_date"  # "the second (2nd) anniversary of the date set forth on the cover page of this Warrant"
    effective = P.regex("effective_date_anchor").fullmatch(anchor.strip())
    if effective is not None:
        # "5 years from the Effective Date of the registration statement", "… from the effective
        # date of this offering"; an undefined "Effective Date" under FINRA Rule 5110
        after = _fold(reach[len(anchor):]) if reach.startswith(anchor) else _fold(reach)
        undefined = terms is None or not terms.get("effective date")
        if effective.group("event") or any(_fold(w) in after for w in P.terms("registration_effective")) or (
                undefined and P.regex("underwriter_compensation_rule").search(text)):
            return "registration_effective"
    if P.regex("sales_commencement").search(anchor):
        return "other"  # "the commencement of sales in the Offering" (FINRA Rule 5110): no listed event
    for cls in ANCHOR_ORDER:
        if cls == "issue_date" and P.regex("date_of_an_event").search(anchor):
            continue  # "the closing date of an Acquisition": the date of some event, not this warrant's issue
        words = P.terms(cls)
        if any(_fold(w) in own for w in words):
            return cls
    for cls in ANCHOR_ORDER:
        if cls != "issue_date" and any(_fold(w) in folded for w in P.terms(cls)):
            return cls
    return "other"


def _early_end(anchor: str, key: str = "early_end") -> bool:
    folded = _fold(anchor)
    return any(_fold(w) in folded for w in P.terms(key))


def _counts_a_number(text: str, pos: int) -> bool:
    """"five (5) years": digits in brackets after a number word repeat it; not an item mark."""
    before = re.search(r"([A-Za-z\-]+)\s*$", text[max(0, pos - 30) : pos])
    return before is not None and words_to_int(before.group(1)) is not None


def _clause_end(text: str, start: int, end: int) -> int:
    m = P.regex("clause_end").search(text, start, min(end, start + P.window("clause_max")))
    return m.start() if m else min(end, start + P.window("clause_max"))


_NEXT_ITEM = re.compile(r"\(\s*(?:the\s+)?[“\"][^”\"]{1,40}[”\"]\s*\)\s*,?\s*(?:or|and)\s+\(\s*(?:ii|iii|iv|b|c|d|y|z|2|3|4)\s*\)")
# An item's mark in a list of events or terms: "(i)", "(b)", "(y)", "(2)".
ITEM_MARK = re.compile(r"\(\s*(?:[ivx]{1,4}|[a-hxyz]|\d)\s*\)")
_FOLLOWING = re.compile(r"\s+the\s+following\b[^:;.]{0,120}:")
_EITHER = re.compile(r"^either\s+", re.IGNORECASE)  # "… anniversary of either the Date of Issuance or …"
_EVENT_END = re.compile(r"\s*\(|\.(?:\s|$)")
_ITEM_TAIL = re.compile(r"(?:[\s,;]+(?:and|or)\b)?[\s,;]*$")


def _or_if_later(text: str, item: Relative, stop: int, terms: dict[str, list[Definition]] | None) -> Relative:
    """"the sixth anniversary of either the Date of Issuance or, if subsequent to the Date of
    Issuance, the date of the final closing of the Private Placement": the same period after
    whichever event comes later."""
    first = item.value
    m = P.regex("or_if_later").match(text, item.spans[-1][1], stop)
    if not isinstance(first, RelativeDate) or m is None:
        return item
    ev_s = m.end()
    words = _ITEM_TAIL.sub("", _EVENT_END.split(text[ev_s:stop], maxsplit=1)[0].split(",", 1)[0])
    if not words.strip():
        return item
    second = RelativeDate(amount=first.amount, unit=first.unit,
                          anchor=anchor_class(text, ev_s, words, terms), anchor_text=words.strip())
    return Relative(LaterOf(later_of=[first, second]), [*item.spans, (ev_s, ev_s + len(words))])


def _item(text: str, s: int, e: int, terms: dict[str, list[Definition]] | None) -> Relative | None:
    """One item: a period after an event, a calendar date, or an event."""
    condition = P.regex("item_condition").match(text, s, e)
    if condition is not None:
        # "(b) if the IPO occurs on or before the tenth (10th) anniversary of the Issue Date, the
        # fifth (5th) anniversary of the closing of the IPO": the item follows its condition
        s = condition.end()
    periods = find_anniversary_phrases(text[s:e])
    # "(y) the liquidation of the Company … if it fails to complete a Business Combination within
    # eighteen (18) months from the closing of the IPO": a period deep in the item is its
    # condition; the item is the event it opens with.
    periods = [p for p in periods if p.start <= P.window("item_period_lead")]
    if periods:
        p = periods[0]
        a0 = s + p.anchor_start
        cls = anchor_class(text, a0, p.anchor, terms)
        value = RelativeDate(amount=p.amount, unit=p.unit, anchor=cls, anchor_text=_EITHER.sub("", p.anchor))
        return Relative(value, [(s + p.start, s + p.end)])
    for d in find_dates(text[s:e]):
        if d.value is not None:
            return Relative(d.value, [(s + d.start, s + d.end)])
    m = P.regex("event_item").match(text, s, e)
    if m:
        ev_s = m.start("event")
        # "… or other similar business combination and (ii) June 19, 2008": the item's own words
        # "… of a Change of Control (as defined in Section 1.5).": the event, not its cross-reference
        event = _ITEM_TAIL.sub("", _EVENT_END.split(m.group("event"), maxsplit=1)[0])
        ev_e = min(e, ev_s + len(event))
        words = text[ev_s:ev_e]
        cls = anchor_class(text, ev_s, words, terms)
        # "the earlier of (x) the closing date of the Next Round Financing or (y) September 30,
        # 2001": an event the document names by its own defined term is an item too
        if cls != "other" or _early_end(words) or P.regex("named_event").fullmatch(words.strip()):
            value = RelativeDate(amount=0, unit="days", anchor=cls, anchor_text=words.strip())
            return Relative(value, [(ev_s, ev_e)])
    return None


def relative_in(
    text: str, start: int, end: int, terms: dict[str, list[Definition]] | None = None,
    drop_early_end: bool = False,
) -> Relative | None:
    """The relative date of the clause starting at `start`: an earlier-of / later-of where the
    clause says so, else its period; either must begin within `windows.lead` characters
    ("terminating at 5:00 p.m., New York City time, on the date that is …"). With `drop_early_end` (for an expiry term), items
    that end the warrant early (liquidation, redemption) are not part of the term."""
    stop = _clause_end(text, start, end)
    lead = P.window("lead")
    either = P.regex("either_of").search(text, start, min(stop, start + lead))
    if either is None:
        periods = find_anniversary_phrases(text[start:stop])
        if not periods or periods[0].start > lead:
            return None
        item = _item(text, start + periods[0].start, stop, terms)
        return _or_if_later(text, item, stop, terms) if item is not None else None
    # The items run from the construction to the end of the clause (its defined term), past a
    # term an item defines: "(i) the closing of the initial public offering … (the “Initial
    # Public Offering”) or (ii) March 18, 2008".
    # "the earliest to occur of the following (the “Expiration Date”), and shall be void
    # thereafter: (i) …; and (ii) …": the items follow the colon, past the term it defines
    following = _FOLLOWING.match(text, either.end(), end)
    first = following.end() if following is not None else either.end()
    stop = _clause_end(text, first, end)
    while (more := _NEXT_ITEM.match(text, stop, end)) is not None and more.end() < end:
        stop = _clause_end(text, more.end(), end)
    if following is not None:
        stop = end
    cuts = [m for m in P.regex("item_split").finditer(text, first, stop)
            if not _counts_a_number(text, m.start())]
    starts = [m.end() for m in cuts]
    ends = [m.start() for m in cuts[1:]] + [stop] if cuts else []
    if not cuts or text[first : cuts[0].start()].strip(" :,\n\t"):
        # "the earlier of the fifth anniversary of the Issue Date and the date of a Change of
        # Control": the first item stands before the first separator, with no mark of its own
        starts.insert(0, first)
        ends.insert(0, cuts[0].start() if cuts else stop)
    if any(is_blank(_ITEM_TAIL.sub("", text[b:e]).strip(" ,;:\n\t") or "x") for b, e in zip(starts, ends, strict=True)):
        return None  # "the earliest to occur of … (a) [ ] or (b) a Sale of the Company": a term left blank
    items: list[Relative] = []
    for b, e in zip(starts, ends, strict=True):
        item = _item(text, b, min(e, b + P.window("item_max")), terms)
        if item is None:
            continue
        if drop_early_end and (isinstance(item.value, RelativeDate) and (
            # a redemption or liquidation ends the warrant early but is no item of its term
            # (LABELLING); a change of control or an acquisition is
            item.value.anchor == "other" and _early_end(item.value.anchor_text, "dropped_early_end")
        ) or P.regex("early_end_item").match(text, b, e) is not None):
            continue  # "(y) the liquidation of the Company … if no Business Combination is completed by September 25, 2022"
        items.append(item)
    if not items:
        return None
    if len(items) == 1:
        return items[0]
    spans = [sp for it in items for sp in it.spans]
    values = [it.value for it in items if not isinstance(it.value, (EarlierOf, LaterOf))]
    if either.group("kind").lower() in ("earlier", "earliest", "sooner", "soonest"):
        return Relative(EarlierOf(earlier_of=values), spans)
    return Relative(LaterOf(later_of=values), spans)
