"""A first-character guard for case-insensitive rule regexes.

Python's regex engine skips quickly to where a match can start only when the pattern opens
with a literal or a character class, and not at all under IGNORECASE when that is a letter. Nearly every rule opens with
`\\b` and an alternation of words under IGNORECASE, so the engine tries every alternative at
every position of a 100 KB exhibit. Prefixing `(?=[…])` with the characters a match can start
with lets it reject most positions with one class test (about 1.4× faster over the rule set,
`benchmarks/bench_batch.py`). The guard is a superset of the real first characters, so the
matches are exactly the unguarded pattern's (`tests/test_first_char.py` checks every rule).
"""

from __future__ import annotations

import importlib
import re
from typing import Any

# The stdlib's own regex parser: private, but the only exact reading of a pattern's structure.
_parser: Any = importlib.import_module("re._parser")
_c: Any = importlib.import_module("re._constants")

_CATEGORIES = {
    _c.CATEGORY_DIGIT: r"\d",
    _c.CATEGORY_NOT_DIGIT: r"\D",
    _c.CATEGORY_SPACE: r"\s",
    _c.CATEGORY_NOT_SPACE: r"\S",
    _c.CATEGORY_WORD: r"\w",
    _c.CATEGORY_NOT_WORD: r"\W",
}
_ZERO_WIDTH = (_c.AT, _c.ASSERT, _c.ASSERT_NOT)
_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT)
_START_ANCHORS = (_c.AT_BEGINNING, _c.AT_BEGINNING_STRING)
_LEADING_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


def _cases(code: int) -> list[str]:
    # Both cases always, so the guard holds whatever flags an inner group sets.
    ch = chr(code)
    return [re.escape(c) for c in dict.fromkeys((ch, ch.lower(), ch.upper())) if len(c) == 1]


def _class_parts(items: list[tuple[Any, Any]]) -> list[str] | None:
    parts: list[str] = []
    for op, av in items:
        if op is _c.LITERAL:
            parts += _cases(av)
        elif op is _c.RANGE:
            lo, hi = av
            parts.append(f"{re.escape(chr(lo))}-{re.escape(chr(hi))}")
            if any(chr(x).isalpha() for x in range(lo, min(hi, lo + 512) + 1)):
                parts.append("a-zA-Z")
        elif op is _c.CATEGORY and av in _CATEGORIES:
            parts.append(_CATEGORIES[av])
        else:  # a negated class or a Unicode category: any character may start
            return None
    return parts


def _first(items: Any) -> tuple[list[str], bool] | None:
    """The class parts a match of `items` can start with, and whether it can match empty;
    None when any character could start it."""
    parts: list[str] = []
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op is _c.LITERAL:
            return parts + _cases(av), False
        if op is _c.IN:
            got = _class_parts(av)
            return None if got is None else (parts + got, False)
        if op is _c.SUBPATTERN or op is _c.ATOMIC_GROUP:
            r = _first(av[3] if op is _c.SUBPATTERN else av)
        elif op is _c.BRANCH:
            found = [_first(branch) for branch in av[1]]
            if any(f is None for f in found):
                return None
            r = ([p for f in found if f for p in f[0]], any(f[1] for f in found if f))
        elif op in _REPEATS:
            lo, _, sub = av
            r = _first(sub)
            if r is not None and lo == 0:
                r = (r[0], True)
        else:
            return None
        if r is None:
            return None
        parts += r[0]
        if not r[1]:
            return parts, False
    return parts, True


def guard(pattern: str, flags: int) -> str:
    """`pattern` behind a lookahead for the characters its matches can start with, where that
    helps; else `pattern` unchanged."""
    tree = _parser.parse(pattern, flags)
    data = tree.data
    if not data:
        return pattern
    op, av = data[0]
    flags |= tree.state.flags
    case_sensitive_group = op is _c.SUBPATTERN and av[2] & re.IGNORECASE
    if not flags & re.IGNORECASE or op in (_c.LITERAL, _c.IN) or case_sensitive_group:
        return pattern  # the engine already skips to where a match can start
    if op is _c.AT and av in _START_ANCHORS and not flags & re.MULTILINE:
        return pattern  # tried at one place only
    found = _first(data)
    if found is None or found[1] or not found[0]:
        return pattern
    if any(part in (r"\w", r"\W", r"\S", r"\D") for part in found[0]):
        return pattern  # nearly any character may start: a class test would only add work
    if not any(c.isalpha() for part in found[0] for c in part.replace("\\", "")):
        return pattern  # uncased marks ("(", ";"): the engine skips to them already
    lead = _LEADING_FLAGS.match(pattern)
    cut = lead.end() if lead else 0
    chars = "".join(dict.fromkeys(found[0]))
    return f"{pattern[:cut]}(?=[{chars}])(?:{pattern[cut:]})"
