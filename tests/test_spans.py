"""entity_at: the entity covering a token, exactly as doc.ents holds it."""

from __future__ import annotations

from analysis.pipeline import nlp
from analysis.spans import entity_at


def test_every_token_finds_the_entity_of_doc_ents_that_covers_it():
    doc = nlp()(
        "The European Union and India signed a security and defence partnership in New "
        "Delhi on Tuesday, and Japan pledged 2.5 billion euros to the Asian Development Bank."
    )
    assert len(doc.ents) >= 5
    covering = {t.i: ent for ent in doc.ents for t in ent}
    for token in doc:
        found = entity_at(token)
        if token.i not in covering:
            assert found is None, token.text
            continue
        ent = covering[token.i]
        assert (found.start, found.end, found.label_, found.ent_id_) == (
            ent.start,
            ent.end,
            ent.label_,
            ent.ent_id_,
        )


def test_two_entities_side_by_side_stay_apart():
    from spacy.tokens import Span

    doc = nlp().make_doc("Chile Peru Bolivia")
    doc.ents = [Span(doc, 0, 1, "GPE"), Span(doc, 1, 3, "GPE")]
    assert [entity_at(t).text for t in doc] == ["Chile", "Peru Bolivia", "Peru Bolivia"]


def test_sentence_index_counts_the_sentences_before_a_token():
    from analysis.spans import sentence_index

    doc = nlp()("Chile signed the accord. Peru welcomed it. Bolivia abstained from the vote.")
    sents = list(doc.sents)
    assert len(sents) == 3
    assert [sentence_index(s[0]) for s in sents] == [0, 1, 2]
    assert sentence_index(sents[2][-1]) == 2
