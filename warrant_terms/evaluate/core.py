"""The evaluation: run `extract_path` on every manifest document and score it against gold.

Scoring follows CONTRACT.md ("Gold labels", "Version 2"). Every gold warrant is matched to an
output warrant by `instrument_name` (plurals folded), then by order; each is compared field by
field on the gold's `scored_fields` where it lists them, else on every field the gold warrant
carries (the 13 contract fields, and the version-2 fields where labelled). After normalization:

- names (issuer, holder, issuer_jurisdiction, security, governing_law, currency): Unicode
  NFKC, case-folded, punctuation removed, white space collapsed ("Inc." == "Inc");
- exercise_price: as Decimal ("2.4" == "2.40"); shares, dates, booleans, fractional_shares:
  exactly; anti_dilution: as a set, where an empty list counts as null (both say "no kind");
- version 2: instrument_name as a name with plurals folded; relative dates on amount, unit and
  anchor (not the anchor's wording), earlier/later-of as sets; the blocker and redemption terms
  as decimals and integers, redemption as a multiset (`[]` == null); automatic_exercise and
  fundamental_transaction_cash_value with null == false (their unstated default).

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

from warrant_terms.evaluate.shared import locate
from warrant_terms.pipeline import Extraction, extract_path
from warrant_terms.schema import CONTRACT_FIELDS, FIELD_NAMES, V2_FIELDS, Warrant, is_stated

FIELDS: tuple[str, ...] = CONTRACT_FIELDS
SCORED_FIELDS: tuple[str, ...] = CONTRACT_FIELDS + V2_FIELDS
NAME_FIELDS = frozenset(
    {"issuer", "holder", "issuer_jurisdiction", "security", "governing_law", "currency",
     "warrant_agent"}
)
FALSE_BY_DEFAULT = frozenset({"automatic_exercise", "fundamental_transaction_cash_value"})
RELATIVE_FIELDS = frozenset({"exercisable_from", "expiration_term"})
STATUSES: tuple[str, ...] = ("ok", "not_warrant", "error")
ORIGINS: tuple[str, ...] = ("real", "real-opening", "constructed")
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


def _plain_json(value: object) -> object:
    """Pydantic models and dates as their JSON forms, so gold and output compare alike."""
    dump = getattr(value, "model_dump", None)
    if callable(dump):
        return dump(mode="json")
    if isinstance(value, list):
        return [_plain_json(v) for v in value]
    iso = getattr(value, "isoformat", None)
    return iso() if callable(iso) else value


def _relative(value: object) -> object:
    """A relative date (or an earlier/later-of of them) as comparable tuples."""
    value = _plain_json(value)
    if isinstance(value, str):
        return ("date", value)
    if not isinstance(value, dict):
        return ("other", str(value))
    for key in ("earlier_of", "later_of"):
        if key in value and isinstance(value[key], list):
            return (key, frozenset(_relative(v) for v in value[key]))
    return ("relative", value.get("amount"), value.get("unit"), value.get("anchor"))


def _dec(value: object) -> object:
    return None if value is None else _as_decimal(value)


def _redemption(value: object) -> object:
    items = _plain_json(value)
    if not isinstance(items, list) or not items:
        return None
    keys = ("trigger_price", "trading_days", "window_days", "redemption_price", "notice_days")
    out = []
    for item in items:
        if not isinstance(item, dict):
            return ("other", str(items))
        out.append(tuple(_dec(item.get(k)) if "price" in k else item.get(k) for k in keys))
    return tuple(sorted(out, key=str))


def normalize_instrument(value: str) -> str:
    """An instrument name with plurals folded: "Public Warrants" == "public warrant"."""
    words = normalize_name(value).split()
    return " ".join(w[:-1] if w.endswith("s") and len(w) > 3 else w for w in words)


def normalize(field_name: str, value: object) -> object:
    """The comparable form of one field value (None stands for null)."""
    if field_name in FALSE_BY_DEFAULT:
        return ("bool", bool(value)) if value is None or isinstance(value, bool) else ("other", value)
    if field_name == "redemption":
        return _redemption(value)
    if value is None:
        return None
    if field_name == "instrument_name":
        return normalize_instrument(str(value)) or None
    if field_name in RELATIVE_FIELDS:
        return _relative(value)
    if field_name == "shares_per_warrant":
        return _as_decimal(value)
    if field_name == "warrant_count":
        return ("int", value) if isinstance(value, int) and not isinstance(value, bool) else value
    if field_name == "beneficial_ownership_limit":
        plain = _plain_json(value)
        if isinstance(plain, dict):
            return (_dec(plain.get("percent")), _dec(plain.get("max_percent")))
        return ("other", str(plain))
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
        return locate(self.root, self.path)

    @property
    def gold_path(self) -> Path:
        return locate(self.root, self.gold)

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
    warrant: int = 0
    rule: str | None = None


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
    instruments_gold: int = 0
    instruments_output: int = 0
    instruments_found: int = 0


def _json_value(term_value: object) -> object:
    """Output values in their JSON form (Decimal -> str, date -> ISO, models -> dicts)."""
    if isinstance(term_value, Decimal):
        return format(term_value, "f")
    return _plain_json(term_value)


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


def scored_fields(gold: Mapping[str, Any], gold_warrant: Mapping[str, object]) -> tuple[str, ...]:
    """The fields a gold warrant is scored on: its document's `scored_fields` where listed,
    else every known field the gold warrant carries."""
    listed = gold.get("scored_fields")
    if isinstance(listed, list):
        return tuple(f for f in SCORED_FIELDS if f in listed)
    return tuple(f for f in SCORED_FIELDS if f in gold_warrant)


def match_warrants(
    gold_warrants: Sequence[Mapping[str, object]], output: Sequence[Warrant]
) -> list[int | None]:
    """For each gold warrant, the index of its output warrant (or None): same
    `instrument_name` first, then the remaining ones in order."""
    taken: set[int] = set()
    out: list[int | None] = [None] * len(gold_warrants)
    for gi, g in enumerate(gold_warrants):
        name = g.get("instrument_name")
        if not isinstance(name, str):
            continue
        for oi, w in enumerate(output):
            if oi not in taken and isinstance(w.instrument_name.value, str) and (
                normalize_instrument(w.instrument_name.value) == normalize_instrument(name)
            ):
                out[gi] = oi
                taken.add(oi)
                break
    rest = iter(i for i in range(len(output)) if i not in taken)
    for gi in range(len(gold_warrants)):
        if out[gi] is None:
            out[gi] = next(rest, None)
            if out[gi] is not None:
                taken.add(out[gi])  # type: ignore[arg-type]
    return out


def evaluate_entry(entry: ManifestEntry) -> DocResult:
    gold = entry.load_gold()
    gold_status = str(gold.get("status"))
    extraction = primary(extract_cached(entry.doc_path))
    record = extraction.record
    result = DocResult(entry, gold_status, record.status)
    result.errors = [f"{e.code}: {e.message}" for e in record.errors]
    check_spans(entry.id, extraction, result)
    output = record.warrants if record.status == "ok" else []
    result.instruments_output = len(output)
    if gold_status != "ok":
        return result
    gold_warrants: list[Mapping[str, object]] = list(gold.get("warrants") or [])
    result.instruments_gold = len(gold_warrants)
    matched = match_warrants(gold_warrants, output)
    result.instruments_found = sum(m is not None for m in matched)
    for wi, (g, oi) in enumerate(zip(gold_warrants, matched, strict=True)):
        # A warrant not found (or a wrong status) counts as all-null: its gold values are missed.
        out = output[oi] if oi is not None else Warrant()
        for name in scored_fields(gold, g):
            term = getattr(out, name)
            gv, ov = g.get(name), term.value
            result.comparisons.append(
                FieldComparison(entry.id, name, compare_field(name, gv, ov), gv,
                                _json_value(ov), wi, term.rule)
            )
    return result


def evaluate(entries: Iterable[ManifestEntry]) -> list[DocResult]:
    return [evaluate_entry(e) for e in entries]


# --- summaries --------------------------------------------------------------------------


@dataclass
class InstrumentTally:
    """Instruments per document: gold ones found or missed, output ones beyond the gold."""

    documents: int = 0
    right_count: int = 0
    found: int = 0
    missed: int = 0
    invented: int = 0

    @property
    def count_accuracy(self) -> float | None:
        return self.right_count / self.documents if self.documents else None


@dataclass
class FieldTally:
    correct: int = 0
    wrong: int = 0
    missed: int = 0
    invented: int = 0
    null_correct: int = 0

    @property
    def total(self) -> int:
        return self.correct + self.wrong + self.missed + self.invented

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.total if self.total else None

    def add(self, outcome: Outcome, gold_null: bool = False) -> None:
        setattr(self, outcome, getattr(self, outcome) + 1)
        if gold_null and outcome == "correct":
            self.null_correct += 1


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
    instruments: InstrumentTally = field(default_factory=lambda: InstrumentTally())

    def _overall(self, names: Iterable[str]) -> float | None:
        tallies = [self.fields[n] for n in names if n in self.fields]
        total = sum(t.total for t in tallies)
        return sum(t.correct for t in tallies) / total if total else None

    @property
    def overall(self) -> float | None:
        """Accuracy over the 13 contract fields (comparable across versions)."""
        return self._overall(CONTRACT_FIELDS)

    @property
    def overall_v2(self) -> float | None:
        """Accuracy over the version-2 fields, where gold labels them."""
        return self._overall(V2_FIELDS)

    @property
    def invented(self) -> int:
        return sum(t.invented for t in self.fields.values())

    @property
    def null_gold(self) -> int:
        """Comparisons whose gold is null: the base of the invented rate."""
        return sum(t.invented + t.null_correct for t in self.fields.values())

    @property
    def invented_rate(self) -> float | None:
        return self.invented / self.null_gold if self.null_gold else None

    def _status_counts(self) -> tuple[int, int, int]:
        tp = self.status_confusion.get(("ok", "ok"), 0)
        fp = sum(n for (g, o), n in self.status_confusion.items() if o == "ok" and g != "ok")
        fn = sum(n for (g, o), n in self.status_confusion.items() if g == "ok" and o != "ok")
        return tp, fp, fn

    @property
    def status_precision(self) -> float | None:
        """Of the documents reported `ok`, the share that are warrants."""
        tp, fp, _ = self._status_counts()
        return tp / (tp + fp) if tp + fp else None

    @property
    def status_recall(self) -> float | None:
        """Of the warrants, the share reported `ok`."""
        tp, _, fn = self._status_counts()
        return tp / (tp + fn) if tp + fn else None

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
            "overall_v2": self.overall_v2,
            "status_accuracy": self.status_accuracy,
            "status_precision": self.status_precision,
            "status_recall": self.status_recall,
            "invented_rate": self.invented_rate,
            "instruments": {
                "documents": self.instruments.documents,
                "right_count": self.instruments.right_count,
                "count_accuracy": self.instruments.count_accuracy,
                "found": self.instruments.found,
                "missed": self.instruments.missed,
                "invented": self.instruments.invented,
            },
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
                if t.total
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
    tallies = {name: FieldTally() for name in SCORED_FIELDS}
    instruments = InstrumentTally()
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
        if r.gold_status == "ok":
            instruments.documents += 1
            instruments.right_count += r.instruments_output == r.instruments_gold
            instruments.found += r.instruments_found
            instruments.missed += r.instruments_gold - r.instruments_found
            instruments.invented += max(0, r.instruments_output - r.instruments_found)
        for c in r.comparisons:
            tallies[c.field].add(c.outcome, normalize(c.field, c.gold) is None)
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
        instruments=instruments,
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


# --- per rule ---------------------------------------------------------------------------


@dataclass
class RuleTally:
    """How a rule id fared: values it produced that were scored, right, and on how many
    documents (a rule right on one document only is a rule keyed to that document)."""

    fired: int = 0
    correct: int = 0
    documents: set[str] = field(default_factory=set)
    correct_documents: set[str] = field(default_factory=set)

    @property
    def precision(self) -> float | None:
        return self.correct / self.fired if self.fired else None


def by_rule(results: Sequence[DocResult]) -> dict[str, RuleTally]:
    """Per rule id, over every scored output value a rule produced (null outputs excluded)."""
    out: dict[str, RuleTally] = {}
    for r in results:
        for c in r.comparisons:
            if c.rule is None or normalize(c.field, c.output) is None:
                continue
            tally = out.setdefault(c.rule, RuleTally())
            tally.fired += 1
            tally.documents.add(c.doc_id)
            if c.outcome == "correct":
                tally.correct += 1
                tally.correct_documents.add(c.doc_id)
    return dict(sorted(out.items()))
