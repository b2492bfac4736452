"""The first-character guard: every rule regex finds exactly what it found unguarded."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from warrant_terms.extract import rulebook
from warrant_terms.extract.first_char import guard

CONSTRUCTED = Path(__file__).resolve().parents[1] / "corpus" / "constructed"
# Different eras and layouts: 1990s text, Markdown tables, EDGAR HTML, a SPAC agreement.
SAMPLES = sorted(CONSTRUCTED.glob("c00[1-8]_*")) + sorted(CONSTRUCTED.glob("c43[1-5]_*"))


def _raw_regexes() -> list[tuple[str, str, int]]:
    """(where, pattern after macros, flags) for every regex and rule in the pattern files."""
    out: list[tuple[str, str, int]] = []
    macros = rulebook.shared_macros()
    for name in rulebook.pattern_files():
        P = rulebook.patterns(name)
        local = {**macros, **P.data.macros}
        for key, value in P.data.regexes.items():
            flags = re.DOTALL | (0 if key in P.data.case_sensitive else re.IGNORECASE)
            out.append((f"{name}:{key}", rulebook.expand(value, local), flags))
        for key, rules in P.data.rules.items():
            for r in rules:
                flags = 0
                for f in r.flags:
                    flags |= rulebook._FLAGS[f]
                out.append((f"{name}:{key}.{r.id}", rulebook.expand(r.pattern, local), flags))
    return out


RAW = _raw_regexes()


def test_most_rules_are_guarded() -> None:
    guarded = [w for w, p, f in RAW if guard(p, f) != p]
    assert len(guarded) > len(RAW) // 2, "the guard stopped applying to the rule set"


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name[:4])
def test_guarded_rules_match_exactly_as_unguarded(sample: Path) -> None:
    from warrant_terms.parse import load

    text = load(sample)[0].text  # type: ignore[union-attr]
    for where, pattern, flags in RAW:
        fenced = guard(pattern, flags)
        if fenced == pattern:
            continue
        plain = [m.span() for m in re.finditer(pattern, text, flags)]
        assert [m.span() for m in re.finditer(fenced, text, flags)] == plain, where


@pytest.mark.parametrize(
    ("pattern", "flags", "text", "spans"),
    [
        # A top-level alternation stays one alternation behind the guard.
        (r"\bfoo|bar\b", re.IGNORECASE, "a BAR and a Foo", [(2, 5), (12, 15)]),
        # A global flag group stays first.
        (r"(?i)\bwarrants?\b", 0, "the WARRANT and warrants", [(4, 11), (16, 24)]),
        # An optional opening word: the next element's characters start a match too.
        (r"(?:the\s+)?Company\b", re.IGNORECASE, "the Company, company", [(0, 11), (13, 20)]),
        # An inner group that turns case-folding off keeps its own case.
        (r"\b(?:(?-i:Holder)|warrant)", re.IGNORECASE, "Holder HOLDER WARRANT", [(0, 6), (14, 21)]),
        # A class range over letters.
        (r"\b[a-c]\d\b", re.IGNORECASE, "B2 d4 a9", [(0, 2), (6, 8)]),
    ],
)
def test_guard_keeps_meaning(pattern: str, flags: int, text: str, spans: list[tuple[int, int]]) -> None:
    fenced = guard(pattern, flags)
    assert fenced != pattern
    assert [m.span() for m in re.finditer(fenced, text, flags)] == spans
    assert [m.span() for m in re.finditer(pattern, text, flags)] == spans


@pytest.mark.parametrize(
    "pattern",
    [
        r"\Athe",  # tried at one place only
        r"^Warrant",  # likewise, without MULTILINE
        r"Warrant",  # a literal: the engine already skips to it
        r"\(\s*(?:i|ii)\)|;\s*and",  # marks without case: likewise
        r"(?-i:EXHIBIT|Exhibit)\s+\d",  # a case-sensitive opening: likewise
        r"[A-Z]\w+",  # a class opening: likewise
        r"\b(?:the)?",  # can match empty
        r"\b[^a]b",  # any character may start
        r"\b.x",
        r"\b\w+ly",  # a broad class: the guard would only add work
    ],
)
def test_guard_leaves_alone_where_it_cannot_help(pattern: str) -> None:
    assert guard(pattern, re.IGNORECASE) == pattern
