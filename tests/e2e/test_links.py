"""End to end: shared links open after a server restart, corrections persist, downloads carry their view.

Each link test starts a fresh ``streamlit run dashboard.py`` process (same store, same
seeds) and makes a page URL its very first request, as a colleague opening a shared
link after a redeploy would. Uses Debian's Chromium at /usr/bin/chromium; without it
the tests are skipped, unless ``REQUIRE_E2E=1`` makes that a failure.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from playwright.sync_api import expect
from test_browser import (
    CHROMIUM,
    CHROMIUM_ARGS,
    FIRST_BUILD_MS,
    ROOT,
    SEED_TEXTS,
    STEP_MS,
    _chromium_or_skip,
    _free_port,
    _heading,
    _settle,
    _wait_healthy,
)

pytestmark = pytest.mark.e2e


@contextmanager
def running_server(work: Path, extra_env: dict[str, str] | None = None) -> Iterator[str]:
    """Run the dashboard on a free port of 127.0.0.1 until the block ends."""
    port = _free_port()
    env = {
        **os.environ,
        "COMMITMENT_TRACKER_STORE": str(work / "store.duckdb"),
        "COMMITMENT_TRACKER_SEEDS": str(work / "seeds"),
        **(extra_env or {}),
    }
    env.pop("COMMITMENT_TRACKER_ALLOW_PRIVATE_URLS", None)
    command = [
        sys.executable, "-m", "streamlit", "run", "dashboard.py",
        "--server.port", str(port), "--server.address", "127.0.0.1",
        "--server.headless", "true", "--browser.gatherUsageStats", "false",
    ]  # fmt: skip
    with (work / "streamlit.log").open("ab") as log:
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
        base = f"http://127.0.0.1:{port}"
        try:
            _wait_healthy(base, process)
            yield base
        finally:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=15)


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
            table = tab.get_by_test_id("stDataFrame").first
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
        for name, page_path in [("Articles", "articles"), ("Overview", ""), ("Actors", "actors")]:
            nav.get_by_role("link", name=name, exact=True).click()
            tab.wait_for_url(f"{base}/{page_path}")
            _settle(tab)
            no_exception(tab, name)
            code = tab.get_by_test_id("stSidebar").get_by_test_id("stCode")
            # The Actors page adds the profile it shows; nothing names a page twice.
            expect(code).to_have_text(re.compile(rf"^{re.escape(base)}/{page_path}(\?.*)?$"))
        tab.context.close()
