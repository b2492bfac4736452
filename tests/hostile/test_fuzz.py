"""Hypothesis fuzzing: real exhibits mutated (deletions, duplications, random bytes, truncation,
splices) and random text. Parsing and extraction are called directly, without the pipeline's
fault barrier, so any exception fails the test with its traceback; every record validates
against the JSON Schema and every evidence span is an exact slice of the document text.

`benchmarks/fuzz_extract.py` runs the same kind of mutations by the ten thousand.
"""

from __future__ import annotations

import functools
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from shared_files import corpus_found_files

from warrant_terms.parse import Document, Limits, Unreadable, load_bytes
from warrant_terms.pipeline import extract_document

from . import builders as b
from .support import check_record

SETTINGS = settings(
    max_examples=50,
    deadline=None,
    database=None,  # nothing written into the repository
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
# No in-process alarm: it would turn a slow example into a `timeout` record and hide it
# (benchmarks/fuzz_extract.py bounds the time per document from outside).
PER_DOCUMENT_LIMITS = Limits(max_seconds=None)


@functools.cache
def corpus() -> tuple[tuple[str, bytes], ...]:
    """The seed and the smaller real exhibits (text, Markdown, HTML), as bytes."""
    docs = [("seed.txt", b.SEED.read_bytes())]
    found = sorted(
        (p for p in corpus_found_files() if p.suffix in (".txt", ".md", ".htm", ".html")),
        key=lambda p: p.stat().st_size,
    )
    docs += [(p.name, p.read_bytes()) for p in found[:6]]
    return tuple(docs)


def _run(data: bytes, name: str) -> None:
    for item in load_bytes(data, name, PER_DOCUMENT_LIMITS):
        if isinstance(item, Document) and len(item.text) <= PER_DOCUMENT_LIMITS.max_text_chars:
            extraction = extract_document(item, name)
            check_record(extraction.record, item)
            assert extraction.record.status in ("ok", "not_warrant")
        elif isinstance(item, Unreadable):
            assert item.code and item.message


# A mutation: (kind, where as a fraction of the length, how much as a fraction, payload).
_MUTATION = st.tuples(
    st.sampled_from(["delete", "duplicate", "insert", "overwrite", "truncate", "splice", "run"]),
    st.floats(0, 1),
    st.floats(0, 0.2),
    st.binary(min_size=1, max_size=64),
)


def mutate(data: bytes, mutations: list[tuple[str, float, float, bytes]], other: bytes) -> bytes:
    for kind, where, much, payload in mutations:
        at = int(where * len(data))
        n = max(1, int(much * len(data)))
        if kind == "delete":
            data = data[:at] + data[at + n :]
        elif kind == "duplicate":
            data = data[: at + n] + data[at : at + n] + data[at + n :]
        elif kind == "insert":
            data = data[:at] + payload + data[at:]
        elif kind == "overwrite":
            data = data[:at] + payload + data[at + len(payload) :]
        elif kind == "truncate":
            data = data[:at]
        elif kind == "splice":  # a piece of another exhibit
            o = int(where * len(other))
            data = data[:at] + other[o : o + n] + data[at:]
        else:  # a long run of one short unit: digits, spaces, dots, a repeated word
            data = data[:at] + payload[:8] * (1 + n // max(1, len(payload[:8]))) + data[at:]
    return data


@SETTINGS
@given(
    which=st.integers(0, 100),
    other=st.integers(0, 100),
    mutations=st.lists(_MUTATION, min_size=1, max_size=6),
)
def test_mutated_exhibits(
    which: int, other: int, mutations: list[tuple[str, float, float, bytes]]
) -> None:
    docs = corpus()
    name, data = docs[which % len(docs)]
    _run(mutate(data, mutations, docs[other % len(docs)][1]), name)


_LEGAL_WORDS = st.sampled_from(
    [
        "Warrant", "WARRANT", "Holder", "Company", "shares", "Common Stock", "Exercise Price",
        "$", "1,000", "2.40", "(", ")", "\u201c", "\u201d", '"', ".", ",", ";", "\n", "\n\n",
        "Section 4.2", "EXHIBIT A", "certifies that", "is entitled to purchase", "Delaware",
        "December 15, 2003", "per share", "Inc.", "Expiration Date", "<p>", "</p>", "<div>",
        "# ", "**", "|", "\f", "\x00", "-", "_____", "...", "1.", "(a)", "one hundred",
    ]
)  # fmt: skip


@SETTINGS
@given(words=st.lists(st.one_of(_LEGAL_WORDS, st.text(max_size=12)), max_size=400))
def test_random_text(words: list[str]) -> None:
    _run(" ".join(words).encode("utf-8", "surrogatepass"), "random.txt")


_PREFIXES = st.sampled_from([b"", b"%PDF-1.4\n", b"<html>", b"<DOCUMENT>\n<TYPE>EX-4\n<TEXT>\n"])


@SETTINGS
@given(data=st.binary(max_size=4096), prefix=_PREFIXES)
def test_random_bytes(data: bytes, prefix: bytes) -> None:
    _run(prefix + data, "random.bin")


@settings(SETTINGS, max_examples=10)
@given(mutations=st.lists(_MUTATION, min_size=1, max_size=3))
def test_mutated_pdf(mutations: list[tuple[str, float, float, bytes]]) -> None:
    data = _pdf()
    _run(mutate(data, mutations, data), "seed.pdf")


@functools.cache
def _pdf() -> bytes:
    return b.seed_pdf()


def test_corpus_is_there() -> None:
    assert len(corpus()) >= 1 and Path(b.SEED).is_file()
