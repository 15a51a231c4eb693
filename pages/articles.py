"""Articles: the list in view and a reader with actors, commitments and quotes highlighted.

The reader opens the article (and the character range) named by the ``article``,
``start`` and ``end`` query parameters, which the Commitments page links to. Only the
article opened is read from the warehouse, text and spans together.
"""

import streamlit as st

from analysis.charts import reader_html, reader_legend, reader_scroll_script, reader_spans
from analysis.display import literal
from pages import shared

shared.in_frame()

PICKER_ROWS = 500

filters = shared.filters()
st.title("Articles")

shared.paged_table(
    "articles",
    key="articles.table",
    file_name="articles",
    columns=["date", "title", "source", "n_words", "path", "url"],
    order=(("date", True),),
)

st.subheader("Reader")
requested = st.query_params.get("article", "")
# A picker over every article would be slow to send: the first ones in view, and a
# linked article even when the filters leave it out.
offered = shared.ask(
    "page", "articles", filters, limit=PICKER_ROWS, columns=("article_id", "title")
)
titles = dict(zip(offered["article_id"], offered["title"], strict=True))
ids = list(titles)
if requested and requested not in titles:
    linked = shared.ask("titles", (requested,))
    if len(linked):
        ids.insert(0, requested)
        titles[requested] = linked["title"].iloc[0]
total = shared.ask("count", "articles", filters)
if total > PICKER_ROWS:
    st.caption(
        f"The first {PICKER_ROWS:,} of {total:,} articles in view; narrow the filters "
        "to reach the others."
    )


def follow_pick() -> None:
    """Put the article the analyst picked into the URL; its old character range no longer applies.

    Only a pick does this: were the first article in view written into the URL too, it
    would stay open after a filter change that leaves it out, as if a link had asked for it.
    """
    st.query_params["article"] = st.session_state["articles.reader"]
    for stale in ("start", "end"):
        if stale in st.query_params:
            del st.query_params[stale]


article_id = st.selectbox(
    "Article",
    ids,
    index=ids.index(requested) if requested in ids else (0 if ids else None),
    format_func=lambda aid: titles.get(aid) or aid,
    key="articles.reader",
    on_change=follow_pick,
)
for name in ("article", "start", "end"):
    shared.link_param(name, st.query_params.get(name))
opened = shared.ask("article", article_id, filters) if article_id else None
if opened is not None:
    focus = None
    start, end = st.query_params.get("start", ""), st.query_params.get("end", "")
    # A range belongs to the linked article only, never to one shown in its place.
    if article_id == requested and start.isdigit() and end.isdigit():
        focus = (int(start), int(end))
    article = opened.articles.iloc[0]
    st.caption(  # source and URL are the article's own fields: shown as text, never run
        literal(
            " · ".join(
                v
                for v in (article["date"], article["source"], article["url"] or article["path"])
                if v
            )
        )
    )
    spans = reader_spans(
        mentions=opened.mentions,
        commitments=opened.commitments,
        quotes=opened.quotes,
        actor_names=dict(zip(opened.actors["actor_id"], opened.actors["name"], strict=True)),
        focus=focus,
    )
    st.html(reader_legend())
    st.html(reader_html(article["text"], spans))
    if focus is not None:
        # Only this fixed script of ours runs; the article's own markup never does.
        st.html(reader_scroll_script(*focus), unsafe_allow_javascript=True)
    shared.table(
        opened.commitments,
        key="articles.commitments",
        file_name="article-commitments",
        columns=["actor", "type", "strength", "counterpart", "content"],
    )
    shared.table(
        opened.quotes,
        key="articles.quotes",
        file_name="article-quotes",
        columns=["speaker", "quote", "cue"],
    )
