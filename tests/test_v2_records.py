"""The hand-built version-2 records quote their documents exactly.

`tests/v2_records.py` builds the SPAC and pre-funded records the calc, export, OCF and review
tests use; here every evidence span is checked against `warrant-terms text` of the real
document in ../shared/corpus-found, so the values those tests compute from rest on clauses
that really say so.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_files import shared_file
from v2_records import PREFUNDED_PATH, SPAC_PATH, prefunded_record, spac_record

from warrant_terms.parse import Document, load
from warrant_terms.schema import FIELD_NAMES, Record, is_stated


def _text(path: Path) -> str:
    shared_file()  # the real exhibits: skipped, saying why, without the shared folder
    (doc,) = load(path)
    assert isinstance(doc, Document)
    return doc.text


@pytest.mark.parametrize(
    ("path", "build"), [(SPAC_PATH, spac_record), (PREFUNDED_PATH, prefunded_record)]
)
def test_every_span_is_the_document_text_at_its_offsets(path: Path, build: object) -> None:
    text = _text(path)
    record: Record = build()  # type: ignore[operator]
    assert record.source.sha256 is not None
    checked = 0
    for warrant in record.warrants:
        for name in FIELD_NAMES:
            term = getattr(warrant, name)
            if is_stated(name, term):
                assert term.evidence, name
            for ev in term.evidence:
                assert text[ev.start : ev.end] == ev.text, (name, ev)
                checked += 1
    assert checked >= 10
