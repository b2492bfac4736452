"""Extraction: from a parsed document to scored candidates, per warrant instrument.

`extract_candidates(document)` finds each warrant instrument the document sets out
(`instrument.py`) and runs every registered recognizer over it in dependency order
(`recognizer.ordered()`); each returns candidates with spans, scores, typed flags and rule
ids, and the best candidate per field is chosen as it goes (a later recognizer may read an
earlier field's choice). Validation across fields is the next stage (`warrant_terms.validate`),
then `to_warrant` turns the choices into the record's `Warrant` with evidence.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from warrant_terms.extract.candidate import Candidate, Flag, best
from warrant_terms.extract.context import Context
from warrant_terms.extract.instrument import Instrument, find_instruments, separate_forms
from warrant_terms.extract.kinds import find_kinds, own_right
from warrant_terms.extract.recognizer import Chosen, ordered
from warrant_terms.parse.document import Document
from warrant_terms.schema import UNSTATED_DEFAULTS, Evidence, Term, Warrant

# A value the instrument states elsewhere (a filled-in cover page or exercise form) beats a
# blank where the two disagree, if it is at least this sure.
STATED_OVER_BLANK = 0.4


@dataclass
class InstrumentCandidates:
    """One instrument: its context, every candidate per field and the choice per field."""

    ctx: Context
    instrument: Instrument
    found: dict[str, list[Candidate]] = field(default_factory=dict)
    chosen: dict[str, Candidate | None] = field(default_factory=dict)


def pick(cands: list[Candidate]) -> Candidate | None:
    """The best candidate. A blank ("$____ per share") is a reading too, and beats a weaker
    guess; but a value the instrument states elsewhere beats a blank."""
    chosen = best(cands)
    if chosen is not None and chosen.value is None and Flag.BLANK in chosen.flags:
        stated = best([c for c in cands if c.value is not None and c.score >= STATED_OVER_BLANK])
        if stated is not None:
            return stated
    return chosen


def extract_instrument(
    ctx: Context, instrument: Instrument, shared: InstrumentCandidates | None = None
) -> InstrumentCandidates:
    """Run the recognizers over one instrument. With `shared` (the main kind of the same
    region), only the `per_kind` recognizers run; the rest take the main kind's choices."""
    out = InstrumentCandidates(ctx, instrument)
    earlier = Chosen(out.chosen, out.found)
    for recognizer in ordered():
        if shared is not None and not recognizer.per_kind:
            for name in recognizer.fields:
                out.found[name] = shared.found.get(name, [])
                out.chosen[name] = shared.chosen.get(name)
            continue
        cands = recognizer.propose(ctx, earlier)
        for name in recognizer.fields:
            out.found[name] = [c for c in cands if c.field == name]
            out.chosen[name] = pick(out.found[name])
    return out


def extract_candidates(doc: Document) -> list[InstrumentCandidates]:
    """Every warrant instrument the document sets out (the main one first), with candidates:
    each region found by `find_instruments`, and within a region each kind of warrant it
    sets out (Public and Private Placement Warrants; Series A and Series B)."""
    out: list[InstrumentCandidates] = []
    for ins in find_instruments(doc):
        ctx = Context(doc, ins.start, ins.end, grant=ins.grant, title=ins.title)
        kinds = find_kinds(doc.text, ins.start, ins.end)
        if not kinds:
            out.append(extract_instrument(ctx, ins))
            continue
        separate = separate_forms(doc.text, ins, kinds)
        if separate:
            # "(I) … THIS COMMON WARRANT … (this “Common Warrant”) certifies … (II) PRE-FUNDED
            # WARRANT … THIS PRE-FUNDED WARRANT … (this “Pre-Funded Warrant”) certifies …": each
            # complete form is read on its own, its clauses its own
            for kind, (start, end), title in separate:
                own = Context(doc, start, end, title=title)
                own.kind, own.kind_like, own.kind_form = kind.name, kind.like, kind.form
                own.grant = own.sentence_at(kind.start)
                out.append(extract_instrument(own, ins))
            continue
        ctx.kind, ctx.kind_like, ctx.kind_block = kinds[0].name, kinds[0].like, kinds[0].block
        ctx.kind_form = kinds[0].form
        ctx.grant = _own_grant(ctx, kinds[0].name) or ctx.grant
        main = extract_instrument(ctx, ins)
        out.append(main)
        for kind in kinds[1:]:
            # A shallow copy keeps the region's computed sections, terms and cues.
            other = copy.copy(ctx)
            other.kind, other.kind_like, other.kind_block = kind.name, kind.like, kind.block
            other.kind_form = kind.form
            if kind.form is not None:
                # Its own form's operative sentence grants it: "THIS COMMON STOCK PURCHASE
                # WARRANT (the “Common Warrant”) certifies that … up to 2,996,154 shares".
                other.grant = other.sentence_at(kind.start)
            else:
                other.grant = _own_grant(other, kind.name) or other.grant
            out.append(extract_instrument(other, ins, shared=main))
    return out


def _own_grant(ctx: Context, kind: str) -> tuple[int, int] | None:
    """The sentence that gives a kind its own right: "WHEREAS, each Class B Unit Warrant entitles
    the holder to purchase one share of Common Stock at the price of $.875 per share …"."""
    m = own_right(kind).search(ctx.text, ctx.start, ctx.end)
    return ctx.sentence_at(m.start()) if m is not None else None


def _term(ctx: Context, name: str, chosen: Candidate | None) -> Term[Any]:
    if chosen is None or chosen.value is None:
        default = UNSTATED_DEFAULTS.get(name)
        return Term(value=default) if default is not None else Term()
    evidence = []
    for sp in chosen.spans:
        section = ctx.section_of(sp.start)
        evidence.append(
            Evidence(
                start=sp.start,
                end=sp.end,
                page=ctx.doc.page_of(sp.start),
                text=ctx.doc.text[sp.start : sp.end],
                section=section.label if section and section.label else (section.kind if section else None),
            )
        )
    return Term(value=chosen.value, evidence=evidence, confidence=round(chosen.score, 3), rule=chosen.rule)


def to_warrant(ctx: Context, chosen: dict[str, Candidate | None]) -> Warrant:
    """The record's warrant: each chosen value with its evidence (pages, sections, slices)."""
    names = Warrant.model_fields
    return Warrant(**{name: _term(ctx, name, chosen.get(name)) for name in names})


__all__ = [
    "Candidate",
    "InstrumentCandidates",
    "extract_candidates",
    "extract_instrument",
    "pick",
    "to_warrant",
]
