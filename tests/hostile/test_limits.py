"""The configurable bounds (`Limits`) and the pipeline's last lines of defence: the in-process
time limit (`timeout`) and the fault barrier (`internal_error`)."""

from __future__ import annotations

import signal
import time
import tracemalloc
from pathlib import Path

import pytest

from warrant_terms import extract as extract_package
from warrant_terms.parse import Limits, Unreadable, load_bytes
from warrant_terms.pipeline import DocumentTimeout, _time_limit, extract_bytes, extract_path

from . import builders as b
from .support import check_record


def _codes(data: bytes, name: str, limits: Limits | None = None) -> list[str | None]:
    out = []
    for x in extract_bytes(data, name, limits):
        check_record(x.record, x.document)
        out.append(x.record.errors[0].code if x.record.errors else x.record.status)
    return out


def test_text_and_source_length_limits() -> None:
    seed = b.seed_text().encode("utf-8")
    assert _codes(seed, "w.txt") == ["ok"]
    assert _codes(seed, "w.txt", Limits(max_text_chars=10_000)) == ["too_large"]
    assert _codes(seed, "w.txt", Limits(max_source_chars=10_000)) == ["too_large"]
    html = b.nested_html(3, "x" * 50_000).encode()
    assert _codes(html, "w.htm", Limits(max_source_chars=40_000)) == ["too_large"]


def test_pdf_limits_are_configurable() -> None:
    bomb = b.bomb_pdf(2 << 20)  # 2 MB inflated: fine by default, a bomb under a 1 MB limit
    assert _codes(bomb, "b.pdf") == ["not_warrant"]
    assert _codes(bomb, "b.pdf", Limits(max_pdf_stream_bytes=1 << 20)) == ["too_large"]
    assert _codes(bomb, "b.pdf", Limits(max_pdf_inflated_bytes=1 << 20)) == ["too_large"]
    pages = b.pages_pdf(30)
    assert _codes(pages, "p.pdf", Limits(max_pdf_pages=29)) == ["too_large"]
    assert _codes(b.seed_pdf(), "s.pdf", Limits(max_pdf_bytes=1000)) == ["too_large"]


def test_many_documents_in_one_submission_are_capped() -> None:
    docs = [("EX-99", f"d{i}.txt", f"Document {i} says nothing.") for i in range(12)]
    assert len(_codes(b.submission(docs).encode(), "s.txt", Limits(max_documents=5))) == 5


def test_a_runaway_becomes_a_timeout_record_and_the_next_file_is_fine(tmp_path: Path) -> None:
    # ~1.9 million characters of section headings: a valid document that takes many seconds.
    slow = b.seed_text()[:6000] + "Section 1. " * 170_000 + b.seed_text()[6000:]
    path = tmp_path / "slow.txt"
    path.write_text(slow, encoding="utf-8")

    def previous(signum: int, frame: object) -> None:  # the caller's own handler
        raise AssertionError("the caller's handler must not fire")

    before = signal.signal(signal.SIGALRM, previous)
    try:
        start = time.perf_counter()
        (x,) = extract_path(path, Limits(max_seconds=0.5))
        took = time.perf_counter() - start
        assert signal.getsignal(signal.SIGALRM) is previous  # handed back
        assert signal.getitimer(signal.ITIMER_REAL)[0] == 0  # and no alarm left armed
    finally:
        signal.signal(signal.SIGALRM, before)
    check_record(x.record)
    assert (x.record.status, x.record.errors[0].code) == ("error", "timeout")
    assert took < 5
    good = tmp_path / "good.txt"
    good.write_text(b.seed_text(), encoding="utf-8")
    assert extract_path(good)[0].record.status == "ok"


def test_a_time_limit_whose_exception_is_swallowed_fires_again() -> None:
    # Where the alarm lands in a finalizer or a gc callback (hypothesis installs one), Python
    # prints the exception and drops it; the limit must still stop the work.
    start = time.perf_counter()
    with pytest.raises(DocumentTimeout), _time_limit(0.1):
        try:
            time.sleep(2)
        except DocumentTimeout:
            pass  # dropped, as an exception raised in a gc callback is
        time.sleep(2)
    assert time.perf_counter() - start < 1.5
    assert signal.getitimer(signal.ITIMER_REAL)[0] == 0


def test_a_bug_on_one_document_is_that_document_s_record(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """A submission of two exhibits, the extractor failing on the first: the first is an
    `internal_error` record naming only the exception type, the second is read as usual."""
    real = extract_package.extract_candidates
    calls: list[int] = []

    def flaky(doc: object) -> object:
        calls.append(1)
        if len(calls) == 1:
            raise IndexError("secret text from the document")
        return real(doc)  # type: ignore[arg-type]

    monkeypatch.setattr(extract_package, "extract_candidates", flaky)
    data = b.submission([("EX-4.1", "a.txt", b.GRANT), ("EX-4.2", "b.txt", b.seed_text())])
    records = [x.record for x in extract_bytes(data.encode(), "sub.txt")]
    assert [(r.status, r.errors[0].code if r.errors else None) for r in records] == [
        ("error", "internal_error"),
        ("ok", None),
    ]
    assert "IndexError" in records[0].errors[0].message
    assert "secret" not in records[0].errors[0].message
    assert records[0].source.document == "EX-4.1"
    assert "IndexError" in caplog.text


def _refused(data: bytes, name: str, limits: Limits | None = None) -> tuple[str, int]:
    """The `too_large` message for `data`, and the peak memory Python allocated refusing it."""
    tracemalloc.start()
    try:
        (item,) = load_bytes(data, name, limits)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert isinstance(item, Unreadable) and item.code == "too_large", item
    return item.message, peak


def test_many_short_lines_are_refused_before_the_line_pipeline() -> None:
    """23 MB of short lines once took 90 s and 4.6 GB to be refused (half a KB per line in
    the line pipeline); now the line count is checked first, in a few copies of the file."""
    data = b.short_lines(23 << 20)
    message, peak = _refused(data, "lines.txt")
    assert "8,039,082 lines, more than the 100,000" in message
    assert peak < 5 * len(data), f"{peak / 2**20:.0f} MB"


def test_many_html_paragraphs_are_refused_before_the_tree_is_built() -> None:
    data = b.html_paragraphs(12 << 20)
    message, peak = _refused(data, "paras.htm")
    assert "tags, more than the 200,000" in message
    assert peak < 5 * len(data), f"{peak / 2**20:.0f} MB"


def test_html_text_and_paragraphs_are_counted_while_parsing() -> None:
    paras = b.html_paragraphs(15 * 300)  # 300 paragraphs, 601 tags
    message, _ = _refused(paras, "p.htm", Limits(max_lines=100))
    assert "more than 100 paragraphs" in message
    html = b.doctype_subset_html().encode("utf-8")
    message, _ = _refused(html, "s.htm", Limits(max_text_chars=5_000))
    assert "text is at least 5," in message and "than the 5,000 this" in message
    message, _ = _refused(html, "s.htm", Limits(max_html_tags=50))
    assert "tags, more than the 50" in message


def test_plain_text_and_markdown_lines_and_text_are_counted_first() -> None:
    seed = b.seed_text().encode("utf-8")
    message, _ = _refused(seed, "w.txt", Limits(max_lines=100))
    assert "lines, more than the 100 " in message
    message, _ = _refused(seed, "w.md", Limits(max_lines=100))
    assert "lines, more than the 100 " in message
    message, _ = _refused(seed, "w.txt", Limits(max_text_chars=10_000))
    assert "at least" in message


def test_a_doctype_internal_subset_stays_out_of_the_text() -> None:
    (x,) = extract_bytes(b.doctype_subset_html().encode("utf-8"), "d.htm")
    assert x.document is not None and x.record.status == "ok"
    check_record(x.record, x.document)
    assert "]>" not in x.document.text and "ENTITY" not in x.document.text
    assert "Evil Corp" not in x.document.text and "passwd" not in x.document.text
    assert x.document.text.startswith(b.seed_text().split()[0])
