"""The batch on a Dask `LocalCluster` of 2 workers gives the same records as the local pool."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from shared_files import SEED

from warrant_terms.batch import BatchOptions, run_batch
from warrant_terms.batch.inputs import expand_inputs
from warrant_terms.batch.synth import mixed_folder

distributed = pytest.importorskip("distributed")



def _by_key(db: Path) -> dict[tuple[str, int], dict]:
    with sqlite3.connect(db) as con:
        rows = con.execute("SELECT record FROM records").fetchall()
    out = {}
    for (text,) in rows:
        record = json.loads(text)
        out[(record["source"]["path"], record["source"].get("document_index") or 0)] = record
    return out


def test_dask_local_cluster_matches_local_pool(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    expected = mixed_folder(folder, SEED.read_text(encoding="utf-8"))
    paths = expand_inputs([str(folder)])
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        dask_db = tmp_path / "dask.sqlite"
        summary = run_batch(paths, dask_db,
                            BatchOptions(dask=cluster.scheduler_address, progress=False))
        assert summary.files_done == expected["files"]
        assert summary.documents == expected["documents"]
        again = run_batch(paths, dask_db,
                          BatchOptions(dask=cluster.scheduler_address, progress=False))
        assert again.files_skipped == expected["files"] and again.files_done == 0
        workers = cluster.scheduler_info["workers"]
        assert len(workers) == 2
    local_db = tmp_path / "local.sqlite"
    run_batch(paths, local_db, BatchOptions(workers=2, progress=False))
    on_dask, local = _by_key(dask_db), _by_key(local_db)
    assert on_dask.keys() == local.keys()
    for key, record in local.items():
        assert on_dask[key]["status"] == record["status"], key
        assert on_dask[key]["warrants"] == record["warrants"], key
        assert on_dask[key]["source"] == record["source"], key
