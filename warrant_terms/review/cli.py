"""`warrant-terms review PATH... -o OUT`: one HTML page per record, and an index of them."""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from warrant_terms.review.render import IndexEntry, render_document, render_index
from warrant_terms.schema.models import Record
from warrant_terms.schema.safetext import printable

INDEX_NAME = "index"
# Page names are made from input names, which may hold anything a file system allows: these
# characters (separators, controls, what Windows forbids, the backslash of an escaped byte)
# become "_", and a stem is cut to this many bytes, well inside the usual 255-byte limit on a
# name once "-NN.html" is added.
_UNSAFE = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]+')
MAX_STEM_BYTES = 120


def safe_stem(path: str) -> str:
    """A file-name stem for the page of `path`.

    >>> safe_stem("filings/bad\\\\xff.txt"), safe_stem(".hidden.txt"), len(safe_stem("é" * 200))
    ('bad_xff', 'hidden', 60)
    """
    stem = _UNSAFE.sub("_", Path(path).stem).lstrip(".") or "document"
    return stem.encode("utf-8")[:MAX_STEM_BYTES].decode("utf-8", "ignore")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `review` command to the top-level parser."""
    parser = subparsers.add_parser(
        "review",
        help="write self-contained HTML pages showing each record's evidence in its document",
        description="Extract each PATH and write one HTML page per document (the text with "
        "every field's evidence highlighted, beside a table of the fields) into OUT, "
        "with index.html linking them when there are several. The pages load nothing "
        "from the network.",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="file or folder to review")
    parser.add_argument(
        "-o", "--output", required=True, metavar="OUT", help="folder to write the pages into"
    )
    parser.set_defaults(func=run)


def page_names(records: Sequence[Record], with_index: bool) -> list[str]:
    """`<input stem>.html`, or `<input stem>-<n>.html` where a stem gives several records.

    >>> from warrant_terms.schema.models import Source
    >>> recs = [Record(source=Source(path=p), status="ok") for p in ("a/x.txt", "x.htm", "y.pdf")]
    >>> page_names(recs, with_index=True)
    ['x-1.html', 'x-2.html', 'y.html']
    """
    stems = [safe_stem(r.source.path) for r in records]
    counts = Counter(stems)
    used = {INDEX_NAME} if with_index else set()
    numbered: Counter[str] = Counter()
    names: list[str] = []
    for stem in stems:
        name = stem
        if counts[stem] > 1 or name in used:
            while name in used or name == stem:
                numbered[stem] += 1
                name = f"{stem}-{numbered[stem]}"
        used.add(name)
        names.append(f"{name}.html")
    return names


def input_files(path: Path) -> list[Path]:
    """`path` itself, or every file under a folder (recursively, sorted, hidden ones skipped)."""
    if not path.is_dir():
        return [path]
    return sorted(
        p
        for p in path.rglob("*")
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts)
    )


def run(args: argparse.Namespace) -> int:
    """Write the pages; 0 on success, 2 where an input is missing or OUT cannot be written."""
    # The pipeline is imported here, not at module level: `review` is registered with the
    # other commands at start-up and should not pay for loading the extractors until used.
    from warrant_terms.pipeline import extract_path

    out = Path(args.output)
    missing = [p for p in args.paths if not Path(p).exists()]
    if missing:
        print(
            f"warrant-terms review: no such file or folder: "
            f"{', '.join(printable(p) for p in missing)}",
            file=sys.stderr,
        )
        return 2
    extractions = [x for p in args.paths for f in input_files(Path(p)) for x in extract_path(f)]
    records: list[Record] = [x.record for x in extractions]
    with_index = len(records) > 1
    names = page_names(records, with_index)
    try:
        out.mkdir(parents=True, exist_ok=True)
        written: list[Path] = []
        for name, extraction in zip(names, extractions):
            doc = extraction.document
            text = doc.text if doc is not None else ""
            starts = tuple(doc.page_starts) if doc is not None else (0,)
            written.append(_write(out / name, render_document(extraction.record, text, starts)))
        if with_index:
            entries = [IndexEntry(href=n, record=r) for n, r in zip(names, records)]
            written.append(_write(out / f"{INDEX_NAME}.html", render_index(entries)))
    except OSError as exc:
        print(f"warrant-terms review: cannot write to {printable(str(out))}: {exc}",
              file=sys.stderr)
        return 2
    for path in written:
        print(printable(str(path)))
    print(f"warrant-terms review: wrote {len(written)} page(s) to {printable(str(out))}",
          file=sys.stderr)
    return 0


def _write(path: Path, page: str) -> Path:
    # errors="replace": a lone surrogate from a badly decoded source must not stop the page.
    path.write_text(page, encoding="utf-8", errors="replace")
    return path
