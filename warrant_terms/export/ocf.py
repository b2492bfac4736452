"""Open Cap Format: each instrument as an OCF `TX_WARRANT_ISSUANCE` transaction.

`OUT` is an OCF transactions file (`OCF_TRANSACTIONS_FILE`); the holders it refers to are
written beside it as an OCF stakeholders file (`<stem>.stakeholders.ocf.json`), so a
cap-table tool can load both. Ids are UUIDv5 of the record's content key and the
instrument's index, so re-exporting the same results gives the same ids. Both files are
written whole or not at all.

What OCF has, the object says: `quantity` (the shares, or warrants x shares per warrant),
`exercise_price`, `warrant_expiration_date`, and `exercise_triggers`: an elective trigger
over the exercise window (`ELECTIVE_IN_RANGE` where both ends are calendar dates,
`ELECTIVE_ON_CONDITION` quoting the clause where an end is relative to an event such as the
business combination, `ELECTIVE_AT_WILL` where the document states neither) and, for a
warrant exercised automatically at expiry, an `AUTOMATIC_ON_DATE` (or `_ON_CONDITION`)
trigger. What OCF has no field for (redemption, the beneficial-ownership blocker, the warrant
agent, anti-dilution, the Black–Scholes put on a fundamental transaction, the instrument's
other terms) is spelled out in `comments`.

OCF requires some facts an exhibit may not state. Nothing is invented silently: where the
issue date is missing the filing date stands in, and where neither is known the export date
does (OCF requires a transaction `date`); the warrant's own purchase price is not an
extracted field, so `purchase_price` is a zero placeholder. Each substitution is spelled out
in the object's `comments`.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Iterator, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from warrant_terms.calc.relative import resolve
from warrant_terms.export.atomic import atomic_paths
from warrant_terms.schema import Record, Term, Warrant, is_stated
from warrant_terms.schema.readable import describe_blocker, describe_redemptions, describe_relative

# Fixed namespace so ids are stable across exports.
OCF_NAMESPACE = uuid.UUID("5b1f3a52-8c1e-5d0e-9a57-7f2b0c3e6a10")
UNKNOWN_HOLDER = "unknown holder"
# OCF `Numeric`: at most 10 decimal places.
MAX_OCF_DECIMALS = 10
# A quoted clause in a comment or condition is cut to this many characters.
QUOTE_CHARS = 600


def _id(*parts: object) -> str:
    return str(uuid.uuid5(OCF_NAMESPACE, "|".join(str(p) for p in parts)))


def numeric(value: Decimal | int) -> str | None:
    """OCF numeric string, or None where OCF cannot hold the number.

    >>> numeric(Decimal("2.40")), numeric(83333), numeric(Decimal("1E-3"))
    ('2.40', '83333', '0.001')
    >>> numeric(Decimal("0.00000000001")) is None
    True
    """
    text = format(value, "f") if isinstance(value, Decimal) else str(value)
    if "." in text and len(text.split(".", 1)[1]) > MAX_OCF_DECIMALS:
        text = text.rstrip("0").rstrip(".")
        if "." in text and len(text.split(".", 1)[1]) > MAX_OCF_DECIMALS:
            return None
    return text


def _holder_name(warrant: Warrant) -> str:
    return warrant.holder.value or UNKNOWN_HOLDER


def stakeholder_id(name: str) -> str:
    return _id("stakeholder", " ".join(name.casefold().split()))


def _quote(term: Term[Any]) -> str:
    text = " … ".join(" ".join(e.text.split()) for e in term.evidence)
    if len(text) > QUOTE_CHARS:
        text = text[: QUOTE_CHARS - 1] + "…"
    pages = sorted({e.page for e in term.evidence})
    where = f" (p. {', '.join(map(str, pages))})" if pages else ""
    return f"\u201c{text}\u201d{where}" if text else ""


def _quantity(warrant: Warrant) -> tuple[Decimal | int | None, str | None]:
    """Shares the instrument is exercisable for, and how that was found."""
    if warrant.shares.value is not None:
        return warrant.shares.value, None
    count, per = warrant.warrant_count.value, warrant.shares_per_warrant.value
    if count is not None and per is not None:
        return count * per, f"quantity: {count:,} warrants x {per:f} share(s) per warrant."
    return None, None


def _mechanism(warrant: Warrant, quantity: str | None) -> dict[str, Any]:
    if quantity is not None:
        return {"type": "FIXED_AMOUNT_CONVERSION", "converts_to_quantity": quantity}
    per = warrant.shares_per_warrant.value
    security = warrant.security.value or "shares"
    if per is not None:
        text = f"{per:f} share(s) of {security} per warrant; the number of warrants is not stated."
    else:
        text = "Share number set by formula in the exhibit."
    return {"type": "CUSTOM_CONVERSION", "custom_conversion_description": text}


def _window(warrant: Warrant) -> tuple[dt.date | None, dt.date | None]:
    """The exercise window's calendar ends, where the record alone fixes them."""
    anchors = {"issue_date": warrant.issue_date.value} if warrant.issue_date.value else {}
    start = warrant.issue_date.value
    if warrant.exercisable_from.value is not None:
        start = resolve(warrant.exercisable_from.value, anchors).date
    end = warrant.expiration_date.value
    if end is None and warrant.expiration_term.value is not None:
        end = resolve(warrant.expiration_term.value, anchors).date
    return start, end


def _condition(warrant: Warrant) -> str:
    start = describe_relative(warrant.exercisable_from.value) or "issue"
    end = describe_relative(warrant.expiration_term.value)
    if warrant.expiration_date.value is not None:
        end = warrant.expiration_date.value.isoformat()
    parts = [f"Exercisable from {start} until {end or 'an expiry the record does not state'}."]
    for term in (warrant.exercisable_from, warrant.expiration_term):
        if term.evidence:
            parts.append(_quote(term))
    return " ".join(parts)


def _triggers(warrant: Warrant, key: tuple[object, ...], right: dict[str, Any]) -> list[Any]:
    nickname = warrant.instrument_name.value or "Warrant"
    base = {"trigger_id": _id("trigger", *key), "nickname": nickname, "conversion_right": right}
    start, end = _window(warrant)
    # An end stated relative to an event whose date the record does not hold.
    relative = (warrant.exercisable_from.value is not None and start is None) or (
        warrant.expiration_term.value is not None and end is None
    )
    triggers: list[dict[str, Any]]
    if start is not None and end is not None:
        triggers = [{**base, "type": "ELECTIVE_IN_RANGE", "start_date": start.isoformat(),
                     "end_date": end.isoformat()}]
    elif relative:
        triggers = [{**base, "type": "ELECTIVE_ON_CONDITION", "trigger_condition": _condition(warrant),
                     "trigger_description": "exercise window relative to an event"}]
    else:
        triggers = [{**base, "type": "ELECTIVE_AT_WILL"}]
    if warrant.automatic_exercise.value:
        auto = {**base, "trigger_id": _id("automatic", *key),
                "trigger_description": "unexercised warrants are exercised automatically at expiry"}
        if end is not None:
            triggers.append({**auto, "type": "AUTOMATIC_ON_DATE", "trigger_date": end.isoformat()})
        else:
            condition = f"At expiry ({_condition(warrant)}) {_quote(warrant.automatic_exercise)}"
            triggers.append({**auto, "type": "AUTOMATIC_ON_CONDITION",
                             "trigger_condition": condition.strip()})
    return triggers


def _term_comments(warrant: Warrant) -> list[str]:
    """What OCF has no field for, each with the clause it comes from."""
    w = warrant
    out: list[str] = []

    def add(name: str, label: str, words: str | None) -> None:
        term: Term[Any] = getattr(w, name)
        if words and is_stated(name, term):
            stop = "" if words.endswith(".") else "."
            out.append(f"{label}: {words}{stop} {_quote(term)}".strip())

    add("instrument_name", "Instrument", w.instrument_name.value)
    add("security", "Exercisable for", w.security.value)
    add("issuer", "Issuer", w.issuer.value)
    if w.warrant_count.value is not None:
        add("warrant_count", "Warrants", f"{w.warrant_count.value:,}")
    if w.shares_per_warrant.value is not None:
        add("shares_per_warrant", "Shares per warrant", f"{w.shares_per_warrant.value:f}")
    add("exercisable_from", "Exercisable from", describe_relative(w.exercisable_from.value))
    add("expiration_term", "Expires", describe_relative(w.expiration_term.value))
    add("redemption", "Redemption", describe_redemptions(w.redemption.value, w.currency.value))
    add("beneficial_ownership_limit", "Beneficial ownership limit",
        describe_blocker(w.beneficial_ownership_limit.value))
    add("warrant_agent", "Warrant agent", w.warrant_agent.value)
    add("cashless_exercise", "Cashless exercise",
        None if w.cashless_exercise.value is None else str(w.cashless_exercise.value).lower())
    add("automatic_exercise", "Automatic exercise at expiry", "yes")
    add("fundamental_transaction_cash_value", "On a fundamental transaction the holder may "
        "require the warrant to be bought for its Black-Scholes value", "yes")
    if w.anti_dilution.value:
        add("anti_dilution", "Anti-dilution", ", ".join(w.anti_dilution.value))
    add("fractional_shares", "Fractional shares", w.fractional_shares.value)
    add("governing_law", "Governing law", w.governing_law.value)
    return out


def warrant_issuance(
    record: Record, index: int, warrant: Warrant, today: dt.date | None = None
) -> dict[str, Any]:
    """One OCF `TX_WARRANT_ISSUANCE` object for one extracted instrument."""
    src = record.source
    key = (src.sha256 or src.path, src.document_index or 0, index)
    currency = warrant.currency.value or "USD"
    label = src.document or src.filename or Path(src.path).name
    comments = [
        (
            f"Extracted by warrant-terms from {src.path} ({label}), instrument {index + 1} "
            f"of {len(record.warrants)}."
        )
    ]
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
        today = today or dt.date.today()
        obj["date"] = today.isoformat()
        comments.append(f"date: neither an issue date nor a filing date is known; the export "
                        f"date {today.isoformat()} stands in (OCF requires one). Replace it.")
    if warrant.holder.value is None:
        comments.append("holder: the document names no holder (e.g. public or bearer "
                        f"warrants); the stakeholder is '{UNKNOWN_HOLDER}'.")
    amount, how = _quantity(warrant)
    quantity = None if amount is None else numeric(amount)
    if quantity is not None:
        obj["quantity"] = quantity
        obj["quantity_source"] = "INSTRUMENT_FIXED"
        if how:
            comments.append(how)
    elif amount is not None:
        comments.append(f"quantity: {amount} has more decimals than OCF holds; left out.")
    price = warrant.exercise_price.value
    if price is not None:
        text = numeric(price)
        if text is not None:
            obj["exercise_price"] = {"amount": text, "currency": currency}
        else:
            comments.append(f"exercise_price: {price} has more decimals than OCF holds; left out.")
    obj["purchase_price"] = {"amount": "0", "currency": currency}
    comments.append("purchase_price: not extracted; 0 is a placeholder.")
    if warrant.expiration_date.value is not None:
        obj["warrant_expiration_date"] = warrant.expiration_date.value.isoformat()
    right = {"type": "WARRANT_CONVERSION_RIGHT",
             "conversion_mechanism": _mechanism(warrant, quantity)}
    obj["exercise_triggers"] = _triggers(warrant, key, right)
    comments.extend(_term_comments(warrant))
    others = [f"{w.instrument_name.value or 'Warrant'} (instrument {i + 1})"
              for i, w in enumerate(record.warrants) if i != index]
    if others:
        comments.append(f"The same document also sets out: {'; '.join(others)}.")
    obj["comments"] = comments
    return obj


def issuances(records: Sequence[Record], today: dt.date | None = None) -> Iterator[dict[str, Any]]:
    for record in records:
        for index, warrant in enumerate(record.warrants):
            yield warrant_issuance(record, index, warrant, today)


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


def write_ocf(records: Sequence[Record], out: Path, today: dt.date | None = None) -> None:
    out = Path(out)
    transactions = {"file_type": "OCF_TRANSACTIONS_FILE", "items": list(issuances(records, today))}
    holders = {"file_type": "OCF_STAKEHOLDERS_FILE", "items": stakeholders(records)}
    with atomic_paths(out, stakeholders_path(out)) as (tmp_tx, tmp_holders):
        tmp_tx.write_text(json.dumps(transactions, indent=2) + "\n", encoding="utf-8")
        tmp_holders.write_text(json.dumps(holders, indent=2) + "\n", encoding="utf-8")
