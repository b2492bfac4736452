"""Score `extract_path` output against the gold labels listed in `corpus/manifest.csv`."""

from warrant_terms.evaluate.core import (
    FIELDS,
    DocResult,
    FieldComparison,
    ManifestEntry,
    Summary,
    compare_field,
    evaluate,
    find_manifest,
    load_manifest,
    normalize,
    normalize_name,
    summarize,
)

__all__ = [
    "FIELDS",
    "DocResult",
    "FieldComparison",
    "ManifestEntry",
    "Summary",
    "compare_field",
    "evaluate",
    "find_manifest",
    "load_manifest",
    "normalize",
    "normalize_name",
    "summarize",
]
