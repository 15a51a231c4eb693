"""Quotes: who said what, searchable by words, speaker and title."""

import streamlit as st

from analysis.charts import speaker_figure
from analysis.corrections import QUOTE_ACTIONS
from views import shared

PICKER_ROWS = 500

view = shared.view()
st.title("Quotes")

quotes = view.quotes.merge(
    view.articles[["article_id", "title", "date"]].rename(columns={"title": "article"}),
    on="article_id",
    how="left",
)
left, middle, right = st.columns(3)
words = left.text_input("Words in the quotation", key="quotes.words", bind="query-params").strip()
speakers = middle.multiselect(
    "Speaker", sorted(set(quotes["speaker"]) - {""}), key="quotes.speakers", bind="query-params"
)
titles = right.multiselect(
    "Speaker's title",
    sorted(set(quotes["speaker_title"]) - {""}),
    key="quotes.titles",
    bind="query-params",
)

shared.link_param("quotes.words", words)
shared.link_param("quotes.speakers", speakers)
shared.link_param("quotes.titles", titles)
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

st.subheader("Correct a quotation")
offered = quotes.head(PICKER_ROWS).set_index("quote_id")
labels = {qid: f"{row.speaker or '(unknown)'}: {row.quote[:90]}" for qid, row in offered.iterrows()}
if len(quotes) > PICKER_ROWS:
    st.caption(
        f"The first {PICKER_ROWS:,} of {len(quotes):,} quotations in table order; "
        "narrow the search to reach the others."
    )
picked = st.selectbox(
    "Quotation", list(labels), format_func=labels.get, index=None, key="quotes.fix_pick"
)
if picked:
    row = offered.loc[picked]
    everyone = sorted(set(shared.corpus().actors["name"]) - {""}, key=str.casefold)
    left, right = st.columns(2)
    speaker = left.selectbox(
        "Said by",
        everyone,
        index=everyone.index(row["speaker"]) if row["speaker"] in everyone else None,
        key=f"quotes.fix_speaker.{picked}",
    )
    if left.button(
        "Change speaker",
        key="quotes.set_speaker",
        disabled=not speaker or speaker == row["speaker"],
    ):
        shared.correct("set_quote_speaker", picked, speaker)
    right.write("")
    if right.button("Reject: not a quotation", key="quotes.reject", type="primary"):
        shared.correct("reject_quote", picked)
shared.corrections_panel(QUOTE_ACTIONS, key="quotes.fixes")
