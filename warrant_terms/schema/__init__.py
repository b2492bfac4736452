"""The output contract as pydantic models: the one truth of the record's shape."""

from warrant_terms.schema.models import (
    ANTI_DILUTION_KINDS,
    CONTRACT_FIELDS,
    FIELD_NAMES,
    AntiDilutionKind,
    Evidence,
    FractionalPolicy,
    Issue,
    Record,
    Source,
    Status,
    Term,
    Warrant,
    json_schema,
)

__all__ = [
    "ANTI_DILUTION_KINDS",
    "CONTRACT_FIELDS",
    "FIELD_NAMES",
    "AntiDilutionKind",
    "Evidence",
    "FractionalPolicy",
    "Issue",
    "Record",
    "Source",
    "Status",
    "Term",
    "Warrant",
    "json_schema",
]
