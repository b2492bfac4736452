"""Validation, the stage after extraction: checks within and across fields. Disagreements
become warnings with codes, never silent guesses: the value with the stronger evidence wins,
or the field is null where neither is strong. It reads the candidates' typed flags."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from warrant_terms.extract.candidate import Candidate, Flag
from warrant_terms.schema import Issue

MIN_SCORE = 0.3
STRONG_MARGIN = 0.15


def _conflict(field: str, cands: list[Candidate], chosen: Candidate | None) -> Issue | None:
    """Warn when candidates as strong as the chosen one disagree with it."""
    if chosen is None or chosen.value is None:
        return None
    rivals = [c for c in cands if c.value is not None and c.value != chosen.value
              and c.score >= chosen.score - STRONG_MARGIN / 3]
    if not rivals:
        return None
    r = max(rivals, key=lambda c: c.score)
    return Issue(code="conflicting_values", field=field,
                 message=f"{field}: chose {chosen.value!s} ({chosen.rule}, {chosen.score:.2f}) over "
                         f"{r.value!s} ({r.rule}, {r.score:.2f})")


def validate(chosen: dict[str, Candidate | None], found: dict[str, list[Candidate]]) -> tuple[dict[str, Candidate | None], list[Issue]]:
    warnings: list[Issue] = []
    out = dict(chosen)
    for field, c in chosen.items():
        if c is not None and c.value is not None and c.score < MIN_SCORE:
            warnings.append(Issue(code="weak_evidence", field=field,
                                  message=f"{field}: {c.value!s} dropped, evidence too weak ({c.score:.2f})"))
            out[field] = None
        if c is not None and Flag.WORDS_DIGITS_MISMATCH in c.flags:
            warnings.append(Issue(code="words_digits_mismatch", field=field, message=c.explanation))
        issue = _conflict(field, found.get(field, []), c)
        if issue:
            warnings.append(issue)
    price = out.get("exercise_price")
    if price is not None and isinstance(price.value, Decimal) and price.value <= 0:
        warnings.append(Issue(code="price_not_positive", field="exercise_price",
                              message=f"exercise price {price.value} is not positive; dropped"))
        out["exercise_price"] = None
    shares = out.get("shares")
    if shares is not None and isinstance(shares.value, int) and shares.value <= 0:
        warnings.append(Issue(code="shares_not_positive", field="shares", message="share count is not positive; dropped"))
        out["shares"] = None
    issue_c, expiry_c = out.get("issue_date"), out.get("expiration_date")
    if (
        issue_c
        and expiry_c
        and isinstance(issue_c.value, date)
        and isinstance(expiry_c.value, date)
        and expiry_c.value <= issue_c.value
    ):
        warnings.append(Issue(code="expiry_not_after_issue", field="expiration_date",
                              message=f"expiration {expiry_c.value} is not after issue {issue_c.value}"))
        weaker = "issue_date" if issue_c.score < expiry_c.score else "expiration_date"
        out[weaker] = None
    return out, warnings
