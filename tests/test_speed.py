"""Speed changes that must not change any output: the same sentence starts, entities,
groups and tables as the plain way of doing the same work."""

from __future__ import annotations

import numpy
import pytest
import spacy
from spacy.attrs import SENT_START

from analysis.articles import read_articles
from analysis.build import build
from analysis.components import _ends_line, _is_word, paragraph_sentences
from analysis.entity_rules import add_ruler_patterns, entity_patterns
from analysis.model import load_model
from analysis.processing import MIN_GROUP, _groups
from analysis.tables import TABLE_NAMES
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
