"""Plotly figures for the dashboard, and the reader's highlighted article markup.

Each builder takes (already filtered) tables and returns a ``plotly.graph_objects.Figure``
whose data can be inspected in tests without a browser. An empty slice gives an empty
figure with a note saying so, never an error.

Time axes count by a unit that follows the range shown (``pick_unit``: days up to six
weeks, weeks up to nine months, months up to five years, quarters up to fifteen, then
years), which the analyst can override. Every bin of the range is drawn, empty ones as
zero, so a line never joins two bins across a gap; counts are whole numbers on a whole-
number axis. Weeks start on Monday and are labelled by that Monday's ISO date.

Charts of many actors keep the ``top`` actors (about 15 a side by default) and the
links of at least ``min_weight``, and fold the rest into "others"; each returns the
table of the links it draws as well, for the page to show under the chart.
"""

from __future__ import annotations

import html
import itertools
import math
from collections import Counter

import networkx as nx
import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from analysis.cue_lexicon import COMMITMENT_TYPES
from analysis.tables import split_list

EMPTY_NOTE = "Nothing to show for these filters"
HOVER_CHARS = 120  # hover text is cut here: long sentences make the page heavy to send

# One colour per commitment type everywhere, firm types in strong colours.
TYPE_COLOURS: dict[str, str] = {
    "agreement": "#1b7837",
    "pledge": "#2166ac",
    "offer": "#5aae61",
    "endorsement": "#92c5de",
    "call": "#f4a582",
    "intent": "#b2abd2",
    "refusal": "#b2182b",
}
ACTOR_TYPE_COLOURS: dict[str, str] = {
    "person": "#4c78a8",
    "country": "#f58518",
    "organisation": "#54a24b",
    "place": "#9d9d9d",
}


def _empty(title: str) -> go.Figure:
    fig = go.Figure()
    fig.update_layout(title=title)
    fig.add_annotation(text=EMPTY_NOTE, showarrow=False, x=0.5, y=0.5, xref="paper", yref="paper")
    return fig


TIME_UNITS: tuple[str, ...] = ("day", "week", "month", "quarter", "year")
_FREQ = {"day": "D", "week": "W-SUN", "month": "M", "quarter": "Q", "year": "Y"}
UNIT_TITLES = {
    "day": "day",
    "week": "week of",
    "month": "month",
    "quarter": "quarter",
    "year": "year",
}
# The longest span (in days) each unit is picked for: about 10 to 60 bins each.
_UNIT_SPANS = (("day", 45), ("week", 270), ("month", 5 * 366), ("quarter", 15 * 366))
OTHERS = "others"
THEME_PALETTE: tuple[str, ...] = (
    "#3366CC", "#DC3912", "#FF9900", "#109618", "#990099", "#0099C6", "#DD4477", "#66AA00",
    "#B82E2E", "#316395", "#72B7B2", "#B279A2", "#9D755D", "#BAB0AC", "#DA16FF", "#B68100",
    "#00A08B", "#6C7C32", "#A777F1", "#778AAE", "#AF0038", "#E377C2", "#BCBD22", "#5B4FCF",
)  # fmt: skip
"""24 distinct mid-tone colours, each readable on the light and on the dark background:
the 17 default themes (and a few of the analyst's) each get one."""


def _parsed(dates: pd.Series) -> pd.Series:
    return pd.to_datetime(dates.astype(str).str.slice(0, 10), format="%Y-%m-%d", errors="coerce")


def pick_unit(*date_columns: pd.Series) -> str:
    """Return the time unit that suits the range of the given ISO date columns.

    Days up to 45 days, weeks up to 270, months up to five years, quarters up to fifteen,
    then years; "week" when nothing is dated.
    """
    parsed = pd.concat([_parsed(c) for c in date_columns if len(c)] or [pd.Series(dtype="M8[ns]")])
    parsed = parsed.dropna()
    if parsed.empty:
        return "week"
    span = (parsed.max() - parsed.min()).days
    return next((unit for unit, longest in _UNIT_SPANS if span <= longest), "year")


def _label(periods: pd.Series | pd.PeriodIndex, unit: str) -> list[str]:
    if unit == "quarter":
        return [f"{p.year}-Q{p.quarter}" for p in periods]
    if unit == "year":
        return [str(p.year) for p in periods]
    if unit == "month":
        return [p.strftime("%Y-%m") for p in periods]
    return [p.start_time.strftime("%Y-%m-%d") for p in periods]


def bin_start(dates: pd.Series, unit: str) -> pd.Series:
    """Return each date's bin label in ``unit`` ("" when undated).

    Labels sort in time order: ``2026-01-05`` (a day, or the Monday of a week),
    ``2026-01`` (a month), ``2026-Q1`` (a quarter), ``2026`` (a year). Each distinct date
    is labelled once (a corpus has far fewer dates than rows).
    """
    keys = dates.astype(str).str.slice(0, 10)
    distinct = pd.Series(pd.unique(keys), dtype=str)
    parsed = _parsed(distinct)
    labels = pd.Series("", index=distinct.index, dtype=str)
    dated = parsed.notna()
    if dated.any():
        labels[dated] = _label(parsed[dated].dt.to_period(_FREQ[unit]), unit)
    return keys.map(dict(zip(distinct, labels, strict=True))).astype(str)


def bin_range(dates: pd.Series, unit: str) -> list[str]:
    """Return every bin label from the first to the last dated value, empty bins included."""
    parsed = _parsed(pd.Series(pd.unique(dates.astype(str).str.slice(0, 10)), dtype=str)).dropna()
    if parsed.empty:
        return []
    periods = pd.period_range(parsed.min(), parsed.max(), freq=_FREQ[unit])
    return _label(periods, unit)


def binned_counts(
    frame: pd.DataFrame, unit: str, bins: list[str], *, date_col: str = "date"
) -> pd.Series:
    """Return the number of rows in each of ``bins`` (zero for an empty bin), as integers."""
    labels = bin_start(frame[date_col], unit)
    counts = labels[labels != ""].value_counts()
    return counts.reindex(bins, fill_value=0).astype("int64")


def _count_axis(largest: float) -> dict:
    """Return a y-axis of whole numbers: a tick per unit while counts are small."""
    axis: dict = {"rangemode": "tozero", "tickformat": ",d"}
    if largest <= 10:
        axis["dtick"] = 1
    return axis


def theme_colours(labels: list[str]) -> dict[str, str]:
    """Return a distinct colour per theme label, the same in every chart (alphabetical order)."""
    ordered = sorted(set(labels), key=str.casefold)
    return {label: THEME_PALETTE[i % len(THEME_PALETTE)] for i, label in enumerate(ordered)}


def week_start(dates: pd.Series) -> pd.Series:
    """Return the ISO date of the Monday starting each date's week ("" when undated)."""
    parsed = pd.to_datetime(dates.str.slice(0, 10), format="%Y-%m-%d", errors="coerce")
    monday = parsed - pd.to_timedelta(parsed.dt.day_of_week, unit="D")
    return monday.dt.strftime("%Y-%m-%d").fillna("")


def weekly_counts(frame: pd.DataFrame, *, date_col: str = "date") -> pd.Series:
    """Return the number of rows per week start, oldest first; undated rows are left out."""
    weeks = week_start(frame[date_col])
    weeks = weeks[weeks != ""]
    return weeks.value_counts().sort_index()


def timeline_figure(
    articles: pd.DataFrame, commitments: pd.DataFrame, *, unit: str | None = None
) -> go.Figure:
    """Return counts of articles and of commitments per time bin, as two bar traces.

    ``unit`` (one of ``TIME_UNITS``) defaults to the one ``pick_unit`` chooses for the
    articles' dates; every bin of the range is present, empty ones as zero.
    """
    return timeline_counts_figure(date_counts(articles), date_counts(commitments), unit=unit)


def date_counts(frame: pd.DataFrame, *, date_col: str = "date") -> pd.DataFrame:
    """Return ``date`` and ``n``: the rows of ``frame`` per date (what ``Warehouse.date_counts`` gives)."""
    counts = frame.groupby(date_col).size()
    return pd.DataFrame({"date": counts.index.astype(str), "n": counts.to_numpy(dtype="int64")})


def _binned(counts: pd.DataFrame, unit: str, bins: list[str]) -> pd.Series:
    labels = bin_start(counts["date"], unit)
    summed = counts["n"].groupby(labels.to_numpy()).sum()
    summed = summed[summed.index != ""]
    return summed.reindex(bins, fill_value=0).astype("int64")


def timeline_counts_figure(
    article_dates: pd.DataFrame, commitment_dates: pd.DataFrame, *, unit: str | None = None
) -> go.Figure:
    """Return ``timeline_figure`` from counts per date (``date``, ``n``) of articles and commitments."""
    unit = unit or pick_unit(article_dates["date"])
    title = f"Articles and commitments by {unit}"
    bins = bin_range(pd.concat([article_dates["date"], commitment_dates["date"]]), unit)
    if not bins:
        return _empty(title)
    article_bins = _binned(article_dates, unit, bins)
    commitment_bins = _binned(commitment_dates, unit, bins)
    fig = go.Figure()
    fig.add_bar(name="articles", x=bins, y=article_bins.tolist())
    fig.add_bar(name="commitments", x=bins, y=commitment_bins.tolist())
    largest = max(article_bins.max(), commitment_bins.max())
    fig.update_layout(
        title=title,
        barmode="group",
        xaxis={"title": UNIT_TITLES[unit], "type": "category"},
        yaxis={"title": "count", **_count_axis(largest)},
    )
    return fig


def actor_ranking_figure(
    actors: pd.DataFrame, *, by: str = "mentions", colour: str = "type", top: int = 15
) -> go.Figure:
    """Return a horizontal bar chart of the ``top`` actors by ``by`` (mentions or articles).

    Places are left out. One trace per value of ``colour`` (type or affiliation), so the
    legend reads as the grouping.
    """
    title = f"Top actors by {by}"
    ranked = actors[actors["type"] != "place"].sort_values([by, "name"], ascending=[False, True])
    ranked = ranked.head(top)
    if ranked.empty:
        return _empty(title)
    fig = go.Figure()
    groups = ranked[colour].replace("", "(none)")
    for group in dict.fromkeys(groups):
        rows = ranked[groups == group]
        fig.add_bar(
            name=group,
            x=rows[by].tolist(),
            y=rows["name"].tolist(),
            orientation="h",
            marker_color=ACTOR_TYPE_COLOURS.get(group) if colour == "type" else None,
            customdata=rows["actor_id"].tolist(),
        )
    fig.update_layout(
        title=title,
        yaxis={"categoryorder": "array", "categoryarray": ranked["name"].tolist()[::-1]},
        xaxis_title=by,
        legend_title=colour,
    )
    return fig


def theme_mix_figure(themes: pd.DataFrame) -> go.Figure:
    """Return a bar chart of the number of articles carrying each theme, most first.

    ``themes`` is the themes table or its counts (``label``, ``articles``).
    """
    if "articles" in themes.columns:  # already counted: label, articles
        counts = themes.set_index("label")["articles"]
    else:
        counts = themes.groupby("label")["article_id"].nunique()
    title = "Theme mix (articles per theme)"
    if counts.empty:
        return _empty(title)
    counts = counts.sort_values(ascending=True)
    fig = go.Figure(go.Bar(x=counts.tolist(), y=list(counts.index), orientation="h"))
    fig.update_layout(title=title, xaxis_title="articles")
    return fig


def cooccurrence_edges(mentions: pd.DataFrame, actor_ids: set[str]) -> Counter:
    """Return how many sentences each pair of actors (sorted id pair) is mentioned in together.

    Sentence level, not article level: in a long article everyone "co-occurs" with
    everyone, while a shared sentence means the two are acting or spoken of together.
    """
    sentence = ["article_id", "sentence_index"]
    rows = mentions.loc[mentions["actor_id"].isin(actor_ids), [*sentence, "actor_id"]]
    rows = rows.drop_duplicates()
    # A self-merge on the sentence pairs every two actors in it in one vectorised step; a
    # Python loop over sentence groups takes seconds at thousands of articles.
    pairs = rows.merge(rows, on=sentence, suffixes=("", "_other"))
    pairs = pairs[pairs["actor_id"] < pairs["actor_id_other"]]
    counts = pairs.groupby(["actor_id", "actor_id_other"]).size()
    return Counter({(a, b): int(n) for (a, b), n in counts.items()})


def commitment_edges(commitments: pd.DataFrame, actor_ids: set[str]) -> Counter:
    """Return the number of commitments from each actor id to each counterpart id."""
    rows = commitments[
        commitments["actor_id"].isin(actor_ids)
        & commitments["counterpart_id"].isin(actor_ids)
        & (commitments["actor_id"] != commitments["counterpart_id"])
    ]
    return Counter(zip(rows["actor_id"], rows["counterpart_id"], strict=True))


EDGE_COLUMNS = ["source", "target", "kind", "weight", "source_id", "target_id"]


def _fold(ids: pd.Series, kept: set[str]) -> pd.Series:
    return ids.where(ids.isin(kept), OTHERS)


def network_edges(
    actors: pd.DataFrame,
    mentions: pd.DataFrame,
    commitments: pd.DataFrame,
    *,
    top: int = 15,
    min_weight: int = 1,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Return the nodes and edges of the actor network, the rest folded into "others".

    Nodes are the ``top`` actors by mentions (places left out) and, when any link leads
    outside them, one "others" node. Edges: "co-occurrence" (sentences naming both;
    undirected, source before target by id) and "commitment" (commitments from source to
    target), each with its weight; links between two folded actors are left out, and so
    are edges lighter than ``min_weight``. Edge columns: ``EDGE_COLUMNS``.
    """
    named = actors[actors["type"] != "place"]
    nodes = named.nlargest(top, "mentions")[["actor_id", "name", "type", "affiliation", "mentions"]]
    kept = set(nodes["actor_id"])
    valid = set(named["actor_id"])
    parts = []
    # Co-occurrence: only sentences naming a kept actor can give an edge worth drawing.
    # Work on integer codes (sentence number, node number): merging string columns is
    # what costs time at thousands of articles.
    rows = mentions.loc[mentions["actor_id"].isin(valid), ["article_id", "sentence_index"]]
    sentence_of = rows.groupby(["article_id", "sentence_index"], sort=False).ngroup()
    actor_ids = mentions.loc[rows.index, "actor_id"]
    node_ids = _fold(actor_ids, kept)
    node_code, node_names = pd.factorize(node_ids)
    actor_code, _ = pd.factorize(actor_ids)
    codes = pd.DataFrame(
        {"s": sentence_of.to_numpy(), "actor": actor_code, "node": node_code}
    ).drop_duplicates()
    others = -1 if OTHERS not in set(node_names) else list(node_names).index(OTHERS)
    with_kept = codes.loc[codes["node"] != others, "s"].unique()
    codes = codes[codes["s"].isin(with_kept)]
    # One sentence counts once per pair of nodes, however many folded actors it names.
    per_node = codes[["s", "node"]].drop_duplicates()
    pairs = per_node.merge(per_node, on="s", suffixes=("", "_b"))
    pairs = pairs[pairs["node"] < pairs["node_b"]]
    pairs = pairs[(pairs["node"] != others) | (pairs["node_b"] != others)]
    if len(pairs):
        together = pairs.groupby(["node", "node_b"]).size().reset_index(name="weight")
        a = pd.Series(node_names[together["node"].to_numpy()], dtype=str)
        b = pd.Series(node_names[together["node_b"].to_numpy()], dtype=str)
        together = pd.DataFrame(
            {
                "a": a.where(a < b, b),
                "b": b.where(a < b, a),
                "weight": together["weight"].to_numpy(),
                "kind": "co-occurrence",
            }
        )
        parts.append(together)
    made = commitments[
        commitments["actor_id"].isin(valid)
        & commitments["counterpart_id"].isin(valid)
        & (commitments["actor_id"] != commitments["counterpart_id"])
    ]
    made = pd.DataFrame(
        {"a": _fold(made["actor_id"], kept), "b": _fold(made["counterpart_id"], kept)}
    )
    made = made[made["a"] != made["b"]]
    if len(made):
        commits = made.groupby(["a", "b"]).size().reset_index(name="weight")
        commits["kind"] = "commitment"
        parts.append(commits)
    if not parts:
        return nodes.reset_index(drop=True), pd.DataFrame(columns=EDGE_COLUMNS)
    edges = pd.concat(parts, ignore_index=True)
    edges = edges[edges["weight"] >= min_weight]
    names = dict(zip(nodes["actor_id"], nodes["name"], strict=True))
    n_folded = len(valid - kept)
    names[OTHERS] = f"{OTHERS} ({n_folded:,} actors)"
    edges = pd.DataFrame(
        {
            "source": edges["a"].map(names),
            "target": edges["b"].map(names),
            "kind": edges["kind"],
            "weight": edges["weight"].astype("int64"),
            "source_id": edges["a"],
            "target_id": edges["b"],
        }
    ).sort_values(["weight", "source", "target"], ascending=[False, True, True])
    if (edges[["source_id", "target_id"]] == OTHERS).any(axis=None):
        other = {"actor_id": OTHERS, "name": names[OTHERS], "type": OTHERS, "affiliation": ""}
        other["mentions"] = int(named.loc[~named["actor_id"].isin(kept), "mentions"].sum())
        nodes = pd.concat([nodes, pd.DataFrame([other])], ignore_index=True)
    return nodes.reset_index(drop=True), edges.reset_index(drop=True)


def actor_graph(nodes: pd.DataFrame, edges: pd.DataFrame) -> nx.MultiDiGraph:
    """Return the network as a networkx graph for Gephi and the like (GraphML, GEXF).

    Nodes carry name, type, affiliation and mentions; each edge its kind and weight.
    """
    graph = nx.MultiDiGraph()
    for row in nodes.itertuples(index=False):
        graph.add_node(
            row.actor_id,
            label=row.name,
            name=row.name,
            type=row.type,
            affiliation=row.affiliation or "",
            mentions=int(row.mentions),
        )
    for row in edges.itertuples(index=False):
        graph.add_edge(row.source_id, row.target_id, kind=row.kind, weight=int(row.weight))
    return graph


def _edge_trace(
    edges: pd.DataFrame,
    layout: dict[str, tuple[float, float]],
    *,
    name: str,
    colour: str,
    dash: str,
) -> go.Scatter:
    xs: list[float | None] = []
    ys: list[float | None] = []
    for a, b in zip(edges["source_id"], edges["target_id"], strict=True):
        xs += [layout[a][0], layout[b][0], None]
        ys += [layout[a][1], layout[b][1], None]
    return go.Scatter(
        x=xs,
        y=ys,
        mode="lines",
        name=name,
        line={"color": colour, "width": 1.5, "dash": dash},
        hoverinfo="skip",
    )


def _spread_labels(
    layout: dict[str, tuple[float, float]], *, rounds: int = 60
) -> dict[str, tuple[float, float]]:
    """Return ``layout`` with nodes moved apart vertically until no two labels can overlap.

    A label is a line of text beside its node: two nodes closer than a label's width
    across and a line's height down would print one name over the other. Such pairs are
    pushed apart vertically, a little each round, so the spring layout's shape stays.
    """
    if len(layout) < 2:
        return layout
    xs = [x for x, _ in layout.values()]
    ys = [y for _, y in layout.values()]
    width = (max(xs) - min(xs)) or 1.0
    height = (max(ys) - min(ys)) or 1.0
    across, down = 0.3 * width, 0.07 * max(height, width * 0.6)
    points = {node: list(xy) for node, xy in layout.items()}
    nodes = sorted(points)
    for _ in range(rounds):
        moved = False
        for i, a in enumerate(nodes):
            for b in nodes[i + 1 :]:
                (ax, ay), (bx, by) = points[a], points[b]
                gap = abs(ay - by)
                if abs(ax - bx) >= across or gap >= down:
                    continue
                push = (down - gap) / 2 + 1e-9
                upper, lower = (a, b) if (ay, a) > (by, b) else (b, a)
                points[upper][1] += push
                points[lower][1] -= push
                moved = True
        if not moved:
            break
    return {node: (x, y) for node, (x, y) in points.items()}


def _network_layout(graph: nx.Graph, *, seed: int) -> dict[str, tuple[float, float]]:
    """Return node positions: a spring layout of the actors, "others" centred below them.

    "others" is linked to nearly every actor, so a spring layout pulls it into the middle,
    where its label covers the most mentioned actor's; set apart below, its links fan out
    and every label stays readable.
    """
    named = graph.subgraph([n for n in graph if n != OTHERS])
    k = 2.0 / math.sqrt(max(len(named), 1))
    positions = nx.spring_layout(named, seed=seed, k=k) if len(named) else {}
    layout = _spread_labels({node: (float(x), float(y)) for node, (x, y) in positions.items()})
    if OTHERS in graph:
        ys = [y for _, y in layout.values()] or [0.0]
        xs = [x for x, _ in layout.values()] or [0.0]
        spread = (max(ys) - min(ys)) or 1.0
        layout[OTHERS] = ((max(xs) + min(xs)) / 2, min(ys) - 0.3 * spread)
    return layout


def network_figure(
    actors: pd.DataFrame,
    mentions: pd.DataFrame,
    commitments: pd.DataFrame,
    *,
    top: int = 15,
    min_weight: int = 1,
    seed: int = 7,
) -> go.Figure:
    """Return the actor network of ``network_edges``: who appears together, who commits to whom.

    Nodes are sized by mentions and laid out by networkx's spring layout (``seed`` fixes
    it, so a view looks the same on every visit); one node trace per actor type, so the
    legend names the colours; labels sit on the outer side of each node, away from the
    centre, so neighbours' labels do not run into each other. Traces: "co-occurrence"
    lines, "commitment" lines, then the nodes (``customdata`` holds actor ids).
    """
    nodes, edges = network_edges(actors, mentions, commitments, top=top, min_weight=min_weight)
    return network_figure_of(nodes, edges, seed=seed)


def network_figure_of(nodes: pd.DataFrame, edges: pd.DataFrame, *, seed: int = 7) -> go.Figure:
    """Return the network figure of ``network_edges``'s nodes and edges (``network_figure``)."""
    title = "Who appears together, and who commits to whom"
    if nodes.empty:
        return _empty(title)
    graph = nx.Graph()
    graph.add_nodes_from(nodes["actor_id"])
    for a, b, w in zip(edges["source_id"], edges["target_id"], edges["weight"], strict=True):
        weight = graph.get_edge_data(a, b, {}).get("weight", 0)
        graph.add_edge(a, b, weight=weight + w)
    layout = _network_layout(graph, seed=seed)
    fig = go.Figure()
    fig.add_trace(
        _edge_trace(
            edges[edges["kind"] == "co-occurrence"],
            layout,
            name="co-occurrence",
            colour="rgba(150, 150, 150, 0.6)",
            dash="solid",
        )
    )
    fig.add_trace(
        _edge_trace(
            edges[edges["kind"] == "commitment"],
            layout,
            name="commitment",
            colour="#d62728",
            dash="dot",
        )
    )
    # Sizes from 10 to 40 px by the square root of mentions, relative to the most mentioned
    # actor shown; "others" (thousands of mentions together) is drawn small and hollow.
    largest = max(1, int(nodes.loc[nodes["actor_id"] != OTHERS, "mentions"].max() or 1))
    for kind in [*ACTOR_TYPE_COLOURS, OTHERS]:
        rows = nodes[nodes["type"] == kind]
        if rows.empty:
            continue
        xs = [layout[i][0] for i in rows["actor_id"]]
        sizes = [
            14 if kind == OTHERS else 10 + 30 * math.sqrt(m / largest) for m in rows["mentions"]
        ]
        fig.add_trace(
            go.Scatter(
                x=xs,
                y=[layout[i][1] for i in rows["actor_id"]],
                mode="markers+text",
                name=kind,
                legendgroup="actors",
                text=rows["name"].tolist(),
                textposition=[
                    "bottom center"
                    if kind == OTHERS
                    else "middle left"
                    if x < 0
                    else "middle right"
                    for x in xs
                ],
                customdata=rows["actor_id"].tolist(),
                marker={
                    "size": sizes,
                    "color": ACTOR_TYPE_COLOURS.get(kind, "rgba(0, 0, 0, 0)"),
                    "line": {"width": 2 if kind == OTHERS else 1, "color": "#9d9d9d"},
                    "opacity": 0.9,
                },
                hovertext=[
                    f"{n} ({kind}, {m:,} mentions)"
                    for n, m in zip(rows["name"], rows["mentions"], strict=True)
                ],
                hoverinfo="text",
            )
        )
    xs = [x for x, _ in layout.values()]
    pad = 0.45 * (max(xs) - min(xs) or 1)  # room for the labels on both sides
    fig.update_layout(
        title=title,
        xaxis={"visible": False, "range": [min(xs) - pad, max(xs) + pad]},
        yaxis={"visible": False},
        legend={"orientation": "h", "y": -0.05},
        height=640,
    )
    return fig


def theme_date_counts(themes: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Return ``label``, ``date``, ``n``: articles per theme label and date (``Warehouse.theme_dates``)."""
    dated = themes[["article_id", "label"]].merge(
        articles[["article_id", "date"]], on="article_id", how="inner"
    )
    counts = dated.groupby(["label", "date"])["article_id"].nunique()
    return counts.reset_index(name="n").astype({"n": "int64"})


def _theme_bins(counts: pd.DataFrame, unit: str) -> pd.DataFrame:
    """Return ``label``, ``date``, ``n`` and ``bin`` for the dated rows of ``theme_date_counts``."""
    dated = counts.assign(bin=bin_start(counts["date"], unit))
    return dated[dated["bin"] != ""]


def theme_heatmap_figure(
    themes: pd.DataFrame, articles: pd.DataFrame, *, unit: str | None = None
) -> go.Figure:
    """Return a heatmap of articles per theme (rows) per time bin (columns, empty ones too)."""
    unit = unit or pick_unit(articles["date"])
    return theme_heatmap_counts_figure(theme_date_counts(themes, articles), unit=unit)


def theme_heatmap_counts_figure(counts: pd.DataFrame, *, unit: str) -> go.Figure:
    """Return ``theme_heatmap_figure`` from ``theme_date_counts`` (``label``, ``date``, ``n``)."""
    title = f"Themes by {unit} (articles)"
    dated = _theme_bins(counts, unit)
    if dated.empty:
        return _empty(title)
    table = dated.pivot_table(index="label", columns="bin", values="n", aggfunc="sum", fill_value=0)
    table = table.reindex(columns=bin_range(dated["date"], unit), fill_value=0).astype("int64")
    fig = go.Figure(
        go.Heatmap(
            z=table.to_numpy().tolist(),
            x=list(table.columns),
            y=list(table.index),
            colorscale="Blues",
            colorbar={"title": "articles"},
            hovertemplate="%{y}<br>%{x}: %{z} articles<extra></extra>",
        )
    )
    fig.update_layout(
        title=title,
        xaxis={"title": UNIT_TITLES[unit], "type": "category"},
        height=max(360, 120 + 24 * len(table.index)),
    )
    return fig


def theme_trend_figure(
    themes: pd.DataFrame, articles: pd.DataFrame, *, unit: str | None = None, columns: int = 4
) -> go.Figure:
    """Return small multiples: one panel per theme, its articles per time bin as bars.

    Sixteen lines in one plot cannot be told apart, so each theme gets its own panel
    (``columns`` a row, sharing both axes so panels compare) and its own colour
    (``theme_colours``). Bars, with every empty bin present as zero, never join two bins
    across a gap. Panels are ordered by articles, most first.
    """
    unit = unit or pick_unit(articles["date"])
    return theme_trend_counts_figure(
        theme_date_counts(themes, articles), unit=unit, columns=columns
    )


def theme_trend_counts_figure(counts: pd.DataFrame, *, unit: str, columns: int = 4) -> go.Figure:
    """Return ``theme_trend_figure`` from ``theme_date_counts`` (``label``, ``date``, ``n``)."""
    title = f"Theme trends (articles per {unit})"
    dated = _theme_bins(counts, unit)
    if dated.empty:
        return _empty(title)
    bins = bin_range(dated["date"], unit)
    colours = theme_colours(list(dated["label"]))
    # An article has one date, so its articles per label add up over dates and bins.
    order = dated.groupby("label")["n"].sum().sort_values(ascending=False, kind="stable")
    counts = dated.groupby(["label", "bin"])["n"].sum()
    labels = sorted(order.index, key=lambda label: (-order[label], label.casefold()))
    columns = max(1, min(columns, len(labels)))
    rows = math.ceil(len(labels) / columns)
    fig = make_subplots(
        rows=rows,
        cols=columns,
        shared_xaxes=True,
        shared_yaxes=True,
        subplot_titles=labels,
        vertical_spacing=min(0.12, 0.5 / rows),
        horizontal_spacing=0.03,
    )
    for k, label in enumerate(labels):
        series = counts[label].reindex(bins, fill_value=0).astype("int64")
        fig.add_bar(
            name=str(label),
            x=bins,
            y=series.tolist(),
            marker_color=colours[label],
            showlegend=False,
            hovertemplate=f"{label}<br>%{{x}}: %{{y}} articles<extra></extra>",
            row=k // columns + 1,
            col=k % columns + 1,
        )
    fig.update_xaxes(type="category", showticklabels=False)
    fig.update_xaxes(showticklabels=True, tickangle=-45, nticks=6, row=rows)
    # One y scale for every panel (make_subplots shares it only along a row).
    fig.update_yaxes(matches="y", **_count_axis(int(counts.max())))
    if int(counts.max()) > 4:
        fig.update_yaxes(dtick=None, nticks=3)
    fig.update_annotations(font_size=11)
    fig.update_layout(title=title, height=140 + 150 * rows, bargap=0.1)
    return fig


def theme_actor_figure(
    themes: pd.DataFrame, mentions: pd.DataFrame, actors: pd.DataFrame, *, top: int = 20
) -> go.Figure:
    """Return a heatmap of articles per (theme, actor) for the ``top`` actors by mentions."""
    named = actors[actors["type"] != "place"].nlargest(top, "mentions")[["actor_id", "name"]]
    pairs = (
        mentions[["article_id", "actor_id"]]
        .drop_duplicates()
        .merge(named, on="actor_id")
        .merge(themes[["article_id", "label"]], on="article_id")
    )
    counts = pairs.groupby(["label", "name"])["article_id"].nunique().reset_index(name="n")
    return theme_actor_counts_figure(counts, named["name"].tolist())


def theme_actor_counts_figure(counts: pd.DataFrame, names: list[str]) -> go.Figure:
    """Return ``theme_actor_figure`` from articles per (``label``, ``name``) in ``n``, actors ranked."""
    title = "Themes by actor (articles)"
    if counts.empty:
        return _empty(title)
    table = counts.pivot_table(
        index="label", columns="name", values="n", aggfunc="sum", fill_value=0
    )
    table = table[[n for n in names if n in table.columns]]
    fig = go.Figure(
        go.Heatmap(
            z=table.to_numpy().tolist(),
            x=list(table.columns),
            y=list(table.index),
            colorscale="Oranges",
            colorbar={"title": "articles"},
        )
    )
    fig.update_layout(title=title)
    return fig


def actor_theme_figure(
    themes: pd.DataFrame,
    mentions: pd.DataFrame,
    articles: pd.DataFrame,
    actor_id: str,
    *,
    unit: str | None = None,
) -> go.Figure:
    """Return, for one actor, the themes of the articles mentioning it, stacked per time bin."""
    article_ids = set(mentions.loc[mentions["actor_id"] == actor_id, "article_id"])
    mine = articles[articles["article_id"].isin(article_ids)]
    unit = unit or pick_unit(mine["date"])
    counts = theme_date_counts(themes[themes["article_id"].isin(article_ids)], articles)
    return actor_theme_counts_figure(counts, list(themes["label"]), unit=unit)


def actor_theme_counts_figure(counts: pd.DataFrame, labels: list[str], *, unit: str) -> go.Figure:
    """Return ``actor_theme_figure`` from the actor's ``theme_date_counts``; ``labels`` fix the colours."""
    title = f"Themes around this actor by {unit}"
    dated = _theme_bins(counts, unit)
    if dated.empty:
        return _empty(title)
    bins = bin_range(dated["date"], unit)
    counts = dated.groupby(["label", "bin"])["n"].sum()
    colours = theme_colours(labels)
    fig = go.Figure()
    for label in sorted(set(dated["label"]), key=str.casefold):
        series = counts[label].reindex(bins, fill_value=0)
        fig.add_bar(
            name=str(label),
            x=bins,
            y=series.astype("int64").tolist(),
            marker_color=colours[label],
        )
    largest = int(counts.groupby(level="bin").sum().max())  # the tallest stack
    fig.update_layout(
        title=title,
        barmode="stack",
        xaxis={"title": UNIT_TITLES[unit], "type": "category"},
        yaxis={"title": "articles", **_count_axis(largest)},
    )
    return fig


def _types_in_order(types: pd.Series) -> list[str]:
    present = set(types)
    return [t for t in COMMITMENT_TYPES if t in present] + sorted(present - set(COMMITMENT_TYPES))


def commitment_timeline_figure(
    commitments: pd.DataFrame, *, top: int = 30, n_actors: int | None = None
) -> go.Figure:
    """Return commitments as points: date across, actor down, one trace (colour) per type.

    Only the ``top`` actors by number of commitments get a row (more rows are unreadable;
    the title says when actors were left out). Marker size grows with strength; hovering
    shows the start of the sentence's content.
    """
    title = "Commitments over time by actor"
    dated = commitments[commitments["date"] != ""]
    if dated.empty:
        return _empty(title)
    actors = dated["actor"].replace("", "(unknown)")
    ranked = actors.value_counts()
    # ``n_actors``: the rows were already cut to the top actors, out of that many.
    if max(len(ranked), n_actors or 0) > top:
        title += f" (top {top} of {max(len(ranked), n_actors or 0):,} actors)"
        keep = actors.isin(set(ranked.index[:top]))
        dated, actors = dated[keep], actors[keep]
    # Fixed-width arrays, not lists or object arrays: Plotly checks a list element by
    # element and deep-copies object arrays, which takes seconds for many points.
    hover = dated["content"].str.slice(0, HOVER_CHARS) + dated["strength"].map(" ({:.2f})".format)
    columns = {
        "x": dated["date"].to_numpy(dtype=str),
        "y": actors.to_numpy(dtype=str),
        "customdata": dated["commitment_id"].to_numpy(dtype=str),
        "hovertext": hover.to_numpy(dtype=str),
    }
    rows_drawn = list(actors.value_counts().index)
    sizes = 8 + 14 * dated["strength"].to_numpy(dtype=float)
    types = dated["type"].to_numpy(dtype=str)
    fig = go.Figure()
    for kind in _types_in_order(dated["type"]):
        rows = types == kind
        fig.add_scattergl(
            name=kind,
            mode="markers",
            marker={"size": sizes[rows], "color": TYPE_COLOURS.get(kind, "#777777")},
            hoverinfo="text",
            **{name: values[rows] for name, values in columns.items()},
        )
    # One tick per row drawn (most commitments on top), and the height to show them all.
    fig.update_layout(
        title=title,
        xaxis_title="date",
        yaxis={
            "title": "actor",
            "type": "category",
            "categoryorder": "array",
            "categoryarray": rows_drawn[::-1],
            "tickmode": "array",
            "tickvals": rows_drawn,
            "ticktext": rows_drawn,
            "automargin": True,
        },
        height=max(320, 140 + 24 * len(rows_drawn)),
    )
    return fig


def _ranked(weights: pd.Series, by: pd.Series) -> pd.Series:
    """Return the total weight per value of ``by``, heaviest first, ties by name."""
    totals = weights.groupby(by.to_numpy()).sum()
    order = sorted(totals.index, key=lambda name: (-totals[name], name))
    return totals.reindex(order)


def flow_edges(commitments: pd.DataFrame, *, top: int = 15, min_weight: int = 1) -> pd.DataFrame:
    """Return who commits to whom: actor, counterpart, type and number of commitments.

    ``commitments`` holds one row per commitment, or one row per (actor, counterpart,
    type) with their number in ``n`` (as ``Warehouse.flows`` counts them). The ``top``
    committing actors and the ``top`` counterparts keep their names (ties by name); the
    rest of each side is folded into "others (N actors)". Pairs (all types together) with
    fewer than ``min_weight`` commitments are left out. Heaviest pairs first.
    """
    rows = commitments[(commitments["actor"] != "") & (commitments["counterpart"] != "")]
    columns = ["actor", "counterpart", "type", "commitments"]
    if rows.empty:
        return pd.DataFrame(columns=columns)
    weights = rows["n"] if "n" in rows.columns else pd.Series(1, index=rows.index)
    makers = _ranked(weights, rows["actor"])
    takers = _ranked(weights, rows["counterpart"])
    left = set(makers.index[:top])
    right = set(takers.index[:top])
    folded_left = f"{OTHERS} ({len(makers) - len(left):,} actors)"
    folded_right = f"{OTHERS} ({len(takers) - len(right):,} counterparts)"
    flows = pd.DataFrame(
        {
            "actor": rows["actor"].where(rows["actor"].isin(left), folded_left),
            "counterpart": rows["counterpart"].where(rows["counterpart"].isin(right), folded_right),
            "type": rows["type"],
            "n": weights,
        }
    )
    flows = flows[(flows["actor"] != folded_left) | (flows["counterpart"] != folded_right)]
    counts = (
        flows.groupby(["actor", "counterpart", "type"])["n"].sum().reset_index(name="commitments")
    )
    totals = counts.groupby(["actor", "counterpart"])["commitments"].transform("sum")
    counts = counts[totals >= min_weight].assign(_total=totals[totals >= min_weight])
    counts = counts.sort_values(
        ["_total", "actor", "counterpart", "commitments", "type"],
        ascending=[False, True, True, False, True],
    )
    counts["commitments"] = counts["commitments"].astype("int64")
    return counts.drop(columns="_total").reset_index(drop=True)[columns]


def _rgba(hex_colour: str, alpha: float) -> str:
    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgba({r}, {g}, {b}, {alpha})"


def commitment_flow_figure(
    commitments: pd.DataFrame, *, top: int = 15, min_weight: int = 1
) -> go.Figure:
    """Return a Sankey diagram of ``flow_edges``: committing actors (left) to counterparts (right).

    Link widths are numbers of commitments, coloured by commitment type (the legend names
    the types). An actor appears on both sides when it both commits and receives
    commitments, so the diagram never loops. The height grows with the number of nodes.
    """
    title = "Who commits to whom"
    flows = flow_edges(commitments, top=top, min_weight=min_weight)
    if flows.empty:
        return _empty(title)
    sources = list(dict.fromkeys(flows["actor"]))
    targets = list(dict.fromkeys(flows["counterpart"]))
    colours = [_rgba(TYPE_COLOURS.get(t, "#777777"), 0.55) for t in flows["type"]]
    fig = go.Figure(
        go.Sankey(
            arrangement="snap",
            node={
                "label": sources + targets,
                "pad": 10,
                "thickness": 14,
                "color": ["#4c78a8"] * len(sources) + ["#f58518"] * len(targets),
            },
            link={
                "source": [sources.index(a) for a in flows["actor"]],
                "target": [len(sources) + targets.index(c) for c in flows["counterpart"]],
                "value": flows["commitments"].tolist(),
                "color": colours,
                "customdata": flows["type"].tolist(),
                "hovertemplate": "%{source.label} → %{target.label}<br>%{customdata}: %{value}<extra></extra>",
            },
        )
    )
    # A Sankey has no legend of its own: one empty marker trace per type gives it one.
    for kind in _types_in_order(flows["type"]):
        fig.add_scatter(
            x=[None],
            y=[None],
            mode="markers",
            name=kind,
            marker={"size": 10, "color": TYPE_COLOURS.get(kind, "#777777")},
        )
    fig.update_layout(
        title=title,
        xaxis={"visible": False},
        yaxis={"visible": False},
        legend={"orientation": "h", "y": -0.02, "title": "type"},
        height=max(360, 80 + 30 * max(len(sources), len(targets))),
    )
    return fig


def dyad_commitments(commitments: pd.DataFrame, first: str, second: str) -> pd.DataFrame:
    """Return the commitments made by either actor (ids) with the other as counterpart."""
    pair = {first, second}
    between = commitments["actor_id"].isin(pair) & commitments["counterpart_id"].isin(pair)
    return commitments[between & (commitments["actor_id"] != commitments["counterpart_id"])]


def dyad_figure(commitments: pd.DataFrame, names: dict[str, str]) -> go.Figure:
    """Return the commitments between two actors over time: one trace per direction.

    ``names`` maps the two actor ids to their names; points are placed by date and
    strength and carry their type as text.
    """
    title = " and ".join(names.values()) or "Commitments between two actors"
    dated = commitments[commitments["date"] != ""]
    if dated.empty:
        return _empty(title)
    fig = go.Figure()
    for actor_id, name in names.items():
        rows = dated[dated["actor_id"] == actor_id]
        target = next((n for i, n in names.items() if i != actor_id), "")
        fig.add_scatter(
            name=f"{name} → {target}",
            x=rows["date"].tolist(),
            y=rows["strength"].tolist(),
            mode="markers+text",
            text=rows["type"].tolist(),
            textposition="top center",
            customdata=rows["commitment_id"].tolist(),
            hovertext=rows["content"].tolist(),
            hoverinfo="text",
            marker={"size": 12},
        )
    fig.update_layout(
        title=title, xaxis_title="date", yaxis_title="strength", yaxis_range=[-0.05, 1.1]
    )
    return fig


def speaker_figure(quotes: pd.DataFrame, *, top: int = 15) -> go.Figure:
    """Return a bar chart of the number of quotations per speaker, most first.

    ``quotes`` is the quotes table or its counts (``speaker``, ``n``).
    """
    title = "Who is quoted most"
    named = quotes[quotes["speaker"] != ""]
    if named.empty:
        return _empty(title)
    weights = named["n"] if "n" in named.columns else pd.Series(1, index=named.index)
    counts = _ranked(weights, named["speaker"]).head(top).sort_values(ascending=True, kind="stable")
    fig = go.Figure(go.Bar(x=counts.tolist(), y=list(counts.index), orientation="h"))
    fig.update_layout(title=title, xaxis_title="quotations")
    return fig


def commitment_theme_counts(commitments: pd.DataFrame) -> Counter:
    """Return how many commitments carry each theme id."""
    counts: Counter = Counter()
    for cell in commitments["themes"]:
        counts.update(split_list(cell))
    return counts


# ---------------------------------------------------------------- the reader's markup

# Inline styles, so the markup needs no stylesheet; each layer stays visible when nested.
READER_STYLES: dict[str, str] = {
    "commitment": "background-color: rgba(255, 213, 79, 0.45);",
    "quote": "font-style: italic; color: #3a86d1;",  # readable on light and dark
    "actor": "font-weight: 600; border-bottom: 2px solid #f58518;",
    # A ring drawn around each line of the sentence (box-decoration-break), inside the line
    # gap, so it neither clips letters nor hides the lines above and below.
    "focus": (
        "box-shadow: 0 0 0 2px #d62728; border-radius: 3px; padding: 1px 0; "
        "-webkit-box-decoration-break: clone; box-decoration-break: clone; "
        "scroll-margin: 30vh;"
    ),
}
READER_LABELS: dict[str, str] = {
    "commitment": "commitment",
    "quote": "direct quotation",
    "actor": "actor mention",
    "focus": "the sentence you opened",
}


def reader_spans(
    *,
    mentions: pd.DataFrame,
    commitments: pd.DataFrame,
    quotes: pd.DataFrame,
    actor_names: dict[str, str],
    focus: tuple[int, int] | None = None,
) -> list[tuple[int, int, str, str]]:
    """Return the highlighted spans of one article as (start, end, layer, tooltip)."""
    spans = [
        (int(s), int(e), "actor", actor_names.get(a, t))
        for s, e, a, t in zip(
            mentions["start_char"],
            mentions["end_char"],
            mentions["actor_id"],
            mentions["text"],
            strict=True,
        )
    ]
    spans += [
        (int(s), int(e), "commitment", f"{kind} ({strength:.2f}) by {actor or 'unknown'}")
        for s, e, kind, strength, actor in zip(
            commitments["start_char"],
            commitments["end_char"],
            commitments["type"],
            commitments["strength"],
            commitments["actor"],
            strict=True,
        )
    ]
    spans += [
        (int(s), int(e), "quote", f"said by {speaker or 'unknown'}")
        for s, e, speaker in zip(
            quotes["start_char"], quotes["end_char"], quotes["speaker"], strict=True
        )
    ]
    if focus is not None:
        spans.append((focus[0], focus[1], "focus", READER_LABELS["focus"]))
    return spans


def reader_html(text: str, spans: list[tuple[int, int, str, str]]) -> str:
    """Return the article text as HTML with every span highlighted by its layer's style.

    Article text comes from strangers: every piece of it, and every tooltip, is
    escaped, so ``<script>`` or ``onerror=`` in an article shows as text and never runs.
    Overlapping spans split the text into segments, each styled by all layers covering it.
    The focus (the sentence a link opened) is one wrapping ``span.ct-focus`` around its
    segments, so its ring runs unbroken around the sentence, line by line.
    """
    valid = [(max(0, s), min(len(text), e), layer, tip) for s, e, layer, tip in spans if e > s]
    focus = next(((s, e, tip) for s, e, layer, tip in valid if layer == "focus"), None)
    valid = [v for v in valid if v[2] != "focus"]
    bounds = {0, len(text), *(s for s, *_ in valid), *(e for _, e, *_ in valid)}
    if focus:
        bounds |= {focus[0], focus[1]}
    pieces = []
    for start, end in itertools.pairwise(sorted(bounds)):
        if focus and start == focus[0]:
            pieces.append(
                f'<span class="ct-focus" style="{READER_STYLES["focus"]}" '
                f'title="{html.escape(focus[2], quote=True)}">'
            )
        segment = html.escape(text[start:end])
        covering = [(layer, tip) for s, e, layer, tip in valid if s <= start and e >= end]
        if not covering:
            pieces.append(segment)
        else:
            layers = [layer for layer in READER_STYLES if any(c[0] == layer for c in covering)]
            style = " ".join(READER_STYLES[layer] for layer in layers)
            tips = " | ".join(dict.fromkeys(tip for _, tip in covering))
            pieces.append(
                f'<span class="ct-{" ct-".join(layers)}" style="{style}" '
                f'title="{html.escape(tips, quote=True)}">{segment}</span>'
            )
        if focus and end == focus[1]:
            pieces.append("</span>")
    body = "".join(pieces)
    style = "white-space: pre-wrap; line-height: 1.9; padding: 4px 3px;"
    return f'<div class="ct-reader" style="{style}">{body}</div>'


def reader_legend() -> str:
    """Return the HTML legend of the reader's highlight styles."""
    items = (
        f'<span style="{READER_STYLES[layer]} padding: 0 4px;">{html.escape(label)}</span>'
        for layer, label in READER_LABELS.items()
    )
    return " &nbsp; ".join(items)


def reader_scroll_script(start: int, end: int) -> str:
    """Return the script that scrolls the reader to its marked sentence (our code, no article text).

    It waits for the reader to be drawn (at most five seconds); the offsets only make the
    script differ per sentence, so opening another sentence scrolls again, and are left on
    the sentence (``data-scrolled``) once it is in view.
    """
    return (
        "<script>(function(){let tries=0;const go=()=>{"
        "const el=document.querySelector('.ct-reader .ct-focus');"
        f"if(el){{el.scrollIntoView({{block:'center'}});el.dataset.scrolled='{int(start)}-{int(end)}';return;}}"
        # No "<" inside the script: the page's HTML sanitiser drops a script holding one.
        "if(50>++tries){setTimeout(go,100);}};go();})();</script>"
    )
