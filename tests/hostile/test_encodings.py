"""Old and odd encodings of the seed read as the seed does: the same thirteen values, and
evidence that is still an exact slice of the decoded text."""

from __future__ import annotations

import codecs
from collections.abc import Callable

import pytest

from warrant_terms.pipeline import extract_bytes

from . import builders as b
from .cases import curly, seed_with_line_endings, seed_with_nuls
from .support import check_record, normalized, seed_gold, values

ENCODED: dict[str, Callable[[], bytes]] = {
    "cp1252": lambda: b.seed_text().encode("cp1252"),
    "cp1252-curly-quotes": lambda: curly(b.seed_text()).encode("cp1252"),
    "latin-1-section-signs": lambda: (
        b.seed_text().replace("Section", "\u00a7 Section").encode("latin-1")
    ),
    "utf-8-bom": lambda: codecs.BOM_UTF8 + b.seed_text().encode("utf-8"),
    "utf-16-bom": lambda: b.seed_text().encode("utf-16"),
    "utf-16-le-no-bom": lambda: b.seed_text().encode("utf-16-le"),
    "utf-16-be-no-bom": lambda: b.seed_text().encode("utf-16-be"),
    "utf-32-bom": lambda: b.seed_text().encode("utf-32"),
    "crlf": lambda: b.seed_text().replace("\n", "\r\n").encode("utf-8"),
    "cr-only": lambda: b.seed_text().replace("\n", "\r").encode("utf-8"),
    "mixed-line-endings": lambda: seed_with_line_endings().encode("utf-8"),
    "nul-bytes": seed_with_nuls,
    "dos-eof-mark": lambda: b.seed_text().encode("utf-8") + b"\x1a",
}


@pytest.fixture(scope="module")
def seed_values() -> dict[str, object]:
    (x,) = extract_bytes(b.seed_text().encode("utf-8"), "seed.txt")
    return values(check_record(x.record, x.document))


@pytest.mark.parametrize("name", sorted(ENCODED))
def test_encoding_reads_like_the_seed(name: str, seed_values: dict[str, object]) -> None:
    (x,) = extract_bytes(ENCODED[name](), f"{name}.txt")
    data = check_record(x.record, x.document)
    assert data["status"] == "ok", data["errors"]
    assert x.document is not None and "\x00" not in x.document.text
    assert normalized(values(data)) == normalized(seed_gold())
    if name != "cp1252-curly-quotes":  # there only the quote characters differ
        assert values(data) == seed_values
