"""The parse layer: any input file into `Document`s (clean text, pages, offsets) or `Unreadable`s.

What a file is comes from its content, not its extension: PDF magic, known binary magic,
control bytes, then (for text) an EDGAR submission, a single `<DOCUMENT>` wrapper, HTML,
Markdown, or plain text. `load` never raises for bad content; a bad file is an `Unreadable`
with a stable code.

Offsets: `Document.offsets` maps the clean text back to the decoded file text (NUL characters
removed) for plain text and Markdown exactly, for HTML to the line where the text's element
starts; for a PDF, into the page texts joined by form feeds.
"""

from __future__ import annotations

import errno
import hashlib
import html as html_module
import os
import re
import stat
from pathlib import Path
from typing import Any

from warrant_terms.parse import edgar, sniff
from warrant_terms.parse.bounds import check_plain
from warrant_terms.parse.document import Document, OffsetMap, TextBuilder
from warrant_terms.parse.lines import Line, build, text_lines
from warrant_terms.parse.markdown import body_range, markdown_lines
from warrant_terms.parse.result import (
    APPLICATION_PDF,
    EMPTY,
    NOT_TEXT,
    OCTET_STREAM,
    TEXT_HTML,
    TEXT_MARKDOWN,
    TEXT_PLAIN,
    TOO_LARGE,
    UNREADABLE,
    Limits,
    TooLarge,
    Unreadable,
)

__all__ = [
    "Document",
    "Limits",
    "OffsetMap",
    "TextBuilder",
    "Unreadable",
    "load",
    "load_bytes",
]

Item = Document | Unreadable


def load(path: str | os.PathLike[str], limits: Limits | None = None) -> list[Item]:
    """Read one file: one item per document it holds (several for an EDGAR submission).

    Raises FileNotFoundError / IsADirectoryError for a path that is not a file; every other
    problem (no permission, binary content, a damaged PDF, ...) is an `Unreadable`.
    """
    limits = limits or Limits()
    p = Path(path)
    meta = _base_meta(str(p), p.name)
    try:
        st = p.stat()
    except (FileNotFoundError, NotADirectoryError) as exc:
        raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), str(p)) from exc
    except OSError as exc:  # permission denied on a parent folder, a symlink loop, ...
        return [Unreadable(UNREADABLE, f"The file cannot be read: {exc.strerror or exc}.", meta)]
    if stat.S_ISDIR(st.st_mode):
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(p))
    if not stat.S_ISREG(st.st_mode):  # reading a FIFO or a device could block or never end
        return [Unreadable(UNREADABLE, "The path is not a regular file (a pipe or device).", meta)]
    if st.st_size > limits.max_bytes:
        meta["sha256"] = _hash_file(p)
        return [_too_large(st.st_size, limits, meta)]
    try:
        data = p.read_bytes()
    except OSError as exc:  # permission denied, I/O error, a FIFO that cannot be read, ...
        return [Unreadable(UNREADABLE, f"The file cannot be read: {exc.strerror or exc}.", meta)]
    return _load(data, str(p), p.name, limits)


def load_bytes(data: bytes, name: str, limits: Limits | None = None) -> list[Item]:
    """Like `load`, for bytes already in memory; `name` stands in for the path."""
    return _load(data, name, os.path.basename(name), limits or Limits())


def _base_meta(path: str, filename: str) -> dict[str, Any]:
    return {
        "path": path,
        "sha256": None,
        "media_type": None,
        "document": None,
        "document_index": 0,
        "filename": filename,
        "description": None,
    }


def _hash_file(p: Path) -> str | None:
    digest = hashlib.sha256()
    try:
        with p.open("rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                digest.update(chunk)
    except OSError:
        return None
    return digest.hexdigest()


def _too_large(size: int, limits: Limits, meta: dict[str, Any]) -> Unreadable:
    return Unreadable(
        TOO_LARGE,
        f"The file is {size:,} bytes, more than the {limits.max_bytes:,} bytes this tool reads.",
        meta,
    )


def _load(data: bytes, path: str, filename: str, limits: Limits) -> list[Item]:
    meta = _base_meta(path, filename)
    meta["sha256"] = hashlib.sha256(data).hexdigest()
    if len(data) > limits.max_bytes:
        return [_too_large(len(data), limits, meta)]
    if not data:
        return [Unreadable(EMPTY, "The file is empty.", {**meta, "media_type": TEXT_PLAIN})]
    if sniff.is_pdf(data):
        return [_pdf(data, meta, limits)]
    kind = sniff.binary_kind(data)
    if kind or sniff.looks_binary(data):
        what = kind or "a binary file"
        return [_not_text(f"The file is {what}, not a text document or PDF.", meta)]
    text, _encoding = sniff.decode(data)
    if "\x00" in text:  # stray NULs (padding, bad conversions) carry no content
        text = text.replace("\x00", "")
    if not text.strip():
        return [
            Unreadable(EMPTY, "The file holds only whitespace.", {**meta, "media_type": TEXT_PLAIN})
        ]
    if edgar.is_submission(text):
        return _submission(text, meta, limits)
    if edgar.is_wrapped(text):
        part = edgar.parse_block(text, 0, len(text))
        meta.update(_part_meta(part))
        return [_body(text, part.start, part.end, part.inner, meta, limits)]
    return [_body(text, 0, len(text), None, meta, limits)]


def _part_meta(part: edgar.Part) -> dict[str, Any]:
    return {k: v for k, v in part.meta.items() if v is not None}


def _not_text(message: str, meta: dict[str, Any]) -> Unreadable:
    return Unreadable(NOT_TEXT, message, {**meta, "media_type": OCTET_STREAM})


def _submission(text: str, meta: dict[str, Any], limits: Limits) -> list[Item]:
    meta = {**meta, **edgar.header_meta(text)}
    blocks = edgar.split_blocks(text)
    if not blocks:  # a header with no documents: read what there is as text
        return [_body(text, 0, len(text), None, meta, limits)]
    items: list[Item] = []
    for index, (start, end) in enumerate(blocks[: limits.max_documents]):
        part = edgar.parse_block(text, start, end)
        doc_meta = {
            **meta,
            "document": None,
            "filename": None,
            "description": None,
            **_part_meta(part),
            "document_index": index,
            "sha256": hashlib.sha256(text[part.start : part.end].encode("utf-8")).hexdigest(),
        }
        items.append(_body(text, part.start, part.end, part.inner, doc_meta, limits))
    return items


def _body(
    text: str, start: int, end: int, inner: str | None, meta: dict[str, Any], limits: Limits
) -> Item:
    """Parse one document body `text[start:end]` by what its content looks like."""
    uu_name = edgar.uuencoded(text, start, end)
    if uu_name or inner == "PDF":
        decoded = edgar.uudecode(text, start, end)
        if decoded is not None and sniff.is_pdf(decoded):
            return _pdf(decoded, meta, limits)
        name = uu_name or meta.get("filename") or "a file"
        return _not_text(f"The document is a uuencoded binary ({name}), not text.", meta)
    if end - start > limits.max_source_chars:  # checked before parsing: parsing costs time too
        return Unreadable(
            TOO_LARGE,
            f"The document is {end - start:,} characters long, more than the "
            f"{limits.max_source_chars:,} this tool reads; a warrant is far shorter.",
            {**meta, "media_type": TEXT_PLAIN},
        )
    body = text[start:end]
    if not body.strip():
        return Unreadable(EMPTY, "The document is empty.", {**meta, "media_type": TEXT_PLAIN})
    try:
        return _parse_body(text, start, end, body, inner, meta, limits)
    except TooLarge as exc:
        return Unreadable(TOO_LARGE, str(exc), {**meta, "media_type": TEXT_PLAIN})


def _parse_body(
    text: str, start: int, end: int, body: str, inner: str | None, meta: dict[str, Any],
    limits: Limits,
) -> Item:
    builder = TextBuilder()
    pre = _preformatted(body) if sniff.looks_html(body) else None
    if pre is not None:
        # Old EDGAR HTML often wraps a plain-text exhibit in <PRE>: its line structure (page
        # numbers, hard wraps) is what the plain-text reader needs. Offsets map into the
        # decoded <PRE> text, shifted to where it starts in the source.
        media_type = TEXT_HTML
        pre_text, pre_start = pre
        check_plain(pre_text, limits)
        build(builder, _shifted(text_lines(pre_text), start + pre_start))
    elif inner in ("XBRL", "XML") or sniff.looks_html(body):
        # lxml is imported only for HTML (the start-up of a plain-text run does not pay it).
        from warrant_terms.parse.htmltext import parse_html

        media_type = TEXT_HTML
        parse_html(builder, body, start, limits)
    elif sniff.looks_markdown(body, str(meta.get("filename") or meta.get("path") or "")):
        media_type = TEXT_MARKDOWN
        check_plain(body, limits)
        body_start, body_end = body_range(text, start, end)
        build(builder, markdown_lines(text, body_start, body_end))
    else:
        media_type = TEXT_PLAIN
        check_plain(body, limits)
        found, start = edgar.fragment(text, start)
        meta.update(found)
        build(builder, text_lines(text, start, end))
    meta = {**meta, "media_type": media_type}
    doc = builder.build(media_type, meta)
    if not doc.text.strip():
        return Unreadable(EMPTY, "The document has no readable text.", meta)
    return doc


_PRE_BLOCK = re.compile(r"<pre\b[^>]*>(.*?)</pre\s*>", re.IGNORECASE | re.DOTALL)
_TAG_BUT_PAGE = re.compile(r"<(?!/?page\b)[^>]{0,500}>", re.IGNORECASE)
_ANY_TAG = re.compile(r"<[^>]{0,500}>")
_MAX_PRE_BLOCKS = 50


def _preformatted(body: str) -> tuple[str, int] | None:
    """The decoded text of the <PRE> blocks where they hold most of an HTML document's text."""
    if body.lower().count("<pre") > _MAX_PRE_BLOCKS:
        return None
    blocks = list(_PRE_BLOCK.finditer(body))
    if not blocks:
        return None
    inner = [html_module.unescape(_TAG_BUT_PAGE.sub("", m.group(1))) for m in blocks]
    outside = len(_ANY_TAG.sub("", body)) - sum(len(_ANY_TAG.sub("", m.group(1))) for m in blocks)
    if sum(len(t.strip()) for t in inner) < 2 * max(outside, 0) or not any(t.strip() for t in inner):
        return None
    return "\n\n".join(inner), blocks[0].start(1)


def _shifted(lines: list[Line], base: int) -> list[Line]:
    for line in lines:
        line.segments = [(t, None if s is None else s + base) for t, s in line.segments]
        line.end += base
    return lines


def _pdf(data: bytes, meta: dict[str, Any], limits: Limits) -> Item:
    meta = {**meta, "media_type": APPLICATION_PDF}
    if len(data) > limits.max_pdf_bytes:
        return Unreadable(
            TOO_LARGE,
            f"The PDF is {len(data):,} bytes, more than the {limits.max_pdf_bytes:,} bytes "
            "this tool reads.",
            meta,
        )
    # The PDF libraries are imported only for a PDF.
    from warrant_terms.parse.pdf import PdfFailure, pdf_pages

    pages = pdf_pages(data, limits)
    if isinstance(pages, PdfFailure):
        return Unreadable(pages.code, pages.message, meta)
    source = "\f".join(pages)
    builder = TextBuilder()
    build(builder, text_lines(source), exact_pages=True)
    doc = builder.build(APPLICATION_PDF, meta)
    if not doc.text.strip():
        return Unreadable(EMPTY, "The PDF has no readable text.", meta)
    return doc
