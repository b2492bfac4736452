"""Write `corpus/manifest.csv`: every evaluation document with its gold file and split.

Real documents are the seed (`../shared/seeds/`), every document in
`../shared/corpus-found/` (described by its SOURCES.tsv) and every document in `corpus/real/`
(described by `corpus/real/SOURCES.tsv`, same columns); constructed documents are the files
in `corpus/constructed/` that have a gold file in `corpus/gold/`. Paths in the manifest are
relative to the repository root and resolve when the repository sits beside `shared/` (as
in CI).

The split is fixed once per document and never moves, so that a document looked at while
tuning (dev) can never later count as unseen (test): `corpus/splits.json` records the split of
every document key assigned so far (a key is the id with any rendering suffix removed, so
`c106_x` and `c106_x_pdf` — one document in two formats — share a split). A new key gets the
hash rule applied to the key alone, `int(sha256(key), 16) % 3 == 2` -> `test`, which never
depends on which other documents exist, and is recorded in `corpus/splits.json`. The seed is
always `dev`.

Usage (from the repository root):
    .venv/bin/python corpus/tools/build_manifest.py            # write corpus/manifest.csv
    .venv/bin/python corpus/tools/build_manifest.py --check    # exit 1 if it is out of date
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import re
import sys
from dataclasses import asdict, dataclass, fields
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
SEED_DIR = SHARED / "seeds"
FOUND_DIR = SHARED / "corpus-found"
OPENINGS_DIR = SHARED / "real-openings"
REAL_DIR = ROOT / "corpus" / "real"
CONSTRUCTED_DIR = ROOT / "corpus" / "constructed"
GOLD_DIR = ROOT / "corpus" / "gold"
MANIFEST = ROOT / "corpus" / "manifest.csv"
SPLITS = ROOT / "corpus" / "splits.json"

SEED_ID = "juniper-networks-warrant-ex4.2"
SEED_FILE = "juniper-networks-warrant-ex4.2.txt"
# Renderings of another document (same text, other format) carry this id suffix.
RENDERING_SUFFIXES = ("_pdf",)
GOLD_SUFFIX = ".gold.json"
YEAR_IN_NAME = re.compile(r"-(\d{4})$")


@dataclass(frozen=True)
class Entry:
    id: str
    path: str
    gold: str
    origin: str
    source: str
    issuer: str
    year: str
    kind: str
    format: str
    sha256: str
    status: str
    split: str = "dev"


COLUMNS: tuple[str, ...] = tuple(f.name for f in fields(Entry))


def rel(path: Path) -> str:
    """`path` relative to the repository root, with `..` where it lies outside it."""
    return Path(_relpath(path.resolve(), ROOT)).as_posix()


def _relpath(target: Path, base: Path) -> str:
    import os

    return os.path.relpath(target, base)


def sha256_file(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def read_gold(path: Path) -> dict[str, object]:
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise TypeError(f"{path}: gold file is not a JSON object")
    return data


def _gold_status(gold_path: Path, doc_name: str) -> str:
    gold = read_gold(gold_path)
    if gold.get("doc") != doc_name:
        # A gold file labels exactly one document; a mismatch means a copy-paste slip.
        raise ValueError(f"{gold_path}: 'doc' is {gold.get('doc')!r}, expected {doc_name!r}")
    status = gold.get("status")
    if status not in ("ok", "not_warrant", "error"):
        raise ValueError(f"{gold_path}: bad status {status!r}")
    return str(status)


def _first_issuer(gold_path: Path) -> str:
    warrants = read_gold(gold_path).get("warrants")
    if isinstance(warrants, list) and warrants and isinstance(warrants[0], dict):
        return str(warrants[0].get("issuer") or "")
    return ""


def _gold_year(gold_path: Path) -> str:
    warrants = read_gold(gold_path).get("warrants")
    if isinstance(warrants, list) and warrants and isinstance(warrants[0], dict):
        issued = warrants[0].get("issue_date")
        if isinstance(issued, str) and len(issued) >= 4:
            return issued[:4]
    return ""


def seed_entry() -> Entry:
    doc = SEED_DIR / SEED_FILE
    gold = SEED_DIR / f"{Path(SEED_FILE).stem}{GOLD_SUFFIX}"
    return Entry(
        id=SEED_ID,
        path=rel(doc),
        gold=rel(gold),
        origin="real",
        source="seed",
        issuer=_first_issuer(gold),
        year="",  # the warrant is signed "this 16 day of December" with no year: not guessed
        kind="lender",
        format="txt",
        sha256=sha256_file(doc),
        status=_gold_status(gold, SEED_FILE),
    )


def found_entries() -> list[Entry]:
    return _sourced_entries(FOUND_DIR)


def real_entries() -> list[Entry]:
    """Documents in `corpus/real/`, described by its SOURCES.tsv; none if the folder is absent."""
    if not (REAL_DIR / "SOURCES.tsv").is_file():
        return []
    return _sourced_entries(REAL_DIR)


def _sourced_entries(folder: Path) -> list[Entry]:
    """One entry per file in `folder`, each with its row in `folder/SOURCES.tsv`."""
    out: list[Entry] = []
    with (folder / "SOURCES.tsv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    by_id = {row["id"]: row for row in rows}
    files = sorted(
        p
        for p in folder.iterdir()
        if p.is_file() and p.name not in ("SOURCES.tsv", "README.md") and not p.name.startswith(".")
    )
    for doc in files:
        row = by_id.get(doc.stem)
        if row is None:
            raise ValueError(f"{doc.name} has no row in SOURCES.tsv")
        gold = GOLD_DIR / f"{doc.name}{GOLD_SUFFIX}"
        if not gold.is_file():
            raise ValueError(f"{doc.name} has no gold file {rel(gold)}")
        out.append(
            Entry(
                id=doc.stem,
                path=rel(doc),
                gold=rel(gold),
                origin="real",
                source=f"{row['repository']}@{row['commit']}:{row['path']}",
                issuer=row["issuer"],
                year=row["year"],
                kind=row["kind"],
                format=doc.suffix.lstrip(".").lower(),
                sha256=sha256_file(doc),
                status=_gold_status(gold, doc.name),
            )
        )
    missing = set(by_id) - {e.id for e in out}
    if missing:
        raise ValueError(f"{rel(folder / 'SOURCES.tsv')} rows without a file: {sorted(missing)}")
    return out


def opening_entries() -> list[Entry]:
    """The openings of real SEC exhibits in `../shared/real-openings/` (origin `real-opening`),
    each with its gold file beside it; none if the folder is absent."""
    if not OPENINGS_DIR.is_dir():
        return []
    out: list[Entry] = []
    for doc in sorted(OPENINGS_DIR.glob("*.txt")):
        gold = doc.with_name(doc.name + GOLD_SUFFIX)
        if not gold.is_file():
            raise ValueError(f"{doc.name} has no gold file {rel(gold)}")
        data = read_gold(gold)
        source = data.get("source")
        url = source.get("url", "") if isinstance(source, dict) else ""
        status = _gold_status(gold, doc.name)
        out.append(
            Entry(
                id=doc.stem,
                path=rel(doc),
                gold=rel(gold),
                origin="real-opening",
                source=str(url),
                issuer=_first_issuer(gold),
                year=_gold_year(gold),
                kind="opening" if status == "ok" else "negative",
                format="txt",
                sha256=sha256_file(doc),
                status=status,
            )
        )
    return out


def constructed_entries() -> list[Entry]:
    out: list[Entry] = []
    for doc in sorted(CONSTRUCTED_DIR.iterdir()):
        if not doc.is_file() or doc.name == "README.md" or doc.name.startswith("."):
            continue
        gold = GOLD_DIR / f"{doc.name}{GOLD_SUFFIX}"
        if not gold.is_file():
            raise ValueError(f"{doc.name} has no gold file {rel(gold)}")
        fmt = doc.suffix.lstrip(".").lower()
        status = _gold_status(gold, doc.name)
        year_match = YEAR_IN_NAME.search(doc.stem)
        out.append(
            Entry(
                id=f"{doc.stem}_pdf" if fmt == "pdf" else doc.stem,
                path=rel(doc),
                gold=rel(gold),
                origin="constructed",
                source="constructed",
                issuer=_first_issuer(gold),
                year=year_match.group(1) if year_match else _gold_year(gold),
                kind="warrant" if status == "ok" else "negative",
                format=fmt,
                sha256=sha256_file(doc),
                status=status,
            )
        )
    return out


def group_key(entry_id: str) -> str:
    for suffix in RENDERING_SUFFIXES:
        if entry_id.endswith(suffix):
            return entry_id[: -len(suffix)]
    return entry_id


def solo_split(key: str) -> str:
    """The split of a key outside the rotation: the hash rule applied to the key alone."""
    return "test" if int(hashlib.sha256(key.encode("utf-8")).hexdigest(), 16) % 3 == 2 else "dev"


def load_frozen(path: Path = SPLITS) -> dict[str, str]:
    return dict(json.loads(path.read_text(encoding="utf-8"))) if path.is_file() else {}


def assign_splits(entries: list[Entry], frozen: dict[str, str]) -> tuple[list[Entry], dict[str, str]]:
    """Each entry's split: the recorded one, or for a new key the hash rule on the key alone."""
    splits = dict(frozen)
    out: list[Entry] = []
    for e in entries:
        key = group_key(e.id)
        if e.id == SEED_ID:
            split = "dev"
        else:
            split = splits.setdefault(key, solo_split(key))
        out.append(Entry(**{**asdict(e), "split": split}))
    ids = [e.id for e in out]
    if len(ids) != len(set(ids)):
        raise ValueError("duplicate manifest ids")
    return out, dict(sorted(splits.items()))


def build() -> tuple[list[Entry], dict[str, str]]:
    entries = [
        seed_entry(),
        *found_entries(),
        *real_entries(),
        *opening_entries(),
        *constructed_entries(),
    ]
    return assign_splits(entries, load_frozen())


def render(entries: list[Entry]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(COLUMNS), lineterminator="\n")
    writer.writeheader()
    for e in entries:
        writer.writerow(asdict(e))
    return buf.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if manifest.csv is stale")
    parser.add_argument("-o", "--output", type=Path, default=MANIFEST)
    args = parser.parse_args(argv)
    entries, splits = build()
    text = render(entries)
    splits_text = json.dumps(splits, indent=1) + "\n"
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.is_file() else ""
        recorded = SPLITS.read_text(encoding="utf-8") if SPLITS.is_file() else ""
        if current != text or recorded != splits_text:
            print(f"{rel(args.output)} is out of date: run {rel(Path(__file__))}", file=sys.stderr)
            return 1
        return 0
    args.output.write_text(text, encoding="utf-8")
    SPLITS.write_text(splits_text, encoding="utf-8")
    print(f"wrote {rel(args.output)} ({text.count(chr(10)) - 1} documents)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
