"""The evidence review page: highlighting, escaping, offline-ness, the CLI, and a real browser."""

from __future__ import annotations

import argparse
import datetime as dt
import re
import shutil
import sys
import types
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import lxml.html  # type: ignore[import-untyped, unused-ignore]
import pytest
from lxml.html import HtmlElement  # type: ignore[import-untyped, unused-ignore]
from shared_files import SEED

from warrant_terms.review import IndexEntry, render_document, render_index
from warrant_terms.review.assets import SCRIPT
from warrant_terms.review.cli import register
from warrant_terms.schema.models import (
    FIELD_NAMES,
    Evidence,
    Issue,
    Record,
    Source,
    Term,
    Warrant,
    is_stated,
)

ARTIFACTS = Path(__file__).parent / "artifacts"
CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")


@pytest.fixture(scope="module")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


def seed_page_starts(text: str) -> list[int]:
    """Pages of the seed begin after each centred page-number footer."""
    return [0] + [m.end() for m in re.finditer(r"^ {20,}\d+\n", text, re.MULTILINE)]


def page_of(starts: list[int], offset: int) -> int:
    return sum(1 for s in starts if s <= offset)


class SpanFinder:
    """Evidence for the seed found with `str.find`, so every span is real document text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = seed_page_starts(text)

    def ev(self, phrase: str, *, occurrence: int = 0, until: str | None = None) -> Evidence:
        start = -1
        for _ in range(occurrence + 1):
            start = self.text.find(phrase, start + 1)
            assert start >= 0, phrase
        end = start + len(phrase)
        if until is not None:
            tail = self.text.find(until, start)
            assert tail >= 0, until
            end = tail + len(until)
        return Evidence(
            start=start, end=end, page=page_of(self.starts, start), text=self.text[start:end]
        )


def seed_record(text: str) -> Record:
    f = SpanFinder(text)
    price = f.ev("$2.40")
    warrant = Warrant(
        issuer=Term[str](
            value="Juniper Networks, Inc.",
            evidence=[f.ev("Juniper Networks, Inc.")],
            confidence=0.97,
            rule="party.issuer.preamble",
        ),
        # Contains the issuer's span: nested overlap.
        issuer_jurisdiction=Term[str](
            value="California",
            evidence=[f.ev("Juniper Networks, Inc. a California corporation")],
            confidence=0.9,
            rule="party.jurisdiction.corporation_of",
        ),
        holder=Term[str](
            value="Venture Lending & Leasing, Inc.",
            evidence=[f.ev("VENTURE LENDING & LEASING, INC.")],
            confidence=0.95,
            rule="party.holder.certifies_that",
        ),
        # Shares and security cross each other: neither contains the other.
        shares=Term[int](
            value=83333,
            evidence=[f.ev("Thirty-Three (83,333)"), f.ev("83,333")],
            confidence=0.99,
            rule="shares.words_and_digits",
        ),
        security=Term[str](
            value="Series B Preferred Stock",
            evidence=[f.ev("(83,333) fully paid", until="Series B Preferred Stock")],
            confidence=0.9,
            rule="security.shares_of",
        ),
        # Price and currency share one span exactly.
        exercise_price=Term[Decimal](
            value=Decimal("2.40"), evidence=[price], confidence=0.98, rule="price.dollars"
        ),
        currency=Term[str](value="USD", evidence=[price], confidence=0.8, rule="currency.dollar"),
        expiration_date=Term[dt.date](
            value=dt.date(2003, 12, 15),
            evidence=[f.ev("December 15, 2003"), f.ev("December 15, 2003", occurrence=1)],
            confidence=0.96,
            rule="date.void_after",
        ),
        cashless_exercise=Term[bool](
            value=True,
            evidence=[f.ev("in lieu of exercising this Warrant by the payment of")],
            confidence=0.85,
            rule="cashless.in_lieu",
        ),
        # Runs across page breaks.
        anti_dilution=Term[list[Any]](
            value=["split_combination", "stock_dividend", "reorganization"],
            evidence=[f.ev("4.1  Subdivision or Combination of Stock", until="Sale.")],
            confidence=0.7,
            rule="anti_dilution.sections",
        ),
        fractional_shares=Term[Any](
            value="cash",
            evidence=[f.ev("in lieu of issuing any fractional share", until="a sum in cash")],
            confidence=0.9,
            rule="fractional.cash_in_lieu",
        ),
        governing_law=Term[str](
            value="California",
            evidence=[f.ev("State of California")],
            confidence=0.55,
            rule="law.governed_by",
        ),
    )
    return Record(
        source=Source(
            path=str(SEED), media_type="text/plain", pages=len(f.starts), document="EX-4.2"
        ),
        status="ok",
        warnings=[
            Issue(code="low_confidence", field="governing_law", message="one weak match only")
        ],
        warrants=[warrant],
    )


@dataclass
class Rendered:
    record: Record
    text: str
    starts: list[int]
    page: str
    tree: HtmlElement


def render(record: Record, text: str, starts: list[int]) -> Rendered:
    page = render_document(record, text, starts)
    return Rendered(record, text, starts, page, lxml.html.document_fromstring(page))


@pytest.fixture(scope="module")
def seed(seed_text: str) -> Rendered:
    return render(seed_record(seed_text), seed_text, seed_page_starts(seed_text))


def non_null_terms(record: Record) -> Iterator[tuple[str, Term[Any]]]:
    for name in FIELD_NAMES:
        term: Term[Any] = getattr(record.warrants[0], name)
        if is_stated(name, term):
            yield name, term


def pieces_of(tree: HtmlElement, span_id: str) -> list[HtmlElement]:
    return [m for m in tree.iter("mark") if span_id in (m.get("data-ev") or "").split()]


def doc_offsets(doc: HtmlElement) -> Iterator[tuple[HtmlElement, int]]:
    """Every element of the text column with the text offset at which it begins."""
    offset = 0

    def walk(el: HtmlElement) -> Iterator[tuple[HtmlElement, int]]:
        nonlocal offset
        yield el, offset
        offset += len(el.text or "")
        for child in el:
            yield from walk(child)
            offset += len(child.tail or "")

    yield from walk(doc)


def css(el: HtmlElement, selector: str) -> list[HtmlElement]:
    """`tag.class` steps separated by spaces (descendants), as XPath: lxml's cssselect needs
    the cssselect package, which this project does not depend on."""
    steps = []
    for step in selector.split():
        tag, _, cls = step.partition(".")
        test = f"[contains(concat(' ', @class, ' '), ' {cls} ')]" if cls else ""
        steps.append(f"{tag or '*'}{test}")
    result: list[HtmlElement] = el.xpath(".//" + "//".join(steps))
    return result


# --- highlighting ---------------------------------------------------------------------------


def test_seed_has_several_pages_and_a_null_field(seed: Rendered) -> None:
    assert len(seed.starts) >= 5
    assert seed.record.warrants[0].issue_date.value is None


def test_every_span_is_highlighted_whole(seed: Rendered) -> None:
    for name, term in non_null_terms(seed.record):
        assert term.evidence, name
        for n, ev in enumerate(term.evidence):
            span_id = f"ev-{name}-{n}"
            first = seed.tree.get_element_by_id(span_id)
            assert name in first.get("data-field").split()
            # The pieces of a span, read in order, give back exactly its evidence text.
            assert "".join(p.text_content() for p in pieces_of(seed.tree, span_id)) == ev.text


def test_text_column_is_exactly_the_document_text(seed: Rendered) -> None:
    assert seed.tree.get_element_by_id("doc").text_content() == seed.text


def test_spans_sit_at_their_offsets(seed: Rendered) -> None:
    positions = {el.get("id"): off for el, off in doc_offsets(seed.tree.get_element_by_id("doc"))}
    for name, term in non_null_terms(seed.record):
        for n, ev in enumerate(term.evidence):
            assert positions[f"ev-{name}-{n}"] == ev.start


def test_nested_overlap_gives_inner_piece_both_fields(seed: Rendered) -> None:
    issuer = seed.tree.get_element_by_id("ev-issuer-0")
    assert set(issuer.get("data-field").split()) == {"issuer", "issuer_jurisdiction"}
    assert {"f-issuer", "f-issuer_jurisdiction", "multi"} <= set(issuer.get("class").split())
    assert "repeating-linear-gradient" in issuer.get("style")
    outer = pieces_of(seed.tree, "ev-issuer_jurisdiction-0")
    assert [p.text_content() for p in outer] == [
        "Juniper Networks, Inc.",
        " a California corporation",
    ]
    assert outer[1].get("data-field") == "issuer_jurisdiction"


def test_crossing_overlap_splits_into_three(seed: Rendered) -> None:
    shares = [p.text_content() for p in pieces_of(seed.tree, "ev-shares-0")]
    security = [p.text_content() for p in pieces_of(seed.tree, "ev-security-0")]
    assert shares == ["Thirty-Three ", "(83,333)"]
    assert security[0] == "(83,333)"
    assert len(security) == 2


def test_identical_spans_both_get_an_element(seed: Rendered) -> None:
    price = seed.tree.get_element_by_id("ev-exercise_price-0")
    currency = seed.tree.get_element_by_id("ev-currency-0")
    assert price.text_content() == currency.text_content() == "$2.40"
    assert currency.getparent() is price or price.getparent() is currency


def test_page_markers_stand_at_page_starts(seed: Rendered) -> None:
    doc = seed.tree.get_element_by_id("doc")
    markers = [(el, off) for el, off in doc_offsets(doc) if el.get("class") == "page-marker"]
    assert [off for _, off in markers] == seed.starts
    assert [el.get("data-page") for el, _ in markers] == [
        str(i + 1) for i in range(len(seed.starts))
    ]
    # Marker words come from CSS generated content.
    assert '"\\2014  page " attr(data-page)' in seed.page


def test_span_across_page_break_is_cut_at_the_marker(seed: Rendered) -> None:
    ev = seed.record.warrants[0].anti_dilution.evidence[0]
    crossed = [s for s in seed.starts if ev.start < s < ev.end]
    assert crossed
    assert len(pieces_of(seed.tree, "ev-anti_dilution-0")) >= len(crossed) + 1


# --- the field table ------------------------------------------------------------------------


def rows(tree: HtmlElement) -> dict[str, HtmlElement]:
    return {tr.get("data-field"): tr for tr in css(tree, "tr.field")}


def test_table_lists_every_field_with_value_confidence_rule(seed: Rendered) -> None:
    table = rows(seed.tree)
    assert list(table) == list(FIELD_NAMES)
    price = table["exercise_price"]
    assert price.get("data-target") == "ev-exercise_price-0"
    assert css(price, "td.value")[0].text == "2.40"
    assert css(price, "td.conf")[0].text_content().startswith("0.98")
    assert css(price, "td.name code.rule")[0].text_content() == "price.dollars"
    assert css(table["anti_dilution"], "td.value")[0].text == (
        "split_combination, stock_dividend, reorganization"
    )
    assert [a.get("data-target") for a in css(table["expiration_date"], "a.evlink")] == [
        "ev-expiration_date-0",
        "ev-expiration_date-1",
    ]


def test_null_fields_are_listed_as_null(seed: Rendered) -> None:
    table = rows(seed.tree)
    for name in ("issue_date", "fractional_cash_basis", "preserves_aggregate_price"):
        row = table[name]
        assert "null" in row.get("class").split()
        assert row.get("data-target") is None
        assert css(row, "td.value")[0].text_content().startswith("null")
    found = css(seed.tree, "p.found")[0].text_content()
    stated = [n for n in FIELD_NAMES if is_stated(n, getattr(seed.record.warrants[0], n))]
    assert f"{len(stated)} of {len(FIELD_NAMES)} fields found" in found
    assert len(stated) == 12
    assert "issue_date" in found


def test_warnings_show_in_list_and_on_their_row(seed: Rendered) -> None:
    issues = css(seed.tree, "section.issues")[0].text_content()
    assert "low_confidence" in issues and "one weak match only" in issues
    notes = css(rows(seed.tree)["governing_law"], "td.notes")[0].text_content()
    assert "low_confidence: one weak match only" in notes


def test_quotes_repeat_each_span_whole_in_the_source(seed: Rendered) -> None:
    # The holder's "&" is left bare (it starts no character reference), so even a search of
    # the raw page source finds the quoted span.
    assert "VENTURE LENDING & LEASING, INC." in seed.page
    for name, term in non_null_terms(seed.record):
        quotes = css(rows(seed.tree)[name], "blockquote.quote")
        assert [q.text_content() for q in quotes] == [ev.text for ev in term.evidence]


def test_bad_evidence_is_flagged_not_fatal(seed_text: str) -> None:
    record = seed_record(seed_text)
    w = record.warrants[0]
    good = w.holder.evidence[0]
    w.holder.evidence = [
        good.model_copy(update={"start": len(seed_text) + 5, "end": len(seed_text) + 9}),
        good.model_copy(update={"text": "Someone Else"}),
        good.model_copy(update={"end": good.start}),
    ]
    w.security.evidence = []
    out = render(record, seed_text, seed_page_starts(seed_text))
    notes = css(rows(out.tree)["holder"], "td.notes")[0].text_content()
    assert "beyond the text" in notes
    assert "differs from its quote" in notes
    assert "empty evidence span" in notes
    # Only the in-range span is highlighted, and the row points at it.
    assert out.tree.get_element_by_id("ev-holder-1").text_content() == good.text
    assert rows(out.tree)["holder"].get("data-target") == "ev-holder-1"
    assert not out.tree.xpath('//*[@id="ev-holder-0"]')
    assert "no evidence given" in rows(out.tree)["security"].text_content()


# --- escaping and offline-ness --------------------------------------------------------------

HOSTILE = (
    'WARRANT of Evil <Corp> & "Co"\n<script>alert(1)</script>\n'
    "</pre></body></html><img src=http://example.com/x.png onerror=alert(2)>\n"
    "<!-- comment --> &amp; &#60; price $1.00\n"
)


def hostile_record(text: str) -> Record:
    start = text.index("<script>")
    end = text.index("</script>") + len("</script>")
    return Record(
        source=Source(path="dir/<script>x</script>.txt", document='"><b>EX</b>'),
        status="ok",
        warnings=[Issue(code="<i>code</i>", field="issuer", message="<script>bad()</script>")],
        warrants=[
            Warrant(
                issuer=Term[str](
                    value="Evil <Corp>",
                    evidence=[Evidence(start=start, end=end, page=1, text=text[start:end])],
                    confidence=0.5,
                    rule='r"><script>',
                )
            )
        ],
    )


def test_document_markup_shows_as_text() -> None:
    page = render_document(hostile_record(HOSTILE), HOSTILE, [0])
    tree = lxml.html.document_fromstring(page)
    scripts = tree.xpath("//script")
    assert len(scripts) == 1 and scripts[0].text == SCRIPT
    assert not tree.xpath("//img | //b | //i | //comment()")
    assert tree.get_element_by_id("doc").text_content() == HOSTILE
    assert "<script>alert(1)" not in page and "</body></html><img" not in page
    # Nothing the document says ended the page early: the table still follows the text.
    assert css(tree, "main aside.panel tr.field")
    span = tree.get_element_by_id("ev-issuer-0")
    assert span.text_content() == "<script>alert(1)</script>"


URL_SCHEME = re.compile(r"\b(?:https?|ftp|wss?|file):", re.IGNORECASE)
NETWORK_ATTRS = ("src", "href", "action", "srcset", "poster", "data", "formaction", "xlink:href")


def test_page_loads_nothing_from_the_network(seed: Rendered) -> None:
    for page in (seed.page, render_document(hostile_record(HOSTILE), HOSTILE, [0])):
        tree = lxml.html.document_fromstring(page)
        assert not tree.xpath("//link | //img | //iframe | //object | //embed | //base | //video")
        for el in tree.iter():
            for attr in NETWORK_ATTRS:
                value = el.get(attr)
                assert value is None or value.startswith("#"), (el.tag, attr, value)
        assert "url(" not in page and "@import" not in page
        csp = tree.xpath('//head/meta[@http-equiv="Content-Security-Policy"]/@content')
        assert csp and "default-src 'none'" in csp[0]
        assert tree.xpath("//head/*[1]/@charset") == ["utf-8"]
    # The seed says no URL, so none may appear in the page at all.
    assert not URL_SCHEME.search(seed.text)
    assert not URL_SCHEME.search(seed.page)


@pytest.mark.parametrize(
    ("status", "errors", "text", "banner"),
    [
        ("error", [Issue(code="encrypted_pdf", message="The PDF is encrypted.")], "", "could not"),
        ("not_warrant", [], "EMPLOYMENT AGREEMENT\nThis agreement <b>...</b>", "Not a warrant"),
    ],
)
def test_records_without_warrants(status: Any, errors: list[Issue], text: str, banner: str) -> None:
    record = Record(source=Source(path="x.pdf"), status=status, errors=errors)
    tree = lxml.html.document_fromstring(render_document(record, text, [0]))
    assert banner in css(tree, "div.banner")[0].text_content()
    assert tree.get_element_by_id("doc").text_content() == text
    assert "No warrant terms were extracted" in css(tree, "aside.panel")[0].text_content()
    for issue in errors:
        assert issue.message in css(tree, "section.issues")[0].text_content()


def test_index_links_pages_with_a_summary(seed: Rendered) -> None:
    broken = Record(
        source=Source(path="b c.pdf"),
        status="error",
        errors=[Issue(code="no_text_layer", message="Scanned pages have no text.")],
    )
    page = render_index([IndexEntry("seed.html", seed.record), IndexEntry("b c.html", broken)])
    tree = lxml.html.document_fromstring(page)
    assert [a.get("href") for a in tree.iter("a")] == ["seed.html", "b%20c.html"]
    lines = [tr.text_content() for tr in css(tree, "table.index tbody tr")]
    assert "Juniper Networks, Inc." in lines[0] and "83,333 shares of Series B" in lines[0]
    assert "USD 2.40" in lines[0] and "expires 2003-12-15" in lines[0]
    assert "no_text_layer" in lines[1]
    assert not tree.xpath("//script")


# --- the command ----------------------------------------------------------------------------


@dataclass
class FakeDocument:
    text: str
    page_starts: tuple[int, ...]


@dataclass
class FakeExtraction:
    record: Record
    document: FakeDocument | None


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="warrant-terms")
    register(parser.add_subparsers(dest="command", required=True))
    return parser.parse_args(argv)


@pytest.fixture
def fake_pipeline(monkeypatch: pytest.MonkeyPatch, seed_text: str) -> None:
    """A stand-in pipeline: a file named *.sub gives two records, any other file one."""

    def extract_path(path: Path) -> list[FakeExtraction]:
        record = seed_record(seed_text).model_copy(update={"source": Source(path=str(path))})
        doc = FakeDocument(seed_text, tuple(seed_page_starts(seed_text)))
        if path.suffix == ".sub":
            broken = Record(
                source=Source(path=str(path), document_index=1),
                status="error",
                errors=[Issue(code="empty", message="The document is empty.")],
            )
            return [FakeExtraction(record, doc), FakeExtraction(broken, None)]
        return [FakeExtraction(record, doc)]

    module = types.ModuleType("warrant_terms.pipeline")
    module.extract_path = extract_path  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "warrant_terms.pipeline", module)


def test_cli_one_file_one_page(
    fake_pipeline: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "in" / "exhibit.txt"
    src.parent.mkdir()
    src.write_text("x")
    args = parse(["review", str(src), "-o", str(tmp_path / "out")])
    assert args.func(args) == 0
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["exhibit.html"]
    assert capsys.readouterr().out.strip() == str(tmp_path / "out" / "exhibit.html")


def test_cli_several_records_get_numbered_pages_and_an_index(
    fake_pipeline: None, tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "filing.sub").write_text("x")
    (folder / "sub" / "index.txt").write_text("x")
    (folder / ".hidden").write_text("x")
    out = tmp_path / "out"
    args = parse(["review", str(folder), "-o", str(out)])
    assert args.func(args) == 0
    names = sorted(p.name for p in out.iterdir())
    assert names == ["filing-1.html", "filing-2.html", "index-1.html", "index.html"]
    index = lxml.html.document_fromstring((out / "index.html").read_text(encoding="utf-8"))
    assert [a.get("href") for a in index.iter("a")] == [
        "filing-1.html",
        "filing-2.html",
        "index-1.html",
    ]
    broken = (out / "filing-2.html").read_text(encoding="utf-8")
    assert "could not be read" in broken and "The document is empty." in broken


def test_cli_missing_input_exits_non_zero(
    fake_pipeline: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = parse(["review", str(tmp_path / "nope.txt"), "-o", str(tmp_path / "out")])
    assert args.func(args) == 2
    assert "nope.txt" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_cli_on_seed_with_inserted_script(tmp_path: Path, seed_text: str) -> None:
    """What the outside check does, with the real pipeline: a <script> tag in the exhibit."""
    pipeline = pytest.importorskip("warrant_terms.pipeline", exc_type=ImportError)
    hostile = seed_text.replace("This Warrant is subject", "<script>alert('x')</script>\n\n", 1)
    assert hostile != seed_text
    src = tmp_path / "juniper.txt"
    src.write_text(hostile, encoding="utf-8")
    try:
        (record,) = [x.record for x in pipeline.extract_path(src)]
    except ImportError as exc:  # the pipeline imports its stages lazily; one may not exist yet
        pytest.skip(f"the extraction pipeline is incomplete: {exc}")
    out = tmp_path / "out"
    args = parse(["review", str(src), "-o", str(out)])
    assert args.func(args) == 0
    largest = max(out.rglob("*.html"), key=lambda p: p.stat().st_size)
    page = largest.read_text(encoding="utf-8")
    tree = lxml.html.document_fromstring(page)
    assert len(tree.xpath("//script")) == 1
    assert "<script>alert('x')</script>" in tree.get_element_by_id("doc").text_content()
    assert not URL_SCHEME.search(page)
    assert record.status == "ok", record.errors
    shown = tree.text_content()
    checked = 0
    for warrant in record.warrants:
        for name in FIELD_NAMES:
            term = getattr(warrant, name)
            if term.value is None:
                continue
            for ev in term.evidence:
                assert ev.text in shown, (name, ev.text)
                if not re.search(r"[<>]|&[A-Za-z0-9#]", ev.text):
                    assert ev.text in page, (name, ev.text)
                checked += 1
    assert checked >= 5


# --- a real browser -------------------------------------------------------------------------


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[Any]:
    if not (CHROMIUM.exists() and CHROMEDRIVER.exists()):
        pytest.skip(
            f"needs Debian's chromium and chromium-driver ({CHROMIUM}, {CHROMEDRIVER} missing): "
            "apt-get install -y chromium chromium-driver"
        )
    webdriver = pytest.importorskip("selenium.webdriver")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--user-data-dir={tmp_path / 'chromium-profile'}",
        "--window-size=1440,900",
    ):
        options.add_argument(flag)
    service = webdriver.ChromeService(executable_path=str(CHROMEDRIVER))
    driver = webdriver.Chrome(options=options, service=service)
    try:
        yield driver
    finally:
        driver.quit()


IN_VIEW = """
const r = document.getElementById(arguments[0]).getBoundingClientRect();
return r.width > 0 && r.height > 0 && r.top >= 0 && r.top < window.innerHeight
    && r.bottom > 0 && r.left >= 0 && r.right <= window.innerWidth;
"""


def in_view(span_id: str) -> Callable[[Any], bool]:
    def check(driver: Any) -> bool:
        return bool(driver.execute_script(IN_VIEW, span_id))

    return check


FLASHING = """
return [...document.querySelectorAll("mark.ev.flash")]
    .some(m => m.dataset.ev.split(" ").includes(arguments[0]));
"""


@pytest.mark.browser
def test_page_in_chromium(browser: Any, seed: Rendered, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    page = tmp_path / "review-seed.html"
    page.write_text(seed.page, encoding="utf-8")
    browser.get(page.as_uri())
    assert browser.find_element(By.TAG_NAME, "h1").text.startswith(SEED.name)

    for name, term in non_null_terms(seed.record):
        for n in range(len(term.evidence)):
            assert browser.find_element(By.ID, f"ev-{name}-{n}").is_displayed(), (name, n)

    marker = browser.execute_script(
        "return getComputedStyle(document.getElementById('page-2'), '::before').content"
    )
    assert "page 2" in marker

    targets = {
        row.get_attribute("data-field"): row.get_attribute("data-target")
        for row in browser.find_elements(By.CSS_SELECTOR, "tr.field[data-target]")
    }
    assert set(targets) == {name for name, _ in non_null_terms(seed.record)}
    for field, target in targets.items():
        # Start from whichever end of the page hides the span, so the click has to scroll.
        browser.execute_script("window.scrollTo(0, 0)")
        if browser.execute_script(IN_VIEW, target):
            browser.execute_script("window.scrollTo(0, document.body.scrollHeight)")
        assert not browser.execute_script(IN_VIEW, target), field
        browser.find_element(By.CSS_SELECTOR, f'tr.field[data-field="{field}"]').click()
        WebDriverWait(browser, 3).until(in_view(target), field)
        assert browser.execute_script(FLASHING, target), field

    # The evidence link of a second span goes to that span, not the first.
    browser.execute_script("window.scrollTo(0, 0)")
    link = browser.find_element(By.CSS_SELECTOR, 'a.evlink[data-target="ev-expiration_date-1"]')
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", link)
    link.click()
    WebDriverWait(browser, 3).until(in_view("ev-expiration_date-1"))

    # The screenshot: a fresh page, the price row clicked, then back to the top.
    browser.refresh()
    browser.find_element(By.CSS_SELECTOR, 'tr.field[data-field="exercise_price"] td.conf').click()
    browser.execute_script("window.scrollTo(0, 0)")
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "review-seed.png"
    browser.save_screenshot(str(shot))
    assert shot.stat().st_size > 10_000
    shutil.copy(shot, tmp_path / shot.name)


@pytest.mark.browser
def test_extracted_seed_page_in_chromium(browser: Any, tmp_path: Path) -> None:
    """The page `warrant-terms review` writes for the seed from the real pipeline: every
    non-null field's highlight is shown, and clicking its row brings it into view."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    from warrant_terms.pipeline import extract_path

    src = tmp_path / SEED.name
    src.write_bytes(SEED.read_bytes())
    (extraction,) = extract_path(src)
    assert extraction.record.status == "ok" and extraction.document is not None
    out = tmp_path / "review"
    args = parse(["review", str(src), "-o", str(out)])
    assert args.func(args) == 0
    (page,) = out.glob("*.html")
    browser.get(page.as_uri())
    terms = list(non_null_terms(extraction.record))
    assert len(terms) >= 12
    for name, term in terms:
        for n in range(len(term.evidence)):
            assert browser.find_element(By.ID, f"ev-{name}-{n}").is_displayed(), (name, n)
    for name, _term in terms:
        target = f"ev-{name}-0"
        browser.execute_script("window.scrollTo(0, 0)")
        if browser.execute_script(IN_VIEW, target):
            browser.execute_script("window.scrollTo(0, document.body.scrollHeight)")
        browser.find_element(By.CSS_SELECTOR, f'tr.field[data-field="{name}"]').click()
        WebDriverWait(browser, 3).until(in_view(target), name)
    browser.refresh()
    browser.find_element(By.CSS_SELECTOR, 'tr.field[data-field="exercise_price"] td.conf').click()
    browser.execute_script("window.scrollTo(0, 0)")
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "review-seed-extracted.png"
    browser.save_screenshot(str(shot))
    assert shot.stat().st_size > 10_000
