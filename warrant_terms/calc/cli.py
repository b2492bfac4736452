"""`warrant-terms calc exercise|adjust|value|status|redeem`: the engine at the command line.

Terms come from a record of `extract` output (a file, or ``-`` for standard input) and/or
from flags; flags override record values. `status` and `redeem` read every warrant of the
record (or the one `--warrant` names) and take event dates as ``--event NAME=DATE``. Output
is a readable table, or JSON with ``--json``. Bad input prints ``error: <message>`` on
standard error and exits 2.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable
from typing import Any

from pydantic import BaseModel

from warrant_terms.calc.adjust import AdjustmentResult, apply_events
from warrant_terms.calc.errors import CalcError
from warrant_terms.calc.events import parse_event
from warrant_terms.calc.exercise import exercise
from warrant_terms.calc.fmv import FairMarketValue, average_close, read_price_csv
from warrant_terms.calc.record_io import load_record, load_warrant, read_text
from warrant_terms.calc.redeem import DEFAULT_FMV_DAYS, DEFAULT_FMV_LAG, DEFAULT_WINDOW_LAG, redeem
from warrant_terms.calc.relative import Calendar, parse_events, parse_holidays
from warrant_terms.calc.render import (
    render_adjustment,
    render_exercise,
    render_redeem,
    render_status,
    render_value,
)
from warrant_terms.calc.rounding import parse_decimal, parse_shares
from warrant_terms.calc.status import anchors_for, expiry_of, warrant_status
from warrant_terms.calc.terms import (
    FRACTION_BASES,
    FRACTIONAL_POLICIES,
    CalcTerms,
    parse_anti_dilution,
)
from warrant_terms.calc.value import value
from warrant_terms.schema.models import ANCHOR_EVENTS

EXIT_ERROR = 2
CALC_HELP = (
    "Exercise, adjust and value a warrant from its extracted terms. Terms come from one "
    "record of `extract` output (a file, or - for standard input) and from flags, which "
    "override the record. Prints a table, or JSON with --json; bad input prints "
    "'error: <message>' and exits 2."
)
EVENTS_HELP = """events, applied in order:
  split:2:1                 2 new shares for each old share
  reverse-split:1:10        1 new share for each 10 old
  stock-dividend:0.05       a 5% dividend in stock (also 5%)
  issue:shares=C,price=P,outstanding=A[,deemed=D][,basis=broad|narrow]
       [,method=weighted_average|full_ratchet][,exempt=yes]
                            a dilutive issue of C shares at P; broad-based
                            counts A + D outstanding, narrow-based A only
"""
Handler = Callable[[argparse.Namespace], int]


def _date(text: str | None, flag: str) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise CalcError(f"{flag} must be a date YYYY-MM-DD, got {text!r}") from None


def _int(text: str | None, flag: str) -> int | None:
    return None if text is None else parse_shares(text, flag)


def _terms(args: argparse.Namespace, *, shares_flag: bool = True) -> CalcTerms:
    """Terms from the record (if any), then the flags on top."""
    base = CalcTerms()
    if args.record is not None:
        index = args.warrant
        if index < 0:
            raise CalcError(f"--warrant must be 0 or more, got {index}")
        base = CalcTerms.from_warrant(load_warrant(args.record, index))
    return base.replace(
        exercise_price=None if args.price is None else parse_decimal(args.price, "--price"),
        shares=_int(args.shares, "--shares") if shares_flag else None,
        cashless_exercise=args.cashless,
        fractional_shares=args.fractional,
        fractional_cash_basis=args.fraction_basis,
        anti_dilution=None
        if args.anti_dilution is None
        else parse_anti_dilution(args.anti_dilution),
        preserves_aggregate_price=args.preserve_aggregate,
        expiration_date=_date(args.expiration, "--expiration"),
    )


def _emit(args: argparse.Namespace, payload: dict[str, Any], text: str) -> None:
    if args.json:
        print(json.dumps(payload, indent=2))
    else:
        print(text)


def _dump(model: BaseModel) -> dict[str, Any]:
    return model.model_dump(mode="json")


def _fmv(args: argparse.Namespace) -> tuple[str | None, FairMarketValue | None]:
    if args.fmv is not None and args.prices is not None:
        raise CalcError("give --fmv or --prices, not both")
    if args.prices is not None:
        if args.fmv_days is None:
            raise CalcError("--prices needs --fmv-days N (the document's averaging window)")
        text, where = read_text(args.prices)
        fmv = average_close(
            read_price_csv(text, where),
            parse_shares(args.fmv_days, "--fmv-days"),
            before=_date(args.as_of, "--as-of"),
        )
        return format(fmv.value, "f"), fmv
    return args.fmv, None


def _run_exercise(args: argparse.Namespace) -> int:
    terms = _terms(args, shares_flag=False)
    exercised = _int(args.shares, "--shares")
    if terms.shares is None:
        terms = terms.replace(shares=exercised)  # flags only: the warrant is these shares
    adjustment: AdjustmentResult | None = None
    if args.event:
        adjustment = apply_events(terms, [parse_event(e) for e in args.event])
        terms = adjustment.terms(terms)
    fmv_text, fmv = _fmv(args)
    result = exercise(terms, args.method, fmv=fmv_text, shares=exercised)
    payload = _dump(result)
    if fmv is not None:
        payload["fair_market_value_source"] = fmv.describe()
    if adjustment is not None:
        payload["adjustment"] = _dump(adjustment)
    text = render_exercise(result, adjustment)
    if fmv is not None:
        text += f"\n  (fair market value: {fmv.describe()})"
    _emit(args, payload, text)
    return 0


def _run_adjust(args: argparse.Namespace) -> int:
    terms = _terms(args)
    result = apply_events(terms, [parse_event(e) for e in args.event])
    _emit(args, _dump(result), render_adjustment(result))
    return 0


def _calendar(args: argparse.Namespace) -> Calendar:
    if args.holidays is None:
        return Calendar()
    text, where = read_text(args.holidays)
    return parse_holidays(text, where)


def _relative_expiry(args: argparse.Namespace, terms: CalcTerms) -> tuple[dt.date | None, str]:
    """The expiry of a warrant whose record states it relative to an event, once dated."""
    if args.record is None or terms.expiration_date is not None:
        return None, ""
    warrant = load_warrant(args.record, args.warrant)
    if warrant.expiration_term.value is None:
        return None, ""
    anchors = anchors_for(warrant, parse_events(args.event))
    resolved = expiry_of(warrant, anchors, _calendar(args))
    if resolved is None or resolved.date is None:
        if args.years is not None:
            return None, ""
        assert resolved is not None
        flags = " ".join(f"--event {m}=YYYY-MM-DD" for m in resolved.missing)
        raise CalcError(f"the warrant expires {resolved.explanation}; give {flags or '--years'}")
    return resolved.date, f"expiration date resolved: {resolved.explanation}"


def _run_value(args: argparse.Namespace) -> int:
    terms = _terms(args)
    expiry, how = _relative_expiry(args, terms)
    if expiry is not None:
        terms = terms.replace(expiration_date=expiry)
    result = value(
        terms,
        spot=args.spot,
        vol=args.vol,
        rate=args.rate,
        strike=args.strike,
        years=args.years,
        as_of=_date(args.as_of, "--as-of"),
        dividend_yield=args.dividend_yield,
        outstanding=_int(args.outstanding, "--outstanding"),
        warrants=_int(args.warrants, "--warrants"),
    )
    if how:
        result = result.model_copy(update={"notes": [how, *result.notes]})
    _emit(args, _dump(result), render_value(result))
    return 0


def _selected(args: argparse.Namespace) -> list[tuple[int, Any]]:
    record, where = load_record(args.record)
    if args.warrant is None:
        return list(enumerate(record.warrants))
    if not 0 <= args.warrant < len(record.warrants):
        raise CalcError(f"--warrant {args.warrant} is out of range; {where} holds "
                        f"{len(record.warrants)} warrant(s), numbered from 0")
    return [(args.warrant, record.warrants[args.warrant])]


def _run_status(args: argparse.Namespace) -> int:
    as_of = _date(args.as_of, "--as-of")
    assert as_of is not None
    events, cal = parse_events(args.event), _calendar(args)
    results = [warrant_status(w, as_of, events, cal, i) for i, w in _selected(args)]
    _emit(args, {"warrants": [_dump(r) for r in results]}, render_status(results))
    return 0


def _run_redeem(args: argparse.Namespace) -> int:
    text, where = read_text(args.prices)
    series = read_price_csv(text, where)
    events = parse_events(args.event) if args.event else None
    held = _int(args.warrants_held, "--warrants-held")
    results = [
        redeem(
            w,
            series,
            _date(args.as_of, "--as-of"),
            index=i,
            warrants_held=held,
            window_lag=_lag(args.window_lag, "--window-lag"),
            fmv_days=parse_shares(args.fmv_days, "--fmv-days"),
            fmv_lag=_lag(args.fmv_lag, "--fmv-lag"),
            events=events,
            cal=_calendar(args),
        )
        for i, w in _selected(args)
    ]
    _emit(args, {"warrants": [_dump(r) for r in results]}, render_redeem(results))
    return 0


def _lag(text: str, flag: str) -> int:
    return 0 if text.strip() == "0" else parse_shares(text, flag)


def _guard(handler: Handler) -> Handler:
    """Bad input becomes `error: <message>` and exit 2, never a traceback."""

    def run(args: argparse.Namespace) -> int:
        try:
            return handler(args)
        except CalcError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return EXIT_ERROR
        except (ArithmeticError, RecursionError) as exc:
            # A backstop: the input checks should leave nothing out of range to compute.
            print(f"error: the inputs are out of the range this calculation handles ({exc})",
                  file=sys.stderr)
            return EXIT_ERROR

    return run


def _terms_parent() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(add_help=False)
    p.add_argument(
        "record",
        nargs="?",
        metavar="RECORD",
        help="one record of `extract` output (JSON or a JSONL line), or - for stdin",
    )
    p.add_argument(
        "--warrant",
        type=int,
        default=0,
        metavar="I",
        help="which warrant of the record, from 0 (default 0)",
    )
    g = p.add_argument_group("terms (override the record)")
    g.add_argument("--price", metavar="P", help="exercise price")
    g.add_argument(
        "--cashless",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="whether a cashless (net) exercise right is granted",
    )
    g.add_argument("--fractional", choices=FRACTIONAL_POLICIES, help="fractional-share policy")
    g.add_argument(
        "--fraction-basis", choices=FRACTION_BASES, help="what cash for a fraction is paid at"
    )
    g.add_argument(
        "--anti-dilution",
        metavar="KIND,KIND",
        help="anti-dilution kinds granted, comma separated, or none",
    )
    g.add_argument(
        "--preserve-aggregate",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="price adjustments keep shares x price constant",
    )
    g.add_argument("--expiration", metavar="DATE", help="expiration date YYYY-MM-DD")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    return p


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    """Add `calc` and its exercise/adjust/value sub-commands to a CLI."""
    parent = _terms_parent()
    calc = subparsers.add_parser(
        "calc",
        help="exercise, adjust and value a warrant from its extracted terms",
        description=CALC_HELP,
    )
    sub = calc.add_subparsers(
        dest="calc_command", metavar="{exercise,adjust,value,status,redeem}"
    )
    sub.required = True

    ex = sub.add_parser("exercise", parents=[parent], help="cash or net (cashless) exercise")
    ex.add_argument(
        "--shares",
        metavar="N",
        help="shares to exercise (default all); with no record, the warrant's",
    )
    ex.add_argument("--method", choices=("net", "cash"), default="net")
    ex.add_argument("--fmv", metavar="A", help="fair market value per share")
    ex.add_argument("--prices", metavar="FILE", help="CSV of date,close to average")
    ex.add_argument("--fmv-days", metavar="N", help="closes to average from --prices")
    ex.add_argument("--as-of", metavar="DATE", help="average only closes before this date")
    ex.add_argument(
        "--event",
        action="append",
        default=[],
        metavar="EVENT",
        help="adjust the terms by EVENT first (repeatable)",
    )
    ex.set_defaults(func=_guard(_run_exercise))

    ad = sub.add_parser(
        "adjust",
        parents=[parent],
        help="apply splits, dividends, issues",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=EVENTS_HELP,
    )
    ad.add_argument("--shares", metavar="N", help="shares purchasable")
    ad.add_argument(
        "--event",
        action="append",
        required=True,
        metavar="EVENT",
        help="an event, in order (repeatable)",
    )
    ad.set_defaults(func=_guard(_run_adjust))

    va = sub.add_parser("value", parents=[parent], help="intrinsic and Black-Scholes value")
    va.add_argument("--shares", metavar="N", help="shares purchasable")
    va.add_argument("--spot", required=True, metavar="S", help="share price")
    va.add_argument("--strike", metavar="K", help="strike (default: the exercise price)")
    va.add_argument("--vol", required=True, metavar="V", help="volatility, e.g. 0.3 or 30%%")
    va.add_argument("--rate", required=True, metavar="R", help="risk-free rate, continuous")
    when = va.add_mutually_exclusive_group()
    when.add_argument("--years", metavar="T", help="years to expiry")
    when.add_argument("--as-of", metavar="DATE", help="value as of DATE (needs expiration)")
    va.add_argument("--dividend-yield", default="0", metavar="Q", help="continuous yield")
    va.add_argument("--outstanding", metavar="N", help="shares outstanding (for dilution)")
    va.add_argument("--warrants", metavar="M", help="shares issuable on the warrants")
    _event_flags(va, "date an event the expiry is stated relative to (repeatable)")
    va.set_defaults(func=_guard(_run_value))

    st = sub.add_parser(
        "status",
        help="not yet exercisable, exercisable or expired on a date, and why",
        description="Resolve each warrant's relative dates (exercisable from, expiry) into "
        "calendar dates from the event dates given, and say whether it is not yet "
        "exercisable, exercisable or expired on --as-of, quoting the clauses.",
    )
    _record_flags(st)
    st.add_argument("--as-of", required=True, metavar="DATE", help="the date to judge on")
    _event_flags(st, "the date of an anchor event (repeatable)")
    st.set_defaults(func=_guard(_run_status))

    rd = sub.add_parser(
        "redeem",
        help="has a redemption trigger been met on a price series; the holder's choices",
        description="Test each redemption trigger of each warrant on a price series "
        "(CSV of date,close; one row per trading day) for a notice given on --as-of "
        "(default: the last date of the series), and price what the holder gets by cash "
        "exercise, cashless exercise or redemption.",
    )
    _record_flags(rd)
    rd.add_argument("--prices", required=True, metavar="FILE", help="CSV of date,close")
    rd.add_argument("--as-of", metavar="DATE", help="the day notice would be given")
    rd.add_argument("--warrants-held", metavar="N", help="warrants held (default 1)")
    rd.add_argument("--window-lag", default=str(DEFAULT_WINDOW_LAG), metavar="N",
                    help="trading days between the end of the trigger window and the notice "
                    f"(default {DEFAULT_WINDOW_LAG}: 'the third Business Day prior')")
    rd.add_argument("--fmv-days", default=str(DEFAULT_FMV_DAYS), metavar="N",
                    help=f"closes averaged for a cashless exercise's FMV (default {DEFAULT_FMV_DAYS})")
    rd.add_argument("--fmv-lag", default=str(DEFAULT_FMV_LAG), metavar="N",
                    help=f"trading days between the FMV window and the notice (default "
                    f"{DEFAULT_FMV_LAG})")
    _event_flags(rd, "date an event, to check the warrant is exercisable on the notice date")
    rd.set_defaults(func=_guard(_run_redeem))


def _record_flags(p: argparse.ArgumentParser) -> None:
    p.add_argument("record", metavar="RECORD",
                   help="one record of `extract` output (JSON or a JSONL line), or - for stdin")
    p.add_argument("--warrant", type=int, default=None, metavar="I",
                   help="only warrant I of the record, from 0 (default: every warrant)")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")


def _event_flags(p: argparse.ArgumentParser, help_text: str) -> None:
    p.add_argument("--event", action="append", default=[], metavar="NAME=DATE",
                   help=f"{help_text}; NAME is one of {', '.join(ANCHOR_EVENTS)}")
    p.add_argument("--holidays", metavar="FILE",
                   help="dates (one per line) that are not business or trading days; without "
                   "it, business and trading days are approximated by weekdays")
