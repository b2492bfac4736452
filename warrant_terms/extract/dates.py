"""Dates as legal text writes them, including blanks left to be filled in.

Warrants date themselves "this 15th day of December, 2003", leave forms blank
("January [__], 2023", "____________, 20__") and define expiry relative to an event
("the fifth (5th) anniversary of the Issue Date"). These helpers find each expression with
its exact span and raw text; an expression that does not name one real day keeps its span
but has no value, so an extractor can report "stated but blank" rather than "not found".

All regexes are linear in the input: white space between tokens is bounded, and a run of
underscores is only entered at its first character (a look-behind).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from warrant_terms.extract.numbers import NUMBER_WORDS, words_to_int

__all__ = [
    "ORDINAL_WORDS",
    "AnniversaryMatch",
    "DateMatch",
    "add_years",
    "find_anniversary_phrases",
    "find_dates",
    "ordinal_to_int",
    "parse_date",
]

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}  # fmt: skip
MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7,
    "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

_ORDINAL_UNITS = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
]
_ORDINAL_TEENS = [
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
    "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
]  # fmt: skip
_ORDINAL_TENS = {
    "twenty": "twentieth", "thirty": "thirtieth", "forty": "fortieth", "fifty": "fiftieth",
    "sixty": "sixtieth", "seventy": "seventieth", "eighty": "eightieth", "ninety": "ninetieth",
}  # fmt: skip


def _ordinal_words() -> dict[str, int]:
    words = {name: i for i, name in enumerate(_ORDINAL_UNITS, start=1)}
    words.update({name: i for i, name in enumerate(_ORDINAL_TEENS, start=10)})
    for tens_value, (cardinal, ordinal) in enumerate(_ORDINAL_TENS.items(), start=2):
        words[ordinal] = tens_value * 10
        for unit_value, unit in enumerate(_ORDINAL_UNITS, start=1):
            words[f"{cardinal}-{unit}"] = tens_value * 10 + unit_value
    words["hundredth"] = 100
    return words


ORDINAL_WORDS: dict[str, int] = _ordinal_words()
"""English ordinal words 1-100 ("first" … "ninety-ninth", "hundredth"), hyphenated form."""

# --- building blocks --------------------------------------------------------------------


def _cat(*parts: str) -> str:
    """A regex from named parts, one logical piece per argument."""
    return "".join(parts)


_SP = r"\s{1,10}"  # bounded white space: a PDF line break may add a few characters
# "December 31. 2012": a full stop typed for the comma before a year
_COMMA_SEP = r"(?:\s{0,3},\s{0,10}|\.\s{1,3}(?=[12]\d{3}(?!\d))|\s{1,10})"


def _month_pattern() -> str:
    # Months are capitalised in contracts; lowercase "may" is the verb, so it is left out.
    names = sorted(MONTHS, key=len, reverse=True)
    full = [form for n in names for form in (n.title(), n.upper(), n) if form != "may"]
    abbreviations = sorted(MONTH_ABBREVIATIONS, key=len, reverse=True)
    short = [form for a in abbreviations for form in (a.title(), a.upper())]
    return r"\b(?:(?:" + "|".join(full) + r")\b|(?:" + "|".join(short) + r")\b\.?)"


_MONTH = _month_pattern()
# A blank for the day or month: "[__]", "[•]", "[●]", "[ ]", "________".
_BLANK = r"(?:\[[_•●·*\s.\-]{0,30}\]|_{2,})"
_DAY_DIGITS = r"[0-3]?\d(?:\s?(?i:st|nd|rd|th))?(?!\w)"
_ORDINAL_DAY = (
    r"\b(?i:(?:twenty|thirty)[\s\-]?(?:"
    + "|".join(_ORDINAL_UNITS)
    + ")|"
    + "|".join(["twentieth", "thirtieth", *reversed(_ORDINAL_TEENS), *_ORDINAL_UNITS])
    + r")\b"
)
_YEAR = _cat(
    r"(?:(?P<year>[12]\d{3})(?![\d_])",
    r"|(?P<year_blank>(?:19|20)(?:_{1,10}|\[[_•●\s]{0,10}\])|_{2,10}(?!_)|\[[_•●\s]{0,10}\]))",
)
_MDY_RE = re.compile(
    _cat(
        "(?P<month>", _MONTH, ")", _SP,
        "(?P<day>", _DAY_DIGITS, "|", _BLANK, ")",
        "(?:", _COMMA_SEP, _YEAR, ")?",
    )
)  # fmt: skip
_DMY_RE = re.compile(
    _cat(
        r"(?<![\w.,/])(?P<day>", _DAY_DIGITS, ")", _SP,
        "(?P<month>", _MONTH, ")", _COMMA_SEP, _YEAR,
    )
)  # fmt: skip
# "the 15th day of December, 2003", "this [●] day of [●], 2020", "16 day of December".
_DAY_OF_RE = re.compile(
    _cat(
        r"(?:\b(?i:the|this)", _SP, r")?(?<![\w_])",
        "(?P<day>", _DAY_DIGITS, "|", _ORDINAL_DAY, "|", _BLANK, ")",
        _SP, "(?i:day)", _SP, "(?i:of)", _SP,
        "(?P<month>", _MONTH, "|", _BLANK, ")",
        "(?:", _COMMA_SEP,
        r"(?:(?i:in\s{1,5})?(?i:the)\s{1,5}(?i:year)\s{1,5}(?:(?i:of)\s{1,5})?)?",
        _YEAR, ")?",
    )
)  # fmt: skip
# "the 12th of April, 2002": an ordinal day "of" the month, without "day".
_ORDINAL_OF_RE = re.compile(
    _cat(
        r"(?:\b(?i:the|this)", _SP, r")?(?<![\w_])",
        r"(?P<day>[0-3]?\d\s?(?i:st|nd|rd|th)(?!\w)|", _ORDINAL_DAY, ")",
        _SP, "(?i:of)", _SP, "(?P<month>", _MONTH, ")", _COMMA_SEP, _YEAR,
    )
)  # fmt: skip
_US_NUMERIC_RE = re.compile(
    r"(?<![\d/.\-])(?P<month>\d{1,2})/(?P<day>\d{1,2})/(?P<year>[12]\d{3})(?![\d/])"
)
_ISO_RE = re.compile(r"(?<![\d/.\-])(?P<year>[12]\d{3})-(?P<month>\d\d)-(?P<day>\d\d)(?![\d\-])")
# "[•], 2020", "__________, 2011", "_____ __, 20__": month and day both left blank.
_BLANK_DAY_MONTH_RE = re.compile(
    _cat(
        r"(?<![\w\]_])(?P<blank>", _BLANK, r"(?:\s{1,3}", _BLANK, ")?)",
        r"\s{0,3},\s{0,10}", _YEAR,
    )
)  # fmt: skip
_MONTH_YEAR_RE = re.compile(r"(?P<month>" + _MONTH + ")" + _COMMA_SEP + _YEAR)

_DIGIT_ORDINAL_RE = re.compile(r"(\d{1,3})\s?(?:st|nd|rd|th)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class DateMatch:
    """A date expression; `text[start:end] == raw`.

    `value` is None and `complete` False when a part is missing or blank, or when the
    parts name no real day ("February 30, 2003"); `complete` is exactly `value is not None`.
    """

    start: int
    end: int
    value: date | None
    raw: str
    complete: bool


@dataclass(frozen=True, slots=True)
class AnniversaryMatch:
    """A date stated relative to an event: `amount` `unit`s after the date named by `anchor`
    ("the fifth anniversary of the Issue Date" is 5 years; "sixty (60) months from the date
    of this Warrant" is 60 months). `unit` is years, months, days, business_days or
    trading_days."""

    start: int
    end: int
    amount: int
    anchor: str
    raw: str
    unit: str = "years"

    @property
    def years(self) -> int | None:
        return self.amount if self.unit == "years" else None

    @property
    def anchor_start(self) -> int:
        return self.end - len(self.anchor)


def ordinal_to_int(text: str) -> int | None:
    """An ordinal in words or digits to an int; None when `text` is not one ordinal.

    >>> ordinal_to_int("fifth"), ordinal_to_int("Tenth"), ordinal_to_int("5th")
    (5, 10, 5)
    >>> ordinal_to_int("twentieth"), ordinal_to_int("Twenty-First"), ordinal_to_int("thirty first")
    (20, 21, 31)
    >>> ordinal_to_int("10 th"), ordinal_to_int("22nd"), ordinal_to_int("five") is None
    (10, 22, True)
    """
    normal = re.sub(r"[\s\-\u2010\u2011\u2013]+", "-", text.strip().lower())
    if normal in ORDINAL_WORDS:
        return ORDINAL_WORDS[normal]
    digits = _DIGIT_ORDINAL_RE.fullmatch(text.strip())
    return int(digits.group(1)) if digits else None


def _leading_int(token: str) -> int:
    """The digits a token starts with ("15th" -> 15); callers check it starts with one."""
    digits = len(token) - len(token.lstrip("0123456789"))
    return int(token[:digits])


def _month_number(token: str | None) -> int | None:
    if token is None:
        return None
    key = token.rstrip(".").lower()
    return MONTHS.get(key) or MONTH_ABBREVIATIONS.get(key)


def _day_number(token: str | None) -> int | None:
    if token is None or token.startswith(("[", "_")):
        return None
    if token[:1].isdigit():
        return _leading_int(token)
    return ordinal_to_int(token)


def _make(match: re.Match[str], day: int | None, month: int | None) -> DateMatch:
    year_text = match.groupdict().get("year")
    value: date | None = None
    if day is not None and month is not None and year_text is not None:
        try:
            value = date(int(year_text), month, day)
        except ValueError:  # "February 30": the parts name no real day
            value = None
    return DateMatch(match.start(), match.end(), value, match.group(), value is not None)


# Where a date may be: the words and marks every date expression holds. Each is a plain
# alternation or starts with a character class, which `re` scans for quickly; the full
# expressions (with their look-behinds and optional leads) run only in windows around them.
_MONTH_ANCHOR_RE = re.compile(
    "|".join(sorted({f for m in (*MONTHS, *MONTH_ABBREVIATIONS) for f in (m.title(), m.upper(), m)},
                    key=len, reverse=True))
)
_DAY_ANCHOR_RE = re.compile(r"[Dd][Aa][Yy]\s{1,10}[Oo][Ff]\b")
_SLASH_ANCHOR_RE = re.compile(r"\d/\d")
_ISO_ANCHOR_RE = re.compile(r"[12]\d{3}-\d\d-\d\d")
_BLANK_ANCHOR_RE = re.compile(r"[\[_]")
_WINDOW_BEFORE, _WINDOW_AFTER = 90, 90


def _windows(positions: list[int], size: int, before: int, after: int) -> list[tuple[int, int]]:
    """Merged windows `[p - before, p + after]` around sorted positions."""
    out: list[tuple[int, int]] = []
    for p in positions:
        lo, hi = max(0, p - before), min(size, p + after)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def _matches(regex: re.Pattern[str], text: str, windows: list[tuple[int, int]]) -> list[re.Match[str]]:
    found: dict[tuple[int, int], re.Match[str]] = {}
    for lo, hi in windows:
        for m in regex.finditer(text, lo, hi):
            found.setdefault(m.span(), m)
    return list(found.values())


def _candidates(text: str) -> list[DateMatch]:
    size = len(text)

    def near(anchor: re.Pattern[str]) -> list[tuple[int, int]]:
        return _windows([m.start() for m in anchor.finditer(text)], size, _WINDOW_BEFORE, _WINDOW_AFTER)

    months, days = near(_MONTH_ANCHOR_RE), near(_DAY_ANCHOR_RE)
    found: list[DateMatch] = []
    for regex, windows in ((_MDY_RE, months), (_DMY_RE, months), (_DAY_OF_RE, days), (_ORDINAL_OF_RE, months)):
        for m in _matches(regex, text, windows):
            found.append(_make(m, _day_number(m.group("day")), _month_number(m.group("month"))))
    for m in _matches(_US_NUMERIC_RE, text, near(_SLASH_ANCHOR_RE)):
        month, day = int(m.group("month")), int(m.group("day"))
        if month > 12 >= day:  # unambiguously day-first ("15/12/2003")
            month, day = day, month
        found.append(_make(m, day, month))
    for m in _matches(_ISO_RE, text, near(_ISO_ANCHOR_RE)):
        found.append(_make(m, int(m.group("day")), int(m.group("month"))))
    for regex, windows in ((_BLANK_DAY_MONTH_RE, near(_BLANK_ANCHOR_RE)), (_MONTH_YEAR_RE, months)):
        for m in _matches(regex, text, windows):
            found.append(_make(m, None, None))
    return found


def find_dates(text: str) -> list[DateMatch]:
    """Every date expression in `text`, complete or not, in order of position.

    >>> [(m.raw, m.value) for m in find_dates("dated December 15, 2003 and 2003-12-16")]
    [('December 15, 2003', datetime.date(2003, 12, 15)), ('2003-12-16', datetime.date(2003, 12, 16))]
    >>> [(m.raw, m.complete) for m in find_dates("duly authorized this 16 day of December.")]
    [('this 16 day of December', False)]
    >>> [m.raw for m in find_dates("EXPIRATION DATE: January [__], 2023; Dated as of [•], 2020")]
    ['January [__], 2023', '[•], 2020']
    >>> find_dates("on the fifteenth day of June, 1998")[0].value
    datetime.date(1998, 6, 15)
    >>> find_dates("under its corporate seal as of the 12th of April, 2002.")[0].value
    datetime.date(2002, 4, 12)
    """
    kept: list[DateMatch] = []
    # Overlaps keep the earliest, then longest, expression ("the 15th day of December,
    # 2003" over "December, 2003" inside it).
    for match in sorted(_candidates(text), key=lambda m: (m.start, -m.end)):
        if not kept or match.start >= kept[-1].end:
            kept.append(match)
    return kept


def parse_date(text: str) -> date | None:
    """The first complete, real date in `text`; None when there is none.

    >>> parse_date("December 15, 2003"), parse_date("the 15th day of December, 2003")
    (datetime.date(2003, 12, 15), datetime.date(2003, 12, 15))
    >>> parse_date("12/15/2003"), parse_date("5:00 p.m. (Pacific time) on Dec. 15, 2003")
    (datetime.date(2003, 12, 15), datetime.date(2003, 12, 15))
    >>> parse_date("February 30, 2003") is None, parse_date("16 day of December") is None
    (True, True)
    >>> parse_date("January [__], 2023") is None, parse_date("____________, 20__") is None
    (True, True)
    """
    for match in find_dates(text):
        if match.value is not None:
            return match.value
    return None


def add_years(d: date, years: int) -> date:
    """`d` moved by whole years; February 29 becomes February 28 in a common year.

    >>> add_years(date(2003, 12, 15), 5), add_years(date(2004, 2, 29), 1)
    (datetime.date(2008, 12, 15), datetime.date(2005, 2, 28))
    """
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # only February 29 into a common year
        return d.replace(year=d.year + years, day=28)


# --- anniversaries ----------------------------------------------------------------------
_ORDINAL_ANY = (
    r"\b(?i:"
    + "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True)).replace("-", r"[\s\-]?")
    + r")\b"
)
_ORDINAL_DIGITS = r"\d{1,3}\s?(?i:st|nd|rd|th)\b"
_CARDINAL_WORD = r"(?:" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + ")"
_CARDINAL = r"\b(?i:" + _CARDINAL_WORD + r"(?:[\s\-]{1,3}" + _CARDINAL_WORD + r"){0,5})\b"
_DIGITS_IN_PARENS = r"(?:\s{0,3}\(\s{0,3}(?P<paren>\d{1,3}(?:\s?(?i:st|nd|rd|th))?)\s{0,3}\))?"
# The anchor: up to eight words; trimmed in Python where it stops being a name.
_ANCHOR_GAP = r"(?:[ \t]{1,3}|[ \t]?\r?\n[ \t]{0,3})"  # one line break at most
_ANCHOR = (
    r"(?:(?i:the)\s{1,5})?(?P<anchor>[A-Za-z][\w'’\-]*(?:"
    + _ANCHOR_GAP
    + r"[A-Za-z][\w'’\-]*){0,11})"
)

_THE = r"(?:\b(?i:the)" + _SP + ")?"
_YEARS_COUNT = "(?P<count>" + _CARDINAL + r"|\b\d{1,3})" + _DIGITS_IN_PARENS
# "the fifth (5th) anniversary of the Issue Date"
_ORDINAL_ANNIVERSARY_RE = re.compile(
    _cat(
        _THE, "(?P<count>", _ORDINAL_ANY, "|", _ORDINAL_DIGITS, ")", _DIGITS_IN_PARENS,
        r"(?:[\s\-]{1,3}(?i:year))?", _SP, "(?i:anniversary)", _SP, "(?i:of|after|following)", _SP, _ANCHOR,
    )
)  # fmt: skip
# "the one (1) year anniversary of the Closing Date", "the eighteen (18) month anniversary of …"
_CARDINAL_ANNIVERSARY_RE = re.compile(
    _cat(
        _THE, _YEARS_COUNT, r"[\s\-]{1,3}(?P<unit>(?i:year|month))[\s\-]{1,3}(?i:anniversary)",
        _SP, "(?i:of|after|following)", _SP, _ANCHOR,
    )
)  # fmt: skip
# "the date that is five (5) years after the Initial Exercise Date", "ten years from ...",
# "sixty (60) months from the date of this Warrant", "thirty (30) days after the completion of"
_UNIT = (
    r"(?P<unit>(?i:years?(?:\(s\))?|calendar\s{1,3}months?|months?(?:\(s\))?|calendar\s{1,3}days?|"
    r"business\s{1,3}days?|trading\s{1,3}days?|days?))"
)
# "the thirtieth (30th) day following the consummation of …" (the ordinal day after an event)
_ORDINAL_DAY_RE = re.compile(
    _cat(
        _THE, "(?P<count>", _ORDINAL_ANY, "|", _ORDINAL_DIGITS, ")", _DIGITS_IN_PARENS, r"[\s\-]{1,3}",
        r"(?P<unit>(?i:calendar\s{1,3}day|business\s{1,3}day|trading\s{1,3}day|day))", _SP,
        "(?i:after|following|from|subsequent\\s{1,3}to)", _SP, _ANCHOR,
    )
)  # fmt: skip
_YEARS_AFTER_RE = re.compile(
    _cat(
        r"(?:\b(?i:the)", _SP, "(?i:date|day)", _SP,
        "(?:(?i:that|which)", _SP, "(?i:is)", _SP, ")?)?",
        _YEARS_COUNT, r"[\s\-]{1,3}", _UNIT, _SP,
        "(?i:after|from|following|of|subsequent\\s{1,3}to)", _SP, _ANCHOR,
    )
)  # fmt: skip
# "the date that is five and one-half (5.5) years after the Initial Exercise Date": counted
# in months (66), the contract's amounts being whole numbers
_HALF_YEARS_AFTER_RE = re.compile(
    _cat(
        r"(?:\b(?i:the)", _SP, "(?i:date|day)", _SP,
        "(?:(?i:that|which)", _SP, "(?i:is)", _SP, ")?)?",
        "(?P<count>", _CARDINAL, r"|\b\d{1,3})", _SP, "(?i:and)", _SP, r"(?P<half>(?i:one[\s\-]half|a\s{1,3}half))",
        r"(?:\s{0,3}\(\s{0,3}\d{1,3}(?:\.5|\s?½|[\s\-]1/2)\s{0,3}\))?", r"[\s\-]{1,3}(?i:years?)", _SP,
        "(?i:after|from|following|of|subsequent\\s{1,3}to)", _SP, _ANCHOR,
    )
)  # fmt: skip
# "for an eighteen month period commencing immediately from the effective date of this
# offering", "for a period of five years commencing on the date hereof"
_PERIOD_COMMENCING_RE = re.compile(
    _cat(
        r"(?:(?i:for)", _SP, r")?(?:(?i:a)\s{1,3}(?i:period)\s{1,3}(?i:of)\s{1,3})?(?:(?i:an?)\s{1,3})?",
        _YEARS_COUNT, r"[\s\-]{1,3}", r"(?P<unit>(?i:years?|months?))", r"(?:\s{1,3}(?i:period))?", _SP,
        r"(?i:commencing|beginning|starting)", _SP, r"(?:(?i:immediately)", _SP, ")?",
        "(?i:on|from|upon|with|after)", _SP, _ANCHOR,
    )
)  # fmt: skip
_ANCHOR_STOP_WORDS = frozenset(
    [
        "or",
        "and",
        "in",
        "at",
        "on",
        "subject",
        "provided",
        "unless",
        "which",
        "that",
        "by",
        "to",
        "but",
        "for",
        "pursuant",
        "as",
        "if",
        "with",
        "when",
        "is",
        "shall",
        "will",
        "may",
        "prior",
        "until",
        "upon",
    ]
)
_ANCHOR_CONNECTORS = frozenset({"of", "the"})
# "the date on which the Company completes its initial Business Combination": after these
# words the anchor is a clause, read to the punctuation that ends it.
_CLAUSE_STARTERS = frozenset({"on", "which", "that", "when", "it", "upon"})
_CLAUSE_ENDERS = frozenset({"and", "or", "provided", "subject", "unless", "but"})
_MAX_PHRASE_ANCHOR_WORDS = 10
# The keyword every anniversary phrase contains, and how far around it a phrase can reach.
_ANNIVERSARY_KEYWORD_RE = re.compile(
    r"(?i:anniversary|(?:years?|months?|days?)(?:\(s\))?\s{1,10}(?:after|from|following|of|subsequent)"
    r"|(?:years?|months?|period)\s{1,10}(?:commencing|beginning|starting))"
)
_REACH_BEFORE = 200
_REACH_AFTER = 400


def _anchor_length(anchor: str) -> int:
    """How much of the matched anchor text names the event; 0 when none of it does.

    A defined term runs over capitalised words ("Initial Exercise Date", "Date of
    Issuance"); a plain phrase ("date hereof", "such date") runs to a stop word, or to the
    end of the clause after "date on which".
    """
    words = list(re.finditer(r"\S+", anchor))
    if not words:
        return 0
    end = 0
    if len(words) > 1 and words[0].group()[0].isupper() and words[0].group().endswith(("’s", "'s")):
        # "the Company’s completion of an initial Business Combination": whose event, then the event
        rest = _anchor_length(anchor[words[1].start() :])
        return words[1].start() + rest if rest else 0
    if words[0].group()[0].isupper():
        for i, word in enumerate(words):
            token = word.group()
            followed_by_name = i + 1 < len(words) and words[i + 1].group()[0].isupper()
            if token[0].isupper():
                end = word.end()
            elif not (token in _ANCHOR_CONNECTORS and followed_by_name):
                break
        return end
    lowered = [w.group().lower() for w in words]
    if any(i + 1 < len(words) and lowered[i] in ("date", "day", "time") and lowered[i + 1] in _CLAUSE_STARTERS
           for i in range(min(3, len(words)))) or (len(words) > 1 and lowered[1] in _CLAUSE_STARTERS):
        for word in words:
            if word.group().lower() in _CLAUSE_ENDERS:
                break
            end = word.end()
        return end
    skip = 0
    for i, word in enumerate(words[:_MAX_PHRASE_ANCHOR_WORDS]):
        if skip:
            skip -= 1
            end = word.end()
            continue
        # "the consummation by the Company of a Business Combination": the actor is part of it.
        if lowered[i] == "by" and i + 3 < len(words) and lowered[i + 1] == "the" \
                and words[i + 2].group()[0].isupper() and lowered[i + 3] == "of":
            skip = 2
            end = word.end()
            continue
        if lowered[i] in _ANCHOR_STOP_WORDS:
            break
        end = word.end()
    return end


def _keyword_segments(text: str) -> list[tuple[int, int]]:
    """Merged stretches of `text` near an anniversary keyword; the rest cannot match."""
    segments: list[tuple[int, int]] = []
    for hit in _ANNIVERSARY_KEYWORD_RE.finditer(text):
        lo, hi = max(0, hit.start() - _REACH_BEFORE), min(len(text), hit.end() + _REACH_AFTER)
        if segments and lo <= segments[-1][1]:
            segments[-1] = (segments[-1][0], hi)
        else:
            segments.append((lo, hi))
    return segments


def _count_value(count: str) -> int | None:
    if count[:1].isdigit():
        return _leading_int(count)
    return ordinal_to_int(count) or words_to_int(count)


def _unit_name(raw: str | None) -> str:
    """ "Business Days" → "business_days"; None (an anniversary) → "years"."""
    if raw is None:
        return "years"
    words = raw.lower().replace("(s)", "").split()  # "four year(s)"
    last = words[-1].rstrip("s") + "s"
    if words[0] in ("business", "trading"):
        return f"{words[0]}_days"
    return last


def add_period(d: date, amount: int, unit: str) -> date | None:
    """`d` moved by a period; None for business or trading days (they need a calendar).

    >>> add_period(date(2007, 9, 25), 60, "months"), add_period(date(2020, 1, 31), 1, "months")
    (datetime.date(2012, 9, 25), datetime.date(2020, 2, 29))
    >>> add_period(date(2020, 1, 1), 30, "days"), add_period(date(2020, 1, 1), 5, "trading_days")
    (datetime.date(2020, 1, 31), None)
    """
    if unit == "years":
        return add_years(d, amount)
    if unit == "months":
        month0 = d.month - 1 + amount
        year, month = d.year + month0 // 12, month0 % 12 + 1
        for day in (d.day, 30, 29, 28):
            try:
                return d.replace(year=year, month=month, day=day)
            except ValueError:
                continue
    if unit == "days":
        return d + timedelta(days=amount)
    return None


def find_anniversary_phrases(text: str) -> list[AnniversaryMatch]:
    """Expiries written as years after an event, in order of position.

    >>> [(m.years, m.anchor) for m in find_anniversary_phrases(
    ...     "until the fifth (5th) anniversary of the Issue Date.")]
    [(5, 'Issue Date')]
    >>> [(m.years, m.anchor) for m in find_anniversary_phrases("The 7th anniversary after the Issue Date")]
    [(7, 'Issue Date')]
    >>> m = find_anniversary_phrases(
    ...     "on the date that is five (5) years after the Initial Exercise Date, or")[0]
    >>> m.years, m.anchor, m.raw
    (5, 'Initial Exercise Date', 'the date that is five (5) years after the Initial Exercise Date')
    >>> [(m.amount, m.unit, m.anchor) for m in find_anniversary_phrases(
    ...     "the thirtieth (30th) day following the Closing Date")]
    [(30, 'days', 'Closing Date')]
    >>> [(m.years, m.anchor) for m in find_anniversary_phrases("ten years from the date hereof")]
    [(10, 'date hereof')]
    >>> [(m.amount, m.unit, m.anchor) for m in find_anniversary_phrases(
    ...     "on the eighteen (18) month anniversary of the Initial Exercise Date")]
    [(18, 'months', 'Initial Exercise Date')]
    >>> [(m.amount, m.unit, m.anchor) for m in find_anniversary_phrases(
    ...     "for an eighteen month period commencing immediately from the effective date of this offering")]
    [(18, 'months', 'effective date of this offering')]
    """
    found: list[AnniversaryMatch] = []
    # Only the stretches around a keyword are searched: the number-word alternations are
    # slow to try at every position of a long document.
    regexes = (_ORDINAL_ANNIVERSARY_RE, _CARDINAL_ANNIVERSARY_RE, _ORDINAL_DAY_RE, _YEARS_AFTER_RE,
               _PERIOD_COMMENCING_RE, _HALF_YEARS_AFTER_RE)
    for lo, hi in _keyword_segments(text):
        for m in (m for regex in regexes for m in regex.finditer(text, lo, hi)):
            amount = _count_value(m.group("count"))
            length = _anchor_length(m.group("anchor"))
            if amount is None or amount <= 0 or length == 0:
                continue
            anchor_start = m.start("anchor")
            end = anchor_start + length
            unit = _unit_name(m.groupdict().get("unit"))
            if m.groupdict().get("half"):
                amount, unit = amount * 12 + 6, "months"
            found.append(
                AnniversaryMatch(
                    m.start(), end, amount, text[anchor_start:end], text[m.start() : end], unit
                )
            )
    kept: list[AnniversaryMatch] = []
    for match in sorted(found, key=lambda a: (a.start, -a.end)):
        if not kept or match.start >= kept[-1].end:
            kept.append(match)
    return kept
