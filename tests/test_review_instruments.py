"""The review page of a document that sets out several instruments: one panel section each,
every field's evidence in its own colour, the version-2 values in words."""

from __future__ import annotations

from pathlib import Path

import lxml.html  # type: ignore[import-untyped, unused-ignore]
from shared_files import shared_file
from v2_records import PREFUNDED_PATH, SPAC_PATH, prefunded_record, spac_record

from warrant_terms.parse import Document, load
from warrant_terms.review import render_document
from warrant_terms.review.assets import FIELD_COLOURS, field_colour_css
from warrant_terms.review.render import summary_line
from warrant_terms.schema import FIELD_NAMES


def page_of(path: Path) -> lxml.html.HtmlElement:
    shared_file()  # the real exhibits: skipped, saying why, without the shared folder
    (doc,) = load(path)
    assert isinstance(doc, Document)
    record = spac_record() if path == SPAC_PATH else prefunded_record()
    return lxml.html.document_fromstring(render_document(record, doc.text, doc.page_starts))


def by_class(el: lxml.html.HtmlElement, tag: str, cls: str) -> list[lxml.html.HtmlElement]:
    return el.xpath(f".//{tag}[contains(concat(' ', normalize-space(@class), ' '), ' {cls} ')]")


def value_of(section: lxml.html.HtmlElement, key: str) -> str:
    (row,) = section.xpath(f".//tr[@data-field='{key}']")
    (cell,) = by_class(row, "td", "value")
    return str(cell.text)


def test_every_field_has_its_own_colour() -> None:
    assert len(set(FIELD_COLOURS.values())) == len(FIELD_NAMES)
    css = field_colour_css()
    for name in FIELD_NAMES:
        assert f".c-{name}{{background-color:{FIELD_COLOURS[name][0]}" in css


def test_one_section_per_instrument() -> None:
    tree = page_of(SPAC_PATH)
    public, private = by_class(tree, "section", "instrument")
    assert [h.text_content() for h in tree.xpath("//section/h3")] == [
        "1 · Public Warrantsinstrument 1 of 2", "2 · Private Placement Warrantsinstrument 2 of 2"]
    assert [a.get("href") for a in tree.xpath("//nav[@class='instruments']/a")] == [
        "#instrument-1", "#instrument-2"]
    assert [r.get("data-field") for r in public.xpath(".//tr")[1:]] == list(FIELD_NAMES)
    assert [r.get("data-field") for r in private.xpath(".//tr")[1:]] == [
        f"w2-{n}" for n in FIELD_NAMES]
    assert value_of(public, "expiration_term") == "5 years after business combination"
    assert value_of(public, "exercisable_from") == (
        "later of 30 days after business combination and 12 months after IPO closing")
    assert value_of(public, "redemption") == (
        "$18.00, 20 of 30 trading days, $0.01, 30 days' notice")
    assert value_of(private, "w2-redemption") == "not redeemable"
    assert value_of(private, "w2-holder") == "HEC Sponsor LLC"


def test_evidence_is_highlighted_in_the_fields_colour() -> None:
    tree = page_of(SPAC_PATH)
    for key, field in (("expiration_term", "expiration_term"), ("w2-redemption", "redemption"),
                       ("warrant_agent", "warrant_agent")):
        mark = tree.get_element_by_id(f"ev-{key}-0")
        assert f"c-{field}" in mark.get("class").split() or f"c-{field}" in (
            mark.getparent().get("class") or "").split()
    agent = tree.get_element_by_id("ev-warrant_agent-0")
    assert agent.text_content() == "Continental Stock Transfer & Trust Company"
    # the private instrument's own span for its redemption clause
    assert tree.get_element_by_id("ev-w2-redemption-0").text_content() == (
        "shall not be redeemable by the Company")


def test_blocker_in_words_and_low_confidence_bar() -> None:
    tree = page_of(PREFUNDED_PATH)
    (section,) = by_class(tree, "section", "instrument")
    assert not tree.xpath("//nav[@class='instruments']")  # one instrument: no navigation
    assert value_of(section, "beneficial_ownership_limit") == "9.99%, may not exceed 9.99%"
    (row,) = section.xpath(".//tr[@data-field='beneficial_ownership_limit']")
    assert by_class(row, "span", "low")  # 0.55 is below the review threshold


def test_index_line_names_the_instruments() -> None:
    line = summary_line(spac_record())
    assert line.startswith("Hudson Executive Investment Corp. · Public Warrants · ")
    assert "expires 5 years after business combination" in line
    assert line.endswith("also: Private Placement Warrants")
