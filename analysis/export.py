"""Downloads: one table as CSV, all six as a zip of CSVs or as an Excel workbook, the network as GraphML or GEXF.

A zip or a workbook carries its view: ``view.json`` in the zip, a "view" sheet in the
workbook, each holding the filters, the link that reopens the view and the time it was
made (``view_record``), so a file found later says what it holds.

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
import json
import re
import zipfile
from collections.abc import Mapping
from datetime import UTC, datetime

import networkx as nx
import pandas as pd
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")
EXCEL_CELL_LIMIT = 32767
"""Excel refuses longer cells; longer text is cut there (the CSV keeps it whole)."""

_TRUNCATED = " [...]"


BUNDLE_MAX_ARTICLES = 20_000
"""Most articles in view for the all-tables zip and workbook, which are built in memory
(an Excel sheet holds at most 1,048,576 rows); a larger view downloads each table as a
streamed CSV from its page instead."""


def bundle_refusal(n_articles: int, cap: int = BUNDLE_MAX_ARTICLES) -> str | None:
    """Return why the all-tables downloads are not offered for ``n_articles``, or None."""
    if n_articles <= cap:
        return None
    return (
        f"{n_articles:,} articles are in view: the zip and the workbook of all six tables "
        f"hold at most {cap:,}. Narrow the filters (dates, actors, sources), or download "
        "each table as CSV from its page (those downloads stream any size)."
    )


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


def view_record(
    *,
    filters: Mapping[str, object],
    link: str,
    tables: Mapping[str, pd.DataFrame] | None = None,
    made_at: datetime | None = None,
) -> dict:
    """Return what a download records of its view: filters, link, time made, rows per table.

    ``filters`` maps each filter in force to its value (lists, strings, numbers); filters
    left at "everything" are best left out by the caller.
    """
    return {
        "made_at": (made_at or datetime.now(UTC)).isoformat(timespec="seconds"),
        "link": link,
        "filters": {k: (list(v) if isinstance(v, list | tuple) else v) for k, v in filters.items()},
        "rows": {name: len(frame) for name, frame in (tables or {}).items()},
    }


def zip_bytes(tables: Mapping[str, pd.DataFrame], view: Mapping | None = None) -> bytes:
    """Return a zip archive holding ``<name>.csv`` (as ``csv_bytes`` writes it) per table.

    With ``view`` (see ``view_record``), the archive also holds it as ``view.json``.
    """
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        if view is not None:
            archive.writestr("view.json", json.dumps(view, indent=2, ensure_ascii=False))
        for name, frame in tables.items():
            archive.writestr(f"{name}.csv", csv_bytes(frame))
    return buffer.getvalue()


def _view_rows(view: Mapping) -> list[list[str]]:
    rows = [["made at", str(view.get("made_at", ""))], ["link", str(view.get("link", ""))]]
    for name, value in dict(view.get("filters", {})).items():
        shown = "; ".join(map(str, value)) if isinstance(value, list | tuple) else str(value)
        rows.append([f"filter: {name}", shown])
    for name, count in dict(view.get("rows", {})).items():
        rows.append([f"rows: {name}", str(count)])
    return rows


def _excel_cell(value: object) -> object:
    if not isinstance(value, str):
        return value
    # openpyxl refuses control characters that some scraped pages contain.
    value = ILLEGAL_CHARACTERS_RE.sub("", value)
    if len(value) > EXCEL_CELL_LIMIT:
        value = value[: EXCEL_CELL_LIMIT - len(_TRUNCATED)] + _TRUNCATED
    return value


def excel_bytes(tables: Mapping[str, pd.DataFrame], view: Mapping | None = None) -> bytes:
    """Return an Excel workbook (.xlsx) with one sheet per table, header row first.

    Every text cell is stored with the string type, so Excel shows ``=1+1`` as those
    characters and never evaluates it (no "'" is needed, nor shown). Text is cut at
    Excel's cell limit. With ``view`` (see ``view_record``), a first sheet named "view"
    lists the time made, the link, the filters and the rows per table.
    """
    workbook = Workbook()
    workbook.remove(workbook.active)
    if view is not None:
        sheet = workbook.create_sheet(title="view")
        sheet.append(["what", "value"])
        for row in _view_rows(view):
            sheet.append([_excel_cell(v) for v in row])
            for cell in sheet[sheet.max_row]:
                cell.data_type = "s"
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


GRAPH_FORMATS = {"graphml": "application/graphml+xml", "gexf": "application/gexf+xml"}


def graph_bytes(graph: nx.Graph, fmt: str) -> bytes:
    """Return ``graph`` as a GraphML or GEXF file (``fmt`` "graphml" or "gexf") for Gephi."""
    buffer = io.BytesIO()
    if fmt == "graphml":
        nx.write_graphml(graph, buffer)
    elif fmt == "gexf":
        nx.write_gexf(graph, buffer)
    else:
        raise ValueError(f"unknown graph format {fmt!r}: use 'graphml' or 'gexf'")
    return buffer.getvalue()
