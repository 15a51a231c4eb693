"""Themes: what the slice is about, when, with whom, and the sentences that show it."""

import streamlit as st

from analysis.charts import (
    UNIT_TITLES,
    bin_start,
    theme_actor_figure,
    theme_heatmap_figure,
    theme_trend_figure,
)
from views import shared

view = shared.view()
st.title("Themes")

unit = shared.time_unit(view.articles["date"])
shared.chart(theme_heatmap_figure(view.themes, view.articles, unit=unit), key="themes.heatmap")
shared.chart(theme_trend_figure(view.themes, view.articles, unit=unit), key="themes.trends")
shared.chart(theme_actor_figure(view.themes, view.mentions, view.actors), key="themes.actors")

st.subheader("Evidence")
evidence = view.themes.merge(
    view.articles[["article_id", "title", "date"]], on="article_id", how="left"
)
evidence["period"] = bin_start(evidence["date"], unit)
labels = dict(zip(evidence["theme"], evidence["label"], strict=True))
left, right = st.columns(2)
theme = left.selectbox(
    "Theme", sorted(labels, key=labels.get), format_func=labels.get, key="themes.theme"
)
periods = sorted(set(evidence["period"]) - {""})
everything = f"every {unit}"
period = right.selectbox(
    UNIT_TITLES[unit].capitalize(), [everything, *periods], key="themes.period"
)
chosen = evidence[evidence["theme"] == theme]
if period != everything:
    chosen = chosen[chosen["period"] == period]
shared.table(
    chosen.sort_values("score", ascending=False),
    key="themes.evidence",
    file_name="theme-evidence",
    columns=["date", "title", "label", "score", "evidence"],
)
