"""Batch ingestion: sweep folders and EDGAR submissions into a resumable SQLite store.

`run_batch` expands the inputs, skips what the store already holds, runs the per-document
function (`warrant_terms.pipeline.extract_path`) in a supervised process pool or on a Dask
cluster, and commits each file's records in one transaction, so a run killed at any moment
restarts with every document recorded exactly once.
"""

from warrant_terms.batch.runner import BatchOptions, BatchSummary, run_batch
from warrant_terms.batch.store import Store

__all__ = ["BatchOptions", "BatchSummary", "Store", "run_batch"]
