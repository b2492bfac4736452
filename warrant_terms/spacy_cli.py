"""Keep `import spacy` from importing spaCy's own command line.

spaCy's `__init__` imports `spacy.cli.info` for `spacy.info`, and with it the whole `spacy`
command line: typer, weasel, httpx, requests (about 0.3 s of a 1 s `warrant-terms extract`).
The extractor only builds a blank pipeline. `defer()` registers stand-ins for `spacy.cli`
and `spacy.cli.info` before spaCy is first imported; the first use of either (an attribute
of `spacy.cli`, or a call of `spacy.info`) imports the real modules in their place, so
nothing changes for code that does use them. (spaCy merged a lazy import of its CLI once,
explosion/spaCy#12962, but 3.8 imports it eagerly again.)
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import types
from typing import Any

_NAMES = ("spacy.cli.info", "spacy.cli")


class _StandIn(types.ModuleType):
    """A module that becomes the real one on first attribute use."""

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(_real(self.__name__), name)


def _real(name: str) -> types.ModuleType:
    for standing in _NAMES:
        if isinstance(sys.modules.get(standing), _StandIn):
            del sys.modules[standing]
    return importlib.import_module(name)


def _info(*args: Any, **kwargs: Any) -> Any:
    return _real("spacy.cli.info").info(*args, **kwargs)


def defer() -> None:
    """Install the stand-ins, unless spaCy (or its CLI) is already imported or not installed."""
    if "spacy" in sys.modules or "spacy.cli" in sys.modules:
        return
    spec = importlib.util.find_spec("spacy")
    if spec is None or not spec.submodule_search_locations:
        return
    cli = _StandIn("spacy.cli")
    cli.__path__ = [f"{location}/cli" for location in spec.submodule_search_locations]
    info = _StandIn("spacy.cli.info")
    info.info = _info  # type: ignore[attr-defined]
    sys.modules["spacy.cli"] = cli
    sys.modules["spacy.cli.info"] = info
