"""Build text-layer PDFs of constructed .txt warrant documents.

Each input .txt is paginated with form feeds (\\f); every page ends with a centred page
number line. The PDF gets one page per text page, in Courier so the layout (and the text a
PDF reader extracts) matches the .txt, with the page number drawn at the foot of the page.

Usage (from the repository root):
    .venv/bin/python corpus/tools/make_constructed_pdfs.py [TXT ...]
With no arguments the default constructed documents are converted. Output: same stem, .pdf.
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF

CONSTRUCTED = Path(__file__).resolve().parents[1] / "constructed"
DEFAULT_SOURCES: tuple[str, ...] = (
    "c106_ferncliff-robotics-series-c-lender-warrant.txt",
    "c110_lakehaven-instruments-agent-warrant.txt",
)

FONT_SIZE_PT = 10
LINE_HEIGHT_PT = 12
MARGIN_LEFT_PT = 72
MARGIN_TOP_PT = 54
FOOTER_Y_PT = 792 - 40  # baseline area near the bottom edge of a US Letter page
MAX_COLUMNS = 78  # Courier 10 pt is 6 pt per character: 78 columns fill 468 pt of text width
MAX_BODY_LINES = 55  # (FOOTER_Y_PT - MARGIN_TOP_PT) / LINE_HEIGHT_PT, with room to spare
# Fixed date so re-running the script reproduces byte-identical PDFs (stable sha256 in tests).
FIXED_DATE = datetime(2025, 1, 1, tzinfo=timezone.utc)


class LayoutError(ValueError):
    """A text page does not fit the fixed Courier page grid."""


def split_pages(text: str) -> list[tuple[list[str], str]]:
    """Split on form feeds into (body lines, page number label) pairs.

    The page number is the last non-blank line when it is a bare number; it is moved to
    the footer rather than printed in the body so it sits at the foot of every page.
    """
    pages: list[tuple[list[str], str]] = []
    for raw in text.split("\f"):
        lines = raw.rstrip("\n").split("\n")
        while lines and not lines[-1].strip():
            lines.pop()
        label = ""
        if lines and lines[-1].strip().isdigit():
            label = lines.pop().strip()
            while lines and not lines[-1].strip():
                lines.pop()
        pages.append((lines, label))
    return pages


def check_layout(path: Path, pages: list[tuple[list[str], str]]) -> None:
    for number, (lines, _label) in enumerate(pages, start=1):
        if len(lines) > MAX_BODY_LINES:
            raise LayoutError(f"{path.name} page {number}: {len(lines)} lines > {MAX_BODY_LINES}")
        for line in lines:
            if len(line) > MAX_COLUMNS:
                raise LayoutError(f"{path.name} page {number}: line wider than {MAX_COLUMNS}: {line!r}")
            # Core Courier is a Latin-1 font; anything else would be silently mangled.
            line.encode("latin-1")


def render(path: Path) -> Path:
    text = path.read_text(encoding="utf-8")
    pages = split_pages(text)
    check_layout(path, pages)
    pdf = FPDF(unit="pt", format="letter")
    pdf.set_auto_page_break(auto=False)
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title(path.stem)
    pdf.set_font("Courier", size=FONT_SIZE_PT)
    for lines, label in pages:
        pdf.add_page()
        y = MARGIN_TOP_PT
        for line in lines:
            if line.strip():
                pdf.text(MARGIN_LEFT_PT, y, line.rstrip())
            y += LINE_HEIGHT_PT
        if label:
            width = pdf.get_string_width(label)
            pdf.text((pdf.w - width) / 2, FOOTER_Y_PT, label)
    out = path.with_suffix(".pdf")
    pdf.output(str(out))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sources", nargs="*", type=Path, help="form-feed paginated .txt files")
    args = parser.parse_args(argv)
    sources = args.sources or [CONSTRUCTED / name for name in DEFAULT_SOURCES]
    for source in sources:
        out = render(source)
        print(f"wrote {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
