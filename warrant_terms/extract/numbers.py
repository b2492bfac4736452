"""Cardinal numbers and money amounts as legal text writes them.

Warrants state the same quantity twice, in words and in digits ("Eighty Three Thousand
Three Hundred Thirty-Three (83,333) shares", "Two and 40/100 Dollars ($2.40)"). These
helpers read both forms and keep the raw text beside each value (the price-parser habit),
so an extractor can cite its evidence and check that the two readings agree.

Every finder is linear in the length of its input: regexes never put two unbounded
quantifiers side by side, runs of digits are only entered at their first character (a
look-behind), white space between tokens is bounded, and the word-number grammar is a
left-to-right state machine in Python rather than a regex.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from itertools import pairwise
from typing import Literal

__all__ = [
    "AmountKind",
    "AmountMatch",
    "NumberKind",
    "NumberMatch",
    "find_amounts",
    "find_number_phrases",
    "parse_amount",
    "parse_int",
    "words_digits_agree",
    "words_to_int",
]

NumberKind = Literal["words", "digits"]
AmountKind = Literal["digits", "words"]

UNITS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
}  # fmt: skip
TEENS: dict[str, int] = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES: dict[str, int] = {
    "thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12,
}  # fmt: skip
HUNDRED = "hundred"
NUMBER_WORDS: frozenset[str] = frozenset({*UNITS, *TEENS, *TENS, HUNDRED, *SCALES})

# int() refuses strings over 4300 digits, and no share count or price is longer than this.
MAX_DIGITS = 30
# Longest separator allowed between two words of one number ("Thousand,\n  Three").
_MAX_WORD_GAP = 12
# Characters that may separate the words of one number besides a single "and".
_GAP_CHARS = " \t\r\n\f\v\u00a0,-\u2010\u2011\u2012\u2013"

# Longest words first so the alternation never settles for "six" inside "sixty".
_NUMBER_WORD_RE = re.compile(
    r"\b(?:" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
# A cardinal in digits: "83,333", "1,250,000", "83333". The look-behind makes the regex
# enter a run of digits only at its start; the look-ahead rejects decimals ("2.40"),
# fractions ("40/100"), dates ("12/15/2003") and ordinals ("5th").
# A comma before a count ends its own clause ("(the "Exercise Price"),225,000 shares"), unless
# a digit precedes it ("1,225,000" is not 225,000).
_DIGITS_RE = re.compile(r"(?<![\w./$€£])(?<!\d,)(?:\d{1,3}(?:,\d{3})+|\d+)(?![\w/]|[.,]\d)")
_THOUSANDS_INT_RE = re.compile(r"\d{1,3}(?:,\d{3})+|\d+")
_BARE_DECIMAL_RE = re.compile(r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+")
# "twenty-first": a tens word that begins an ordinal is not a cardinal.
_ORDINAL_TAIL_RE = re.compile(
    r"[\s\-\u2010\u2011]?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\b",
    re.IGNORECASE,
)

# --- money ------------------------------------------------------------------------------
# A sign written before the number. Longer signs first so "US$" wins over "$".
_SIGN = (
    r"(?P<sign>US\s?\$|U\.S\.\s?\$|USD|Cdn\.?\s?\$|CDN\.?\s?\$|CAD\s?\$?|CA\$|C\$"
    r"|AUD|AU\$|A\$|GBP|EUR|CHF|HK\$|HKD|S\$|SGD|NIS|ILS|₪|RMB|CNY|£|€|\$)"
)
_AMOUNT_NUMBER = r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)(?!\d|,\d)"
_SCALE = r"(?:\s{1,3}(?P<scale>(?i:thousand|million|billion))\b)?"
_CURRENCY_WORD = (
    r"(?P<word>(?i:(?:(?:U\.\s?S\.|US|United\s{1,3}States|Canadian|Australian)\s{1,3})?"
    r"dollars?|(?:Hong\s{1,3}Kong|Singapore)\s{1,3}dollars?|euros?|pounds?\s{1,3}sterling|swiss\s{1,3}francs?"
    r"|(?:New\s{1,3}Israeli\s{1,3})?(?:shekels?|sheqels?))|USD|CAD|AUD|EUR|GBP|CHF|HKD|SGD|ILS|NIS|CNY|RMB)\b"
)
_PREFIX_AMOUNT_RE = re.compile(r"(?<![A-Za-z])" + _SIGN + r"\s{0,3}" + _AMOUNT_NUMBER + _SCALE)
_POSTFIX_AMOUNT_RE = re.compile(
    r"(?<![\w.,/$€£])" + _AMOUNT_NUMBER + _SCALE + r"\s{0,3}" + _CURRENCY_WORD
)
# After a words number: "and 40/100 Dollars", "and No/100ths U.S. Dollars".
_FRACTION_TAIL_RE = re.compile(
    r"\s{1,3}(?i:and)\s{1,3}(?P<num>\d{1,4}|(?i:no))\s?/\s?(?P<den>\d{1,4})(?i:ths)?"
    r"\s{1,3}" + _CURRENCY_WORD
)
_CURRENCY_TAIL_RE = re.compile(r"\s{1,3}" + _CURRENCY_WORD)
# An amount in the currency's hundredth: "8p", "70 pence", "25 cents", "50¢" (a pound's
# pence, a dollar's cents); the number may carry decimals ("0.5p").
_SUBUNIT_AMOUNT_RE = re.compile(
    r"(?<![\w.,/$€£])(?P<num>\d{1,3}(?:\.\d+)?)(?:\s{0,2}(?P<pence>p|pence)|\s{1,3}(?P<cents>cents?)"
    r"|\s{0,2}(?P<cent_sign>¢))(?![\w$€£]|\.\w)"
)
# The fraction after a whole amount, in halves to sixty-fourths ("$12 1/16", "$3-3/8").
_MIXED_FRACTION_RE = re.compile(r"[ \-](?P<num>[1-9]\d?)/(?P<den>2|4|8|16|32|64)(?![\d/])")
_CENTS_JOIN_RE = re.compile(r",?\s{1,3}(?:(?:(?i:and)|&)\s{1,3})?")
_CENTS_DIGITS_RE = re.compile(r"\d{1,2}(?![\d.,])")
_CENTS_WORD_RE = re.compile(r"\s{1,3}(?i:cents?)\b")

_SCALE_FACTORS: dict[str, int] = {"thousand": 10**3, "million": 10**6, "billion": 10**9}


@dataclass(frozen=True, slots=True)
class NumberMatch:
    """A cardinal number found in text; `text[start:end] == raw`."""

    start: int
    end: int
    value: int
    raw: str
    kind: NumberKind


@dataclass(frozen=True, slots=True)
class AmountMatch:
    """A money amount found in text; `text[start:end] == raw`.

    `currency` is an ISO 4217 code where the sign or word says it, else None.
    """

    start: int
    end: int
    value: Decimal
    raw: str
    currency: str | None
    kind: AmountKind


# --- words ------------------------------------------------------------------------------


def _gap_has_and(gap: str) -> bool | None:
    """Classify the text between two number words.

    None: the words cannot belong to one number; False: plain separator; True: "and".
    """
    if len(gap) > _MAX_WORD_GAP:
        return None
    core = gap.strip(_GAP_CHARS)
    if not core:
        return False
    if core.lower() == "and" and gap[0] in _GAP_CHARS and gap[-1] in _GAP_CHARS:
        return True
    return None


def _longest_number(words: Sequence[str], ands: Sequence[bool], i: int) -> tuple[int, int]:
    """Read the longest well-formed number starting at `words[i]`.

    Returns (end index, value); end == i when no number starts there. The grammar is
    "[low hundred] [tens [unit] | teen | unit]" groups joined by strictly falling scale
    words; "and" may only follow "hundred" or a scale word.
    """
    total = 0
    last_scale: int | None = None
    hundreds = 0
    low = 0
    low_kind = ""  # "", "unit", "teen", "tens", "tens+unit"
    has_hundred = False
    j = i
    end, value = i, 0
    while j < len(words):
        word = words[j]
        if j > i and ands[j] and not (words[j - 1] == HUNDRED or words[j - 1] in SCALES):
            break
        if word == "zero":
            if j == i:
                return i + 1, 0
            break
        if word in UNITS:
            if low_kind == "":
                low, low_kind = UNITS[word], "unit"
            elif low_kind == "tens":
                low, low_kind = low + UNITS[word], "tens+unit"
            else:
                break
        elif word in TEENS or word in TENS:
            if low_kind != "":
                break
            low, low_kind = (TEENS[word], "teen") if word in TEENS else (TENS[word], "tens")
        elif word == HUNDRED:
            # "twenty-five hundred" is 2,500, but only as the leading group.
            if has_hundred or low == 0 or (last_scale is not None and low >= 10):
                break
            hundreds, has_hundred, low, low_kind = low * 100, True, 0, ""
        else:
            scale = SCALES[word]
            group = hundreds + low
            if group == 0 or (last_scale is not None and scale >= last_scale):
                break
            total += group * scale
            last_scale = scale
            hundreds, has_hundred, low, low_kind = 0, False, 0, ""
        j += 1
        end, value = j, total + hundreds + low
    return end, value


def _word_runs(text: str) -> list[list[re.Match[str]]]:
    """Number words grouped into runs whose separators allow one number."""
    runs: list[list[re.Match[str]]] = []
    current: list[re.Match[str]] = []
    for match in _NUMBER_WORD_RE.finditer(text):
        if current and _gap_has_and(text[current[-1].end() : match.start()]) is None:
            runs.append(current)
            current = []
        current.append(match)
    if current:
        runs.append(current)
    return runs


def _word_phrases(text: str) -> list[NumberMatch]:
    found: list[NumberMatch] = []
    for run in _word_runs(text):
        words = [m.group().lower() for m in run]
        ands = [False] + [bool(_gap_has_and(text[a.end() : b.start()])) for a, b in pairwise(run)]
        i = 0
        while i < len(run):
            end, value = _longest_number(words, ands, i)
            if end == i:
                i += 1
                continue
            start_pos, end_pos = run[i].start(), run[end - 1].end()
            is_ordinal = words[end - 1] in TENS and _ORDINAL_TAIL_RE.match(text, end_pos)
            if not is_ordinal:
                found.append(
                    NumberMatch(start_pos, end_pos, value, text[start_pos:end_pos], "words")
                )
            i = end
    return found


def words_to_int(text: str) -> int | None:
    """English cardinal words to an int; None when `text` is not one number phrase.

    >>> words_to_int("Eighty Three Thousand Three Hundred Thirty-Three")
    83333
    >>> words_to_int("one million two hundred fifty thousand")
    1250000
    >>> words_to_int("Twenty-Five"), words_to_int("one hundred and five"), words_to_int("TEN")
    (25, 105, 10)
    >>> words_to_int("one million, five hundred thousand")
    1500000
    >>> words_to_int("twenty-five hundred")
    2500
    >>> words_to_int("five six") is None, words_to_int("ten dollars") is None
    (True, True)
    >>> words_to_int("") is None, words_to_int("and") is None, words_to_int("hundred") is None
    (True, True, True)
    """
    stripped = text.strip()
    tokens = list(_NUMBER_WORD_RE.finditer(stripped))
    if not tokens or tokens[0].start() != 0 or tokens[-1].end() != len(stripped):
        return None
    ands = [False]
    for a, b in pairwise(tokens):
        has_and = _gap_has_and(stripped[a.end() : b.start()])
        if has_and is None:
            return None
        ands.append(has_and)
    words = [m.group().lower() for m in tokens]
    end, value = _longest_number(words, ands, 0)
    return value if end == len(words) else None


# --- digits -----------------------------------------------------------------------------


def parse_int(text: str) -> int | None:
    """A whole number in digits (thousands commas allowed) or in words; else None.

    >>> parse_int("83,333"), parse_int("1,250,000"), parse_int(" 83333 ")
    (83333, 1250000, 83333)
    >>> parse_int("Eighty Three Thousand Three Hundred Thirty-Three")
    83333

    A dot is a decimal point in US text but a thousands separator elsewhere, so it is
    refused rather than guessed; so are misplaced commas.

    >>> parse_int("83.333") is None, parse_int("1,25,000") is None, parse_int("-5") is None
    (True, True, True)
    """
    stripped = text.strip()
    if _THOUSANDS_INT_RE.fullmatch(stripped):
        digits = stripped.replace(",", "")
        return int(digits) if len(digits) <= MAX_DIGITS else None
    return words_to_int(stripped)


def find_number_phrases(text: str) -> list[NumberMatch]:
    """Every cardinal number in `text`, in words (maximal phrases) or in digits.

    Decimals, fractions, numeric dates, ordinals ("5th", "twenty-first") and numbers
    glued to a currency sign are not cardinals and are skipped.

    >>> text = "Eighty Three Thousand Three Hundred Thirty-Three (83,333) shares"
    >>> [(m.raw, m.value, m.kind) for m in find_number_phrases(text)]
    [('Eighty Three Thousand Three Hundred Thirty-Three', 83333, 'words'), ('83,333', 83333, 'digits')]
    >>> [m.value for m in find_number_phrases("within five (5) days; one or two; $2.40")]
    [5, 5, 1, 2]
    >>> m = find_number_phrases("at least ten (10) Trading Days")[1]
    >>> m.start, m.end, m.raw
    (14, 16, '10')
    """
    found = _word_phrases(text)
    for match in _DIGITS_RE.finditer(text):
        raw = match.group()
        digits = raw.replace(",", "")
        if len(digits) <= MAX_DIGITS:
            found.append(NumberMatch(match.start(), match.end(), int(digits), raw, "digits"))
    found.sort(key=lambda m: (m.start, m.end))
    return found


# --- money ------------------------------------------------------------------------------


_OTHER_SIGNS = ((("HK$", "HKD"), "HKD"), (("S$", "SGD"), "SGD"), (("NIS", "ILS", "₪"), "ILS"),
                (("RMB", "CNY"), "CNY"))


def _currency_of_sign(sign: str) -> str:
    compact = re.sub(r"[\s.]", "", sign).upper()
    if compact.startswith(("CDN", "CAD", "CA$", "C$")):
        return "CAD"
    if compact.startswith(("AUD", "AU$", "A$")):
        return "AUD"
    if compact in {"GBP", "£"}:
        return "GBP"
    if compact in {"EUR", "€"}:
        return "EUR"
    if compact == "CHF":
        return "CHF"
    for prefixes, code in _OTHER_SIGNS:
        if compact.startswith(prefixes):
            return code
    # A bare "$" is read as US dollars: these are SEC filings.
    return "USD"


def _currency_of_word(word: str) -> str:
    lowered = word.lower()
    if lowered.startswith("canadian") or lowered == "cad":
        return "CAD"
    if lowered.startswith("australian") or lowered == "aud":
        return "AUD"
    if lowered.startswith("euro") or lowered == "eur":
        return "EUR"
    if lowered.startswith("pound") or lowered == "gbp":
        return "GBP"
    if lowered.startswith("swiss") or lowered == "chf":
        return "CHF"
    if lowered.startswith("hong") or lowered == "hkd":
        return "HKD"
    if lowered.startswith("singapore") or lowered == "sgd":
        return "SGD"
    if "shekel" in lowered or "sheqel" in lowered or lowered in ("ils", "nis"):
        return "ILS"
    if lowered in ("cny", "rmb"):
        return "CNY"
    # "dollars" alone follows the same convention as a bare "$".
    return "USD"


def _to_decimal(number: str, scale: str | None) -> Decimal | None:
    digits = number.replace(",", "")
    if len(digits) > MAX_DIGITS:
        return None
    try:
        value = Decimal(digits)
    except InvalidOperation:
        return None
    if scale:
        value *= _SCALE_FACTORS[scale.lower()]
    return value


def _fraction(numerator: int, denominator: int) -> Decimal | None:
    """numerator/denominator as an exact Decimal, with as many places as "/100" implies."""
    if denominator <= 0 or numerator >= denominator:
        return None
    text = str(denominator)
    if text.startswith("1") and set(text[1:]) <= {"0"}:
        return Decimal(numerator).scaleb(-(len(text) - 1))
    quotient = Decimal(numerator) / Decimal(denominator)
    return quotient if quotient * denominator == numerator else None


def _digit_amounts(text: str) -> list[AmountMatch]:
    found: list[AmountMatch] = []
    for match in _PREFIX_AMOUNT_RE.finditer(text):
        value = _to_decimal(match.group("num"), match.group("scale"))
        if value is not None:
            currency = _currency_of_sign(match.group("sign"))
            end = match.end()
            fraction = _MIXED_FRACTION_RE.match(text, end)
            if fraction is not None and "." not in match.group("num") and not match.group("scale"):
                # "$12 1/16": a price in the fractions of the old stock tables
                value += Decimal(int(fraction.group("num"))) / Decimal(int(fraction.group("den")))
                end = fraction.end()
            found.append(AmountMatch(match.start(), end, value, text[match.start() : end], currency, "digits"))
    for match in _POSTFIX_AMOUNT_RE.finditer(text):
        value = _to_decimal(match.group("num"), match.group("scale"))
        if value is not None:
            currency = _currency_of_word(match.group("word"))
            found.append(
                AmountMatch(match.start(), match.end(), value, match.group(), currency, "digits")
            )
    for match in _SUBUNIT_AMOUNT_RE.finditer(text):
        value = Decimal(match.group("num")).scaleb(-2)
        currency = "GBP" if match.group("pence") else "USD"
        found.append(
            AmountMatch(match.start(), match.end(), value, match.group(), currency, "digits")
        )
    return found


def _cents_after(text: str, pos: int, phrases_at: dict[int, NumberMatch]) -> tuple[int, int] | None:
    """(cents, end) for "[,] [and] forty cents" / "and 40 cents" starting at `pos`."""
    join = _CENTS_JOIN_RE.match(text, pos)
    if join is None:
        return None
    at = join.end()
    phrase = phrases_at.get(at)
    if phrase is not None:
        cents, after = phrase.value, phrase.end
    else:
        digits = _CENTS_DIGITS_RE.match(text, at)
        if digits is None:
            return None
        cents, after = int(digits.group()), digits.end()
    tail = _CENTS_WORD_RE.match(text, after)
    if tail is None or cents >= 100:
        return None
    return cents, tail.end()


def _word_amount_at(
    text: str, phrase: NumberMatch, phrases_at: dict[int, NumberMatch]
) -> tuple[Decimal, int, str] | None:
    """(value, end, currency word) for a words amount that starts with `phrase`."""
    whole = Decimal(phrase.value)
    fraction = _FRACTION_TAIL_RE.match(text, phrase.end)
    if fraction is not None:
        numerator = fraction.group("num")
        part = _fraction(
            0 if numerator.lower() == "no" else int(numerator), int(fraction.group("den"))
        )
        if part is not None:
            return whole + part, fraction.end(), fraction.group("word")
    currency_tail = _CURRENCY_TAIL_RE.match(text, phrase.end)
    if currency_tail is not None:
        word = currency_tail.group("word")
        cents = _cents_after(text, currency_tail.end(), phrases_at)
        if cents is not None:
            return whole + Decimal(cents[0]).scaleb(-2), cents[1], word
        return whole, currency_tail.end(), word
    cents_tail = _CENTS_WORD_RE.match(text, phrase.end)
    if cents_tail is not None and phrase.value < 100:
        return Decimal(phrase.value).scaleb(-2), cents_tail.end(), "cents"
    return None


def _word_amounts(text: str) -> list[AmountMatch]:
    phrases = _word_phrases(text)
    phrases_at = {p.start: p for p in phrases}
    found: list[AmountMatch] = []
    for phrase in phrases:
        amount = _word_amount_at(text, phrase, phrases_at)
        if amount is not None:
            value, end, word = amount
            raw = text[phrase.start : end]
            currency = _currency_of_word(word)
            found.append(AmountMatch(phrase.start, end, value, raw, currency, "words"))
    return found


def _drop_overlaps(matches: list[AmountMatch]) -> list[AmountMatch]:
    """Keep the earliest-starting, then longest, of any overlapping matches."""
    kept: list[AmountMatch] = []
    for match in sorted(matches, key=lambda m: (m.start, -m.end)):
        if not kept or match.start >= kept[-1].end:
            kept.append(match)
    return kept


def find_amounts(text: str) -> list[AmountMatch]:
    """Every money amount in `text`, in digits or in words, in order of position.

    >>> text = "a price of Two and 40/100 Dollars ($2.40) per share"
    >>> [(m.raw, m.value, m.currency, m.kind) for m in find_amounts(text)]
    [('Two and 40/100 Dollars', Decimal('2.40'), 'USD', 'words'), ('$2.40', Decimal('2.40'), 'USD', 'digits')]
    >>> [(m.value, m.currency) for m in find_amounts("US$ 11.50, Cdn$1.25, CHF 3.50, €2.00")]
    [(Decimal('11.50'), 'USD'), (Decimal('1.25'), 'CAD'), (Decimal('3.50'), 'CHF'), (Decimal('2.00'), 'EUR')]
    >>> [(m.raw, m.value) for m in find_amounts("Eleven Dollars and Fifty Cents or 2.40 dollars")]
    [('Eleven Dollars and Fifty Cents', Decimal('11.50')), ('2.40 dollars', Decimal('2.40'))]
    >>> [(m.raw, m.value) for m in find_amounts("Two Dollars & Fifty Cents")]
    [('Two Dollars & Fifty Cents', Decimal('2.50'))]
    >>> [(m.raw, m.value, m.currency) for m in find_amounts("at 8p per share or 25 cents")]
    [('8p', Decimal('0.08'), 'GBP'), ('25 cents', Decimal('0.25'), 'USD')]
    >>> find_amounts("at $12 1/16 per share")[0].value
    Decimal('12.0625')
    >>> find_amounts("$19.5 million")[0].value
    Decimal('19500000.0')
    >>> find_amounts("an exercise price of $ [    ] per Share")
    []
    """
    return _drop_overlaps(_digit_amounts(text) + _word_amounts(text))


def parse_amount(text: str) -> Decimal | None:
    """The money amount in `text`, with its digits as written; None if none or conflicting.

    A bare decimal is read as an amount. Where the text states one amount twice (words
    and digits) the digits reading is returned, since it carries the written precision.

    >>> parse_amount("$2.40"), parse_amount("US$0.001"), parse_amount("Cdn$1.25")
    (Decimal('2.40'), Decimal('0.001'), Decimal('1.25'))
    >>> parse_amount("Two and 40/100 Dollars"), parse_amount("Two Dollars and Forty Cents")
    (Decimal('2.40'), Decimal('2.40'))
    >>> parse_amount("$1,234.5678"), parse_amount("$.50"), parse_amount("0.0001")
    (Decimal('1234.5678'), Decimal('0.50'), Decimal('0.0001'))
    >>> parse_amount("Two and 40/100 Dollars ($2.40)")
    Decimal('2.40')
    >>> parse_amount("$2.40 or $3.00") is None, parse_amount("no price") is None
    (True, True)
    """
    stripped = text.strip()
    if _BARE_DECIMAL_RE.fullmatch(stripped):
        return _to_decimal(stripped, None)
    matches = find_amounts(stripped)
    if not matches or len({m.value for m in matches}) != 1:
        return None
    digits = [m for m in matches if m.kind == "digits"]
    return (digits or matches)[0].value


def words_digits_agree(
    words_value: int | Decimal | None, digits_value: int | Decimal | None
) -> bool:
    """True when both readings are present and equal as numbers ("2.4" equals "2.40").

    >>> words_digits_agree(83333, 83333), words_digits_agree(Decimal("2.4"), Decimal("2.40"))
    (True, True)
    >>> words_digits_agree(83333, 83334), words_digits_agree(None, 5)
    (False, False)
    """
    if words_value is None or digits_value is None:
        return False
    return Decimal(words_value) == Decimal(digits_value)


# The currency named by a sign or a word near an amount (the one home of currency reading).
_CURRENCY_MARK_RE = re.compile(
    r"(?P<sign>US\s?\$|U\.S\.\s?\$|Cdn\.?\s?\$|CDN\.?\s?\$|CA\$|(?<![A-Za-z])C\s?\$|AU\$|A\$|HK\$|S\$|₪|£|€|\$)"
    r"|(?P<word>\b(?:USD|CAD|AUD|EUR|GBP|CHF|HKD|SGD|ILS|NIS|CNY|RMB)\b|(?i:\b(?:(?:U\.\s?S\.|US|United\s{1,3}States|"
    r"Canadian|Australian|Hong\s{1,3}Kong|Singapore)\s{1,3})?dollars?\b|\beuros?\b|\bpounds?\s{1,3}sterling\b|"
    r"\bswiss\s{1,3}francs?\b|\b(?:New\s{1,3}Israeli\s{1,3})?she[kq]els?\b))"
    r"|(?<=\d)\s{0,2}(?P<pence>p|pence)\b"
)


def currency_mark(text: str, start: int = 0, end: int | None = None) -> tuple[str, int, int] | None:
    """The first currency sign or word in `text[start:end]`: (ISO code, start, end). A bare
    "$" or "dollars" is US dollars (these are SEC filings).

    >>> currency_mark("at Cdn$1.25 per share")
    ('CAD', 3, 7)
    >>> currency_mark("at 8p per share")
    ('GBP', 4, 5)
    >>> currency_mark("Two and 40/100 Dollars")
    ('USD', 15, 22)
    """
    m = _CURRENCY_MARK_RE.search(text, start, len(text) if end is None else end)
    if m is None:
        return None
    if m.group("sign"):
        return _currency_of_sign(m.group("sign")), m.start(), m.end()
    if m.group("pence"):
        return "GBP", m.start("pence"), m.end("pence")
    return _currency_of_word(m.group("word")), m.start(), m.end()
