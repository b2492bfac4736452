"""Optional dependencies: which install extra brings what, and one line when one is missing.

`pip install warrant-terms` brings what extraction needs (pydantic, spaCy, rapidfuzz, lxml,
pypdfium2, tqdm). The rest comes with extras, and is imported only where it is used:

- `warrant-terms[export]`: openpyxl and pyarrow, for `--format xlsx` and `--format parquet`;
- `warrant-terms[dask]`: Dask distributed, for `batch --dask`;
- `warrant-terms[pdfplumber]`: pdfplumber, for `--pdf-engine pdfplumber`;
- `warrant-terms[dev]`: the test, lint and notebook tools (`make test` installs all of them).
"""

from __future__ import annotations

import importlib.util

# What a feature imports, and the extra that installs it.
FORMAT_NEEDS = {"xlsx": ("openpyxl", "export"), "parquet": ("pyarrow", "export")}
PDF_ENGINE_NEEDS = {"pdfplumber": ("pdfplumber", "pdfplumber")}
DASK_NEEDS = ("distributed", "dask")


def missing(module: str, extra: str, feature: str) -> str | None:
    """None when `module` can be imported; else the one-line error for `feature`."""
    if importlib.util.find_spec(module) is not None:
        return None
    return f"error: {feature} needs {module}; install it with: pip install 'warrant-terms[{extra}]'"


def missing_for(fmt: str | None = None, pdf_engine: str | None = None,
                dask: str | None = None) -> str | None:
    """The first missing dependency of the options given (a format, a PDF engine, `--dask`)."""
    wanted = []
    if fmt in FORMAT_NEEDS:
        wanted.append((*FORMAT_NEEDS[fmt], f"--format {fmt}"))
    if pdf_engine in PDF_ENGINE_NEEDS:
        wanted.append((*PDF_ENGINE_NEEDS[pdf_engine], f"--pdf-engine {pdf_engine}"))
    if dask:
        wanted.append((*DASK_NEEDS, "--dask"))
    for module, extra, feature in wanted:
        message = missing(module, extra, feature)
        if message:
            return message
    return None
