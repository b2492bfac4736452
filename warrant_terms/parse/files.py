"""The files a command reads: paths named, and the files under folders named."""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from pathlib import Path


def iter_inputs(paths: Sequence[str]) -> Iterator[Path]:
    """Files named, and files under folders named (recursively, sorted, no symlink loops)."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            seen: set[tuple[int, int]] = set()
            for root, dirs, files in os.walk(path, followlinks=False):
                try:
                    st = os.stat(root)
                except OSError:
                    continue
                if (st.st_dev, st.st_ino) in seen:
                    dirs[:] = []
                    continue
                seen.add((st.st_dev, st.st_ino))
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith("."):
                        yield Path(root) / name
        else:
            yield path
