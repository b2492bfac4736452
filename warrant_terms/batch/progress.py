"""Progress on standard error: a tqdm bar on a terminal, plain periodic lines otherwise."""

from __future__ import annotations

import sys
import time
from typing import TextIO

# How often the plain (non-terminal) reporter writes a line.
PLAIN_INTERVAL = 10.0


def _duration(seconds: float) -> str:
    """
    >>> _duration(75), _duration(3725)
    ('1m15s', '1h02m')
    """
    seconds = int(seconds)
    if seconds >= 3600:
        return f"{seconds // 3600}h{seconds % 3600 // 60:02d}m"
    return f"{seconds // 60}m{seconds % 60:02d}s"


class Progress:
    """Counts files and documents done and errors; shows rate and ETA."""

    def __init__(self, total_files: int, *, enabled: bool = True,
                 stream: TextIO | None = None, interval: float = PLAIN_INTERVAL) -> None:
        self.stream = stream or sys.stderr
        self.total = total_files
        self.files = self.documents = self.errors = 0
        self.start = time.monotonic()
        self.enabled = enabled and total_files > 0
        self.interval = interval
        self._last_line = self.start
        self._bar = None
        if self.enabled and self.stream.isatty():
            from tqdm import tqdm  # type: ignore[import-untyped]

            self._bar = tqdm(total=total_files, unit="file", file=self.stream,
                             dynamic_ncols=True, smoothing=0.1)

    def _rate(self) -> float:
        elapsed = time.monotonic() - self.start
        return self.documents / elapsed if elapsed > 0 else 0.0

    def line(self) -> str:
        elapsed = time.monotonic() - self.start
        per_file = elapsed / self.files if self.files else 0.0
        eta = _duration(per_file * (self.total - self.files)) if self.files else "?"
        return (f"batch: {self.files}/{self.total} files, {self.documents} documents "
                f"({self._rate():.1f} docs/s), {self.errors} errors, ETA {eta}")

    def update(self, documents: int, errors: int) -> None:
        self.files += 1
        self.documents += documents
        self.errors += errors
        if not self.enabled:
            return
        if self._bar is not None:
            self._bar.set_postfix(docs=self.documents, docs_s=f"{self._rate():.1f}",
                                  errors=self.errors, refresh=False)
            self._bar.update(1)
            return
        now = time.monotonic()
        if now - self._last_line >= self.interval or self.files == self.total:
            self._last_line = now
            print(self.line(), file=self.stream, flush=True)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
