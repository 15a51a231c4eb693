"""Quotes: who said what, searchable by words, speaker and title."""

import streamlit as st

from analysis.charts import speaker_figure
from analysis.corrections import QUOTE_ACTIONS
from analysis.warehouse import Narrow
from pages import shared

shared.in_frame()

PICKER_ROWS = 500

filters = shared.filters()
st.title("Quotes")


def offered(column: str, key: str) -> list[str]:
    """Return the most frequent values of ``column`` in view, and those already chosen."""
    values = shared.ask("top_values", "quotes", column, filters)
    return sorted(set(values) | set(st.session_state.get(key) or st.query_params.get_all(key)))


left, middle, right = st.columns(3)
words = left.text_input("Words in the quotation", key="quotes.words", bind="query-params").strip()
speakers = middle.multiselect(
    "Speaker", offered("speaker", "quotes.speakers"), key="quotes.speakers", bind="query-params"
)
titles = right.multiselect(
    "Speaker's title",
    offered("speaker_title", "quotes.titles"),
    key="quotes.titles",
    bind="query-params",
)

shared.link_param("quotes.words", words)
shared.link_param("quotes.speakers", speakers)
shared.link_param("quotes.titles", titles)
narrow = Narrow.of({"speaker": speakers, "speaker_title": titles}, quote=words)

shared.chart(speaker_figure(shared.ask("speakers", filters, narrow)), key="quotes.speakers_chart")
shared.paged_table(
    "quotes",
    key="quotes.table",
    file_name="quotes",
    columns=["date", "speaker", "speaker_title", "quote", "cue", "article"],
    narrow=narrow,
    with_articles=True,
)

st.subheader("Correct a quotation")
total = shared.ask("count", "quotes", filters, narrow)
offered_rows = shared.ask("page", "quotes", filters, limit=PICKER_ROWS, narrow=narrow)
offered_rows = offered_rows.set_index("quote_id")
labels = {
    qid: f"{row.speaker or '(unknown)'}: {row.quote[:90]}" for qid, row in offered_rows.iterrows()
}
if total > PICKER_ROWS:
    st.caption(
        f"The first {PICKER_ROWS:,} of {total:,} quotations in table order; "
        "narrow the search to reach the others."
    )
picked = st.selectbox(
    "Quotation", list(labels), format_func=labels.get, index=None, key="quotes.fix_pick"
)
if picked:
    row = offered_rows.loc[picked]
    everyone = sorted(set(shared.ask("names")) | {row["speaker"]} - {""}, key=str.casefold)
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
