"""Actors: who is most present, who appears with whom, and one actor's profile."""

import streamlit as st

from analysis.charts import actor_ranking_figure, actor_theme_figure, network_figure
from analysis.display import literal
from pages import shared

view = shared.view()
st.title("Actors")

actors = view.actors[view.actors["type"] != "place"]
left, right = st.columns(2)
by = left.radio("Rank by", ["mentions", "articles"], horizontal=True, key="actors.rank_by")
colour = right.radio("Colour by", ["type", "affiliation"], horizontal=True, key="actors.colour")
shared.chart(actor_ranking_figure(actors, by=by, colour=colour), key="actors.ranking")
shared.table(
    actors.sort_values([by, "name"], ascending=[False, True]),
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
)

st.subheader("Network")
st.caption("Grey: named in the same sentence. Red dotted: one commits to the other.")
shared.chart(network_figure(actors, view.mentions, view.commitments), key="actors.network")

st.subheader("Actor profile")
names = dict(zip(actors["actor_id"], actors["name"], strict=True))
actor_id = st.selectbox(
    "Actor", list(names), format_func=names.get, key="actors.profile", index=0 if names else None
)
if actor_id:
    row = actors.set_index("actor_id").loc[actor_id]
    st.markdown(f"**{literal(row['name'])}** · {row['type']}")
    facts = {"Title": row["title"], "Affiliation": row["affiliation"], "Also named": row["aliases"]}
    for label, value in facts.items():
        if value:
            st.text(f"{label}: {value}")
    shared.chart(
        actor_theme_figure(view.themes, view.mentions, view.articles, actor_id),
        key="actors.profile_themes",
    )
    made = view.commitments[view.commitments["actor_id"] == actor_id]
    received = view.commitments[view.commitments["counterpart_id"] == actor_id]
    shown = ["date", "actor", "type", "strength", "counterpart", "content"]
    st.markdown("**Commitments made**")
    shared.table(made, key="actors.made", file_name="commitments-made", columns=shown)
    st.markdown("**Commitments received**")
    shared.table(received, key="actors.received", file_name="commitments-received", columns=shown)
    st.markdown("**Quotations**")
    said = view.quotes[view.quotes["speaker_id"] == actor_id]
    shared.table(
        said, key="actors.quotes", file_name="quotes", columns=["speaker_title", "quote", "cue"]
    )
