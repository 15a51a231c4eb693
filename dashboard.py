"""Commitment Tracker: the dashboard's frame.

Page config, the corpus (read from the store; the bundled ``seeds/`` are processed on the
very first run and brought up to date once per server process, so an upgrade of the
model, rules or themes re-processes them), the global filters in the sidebar (bound to
the URL, so a copied link reopens the same view), the "copy link" box, and navigation. Pages are in ``pages/``;
they read the filtered tables through ``pages/shared.py``.

Articles a visitor adds are kept in that visitor's session unless uploads are set to
persist (see ``pages/shared.py``); the corpus a session sees is the shared store plus its
own additions, assembled together so an actor is one actor across both.

Settings (environment): ``COMMITMENT_TRACKER_STORE`` (the store file),
``COMMITMENT_TRACKER_SEEDS`` (the folder built on the first run, ``seeds/`` by default),
``COMMITMENT_TRACKER_ALLOW_PRIVATE_URLS=1`` (let "Add articles" fetch intranet hosts),
``COMMITMENT_TRACKER_PERSIST_UPLOADS=1`` (save added articles to the shared store; also
``[commitment_tracker] persist_uploads = true`` in ``.streamlit/secrets.toml``).
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import streamlit as st

from analysis import snapshot
from analysis.corpus import Corpus
from analysis.filters import (
    FILTER_KEYS,
    FilterOptions,
    Filters,
    apply,
    date_bounds,
    filter_options,
    filter_params,
    view_link,
)
from analysis.store import Store, StoreBusy, default_store_path
from pages import shared

ROOT = Path(__file__).resolve().parent
SEEDS_ENV = "COMMITMENT_TRACKER_SEEDS"
DATE_BOUNDS = "data.date_bounds"
SESSION_CORPUS = "data.session_corpus"


def seeds_dir() -> Path:
    """Return the folder of articles built on the first run."""
    return Path(os.environ.get(SEEDS_ENV) or ROOT / "seeds")


def store_signature(store_path: str) -> str:
    """Return the store's signature (the cache key of the loaded corpus).

    The name of the current snapshot when one is published (read without opening the
    database), else the signature of the store file itself.
    """
    published = snapshot.version(store_path)
    if published:
        return published
    with Store.reader(store_path) as store:
        return store.signature()


# A resource, not data: every session shares one read-only copy of the tables, where
# st.cache_data would unpickle a fresh copy on every rerun (0.1 s and 65 MB at 5,000
# articles). Pages only derive new frames from it (pandas copy-on-write keeps it intact).
@st.cache_resource(show_spinner="Loading the tables…", max_entries=4)
def load_corpus(store_path: str, signature: str) -> Corpus:
    """Return the six tables of every stored article; ``signature`` keys the cache."""
    from analysis.build import load_store

    with Store.reader(store_path) as store:
        return load_store(store)


@st.cache_data(show_spinner=False, max_entries=4)
def shared_options(store_path: str, signature: str) -> FilterOptions:
    """Return the filter widgets' values for the shared corpus; ``signature`` keys the cache."""
    return filter_options(load_corpus(store_path, signature))


def session_corpus(store_path: str, signature: str) -> tuple[Corpus, FilterOptions]:
    """Return the corpus this session sees and its filter values.

    Without additions of its own that is the cached shared corpus. With them, both stores
    are assembled together and the result kept in the session until either store changes.
    """
    own = shared.session_additions()
    if own is None:
        return load_corpus(store_path, signature), shared_options(store_path, signature)
    key = (store_path, signature, own.signature())
    kept = st.session_state.get(SESSION_CORPUS)
    if kept is None or kept[0] != key:
        from analysis.build import load_stores

        with Store.reader(store_path) as common:
            corpus = load_stores(own, common)
        kept = (key, corpus, filter_options(corpus))
        st.session_state[SESSION_CORPUS] = kept
    return kept[1], kept[2]


@st.cache_resource(show_spinner=False)
def refreshed_stores() -> set[str]:
    """Return the stores whose bundled articles this server process has brought up to date."""
    return set()


def refresh_seeds(store_path: str) -> bool:
    """Process the bundled articles the store lacks or holds from an older pipeline version.

    Runs once per server process and store: the very first start builds everything (with a
    progress bar); a start after an upgrade of the model, rules or themes re-processes the
    bundled articles; otherwise nothing is processed. Returns False when another process
    was writing the store, so nothing could be checked.
    """
    from analysis.articles import read_articles
    from analysis.build import update_store

    articles = read_articles([seeds_dir()]).articles
    if not articles:
        return True
    bar = st.progress(0.0, text="Checking the bundled articles…")

    def progress(done: int, total: int) -> None:
        bar.progress(done / total if total else 1.0, text=f"Processed {done} of {total} articles")

    try:
        with Store(store_path) as store:
            update_store(articles, store, progress=progress)
    except StoreBusy:
        # A build (or another server process) is writing the store: serve what it last
        # published and try again on a later visit.
        bar.empty()
        return False
    bar.empty()
    return True


def follow_full_range(bounds: tuple[date, date]) -> None:
    """Keep an un-narrowed date range covering the whole corpus when the corpus grows.

    Otherwise articles added later than the old last date would be filtered out unseen.
    """
    key, previous = FILTER_KEYS["dates"], st.session_state.get(DATE_BOUNDS)
    if previous and previous != bounds and tuple(st.session_state.get(key, ())) == previous:
        st.session_state[key] = bounds
    st.session_state[DATE_BOUNDS] = bounds


def sidebar_filters(options: FilterOptions) -> Filters:
    """Draw the global filters in the sidebar and return the slice they select."""
    sidebar = st.sidebar
    sidebar.header("Filters")
    start, end = None, None
    if options.first_date and options.last_date:
        follow_full_range((options.first_date, options.last_date))
        picked: tuple[date, ...] = sidebar.date_input(
            "Dates",
            value=(options.first_date, options.last_date),
            min_value=options.first_date,
            max_value=options.last_date,
            key=FILTER_KEYS["dates"],
            bind="query-params",
        )
        start, end = date_bounds(picked, options)

    def pick(label: str, name: str, values: list[str], **kwargs) -> tuple[str, ...]:
        return tuple(
            sidebar.multiselect(label, values, key=FILTER_KEYS[name], bind="query-params", **kwargs)
        )

    return Filters(
        start=start,
        end=end,
        actors=pick("Actors", "actors", options.actors),
        actor_types=pick("Actor type", "actor_types", options.actor_types),
        affiliations=pick("Affiliation", "affiliations", options.affiliations),
        themes=pick("Themes", "themes", list(options.themes), format_func=options.themes.get),
        commitment_types=pick("Commitment types", "commitment_types", options.commitment_types),
        min_strength=sidebar.slider(
            "Minimum commitment strength",
            0.0,
            1.0,
            0.0,
            0.05,
            key=FILTER_KEYS["min_strength"],
            bind="query-params",
        ),
        sources=pick("Sources", "sources", options.sources),
        search=sidebar.text_input(
            "Search articles", key=FILTER_KEYS["search"], bind="query-params"
        ).strip(),
    )


def page_link_params() -> dict[str, str | list[str]]:
    """Return the query parameters a page set for itself (reader position and the like)."""
    bound = set(FILTER_KEYS.values())
    return {key: st.query_params.get_all(key) for key in st.query_params if key not in bound}


st.set_page_config(page_title="Commitment Tracker", page_icon="🛡️", layout="wide")

store_path = str(default_store_path())
if store_path not in refreshed_stores() and refresh_seeds(store_path):
    refreshed_stores().add(store_path)
try:
    corpus, options = session_corpus(store_path, store_signature(store_path))
except StoreBusy as err:
    st.info(f"The articles are being processed by a build; reload in a minute. ({err})")
    st.stop()

navigation = st.navigation(
    [
        st.Page("pages/overview.py", title="Overview", icon="📊", default=True),
        st.Page("pages/actors.py", title="Actors", icon="👥"),
        st.Page("pages/themes.py", title="Themes", icon="🏷️"),
        st.Page("pages/commitments.py", title="Commitments", icon="🤝"),
        st.Page("pages/quotes.py", title="Quotes", icon="💬"),
        st.Page("pages/articles.py", title="Articles", icon="📰"),
        st.Page("pages/add_articles.py", title="Add articles", icon="➕"),
    ]
)
filters = sidebar_filters(options)
link_box = st.sidebar.container()
shared.publish(corpus=corpus, view=apply(corpus, filters), filters=filters, store_path=store_path)
st.sidebar.caption(shared.storage_note())
navigation.run()

with link_box:
    # Built after the page ran, so the reader's own parameters are part of the link.
    params = {**page_link_params(), **filter_params(filters, options.themes)}
    st.caption("Copy link to this view")
    st.code(view_link(st.context.url or "", params), language=None, wrap_lines=True)
