"""What several hostile tests check on a record: schema, exact evidence, seed values."""

from __future__ import annotations

import functools
import json
import re
from typing import Any

import jsonschema
from shared_files import seed_gold_path

from warrant_terms.parse.document import Document
from warrant_terms.schema import CONTRACT_FIELDS, FIELD_NAMES, Record, json_schema

NAME_FIELDS = frozenset({"issuer", "holder", "issuer_jurisdiction", "security", "governing_law"})


@functools.cache
def _validator() -> jsonschema.protocols.Validator:
    schema = json_schema()
    cls = jsonschema.validators.validator_for(schema)
    return cls(schema)


def check_record(record: Record, document: Document | None = None) -> dict[str, Any]:
    """The record as JSON, after checking it against the JSON Schema and, given the document,
    that every evidence span is exactly the slice of its text it claims to be."""
    data = json.loads(record.model_dump_json())
    errors = sorted(_validator().iter_errors(data), key=str)
    assert not errors, f"schema violations: {[e.message for e in errors[:3]]}"
    if record.status == "error":
        assert record.errors and all(e.code and e.message for e in record.errors)
        assert not record.warrants
    else:
        assert not record.errors
        assert (record.status == "ok") == bool(record.warrants)
    if document is not None:
        for warrant in record.warrants:
            for name in FIELD_NAMES:
                term = getattr(warrant, name)
                for ev in term.evidence:
                    assert 0 <= ev.start <= ev.end <= len(document.text), (name, ev)
                    assert document.text[ev.start : ev.end] == ev.text, (name, ev)
                    assert ev.page == document.page_of(ev.start)
    return data


def _norm(name: str, value: Any) -> Any:
    """The scoring normalisation of CONTRACT.md: names case-folded with punctuation and
    white space collapsed; anti-dilution as a set; everything else exact."""
    if name in NAME_FIELDS and isinstance(value, str):
        return re.sub(r"[\W_]+", " ", value.casefold()).strip()
    if name == "anti_dilution" and value is not None:
        return frozenset(value)
    return value


def values(record_json: dict[str, Any], index: int = 0) -> dict[str, Any]:
    """The thirteen contract field values of one warrant of a record (plain JSON values)."""
    warrant = record_json["warrants"][index]
    return {name: warrant[name]["value"] for name in CONTRACT_FIELDS}


def normalized(vals: dict[str, Any]) -> dict[str, Any]:
    return {name: _norm(name, v) for name, v in vals.items()}


@functools.cache
def seed_gold() -> dict[str, Any]:
    gold = json.loads(seed_gold_path().read_text(encoding="utf-8"))
    return {name: gold["warrants"][0][name] for name in CONTRACT_FIELDS}
