"""Every page, run through the frame with AppTest on a small stored corpus.

Pages live in ``pages/``. Streamlit 1.67 treats an app beside a ``pages/`` folder as a
legacy multipage app until ``st.navigation`` has run once in the process, and ``AppTest``
resets that before every run, so ``AppTest.switch_page("pages/<page>.py")`` first runs the
page file alone. Every page starts with ``shared.in_frame()``, which runs the frame in
its place: each ``run()`` here checks that the frame's sidebar is drawn too.

The corpus is written straight into a temporary store as per-article rows, so these
tests need no language model except the one that processes pasted text.
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from loopback import QuietHandler, loopback_server
from streamlit.testing.v1 import AppTest

from analysis.build import load_stores
from analysis.fetch import ALLOW_PRIVATE_ENV
from analysis.store import STORE_ENV, Store
from analysis.tables import (
    ARTICLES,
    LOCAL_ACTORS,
    LOCAL_COMMITMENTS,
    LOCAL_MENTIONS,
    LOCAL_QUOTES,
    THEMES,
    frame_from_rows,
)

APP = str(Path(__file__).resolve().parent.parent / "dashboard.py")
PERSIST_ENV = "COMMITMENT_TRACKER_PERSIST_UPLOADS"  # pages/shared.py: added articles are shared
PAGES = ["overview", "actors", "themes", "commitments", "quotes", "articles", "add_articles"]

TEXTS = {
    "a1": "India and the European Union agreed to deepen defence industry cooperation. "
    "Rajnath Singh urged the European Union to synergise defence industry efforts.",
    "a2": "The European Union offered Japan a maritime security dialogue. "
    '"We are ready to work with Japan at sea," Kaja Kallas said.',
    "a3": "Japan weighs maritime trade rules. <script>window.pwned=1</script> "
    "<img src=x onerror=alert(1)>",
}
DATES = {"a1": "2026-01-05", "a2": "2026-01-14", "a3": "2026-01-20"}
SOURCES = {"a1": "PIB", "a2": "Reuters", "a3": "Reuters"}
# (key, name, type, affiliation)
ACTORS = {
    "in": ("India", "country", ""),
    "eu": ("European Union", "organisation", ""),
    "rs": ("Rajnath Singh", "person", "India"),
    "jp": ("Japan", "country", ""),
    "kk": ("Kaja Kallas", "person", "European Union"),
}
# (article, actor key, sentence)
MENTIONS = [
    ("a1", "in", 0),
    ("a1", "eu", 0),
    ("a1", "rs", 1),
    ("a2", "eu", 0),
    ("a2", "jp", 0),
    ("a2", "kk", 1),
    ("a3", "jp", 0),
]
THEME_ROWS = [
    ("a1", "defence_industry", "defence industry and procurement"),
    ("a2", "maritime_security", "maritime security"),
    ("a3", "maritime_security", "maritime security"),
    ("a3", "trade_investment", "trade and investment"),
]
# (id, article, actor, type, strength, counterpart, cue, theme)
COMMITMENTS = [
    ("c1", "a1", "in", "agreement", 0.8, "eu", "agreed", "defence_industry"),
    ("c2", "a1", "rs", "call", 0.3, "eu", "urged", "defence_industry"),
    ("c3", "a2", "eu", "offer", 0.55, "jp", "offered", "maritime_security"),
]


def _sentence_span(text: str, index: int) -> tuple[int, int]:
    starts = [0] + [i + 2 for i, ch in enumerate(text) if text[i : i + 2] in {". ", '" '}]
    start = starts[min(index, len(starts) - 1)]
    end = text.find(". ", start)
    return start, (end + 1 if end >= 0 else len(text))


def local_tables() -> dict:
    """Per-article rows of three small articles, as the build stores them."""
    articles = [
        {
            "article_id": a,
            "title": text.split(".")[0],
            "date": DATES[a],
            "source": SOURCES[a],
            "path": f"{a}.txt",
            "text": text,
            "n_words": len(text.split()),
        }
        for a, text in TEXTS.items()
    ]
    actors = [
        {
            "article_id": a,
            "actor_key": k,
            "name": ACTORS[k][0],
            "type": ACTORS[k][1],
            "affiliation": ACTORS[k][2],
        }
        for a, k in dict.fromkeys((a, k) for a, k, _ in MENTIONS)
    ]
    mentions = []
    for a, k, sentence in MENTIONS:
        name = ACTORS[k][0]
        start = TEXTS[a].index(name)
        mentions.append(
            {
                "article_id": a,
                "actor_key": k,
                "text": name,
                "start_char": start,
                "end_char": start + len(name),
                "sentence_index": sentence,
            }
        )
    themes = [
        {
            "article_id": a,
            "theme": t,
            "label": label,
            "score": 0.5,
            "evidence": TEXTS[a].split(".")[0],
        }
        for a, t, label in THEME_ROWS
    ]
    commitments = []
    for cid, a, k, kind, strength, other, cue, theme in COMMITMENTS:
        start, end = _sentence_span(TEXTS[a], 0 if kind != "call" else 1)
        commitments.append(
            {
                "commitment_id": cid,
                "article_id": a,
                "date": DATES[a],
                "actor_key": k,
                "actor": ACTORS[k][0],
                "type": kind,
                "strength": strength,
                "cue": cue,
                "content": TEXTS[a][start:end],
                "counterpart_key": other,
                "counterpart": ACTORS[other][0],
                "sentence": TEXTS[a][start:end],
                "start_char": start,
                "end_char": end,
                "themes": theme,
            }
        )
    quote = "We are ready to work with Japan at sea,"
    qstart = TEXTS["a2"].index(quote)
    quotes = [
        {
            "quote_id": "q1",
            "article_id": "a2",
            "speaker_key": "kk",
            "speaker": "Kaja Kallas",
            "quote": quote,
            "cue": "said",
            "start_char": qstart,
            "end_char": qstart + len(quote),
            "speaker_title": "High Representative",
        }
    ]
    return {
        ARTICLES.name: frame_from_rows(articles, ARTICLES),
        LOCAL_ACTORS.name: frame_from_rows(actors, LOCAL_ACTORS),
        LOCAL_MENTIONS.name: frame_from_rows(mentions, LOCAL_MENTIONS),
        THEMES.name: frame_from_rows(themes, THEMES),
        LOCAL_QUOTES.name: frame_from_rows(quotes, LOCAL_QUOTES),
        LOCAL_COMMITMENTS.name: frame_from_rows(commitments, LOCAL_COMMITMENTS),
    }  # fmt: skip


@pytest.fixture
def store_path(tmp_path, monkeypatch) -> str:
    path = tmp_path / "store.duckdb"
    with Store(path) as store:
        store.add(local_tables(), "test-version")
    monkeypatch.setenv(STORE_ENV, str(path))
    # An empty seeds folder: the frame must never build the bundled corpus here.
    (tmp_path / "seeds").mkdir()
    monkeypatch.setenv("COMMITMENT_TRACKER_SEEDS", str(tmp_path / "seeds"))
    # Each test sets the hosting settings it is about; none leak in from the environment.
    monkeypatch.delenv(PERSIST_ENV, raising=False)
    monkeypatch.delenv(ALLOW_PRIVATE_ENV, raising=False)
    return str(path)


@pytest.fixture
def app(store_path) -> Iterator[AppTest]:
    at = AppTest.from_file(APP, default_timeout=60)
    yield at


def open_page(at: AppTest, page: str) -> AppTest:
    """Run the frame, then the page, and fail on any exception either raised."""
    at.run()
    at.switch_page(f"pages/{page}.py").run()
    assert not at.exception, [e.value for e in at.exception]
    # The frame ran around the page: its sidebar filters are there.
    assert "Time bins" in [box.label for box in at.sidebar.selectbox]
    return at


def figures(at: AppTest) -> list[dict]:
    """Return the Plotly figure specs on the page, in page order."""
    return [json.loads(el.proto.spec) for el in at.get("plotly_chart")]


def figure(at: AppTest, title_start: str) -> dict:
    """Return the page's figure whose title starts with ``title_start``."""
    for spec in figures(at):
        if spec["layout"].get("title", {}).get("text", "").startswith(title_start):
            return spec
    raise AssertionError(f"no figure titled {title_start!r}")


def trace_values(spec: dict, axis: str) -> set:
    return {v for trace in spec["data"] for v in trace.get(axis, []) if v is not None}


def metrics(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


@pytest.mark.parametrize("page", PAGES)
def test_every_page_runs_through_the_frame(app, page):
    at = open_page(app, page)
    assert at.sidebar.multiselect(key="f.actors").options == [
        "European Union",
        "India",
        "Japan",
        "Kaja Kallas",
        "Rajnath Singh",
    ]
    assert at.title[0].value in {
        "Commitment Tracker",
        "Actors",
        "Themes",
        "Commitments",
        "Quotes",
        "Articles",
        "Add articles",
    }


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [
        ("f.actors", ["Japan"], {"Articles": "2", "Commitments": "1", "Quotes": "0"}),
        ("f.sources", ["PIB"], {"Articles": "1", "Commitments": "2", "Quotes": "0"}),
        ("f.themes", ["maritime_security"], {"Articles": "2", "Commitments": "1", "Themes": "1"}),
        ("f.commitment_types", ["call"], {"Articles": "3", "Commitments": "1"}),
        ("f.actor_types", ["person"], {"Articles": "2", "Commitments": "1", "Quotes": "1"}),
    ],
)
def test_overview_follows_the_sidebar(app, key, value, expected):
    at = open_page(app, "overview")
    assert metrics(at)["Articles"] == "3"
    before = figure(at, "Articles and commitments")
    at.sidebar.multiselect(key=key).set_value(value).run()
    assert not at.exception
    got = metrics(at)
    assert {label: got[label] for label in expected} == expected
    assert figure(at, "Articles and commitments")["data"] != before["data"]


def test_overview_timeline_counts_weeks_of_the_slice(app):
    at = open_page(app, "overview")
    at.sidebar.multiselect(key="f.sources").set_value(["Reuters"]).run()
    # Two weeks of articles in view: counted by day unless the analyst picks another unit.
    auto = figure(at, "Articles and commitments by day")["data"][0]
    assert dict(zip(auto["x"], auto["y"], strict=True)) == {
        "2026-01-14": 1, "2026-01-15": 0, "2026-01-16": 0, "2026-01-17": 0,
        "2026-01-18": 0, "2026-01-19": 0, "2026-01-20": 1,
    }  # fmt: skip
    at.sidebar.selectbox(key="view.bins").set_value("week").run()
    assert "view.bins=week" in at.sidebar.code[0].value
    bars = {
        t["name"]: dict(zip(t["x"], t["y"], strict=True))
        for t in figure(at, "Articles and commitments")["data"]
    }
    assert bars["articles"] == {"2026-01-12": 1, "2026-01-19": 1}
    assert bars["commitments"] == {"2026-01-12": 1, "2026-01-19": 0}


def test_overview_lists_firm_commitments_on_a_theme(tmp_path, store_path, monkeypatch):
    tables = local_tables()
    rows = tables[LOCAL_COMMITMENTS.name]
    # The call becomes a firm pledge on no theme: strong, but off every tracked theme.
    rows.loc[rows["commitment_id"] == "c2", ["type", "strength", "themes"]] = ["pledge", 0.9, None]
    path = tmp_path / "off-theme.duckdb"
    with Store(path) as store:
        store.add(tables, "test-version")
    monkeypatch.setenv(STORE_ENV, str(path))
    at = AppTest.from_file(APP, default_timeout=60)
    at = open_page(at, "overview")
    strong = at.dataframe[0].value
    assert strong["type"].tolist() == ["agreement"]  # c1 (0.8, on a theme); c3 is 0.55
    assert any("Commitments page" in c.value for c in at.caption)


def test_min_strength_slider_narrows_the_commitments_table(app):
    at = open_page(app, "commitments")
    assert sorted(at.dataframe[0].value["type"]) == ["agreement", "call", "offer"]
    at.sidebar.slider(key="f.min_strength").set_value(0.5).run()
    assert sorted(at.dataframe[0].value["type"]) == ["agreement", "offer"]
    timeline = figure(at, "Commitments over time")
    assert {t["name"] for t in timeline["data"]} == {"agreement", "offer"}


def test_commitments_page_filters_and_links_to_the_reader(app):
    at = open_page(app, "commitments")
    at.multiselect(key="commitments.actor").set_value(["European Union"]).run()
    table = at.dataframe[0].value
    assert table["actor"].tolist() == ["European Union"]
    assert table["counterpart"].tolist() == ["Japan"]
    link = at.get("page_link")[0].proto
    assert link.page.endswith("articles")
    assert "article=a2" in link.query_string and "start=0" in link.query_string


def test_dyad_view_shows_commitments_between_two_actors(app):
    at = open_page(app, "commitments")
    at.selectbox(key="commitments.dyad_a").set_value("country:india").run()
    at.selectbox(key="commitments.dyad_b").set_value("organisation:european-union").run()
    dyad = figure(at, "India and European Union")
    assert trace_values(dyad, "customdata") == {"c1"}


def test_actors_page_ranks_and_profiles(app):
    at = open_page(app, "actors")
    ranking = figure(at, "Top actors by mentions")
    assert "Japan" in trace_values(ranking, "y")
    at.sidebar.multiselect(key="f.affiliations").set_value(["India"]).run()
    ranking = figure(at, "Top actors by mentions")
    assert trace_values(ranking, "y") == {"India", "Rajnath Singh"}
    network = figure(at, "Who appears together")
    nodes = {name for t in network["data"][2:] for name in t["text"]}
    assert nodes == {"India", "Rajnath Singh"}
    at.selectbox(key="actors.profile").set_value("person:rajnath-singh").run()
    # Tables in page order: ranking, network edges, commitments made, received, quotations.
    assert at.dataframe[1].value.empty  # India and its minister never share a sentence
    made = at.dataframe[2].value
    assert made["type"].tolist() == ["call"]


def test_themes_page_follows_the_theme_filter(app):
    at = open_page(app, "themes")
    assert trace_values(figure(at, "Themes by day"), "y") == {
        "defence industry and procurement",
        "maritime security",
        "trade and investment",
    }
    at.sidebar.multiselect(key="f.themes").set_value(["maritime_security"]).run()
    assert trace_values(figure(at, "Themes by day"), "y") == {"maritime security"}
    evidence = at.dataframe[0].value
    assert set(evidence["date"]) == {"2026-01-14", "2026-01-20"}


def test_quotes_page_searches_quotations(app):
    at = open_page(app, "quotes")
    assert at.dataframe[0].value["speaker"].tolist() == ["Kaja Kallas"]
    at.text_input(key="quotes.words").input("submarine").run()
    assert at.dataframe[0].value.empty
    at.text_input(key="quotes.words").input("at sea").run()
    assert at.dataframe[0].value["speaker_title"].tolist() == ["High Representative"]


def test_reader_escapes_article_markup_and_marks_the_linked_sentence(app):
    app.query_params["article"] = "a3"
    app.query_params["start"] = "0"
    app.query_params["end"] = "33"
    at = open_page(app, "articles")
    body = at.get("html")[1].proto.body
    assert "<script" not in body and "<img" not in body
    assert "&lt;script&gt;window.pwned=1&lt;/script&gt;" in body
    assert "&lt;img src=x onerror=alert(1)&gt;" in body
    assert 'class="ct-focus"' in body or "ct-focus" in body
    assert "ct-actor" in body


def test_the_reader_follows_the_filters_until_an_article_is_picked(app):
    at = open_page(app, "articles")
    assert at.selectbox(key="articles.reader").value == "a1"
    at.sidebar.multiselect(key="f.sources").set_value(["Reuters"]).run()
    # The first article in view was never asked for: the filter change moves the reader on.
    assert at.selectbox(key="articles.reader").value == "a2"
    at.selectbox(key="articles.reader").set_value("a3").run()
    assert at.query_params["article"] == "a3"
    at.sidebar.multiselect(key="f.sources").set_value(["PIB"]).run()
    # A picked article stays open, like one a link asked for.
    assert at.selectbox(key="articles.reader").value == "a3"
    assert "weighs maritime trade rules" in at.get("html")[1].proto.body


def test_filters_are_read_from_the_url(app):
    app.query_params["f.actors"] = ["Japan"]
    app.query_params["f.search"] = "maritime"
    at = open_page(app, "overview")
    assert at.sidebar.multiselect(key="f.actors").value == ["Japan"]
    assert at.sidebar.text_input(key="f.search").value == "maritime"
    assert metrics(at)["Articles"] == "2"


@pytest.mark.parametrize(
    ("content", "error"),
    [
        (b"[themes.navy\nlabel = ", "cannot be used"),
        (b"\xff\xfe not text", "cannot be used"),
    ],
)
def test_a_malformed_theme_file_shows_an_error_and_keeps_the_default(app, content, error):
    at = open_page(app, "add_articles")
    at.file_uploader(key="add.theme_file").upload("mine.toml", content, "application/toml").run()
    assert not at.exception
    assert error in at.error[0].value
    assert any("Using the default themes" in c.value for c in at.caption)


def test_a_valid_theme_file_lists_its_themes(app):
    at = open_page(app, "add_articles")
    taxonomy = b'[themes.arctic]\nlabel = "Arctic security"\nlemmas = ["arctic"]\n'
    at.file_uploader(key="add.theme_file").upload("arctic.toml", taxonomy, "application/toml").run()
    assert not at.exception and not at.error
    listed = at.dataframe[-1].value
    assert listed.set_index("theme").loc["arctic", "label"] == "Arctic security"
    assert "maritime_security" in set(listed["theme"])


def stored_ids(store_path: str) -> list[str]:
    """Return the ids of the articles in the shared store file."""
    with Store(store_path) as store:
        return sorted(store.article_ids())


def split_tables(tables: dict, article_ids: set[str]) -> dict:
    """Return the rows of ``tables`` that belong to ``article_ids``."""
    return {name: frame[frame["article_id"].isin(article_ids)] for name, frame in tables.items()}


def test_a_session_corpus_joins_both_stores_with_one_actor_per_actor():
    tables = local_tables()
    retitled = split_tables(tables, {"a2"})
    retitled["articles"] = retitled["articles"].assign(title="Re-processed in the session")
    with Store(":memory:") as common, Store(":memory:") as own:
        common.add(split_tables(tables, {"a1", "a2"}), "v1")
        own.add(retitled, "v2")
        own.add(split_tables(tables, {"a3"}), "v2")
        corpus = load_stores(own, common)
    titles = dict(zip(corpus.articles["article_id"], corpus.articles["title"], strict=True))
    assert sorted(titles) == ["a1", "a2", "a3"]
    # The first store listed wins for an article both hold.
    assert titles["a2"] == "Re-processed in the session"
    japan = corpus.actors[corpus.actors["name"] == "Japan"]
    assert len(japan) == 1 and int(japan["articles"].iloc[0]) == 2
    assert set(corpus.mentions.loc[corpus.mentions["text"] == "Japan", "actor_id"]) == set(
        japan["actor_id"]
    )


@pytest.mark.parametrize(
    ("env", "secrets", "expected"),
    [
        (None, {}, "stay in this browser session only (0 so far)"),
        ("1", {}, "saved there, for every visitor"),
        (None, {"commitment_tracker": {"persist_uploads": True}}, "saved there, for every visitor"),
        ("0", {"commitment_tracker": {"persist_uploads": True}}, "stay in this browser session"),
    ],
)
def test_the_app_says_where_added_articles_go(app, store_path, monkeypatch, env, secrets, expected):
    if env is not None:
        monkeypatch.setenv(PERSIST_ENV, env)
    app.secrets.update(secrets)
    at = open_page(app, "add_articles")
    assert expected in at.info[0].value and store_path in at.info[0].value
    assert any(expected in c.value for c in at.sidebar.caption)


def paste_article(at: AppTest) -> AppTest:
    """Paste and process one short article on the Add articles page."""
    at.text_area(key="add.text").input(
        "date 2026-02-02 Canada pledged to deliver two submarines to Poland by 2030. "
        "Poland welcomed the offer."
    ).run()
    at.button(key="add.process_text").click().run(timeout=300)
    assert not at.exception, [e.value for e in at.exception]
    return at


def new_visitor() -> AppTest:
    """Return the overview as a second visitor with a session of their own sees it."""
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    assert not at.exception
    return at


@pytest.mark.slow
def test_pasted_text_stays_in_the_session_by_default(app, store_path):
    at = paste_article(open_page(app, "add_articles"))
    assert "read 1 article" in at.success[0].value
    assert "(1 so far)" in at.info[0].value
    at.switch_page("pages/overview.py").run()
    assert metrics(at)["Articles"] == "4"
    assert "Canada" in at.sidebar.multiselect(key="f.actors").options
    assert stored_ids(store_path) == ["a1", "a2", "a3"]
    assert metrics(new_visitor())["Articles"] == "3"


@pytest.mark.slow
@pytest.mark.parametrize("setting", ["environment", "secrets"])
def test_pasted_text_goes_to_the_shared_store_when_uploads_persist(
    app, store_path, monkeypatch, setting
):
    if setting == "environment":
        monkeypatch.setenv(PERSIST_ENV, "1")
    else:
        app.secrets["commitment_tracker"] = {"persist_uploads": True}
    at = paste_article(open_page(app, "add_articles"))
    assert "read 1 article" in at.success[0].value
    at.switch_page("pages/overview.py").run()
    assert metrics(at)["Articles"] == "4"
    assert len(stored_ids(store_path)) == 4
    assert metrics(new_visitor())["Articles"] == "4"


def zip_of(members: dict[str, bytes]) -> bytes:
    """Return a zip archive holding ``members`` (name to content)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@pytest.mark.slow
def test_a_zip_upload_adds_both_articles_and_names_the_bad_member(app):
    bundle = zip_of(
        {
            "canada.txt": b"date 2026-02-02 Canada pledged to deliver two submarines to Poland.",
            "norway.md": b"# Norway patrols\n\ndate 2026-02-09 Norway agreed to run joint "
            b"Arctic patrols with Sweden from next spring.",
            "old.zip": zip_of({"inner.txt": b"An archive inside the archive."}),
        }
    )
    at = open_page(app, "add_articles")
    at.file_uploader(key="add.files").upload("bundle.zip", bundle, "application/zip").run()
    at.button(key="add.process_files").click().run(timeout=300)
    assert not at.exception, [e.value for e in at.exception]
    assert "read 2 articles" in at.success[0].value
    assert "Added 2, 0 already there, 1 skipped" in at.success[0].value
    outcome = at.dataframe[0].value
    assert outcome[["result", "input", "reason"]].to_dict("records") == [
        {"result": "added", "input": "bundle.zip/canada.txt", "reason": ""},
        {"result": "added", "input": "bundle.zip/norway.md", "reason": ""},
        {"result": "skipped", "input": "bundle.zip/old.zip", "reason": "nested zip"},
    ]
    # The result stays on the page, on the tab it came from, until the next run.
    assert at.tabs[0].label == "Upload files"
    at.switch_page("pages/add_articles.py").run()
    assert "Added 2" in at.success[0].value
    at.switch_page("pages/articles.py").run()
    assert set(at.dataframe[0].value["path"]) >= {"bundle.zip/canada.txt", "bundle.zip/norway.md"}
    assert len(at.dataframe[0].value) == 5


ARTICLE_HTML = (
    b"<html><head><title>Norway and Sweden agree on Arctic patrols</title>"
    b'<meta name="date" content="2026-02-09"></head><body><article>'
    b"<h1>Norway and Sweden agree on Arctic patrols</h1>"
    b"<p>Norway and Sweden agreed on Monday to run joint naval patrols in the Arctic from "
    b"next spring, the two defence ministries said in a statement.</p>"
    b"<p>Norway pledged to deliver two patrol vessels to the joint squadron by 2027. Sweden "
    b"welcomed the offer and said it would send a liaison officer to Bodo.</p>"
    b"</article></body></html>"
)


class _ArticleHandler(QuietHandler):
    def do_GET(self) -> None:  # noqa: N802 (the name http.server calls)
        found = self.path == "/arctic-patrols"
        self.send(200 if found else 404, ARTICLE_HTML if found else b"not here", "text/html")


@pytest.fixture(scope="module")
def article_url() -> Iterator[str]:
    with loopback_server(_ArticleHandler) as url:
        yield f"{url}/arctic-patrols"


def fetch_through_the_page(at: AppTest, url: str) -> AppTest:
    """Enter ``url`` on the Add articles page and fetch it."""
    at.text_area(key="add.urls").input(url).run()
    at.button(key="add.process_urls").click().run(timeout=300)
    assert not at.exception, [e.value for e in at.exception]
    return at


@pytest.mark.slow
def test_a_fetched_url_joins_the_corpus_when_private_hosts_are_allowed(
    app, article_url, monkeypatch
):
    monkeypatch.setenv(ALLOW_PRIVATE_ENV, "1")
    at = fetch_through_the_page(open_page(app, "add_articles"), article_url)
    assert "read 1 article" in at.success[0].value
    at.switch_page("pages/articles.py").run()
    articles = at.dataframe[0].value.set_index("path")
    assert articles.loc[article_url, "title"] == "Norway and Sweden agree on Arctic patrols"
    assert articles.loc[article_url, "date"] == "2026-02-09"


@pytest.mark.slow
def test_a_local_url_is_refused_by_default(app, article_url):
    at = open_page(app, "add_articles")
    assert any("are refused" in c.value for c in at.caption)
    at = fetch_through_the_page(at, article_url)
    assert not at.success
    assert "read 0 articles" in at.warning[0].value
    skipped = at.dataframe[0].value
    assert skipped["input"].tolist() == [article_url]
    assert "refused 127.0.0.1" in skipped["reason"].iloc[0]
    at.switch_page("pages/overview.py").run()
    assert metrics(at)["Articles"] == "3"


def test_on_page_choices_are_read_from_the_url(app):
    app.query_params["commitments.actor"] = ["European Union"]
    app.query_params["commitments.dyad_a"] = "India"
    app.query_params["commitments.dyad_b"] = "European Union"
    at = open_page(app, "commitments")
    assert at.dataframe[0].value["actor"].tolist() == ["European Union"]
    assert trace_values(figure(at, "India and European Union"), "customdata") == {"c1"}


def test_the_quote_search_and_the_actor_profile_are_read_from_the_url(app):
    app.query_params["quotes.words"] = "submarine"
    at = open_page(app, "quotes")
    assert at.text_input(key="quotes.words").value == "submarine"
    assert at.dataframe[0].value.empty
    profile = AppTest.from_file(APP, default_timeout=60)
    profile.query_params["actors.profile"] = "Rajnath Singh"
    at = open_page(profile, "actors")
    assert at.selectbox(key="actors.profile").value == "person:rajnath-singh"
    assert at.dataframe[2].value["type"].tolist() == ["call"]


def test_on_page_choices_go_into_the_copied_link(app):
    at = open_page(app, "quotes")
    at.text_input(key="quotes.words").input("at sea").run()
    link = at.sidebar.code[0].value
    assert "quotes.words=at+sea" in link


def names_listed(at: AppTest) -> list[str]:
    return sorted(at.dataframe[0].value["name"])


def test_merging_two_actors_on_the_actors_page_and_undoing_it(app):
    at = open_page(app, "actors")
    at.selectbox(key="actors.profile").set_value("person:kaja-kallas").run()
    at.selectbox(key="actors.merge_into").set_value("European Union").run()
    at.button(key="actors.merge").click().run()
    assert not at.exception
    assert "Kaja Kallas" not in names_listed(at)
    assert any("merge 'Kaja Kallas' into 'European Union'" in s.value for s in at.success)
    # The quotation moved with the actor.
    quotes = open_page(at, "quotes").dataframe[0].value
    assert quotes["speaker"].tolist() == ["European Union"]
    at = open_page(at, "actors")
    undo = [b for b in at.button if b.label == "Undo"]
    assert len(undo) == 1
    undo[0].click().run()
    assert "Kaja Kallas" in names_listed(at)


def test_editing_an_actor_sets_its_name_title_and_affiliation(app):
    at = open_page(app, "actors")
    at.selectbox(key="actors.profile").set_value("person:rajnath-singh").run()
    at.text_input(key="actors.fix_name.person:rajnath-singh").input("R. Singh")
    at.text_input(key="actors.fix_title.person:rajnath-singh").input("Defence Minister")
    at.button(
        key="FormSubmitter:actors.edit.person:rajnath-singh-Save name, type, title and affiliation"
    ).click().run()
    assert not at.exception
    table = at.dataframe[0].value.set_index("name")
    assert table.loc["R. Singh", "title"] == "Defence Minister"
    assert table.loc["R. Singh", "affiliation"] == "India"
    assert "Rajnath Singh" not in table.index


def test_a_rejected_commitment_stays_rejected_in_this_session_only(app, store_path):
    at = open_page(app, "commitments")
    at.selectbox(key="commitments.open").set_value("c3").run()
    at.button(key="commitments.reject").click().run()
    assert sorted(at.dataframe[0].value["type"]) == ["agreement", "call"]
    at = open_page(at, "overview")
    assert metrics(at)["Commitments"] == "2"
    with Store(store_path) as store:
        assert store.corrections().empty
    other = open_page(AppTest.from_file(APP, default_timeout=60), "overview")
    assert metrics(other)["Commitments"] == "3"


def test_corrections_go_to_the_shared_store_when_uploads_persist(app, store_path, monkeypatch):
    monkeypatch.setenv(PERSIST_ENV, "1")
    at = open_page(app, "commitments")
    at.selectbox(key="commitments.open").set_value("c3").run()
    at.selectbox(key="commitments.fix_type.c3").set_value("pledge").run()
    at.button(key="commitments.set_type").click().run()
    table = (
        at.dataframe[0].value.set_index("commitment_id")
        if "commitment_id" in at.dataframe[0].value
        else None
    )
    with Store(store_path) as store:
        assert store.corrections()[["action", "target", "value"]].values.tolist() == [
            ["set_commitment_type", "c3", "pledge"]
        ]
    other = open_page(AppTest.from_file(APP, default_timeout=60), "commitments")
    assert sorted(other.dataframe[0].value["type"]) == ["agreement", "call", "pledge"]
    assert table is None or table.loc["c3", "type"] == "pledge"


def test_a_quotation_can_be_given_another_speaker(app):
    at = open_page(app, "quotes")
    at.selectbox(key="quotes.fix_pick").set_value("q1").run()
    at.selectbox(key="quotes.fix_speaker.q1").set_value("European Union").run()
    at.button(key="quotes.set_speaker").click().run()
    assert at.dataframe[0].value["speaker"].tolist() == ["European Union"]


def test_a_progress_bar_says_the_model_is_loading_before_the_first_article():
    from pages.shared import progress_text

    assert progress_text(0, 33).startswith("Loading the language model…")
    assert "33 articles" in progress_text(0, 33)
    assert progress_text(5, 33) == "Processed 5 of 33 articles"
    assert progress_text(0, 0) == "Processed 0 of 0 articles"


def test_sources_says_why_it_is_empty(tmp_path, monkeypatch):
    tables = local_tables()
    tables[ARTICLES.name] = tables[ARTICLES.name].assign(source="")
    path = tmp_path / "no-sources.duckdb"
    with Store(path) as store:
        store.add(tables, "test-version")
    monkeypatch.setenv(STORE_ENV, str(path))
    (tmp_path / "seeds").mkdir()
    monkeypatch.setenv("COMMITMENT_TRACKER_SEEDS", str(tmp_path / "seeds"))
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception
    assert not [m for m in at.sidebar.multiselect if m.key == "f.sources"]
    assert any("none of these articles names its source" in c.value for c in at.sidebar.caption)


def test_the_minimum_strength_says_it_spares_refusals(app):
    at = open_page(app, "commitments")
    assert "refusals" in at.sidebar.slider(key="f.min_strength").help
    assert any("refusals have no strength" in c.value for c in at.caption)


def test_the_network_size_is_read_from_and_written_to_the_link(app):
    at = open_page(app, "actors")
    assert len(at.dataframe[1].value) == 5  # two sentences shared, three commitments
    app = AppTest.from_file(APP, default_timeout=60)
    app.query_params["actors.network_min"] = "2"
    at = open_page(app, "actors")
    assert at.slider(key="actors.network_min").value == 2
    assert at.dataframe[1].value.empty  # no pair of actors is linked twice
    assert "actors.network_min=2" in at.sidebar.code[0].value


def test_tables_show_strengths_and_scores_with_two_decimals(app):
    import json

    at = open_page(app, "commitments")
    (listed,) = [d for d in at.dataframe if "strength" in d.value.columns]
    columns = json.loads(listed.proto.columns)
    assert columns["strength"]["type_config"]["format"] == "%.2f"
    assert "format" not in columns.get("actor", {}).get("type_config", {})


def test_overview_offers_the_bundles_only_for_a_view_they_can_hold(app, monkeypatch):
    # The store holds 3 articles: with a cap of 2 the bundles give way to a message.
    at = open_page(app, "overview")
    labels = [b.proto.label for b in at.get("download_button")]
    assert "All six tables (zip of CSV)" in labels and "All six tables (Excel)" in labels
    assert not any("hold at most" in i.value for i in at.info)
    monkeypatch.setattr("analysis.export.BUNDLE_MAX_ARTICLES", 2)
    at.run()
    labels = [b.proto.label for b in at.get("download_button")]
    assert "All six tables (zip of CSV)" not in labels
    assert any("3 articles are in view" in i.value and "at most 2" in i.value for i in at.info)
    at.sidebar.multiselect(key="f.actors").set_value(["Japan"]).run()
    labels = [b.proto.label for b in at.get("download_button")]
    assert "All six tables (Excel)" in labels
