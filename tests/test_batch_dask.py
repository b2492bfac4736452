"""The batch on a Dask `LocalCluster` of 2 workers gives the same records as the local pool."""

from __future__ import annotations

import json
import sqlite3
import time
from pathlib import Path

import pytest
from hostile import builders as b
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


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_pdf_with_a_reference_loop_does_not_hold_a_dask_worker(
    engine: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A worker thread cannot be stopped, so the PDF must be refused, not left spinning."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "loop.pdf").write_bytes(b.self_referential_length_pdf())
    (folder / "seed.txt").write_bytes(SEED.read_bytes())
    monkeypatch.setenv("WARRANT_TERMS_PDF_ENGINE", engine)  # the cluster's workers inherit it
    db = tmp_path / "dask.sqlite"
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        start = time.monotonic()
        summary = run_batch(expand_inputs([str(folder)]), db,
                            BatchOptions(dask=cluster.scheduler_address, progress=False,
                                         timeout=60))
        assert time.monotonic() - start < 60
    assert summary.error_codes == {"malformed": 1}
    statuses = sorted(r["status"] for r in _by_key(db).values())
    assert statuses == ["error", "ok"]
