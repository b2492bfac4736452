"""Cue rules as data, matched with spaCy on a blank English pipeline.

`patterns/cues.json` holds the rules (medspacy TargetRule style): one entry adds a rule, and
unknown keys are rejected when the file is loaded. The spaCy objects are built once per
process and reused for every document.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import spacy
from pydantic import BaseModel, ConfigDict, Field, model_validator
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher

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


@dataclass(frozen=True)
class Cue:
    """A rule that fired: label, rule id, base score and the character span."""

    label: str
    rule: str
    score: float
    start: int
    end: int


class CueMatcher:
    """Runs every cue rule over a stretch of text in one tokenization."""

    def __init__(self, rules: list[CueRule]) -> None:
        self.nlp: Language = spacy.blank("en")
        self.nlp.max_length = 50_000_000
        self.rules = {r.id: r for r in rules}
        if len(self.rules) != len(rules):
            raise ValueError("duplicate cue rule id")
        self.phrases = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self.tokens = Matcher(self.nlp.vocab)
        for rule in rules:
            if rule.phrases is not None:
                self.phrases.add(rule.id, list(self.nlp.tokenizer.pipe(rule.phrases)))
            else:
                assert rule.pattern is not None
                self.tokens.add(rule.id, [rule.pattern])

    def find(self, text: str, offset: int = 0) -> list[Cue]:
        """Cues in `text`, with offsets shifted by `offset` (text is a slice of the document)."""
        doc = self.nlp.make_doc(text)
        cues: list[Cue] = []
        for matcher in (self.phrases, self.tokens):
            for match_id, start, end in matcher(doc):
                rule = self.rules[self.nlp.vocab.strings[match_id]]
                span = doc[start:end]
                cues.append(
                    Cue(rule.label, rule.id, rule.score, offset + span.start_char,
                        offset + span.end_char)
                )
        cues.sort(key=lambda c: (c.start, -c.end))
        return cues


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
