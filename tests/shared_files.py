"""The test suite's one door to files kept outside the repository.

The real SEC exhibits and the seed's gold labels live in the shared folder (`../shared`
beside the checkout, or where `WARRANT_TERMS_SHARED` points; see
`warrant_terms.evaluate.shared`). A clone without it still runs every other test: a test
that needs a shared file asks for it here and is skipped, with the one reason below, when
the folder is absent. `conftest.py` counts those skips in the run's summary.

The seed exhibit itself ships with the repository (`corpus/examples/`, for `make demo`), so
tests that only need its text read that copy.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from warrant_terms.evaluate.core import ManifestEntry
from warrant_terms.evaluate.shared import MANIFEST_PREFIX, SHARED_ENV, shared_dir, shared_root

ROOT = Path(__file__).resolve().parents[1]
SHARED = shared_dir()
REASON = (
    f"needs the shared real documents and gold labels, absent here: {shared_root()} is not "
    f"a folder (put `shared/` beside the checkout or set {SHARED_ENV})"
)
needs_shared = pytest.mark.skipif(SHARED is None, reason=REASON)

SEED_NAME = "juniper-networks-warrant-ex4.2"
SEED = ROOT / "corpus" / "examples" / f"{SEED_NAME}.txt"


def shared_file(*parts: str) -> Path:
    """A path in the shared folder; skips the calling test when the folder is absent."""
    if SHARED is None:
        pytest.skip(REASON)
    return SHARED.joinpath(*parts)


def seed_gold_path() -> Path:
    return shared_file("seeds", f"{SEED_NAME}.gold.json")


def corpus_found() -> Path:
    """The real exhibits (`corpus-found/`)."""
    return shared_file("corpus-found")


def corpus_found_files(*names: str) -> list[Path]:
    """Files of `corpus-found/` (the named ones, or all documents) for parametrizing; an empty
    list when the folder is absent (see `shared_params`)."""
    if SHARED is None:
        return []
    folder = SHARED / "corpus-found"
    if names:
        return [folder / n for n in names]
    return sorted(
        p for p in folder.glob("*") if p.is_file() and p.name not in ("README.md", "SOURCES.tsv")
    )


def shared_params(values: list[object]) -> list[object]:
    """Parameters drawn from the shared folder, or one skipped placeholder when it is absent
    (an empty parameter list would be skipped with pytest's own, less useful, reason)."""
    if SHARED is None:
        return [pytest.param(None, marks=needs_shared, id="shared-absent")]
    return values


def manifest_params(entries: Sequence[ManifestEntry]) -> list[object]:
    """Manifest entries as parameters (id: the entry's id); those read from the shared folder
    are skipped when it is absent."""
    return [
        pytest.param(e, id=e.id, marks=needs_shared if e.path.startswith(MANIFEST_PREFIX) else ())
        for e in entries
    ]
