"""Chart builders, checked through the data of the figures they return."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.charts import (
    EMPTY_NOTE,
    READER_STYLES,
    actor_graph,
    actor_ranking_figure,
    actor_theme_figure,
    bin_range,
    bin_start,
    binned_counts,
    commitment_flow_figure,
    commitment_timeline_figure,
    cooccurrence_edges,
    dyad_commitments,
    dyad_figure,
    flow_edges,
    network_edges,
    network_figure,
    pick_unit,
    reader_html,
    reader_scroll_script,
    reader_spans,
    speaker_figure,
    theme_actor_figure,
    theme_colours,
    theme_heatmap_figure,
    theme_mix_figure,
    theme_trend_figure,
    timeline_figure,
    week_start,
)
from analysis.export import graph_bytes
from analysis.tables import (
    ACTORS,
    ARTICLES,
    COMMITMENTS,
    MENTIONS,
    QUOTES,
    THEMES,
    empty_frame,
    frame_from_rows,
)

ARTICLES_T = frame_from_rows(
    [
        {"article_id": "a1", "date": "2026-01-05"},  # Monday
        {"article_id": "a2", "date": "2026-01-11"},  # Sunday, same week
        {"article_id": "a3", "date": "2026-01-14"},
        {"article_id": "a4", "date": ""},
    ],
    ARTICLES,
)
ACTORS_T = frame_from_rows(
    [
        {"actor_id": "in", "name": "India", "type": "country", "mentions": 5},
        {"actor_id": "eu", "name": "European Union", "type": "organisation", "mentions": 4},
        {
            "actor_id": "rs",
            "name": "Rajnath Singh",
            "type": "person",
            "mentions": 3,
            "affiliation": "India",
        },
        {"actor_id": "jp", "name": "Japan", "type": "country", "mentions": 2},
        {"actor_id": "nd", "name": "New Delhi", "type": "place", "mentions": 9},
    ],
    ACTORS,
)
MENTIONS_T = frame_from_rows(
    [
        {"article_id": "a1", "actor_id": "in", "sentence_index": 0},
        {"article_id": "a1", "actor_id": "eu", "sentence_index": 0},
        {"article_id": "a1", "actor_id": "rs", "sentence_index": 0},
        {"article_id": "a1", "actor_id": "in", "sentence_index": 1},
        {"article_id": "a1", "actor_id": "eu", "sentence_index": 1},
        {"article_id": "a2", "actor_id": "jp", "sentence_index": 0},
        {"article_id": "a2", "actor_id": "eu", "sentence_index": 3},
        {"article_id": "a3", "actor_id": "in", "sentence_index": 0},
    ],
    MENTIONS,
)
THEMES_T = frame_from_rows(
    [
        {"article_id": "a1", "theme": "defence_industry", "label": "defence industry"},
        {"article_id": "a1", "theme": "maritime_security", "label": "maritime security"},
        {"article_id": "a2", "theme": "maritime_security", "label": "maritime security"},
        {"article_id": "a3", "theme": "maritime_security", "label": "maritime security"},
        {"article_id": "a4", "theme": "diplomacy", "label": "diplomacy"},
    ],
    THEMES,
)
COMMITMENTS_T = frame_from_rows(
    [
        {"commitment_id": "c1", "article_id": "a1", "date": "2026-01-05", "actor_id": "in", "actor": "India",
         "type": "pledge", "strength": 0.8, "counterpart_id": "eu", "counterpart": "European Union"},
        {"commitment_id": "c2", "article_id": "a1", "date": "2026-01-05", "actor_id": "eu", "actor": "European Union",
         "type": "endorsement", "strength": 0.5, "counterpart_id": "in", "counterpart": "India"},
        {"commitment_id": "c3", "article_id": "a3", "date": "2026-01-14", "actor_id": "in", "actor": "India",
         "type": "pledge", "strength": 0.7, "counterpart_id": "jp", "counterpart": "Japan"},
        {"commitment_id": "c4", "article_id": "a3", "date": "2026-01-14", "actor_id": "rs", "actor": "Rajnath Singh",
         "type": "call", "strength": 0.3},
    ],
    COMMITMENTS,
)  # fmt: skip


def _is_empty_figure(fig) -> bool:
    return not fig.data and fig.layout.annotations[0].text == EMPTY_NOTE


@pytest.mark.parametrize(
    ("dates", "weeks"),
    [
        (["2026-01-05", "2026-01-11", "2026-01-12", "", "not a date"], ["2026-01-05", "2026-01-05", "2026-01-12", "", ""]),
        (["2026-01-27T10:00:00"], ["2026-01-26"]),
    ],
)  # fmt: skip
def test_week_start_is_the_monday(dates, weeks):
    assert week_start(pd.Series(dates, dtype=str)).tolist() == weeks


def test_timeline_counts_articles_and_commitments_per_week():
    fig = timeline_figure(ARTICLES_T, COMMITMENTS_T, unit="week")
    bars = {trace.name: dict(zip(trace.x, trace.y, strict=True)) for trace in fig.data}
    assert bars == {
        "articles": {"2026-01-05": 2, "2026-01-12": 1},
        "commitments": {"2026-01-05": 2, "2026-01-12": 2},
    }


@pytest.mark.parametrize(
    ("by", "colour", "top", "traces"),
    [
        ("mentions", "type", 15, {"country": ["India", "Japan"], "organisation": ["European Union"], "person": ["Rajnath Singh"]}),
        ("mentions", "type", 2, {"country": ["India"], "organisation": ["European Union"]}),
        ("mentions", "affiliation", 15, {"(none)": ["India", "European Union", "Japan"], "India": ["Rajnath Singh"]}),
    ],
)  # fmt: skip
def test_actor_ranking_groups_by_colour_and_leaves_out_places(by, colour, top, traces):
    fig = actor_ranking_figure(ACTORS_T, by=by, colour=colour, top=top)
    assert {t.name: list(t.y) for t in fig.data} == traces
    assert "New Delhi" not in fig.layout.yaxis.categoryarray


def test_theme_mix_counts_articles_per_theme():
    fig = theme_mix_figure(THEMES_T)
    assert dict(zip(fig.data[0].y, fig.data[0].x, strict=True)) == {
        "defence industry": 1,
        "diplomacy": 1,
        "maritime security": 3,
    }


def test_cooccurrence_is_counted_per_shared_sentence():
    pairs = cooccurrence_edges(MENTIONS_T, {"in", "eu", "rs", "jp"})
    assert pairs == {("eu", "in"): 2, ("eu", "rs"): 1, ("in", "rs"): 1}


@pytest.mark.parametrize(
    ("rows", "wanted", "expected"),
    [
        # The same actor twice in one sentence is one presence, not a pair with itself.
        ([("a1", "in", 0), ("a1", "in", 0), ("a1", "eu", 0)], {"in", "eu"}, {("eu", "in"): 1}),
        # Equal sentence numbers in different articles are different sentences.
        ([("a1", "in", 0), ("a2", "eu", 0)], {"in", "eu"}, {}),
        # Three actors in a sentence make three pairs; ids outside the network are ignored.
        (
            [("a1", "in", 2), ("a1", "eu", 2), ("a1", "jp", 2), ("a1", "rs", 2)],
            {"in", "eu", "jp"},
            {("eu", "in"): 1, ("eu", "jp"): 1, ("in", "jp"): 1},
        ),
        ([("a1", "in", 0), ("a1", "eu", 0)], set(), {}),
    ],
)
def test_cooccurrence_cases(rows, wanted, expected):
    mentions = frame_from_rows(
        [{"article_id": a, "actor_id": k, "sentence_index": i} for a, k, i in rows], MENTIONS
    )
    assert dict(cooccurrence_edges(mentions, wanted)) == expected


def test_network_has_edges_for_cooccurrence_and_commitments_and_no_places():
    fig = network_figure(ACTORS_T, MENTIONS_T, COMMITMENTS_T)
    together, commits, *nodes = fig.data
    assert (together.name, commits.name) == ("co-occurrence", "commitment")
    # One node trace per actor type, so the legend names the colours.
    assert {t.name: list(t.customdata) for t in nodes} == {
        "person": ["rs"],
        "country": ["in", "jp"],
        "organisation": ["eu"],
    }
    # Three segments for three pairs (each segment is x0, x1, None).
    assert len(together.x) == 3 * 3
    # India -> EU, EU -> India and India -> Japan; the call without counterpart has no edge.
    assert len(commits.x) == 3 * 3


def test_network_layout_is_stable():
    first = network_figure(ACTORS_T, MENTIONS_T, COMMITMENTS_T)
    second = network_figure(ACTORS_T, MENTIONS_T, COMMITMENTS_T)
    assert [list(t.x) for t in first.data] == [list(t.x) for t in second.data]


def test_theme_heatmap_counts_articles_per_theme_and_week():
    fig = theme_heatmap_figure(THEMES_T, ARTICLES_T, unit="week")
    heat = fig.data[0]
    cells = {
        (label, week): value
        for label, row in zip(heat.y, heat.z, strict=True)
        for week, value in zip(heat.x, row, strict=True)
    }
    assert cells == {
        ("defence industry", "2026-01-05"): 1,
        ("defence industry", "2026-01-12"): 0,
        ("maritime security", "2026-01-05"): 2,
        ("maritime security", "2026-01-12"): 1,
    }


def test_theme_trends_have_one_line_per_dated_theme_with_empty_bins_as_zero():
    fig = theme_trend_figure(THEMES_T, ARTICLES_T, unit="week")
    lines = {t.name: dict(zip(t.x, t.y, strict=True)) for t in fig.data}
    assert lines == {
        "defence industry": {"2026-01-05": 1, "2026-01-12": 0},
        "maritime security": {"2026-01-05": 2, "2026-01-12": 1},
    }
    assert len({t.marker.color for t in fig.data}) == 2
    # One panel per theme, most articles first, every panel on its own axes.
    assert [a.text for a in fig.layout.annotations] == ["maritime security", "defence industry"]
    assert [(t.xaxis, t.yaxis) for t in fig.data] == [("x", "y"), ("x2", "y2")]


def test_theme_actor_matrix_orders_actors_by_mentions():
    fig = theme_actor_figure(THEMES_T, MENTIONS_T, ACTORS_T)
    heat = fig.data[0]
    assert list(heat.x) == ["India", "European Union", "Rajnath Singh", "Japan"]
    row = dict(zip(heat.x, heat.z[list(heat.y).index("maritime security")], strict=True))
    assert row == {"India": 2, "European Union": 2, "Rajnath Singh": 1, "Japan": 1}


def test_actor_theme_figure_covers_only_that_actors_articles():
    fig = actor_theme_figure(THEMES_T, MENTIONS_T, ARTICLES_T, "jp", unit="week")
    assert [(t.name, list(t.x), list(t.y)) for t in fig.data] == [
        ("maritime security", ["2026-01-05"], [1])
    ]


def test_commitment_timeline_has_one_trace_per_type_in_type_order():
    fig = commitment_timeline_figure(COMMITMENTS_T)
    assert [t.name for t in fig.data] == ["pledge", "endorsement", "call"]
    pledges = fig.data[0]
    assert list(pledges.customdata) == ["c1", "c3"]
    assert list(pledges.y) == ["India", "India"]


def test_commitment_flow_links_actors_to_counterparts():
    sankey = commitment_flow_figure(COMMITMENTS_T).data[0]
    labels = list(sankey.node.label)
    links = {
        (labels[s], labels[t]): v
        for s, t, v in zip(sankey.link.source, sankey.link.target, sankey.link.value, strict=True)
    }
    assert links == {
        ("European Union", "India"): 1,
        ("India", "European Union"): 1,
        ("India", "Japan"): 1,
    }


def test_dyad_keeps_commitments_between_the_two_in_both_directions():
    between = dyad_commitments(COMMITMENTS_T, "eu", "in")
    assert set(between["commitment_id"]) == {"c1", "c2"}
    fig = dyad_figure(between, {"in": "India", "eu": "European Union"})
    assert {t.name: list(t.customdata) for t in fig.data} == {
        "India → European Union": ["c1"],
        "European Union → India": ["c2"],
    }


def test_speaker_figure_counts_named_speakers():
    quotes = frame_from_rows(
        [
            {"speaker": "Kaja Kallas"},
            {"speaker": "Kaja Kallas"},
            {"speaker": "Rajnath Singh"},
            {"speaker": ""},
        ],
        QUOTES,
    )
    fig = speaker_figure(quotes)
    assert dict(zip(fig.data[0].y, fig.data[0].x, strict=True)) == {
        "Rajnath Singh": 1,
        "Kaja Kallas": 2,
    }


@pytest.mark.parametrize(
    "build",
    [
        lambda: timeline_figure(empty_frame(ARTICLES), empty_frame(COMMITMENTS)),
        lambda: actor_ranking_figure(empty_frame(ACTORS)),
        lambda: theme_mix_figure(empty_frame(THEMES)),
        lambda: network_figure(
            empty_frame(ACTORS), empty_frame(MENTIONS), empty_frame(COMMITMENTS)
        ),
        lambda: theme_heatmap_figure(empty_frame(THEMES), ARTICLES_T),
        lambda: theme_trend_figure(THEMES_T, empty_frame(ARTICLES)),
        lambda: theme_actor_figure(THEMES_T, empty_frame(MENTIONS), ACTORS_T),
        lambda: commitment_timeline_figure(empty_frame(COMMITMENTS)),
        lambda: commitment_flow_figure(COMMITMENTS_T[COMMITMENTS_T["counterpart"] == ""]),
        lambda: dyad_figure(empty_frame(COMMITMENTS), {"in": "India", "jp": "Japan"}),
        lambda: speaker_figure(empty_frame(QUOTES)),
    ],
)
def test_an_empty_slice_gives_an_empty_figure_with_a_note(build):
    assert _is_empty_figure(build())


READER_TEXT = 'Estonia will guard cables. <script>alert("x")</script> "We agree," Kallas said.'


@pytest.mark.parametrize(
    ("spans", "expected_pieces"),
    [
        ([], ["&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"]),
        (
            [(0, 7, "actor", "Estonia"), (0, 26, "commitment", "pledge (0.70) by Estonia")],
            ['class="ct-commitment ct-actor"', ">Estonia</span>", "> will guard cables.</span>"],
        ),
        (
            [(56, 66, "quote", 'said by <b onmouseover="x">')],
            ['title="said by &lt;b onmouseover=&quot;x&quot;&gt;"'],
        ),
        ([(8, 12, "focus", "the sentence you opened")], ['class="ct-focus"', ">will</span>"]),
    ],
)
def test_reader_html_escapes_text_and_styles_each_layer(spans, expected_pieces):
    markup = reader_html(READER_TEXT, spans)
    assert "<script" not in markup
    for piece in expected_pieces:
        assert piece in markup


def test_reader_spans_collect_every_layer():
    mentions = frame_from_rows(
        [{"actor_id": "in", "text": "India", "start_char": 0, "end_char": 5}], MENTIONS
    )
    quotes = frame_from_rows([{"speaker": "Kaja Kallas", "start_char": 10, "end_char": 20}], QUOTES)
    spans = reader_spans(
        mentions=mentions,
        commitments=COMMITMENTS_T.head(1),
        quotes=quotes,
        actor_names={"in": "India"},
        focus=(3, 9),
    )
    assert [(layer, tip) for _, _, layer, tip in spans] == [
        ("actor", "India"),
        ("commitment", "pledge (0.80) by India"),
        ("quote", "said by Kaja Kallas"),
        ("focus", "the sentence you opened"),
    ]


# ---------------------------------------------------------------- time bins


def dated(*dates: str) -> pd.DataFrame:
    return frame_from_rows(
        [{"article_id": f"a{i}", "date": d} for i, d in enumerate(dates)], ARTICLES
    )


@pytest.mark.parametrize(
    ("first", "last", "unit"),
    [
        ("2026-01-01", "2026-01-20", "day"),
        ("2026-01-01", "2026-02-14", "day"),
        ("2026-01-01", "2026-06-30", "week"),
        ("2026-01-01", "2027-06-30", "month"),
        ("2004-01-01", "2008-06-01", "month"),  # four and a half years: 54 months
        ("2004-01-01", "2012-01-01", "quarter"),
        ("1990-01-01", "2026-01-01", "year"),
    ],
)
def test_the_time_unit_follows_the_range_shown(first, last, unit):
    assert pick_unit(dated(first, last, "")["date"]) == unit


def test_no_date_at_all_counts_by_week():
    assert pick_unit(dated("", "")["date"]) == "week"


@pytest.mark.parametrize(
    ("unit", "labels"),
    [
        ("day", ["2026-03-30", "2026-04-02", ""]),
        ("week", ["2026-03-30", "2026-03-30", ""]),
        ("month", ["2026-03", "2026-04", ""]),
        ("quarter", ["2026-Q1", "2026-Q2", ""]),
        ("year", ["2026", "2026", ""]),
    ],
)
def test_bin_labels_sort_in_time_order(unit, labels):
    assert bin_start(pd.Series(["2026-03-30", "2026-04-02T10:00", ""]), unit).tolist() == labels


def test_counts_fill_every_bin_of_the_range_with_whole_numbers():
    frame = dated("2026-01-15", "2026-01-20", "2026-04-02", "")
    bins = bin_range(frame["date"], "month")
    assert bins == ["2026-01", "2026-02", "2026-03", "2026-04"]
    counts = binned_counts(frame, "month", bins)
    assert counts.tolist() == [2, 0, 0, 1] and counts.dtype == "int64"


def test_the_timeline_picks_its_unit_and_counts_on_a_whole_number_axis():
    articles = dated("2004-01-10", "2004-01-12", "2008-05-30")
    fig = timeline_figure(articles, empty_frame(COMMITMENTS))
    assert fig.layout.title.text == "Articles and commitments by month"
    bars = fig.data[0]
    assert len(bars.x) == 53 and bars.x[0] == "2004-01" and bars.x[-1] == "2008-05"
    assert sum(bars.y) == 3 and bars.y[0] == 2 and all(isinstance(v, int) for v in bars.y)
    assert fig.layout.yaxis.dtick == 1 and fig.layout.yaxis.tickformat == ",d"
    override = timeline_figure(articles, empty_frame(COMMITMENTS), unit="year")
    assert list(override.data[0].x) == ["2004", "2005", "2006", "2007", "2008"]
    assert list(override.data[0].y) == [2, 0, 0, 0, 1]


def test_theme_colours_stay_distinct_beyond_ten():
    labels = [f"theme {n:02d}" for n in range(17)]
    colours = theme_colours(labels)
    assert len(set(colours.values())) == 17
    # The same theme has the same colour whatever else is in view.
    assert theme_colours(labels[3:5])["theme 03"] == theme_colours(labels[3:5] + ["zz"])["theme 03"]


def test_theme_colours_stay_the_same_in_the_trend_chart():
    themes = frame_from_rows(
        [{"article_id": f"a{i}", "theme": f"t{i}", "label": f"theme {i:02d}"} for i in range(12)],
        THEMES,
    )
    articles = dated(*[f"2026-01-{i + 1:02d}" for i in range(12)])
    fig = theme_trend_figure(themes, articles)
    assert len({t.marker.color for t in fig.data}) == 12
    assert all(t.type == "bar" for t in fig.data)


# ---------------------------------------------------------------- many actors


def many_commitments(n_actors: int) -> pd.DataFrame:
    """Actor k makes k + 1 commitments, each to counterpart k % 3."""
    rows = []
    for k in range(n_actors):
        for j in range(k + 1):
            rows.append(
                {
                    "commitment_id": f"c{k}-{j}",
                    "article_id": f"a{j}",
                    "date": f"2026-01-{j % 28 + 1:02d}",
                    "actor_id": f"x{k}",
                    "actor": f"Actor {k:02d}",
                    "counterpart_id": f"t{k % 3}",
                    "counterpart": f"Target {k % 3}",
                    "type": "pledge" if k % 2 else "refusal",
                    "strength": 0.7 if k % 2 else 0.0,
                }
            )
    return frame_from_rows(rows, COMMITMENTS)


def test_flow_keeps_the_top_actors_a_side_and_folds_the_rest_into_others():
    flows = flow_edges(many_commitments(30), top=5)
    left = set(flows["actor"])
    assert left == {
        "Actor 29",
        "Actor 28",
        "Actor 27",
        "Actor 26",
        "Actor 25",
        "others (25 actors)",
    }
    assert set(flows["counterpart"]) == {"Target 0", "Target 1", "Target 2"}
    folded = flows[flows["actor"] == "others (25 actors)"]["commitments"].sum()
    assert folded == sum(k + 1 for k in range(25))
    assert flows["commitments"].sum() == sum(k + 1 for k in range(30))


def test_flow_leaves_out_links_below_the_minimum_weight():
    flows = flow_edges(many_commitments(6), top=10, min_weight=4)
    assert set(flows["actor"]) == {"Actor 03", "Actor 04", "Actor 05"}


def test_the_flow_chart_has_a_legend_of_types_and_grows_with_its_nodes():
    fig = commitment_flow_figure(many_commitments(30), top=15)
    sankey, *legend = fig.data
    assert len(sankey.node.label) == 16 + 3
    assert [t.name for t in legend] == ["pledge", "refusal"]
    assert fig.layout.height >= 30 * 16


def network_fixture(n: int) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """n actors; actor k is mentioned k + 1 times, each sentence with actor 0."""
    actors = frame_from_rows(
        [
            {"actor_id": f"x{k}", "name": f"Actor {k:02d}", "type": "country", "mentions": k + 1}
            for k in range(n)
        ],
        ACTORS,
    )
    mentions = frame_from_rows(
        [
            row
            for k in range(1, n)
            for s in range(k + 1)
            for row in (
                {"article_id": f"a{k}", "actor_id": f"x{k}", "sentence_index": s},
                {"article_id": f"a{k}", "actor_id": "x0", "sentence_index": s},
            )
        ],
        MENTIONS,
    )
    return actors, mentions, many_commitments(0)


def test_the_network_keeps_the_top_actors_and_folds_the_rest_into_one_node():
    actors, mentions, commitments = network_fixture(20)
    nodes, edges = network_edges(actors, mentions, commitments, top=5)
    assert list(nodes["actor_id"]) == ["x19", "x18", "x17", "x16", "x15", "others"]
    folded = edges[(edges[["source_id", "target_id"]] == "others").any(axis=1)]
    ends = folded["source_id"].where(folded["source_id"] != "others", folded["target_id"])
    # Actor 00 is folded: each top actor's sentences with it go to "others".
    assert dict(zip(ends, folded["weight"], strict=True)) == {
        "x19": 20, "x18": 19, "x17": 18, "x16": 17, "x15": 16
    }  # fmt: skip
    assert nodes.iloc[-1]["name"] == "others (15 actors)"
    heavy = network_edges(actors, mentions, commitments, top=5, min_weight=18)[1]
    assert set(heavy["source_id"]) | set(heavy["target_id"]) == {"x19", "x18", "x17", "others"}


def test_the_network_labels_face_away_from_the_centre():
    actors, mentions, commitments = network_fixture(12)
    fig = network_figure(actors, mentions, commitments, top=8)
    for trace in fig.data[2:]:
        if trace.name == "others":
            continue
        for x, position in zip(trace.x, trace.textposition, strict=True):
            assert position == ("middle left" if x < 0 else "middle right")
    assert {t.name for t in fig.data[2:]} == {"country", "others"}


def test_the_others_node_sits_below_every_actor_with_its_label_underneath():
    actors, mentions, commitments = network_fixture(12)
    fig = network_figure(actors, mentions, commitments, top=8)
    (others,) = [t for t in fig.data if t.name == "others"]
    named_ys = [y for t in fig.data[2:] if t.name != "others" for y in t.y]
    assert others.y[0] < min(named_ys)
    assert list(others.textposition) == ["bottom center"]


def test_the_network_downloads_as_graphml_and_gexf():
    import io

    import networkx as nx

    actors, mentions, commitments = network_fixture(8)
    nodes, edges = network_edges(actors, mentions, commitments, top=4)
    graph = actor_graph(nodes, edges)
    back = nx.read_graphml(io.BytesIO(graph_bytes(graph, "graphml")))
    assert set(back.nodes) == set(nodes["actor_id"])
    assert back.nodes["x7"]["name"] == "Actor 07"
    assert sorted(w for *_, w in back.edges(data="weight")) == sorted(edges["weight"])
    gexf = nx.read_gexf(io.BytesIO(graph_bytes(graph, "gexf")))
    assert gexf.number_of_edges() == len(edges)
    with pytest.raises(ValueError, match="unknown graph format"):
        graph_bytes(graph, "dot")


def test_the_commitment_timeline_labels_every_row_it_draws():
    fig = commitment_timeline_figure(many_commitments(40), top=30)
    drawn = {y for trace in fig.data for y in trace.y}
    assert len(drawn) == 30
    assert set(fig.layout.yaxis.tickvals) == drawn
    assert fig.layout.height >= 24 * 30
    assert "top 30 of 40 actors" in fig.layout.title.text


def test_flow_leaves_out_commitments_between_two_folded_actors():
    flows = flow_edges(many_commitments(12), top=2)
    # Targets 2 and 1 receive most and are kept, Target 0 is folded; actors 11 and 10 kept.
    assert not (
        (flows["actor"].str.startswith("others")) & (flows["counterpart"].str.startswith("others"))
    ).any()
    assert flows["commitments"].sum() == sum(
        k + 1 for k in range(12) if k in (10, 11) or k % 3 != 0
    )


def test_the_reader_scroll_script_names_only_our_offsets_and_has_no_tag_start():
    script = reader_scroll_script(120, 180)
    body = script.removeprefix("<script>").removesuffix("</script>")
    assert "'120-180'" in body and "scrollIntoView" in body
    # The sanitiser in front of st.html drops a script whose text holds "<" + a letter/digit.
    assert "<" not in body


def test_the_focus_ring_is_drawn_per_line_and_never_as_a_clipping_outline():
    html_out = reader_html("Alpha. Beta gamma.", [(7, 18, "focus", "opened")])
    assert "box-decoration-break: clone" in html_out and "outline" not in html_out
    assert "line-height: 1.9" in html_out


def _luminance(colour: str) -> float:
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(int(colour[i : i + 2], 16) / 255) for i in (1, 3, 5))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _contrast(a: float, b: float) -> float:
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)


@pytest.mark.parametrize("background", ["#ffffff", "#0f1419"])  # .streamlit/config.toml
def test_theme_colours_read_on_the_light_and_the_dark_background(background):
    from analysis.charts import THEME_PALETTE

    assert len(set(THEME_PALETTE)) == len(THEME_PALETTE) == 24
    ground = _luminance(background)
    assert min(_contrast(_luminance(c), ground) for c in THEME_PALETTE) >= 1.8
    quote = READER_STYLES["quote"].split("color: ")[1][:7]
    assert _contrast(_luminance(quote), ground) >= 3.5


def test_no_two_network_labels_share_a_line():
    actors, mentions, commitments = network_fixture(20)
    fig = network_figure(actors, mentions, commitments, top=15)
    points = [
        (x, y) for t in fig.data[2:] if t.name != "others" for x, y in zip(t.x, t.y, strict=True)
    ]
    xs, ys = [x for x, _ in points], [y for _, y in points]
    width, height = max(xs) - min(xs), max(ys) - min(ys)
    for i, (ax, ay) in enumerate(points):
        for bx, by in points[i + 1 :]:
            beside = abs(ax - bx) < 0.25 * width
            assert not beside or abs(ay - by) >= 0.05 * max(height, width * 0.6) - 1e-6
