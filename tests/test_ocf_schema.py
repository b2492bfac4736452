"""OCF export against the official Open Cap Format JSON schemas (issue 14.7).

Every file `export --format ocf` writes, and every object in it, is validated with
`jsonschema` against the schema files in ../shared/ocf-schema/, `$ref`s resolved from those
files alone (a registry keyed by each file's `$id`; nothing is fetched). Run over records
extracted from every document of corpus/manifest.csv and over the hand-built version-2
records (relative exercise windows, redemption, a blocker).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT7
from shared_files import needs_shared
from v2_records import prefunded_record, spac_record

from warrant_terms.evaluate.core import extract_cached, load_manifest
from warrant_terms.evaluate.shared import shared_root
from warrant_terms.export.ocf import stakeholders_path, write_ocf
from warrant_terms.schema import Record, Term

OCF_SCHEMA = shared_root() / "ocf-schema" / "schema"
BASE = "https://raw.githubusercontent.com/Open-Cap-Table-Coalition/Open-Cap-Format-OCF/main/schema/"

pytestmark = needs_shared


@pytest.fixture(scope="module")
def registry() -> Registry[Any]:
    resources = []
    for path in sorted(OCF_SCHEMA.rglob("*.schema.json")):
        contents = json.loads(path.read_text(encoding="utf-8"))
        resources.append((contents["$id"], Resource.from_contents(contents, DRAFT7)))
    assert len(resources) > 100
    return Registry().with_resources(resources)


def validator(registry: Registry[Any], name: str) -> jsonschema.Draft7Validator:
    return jsonschema.Draft7Validator(
        {"$ref": BASE + name}, registry=registry, format_checker=jsonschema.FormatChecker()
    )


def check(records: list[Record], out: Path, registry: Registry[Any]) -> list[dict[str, Any]]:
    """Write `records` as OCF and validate both files and every object in them."""
    write_ocf(records, out, today=dt.date(2026, 1, 5))
    transactions = json.loads(out.read_text(encoding="utf-8"))
    holders = json.loads(stakeholders_path(out).read_text(encoding="utf-8"))
    files = (
        (transactions, "files/TransactionsFile.schema.json",
         "objects/transactions/issuance/WarrantIssuance.schema.json"),
        (holders, "files/StakeholdersFile.schema.json", "objects/Stakeholder.schema.json"),
    )
    for doc, file_schema, item_schema in files:
        errors = [e.message for e in validator(registry, file_schema).iter_errors(doc)]
        assert not errors, errors[:3]
        item_validator = validator(registry, item_schema)
        for item in doc["items"]:
            errors = [f"{e.json_path}: {e.message}" for e in item_validator.iter_errors(item)]
            assert not errors, (item.get("custom_id"), errors[:3])
    items: list[dict[str, Any]] = transactions["items"]
    assert len(items) == sum(len(r.warrants) for r in records)
    return items


def test_the_validator_catches_a_missing_date(registry: Registry[Any]) -> None:
    """The defect of issue 14.7, so this test can fail: no `date`, no valid issuance."""
    item = {"object_type": "TX_WARRANT_ISSUANCE", "id": "x", "security_id": "s",
            "custom_id": "c", "stakeholder_id": "h", "security_law_exemptions": [],
            "purchase_price": {"amount": "0", "currency": "USD"},
            "exercise_triggers": []}
    v = validator(registry, "objects/transactions/issuance/WarrantIssuance.schema.json")
    assert any("'date' is a required property" in e.message for e in v.iter_errors(item))
    item["date"] = "2020-02-30"  # not a calendar date: the format checker refuses it
    assert not v.is_valid(item)
    item["date"] = "2020-02-28"
    assert v.is_valid(item)


def test_hand_built_version_2_records(registry: Registry[Any], tmp_path: Path) -> None:
    spac, prefunded = spac_record(), prefunded_record()
    undated = prefunded_record()
    undated.warrants[0].issue_date = Term[dt.date]()
    items = check([spac, prefunded, undated], tmp_path / "v2.ocf.json", registry)
    public, private, pf, pf_undated = items
    trigger = public["exercise_triggers"][0]
    assert trigger["type"] == "ELECTIVE_ON_CONDITION"
    assert trigger["trigger_condition"].startswith(
        "Exercisable from later of 30 days after business combination and 12 months after "
        "IPO closing until 5 years after business combination.")
    assert "five (5) years after the date on which the Company completes" in (
        trigger["trigger_condition"])
    assert public["exercise_price"] == {"amount": "11.50", "currency": "USD"}
    comments = " ".join(public["comments"])
    assert "Redemption: $18.00, 20 of 30 trading days, $0.01, 30 days' notice." in comments
    assert "Warrant agent: Continental Stock Transfer & Trust Company." in comments
    assert "also sets out: Private Placement Warrants (instrument 2)" in comments
    assert any(c.startswith("Redemption: not redeemable.") for c in private["comments"])
    assert pf["exercise_triggers"][0]["type"] == "ELECTIVE_AT_WILL"  # no expiry: until exercised
    assert any("Beneficial ownership limit: 9.99%" in c for c in pf["comments"])
    assert pf_undated["date"] == "2026-01-05"
    assert any(c.startswith("date:") and "export date" in c for c in pf_undated["comments"])


def test_automatic_exercise_and_quantity(registry: Registry[Any], tmp_path: Path) -> None:
    record = spac_record()
    w = record.warrants[0]
    w.expiration_date = Term[dt.date](value=dt.date(2026, 6, 22))
    w.automatic_exercise = Term[bool](value=True)
    w.warrant_count = Term[int](value=18_000_000)
    (item, _) = check([record], tmp_path / "auto.ocf.json", registry)
    assert item["quantity"] == "18000000"  # 18,000,000 warrants x 1 share
    assert item["warrant_expiration_date"] == "2026-06-22"
    kinds = [t["type"] for t in item["exercise_triggers"]]
    assert kinds == ["ELECTIVE_ON_CONDITION", "AUTOMATIC_ON_DATE"]
    assert item["exercise_triggers"][1]["trigger_date"] == "2026-06-22"


def test_every_corpus_document(registry: Registry[Any], tmp_path: Path) -> None:
    records = [x.record for e in load_manifest() for x in extract_cached(e.doc_path)]
    assert len(records) >= 100
    items = check(records, tmp_path / "corpus.ocf.json", registry)
    assert len(items) >= 50
    assert all("date" in item for item in items)
