"""Actors: who is most present, who appears with whom, and one actor's profile."""

from functools import partial

import streamlit as st

from analysis.charts import (
    actor_graph,
    actor_ranking_figure,
    actor_theme_counts_figure,
    network_figure_of,
)
from analysis.corrections import ACTOR_ACTIONS, ACTOR_TYPES
from analysis.display import literal
from analysis.export import GRAPH_FORMATS, graph_bytes
from analysis.tables import split_list
from analysis.warehouse import Narrow
from pages import shared

shared.in_frame()


def correct_actor(row, others: list[str]) -> None:
    """Offer the corrections of one actor: edit, merge, split a name off, not an actor."""
    name = row["name"]
    with st.expander(f"Correct {name}", icon=":material/edit:"):
        with st.form(f"actors.edit.{row.name}", border=False):
            left, right = st.columns(2)
            new_name = left.text_input("Name", value=name, key=f"actors.fix_name.{row.name}")
            kind = right.selectbox(
                "Type",
                ACTOR_TYPES,
                index=ACTOR_TYPES.index(row["type"]) if row["type"] in ACTOR_TYPES else 0,
                key=f"actors.fix_type.{row.name}",
            )
            title = left.text_input("Title", value=row["title"], key=f"actors.fix_title.{row.name}")
            affiliation = right.text_input(
                "Affiliation", value=row["affiliation"], key=f"actors.fix_affiliation.{row.name}"
            )
            if st.form_submit_button("Save name, type, title and affiliation"):
                changes = [
                    ("set_actor_type", kind, row["type"]),
                    ("set_actor_title", title.strip(), row["title"]),
                    ("set_actor_affiliation", affiliation.strip(), row["affiliation"]),
                ]
                for action, value, before in changes:
                    if value != before:
                        shared.correct(action, name, value, rerun=False)
                if new_name.strip() and new_name.strip() != name:
                    shared.correct("rename_actor", name, new_name.strip(), rerun=False)
                st.rerun()
        left, right = st.columns(2)
        into = left.selectbox(
            "Merge into (the same actor under another entry)",
            others,
            index=None,
            key="actors.merge_into",
            placeholder="Pick the entry to keep",
        )
        if left.button("Merge", key="actors.merge", disabled=not into):
            shared.correct("merge_actor", name, into)
        aliases = split_list(row["aliases"])
        alias = right.selectbox(
            "Split a name off (a namesake)",
            aliases,
            index=None,
            key="actors.split_alias",
            placeholder="Pick one of its names" if aliases else "It has no other name",
        )
        if right.button("Split off", key="actors.split", disabled=not alias):
            shared.correct("split_alias", name, alias)
        if st.button(
            f"{name} is not an actor",
            key="actors.not_actor",
            help="Removes it and its mentions; its commitments and quotes lose their actor.",
        ):
            shared.correct("not_actor", name)


PICKER_ACTORS = 200

filters = shared.filters()
st.title("Actors")

left, right = st.columns(2)
by = left.radio("Rank by", ["mentions", "articles"], horizontal=True, key="actors.rank_by")
colour = right.radio("Colour by", ["type", "affiliation"], horizontal=True, key="actors.colour")
shared.chart(
    actor_ranking_figure(shared.ask("top_actors", filters, by=by), by=by, colour=colour),
    key="actors.ranking",
)
shared.paged_table(
    "actors",
    key="actors.table",
    file_name="actors",
    columns=[
        "name",
        "type",
        "affiliation",
        "title",
        "mentions",
        "articles",
        "first_date",
        "last_date",
    ],
    order=((by, True), ("name", False)),
    narrow=Narrow.of(not_equal={"type": "place"}),
)

st.subheader("Network")
left, right = st.columns(2)
top = left.slider("Actors shown", 5, 60, 15, key="actors.network_top", bind="query-params")
min_weight = right.slider(
    "Minimum links per edge", 1, 20, 1, key="actors.network_min", bind="query-params"
)
shared.link_param("actors.network_top", None if top == 15 else str(top))
shared.link_param("actors.network_min", None if min_weight == 1 else str(min_weight))
st.caption(
    f'The {top} actors most mentioned; the others are folded into one "others" node. '
    "Grey: named in the same sentence. Red dotted: one commits to the other."
)
nodes, edges = shared.ask("network", filters, top=top, min_weight=min_weight)
shared.chart(network_figure_of(nodes, edges), key="actors.network")
with st.expander(f"The {len(edges):,} edges behind the network, and downloads for Gephi"):
    shared.table(
        edges,
        key="actors.edges",
        file_name="actor-network-edges",
        columns=["source", "target", "kind", "weight"],
        height=300,
    )
    graph = actor_graph(nodes, edges)
    for column, fmt in zip(st.columns(2), GRAPH_FORMATS, strict=True):
        column.download_button(
            f"Network as {fmt.upper()}",
            data=partial(graph_bytes, graph, fmt),
            file_name=f"actor-network.{fmt}",
            mime=GRAPH_FORMATS[fmt],
            key=f"actors.graph.{fmt}",
            icon=":material/hub:",
            on_click="ignore",
        )

st.subheader("Actor profile")
# The most mentioned actors of the slice, and the one a link or a pick asked for.
ranked = shared.ask("top_actors", filters, top=PICKER_ACTORS)
names = dict(zip(ranked["actor_id"], ranked["name"], strict=True))
asked = st.session_state.get("actors.profile") or st.query_params.get("actors.profile")
if asked and asked not in names:
    extra = shared.ask("frame", "actors", filters, Narrow.of({"actor_id": [asked]}))
    extra = extra[extra["type"] != "place"]
    names.update(zip(extra["actor_id"], extra["name"], strict=True))
actor_id = st.selectbox(
    "Actor",
    list(names),
    format_func=names.get,
    key="actors.profile",
    index=0 if names else None,
    bind="query-params",
)
shared.link_param("actors.profile", names.get(actor_id))
shared.corrections_panel(ACTOR_ACTIONS, key="actors.fixes")
if actor_id:
    row = shared.ask("frame", "actors", filters, Narrow.of({"actor_id": [actor_id]}))
    row = row.set_index("actor_id").loc[actor_id]
    st.markdown(f"**{literal(row['name'])}** · {row['type']}")
    facts = {"Title": row["title"], "Affiliation": row["affiliation"], "Also named": row["aliases"]}
    for label, value in facts.items():
        if value:
            st.text(f"{label}: {value}")
    correct_actor(row, [n for i, n in names.items() if i != actor_id])
    unit = shared.time_unit(shared.ask("date_counts", "articles", filters)["date"])
    labels = list(shared.ask("theme_articles", filters)["label"])
    shared.chart(
        actor_theme_counts_figure(
            shared.ask("theme_dates", filters, actor_id=actor_id), labels, unit=unit
        ),
        key="actors.profile_themes",
    )
    shown = ["date", "actor", "type", "strength", "counterpart", "content"]
    order = (("date", True), ("strength", True))
    st.markdown("**Commitments made**")
    shared.paged_table(
        "commitments",
        key="actors.made",
        file_name="commitments-made",
        columns=shown,
        order=order,
        narrow=Narrow.of({"actor_id": [actor_id]}),
    )
    st.markdown("**Commitments received**")
    shared.paged_table(
        "commitments",
        key="actors.received",
        file_name="commitments-received",
        columns=shown,
        order=order,
        narrow=Narrow.of({"counterpart_id": [actor_id]}),
    )
    st.markdown("**Quotations**")
    shared.paged_table(
        "quotes",
        key="actors.quotes",
        file_name="quotes",
        columns=["speaker_title", "quote", "cue"],
        narrow=Narrow.of({"speaker_id": [actor_id]}),
    )
