# `make demo` and `make test` each create .venv if missing, install the package with every
# extra (exports, Dask, the pdfplumber engine, test and notebook tools), and then run.
# Only Python 3.11+, pip and make are needed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
EXTRAS := dev,export,dask,pdfplumber

.PHONY: demo test eval lint bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[$(EXTRAS)]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/warrant-terms extract corpus/examples corpus/constructed/c* -o demo-output.jsonl
	$(BIN)/python -m warrant_terms.demo demo-output.jsonl

test: $(STAMP)
	$(BIN)/python -m pytest -q -n 2 tests warrant_terms

eval: $(STAMP)
	$(BIN)/warrant-terms eval --split all

lint: $(STAMP)
	$(BIN)/ruff check warrant_terms tests
	$(BIN)/mypy --strict warrant_terms
	$(BIN)/lint-imports

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_batch.py

clean:
	rm -rf $(VENV) demo-output.jsonl .pytest_cache .mypy_cache .ruff_cache
