"""EDGAR packaging: complete submissions, `<DOCUMENT>` wrappers, header fragments, uuencode.

A complete submission (.txt) is an `<SEC-HEADER>` followed by `<DOCUMENT>` blocks; each block
has `<TYPE>`, `<SEQUENCE>`, `<FILENAME>`, `<DESCRIPTION>` lines and a `<TEXT>` body holding
HTML, plain text, or a uuencoded binary (a graphic, a PDF). Everything here works on offsets
into the decoded file text, so offsets of parsed documents still point into the file.
"""

from __future__ import annotations

import binascii
import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from warrant_terms.schema import Issue

_SUBMISSION = re.compile(r"<(?:SEC-DOCUMENT|SEC-HEADER|IMS-HEADER)>", re.IGNORECASE)
_DOCUMENT_TAG = re.compile(r"<(/?)DOCUMENT>", re.IGNORECASE)
_HEADER_BLOCK = re.compile(r"<(SEC|IMS)-HEADER>(.*?)</\1-HEADER>", re.IGNORECASE | re.DOTALL)
_BLOCK_FIELD = re.compile(
    r"^[ \t]*<(TYPE|SEQUENCE|FILENAME|DESCRIPTION)>[ \t]*([^\r\n<]*)", re.IGNORECASE | re.MULTILINE
)
_TEXT_OPEN = re.compile(r"<TEXT>", re.IGNORECASE)
_TEXT_CLOSE = re.compile(r"</TEXT>", re.IGNORECASE)
_INNER_WRAPPER = re.compile(r"\s*<(PDF|XBRL|XML)>", re.IGNORECASE)
_UU_BEGIN = re.compile(r"\s*begin(?:-base64)? [0-7]{3,4} ([^\r\n]+)\r?\n")
_HEADER_FIELDS = {
    "accession_number": "ACCESSION NUMBER",
    "form_type": "CONFORMED SUBMISSION TYPE",
    "filing_date": "FILED AS OF DATE",
    "company": "COMPANY CONFORMED NAME",
    "cik": "CENTRAL INDEX KEY",
}
# Warning code for a header value that is not what EDGAR writes there.
INVALID_HEADER_VALUE = "invalid_header_value"
# A company name or form type longer than this is not one (EDGAR's longest are ~150).
_MAX_HEADER_VALUE = 300
# "EX-4.1 4 d937996dex41.htm ..." at the start of text extracted from an EDGAR document.
_FRAGMENT = re.compile(
    r"\s*(?P<type>(?:EX-\d{1,3}(?:\.[0-9A-Z]{1,6})*|\d{1,2}-[KQ](?:/A)?"
    r"|[A-Z0-9]{1,10}(?:-[0-9A-Z.]{1,8})?))"
    r"\s+(?P<seq>\d{1,4})\s+(?P<file>[\w.\-]{1,120}\.(?:htm|html|txt|pdf|xml))\s+",
    re.IGNORECASE,
)


@dataclass
class Part:
    """One document's body inside the decoded file text."""

    start: int  # where the body (inside <TEXT>) starts
    end: int
    meta: dict[str, Any] = field(default_factory=dict)
    inner: str | None = None  # "PDF", "XBRL" or "XML" when <TEXT> wraps one of those


def is_submission(text: str) -> bool:
    if _SUBMISSION.search(text[:4096]):
        return True
    opens = 0
    for m in _DOCUMENT_TAG.finditer(text):
        opens += not m.group(1)
        if opens >= 2:
            return True
    return False


def is_wrapped(text: str) -> bool:
    """A single `<DOCUMENT>` block (or its `<TYPE>` lines) around one document."""
    head = text[:2048].lstrip().upper()
    return head.startswith(("<DOCUMENT>", "<TYPE>"))


def header_meta(text: str) -> dict[str, Any]:
    """ACCESSION NUMBER, CIK, COMPANY CONFORMED NAME, form type and filing date of a submission.

    Each value is checked here, where it is read: one that is not what EDGAR writes (a
    `FILED AS OF DATE` of 20200230, a CIK with letters) is left out, and a warning under
    `meta["warnings"]` quotes it; the documents of the submission are read as usual.
    """
    m = _HEADER_BLOCK.search(text)
    if m:
        header = m.group(2)
    else:
        first = _DOCUMENT_TAG.search(text)
        header = text[: first.start() if first else min(len(text), 20000)]
    meta: dict[str, Any] = {}
    warnings: list[Issue] = []
    for key, label in _HEADER_FIELDS.items():
        found = re.search(rf"^[ \t]*{label}:[ \t]*([^\r\n]+)", header, re.MULTILINE)
        raw: str = found.group(1).strip() if found else ""
        value, problem = _checked(key, raw) if raw else (None, None)
        meta[key] = value
        if problem:
            shown = raw if len(raw) <= 60 else raw[:60] + "…"
            warnings.append(
                Issue(
                    code=INVALID_HEADER_VALUE,
                    message=f"The EDGAR header's {label} {shown!r} {problem}; it is left out.",
                )
            )
    if warnings:
        meta["warnings"] = warnings
    return meta


def _checked(key: str, raw: str) -> tuple[str | None, str | None]:
    """(the value to keep, None) or (None, what is wrong with it)."""
    if key == "filing_date":
        digits = raw.replace("-", "")
        if not re.fullmatch(r"\d{8}", digits):
            return None, "is not a date (YYYYMMDD)"
        try:
            return dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:])).isoformat(), None
        except ValueError:
            return None, "is not a real date"
    if key == "cik" and not re.fullmatch(r"\d{1,10}", raw):
        return None, "is not a CIK (up to 10 digits)"
    if key == "accession_number" and not re.fullmatch(r"\d{10}-\d{2}-\d{6}", raw):
        return None, "is not an accession number (0000000000-00-000000)"
    if len(raw) > _MAX_HEADER_VALUE:
        return None, f"is longer than {_MAX_HEADER_VALUE} characters"
    return raw, None


def split_blocks(text: str) -> list[tuple[int, int]]:
    """(start, end) of each `<DOCUMENT>` block's inside; an unclosed last block runs to the end."""
    blocks: list[tuple[int, int]] = []
    start: int | None = None
    for m in _DOCUMENT_TAG.finditer(text):
        if not m.group(1):
            if start is not None:  # a missing </DOCUMENT>: the next block closes this one
                blocks.append((start, m.start()))
            start = m.end()
        elif start is not None:
            blocks.append((start, m.start()))
            start = None
    if start is not None:
        blocks.append((start, len(text)))
    return blocks


def parse_block(text: str, start: int, end: int) -> Part:
    """The fields and the `<TEXT>` body of one block `text[start:end]`."""
    opened = _TEXT_OPEN.search(text, start, end)
    fields_end = opened.start() if opened else min(end, start + 4096)
    meta: dict[str, Any] = {}
    for m in _BLOCK_FIELD.finditer(text, start, fields_end):
        meta.setdefault(m.group(1).lower(), m.group(2).strip() or None)
    if opened:
        body_start = opened.end()
        closed = _TEXT_CLOSE.search(text, body_start, end)
        body_end = closed.start() if closed else end
    else:  # no <TEXT>: the body follows the last field line
        last = None
        for last in _BLOCK_FIELD.finditer(text, start, fields_end):
            pass
        body_start = text.find("\n", last.end(), end) + 1 if last else start
        body_start = body_start if body_start > 0 else end
        body_end = end
    inner = None
    wrapper = _INNER_WRAPPER.match(text, body_start, body_end)
    if wrapper:
        inner = wrapper.group(1).upper()
        close = re.compile(rf"</{inner}>", re.IGNORECASE).search(text, wrapper.end(), body_end)
        body_start, body_end = wrapper.end(), close.start() if close else body_end
    return Part(
        body_start,
        body_end,
        {
            "document": meta.get("type"),
            "sequence": meta.get("sequence"),
            "filename": meta.get("filename"),
            "description": meta.get("description"),
        },
        inner,
    )


def uuencoded(text: str, start: int, end: int) -> str | None:
    """The file name when `text[start:end]` is a uuencoded file (`begin 644 name`)."""
    m = _UU_BEGIN.match(text, start, min(end, start + 1024))
    return m.group(1).strip() if m else None


def uudecode(text: str, start: int, end: int) -> bytes | None:
    """Decode a uuencoded body; None when it is damaged."""
    m = _UU_BEGIN.match(text, start, min(end, start + 1024))
    if not m:
        return None
    out = bytearray()
    for line in text[m.end() : end].splitlines():
        if line.strip() in ("end", "`", ""):
            if line.strip() == "end":
                break
            continue
        try:
            out += binascii.a2b_uu(line)
        except binascii.Error:
            # Encoders pad lines differently; the length byte says how many bytes are real.
            try:
                n = (ord(line[0]) - 32) & 63
                out += binascii.a2b_uu(line[: (n * 4 + 5) // 3 + 1])
            except (binascii.Error, IndexError):
                return None
    return bytes(out)


def fragment(text: str, start: int) -> tuple[dict[str, Any], int]:
    """Read an "EX-4.1 4 name.htm" header fragment at `start`: (meta, where the text goes on)."""
    m = _FRAGMENT.match(text, start, start + 400)
    if not m:
        return {}, start
    return {
        "document": m.group("type").upper(),
        "sequence": m.group("seq"),
        "filename": m.group("file"),
    }, m.end()
