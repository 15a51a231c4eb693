"""Overview: how much the slice holds, when, who, about what, and the latest firm commitments."""

import streamlit as st

from analysis.charts import actor_ranking_figure, theme_mix_figure, timeline_figure
from views import shared

STRONG = 0.7  # pledges with detail and agreements start here (see analysis/commitments.py)

view = shared.view()
st.title("Commitment Tracker")
st.caption("Who acts, about what, promising what to whom — in the articles the filters select.")

counts = {
    "Articles": len(view.articles),
    "Actors": int((view.actors["type"] != "place").sum()),
    "Commitments": len(view.commitments),
    "Quotes": len(view.quotes),
    "Themes": view.themes["theme"].nunique(),
}
for column, (label, value) in zip(st.columns(len(counts)), counts.items(), strict=True):
    column.metric(label, f"{value:,}")

unit = shared.time_unit(view.articles["date"])
shared.chart(timeline_figure(view.articles, view.commitments, unit=unit), key="overview.timeline")
left, right = st.columns(2)
with left:
    shared.chart(actor_ranking_figure(view.actors, top=10), key="overview.actors")
with right:
    shared.chart(theme_mix_figure(view.themes), key="overview.themes")

st.subheader("Latest strong commitments")
strong = view.commitments[view.commitments["strength"] >= STRONG].sort_values(
    ["date", "strength"], ascending=False
)
shared.table(
    strong.head(20),
    key="overview.strong",
    file_name="strong-commitments",
    columns=["date", "actor", "type", "strength", "counterpart", "content"],
)

st.subheader("Download everything in view")
shared.bundle_downloads(view, key="overview.bundle")
