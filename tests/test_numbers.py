"""Tables for the number and money helpers: text in, value (and span) out."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable
from decimal import Decimal

import pytest
from shared_files import SEED

from warrant_terms.extract.numbers import (
    AmountMatch,
    NumberMatch,
    find_amounts,
    find_number_phrases,
    parse_amount,
    parse_int,
    words_digits_agree,
    words_to_int,
)

# A guard against hangs, not a speed measurement (speed lives in benchmarks/): a regex that
# backtracks catastrophically on these 100,000-character inputs would run for hours.
ADVERSARIAL_SECONDS = 20.0


# --- words_to_int -----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Eighty Three Thousand Three Hundred Thirty-Three", 83333),
        ("one million two hundred fifty thousand", 1250000),
        ("Twenty-Five", 25),
        ("one hundred and five", 105),
        ("ten", 10),
        ("TEN", 10),
        ("zero", 0),
        ("One", 1),
        ("nineteen", 19),
        ("ninety-nine", 99),
        ("Five Hundred Thousand", 500000),
        ("One Million Five Hundred Thousand", 1500000),
        ("one million, five hundred thousand", 1500000),
        ("Two Million Five Hundred Thousand and Twelve", 2500012),
        ("one thousand and five", 1005),
        ("twenty-five hundred", 2500),
        ("Fifteen Hundred", 1500),
        ("one billion", 1_000_000_000),
        ("Three Hundred Thirty Three Thousand Three Hundred Thirty Three", 333333),
        ("thirty\u2011six", 36),  # non-breaking hyphen from a word processor
        ("Eighty Three Thousand\nThree Hundred Thirty-Three", 83333),
        ("  forty  ", 40),
    ],
)
def test_words_to_int(text: str, value: int) -> None:
    assert words_to_int(text) == value


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "and",
        "hundred",
        "thousand",
        "five six",
        "twenty thirty",
        "one thousand thousand",
        "ten dollars",
        "83,333",
        "one-half",
        "twenty and five",
        "one hundred one hundred",
        "Eighty Three Thousand (83,000)",
        "a hundred",
        "none",
        "often",
    ],
)
def test_words_to_int_rejects(text: str) -> None:
    assert words_to_int(text) is None


# --- parse_int --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("83,333", 83333),
        ("1,250,000", 1250000),
        ("83333", 83333),
        ("0", 0),
        (" 1,000 ", 1000),
        ("100,000,000", 100000000),
        ("Eighty Three Thousand Three Hundred Thirty-Three", 83333),
        ("two hundred", 200),
    ],
)
def test_parse_int(text: str, value: int) -> None:
    assert parse_int(text) == value


@pytest.mark.parametrize(
    "text", ["83.333", "1.250.000", "1,25,000", "83,33", "12,3456", "-5", "5th", "$5", "", "x"]
)
def test_parse_int_rejects(text: str) -> None:
    assert parse_int(text) is None


# --- find_number_phrases ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "to purchase Eighty Three Thousand Three Hundred Thirty-Three (83,333) shares",
            [("Eighty Three Thousand Three Hundred Thirty-Three", 83333, "words"),
             ("83,333", 83333, "digits")],
        ),
        (
            "up to 1,500,000 warrants",
            [("1,500,000", 1500000, "digits")],
        ),
        (
            "within five (5) Business Days",
            [("five", 5, "words"), ("5", 5, "digits")],
        ),
        (
            "one hundred twenty (120) days",
            [("one hundred twenty", 120, "words"), ("120", 120, "digits")],
        ),
        (
            "thirty-six (36) month anniversary",
            [("thirty-six", 36, "words"), ("36", 36, "digits")],
        ),
        ("one or two", [("one", 1, "words"), ("two", 2, "words")]),
        ("one, two, three", [("one", 1, "words"), ("two", 2, "words"), ("three", 3, "words")]),
        # Decimals, percentages, section numbers, fractions, numeric dates, money glued to a
        # sign and ordinals are not cardinals.
        ("$2.40 per share, 9.99% and Section 4.2", []),
        ("Two and 40/100 Dollars", [("Two", 2, "words")]),
        ("on 12/15/2003", []),
        ("the 5th day and the twenty-first day", []),
        ("$10 and $1,000", []),
        ("December 15, 2003", [("15", 15, "digits"), ("2003", 2003, "digits")]),
        ("someone often alone", []),
        ("1,2345", []),
        # A comma glued to the count after a closing parenthesis is punctuation, not a digit group.
        ('(the "Exercise Price"),225,000 shares', [("225,000", 225000, "digits")]),
        ("1,225,000 shares", [("1,225,000", 1225000, "digits")]),
        ("", []),
    ],
)  # fmt: skip
def test_find_number_phrases(text: str, expected: list[tuple[str, int, str]]) -> None:
    found = find_number_phrases(text)
    assert [(m.raw, m.value, m.kind) for m in found] == expected
    for match in found:
        assert text[match.start : match.end] == match.raw


def test_number_match_is_frozen() -> None:
    match = find_number_phrases("ten")[0]
    assert match == NumberMatch(0, 3, 10, "ten", "words")
    with pytest.raises(dataclasses.FrozenInstanceError):
        match.value = 11  # type: ignore[misc]


def test_number_phrases_are_maximal() -> None:
    text = "an aggregate of Two Million Five Hundred Thousand and Twelve shares"
    (match,) = find_number_phrases(text)
    assert match.value == 2500012
    assert match.raw == "Two Million Five Hundred Thousand and Twelve"
    assert match.start == text.index("Two")


# --- parse_amount -----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("$2.40", "2.40"),
        ("US$0.001", "0.001"),
        ("$11.50", "11.50"),
        ("Cdn$1.25", "1.25"),
        ("Two and 40/100 Dollars", "2.40"),
        ("Two Dollars and Forty Cents", "2.40"),
        ("eleven dollars fifty cents", "11.50"),
        ("Eleven Dollars and Fifty Cents", "11.50"),
        ("$1,234.5678", "1234.5678"),
        ("$.50", "0.50"),
        ("0.0001", "0.0001"),
        ("2.40", "2.40"),
        ("1,000", "1000"),
        ("$0.0001", "0.0001"),
        ("$ 4.9992", "4.9992"),
        ("US$ 11.50", "11.50"),
        ("U.S. $1.22", "1.22"),
        ("USD 1.22", "1.22"),
        ("CHF 3.50", "3.50"),
        ("€2.00", "2.00"),
        ("£0.10", "0.10"),
        ("A$0.25", "0.25"),
        ("2.40 dollars", "2.40"),
        ("2.40 U.S. Dollars", "2.40"),
        ("Two and No/100 Dollars", "2.00"),
        ("Ten Dollars", "10"),
        ("Fifty Cents", "0.50"),
        ("$10", "10"),
        ("$19.5 million", "19500000.0"),
        ("Two and 40/100 Dollars ($2.40)", "2.40"),
        ("at a price of $11.50 per whole share", "11.50"),
    ],
)
def test_parse_amount(text: str, value: str) -> None:
    parsed = parse_amount(text)
    assert parsed is not None
    # Compare the string form: the digits as written matter ("2.40", not "2.4").
    assert str(parsed) == value


@pytest.mark.parametrize(
    "text",
    [
        "",
        "no price",
        "$",
        "$ [ ]",
        "US$ per Common Share",
        "$ ._______________",
        "$2.40 or $3.00",
        "Two and 40/100 Dollars ($2.50)",
        "1.250.000",
        "Two and 40/100",
    ],
)
def test_parse_amount_rejects(text: str) -> None:
    assert parse_amount(text) is None


# --- find_amounts -----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("$2.40", [("$2.40", "2.40", "USD", "digits")]),
        ("US$ 11.50", [("US$ 11.50", "11.50", "USD", "digits")]),
        ("Cdn$1.25", [("Cdn$1.25", "1.25", "CAD", "digits")]),
        ("CDN$ 1.25", [("CDN$ 1.25", "1.25", "CAD", "digits")]),
        ("C$1.25", [("C$1.25", "1.25", "CAD", "digits")]),
        ("CAD 1.25", [("CAD 1.25", "1.25", "CAD", "digits")]),
        ("A$0.25", [("A$0.25", "0.25", "AUD", "digits")]),
        ("CHF 3.50", [("CHF 3.50", "3.50", "CHF", "digits")]),
        ("€2.00", [("€2.00", "2.00", "EUR", "digits")]),
        ("£1.5", [("£1.5", "1.5", "GBP", "digits")]),
        ("2.40 dollars", [("2.40 dollars", "2.40", "USD", "digits")]),
        ("1.25 Canadian dollars", [("1.25 Canadian dollars", "1.25", "CAD", "digits")]),
        ("3.50 EUR", [("3.50 EUR", "3.50", "EUR", "digits")]),
        (
            "for cash at a price of Two and 40/100 Dollars ($2.40) per share",
            [("Two and 40/100 Dollars", "2.40", "USD", "words"),
             ("$2.40", "2.40", "USD", "digits")],
        ),
        (
            "Eleven Dollars and Fifty Cents ($11.50)",
            [("Eleven Dollars and Fifty Cents", "11.50", "USD", "words"),
             ("$11.50", "11.50", "USD", "digits")],
        ),
        (
            "Two Dollars and 40 Cents",
            [("Two Dollars and 40 Cents", "2.40", "USD", "words")],
        ),
        (
            "One Million Dollars ($1,000,000)",
            [("One Million Dollars", "1000000", "USD", "words"),
             ("$1,000,000", "1000000", "USD", "digits")],
        ),
        ("par value $0.0001 per share", [("$0.0001", "0.0001", "USD", "digits")]),
        (
            "between $9.20 and $18.00 per share",
            [("$9.20", "9.20", "USD", "digits"), ("$18.00", "18.00", "USD", "digits")],
        ),
        ("for $19.5 million.", [("$19.5 million", "19500000.0", "USD", "digits")]),
        # Blanks in forms, bare numbers and dates are not amounts.
        ("the amount of $ in accordance", []),
        ("at an exercise price of $ per Share", []),
        ("[___________ Dollars ($________)]", []),
        ("83,333 shares on 12/15/2003", []),
        ("ABC$5", []),
        ("", []),
    ],
)  # fmt: skip
def test_find_amounts(text: str, expected: list[tuple[str, str, str | None, str]]) -> None:
    found = find_amounts(text)
    assert [(m.raw, str(m.value), m.currency, m.kind) for m in found] == expected
    for match in found:
        assert text[match.start : match.end] == match.raw


def test_amount_match_fields() -> None:
    text = "price: $2.40."
    assert find_amounts(text) == [AmountMatch(7, 12, Decimal("2.40"), "$2.40", "USD", "digits")]


# --- words_digits_agree -----------------------------------------------------------------
@pytest.mark.parametrize(
    ("words", "digits", "agree"),
    [
        (83333, 83333, True),
        (83333, 83334, False),
        (Decimal("2.40"), Decimal("2.4"), True),
        (Decimal("2.40"), Decimal("2.41"), False),
        (2, Decimal("2.00"), True),
        (None, 5, False),
        (5, None, False),
        (None, None, False),
    ],
)
def test_words_digits_agree(
    words: int | Decimal | None, digits: int | Decimal | None, agree: bool
) -> None:
    assert words_digits_agree(words, digits) is agree


def test_words_and_digits_pairs_agree_in_text() -> None:
    text = (
        "Eighty Three Thousand Three Hundred Thirty-Three (83,333) shares"
        " at Two and 40/100 Dollars ($2.40)"
    )
    words, digits = find_number_phrases(text)[:2]
    assert words_digits_agree(words.value, digits.value)
    words_amount, digits_amount = find_amounts(text)
    assert words_digits_agree(words_amount.value, digits_amount.value)


# --- the seed exhibit -------------------------------------------------------------------
def test_seed_exhibit_shares_and_price() -> None:
    text = SEED.read_text(encoding="utf-8", errors="replace")
    numbers = find_number_phrases(text)
    assert any(m.kind == "words" and m.value == 83333 for m in numbers)
    assert any(m.kind == "digits" and m.raw == "83,333" for m in numbers)
    prices = [m for m in find_amounts(text) if m.value == Decimal("2.40")]
    assert {m.kind for m in prices} == {"words", "digits"}
    spans = [(m.start, m.end, m.raw) for m in numbers] + [(m.start, m.end, m.raw) for m in prices]
    for start, end, raw in spans:
        assert text[start:end] == raw


# --- adversarial inputs -----------------------------------------------------------------
ADVERSARIAL = {
    "digits": "1" * 200_000,
    "spaces": "one" + " " * 100_000 + "x",
    "one hundred": "one hundred " * 50_000,
    "dots": "." * 100_000 + "1",
    "commas": "," * 100_000 + "1",
    "digit commas": "1," * 100_000,
    "digit dots": "1." * 100_000,
    "dollar digits": "$" + "9" * 200_000,
    "dollar spaces": "$" + " " * 100_000 + "1",
    "and and": "one " + "and " * 50_000 + "two",
    "dollars": "two dollars and " * 30_000,
    "fractions": "Two and 40/" * 30_000,
    "hyphens": "twenty-" * 50_000,
    "underscores": "_" * 100_000,
}


FINDERS: list[Callable[[str], object]] = [
    words_to_int,
    parse_int,
    parse_amount,
    find_number_phrases,
    find_amounts,
]


@pytest.mark.parametrize("name", list(ADVERSARIAL))
@pytest.mark.parametrize("finder", FINDERS)
def test_adversarial_input_does_not_hang(name: str, finder: Callable[[str], object]) -> None:
    text = ADVERSARIAL[name]
    started = time.perf_counter()
    finder(text)
    assert time.perf_counter() - started < ADVERSARIAL_SECONDS


def test_huge_digit_run_is_not_a_number() -> None:
    # int() refuses over 4,300 digits; the finder skips such runs instead of raising.
    assert find_number_phrases("1" * 200_000) == []
    assert parse_int("1" * 200_000) is None
    assert find_amounts("$" + "9" * 200_000) == []
