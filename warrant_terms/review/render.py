"""Self-contained HTML pages that show an extraction record beside its document text.

`render_document` makes one page: the document text with every field's evidence highlighted
in the field's colour (page starts marked), and a sticky panel with one section per
instrument the document sets out (Public Warrants, Private Placement Warrants, ...), each a
table of fields with value, confidence, rule, warnings and the quoted evidence; clicking a
row scrolls to its evidence and flashes it. Relative dates, redemption rights and the
beneficial-ownership limit are shown in words ("5 years after business combination").
`render_index` makes the page that links several of them.

Escaping: document text goes through `spans.escape_text` (text nodes only), everything
placed in an attribute through `html.escape(..., quote=True)`. No document text reaches the
script or the style sheet, and a Content-Security-Policy forbids every network load.
"""

from __future__ import annotations

import bisect
import datetime as dt
import html
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import PurePath
from typing import Any
from urllib.parse import quote

from warrant_terms.review.assets import (
    BASE_CSS,
    CONTENT_SECURITY_POLICY,
    SCRIPT,
    field_colour_css,
    stripes,
)
from warrant_terms.review.spans import Highlight, Piece, escape_text, split_pieces
from warrant_terms.schema.models import (
    FIELD_NAMES,
    Evidence,
    Issue,
    Record,
    Term,
    Warrant,
    is_stated,
)
from warrant_terms.schema.readable import describe_value

# Confidence below this shows an amber bar: worth a second look.
LOW_CONFIDENCE = 0.6


def _attr(value: str) -> str:
    return html.escape(value, quote=True)


def format_value(value: object) -> str:
    """A field value as the record would serialise it, for display.

    >>> format_value(Decimal("2.40")), format_value(dt.date(2003, 12, 15)), format_value(True)
    ('2.40', '2003-12-15', 'true')
    >>> format_value(["split_combination", "stock_dividend"]), format_value([]), format_value(None)
    ('split_combination, stock_dividend', '[] (none)', 'null')
    """
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) if value else "[] (none)"
    return str(value)


def field_value(name: str, term: Term[Any], currency: str | None = None) -> str:
    """A field's value for the table: structured version-2 values in words.

    >>> field_value("redemption", Term[list[Any]](value=[]))
    '[] (none stated)'
    """
    if name == "redemption" and not is_stated(name, term):
        return "[] (none stated)"
    words = describe_value(name, term.value, currency)
    return words if words is not None else format_value(term.value)


def instrument_title(index: int, warrant: Warrant) -> str:
    """``1 · Public Warrants``: the instrument's place in the document and its name."""
    return f"{index + 1} \u00b7 {warrant.instrument_name.value or 'Warrant'}"


def document_title(record: Record) -> str:
    """File name, plus the EDGAR document type and index where the file held several."""
    name = PurePath(record.source.path).name or record.source.path or "document"
    parts = [name]
    if record.source.document:
        parts.append(record.source.document)
    if record.source.document_index is not None:
        parts.append(f"#{record.source.document_index + 1}")
    return " \u00b7 ".join(parts)


@dataclass
class _FieldRow:
    """One row of the field table and the spans it can point to."""

    key: str  # unique on the page: the field name, prefixed "w2-" etc. after the first warrant
    name: str
    term: Term[Any]
    currency: str | None = None
    highlights: list[Highlight] = field(default_factory=list)
    notes: list[tuple[str, bool]] = field(default_factory=list)  # (text, is_problem)
    links: list[tuple[str, Evidence]] = field(default_factory=list)  # (span id, evidence)


def _field_key(warrant_index: int, name: str) -> str:
    return name if warrant_index == 0 else f"w{warrant_index + 1}-{name}"


def _page_of(page_starts: Sequence[int], offset: int) -> int:
    return max(1, bisect.bisect_right(page_starts, offset))


def _check_evidence(ev: Evidence, text: str, page_starts: Sequence[int]) -> tuple[bool, str]:
    """Whether the span can be highlighted, and what is wrong with it (empty if nothing)."""
    if ev.end <= ev.start:
        return False, f"empty evidence span at {ev.start}"
    if ev.end > len(text):
        return False, f"evidence {ev.start}-{ev.end} lies beyond the text ({len(text)} chars)"
    if text[ev.start : ev.end] != ev.text:
        return True, f"evidence {ev.start}-{ev.end}: text at these offsets differs from its quote"
    page = _page_of(page_starts, ev.start)
    if page != ev.page:
        return True, f"evidence {ev.start}-{ev.end} says page {ev.page}, offsets are on page {page}"
    return True, ""


def _build_rows(
    record: Record, text: str, page_starts: Sequence[int]
) -> list[tuple[int, list[_FieldRow]]]:
    issues_by_field: dict[str, list[Issue]] = {}
    for issue in record.warnings + record.errors:
        if issue.field:
            issues_by_field.setdefault(issue.field, []).append(issue)
    order = 0
    out: list[tuple[int, list[_FieldRow]]] = []
    for wi, warrant in enumerate(record.warrants):
        rows: list[_FieldRow] = []
        for name in FIELD_NAMES:
            term: Term[Any] = getattr(warrant, name)
            key = _field_key(wi, name)
            row = _FieldRow(key=key, name=name, term=term, currency=warrant.currency.value)
            for n, ev in enumerate(term.evidence):
                span_id = f"ev-{key}-{n}"
                usable, problem = _check_evidence(ev, text, page_starts)
                if problem:
                    row.notes.append((problem, True))
                if usable:
                    row.highlights.append(Highlight(key, name, span_id, ev.start, ev.end, order))
                    row.links.append((span_id, ev))
            if is_stated(name, term) and not term.evidence:
                row.notes.append(("no evidence given for this value", True))
            # Issues name a field, not a warrant: show them on the main warrant's row.
            if wi == 0:
                for issue in issues_by_field.get(name, []):
                    row.notes.append((f"{issue.code}: {issue.message}", False))
            rows.append(row)
            order += 1
        out.append((wi, rows))
    return out


def _render_piece(text: str, piece: Piece) -> str:
    body = escape_text(text[piece.start : piece.end])
    if not piece.covering:
        return body
    fields = [h.field for h in piece.covering]
    keys = [h.key for h in piece.covering]
    classes = ["ev", f"c-{fields[0]}"] + [f"f-{k}" for k in keys]
    style = ""
    if len(set(fields)) > 1:
        classes.append("multi")
        style = f' style="{_attr(stripes(list(dict.fromkeys(fields))))}"'
    # An element has one id; further spans starting on this piece get nested wrappers,
    # which take the same place on screen, so each span id is a visible element.
    element_id = f' id="{_attr(piece.starting[0].span_id)}"' if piece.starting else ""
    for h in reversed(piece.starting[1:]):
        body = f'<span id="{_attr(h.span_id)}" data-field="{_attr(h.key)}">{body}</span>'
    return (
        f'<mark class="{_attr(" ".join(classes))}"{element_id}'
        f' data-field="{_attr(" ".join(dict.fromkeys(keys)))}"'
        f' data-ev="{_attr(" ".join(h.span_id for h in piece.covering))}"'
        f' title="{_attr(", ".join(dict.fromkeys(keys)))}"{style}>{body}</mark>'
    )


def _render_text(text: str, page_starts: Sequence[int], highlights: Sequence[Highlight]) -> str:
    page_at = {start: i + 1 for i, start in enumerate(page_starts)}
    parts: list[str] = []
    for piece in split_pieces(len(text), highlights, page_starts):
        page = page_at.get(piece.start)
        if page is not None:
            # The marker's words come from CSS, so the element's text stays exactly the
            # document text (offsets in the DOM match the record; copying skips markers).
            parts.append(
                f'<span class="page-marker" id="page-{page}" data-page="{page}"'
                f' role="separator" aria-label="page {page}"></span>'
            )
        parts.append(_render_piece(text, piece))
    return "".join(parts)


def _confidence_cell(term: Term[Any]) -> str:
    if term.value is None and not term.evidence:
        return '<td class="conf"></td>'
    pct = round(term.confidence * 100)
    low = " low" if term.confidence < LOW_CONFIDENCE else ""
    return (
        f'<td class="conf">{term.confidence:.2f}'
        f'<span class="bar{low}"><span style="width:{pct}%"></span></span></td>'
    )


def _link_label(ev: Evidence) -> str:
    return f"p.{ev.page} \u00a7{ev.section}" if ev.section else f"p.{ev.page}"


def _render_row(row: _FieldRow) -> str:
    term = row.term
    is_null = term.value is None
    classes = ["field"] + (["null"] if is_null else []) + ([] if row.highlights else ["nohl"])
    target = f' data-target="{_attr(row.links[0][0])}"' if row.links else ""
    value = "null \u2014 not stated" if is_null else field_value(row.name, term, row.currency)
    notes = "".join(
        f'<span class="note{" bad" if bad else ""}">{html.escape(note)}</span>'
        for note, bad in row.notes
    )
    links = "".join(
        f'<a class="evlink" href="#{_attr(span_id)}" data-target="{_attr(span_id)}">'
        f"{html.escape(_link_label(ev))}</a>"
        for span_id, ev in row.links
    )
    quotes = ""
    if term.evidence:
        # The quotes repeat each span whole: a span cut into pieces in the text column
        # (overlaps, page breaks) still reads as one string here.
        quotes = (
            f'<details class="quotes"><summary>evidence ({len(term.evidence)})</summary>'
            + "".join(
                f'<blockquote class="quote">{escape_text(ev.text)}</blockquote>'
                for ev in term.evidence
            )
            + "</details>"
        )
    # The rule sits under the field name: a column of its own left the values too narrow.
    rule = f'<code class="rule">{html.escape(term.rule)}</code>' if term.rule else ""
    focusable = ' tabindex="0"' if row.links else ""
    return (
        f'<tr class="{" ".join(classes)}" data-field="{_attr(row.key)}"{target}{focusable}>'
        f'<td class="name"><span class="swatch s-{row.name}"></span>{html.escape(row.key)}'
        f"{rule}</td>"
        f'<td class="value">{html.escape(value)}{quotes}</td>'
        f"{_confidence_cell(term)}"
        f'<td class="notes">{links}{notes}</td></tr>'
    )


def _render_instrument(
    record: Record, wi: int, rows: list[_FieldRow], many: bool
) -> str:
    found = [r for r in rows if is_stated(r.name, r.term)]
    nulls = [r.name for r in rows if not is_stated(r.name, r.term)]
    null_text = f"; null: {', '.join(nulls)}" if nulls else ""
    warrant = record.warrants[wi]
    heading = (
        f'<h3 class="instrument-name">{html.escape(instrument_title(wi, warrant))}'
        f'<span class="of">instrument {wi + 1} of {len(record.warrants)}</span></h3>'
        if many
        else ""
    )
    return (
        f'<section class="instrument" id="instrument-{wi + 1}" data-instrument="{wi}">'
        f"{heading}"
        f'<p class="found">{len(found)} of {len(rows)} fields found{html.escape(null_text)}.'
        " Click a row to see its evidence.</p>"
        '<table class="fields"><thead><tr><th>field / rule</th><th>value</th><th>conf.</th>'
        "<th>evidence / warnings</th></tr></thead><tbody>"
        + "".join(_render_row(r) for r in rows)
        + "</tbody></table></section>"
    )


def _render_panel(record: Record, rows_by_warrant: list[tuple[int, list[_FieldRow]]]) -> str:
    if not rows_by_warrant:
        return (
            '<aside class="panel"><h2>Fields</h2>'
            '<p class="found">No warrant terms were extracted from this document.</p></aside>'
        )
    shown = list(dict.fromkeys(r.name for _, rows in rows_by_warrant for r in rows
                               if r.highlights))
    legend = "".join(
        f'<span><span class="swatch s-{name}"></span>{html.escape(name)}</span>'
        for name in shown
    )
    many = len(rows_by_warrant) > 1
    nav = ""
    if many:
        nav = '<nav class="instruments" aria-label="instruments">' + "".join(
            f'<a href="#instrument-{wi + 1}">'
            f"{html.escape(instrument_title(wi, record.warrants[wi]))}</a>"
            for wi, _ in rows_by_warrant
        ) + "</nav>"
    count = f" \u00b7 {len(rows_by_warrant)} instruments" if many else ""
    return (
        f'<aside class="panel"><h2>Fields{count}</h2>{nav}'
        f'<div class="legend" aria-label="colour legend">{legend}</div>'
        + "".join(_render_instrument(record, wi, rows, many) for wi, rows in rows_by_warrant)
        + "</aside>"
    )


def _render_issues(record: Record) -> str:
    def items(issues: list[Issue], cls: str) -> str:
        return "".join(
            f'<li class="{cls}"><code>{html.escape(i.code)}</code>'
            f"{' [' + html.escape(i.field) + ']' if i.field else ''} {html.escape(i.message)}</li>"
            for i in issues
        )

    parts = []
    if record.errors:
        parts.append(f"<h2>Errors</h2><ul>{items(record.errors, 'error-item')}</ul>")
    if record.warnings:
        parts.append(f"<h2>Warnings</h2><ul>{items(record.warnings, 'warning-item')}</ul>")
    return f'<section class="issues">{"".join(parts)}</section>' if parts else ""


def _banner(record: Record) -> str:
    if record.status == "error":
        return (
            '<div class="banner error" role="alert"><strong>This document could not be read.'
            "</strong> No terms were extracted; the errors below say why.</div>"
        )
    if record.status == "not_warrant":
        return (
            '<div class="banner not_warrant" role="status"><strong>Not a warrant.</strong> '
            "The document is readable but sets out no warrant's terms.</div>"
        )
    return ""


def _meta_line(record: Record, page_count: int) -> str:
    s = record.source
    pages = s.pages or page_count
    bits = [s.path, s.media_type or "", f"{pages} page(s)" if pages else ""]
    if s.company:
        bits.append(s.company)
    if s.form_type:
        bits.append(f"form {s.form_type}")
    if s.filing_date:
        bits.append(f"filed {s.filing_date.isoformat()}")
    if s.accession_number:
        bits.append(s.accession_number)
    if s.sha256:
        bits.append(f"sha256 {s.sha256[:12]}\u2026")
    return "".join(f"<span>{html.escape(b)}</span>" for b in bits if b)


def _page(title: str, body: str, extra_css: str = "") -> str:
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{_attr(CONTENT_SECURITY_POLICY)}">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        '<meta name="referrer" content="no-referrer">'
        f"<title>{html.escape(title)}</title>"
        f"<style>{BASE_CSS}{extra_css}</style></head>\n<body>{body}</body></html>\n"
    )


def _clean_page_starts(text: str, page_starts: Sequence[int]) -> list[int]:
    starts = sorted({p for p in page_starts if 0 <= p < len(text)} | {0})
    return starts if text else []


def render_document(record: Record, text: str, page_starts: Sequence[int]) -> str:
    """One self-contained page: `text` is the document text evidence offsets point into."""
    starts = _clean_page_starts(text, page_starts)
    rows = _build_rows(record, text, starts or [0])
    highlights = [h for _, ws in rows for r in ws for h in r.highlights]
    title = document_title(record)
    body = (
        '<header class="top">'
        f'<h1>{html.escape(title)}<span class="badge {_attr(record.status)}">'
        f"{html.escape(record.status)}</span></h1>"
        f'<div class="meta">{_meta_line(record, len(starts))}</div></header>'
        f"{_banner(record)}{_render_issues(record)}"
        '<main><section class="docwrap" aria-label="document text">'
        f'<pre id="doc">{_render_text(text, starts, highlights)}</pre></section>'
        f"{_render_panel(record, rows)}</main>"
        f"<script>{SCRIPT}</script>"
    )
    return _page(f"{title} \u2014 warrant-terms review", body, field_colour_css())


def summary_line(record: Record) -> str:
    """One line for the index: the main warrant's gist, or why there is none.

    >>> from warrant_terms.schema.models import Source
    >>> summary_line(Record(source=Source(path="x.txt"), status="not_warrant"))
    'not a warrant'
    """
    if record.status == "error":
        first = record.errors[0] if record.errors else None
        return f"could not be read: {first.code} \u2014 {first.message}" if first else "error"
    if record.status == "not_warrant" or not record.warrants:
        return "not a warrant"
    w: Warrant = record.warrants[0]
    parts = [w.issuer.value or "issuer not found"]
    shares = f"{w.shares.value:,}" if w.shares.value is not None else "? shares of"
    if w.shares.value is not None:
        shares += " shares of"
    parts.append(f"{shares} {w.security.value or 'unknown security'}")
    if w.exercise_price.value is not None:
        parts.append(f"at {w.currency.value or ''} {format(w.exercise_price.value, 'f')}".strip())
    if w.expiration_date.value is not None:
        parts.append(f"expires {w.expiration_date.value.isoformat()}")
    elif w.expiration_term.value is not None:
        parts.append(f"expires {describe_value('expiration_term', w.expiration_term.value)}")
    found = sum(getattr(w, n).value is not None for n in FIELD_NAMES)
    parts.append(f"{found}/{len(FIELD_NAMES)} fields")
    if w.instrument_name.value:
        parts.insert(1, w.instrument_name.value)
    if len(record.warrants) > 1:
        others = [x.instrument_name.value or "Warrant" for x in record.warrants[1:]]
        parts.append(f"also: {', '.join(others)}")
    return " \u00b7 ".join(parts)


@dataclass(frozen=True)
class IndexEntry:
    """A page to link from the index: its file name (relative) and its record."""

    href: str
    record: Record


def render_index(entries: Sequence[IndexEntry]) -> str:
    """The page linking several document pages, one line each."""
    rows = "".join(
        f'<tr><td><a href="{_attr(quote(e.href))}">{html.escape(document_title(e.record))}</a></td>'
        f'<td><span class="badge {_attr(e.record.status)}">{html.escape(e.record.status)}</span></td>'
        f"<td>{html.escape(summary_line(e.record))}</td>"
        f"<td>{len(e.record.warnings)}</td></tr>"
        for e in entries
    )
    body = (
        '<header class="top"><h1>warrant-terms review</h1>'
        f'<div class="meta"><span>{len(entries)} document(s)</span></div></header>'
        '<table class="index"><thead><tr><th>document</th><th>status</th><th>summary</th>'
        f"<th>warnings</th></tr></thead><tbody>{rows}</tbody></table>"
    )
    return _page("warrant-terms review", body)
