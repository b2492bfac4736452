"""Fuzz benchmark: thousands of mutated documents through parse + extract, none may escape.

Each document is made from its index and `--seed` alone (so any failure can be replayed with
`--only INDEX`): a real exhibit (the seed and ../shared/corpus-found) mutated by deletions,
duplications, random bytes, overwrites, truncation, splices of another exhibit and long runs
of one unit (digits, spaces, dots, a word); or random legal-ish text; or random bytes behind
a PDF/HTML/EDGAR prefix; or the seed as a PDF with its bytes mutated; or the seed as a PDF
with structural defects (object cycles, stream lengths by reference, broken xref chains),
read with either PDF engine. About one document in twelve is a hostile input of another
kind (`make_hostile`): an exhibit saved under a random file name that is not UTF-8 and read
from disk through the pipeline, or an EDGAR submission whose header values are wrong
(impossible dates, letters in the CIK, control bytes, huge lines, bytes that are not UTF-8).

Documents run in a pool of worker processes. Each worker calls the parse layer and
`extract_document` directly, without the pipeline's fault barrier, so any exception counts;
it checks every record against the JSON Schema and every evidence span against the text.
The parent kills a worker whose document runs past `--time-limit` and records a timeout.

It is a script, not a test:  python benchmarks/fuzz_extract.py --docs 10000
Exit status 1 when any document raised, timed out, or broke the schema or a span.
"""

from __future__ import annotations

import argparse
import json
import logging
import multiprocessing as mp
import os
import random
import re
import statistics
import sys
import time
import traceback
from collections import Counter
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any

from warrant_terms.parse import Document, Limits, load_bytes
from warrant_terms.pipeline import extract_document

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"

WORDS = (
    "Warrant", "WARRANT", "Holder", "Company", "shares", "Common Stock", "Exercise Price", "$",
    "1,000", "2.40", "(", ")", "\u201c", "\u201d", '"', ".", ",", ";", "\n", "\n\n", "Section 4.2",
    "EXHIBIT A", "certifies that", "is entitled to purchase", "Delaware", "December 15, 2003",
    "per share", "Inc.", "Expiration Date", "<p>", "</p>", "<div>", "# ", "**", "|", "\f",
    "\x00", "-", "_____", "...", "1.", "(a)", "one hundred", "governed by the laws of",
)  # fmt: skip
RUN_UNITS = ("1", "0", " ", ".", ". ", "-", "_", "$1,", "the ", "warrant ", "Section 1. ", '"')
PREFIXES = (b"", b"%PDF-1.4\n", b"<html><body>", b"<DOCUMENT>\n<TYPE>EX-4.1\n<TEXT>\n")


# --- making documents ---------------------------------------------------------------------


def load_bases() -> list[tuple[str, bytes]]:
    bases = []
    seed = SHARED / "seeds" / "juniper-networks-warrant-ex4.2.txt"
    if seed.is_file():
        bases.append((seed.name, seed.read_bytes()))
    corpus = SHARED / "corpus-found"
    if corpus.is_dir():
        for p in sorted(corpus.iterdir()):
            if p.suffix in (".txt", ".md", ".htm", ".html"):
                bases.append((p.name, p.read_bytes()))
    if not bases:
        sys.exit(f"no exhibits found under {SHARED}")
    return bases


def seed_pdf() -> bytes | None:
    """The seed as a text-layer PDF (fpdf2, a dev dependency); None without it."""
    try:
        from fpdf import FPDF
    except ImportError:
        return None
    pdf = FPDF(unit="pt", format="letter")
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    text = (SHARED / "seeds" / "juniper-networks-warrant-ex4.2.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        if pdf.get_y() > 720:
            pdf.add_page()
        pdf.cell(
            0,
            12,
            line.encode("latin-1", "replace").decode("latin-1"),
            new_x="LMARGIN",
            new_y="NEXT",
        )
    return bytes(pdf.output())


def mutate(rng: random.Random, data: bytes, other: bytes) -> bytes:
    for _ in range(rng.randint(1, 6)):
        kind = rng.choice(
            ("delete", "duplicate", "insert", "overwrite", "truncate", "splice", "run")
        )
        at = rng.randrange(len(data) + 1)
        n = max(1, int(rng.random() * 0.2 * max(1, len(data))))
        if kind == "delete":
            data = data[:at] + data[at + n :]
        elif kind == "duplicate":
            data = data[: at + n] + data[at : at + n] * rng.randint(1, 3) + data[at + n :]
        elif kind == "insert":
            data = data[:at] + rng.randbytes(rng.randint(1, 64)) + data[at:]
        elif kind == "overwrite":
            payload = rng.randbytes(rng.randint(1, 64))
            data = data[:at] + payload + data[at + len(payload) :]
        elif kind == "truncate":
            data = data[:at]
        elif kind == "splice":
            o = rng.randrange(len(other) + 1)
            data = data[:at] + other[o : o + n] + data[at:]
        else:
            unit = rng.choice(RUN_UNITS).encode()
            data = data[:at] + unit * rng.randint(100, 50_000) + data[at:]
    return data


# --- structural PDF defects: what makes PDF libraries loop rather than raise --------------

_OBJ = re.compile(rb"(?m)^(\d+) 0 obj\b")
_STARTXREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")
_ROOT = re.compile(rb"/Root\s+(\d+)\s+0\s+R")
_LENGTH = re.compile(rb"/Length\s+\d+")
PDF_ENGINES = ("pdfium", "pdfplumber")


def _objects(pdf: bytes) -> dict[int, bytes]:
    """Object number -> body (between `obj` and `endobj`) of an uncompressed PDF."""
    out = {}
    for m in _OBJ.finditer(pdf):
        end = pdf.find(b"endobj", m.end())
        if end > 0:
            out[int(m[1])] = pdf[m.end() : end].strip()
    return out


def _update(pdf: bytes, objects: dict[int, bytes], prev: int | None = None) -> bytes:
    """`pdf` with an incremental update that (re)defines `objects`; its trailer's /Prev is
    the last xref section unless `prev` says otherwise (-1: this update's own xref)."""
    old = _STARTXREF.search(pdf)
    root = _ROOT.search(pdf)
    out = bytearray(pdf if pdf.endswith(b"\n") else pdf + b"\n")
    offsets = {}
    for number, body in sorted(objects.items()):
        offsets[number] = len(out)
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 1\n0000000000 65535 f \n"
    for number, offset in sorted(offsets.items()):
        out += b"%d 1\n%010d 00000 n \n" % (number, offset)
    size = max([*_objects(pdf), *objects]) + 1
    back = xref if prev == -1 else prev if prev is not None else int(old[1]) if old else 0
    # /Prev at a fixed width, so that a later edit of it moves no offset after it.
    out += b"trailer\n<< /Size %d /Root %s 0 R /Prev %010d >>\nstartxref\n%d\n%%%%EOF\n" % (
        size, root[1] if root else b"1", back, xref)
    return bytes(out)


def pdf_object_cycle(rng: random.Random, pdf: bytes) -> bytes:
    """An object (the page tree, a page, a font or a content stream) redefined as a
    reference to a new object that refers back to it, or to itself."""
    objects = _objects(pdf)
    target = rng.choice(sorted(objects))
    loop = max(objects) + 1
    if rng.random() < 0.5:
        return _update(pdf, {target: b"%d 0 R" % loop, loop: b"%d 0 R" % target})
    return _update(pdf, {target: b"%d 0 R" % target})


def pdf_length_by_reference(rng: random.Random, pdf: bytes) -> bytes:
    """A content stream's /Length given as a reference: to the right number, a wrong one,
    an object that refers to itself, or no object at all."""
    objects = _objects(pdf)
    streams = [n for n, body in objects.items() if b"stream" in body and _LENGTH.search(body)]
    if not streams:
        return pdf
    target, length = rng.choice(streams), max(objects) + 1
    body = _LENGTH.sub(b"/Length %d 0 R" % length, objects[target], count=1)
    data_len = len(body.split(b"stream", 1)[1].rsplit(b"endstream", 1)[0].strip(b"\r\n"))
    value = rng.choice([b"%d" % data_len, b"%d" % rng.randrange(10**7), b"%d 0 R" % length,
                        None])
    return _update(pdf, {target: body, **({length: value} if value is not None else {})})


def pdf_broken_xref_chain(rng: random.Random, pdf: bytes) -> bytes:
    """Incremental updates whose /Prev points at themselves, at each other, into the middle
    of the file or past its end."""
    objects = _objects(pdf)
    number = rng.choice(sorted(objects))
    kind = rng.choice(("self", "pair", "middle", "beyond"))
    if kind == "self":
        return _update(pdf, {number: objects[number]}, prev=-1)
    if kind == "middle":
        return _update(pdf, {number: objects[number]}, prev=rng.randrange(len(pdf)))
    if kind == "beyond":
        return _update(pdf, {number: objects[number]}, prev=len(pdf) * 2 + 17)
    first = _update(pdf, {number: objects[number]})
    first_xref = int(_STARTXREF.search(first)[1])  # type: ignore[index]
    second = _update(first, {number: objects[number]})
    second_xref = int(_STARTXREF.search(second)[1])  # type: ignore[index]
    # The first update's /Prev now points at the second: a chain that goes round.
    prev = b"/Prev %010d" % int(_STARTXREF.search(pdf)[1])  # type: ignore[index]
    middle = second[first_xref:second_xref].replace(prev, b"/Prev %010d" % second_xref, 1)
    return second[:first_xref] + middle + second[second_xref:]


PDF_STRUCTURE_MUTATIONS = (pdf_object_cycle, pdf_length_by_reference, pdf_broken_xref_chain)


def mutate_pdf_structure(rng: random.Random, pdf: bytes) -> tuple[str, bytes]:
    """One or two structural defects, and the engine to read the result with."""
    for _ in range(rng.randint(1, 2)):
        pdf = rng.choice(PDF_STRUCTURE_MUTATIONS)(rng, pdf)
    return rng.choice(PDF_ENGINES), pdf


def engine_of(kind: str) -> str | None:
    """The PDF engine a document kind is read with (None: the default)."""
    return kind.rsplit(":", 1)[1] if kind.startswith("pdf_structure:") else None


def make_document(
    index: int, seed: int, bases: list[tuple[str, bytes]], pdf: bytes | None
) -> tuple[str, str, bytes]:
    """(kind, name, bytes) of document `index`: the same every time for the same seed."""
    hostile = make_hostile(index, seed, bases)
    if hostile is not None:
        return hostile
    rng = random.Random(seed * 1_000_003 + index)
    roll = rng.random()
    if roll < 0.05 and pdf is not None:
        return "pdf", "seed.pdf", mutate(rng, pdf, pdf)
    if roll < 0.08 and pdf is not None:
        engine, data = mutate_pdf_structure(rng, pdf)
        return f"pdf_structure:{engine}", "seed.pdf", data
    if roll < 0.15:
        words = [rng.choice(WORDS) for _ in range(rng.randint(0, 3000))]
        return "random_text", "random.txt", " ".join(words).encode("utf-8")
    if roll < 0.22:
        data = rng.choice(PREFIXES) + rng.randbytes(rng.randint(0, 20_000))
        return "random_bytes", "random.bin", data
    name, data = rng.choice(bases)
    return "mutated", name, mutate(rng, data, rng.choice(bases)[1])


# --- hostile names and headers ---------------------------------------------------------------

# Share of documents made by `make_hostile`, drawn from a generator of its own so that every
# other document is the same as before these kinds were added.
HOSTILE_SHARE = 0.08
HEADER_LABELS = (
    "ACCESSION NUMBER", "CONFORMED SUBMISSION TYPE", "FILED AS OF DATE",
    "COMPANY CONFORMED NAME", "CENTRAL INDEX KEY",
)  # fmt: skip


def make_hostile(
    index: int, seed: int, bases: list[tuple[str, bytes]]
) -> tuple[str, str, bytes] | None:
    """A non-UTF-8 file name or a hostile EDGAR header for some indices; None for the rest."""
    rng = random.Random(seed * 7_000_003 + index)
    roll = rng.random()
    if roll >= HOSTILE_SHARE:
        return None
    data = rng.choice(bases)[1]
    if rng.random() < 0.5:
        data = mutate(rng, data, rng.choice(bases)[1])
    if roll < HOSTILE_SHARE / 2:
        return "odd_name", odd_name(rng), data
    return "edgar_header", "submission.txt", hostile_submission(rng, data)


def odd_name(rng: random.Random) -> str:
    """A file name of random bytes (never "/" or NUL), as Python hands such a name over."""
    length = rng.choice((1, 8, 40, 120, 250))
    raw = bytes(rng.choice([b for b in range(1, 256) if b != 0x2F]) for _ in range(length))
    if raw in (b".", b".."):
        raw = b"x" + raw
    return os.fsdecode(raw)


def hostile_value(rng: random.Random) -> bytes:
    return rng.choice(
        (
            b"20200230", b"20201301", b"00000000", b"99999999999999999999", b"2020-02-30",
            b"yesterday", b"", b"\xff\xfe\x00\x01", b"=cmd|' /C calc'!A0", b"<script>x</script>",
            b"0001043604\x00\x1b[31m", rng.randbytes(rng.randint(1, 40)),
            b"A" * rng.choice((300, 5000, 200_000)), str(rng.randint(-10**30, 10**30)).encode(),
        )
    )  # fmt: skip


def hostile_submission(rng: random.Random, body: bytes) -> bytes:
    """`body` as one document of a submission whose header values are hostile."""
    lines = [b"<SEC-DOCUMENT>0000950123-00-000123.txt : 20000105", b"<SEC-HEADER>"]
    for label in HEADER_LABELS:
        for _ in range(rng.choice((0, 1, 1, 1, 2))):  # missing, once, or twice
            value = hostile_value(rng) if rng.random() < 0.7 else b"20000105"
            lines.append(label.encode() + b":" + rng.choice((b"\t\t", b" ", b"")) + value)
    if rng.random() < 0.8:
        lines.append(b"</SEC-HEADER>")
    lines += [b"<DOCUMENT>", b"<TYPE>EX-4.1", b"<SEQUENCE>1", b"<FILENAME>ex.txt", b"<TEXT>"]
    return b"\n".join(lines) + b"\n" + body + b"\n</TEXT>\n</DOCUMENT>\n"


def check_hostile(index: int, kind: str, name: str, data: bytes, validator: Any) -> Outcome:
    """Through the pipeline's record builders, error records included (an odd name is written
    to disk and read back, as the CLI reads it): every record must serialize and validate,
    show the path as `printable` spells it, and no document may be an `internal_error`."""
    import tempfile

    from warrant_terms.pipeline import extract_items, extract_path
    from warrant_terms.schema.safetext import printable

    out = Outcome(index, kind)
    start = time.perf_counter()
    limits = Limits(max_seconds=None)
    try:
        with tempfile.TemporaryDirectory(prefix="fuzz-hostile-") as tmp:
            if kind == "odd_name":
                path = Path(tmp) / name
                path.write_bytes(data)
                shown = printable(str(path))
                extractions = extract_path(path, limits)
            else:
                shown = name
                extractions = extract_items(load_bytes(data, name, limits), name, limits)
            for x in extractions:
                record = x.record
                out.statuses.append(
                    record.status if not record.errors else f"error:{record.errors[0].code}"
                )
                payload = json.loads(record.model_dump_json())
                if record.source.path != shown:
                    out.violations.append(f"path shown as {record.source.path[-40:]!r}")
                if any(e.code == "internal_error" for e in record.errors):
                    out.violations.append(f"internal_error: {record.errors[0].message[:120]}")
                if validator is not None:
                    out.violations += [
                        f"schema: {e.message[:200]}" for e in validator.iter_errors(payload)
                    ]
                out.violations += _span_breaks(x.document, record)
    except Exception as exc:  # noqa: BLE001 - counting what escapes is the point
        frame = traceback.extract_tb(exc.__traceback__)[-1]
        out.exception = f"{type(exc).__name__}: {str(exc)[:200]} at {frame.filename}:{frame.lineno}"
    out.seconds = time.perf_counter() - start
    return out


def _span_breaks(document: Document | None, record: Any) -> list[str]:
    if document is None:
        return []
    return [
        f"span: {fname} {ev.start}-{ev.end}"
        for warrant in record.warrants
        for fname in type(warrant).model_fields
        for ev in getattr(warrant, fname).evidence
        if document.text[ev.start : ev.end] != ev.text
    ]


# --- checking one document ------------------------------------------------------------------


@dataclass
class Outcome:
    index: int
    kind: str
    seconds: float = 0.0
    statuses: list[str] = field(default_factory=list)
    exception: str | None = None  # type, message and the innermost frame
    violations: list[str] = field(default_factory=list)  # schema or span failures


def _schema_validator() -> Any:
    try:
        import jsonschema
    except ImportError:
        return None
    from warrant_terms.schema import json_schema

    schema = json_schema()
    return jsonschema.validators.validator_for(schema)(schema)


def check(
    index: int, seed: int, bases: list[tuple[str, bytes]], pdf: bytes | None, validator: Any
) -> Outcome:
    kind, name, data = make_document(index, seed, bases, pdf)
    if kind in ("odd_name", "edgar_header"):
        return check_hostile(index, kind, name, data, validator)
    out = Outcome(index, kind)
    start = time.perf_counter()
    try:
        # The parent's hard limit stands in for the alarm.
        limits = Limits(max_seconds=None, **({"pdf_engine": e} if (e := engine_of(kind)) else {}))
        for item in load_bytes(data, name, limits):
            if not isinstance(item, Document):
                out.statuses.append(f"error:{item.code}")
                continue
            if len(item.text) > limits.max_text_chars:  # as the pipeline does
                out.statuses.append("error:too_large")
                continue
            record = extract_document(item, name).record
            out.statuses.append(record.status)
            payload = json.loads(record.model_dump_json())  # must serialize, schema or not
            if validator is not None:
                out.violations += [
                    f"schema: {e.message[:200]}" for e in validator.iter_errors(payload)
                ]
            for warrant in record.warrants:
                for fname in type(warrant).model_fields:
                    for ev in getattr(warrant, fname).evidence:
                        if item.text[ev.start : ev.end] != ev.text:
                            out.violations.append(f"span: {fname} {ev.start}-{ev.end}")
    except Exception as exc:  # noqa: BLE001 - counting what escapes is the point
        frame = traceback.extract_tb(exc.__traceback__)[-1]
        out.exception = f"{type(exc).__name__}: {str(exc)[:200]} at {frame.filename}:{frame.lineno}"
    out.seconds = time.perf_counter() - start
    return out


# --- the pool -------------------------------------------------------------------------------


def worker(conn: Connection, seed: int, bases: list[tuple[str, bytes]], pdf: bytes | None) -> None:
    # pdfminer logs a warning for every damaged stream it meets: noise at this volume.
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    validator = _schema_validator()
    while True:
        index = conn.recv()
        if index is None:
            return
        conn.send(check(index, seed, bases, pdf, validator))


@dataclass
class Slot:
    process: Any
    conn: Connection
    index: int | None = None
    deadline: float = 0.0


def run(indices: list[int], seed: int, workers: int, limit: float) -> list[Outcome]:
    bases = load_bases()
    pdf = seed_pdf()
    # Warm up in the parent before forking: the spaCy pipeline and rule files are built once
    # and every worker (and every replacement of a killed one) inherits them.
    for item in load_bytes(bases[0][1], bases[0][0]):
        if isinstance(item, Document):
            extract_document(item)
    ctx = mp.get_context("fork")

    def spawn() -> Slot:
        parent, child = ctx.Pipe()
        proc = ctx.Process(target=worker, args=(child, seed, bases, pdf), daemon=True)
        proc.start()
        child.close()
        return Slot(proc, parent)

    slots = [spawn() for _ in range(workers)]
    todo = list(reversed(indices))
    results: list[Outcome] = []
    started = time.perf_counter()
    next_report = 1000
    while todo or any(s.index is not None for s in slots):
        for s in slots:
            if s.index is None and todo:
                s.index = todo.pop()
                s.deadline = time.monotonic() + limit
                s.conn.send(s.index)
        busy = [s for s in slots if s.index is not None]
        timeout = max(0.0, min(s.deadline for s in busy) - time.monotonic())
        ready = wait([s.conn for s in busy], timeout=timeout)
        for s in busy:
            if s.conn in ready:
                try:
                    results.append(s.conn.recv())
                except EOFError:  # the worker died (a crash in C code, the OOM killer)
                    results.append(
                        Outcome(
                            s.index or 0, "?", limit, [], "worker_crashed: the worker process died"
                        )
                    )
                    s.process.join()
                    slots[slots.index(s)] = spawn()
                    continue
                s.index = None
            elif time.monotonic() >= s.deadline:
                results.append(Outcome(s.index or 0, "?", limit, ["timeout"]))
                s.process.kill()
                s.process.join()
                slots[slots.index(s)] = spawn()
        if len(results) >= next_report:
            rate = len(results) / (time.perf_counter() - started)
            print(f"  {len(results)} documents, {rate:.1f}/s", file=sys.stderr, flush=True)
            next_report += 1000
    for s in slots:
        s.conn.send(None)
        s.process.join(timeout=5)
    return sorted(results, key=lambda o: o.index)


def report(results: list[Outcome], wall: float, limit: float) -> int:
    timeouts = [o for o in results if "timeout" in o.statuses]
    raised = [o for o in results if o.exception]
    broken = [o for o in results if o.violations]
    times = sorted(o.seconds for o in results if "timeout" not in o.statuses)
    statuses = Counter(s for o in results for s in o.statuses)
    kinds = Counter(o.kind for o in results)
    kinds_text = ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
    statuses_text = ", ".join(f"{k} {v}" for k, v in statuses.most_common())
    print(f"documents:          {len(results)}  ({kinds_text})")
    print(f"records:            {sum(statuses.values())}  ({statuses_text})")
    print(f"escaped exceptions: {len(raised)}")
    print(f"timeouts (> {limit:g} s): {len(timeouts)}")
    print(f"schema/span breaks: {len(broken)}")
    if times:
        p99 = times[min(len(times) - 1, int(len(times) * 0.99))]
        print(
            f"seconds/document:   max {times[-1]:.2f}, mean {statistics.fmean(times):.3f}, "
            f"median {statistics.median(times):.3f}, p99 {p99:.2f}"
        )
    slowest = sorted((o for o in results if o.seconds), key=lambda o: -o.seconds)[:3]
    print(
        "slowest:            "
        + ", ".join(f"#{o.index} {o.kind} {o.seconds:.2f} s" for o in slowest)
    )
    print(f"wall time:          {wall:.0f} s")
    for o in (raised + broken + timeouts)[:20]:
        print(f"  #{o.index} {o.kind}: {o.exception or o.violations[:2] or 'timeout'}")
    return 1 if raised or broken or timeouts else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    parser.add_argument(
        "--time-limit",
        type=float,
        default=30.0,
        metavar="SECONDS",
        help="per document; past it the worker is killed (default 30)",
    )
    parser.add_argument(
        "--only",
        type=int,
        action="append",
        metavar="INDEX",
        help="replay these document indices only",
    )
    args = parser.parse_args(argv)
    indices = args.only or list(range(args.docs))
    start = time.perf_counter()
    results = run(indices, args.seed, max(1, args.workers), args.time_limit)
    return report(results, time.perf_counter() - start, args.time_limit)


if __name__ == "__main__":
    sys.exit(main())
