"""What every extractor returns: candidates with value, span, score, rule and why."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class Span(BaseModel):
    """A span of document text that supports a candidate."""

    model_config = ConfigDict(frozen=True)

    start: int
    end: int


class Candidate(BaseModel):
    """One reading of a field: a typed value, where it was read, how sure, and which rule."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    field: str
    value: Any
    spans: list[Span]
    score: float = Field(ge=0.0, le=1.0)
    rule: str
    explanation: str = ""

    @property
    def start(self) -> int:
        return min(s.start for s in self.spans) if self.spans else -1


def best(candidates: list[Candidate]) -> Candidate | None:
    """The highest-scoring candidate; ties go to the one earliest in the document."""
    if not candidates:
        return None
    return max(candidates, key=lambda c: (c.score, -c.start))
