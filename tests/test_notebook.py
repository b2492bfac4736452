"""The walkthrough notebook runs top to bottom in a fresh kernel and writes its outputs.

`notebooks/walkthrough.py` is kept as a jupytext percent-format script; here it is turned
into a notebook and executed with nbclient, once from the repository root and once from
`notebooks/` (both must work), with `WARRANT_TERMS_OUT` pointing at a temporary folder.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import jupytext  # type: ignore[import-untyped, unused-ignore]
import nbformat
import pytest
from nbclient import NotebookClient
from openpyxl import load_workbook  # type: ignore[import-untyped, unused-ignore]

from warrant_terms.schema.models import CONTRACT_FIELDS

REPO = Path(__file__).resolve().parents[1]
NOTEBOOK = REPO / "notebooks" / "walkthrough.py"
PLOTS = ("expiry_dates", "exercise_prices", "anti_dilution_kinds", "accuracy_per_field")
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
KERNEL = "warrant-terms-python"


@pytest.fixture
def kernel_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A kernel spec that runs this very interpreter.

    The `python3` spec ipykernel installs says only "python"; a spec of the same name in
    the user's Jupyter folder could point at another Python without this package.
    """
    spec = tmp_path / "jupyter" / "kernels" / KERNEL
    spec.mkdir(parents=True)
    argv = [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"]
    kernel = {"argv": argv, "display_name": "warrant-terms test", "language": "python"}
    (spec / "kernel.json").write_text(json.dumps(kernel), encoding="utf-8")
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "jupyter"))
    return KERNEL


@pytest.mark.parametrize("workdir", [".", "notebooks"])
def test_walkthrough_runs_and_saves_outputs(
    workdir: str, kernel_name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    # The kernel is a child process: it inherits this environment when it starts.
    monkeypatch.setenv("WARRANT_TERMS_OUT", str(out))
    monkeypatch.setenv("MPLBACKEND", "Agg")
    nb = jupytext.read(NOTEBOOK)
    nbformat.validate(nb)
    client = NotebookClient(
        nb,
        kernel_name=kernel_name,
        timeout=300,
        resources={"metadata": {"path": str(REPO / workdir)}},
    )
    client.execute()  # raises CellExecutionError, naming the cell, when any cell fails

    for name in PLOTS:
        png = out / f"{name}.png"
        assert png.is_file(), f"{name}.png was not written"
        data = png.read_bytes()
        assert data.startswith(PNG_MAGIC) and len(data) > 10_000, f"{name}.png looks empty"

    # Each plot is also shown in the notebook itself, not only saved.
    shown = [
        o
        for cell in nb.cells
        if cell.cell_type == "code"
        for o in cell.get("outputs", [])
        if "image/png" in o.get("data", {})
    ]
    assert len(shown) >= len(PLOTS)

    book = load_workbook(out / "diligence.xlsx", read_only=True)
    try:
        sheet = book.worksheets[0]
        rows = list(sheet.iter_rows(values_only=True))
    finally:
        book.close()
    header = [str(c) for c in rows[0]]
    assert set(CONTRACT_FIELDS) <= set(header)
    price = header.index("exercise_price")
    assert len(rows) > 10 and any(r[price] not in (None, "") for r in rows[1:])

    # The review page highlights evidence spans in the seed's text.
    assert 'class="ev ' in (out / "review-seed.html").read_text(encoding="utf-8")
