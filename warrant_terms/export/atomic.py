"""Write a file whole or not at all: into a temporary file beside it, then renamed into place.

A rename within one folder is atomic, so a reader sees the previous export or the new one,
never half of one; a write that fails (disk full, a file-size limit, an exception in a
writer) removes its temporary file and leaves the previous export as it was (issue 14.3).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def atomic_path(out: Path) -> Iterator[Path]:
    """A temporary path in `out`'s folder; renamed to `out` when the block ends cleanly."""
    out = Path(out)
    fd, name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent or ".")
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        _keep_mode(out, tmp)
        os.replace(tmp, out)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def _keep_mode(out: Path, tmp: Path) -> None:
    """mkstemp makes the file private (0600); give it the mode a plain open would have."""
    try:
        mode = out.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    os.chmod(tmp, mode)


@contextlib.contextmanager
def atomic_paths(*outs: Path) -> Iterator[list[Path]]:
    """Several files that belong together (the OCF transactions and stakeholders): each is
    written to a temporary file, and all are renamed only when every write succeeded."""
    with contextlib.ExitStack() as stack:
        yield [stack.enter_context(atomic_path(o)) for o in outs]
