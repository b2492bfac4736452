"""Whether a warrant is not yet exercisable, exercisable or expired on a date, and why.

The exercise window runs from `exercisable_from` (a relative term; where the document states
none, the warrant is taken as exercisable from its issue) to the expiry: the calendar
`expiration_date` where the document states one, else `expiration_term` resolved from the
event dates given. Both ends are inclusive: a warrant that "expires at 5:00 p.m. on" a date
can still be exercised that day. Every reason quotes the clause it rests on.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from warrant_terms.calc.relative import Calendar, Resolved, resolve
from warrant_terms.schema.models import Term, Warrant
from warrant_terms.schema.readable import describe_relative

Status = Literal["not_yet_exercisable", "exercisable", "expired", "unknown"]
# Quotes in reasons are cut to this many characters; JSON output keeps the whole span.
QUOTE_CHARS = 320


class Quote(BaseModel):
    """A clause the answer rests on: the field, its page and the document's words."""

    model_config = ConfigDict(frozen=True)

    field: str
    page: int
    text: str


class Window(BaseModel):
    """One end of the exercise window as the document states it and as resolved."""

    model_config = ConfigDict(frozen=True)

    rule: str | None
    date: dt.date | None
    not_before: dt.date | None
    not_after: dt.date | None
    explanation: str
    missing_events: list[str]


class WarrantStatus(BaseModel):
    model_config = ConfigDict(frozen=True)

    warrant_index: int
    instrument_name: str | None
    as_of: dt.date
    status: Status
    exercisable_from: Window
    expires: Window
    reasons: list[str]
    evidence: list[Quote]
    notes: list[str]


def quotes(name: str, term: Term[Any]) -> list[Quote]:
    """The evidence of `term`, whitespace collapsed (the spans stay exact in the record)."""
    return [Quote(field=name, page=e.page, text=" ".join(e.text.split())) for e in term.evidence]


def short(text: str, limit: int = QUOTE_CHARS) -> str:
    """`text` cut to `limit` characters at a word, with an ellipsis.

    >>> short("one two three", 8)
    'one two…'
    """
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + "…"


def anchors_for(warrant: Warrant, events: Mapping[str, dt.date]) -> dict[str, dt.date]:
    """Event dates: those given win; the warrant's own stated issue date fills `issue_date`."""
    out: dict[str, dt.date] = {}
    if warrant.issue_date.value is not None:
        out["issue_date"] = warrant.issue_date.value
    out.update(events)
    return out


def _window(resolved: Resolved | None, rule: str | None, fallback: str) -> Window:
    if resolved is None:
        return Window(rule=rule, date=None, not_before=None, not_after=None,
                      explanation=fallback, missing_events=[])
    return Window(rule=rule, date=resolved.date, not_before=resolved.not_before,
                  not_after=resolved.not_after, explanation=resolved.explanation,
                  missing_events=list(resolved.missing))


def start_of(warrant: Warrant, anchors: Mapping[str, dt.date], cal: Calendar) -> Resolved | None:
    """When exercise may first happen: the resolved `exercisable_from`, else the issue date."""
    term = warrant.exercisable_from.value
    if term is not None:
        return resolve(term, anchors, cal)
    issued = warrant.issue_date.value
    if issued is not None:
        return Resolved(issued, issued, issued, f"from issue: {issued.isoformat()}")
    return None


def expiry_of(warrant: Warrant, anchors: Mapping[str, dt.date], cal: Calendar) -> Resolved | None:
    """The stated expiration date, else the resolved `expiration_term`."""
    stated = warrant.expiration_date.value
    if stated is not None:
        return Resolved(stated, stated, stated, f"expiration date stated: {stated.isoformat()}")
    term = warrant.expiration_term.value
    return None if term is None else resolve(term, anchors, cal)


def warrant_status(
    warrant: Warrant,
    as_of: dt.date,
    events: Mapping[str, dt.date] | None = None,
    cal: Calendar | None = None,
    index: int = 0,
) -> WarrantStatus:
    """The status of `warrant` on `as_of`, with the clauses it rests on."""
    cal = cal or Calendar()
    anchors = anchors_for(warrant, events or {})
    start, end = start_of(warrant, anchors, cal), expiry_of(warrant, anchors, cal)
    reasons: list[str] = []
    notes: list[str] = []
    evidence = quotes("exercisable_from", warrant.exercisable_from)
    if warrant.exercisable_from.value is None:
        evidence = quotes("issue_date", warrant.issue_date)
    evidence += quotes("expiration_date" if warrant.expiration_date.value else "expiration_term",
                       warrant.expiration_date if warrant.expiration_date.value
                       else warrant.expiration_term)
    if warrant.exercisable_from.value is None:
        notes.append("the record states no start of the exercise period; the warrant is taken "
                     "as exercisable from its issue")
    if warrant.expiration_date.value and warrant.expiration_term.value:
        term = resolve(warrant.expiration_term.value, anchors, cal)
        if term.date is not None and term.date != warrant.expiration_date.value:
            notes.append(f"the expiry rule gives {term.date}, the stated date "
                         f"{warrant.expiration_date.value}; the stated date is used")
    for part in (start, end):
        if part is not None:
            notes.extend(n for n in part.notes if n not in notes)

    status: Status
    if start is None:
        not_started: bool | None = False
        notes.append("no start of the exercise period and no issue date are stated; the "
                     "warrant is taken as already exercisable")
    else:
        not_started = start.after(as_of)
    # Past the expiry only once the expiry day itself is over.
    ended = None if end is None else end.on_or_before(as_of - dt.timedelta(days=1))
    if ended and end is not None:
        status = "expired"
        reasons.append(f"the warrant expired {_when(end)}, before {as_of}")
    elif not_started and start is not None:
        status = "not_yet_exercisable"
        reasons.append(f"exercise starts {_when(start)}, after {as_of}")
    elif not_started is False and (ended is False or end is None):
        status = "exercisable"
        if start is not None:
            reasons.append(f"exercise started {_when(start)}, on or before {as_of}")
        if end is not None:
            reasons.append(f"the warrant expires {_when(end)}, on or after {as_of}")
        else:
            reasons.append("no expiration date or expiry rule is stated, so nothing has ended "
                           "it (a pre-funded warrant runs until exercised in full)")
    else:
        status = "unknown"
        reasons.extend(_unknown_reasons(start, end, not_started, ended))
    return WarrantStatus(
        warrant_index=index,
        instrument_name=warrant.instrument_name.value,
        as_of=as_of,
        status=status,
        exercisable_from=_window(start, describe_relative(warrant.exercisable_from.value),
                                 "not stated, and no issue date to start from"),
        expires=_window(end, describe_relative(warrant.expiration_term.value),
                        "no expiration date or expiry rule stated"),
        reasons=reasons,
        evidence=evidence,
        notes=notes,
    )


def _when(r: Resolved) -> str:
    """`r` as a date, or the bound known of it.

    >>> d = dt.date(2021, 6, 11)
    >>> _when(Resolved(None, d, None, "")), _when(Resolved(d, d, d, ""))
    ('no earlier than 2021-06-11', 'on 2021-06-11')
    """
    if r.date is not None:
        return f"on {r.date}"
    if r.not_before is not None:
        return f"no earlier than {r.not_before}"
    return f"no later than {r.not_after}"


def _unknown_reasons(
    start: Resolved | None, end: Resolved | None, not_started: bool | None, ended: bool | None
) -> list[str]:
    out: list[str] = []
    for label, part, state in (("start", start, not_started), ("expiry", end, ended)):
        if state is not None or part is None:
            continue
        if part.missing:
            flags = " ".join(f"--event {m}=YYYY-MM-DD" for m in part.missing)
            out.append(f"the {label} depends on an event whose date is not given: {flags}")
        else:
            out.append(f"the {label} cannot be placed: {part.explanation}")
    return out
