"""Tables for the date helpers: text in, date (and span) out."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from shared_files import SEED

from warrant_terms.extract import dates
from warrant_terms.extract.dates import (
    ORDINAL_WORDS,
    AnniversaryMatch,
    DateMatch,
    add_years,
    find_anniversary_phrases,
    find_dates,
    ordinal_to_int,
    parse_date,
)

# A guard against hangs, not a speed measurement (speed lives in benchmarks/): a regex that
# backtracks catastrophically on these 100,000-character inputs would run for hours.
ADVERSARIAL_SECONDS = 20.0
DEC_15_2003 = date(2003, 12, 15)
SPAC_EXPIRY = (
    "the date that is five (5) years after the date on which the Company completes "
    "its initial Business Combination"
)


# --- parse_date -------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("December 15, 2003", DEC_15_2003),
        ("Dec. 15, 2003", DEC_15_2003),
        ("Dec 15, 2003", DEC_15_2003),
        ("December 15th, 2003", DEC_15_2003),
        ("December 15 2003", DEC_15_2003),
        ("December 15,2003", DEC_15_2003),
        ("December 15 , 2003", DEC_15_2003),
        ("December\n15, 2003", DEC_15_2003),
        ("DECEMBER 15, 2003", DEC_15_2003),
        ("december 15, 2003", DEC_15_2003),
        ("15 December 2003", DEC_15_2003),
        ("15th December, 2003", DEC_15_2003),
        ("15 Dec. 2003", DEC_15_2003),
        ("the 15th day of December, 2003", DEC_15_2003),
        ("this 15th day of December 2003", DEC_15_2003),
        ("THIS 15TH DAY OF DECEMBER, 2003", DEC_15_2003),
        ("the 15th day of December, in the year 2003", DEC_15_2003),
        ("the fifteenth day of December, 2003", DEC_15_2003),
        ("12/15/2003", DEC_15_2003),
        ("15/12/2003", DEC_15_2003),  # day-first only where month-first is impossible
        ("2003-12-15", DEC_15_2003),
        ("2003-12-15T17:00:00Z", DEC_15_2003),
        ("5:00 p.m. (Pacific time) on December 15, 2003", DEC_15_2003),
        ("Void after 5:00 p.m., New York City time, on Dec. 15, 2003.", DEC_15_2003),
        ("the fifteenth day of June, 1998", date(1998, 6, 15)),
        ("the first day of May, 2000", date(2000, 5, 1)),
        ("the twenty-first day of June, 1998", date(1998, 6, 21)),
        ("the thirty first day of January, 2001", date(2001, 1, 31)),
        ("this 8th day of December, 2020", date(2020, 12, 8)),
        ("12th day of July, 2020", date(2020, 7, 12)),
        ("the 1st day of July 2020", date(2020, 7, 1)),
        ("Sept. 1, 2003", date(2003, 9, 1)),
        ("May 5, 2010", date(2010, 5, 5)),
        ("February 29, 2004", date(2004, 2, 29)),
        ("dated as of August 5, 1996 (the \u201cAgreement\u201d)", date(1996, 8, 5)),
    ],
)
def test_parse_date(text: str, value: date) -> None:
    assert parse_date(text) == value


@pytest.mark.parametrize(
    "text",
    [
        "February 30, 2003",
        "February 29, 2003",
        "April 31, 2003",
        "13/13/2003",
        "2003-13-01",
        "16 day of December",
        "this 16 day of December",
        "December 15",
        "December 2003",
        "January [__], 2023",
        "____________, 20__",
        "[\u2022], 2020",
        "[\u25cf], 2020",
        "December 15, 20__",
        "the ___ day of ________, 20__",
        "the fifth anniversary of the Issue Date",
        "the Holder may 5, 2003",  # lowercase "may" is the verb
        "Section 12.15.2003",
        "",
    ],
)
def test_parse_date_rejects(text: str) -> None:
    assert parse_date(text) is None


# --- find_dates -------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "officers, thereunto duly authorized this 16 day of December.",
            [("this 16 day of December", None)],
        ),
        ("EXPIRATION DATE: January [__], 2023", [("January [__], 2023", None)]),
        ("Dated as of [\u2022], 2020", [("[\u2022], 2020", None)]),
        ("Date:     [\u25cf], 2020           Name", [("[\u25cf], 2020", None)]),
        ("Date:  __________, 2011 Signature:", [("__________, 2011", None)]),
        ("____________, 20__", [("____________, 20__", None)]),
        ("Dated: _____ __, 20__", [("_____ __, 20__", None)]),
        ("Dated: June __, 2021", [("June __, 2021", None)]),
        ("as of this ____ day of __________, 2021", [("this ____ day of __________, 2021", None)]),
        ("on or before March 1 of each year", [("March 1", None)]),
        ("Consent effective as of [___________], 2020.", [("[___________], 2020", None)]),
        (
            "Accepted and agreed this [\u25cf] day of [\u25cf], 2020.",
            [("this [\u25cf] day of [\u25cf], 2020", None)],
        ),
        ("as of the ___ day of ________, 20__", [("the ___ day of ________, 20__", None)]),
        ("February 30, 2003", [("February 30, 2003", None)]),
        ("as of December 2003", [("December 2003", None)]),
        (
            "the fifteenth day of June, 1998",
            [("the fifteenth day of June, 1998", date(1998, 6, 15))],
        ),
        (
            "entered into this 8th day of December, 2020 (this \u201cAgreement\u201d)",
            [("this 8th day of December, 2020", date(2020, 12, 8))],
        ),
        (
            "issued on December 15, 2003 and expiring 12/15/2008 or 2013-12-15",
            [
                ("December 15, 2003", DEC_15_2003),
                ("12/15/2008", date(2008, 12, 15)),
                ("2013-12-15", date(2013, 12, 15)),
            ],
        ),
        (
            "ISSUE DATE: January [__], 2020   INITIAL EXERCISE DATE: July [__], 2020",
            [("January [__], 2020", None), ("July [__], 2020", None)],
        ),
        # Not dates: accession numbers, section numbers, times, the verb "may", plain years.
        ("accession 0001140361-21-010426", []),
        ("Section 4.2 and 5:00 p.m.", []),
        ("the Holder may 5 times", []),
        ("in fiscal 2003", []),
        ("", []),
    ],
)
def test_find_dates(text: str, expected: list[tuple[str, date | None]]) -> None:
    found = find_dates(text)
    assert [(m.raw, m.value) for m in found] == expected
    for match in found:
        assert text[match.start : match.end] == match.raw
        assert match.complete is (match.value is not None)


def test_date_match_fields() -> None:
    text = "Dated: December 15, 2003."
    assert find_dates(text) == [DateMatch(7, 24, DEC_15_2003, "December 15, 2003", True)]
    with pytest.raises(dataclasses.FrozenInstanceError):
        find_dates(text)[0].complete = False  # type: ignore[misc]


# --- ordinals ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("first", 1),
        ("fifth", 5),
        ("tenth", 10),
        ("Twelfth", 12),
        ("twentieth", 20),
        ("twenty-first", 21),
        ("Twenty First", 21),
        ("thirty-first", 31),
        ("ninety-ninth", 99),
        ("hundredth", 100),
        ("5th", 5),
        ("1st", 1),
        ("22nd", 22),
        ("3rd", 3),
        ("10 th", 10),
        ("31ST", 31),
    ],
)
def test_ordinal_to_int(text: str, value: int) -> None:
    assert ordinal_to_int(text) == value


@pytest.mark.parametrize("text", ["five", "5", "", "firstly", "twenty", "fifth (5th)"])
def test_ordinal_to_int_rejects(text: str) -> None:
    assert ordinal_to_int(text) is None


def test_ordinal_words_table() -> None:
    assert ORDINAL_WORDS["fifth"] == 5
    assert ORDINAL_WORDS["twenty-fifth"] == 25
    assert sorted(ORDINAL_WORDS.values()) == list(range(1, 101))


# --- add_years --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("start", "years", "value"),
    [
        (date(2003, 12, 15), 5, date(2008, 12, 15)),
        (date(2004, 2, 29), 1, date(2005, 2, 28)),
        (date(2004, 2, 29), 4, date(2008, 2, 29)),
        (date(2003, 3, 1), 10, date(2013, 3, 1)),
        (date(2010, 6, 30), -3, date(2007, 6, 30)),
        (date(2003, 12, 15), 0, date(2003, 12, 15)),
    ],
)
def test_add_years(start: date, years: int, value: date) -> None:
    assert add_years(start, years) == value


# --- anniversaries ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "until the fifth (5th) anniversary of the Issue Date.",
            [("the fifth (5th) anniversary of the Issue Date", 5, "Issue Date")],
        ),
        (
            "on the date that is five (5) years after the Initial Exercise Date, or",
            [("the date that is five (5) years after the Initial Exercise Date", 5,
              "Initial Exercise Date")],
        ),
        (
            "ten years from the date hereof",
            [("ten years from the date hereof", 10, "date hereof")],
        ),
        (
            "Eastern time, on the tenth (10 th ) anniversary of such date or, if such day",
            [("the tenth (10 th ) anniversary of such date", 10, "such date")],
        ),
        (
            "through the fifth anniversary of the Initial\nClosing Date.",
            [("the fifth anniversary of the Initial\nClosing Date", 5, "Initial\nClosing Date")],
        ),
        (
            "the third anniversary of the Closing Date, the Issuer agrees",
            [("the third anniversary of the Closing Date", 3, "Closing Date")],
        ),
        (
            "the twenty-fifth anniversary of the Date of Issuance hereof",
            [("the twenty-fifth anniversary of the Date of Issuance", 25, "Date of Issuance")],
        ),
        (
            "the 5th anniversary of the date hereof",
            [("the 5th anniversary of the date hereof", 5, "date hereof")],
        ),
        (
            "the one (1) year anniversary of the Closing Date",
            [("the one (1) year anniversary of the Closing Date", 1, "Closing Date")],
        ),
        (
            SPAC_EXPIRY + ", (b) the liquidation",
            [(SPAC_EXPIRY, 5, SPAC_EXPIRY.split(" after the ")[1])],
        ),
        (
            "within two (2) years from the date of this Agreement.",
            [("two (2) years from the date of this Agreement", 2, "date of this Agreement")],
        ),
        (
            "5 years following the Effective Date",
            [("5 years following the Effective Date", 5, "Effective Date")],
        ),
        # Months are no years (their unit is months: `test_month_anniversaries`); a bare word
        # with no anchor is nothing.
        ("any time after the six-month anniversary of the Initial Closing Date",
         [("the six-month anniversary of the Initial Closing Date", None, "Initial Closing Date")]),
        ("thirty-six (36) month anniversary of the Commencement Date",
         [("thirty-six (36) month anniversary of the Commencement Date", None, "Commencement Date")]),
        ("the anniversary of the Closing Date", []),
        ("five years ago", []),
        ("", []),
    ],
)  # fmt: skip
def test_find_anniversary_phrases(text: str, expected: list[tuple[str, int | None, str]]) -> None:
    found = find_anniversary_phrases(text)
    assert [(m.raw, m.years, m.anchor) for m in found] == expected
    for match in found:
        assert text[match.start : match.end] == match.raw
        assert match.raw.endswith(match.anchor)


@pytest.mark.parametrize(("text", "amount"), [
    ("the six-month anniversary of the Initial Closing Date", 6),
    ("on the eighteen (18) month anniversary of the Initial Exercise Date", 18),
])
def test_month_anniversaries(text: str, amount: int) -> None:
    (m,) = find_anniversary_phrases(text)
    assert (m.amount, m.unit) == (amount, "months")


def test_anniversary_match_fields() -> None:
    text = "ten years from the date hereof"
    assert find_anniversary_phrases(text) == [
        AnniversaryMatch(0, 30, 10, "date hereof", "ten years from the date hereof")
    ]


# --- the seed exhibit -------------------------------------------------------------------
def test_seed_exhibit_dates() -> None:
    text = SEED.read_text(encoding="utf-8", errors="replace")
    found = find_dates(text)
    assert DEC_15_2003 in {m.value for m in found}
    signature = [m for m in found if m.raw.endswith("16 day of December")]
    assert len(signature) == 1
    assert signature[0].value is None
    assert not signature[0].complete
    for match in found:
        assert text[match.start : match.end] == match.raw


# --- adversarial inputs -----------------------------------------------------------------
ADVERSARIAL = {
    "digits": "1" * 200_000,
    "spaces": "December" + " " * 100_000 + "x",
    "spaces before day": "the 15" + " " * 100_000 + "day",
    "one hundred": "one hundred " * 50_000,
    "dots": "." * 100_000,
    "commas": "," * 100_000,
    "underscores": "_" * 100_000,
    "underscores then year": "_" * 100_000 + ", 20",
    "open bracket": "[" + "_" * 100_000,
    "months": "December 15, " * 30_000,
    "ordinals": "the fifth " * 50_000,
    "anniversaries": "the fifth anniversary of " * 20_000,
    "years after": "five (5) years after " * 20_000,
    "slashes": "1/" * 100_000,
    "dashes": "2003-" * 50_000,
    "day numbers": "15 " * 60_000,
    "days of": "day of " * 50_000,
}
FINDERS: list[Callable[[str], object]] = [
    find_dates,
    parse_date,
    find_anniversary_phrases,
    ordinal_to_int,
]


@pytest.mark.parametrize("name", list(ADVERSARIAL))
@pytest.mark.parametrize("finder", FINDERS)
def test_adversarial_input_does_not_hang(name: str, finder: Callable[[str], object]) -> None:
    started = time.perf_counter()
    finder(ADVERSARIAL[name])
    assert time.perf_counter() - started < ADVERSARIAL_SECONDS



def _whole_text_dates(text: str) -> list[tuple[int, int, str]]:
    """What every date pattern finds scanning the whole text, with overlaps resolved the way
    `find_dates` resolves them: the reference the windowed scan must equal."""
    patterns = (dates._MDY_RE, dates._DMY_RE, dates._DAY_OF_RE, dates._ORDINAL_OF_RE,
                dates._US_NUMERIC_RE, dates._ISO_RE, dates._BLANK_DAY_MONTH_RE, dates._MONTH_YEAR_RE)
    spans = sorted(((m.start(), m.end()) for rx in patterns for m in rx.finditer(text)),
                   key=lambda sp: (sp[0], -sp[1]))
    kept: list[tuple[int, int]] = []
    for s, e in spans:
        if not kept or s >= kept[-1][1]:
            kept.append((s, e))
    return [(s, e, text[s:e]) for s, e in kept]


CONSTRUCTED = sorted((Path(__file__).parents[1] / "corpus" / "constructed").glob("*.txt"))


@pytest.mark.parametrize("path", CONSTRUCTED, ids=lambda p: p.stem[:12])
def test_dates_found_in_windows_equal_a_whole_text_scan(path: Path) -> None:
    # The patterns run only near a month name, "day of", a slash, an ISO date or a blank; on
    # whole exhibits that must find exactly what trying every position finds.
    text = path.read_text(encoding="utf-8")
    assert [(m.start, m.end, m.raw) for m in find_dates(text)] == _whole_text_dates(text)
