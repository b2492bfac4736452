"""Synthetic batches for tests and the benchmark: one exhibit in every input format.

`to_html`, `to_markdown`, `to_one_line`, `to_pdf` and `submission` re-package a plain-text
exhibit the way EDGAR and converters do; `perturb` makes a distinct copy (other names,
numbers and dates) so a batch of thousands has thousands of distinct contents.
"""

from __future__ import annotations

import html
import random
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_NUMBER = re.compile(r"\d+")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_DATE = re.compile(r"\b(" + "|".join(_MONTHS) + r")\s+(\d{1,2}),\s+(\d{4})\b")
_MONTH_BEFORE = re.compile(r"(?:" + "|".join(_MONTHS) + r")\s+$")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_COMPANY = re.compile(
    r"\b([A-Z][A-Za-z&]+(?: [A-Z][A-Za-z&]+){0,3}),? (?:Inc\.|Corporation|Corp\.|Ltd\.|LLC)"
)
_NAME_WORDS = ("Alder", "Birch", "Cedar", "Dogwood", "Elm", "Fir", "Ginkgo", "Hazel", "Ivy",
               "Juniper", "Laurel", "Maple", "Oak", "Pine", "Quince", "Rowan", "Spruce",
               "Tamarack", "Willow", "Yew")


def paragraphs(text: str) -> list[str]:
    return [p.strip("\n") for p in _PARAGRAPH_BREAK.split(text) if p.strip()]


def to_html(text: str, title: str = "Exhibit") -> str:
    """An HTML exhibit: one `<p>` per paragraph, line breaks inside a paragraph kept."""
    body = "\n".join(
        "<p>" + "<br>\n".join(html.escape(line.strip()) for line in p.splitlines()) + "</p>"
        for p in paragraphs(text)
    )
    return (f"<html><head><title>{html.escape(title)}</title></head>\n"
            f"<body>\n{body}\n</body></html>\n")


def to_markdown(text: str) -> str:
    """A Markdown conversion: short all-capital paragraphs become headings."""
    out = []
    for p in paragraphs(text):
        flat = " ".join(p.split())
        if flat.isupper() and len(flat) < 80:
            out.append(f"## {flat}")
        else:
            out.append(flat)
    return "\n\n".join(out) + "\n"


def to_one_line(text: str) -> str:
    """Every line break collapsed, as some scrapers deliver exhibits."""
    return " ".join(text.split())


def to_pdf(text: str) -> bytes:
    """A text-layer PDF of `text` (fpdf2, a development dependency)."""
    from fpdf import FPDF

    pdf = FPDF(format="letter")
    pdf.set_auto_page_break(auto=True, margin=18)
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    for p in paragraphs(text):
        flat = " ".join(p.split()).encode("latin-1", "replace").decode("latin-1")
        pdf.multi_cell(0, 5, flat)
        pdf.ln(3)
    return bytes(pdf.output())


@dataclass(frozen=True)
class Exhibit:
    type: str
    filename: str
    description: str
    body: str


def submission(exhibits: Sequence[Exhibit], *, accession: str, cik: str, company: str,
               form_type: str, filed: str) -> str:
    """An EDGAR complete submission text file holding `exhibits` (`filed` is YYYYMMDD)."""
    header = (
        f"<SEC-HEADER>{accession}.hdr.sgml : {filed}\n"
        f"ACCESSION NUMBER:\t\t{accession}\n"
        f"CONFORMED SUBMISSION TYPE:\t{form_type}\n"
        f"PUBLIC DOCUMENT COUNT:\t\t{len(exhibits)}\n"
        f"FILED AS OF DATE:\t\t{filed}\n\n"
        f"FILER:\n\n\tCOMPANY DATA:\t\n"
        f"\t\tCOMPANY CONFORMED NAME:\t\t\t{company}\n"
        f"\t\tCENTRAL INDEX KEY:\t\t\t{cik}\n"
        f"</SEC-HEADER>\n"
    )
    blocks = []
    for seq, ex in enumerate(exhibits, start=1):
        blocks.append(
            f"<DOCUMENT>\n<TYPE>{ex.type}\n<SEQUENCE>{seq}\n<FILENAME>{ex.filename}\n"
            f"<DESCRIPTION>{ex.description}\n<TEXT>\n{ex.body}\n</TEXT>\n</DOCUMENT>\n"
        )
    return f"<SEC-DOCUMENT>{accession}.txt : {filed}\n{header}{''.join(blocks)}</SEC-DOCUMENT>\n"


def perturb(text: str, rng: random.Random) -> str:
    """A copy with another company name, other numbers and other (valid) dates."""
    found = _COMPANY.search(text)
    if found:
        old = found.group(1)
        new = " ".join(rng.choice(_NAME_WORDS) for _ in old.split())
        text = text.replace(old, new).replace(old.upper(), new.upper())
    # Dates move together by whole months and years, so they stay valid and in order.
    months, years = rng.randrange(1, 12), rng.randrange(-5, 6)

    def date(m: re.Match[str]) -> str:
        k = _MONTHS.index(m.group(1)) + months
        day = min(int(m.group(2)), 28)
        return f"{_MONTHS[k % 12]} {day}, {int(m.group(3)) + years + k // 12}"

    text = _DATE.sub(date, text)

    def number(m: re.Match[str]) -> str:
        digits = m.group(0)
        if len(digits) == 1 or _YEAR.fullmatch(digits) or _MONTH_BEFORE.search(
            m.string, max(0, m.start() - 12), m.start()
        ):
            return digits
        first = str(rng.randrange(1, 10))
        return first + "".join(str(rng.randrange(10)) for _ in digits[1:])

    return _NUMBER.sub(number, text)


CONSENT_TEXT = (
    "EXHIBIT 23.1\n\nCONSENT OF INDEPENDENT REGISTERED PUBLIC ACCOUNTING FIRM\n\n"
    "We consent to the incorporation by reference in the Registration Statement on Form S-8 "
    "of our report dated February 14, 2000, relating to the financial statements of the "
    "Company, appearing in this Annual Report on Form 10-K.\n\n/s/ Example & Co. LLP\n"
)


def mixed_folder(dest: Path, exhibit: str, *, seed: int = 0) -> dict[str, int]:
    """A folder of every input kind around one exhibit, with broken files beside it.

    Writes the exhibit as .txt, .htm, .md, one-line .txt and .pdf, an EDGAR submission
    holding it beside a consent exhibit, a random-bytes .pdf, a binary file and an empty
    file. Returns what a correct batch finds: files, documents, warrants, errors.
    """
    rng = random.Random(seed)
    dest.mkdir(parents=True, exist_ok=True)
    (dest / "exhibit.txt").write_text(exhibit, encoding="utf-8")
    (dest / "exhibit.htm").write_text(to_html(exhibit), encoding="utf-8")
    (dest / "exhibit.md").write_text(to_markdown(exhibit), encoding="utf-8")
    (dest / "exhibit-one-line.txt").write_text(to_one_line(exhibit), encoding="utf-8")
    (dest / "exhibit.pdf").write_bytes(to_pdf(exhibit))
    filings = dest / "filings"
    filings.mkdir(exist_ok=True)
    (filings / "0001012870-99-001234.txt").write_text(
        submission(
            [Exhibit("EX-4.2", "ex4-2.txt", "WARRANT", exhibit),
             Exhibit("EX-23.1", "ex23-1.txt", "CONSENT OF ACCOUNTANTS", CONSENT_TEXT)],
            accession="0001012870-99-001234", cik="0001043604",
            company="JUNIPER NETWORKS INC", form_type="S-1", filed="19990624",
        ),
        encoding="utf-8",
    )
    broken = dest / "broken"
    broken.mkdir(exist_ok=True)
    (broken / "random.pdf").write_bytes(b"%PDF-1.4\n" + rng.randbytes(4096))
    (broken / "noise.bin").write_bytes(rng.randbytes(2048))
    (broken / "empty.txt").write_bytes(b"")
    return {"files": 9, "documents": 10, "warrants": 6, "errors": 3}
