"""Downloads: BOM, formula-like cells neutralised, numbers kept, zip and Excel bundles."""

from __future__ import annotations

import csv
import io
import zipfile

import pandas as pd
import pytest
from openpyxl import load_workbook

from analysis.export import (
    EXCEL_CELL_LIMIT,
    csv_bytes,
    excel_bytes,
    neutralise_cell,
    zip_bytes,
)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+1+1", "'+1+1"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("-A1", "'-A1"),
        ("- a bullet point", "'- a bullet point"),
        ("-3", "-3"),
        ("+2.5", "+2.5"),
        ("-1e3", "-1e3"),
        ("India will deliver", "India will deliver"),
        ("", ""),
        ("a=b", "a=b"),
        (-0.5, -0.5),
        (7, 7),
    ],
)
def test_neutralise_cell(value, expected):
    assert neutralise_cell(value) == expected


def _read_csv(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_csv_has_bom_and_neutralised_text_but_keeps_numbers():
    frame = pd.DataFrame(
        {
            "actor": ["=cmd|' /C calc'!A0", "Józef Šefčovič"],
            "strength": [-0.25, 0.8],
            "start_char": [-1, 12],
        }
    )
    data = csv_bytes(frame)
    assert data.startswith(b"\xef\xbb\xbf")
    rows = _read_csv(data)
    assert rows == [
        ["actor", "strength", "start_char"],
        ["'=cmd|' /C calc'!A0", "-0.25", "-1"],
        ["Józef Šefčovič", "0.8", "12"],
    ]


def test_csv_keeps_exactly_the_rows_given():
    frame = pd.DataFrame({"commitment_id": ["c2", "c9"], "type": ["pledge", "call"]})
    assert [r[0] for r in _read_csv(csv_bytes(frame))[1:]] == ["c2", "c9"]


def test_zip_holds_one_csv_per_table():
    tables = {
        "articles": pd.DataFrame({"article_id": ["a1"], "title": ["-Breaking"]}),
        "quotes": pd.DataFrame({"quote_id": ["q1", "q2"], "quote": ["yes", "@no"]}),
    }
    with zipfile.ZipFile(io.BytesIO(zip_bytes(tables))) as archive:
        assert sorted(archive.namelist()) == ["articles.csv", "quotes.csv"]
        quotes = archive.read("quotes.csv")
    assert quotes.startswith(b"\xef\xbb\xbf")
    assert _read_csv(quotes)[2] == ["q2", "'@no"]


def test_excel_stores_formula_like_text_as_text_and_numbers_as_numbers():
    tables = {
        "commitments": pd.DataFrame({"content": ["=1+1", "fine\x07text"], "strength": [0.7, -0.1]}),
        "articles": pd.DataFrame({"text": ["x" * (EXCEL_CELL_LIMIT + 10)]}),
    }
    book = load_workbook(io.BytesIO(excel_bytes(tables)))
    assert book.sheetnames == ["commitments", "articles"]
    sheet = book["commitments"]
    assert [c.value for c in sheet[1]] == ["content", "strength"]
    assert (sheet["A2"].value, sheet["A2"].data_type) == ("=1+1", "s")
    assert sheet["A3"].value == "finetext"
    assert (sheet["B3"].value, sheet["B3"].data_type) == (-0.1, "n")
    assert len(book["articles"]["A2"].value) == EXCEL_CELL_LIMIT
