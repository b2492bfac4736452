"""The parse layer on real EDGAR documents and on the ways a file can be unreadable."""

from __future__ import annotations

import hashlib
import random
import re
import time
from pathlib import Path

import pytest
from parse_fixtures import (
    SEED,
    image_only_pdf,
    png_bytes,
    seed_html,
    seed_pdf,
    submission,
    text_pdf,
    zip_bytes,
)
from shared_files import corpus_found, corpus_found_files, shared_file, shared_params

from warrant_terms.parse import Document, Limits, Unreadable, load, load_bytes

PAGE_NUMBER_LINE = re.compile(r"^\s*(?:-\s*)?\d{1,4}(?:\s*-)?\s*$|^\s*Page\s+\d+", re.MULTILINE)


def one_doc(items: list[Document | Unreadable]) -> Document:
    assert len(items) == 1
    item = items[0]
    assert isinstance(item, Document), item
    return item


def one_error(items: list[Document | Unreadable]) -> Unreadable:
    assert len(items) == 1
    item = items[0]
    assert isinstance(item, Unreadable), item
    return item


def assert_exact_offsets(doc: Document, source: str) -> None:
    """Every run of the offset map is verbatim source text."""
    o = doc.offsets
    assert o.lengths, "no offset runs"
    for t, s, n in zip(o.text_starts, o.source_starts, o.lengths, strict=True):
        assert doc.text[t : t + n] == source[s : s + n]


def normal_words(text: str) -> list[str]:
    return text.replace("\u201c", '"').replace("\u201d", '"').split()


@pytest.fixture(scope="module")
def seed_doc() -> Document:
    return one_doc(load(SEED))


def test_shipped_seed_is_the_shared_seed() -> None:
    """Tests read the seed's text from the copy `make demo` ships; it is the shared one."""
    assert SEED.read_bytes() == shared_file("seeds", SEED.name).read_bytes()


# --- the seed, in three formats --------------------------------------------------------------


def test_seed_pages_and_text(seed_doc: Document) -> None:
    assert seed_doc.pages == 11
    assert seed_doc.media_type == "text/plain"
    page1 = seed_doc.text[seed_doc.page_starts[0] : seed_doc.page_starts[1]]
    assert "Eighty Three Thousand Three Hundred Thirty-Three (83,333)" in page1
    assert "Two and 40/100 Dollars ($2.40)" in page1
    assert not PAGE_NUMBER_LINE.search(seed_doc.text)
    for title in (
        "WARRANT TO PURCHASE A MAXIMUM OF",
        "83,333 SHARES OF SERIES B PREFERRED STOCK OF",
        "JUNIPER NETWORKS, INC.",
    ):
        assert f"\n\n{title}\n\n" in seed_doc.text
    # paragraphs are separated by exactly one blank line, lines of a paragraph by one space
    assert "\n\n\n" not in seed_doc.text
    assert re.search(r"(?<!\n)\n(?!\n)", seed_doc.text) is None
    assert "  " not in seed_doc.text
    assert seed_doc.meta["sha256"] == hashlib.sha256(SEED.read_bytes()).hexdigest()


def test_seed_paragraph_continues_across_page_break(seed_doc: Document) -> None:
    # "... shares of Common Stock of the Company / 2 / into which the Preferred Stock ..."
    i = seed_doc.text.index("Common Stock of the Company into which the Preferred Stock")
    start_of_page2 = seed_doc.page_starts[1]
    assert seed_doc.text[start_of_page2:].startswith("into which")
    assert seed_doc.page_of(i) == 1
    assert seed_doc.page_of(start_of_page2) == 2


def test_seed_numbered_clauses_start_paragraphs(seed_doc: Document) -> None:
    assert "\n\n(b) The Holder, in lieu of exercising" in seed_doc.text
    assert "\n\n18.4 Stock Issuance." in seed_doc.text
    assert "\n\n9. Registration Rights." in seed_doc.text  # right after a page break


def test_seed_offsets_are_exact(seed_doc: Document) -> None:
    source = SEED.read_text(encoding="utf-8")
    assert_exact_offsets(seed_doc, source)
    i = seed_doc.text.index("Two and 40/100 Dollars")
    j = seed_doc.offsets.to_source(i)
    assert source[j : j + len("Two and 40/100 Dollars")] == "Two and 40/100 Dollars"


def test_seed_as_edgar_html(seed_doc: Document) -> None:
    doc = one_doc(load_bytes(seed_html().encode("ascii"), "dex42.htm"))
    assert doc.media_type == "text/html"
    assert doc.meta["document"] == "EX-4.2"
    assert doc.meta["filename"] == "dex42.htm"
    assert normal_words(doc.text) == normal_words(seed_doc.text)
    assert doc.pages == seed_doc.pages == 11
    assert "p {margin" not in doc.text and "Warrant\n\nEXHIBIT" not in doc.text  # <style>, <title>
    assert "\xa0" not in doc.text and "&amp;" not in doc.text
    assert "VENTURE LENDING & LEASING" in doc.text


def test_seed_as_text_layer_pdf(seed_doc: Document) -> None:
    doc = one_doc(load_bytes(seed_pdf(), "seed.pdf"))
    assert doc.media_type == "application/pdf"
    assert doc.meta["media_type"] == "application/pdf"
    assert doc.text.split() == seed_doc.text.split()
    assert doc.pages == seed_doc.pages == 11
    page1 = doc.text[: doc.page_starts[1]]
    assert "Two and 40/100 Dollars ($2.40)" in page1


# --- the corpus as found ------------------------------------------------------------------------

@pytest.mark.parametrize("path", shared_params(corpus_found_files()), ids=lambda p: p.name)
def test_corpus_file_loads(path: Path) -> None:
    doc = one_doc(load(path))
    raw = path.read_text(encoding="utf-8", errors="replace")
    assert len(doc.text) > 10_000
    assert len(doc.text.split()) > 2_000
    lowered = doc.text.lower()
    assert "<script" not in lowered and "<type>" not in lowered and "<document>" not in lowered
    assert "\xa0" not in doc.text and "  " not in doc.text
    assert doc.meta["path"] == str(path)
    assert doc.meta["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
    declared = re.search(r"^<TYPE>([^\n<]+)", raw, re.MULTILINE)
    if declared:
        assert doc.media_type == "text/html"
        assert doc.meta["document"] == declared.group(1).strip()
    fragment = re.match(r"(EX-[\d.]+) \d+ \S+\.htm ", raw)
    if fragment:  # one-line extraction: EDGAR header words go to meta, not the text
        assert doc.meta["document"] == fragment.group(1)
        assert not doc.text.startswith(fragment.group(0))
        assert doc.pages == 1 and "\n" not in doc.text
    if path.suffix == ".md":
        assert doc.media_type == "text/markdown"
        assert not doc.text.startswith("Context")
        assert "Source Metadata" not in doc.text and "Context ID" not in doc.text
        assert_exact_offsets(doc, raw)
    if doc.media_type == "text/plain":
        assert_exact_offsets(doc, raw)


def test_html_corpus_drops_injected_script_and_page_numbers() -> None:
    path = corpus_found() / "r001_akoustis-technologies_pre-funded.html"
    doc = one_doc(load(path))
    assert doc.pages > 10
    assert "QQpw" not in doc.text
    assert not re.search(r"^\d{1,3}$", doc.text, re.MULTILINE)
    # one table row, its short cells apart as in a Markdown table
    assert "Warrant Shares: | Initial Exercise Date: May 24, 2024" in doc.text


# --- EDGAR submissions -----------------------------------------------------------------------


def test_edgar_submission_gives_one_item_per_document() -> None:
    text = submission()
    items = load_bytes(text.encode("utf-8"), "0000950123-00-000123.txt")
    assert len(items) == 3
    ex41, ex23, graphic = items
    assert isinstance(ex41, Document) and isinstance(ex23, Document)
    assert isinstance(graphic, Unreadable) and graphic.code == "not_text"
    for index, item in enumerate(items):
        meta = item.meta
        assert meta["accession_number"] == "0000950123-00-000123"
        assert meta["cik"] == "0001043604"
        assert meta["company"] == "EXAMPLE CORP"
        assert meta["form_type"] == "S-1"
        assert meta["filing_date"] == "2000-01-05"
        assert meta["document_index"] == index
    assert [i.meta["document"] for i in items] == ["EX-4.1", "EX-23", "GRAPHIC"]
    assert ex41.meta["filename"] == "ex4-1.txt" and ex41.meta["description"] == "FORM OF WARRANT"
    assert ex41.media_type == "text/plain" and ex41.pages == 11
    assert "Two and 40/100 Dollars ($2.40)" in ex41.text
    assert ex23.media_type == "text/html"
    assert "Example Corp & its subsidiaries" in ex23.text and "var x" not in ex23.text
    assert len({i.meta["sha256"] for i in items}) == 3
    assert_exact_offsets(ex41, text)  # offsets point into the whole submission file


def test_uuencoded_pdf_in_submission_is_read() -> None:
    pdf = text_pdf(["This Warrant is exercisable for 1,000 shares of Common Stock."] * 2)
    items = load_bytes(submission(extra_pdf=pdf).encode("utf-8"), "sub.txt")
    assert len(items) == 4
    doc = items[3]
    assert isinstance(doc, Document) and doc.media_type == "application/pdf"
    assert "1,000 shares of Common Stock" in doc.text and doc.pages == 2


# --- unreadable inputs ------------------------------------------------------------------------


def _truncated_pdf() -> bytes:
    data = text_pdf(["Warrant page one", "Warrant page two"])
    return data[: len(data) // 2]


ERROR_CASES = [
    ("empty.txt", lambda: b"", "empty"),
    ("blank.txt", lambda: b"  \n\t\r\n   \n", "empty"),
    ("image.txt", png_bytes, "not_text"),
    ("archive.pdf", zip_bytes, "not_text"),
    ("noise.pdf", lambda: random.Random(7).randbytes(5000), "not_text"),
    (
        "noise-with-header.pdf",
        lambda: b"%PDF-1.4\n" + random.Random(7).randbytes(5000),
        "malformed",
    ),
    ("truncated.pdf", _truncated_pdf, "malformed"),
    (
        "locked.pdf",
        lambda: text_pdf(["secret warrant"], owner="own", user="secret"),
        "encrypted_pdf",
    ),
    ("scan.pdf", image_only_pdf, "no_text_layer"),
    ("script-only.htm", lambda: b"<html><body><script>alert(1)</script></body></html>", "empty"),
]


@pytest.mark.parametrize(("name", "make", "code"), ERROR_CASES, ids=[c[0] for c in ERROR_CASES])
def test_unreadable_inputs(name: str, make: object, code: str) -> None:
    assert callable(make)
    data = make()
    err = one_error(load_bytes(data, name))
    assert err.code == code
    assert len(err.message) > 15 and err.message.endswith(".")
    assert err.meta["sha256"] == hashlib.sha256(data).hexdigest()
    assert err.meta["path"] == name
    if code == "no_text_layer":
        assert "OCR" in err.message


def test_pdf_with_owner_password_only_is_read() -> None:
    doc = one_doc(load_bytes(text_pdf(["Warrant to purchase shares"], owner="own"), "o.pdf"))
    assert "Warrant to purchase shares" in doc.text


def test_limits() -> None:
    assert one_error(load_bytes(b"Warrant " * 100, "w.txt", Limits(max_bytes=100))).code == (
        "too_large"
    )
    pdf = text_pdf(["page one of the warrant", "page two of the warrant"])
    assert one_error(load_bytes(pdf, "w.pdf", Limits(max_pdf_pages=1))).code == "too_large"
    assert one_doc(load_bytes(pdf, "w.pdf", Limits(max_pdf_pages=2))).pages == 2


def test_missing_path_and_directory_raise(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        load(tmp_path / "nope.txt")
    with pytest.raises(IsADirectoryError):
        load(tmp_path)


def test_file_too_large_is_not_read(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * 1000)
    err = one_error(load(path, Limits(max_bytes=999)))
    assert err.code == "too_large" and err.meta["sha256"] == hashlib.sha256(b"x" * 1000).hexdigest()


def test_permission_denied_is_unreadable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "locked.txt"
    path.write_text("Warrant")

    def deny(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", deny)  # the tests run as root: chmod would not stop us
    err = one_error(load(path))
    assert err.code == "unreadable" and "Permission denied" in err.message


# --- decoding ---------------------------------------------------------------------------------


def test_text_named_pdf_is_read_as_text() -> None:
    doc = one_doc(load_bytes(b"This Warrant expires on December 15, 2003.\n", "warrant.pdf"))
    assert (
        doc.media_type == "text/plain" and doc.text == "This Warrant expires on December 15, 2003."
    )


def test_cp1252_curly_quotes() -> None:
    doc = one_doc(load_bytes(b"the \x93Holder\x94 \x96 the Company\x92s shares", "w.txt"))
    assert doc.text == "the \u201cHolder\u201d \u2013 the Company\u2019s shares"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-8-sig"])
def test_bom_text(encoding: str) -> None:
    text = "The \u201cHolder\u201d may exercise this Warrant.\n"
    data = text.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    assert one_doc(load_bytes(data, "w.txt")).text == text.strip()


def test_nul_bytes_dropped() -> None:
    doc = one_doc(load_bytes(b"This War\x00rant is exer\x00\x00cisable.\n", "w.txt"))
    assert doc.text == "This Warrant is exercisable."


# --- plain text layout ------------------------------------------------------------------------


def test_hyphenation_and_unwrapping() -> None:
    text = (
        "     1.   The shares are fully paid and non-\n"
        "assessable and number Thirty-\n"
        "Three in all, subject to Section 4.2 and 1998-\n"
        "2003 terms.\n"
        "          (b)  Next clause starts a\n"
        "paragraph.\n"
    )
    doc = one_doc(load_bytes(text.encode(), "w.txt"))
    assert doc.text == (
        "1. The shares are fully paid and nonassessable and number Thirty-Three in all, "
        "subject to Section 4.2 and 1998-2003 terms.\n\n(b) Next clause starts a paragraph."
    )
    assert_exact_offsets(doc, text)


def test_title_case_lines_stand_apart_from_the_legend_below() -> None:
    text = (
        "Form of Warrant\nExhibit 4.27\nTHIS SECURITY HAS NOT BEEN REGISTERED UNDER THE SECURITIES "
        "ACT OF 1933.\nThe holder of this\nwarrant may not sell it.\n"
    )
    doc = one_doc(load_bytes(text.encode(), "w.txt"))
    assert doc.text.startswith("Form of Warrant\n\nExhibit 4.27\n\nTHIS SECURITY")
    assert "The holder of this warrant may not sell it." in doc.text
    assert_exact_offsets(doc, text)


def test_running_headers_page_markers_and_form_feeds() -> None:
    body = [
        "ACME CORP - WARRANT NO. 7\n\nThe first page ends in the middle of a\n\n- 1 -\n",
        (
            "ACME CORP - WARRANT NO. 7\n\nsentence that goes on. December 15,\n2003\n"
            "is the date.\n\n"
            "Page 2 of 4\n"
        ),
        "ACME CORP - WARRANT NO. 7\n\nThird page text.\n<PAGE>\n",
        "ACME CORP - WARRANT NO. 7\n\nFourth page text.\n\n4\n",
    ]
    text = body[0] + "\f" + body[1] + "\f" + body[2] + body[3]
    doc = one_doc(load_bytes(text.encode(), "w.txt"))
    assert doc.pages == 4
    assert "ACME" not in doc.text
    assert doc.text.startswith("The first page ends in the middle of a sentence that goes on.")
    assert "December 15, 2003 is the date." in doc.text  # a year alone on a line is no page number
    assert doc.text.endswith("Third page text.\n\nFourth page text.")
    assert doc.page_of(doc.text.index("Fourth")) == 4


# --- HTML -------------------------------------------------------------------------------------


def test_html_structure() -> None:
    html = (
        "<html><head><style>.x{color:red}</style></head><body>"
        "<p>First <b>bold</b><font size=2>paragraph</font>&nbsp;text<br>second line</p>"
        "<table><tr><td>Cell&nbsp;A</td><td><p>Cell B</p></td></tr></table>"
        '<p style="text-align:center">- 1 -</p>'
        '<div style="page-break-before: always"><p>Page two &#8220;quoted&#8221;</p></div>'
        '<p>2</p><div style="break-before: page">Page three</div>'
        "</body></html>"
    )
    doc = one_doc(load_bytes(html.encode(), "x.htm"))
    assert doc.text == (
        "First boldparagraph text\nsecond line\n\nCell A | Cell B\n\n"
        "Page two \u201cquoted\u201d\n\nPage three"
    )
    assert doc.pages == 3


def test_html_table_rows_keep_short_cells_apart_and_prose_cells_joined() -> None:
    clause = "The Company shall at all times reserve and keep available " * 3
    html = (
        "<table><tr><td>Company</td><td></td><td>Holder</td></tr>"
        "<tr><td>Harlan Robotics, Inc.</td><td>&nbsp;</td><td>Coral Growth Fund II, L.P.</td></tr>"
        f"<tr><td>(a)</td><td>{clause}</td></tr></table>"
    )
    doc = one_doc(load_bytes(html.encode(), "x.htm"))
    assert doc.text.split("\n\n") == [
        "Company | Holder", "Harlan Robotics, Inc. | Coral Growth Fund II, L.P.", f"(a) {clause.strip()}"]


def test_deeply_nested_html_does_not_crash() -> None:
    depth = 10_000
    html = (
        "<html><body><p>Before the nest.</p>"
        + "<div>" * depth
        + "<script>alert('x')</script>Deep warrant text."
        + "</div>" * depth
        + "<p>After the nest.</p></body></html>"
    )
    doc = one_doc(load_bytes(html.encode(), "deep.htm"))
    assert "alert" not in doc.text
    assert doc.text.split("\n\n") == ["Before the nest.", "Deep warrant text.", "After the nest."]


# --- performance ------------------------------------------------------------------------------


def test_100kb_exhibit_keeps_every_page() -> None:
    # Its speed is measured in benchmarks/bench_batch.py, not here: a timed assertion fails on a
    # busy machine.
    data = SEED.read_bytes() * 3  # about 100 KB
    doc = one_doc(load_bytes(data, "w.txt"))
    assert doc.pages == 31


def test_huge_single_line_is_linear() -> None:
    unit = b"The Holder  may\texercise this Warrant. "

    def run(n: int) -> float:
        start = time.perf_counter()
        # Past the default text limit: it is the line pipeline's time that is measured here.
        doc = one_doc(load_bytes(unit * n, "line.txt", Limits(max_text_chars=10**8)))
        elapsed = time.perf_counter() - start
        assert doc.pages == 1 and "  " not in doc.text[:1000]
        return elapsed

    small, large = run(25_000), run(250_000)  # 1 MB and 10 MB
    assert large < 10 * small * 3 + 0.5


# --- Markdown ---------------------------------------------------------------------------------


def test_markdown_table_rows_keep_their_columns_and_empty_cells() -> None:
    text = "| Term | Series A | Series B |\n|---|---|---|\n|  | wraps here |  |\n| Price | $1.00 | $2.00 |\n"
    doc = one_doc(load_bytes(text.encode(), "t.md"))
    assert doc.text.split("\n\n") == [
        "| Term | Series A | Series B |", "| | wraps here | |", "| Price | $1.00 | $2.00 |"]
    for piece in ("Series B", "wraps here", "$2.00"):  # the cells' words still map to the source
        src = doc.offsets.to_source(doc.text.index(piece))
        assert text[src : src + len(piece)] == piece


def test_markdown_markup_is_stripped() -> None:
    text = (
        "# Context\n\n"
        "## FORM OF WARRANT\n\n"
        "This **Warrant** is issued to [the Holder](http://example.com) for\n"
        "\\[__\\] shares at `$5.50` per share; see __Section 2__.\n\n"
        "| Name | Shares |\n|---|---:|\n| Acme \\| Co | 1,000 |\n\n"
        "Warrant No.: ________\n\n"
        "# Source Metadata\n\n- Domain: legal\n"
    )
    doc = one_doc(load_bytes(text.encode(), "w.md"))
    assert doc.media_type == "text/markdown"
    assert doc.text == (
        "FORM OF WARRANT\n\n"
        "This Warrant is issued to the Holder for [__] shares at $5.50 per share; see Section 2."
        "\n\n| Name | Shares |\n\n| Acme | Co | 1,000 |\n\nWarrant No.: ________"
    )
    assert_exact_offsets(doc, text)


def test_pathological_markdown_nesting() -> None:
    line = "**[" * 20_000 + "x" + "]**" * 20_000
    doc = one_doc(load_bytes(line.encode(), "deep.md"))
    assert "x" in doc.text


def test_fifo_is_unreadable(tmp_path: Path) -> None:
    import os

    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert one_error(load(fifo)).code == "unreadable"


def test_pipe_table_rows_in_plain_text_are_not_joined_as_wrapped_prose() -> None:
    text = (
        "The terms of each series are set out below.\n| Term | Series A | Series B |\n|---|---|---|\n"
        "| Warrant Shares | 2,000,000 | 1,000,000 |\n| Exercise Price | $0.80 | $1.05 |\n"
    )
    (doc,) = load_bytes(text.encode("utf-8"), "schedule.txt")
    assert isinstance(doc, Document)
    lines = [ln.strip() for ln in doc.text.split("\n") if ln.strip()]
    assert "| Warrant Shares | 2,000,000 | 1,000,000 |" in lines
    assert "| Exercise Price | $0.80 | $1.05 |" in lines


def test_a_column_label_block_keeps_a_row_whose_label_wraps() -> None:
    """In a typed label block a label may wrap ("Corporation's Jurisdiction / of Organization:");
    the row before it still ends, while a value's wrapped second line joins its value."""
    text = (
        "                    WARRANT TO PURCHASE COMMON STOCK\n\n"
        "     Name of Corporation:           Ashcombe Ridge Bancshares, Inc.\n"
        "     Corporation's Jurisdiction\n"
        "       of Organization:             Commonwealth of Kentucky\n"
        "     Original Warrantholder:        United States Department of the\n"
        "                                    Treasury\n"
        "     Number of shares:              412,371\n\n"
        "The items above together constitute the Schedule to this Warrant. Each\n"
        "capitalized term used in the Schedule has the meaning given to it in\n"
        "Section 1, and the Schedule forms part of this Warrant for all purposes\n"
        "of the Securities Purchase Agreement referred to in the legend above.\n"
    )
    (doc,) = load_bytes(text.encode("utf-8"), "schedule.txt")
    assert isinstance(doc, Document)
    assert doc.text.split("\n\n")[1:5] == [
        "Name of Corporation: Ashcombe Ridge Bancshares, Inc.",
        "Corporation's Jurisdiction of Organization: Commonwealth of Kentucky",
        "Original Warrantholder: United States Department of the Treasury",
        "Number of shares: 412,371",
    ]


def test_a_wrapped_line_that_looks_like_a_label_goes_on_with_its_sentence() -> None:
    """Hard-wrapped prose may put "Placement Warrants: (a) …" at a line's start; after a full
    line cut mid-sentence it is the sentence going on, not a row of a label block (which still
    starts a paragraph under a short label line)."""
    prose = (
        "     2.4  Private Placement Warrants. The Private Placement Warrants shall be\n"
        "identical to the Public Warrants, except that so long as they are held by the\n"
        "Sponsor or any of its Permitted Transferees (as defined below) the Private\n"
        "Placement Warrants: (a) may be exercised for cash or on a cashless basis at\n"
        "the holder's option; (b) may not be redeemed by the Company under Section 6.1;\n"
        "and (c) may not be transferred until thirty days after the Business Combination.\n"
        "     2.5  Public Warrants. Each Public Warrant entitles its holder to purchase one\n"
        "share of Class A Common Stock at $11.50, and the Public Warrants shall be issued\n"
        "in registered form only, under this Agreement, as the parties set out below.\n"
    )
    block = "Company: Marlow Holdings, Inc.\nNumber of Shares: 62,500\nExercise Price: $1.50\n\n"
    (doc,) = load_bytes((block + prose).encode("utf-8"), "agreement.txt")
    assert isinstance(doc, Document)
    assert "the Private Placement Warrants: (a) may be exercised" in doc.text
    assert doc.text.split("\n\n")[:3] == [
        "Company: Marlow Holdings, Inc.", "Number of Shares: 62,500", "Exercise Price: $1.50"]


def test_a_double_spaced_text_joins_its_wrapped_lines_and_keeps_its_paragraphs() -> None:
    """Some EDGAR text puts a blank line after every line, wrapped sentences and all: one blank
    line is then a line break and two a paragraph break; where lines follow each other
    directly, one blank line still ends a paragraph."""
    spaced = (
        "COMMON STOCK PURCHASE WARRANT\n\nHARLAN SOLUTION PARTNERS, INC.\n\n"
        "Warrant Shares: 250,000\n\n"
        "THIS COMMON STOCK PURCHASE WARRANT (the Warrant) certifies\n\n"
        "that, for value received, Coral Partners or its assigns (the Holder) is entitled, upon the\n\n"
        "terms and subject to the limitations on exercise and the conditions hereinafter set forth, at any\n\n"
        "time on or after the date hereof and on or prior to 5:00 p.m. (New York City time) on\n\n"
        "March 9, 2026 but not thereafter, to subscribe for and purchase up to 250,000 shares.\n\n\n"
        "Section 1. Definitions.\n"
    )
    (doc,) = load_bytes(spaced.encode("utf-8"), "spaced.txt")
    assert isinstance(doc, Document)
    paragraphs = doc.text.split("\n\n")
    grant = next(p for p in paragraphs if p.startswith("THIS COMMON STOCK"))
    assert grant.endswith("to subscribe for and purchase up to 250,000 shares.")
    assert paragraphs[:3] == ["COMMON STOCK PURCHASE WARRANT", "HARLAN SOLUTION PARTNERS, INC.",
                              "Warrant Shares: 250,000"]
    assert paragraphs[-1] == "Section 1. Definitions."
    assert_exact_offsets(doc, spaced)
    wrapped = spaced.replace("\n\n", "\n").replace("certifies\n", "certifies\n\n")
    (plain,) = load_bytes(wrapped.encode("utf-8"), "plain.txt")
    assert isinstance(plain, Document)
    assert "that, for value received" in plain.text.split("\n\n")[-2][:30]


@pytest.mark.parametrize("count", ["NINE\nMILLION (9,000,000)", "TWO HUNDRED\nTHOUSAND (200,000)"])
def test_a_count_in_capital_words_cut_by_a_short_line_break_is_no_heading(count: str) -> None:
    """HTML-derived text broken into very short lines: a count written in capital words on a
    line of its own continues the sentence; it is not a heading."""
    short = (
        "THIS\nCERTIFIES THAT,\nfor\nvalue received, Marlow Group, Inc., or its permitted registered assigns\n"
        "(\u201cHolder\u201d),\nis\nentitled, subject to the terms and conditions of this Warrant, at any time\nor\n"
        "from time to time after August 29, 2006, to purchase from Ardent Cells, Inc., a Florida corporation (the\n"
        f"\u201cCompany\u201d),\n{count} shares of Common Stock of the Company at a price per share\nof $.60.\n"
    )
    (doc,) = load_bytes(short.encode("utf-8"), "short.txt")
    assert isinstance(doc, Document)
    grant = next(p for p in doc.text.split("\n\n") if "to purchase from" in p)
    assert count.replace("\n", " ") + " shares of Common Stock" in grant
