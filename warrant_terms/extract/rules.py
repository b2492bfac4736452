"""Cue rules as data, matched with spaCy on a blank English pipeline.

`patterns/cues.json` holds the rules (medspacy TargetRule style): one entry adds a rule, and
unknown keys are rejected when the file is loaded. The spaCy objects are built once per
process and reused for every document.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator
from spacy.lang.en import English
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab, create_vocab

PATTERNS_DIR = Path(__file__).parent / "patterns"


class CueRule(BaseModel):
    """One rule: phrases (whole tokens, any case) or a spaCy token pattern."""

    model_config = ConfigDict(extra="forbid")

    id: str
    label: str
    score: float = Field(ge=0.0, le=1.0)
    phrases: list[str] | None = None
    pattern: list[dict[str, Any]] | None = None

    @model_validator(mode="after")
    def _one_kind(self) -> CueRule:
        if (self.phrases is None) == (self.pattern is None):
            raise ValueError(f"rule {self.id}: give exactly one of phrases or pattern")
        return self


class CueFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    doc: str = Field(alias="_doc", default="")
    rules: list[CueRule]

    @model_validator(mode="after")
    def _consistent(self) -> CueFile:
        from warrant_terms.extract.rulebook import rule_ids

        known = rule_ids()
        labels: dict[str, str] = {}
        for rule in self.rules:
            if rule.id not in known:
                raise ValueError(f"cue rule {rule.id!r} is not in rule_ids.json")
            for phrase in rule.phrases or []:
                key = " ".join(_TOKEN.findall(phrase.lower()))
                if labels.setdefault(key, rule.label) != rule.label:
                    raise ValueError(
                        f"phrase {phrase!r} is under two labels: {labels[key]} and {rule.label}"
                    )
        return self


@dataclass(frozen=True)
class Cue:
    """A rule that fired: label, rule id, base score and the character span."""

    label: str
    rule: str
    score: float
    start: int
    end: int


# Words (with inner hyphens, apostrophes and periods kept: "sub-divides", "L.P.") and single
# punctuation marks. A regex tokenizer is several times faster than spaCy's rule-based one on
# long exhibits, and cue rules need nothing finer; patterns are tokenized the same way.
_TOKEN = re.compile(r"\w+(?:[-’'.]\w+)*|[^\w\s]")
_TOKEN_AFTER_SPACE = re.compile(r"(\s*)(" + _TOKEN.pattern + ")")


class CueMatcher:
    """Runs every cue rule over a stretch of text in one tokenization."""

    def __init__(self, rules: list[CueRule]) -> None:
        # The English vocabulary and its lexical attributes (LOWER, LIKE_NUM …) without the
        # English tokenizer, which is never used: a tenth of a second less at start-up.
        self.vocab: Vocab = create_vocab("en", English.Defaults)
        self.rules = {r.id: r for r in rules}
        if len(self.rules) != len(rules):
            raise ValueError("duplicate cue rule id")
        self.phrases = PhraseMatcher(self.vocab, attr="LOWER")
        self.tokens = Matcher(self.vocab)
        self.has_token_patterns = False
        first_words: set[str] | None = set()
        for rule in rules:
            phrases = rule.phrases if rule.phrases is not None else expand_pattern(rule.pattern or [])
            if phrases is not None:
                self.phrases.add(rule.id, [self.make_doc(p) for p in phrases])
            else:
                self.tokens.add(rule.id, [rule.pattern or []])
                self.has_token_patterns = True
                words = _first_words(rule.pattern or [])
                first_words = None if words is None or first_words is None else first_words | words
        # Token patterns run only near the words they must start with, not over every token.
        self.token_gate = None if not first_words else re.compile(
            r"\b(?:" + "|".join(sorted(map(re.escape, first_words), key=len, reverse=True)) + r")\b",
            re.IGNORECASE)

    def make_doc(self, text: str) -> Doc:
        # Each token with the white space before it: every character is one or the other, so
        # the offsets add up without a match object per token (the slow part on long exhibits).
        # The matchers read LOWER only, so the Doc needs no spacing.
        pairs = _TOKEN_AFTER_SPACE.findall(text)
        starts: list[int] = []
        pos = 0
        for gap, word in pairs:
            pos += len(gap)
            starts.append(pos)
            pos += len(word)
        doc = Doc(self.vocab, words=[word for _, word in pairs])
        doc.user_data["starts"] = starts
        return doc

    def find(self, text: str, offset: int = 0) -> list[Cue]:
        """Cues in `text`, with offsets shifted by `offset` (text is a slice of the document)."""
        doc = self.make_doc(text)
        cues = self._cues(self.phrases, doc, offset)
        if self.has_token_patterns and self.token_gate is None:
            cues.extend(self._cues(self.tokens, doc, offset))
        elif self.has_token_patterns:
            seen: set[tuple[str, int, int]] = set()
            for window_start, window_end in self._gated_windows(text):
                window = self.make_doc(text[window_start:window_end])
                for cue in self._cues(self.tokens, window, offset + window_start):
                    if (cue.rule, cue.start, cue.end) not in seen:
                        seen.add((cue.rule, cue.start, cue.end))
                        cues.append(cue)
        cues.sort(key=lambda c: (c.start, -c.end))
        return cues

    def _gated_windows(self, text: str) -> list[tuple[int, int]]:
        """Stretches that start at a word a token pattern must start with, long enough for
        any pattern (merged where they overlap)."""
        assert self.token_gate is not None
        out: list[tuple[int, int]] = []
        for m in self.token_gate.finditer(text):
            end = min(len(text), m.start() + _TOKEN_WINDOW)
            if out and m.start() <= out[-1][1]:
                out[-1] = (out[-1][0], end)
            else:
                out.append((m.start(), end))
        return out

    def _cues(self, matcher: Matcher | PhraseMatcher, doc: Doc, offset: int) -> list[Cue]:
        starts: list[int] = doc.user_data["starts"]
        out: list[Cue] = []
        for match_id, start, end in matcher(doc):
            rule = self.rules[self.vocab.strings[match_id]]
            out.append(Cue(rule.label, rule.id, rule.score, offset + starts[start],
                           offset + starts[end - 1] + len(doc[end - 1].text)))
        return out


# Characters after a gate word within which every token pattern ends (patterns are a few
# words long; a window this wide holds far more).
_TOKEN_WINDOW = 300


def _first_words(pattern: list[dict[str, Any]]) -> set[str] | None:
    """The words a token pattern must start with, or None where its first token is not a
    required literal ("LOWER" or "TEXT" with a word or an IN list)."""
    if not pattern:
        return None
    spec = pattern[0]
    keys = set(spec) - {"OP"}
    if spec.get("OP", "") not in ("", "+") or len(keys) != 1 or not keys <= {"LOWER", "TEXT"}:
        return None
    value = spec[next(iter(keys))]
    words = value["IN"] if isinstance(value, dict) and set(value) == {"IN"} else value
    if isinstance(words, str):
        return {words.lower()}
    if isinstance(words, list) and all(isinstance(w, str) for w in words):
        return {w.lower() for w in words}
    return None


_MAX_EXPANSION = 2000


def expand_pattern(pattern: list[dict[str, Any]]) -> list[str] | None:
    """A token pattern made only of literal words (LOWER/TEXT, IN lists, optional "?") as the
    list of phrases it matches, so the fast PhraseMatcher can run it; None where the pattern
    needs the full Matcher (wildcards, repeats, other attributes).

    >>> expand_pattern([{"LOWER": "pay"}, {"LOWER": {"IN": ["a", "the"]}, "OP": "?"}, {"LOWER": "fee"}])
    ['pay a fee', 'pay the fee', 'pay fee']
    """
    options: list[list[str]] = [[]]
    for spec in pattern:
        keys = set(spec) - {"OP"}
        if len(keys) != 1 or not keys <= {"LOWER", "TEXT"} or spec.get("OP", "") not in ("", "?"):
            return None
        value = spec[next(iter(keys))]
        words = value["IN"] if isinstance(value, dict) and set(value) == {"IN"} else value
        if isinstance(words, str):
            words = [words]
        if not isinstance(words, list):
            return None
        choices = [str(w) for w in words] + ([""] if spec.get("OP") == "?" else [])
        options = [o + [c] for o in options for c in choices]
        if len(options) > _MAX_EXPANSION:
            return None
    return [" ".join(w for w in o if w) for o in options]


def load_cue_rules(path: Path = PATTERNS_DIR / "cues.json") -> list[CueRule]:
    return CueFile.model_validate(json.loads(path.read_text(encoding="utf-8"))).rules


@lru_cache(maxsize=1)
def cue_matcher() -> CueMatcher:
    """The process-wide matcher (built on first use, then reused)."""
    return CueMatcher(load_cue_rules())


@lru_cache(maxsize=1)
def jurisdictions() -> dict[str, str]:
    """Lower-cased name or adjective → canonical jurisdiction name."""
    data = json.loads((PATTERNS_DIR / "jurisdictions.json").read_text(encoding="utf-8"))
    table: dict[str, str] = {}
    for canonical, names in data.items():
        if canonical.startswith("_"):
            continue
        for name in names:
            table[name.lower()] = canonical
    return table
