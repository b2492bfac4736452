"""Fair market value from a price series, as warrants define it.

The usual definition is an average of closing prices over the N trading days before the
exercise (the seed: "the ten (10) consecutive trading days prior to the date of the
Holder's election"). A series is a list of `(date, close)`; each row is one trading day,
so "N trading days" means the last N rows, not N calendar days.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from warrant_terms.calc.errors import CalcError
from warrant_terms.calc.rounding import calc_context, parse_decimal, round_price

PricePoint = tuple[dt.date, Decimal]


@dataclass(frozen=True)
class FairMarketValue:
    """An FMV and the closes it was averaged from."""

    value: Decimal
    days: int
    first_date: dt.date
    last_date: dt.date

    def describe(self) -> str:
        return (
            f"average of {self.days} closes {self.first_date.isoformat()}"
            f" to {self.last_date.isoformat()}"
        )


def average_close(
    series: Iterable[PricePoint], days: int, *, before: dt.date | None = None
) -> FairMarketValue:
    """The mean of the last `days` closes (strictly before `before`, if given).

    The result is rounded to `PRICE_PLACES` (see `rounding`).

    >>> d = dt.date(2024, 1, 1)
    >>> s = [(d + dt.timedelta(i), Decimal(p)) for i, p in enumerate(["9", "10", "11", "12"])]
    >>> average_close(s, 3).value
    Decimal('11.0000')
    >>> average_close(s, 2, before=dt.date(2024, 1, 4)).value
    Decimal('10.5000')
    """
    if days <= 0:
        raise CalcError(f"the number of trading days must be positive, got {days}")
    rows = sorted(series)
    dates = [d for d, _ in rows]
    if len(set(dates)) != len(dates):
        raise CalcError("the price series has more than one close for a date")
    if before is not None:
        rows = [(d, p) for d, p in rows if d < before]
    if len(rows) < days:
        where = f" before {before.isoformat()}" if before else ""
        raise CalcError(f"need {days} closes{where} for the fair market value, have {len(rows)}")
    window = rows[-days:]
    with calc_context():
        mean = sum((p for _, p in window), Decimal(0)) / days
    return FairMarketValue(round_price(mean), days, window[0][0], window[-1][0])


def read_price_csv(text: str, source: str = "prices") -> list[PricePoint]:
    """Rows of ``date,close`` (ISO dates); a header row and blank lines are skipped."""
    points: list[PricePoint] = []
    for lineno, row in enumerate(csv.reader(io.StringIO(text)), start=1):
        cells = [c.strip() for c in row]
        if not any(cells):
            continue
        if len(cells) < 2:
            raise CalcError(f"{source} line {lineno}: expected 'date,close', got {row!r}")
        try:
            day = dt.date.fromisoformat(cells[0])
        except ValueError:
            if lineno == 1:  # a header such as "date,close"
                continue
            raise CalcError(
                f"{source} line {lineno}: {cells[0]!r} is not a date (YYYY-MM-DD)"
            ) from None
        points.append((day, parse_decimal(cells[1], f"{source} line {lineno} close")))
    if not points:
        raise CalcError(f"{source} holds no 'date,close' rows")
    return points
