"""The evaluation: run `extract_path` on every manifest document and score it against gold.

Scoring follows CONTRACT.md ("Gold labels"). The first output warrant is compared with the
first gold warrant, field by field, after normalization:

- names (issuer, holder, issuer_jurisdiction, security, governing_law, currency): Unicode
  NFKC, case-folded, punctuation removed, white space collapsed ("Inc." == "Inc");
- exercise_price: as Decimal ("2.4" == "2.40"); shares, dates, booleans, fractional_shares:
  exactly; anti_dilution: as a set, where an empty list counts as null (both say "no kind").

Each comparison is `correct` (equal, null == null included), `wrong` (both non-null,
different), `missed` (gold non-null, output null) or `invented` (gold null, output non-null).
The field table covers every document whose gold status is `ok`; where the output status is
not `ok` the output warrant counts as all-null, so its gold values are all `missed`. Gold
`not_warrant`/`error` documents are scored by status only (the status confusion matrix).

Grounding: every evidence span of every non-null field of every output warrant is checked
to be the exact slice `document.text[start:end]` on the page `document.page_of(start)`.
Non-null fields with no span at all (e.g. `cashless_exercise: false` read from the absence of
any cashless clause) are counted apart as `unsupported`, not as spans.
"""

from __future__ import annotations

import csv
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Literal

from warrant_terms.pipeline import Extraction, extract_path
from warrant_terms.schema import CONTRACT_FIELDS, FIELD_NAMES, Warrant, is_stated

FIELDS: tuple[str, ...] = CONTRACT_FIELDS
NAME_FIELDS = frozenset(
    {"issuer", "holder", "issuer_jurisdiction", "security", "governing_law", "currency"}
)
STATUSES: tuple[str, ...] = ("ok", "not_warrant", "error")
ORIGINS: tuple[str, ...] = ("real", "constructed")
SPLITS: tuple[str, ...] = ("dev", "test")
MANIFEST_NAME = Path("corpus") / "manifest.csv"

Outcome = Literal["correct", "wrong", "missed", "invented"]
OUTCOMES: tuple[Outcome, ...] = ("correct", "wrong", "missed", "invented")

_SPACE = re.compile(r"\s+")


# --- normalization and comparison -------------------------------------------------------


def normalize_name(value: str) -> str:
    """Case-folded, punctuation removed, white space collapsed: "Inc." and "INC" agree."""
    text = unicodedata.normalize("NFKC", value).casefold()
    # Punctuation is removed, not replaced by a space, so "L.P." == "LP" and "Inc." == "Inc".
    text = "".join(ch for ch in text if not unicodedata.category(ch).startswith("P"))
    return _SPACE.sub(" ", text).strip()


def _as_decimal(value: object) -> Decimal | str:
    try:
        return Decimal(str(value).strip())
    except InvalidOperation:
        # A malformed price still compares (as text) rather than crashing the evaluation.
        return str(value).strip()


def normalize(field_name: str, value: object) -> object:
    """The comparable form of one field value (None stands for null)."""
    if value is None:
        return None
    if field_name in NAME_FIELDS:
        name = normalize_name(str(value))
        return name or None
    if field_name == "exercise_price":
        return _as_decimal(value)
    if field_name == "anti_dilution":
        if isinstance(value, str):
            value = [value]
        kinds = frozenset(str(v) for v in value) if isinstance(value, Iterable) else None
        return kinds or None
    if field_name == "shares":
        # bool is an int subclass; a boolean share count is simply a different value.
        return ("int", value) if isinstance(value, int) and not isinstance(value, bool) else value
    if field_name in ("cashless_exercise",):
        return ("bool", value) if isinstance(value, bool) else ("other", value)
    if field_name in ("issue_date", "expiration_date"):
        iso = getattr(value, "isoformat", None)
        return iso() if callable(iso) else str(value)
    return value


def compare_field(field_name: str, gold: object, output: object) -> Outcome:
    """How one output value fares against its gold value."""
    g = normalize(field_name, gold)
    o = normalize(field_name, output)
    if g is None and o is None:
        return "correct"
    if g is None:
        return "invented"
    if o is None:
        return "missed"
    return "correct" if g == o else "wrong"


# --- manifest and gold ------------------------------------------------------------------


@dataclass(frozen=True)
class ManifestEntry:
    """One row of `corpus/manifest.csv` (paths relative to the repository root)."""

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
    split: str
    root: Path = field(default=Path("."), compare=False)

    @property
    def doc_path(self) -> Path:
        return self.root / self.path

    @property
    def gold_path(self) -> Path:
        return self.root / self.gold

    def load_gold(self) -> dict[str, Any]:
        data = json.loads(self.gold_path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise TypeError(f"{self.gold}: gold file is not a JSON object")
        return data


def find_manifest(start: Path | None = None) -> Path:
    """`corpus/manifest.csv` in `start` (default: the working directory) or above it, else
    beside the installed package (an editable install sits in the repository)."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        candidate = folder / MANIFEST_NAME
        if candidate.is_file():
            return candidate
    beside_package = Path(__file__).resolve().parents[2] / MANIFEST_NAME
    if beside_package.is_file():
        return beside_package
    raise FileNotFoundError(f"no {MANIFEST_NAME} in {here} or above it")


def load_manifest(path: Path | None = None) -> list[ManifestEntry]:
    manifest = path or find_manifest()
    root = manifest.resolve().parents[1]  # corpus/manifest.csv -> repository root
    with manifest.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    names = [f for f in ManifestEntry.__dataclass_fields__ if f != "root"]
    entries: list[ManifestEntry] = []
    for row in rows:
        missing = [n for n in names if n not in row]
        if missing:
            raise ValueError(f"{manifest}: missing columns {missing}")
        entries.append(ManifestEntry(**{n: row[n] for n in names}, root=root))
    return entries


def select(
    entries: Sequence[ManifestEntry],
    split: str = "all",
    origin: str = "all",
    paths: Sequence[str] = (),
) -> list[ManifestEntry]:
    """Entries of the split and origin asked for, restricted to `paths` when any are given.

    A path argument matches an entry when it names the entry's file or a folder holding it,
    or when it is the entry's id or a substring of its manifest path.
    """
    out = [
        e
        for e in entries
        if (split == "all" or e.split == split) and (origin == "all" or e.origin == origin)
    ]
    if not paths:
        return out
    wanted = [(p, Path(p).resolve()) for p in paths]

    def matches(e: ManifestEntry) -> bool:
        doc = e.doc_path.resolve()
        for raw, resolved in wanted:
            if doc == resolved or resolved in doc.parents:
                return True
            if raw == e.id or raw in e.path:
                return True
        return False

    return [e for e in out if matches(e)]


# --- extraction memo --------------------------------------------------------------------

# Extraction is deterministic for given bytes, so one run per file per process serves the
# eval command and every test module of a pytest session.
_MEMO: dict[tuple[str, int, int], list[Extraction]] = {}


def extract_cached(path: Path) -> list[Extraction]:
    resolved = path.resolve()
    try:
        st = resolved.stat()
        key = (str(resolved), st.st_mtime_ns, st.st_size)
    except OSError:
        return extract_path(resolved)  # the pipeline turns a missing file into an error record
    if key not in _MEMO:
        _MEMO[key] = extract_path(resolved)
    return _MEMO[key]


def primary(extractions: Sequence[Extraction]) -> Extraction:
    """The extraction a gold file labels: the first `ok` one, else the first."""
    for ex in extractions:
        if ex.record.status == "ok":
            return ex
    return extractions[0]


# --- per-document results ---------------------------------------------------------------


@dataclass(frozen=True)
class FieldComparison:
    doc_id: str
    field: str
    outcome: Outcome
    gold: object
    output: object


@dataclass(frozen=True)
class SpanProblem:
    doc_id: str
    field: str
    message: str


@dataclass
class DocResult:
    entry: ManifestEntry
    gold_status: str
    output_status: str
    comparisons: list[FieldComparison] = field(default_factory=list)
    spans_total: int = 0
    spans_exact: int = 0
    unsupported: list[str] = field(default_factory=list)
    span_problems: list[SpanProblem] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def _json_value(term_value: object) -> object:
    """Output values in their JSON form (Decimal -> str, date -> ISO) for display."""
    if isinstance(term_value, Decimal):
        return format(term_value, "f")
    iso = getattr(term_value, "isoformat", None)
    if callable(iso):
        return iso()
    return term_value


def check_spans(doc_id: str, extraction: Extraction, result: DocResult) -> None:
    """Count evidence spans that are exact slices on the right page."""
    document = extraction.document
    for warrant in extraction.record.warrants:
        for name in FIELD_NAMES:
            term = getattr(warrant, name)
            if normalize(name, term.value) is None or not is_stated(name, term):
                continue
            if not term.evidence:
                result.unsupported.append(name)
                continue
            for span in term.evidence:
                result.spans_total += 1
                problem = _span_problem(document, span.start, span.end, span.page, span.text)
                if problem is None:
                    result.spans_exact += 1
                else:
                    result.span_problems.append(SpanProblem(doc_id, name, problem))


def _span_problem(document: Any, start: int, end: int, page: int, text: str) -> str | None:
    if document is None:
        return "evidence on a record with no readable document"
    if not 0 <= start <= end <= len(document.text):
        return f"offsets [{start}:{end}] outside the text ({len(document.text)} chars)"
    actual = document.text[start:end]
    if actual != text:
        return f"text {text[:60]!r} != slice {actual[:60]!r}"
    expected_page = document.page_of(start)
    if page != expected_page:
        return f"page {page} != page of start {expected_page}"
    return None


def evaluate_entry(entry: ManifestEntry) -> DocResult:
    gold = entry.load_gold()
    gold_status = str(gold.get("status"))
    extraction = primary(extract_cached(entry.doc_path))
    record = extraction.record
    result = DocResult(entry, gold_status, record.status)
    result.errors = [f"{e.code}: {e.message}" for e in record.errors]
    check_spans(entry.id, extraction, result)
    if gold_status != "ok":
        return result
    gold_warrants = gold.get("warrants") or []
    gold_first: Mapping[str, object] = gold_warrants[0] if gold_warrants else {}
    # A wrong status leaves no output warrant: every gold value then counts as missed.
    out_first = record.warrants[0] if record.status == "ok" and record.warrants else Warrant()
    for name in FIELDS:
        g = gold_first.get(name)
        o = getattr(out_first, name).value
        result.comparisons.append(
            FieldComparison(entry.id, name, compare_field(name, g, o), g, _json_value(o))
        )
    return result


def evaluate(entries: Iterable[ManifestEntry]) -> list[DocResult]:
    return [evaluate_entry(e) for e in entries]


# --- summaries --------------------------------------------------------------------------


@dataclass
class FieldTally:
    correct: int = 0
    wrong: int = 0
    missed: int = 0
    invented: int = 0

    @property
    def total(self) -> int:
        return self.correct + self.wrong + self.missed + self.invented

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.total if self.total else None

    def add(self, outcome: Outcome) -> None:
        setattr(self, outcome, getattr(self, outcome) + 1)


@dataclass
class Summary:
    documents: int
    scored_documents: int
    fields: dict[str, FieldTally]
    status_confusion: dict[tuple[str, str], int]
    spans_total: int
    spans_exact: int
    unsupported: int
    negatives: int
    negatives_not_warrant: int
    misses: list[FieldComparison]
    status_misses: list[tuple[str, str, str]]
    span_problems: list[SpanProblem]

    @property
    def overall(self) -> float | None:
        total = sum(t.total for t in self.fields.values())
        return sum(t.correct for t in self.fields.values()) / total if total else None

    @property
    def invented(self) -> int:
        return sum(t.invented for t in self.fields.values())

    @property
    def status_accuracy(self) -> float | None:
        right = sum(n for (g, o), n in self.status_confusion.items() if g == o)
        return right / self.documents if self.documents else None

    @property
    def exact_slices(self) -> float | None:
        return self.spans_exact / self.spans_total if self.spans_total else None

    @property
    def negatives_all_not_warrant(self) -> bool:
        return self.negatives_not_warrant == self.negatives

    def to_json(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "scored_documents": self.scored_documents,
            "overall": self.overall,
            "status_accuracy": self.status_accuracy,
            "status_confusion": {
                g: {o: self.status_confusion.get((g, o), 0) for o in STATUSES} for g in STATUSES
            },
            "fields": {
                name: {
                    "correct": t.correct,
                    "wrong": t.wrong,
                    "missed": t.missed,
                    "invented": t.invented,
                    "accuracy": t.accuracy,
                }
                for name, t in self.fields.items()
            },
            "invented": self.invented,
            "spans_total": self.spans_total,
            "spans_exact": self.spans_exact,
            "exact_slices": self.exact_slices,
            "unsupported": self.unsupported,
            "negatives": self.negatives,
            "negatives_not_warrant": self.negatives_not_warrant,
            "negatives_all_not_warrant": self.negatives_all_not_warrant,
            "misses": [
                {
                    "doc": m.doc_id,
                    "field": m.field,
                    "outcome": m.outcome,
                    "gold": _plain(m.gold),
                    "output": _plain(m.output),
                }
                for m in self.misses
            ],
            "status_misses": [{"doc": d, "gold": g, "output": o} for d, g, o in self.status_misses],
            "span_problems": [
                {"doc": p.doc_id, "field": p.field, "message": p.message}
                for p in self.span_problems
            ],
        }


def _plain(value: object) -> object:
    if isinstance(value, (frozenset, set, tuple)):
        return sorted(str(v) for v in value)
    return value


def summarize(results: Sequence[DocResult]) -> Summary:
    tallies = {name: FieldTally() for name in FIELDS}
    confusion: Counter[tuple[str, str]] = Counter()
    misses: list[FieldComparison] = []
    status_misses: list[tuple[str, str, str]] = []
    problems: list[SpanProblem] = []
    negatives = negatives_ok = scored = 0
    spans_total = spans_exact = unsupported = 0
    for r in results:
        confusion[(r.gold_status, r.output_status)] += 1
        if r.gold_status != r.output_status:
            status_misses.append((r.entry.id, r.gold_status, r.output_status))
        if r.gold_status == "not_warrant":
            negatives += 1
            negatives_ok += r.output_status == "not_warrant"
        if r.comparisons:
            scored += 1
        for c in r.comparisons:
            tallies[c.field].add(c.outcome)
            if c.outcome != "correct":
                misses.append(c)
        spans_total += r.spans_total
        spans_exact += r.spans_exact
        unsupported += len(r.unsupported)
        problems.extend(r.span_problems)
    return Summary(
        documents=len(results),
        scored_documents=scored,
        fields=tallies,
        status_confusion=dict(confusion),
        spans_total=spans_total,
        spans_exact=spans_exact,
        unsupported=unsupported,
        negatives=negatives,
        negatives_not_warrant=negatives_ok,
        misses=misses,
        status_misses=status_misses,
        span_problems=problems,
    )


def summaries(results: Sequence[DocResult]) -> dict[str, dict[str, Summary]]:
    """origin -> split ('dev', 'test', 'all') -> Summary, for the origins present."""
    out: dict[str, dict[str, Summary]] = {}
    for origin in ORIGINS:
        mine = [r for r in results if r.entry.origin == origin]
        if not mine:
            continue
        per_split = {s: summarize([r for r in mine if r.entry.split == s]) for s in SPLITS}
        per_split["all"] = summarize(mine)
        out[origin] = per_split
    return out
