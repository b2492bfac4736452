# ---
# jupyter:
#   jupytext:
#     formats: py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # warrant-terms: a walkthrough
#
# This notebook takes you through the whole tool:
#
# 1. extract the warrant terms of every document in the shipped corpus,
# 2. load the results into pandas,
# 3. write the diligence spreadsheet (XLSX),
# 4. run a net (cashless) exercise and an anti-dilution adjustment on the seed warrant,
# 5. plot the corpus: expiry dates, exercise prices, anti-dilution kinds, and the
#    accuracy of each field against the gold labels.
#
# It needs no network. Open it with `jupytext` / Jupyter, or run it top to bottom with
# `python notebooks/walkthrough.py`. Files it writes (the spreadsheet, a review page, one
# PNG per plot) go to the folder named by the `WARRANT_TERMS_OUT` environment variable,
# by default `notebooks/output/`.

# %% [markdown]
# ## Setup
#
# The notebook may be started from the repository root or from `notebooks/`, so it finds
# the repository by walking up to `pyproject.toml`. Plots use matplotlib's `Agg` backend
# (no display needed); each one is saved as a PNG and shown from that file.

# %%
from __future__ import annotations

import os
import time
from collections import Counter
from decimal import Decimal
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # headless: CI has no display, and the PNG files are the output

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import matplotlib.ticker as mticker
import pandas as pd
from IPython.display import Image, display

from warrant_terms.evaluate.shared import shared_root


def find_repo_root(start: Path) -> Path:
    """The nearest folder at or above `start` holding `pyproject.toml`."""
    for folder in (start, *start.parents):
        if (folder / "pyproject.toml").is_file():
            return folder
    raise FileNotFoundError(f"no pyproject.toml at or above {start}")


REPO = find_repo_root(Path.cwd().resolve())
OUT = Path(os.environ.get("WARRANT_TERMS_OUT") or REPO / "notebooks" / "output")
OUT.mkdir(parents=True, exist_ok=True)
started = time.perf_counter()
print(f"repository: {REPO}")
print(f"output:     {OUT}")

# %% [markdown]
# ## 1. The corpus
#
# The corpus is read from these folders:
#
# - `corpus/examples/`: the shipped seed, a 1996 lender warrant of Juniper Networks;
# - `corpus/constructed/`: documents written for this project (warrants in every input
#   format, plus look-alikes that are *not* warrants, such as a stock option agreement);
# - `corpus/real/` and `../shared/corpus-found/`: real SEC exhibits. The second is read
#   from beside the repository (or where `WARRANT_TERMS_SHARED` points); a folder that does
#   not exist is skipped.

# %%
SUFFIXES = {".txt", ".htm", ".html", ".md", ".pdf"}
FOLDERS = [
    ("example", REPO / "corpus" / "examples"),
    ("constructed", REPO / "corpus" / "constructed"),
    ("real", REPO / "corpus" / "real"),
    ("real", shared_root() / "corpus-found"),
]

corpus: list[tuple[str, Path]] = []
for origin, folder in FOLDERS:
    if not folder.is_dir():
        print(f"skipping {origin}: {folder} does not exist")
        continue
    # README.md files describe a folder; they are not documents of the corpus.
    files = sorted(
        p for p in folder.iterdir() if p.suffix.lower() in SUFFIXES and p.name != "README.md"
    )
    corpus.extend((origin, p) for p in files)
    print(f"{origin:<12} {len(files):>3} documents in {folder}")

# %% [markdown]
# ## 2. Extract
#
# `extract_path` is the single entry point: one file in, a list of `Extraction`s out (one
# per document the file holds; an EDGAR submission can hold several). Each has a
# `record` (the pydantic `Record` of the output contract) and the parsed `document`
# whose text the evidence offsets point into. It never raises for bad content: an
# unreadable file becomes a record with `status="error"`.

# %%
from warrant_terms.pipeline import extract_path

t0 = time.perf_counter()
extractions = [(origin, ex) for origin, path in corpus for ex in extract_path(path)]
records = [ex.record for _, ex in extractions]
print(f"{len(records)} records from {len(corpus)} files in {time.perf_counter() - t0:.1f} s")
print(Counter(r.status for r in records))

# %% [markdown]
# Every field of a warrant is a `Term`: a `value` (null where the document does not say),
# the `evidence` spans it was read from, a `confidence` and the `rule` that produced it.
# Here is the seed:

# %%
seed = next(ex for origin, ex in extractions if origin == "example")
seed_warrant = seed.record.warrants[0]
price = seed_warrant.exercise_price
print(f"exercise_price = {price.value}  (rule {price.rule}, confidence {price.confidence})")
for span in price.evidence:
    # The evidence is an exact slice of the document text, on the page it names.
    assert seed.document is not None and seed.document.text[span.start : span.end] == span.text
    print(f"  page {span.page}, chars {span.start}-{span.end}: {span.text!r}")

# %% [markdown]
# ## 3. Into pandas
#
# One row per warrant, one column per field value. (Documents that are not warrants give
# records with no warrants, so they appear only in the per-document table.)

# %%
from warrant_terms.schema.models import CONTRACT_FIELDS

documents = pd.DataFrame(
    {
        "origin": origin,
        "file": Path(ex.record.source.path).name,
        "status": ex.record.status,
        "warrants": len(ex.record.warrants),
        "warnings": len(ex.record.warnings),
    }
    for origin, ex in extractions
)
warrants = pd.DataFrame(
    {
        "origin": origin,
        "file": Path(ex.record.source.path).name,
        **{name: getattr(w, name).value for name in CONTRACT_FIELDS},
    }
    for origin, ex in extractions
    for w in ex.record.warrants
)
display(documents.groupby(["origin", "status"]).size().unstack(fill_value=0))
display(warrants[["file", "issuer", "shares", "exercise_price", "expiration_date"]].head(10))

# %% [markdown]
# ## 4. The diligence spreadsheet
#
# `write_records` writes the same records as JSONL, JSON, CSV, XLSX, Parquet or Open Cap
# Format. The XLSX has one row per warrant (each value beside its page, evidence text and
# confidence) and further sheets for issues, a summary and every document.

# %%
from openpyxl import load_workbook

from warrant_terms.export import write_records

xlsx = OUT / "diligence.xlsx"
write_records(records, xlsx, "xlsx")
book = load_workbook(xlsx, read_only=True)
print(f"wrote {xlsx} with sheets {book.sheetnames}")
book.close()

# %% [markdown]
# And a review page: the document text with every field's evidence highlighted beside a
# table of the fields. Open `review-seed.html` from the output folder in a browser.

# %%
from warrant_terms.review import render_document

assert seed.document is not None
page = render_document(seed.record, seed.document.text, tuple(seed.document.page_starts))
(OUT / "review-seed.html").write_text(page, encoding="utf-8")
print(f"wrote {OUT / 'review-seed.html'}")

# %% [markdown]
# ## 5. Calculations on the seed
#
# The calculation engine (`warrant_terms.calc`) works on the extracted `Warrant` itself,
# in `Decimal` throughout. A **net exercise** (cashless) at a fair market value of
# \$10.00 per share: the holder pays nothing and receives shares worth the spread.
# The seed pays cash for a fraction of a share, so the result says how much.

# %%
from warrant_terms.calc import apply_events, net_exercise

result = net_exercise(seed_warrant, Decimal("10.00"))
print(result.formula)
print(f"shares exercised {result.shares_exercised:,}, issued {result.shares_issued:,}")
print(f"cash for the fraction: ${result.cash_for_fraction}")

# %% [markdown]
# An **adjustment**: the events are applied in order, and only the kinds of adjustment
# the warrant's own anti-dilution clauses grant are applied. Here a 2-for-1 split, then
# an issue of new shares below the exercise price (the seed has a weighted-average
# price-based clause), then a 10% stock dividend. The seed keeps the *aggregate*
# exercise price constant ("the same aggregate Stock Purchase Price", section 4.7), so
# each price cut also raises the share count.

# %%
events = [
    "split:2:1",
    "issue:shares=1000000,price=0.80,outstanding=20000000,deemed=2000000,basis=broad",
    "stock-dividend:10%",
]
adjusted = apply_events(seed_warrant, events)
steps = pd.DataFrame(
    {
        "event": s.event,
        "kind": s.anti_dilution_kind,
        "status": s.status,
        "price": f"{s.price_before} -> {s.price_after}",
        "shares": f"{s.shares_before} -> {s.shares_after}",
        "formula": s.formula,
    }
    for s in adjusted.steps
)
display(steps)
print(f"start: {adjusted.start_shares:,} shares at ${adjusted.start_price}")
print(f"end:   {adjusted.shares:,} shares at ${adjusted.exercise_price}")
print(f"aggregate price: ${adjusted.start_aggregate_price} -> ${adjusted.aggregate_price}")

# %% [markdown]
# ## 6. The corpus in pictures
#
# Two constructed warrants are shipped both as PDF and as text; for the plots each
# warrant is counted once. A small helper saves every figure as a PNG and shows it.

# %%
plots = warrants.drop_duplicates(subset=["issuer", "shares", "exercise_price", "expiration_date"])
plots = plots.assign(label=plots["issuer"].fillna(plots["file"]).str.slice(0, 34))
COLOURS = {"example": "#d62728", "constructed": "#1f77b4", "real": "#2ca02c"}


def origin_legend(ax: plt.Axes, origins: pd.Series, loc: str) -> None:
    """A legend naming only the corpus folders that appear in this plot."""
    for origin, colour in COLOURS.items():
        if (origins == origin).any():
            ax.plot([], [], "s", color=colour, label=origin)
    ax.legend(loc=loc, fontsize=8, title="corpus", title_fontsize=8)


def save(fig: plt.Figure, name: str) -> Path:
    path = OUT / f"{name}.png"
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    display(Image(filename=str(path)))
    return path


# %% [markdown]
# ### Expiry dates over time
#
# Each line runs from the issue date to the expiry date; a dot alone is a warrant whose
# issue date is not stated. Many real exhibits are *forms* of warrant with the dates left
# blank, so they have no expiry to show.

# %%
dated = plots[plots["expiration_date"].notna()].sort_values("expiration_date")
fig, ax = plt.subplots(figsize=(9, 0.32 * len(dated) + 1.5))
for y, row in enumerate(dated.itertuples()):
    colour = COLOURS[row.origin]
    end = pd.Timestamp(row.expiration_date)
    if row.issue_date is not None:
        ax.plot([pd.Timestamp(row.issue_date), end], [y, y], color=colour, lw=3, alpha=0.6)
    ax.plot([end], [y], "o", color=colour)
ax.set_yticks(range(len(dated)), dated["label"], fontsize=8)
ax.xaxis.set_major_locator(mdates.YearLocator(5))
ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
ax.grid(axis="x", alpha=0.3)
ax.set_xlabel("issue date → expiration date")
ax.set_title(f"Warrant terms ({len(dated)} warrants; {len(plots) - len(dated)} state no expiry)")
origin_legend(ax, dated["origin"], "lower right")
save(fig, "expiry_dates")

# %% [markdown]
# ### Exercise prices
#
# On a log scale: pre-funded warrants are exercisable for a nominal \$0.0001–\$0.001,
# while SPAC warrants sit at \$11.50.

# %%
priced = plots[plots["exercise_price"].notna()].sort_values("exercise_price")
# float only to place bars on the axis; the labels print the exact Decimal.
values = [float(p) for p in priced["exercise_price"]]
fig, ax = plt.subplots(figsize=(9, 0.3 * len(priced) + 1.5))
bars = ax.barh(range(len(priced)), values, color=[COLOURS[o] for o in priced["origin"]])
ax.bar_label(
    bars,
    [f"{p} {c or ''}" for p, c in zip(priced["exercise_price"], priced["currency"])],
    padding=3,
    fontsize=7,
)
ax.set_xscale("log")
ax.xaxis.set_major_formatter(mticker.FuncFormatter(lambda v, _: f"{v:g}"))
ax.set_xlim(min(values) / 2, max(values) * 8)
ax.set_yticks(range(len(priced)), priced["label"], fontsize=8)
ax.set_xlabel("exercise price per share (log scale)")
ax.set_title(f"Exercise prices ({len(priced)} warrants)")
ax.grid(axis="x", alpha=0.3)
origin_legend(ax, priced["origin"], "lower right")
save(fig, "exercise_prices")

# %% [markdown]
# ### Anti-dilution kinds
#
# How many warrants grant each kind of adjustment.

# %%
kinds = Counter(k for ks in plots["anti_dilution"].dropna() for k in ks)
order = sorted(kinds, key=kinds.__getitem__)
fig, ax = plt.subplots(figsize=(8, 0.45 * len(order) + 1.5))
bars = ax.barh(order, [kinds[k] for k in order], color="#9467bd")
ax.bar_label(bars, padding=3)
ax.set_xlabel("warrants granting it")
ax.set_title(f"Anti-dilution kinds ({len(plots)} warrants)")
ax.set_xlim(0, max(kinds.values()) * 1.12)
save(fig, "anti_dilution_kinds")

# %% [markdown]
# ### Accuracy per field
#
# The evaluation (`warrant-terms eval`) runs the same extraction on every document of
# `corpus/manifest.csv` and compares the first warrant, field by field, with its gold
# label. Documents whose files are missing (the real exhibits, when `../shared` is not
# there) are left out. Real exhibits and constructed documents are scored apart: the
# real ones are the headline.

# %%
from warrant_terms.evaluate import FIELDS, load_manifest, summarize
from warrant_terms.evaluate.core import evaluate

entries = [
    e
    for e in load_manifest(REPO / "corpus" / "manifest.csv")
    if e.doc_path.is_file() and e.gold_path.is_file()
]
results = evaluate(entries)
by_origin = {
    origin: summarize([r for r in results if r.entry.origin == origin])
    for origin in ("real", "constructed")
    if any(r.entry.origin == origin for r in results)
}
# Without ../shared the real documents left are negatives: no warrant fields to plot.
by_origin = {origin: s for origin, s in by_origin.items() if s.scored_documents}
accuracy = pd.DataFrame(
    {origin: [s.fields[f].accuracy for f in FIELDS] for origin, s in by_origin.items()},
    index=list(FIELDS),
)
for origin, s in by_origin.items():
    overall = "n/a" if s.overall is None else f"{s.overall:.3f}"
    print(
        f"{origin}: {s.documents} documents, {s.scored_documents} with warrant fields scored, "
        f"overall field accuracy {overall}"
    )
display(accuracy.round(3))

# %%
fig, ax = plt.subplots(figsize=(8, 7))
height = 0.8 / len(by_origin)
rows = range(len(FIELDS))
for i, (origin, s) in enumerate(by_origin.items()):
    ys = [y + (i - (len(by_origin) - 1) / 2) * height for y in rows]
    right = sum(n for (gold, out), n in s.status_confusion.items() if gold == out)
    label = (
        f"{origin}: {s.scored_documents} warrants scored; "
        f"status right on {right} of {s.documents} documents"
    )
    bars = ax.barh(ys, accuracy[origin], height=height, color=COLOURS[origin], label=label)
    ax.bar_label(bars, [f"{a:.0%}" for a in accuracy[origin]], padding=2, fontsize=7)
ax.set_yticks(list(rows), list(FIELDS))
ax.invert_yaxis()
ax.set_xlim(0, 1.12)
ax.xaxis.set_major_formatter(mticker.PercentFormatter(1.0))
ax.set_xlabel("share of scored documents whose value equals the gold label")
ax.set_title("Accuracy per field")
# Below the axes: inside, it would cover the bottom bars.
ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.1), fontsize=8)
save(fig, "accuracy_per_field")

# %% [markdown]
# ## Done
#
# Everything written by this notebook:

# %%
for path in sorted(OUT.iterdir()):
    print(f"{path.name:<26} {path.stat().st_size:>9,} bytes")
print(f"notebook ran in {time.perf_counter() - started:.1f} s")
