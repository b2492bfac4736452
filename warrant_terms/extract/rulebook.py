"""Rules as validated data: the pattern files under `extract/patterns/` and the closed set of
rule ids.

A pattern file (one per recognizer, medspacy `TargetRule` style) holds named regexes, term
lists, scores and ordered rule lists. It is checked when loaded: an unknown key, a regex that
does not compile, a macro that is not defined, a rule id outside `rule_ids.json`, or a phrase
under two labels fails at once, not on the document that happens to use it.

Regexes may use macros written `<<NAME>>`, defined in the file's `macros` or in the shared
`macros.json`, so that a family of wordings ("purchase", "subscribe for and purchase",
"acquire") is written once and reused.
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, model_validator

from warrant_terms.extract.first_char import guard

PATTERNS_DIR = Path(__file__).parent / "patterns"
_MACRO = re.compile(r"<<([A-Z_][A-Z0-9_]*)>>")
_FLAGS = {"IGNORECASE": re.IGNORECASE, "DOTALL": re.DOTALL, "MULTILINE": re.MULTILINE}


class PatternError(ValueError):
    """A pattern file that does not validate."""


class RegexRule(BaseModel):
    """One rule: a rule id, its regex and base score. Rules of a list are tried in order."""

    model_config = ConfigDict(extra="forbid")

    id: str
    pattern: str
    score: float = Field(ge=0.0, le=1.0)
    flags: list[str] = Field(default_factory=lambda: ["IGNORECASE", "DOTALL"])
    value: str | None = Field(default=None, description="the value the rule stands for, if any")
    example: str | None = Field(default=None, description="a sentence the rule must match")
    gate: list[str] | None = Field(
        default=None,
        description="lower-case words one of which the text must contain before the rule is "
        "tried (a plain substring test, far cheaper than the rule): words without which it "
        "cannot match",
    )


class PatternFile(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    doc: str = Field(alias="_doc", default="")
    macros: dict[str, str] = Field(default_factory=dict)
    scores: dict[str, float] = Field(default_factory=dict)
    windows: dict[str, int] = Field(default_factory=dict)
    terms: dict[str, list[str]] = Field(default_factory=dict)
    regexes: dict[str, str] = Field(default_factory=dict)
    case_sensitive: list[str] = Field(
        default_factory=list, description="regexes compiled without IGNORECASE"
    )
    rules: dict[str, list[RegexRule]] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _scores_in_range(self) -> PatternFile:
        bad = {k: v for k, v in self.scores.items() if not -1.0 <= v <= 1.0}
        if bad:
            raise ValueError(f"scores outside [-1, 1]: {bad}")
        unknown = set(self.case_sensitive) - set(self.regexes)
        if unknown:
            raise ValueError(f"case_sensitive names unknown regexes: {sorted(unknown)}")
        return self


class Patterns:
    """A loaded, compiled pattern file."""

    def __init__(self, name: str, data: PatternFile, shared_macros: dict[str, str]) -> None:
        self.name = name
        self.data = data
        macros = {**shared_macros, **data.macros}
        self._regexes = {
            key: _compile(
                f"{name}:regexes.{key}",
                expand(value, macros),
                ["DOTALL"] if key in data.case_sensitive else ["IGNORECASE", "DOTALL"],
            )
            for key, value in data.regexes.items()
        }
        self._rules = {
            key: [
                (r, _compile(f"{name}:rules.{key}.{r.id}", expand(r.pattern, macros), r.flags))
                for r in rules
            ]
            for key, rules in data.rules.items()
        }
        self._gates = {
            id(r): tuple(g.lower() for g in r.gate)
            for rules in data.rules.values()
            for r in rules
            if r.gate is not None
        }
        known = rule_ids()
        for key, rules in data.rules.items():
            for r in rules:
                if r.id not in known:
                    raise PatternError(f"{name}: rule {r.id!r} (in {key}) is not in rule_ids.json")
        for key, pairs in self._rules.items():
            for r, compiled in pairs:
                if r.example is not None and not compiled.search(r.example):
                    raise PatternError(f"{name}: rule {r.id!r} does not match its own example")
                gate = self._gates.get(id(r))
                if r.example is not None and gate is not None and not any(
                    g in r.example.lower() for g in gate
                ):
                    raise PatternError(f"{name}: rule {r.id!r}: its gate misses its own example")

    def regex(self, key: str) -> re.Pattern[str]:
        try:
            return self._regexes[key]
        except KeyError:
            raise KeyError(f"{self.name}: no regex {key!r}") from None

    def rules(self, key: str) -> list[tuple[RegexRule, re.Pattern[str]]]:
        try:
            return self._rules[key]
        except KeyError:
            raise KeyError(f"{self.name}: no rule list {key!r}") from None

    def gates_present(self, key: str, text: str, spans: list[tuple[int, int]]) -> list[set[str]]:
        """For each of the sorted, disjoint stretches `spans` of `text`, the gate words of list
        `key` found inside it: each word is searched once over the whole text, so that many
        stretches cost one pass rather than one search per rule and stretch."""
        lowered = text.lower()
        starts = [sp[0] for sp in spans]
        present: list[set[str]] = [set() for _ in spans]
        words = {g for rule, _ in self.rules(key) for g in self._gates.get(id(rule), ())}
        for w in words:
            i = lowered.find(w)
            while i >= 0:
                k = bisect.bisect_right(starts, i) - 1
                if k >= 0 and i + len(w) <= spans[k][1]:
                    present[k].add(w)
                i = lowered.find(w, i + 1)
        return present

    def matching(
        self, key: str, text: str, start: int = 0, end: int | None = None,
        present: set[str] | None = None,
    ) -> Iterator[tuple[RegexRule, re.Match[str]]]:
        """The rules of list `key` that match `text[start:end]`, in order, each with its
        match; a rule whose gate words are absent from the stretch is not tried (`present`:
        the gate words in the stretch, from `gates_present`)."""
        stop = len(text) if end is None else end
        low = text[start:stop].lower() if present is None else ""
        for rule, rx in self.rules(key):
            gate = self._gates.get(id(rule))
            if gate is not None and (
                present.isdisjoint(gate) if present is not None else all(g not in low for g in gate)
            ):
                continue
            m = rx.search(text, start, stop)
            if m is not None:
                yield rule, m

    def score(self, key: str) -> float:
        try:
            return self.data.scores[key]
        except KeyError:
            raise KeyError(f"{self.name}: no score {key!r}") from None

    def window(self, key: str) -> int:
        try:
            return self.data.windows[key]
        except KeyError:
            raise KeyError(f"{self.name}: no window {key!r}") from None

    def terms(self, key: str) -> list[str]:
        try:
            return self.data.terms[key]
        except KeyError:
            raise KeyError(f"{self.name}: no term list {key!r}") from None

    def term_regex(self, key: str) -> re.Pattern[str]:
        """The term list `key` as one alternation of whole words, longest first."""
        words = sorted(self.terms(key), key=len, reverse=True)
        body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
        return re.compile(rf"(?<![A-Za-z])(?:{body})(?![A-Za-z])", re.IGNORECASE)


def expand(pattern: str, macros: dict[str, str], depth: int = 0) -> str:
    """`<<NAME>>` replaced by its macro, recursively.

    >>> expand("to <<BUY>>", {"BUY": "(?:purchase|<<SUB>>)", "SUB": "subscribe"})
    'to (?:purchase|subscribe)'
    """
    if depth > 8:
        raise PatternError(f"macros nest too deeply in {pattern[:60]!r}")

    def sub(m: re.Match[str]) -> str:
        if m.group(1) not in macros:
            raise PatternError(f"undefined macro <<{m.group(1)}>>")
        return expand(macros[m.group(1)], macros, depth + 1)

    return _MACRO.sub(sub, pattern)


def _compile(where: str, pattern: str, flags: list[str]) -> re.Pattern[str]:
    value = 0
    for f in flags:
        if f not in _FLAGS:
            raise PatternError(f"{where}: unknown flag {f!r}")
        value |= _FLAGS[f]
    try:
        return re.compile(guard(pattern, value), value)
    except re.error as exc:
        raise PatternError(f"{where}: {exc}") from exc


@cache
def rule_ids() -> dict[str, str]:
    """The closed set of rule ids, each with its one-line description."""
    data = json.loads((PATTERNS_DIR / "rule_ids.json").read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


@cache
def shared_macros() -> dict[str, str]:
    data = json.loads((PATTERNS_DIR / "macros.json").read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


@cache
def patterns(name: str) -> Patterns:
    """The pattern file `patterns/<name>.json`, loaded and checked once per process."""
    path = PATTERNS_DIR / f"{name}.json"
    try:
        data = PatternFile.model_validate(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError) as exc:
        raise PatternError(f"{path.name}: {exc}") from exc
    return Patterns(name, data, shared_macros())


def pattern_files() -> list[str]:
    """Every pattern file's name (without `.json`), except the rule-id and macro tables and
    the cue file (which has its own loader)."""
    skip = {"rule_ids", "macros", "cues", "jurisdictions"}
    return sorted(p.stem for p in PATTERNS_DIR.glob("*.json") if p.stem not in skip)
