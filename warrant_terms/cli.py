"""The `warrant-terms` command line: extract, text, schema, eval, calc, review, batch, export.

JSONL goes to standard output, logs to standard error. `extract` exits 0 whenever every input
gave a record (error records included) and 2 only when the command itself cannot run.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from warrant_terms import __version__, spacy_cli
from warrant_terms.parse.files import iter_inputs
from warrant_terms.parse.result import PDF_ENGINES, Limits

log = logging.getLogger("warrant_terms")

# Sub-commands that live with their feature: command -> the module whose `register(subparsers)`
# adds it. Only the module of the command asked for is imported (all of them for `--help`),
# so `extract` starts without loading the calculator, the store or the evaluation.
FEATURE_COMMANDS: dict[str, str] = {
    "calc": "warrant_terms.calc.cli",
    "review": "warrant_terms.review.cli",
    "batch": "warrant_terms.batch.cli",
    "export": "warrant_terms.batch.cli",
    "eval": "warrant_terms.evaluate.cli",
}
CORE_COMMANDS = ("extract", "text", "schema")


def _limits(args: argparse.Namespace) -> Limits:
    return Limits(pdf_engine=args.pdf_engine) if args.pdf_engine else Limits()


def _cmd_extract(args: argparse.Namespace) -> int:
    from warrant_terms.export.atomic import atomic_path
    from warrant_terms.extras import missing_for
    from warrant_terms.pipeline import extract_path

    fmt = args.format
    if fmt not in ("jsonl", "json") and not args.output:
        print(f"error: --format {fmt} needs -o OUT", file=sys.stderr)
        return 2
    absent = missing_for(fmt=fmt, pdf_engine=args.pdf_engine)
    if absent:
        print(absent, file=sys.stderr)
        return 2
    records = []
    try:
        with contextlib.ExitStack() as stack:
            out: TextIO | None = None
            if fmt == "jsonl":
                # -o goes to a temporary file renamed into place at the end, so a failed run
                # never leaves a truncated file where a good one was.
                out = (
                    stack.enter_context(
                        open(stack.enter_context(atomic_path(Path(args.output))), "w",
                             encoding="utf-8")
                    )
                    if args.output
                    else sys.stdout
                )
            for path in iter_inputs(args.paths):
                for extraction in extract_path(path, _limits(args)):
                    rec = extraction.record
                    log.info("%s: %s (%d warrant(s))", path, rec.status, len(rec.warrants))
                    if out is not None:
                        out.write(rec.model_dump_json() + "\n")
                        out.flush()
                    else:
                        records.append(rec)
            if fmt == "json" and not args.output:
                payload = json.dumps([r.model_dump(mode="json") for r in records], indent=2)
                sys.stdout.write(payload + "\n")
            elif fmt != "jsonl":
                from warrant_terms.export import write_records

                write_records(records, Path(args.output), fmt)
    except OSError as exc:
        print(f"error: cannot write output: {exc}", file=sys.stderr)
        return 2
    return 0


def _cmd_text(args: argparse.Namespace) -> int:
    from warrant_terms.extras import missing_for
    from warrant_terms.parse import Unreadable
    from warrant_terms.pipeline import load_bounded

    absent = missing_for(pdf_engine=args.pdf_engine)
    if absent:
        print(absent, file=sys.stderr)
        return 2
    status = 0
    for path in iter_inputs(args.paths):
        try:
            items = load_bounded(path, _limits(args))
        except OSError as exc:
            print(f"error: {path}: {exc}", file=sys.stderr)
            status = 1
            continue
        for item in items:
            if isinstance(item, Unreadable):
                print(f"error: {path}: {item.code}: {item.message}", file=sys.stderr)
                status = 1
            else:
                sys.stdout.write(item.text)
    return status


def _cmd_schema(args: argparse.Namespace) -> int:
    from warrant_terms.schema import json_schema

    sys.stdout.write(json.dumps(json_schema(), indent=2) + "\n")
    return 0


def _feature_modules(argv: Sequence[str] | None) -> list[str]:
    """The feature modules the command line in `argv` needs (None: every one)."""
    command = next((a for a in argv if not a.startswith("-")), None) if argv is not None else None
    if command in CORE_COMMANDS:
        return []
    if command in FEATURE_COMMANDS:
        return [FEATURE_COMMANDS[command]]
    return list(dict.fromkeys(FEATURE_COMMANDS.values()))


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser for `argv` (None: the full parser, every sub-command registered)."""
    parser = argparse.ArgumentParser(
        prog="warrant-terms",
        description="SEC warrant exhibits in; validated, source-grounded warrant terms out.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("extract", help="extract warrant terms (JSONL on stdout)")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or folders")
    p.add_argument(
        "--format", choices=("jsonl", "json", "csv", "xlsx", "parquet", "ocf"), default="jsonl"
    )
    p.add_argument("-o", "--output", metavar="OUT", help="write here instead of stdout")
    p.set_defaults(func=_cmd_extract)

    p = sub.add_parser("text", help="print the document text that evidence offsets point into")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.set_defaults(func=_cmd_text)

    p = sub.add_parser("schema", help="print the JSON Schema of one output record")
    p.set_defaults(func=_cmd_schema)

    for name in ("extract", "text"):
        sub.choices[name].add_argument(
            "--pdf-engine", choices=PDF_ENGINES, default=None,
            help="how PDF text is read: pdfium (default) or pdfplumber (pure Python, about "
                 "30x slower to read; the same text on every corpus PDF)",
        )

    for module_name in _feature_modules(argv):
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name and module_name.startswith(exc.name):
                continue
            raise
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    spacy_cli.defer()  # a command starts without spaCy's own command line (~0.3 s)
    parser = build_parser(argv)
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    try:
        return int(args.func(args))
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
