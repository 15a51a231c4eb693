"""Downloads: one table as CSV, all six as a zip of CSVs or as an Excel workbook.

Spreadsheets run a cell that starts with ``=``, ``+``, ``-`` or ``@`` as a formula, and
a leading tab or carriage return can hide such a start. Article text is written by
strangers, so in CSV every text cell starting with one of those characters gets a
leading ``'``, which spreadsheets show as text; the workbook stores text cells with the
string type instead, which Excel never evaluates.

Numbers are left alone: a numeric column (strength, offsets, counts) is written as
numbers, and a text cell that is exactly a plain number such as ``-3`` or ``+2.5`` is
left as it is too, because a spreadsheet reads it as that number and runs nothing.
Anything more (``-3+1``, ``=1``, ``-A1``) is neutralised.

CSV downloads are UTF-8 with a byte order mark so spreadsheet programs pick the right
encoding for accented names ("Józef", "Šefčovič") and non-Latin scripts.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Mapping

import pandas as pd
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")
EXCEL_CELL_LIMIT = 32767
"""Excel refuses longer cells; longer text is cut there (the CSV keeps it whole)."""

_TRUNCATED = " [...]"


def neutralise_cell(value: object) -> object:
    """Return ``value`` made safe for a spreadsheet: formula-like text gets a leading "'"."""
    if not isinstance(value, str) or not value.startswith(FORMULA_STARTS):
        return value
    if _PLAIN_NUMBER.fullmatch(value):
        return value
    return "'" + value


def neutralise(frame: pd.DataFrame) -> pd.DataFrame:
    """Return a copy of ``frame`` whose text cells cannot run as spreadsheet formulas."""
    out = frame.copy()
    for col in out.columns:
        if not pd.api.types.is_numeric_dtype(out[col]) and not pd.api.types.is_bool_dtype(out[col]):
            out[col] = out[col].map(neutralise_cell)
    return out


def csv_bytes(frame: pd.DataFrame) -> bytes:
    """Return ``frame`` as CSV bytes: UTF-8 with a BOM, formula-like cells neutralised."""
    return neutralise(frame).to_csv(index=False).encode("utf-8-sig")


def zip_bytes(tables: Mapping[str, pd.DataFrame]) -> bytes:
    """Return a zip archive holding ``<name>.csv`` (as ``csv_bytes`` writes it) per table."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, frame in tables.items():
            archive.writestr(f"{name}.csv", csv_bytes(frame))
    return buffer.getvalue()


def _excel_cell(value: object) -> object:
    if not isinstance(value, str):
        return value
    # openpyxl refuses control characters that some scraped pages contain.
    value = ILLEGAL_CHARACTERS_RE.sub("", value)
    if len(value) > EXCEL_CELL_LIMIT:
        value = value[: EXCEL_CELL_LIMIT - len(_TRUNCATED)] + _TRUNCATED
    return value


def excel_bytes(tables: Mapping[str, pd.DataFrame]) -> bytes:
    """Return an Excel workbook (.xlsx) with one sheet per table, header row first.

    Every text cell is stored with the string type, so Excel shows ``=1+1`` as those
    characters and never evaluates it (no "'" is needed, nor shown). Text is cut at
    Excel's cell limit.
    """
    workbook = Workbook()
    workbook.remove(workbook.active)
    for name, frame in tables.items():
        sheet = workbook.create_sheet(title=name[:31])
        sheet.append([str(col) for col in frame.columns])
        for row in frame.itertuples(index=False, name=None):
            sheet.append([_excel_cell(_plain(value)) for value in row])
            for cell in sheet[sheet.max_row]:
                # openpyxl types text starting with "=" as a formula; force plain text.
                if isinstance(cell.value, str):
                    cell.data_type = "s"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _plain(value: object) -> object:
    # openpyxl writes Python scalars, not numpy ones.
    if hasattr(value, "item"):
        return value.item()
    return value
