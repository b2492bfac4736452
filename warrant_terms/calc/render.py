"""Readable tables of calculation results (the CLI's default output)."""

from __future__ import annotations

from decimal import Decimal

from warrant_terms.calc.adjust import AdjustmentResult, Step
from warrant_terms.calc.exercise import ExerciseResult
from warrant_terms.calc.redeem import RedeemResult
from warrant_terms.calc.status import Quote, WarrantStatus, short
from warrant_terms.calc.value import ValueResult

Cell = Decimal | int | str | None


def fmt(value: Cell) -> str:
    """Thousands separators for numbers, '-' for a value the terms do not give.

    >>> fmt(Decimal("199999.20")), fmt(166666), fmt(None)
    ('199,999.20', '166,666', '-')
    """
    if value is None:
        return "-"
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, Decimal):
        return format(value, ",f")
    return value


def table(rows: list[tuple[str, Cell]], indent: str = "  ") -> list[str]:
    width = max((len(label) for label, _ in rows), default=0)
    return [f"{indent}{label.ljust(width)}  {fmt(v)}" for label, v in rows]


def _notes(notes: list[str]) -> list[str]:
    return [f"note: {n}" for n in notes]


def render_exercise(r: ExerciseResult, adjustment: AdjustmentResult | None = None) -> str:
    lines = render_adjustment(r=adjustment).splitlines() + [""] if adjustment else []
    if r.method == "net":
        lines.append(f"Net (cashless) exercise: {r.formula}")
        basis = {"exercise_price": "exercise price", "fair_market_value": "fair market value"}
        how = {
            "cash": f"paid in cash at the {basis.get(r.fraction_basis or '', '')}",
            "round_down": "rounded down",
            "round_up": "rounded up",
            "round_nearest": "rounded to the nearest share",
        }[r.fraction_policy]
        lines += table(
            [
                ("shares exercised (Y)", r.shares_exercised),
                ("fair market value (A)", r.fair_market_value),
                ("exercise price (B)", r.exercise_price),
                ("aggregate exercise price", r.aggregate_price),
                ("X = Y(A - B)/A", r.exact_shares),
                ("shares issued", r.shares_issued),
                ("fractional share", r.fractional_share),
                ("fraction", how),
                ("cash for fraction", r.cash_for_fraction),
                ("cash paid by holder", r.cash_paid_by_holder),
                ("shares remaining", r.shares_remaining),
            ]
        )
    else:
        lines.append("Cash exercise: holder pays Y x B")
        lines += table(
            [
                ("shares exercised (Y)", r.shares_exercised),
                ("exercise price (B)", r.exercise_price),
                ("cash paid by holder", r.cash_paid_by_holder),
                ("shares issued", r.shares_issued),
                ("shares remaining", r.shares_remaining),
            ]
        )
    return "\n".join(lines + _notes(r.notes))


def _step(step: Step) -> list[str]:
    head = f"{step.index}. {step.event}  [{step.anti_dilution_kind}] {step.status}"
    lines = [head]
    if step.formula:
        lines.append(f"     {step.formula}")
    lines += [f"     {k} = {fmt(v)}" for k, v in step.inputs.items()]
    lines.append(
        f"     price {fmt(step.price_before)} -> {fmt(step.price_after)}"
        f"   shares {fmt(step.shares_before)} -> {fmt(step.shares_after)}"
    )
    if step.note:
        lines.append(f"     {step.note}")
    return lines


def render_adjustment(r: AdjustmentResult) -> str:
    def line(label: str, shares: int | None, price: Decimal, agg: Decimal | None) -> str:
        tail = f"  (aggregate {fmt(agg)})" if agg is not None else ""
        return f"{label}: {fmt(shares)} shares at {fmt(price)}{tail}"

    lines = [line("Start", r.start_shares, r.start_price, r.start_aggregate_price)]
    for step in r.steps:
        lines += _step(step)
    lines.append(line("End", r.shares, r.exercise_price, r.aggregate_price))
    return "\n".join(lines + _notes(r.notes))


def render_value(r: ValueResult) -> str:
    rows: list[tuple[str, Cell]] = [
        ("status", r.status),
        ("as of", r.as_of.isoformat() if r.as_of else None),
        ("expiration date", r.expiration_date.isoformat() if r.expiration_date else None),
        ("years to expiry (T)", r.years),
        ("spot (S)", r.spot),
        ("strike (K)", r.strike),
        ("volatility", r.volatility),
        ("risk-free rate", r.rate),
        ("dividend yield", r.dividend_yield),
        ("intrinsic per share", r.intrinsic),
        ("Black-Scholes per share", r.black_scholes),
    ]
    if r.dilution_adjusted is not None:
        rows += [
            ("shares outstanding (N)", r.outstanding),
            ("warrant shares (M)", r.warrants),
            ("dilution-adjusted per share", r.dilution_adjusted),
        ]
    if r.shares is not None:
        rows += [
            ("warrant shares", r.shares),
            ("intrinsic total", r.intrinsic_total),
            ("Black-Scholes total", r.black_scholes_total),
        ]
        if r.dilution_adjusted_total is not None:
            rows.append(("dilution-adjusted total", r.dilution_adjusted_total))
    return "\n".join(["Warrant value", *table(rows), *_notes(r.notes)])


def _quote_lines(quotes: list[Quote]) -> list[str]:
    return [f"  clause ({q.field}, p.{q.page}): \u201c{short(q.text)}\u201d" for q in quotes]


def render_status(results: list[WarrantStatus]) -> str:
    lines: list[str] = []
    for r in results:
        name = r.instrument_name or "Warrant"
        lines.append(f"[{r.warrant_index}] {name}: {r.status.replace('_', ' ')} on {r.as_of}")
        lines += table([
            ("exercisable from", r.exercisable_from.explanation),
            ("expires", r.expires.explanation),
        ])
        lines += [f"  because {reason}" for reason in r.reasons]
        lines += _quote_lines(r.evidence)
        lines += ["  " + n for n in _notes(r.notes)]
        lines.append("")
    return "\n".join(lines).rstrip()


def render_redeem(results: list[RedeemResult]) -> str:
    lines: list[str] = []
    for r in results:
        name = r.instrument_name or "Warrant"
        lines.append(f"[{r.warrant_index}] {name}: redemption notice on {r.notice_date}")
        if not r.triggers:
            lines.append("  no redemption right: the company cannot call this instrument")
        for t in r.triggers:
            state = {True: "MET", False: "NOT MET", None: "CANNOT TELL"}[t.met]
            lines.append(f"  trigger {t.description}: {state}")
            lines.append(f"    {t.reason}")
            if t.days_at_or_above:
                days = ", ".join(d.isoformat() for d in t.days_at_or_above)
                lines.append(f"    days counted: {days}")
            if t.earliest_redemption_date:
                lines.append(f"    earliest redemption date: {t.earliest_redemption_date}")
        if not r.triggers:
            lines += _quote_lines(r.evidence) + ["  " + n for n in _notes(r.notes)] + [""]
            continue
        rows: list[tuple[str, Cell]] = [
            ("warrants held", r.warrants_held),
            ("shares per warrant", r.shares_per_warrant),
            ("exercise price", r.exercise_price),
            ("close on notice", r.close_on_notice),
            ("fair market value", r.fair_market_value),
        ]
        lines += table(rows)
        if r.fmv_window:
            lines.append(f"    (FMV: {r.fmv_window})")
        if r.choices:
            lines.append(f"  if called on {r.notice_date}, the holder's choices:")
        for c in r.choices:
            if not c.available:
                lines.append(f"    {c.method}: not available ({c.note})")
                continue
            lines.append(
                f"    {c.method}: {fmt(c.shares)} shares, pays {fmt(c.cash_paid_by_holder)}, "
                f"receives {fmt(c.cash_received)}; worth {fmt(c.value_at_close)} at the close"
                f"  [{c.formula}]" + (f" ({c.note})" if c.note else "")
            )
        if r.best:
            lines.append(f"  best at the close: {r.best}")
        lines += _quote_lines(r.evidence)
        lines += ["  " + n for n in _notes(r.notes)]
        lines.append("")
    return "\n".join(lines).rstrip()
