"""The evaluation harness: manifest, comparison rules, summaries, thresholds and the CLI.

The full-manifest run is the CI ratchet: `corpus/thresholds.json` must be met.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import importlib.util
import json
import sys
from decimal import Decimal
from pathlib import Path
from types import ModuleType

import pytest
from shared_files import corpus_found, needs_shared, shared_file

from warrant_terms.cli import main
from warrant_terms.evaluate import core
from warrant_terms.evaluate import thresholds as th
from warrant_terms.evaluate.core import (
    DocResult,
    ManifestEntry,
    compare_field,
    evaluate,
    load_manifest,
    normalize_name,
    select,
    summaries,
    summarize,
)
from warrant_terms.evaluate.shared import shared_root
from warrant_terms.pipeline import Extraction
from warrant_terms.schema import CONTRACT_FIELDS, Record, Source, Term, Warrant

ROOT = Path(__file__).resolve().parents[1]
MANIFEST = ROOT / "corpus" / "manifest.csv"
THRESHOLDS = ROOT / "corpus" / "thresholds.json"
SEED_ID = "juniper-networks-warrant-ex4.2"


def _load_builder() -> ModuleType:
    path = ROOT / "corpus" / "tools" / "build_manifest.py"
    spec = importlib.util.spec_from_file_location("build_manifest", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    # dataclasses resolves string annotations through sys.modules, so register it first.
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def entries() -> list[ManifestEntry]:
    return load_manifest(MANIFEST)


@pytest.fixture(scope="module")
def results(entries: list[ManifestEntry]) -> list[DocResult]:
    shared_file()  # the full manifest holds the shared real documents
    # One extraction per document per session: core memoises extract_path.
    return evaluate(entries)


@pytest.fixture(scope="module")
def sums(results: list[DocResult]) -> dict[str, dict[str, core.Summary]]:
    return summaries(results)


# --- the manifest -----------------------------------------------------------------------


@needs_shared
def test_manifest_is_current() -> None:
    """manifest.csv is what build_manifest.py writes today (file hashes included)."""
    builder = _load_builder()
    entries, splits = builder.build()
    assert MANIFEST.read_text(encoding="utf-8") == builder.render(entries)
    assert builder.load_frozen() == splits, "corpus/splits.json lacks a document's split"


@needs_shared
def test_manifest_rows_resolve_and_hash(entries: list[ManifestEntry]) -> None:
    assert len({e.id for e in entries}) == len(entries)
    for e in entries:
        assert e.doc_path.is_file(), e.path
        assert e.gold_path.is_file(), e.gold
        assert hashlib.sha256(e.doc_path.read_bytes()).hexdigest() == e.sha256, e.id
        assert e.status == e.load_gold()["status"], e.id
        assert e.origin in core.ORIGINS and e.split in core.SPLITS
        assert e.source == "constructed" if e.origin == "constructed" else e.source != ""


def test_manifest_covers_the_real_corpus(entries: list[ManifestEntry]) -> None:
    found = corpus_found()
    real_files = {p.name for p in found.iterdir()} - {"SOURCES.tsv", "README.md"}
    added = ROOT / "corpus" / "real"
    added_files = {p.name for p in added.iterdir()} - {"SOURCES.tsv"} if added.is_dir() else set()
    listed = {Path(e.path).name for e in entries if e.origin == "real"}
    assert listed == real_files | added_files | {"juniper-networks-warrant-ex4.2.txt"}


def test_split_rule(entries: list[ManifestEntry]) -> None:
    """Splits are recorded once and never move; a new document gets the hash of its own key."""
    builder = _load_builder()
    recorded = builder.load_frozen()
    seed = next(e for e in entries if e.id == SEED_ID)
    assert seed.split == "dev" and seed.origin == "real"
    for e in entries:
        if e.id == SEED_ID:
            continue
        key = builder.group_key(e.id)
        assert key in recorded, f"{e.id}: split not recorded in corpus/splits.json"
        assert e.split == recorded[key], e.id


def test_new_keys_split_by_their_own_hash() -> None:
    builder = _load_builder()
    splits = [builder.solo_split(f"doc{i}") for i in range(300)]
    assert 60 < splits.count("test") < 140
    assert builder.solo_split("doc7") == builder.solo_split("doc7")


def test_renderings_share_a_split(entries: list[ManifestEntry]) -> None:
    by_id = {e.id: e for e in entries}
    pdfs = [e for e in entries if e.format == "pdf"]
    assert pdfs, "the manifest should hold the constructed PDFs"
    for e in pdfs:
        twin = by_id.get(e.id.removesuffix("_pdf"))
        if twin is not None:
            assert twin.split == e.split


def test_select(entries: list[ManifestEntry]) -> None:
    dev = select(entries, "dev", "all")
    test = select(entries, "test", "all")
    assert len(dev) + len(test) == len(entries) and {e.split for e in test} == {"test"}
    real = select(entries, "all", "real")
    assert real and all(e.origin == "real" for e in real)
    seed = select(entries, paths=[str(shared_root() / "seeds")])
    assert [e.id for e in seed] == [SEED_ID]
    assert [e.id for e in select(entries, paths=["f002_chemocentryx"])] == ["f002_chemocentryx"]


# --- the CI ratchet ---------------------------------------------------------------------


def test_thresholds_are_met(sums: dict[str, dict[str, core.Summary]]) -> None:
    overall = {origin: per["all"] for origin, per in sums.items()}
    assert set(overall) == set(core.ORIGINS)
    assert th.check(overall, th.load_thresholds(THRESHOLDS)) == []


def test_thresholds_file_has_every_field() -> None:
    data = th.load_thresholds(THRESHOLDS)
    for origin in core.ORIGINS:
        figures = data[origin]
        assert set(th.ORIGIN_KEYS) <= set(figures), origin
        assert set(figures["fields"]) == set(CONTRACT_FIELDS), origin
        for key in th.MIN_KEYS:
            assert 0.0 <= figures[key] <= 1.0
        assert all(0.0 <= v <= 1.0 for v in figures["fields"].values())
        assert isinstance(figures["invented_max"], int) and figures["invented_max"] >= 0
        assert isinstance(figures["negatives_all_not_warrant"], bool)


def test_table_has_every_contract_field(
    sums: dict[str, dict[str, core.Summary]], capsys: pytest.CaptureFixture[str]
) -> None:
    for per in sums.values():
        for summary in per.values():
            assert tuple(summary.fields) == core.SCORED_FIELDS
    assert main(["eval", "--split", "all", "--manifest", str(MANIFEST)]) == 0
    out = capsys.readouterr().out
    for origin in core.ORIGINS:
        assert f"== {origin}" in out
    rows = [line.split()[0] for line in out.splitlines() if line.strip()]
    for name in CONTRACT_FIELDS:
        # One row per origin that scores the field (openings are scored on eight of them).
        scored = sum(bool(per["all"].fields[name].total) for per in sums.values())
        assert rows.count(name) == scored >= 2, name


def test_every_document_is_scored(results: list[DocResult], entries: list[ManifestEntry]) -> None:
    assert [r.entry.id for r in results] == [e.id for e in entries]
    for r in results:
        gold = r.entry.load_gold()
        expected = sum(len(core.scored_fields(gold, w)) for w in gold["warrants"]) if r.gold_status == "ok" else 0
        assert len(r.comparisons) == expected, r.entry.id
        if gold.get("scored_fields"):
            assert {c.field for c in r.comparisons} <= set(gold["scored_fields"]), r.entry.id
        elif r.gold_status == "ok":
            assert {c.field for c in r.comparisons} >= set(CONTRACT_FIELDS), r.entry.id


@needs_shared
def test_cli_json_and_check(tmp_path: Path, entries: list[ManifestEntry]) -> None:
    """--check fails on an unmet threshold and passes on a met one; --json holds the report."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    manifest = corpus / "manifest.csv"
    picked = [e for e in entries if e.id in (SEED_ID, "n005_igate")]
    with manifest.open("w", encoding="utf-8", newline="") as fh:
        names = [f for f in ManifestEntry.__dataclass_fields__ if f != "root"]
        writer = csv.DictWriter(fh, fieldnames=names)
        writer.writeheader()
        for e in picked:
            row = {n: getattr(e, n) for n in names}
            row["path"], row["gold"] = str(e.doc_path.resolve()), str(e.gold_path.resolve())
            writer.writerow(row)
    limits = corpus / "thresholds.json"
    strict = {"real": {"overall": 1.01, "negatives_all_not_warrant": True}}
    limits.write_text(json.dumps(strict), encoding="utf-8")
    report = tmp_path / "report.json"
    args = ["eval", "--split", "all", "--manifest", str(manifest), "--json", str(report)]
    assert main([*args, "--check"]) == 1
    data = json.loads(report.read_text(encoding="utf-8"))
    assert [d["id"] for d in data["documents"]] == [SEED_ID, "n005_igate"]
    assert set(data["summary"]["real"]["all"]["fields"]) == set(CONTRACT_FIELDS)
    limits.write_text(json.dumps({"real": {"overall": 0.0}}), encoding="utf-8")
    assert main([*args, "--check"]) == 0


# --- normalization and comparison on hand-made values -----------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Juniper Networks, Inc.", "JUNIPER NETWORKS INC"),
        ("Venture Lending & Leasing, Inc.", "Venture  Lending &\nLeasing, Inc"),
        ("Harborview Venture Lending Fund III, L.P.", "Harborview Venture Lending Fund III, LP"),
        ("\u201cSeries B\u201d Preferred Stock", '"Series B" Preferred  Stock'),
    ],
)
def test_names_agree(a: str, b: str) -> None:
    assert normalize_name(a) == normalize_name(b)
    assert compare_field("issuer", a, b) == "correct"


def test_names_differ() -> None:
    assert compare_field("issuer", "Inc.", "Inc") == "correct"
    assert compare_field("security", "Common Shares", "Common Share") == "wrong"
    assert compare_field("governing_law", "New York", "California") == "wrong"
    assert compare_field("currency", "USD", "usd") == "correct"


def test_price_compares_as_decimal() -> None:
    assert compare_field("exercise_price", "2.4", "2.40") == "correct"
    assert compare_field("exercise_price", "2.40", Decimal("2.4")) == "correct"
    assert compare_field("exercise_price", "0.001", "0.0010") == "correct"
    assert compare_field("exercise_price", "2.40", "2.41") == "wrong"
    assert compare_field("exercise_price", "2.40", "not a number") == "wrong"


def test_anti_dilution_is_a_set() -> None:
    gold = ["split_combination", "stock_dividend", "reorganization"]
    assert compare_field("anti_dilution", gold, list(reversed(gold))) == "correct"
    assert compare_field("anti_dilution", gold, gold[:2]) == "wrong"
    assert compare_field("anti_dilution", gold, [*gold, "distribution"]) == "wrong"
    # An empty list says what null says: no adjustment kind.
    assert compare_field("anti_dilution", None, []) == "correct"
    assert compare_field("anti_dilution", gold, []) == "missed"


def test_exact_fields() -> None:
    assert compare_field("shares", 83333, 83333) == "correct"
    assert compare_field("shares", 83333, 83334) == "wrong"
    assert compare_field("shares", None, 1) == "invented"
    assert compare_field("shares", 83333, None) == "missed"
    assert compare_field("issue_date", "2003-12-15", dt.date(2003, 12, 15)) == "correct"
    assert compare_field("expiration_date", "2003-12-15", dt.date(2003, 12, 16)) == "wrong"
    assert compare_field("cashless_exercise", True, True) == "correct"
    assert compare_field("cashless_exercise", False, True) == "wrong"
    assert compare_field("cashless_exercise", True, 1) == "wrong"  # 1 is not a boolean
    assert compare_field("cashless_exercise", False, None) == "missed"
    assert compare_field("fractional_shares", "cash", "round_down") == "wrong"
    assert compare_field("holder", None, None) == "correct"


# --- summaries on hand-made results -----------------------------------------------------


def _entry(doc_id: str, status: str, origin: str = "real", split: str = "dev") -> ManifestEntry:
    return ManifestEntry(
        doc_id,
        f"{doc_id}.txt",
        f"{doc_id}.gold.json",
        origin,
        "x",
        "",
        "",
        "",
        "txt",
        "",
        status,
        split,
    )


def _fake_extraction(status: str, warrant: Warrant | None = None) -> Extraction:
    record = Record(source=Source(path="x"), status=status, warrants=[warrant] if warrant else [])
    return Extraction(record, None)


def _gold(tmp_path: Path, doc_id: str, status: str, warrant: dict[str, object] | None) -> None:
    data = {"doc": doc_id, "status": status, "warrants": [warrant] if warrant else [], "notes": []}
    (tmp_path / f"{doc_id}.gold.json").write_text(json.dumps(data), encoding="utf-8")


GOLD_WARRANT: dict[str, object] = {
    "issuer": "Acme, Inc.",
    "issuer_jurisdiction": "Delaware",
    "holder": None,
    "security": "Common Stock",
    "shares": 100,
    "exercise_price": "2.40",
    "currency": "USD",
    "issue_date": "2020-01-02",
    "expiration_date": None,
    "cashless_exercise": True,
    "anti_dilution": ["split_combination"],
    "fractional_shares": "cash",
    "governing_law": "New York",
}


def test_wrong_status_counts_every_gold_value_missed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    outputs = {
        "good": _fake_extraction(
            "ok",
            Warrant(
                issuer=Term[str](value="ACME Inc"),
                shares=Term[int](value=100),
                exercise_price=Term[Decimal](value=Decimal("2.4")),
                holder=Term[str](value="Bob"),
            ),
        ),
        "lost": _fake_extraction("not_warrant"),
        "neg": _fake_extraction("ok", Warrant(shares=Term[int](value=5))),
    }
    monkeypatch.setattr(core, "extract_cached", lambda path: [outputs[path.stem]])
    _gold(tmp_path, "good", "ok", GOLD_WARRANT)
    _gold(tmp_path, "lost", "ok", GOLD_WARRANT)
    _gold(tmp_path, "neg", "not_warrant", None)
    entries = [
        ManifestEntry(**{**_entry(i, s).__dict__, "gold": f"{i}.gold.json", "root": tmp_path})
        for i, s in (("good", "ok"), ("lost", "ok"), ("neg", "not_warrant"))
    ]
    results = evaluate(entries)
    by_id = {r.entry.id: r for r in results}
    lost = {c.field: c.outcome for c in by_id["lost"].comparisons}
    non_null = [f for f, v in GOLD_WARRANT.items() if v is not None]
    assert all(lost[f] == "missed" for f in non_null)
    assert all(lost[f] == "correct" for f in CONTRACT_FIELDS if f not in non_null)
    good = {c.field: c.outcome for c in by_id["good"].comparisons}
    assert good["issuer"] == good["shares"] == good["exercise_price"] == "correct"
    assert good["holder"] == "invented" and good["security"] == "missed"
    assert by_id["neg"].comparisons == []

    s = summarize(results)
    assert s.documents == 3 and s.scored_documents == 2
    assert s.fields["holder"].invented == 1 and s.fields["holder"].correct == 1
    assert s.fields["issuer"].correct == 1 and s.fields["issuer"].missed == 1
    assert s.fields["issuer"].accuracy == pytest.approx(0.5)
    assert s.status_confusion == {
        ("ok", "ok"): 1,
        ("ok", "not_warrant"): 1,
        ("not_warrant", "ok"): 1,
    }
    assert s.status_accuracy == pytest.approx(1 / 3)
    assert s.negatives == 1 and not s.negatives_all_not_warrant
    assert s.invented == 1
    assert all(m.outcome != "correct" for m in s.misses)
    assert len(s.misses) == sum(t.total - t.correct for t in s.fields.values())


def test_span_checks(tmp_path: Path) -> None:
    from warrant_terms.evaluate.core import check_spans
    from warrant_terms.parse import Document
    from warrant_terms.schema import Evidence

    doc = Document(text="page one\nAcme, Inc. page two", page_starts=(0, 9))
    good = Evidence(start=9, end=19, page=2, text="Acme, Inc.")
    wrong_page = Evidence(start=9, end=19, page=1, text="Acme, Inc.")
    wrong_text = Evidence(start=8, end=18, page=1, text="Acme, Inc.")
    warrant = Warrant(
        issuer=Term[str](value="Acme, Inc.", evidence=[good, wrong_page]),
        holder=Term[str](value="Bob", evidence=[wrong_text]),
        cashless_exercise=Term[bool](value=False),
    )
    result = DocResult(_entry("d", "ok"), "ok", "ok")
    check_spans(
        "d",
        Extraction(Record(source=Source(path="d"), status="ok", warrants=[warrant]), doc),
        result,
    )
    assert (result.spans_exact, result.spans_total) == (1, 3)
    assert result.unsupported == ["cashless_exercise"]
    assert len(result.span_problems) == 2


# --- thresholds logic -------------------------------------------------------------------


def test_floor2_rounds_down() -> None:
    assert th.floor2(0.919) == 0.91
    assert th.floor2(0.9999) == 0.99
    assert th.floor2(1.0) == 1.0
    assert th.floor2(57 / 60) == 0.95


def test_ratchet_never_lowers() -> None:
    fields_old = {f: 0.5 for f in CONTRACT_FIELDS}
    old = {
        "real": {
            "overall": 0.9,
            "status_accuracy": 1.0,
            "exact_slices": 1.0,
            "invented_max": 2,
            "negatives_all_not_warrant": True,
            "fields": fields_old,
        }
    }
    fields_new = {**fields_old, "issuer": 0.7, "shares": 0.3}
    new = {
        "real": {
            "overall": 0.8,
            "status_accuracy": 0.9,
            "exact_slices": 1.0,
            "invented_max": 5,
            "negatives_all_not_warrant": False,
            "fields": fields_new,
        }
    }
    merged = th.ratchet(old, new)["real"]
    assert merged["overall"] == 0.9 and merged["status_accuracy"] == 1.0
    assert merged["invented_max"] == 2 and merged["negatives_all_not_warrant"] is True
    assert merged["fields"]["issuer"] == 0.7 and merged["fields"]["shares"] == 0.5


def test_measured_thresholds_pass_their_own_check(
    sums: dict[str, dict[str, core.Summary]],
) -> None:
    overall = {origin: per["all"] for origin, per in sums.items()}
    measured = th.measured(overall)
    assert th.check(overall, measured) == []
    raised = json.loads(json.dumps(measured))
    raised["real"]["overall"] = 1.01
    raised["constructed"]["invented_max"] = -1
    failures = th.check(overall, raised)
    assert any(f.startswith("real: overall") for f in failures)
    assert any(f.startswith("constructed:") and "invented" in f for f in failures)


def test_builder_and_reader_agree_on_columns() -> None:
    """The manifest writer (a standalone script) and the reader share one column list."""
    from dataclasses import fields

    builder = _load_builder()
    reader = tuple(f.name for f in fields(ManifestEntry) if f.name != "root")
    assert builder.COLUMNS == reader


def test_by_rule_counts_values_per_rule(results: list[DocResult], capsys: pytest.CaptureFixture[str]) -> None:
    rules = core.by_rule(results)
    scored = [c for r in results for c in r.comparisons if c.rule and core.normalize(c.field, c.output) is not None]
    assert sum(t.fired for t in rules.values()) == len(scored)
    assert sum(t.correct for t in rules.values()) == sum(c.outcome == "correct" for c in scored)
    for rule, t in rules.items():
        assert t.correct <= t.fired and len(t.correct_documents) <= len(t.documents), rule
    assert main(["eval", "--split", "dev", "--origin", "constructed", "--by-rule",
                 "--manifest", str(MANIFEST)]) == 0
    out = capsys.readouterr().out
    assert "== by rule:" in out and "issuer.defined_term" in out
