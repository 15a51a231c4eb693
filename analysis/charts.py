"""Plotly figures for the dashboard, and the reader's highlighted article markup.

Each builder takes (already filtered) tables and returns a ``plotly.graph_objects.Figure``
whose data can be inspected in tests without a browser. An empty slice gives an empty
figure with a note saying so, never an error. Time axes count by week (weeks start on
Monday, labelled by that Monday's ISO date) because news on a topic comes in bursts
that a daily axis makes noisy and a monthly one hides.
"""

from __future__ import annotations

import html
import itertools
import math
from collections import Counter

import networkx as nx
import pandas as pd
import plotly.graph_objects as go

from analysis.commitments import COMMITMENT_TYPES
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


def timeline_figure(articles: pd.DataFrame, commitments: pd.DataFrame) -> go.Figure:
    """Return weekly counts of articles and of commitments as two bar traces."""
    title = "Articles and commitments by week"
    article_weeks = weekly_counts(articles)
    commitment_weeks = weekly_counts(commitments)
    if article_weeks.empty and commitment_weeks.empty:
        return _empty(title)
    fig = go.Figure()
    fig.add_bar(name="articles", x=list(article_weeks.index), y=article_weeks.tolist())
    fig.add_bar(name="commitments", x=list(commitment_weeks.index), y=commitment_weeks.tolist())
    fig.update_layout(title=title, barmode="group", xaxis_title="week of", yaxis_title="count")
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
    """Return a bar chart of the number of articles carrying each theme, most first."""
    title = "Theme mix (articles per theme)"
    if themes.empty:
        return _empty(title)
    counts = themes.groupby("label")["article_id"].nunique().sort_values(ascending=True)
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


def _edge_trace(
    edges: Counter, layout: dict[str, tuple[float, float]], *, name: str, colour: str, dash: str
) -> go.Scatter:
    xs: list[float | None] = []
    ys: list[float | None] = []
    for a, b in edges:
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


def network_figure(
    actors: pd.DataFrame,
    mentions: pd.DataFrame,
    commitments: pd.DataFrame,
    *,
    top: int = 40,
    seed: int = 7,
) -> go.Figure:
    """Return the actor network: sentence co-occurrence and who-commits-to-whom edges.

    Nodes are the ``top`` actors by mentions (places left out), sized by mentions and
    laid out by networkx's spring layout (``seed`` fixes it, so a view looks the same on
    every visit). Traces: "co-occurrence" lines, "commitment" lines, then the nodes
    (``customdata`` holds actor ids).
    """
    title = "Who appears together, and who commits to whom"
    nodes = actors[actors["type"] != "place"].nlargest(top, "mentions")
    ids = set(nodes["actor_id"])
    together = cooccurrence_edges(mentions, ids)
    commits = commitment_edges(commitments, ids)
    if nodes.empty:
        return _empty(title)
    graph = nx.Graph()
    graph.add_nodes_from(nodes["actor_id"])
    for (a, b), n in together.items():
        graph.add_edge(a, b, weight=n)
    for (a, b), n in commits.items():
        weight = graph.get_edge_data(a, b, {}).get("weight", 0)
        graph.add_edge(a, b, weight=weight + n)
    layout = {
        node: (float(x), float(y)) for node, (x, y) in nx.spring_layout(graph, seed=seed).items()
    }
    fig = go.Figure()
    fig.add_trace(
        _edge_trace(together, layout, name="co-occurrence", colour="#bbbbbb", dash="solid")
    )
    fig.add_trace(_edge_trace(commits, layout, name="commitment", colour="#d62728", dash="dot"))
    fig.add_trace(
        go.Scatter(
            x=[layout[i][0] for i in nodes["actor_id"]],
            y=[layout[i][1] for i in nodes["actor_id"]],
            mode="markers+text",
            name="actors",
            text=nodes["name"].tolist(),
            textposition="top center",
            customdata=nodes["actor_id"].tolist(),
            marker={
                "size": [8 + 4 * math.sqrt(m) for m in nodes["mentions"]],
                "color": [ACTOR_TYPE_COLOURS.get(t, "#777777") for t in nodes["type"]],
            },
            hovertext=[f"{n} ({t})" for n, t in zip(nodes["name"], nodes["type"], strict=True)],
            hoverinfo="text",
        )
    )
    fig.update_layout(
        title=title,
        xaxis={"visible": False},
        yaxis={"visible": False},
        height=600,
    )
    return fig


def _theme_weeks(themes: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    dated = themes[["article_id", "label"]].merge(
        articles[["article_id", "date"]], on="article_id", how="inner"
    )
    dated["week"] = week_start(dated["date"])
    return dated[dated["week"] != ""]


def theme_heatmap_figure(themes: pd.DataFrame, articles: pd.DataFrame) -> go.Figure:
    """Return a heatmap of articles per theme (rows) per week (columns)."""
    title = "Themes by week (articles)"
    dated = _theme_weeks(themes, articles)
    if dated.empty:
        return _empty(title)
    table = dated.pivot_table(
        index="label", columns="week", values="article_id", aggfunc="nunique", fill_value=0
    )
    fig = go.Figure(
        go.Heatmap(
            z=table.to_numpy().tolist(),
            x=list(table.columns),
            y=list(table.index),
            colorscale="Blues",
            colorbar={"title": "articles"},
        )
    )
    fig.update_layout(title=title, xaxis_title="week of")
    return fig


def theme_trend_figure(themes: pd.DataFrame, articles: pd.DataFrame) -> go.Figure:
    """Return one line per theme: articles carrying it per week."""
    title = "Theme trends (articles per week)"
    dated = _theme_weeks(themes, articles)
    if dated.empty:
        return _empty(title)
    counts = dated.groupby(["label", "week"])["article_id"].nunique().reset_index()
    fig = go.Figure()
    for label, rows in counts.groupby("label"):
        fig.add_scatter(
            name=str(label),
            x=rows["week"].tolist(),
            y=rows["article_id"].tolist(),
            mode="lines+markers",
        )
    fig.update_layout(title=title, xaxis_title="week of", yaxis_title="articles")
    return fig


def theme_actor_figure(
    themes: pd.DataFrame, mentions: pd.DataFrame, actors: pd.DataFrame, *, top: int = 20
) -> go.Figure:
    """Return a heatmap of articles per (theme, actor) for the ``top`` actors by mentions."""
    title = "Themes by actor (articles)"
    named = actors[actors["type"] != "place"].nlargest(top, "mentions")[["actor_id", "name"]]
    pairs = (
        mentions[["article_id", "actor_id"]]
        .drop_duplicates()
        .merge(named, on="actor_id")
        .merge(themes[["article_id", "label"]], on="article_id")
    )
    if pairs.empty:
        return _empty(title)
    table = pairs.pivot_table(
        index="label", columns="name", values="article_id", aggfunc="nunique", fill_value=0
    )
    table = table[[n for n in named["name"] if n in table.columns]]
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
    themes: pd.DataFrame, mentions: pd.DataFrame, articles: pd.DataFrame, actor_id: str
) -> go.Figure:
    """Return, for one actor, the themes of the articles mentioning it, stacked by week."""
    title = "Themes around this actor over time"
    article_ids = set(mentions.loc[mentions["actor_id"] == actor_id, "article_id"])
    dated = _theme_weeks(themes[themes["article_id"].isin(article_ids)], articles)
    if dated.empty:
        return _empty(title)
    counts = dated.groupby(["label", "week"])["article_id"].nunique().reset_index()
    fig = go.Figure()
    for label, rows in counts.groupby("label"):
        fig.add_bar(name=str(label), x=rows["week"].tolist(), y=rows["article_id"].tolist())
    fig.update_layout(title=title, barmode="stack", xaxis_title="week of", yaxis_title="articles")
    return fig


def _types_in_order(types: pd.Series) -> list[str]:
    present = set(types)
    return [t for t in COMMITMENT_TYPES if t in present] + sorted(present - set(COMMITMENT_TYPES))


def commitment_timeline_figure(commitments: pd.DataFrame, *, top: int = 30) -> go.Figure:
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
    if len(ranked) > top:
        title += f" (top {top} of {len(ranked):,} actors)"
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
    fig.update_layout(title=title, xaxis_title="date", yaxis_title="actor")
    return fig


def commitment_flow_figure(commitments: pd.DataFrame) -> go.Figure:
    """Return a Sankey diagram: committing actors (left) to counterparts (right).

    Link values are numbers of commitments. An actor appears on both sides when it
    both commits and receives commitments, so the diagram never loops.
    """
    title = "Who commits to whom"
    rows = commitments[(commitments["actor"] != "") & (commitments["counterpart"] != "")]
    if rows.empty:
        return _empty(title)
    flows = rows.groupby(["actor", "counterpart"]).size().reset_index(name="n")
    sources = list(dict.fromkeys(flows["actor"]))
    targets = list(dict.fromkeys(flows["counterpart"]))
    fig = go.Figure(
        go.Sankey(
            node={"label": sources + targets, "pad": 12},
            link={
                "source": [sources.index(a) for a in flows["actor"]],
                "target": [len(sources) + targets.index(c) for c in flows["counterpart"]],
                "value": flows["n"].tolist(),
            },
        )
    )
    fig.update_layout(title=title)
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
    """Return a bar chart of the number of quotations per speaker, most first."""
    title = "Who is quoted most"
    named = quotes[quotes["speaker"] != ""]
    if named.empty:
        return _empty(title)
    counts = named["speaker"].value_counts().head(top).sort_values(ascending=True)
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
    "quote": "font-style: italic; color: #1f5fa8;",
    "actor": "font-weight: 600; border-bottom: 2px solid #f58518;",
    "focus": "outline: 2px solid #d62728; outline-offset: 1px;",
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
    """
    valid = [(max(0, s), min(len(text), e), layer, tip) for s, e, layer, tip in spans if e > s]
    bounds = sorted({0, len(text), *(s for s, *_ in valid), *(e for _, e, *_ in valid)})
    pieces = []
    for start, end in itertools.pairwise(bounds):
        segment = html.escape(text[start:end])
        covering = [(layer, tip) for s, e, layer, tip in valid if s <= start and e >= end]
        if not covering:
            pieces.append(segment)
            continue
        layers = [layer for layer in READER_STYLES if any(c[0] == layer for c in covering)]
        style = " ".join(READER_STYLES[layer] for layer in layers)
        tips = " | ".join(dict.fromkeys(tip for _, tip in covering))
        pieces.append(
            f'<span class="ct-{" ct-".join(layers)}" style="{style}" '
            f'title="{html.escape(tips, quote=True)}">{segment}</span>'
        )
    body = "".join(pieces)
    return f'<div class="ct-reader" style="white-space: pre-wrap; line-height: 1.6;">{body}</div>'


def reader_legend() -> str:
    """Return the HTML legend of the reader's highlight styles."""
    items = (
        f'<span style="{READER_STYLES[layer]} padding: 0 4px;">{html.escape(label)}</span>'
        for layer, label in READER_LABELS.items()
    )
    return " &nbsp; ".join(items)
