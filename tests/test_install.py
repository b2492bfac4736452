"""What an install brings and what a command imports: extraction needs no extra, each extra's
absence is one clear line, and a command loads only what its input needs."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from shared_files import ROOT, SEED

from warrant_terms import cli, extras

OPTIONAL = ("openpyxl", "pyarrow", "dask", "pdfplumber", "pytest", "pandas", "fpdf2")


def _imported_by(*argv: str) -> set[str]:
    """The modules loaded by running `warrant-terms ARGV` in a fresh interpreter."""
    code = (
        "import sys, json, contextlib, io\n"
        "from warrant_terms.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    main({list(argv)!r})\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, timeout=120)
    return set(json.loads(done.stdout.splitlines()[-1]))


def test_core_dependencies_are_what_extraction_needs() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    core = {req.split("[")[0].split(">")[0].split("<")[0].strip().lower()
            for req in project["dependencies"]}
    assert not core & set(OPTIONAL)
    assert {"export", "dask", "pdfplumber", "dev"} <= set(project["optional-dependencies"])


def test_extracting_text_loads_no_pdf_html_export_or_feature_modules() -> None:
    loaded = _imported_by("extract", str(SEED))
    assert "spacy" in loaded  # extraction itself
    for heavy in ("pypdfium2", "pdfplumber", "pdfminer", "lxml", "openpyxl", "pyarrow",
                  "distributed", "dask", "weasel", "httpx", "warrant_terms.calc", "warrant_terms.batch",
                  "warrant_terms.review", "warrant_terms.evaluate"):
        assert heavy not in loaded, heavy


def test_a_pdf_loads_pdfium_only(tmp_path: Path) -> None:
    pdf = next(ROOT.glob("corpus/constructed/*.pdf"))
    loaded = _imported_by("text", str(pdf))
    assert "pypdfium2" in loaded
    assert not {"pdfplumber", "pdfminer", "lxml", "spacy"} & loaded


@pytest.mark.parametrize(
    ("argv", "needs"),
    [
        (["extract", "SEED", "--format", "xlsx", "-o", "OUT"], "openpyxl"),
        (["extract", "SEED", "--format", "parquet", "-o", "OUT"], "pyarrow"),
        (["extract", "SEED", "--pdf-engine", "pdfplumber"], "pdfplumber"),
        (["text", "SEED", "--pdf-engine", "pdfplumber"], "pdfplumber"),
        (["batch", "SEED", "--db", "DB", "--dask", "local:1"], "distributed"),
        (["export", "--db", "DB", "--format", "xlsx", "-o", "OUT"], "openpyxl"),
    ],
)
def test_a_missing_extra_is_one_line_and_exit_2(
    argv: list[str], needs: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: None if name == needs else real(name, *a))
    names = {"SEED": str(SEED), "OUT": str(tmp_path / "out"), "DB": str(tmp_path / "r.sqlite")}
    assert cli.main([names.get(a, a) for a in argv]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and needs in err and "pip install 'warrant-terms[" in err
    assert not (tmp_path / "out").exists() and not (tmp_path / "r.sqlite").exists()


def test_every_extra_named_in_the_messages_exists() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    named = {extra for _, extra in (*extras.FORMAT_NEEDS.values(),
                                    *extras.PDF_ENGINE_NEEDS.values(), extras.DASK_NEEDS)}
    assert named <= set(project["optional-dependencies"])


def test_feature_command_map_matches_what_modules_register() -> None:
    full = cli.build_parser()
    sub = next(a for a in full._actions if a.dest == "command")
    assert set(sub.choices) == set(cli.CORE_COMMANDS) | set(cli.FEATURE_COMMANDS)
    for command, module in cli.FEATURE_COMMANDS.items():
        parser = cli.build_parser([command])
        sub = next(a for a in parser._actions if a.dest == "command")
        assert command in sub.choices, module


def test_spacys_command_line_loads_when_used() -> None:
    """With spaCy's CLI deferred, `spacy.info()` and `spacy.cli.*` still work."""
    code = (
        "import sys\n"
        "from warrant_terms import spacy_cli\n"
        "spacy_cli.defer()\n"
        "import spacy\n"
        "assert 'weasel' not in sys.modules\n"
        "assert [t.text for t in spacy.blank('en')('A Warrant.')] == ['A', 'Warrant', '.']\n"
        "assert 'spacy_version' in spacy.info()\n"
        "import spacy.cli\n"
        "assert callable(spacy.cli.download) and 'weasel' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)
