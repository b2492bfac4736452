"""Where the shared real documents live: `../shared` beside the repository, or elsewhere.

The real SEC exhibits (`corpus-found/`, `real-openings/`), the seed's gold labels (`seeds/`)
and the OCF schemas are read from a folder kept outside the repository. By default it sits
beside the checkout (`../shared`); the environment variable `WARRANT_TERMS_SHARED` names
another place. The manifest records these documents as `../shared/...` paths; `locate`
turns such a path into the file wherever the folder is. Tests, the evaluation and the
benchmarks all ask here, so there is one answer to "is the shared folder present?".
"""

from __future__ import annotations

import os
from pathlib import Path

SHARED_ENV = "WARRANT_TERMS_SHARED"
REPOSITORY = Path(__file__).resolve().parents[2]
# How the manifest writes a path into the shared folder (relative to the repository root).
MANIFEST_PREFIX = "../shared/"


def shared_root() -> Path:
    """The configured shared folder, whether or not it exists."""
    configured = os.environ.get(SHARED_ENV)
    if configured is not None:
        return Path(configured).expanduser()
    return REPOSITORY.parent / "shared"


def shared_dir() -> Path | None:
    """The shared folder, or None when it is absent (a fresh clone, or the variable set to a
    path that is not a folder)."""
    root = shared_root()
    return root if root.is_dir() else None


def locate(root: Path, relative: str) -> Path:
    """A manifest path (relative to the repository `root`) as a file path: `../shared/...`
    is looked up in the configured shared folder."""
    if relative.startswith(MANIFEST_PREFIX):
        return shared_root() / relative[len(MANIFEST_PREFIX) :]
    return root / relative
