"""What every page shares: the filtered tables, the stores, the cached pipeline, downloads.

Not a page itself: ``dashboard.py`` lists the pages explicitly with ``st.navigation``,
so files in ``pages/`` are never picked up on their own. The frame calls ``publish`` on
every run before the page runs; pages then read ``view()`` (the filtered corpus).

Where added articles go: by default into the visitor's own in-memory store, kept in
the session (other visitors of a hosted app never see them, and they are gone when the
session ends); with ``$COMMITMENT_TRACKER_PERSIST_UPLOADS=1``, or ``persist_uploads =
true`` under ``[commitment_tracker]`` in ``.streamlit/secrets.toml``, into the shared
store every visitor reads.
"""

from __future__ import annotations

import os
from functools import partial

import pandas as pd
import plotly.graph_objects as go
import streamlit as st
from spacy.language import Language

from analysis.corpus import Corpus
from analysis.export import csv_bytes, excel_bytes, zip_bytes
from analysis.filters import Filters
from analysis.store import Store

_CORPUS = "data.corpus"
_VIEW = "data.view"
_FILTERS = "data.filters"
_STORE = "data.store_path"
_SESSION_STORE = "data.session_store"
PERSIST_ENV = "COMMITMENT_TRACKER_PERSIST_UPLOADS"
SECRETS_SECTION = "commitment_tracker"
CSV_MIME = "text/csv"
XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def publish(*, corpus: Corpus, view: Corpus, filters: Filters, store_path: str) -> None:
    """Hand the whole corpus, its filtered view, the filters and the store to the pages."""
    st.session_state[_CORPUS] = corpus
    st.session_state[_VIEW] = view
    st.session_state[_FILTERS] = filters
    st.session_state[_STORE] = store_path


def corpus() -> Corpus:
    """Return every stored article's tables, unfiltered."""
    return st.session_state[_CORPUS]


def view() -> Corpus:
    """Return the tables narrowed by the sidebar filters."""
    return st.session_state[_VIEW]


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


@st.cache_resource(show_spinner="Loading the language model…")
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
    st.dataframe(shown, key=key, hide_index=True, height=height or "auto", width="stretch")
    st.download_button(
        f"Download {len(frame):,} rows as CSV",
        data=partial(csv_bytes, frame),
        file_name=f"{file_name}.csv",
        mime=CSV_MIME,
        key=f"{key}.csv",
        icon=":material/download:",
        on_click="ignore",
    )


def bundle_downloads(tables: Corpus, *, key: str) -> None:
    """Offer all six filtered tables at once, as a zip of CSVs and as an Excel workbook."""
    left, right = st.columns(2)
    left.download_button(
        "All six tables (zip of CSV)",
        data=partial(zip_bytes, tables.tables()),
        file_name="commitment-tracker-tables.zip",
        mime="application/zip",
        key=f"{key}.zip",
        icon=":material/folder_zip:",
        on_click="ignore",
    )
    right.download_button(
        "All six tables (Excel)",
        data=partial(excel_bytes, tables.tables()),
        file_name="commitment-tracker-tables.xlsx",
        mime=XLSX_MIME,
        key=f"{key}.xlsx",
        icon=":material/table:",
        on_click="ignore",
    )
