"""A definite role phrase as quote speaker or commitment subject (role_coref)."""

from __future__ import annotations

import pytest
from extraction import commitment_rows

from analysis.actors import article_actors
from analysis.quotes import attribution, quotations
from analysis.role_coref import role_phrase
from analysis.roles import holds_role, phrase_office, word_office


def speaker_of(nlp, text: str, quote_start: str) -> str:
    doc = nlp(text)
    rows = [r for r in quotations(doc, article_actors(doc)) if r["quote"].startswith(quote_start)]
    assert len(rows) == 1
    return rows[0]["speaker"]


@pytest.mark.parametrize(
    ("text", "quote_start", "speaker"),
    [
        # the holder of the role named with a narrowing word, not the other minister
        (
            'Defence Minister Karl Holm met Finance Minister Ada Berg. "The budget will not '
            'be cut this year at all," the finance minister said.',
            "The budget",
            "Ada Berg",
        ),
        # the role with the affiliation the phrase names, not the other party's leader
        (
            "Greens leader Mara Olsen and Conservative leader Piet Dalby met on Monday. "
            '"We will not support this budget at all," said the Conservative leader.',
            "We will",
            "Piet Dalby",
        ),
        # "prime minister" is one office: the premier, not the foreign minister
        (
            "Norland's Prime Minister Lena Varr visited Osmark, where Foreign Minister Jon "
            'Ekberg met her. "Our two nations will sign the accord next year," the prime '
            "minister said.",
            "Our two",
            "Lena Varr",
        ),
        # nobody named holds the role: the person the sentence before names is described
        (
            "Peter Vellman won the primary in Valdonia on Tuesday. The Valdonia senator told "
            'reporters: "We will fight on until the very end of this race."',
            "We will",
            "Peter Vellman",
        ),
    ],
)
def test_a_role_phrase_speaks_for_the_person_holding_the_role(
    nlp, text: str, quote_start: str, speaker: str
) -> None:
    assert speaker_of(nlp, text, quote_start) == speaker


def test_a_role_phrase_subject_of_a_commitment_is_the_role_holder(nlp) -> None:
    text = (
        "Defence Minister Karl Holm met Finance Minister Ada Berg in Valdonia. The finance "
        "minister pledged to send twenty million euros to the fund next year."
    )
    rows = commitment_rows(nlp, text)
    assert {row["actor"] for row in rows if row["cue"] == "pledged"} == {"Ada Berg"}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # an office nobody holds yet
        ("Ivo Tarn resigned on Monday. The new governor said he would stay.", "governor"),
        # several leaders, no single one
        ("The leaders met on Monday and agreed to talk again.", "leaders"),
        # someone else's role
        ("Ivo Tarn's spokesman said the talks would go on.", "spokesman"),
    ],
)
def test_a_phrase_that_names_no_single_holder_is_no_role_phrase(nlp, text: str, word: str) -> None:
    doc = nlp(text)
    context = attribution(doc, article_actors(doc))
    token = next(t for t in doc if t.text == word)
    assert role_phrase(token, context) is None


def test_a_person_with_another_title_is_not_described_by_the_role(nlp) -> None:
    text = (
        "The lawyer Ivo Tarn spoke for an hour on Monday. The judge said: "
        '"We will hear the witnesses again next week."'
    )
    assert speaker_of(nlp, text, "We will") != "Ivo Tarn"


@pytest.mark.parametrize(
    ("text", "quote_start", "speaker"),
    [
        # the unnamed spokeswoman introduced with "a" is meant, not the person before
        (
            "Mara Olsen died on Monday in Valdonia, a spokeswoman for the family told "
            'reporters. "She was there for treatment of a long illness," the spokeswoman '
            "said.",
            "She was",
            "Mara Olsen",
        ),
    ],
)
def test_an_unnamed_role_introduced_before_is_not_resolved_to_a_named_person(
    nlp, text: str, quote_start: str, speaker: str
) -> None:
    assert speaker_of(nlp, text, quote_start) != speaker


def test_a_name_after_the_role_and_a_comma_is_its_holder_not_an_earlier_leader(nlp) -> None:
    text = (
        "Greens leader Mara Olsen spoke first. According to the union head, Special Advisor "
        'Peter Vellman, the plan is "the best that could be drawn up in such a short time".'
    )
    assert speaker_of(nlp, text, "the best") != "Mara Olsen"


@pytest.mark.parametrize(
    ("text", "phrase", "quote_start", "person"),
    [
        # a word of the same role class as the title ("envoy" for an ambassador)
        (
            "Ambassador Ivo Tarn arrived in Valdonia on Monday. The envoy told reporters: "
            '"We will reopen the consulate before the end of the year."',
            "The envoy",
            "We will",
            "Ivo Tarn",
        ),
        # "prime minister" is one office: the premier, not the other minister
        (
            "Prime Minister Lena Varr met Trade Minister Jon Ekberg in Osmark. The prime "
            'minister said: "Our two nations will sign the accord next spring."',
            "The prime minister",
            "Our two",
            "Lena Varr",
        ),
        # a narrowing word picks the holder among two of one class
        (
            "Defence Minister Karl Holm met Finance Minister Ada Berg in Valdonia. The finance "
            'minister said: "The budget will not be cut this year at all."',
            "The finance minister",
            "The budget",
            "Ada Berg",
        ),
    ],
)
def test_a_role_phrase_is_one_person_as_mention_and_as_speaker(
    nlp, text: str, phrase: str, quote_start: str, person: str
) -> None:
    doc = nlp(text)
    actors = article_actors(doc)
    start = text.index(phrase)
    mentions = [
        m for m in actors.mentions if m.kind == "role" and m.start_char <= start < m.end_char
    ]
    assert [actors.actors[m.actor_key].name for m in mentions] == [person]
    assert speaker_of(nlp, text, quote_start) == person


@pytest.mark.parametrize(
    ("head", "phrase", "title", "held"),
    [
        ("envoy", "the envoy", "Ambassador", True),  # one role class
        ("minister", "the prime minister", "Prime Minister", True),
        ("minister", "the minister", "Prime Minister", False),  # a premier is no minister
        ("pm", "the pm", "Prime Minister", True),
        ("minister", "the finance minister", "Defence Minister", False),  # narrowing word
        ("secretary", "the secretary of state", "Secretary of State", True),
        ("king", "the king", "Queen", False),  # a king is no queen
        ("head", "the head", "Chairman", False),  # "head" is only a head
        ("director", "the director", "Director", True),  # a word in no class is its own
    ],
)
def test_whether_a_title_holds_a_role_phrase(
    head: str, phrase: str, title: str, held: bool
) -> None:
    office = phrase_office(head, phrase.split()) or word_office(head)
    assert holds_role(office, title.lower().split()) is held


@pytest.mark.parametrize(
    ("phrase", "speaker"),
    [
        # a title modifier narrows the role ("acting"): only the acting holder holds it
        ("the acting president", "Ivo Tarn"),
        # the plain role: the holder of the plain title, not the acting one
        ("the president", "Lena Varr"),
    ],
)
def test_a_title_modifier_narrows_a_role_phrase(nlp, phrase, speaker):
    text = (
        "Acting President Ivo Tarn met President Lena Varr of Osmark in the capital.\n\n"
        f'"Our two parties will sign the accord next year," {phrase} said.'
    )
    assert speaker_of(nlp, text, "Our two") == speaker


def test_title_modifiers_and_qualifiers_are_one_list_of_narrowing_words():
    assert phrase_office("president", {"the", "acting", "president"}).qualifiers == {"acting"}
    assert phrase_office("president", {"the", "first", "president"}).qualifiers == frozenset()
    assert phrase_office("minister", {"the", "prime", "minister"}).qualifiers == frozenset()
    assert not holds_role(phrase_office("president", {"acting", "president"}), {"president"})


@pytest.mark.parametrize("name", ["Andris Kalnins", "Tomas Berzins"])
def test_a_role_phrase_with_its_holder_in_apposition_is_that_holder(nlp, name: str) -> None:
    # the parser hangs the name on the state after "of"; the role's earlier holder of
    # another state is not meant
    text = (
        "President Karl Berg thanked the crew. The president of Latvia, "
        f"{name}, said that he had called Karl Berg about the border dispute, asking "
        "him to pull his troops back from the river. The president of Latvia, "
        f'{name}, said: "We will not yield to this kind of pressure from anyone."'
    )
    rows = commitment_rows(nlp, text)
    assert {r["actor"] for r in rows if r["cue"] == "asking"} == {name}
    assert speaker_of(nlp, text, "We will not") == name
