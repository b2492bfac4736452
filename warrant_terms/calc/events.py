"""Corporate events that adjust a warrant, and their command-line spelling.

=====================================================  ==================================
spelling                                               event
=====================================================  ==================================
``split:2:1``                                          2 new shares for each 1 old
``reverse-split:1:10``                                 1 new share for each 10 old
``stock-dividend:0.05`` (or ``5%``)                    5 new shares per 100 held
``issue:shares=C,price=P,outstanding=A``               C new shares sold at P each,
``[,deemed=D][,basis=broad|narrow]``                   A shares outstanding before, D
``[,method=weighted_average|full_ratchet]``            more deemed outstanding (options,
``[,exempt=yes]``                                      warrants, convertibles)
=====================================================  ==================================
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Literal, cast

from warrant_terms.calc.errors import CalcError
from warrant_terms.calc.rounding import parse_decimal, parse_shares
from warrant_terms.schema.models import AntiDilutionKind

Basis = Literal["broad", "narrow"]
IssueMethod = Literal["weighted_average", "full_ratchet"]
EVENT_KINDS = ("split", "reverse-split", "stock-dividend", "issue")
_ISSUE_KEYS = frozenset({"shares", "price", "outstanding", "deemed", "basis", "method", "exempt"})
_TRUE = frozenset({"yes", "true", "1", "y"})
_FALSE = frozenset({"no", "false", "0", "n"})


@dataclass(frozen=True)
class Split:
    """`new` shares for every `old` share: a split where new > old, a combination else."""

    new: int
    old: int

    @property
    def kind(self) -> AntiDilutionKind:
        return "split_combination"

    @property
    def label(self) -> str:
        name = "split" if self.new > self.old else "reverse-split"
        return f"{name}:{self.new}:{self.old}"


@dataclass(frozen=True)
class StockDividend:
    """A dividend of `rate` new shares per share held (0.05 = 5%)."""

    rate: Decimal

    @property
    def kind(self) -> AntiDilutionKind:
        return "stock_dividend"

    @property
    def label(self) -> str:
        return f"stock-dividend:{self.rate}"


@dataclass(frozen=True)
class Issuance:
    """A sale of `shares` new shares at `price` each (the dilutive-issue clause)."""

    shares: int
    price: Decimal
    outstanding: int
    deemed: int = 0
    basis: Basis | None = None
    method: IssueMethod | None = None
    exempt: bool = False

    @property
    def kind(self) -> AntiDilutionKind:
        if self.method == "full_ratchet":
            return "price_based_full_ratchet"
        return "price_based_weighted_average"

    @property
    def label(self) -> str:
        parts = [f"shares={self.shares}", f"price={self.price}", f"outstanding={self.outstanding}"]
        if self.deemed:
            parts.append(f"deemed={self.deemed}")
        if self.basis:
            parts.append(f"basis={self.basis}")
        if self.method:
            parts.append(f"method={self.method}")
        if self.exempt:
            parts.append("exempt=yes")
        return "issue:" + ",".join(parts)


Event = Split | StockDividend | Issuance


def _ratio(text: str, args: list[str]) -> tuple[int, int]:
    if len(args) != 2:
        raise CalcError(f"event {text!r}: give the ratio as NEW:OLD, e.g. split:2:1")
    return parse_shares(args[0], f"event {text!r} new"), parse_shares(
        args[1], f"event {text!r} old"
    )


def _flag(text: str, value: str) -> bool:
    low = value.lower()
    if low in _TRUE:
        return True
    if low in _FALSE:
        return False
    raise CalcError(f"event {text!r}: exempt must be yes or no, got {value!r}")


def _issuance(text: str, body: str) -> Issuance:
    fields: dict[str, str] = {}
    for part in body.split(","):
        key, sep, value = part.partition("=")
        key = key.strip().lower()
        if not sep or key not in _ISSUE_KEYS:
            raise CalcError(
                f"event {text!r}: {part.strip()!r} is not one of "
                f"{', '.join(sorted(_ISSUE_KEYS))} as key=value"
            )
        fields[key] = value.strip()
    missing = [k for k in ("shares", "price", "outstanding") if k not in fields]
    if missing:
        raise CalcError(f"event {text!r} lacks {', '.join(missing)}")
    basis = fields.get("basis")
    if basis not in (None, "broad", "narrow"):
        raise CalcError(f"event {text!r}: basis must be broad or narrow, got {basis!r}")
    method = fields.get("method", "").replace("-", "_") or None
    if method not in (None, "weighted_average", "full_ratchet"):
        raise CalcError(
            f"event {text!r}: method must be weighted_average or full_ratchet, got {method!r}"
        )
    deemed = fields.get("deemed", "0").replace(",", "")
    return Issuance(
        shares=parse_shares(fields["shares"], f"event {text!r} shares"),
        price=parse_decimal(fields["price"], f"event {text!r} price", allow_zero=True),
        outstanding=parse_shares(fields["outstanding"], f"event {text!r} outstanding"),
        deemed=0 if deemed == "0" else parse_shares(deemed, f"event {text!r} deemed"),
        basis=cast("Basis | None", basis),
        method=cast("IssueMethod | None", method),
        exempt=_flag(text, fields["exempt"]) if "exempt" in fields else False,
    )


def parse_event(text: str) -> Event:
    """One event from its command-line spelling.

    >>> parse_event("split:2:1")
    Split(new=2, old=1)
    >>> parse_event("stock-dividend:5%")
    StockDividend(rate=Decimal('0.05'))
    >>> parse_event("merger:1:1")
    Traceback (most recent call last):
    ...
    warrant_terms.calc.errors.CalcError: unknown event 'merger:1:1'; known: split, reverse-split, stock-dividend, issue
    """
    name, _, rest = text.strip().partition(":")
    name = name.strip().lower().replace("_", "-")
    if name in ("split", "reverse-split"):
        new, old = _ratio(text, rest.split(":"))
        if new == old:
            raise CalcError(f"event {text!r}: a {new}:{old} ratio changes nothing")
        if name == "split" and new < old:
            raise CalcError(
                f"event {text!r} reduces the share count; write reverse-split:{new}:{old}"
            )
        if name == "reverse-split" and new > old:
            raise CalcError(
                f"event {text!r} raises the share count; a 1-for-{new} reverse split is "
                f"reverse-split:{old}:{new}"
            )
        return Split(new, old)
    if name == "stock-dividend":
        return StockDividend(parse_decimal(rest, f"event {text!r} rate"))
    if name == "issue":
        return _issuance(text, rest)
    raise CalcError(f"unknown event {text!r}; known: {', '.join(EVENT_KINDS)}")
