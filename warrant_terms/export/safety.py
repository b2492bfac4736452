"""Spreadsheet safety: text cells that a spreadsheet would run as a formula are neutralized.

A cell beginning with `=`, `+`, `-` or `@` is a formula to Excel, LibreOffice and Google
Sheets (and a leading tab or carriage return hides one), so exhibit text such as
`=HYPERLINK(...)` would run when a diligence user opens the file. CSV and XLSX cells get a
leading apostrophe; JSON, JSONL and Parquet keep the true value.

>>> neutralize("=1+1")
"'=1+1"
>>> neutralize("Juniper Networks, Inc.")
'Juniper Networks, Inc.'
>>> neutralize("")
''
"""

from __future__ import annotations

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def neutralize(text: str) -> str:
    """`text` with a leading `'` where a spreadsheet would read it as a formula."""
    if text.startswith(FORMULA_TRIGGERS):
        return "'" + text
    return text
