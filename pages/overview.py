"""Overview: how much the slice holds, when, who, about what, and the latest firm commitments."""

import streamlit as st

from analysis.charts import actor_ranking_figure, theme_mix_figure, timeline_counts_figure
from analysis.warehouse import Narrow
from pages import shared

shared.in_frame()

STRONG = 0.7  # pledges with detail and agreements start here (see analysis/commitments.py)

filters = shared.filters()
st.title("Commitment Tracker")
st.caption("Who acts, about what, promising what to whom — in the articles the filters select.")

counts = shared.ask("counts", filters)
for column, (label, value) in zip(st.columns(len(counts)), counts.items(), strict=True):
    column.metric(label, f"{value:,}")

article_dates = shared.ask("date_counts", "articles", filters)
commitment_dates = shared.ask("date_counts", "commitments", filters)
unit = shared.time_unit(article_dates["date"])
shared.chart(
    timeline_counts_figure(article_dates, commitment_dates, unit=unit), key="overview.timeline"
)
left, right = st.columns(2)
with left:
    shared.chart(
        actor_ranking_figure(shared.ask("top_actors", filters, top=10), top=10),
        key="overview.actors",
    )
with right:
    shared.chart(theme_mix_figure(shared.ask("theme_articles", filters)), key="overview.themes")

st.subheader("Latest strong commitments")
st.caption(
    "Firm commitments (strength at least 0.7) on one of the tracked themes, newest first; "
    "every commitment, weak or off-theme, is on the Commitments page."
)
strong = shared.ask(
    "page",
    "commitments",
    filters,
    limit=20,
    order=(("date", True), ("strength", True)),
    # Off-theme pledges ("attend the ceremony") are kept on the Commitments page.
    narrow=Narrow.of(at_least={"strength": STRONG}, not_equal={"themes": ""}),
)
shared.table(
    strong,
    key="overview.strong",
    file_name="strong-commitments",
    columns=["date", "actor", "type", "strength", "counterpart", "content"],
)

st.subheader("Download everything in view")
shared.bundle_downloads(key="overview.bundle")
