"""Recognizers: small registered components, each proposing candidates for a few fields.

A recognizer declares its `name`, the `fields` it proposes, the fields it `requires` (it reads
their chosen candidates) and its `patterns` file under `extract/patterns/`. Subclassing
`Recognizer` registers it; extraction runs every registered recognizer in dependency order
(`ordered()`), so adding one is a class plus a data file, with nothing else to wire. Modules
under `extract/recognizers/` are imported on first use.
"""

from __future__ import annotations

import importlib
import pkgutil
from abc import ABC, abstractmethod
from collections.abc import Mapping
from functools import cache
from typing import ClassVar

from warrant_terms.extract.candidate import Candidate
from warrant_terms.extract.context import Context


class Chosen:
    """What earlier recognizers found: the choice per field, and every candidate."""

    def __init__(
        self, chosen: Mapping[str, Candidate | None], found: Mapping[str, list[Candidate]]
    ) -> None:
        self._chosen = chosen
        self._found = found

    def get(self, name: str) -> Candidate | None:
        return self._chosen.get(name)

    def buys_units(self) -> bool:
        """Whether the chosen security is units (a warrant, option or agreement that buys them)."""
        security = self.get("security")
        return security is not None and security.value == "Units"

    def all(self, name: str) -> list[Candidate]:
        """Every candidate for `name`, best first."""
        return sorted(self._found.get(name, []), key=lambda c: (-c.score, c.start))

_REGISTRY: dict[str, type[Recognizer]] = {}


class Recognizer(ABC):
    name: ClassVar[str]
    fields: ClassVar[tuple[str, ...]]
    requires: ClassVar[tuple[str, ...]] = ()
    patterns: ClassVar[str | None] = None
    # Rerun for each further kind of warrant a document sets out (its name, count,
    # redemption); the others' choices are shared by every kind.
    per_kind: ClassVar[bool] = False

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        if getattr(cls, "__abstractmethods__", None):
            return
        if cls.name in _REGISTRY and _REGISTRY[cls.name] is not cls:
            raise ValueError(f"two recognizers named {cls.name!r}")
        _REGISTRY[cls.name] = cls

    @abstractmethod
    def propose(self, ctx: Context, chosen: Chosen) -> list[Candidate]:
        """Candidates for `self.fields` in the instrument `ctx` (chosen: earlier fields)."""


def _load_all() -> None:
    from warrant_terms.extract import recognizers

    for info in pkgutil.iter_modules(recognizers.__path__):
        importlib.import_module(f"{recognizers.__name__}.{info.name}")


@cache
def ordered() -> tuple[Recognizer, ...]:
    """Every registered recognizer, each after those proposing the fields it requires."""
    _load_all()
    producers: dict[str, str] = {}
    for name, cls in _REGISTRY.items():
        for f in cls.fields:
            if f in producers:
                raise ValueError(f"field {f!r} proposed by both {producers[f]} and {name}")
            producers[f] = name
    done: list[str] = []
    visiting: set[str] = set()

    def visit(name: str) -> None:
        if name in done:
            return
        if name in visiting:
            raise ValueError(f"recognizers depend on each other in a cycle at {name}")
        visiting.add(name)
        for f in sorted(_REGISTRY[name].requires):
            if f not in producers:
                raise ValueError(f"{name} requires {f!r}, which no recognizer proposes")
            visit(producers[f])
        visiting.discard(name)
        done.append(name)

    for name in sorted(_REGISTRY):
        visit(name)
    return tuple(_REGISTRY[n]() for n in done)


def registry() -> dict[str, type[Recognizer]]:
    _load_all()
    return dict(_REGISTRY)
