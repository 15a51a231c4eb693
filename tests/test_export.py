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
    bundle_refusal,
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


def a_view() -> dict:
    from datetime import UTC, datetime

    from analysis.export import view_record

    return view_record(
        filters={"actors": ("Republic of Tarn",), "search": "=cmd", "min_strength": 0.5},
        link="http://127.0.0.1:8501/commitments?f.actors=Republic+of+Tarn",
        tables={"articles": pd.DataFrame({"a": [1, 2]}), "quotes": pd.DataFrame()},
        made_at=datetime(2026, 5, 1, 9, 30, tzinfo=UTC),
    )


def test_a_zip_carries_its_view_as_view_json():
    import json

    data = zip_bytes({"articles": pd.DataFrame({"a": [1, 2]})}, a_view())
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert sorted(archive.namelist()) == ["articles.csv", "view.json"]
        view = json.loads(archive.read("view.json"))
    assert view == {
        "made_at": "2026-05-01T09:30:00+00:00",
        "link": "http://127.0.0.1:8501/commitments?f.actors=Republic+of+Tarn",
        "filters": {"actors": ["Republic of Tarn"], "search": "=cmd", "min_strength": 0.5},
        "rows": {"articles": 2, "quotes": 0},
    }


def test_a_workbook_carries_its_view_as_a_first_sheet_of_plain_text():
    data = excel_bytes({"articles": pd.DataFrame({"a": [1, 2]})}, a_view())
    book = load_workbook(io.BytesIO(data))
    assert book.sheetnames == ["view", "articles"]
    rows = {r[0]: r[1] for r in book["view"].iter_rows(min_row=2, values_only=True)}
    assert rows["made at"] == "2026-05-01T09:30:00+00:00"
    assert rows["link"].endswith("f.actors=Republic+of+Tarn")
    assert rows["filter: actors"] == "Republic of Tarn"
    assert rows["filter: search"] == "=cmd"  # stored as text, never run
    assert book["view"]["B5"].data_type == "s"
    assert rows["rows: articles"] == "2"


def test_bundle_refusal_names_the_count_and_the_cap():
    assert bundle_refusal(20, cap=20) is None
    message = bundle_refusal(1_250_000, cap=20_000)
    assert "1,250,000 articles" in message and "at most 20,000" in message
