"""Relative dates made calendar dates: "five years after the Business Combination" + the day it
closed = the expiry.

A `RelativeDate` is resolved from the date of its anchor event (given by the user with
``--event business_combination=2020-10-15``, or the warrant's own stated issue date):

- ``days``: calendar days after the anchor;
- ``months`` / ``years``: the same day of the month that many months later, or the month's
  last day where it is shorter (31 January + 1 month = 28 or 29 February);
- ``business_days`` / ``trading_days``: counted forward over weekdays, skipping the
  holidays given (``--holidays FILE``). Without a holiday list this is an approximation:
  exchange and bank holidays are not known, and the result says so.

`earlier_of` / `later_of` resolve each item; where some anchor is unknown the result can
still be bounded (the earlier of an unknown date and 2025-06-08 is no later than
2025-06-08), and that bound is often enough to say a warrant has expired or is not yet
exercisable.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from warrant_terms.calc.errors import CalcError
from warrant_terms.schema.models import (
    ANCHOR_EVENTS,
    EarlierOf,
    RelativeDate,
    RelativeTerm,
)
from warrant_terms.schema.readable import ANCHOR_LABELS, describe_date_item

# The most business or trading days a term may count: 1,000 years of weekdays.
MAX_BUSINESS_DAYS = 261 * 1000


@dataclass(frozen=True)
class Calendar:
    """Which days are business (and trading) days: weekdays that are not holidays."""

    holidays: frozenset[dt.date] = frozenset()

    def is_business_day(self, day: dt.date) -> bool:
        return day.weekday() < 5 and day not in self.holidays

    def add_business_days(self, start: dt.date, n: int) -> dt.date:
        """The `n`th business day after `start` (``n == 0``: `start` itself).

        >>> Calendar().add_business_days(dt.date(2024, 1, 5), 1)  # Friday -> Monday
        datetime.date(2024, 1, 8)
        >>> Calendar(frozenset({dt.date(2024, 1, 15)})).add_business_days(dt.date(2024, 1, 12), 1)
        datetime.date(2024, 1, 16)
        """
        if n > MAX_BUSINESS_DAYS:
            raise CalcError(f"{n:,} business days is beyond any warrant's term")
        day = start
        while n > 0:
            day += dt.timedelta(days=1)
            if self.is_business_day(day):
                n -= 1
        return day

    def describe(self, unit: str) -> str:
        what = unit.replace("_", " ")
        if self.holidays:
            return f"{what} counted as weekdays less the {len(self.holidays)} holiday(s) given"
        return (
            f"{what} approximated by weekdays (Monday to Friday): holidays are not known; "
            "give --holidays FILE for exact counts"
        )


def add_months(day: dt.date, months: int) -> dt.date:
    """`months` calendar months after `day`, clamped to the month's end.

    >>> add_months(dt.date(2020, 1, 31), 1), add_months(dt.date(2020, 2, 29), 12)
    (datetime.date(2020, 2, 29), datetime.date(2021, 2, 28))
    """
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    if not dt.MINYEAR <= year <= dt.MAXYEAR:
        raise CalcError(f"{months:,} months after {day.isoformat()} is beyond the calendar")
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def step(anchor: dt.date, rel: RelativeDate, cal: Calendar) -> dt.date:
    """The calendar date `rel` names, given its anchor's date."""
    try:
        if rel.unit == "days":
            return anchor + dt.timedelta(days=rel.amount)
        if rel.unit == "months":
            return add_months(anchor, rel.amount)
        if rel.unit == "years":
            return add_months(anchor, 12 * rel.amount)
    except OverflowError:
        raise CalcError(
            f"{rel.amount:,} {rel.unit} after {anchor.isoformat()} is beyond the calendar"
        ) from None
    return cal.add_business_days(anchor, rel.amount)


@dataclass(frozen=True)
class Resolved:
    """A relative term as a calendar date, or as bounds where an anchor is unknown."""

    date: dt.date | None
    not_before: dt.date | None
    not_after: dt.date | None
    explanation: str
    missing: tuple[str, ...] = ()
    notes: tuple[str, ...] = field(default=())

    def on_or_before(self, day: dt.date) -> bool | None:
        """Whether this date is on or before `day` (None: cannot tell)."""
        if self.date is not None:
            return self.date <= day
        if self.not_after is not None and self.not_after <= day:
            return True
        if self.not_before is not None and self.not_before > day:
            return False
        return None

    def after(self, day: dt.date) -> bool | None:
        on = self.on_or_before(day)
        return None if on is None else not on


def _one(
    item: RelativeDate | dt.date, anchors: Mapping[str, dt.date], cal: Calendar
) -> Resolved:
    if isinstance(item, dt.date):
        return Resolved(item, item, item, item.isoformat())
    words = describe_date_item(item)
    anchor = anchors.get(item.anchor)
    if anchor is None:
        return Resolved(None, None, None, f"{words} (date of {_label(item)} not given)",
                        missing=(item.anchor,))
    day = step(anchor, item, cal)
    notes = (cal.describe(item.unit),) if item.unit in ("business_days", "trading_days") else ()
    text = f"{words}: {anchor.isoformat()} + {item.amount} {item.unit.replace('_', ' ')} = {day}"
    return Resolved(day, day, day, text, notes=notes)


def _label(item: RelativeDate) -> str:
    if item.anchor == "other":
        return f"“{item.anchor_text}”"
    return ANCHOR_LABELS[item.anchor]


def resolve(
    term: RelativeTerm, anchors: Mapping[str, dt.date], cal: Calendar | None = None
) -> Resolved:
    """`term` as a date (or bounds) given the dates of the anchor events known."""
    cal = cal or Calendar()
    if isinstance(term, RelativeDate):
        return _one(term, anchors, cal)
    items = term.earlier_of if isinstance(term, EarlierOf) else term.later_of
    parts = [_one(i, anchors, cal) for i in items]
    known = [p.date for p in parts if p.date is not None]
    missing = tuple(dict.fromkeys(m for p in parts for m in p.missing))
    notes = tuple(dict.fromkeys(n for p in parts for n in p.notes))
    earlier = isinstance(term, EarlierOf)
    pick = min if earlier else max
    date = pick(known) if len(known) == len(parts) else None
    # The earlier of several is no later than any known one; the later, no earlier.
    not_after = (min(known) if known else None) if earlier else date
    not_before = date if earlier else (max(known) if known else None)
    head = "earlier" if earlier else "later"
    body = "; ".join(p.explanation for p in parts)
    result = f" = {date.isoformat()}" if date is not None else ""
    if date is None and earlier and not_after is not None:
        result = f" = no later than {not_after.isoformat()}"
    if date is None and not earlier and not_before is not None:
        result = f" = no earlier than {not_before.isoformat()}"
    return Resolved(date, not_before, not_after, f"{head} of: {body}{result}", missing, notes)


def parse_event(text: str) -> tuple[str, dt.date]:
    """``business_combination=2020-10-15`` -> (anchor, date); hyphens may replace underscores.

    >>> parse_event("business-combination=2020-10-15")
    ('business_combination', datetime.date(2020, 10, 15))
    """
    name, sep, value = text.partition("=")
    anchor = name.strip().lower().replace("-", "_").replace(" ", "_")
    if not sep or anchor not in ANCHOR_EVENTS:
        raise CalcError(
            f"--event takes NAME=YYYY-MM-DD with NAME one of {', '.join(ANCHOR_EVENTS)}; "
            f"got {text!r}"
        )
    try:
        return anchor, dt.date.fromisoformat(value.strip())
    except ValueError:
        raise CalcError(f"--event {anchor} needs a date YYYY-MM-DD, got {value!r}") from None


def parse_events(texts: Iterable[str]) -> dict[str, dt.date]:
    events: dict[str, dt.date] = {}
    for text in texts:
        anchor, day = parse_event(text)
        if anchor in events and events[anchor] != day:
            raise CalcError(f"--event {anchor} is given twice with different dates")
        events[anchor] = day
    return events


def parse_holidays(text: str, where: str) -> Calendar:
    """One ISO date per line; blank lines and ``#`` comments are skipped."""
    days: set[dt.date] = set()
    for lineno, line in enumerate(text.splitlines(), start=1):
        cell = line.split("#", 1)[0].strip().split(",", 1)[0].strip()
        if not cell:
            continue
        try:
            days.add(dt.date.fromisoformat(cell))
        except ValueError:
            if lineno == 1:  # a header such as "date"
                continue
            raise CalcError(f"{where} line {lineno}: {cell!r} is not a date (YYYY-MM-DD)") from None
    return Calendar(frozenset(days))
