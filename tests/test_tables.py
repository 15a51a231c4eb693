"""The table contract: specs, typing and CSV/Parquet round trips."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.corpus import Corpus
from analysis.tables import (
    ACTORS,
    COMMITMENTS,
    QUOTES,
    SPECS,
    TABLE_NAMES,
    conform,
    empty_frame,
    frame_from_rows,
    join_list,
    split_list,
)

CONTRACT = {
    "articles": ["article_id", "title", "date", "source", "path", "url", "n_words", "text"],
    "actors": [
        "actor_id", "name", "type", "affiliation", "title", "aliases",
        "mentions", "articles", "first_date", "last_date",
    ],
    "mentions": ["article_id", "actor_id", "text", "start_char", "end_char", "sentence_index"],
    "themes": ["article_id", "theme", "label", "score", "evidence"],
    "commitments": [
        "commitment_id", "article_id", "date", "actor_id", "actor", "type", "strength", "cue",
        "content", "counterpart", "sentence", "start_char", "end_char", "themes",
    ],
    "quotes": [
        "quote_id", "article_id", "speaker_id", "speaker", "quote", "cue", "start_char", "end_char",
    ],
}  # fmt: skip


def test_table_names_follow_the_contract():
    assert TABLE_NAMES == ("articles", "actors", "mentions", "themes", "commitments", "quotes")


@pytest.mark.parametrize("name", list(CONTRACT))
def test_contract_columns_come_first_in_order(name):
    assert SPECS[name].column_names[: len(CONTRACT[name])] == CONTRACT[name]


@pytest.mark.parametrize("name", list(CONTRACT))
def test_empty_tables_are_typed(name):
    frame = empty_frame(SPECS[name])
    assert frame.empty
    assert list(frame.columns) == SPECS[name].column_names
    for col, dtype in SPECS[name].dtypes.items():
        if dtype == "str":
            assert pd.api.types.is_string_dtype(frame[col])
        else:
            assert str(frame[col].dtype) == dtype


def test_conform_fills_missing_columns_and_keeps_extras():
    frame = conform(
        pd.DataFrame({"actor_id": ["person:x"], "mentions": ["3"], "note": ["kept"]}), ACTORS
    )
    assert frame.loc[0, "mentions"] == 3
    assert frame.loc[0, "name"] == ""
    assert list(frame.columns)[-1] == "note"


@pytest.mark.parametrize(
    ("cell", "expected"), [("False", False), ("True", True), ("", False), (True, True)]
)
def test_conform_reads_booleans_from_csv_strings(cell, expected):
    frame = conform(pd.DataFrame({"quote_id": ["q"], "partial": [cell]}), QUOTES)
    assert bool(frame.loc[0, "partial"]) is expected


@pytest.mark.parametrize(
    ("values", "cell"), [(["a", "b"], "a; b"), (["a", "", "b"], "a; b"), ([], "")]
)
def test_list_cells_round_trip(values, cell):
    assert join_list(values) == cell
    assert split_list(cell) == [v for v in values if v]


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_corpus_round_trips_through_files(tmp_path, fmt):
    commitments = frame_from_rows(
        [
            {
                "commitment_id": "c1",
                "article_id": "a1",
                "actor": "India",
                "type": "pledge",
                "strength": 0.75,
                "sentence": 'He said "=1+1" would, in time, change; nothing',
                "themes": "defence_industry; diplomacy",
            }
        ],
        COMMITMENTS,
    )
    corpus = Corpus(commitments=commitments)
    written = corpus.write(tmp_path, fmt=fmt)
    assert sorted(p.name for p in written) == sorted(f"{n}.{fmt}" for n in TABLE_NAMES)
    back = Corpus.read(tmp_path, fmt=fmt)
    assert back.counts() == {**dict.fromkeys(TABLE_NAMES, 0), "commitments": 1}
    row = back.commitments.iloc[0]
    assert row["strength"] == pytest.approx(0.75)
    assert row["sentence"] == 'He said "=1+1" would, in time, change; nothing'
    assert split_list(row["themes"]) == ["defence_industry", "diplomacy"]
