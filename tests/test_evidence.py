"""Grounding on every manifest document: evidence is the exact text `warrant-terms text` prints.

For each document: every evidence span of every non-null field equals
`document.text[start:end]` on the page of `start`, confidences lie in [0, 1], and the record
validates against the published JSON Schema. The document text the pipeline used is the
text `load()` gives and, for the seed, one HTML and one PDF document, the text the real CLI
prints.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema  # type: ignore[import-untyped]
import pytest
from shared_files import manifest_params

from warrant_terms.evaluate.core import ManifestEntry, extract_cached, load_manifest
from warrant_terms.parse import Document, load
from warrant_terms.pipeline import Extraction
from warrant_terms.schema import FIELD_NAMES, json_schema

ROOT = Path(__file__).resolve().parents[1]
ENTRIES = load_manifest(ROOT / "corpus" / "manifest.csv")
BY_ID = {e.id: e for e in ENTRIES}


def _cli() -> str:
    beside = Path(sys.executable).parent / "warrant-terms"
    if beside.is_file():
        return str(beside)
    found = shutil.which("warrant-terms")
    if found is None:
        pytest.skip("the warrant-terms console script is not installed")
    return found


@pytest.fixture(scope="module")
def validator() -> jsonschema.protocols.Validator:
    schema = json_schema()
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def _extractions(entry: ManifestEntry) -> list[Extraction]:
    # Shared memo with the eval tests: one extraction per document per session.
    extractions = extract_cached(entry.doc_path)
    assert extractions, entry.id
    return extractions


@pytest.mark.parametrize("entry", manifest_params(ENTRIES))
def test_evidence_is_exact(entry: ManifestEntry) -> None:
    for ex in _extractions(entry):
        record, doc = ex.record, ex.document
        if record.status == "error":
            assert doc is None and record.errors and not record.warrants
            continue
        assert doc is not None
        for i, warrant in enumerate(record.warrants):
            for name in FIELD_NAMES:
                term = getattr(warrant, name)
                where = f"{entry.id} warrant {i} {name}"
                assert 0.0 <= term.confidence <= 1.0, where
                if term.value is None:
                    continue
                for span in term.evidence:
                    assert 0 <= span.start <= span.end <= len(doc.text), where
                    assert doc.text[span.start : span.end] == span.text, where
                    assert span.page == doc.page_of(span.start), where
                    assert 1 <= span.page <= doc.pages, where


@pytest.mark.parametrize("entry", manifest_params(ENTRIES))
def test_record_matches_schema(
    entry: ManifestEntry, validator: jsonschema.protocols.Validator
) -> None:
    for ex in _extractions(entry):
        payload = ex.record.model_dump(mode="json")
        errors = sorted(validator.iter_errors(payload), key=lambda e: list(e.path))
        assert not errors, f"{entry.id}: {errors[0].message} at {list(errors[0].path)}"


@pytest.mark.parametrize("entry", manifest_params(ENTRIES))
def test_text_is_what_load_gives(entry: ManifestEntry) -> None:
    """The offsets point into the text `load()` (hence `warrant-terms text`) produces."""
    fresh = [item for item in load(entry.doc_path) if isinstance(item, Document)]
    used = [ex.document for ex in _extractions(entry) if ex.document is not None]
    assert [d.text for d in fresh] == [d.text for d in used], entry.id
    assert [d.page_starts for d in fresh] == [d.page_starts for d in used], entry.id


def _cli_samples() -> list[ManifestEntry]:
    seed = BY_ID["juniper-networks-warrant-ex4.2"]
    html = next(e for e in ENTRIES if e.format in ("htm", "html") and e.status == "ok")
    pdf = next(e for e in ENTRIES if e.format == "pdf")
    return [seed, html, pdf]


@pytest.mark.parametrize("entry", manifest_params(_cli_samples()))
def test_cli_prints_the_same_text(entry: ManifestEntry) -> None:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    proc = subprocess.run(
        [_cli(), "text", str(entry.doc_path)],
        capture_output=True,
        check=False,
        env=env,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    printed = proc.stdout.decode("utf-8")
    docs = [ex.document for ex in _extractions(entry) if ex.document is not None]
    assert printed == "".join(d.text for d in docs)
    # And the evidence, sliced out of what the CLI printed, is the evidence text.
    spans = [
        span
        for ex in _extractions(entry)
        for w in ex.record.warrants
        for name in FIELD_NAMES
        for span in getattr(w, name).evidence
    ]
    assert spans, f"{entry.id} should have evidence to check"
    if len(docs) == 1:
        for span in spans:
            assert printed[span.start : span.end] == span.text
