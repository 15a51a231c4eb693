"""Quotes: who said what, searchable by words, speaker and title."""

import streamlit as st

from analysis.charts import speaker_figure
from pages import shared

view = shared.view()
st.title("Quotes")

quotes = view.quotes.merge(
    view.articles[["article_id", "title", "date"]].rename(columns={"title": "article"}),
    on="article_id",
    how="left",
)
left, middle, right = st.columns(3)
words = left.text_input("Words in the quotation", key="quotes.words").strip()
speakers = middle.multiselect(
    "Speaker", sorted(set(quotes["speaker"]) - {""}), key="quotes.speakers"
)
titles = right.multiselect(
    "Speaker's title", sorted(set(quotes["speaker_title"]) - {""}), key="quotes.titles"
)

if words:
    quotes = quotes[quotes["quote"].str.contains(words, case=False, regex=False)]
if speakers:
    quotes = quotes[quotes["speaker"].isin(speakers)]
if titles:
    quotes = quotes[quotes["speaker_title"].isin(titles)]

shared.chart(speaker_figure(quotes), key="quotes.speakers_chart")
shared.table(
    quotes,
    key="quotes.table",
    file_name="quotes",
    columns=["date", "speaker", "speaker_title", "quote", "cue", "article"],
)
