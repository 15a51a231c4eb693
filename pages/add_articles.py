"""Add articles: upload files, paste text or fetch URLs; a user theme file can replace the themes.

New articles are processed with a progress bar into this session's own store (or, when
uploads persist, the shared store; see ``pages/shared.py``), the ingest report says what
was read and what was skipped and why, and the dashboard reloads with them.
"""

from collections.abc import Callable
from dataclasses import replace
from functools import partial

import pandas as pd
import streamlit as st

from analysis import stores
from analysis.articles import Article, IngestReport, Skipped, article_from_text, read_upload
from analysis.fetch import FetchError, fetch_url, private_urls_allowed, upload_name
from analysis.filters import Filters
from analysis.limits import ServerBusy, processing_slots
from analysis.store import StoreBusy
from analysis.themes import Taxonomy, TaxonomyError, default_taxonomy, load_taxonomy_text
from pages import shared

shared.in_frame()

UPLOAD_TYPES = ["txt", "md", "html", "htm", "json", "jsonl", "csv", "zip"]
LAST_REPORT = "add.last_report"
TAXONOMY = "add.taxonomy"
UNPROCESSED = "add.unprocessed"
Progress = Callable[[int, int], None]


def build_shared(
    articles: list[Article], *, taxonomy: Taxonomy | None, progress: Progress
) -> set[str]:
    """Process the articles the shared store lacks into it; return the ids already held."""
    from analysis.build import update_store
    from analysis.pipeline import pipeline_version

    version = pipeline_version((taxonomy or default_taxonomy()).fingerprint())
    with stores.open_store(shared.store_path()) as store:
        known = store.current_ids(version)
        update = update_store(articles, store, taxonomy=taxonomy, progress=progress)
    st.session_state[UNPROCESSED] = {u.article_id: u.reason for u in update.skipped}
    return known


def build_session(
    articles: list[Article], *, taxonomy: Taxonomy | None, progress: Progress
) -> set[str]:
    """Process into this session's store the articles neither store holds; return those held.

    An article the shared store (or this session) holds from the same pipeline and themes
    is already in the corpus and is not processed again.
    """
    from analysis.build import update_store
    from analysis.pipeline import pipeline_version

    version = pipeline_version((taxonomy or default_taxonomy()).fingerprint())
    with stores.reader(shared.store_path()) as common:
        known = common.current_ids(version)
    known |= shared.session_store().current_ids(version)
    todo = [a for a in {a.article_id: a for a in articles}.values() if a.article_id not in known]
    update = update_store(todo, shared.session_store(), taxonomy=taxonomy, progress=progress)
    st.session_state[UNPROCESSED] = {u.article_id: u.reason for u in update.skipped}
    return known


def outcome_rows(
    report: IngestReport, known: set[str], unprocessed: dict[str, str] | None = None
) -> list[dict[str, str]]:
    """Return one row per input: each article added or already there, each skipped input and why.

    ``unprocessed`` maps the id of an article read but not processed (over its time
    budget, say) to the reason.
    """
    rows, seen = [], set()
    unprocessed = unprocessed or {}
    for article in report.articles:
        if article.article_id in seen:
            status, why = "skipped", "the same text appears earlier in this batch"
        elif article.article_id in unprocessed:
            status, why = "skipped", unprocessed[article.article_id]
        elif article.article_id in known:
            status, why = "already there", "the corpus holds this text already"
        else:
            status, why = "added", ""
        seen.add(article.article_id)
        rows.append(
            {
                "result": status,
                "article": article.title or article.path,
                "date": article.date,
                "input": article.path,
                "reason": why,
            }
        )
    for skipped in report.skipped:
        rows.append(
            {
                "result": "skipped",
                "article": "",
                "date": "",
                "input": skipped.path,
                "reason": skipped.reason,
            }
        )
    return rows


def process(report: IngestReport) -> None:
    """Build the report's articles, keep the outcome for the page, then reload the dashboard.

    The corpus caches are keyed on the stores' signatures, so nothing needs clearing.
    """
    bar = st.progress(0.0, text=shared.MODEL_LOADING)
    if report.articles:
        shared.pipeline()
    progress = partial(shared.show_progress, bar)
    taxonomy = st.session_state.get(TAXONOMY)
    build = build_shared if shared.persist_uploads() else build_session
    try:
        # One job at a time per server (configurable): other visitors' pages stay served.
        with processing_slots().slot():
            known = build(report.articles, taxonomy=taxonomy, progress=progress)
    except (ServerBusy, StoreBusy) as err:
        bar.empty()
        st.error(str(err))
        return
    rows = outcome_rows(report, known, st.session_state.pop(UNPROCESSED, {}))
    st.session_state[LAST_REPORT] = {
        "summary": report.summary(),
        "added": sum(r["result"] == "added" for r in rows),
        "known": sum(r["result"] == "already there" for r in rows),
        "skipped": sum(r["result"] == "skipped" for r in rows),
        "rows": rows,
    }
    st.rerun()


def fetched_report(urls: list[str]) -> IngestReport:
    """Return the articles of the pages at ``urls``; failed fetches become skipped inputs."""
    report = IngestReport()
    for url in urls:
        try:
            page = fetch_url(url)
        except FetchError as err:
            report = report.merge(IngestReport(skipped=[Skipped(url, str(err))], files=1))
            continue
        found = read_upload(page.content, upload_name(page))
        found.articles = [replace(a, path=url, url=a.url or page.final_url) for a in found.articles]
        report = report.merge(found)
    return report


def articles_of(table: pd.DataFrame) -> list[Article]:
    """Return the articles of an articles table (for processing them again)."""
    return [
        Article(
            article_id=row.article_id,
            title=row.title,
            date=row.date,
            source=row.source,
            path=row.path,
            url=row.url,
            text=row.text,
        )
        for row in table.itertuples(index=False)
    ]


st.title("Add articles")
st.info(shared.storage_note(), icon=":material/database:")
last = st.session_state.get(LAST_REPORT)
if last:
    # Kept until the next run: moving between tabs or pages does not lose it.
    outcome = (
        f"Last run: {last['summary']}. Added {last['added']}, {last['known']} already there, "
        f"{last['skipped']} skipped."
    )
    # Nothing read (every URL refused, say) is a warning: the reasons are in the table below.
    (st.success if last["added"] + last["known"] else st.warning)(outcome)
    st.dataframe(
        pd.DataFrame(last["rows"], columns=["result", "article", "date", "input", "reason"]),
        hide_index=True,
        key="add.last_rows",
    )

upload_tab, paste_tab, url_tab, theme_tab = st.tabs(
    ["Upload files", "Paste text", "From URLs", "Themes"], key="add.tab", bind="query-params"
)

with upload_tab:
    files = st.file_uploader(
        "Articles (text, Markdown, HTML, JSON, JSON Lines, CSV, or a zip of these)",
        type=UPLOAD_TYPES,
        accept_multiple_files=True,
        key="add.files",
    )
    if st.button("Process uploaded files", key="add.process_files", disabled=not files):
        report = IngestReport()
        for upload in files:
            report = report.merge(read_upload(upload.getvalue(), upload.name))
        process(report)

with paste_tab:
    title = st.text_input("Title (optional)", key="add.title")
    left, right = st.columns(2)
    day = left.text_input("Date (optional, e.g. 2026-01-27)", key="add.date")
    source = right.text_input("Source (optional)", key="add.source")
    text = st.text_area("Article text", height=240, key="add.text")
    if st.button("Process pasted text", key="add.process_text", disabled=not text.strip()):
        article = article_from_text(text, path="pasted text", title=title, date=day, source=source)
        process(IngestReport(articles=[article], files=1))

with url_tab:
    if not private_urls_allowed():
        st.caption("Addresses on this machine or its private network are refused.")
    urls_text = st.text_area("URLs, one per line", key="add.urls")
    urls = [line.strip() for line in urls_text.splitlines() if line.strip()]
    if st.button("Fetch and process", key="add.process_urls", disabled=not urls):
        with st.spinner("Fetching…"):
            report = fetched_report(urls)
        process(report)

with theme_tab:
    st.write(
        "A theme file (TOML, the layout of `analysis/data/themes.toml`) adds to or replaces "
        "the default themes for articles processed from now on in this session."
    )
    theme_file = st.file_uploader("Theme file", type=["toml"], key="add.theme_file")
    if theme_file is not None:
        try:
            taxonomy = load_taxonomy_text(
                theme_file.getvalue().decode("utf-8"), name=theme_file.name
            )
        except (TaxonomyError, UnicodeDecodeError) as err:
            st.error(f"This theme file cannot be used; the default themes stay. {err}")
        else:
            st.session_state[TAXONOMY] = taxonomy
    taxonomy = st.session_state.get(TAXONOMY)
    if taxonomy is None:
        st.caption("Using the default themes.")
    else:
        st.dataframe(
            pd.DataFrame({"theme": taxonomy.ids(), "label": list(taxonomy.labels().values())}),
            hide_index=True,
        )
        if st.button(
            "Re-process every article with these themes",
            key="add.reprocess",
            disabled=not shared.ask("count", "articles", Filters()),
        ):
            every = shared.warehouse().frame("articles", Filters())
            process(IngestReport(articles=articles_of(every), files=0))
