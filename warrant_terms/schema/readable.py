"""The version-2 values in words, as a spreadsheet cell, a review page or a calculation says them.

One home for the wording, so "5 years after business combination" reads the same in the
CSV, the XLSX, the review page, the OCF comments and `calc status`.

>>> describe_relative(RelativeDate(amount=5, unit="years", anchor="business_combination",
...                                anchor_text="the completion of the initial Business Combination"))
'5 years after business combination'
>>> describe_redemption(Redemption(trigger_price=Decimal("18.00"), trading_days=20,
...                                window_days=30, redemption_price=Decimal("0.01"), notice_days=30))
"$18.00, 20 of 30 trading days, $0.01, 30 days' notice"
>>> describe_blocker(BeneficialOwnershipLimit(percent=Decimal("4.99"), max_percent=Decimal("9.99")))
'4.99%, may be raised to 9.99%'
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from warrant_terms.schema.models import (
    BeneficialOwnershipLimit,
    EarlierOf,
    LaterOf,
    Redemption,
    RelativeDate,
    RelativeTerm,
)

ANCHOR_LABELS: dict[str, str] = {
    "issue_date": "issue date",
    "initial_exercise_date": "initial exercise date",
    "business_combination": "business combination",
    "ipo_closing": "IPO closing",
    "registration_effective": "registration effective date",
    "stockholder_approval": "stockholder approval",
    "other": "the event",
}
_UNIT_WORDS: dict[str, tuple[str, str]] = {
    "days": ("day", "days"),
    "business_days": ("business day", "business days"),
    "trading_days": ("trading day", "trading days"),
    "months": ("month", "months"),
    "years": ("year", "years"),
}
# Where a currency has no sign of its own the code is written before the amount.
_CURRENCY_SIGNS = {"USD": "$", "EUR": "€", "GBP": "£"}


def money(amount: Decimal | None, currency: str | None = "USD") -> str:
    """An amount as a reader writes it.

    >>> money(Decimal("18.00")), money(Decimal("0.50"), "CAD"), money(None)
    ('$18.00', 'CAD 0.50', '?')
    """
    if amount is None:
        return "?"
    sign = _CURRENCY_SIGNS.get(currency or "USD")
    return f"{sign}{amount:,f}" if sign else f"{currency} {amount:,f}"


def describe_date_item(item: RelativeDate | dt.date) -> str:
    """One relative date (or a calendar date) in words.

    >>> describe_date_item(RelativeDate(amount=1, unit="months", anchor="other",
    ...                                 anchor_text="the Stockholder Meeting"))
    '1 month after the Stockholder Meeting'
    >>> describe_date_item(dt.date(2027, 6, 8))
    '2027-06-08'
    """
    if isinstance(item, dt.date):
        return item.isoformat()
    anchor = item.anchor_text if item.anchor == "other" else ANCHOR_LABELS[item.anchor]
    if item.amount == 0:
        return f"on {anchor}"
    singular, plural = _UNIT_WORDS[item.unit]
    return f"{item.amount} {singular if item.amount == 1 else plural} after {anchor}"


def describe_relative(term: RelativeTerm | None) -> str | None:
    """A relative term in words; earlier-of and later-of are spelled out.

    >>> bc = RelativeDate(amount=30, unit="days", anchor="business_combination", anchor_text="x")
    >>> ipo = RelativeDate(amount=12, unit="months", anchor="ipo_closing", anchor_text="y")
    >>> describe_relative(LaterOf(later_of=[bc, ipo]))
    'later of 30 days after business combination and 12 months after IPO closing'
    >>> describe_relative(EarlierOf(earlier_of=[bc, ipo, dt.date(2030, 1, 1)]))
    'earlier of 30 days after business combination, 12 months after IPO closing and 2030-01-01'
    """
    if term is None:
        return None
    if isinstance(term, RelativeDate):
        return describe_date_item(term)
    head, items = (
        ("earlier of", term.earlier_of)
        if isinstance(term, EarlierOf)
        else ("later of", term.later_of)
    )
    words = [describe_date_item(i) for i in items]
    return f"{head} {', '.join(words[:-1])} and {words[-1]}"


def describe_redemption(r: Redemption, currency: str | None = "USD") -> str:
    """One redemption right: trigger price, trading days of the window, price, notice.

    >>> describe_redemption(Redemption(redemption_price=Decimal("0.10"), notice_days=30))
    "no price trigger stated, $0.10, 30 days' notice"
    """
    parts = [money(r.trigger_price, currency) if r.trigger_price is not None
             else "no price trigger stated"]
    if r.trading_days is not None and r.window_days is not None:
        parts.append(f"{r.trading_days} of {r.window_days} trading days")
    elif r.trading_days is not None:
        parts.append(f"{r.trading_days} trading days")
    elif r.window_days is not None:
        parts.append(f"within {r.window_days} trading days")
    if r.redemption_price is not None:
        parts.append(money(r.redemption_price, currency))
    if r.notice_days is not None:
        parts.append(f"{r.notice_days} days' notice")
    return ", ".join(parts)


def describe_redemptions(rs: list[Redemption] | None, currency: str | None = "USD") -> str:
    """Every redemption right, or that there is none.

    >>> describe_redemptions([])
    'not redeemable'
    """
    if not rs:
        return "not redeemable"
    return " | ".join(describe_redemption(r, currency) for r in rs)


def describe_blocker(b: BeneficialOwnershipLimit | None) -> str | None:
    """The beneficial-ownership limit and how far the holder may raise it.

    >>> describe_blocker(BeneficialOwnershipLimit(percent=Decimal("9.99")))
    '9.99%, cannot be raised'
    """
    if b is None:
        return None
    if b.max_percent is None:
        return f"{b.percent:f}%, cannot be raised"
    if b.max_percent == b.percent:
        return f"{b.percent:f}%, may not exceed {b.max_percent:f}%"
    return f"{b.percent:f}%, may be raised to {b.max_percent:f}%"


def describe_value(name: str, value: object, currency: str | None = "USD") -> str | None:
    """A version-2 structured value in words; None for any other value.

    >>> describe_value("redemption", []), describe_value("shares", 5)
    ('not redeemable', None)
    """
    if isinstance(value, RelativeDate | EarlierOf | LaterOf):
        return describe_relative(value)
    if isinstance(value, BeneficialOwnershipLimit):
        return describe_blocker(value)
    if name == "redemption" and isinstance(value, list):
        return describe_redemptions([r for r in value if isinstance(r, Redemption)], currency)
    return None
