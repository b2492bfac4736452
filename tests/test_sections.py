"""Sections are found in every format the corpus holds: hard-wrapped 1990s text, one-line
text with every line break collapsed, Markdown conversions and EDGAR HTML."""

from __future__ import annotations

from pathlib import Path

import pytest
from parse_fixtures import SEED
from shared_files import corpus_found

from warrant_terms.extract.instrument import find_instruments
from warrant_terms.parse import Document, load
from warrant_terms.parse.sections import (
    Section,
    find_heading,
    heading_like,
    parent_labels,
    section_at,
    split_sections,
)


def _warrant_sections(path: Path) -> tuple[Document, list[Section]]:
    doc = load(path)[0]
    assert isinstance(doc, Document)
    instruments = find_instruments(doc)
    assert instruments, f"{path.name}: no warrant found"
    main = instruments[0]
    return doc, split_sections(doc.text, main.start, main.end)


def test_seed_sections_and_subclauses() -> None:
    doc, sections = _warrant_sections(SEED)
    labels = [s.label for s in sections if s.label]
    top = [label for label in labels if "." not in label and "(" not in label]
    assert top == [str(n) for n in range(1, 19)]
    assert ["4.1", "4.2", "4.3", "4.4", "4.5", "4.6", "4.7"] == [
        label for label in labels if label.startswith("4.") and "(" not in label
    ]
    assert {"1(a)", "1(b)", "1(c)", "4.2(a)", "4.2(b)", "4.2(c)", "4.6(f)"} <= set(labels)
    fractional = find_heading(sections, "fractional shares")
    assert fractional is not None and fractional.label == "16"
    law = find_heading(sections, "governing law")
    assert law is not None and law.label == "14"
    kinds = [s.kind for s in sections]
    assert kinds[0] == "legend" and "preamble" in kinds and kinds[-1] == "signature"
    clause = section_at(sections, doc.text.index("in lieu of exercising this Warrant"))
    assert clause is not None and clause.label == "1(b)"


# (document, heading that must be found, minimum count of consecutive top-level sections)
ONE_LINE_AND_MARKDOWN = [
    ("f002_chemocentryx.txt", "fractional interest", 20),
    ("f003_bluearc.txt", "governing law", 15),
    ("f005_sophia-genetics.txt", "governing law", 29),
    ("f006_churchill-capital-corp-iii.md", "adjustments", 9),
    ("r001_akoustis-technologies_pre-funded.html", "certain adjustments", 5),
]


@pytest.mark.parametrize(("name", "heading", "count"), ONE_LINE_AND_MARKDOWN)
def test_sections_found_without_line_breaks(name: str, heading: str, count: int) -> None:
    _doc, sections = _warrant_sections(corpus_found() / name)
    top = [int(s.label) for s in sections if s.label and s.label.isdigit()]
    assert top[:count] == list(range(1, count + 1))
    assert find_heading(sections, heading) is not None


def test_attached_forms_are_their_own_parts() -> None:
    doc, sections = _warrant_sections(corpus_found() / "r001_akoustis-technologies_pre-funded.html")
    forms = [s for s in sections if s.kind == "form"]
    assert [heading_like(f.heading, "notice of exercise") for f in forms][:1] == [True]
    # The defined term "the “Notice of Exercise”" in the body is not taken for the form.
    assert forms[0].start > doc.text.index("Notice of Exercise")


def test_parent_labels() -> None:
    assert parent_labels("4.2(b)") == ["4.2(b)", "4.2", "4"]
    assert parent_labels("7") == ["7"]
