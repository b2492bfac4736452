"""Which files a batch reads: folders (recursive), globs, files, and `--from-list` files."""

from __future__ import annotations

import glob
import logging
import os
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

log = logging.getLogger(__name__)

_GLOB_CHARS = frozenset("*?[")


def read_list(list_file: Path) -> list[str]:
    """Paths in a list file: one per line; blank lines and `#` comments skipped.

    Read as bytes: a line is a file name, and file names need not be UTF-8 (each becomes
    the str Python uses for that name, as `os.fsdecode` gives).
    """
    entries = []
    for line in list_file.read_bytes().splitlines():
        entry = os.fsdecode(line.strip())
        if entry and not entry.startswith("#"):
            entries.append(entry)
    return entries


def _expand_globs(raw: Iterable[str]) -> Iterator[str]:
    for entry in raw:
        if _GLOB_CHARS.intersection(entry) and not Path(entry).exists():
            matches = sorted(glob.glob(entry, recursive=True))
            if not matches:
                log.warning("%s matches no file", entry)
            yield from matches
        else:
            yield entry


def expand_inputs(inputs: Sequence[str], from_lists: Sequence[Path] = ()) -> list[Path]:
    """Every file to read, in order, each once (a path named twice is read once)."""
    from warrant_terms.parse.files import iter_inputs

    raw = list(inputs)
    for list_file in from_lists:
        raw.extend(read_list(list_file))
    seen: set[str] = set()
    out: list[Path] = []
    for path in iter_inputs(list(_expand_globs(raw))):
        key = str(path)
        if key not in seen:
            seen.add(key)
            out.append(path)
    return out
