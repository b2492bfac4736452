"""The hostile inputs of issue 6 as one table: how each is built and the records it must give.

Each case writes its file(s) into a folder and names the records expected from it, in order,
as (status, error code or None). `python -m hostile.cases` (from `tests/`) builds them all in
a temporary folder and prints the records they produced, as the table for the closing note.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from warrant_terms.parse import Limits

from . import builders as b

Expected = tuple[str, str | None]
OK: Expected = ("ok", None)
NOT_WARRANT: Expected = ("not_warrant", None)


def err(code: str) -> Expected:
    return ("error", code)


@dataclass(frozen=True)
class Case:
    name: str  # also the file name
    build: Callable[[Path], Path]  # writes the input into a folder, returns its path
    expected: tuple[Expected, ...]
    what: str
    limits: Limits | None = None
    slow: bool = False
    in_folder_run: bool = True  # part of the one-call CLI run over the whole folder
    tags: tuple[str, ...] = field(default_factory=tuple)


def _bytes(name: str, data: Callable[[], bytes]) -> Callable[[Path], Path]:
    def build(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(data())
        return path

    return build


def _text(name: str, text: Callable[[], str], encoding: str = "utf-8") -> Callable[[Path], Path]:
    return _bytes(name, lambda: text().encode(encoding))


def seed_with_line_endings() -> str:
    """The seed with CRLF, CR and LF endings mixed line by line."""
    endings = ("\r\n", "\r", "\n")
    lines = b.seed_text().split("\n")
    return "".join(line + endings[i % 3] for i, line in enumerate(lines))


def seed_with_nuls() -> bytes:
    """The seed with NUL bytes sprinkled between its paragraphs and a run at the end."""
    text = b.seed_text().encode("utf-8")
    return text.replace(b"\n\n", b"\n\x00\n", 40) + b"\x00" * 64


def curly(text: str) -> str:
    """Straight double quotes as curly pairs and ' as a right single quote (old EDGAR)."""
    quotes = iter(["\u201c", "\u201d"] * (text.count('"') // 2 + 1))
    return re.sub('"', lambda _m: next(quotes), text).replace("'", "\u2019")


def malformed_html() -> str:
    """The seed as HTML with every tag left open, stray end tags and a broken comment."""
    paras = [p for p in re.split(r"\n\s*\n", b.seed_text()) if p.strip()]
    body = "".join(f"<p><font size=2><b>{p}\n" for p in paras)
    return "<html><body></td></tr>" + body.replace("&", "&amp;") + "</div><!-- unclosed"


def scripted_nested_html() -> str:
    return b.nested_html(
        10_000,
        "<script>document.write('<img src=x onerror=alert(1)>')</script>"
        "<style>p{}</style>Nothing here.",
    )


def submission_with_binaries() -> str:
    """EX-4 (the seed), a uuencoded JPEG, a uuencoded PDF of the seed, a uuencoded zip and a
    uuencoded body cut off mid-line."""
    jpeg = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 8
    broken = b.uuencode("cut.bin", bytes(range(256)) * 4)
    return b.submission(
        [
            ("EX-4.2", "ex4-2.txt", b.seed_text()),
            ("GRAPHIC", "logo.jpg", b.uuencode("logo.jpg", jpeg)),
            ("EX-4.3", "ex4-3.pdf", b.uuencode("ex4-3.pdf", b.seed_pdf())),
            ("ZIP", "data.zip", b.uuencode("data.zip", b.zip_bytes())),
            ("EX-99", "cut.bin", broken[: len(broken) // 2] + "\x01\x02garbage"),
        ]
    )


def utf16(text: str, codec: str) -> bytes:
    bom = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}[codec]
    return bom + text.encode(codec)


CASES: tuple[Case, ...] = (
    Case("empty.txt", _bytes("empty.txt", lambda: b""), (err("empty"),), "empty file"),
    Case(
        "whitespace.txt",
        _bytes("whitespace.txt", lambda: b" \t\r\n\n \x0c \r\n" * 100),
        (err("empty"),),
        "white space only",
    ),
    Case("image.txt", _bytes("image.txt", b.png_bytes), (err("not_text"),), "PNG named .txt"),
    Case("archive.txt", _bytes("archive.txt", b.zip_bytes), (err("not_text"),), "zip named .txt"),
    Case("archive.pdf", _bytes("archive.pdf", b.zip_bytes), (err("not_text"),), "zip named .pdf"),
    Case(
        "random.pdf",
        _bytes("random.pdf", lambda: b.random_bytes(50_000)),
        (err("not_text"),),
        "random bytes named .pdf",
    ),
    Case(
        "gzip-bomb.txt",
        _bytes("gzip-bomb.txt", lambda: b.gzip_bomb(64 << 20)),
        (err("not_text"),),
        "gzip of 64 MB of zeros named .txt (never inflated)",
    ),
    Case(
        "pdf-named.txt", _bytes("pdf-named.txt", b.seed_pdf), (OK,), "the seed as PDF, named .txt"
    ),
    Case(
        "text-named.pdf",
        _text("text-named.pdf", b.seed_text),
        (OK,),
        "the seed as text, named .pdf",
    ),
    Case(
        "encrypted.pdf",
        _bytes("encrypted.pdf", lambda: b.text_pdf(b.GRANT, owner="owner", user="secret")),
        (err("encrypted_pdf"),),
        "encrypted PDF, user password set",
    ),
    Case(
        "encrypted-empty-password.pdf",
        _bytes(
            "encrypted-empty-password.pdf",
            lambda: b.text_pdf(b.seed_text(), owner="owner", user=""),
        ),
        (OK,),
        "encrypted PDF, empty user password (opens; read as usual)",
    ),
    Case(
        "scanned.pdf",
        _bytes("scanned.pdf", b.scanned_pdf),
        (err("no_text_layer"),),
        "PDF with no text layer (pictures only)",
    ),
    Case(
        "truncated.pdf",
        _bytes("truncated.pdf", lambda: b.seed_pdf()[:4000]),
        (err("malformed"),),
        "PDF cut off after 4,000 bytes",
    ),
    Case(
        "header-only.pdf",
        _bytes("header-only.pdf", lambda: b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"),
        (err("malformed"),),
        "PDF header and nothing else",
    ),
    Case(
        "null-mediabox.pdf",
        _bytes("null-mediabox.pdf", b.null_mediabox_pdf),
        (NOT_WARRANT,),
        "PDF whose page has a null /MediaBox: PDFium reads the page (a one-line text)",
    ),
    Case(
        "null-mediabox-pdfplumber.pdf",
        _bytes("null-mediabox-pdfplumber.pdf", b.null_mediabox_pdf),
        (err("malformed"),),
        "the same through pdfplumber, which raises building the page (and raised on close)",
        limits=Limits(pdf_engine="pdfplumber"),
        in_folder_run=False,
    ),
    Case(
        "self-referential-length.pdf",
        _bytes("self-referential-length.pdf", b.self_referential_length_pdf),
        (err("malformed"),),
        "3 KB PDF whose stream /Length is an object referring to itself (hung for good)",
    ),
    Case(
        "self-referential-length-pdfplumber.pdf",
        _bytes("self-referential-length-pdfplumber.pdf", b.self_referential_length_pdf),
        (err("malformed"),),
        "the same through pdfplumber",
        limits=Limits(pdf_engine="pdfplumber", max_seconds=20),
        in_folder_run=False,
    ),
    Case(
        "unmapped-font.pdf",
        _bytes("unmapped-font.pdf", b.unmapped_font_pdf),
        (err("unmapped_font"),),
        "PDF whose font has no ToUnicode: its text is glyph numbers, `(cid:N)`",
    ),
    Case(
        "unmapped-font-pdfplumber.pdf",
        _bytes("unmapped-font-pdfplumber.pdf", b.unmapped_font_pdf),
        (err("unmapped_font"),),
        "the same through pdfplumber",
        limits=Limits(pdf_engine="pdfplumber"),
        in_folder_run=False,
    ),
    Case(
        "numbered-tail.pdf",
        _bytes("numbered-tail.pdf", lambda: b.numbered_tail_pdf(1, 400)),
        (OK,),
        "401-page PDF: a warrant on page 1, then 400 pages holding only a page number",
    ),
    Case(
        "thousands-of-pages.pdf",
        _bytes("thousands-of-pages.pdf", lambda: b.pages_pdf(3000)),
        (err("too_large"),),
        "3,000-page PDF (default limit 2,000 pages)",
    ),
    Case(
        "pages-over-limit.pdf",
        _bytes("pages-over-limit.pdf", lambda: b.pages_pdf(12)),
        (err("too_large"),),
        "12-page PDF with Limits(max_pdf_pages=10)",
        limits=Limits(max_pdf_pages=10),
        in_folder_run=False,
    ),
    Case(
        "huge-object.pdf",
        _bytes("huge-object.pdf", lambda: b.huge_object_pdf(3 << 20)),
        (err("too_large"),),
        "PDF with a 3 MB object, Limits(max_pdf_bytes=2 MB)",
        limits=Limits(max_pdf_bytes=2 << 20),
        in_folder_run=False,
    ),
    Case(
        "bomb.pdf",
        _bytes("bomb.pdf", lambda: b.bomb_pdf(512 << 20)),
        (err("too_large"),),
        "decompression bomb: 0.5 MB content stream inflating to 512 MB",
    ),
    Case(
        "nested-bomb.pdf",
        _bytes("nested-bomb.pdf", lambda: b.bomb_pdf(256 << 20, layers=2)),
        (err("too_large"),),
        "two-layer Flate bomb: 1 KB inflating to 256 MB",
    ),
    Case(
        "cp1252.txt",
        _text("cp1252.txt", lambda: curly(b.seed_text()), "cp1252"),
        (OK,),
        "the seed with curly quotes, in cp1252 (old EDGAR)",
    ),
    Case(
        "latin-1.txt",
        _text("latin-1.txt", lambda: b.seed_text().replace("Section", "\u00a7 Section"), "latin-1"),
        (OK,),
        "the seed with § signs, in latin-1",
    ),
    Case(
        "utf-16-bom.txt",
        _text("utf-16-bom.txt", b.seed_text, "utf-16"),
        (OK,),
        "the seed in UTF-16 with BOM",
    ),
    Case(
        "utf-16-be.txt",
        _bytes("utf-16-be.txt", lambda: utf16(b.seed_text(), "utf-16-be")),
        (OK,),
        "the seed in UTF-16 big-endian with BOM",
    ),
    Case(
        "line-endings.txt",
        _text("line-endings.txt", seed_with_line_endings),
        (OK,),
        "the seed with CRLF, CR and LF mixed",
    ),
    Case(
        "nul-bytes.txt", _bytes("nul-bytes.txt", seed_with_nuls), (OK,), "the seed with NUL bytes"
    ),
    Case(
        "single-line-20mb.txt",
        _bytes(
            "single-line-20mb.txt", lambda: (b"purchase the Warrant Shares " * 750_000)[: 20 << 20]
        ),
        (err("too_large"),),
        "a 20 MB single line",
    ),
    Case(
        "single-line-100mb.txt",
        _bytes("single-line-100mb.txt", lambda: b"1234567890 " * 9_600_000),
        (err("too_large"),),
        "a 100 MB single line",
        slow=True,
        in_folder_run=False,
    ),
    Case(
        "digits.txt",
        _bytes("digits.txt", lambda: b"7" * 200_000),
        (NOT_WARRANT,),
        "200,000 digits in a row",
    ),
    Case(
        "malformed.html", _text("malformed.html", malformed_html), (OK,), "the seed as broken HTML"
    ),
    Case(
        "nested-script.html",
        _text("nested-script.html", scripted_nested_html),
        (NOT_WARRANT,),
        "HTML nested 10,000 deep with a script",
    ),
    Case(
        "submission.txt",
        _text("submission.txt", submission_with_binaries),
        (OK, err("not_text"), OK, err("not_text"), err("not_text")),
        "EDGAR submission: EX-4 text, uuencoded JPEG, PDF, zip, and a cut-off binary",
    ),
    Case(
        "short-lines-23mb.txt",
        _bytes("short-lines-23mb.txt", lambda: b.short_lines(23 << 20)),
        (err("too_large"),),
        "23 MB of three-byte lines (8 million lines; refused before the line pipeline)",
    ),
    Case(
        "paragraphs-12mb.html",
        _bytes("paragraphs-12mb.html", lambda: b.html_paragraphs(12 << 20)),
        (err("too_large"),),
        "12 MB of one-word HTML paragraphs (refused before lxml builds a tree)",
    ),
    Case(
        "doctype-subset.html",
        _text("doctype-subset.html", b.doctype_subset_html),
        (OK,),
        "the seed as HTML behind a DOCTYPE internal subset (entities never expanded)",
    ),
    Case(
        "bad-header-date.txt",
        _text(
            "bad-header-date.txt",
            lambda: b.submission_with_header(**{"FILED AS OF DATE": "20200230"}),
        ),
        (OK,),
        "EDGAR submission of the seed, FILED AS OF DATE 20200230 (a warning, no date)",
    ),
    Case("good.txt", _text("good.txt", b.seed_text), (OK,), "the seed exhibit"),
)


def main() -> None:
    import tempfile
    import time

    from warrant_terms.pipeline import extract_path

    print("| input | what | records (status: code) | seconds |")
    print("| --- | --- | --- | --- |")
    with tempfile.TemporaryDirectory() as tmp:
        for case in CASES:
            folder = Path(tmp) / case.name.replace(".", "_")
            folder.mkdir()
            path = case.build(folder)
            start = time.perf_counter()
            records = [x.record for x in extract_path(path, case.limits)]
            took = time.perf_counter() - start
            cells = ", ".join(
                r.status + (f": {r.errors[0].code}" if r.errors else "") for r in records
            )
            print(f"| {case.name} | {case.what} | {cells} | {took:.2f} |")
            path.unlink()


if __name__ == "__main__":
    main()
