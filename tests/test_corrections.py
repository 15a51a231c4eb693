"""Corrections: rows of a table that change the six tables the same way on every load."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pandas as pd
import pytest

from analysis.corpus import Corpus
from analysis.corrections import (
    CorrectionError,
    apply_corrections,
    conform_corrections,
    new_correction,
    read_corrections_csv,
    unmatched,
)
from analysis.store import Store
from analysis.tables import (
    ACTORS,
    ARTICLES,
    COMMITMENTS,
    MENTIONS,
    QUOTES,
    THEMES,
    frame_from_rows,
)

DATES = {"a1": "2026-03-02", "a2": "2026-03-09", "a3": "2026-03-16"}
# (id, name, type, aliases)
ACTOR_ROWS = [
    ("country:republic-of-tarn", "Republic of Tarn", "country", ""),
    ("country:tarn", "Tarn", "country", ""),
    ("person:anna-brek", "Anna Brek", "person", "Brek; Tomas Brek"),
    ("organisation:breaking-news", "Breaking News", "organisation", ""),
]
# (article, actor id, text, sentence)
MENTION_ROWS = [
    ("a1", "person:anna-brek", "Anna Brek", 0),
    ("a1", "country:republic-of-tarn", "Republic of Tarn", 0),
    ("a1", "person:anna-brek", "Brek", 1),
    ("a2", "person:anna-brek", "Tomas Brek", 0),
    ("a2", "country:tarn", "Tarn", 0),
    ("a2", "organisation:breaking-news", "Breaking News", 1),
    ("a3", "person:anna-brek", "Tomas Brek", 0),
    ("a3", "person:anna-brek", "Anna Brek", 1),
]
# (id, article, sentence, actor id, type, strength, counterpart id)
COMMITMENT_ROWS = [
    ("c1", "a1", 0, "person:anna-brek", "pledge", 0.7, "country:republic-of-tarn"),
    ("c2", "a2", 0, "person:anna-brek", "call", 0.3, "country:tarn"),
    ("c3", "a3", 0, "person:anna-brek", "offer", 0.55, ""),
    ("c4", "a2", 1, "organisation:breaking-news", "refusal", 0.0, ""),
]
# (id, article, sentence, speaker id)
QUOTE_ROWS = [("q1", "a3", 1, "person:anna-brek"), ("q2", "a2", 0, "person:anna-brek")]
T0 = datetime(2026, 4, 1, tzinfo=UTC)


def corpus() -> Corpus:
    names = {i: n for i, n, _, _ in ACTOR_ROWS}
    names[""] = ""
    articles = frame_from_rows(
        [{"article_id": a, "date": d, "title": a, "text": "text"} for a, d in DATES.items()],
        ARTICLES,
    )
    actors = frame_from_rows(
        [
            {"actor_id": i, "name": n, "type": t, "aliases": al, "mentions": 0}
            for i, n, t, al in ACTOR_ROWS
        ],
        ACTORS,
    )
    mentions = frame_from_rows(
        [
            {"article_id": a, "actor_id": i, "text": t, "sentence_index": s, "start_char": k}
            for k, (a, i, t, s) in enumerate(MENTION_ROWS)
        ],
        MENTIONS,
    )
    commitments = frame_from_rows(
        [
            {
                "commitment_id": c,
                "article_id": a,
                "date": DATES[a],
                "sentence_index": s,
                "actor_id": i,
                "actor": names[i],
                "type": kind,
                "strength": st,
                "counterpart_id": p,
                "counterpart": names[p],
            }
            for c, a, s, i, kind, st, p in COMMITMENT_ROWS
        ],
        COMMITMENTS,
    )
    quotes = frame_from_rows(
        [
            {
                "quote_id": q,
                "article_id": a,
                "sentence_index": s,
                "speaker_id": i,
                "speaker": names[i],
                "quote": "We stand ready.",
            }
            for q, a, s, i in QUOTE_ROWS
        ],
        QUOTES,
    )
    return Corpus(articles, actors, mentions, frame_from_rows([], THEMES), commitments, quotes)


def fixes(*rows: tuple[str, str, str]) -> pd.DataFrame:
    """Corrections made one minute apart, in the order given."""
    made = [
        new_correction(action, target, value, now=T0 + timedelta(minutes=k))
        for k, (action, target, value) in enumerate(rows)
    ]
    return conform_corrections(pd.DataFrame(made))


def actor(tables: Corpus, name: str) -> pd.Series:
    rows = tables.actors[tables.actors["name"] == name]
    assert len(rows) == 1, f"{name!r}: {len(rows)} rows"
    return rows.iloc[0]


def by_id(frame: pd.DataFrame, id_col: str) -> dict[str, dict]:
    return {row[id_col]: row for row in frame.to_dict("records")}


def test_merging_moves_every_row_and_name_to_the_kept_actor():
    out = apply_corrections(corpus(), fixes(("merge_actor", "Tarn", "Republic of Tarn")))
    assert "Tarn" not in set(out.actors["name"])
    kept = actor(out, "Republic of Tarn")
    assert kept["aliases"] == "Tarn"
    assert (kept["mentions"], kept["articles"]) == (2, 2)
    assert (kept["first_date"], kept["last_date"]) == ("2026-03-02", "2026-03-09")
    c2 = by_id(out.commitments, "commitment_id")["c2"]
    assert (c2["counterpart_id"], c2["counterpart"]) == (kept["actor_id"], "Republic of Tarn")
    assert set(out.mentions["actor_id"]) == set(out.actors["actor_id"])


def test_merges_by_hand_are_recorded_and_a_split_withdraws_the_merge_reason():
    base = corpus()
    actors = base.actors.copy()
    anna = actors["name"] == "Anna Brek"
    actors.loc[anna, "merged_from"] = "Tomas Brek: surname agrees with Anna Brek"
    base = Corpus(base.articles, actors, base.mentions, base.themes, base.commitments, base.quotes)
    merged = apply_corrections(base, fixes(("merge_actor", "Tarn", "Republic of Tarn")))
    assert actor(merged, "Republic of Tarn")["merged_from"] == (
        "Tarn: merged by an analyst's correction"
    )
    split = apply_corrections(base, fixes(("split_alias", "Anna Brek", "Tomas Brek")))
    assert actor(split, "Anna Brek")["merged_from"] == ""
    assert actor(split, "Tomas Brek")["merged_from"] == ""


def test_splitting_a_name_off_keeps_namesakes_apart():
    out = apply_corrections(corpus(), fixes(("split_alias", "Anna Brek", "Tomas Brek")))
    anna, tomas = actor(out, "Anna Brek"), actor(out, "Tomas Brek")
    assert anna["aliases"] == "Brek"
    assert (anna["mentions"], tomas["mentions"]) == (3, 2)
    assert tomas["type"] == "person" and tomas["actor_id"] != anna["actor_id"]
    made_by = {c: row["actor"] for c, row in by_id(out.commitments, "commitment_id").items()}
    # a2 names only Tomas; in a3 the first sentence names only Tomas, the second Anna.
    assert made_by == {
        "c1": "Anna Brek",
        "c2": "Tomas Brek",
        "c3": "Tomas Brek",
        "c4": "Breaking News",
    }
    said_by = {q: row["speaker"] for q, row in by_id(out.quotes, "quote_id").items()}
    assert said_by == {"q1": "Anna Brek", "q2": "Tomas Brek"}


def test_a_rename_then_an_edit_of_the_new_name_both_apply():
    out = apply_corrections(
        corpus(),
        fixes(
            ("rename_actor", "Anna Brek", "Anna Brek-Lund"),
            ("set_actor_title", "Anna Brek-Lund", "Minister of the Coast"),
            ("set_actor_affiliation", "Anna Brek-Lund", "Republic of Tarn"),
            ("set_actor_type", "Breaking News", "place"),
        ),
    )
    renamed = actor(out, "Anna Brek-Lund")
    assert (renamed["title"], renamed["affiliation"]) == (
        "Minister of the Coast",
        "Republic of Tarn",
    )
    assert "Anna Brek" in renamed["aliases"].split("; ")
    assert set(
        out.commitments.loc[out.commitments["actor_id"] == renamed["actor_id"], "actor"]
    ) == {"Anna Brek-Lund"}
    assert set(out.quotes["speaker"]) == {"Anna Brek-Lund"}
    assert actor(out, "Breaking News")["type"] == "place"


def test_not_an_actor_drops_it_and_its_mentions_and_unsets_its_commitments():
    out = apply_corrections(corpus(), fixes(("not_actor", "Breaking News", "")))
    assert "Breaking News" not in set(out.actors["name"])
    assert "organisation:breaking-news" not in set(out.mentions["actor_id"])
    c4 = by_id(out.commitments, "commitment_id")["c4"]
    assert (c4["actor_id"], c4["actor"]) == ("", "")


@pytest.mark.parametrize(
    ("commitment", "kind", "strength"),
    [("c1", "offer", 0.55), ("c2", "refusal", 0.0), ("c4", "pledge", 0.7), ("c3", "intent", 0.35)],
)
def test_a_new_commitment_type_moves_the_strength_by_the_base_difference(
    commitment, kind, strength
):
    out = apply_corrections(corpus(), fixes(("set_commitment_type", commitment, kind)))
    row = by_id(out.commitments, "commitment_id")[commitment]
    assert (row["type"], row["strength"]) == (kind, pytest.approx(strength))


def test_rows_can_be_rejected_and_given_another_actor_or_speaker():
    out = apply_corrections(
        corpus(),
        fixes(
            ("reject_commitment", "c3", ""),
            ("set_commitment_actor", "c2", "Republic of Tarn"),
            ("reject_quote", "q1", ""),
            ("set_quote_speaker", "q2", "Tarn"),
        ),
    )
    assert set(out.commitments["commitment_id"]) == {"c1", "c2", "c4"}
    c2 = by_id(out.commitments, "commitment_id")["c2"]
    assert (c2["actor_id"], c2["actor"]) == ("country:republic-of-tarn", "Republic of Tarn")
    assert out.quotes[["quote_id", "speaker_id", "speaker"]].values.tolist() == [
        ["q2", "country:tarn", "Tarn"]
    ]


def test_corrections_apply_in_the_order_they_were_made():
    later_first = fixes(
        ("rename_actor", "Tarn", "Tarnland"), ("merge_actor", "Tarnland", "Republic of Tarn")
    )
    shuffled = later_first.iloc[::-1].reset_index(drop=True)
    out = apply_corrections(corpus(), conform_corrections(shuffled))
    assert set(out.actors["name"]) == {"Republic of Tarn", "Anna Brek", "Breaking News"}
    assert actor(out, "Republic of Tarn")["aliases"] == "Tarnland; Tarn"


def test_a_correction_without_its_target_does_nothing_and_is_reported():
    table = fixes(("merge_actor", "Nobody", "Tarn"), ("reject_commitment", "c1", ""))
    out = apply_corrections(corpus(), table)
    assert len(out.actors) == 4 and set(out.commitments["commitment_id"]) == {"c2", "c3", "c4"}
    assert unmatched(corpus(), table)["target"].tolist() == ["Nobody"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "action,target,value\nmerge_actor,Tarn,Republic of Tarn\nsmash,Tarn,\n",
            "line 3: unknown",
        ),
        ("action,value\nmerge_actor,Tarn\n", "lacks the column(s) target"),
        ("action,target,value\nset_commitment_type,c1,promise\n", "line 2: set_commitment_type"),
        ("action,target,value\nrename_actor,Tarn,\n", "line 2: rename_actor: the value is empty"),
    ],
)
def test_a_bad_corrections_file_is_refused_with_its_line(tmp_path, text, message):
    path = tmp_path / "fixes.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CorrectionError, match=message.replace("(", r"\(").replace(")", r"\)")):
        read_corrections_csv(path)


def test_a_corrections_file_without_ids_or_times_still_applies(tmp_path):
    path = tmp_path / "fixes.csv"
    path.write_text("action,target,value\nmerge_actor,Tarn,Republic of Tarn\n", encoding="utf-8")
    table = read_corrections_csv(path)
    assert len(table) == 1 and len(table.at[0, "correction_id"]) == 12
    assert "Tarn" not in set(apply_corrections(corpus(), table).actors["name"])


def test_the_store_keeps_corrections_until_undone_and_across_a_schema_change(tmp_path):
    path = tmp_path / "store.duckdb"
    table = fixes(("merge_actor", "Tarn", "Republic of Tarn"), ("reject_quote", "q1", ""))
    with Store(path) as store:
        empty_signature = store.corrections_signature()
        store.add_corrections(table)
        assert store.corrections().to_dict("records") == table.to_dict("records")
        assert store.corrections_signature() != empty_signature
        # A changed row layout drops the article rows, never the corrections.
        store._con.execute("UPDATE meta SET value = 'old' WHERE key = 'schema'")
    with Store(path) as store:
        assert store.corrections()["action"].tolist() == ["merge_actor", "reject_quote"]
        store.remove_correction(table.at[0, "correction_id"])
        assert store.corrections()["action"].tolist() == ["reject_quote"]


def test_the_command_line_refuses_a_bad_corrections_file_before_building(tmp_path, capsys):
    from analysis.cli import EXIT_USAGE, main

    bad = tmp_path / "fixes.csv"
    bad.write_text("action,target\nsmash,Tarn\n", encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("date 2026-03-02 Tarn pledged to send two boats.", encoding="utf-8")
    code = main(["build", str(article), "--out", str(tmp_path / "out"), "--corrections", str(bad)])
    assert code == EXIT_USAGE
    assert "line 2: unknown correction 'smash'" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_the_command_line_applies_a_corrections_file(tmp_path):
    from analysis.cli import EXIT_OK, main

    article = tmp_path / "a.txt"
    article.write_text(
        "date 2026-03-02 The Republic of Tarn pledged to deliver two patrol boats to Velmora "
        "by 2027. Velmora's navy chief Ilse Marek welcomed the offer.",
        encoding="utf-8",
    )
    plain = tmp_path / "plain"
    args = ["build", str(article), "--store", ":memory:", "--quiet"]
    assert main([*args, "--out", str(plain)]) == EXIT_OK
    before = Corpus.read(plain)
    assert len(before.commitments) and len(before.actors)
    rejected = before.commitments.at[0, "commitment_id"]
    renamed = before.actors.at[0, "name"]
    fixes_file = tmp_path / "fixes.csv"
    pd.DataFrame(
        [
            {"action": "reject_commitment", "target": rejected, "value": ""},
            {"action": "rename_actor", "target": renamed, "value": "Renamed Actor"},
        ]
    ).to_csv(fixes_file, index=False)
    fixed = tmp_path / "fixed"
    assert main([*args, "--out", str(fixed), "--corrections", str(fixes_file)]) == EXIT_OK
    after = Corpus.read(fixed)
    assert rejected not in set(after.commitments["commitment_id"])
    assert len(after.commitments) == len(before.commitments) - 1
    assert "Renamed Actor" in set(after.actors["name"]) and renamed not in set(after.actors["name"])
