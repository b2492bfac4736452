"""Pydantic v2 models of one `warrant-terms extract` record (see CONTRACT.md).

Money is `Decimal` and serialises as a plain decimal string ("2.40"); dates are
`datetime.date` and serialise as ISO 8601. Every field of a warrant is a `Term`: a value,
the evidence spans that support it, a confidence and the rule that produced it.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated, Any, Generic, Literal, TypeVar, get_args

from pydantic import BaseModel, ConfigDict, Field, PlainSerializer, WithJsonSchema

from warrant_terms import SCHEMA_VERSION
from warrant_terms.schema.safetext import SafeStr

T = TypeVar("T")

AntiDilutionKind = Literal[
    "split_combination",
    "stock_dividend",
    "distribution",
    "reorganization",
    "price_based_weighted_average",
    "price_based_full_ratchet",
]
ANTI_DILUTION_KINDS: tuple[str, ...] = get_args(AntiDilutionKind)

FractionalPolicy = Literal["cash", "round_down", "round_up", "round_nearest"]
FractionalCashBasis = Literal["fair_market_value", "exercise_price"]
Status = Literal["ok", "not_warrant", "error"]
TimeUnit = Literal["days", "business_days", "trading_days", "months", "years"]
AnchorEvent = Literal[
    "issue_date",
    "initial_exercise_date",
    "business_combination",
    "ipo_closing",
    "registration_effective",
    "stockholder_approval",
    "other",
]
ANCHOR_EVENTS: tuple[str, ...] = get_args(AnchorEvent)
TIME_UNITS: tuple[str, ...] = get_args(TimeUnit)

DecimalString = Annotated[
    Decimal,
    PlainSerializer(lambda d: format(d, "f"), return_type=str, when_used="json"),
    WithJsonSchema({"type": "string", "pattern": r"^\d+(\.\d+)?$"}),
]


PercentString = Annotated[
    Decimal,
    PlainSerializer(lambda d: format(d, "f"), return_type=str, when_used="json"),
    WithJsonSchema({"type": "string", "pattern": r"^\d+(\.\d+)?$"}),
]


class RelativeDate(BaseModel):
    """A date stated relative to an event: "five years after the completion of the initial
    Business Combination" is amount 5, unit years, anchor business_combination."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    amount: int = Field(ge=0)
    unit: TimeUnit
    anchor: AnchorEvent
    anchor_text: str = Field(description="the document's words for the event")


DateItem = RelativeDate | dt.date


class EarlierOf(BaseModel):
    """The earlier of several dates (relative or calendar)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    earlier_of: list[DateItem] = Field(min_length=2)


class LaterOf(BaseModel):
    """The later of several dates (relative or calendar)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    later_of: list[DateItem] = Field(min_length=2)


RelativeTerm = RelativeDate | EarlierOf | LaterOf


class BeneficialOwnershipLimit(BaseModel):
    """The blocker: the holder may not own more than `percent` after exercise; `max_percent`
    is the most it may be raised to on notice (null where it cannot be raised)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    percent: PercentString
    max_percent: PercentString | None = None


class Redemption(BaseModel):
    """One way the company may redeem the warrants (a key is null where not stated)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    trigger_price: DecimalString | None = None
    trading_days: int | None = Field(default=None, ge=1)
    window_days: int | None = Field(default=None, ge=1)
    redemption_price: DecimalString | None = None
    notice_days: int | None = Field(default=None, ge=0)


class Evidence(BaseModel):
    """A span of the document text (`warrant-terms text`) that supports a value."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    start: int = Field(ge=0, description="character offset into the document text")
    end: int = Field(ge=0, description="end offset, exclusive")
    page: int = Field(ge=1, description="1-based page of `start`")
    text: str = Field(description="exactly document_text[start:end]")
    section: str | None = Field(default=None, description="section label, e.g. '4.4'")


class Term(BaseModel, Generic[T]):
    """One extracted field: value (null where the document does not say) and its grounds."""

    model_config = ConfigDict(extra="forbid")

    value: T | None = None
    evidence: list[Evidence] = Field(default_factory=list)
    confidence: float = Field(default=0.0, ge=0.0, le=1.0)
    rule: str | None = Field(default=None, description="id of the rule that produced value")


class Warrant(BaseModel):
    """The terms of one warrant instrument."""

    model_config = ConfigDict(extra="forbid")

    issuer: Term[str] = Field(default_factory=Term[str])
    issuer_jurisdiction: Term[str] = Field(default_factory=Term[str])
    holder: Term[str] = Field(default_factory=Term[str])
    security: Term[str] = Field(default_factory=Term[str])
    shares: Term[int] = Field(default_factory=Term[int])
    exercise_price: Term[DecimalString] = Field(default_factory=Term[DecimalString])
    currency: Term[str] = Field(default_factory=Term[str])
    issue_date: Term[dt.date] = Field(default_factory=Term[dt.date])
    expiration_date: Term[dt.date] = Field(default_factory=Term[dt.date])
    cashless_exercise: Term[bool] = Field(default_factory=Term[bool])
    anti_dilution: Term[list[AntiDilutionKind]] = Field(
        default_factory=Term[list[AntiDilutionKind]]
    )
    fractional_shares: Term[FractionalPolicy] = Field(default_factory=Term[FractionalPolicy])
    governing_law: Term[str] = Field(default_factory=Term[str])
    # Beyond the contract's 13 fields: what the calculation engine needs to follow the text.
    fractional_cash_basis: Term[FractionalCashBasis] = Field(
        default_factory=Term[FractionalCashBasis],
        description="what a fraction is paid at, where fractional_shares is 'cash'",
    )
    preserves_aggregate_price: Term[bool] = Field(
        default_factory=Term[bool],
        description="true where a price adjustment also adjusts the share count so that "
        "shares x price stays constant",
    )
    # Version 2 (CONTRACT.md, "Version 2").
    instrument_name: Term[str] = Field(default_factory=Term[str])
    warrant_count: Term[int] = Field(default_factory=Term[int])
    shares_per_warrant: Term[DecimalString] = Field(default_factory=Term[DecimalString])
    exercisable_from: Term[RelativeTerm] = Field(default_factory=Term[RelativeTerm])
    expiration_term: Term[RelativeTerm] = Field(default_factory=Term[RelativeTerm])
    beneficial_ownership_limit: Term[BeneficialOwnershipLimit] = Field(
        default_factory=Term[BeneficialOwnershipLimit]
    )
    redemption: Term[list[Redemption]] = Field(
        default_factory=lambda: Term[list[Redemption]](value=[])
    )
    warrant_agent: Term[str] = Field(default_factory=Term[str])
    automatic_exercise: Term[bool] = Field(default_factory=lambda: Term[bool](value=False))
    fundamental_transaction_cash_value: Term[bool] = Field(
        default_factory=lambda: Term[bool](value=False)
    )


CONTRACT_FIELDS: tuple[str, ...] = (
    "issuer",
    "issuer_jurisdiction",
    "holder",
    "security",
    "shares",
    "exercise_price",
    "currency",
    "issue_date",
    "expiration_date",
    "cashless_exercise",
    "anti_dilution",
    "fractional_shares",
    "governing_law",
)
V2_FIELDS: tuple[str, ...] = (
    "instrument_name",
    "warrant_count",
    "shares_per_warrant",
    "exercisable_from",
    "expiration_term",
    "beneficial_ownership_limit",
    "redemption",
    "warrant_agent",
    "automatic_exercise",
    "fundamental_transaction_cash_value",
)
FIELD_NAMES: tuple[str, ...] = tuple(Warrant.model_fields)
# Version-2 fields whose value, where the document says nothing, is this default rather than
# null (CONTRACT.md): such a default carries no evidence.
UNSTATED_DEFAULTS: dict[str, Any] = {
    "redemption": [],
    "automatic_exercise": False,
    "fundamental_transaction_cash_value": False,
}


def is_stated(name: str, term: Term[Any]) -> bool:
    """Whether `term` holds a value the document states (and so must cite evidence): not
    null, and not the unstated default of a version-2 field unless evidence backs it."""
    if term.value is None:
        return False
    if name in UNSTATED_DEFAULTS and term.value == UNSTATED_DEFAULTS[name]:
        return bool(term.evidence)
    return True


class Issue(BaseModel):
    """A warning or an error, with a stable machine-readable code."""

    model_config = ConfigDict(extra="forbid")

    code: str
    message: SafeStr  # may quote a path
    field: str | None = None


class Source(BaseModel):
    """Where a record came from. EDGAR submission documents carry their header fields.

    Paths and header values are `SafeStr`: a file name that is not UTF-8 is written with its
    odd bytes escaped (`bad\\xff.txt`) rather than breaking the record.

    Every key a record may carry is declared here, so the JSON Schema describes exactly what
    is written (an undeclared key is refused, not passed through unseen).
    """

    model_config = ConfigDict(extra="forbid")

    path: SafeStr
    sha256: str | None = None
    media_type: str | None = None
    pages: int | None = None
    document: SafeStr | None = Field(default=None, description="EDGAR <TYPE>, e.g. EX-4.2")
    document_index: int | None = Field(default=None, description="0-based index in the file")
    filename: SafeStr | None = None
    description: SafeStr | None = None
    accession_number: SafeStr | None = None
    cik: SafeStr | None = None
    company: SafeStr | None = None
    form_type: SafeStr | None = None
    filing_date: dt.date | None = None
    also_filed_at: list[SafeStr] = Field(
        default_factory=list,
        description="other paths holding the same content (a results store links them)",
    )


class Record(BaseModel):
    """One record per document: the unit of `extract` output."""

    model_config = ConfigDict(extra="forbid")

    schema_version: Literal["2"] = SCHEMA_VERSION  # type: ignore[assignment]
    source: Source
    status: Status
    errors: list[Issue] = Field(default_factory=list)
    warnings: list[Issue] = Field(default_factory=list)
    warrants: list[Warrant] = Field(default_factory=list)

    def to_json_line(self) -> str:
        return self.model_dump_json()


def json_schema() -> dict[str, Any]:
    """The JSON Schema of one record, generated from the models."""
    schema = Record.model_json_schema(mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://github.com/warrant-terms/warrant-terms/schema/record-v2.json"
    return schema
