"""Commitment Tracker: the dashboard's frame.

Page config, the corpus (read from the store; the bundled ``seeds/`` are processed on the
very first run and brought up to date once per server process, so an upgrade of the
model, rules or themes re-processes them), the global filters in the sidebar (bound to
the URL, so a copied link reopens the same view), the "copy link" box, and navigation.
Pages are in ``pages/``, each starting with ``shared.in_frame()``; they ask the warehouse (``analysis/warehouse.py``) through ``pages/shared.py``: one DuckDB
connection per server process, one cursor per session, no corpus held in pandas.

Articles a visitor adds are kept in that visitor's session unless uploads are set to
persist (see ``pages/shared.py``); the corpus a session sees is the shared store plus its
own additions, united in SQL (an actor with the same canonical name and type is one
actor across both), with every correction overlaid.

Settings (environment): ``COMMITMENT_TRACKER_STORE`` (the store file),
``COMMITMENT_TRACKER_SEEDS`` (the folder built on the first run, ``seeds/`` by default),
``COMMITMENT_TRACKER_ALLOW_PRIVATE_URLS=1`` (let "Add articles" fetch intranet hosts),
``COMMITMENT_TRACKER_PERSIST_UPLOADS=1`` (save added articles to the shared store; also
``[commitment_tracker] persist_uploads = true`` in ``.streamlit/secrets.toml``).
"""

from __future__ import annotations

import hashlib
import os
from datetime import date
from functools import partial
from pathlib import Path

import duckdb
import pandas as pd
import streamlit as st

from analysis import stores
from analysis.charts import TIME_UNITS
from analysis.filters import (
    FILTER_KEYS,
    FilterOptions,
    Filters,
    date_bounds,
    describe_filters,
    filter_params,
    page_url,
)
from analysis.store import StoreBusy, default_store_path
from analysis.warehouse import (
    Warehouse,
    connection_from_store,
    corrected,
    offering,
    with_additions,
)
from pages import shared

ROOT = Path(__file__).resolve().parent
SEEDS_ENV = "COMMITMENT_TRACKER_SEEDS"
DATE_BOUNDS = "data.date_bounds"
SESSION_CURSOR = "data.session_cursor"
SESSION_WAREHOUSE = "data.session_warehouse"
ACTOR_FIND = "f.actor_find"


def seeds_dir() -> Path:
    """Return the folder of articles built on the first run."""
    return Path(os.environ.get(SEEDS_ENV) or ROOT / "seeds")


def store_signature(store_path: str) -> tuple[str, str]:
    """Return the store's signatures: of its articles, and of its corrections (cache keys).

    Read once per published snapshot (its name is read without opening the database);
    a store with no snapshot yet is opened every time.
    """
    published = stores.snapshot_version(store_path)
    if published:
        return _snapshot_signatures(store_path, published)
    return _read_signatures(store_path)


def _read_signatures(store_path: str) -> tuple[str, str]:
    with stores.reader(store_path) as store:
        return store.signature(), store.corrections_signature()


@st.cache_data(show_spinner=False, max_entries=8)
def _snapshot_signatures(store_path: str, published: str) -> tuple[str, str]:
    return _read_signatures(store_path)


def connect(store_path: str) -> duckdb.DuckDBPyConnection:
    """Return a read-only DuckDB connection on which the six ``corpus_*`` tables are queryable.

    They are views over the store's current snapshot (per-article rows joined with the
    stored canonical actors): the server process holds no table in memory.
    """
    return connection_from_store(store_path)


# One connection per server process and store snapshot; sessions read it through cursors.
@st.cache_resource(show_spinner="Loading the tables…", max_entries=2)
def shared_connection(store_path: str, signature: str) -> duckdb.DuckDBPyConnection:
    """Return the process's connection to the store; ``signature`` keys the cache."""
    return connect(store_path)


@st.cache_resource(show_spinner=False, max_entries=4)
def shared_warehouse(store_path: str, signature: str, corrections: str) -> Warehouse:
    """Return the stored tables with the store's corrections overlaid (both signatures key it)."""
    with stores.reader(store_path) as store:
        fixes = store.corrections()
    return corrected(Warehouse(shared_connection(store_path, signature)), fixes)


def session_cursor(connection: duckdb.DuckDBPyConnection) -> duckdb.DuckDBPyConnection:
    """Return this session's own cursor on ``connection`` (its additions are registered there)."""
    kept = st.session_state.get(SESSION_CURSOR)
    if kept is None or kept[0] is not connection:
        kept = (connection, connection.cursor())
        st.session_state[SESSION_CURSOR] = kept
        st.session_state.pop(SESSION_WAREHOUSE, None)
    return kept[1]


def session_warehouse(store_path: str, signatures: tuple[str, str]) -> tuple[Warehouse, tuple]:
    """Return the warehouse this session sees and the key of what it shows.

    Without additions or corrections of its own that is the shared one, read through the
    session's cursor. Articles of its own are united with the stored ones (and every
    correction, shared and own, overlaid on both); corrections of its own only are
    overlaid on the shared warehouse. Kept in the session until either store changes.
    """
    shared_one = shared_warehouse(store_path, *signatures)
    cursor = session_cursor(shared_one.con)
    own = shared.session_additions()
    own_fixes = shared.session_corrections()
    if own is None and own_fixes.empty:
        return shared_one.with_cursor(cursor), (store_path, signatures)
    key = (
        store_path,
        signatures,
        own.signature() if own is not None else "",
        tuple(own_fixes["correction_id"]),
    )
    kept = st.session_state.get(SESSION_WAREHOUSE)
    if kept is None or kept[0] != key:
        tag = hashlib.sha1(repr(key).encode()).hexdigest()[:10]
        if own is not None:
            from analysis.build import load_store

            with stores.reader(store_path) as common:
                fixes = pd.concat([common.corrections(), own_fixes], ignore_index=True)
            plain = Warehouse(shared_connection(store_path, signatures[0])).with_cursor(cursor)
            mine = with_additions(plain, load_store(own), tag=tag)
            warehouse = corrected(mine, fixes, schema="temp", tag=tag)
        else:
            warehouse = corrected(shared_one.with_cursor(cursor), own_fixes, schema="temp", tag=tag)
        kept = (key, warehouse)
        st.session_state[SESSION_WAREHOUSE] = kept
    return kept[1], kept[0]


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
    progress = partial(shared.show_progress, bar)

    try:
        with stores.open_store(store_path) as store:
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


def sources_filter(sidebar, options: FilterOptions, pick) -> tuple[str, ...]:
    """Draw the Sources filter, or say why there is nothing to pick."""
    if options.sources:
        return pick("Sources", "sources", options.sources)
    sidebar.caption(
        "**Sources**: none of these articles names its source. A source comes from the "
        "`source` or `publisher` field of JSON and CSV articles, an HTML page's site name, "
        "or the Source box when pasting text."
    )
    return ()


def linked_filters() -> Filters:
    """Return the actors, affiliations and sources chosen so far (widget state or link).

    The widgets offer only the most mentioned values, so these are added to what they offer.
    """

    def chosen(name: str) -> tuple[str, ...]:
        key = FILTER_KEYS[name]
        value = st.session_state.get(key)
        if value is None:
            value = st.query_params.get_all(key)
        return tuple(value or ())

    return Filters(
        actors=chosen("actors"), affiliations=chosen("affiliations"), sources=chosen("sources")
    )


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

    actors = pick("Actors", "actors", options.actors)
    sidebar.text_input(
        "Find an actor",
        key=ACTOR_FIND,
        help="The Actors list offers the most mentioned; type part of a name to offer others.",
    )
    return Filters(
        start=start,
        end=end,
        actors=actors,
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
            help="Applies to graded commitments only: refusals have no strength and are "
            "always kept.",
        ),
        sources=sources_filter(sidebar, options, pick),
        search=sidebar.text_input(
            "Search articles", key=FILTER_KEYS["search"], bind="query-params"
        ).strip(),
    )


def browser_url() -> str:
    """Return the address in the visitor's browser, as the browser sent it.

    ``st.context.url`` trims a page path by its string suffix, which turns
    ``/add_articles`` into ``/add_/add_articles`` (the page "articles" ends it too);
    the raw field is read instead when this Streamlit version provides it.
    """
    try:
        from streamlit.runtime.context import _context_info_field

        return _context_info_field("url") or st.context.url or ""
    except ImportError:  # pragma: no cover - another Streamlit version
        return st.context.url or ""


st.set_page_config(page_title="Commitment Tracker", page_icon="🛡️", layout="wide")

store_path = str(default_store_path())
if store_path not in refreshed_stores() and refresh_seeds(store_path):
    refreshed_stores().add(store_path)
try:
    warehouse, warehouse_key = session_warehouse(store_path, store_signature(store_path))
except StoreBusy as err:
    st.info(f"The articles are being processed by a build; reload in a minute. ({err})")
    st.stop()

PAGES = [
    st.Page("pages/overview.py", title="Overview", icon=":material/dashboard:", default=True),
    st.Page("pages/actors.py", title="Actors", icon=":material/groups:"),
    st.Page("pages/themes.py", title="Themes", icon=":material/label:"),
    st.Page("pages/commitments.py", title="Commitments", icon=":material/handshake:"),
    st.Page("pages/quotes.py", title="Quotes", icon=":material/format_quote:"),
    st.Page("pages/articles.py", title="Articles", icon=":material/article:"),
    st.Page("pages/add_articles.py", title="Add articles", icon=":material/add_circle:"),
]
navigation = st.navigation(PAGES)
shared.publish(warehouse=warehouse, key=warehouse_key, filters=Filters(), store_path=store_path)
options = offering(
    shared.ask("options", find=st.session_state.get(ACTOR_FIND, "")), linked_filters()
)
filters = sidebar_filters(options)
bins = st.sidebar.selectbox(
    "Time bins",
    ["auto", *TIME_UNITS],
    key="view.bins",
    bind="query-params",
    help="Charts over time count by day, week, month, quarter or year; auto picks the unit "
    "that suits the dates in view.",
)
link_box = st.sidebar.container()
here = page_url(browser_url(), [p.url_path for p in PAGES], navigation.url_path)
shared.publish(
    warehouse=warehouse,
    key=warehouse_key,
    filters=filters,
    store_path=store_path,
    base_url=here,
    filter_params=filter_params(filters, options.themes),
    filter_record=describe_filters(filters, options.themes),
)
shared.link_param("view.bins", None if bins == "auto" else bins)
st.sidebar.caption(shared.storage_note())
with shared.frame():
    navigation.run()

with link_box:
    # Built after the page ran, so the page's own choices are part of the link.
    st.caption("Copy link to this view")
    st.code(shared.current_link(), language=None, wrap_lines=True)
