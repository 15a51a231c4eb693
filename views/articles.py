"""Articles: the list in view and a reader with actors, commitments and quotes highlighted.

The reader opens the article (and the character range) named by the ``article``,
``start`` and ``end`` query parameters, which the Commitments page links to.
"""

import streamlit as st

from analysis.charts import reader_html, reader_legend, reader_scroll_script, reader_spans
from analysis.display import literal
from views import shared

view = shared.view()
everything = shared.corpus()
st.title("Articles")

shared.table(
    view.articles.sort_values("date", ascending=False),
    key="articles.table",
    file_name="articles",
    columns=["date", "title", "source", "n_words", "path", "url"],
)

st.subheader("Reader")
requested = st.query_params.get("article", "")
ids = list(view.articles["article_id"])
if requested and requested not in ids and requested in set(everything.articles["article_id"]):
    # A shared link may point at an article the current filters leave out: still open it.
    ids.insert(0, requested)
titles = dict(zip(everything.articles["article_id"], everything.articles["title"], strict=True))


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
if article_id:
    focus = None
    start, end = st.query_params.get("start", ""), st.query_params.get("end", "")
    # A range belongs to the linked article only, never to one shown in its place.
    if article_id == requested and start.isdigit() and end.isdigit():
        focus = (int(start), int(end))
    article = everything.articles.set_index("article_id").loc[article_id]
    st.caption(  # source and URL are the article's own fields: shown as text, never run
        literal(
            " · ".join(
                v
                for v in (article["date"], article["source"], article["url"] or article["path"])
                if v
            )
        )
    )

    def of_article(frame):
        return frame[frame["article_id"] == article_id]

    spans = reader_spans(
        mentions=of_article(everything.mentions),
        commitments=of_article(view.commitments),
        quotes=of_article(everything.quotes),
        actor_names=dict(
            zip(everything.actors["actor_id"], everything.actors["name"], strict=True)
        ),
        focus=focus,
    )
    st.html(reader_legend())
    st.html(reader_html(article["text"], spans))
    if focus is not None:
        # Only this fixed script of ours runs; the article's own markup never does.
        st.html(reader_scroll_script(*focus), unsafe_allow_javascript=True)
    shared.table(
        of_article(view.commitments),
        key="articles.commitments",
        file_name="article-commitments",
        columns=["actor", "type", "strength", "counterpart", "content"],
    )
    shared.table(
        of_article(everything.quotes),
        key="articles.quotes",
        file_name="article-quotes",
        columns=["speaker", "quote", "cue"],
    )
