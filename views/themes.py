"""Themes: what the slice is about, when, with whom, and the sentences that show it."""

import streamlit as st

from analysis.charts import theme_actor_figure, theme_heatmap_figure, theme_trend_figure, week_start
from views import shared

view = shared.view()
st.title("Themes")

shared.chart(theme_heatmap_figure(view.themes, view.articles), key="themes.heatmap")
shared.chart(theme_trend_figure(view.themes, view.articles), key="themes.trends")
shared.chart(theme_actor_figure(view.themes, view.mentions, view.actors), key="themes.actors")

st.subheader("Evidence")
evidence = view.themes.merge(
    view.articles[["article_id", "title", "date"]], on="article_id", how="left"
)
evidence["week"] = week_start(evidence["date"])
labels = dict(zip(evidence["theme"], evidence["label"], strict=True))
left, right = st.columns(2)
theme = left.selectbox(
    "Theme", sorted(labels, key=labels.get), format_func=labels.get, key="themes.theme"
)
weeks = sorted(set(evidence["week"]) - {""})
period = right.selectbox("Week of", ["all weeks", *weeks], key="themes.week")
chosen = evidence[evidence["theme"] == theme]
if period != "all weeks":
    chosen = chosen[chosen["week"] == period]
shared.table(
    chosen.sort_values("score", ascending=False),
    key="themes.evidence",
    file_name="theme-evidence",
    columns=["date", "title", "label", "score", "evidence"],
)
