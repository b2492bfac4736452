"""Fuzz benchmark: thousands of mutated documents through parse + extract, none may escape.

Each document is made from its index and `--seed` alone (so any failure can be replayed with
`--only INDEX`): a real exhibit (the seed and ../shared/corpus-found) mutated by deletions,
duplications, random bytes, overwrites, truncation, splices of another exhibit and long runs
of one unit (digits, spaces, dots, a word); or random legal-ish text; or random bytes behind
a PDF/HTML/EDGAR prefix; or the seed as a PDF with its bytes mutated. About one document in
twelve is a hostile input of another kind (`make_hostile`): an exhibit saved under a random
file name that is not UTF-8 and read from disk through the pipeline, or an EDGAR submission
whose header values are wrong (impossible dates, letters in the CIK, control bytes, huge
lines, bytes that are not UTF-8).

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
        limits = Limits(max_seconds=None)  # the parent's hard limit stands in for the alarm
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
