"""What every page shares: the filtered tables, the stores, the cached pipeline, downloads.

Not a page itself: ``dashboard.py`` lists the pages explicitly with ``st.navigation``.
Streamlit still treats an app beside a ``pages/`` folder as a legacy multipage app until
``st.navigation`` has run once in the process, so the first request of a fresh server for
a page URL runs that page file alone; every page therefore starts with ``in_frame()``,
which sends such a run back through the frame (see there). The frame calls ``publish`` on
every run before the page runs; pages then ``ask`` the warehouse (``analysis.warehouse``)
for counts, aggregates and one page of rows at a time, never for the whole corpus.
Answers are cached per (store, corrections, session additions, question) in a bounded
cache, so memory follows the questions asked, not the size of the corpus.

Where added articles go: by default into the visitor's own in-memory store, kept in
the session (other visitors of a hosted app never see them, and they are gone when the
session ends); with ``$COMMITMENT_TRACKER_PERSIST_UPLOADS=1``, or ``persist_uploads =
true`` under ``[commitment_tracker]`` in ``.streamlit/secrets.toml``, into the shared
store every visitor reads.
"""

from __future__ import annotations

import math
import os
import runpy
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from functools import partial
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
import streamlit as st
from spacy.language import Language

from analysis import export, stores
from analysis.charts import TIME_UNITS, pick_unit
from analysis.corrections import describe, empty_corrections, new_correction
from analysis.export import csv_bytes, excel_bytes, view_record, zip_bytes
from analysis.filters import Filters, view_link
from analysis.store import Store, StoreBusy
from analysis.warehouse import Narrow, Warehouse, csv_download

_WAREHOUSE = "data.warehouse"
_KEY = "data.warehouse_key"
_FILTERS = "data.filters"
_STORE = "data.store_path"
_SESSION_STORE = "data.session_store"
_LAST_CORRECTION = "data.last_correction"
_LINK = "data.link_params"
_BASE = "data.base"
PERSIST_ENV = "COMMITMENT_TRACKER_PERSIST_UPLOADS"
SECRETS_SECTION = "commitment_tracker"
CSV_MIME = "text/csv"
XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


FRAME_SCRIPT = Path(__file__).resolve().parent.parent / "dashboard.py"
_IN_FRAME: ContextVar[bool] = ContextVar("commitment_tracker_in_frame", default=False)


@contextmanager
def frame() -> Iterator[None]:
    """Mark the page run the frame starts (``with shared.frame(): navigation.run()``)."""
    token = _IN_FRAME.set(True)
    try:
        yield
    finally:
        _IN_FRAME.reset(token)


def in_frame() -> None:
    """Make sure this page runs inside the frame; every page calls this first.

    A page run the frame did not start is Streamlit's legacy handling of a ``pages/``
    folder: the first request of a fresh server for a page URL (and every ``AppTest``
    run) executes the page file alone, without the data and filters the frame publishes.
    Such a run executes the frame in its place and stops: the frame's ``st.navigation``
    switches the legacy handling off for the process and picks the requested page (its
    hash is that of the page's URL path under both kinds of navigation). It happens in
    the same run, so a button pressed for this run still counts.
    """
    if _IN_FRAME.get():
        return
    runpy.run_path(str(FRAME_SCRIPT), run_name="__main__")
    st.stop()


def publish(
    *,
    warehouse: Warehouse,
    key: tuple,
    filters: Filters,
    store_path: str,
    base_url: str = "",
    filter_params: dict | None = None,
    filter_record: dict | None = None,
) -> None:
    """Hand the warehouse (and ``key``, what it shows: store, corrections, additions), the
    filters and the store to the pages.

    ``base_url`` is this page's address, ``filter_params`` the URL parameters of the
    filters and ``filter_record`` their readable form (for the record a download keeps).
    """
    st.session_state[_WAREHOUSE] = warehouse
    st.session_state[_KEY] = key
    st.session_state[_FILTERS] = filters
    st.session_state[_STORE] = store_path
    st.session_state[_LINK] = {}
    st.session_state[_BASE] = (base_url, filter_params or {}, filter_record or {})


def current_link() -> str:
    """Return the link that reopens this view: the page, its filters and its on-page choices."""
    base, params, _ = st.session_state.get(_BASE, ("", {}, {}))
    own = {k: v for k, v in link_params().items() if v is not None}
    return view_link(base, {**own, **params})


def view_of(tables: dict[str, pd.DataFrame]) -> dict:
    """Return the record of this view a download carries (filters, link, time made, rows)."""
    _, _, record = st.session_state.get(_BASE, ("", {}, {}))
    return view_record(filters=record, link=current_link(), tables=tables)


def time_unit(*dates: pd.Series) -> str:
    """Return the time unit the analyst chose in the sidebar, or the one that suits ``dates``."""
    chosen = st.session_state.get("view.bins", "auto")
    return chosen if chosen in TIME_UNITS else pick_unit(*dates)


def link_param(key: str, value: str | list[str] | tuple[str, ...] | None) -> None:
    """Put an on-page choice into this view's copied link, as its URL-bound widget shows it.

    The server does not see the URL a bound widget writes on same-page reruns, so pages
    state their choices here for the "Copy link" box; empty choices are left out.
    """
    if value is None or value == "" or (isinstance(value, list | tuple) and not value):
        st.session_state[_LINK][key] = None
        return
    st.session_state[_LINK][key] = list(value) if isinstance(value, list | tuple) else str(value)


def link_params() -> dict[str, str | list[str] | None]:
    """Return the on-page choices of this run's page (None: the choice is cleared)."""
    return st.session_state.get(_LINK, {})


def warehouse() -> Warehouse:
    """Return the warehouse of this session: the shared corpus, corrections, own additions."""
    return st.session_state[_WAREHOUSE]


@st.cache_data(show_spinner=False, max_entries=256)
def _answer(key: tuple, question: str, arguments: str, _warehouse, _args, _kwargs):
    return getattr(_warehouse, question)(*_args, **_kwargs)


def ask(question: str, *args, **kwargs):
    """Return the warehouse's answer to ``question`` (a method name) with these arguments.

    Cached per (what the warehouse shows, question, arguments) in a bounded cache.
    """
    key = st.session_state[_KEY]
    return _answer(key, question, repr((args, sorted(kwargs.items()))), warehouse(), args, kwargs)


def filters() -> Filters:
    """Return the sidebar filters of this run."""
    return st.session_state[_FILTERS]


def store_path() -> str:
    """Return the path of the store the corpus was read from."""
    return st.session_state[_STORE]


def persist_uploads() -> bool:
    """Return True when added articles go to the shared store rather than the session's own.

    The environment variable, when set, decides; otherwise the secrets file's
    ``[commitment_tracker] persist_uploads``; otherwise additions stay in the session.
    """
    configured = os.environ.get(PERSIST_ENV, "").strip()
    if configured:
        return configured == "1"
    if not st.secrets.load_if_toml_exists():
        return False
    return bool(st.secrets.get(SECRETS_SECTION, {}).get("persist_uploads", False))


def session_store() -> Store:
    """Return this session's own in-memory store of added articles, made on first use."""
    if _SESSION_STORE not in st.session_state:
        st.session_state[_SESSION_STORE] = Store(":memory:")
    return st.session_state[_SESSION_STORE]


def session_additions() -> Store | None:
    """Return this session's own store when it holds any article, else None."""
    own = st.session_state.get(_SESSION_STORE)
    return own if own is not None and own.article_ids() else None


def session_corrections() -> pd.DataFrame:
    """Return the corrections this session made (kept in its own store), oldest first."""
    own = st.session_state.get(_SESSION_STORE)
    return own.corrections() if own is not None else empty_corrections()


def corrections_store() -> stores.AnyStore:
    """Return the store a correction made now goes to (and is undone in), opened.

    The shared store when uploads persist; otherwise this session's own store, so one
    visitor's corrections never change what another visitor sees. The caller closes a
    shared store it was handed (see ``correct``).
    """
    return stores.open_store(store_path()) if persist_uploads() else session_store()


def correct(action: str, target: str, value: str = "", *, rerun: bool = True) -> None:
    """Record one correction, then (unless ``rerun`` is False) rerun so every table shows it."""
    row = new_correction(action, target, value)
    try:
        store = corrections_store()
    except StoreBusy as err:
        st.error(f"The correction was not saved: {err}.", icon=":material/hourglass:")
        return
    store.add_corrections(pd.DataFrame([row]))
    if store is not st.session_state.get(_SESSION_STORE):
        store.close()
    done = st.session_state.get(_LAST_CORRECTION)
    st.session_state[_LAST_CORRECTION] = f"{done}; {describe(row)}" if done else describe(row)
    if rerun:
        st.rerun()


def undo(correction_id: str) -> None:
    """Remove one correction from the store it was made in."""
    if persist_uploads():
        try:
            with stores.open_store(store_path()) as store:
                store.remove_correction(correction_id)
        except StoreBusy as err:
            st.error(f"The correction was not undone: {err}.", icon=":material/hourglass:")
    else:
        session_store().remove_correction(correction_id)


def all_corrections() -> pd.DataFrame:
    """Return every correction applied to what this session sees: shared ones, then its own."""
    with stores.reader(store_path()) as store:
        common = store.corrections()
    own = session_corrections()
    frames = [f for f in (common, own) if len(f)]
    return pd.concat(frames, ignore_index=True) if frames else empty_corrections()


def corrections_panel(actions: tuple[str, ...], *, key: str) -> None:
    """List the corrections of these kinds in force, each with a button that undoes it."""
    done = st.session_state.pop(_LAST_CORRECTION, None)
    if done:
        st.success(f"Saved: {done}.", icon=":material/check:")
    in_force = all_corrections()
    fixes = in_force[in_force["action"].isin(actions)]
    where = (
        "They are saved in the shared store, for every visitor."
        if persist_uploads()
        else "They stay in this browser session only, like the articles you add."
    )
    with st.expander(f"Corrections in force ({len(fixes)})", expanded=bool(done)):
        st.caption(f"Corrections are applied every time the tables are loaded. {where}")
        own_ids = set(corrections_store_ids(in_force))
        for row in fixes.itertuples(index=False):
            left, right = st.columns([5, 1])
            left.text(f"{row.made_at[:16].replace('T', ' ')} · {describe(row._asdict())}")
            if row.correction_id in own_ids and right.button(
                "Undo", key=f"{key}.undo.{row.correction_id}", icon=":material/undo:"
            ):
                undo(row.correction_id)
                st.rerun()


def corrections_store_ids(in_force: pd.DataFrame) -> list[str]:
    """Return the ids of the corrections this session can undo (those in its corrections store).

    ``in_force`` is ``all_corrections()``: with persisting uploads every correction is made
    in the shared store, so all of them can be undone, and the store is not read again.
    """
    if persist_uploads():
        return in_force["correction_id"].tolist()
    return session_corrections()["correction_id"].tolist()


def storage_note() -> str:
    """Return one line saying where the tables are stored and where added articles go."""
    where = f"Shared store: `{store_path()}`."
    if persist_uploads():
        return f"{where} Articles you add are saved there, for every visitor."
    own = session_additions()
    count = len(own.article_ids()) if own is not None else 0
    return (
        f"{where} Articles you add stay in this browser session only "
        f"({count} so far): reloading the page or closing the tab drops them."
    )


MODEL_LOADING = "Loading the language model…"


def progress_text(done: int, total: int) -> str:
    """Return what a progress bar says: the model loads before the first article is done."""
    if total and not done:
        return f"{MODEL_LOADING} then processing {total:,} articles (the first run takes a while)"
    return f"Processed {done:,} of {total:,} articles"


def show_progress(bar, done: int, total: int) -> None:
    """Move a progress bar to ``done`` of ``total`` articles, with ``progress_text``."""
    bar.progress(done / total if total else 1.0, text=progress_text(done, total))


@st.cache_resource(show_spinner=MODEL_LOADING)
def pipeline() -> Language:
    """Return the project's spaCy pipeline, loaded once per server and never changed."""
    from analysis.pipeline import nlp

    return nlp()


def chart(fig: go.Figure, *, key: str) -> None:
    """Draw a Plotly figure across the page width."""
    st.plotly_chart(fig, key=key, width="stretch")


def table(
    frame: pd.DataFrame,
    *,
    key: str,
    file_name: str,
    columns: list[str] | None = None,
    height: int | None = None,
) -> None:
    """Show ``frame`` (optionally only ``columns``) and a CSV download of exactly its rows.

    The download has every column of those rows, as the analyst may need the ones the
    screen leaves out (offsets, ids) to trace a row back to its article.
    """
    shown = frame[columns] if columns else frame
    _show_frame(shown, key=key, height=height)
    st.download_button(
        f"Download {len(frame):,} rows as CSV",
        data=partial(csv_bytes, frame),
        file_name=f"{file_name}.csv",
        mime=CSV_MIME,
        key=f"{key}.csv",
        icon=":material/download:",
        on_click="ignore",
    )


PAGE_ROWS = 100


def _show_frame(shown: pd.DataFrame, *, key: str, height: int | None) -> None:
    """Show a table the way every page does: no index, full width, floats to 2 decimals."""
    st.dataframe(
        shown,
        key=key,
        hide_index=True,
        height=height or "auto",
        width="stretch",
        column_config=_decimals(shown),
    )


def _decimals(frame: pd.DataFrame) -> dict:
    # Scores and strengths read alike in every table: two decimals, whatever the rounding.
    return {
        col: st.column_config.NumberColumn(format="%.2f")
        for col in frame.columns
        if pd.api.types.is_float_dtype(frame[col])
    }


def page_controls(total: int, *, key: str, page_rows: int = PAGE_ROWS) -> int:
    """Draw the page picker of a table of ``total`` rows (when it has more than one page); return the offset."""
    pages = max(1, math.ceil(total / page_rows))
    if pages == 1:
        return 0
    number = st.number_input(
        f"Page (of {pages:,})", min_value=1, max_value=pages, value=1, step=1, key=f"{key}.page"
    )
    offset = (int(number) - 1) * page_rows
    st.caption(f"Rows {offset + 1:,}–{min(offset + page_rows, total):,} of {total:,}")
    return offset


def paged_table(
    table_name: str,
    *,
    key: str,
    file_name: str,
    columns: list[str],
    order: Sequence[tuple[str, bool]] = (),
    narrow: Narrow | None = None,
    with_articles: bool = False,
    height: int | None = None,
) -> pd.DataFrame:
    """Show one page of the filtered ``table_name`` with its total, page controls and a CSV of every row.

    ``with_articles`` adds each row's article ``date`` and title (as ``article``). Returns
    the page shown. The CSV is streamed from the warehouse in chunks when clicked.
    """
    filters_now = filters()
    total = ask("count", table_name, filters_now, narrow)
    offset = page_controls(total, key=key)
    # Article text stays in the warehouse: a table never shows it.
    wanted = tuple(c for c in warehouse().columns(table_name) if c != "text")
    rows = ask(
        "page",
        table_name,
        filters_now,
        offset=offset,
        limit=PAGE_ROWS,
        order=tuple(order),
        narrow=narrow,
        columns=wanted,
    )
    if with_articles:
        titles = ask("titles", tuple(sorted(set(rows["article_id"]))))
        titles = titles.rename(columns={"title": "article"})
        rows = rows.drop(columns=[c for c in ("date",) if c in rows.columns]).merge(
            titles, on="article_id", how="left"
        )
    shown = rows[columns]
    _show_frame(shown, key=key, height=height)
    source = warehouse()
    st.download_button(
        f"Download {total:,} rows as CSV",
        data=lambda: csv_download(
            source.csv_chunks(table_name, filters_now, narrow=narrow, order=tuple(order))
        ),
        file_name=f"{file_name}.csv",
        mime=CSV_MIME,
        key=f"{key}.csv",
        icon=":material/download:",
        on_click="ignore",
    )
    return rows


def _bundle(
    source: Warehouse, filters_now: Filters, fixes: pd.DataFrame, record: dict, link: str, make
) -> bytes:
    frames = {**source.corpus(filters_now).tables(), "corrections": fixes}
    return make(frames, view_record(filters=record, link=link, tables=frames))


def bundle_downloads(*, key: str) -> None:
    """Offer all six filtered tables at once, as a zip of CSVs and as an Excel workbook.

    Both carry the corrections in force (a ``corrections`` table) and the record of the
    view: ``view.json`` in the zip, a "view" sheet in the workbook. The tables are read
    from the warehouse only when a button is clicked. Both are built in memory, so a
    view of more than ``export.BUNDLE_MAX_ARTICLES`` articles gets a message instead.
    """
    refusal = export.bundle_refusal(ask("count", "articles", filters()), export.BUNDLE_MAX_ARTICLES)
    if refusal is not None:
        st.info(refusal, icon=":material/info:")
        return
    _, _, record = st.session_state.get(_BASE, ("", {}, {}))
    made = partial(_bundle, warehouse(), filters(), all_corrections(), record, current_link())
    left, right = st.columns(2)
    left.download_button(
        "All six tables (zip of CSV)",
        data=partial(made, make=zip_bytes),
        file_name="commitment-tracker-tables.zip",
        mime="application/zip",
        key=f"{key}.zip",
        icon=":material/folder_zip:",
        on_click="ignore",
    )
    right.download_button(
        "All six tables (Excel)",
        data=partial(made, make=excel_bytes),
        file_name="commitment-tracker-tables.xlsx",
        mime=XLSX_MIME,
        key=f"{key}.xlsx",
        icon=":material/table:",
        on_click="ignore",
    )
