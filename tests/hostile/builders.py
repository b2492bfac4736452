"""Builders for the hostile inputs: each returns bytes made on the spot, nothing is stored.

The PDFs are written by hand (a few objects and a correct xref table) where fpdf2 cannot make
what is needed: thousands of pages sharing one content stream, or a content stream that
inflates to hundreds of megabytes from a few hundred kilobytes.
"""

from __future__ import annotations

import binascii
import gzip
import io
import random
import zipfile
import zlib

from fpdf import FPDF
from shared_files import SEED

GRANT = (
    "WARRANT TO PURCHASE COMMON STOCK\n\n"
    "This certifies that Example Holder LLC is entitled to purchase from Example Corp., a "
    "Delaware corporation, 1,000 shares of Common Stock at an exercise price of $1.00 per "
    "share. The Expiration Date is December 31, 2030.\n"
)


def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


# --- PDFs -----------------------------------------------------------------------------------


def _pdf_from_objects(objects: list[bytes]) -> bytes:
    """A PDF whose object i+1 is `objects[i]` (object 1 the catalog), with a correct xref."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def _stream(data: bytes, compressed: bool, extra: bytes = b"") -> bytes:
    filt = b" /Filter /FlateDecode" if compressed else b""
    return b"<< /Length %d%s%s >>\nstream\n" % (len(data), filt, extra) + data + b"\nendstream"


def _text_ops(text: str) -> bytes:
    safe = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return b"BT /F1 11 Tf 72 720 Td (" + safe.encode("latin-1", "replace") + b") Tj ET\n"


def pages_pdf(n_pages: int, text: str = "Page text of a warrant exhibit.") -> bytes:
    """`n_pages` pages that all draw the same content stream (cheap at any page count)."""
    kids = b" ".join(b"%d 0 R" % (5 + i) for i in range(n_pages))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, n_pages),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        _stream(zlib.compress(_text_ops(text)), compressed=True),
    ]
    page = (
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>"
    )
    objects += [page] * n_pages
    return _pdf_from_objects(objects)


_ONE_PAGE = (
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
    b"/Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>"
)


def bomb_pdf(inflated: int, layers: int = 1) -> bytes:
    """One page whose content stream is a little text then `inflated` bytes of spaces,
    Flate-compressed `layers` times (a nested bomb declares `/Filter [/FlateDecode ...]`)."""
    packer = zlib.compressobj(9)
    chunks = [packer.compress(_text_ops("This Warrant is a decompression bomb."))]
    block = b" " * (1 << 20)
    for _ in range(inflated // len(block)):
        chunks.append(packer.compress(block))
    chunks.append(packer.flush())
    data = b"".join(chunks)
    for _ in range(layers - 1):
        data = zlib.compress(data, 9)
    filters = b" ".join([b"/FlateDecode"] * layers)
    stream = (
        b"<< /Length %d /Filter [%s] >>\nstream\n" % (len(data), filters) + data + (b"\nendstream")
    )
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        _ONE_PAGE,
        stream,
    ]
    return _pdf_from_objects(objects)


def huge_object_pdf(size: int) -> bytes:
    """A one-page PDF carrying an unreferenced uncompressed stream of `size` bytes."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        _ONE_PAGE,
        _stream(_text_ops("A warrant with a huge object."), compressed=False),
        _stream(b"0" * size, compressed=False),
    ]
    return _pdf_from_objects(objects)


def null_mediabox_pdf() -> bytes:
    """A page whose /MediaBox is null: pdfplumber raises building the page, and raises again
    when the document is closed (the fuzz run found this one)."""
    return _pdf_from_objects(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            _ONE_PAGE.replace(b"/MediaBox [0 0 612 792]", b"/MediaBox null"),
            _stream(_text_ops("This Warrant has a broken page."), compressed=False),
        ]
    )


def text_pdf(text: str, owner: str | None = None, user: str | None = None) -> bytes:
    """A text-layer PDF of `text` (fpdf2, Helvetica), optionally encrypted."""
    pdf = FPDF(unit="pt", format="letter")
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    for line in text.splitlines():
        if pdf.get_y() > 720:
            pdf.add_page()
        pdf.cell(
            0,
            12,
            line.encode("latin-1", "replace").decode("latin-1"),
            new_x="LMARGIN",
            new_y="NEXT",
        )
    if owner is not None:
        pdf.set_encryption(owner_password=owner, user_password=user)
    return bytes(pdf.output())


def seed_pdf() -> bytes:
    return text_pdf(seed_text())


def self_referential_length_pdf() -> bytes:
    """The 3 KB PDF of the outside probe: the content stream's /Length is object 20, whose body
    is a reference to itself (`20 0 obj 20 0 R endobj`). pdfminer followed it forever, and
    pdfplumber's close() walked into it again after the time limit fired."""
    content = _text_ops("This Warrant has a content stream whose length refers to itself.") * 20
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        _ONE_PAGE,
        b"<< /Length 20 0 R >>\nstream\n" + content + b"\nendstream",
    ]
    objects += [b"null"] * 14 + [b"20 0 R"]
    return _pdf_from_objects(objects)


def unmapped_font_pdf(lines: int = 30) -> bytes:
    """A page of text in a Type0 font (Identity-H) with no ToUnicode table: its glyphs have
    no Unicode mapping (pdfminer writes `(cid:N)`; PDFium passes the glyph numbers through)."""
    ops = [b"BT /F1 11 Tf 14 TL 72 720 Td"]
    for k in range(lines):
        codes = "".join(f"{36 + (k * 7 + i) % 40:04x}" for i in range(40))
        ops.append(b"<" + codes.encode("ascii") + b"> Tj T*")
    ops.append(b"ET")
    content = b"\n".join(ops)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        (
            b"<< /Type /Font /Subtype /Type0 /BaseFont /Glyphs /Encoding /Identity-H "
            b"/DescendantFonts [6 0 R] >>"
        ),
        _ONE_PAGE,
        _stream(content, compressed=False),
        (
            b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Glyphs /CIDSystemInfo "
            b"<< /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 500 "
            b"/FontDescriptor 7 0 R >>"
        ),
        (
            b"<< /Type /FontDescriptor /FontName /Glyphs /Flags 4 /FontBBox [0 -200 1000 800] "
            b"/ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 >>"
        ),
    ]
    return _pdf_from_objects(objects)


def numbered_tail_pdf(text_pages: int, number_pages: int, text: str = GRANT) -> bytes:
    """`text_pages` pages of `text`, then `number_pages` pages holding only a page number:
    a long PDF (appendix pages, blank backs) whose text is all on its first pages."""
    lines = b"".join(
        b"BT /F1 11 Tf 72 %d Td (%s) Tj ET\n" % (720 - 14 * i, line.encode("latin-1", "replace"))
        for i, line in enumerate(text.replace("(", "[").replace(")", "]").splitlines())
    )
    number = b"BT /F1 10 Tf 300 40 Td (7) Tj ET\n"
    count = text_pages + number_pages
    kids = b" ".join(b"%d 0 R" % (6 + i) for i in range(count))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, count),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        _stream(zlib.compress(lines + number), compressed=True),
        _stream(zlib.compress(number), compressed=True),
    ]
    page = (
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>"
    )
    objects += [page % 4] * text_pages + [page % 5] * number_pages
    return _pdf_from_objects(objects)


def scanned_pdf(pages: int = 2) -> bytes:
    """Pages that are pictures only (filled shapes standing for a scan): no text layer."""
    pdf = FPDF(unit="pt", format="letter")
    for _ in range(pages):
        pdf.add_page()
        pdf.rect(72, 72, 400, 600, style="F")
    return bytes(pdf.output())


# --- other binaries -----------------------------------------------------------------------


def png_bytes() -> bytes:
    return (
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02"
        b"\x00\x00\x00\x90wS\xde\x00\x00\x00\x0cIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00"
        b"\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82"
    )


def zip_bytes(text: str = GRANT) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("warrant.txt", text)
    return buf.getvalue()


def gzip_bomb(inflated: int) -> bytes:
    """A gzip file of `inflated` zero bytes (about a thousandth of that on disk)."""
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", compresslevel=9) as gz:
        block = b"\0" * (1 << 20)
        for _ in range(inflated // len(block)):
            gz.write(block)
    return buf.getvalue()


def random_bytes(n: int, seed: int = 6) -> bytes:
    return random.Random(seed).randbytes(n)


# --- EDGAR --------------------------------------------------------------------------------


def uuencode(name: str, data: bytes) -> str:
    lines = [f"begin 644 {name}"]
    for i in range(0, len(data), 45):
        lines.append(binascii.b2a_uu(data[i : i + 45]).decode("ascii").rstrip("\n"))
    lines += ["`", "end"]
    return "\n".join(lines)


def submission(documents: list[tuple[str, str, str]]) -> str:
    """A complete submission: a header, then one `<DOCUMENT>` per (type, filename, body)."""
    parts = [
        "<SEC-DOCUMENT>0000950123-00-000123.txt : 20000105",
        "<SEC-HEADER>0000950123-00-000123.hdr.sgml : 20000105",
        "ACCESSION NUMBER:\t\t0000950123-00-000123",
        "CONFORMED SUBMISSION TYPE:\tS-1",
        f"PUBLIC DOCUMENT COUNT:\t\t{len(documents)}",
        "FILED AS OF DATE:\t\t20000105",
        "\t\tCOMPANY CONFORMED NAME:\t\t\tEXAMPLE CORP",
        "\t\tCENTRAL INDEX KEY:\t\t\t0001043604",
        "</SEC-HEADER>",
    ]
    for seq, (kind, name, body) in enumerate(documents, 1):
        parts += ["<DOCUMENT>", f"<TYPE>{kind}", f"<SEQUENCE>{seq}", f"<FILENAME>{name}"]
        parts += ["<TEXT>", body, "</TEXT>", "</DOCUMENT>"]
    parts.append("</SEC-DOCUMENT>")
    return "\n".join(parts) + "\n"


def nested_html(depth: int, payload: str) -> str:
    return (
        "<html><head><title>x</title></head><body>"
        + "<div>" * depth
        + payload
        + "</div>" * depth
        + "</body></html>"
    )


def submission_with_header(**fields: str) -> str:
    """The seed in a complete submission whose header lines are replaced by `fields`
    (label -> raw value), e.g. {"FILED AS OF DATE": "20200230"}."""
    text = submission([("EX-4.2", "ex4-2.txt", seed_text())])
    lines = text.split("\n")
    for label, value in fields.items():
        lines = [
            f"{line.split(':')[0]}:\t\t{value}" if line.strip().startswith(label + ":") else line
            for line in lines
        ]
    return "\n".join(lines)


# --- size ----------------------------------------------------------------------------------


def short_lines(n_bytes: int) -> bytes:
    """`n_bytes` of three-byte lines: millions of lines, each almost free to write."""
    return b"ab\n" * (n_bytes // 3)


def html_paragraphs(n_bytes: int) -> bytes:
    """`n_bytes` of one-word HTML paragraphs."""
    return b"<html><body>\n" + b"<p>Warrant</p>\n" * (n_bytes // 15) + b"</body></html>\n"


def doctype_subset_html() -> str:
    """The seed as HTML behind a DOCTYPE with an internal subset declaring entities."""
    paras = "".join(f"<p>{p}</p>\n" for p in seed_text().replace("&", "&amp;").split("\n\n"))
    return (
        '<!DOCTYPE html [\n<!ENTITY company "Evil Corp">\n<!ENTITY % p SYSTEM "file:///etc/passwd">'
        "\n]>\n<html><body>\n" + paras + "</body></html>\n"
    )
