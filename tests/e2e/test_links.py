"""End to end: shared links open after a server restart, corrections persist, downloads carry their view.

Each link test starts a fresh ``streamlit run dashboard.py`` process (same store, same
seeds) and makes a page URL its very first request, as a colleague opening a shared
link after a redeploy would. Uses Debian's Chromium at /usr/bin/chromium; without it
the tests are skipped, unless ``REQUIRE_E2E=1`` makes that a failure.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect
from test_browser import (
    CHROMIUM,
    CHROMIUM_ARGS,
    FIRST_BUILD_MS,
    SEED_TEXTS,
    STEP_MS,
    _chromium_or_skip,
    _heading,
    _settle,
    running_server,
)

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def work(tmp_path_factory) -> Path:
    _chromium_or_skip()
    folder = tmp_path_factory.mktemp("links")
    seeds = folder / "seeds"
    seeds.mkdir()
    for name, text in SEED_TEXTS.items():
        (seeds / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def browser(work):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, timeout=STEP_MS
        )
        try:
            yield chromium
        finally:
            chromium.close()


def fresh_tab(browser):
    context = browser.new_context(accept_downloads=True)
    tab = context.new_page()
    tab.set_default_timeout(STEP_MS)
    return tab


def no_exception(tab, what: str) -> None:
    assert not tab.get_by_test_id("stException").count(), f"{what} raised"


def copied_link(tab) -> str:
    code = tab.get_by_test_id("stSidebar").get_by_test_id("stCode")
    return code.inner_text().strip()


# (path and query, heading, a check on the page)
LINKS = [
    ("actors?f.search=Philippines&actors.profile=Japan", "Actors", "actors.profile"),
    ("commitments?f.search=Philippines&commitments.actor=Japan", "Commitments", "commitments"),
    ("themes?f.search=Philippines", "Themes", None),
    ("quotes?f.search=Philippines&quotes.words=navies", "Quotes", "quotes"),
    ("articles?f.search=Philippines", "Articles", None),
    ("add_articles?f.search=Philippines", "Add articles", None),
]


def test_the_very_first_request_of_a_fresh_server_may_be_any_page(work, browser):
    # An empty store: the first request builds the bundled articles, then shows the page.
    with running_server(work) as base:
        tab = fresh_tab(browser)
        tab.goto(f"{base}/commitments?f.search=Philippines")
        tab.get_by_role("heading", name="Commitments", exact=True).first.wait_for(
            timeout=FIRST_BUILD_MS
        )
        _settle(tab)
        no_exception(tab, "/commitments")
        expect(tab.get_by_label("Search articles")).to_have_value("Philippines")
        tab.context.close()


@pytest.mark.parametrize(("path", "title", "check"), LINKS)
def test_a_shared_link_opens_its_page_and_filters_after_a_restart(
    work, browser, path, title, check
):
    with running_server(work) as base:
        tab = fresh_tab(browser)
        tab.goto(f"{base}/{path}")
        tab.get_by_role("heading", name=title, exact=True).first.wait_for(timeout=FIRST_BUILD_MS)
        _settle(tab)
        no_exception(tab, path)
        expect(tab.get_by_label("Search articles")).to_have_value("Philippines")
        page_path = path.split("?")[0]
        link = copied_link(tab)
        assert link.startswith(f"{base}/{page_path}?"), link
        assert "f.search=Philippines" in link
        if check == "actors.profile":
            expect(tab.get_by_text("Japan · country")).to_be_visible()
            assert "actors.profile=Japan" in link
        elif check == "commitments":
            picked = tab.get_by_test_id("stMultiSelect").filter(has_text="Committed by")
            expect(picked).to_contain_text("Japan")
            table = tab.locator('[data-testid="stDataFrame"]:visible').first
            expect(table).to_contain_text("Japan")
            assert "commitments.actor=Japan" in link
        elif check == "quotes":
            expect(tab.get_by_label("Words in the quotation")).to_have_value("navies")
            assert "quotes.words=navies" in link
        tab.context.close()


def test_the_sidebar_links_and_the_copy_box_name_each_page_once(work, browser):
    with running_server(work) as base:
        tab = fresh_tab(browser)
        tab.goto(f"{base}/add_articles")
        _heading(tab, "Add articles")
        _settle(tab)
        assert copied_link(tab) == f"{base}/add_articles"
        nav = tab.get_by_test_id("stSidebarNav")
        # The frame's seven pages, not the files of the pages/ folder.
        titles = [
            "Overview",
            "Actors",
            "Themes",
            "Commitments",
            "Quotes",
            "Articles",
            "Add articles",
        ]
        # Each link's text is its icon's name, then the title.
        expect(nav.get_by_role("link")).to_have_text([re.compile(f"{t}$") for t in titles])
        for name, page_path in [("Articles", "articles"), ("Overview", ""), ("Actors", "actors")]:
            nav.get_by_role("link", name=name, exact=True).click()
            tab.wait_for_url(f"{base}/{page_path}")
            _settle(tab)
            no_exception(tab, name)
            code = tab.get_by_test_id("stSidebar").get_by_test_id("stCode")
            # The Actors page adds the profile it shows; nothing names a page twice.
            expect(code).to_have_text(re.compile(rf"^{re.escape(base)}/{page_path}(\?.*)?$"))
        tab.context.close()


# ---------------------------------------------------------------- reader, downloads, corrections

LONG_ARTICLE = (
    "date 2026-02-20 Harbour talks in Valdoria\n\n"
    + "\n\n".join(
        f"Paragraph {n}: delegates from the coastal provinces met again to compare notes on "
        "harbour dues, fishing quotas and the timetable of the ferry service between the islands."
        for n in range(1, 70)
    )
    + "\n\nDefence Minister Ilse Marek said Valdoria will send two frigates."
)


@pytest.fixture(scope="module")
def shared_store(tmp_path_factory) -> Path:
    """A folder whose server saves additions and corrections in the shared store."""
    _chromium_or_skip()
    folder = tmp_path_factory.mktemp("persist")
    seeds = folder / "seeds"
    seeds.mkdir()
    for name, text in {**SEED_TEXTS, "valdoria.txt": LONG_ARTICLE}.items():
        (seeds / name).write_text(text, encoding="utf-8")
    return folder


PERSIST = {"COMMITMENT_TRACKER_PERSIST_UPLOADS": "1"}


def metric(tab, label: str) -> str:
    box = tab.get_by_test_id("stMetric").filter(has_text=label).first
    return box.get_by_test_id("stMetricValue").inner_text().strip()


def test_the_reader_scrolls_to_the_sentence_it_was_opened_on(shared_store, browser):
    with running_server(shared_store, PERSIST) as base:
        tab = fresh_tab(browser)
        tab.set_viewport_size({"width": 1280, "height": 800})
        tab.goto(f"{base}/commitments?f.search=Valdoria")
        tab.get_by_role("heading", name="Commitments", exact=True).first.wait_for(
            timeout=FIRST_BUILD_MS
        )
        _settle(tab)
        expect(tab.get_by_test_id("stAlertContentInfo").first).to_contain_text("two frigates")
        tab.get_by_role("link", name="Open this sentence in the reader").click()
        tab.wait_for_url("**/articles?**")
        focus = tab.locator(".ct-reader .ct-focus").first
        expect(focus).to_have_attribute("data-scrolled", re.compile(r"\d+-\d+"), timeout=STEP_MS)
        box = focus.bounding_box()
        assert box is not None and box["y"] >= 0 and box["y"] + box["height"] <= 800, box
        assert "two frigates" in focus.inner_text()
        # The ring is drawn around each line box, never clipped by the reader's edge.
        style = focus.evaluate("el => getComputedStyle(el).boxShadow")
        assert (
            "2px" in style and focus.evaluate("el => getComputedStyle(el).outlineStyle") == "none"
        )
        tab.context.close()


def test_a_zip_and_a_workbook_carry_their_view(shared_store, browser):
    import io
    import json
    import zipfile

    from openpyxl import load_workbook

    with running_server(shared_store, PERSIST) as base:
        tab = fresh_tab(browser)
        tab.goto(f"{base}/?f.search=Philippines")
        tab.get_by_test_id("stMetricValue").first.wait_for(timeout=FIRST_BUILD_MS)
        _settle(tab)
        with tab.expect_download(timeout=STEP_MS) as download:
            tab.get_by_role("button", name="All six tables (zip of CSV)").click()
        with zipfile.ZipFile(io.BytesIO(Path(download.value.path()).read_bytes())) as archive:
            names = set(archive.namelist())
            view = json.loads(archive.read("view.json"))
        assert {"view.json", "articles.csv", "corrections.csv"} <= names
        assert view["filters"] == {"search": "Philippines"}
        assert view["link"] == f"{base}/?f.search=Philippines"
        assert view["rows"]["articles"] == 1 and view["made_at"][:2] == "20"
        with tab.expect_download(timeout=STEP_MS) as download:
            tab.get_by_role("button", name="All six tables (Excel)").click()
        book = load_workbook(io.BytesIO(Path(download.value.path()).read_bytes()))
        assert book.sheetnames[0] == "view" and "corrections" in book.sheetnames
        rows = {r[0]: r[1] for r in book["view"].iter_rows(min_row=2, values_only=True)}
        assert rows["filter: search"] == "Philippines" and rows["link"] == view["link"]
        tab.context.close()


def test_a_correction_survives_a_restart_and_can_be_undone(shared_store, browser):
    with running_server(shared_store, PERSIST) as base:
        tab = fresh_tab(browser)
        tab.goto(f"{base}/commitments?f.search=Valdoria")
        tab.get_by_role("heading", name="Commitments", exact=True).first.wait_for(
            timeout=FIRST_BUILD_MS
        )
        _settle(tab)
        tab.get_by_text("Correct this commitment").click()
        tab.get_by_role("button", name="Reject: not a commitment").click()
        _settle(tab)
        expect(tab.get_by_test_id("stAlertContentSuccess").first).to_contain_text("reject")
        tab.context.close()
    with running_server(shared_store, PERSIST) as base:
        tab = fresh_tab(browser)
        tab.goto(f"{base}/?f.search=Valdoria")
        tab.get_by_test_id("stMetricValue").first.wait_for(timeout=STEP_MS)
        _settle(tab)
        assert metric(tab, "Commitments") == "0"
        tab.goto(f"{base}/commitments")
        _heading(tab, "Commitments")
        _settle(tab)
        tab.get_by_text(re.compile(r"Corrections in force \(1\)")).click()
        tab.get_by_role("button", name="Undo").click()
        expect(tab.get_by_text(re.compile(r"Corrections in force \(0\)"))).to_be_visible()
        tab.goto(f"{base}/?f.search=Valdoria")
        tab.get_by_test_id("stMetricValue").first.wait_for(timeout=STEP_MS)
        _settle(tab)
        assert metric(tab, "Commitments") == "1"
        tab.context.close()


def test_add_articles_keeps_its_tab_and_the_last_result(shared_store, browser):
    with running_server(shared_store, PERSIST) as base:
        tab = fresh_tab(browser)
        tab.goto(f"{base}/add_articles")
        tab.get_by_role("heading", name="Add articles", exact=True).first.wait_for(
            timeout=FIRST_BUILD_MS
        )
        tab.get_by_role("tab", name="Paste text").click()
        _settle(tab)
        process = tab.get_by_role("button", name="Process pasted text")
        # A text area reaches the server when it is committed (Ctrl+Enter); on a loaded
        # machine a rerun still in flight can swallow that, so commit again until the
        # button that needs the text is enabled (bounded).
        for _ in range(5):
            field = tab.get_by_label("Article text")
            field.fill(
                "date 2026-02-24 Ostrava agreed to host a coast guard training centre next year."
            )
            field.press("Control+Enter")
            _settle(tab)
            try:
                expect(process).to_be_enabled(timeout=15_000)
                break
            except AssertionError:
                continue
        expect(process).to_be_enabled()
        process.click()
        tab.get_by_test_id("stAlertContentSuccess").wait_for(timeout=FIRST_BUILD_MS)
        expect(tab.get_by_test_id("stAlertContentSuccess").first).to_contain_text("Added 1")
        expect(tab.get_by_role("tab", name="Paste text")).to_have_attribute("aria-selected", "true")
        # The same text again: already there, and the result says so.
        tab.get_by_role("button", name="Process pasted text").click()
        _settle(tab)
        expect(tab.get_by_test_id("stAlertContentSuccess").first).to_contain_text(
            "Added 0, 1 already there"
        )
        expect(tab.get_by_role("tab", name="Paste text")).to_have_attribute("aria-selected", "true")
        tab.context.close()
