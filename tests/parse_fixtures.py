"""Inputs the parse tests build: the seed rendered as EDGAR HTML and as a text-layer PDF,
a constructed EDGAR submission, and small PDFs (encrypted, image-only)."""

from __future__ import annotations

import binascii
import html
import io
import re
import zipfile

from fpdf import FPDF
from shared_files import SEED

_PAGE_NUMBER_LINE = re.compile(r"\s*\d{1,3}\s*")


def seed_pages() -> list[list[str]]:
    """The seed's raw lines cut into pages at its page-number lines (which are left out)."""
    pages: list[list[str]] = [[]]
    for line in SEED.read_text(encoding="utf-8").splitlines():
        if _PAGE_NUMBER_LINE.fullmatch(line):
            if any(s.strip() for s in pages[-1]):
                pages.append([])
            continue
        pages[-1].append(line)
    return [p for p in pages if any(s.strip() for s in p)]


def _paragraphs(lines: list[str]) -> list[list[str]]:
    paras: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            paras[-1].append(line.strip())
        elif paras[-1]:
            paras.append([])
    return [p for p in paras if p]


def _html_text(text: str) -> str:
    """Escape like an EDGAR filer: &amp;, curly-quote entities, &nbsp; after sentence ends."""
    out = html.escape(text, quote=False)
    quotes = iter(["&#8220;", "&#8221;"] * (out.count('"') // 2 + 1))
    out = re.sub('"', lambda _m: next(quotes), out)
    return out.replace(". ", ".&nbsp; ")


def seed_html() -> str:
    """The seed as an EDGAR <DOCUMENT>: a <p> per paragraph, a centred page number, <hr>."""
    forms = ["{n}", "- {n} -", "Page {n}"]
    body: list[str] = []
    pages = seed_pages()
    for n, page in enumerate(pages, 1):
        for para in _paragraphs(page):
            inner = "\n".join(_html_text(line) for line in para)
            body.append(f'<p style="margin:0"><font size="2">{inner}</font></p>')
        body.append(f'<p align="center">{forms[n % 3].format(n=n)}</p>')
        if n < len(pages):
            body.append('<hr style="page-break-after: always">')
    return (
        "<DOCUMENT>\n<TYPE>EX-4.2\n<SEQUENCE>3\n<FILENAME>dex42.htm\n<DESCRIPTION>WARRANT\n"
        "<TEXT>\n<HTML><HEAD><TITLE>Warrant</TITLE><STYLE>p {margin: 0}</STYLE></HEAD>\n<BODY>\n"
        + "\n".join(body)
        + "\n</BODY></HTML>\n</TEXT>\n</DOCUMENT>\n"
    )


def seed_pdf() -> bytes:
    """The seed as a text-layer PDF: Courier 10pt, one PDF page per seed page, numbers at foot."""
    pdf = FPDF(unit="pt", format="letter")
    pdf.set_auto_page_break(False)
    for n, page in enumerate(seed_pages(), 1):
        pdf.add_page()
        pdf.set_font("Courier", size=10)
        y = 40.0
        for line in page:
            y += 11
            if line.strip():
                pdf.text(36, y, line.rstrip())
        pdf.text(300, 770, str(n))
    return bytes(pdf.output())


def text_pdf(pages: list[str], owner: str | None = None, user: str | None = None) -> bytes:
    pdf = FPDF(unit="pt", format="letter")
    for text in pages:
        pdf.add_page()
        pdf.set_font("Helvetica", size=11)
        pdf.text(72, 72, text)
    if owner:
        pdf.set_encryption(owner_password=owner, user_password=user)
    return bytes(pdf.output())


def image_only_pdf() -> bytes:
    """A 'scanned' page: drawing, no text."""
    pdf = FPDF(unit="pt", format="letter")
    pdf.add_page()
    pdf.rect(72, 72, 300, 400, style="F")
    return bytes(pdf.output())


def zip_bytes() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("warrant.txt", "This Warrant is not really here.")
    return buf.getvalue()


def png_bytes() -> bytes:
    return (
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02"
        b"\x00\x00\x00\x90wS\xde\x00\x00\x00\x0cIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00"
        b"\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82"
    )


def uuencode(name: str, data: bytes) -> str:
    lines = [f"begin 644 {name}"]
    for i in range(0, len(data), 45):
        lines.append(binascii.b2a_uu(data[i : i + 45]).decode("ascii").rstrip("\n"))
    lines += ["`", "end"]
    return "\n".join(lines)


def submission(extra_pdf: bytes | None = None) -> str:
    """An EDGAR complete submission: EX-4.1 text, EX-23 HTML, a uuencoded GRAPHIC (and a PDF)."""
    seed_text = SEED.read_text(encoding="utf-8")
    jpeg = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 2
    docs = [
        ("EX-4.1", "2", "ex4-1.txt", "FORM OF WARRANT", seed_text),
        (
            "EX-23",
            "3",
            "ex23.htm",
            "CONSENT",
            (
                "<HTML><BODY><P>CONSENT OF INDEPENDENT AUDITORS</P>\n<P>We consent to the use "
                "of our report dated March 1, 2000 in the Registration Statement of Example "
                "Corp &amp; its "
                "subsidiaries.</P><script>var x = 1;</script></BODY></HTML>"
            ),
        ),
        ("GRAPHIC", "4", "logo.jpg", None, uuencode("logo.jpg", jpeg)),
    ]
    if extra_pdf is not None:
        docs.append(("EX-99.1", "5", "ex99.pdf", "PDF COPY", uuencode("ex99.pdf", extra_pdf)))
    parts = [
        "<SEC-DOCUMENT>0000950123-00-000123.txt : 20000105",
        "<SEC-HEADER>0000950123-00-000123.hdr.sgml : 20000105",
        "ACCESSION NUMBER:\t\t0000950123-00-000123",
        "CONFORMED SUBMISSION TYPE:\tS-1",
        f"PUBLIC DOCUMENT COUNT:\t\t{len(docs)}",
        "FILED AS OF DATE:\t\t20000105",
        "",
        "FILER:",
        "",
        "\tCOMPANY DATA:\t",
        "\t\tCOMPANY CONFORMED NAME:\t\t\tEXAMPLE CORP",
        "\t\tCENTRAL INDEX KEY:\t\t\t0001043604",
        "</SEC-HEADER>",
    ]
    for kind, seq, name, desc, body in docs:
        parts += ["<DOCUMENT>", f"<TYPE>{kind}", f"<SEQUENCE>{seq}", f"<FILENAME>{name}"]
        if desc:
            parts.append(f"<DESCRIPTION>{desc}")
        parts += ["<TEXT>", body, "</TEXT>", "</DOCUMENT>"]
    parts.append("</SEC-DOCUMENT>")
    return "\n".join(parts) + "\n"
