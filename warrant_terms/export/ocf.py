"""Open Cap Format: each warrant as an OCF `TX_WARRANT_ISSUANCE` transaction.

`OUT` is an OCF transactions file (`OCF_TRANSACTIONS_FILE`); the holders it refers to are
written beside it as an OCF stakeholders file (`<stem>.stakeholders.ocf.json`), so a
cap-table tool can load both. Ids are UUIDv5 of the record's content key, so re-exporting
the same results gives the same ids.

OCF requires some facts an exhibit may not state. Nothing is invented for them: where the
issue date is missing the filing date stands in, and where neither is known `date` is left
out; the warrant's own purchase price is not an extracted field, so `purchase_price` is a
zero placeholder. Each such substitution is spelled out in the object's `comments`.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from warrant_terms.schema import Record, Warrant

# Fixed namespace so ids are stable across exports.
OCF_NAMESPACE = uuid.UUID("5b1f3a52-8c1e-5d0e-9a57-7f2b0c3e6a10")
UNKNOWN_HOLDER = "unknown holder"
# OCF `Numeric`: at most 10 decimal places.
MAX_OCF_DECIMALS = 10


def _id(*parts: object) -> str:
    return str(uuid.uuid5(OCF_NAMESPACE, "|".join(str(p) for p in parts)))


def _numeric(value: Decimal | int) -> str:
    """OCF numeric string.

    >>> _numeric(Decimal("2.40")), _numeric(83333), _numeric(Decimal("1E-3"))
    ('2.40', '83333', '0.001')
    """
    text = format(value, "f") if isinstance(value, Decimal) else str(value)
    if "." in text and len(text.split(".", 1)[1]) > MAX_OCF_DECIMALS:
        raise ValueError(f"{text} has more than {MAX_OCF_DECIMALS} decimals; OCF cannot hold it")
    return text


def _holder_name(warrant: Warrant) -> str:
    return warrant.holder.value or UNKNOWN_HOLDER


def stakeholder_id(name: str) -> str:
    return _id("stakeholder", " ".join(name.casefold().split()))


def _trigger(warrant: Warrant, trigger_id: str) -> dict[str, Any]:
    shares = warrant.shares.value
    mechanism: dict[str, Any]
    if shares is not None:
        mechanism = {"type": "FIXED_AMOUNT_CONVERSION", "converts_to_quantity": _numeric(shares)}
    else:
        mechanism = {
            "type": "CUSTOM_CONVERSION",
            "custom_conversion_description": "Share number set by formula in the exhibit.",
        }
    right = {"type": "WARRANT_CONVERSION_RIGHT", "conversion_mechanism": mechanism}
    start, end = warrant.issue_date.value, warrant.expiration_date.value
    if start is not None and end is not None:
        return {
            "type": "ELECTIVE_IN_RANGE",
            "trigger_id": trigger_id,
            "start_date": start.isoformat(),
            "end_date": end.isoformat(),
            "conversion_right": right,
        }
    return {"type": "ELECTIVE_AT_WILL", "trigger_id": trigger_id, "conversion_right": right}


def warrant_issuance(record: Record, index: int, warrant: Warrant) -> dict[str, Any]:
    """One OCF `TX_WARRANT_ISSUANCE` object for one extracted warrant."""
    src = record.source
    key = (src.sha256 or src.path, src.document_index or 0, index)
    currency = warrant.currency.value or "USD"
    label = src.document or src.filename or Path(src.path).name
    comments = [f"Extracted by warrant-terms from {src.path} ({label}), warrant {index + 1}."]
    obj: dict[str, Any] = {
        "object_type": "TX_WARRANT_ISSUANCE",
        "id": _id("issuance", *key),
        "security_id": _id("security", *key),
        "custom_id": f"{label}-W{index + 1}",
        "stakeholder_id": stakeholder_id(_holder_name(warrant)),
        "security_law_exemptions": [],
    }
    if warrant.issue_date.value is not None:
        obj["date"] = warrant.issue_date.value.isoformat()
    elif src.filing_date is not None:
        obj["date"] = src.filing_date.isoformat()
        comments.append("date: the exhibit states no issue date; the filing date stands in.")
    else:
        comments.append("date: neither an issue date nor a filing date is known; set it.")
    if warrant.shares.value is not None:
        obj["quantity"] = _numeric(warrant.shares.value)
        obj["quantity_source"] = "INSTRUMENT_FIXED"
    if warrant.exercise_price.value is not None:
        obj["exercise_price"] = {
            "amount": _numeric(warrant.exercise_price.value),
            "currency": currency,
        }
    obj["purchase_price"] = {"amount": "0", "currency": currency}
    comments.append("purchase_price: not extracted; 0 is a placeholder.")
    if warrant.expiration_date.value is not None:
        obj["warrant_expiration_date"] = warrant.expiration_date.value.isoformat()
    obj["exercise_triggers"] = [_trigger(warrant, _id("trigger", *key))]
    if warrant.security.value:
        comments.append(f"Exercisable for: {warrant.security.value}.")
    if warrant.issuer.value:
        comments.append(f"Issuer: {warrant.issuer.value}.")
    obj["comments"] = comments
    return obj


def issuances(records: Sequence[Record]) -> Iterator[dict[str, Any]]:
    for record in records:
        for index, warrant in enumerate(record.warrants):
            yield warrant_issuance(record, index, warrant)


def stakeholders(records: Sequence[Record]) -> list[dict[str, Any]]:
    """One OCF `STAKEHOLDER` per distinct holder name (case and spacing folded)."""
    seen: dict[str, dict[str, Any]] = {}
    for record in records:
        for warrant in record.warrants:
            name = _holder_name(warrant)
            sid = stakeholder_id(name)
            if sid not in seen:
                seen[sid] = {
                    "object_type": "STAKEHOLDER",
                    "id": sid,
                    "name": {"legal_name": name},
                    "stakeholder_type": "INSTITUTION",
                }
    return list(seen.values())


def stakeholders_path(out: Path) -> Path:
    stem = out.name.removesuffix(".json").removesuffix(".ocf")
    return out.with_name(f"{stem}.stakeholders.ocf.json")


def write_ocf(records: Sequence[Record], out: Path) -> None:
    transactions = {"file_type": "OCF_TRANSACTIONS_FILE", "items": list(issuances(records))}
    holders = {"file_type": "OCF_STAKEHOLDERS_FILE", "items": stakeholders(records)}
    out.write_text(json.dumps(transactions, indent=2) + "\n", encoding="utf-8")
    stakeholders_path(out).write_text(json.dumps(holders, indent=2) + "\n", encoding="utf-8")
