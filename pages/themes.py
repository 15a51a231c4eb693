"""Themes: what the slice is about, when, with whom, and the sentences that show it."""

import streamlit as st

from analysis.charts import (
    UNIT_TITLES,
    bin_start,
    theme_actor_counts_figure,
    theme_heatmap_counts_figure,
    theme_trend_counts_figure,
)
from pages import shared

shared.in_frame()

filters = shared.filters()
st.title("Themes")

counts = shared.ask("theme_dates", filters)
unit = shared.time_unit(shared.ask("date_counts", "articles", filters)["date"])
shared.chart(theme_heatmap_counts_figure(counts, unit=unit), key="themes.heatmap")
shared.chart(theme_trend_counts_figure(counts, unit=unit), key="themes.trends")
by_actor, ranked = shared.ask("theme_actor_counts", filters)
shared.chart(theme_actor_counts_figure(by_actor, ranked), key="themes.actors")

st.subheader("Evidence")
labels = dict(zip(counts["theme"], counts["label"], strict=False))
counts = counts.assign(period=bin_start(counts["date"], unit))
left, right = st.columns(2)
theme = left.selectbox(
    "Theme", sorted(labels, key=labels.get), format_func=labels.get, key="themes.theme"
)
of_theme = counts[counts["theme"] == theme]
periods = sorted(set(of_theme["period"]) - {""}) if theme else []
everything = f"every {unit}"
period = right.selectbox(
    UNIT_TITLES[unit].capitalize(), [everything, *periods], key="themes.period"
)
if theme:
    dates = None
    if period != everything:
        dates = tuple(of_theme.loc[of_theme["period"] == period, "date"])
    total = shared.ask("evidence", filters, theme, dates, limit=0)[1]
    offset = shared.page_controls(total, key="themes.evidence")
    chosen, _ = shared.ask("evidence", filters, theme, dates, offset=offset, limit=shared.PAGE_ROWS)
    shared.table(
        chosen,
        key="themes.evidence",
        file_name="theme-evidence",
        columns=["date", "title", "label", "score", "evidence"],
    )
