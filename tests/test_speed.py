"""Speed changes that must not change any output: the same sentence starts, entities,
groups and tables as the plain way of doing the same work."""

from __future__ import annotations

import re

import numpy
import pytest
import spacy
from spacy.attrs import SENT_START
from spacy.tokens import Span

from analysis import (
    abbreviations,
    actor_rules,
    actors,
    commitments,
    name_boundaries,
    quote_coref,
)
from analysis.abbreviations import _all_capitals
from analysis.articles import Article, read_articles
from analysis.build import _frame, build
from analysis.components import (
    CachedLemmas,
    TokenRules,
    WordList,
    _ends_line,
    _is_word,
    cache_lemmas,
    cache_token_rules,
    paragraph_sentences,
)
from analysis.cues import cue_candidates, cue_lexicon, find_cue
from analysis.entity_rules import add_ruler_patterns, entity_patterns
from analysis.model import load_model
from analysis.processing import MIN_GROUP, _groups
from analysis.spans import token_indices, whole_words
from analysis.store import Store
from analysis.tables import ARTICLES, LOCAL_MENTIONS, LOCAL_TABLES, TABLE_NAMES, frame_from_rows
from tests.conftest import SEEDS

TEXTS = [
    "Harbour Patrols Resume\n\nThe Velmarian navy said on Tuesday it would resume patrols.",
    "\nA first line\nA second line with Osric Tallow\n\n\nA third, after blank lines.",
    "Minister Ilse Varga met Admiral Corin Dast in Port Alden. They agreed to meet again.",
    "Heading without a stop\nBody text follows here, and it goes on.  \n  \nLast words",
    "  \n\n",
    "x",
    "",
]


def _one_by_one(doc):
    """The rule of ``paragraph_sentences``, written token by token."""
    after_break = False
    for i, token in enumerate(doc):
        if i == 0:
            token.is_sent_start = True
            continue
        previous = doc[i - 1]
        if after_break and not token.is_space:
            token.is_sent_start = True
            after_break = False
        elif _is_word(previous) and not _ends_line(previous) and not token.is_space:
            token.is_sent_start = False
        if _ends_line(token):
            after_break = True
    return doc


@pytest.mark.parametrize("text", TEXTS)
def test_sentence_starts_written_at_once_equal_token_by_token(text):
    blank = spacy.blank("en")
    fast = paragraph_sentences(blank.make_doc(text)).to_array([SENT_START])
    slow = _one_by_one(blank.make_doc(text)).to_array([SENT_START])
    assert numpy.array_equal(fast, slow)


def test_sentence_starts_refuse_a_parsed_doc(nlp):
    with pytest.raises(ValueError, match="before the parser"):
        paragraph_sentences(nlp("The fleet sailed at dawn."))


SENTENCES = [
    "India and Japan signed a maritime agreement, the European Union said on Friday.",
    "The Philippine Coast Guard escorted two vessels near the South China Sea.",
    "Officials in New Delhi and Tokyo welcomed the NATO statement.",
]


def test_gazetteer_patterns_added_by_tokenizer_alone_find_the_same_entities():
    patterns = entity_patterns()
    full, quick = load_model(), load_model()
    full.add_pipe("entity_ruler", name="gazetteer_ruler", before="ner")
    full.get_pipe("gazetteer_ruler").add_patterns(patterns)  # every component runs
    quick.add_pipe("entity_ruler", name="gazetteer_ruler", before="ner")
    add_ruler_patterns(quick, "gazetteer_ruler", patterns)
    assert quick.pipe_names == full.pipe_names
    assert quick.disabled == full.disabled

    def ents(language, text):
        return [(e.text, e.label_, e.ent_id_) for e in language(text).ents]

    for text in SENTENCES:
        found = ents(quick, text)
        assert found == ents(full, text)
        assert any(e[2] for e in found)  # the gazetteer did mark something


@pytest.mark.parametrize(("n", "processes"), [(1, 2), (7, 2), (100, 2), (500, 2), (97, 3)])
def test_groups_cover_every_article_once_in_order_and_shrink_at_the_end(n, processes):
    groups = _groups(list(range(n)), 32, processes)
    assert [i for g in groups for i in g] == list(range(n))
    sizes = [len(g) for g in groups]
    assert max(sizes) <= 32
    assert all(a >= b for a, b in zip(sizes, sizes[1:], strict=False))  # never growing
    assert all(s >= MIN_GROUP for s in sizes[:-1])
    assert _groups(list(range(n)), 32, 1) == [
        list(range(i, min(i + 32, n))) for i in range(0, n, 32)
    ]


def test_two_processes_give_the_same_tables_as_one(seed_corpus):
    articles = read_articles([SEEDS]).articles
    assert len(_groups(articles, 32, 2)) > 1  # the work really is shared out
    two = build(articles, processes=2).corpus
    for name in TABLE_NAMES:
        assert getattr(two, name).equals(getattr(seed_corpus, name)), name


# Fictional people and places; contractions, "there is", possessives, numbers, headings and
# repeated words, so the attribute rules of several kinds (tag, word, dependency, two-word
# patterns) and the lemmatizer's exceptions, rules and index all come into play.
MODEL_TEXTS = [
    "Talks Resume in Port Alden\n\nThe Velmarian defence minister, Ilse Varga, said on "
    "Tuesday that her government was gonna send three frigates, and that there are no plans "
    "to withdraw. \"We aren't leaving,\" she told reporters. Let's see what happens.",
    "Admiral Corin Dast's fleets were sailing north; the ministries had promised 2,000 "
    "troops and better-equipped brigades by 2027. Y'all know it isn't over, Dast added.",
    "Osric Tallow, who leads the Estrian opposition, criticised the ministers' decisions. "
    "There was anger. The geese flew over the harbours while the children watched.",
    "  \n",
]


def _annotations(doc):
    return [(t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in doc]


def test_token_rules_and_cached_lemmas_give_the_stock_attributes_and_lemmas():
    stock, quick = load_model(), load_model()
    cache_token_rules(quick)
    cache_lemmas(quick)
    assert isinstance(quick.get_pipe("attribute_ruler"), TokenRules)
    assert isinstance(quick.get_pipe("lemmatizer"), CachedLemmas)
    assert not isinstance(stock.get_pipe("lemmatizer"), CachedLemmas)
    for _ in range(2):  # the second pass is served from the caches
        for text in MODEL_TEXTS:
            expected = _annotations(stock(text))
            assert _annotations(quick(text)) == expected
    ruler = quick.get_pipe("attribute_ruler")
    assert ruler._rules_by_token  # kinds of token were looked up, not matched each time
    doc = quick(MODEL_TEXTS[0])
    lemmas = {t.text: t.lemma_ for t in doc}
    assert lemmas["frigates"] == "frigate" and lemmas["said"] == "say"
    assert lemmas["gon"] == "go" and lemmas["na"] == "to"  # a two-token attribute rule


def test_token_rules_follow_patterns_added_later():
    language = load_model()
    cache_token_rules(language)
    ruler = language.get_pipe("attribute_ruler")
    assert language("Varga sailed.")[0].pos_ == "PROPN"
    ruler.add([[{"LOWER": "varga"}]], {"POS": "X"})
    assert language("Varga sailed.")[0].pos_ == "X"


def test_word_list_keeps_the_list_and_looks_up_as_a_set():
    words = WordList(["harbour", "fleet", "harbour"])
    assert words == ["harbour", "fleet", "harbour"]
    assert "fleet" in words and "frigate" not in words


def test_pipeline_lemmas_equal_stock_on_a_build_sized_batch(nlp):
    stock = load_model()  # with the same sentence starts, so the parses are the same
    stock.add_pipe("paragraph_sentences", before="parser")
    texts = MODEL_TEXTS * 3
    for ours, theirs in zip(nlp.pipe(texts, batch_size=4), stock.pipe(texts), strict=True):
        assert [t.lemma_ for t in ours] == [t.lemma_ for t in theirs]
        assert [t.pos_ for t in ours] == [t.pos_ for t in theirs]


# ---- fast paths of the extractors: the same output as walking every token

WHOLE_WORDS = [
    ("Vell met Vell-Tarn and Vellmar; Vell.", "Vell"),
    ("Osric Tallow, Osric Tallow_2 and Osric Tallowe", "Osric Tallow"),
    ("the NDA, (NDA) and NDAs", "NDA"),
    ("Århus-Åland Århus Århus2 ²Århus", "Århus"),
    ("aaa aa a", "aa"),
    ("", "x"),
    ("O'Dare said O'Dare's", "O'Dare"),
]


@pytest.mark.parametrize(("text", "word"), WHOLE_WORDS)
def test_whole_words_finds_what_the_pattern_finds(text, word):
    pattern = rf"(?<![\w-]){re.escape(word)}(?![\w-])"
    expected = [(m.start(), m.end()) for m in re.finditer(pattern, text)]
    assert list(whole_words(text, word)) == expected


def test_whole_words_of_one_name_in_a_sentence():
    text = "Vell spoke; Vell-Tarn did not. Vell left."
    assert list(whole_words(text, "Vell")) == [(0, 4), (31, 35)]


def test_token_indices_are_the_tokens_written_as_the_words():
    doc = spacy.blank("en")("He said she would go. SHE did; he never did, the Shepherd said.")
    expected = [t.i for t in doc if t.lower_ in {"he", "she"}]
    assert token_indices(doc, {"he", "she"}) == expected == [0, 2, 6, 9]
    assert token_indices(doc, set()) == []
    assert token_indices(spacy.blank("en")(""), {"he"}) == []


def test_all_capitals_are_the_alphabetic_upper_case_words():
    doc = spacy.blank("en")("The NDA and the VLX-2 met ÉTAT officials, AB1, II and A agreed.")
    expected = [t.i for t in doc if t.text.isalpha() and t.text.isupper()]
    assert _all_capitals(doc) == expected
    assert [doc[i].text for i in expected] == ["NDA", "ÉTAT", "II", "A"]


def test_the_store_types_plain_rows_as_it_types_typed_ones(tmp_path):
    rows = [
        {"article_id": "a1", "actor_key": "person:vell", "text": "Vell", "start_char": 0},
        {"article_id": "a1", "actor_key": "country:norland", "text": "Norland", "end_char": 9},
    ]
    article = {"article_id": "a1", "title": "T", "date": "", "n_words": 3, "text": "Vell"}
    batch = [{spec.name: [] for spec in LOCAL_TABLES}]
    batch[0][LOCAL_MENTIONS.name] = rows
    batch[0][ARTICLES.name] = [article]
    plain = {spec.name: _frame(batch, spec) for spec in LOCAL_TABLES}
    typed = {
        spec.name: frame_from_rows([row for one in batch for row in one[spec.name]], spec)
        for spec in LOCAL_TABLES
    }
    tables = []
    for name, frames in (("plain", plain), ("typed", typed)):
        with Store(tmp_path / f"{name}.duckdb") as store:
            store.add(frames, "v1")
            tables.append(store.local_tables())
    for spec in LOCAL_TABLES:
        assert tables[0][spec.name].equals(tables[1][spec.name]), spec.name
    assert tables[0][LOCAL_MENTIONS.name]["end_char"].tolist() == [0, 9]


REFERENCE_TEXTS = [
    "Defence Minister Ilse Varga of Norland said on Monday that the country will send two "
    "frigates to the Strait of Vell. She added that the Northland Defence Alliance (NDA) "
    "is ready to help. The Alliance will meet in Port Alden.",
    'The Foreign Secretary, Helen Ashby, told reporters: "We will not accept the demand." '
    "Ashby said he had spoken to Admiral Corin Dast. The minister promised to publish the "
    "report by March. The NDA refused to comment, and Dast warned Valdonia of sanctions.",
    "Osric Tallow, the Valdonian ambassador, pledged support for the ceasefire. Tallow "
    "would like to see talks resume. He urged both sides to show restraint. Will the "
    "talks succeed? Nobody knows.",
    "Lord Brannock of Eastmere told the chamber that the 3rd Battalion will leave Port "
    "Alden. Task Force 52 escorted the convoy. Brannock said the Velmarian navy would help.",
]


def _every_token(doc, words=None, **_):
    return list(range(len(doc)))


def _rows(nlp, texts):
    from analysis.build import article_rows, theme_matcher
    from analysis.themes import default_taxonomy

    matcher = theme_matcher(default_taxonomy())
    out = []
    for i, doc in enumerate(nlp.pipe(texts)):
        article = Article(f"a{i}", "", "2024-05-01", "", "", "", texts[i])
        genders = quote_coref.attribution(doc, actors.article_actors(doc)).pronoun_genders
        out.append((doc.to_json()["ents"], genders, article_rows(doc, article, matcher)))
    return out


def test_extractors_read_from_arrays_give_what_a_walk_over_every_token_gives(nlp, monkeypatch):
    fast = _rows(nlp, REFERENCE_TEXTS)
    assert any(row["cue"] for *_, rows in fast for row in rows["local_commitments"])
    assert any(m["kind"] == "pronoun" for *_, rows in fast for m in rows["local_mentions"])
    assert any(m["kind"] == "role" for *_, rows in fast for m in rows["local_mentions"])
    assert any(genders for _, genders, _ in fast)
    # Every fast path replaced by the walk over every token it stands for.
    for module in (actors, actor_rules, name_boundaries, quote_coref):
        monkeypatch.setattr(module, "token_indices", _every_token)
    monkeypatch.setattr(abbreviations, "_all_capitals", _every_token)
    monkeypatch.setattr(commitments, "cue_candidates", lambda sent: range(sent.start, sent.end))
    monkeypatch.setattr(actor_rules, "whole_words", _pattern_matches)
    assert _rows(nlp, REFERENCE_TEXTS) == fast


def _pattern_matches(text, word):
    pattern = rf"(?<![\w-]){re.escape(word)}(?![\w-])"
    return [(m.start(), m.end()) for m in re.finditer(pattern, text)]


def test_cue_candidates_hold_every_token_that_starts_a_cue(nlp):
    lex = cue_lexicon()
    found = 0
    for doc in nlp.pipe(REFERENCE_TEXTS):
        for sent in doc.sents:
            starts = [t.i for t in sent if find_cue(t, lex) is not None]
            candidates = cue_candidates(sent)
            assert set(starts) <= set(candidates)
            assert all(sent.start <= i < sent.end for i in candidates)
            assert len(candidates) < len(sent)  # determiners, names, punctuation left out
            found += len(starts)
    assert found >= 5


def _spans(ents):
    return [(e.start, e.end, e.label_) for e in ents]


def test_rules_over_untagged_words_find_from_arrays_what_a_walk_finds(nlp, monkeypatch):
    doc = nlp(
        "Lord Brannock of Eastmere said the 3rd Battalion would leave. Task Force 52 "
        "escorted the convoy. Marta Quell arrived later; Quell said little."
    )
    surname = next(t.i for t in doc if t.text == "Quell" and doc[t.i - 1].text != "Marta")
    person = [Span(doc, surname, surname + 1, label="PERSON")]
    rules = (
        lambda: name_boundaries.numbered_units(doc, []),
        lambda: actor_rules._peers(doc, []),
        lambda: actor_rules._add_given_names(doc, person),
    )
    fast = [_spans(rule()) for rule in rules]
    texts = [[doc[s:e].text for s, e, _ in found] for found in fast]
    assert texts == [
        ["3rd Battalion", "Task Force 52"],
        ["Brannock of Eastmere"],  # the peer, without the title
        ["Quell", "Marta Quell"],  # the given name found before the surname
    ]
    for module in (actor_rules, name_boundaries):
        monkeypatch.setattr(module, "token_indices", _every_token)
    assert [_spans(rule()) for rule in rules] == fast
