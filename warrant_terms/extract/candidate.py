"""What every recognizer returns: candidates with value, span, score, rule, flags and why."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from warrant_terms.extract.rulebook import rule_ids


class Span(BaseModel):
    """A span of document text that supports a candidate."""

    model_config = ConfigDict(frozen=True)

    start: int
    end: int


class Flag(StrEnum):
    """What a later stage must know about a candidate (typed, not read from prose)."""

    BLANK = "blank"  # the document leaves the value blank ("$____ per share")
    INCOMPLETE = "incomplete"  # a date with a part missing ("January [__], 2023")
    WORDS_DIGITS_MISMATCH = "words_digits_mismatch"  # "Ten Thousand (10,500)"
    IN_FORM = "in_form"  # read from an attached form, not the instrument's body
    COMPUTED = "computed"  # derived from other stated values (an anniversary of a date)


class Candidate(BaseModel):
    """One reading of a field: a typed value, where it was read, how sure, and which rule."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    field: str
    value: Any
    spans: list[Span]
    score: float = Field(ge=0.0, le=1.0)
    rule: str
    explanation: str = ""
    flags: frozenset[Flag] = frozenset()

    @field_validator("rule")
    @classmethod
    def _known_rule(cls, rule: str) -> str:
        if rule not in rule_ids():
            raise ValueError(f"rule id {rule!r} is not in patterns/rule_ids.json")
        return rule

    @property
    def start(self) -> int:
        return min(s.start for s in self.spans) if self.spans else -1


def best(candidates: list[Candidate]) -> Candidate | None:
    """The highest-scoring candidate; ties go to the one earliest in the document."""
    if not candidates:
        return None
    return max(candidates, key=lambda c: (c.score, -c.start))
