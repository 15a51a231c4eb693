"""The global filters: which rows of each table a slice keeps."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from analysis.corpus import Corpus
from analysis.filters import (
    Filters,
    apply,
    date_bounds,
    describe_filters,
    filter_options,
    page_url,
    parse_date,
    selected_actor_ids,
    view_link,
)
from analysis.tables import (
    ACTORS,
    ARTICLES,
    COMMITMENTS,
    MENTIONS,
    QUOTES,
    THEMES,
    frame_from_rows,
)

ARTICLE_ROWS = [
    ("a1", "2026-01-05", "PIB", "India and the EU synergise defence industries"),
    ("a2", "2026-01-14", "Reuters", "EU offers Japan a maritime dialogue"),
    ("a3", "", "Reuters", "Japan weighs new trade rules"),
]
ACTOR_ROWS = [
    ("india", "India", "country", ""),
    ("eu", "European Union", "organisation", ""),
    ("singh", "Rajnath Singh", "person", "India"),
    ("kallas", "Kaja Kallas", "person", "European Union"),
    ("japan", "Japan", "country", ""),
    ("delhi", "New Delhi", "place", ""),
]
# (article, actor, sentence)
MENTION_ROWS = [
    ("a1", "singh", 0),
    ("a1", "india", 0),
    ("a1", "eu", 0),
    ("a1", "delhi", 1),
    ("a1", "india", 2),
    ("a2", "eu", 0),
    ("a2", "japan", 0),
    ("a2", "kallas", 1),
    ("a3", "japan", 0),
]
THEME_ROWS = [
    ("a1", "defence_industry", "defence industry"),
    ("a1", "maritime_security", "maritime security"),
    ("a2", "maritime_security", "maritime security"),
    ("a3", "trade_investment", "trade and investment"),
]
# (id, article, actor, type, strength, counterpart, themes)
COMMITMENT_ROWS = [
    ("c1", "a1", "singh", "call", 0.3, "eu", "defence_industry"),
    ("c2", "a1", "india", "pledge", 0.8, "eu", "defence_industry; maritime_security"),
    ("c3", "a2", "eu", "offer", 0.55, "japan", "maritime_security"),
]
QUOTE_ROWS = [("q1", "a2", "kallas", "We are ready to work with Japan at sea.")]


def sample_corpus() -> Corpus:
    """Three articles (one undated), six actors (one place), themes, commitments, a quote."""
    names = {a: n for a, n, _, _ in ACTOR_ROWS}
    dates = {a: d for a, d, _, _ in ARTICLE_ROWS}
    articles = frame_from_rows(
        [
            {"article_id": a, "date": d, "source": s, "title": t, "text": f"{t}. More text."}
            for a, d, s, t in ARTICLE_ROWS
        ],
        ARTICLES,
    )
    actors = frame_from_rows(
        [
            {"actor_id": i, "name": n, "type": t, "affiliation": f, "mentions": 1, "articles": 1}
            for i, n, t, f in ACTOR_ROWS
        ],
        ACTORS,
    )
    mentions = frame_from_rows(
        [
            {
                "article_id": a,
                "actor_id": i,
                "text": names[i],
                "start_char": 10 * n,
                "end_char": 10 * n + 5,
                "sentence_index": s,
            }
            for n, (a, i, s) in enumerate(MENTION_ROWS)
        ],
        MENTIONS,
    )
    themes = frame_from_rows(
        [{"article_id": a, "theme": t, "label": lab, "score": 1.0} for a, t, lab in THEME_ROWS],
        THEMES,
    )
    commitments = frame_from_rows(
        [
            {
                "commitment_id": c,
                "article_id": a,
                "date": dates[a],
                "actor_id": i,
                "actor": names[i],
                "type": kind,
                "strength": s,
                "counterpart_id": p,
                "counterpart": names[p],
                "themes": th,
                "sentence": f"{names[i]} {kind} {names[p]}.",
            }
            for c, a, i, kind, s, p, th in COMMITMENT_ROWS
        ],
        COMMITMENTS,
    )
    quotes = frame_from_rows(
        [
            {"quote_id": q, "article_id": a, "speaker_id": i, "speaker": names[i], "quote": text}
            for q, a, i, text in QUOTE_ROWS
        ],
        QUOTES,
    )
    return Corpus(articles, actors, mentions, themes, commitments, quotes)


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return sample_corpus()


@pytest.mark.parametrize(
    ("filters", "articles", "commitments"),
    [
        (Filters(), {"a1", "a2", "a3"}, {"c1", "c2", "c3"}),
        (Filters(start=date(2026, 1, 10)), {"a2"}, {"c3"}),
        (Filters(end=date(2026, 1, 10)), {"a1"}, {"c1", "c2"}),
        (Filters(sources=("Reuters",)), {"a2", "a3"}, {"c3"}),
        (Filters(search="JAPAN"), {"a2", "a3"}, {"c3"}),
        (Filters(themes=("maritime_security",)), {"a1", "a2"}, {"c2", "c3"}),
        (Filters(actors=("Japan",)), {"a2", "a3"}, {"c3"}),
        (Filters(actors=("Rajnath Singh",)), {"a1"}, {"c1"}),
        (Filters(actor_types=("person",)), {"a1", "a2"}, {"c1"}),
        (Filters(affiliations=("India",)), {"a1"}, {"c1", "c2"}),
        (Filters(actor_types=("person",), affiliations=("European Union",)), {"a2"}, set()),
        (Filters(commitment_types=("pledge", "offer")), {"a1", "a2", "a3"}, {"c2", "c3"}),
        (Filters(min_strength=0.5), {"a1", "a2", "a3"}, {"c2", "c3"}),
        (Filters(min_strength=0.9), {"a1", "a2", "a3"}, set()),
        (Filters(search="no such words"), set(), set()),
    ],
)
def test_apply_keeps_the_selected_articles_and_commitments(corpus, filters, articles, commitments):
    sliced = apply(corpus, filters)
    assert set(sliced.articles["article_id"]) == articles
    assert set(sliced.commitments["commitment_id"]) == commitments
    for name in ("mentions", "themes", "commitments", "quotes"):
        assert set(sliced.tables()[name]["article_id"]) <= articles


@pytest.mark.parametrize(
    ("filters", "actor_counts"),
    [
        (Filters(), None),
        (Filters(sources=("PIB",)), {"india": 2, "singh": 1, "eu": 1, "delhi": 1}),
        (Filters(actors=("Japan",)), {"japan": 2}),
        (
            Filters(themes=("maritime_security",)),
            {"india": 2, "eu": 2, "singh": 1, "delhi": 1, "japan": 1, "kallas": 1},
        ),
    ],
)
def test_actor_counts_follow_the_slice(corpus, filters, actor_counts):
    sliced = apply(corpus, filters)
    if actor_counts is None:
        assert sliced.actors is corpus.actors
        return
    got = dict(zip(sliced.actors["actor_id"], sliced.actors["mentions"], strict=True))
    assert got == actor_counts


def test_recounted_actors_carry_article_counts_and_dates(corpus):
    sliced = apply(corpus, Filters(actors=("Japan",)))
    row = sliced.actors.set_index("actor_id").loc["japan"]
    assert (row["articles"], row["first_date"], row["last_date"]) == (2, "2026-01-14", "2026-01-14")


@pytest.mark.parametrize(
    ("filters", "speakers", "themes"),
    [
        (Filters(actors=("Kaja Kallas",)), ["kallas"], {"maritime_security"}),
        (Filters(actors=("India",)), [], {"defence_industry", "maritime_security"}),
        (Filters(themes=("trade_investment",)), [], {"trade_investment"}),
    ],
)
def test_quotes_and_themes_follow_actor_and_theme_filters(corpus, filters, speakers, themes):
    sliced = apply(corpus, filters)
    assert sliced.quotes["speaker_id"].tolist() == speakers
    assert set(sliced.themes["theme"]) == themes


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (Filters(), None),
        (Filters(actors=("India", "Japan")), {"india", "japan"}),
        (Filters(affiliations=("India",)), {"india", "singh"}),
        (Filters(actor_types=("country",)), {"india", "japan"}),
        (Filters(actors=("Nobody",)), set()),
    ],
)
def test_selected_actor_ids(corpus, filters, expected):
    assert selected_actor_ids(corpus.actors, filters) == expected


def test_filter_options_list_what_the_corpus_holds(corpus):
    options = filter_options(corpus)
    assert (options.first_date, options.last_date) == (date(2026, 1, 5), date(2026, 1, 14))
    assert "New Delhi" not in options.actors
    assert options.actors == ["European Union", "India", "Japan", "Kaja Kallas", "Rajnath Singh"]
    assert options.actor_types == ["person", "country", "organisation"]
    assert options.affiliations == ["European Union", "India"]
    assert options.themes["maritime_security"] == "maritime security"
    assert options.commitment_types == ["pledge", "offer", "call"]
    assert options.sources == ["PIB", "Reuters"]


@pytest.mark.parametrize(
    ("picked", "expected"),
    [
        ((date(2026, 1, 5), date(2026, 1, 14)), (None, None)),
        ((date(2026, 1, 6), date(2026, 1, 14)), (date(2026, 1, 6), date(2026, 1, 14))),
        ((date(2026, 1, 5),), (None, None)),
        ((), (None, None)),
    ],
)
def test_a_full_date_range_means_no_date_filter(corpus, picked, expected):
    assert date_bounds(picked, filter_options(corpus)) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2026-01-27", date(2026, 1, 27)),
        ("2026-01-27T10:00:00", date(2026, 1, 27)),
        ("", None),
        ("soon", None),
    ],
)
def test_parse_date(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, "http://h/commitments"),
        ({"f.search": "sea power"}, "http://h/commitments?f.search=sea+power"),
        (
            {"f.actors": ["India", "Kaja Kallas"]},
            "http://h/commitments?f.actors=India&f.actors=Kaja+Kallas",
        ),
    ],
)
def test_view_link_repeats_list_parameters(params, expected):
    assert view_link("http://h/commitments", params) == expected


def test_a_minimum_strength_never_hides_a_refusal(corpus):
    refusal = corpus.commitments.iloc[[0]].assign(
        commitment_id="c9", type="refusal", strength=0.0, actor_id="japan", actor="Japan"
    )
    with_refusal = Corpus(
        corpus.articles,
        corpus.actors,
        corpus.mentions,
        corpus.themes,
        pd.concat([corpus.commitments, refusal], ignore_index=True),
        corpus.quotes,
    )
    kept = apply(with_refusal, Filters(min_strength=0.9)).commitments
    assert set(kept["commitment_id"]) == {"c9"}
    kept = apply(with_refusal, Filters(min_strength=0.5)).commitments
    assert set(kept["commitment_id"]) == {"c2", "c3", "c9"}


def test_a_download_records_the_filters_in_force_by_name():
    record = describe_filters(
        Filters(start=date(2026, 1, 1), end=date(2026, 1, 31), themes=("maritime_security",),
                min_strength=0.4, search="patrol"),
        {"maritime_security": "maritime security"},
    )  # fmt: skip
    assert record == {
        "dates": ["2026-01-01", "2026-01-31"],
        "themes": ["maritime security"],
        "min_strength": 0.4,
        "min_strength_applies_to": "graded commitment types (refusals are always kept)",
        "search": "patrol",
    }
    assert describe_filters(Filters(), {}) == {}


@pytest.mark.parametrize(
    ("browser", "current", "expected"),
    [
        ("http://h:8501/add_articles", "add_articles", "http://h:8501/add_articles"),
        ("http://h:8501/add_articles?f.search=x", "articles", "http://h:8501/articles"),
        ("http://h:8501/", "quotes", "http://h:8501/quotes"),
        ("http://h:8501", "", "http://h:8501/"),
        ("https://host/tracker/commitments", "", "https://host/tracker"),
        ("https://host/tracker", "actors", "https://host/tracker/actors"),
    ],
)
def test_page_url_replaces_a_whole_page_segment_only(browser, current, expected):
    pages = ["", "actors", "commitments", "quotes", "articles", "add_articles"]
    assert page_url(browser, pages, current) == expected
