"""Quote speakers for layouts that carry a speaker on from an earlier quote (real model)."""

from __future__ import annotations

import pytest

from analysis.actors import ArticleActors, LocalActor, article_actors
from analysis.quote_coref import Speaker
from analysis.quotes import _checked, _unswallowed, quotations


def speaker_of(nlp, text: str, quote_start: str) -> str:
    """Return the speaker of the quote starting ``quote_start``; "" when the words are no
    quotation at all (a phrase of the writer's nobody is named for is dropped)."""
    doc = nlp(text)
    rows = [r for r in quotations(doc, article_actors(doc)) if r["quote"].startswith(quote_start)]
    return rows[0]["speaker"] if rows else ""


@pytest.mark.parametrize(
    ("text", "quote_start", "speaker"),
    [
        # a second quote right after the first, with only marks between them
        (
            "Prime Minister Ana Reyes gave a speech in the capital. “Any time you stop the "
            "shelling, we will stop too,” “The only way forward is to sit down and talk.”",
            "The only way",
            "Ana Reyes",
        ),
        # a paragraph opening with a quote after a paragraph of the same speaker's quote,
        # with the writer's words after it and no new tag
        (
            "Foreign Minister Lena Holt spoke in Oslo on Monday. "
            '"We will keep our troops in the north until the border is safe," she said.\n\n'
            '"Nobody should doubt our resolve. The army is ready to act." Holt then left.',
            "Nobody should",
            "Lena Holt",
        ),
    ],
)
def test_a_quote_without_a_tag_goes_on_with_the_quote_before(
    nlp, text: str, quote_start: str, speaker: str
) -> None:
    assert speaker_of(nlp, text, quote_start) == speaker


@pytest.mark.parametrize(
    "lead",
    [
        'She spoke about the "Green Line" and said that patrols would continue all winter.',
        'She spoke of "Border Fever" and asked the villages to be patient with the checks.',
    ],
)
def test_a_term_in_marks_cuts_nothing_off_the_sentence_that_speaks(nlp, lead: str) -> None:
    # the capitalised term is the writer's, not a quotation: the sentence before the
    # untagged quote still runs from its subject, and that subject speaks
    text = (
        f"Colonel Dana Ruiz met the village elders on Sunday. {lead} "
        '"Nobody here should fear the soldiers. We came to keep the roads open."'
    )
    assert speaker_of(nlp, text, "Nobody here") == "Dana Ruiz"


@pytest.mark.parametrize("voice", ["Spokesman", "spokesman"])
def test_a_spokesman_after_a_bodys_name_speaks_for_the_body(nlp, voice: str) -> None:
    text = (
        'Shells fell near the border post on Monday. "Nobody on our side fired first, and '
        f'we have the logs to show it," said a Norland Defence Ministry {voice}.'
    )
    assert speaker_of(nlp, text, "Nobody on our side") == "Norland Defence Ministry"


@pytest.mark.parametrize(
    "tag",
    ["The foreign ministry of Norway said", "The Norwegian foreign ministry said"],
)
def test_one_ministry_of_a_state_never_speaks_for_another(nlp, tag: str) -> None:
    text = (
        "Two envoys met at the Interior Ministry of Norway on Monday. "
        f'{tag} that it would "work with the police until the men behind this are found."'
    )
    assert speaker_of(nlp, text, "work with") != "Interior Ministry of Norway"


def test_an_announcement_made_by_a_person_is_that_persons(nlp) -> None:
    text = (
        'The new law will "keep every harbour open to boats in distress" according to an '
        "announcement made by Norway's Prime Minister Ivo Tal in Oslo."
    )
    assert speaker_of(nlp, text, "keep every") == "Ivo Tal"


def test_a_services_informer_speaks_for_himself(nlp) -> None:
    text = (
        "According to the weekly, the Norland Intelligence Agency's informer said: \"I left "
        'the meeting at noon and met my contact near the river."'
    )
    assert speaker_of(nlp, text, "I left") != "Norland Intelligence Agency"


def test_a_paragraph_opening_with_a_quote_and_its_own_tag_keeps_its_tag(nlp) -> None:
    text = (
        'Foreign Minister Lena Holt spoke in Oslo. "We will stay in the north," she said.\n\n'
        '"The border is not safe yet," Defence Minister Paul Vedder said on Tuesday.'
    )
    assert speaker_of(nlp, text, "The border") == "Paul Vedder"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a common noun joined after the subject's "of" phrase belongs to that phrase
        (
            '"It is a firm offer. You cannot pick only the parts you like," said Vedder of '
            "the trade proposals and the delays on both sides.",
            "Vedder",
        ),
        # two named speakers stay joint
        (
            '"We will meet again in March and sign the treaty," Lena Holt and Paul Vedder said.',
            "Lena Holt and Paul Vedder",
        ),
    ],
)
def test_what_a_speaker_is_said_of_is_no_second_speaker(nlp, text: str, speaker: str) -> None:
    assert speaker_of(nlp, text, text[1:8]) == speaker


def test_a_quote_finishing_a_reported_sentence_takes_no_tag_from_the_next(nlp) -> None:
    text = (
        'Foreign Minister Lena Holt spoke on Monday. She said that his "plan does not help '
        'anyone in the region. It is a mistake that will cost lives." Paul Vedder praised '
        "the army for its work in the north."
    )
    assert speaker_of(nlp, text, "plan does") == "Lena Holt"


def test_a_quote_standing_alone_still_takes_the_tag_after_it(nlp) -> None:
    text = (
        'Foreign Minister Lena Holt spoke on Monday. "The plan does not help anyone in the '
        'region. It is a mistake that will cost lives." Paul Vedder said in reply.'
    )
    assert speaker_of(nlp, text, "The plan") == "Paul Vedder"


@pytest.mark.parametrize(
    ("text", "quote_start", "speaker"),
    [
        # the writer named "from" speaks, not the envoy who delivered the letter
        (
            "A letter from President Marek Olin, delivered by envoy Tomas Brandt, said it was "
            '"written to open a new chapter between our two nations."',
            "written to",
            "Marek Olin",
        ),
        (
            "Envoy Tomas Brandt delivered a message from President Marek Olin. "
            '"We want to open a new chapter between our two nations," the message said.',
            "We want",
            "Marek Olin",
        ),
    ],
)
def test_a_sent_document_speaks_for_its_writer(
    nlp, text: str, quote_start: str, speaker: str
) -> None:
    assert speaker_of(nlp, text, quote_start) == speaker


def test_who_carries_a_letter_is_not_its_writer(nlp) -> None:
    text = (
        "Envoy Tomas Brandt arrived in the capital on Monday.\n\n"
        'The letter, delivered by Tomas Brandt, said it was "written to open a new chapter '
        'between our two nations."'
    )
    assert speaker_of(nlp, text, "written to") != "Tomas Brandt"


@pytest.mark.parametrize(
    ("text", "quote_start", "speaker"),
    [
        (
            "Former envoy Helen Marsh spent ten years in the region. Her memoir Winter Roads "
            'says "the talks were doomed from the start because nobody trusted the mediators."',
            "the talks",
            "Helen Marsh",
        ),
        (
            "Helen Marsh's book, Winter Roads, argues that \"the talks were doomed from the "
            'start because nobody trusted the mediators."',
            "the talks",
            "Helen Marsh",
        ),
        (
            'The study, Arctic Futures, by analyst Karl Dunmore, says "the alliance has never '
            'had a plan for the Arctic and it never will."',
            "the alliance",
            "Karl Dunmore",
        ),
    ],
)
def test_a_work_speaks_for_its_author_not_its_title(
    nlp, text: str, quote_start: str, speaker: str
) -> None:
    assert speaker_of(nlp, text, quote_start) == speaker


def test_the_bare_noun_of_an_idiom_is_no_speaker_of_a_participle(nlp) -> None:
    text = (
        'Tarn Holm also makes reference to the two captured soldiers saying, "The prisoners '
        'in our jails do not move anyone while two soldiers move the whole world."'
    )
    assert speaker_of(nlp, text, "The prisoners") == "Tarn Holm"


def _actors(*people: tuple[str, str]) -> ArticleActors:
    return ArticleActors(
        actors={key: LocalActor(key=key, name=name, type=kind) for key, name, kind in people}
    )


def test_a_name_that_swallowed_an_outlet_word_is_the_person_of_that_surname() -> None:
    actors = _actors(
        ("person:tarn-veller", "Tarn Veller", "person"),
        ("person:times-veller", "Times Veller", "person"),
    )
    speaker = Speaker(actors.actors["person:times-veller"], "Times Veller", "said")
    assert _unswallowed(speaker, actors).actor.name == "Tarn Veller"


def test_a_name_that_swallowed_a_body_word_keeps_only_the_person() -> None:
    actors = _actors(("person:community-wagner", "Community Wagner", "person"))
    speaker = Speaker(actors.actors["person:community-wagner"], "Community Wagner", "said")
    assert _unswallowed(speaker, actors).written == "Wagner"


def test_a_place_never_speaks() -> None:
    actors = _actors(("place:harbourton", "Harbourton", "place"))
    speaker = Speaker(actors.actors["place:harbourton"], "Harbourton", "according to")
    assert _checked(speaker).actor is None
    assert _checked(speaker).written == ""


@pytest.mark.parametrize("name", ["Interfax", "Kyodo"])
def test_an_agency_the_model_took_for_a_person_never_speaks(name: str) -> None:
    actors = _actors((f"person:{name.lower()}", name, "person"))
    speaker = Speaker(actors.actors[f"person:{name.lower()}"], name, "reports")
    assert _checked(speaker).actor is None
    assert _checked(speaker).written == ""


def test_a_site_named_by_its_address_never_speaks_whatever_follows_it() -> None:
    speaker = Speaker(None, "Harbourwatch.com quote", "reported")
    assert _checked(speaker).written == ""


def test_a_semicolon_before_a_quote_leads_in_like_a_colon(nlp) -> None:
    text = (
        "Dr. Tarn Veller spoke in the capital on Monday.\n\n"
        "Dr. Veller lambasted every aspect of the government's position in the conflict; "
        '"Any comparison between the two leaders is unfair to the people who suffer."'
    )
    assert speaker_of(nlp, text, "Any comparison") == "Tarn Veller"


def test_a_document_with_no_issuer_is_that_of_who_just_made_the_claim(nlp) -> None:
    text = (
        "Norland claimed that its rangers patrolling the border met Valdonian troops and "
        'asked them to go back. The strongly-worded complaint stated, "the intrusion of the '
        "Valdonian soldiers into Norland's territory is a serious violation of its "
        'sovereignty."'
    )
    assert speaker_of(nlp, text, "the intrusion") == "Norland"


def test_a_lead_in_the_parser_hung_off_the_quote_is_about_its_subject(nlp) -> None:
    text = (
        "Dr. Tarn Veller spoke in the capital on Monday.\n\n"
        "Dr. Veller lambasted every aspect of Norland's position in this conflict; \"Any "
        "comparison between the two leaders' speeches must conclude that the latter is more "
        'rational."'
    )
    assert speaker_of(nlp, text, "Any comparison") == "Tarn Veller"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Norland published a reaction to the speech of Valdonian President Marek Olin on "
            'Monday: "This is nothing but a plot to drag the whole region into a war."',
            "Norland",
        ),
        (
            "The Harbour Union released a reply to the remarks of Prime Minister Lena Holt: "
            '"This is nothing but a plot to drag the whole region into a war."',
            "Harbour Union",
        ),
    ],
)
def test_a_response_in_a_colon_lead_in_is_its_givers_not_the_one_answered(
    nlp, text: str, speaker: str
) -> None:
    assert speaker_of(nlp, text, "This is") == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Senator Dale Kimber spoke on Monday. The publication of the ministry's \"Plans in "
        'Case of a Border War" has suggested that the government expects fighting.',
        "The think-tank commented that \"'Border War' Becomes the Question\" in its weekly letter.",
    ],
)
def test_title_case_words_in_the_writers_clause_are_a_title(nlp, text: str) -> None:
    doc = nlp(text)
    assert quotations(doc, article_actors(doc)) == []


def test_a_chant_with_lower_case_words_stays_a_quotation(nlp) -> None:
    text = 'The protesters chanted "Vell Tarn: Bad for Norland, bad for you" outside the hall.'
    doc = nlp(text)
    assert [r["quote"] for r in quotations(doc, article_actors(doc))] == [
        "Vell Tarn: Bad for Norland, bad for you"
    ]


@pytest.mark.parametrize(
    "text",
    [
        'One flier warned: "You must leave these villages immediately and go north."',
        '"Full cessation of hostilities based on the release of the soldiers," the draft calls for.',
        'The website for the campaign proclaims: "There are colleges and then there are colleges."',
        # parts of a text and texts of law, campaigns and broadcasts
        'Article 12 of the Norland constitution says that "no one shall be held without a '
        'charge for more than three days."',
        'The 40-page indictment alleges that Varga "knowingly hid the payments from the '
        'auditors of the firm."',
        'The script opened by saying "This is the emergency service. Stay in your homes and '
        'wait for further news."',
        'The party platform said "look after yourself; there is no help for you in this country."',
        # ideas and manners written as the subject
        'Such ideas were rejected when a judge ruled that the plan "would be plain to any '
        'reader of the text."',
    ],
)
def test_a_thing_named_with_an_article_is_no_speaker(nlp, text: str) -> None:
    doc = nlp(text)
    assert [r["speaker"] for r in quotations(doc, article_actors(doc))] in ([], [""])


@pytest.mark.parametrize(
    "text",
    [
        "The United States Embassy in Nairobi, Kenya has warned citizens in a statement on its "
        'website that "foreign terrorists may be planning a series of bombings" in the capital.',
        'The French Embassy in Dakar, Senegal said in a statement that "all French citizens '
        'should avoid the city centre until further notice."',
    ],
)
def test_the_country_of_a_place_is_not_the_subject_it_follows(nlp, text: str) -> None:
    doc = nlp(text)
    speakers = [r["speaker"] for r in quotations(doc, article_actors(doc))]
    assert speakers and all(s.endswith("Embassy") for s in speakers)


@pytest.mark.parametrize(
    ("text", "quote_start", "speaker"),
    [
        # an inverted tag whose document the parser made the object; issuer in the
        # paragraph before
        (
            "The Norland army responded with tighter checkpoints.\n\n"
            '"The army will not let the freedom of the press be used to hurt public order," '
            "declared the military statement.",
            "The army will",
            "Norland",
        ),
        # a draft speaks for who proposed it in the paragraph before
        (
            'The Valdonian Workers League also proposed a new "border protection" law.\n\n'
            'The nine article draft states that "Valdonia is already a free state and owes '
            'nothing to its neighbours".',
            "Valdonia is",
            "Valdonian Workers League",
        ),
    ],
)
def test_a_document_naming_no_issuer_speaks_for_who_acted_just_before(
    nlp, text: str, quote_start: str, speaker: str
) -> None:
    assert speaker_of(nlp, text, quote_start) == speaker


def test_a_document_phrase_holding_the_quote_takes_no_teller_from_before(nlp) -> None:
    text = (
        "Tom Varga said the case has become a matter of politics.\n\n"
        "Reported separately, the disputed 'orders for arrest without any charge', brought "
        "in last week under the new law, could be used against members of the group."
    )
    doc = nlp(text)
    assert [r["speaker"] for r in quotations(doc, article_actors(doc))] in ([], [""])


def test_a_hyphenated_term_in_marks_is_no_quotation(nlp) -> None:
    # a hyphenated term in marks is a term of two words, not a four-word quotation
    text = (
        "Reported separately, the disputed 'arrest-without-charge orders', brought in last "
        "week under the new law, could be used against members of the group."
    )
    doc = nlp(text)
    assert quotations(doc, article_actors(doc)) == []


def test_a_speakers_own_hyphenated_phrase_stays_a_quotation(nlp) -> None:
    text = 'Senator Ana Berg said the reviews found "across-the-board failures" in the agency.'
    assert speaker_of(nlp, text, "across") == "Ana Berg"


@pytest.mark.parametrize(
    ("text", "quote_start", "speaker"),
    [
        # a person named by a common noun nearer the cue than the body's name
        (
            "The Norland Marine Corps said the shooting was lawful.\n\n"
            "In a video, a Norland marine fires at a wounded man. When the Marine walked up "
            'to the man, the marine is heard on the tape saying, "He is only pretending."',
            "He is only",
            "the marine",
        ),
        # a demonym on a rank-and-file person is no state speaking
        (
            "Churches in Valdonia mourned the bishop. One Chilean priest is reported as "
            'declaring, "the bishop knew the regime well and always helped us keep the faith," '
            "the agency quoted.",
            "the bishop knew",
            "One Chilean priest",
        ),
    ],
)
def test_one_person_named_by_a_common_noun_is_no_body(
    nlp, text: str, quote_start: str, speaker: str
) -> None:
    assert speaker_of(nlp, text, quote_start) == speaker


def test_a_pronoun_after_a_quote_split_by_the_parser_finds_the_role_subject_before(nlp) -> None:
    text = (
        'Organiser Tom Varga said the police were heavy handed. "It was over the top," he '
        "said. One protester said that despite the threat of charges he would continue. "
        '"I don\'t want trouble but... we have nothing but our hands," he said.'
    )
    assert speaker_of(nlp, text, "I don't want") == "One protester"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'The mine belongs to Arrow Kenya. Arrow Kenya itself said "there has been no '
            'mining in the area since the war began".',
            "Arrow Kenya",
        ),
        (
            'Rights groups criticised the arrests. Indymedia Austria claims, "We have clear '
            'evidence that the man is innocent and we can show it to anyone."',
            "Indymedia Austria",
        ),
    ],
)
def test_a_body_named_after_a_country_speaks_not_the_country(nlp, text: str, speaker: str) -> None:
    doc = nlp(text)
    assert [r["speaker"] for r in quotations(doc, article_actors(doc))] == [speaker]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # the one asked in the passive is no speaker of the question; the answer is his
        (
            "Minister Jana Holm denied that any prisoner was mistreated. President Tarn was "
            'also asked, "Mr. President, your own ministry has reported that the camps are '
            'full. Why do you keep them open?"\n\n"Well, we have made the decision to keep '
            'the border safe," Tarn replied.',
            ["", "Tarn"],
        ),
        # with its agent, the asker speaks
        (
            'Jana Holm, the foreign minister, was asked by reporter Ivo Marek, "Will you '
            'resign over the leak?"',
            ["Ivo Marek"],
        ),
    ],
)
def test_who_was_asked_is_no_speaker_of_the_question(nlp, text: str, speakers: list) -> None:
    doc = nlp(text)
    assert [r["speaker"] for r in quotations(doc, article_actors(doc))] == speakers


def test_the_country_owning_an_outlets_name_does_not_speak(nlp) -> None:
    text = (
        "The opposition attacked the government over the scandal. The new claims have "
        '"been more damaging than anything heard so far", to quote Norland\'s NTV News.'
    )
    doc = nlp(text)
    assert [r["speaker"] for r in quotations(doc, article_actors(doc))] in ([], [""])


def test_who_is_the_person_just_before_it(nlp) -> None:
    text = (
        "The minister's claim was contradicted in Senate testimony by General Ivo Tarn , who "
        'said "In terms of numbers, I believe there are more fighters coming into the country '
        'than there were a year ago."'
    )
    assert speaker_of(nlp, text, "In terms of") == "Ivo Tarn"


def test_a_quote_closed_by_a_comma_keeps_its_own_tag_after_a_semicolon_lead_in(nlp) -> None:
    text = (
        "Opposition parties criticized the president for trying to link the bombing to the "
        "war;\"The president's frequent references to the bombing show the weakness of his "
        'arguments," Jana Holm, the opposition leader, said.'
    )
    assert speaker_of(nlp, text, "The president's") == "Jana Holm"


def test_a_pronoun_goes_on_with_the_role_person_it_stood_for_before(nlp) -> None:
    text = (
        'Foreign Minister Jean Marie Tarvo said the camps were safe. "Nothing justifies their '
        'fear," he said.\n\nA local reporter was in the city recently talking to the locals. '
        'She says that the mood is calm.\n\n"People here believe in the courts. They have '
        'heard rumours of revenge," she said.\n\nSome people fear reprisals after testifying '
        'before the courts.\n\n"Fear is also felt by those who will testify against their '
        'neighbours," she added.'
    )
    assert speaker_of(nlp, text, "Fear is also") == "A local reporter"


@pytest.mark.parametrize(
    ("text", "quote_start", "speaker"),
    [
        # one state speaks "in a statement"; "the statement" two sentences on is its text
        (
            "Norland announced in a statement on Tuesday that it will open its border. "
            "The border has been shut for a year. Traders welcomed the news.\n\n"
            '"The decision follows a careful study of the security situation," the '
            "statement said.",
            "The decision follows",
            "Norland",
        ),
        # a relative clause carries the subject; the later "the statement" goes on with it
        (
            "Norland, Valdonia and Estmark, all of which border Ostria, announced in a "
            "joint statement that they will recognise Kaldora.\n\n"
            '"The recognition of Kaldora rests on careful study," the statement said.\n\n'
            "Ostria protested. Piet Varga, a party spokesman, praised Kaldora.\n\n"
            "The statement says the move was forced by failed talks. "
            '"In these circumstances the change of the old order was unavoidable," the '
            "statement said.",
            "In these circumstances",
            "Norland, Valdonia and Estmark",
        ),
    ],
)
def test_the_statement_is_that_of_who_spoke_in_a_statement_before(
    nlp, text: str, quote_start: str, speaker: str
) -> None:
    assert speaker_of(nlp, text, quote_start) == speaker


@pytest.mark.parametrize(
    ("text", "quote_start", "speaker"),
    [
        # the one charged is no speaker of the charge; "according to" names who charged
        (
            'The leaders of Kaldora were charged with "a serious crime against the order '
            'of the state", according to the Ostrian Interior Ministry.',
            "a serious crime",
            "Ostrian Interior Ministry",
        ),
        # with nobody named as accuser the speaker stays empty
        (
            "Oleg Tarn spoke to reporters on Monday. The rebels were accused of "
            '"burning every village on the road to the coast".',
            "burning every village",
            "",
        ),
    ],
)
def test_who_is_accused_in_a_passive_is_no_speaker(
    nlp, text: str, quote_start: str, speaker: str
) -> None:
    assert speaker_of(nlp, text, quote_start) == speaker


@pytest.mark.parametrize(
    ("text", "quote_start"),
    [
        (
            "President Ivo Holm spoke for an hour. The crowd wore caps and waved banners "
            'reading "Defend our farms from the bankers" and "Norland has no room for '
            'traitors" in support of the party.',
            "Defend our farms",
        ),
        (
            "President Ivo Holm spoke for an hour. The crowd wore caps and waved banners "
            'reading "Defend our farms from the bankers" and "Norland has no room for '
            'traitors" in support of the party.',
            "Norland has no room",
        ),
        (
            "Minister Lena Holt visited the camp. Outside, a placard that said "
            '"Send the soldiers home before the winter" hung on the fence.',
            "Send the soldiers",
        ),
    ],
)
def test_words_on_a_banner_or_sign_are_nobodys_speech(nlp, text: str, quote_start: str) -> None:
    assert speaker_of(nlp, text, quote_start) == ""


@pytest.mark.parametrize(
    ("text", "quote_start", "speaker"),
    [
        # the object of "cause"/"allow" is who speaks in the infinitive after it
        (
            "The launch has caused space analyst Piet Varga to declare that "
            '"a full-fledged arms race has been building between the two powers."',
            "a full-fledged",
            "Piet Varga",
        ),
        # a participle after a thing the parser made its subject is the main subject's
        (
            "Opposition leader Oleg Marsh welcomed the decision stating, "
            '"I came to the conclusion long ago that the premier could not continue."',
            "I came to",
            "Oleg Marsh",
        ),
        # a capitalised role the model took for a body is the person introduced with it
        (
            "Former First Lady Mira Colt spoke in her home. "
            '"I want them to know that if I am elected, we will act at once," the former '
            "First Lady said.",
            "I want them",
            "Mira Colt",
        ),
        # a way of saying something is nobody
        (
            "Marta Lind wrote a long essay on the rule. Another way to say the same thing "
            'is that "people should be allowed to live as they choose."',
            "people should",
            "",
        ),
    ],
)
def test_who_speaks_in_a_clause_that_hangs_off_another_verb(
    nlp, text: str, quote_start: str, speaker: str
) -> None:
    assert speaker_of(nlp, text, quote_start) == speaker


def test_a_name_in_marks_after_a_dash_signs_the_quote_before(nlp) -> None:
    text = (
        'Readers sent comments on hearing the news: "What a day for the country! At last!" '
        '— "Karen" "Guilty as sin. And that is where he is now." — "Michael" "The end of '
        'an era and not a day too soon" — "Hose Man"'
    )
    assert speaker_of(nlp, text, "Guilty as sin") == "Michael"
    assert speaker_of(nlp, text, "The end of") == "Hose Man"


def test_a_signature_is_never_an_actor_who_shares_its_first_name(nlp) -> None:
    text = (
        'Prime Minister John Howard spoke. Readers sent comments: "What a day for the '
        'country! At last!" — "Karen" "Good riddance to a bad ruler" — "John. H."'
    )
    assert speaker_of(nlp, text, "Good riddance") == "John. H"


def test_a_father_named_by_his_son_is_not_someone_named_before(nlp) -> None:
    text = (
        'Prime Minister Oleg Tarn said the state would not pay. He said, "In principle, the '
        'authorities are in contact with the kidnappers but I cannot say any more."\n\n'
        "The kidnappers have not yet answered the request to release Ivo Marsh. Marsh's "
        "father, who is a senator from the Farmers Party, urged the parliament to take a "
        'stand on the demands. He said, "If we do not take a stand, we will have a day of '
        'mourning that senators will remember."'
    )
    assert speaker_of(nlp, text, "If we do not") == "Marsh's father"


def test_a_role_subject_of_a_colon_lead_in_speaks(nlp) -> None:
    text = (
        "Parents of children at Harbour Elementary spoke to the panel on Tuesday.\n\n"
        'Another mother voiced concerns about her child: "My daughter had anemia. Next to '
        'where I live there is a shop where they paint cars, and it all blows toward me."'
    )
    assert speaker_of(nlp, text, "My daughter") == "Another mother"


def test_the_owner_of_a_reaction_that_was_the_quote_speaks(nlp) -> None:
    text = (
        "Ivo Tarn, the party leader, will step down in May. Tarn's reaction to choosing his "
        'successor was, "This is not a royal court and I have no right to say who will '
        'follow me."'
    )
    # the name with a title apposed opens the article, so the person is named in full
    assert speaker_of(nlp, text, "This is not") == "Ivo Tarn"


def test_a_pronoun_after_a_campaign_manager_is_the_manager(nlp) -> None:
    text = (
        "Lena Holt won the caucus. Holt's campaign manager called the vote a close one and "
        'thanked supporters. "Although the other campaign predicted victory weeks ago, we '
        'worked hard to present our vision," she said.'
    )
    assert speaker_of(nlp, text, "Although the other") == "Holt's campaign manager"


def test_a_list_of_chants_after_a_colon_paragraph_is_nobodys_speech(nlp) -> None:
    text = (
        'Opposition leader Lena Holt addressed the crowd. "We will not give up," she said.'
        "\n\nThe crowd stood in front of the court house, waving flags and chanting slogans "
        'aimed at the president. Among the chants were:\n\n"Freedom for the prisoners!" - '
        'listen\n\n"Tarn go home and never come back"\n\n"One, two, three, Tarn go away now"'
    )
    assert speaker_of(nlp, text, "One, two, three") == ""


def test_the_owner_of_a_labelling_speaks_its_words(nlp) -> None:
    text = (
        "Secretary of State Mira Colt urged Norland to return to talks. Norland insists that "
        'Colt\'s labelling of its capital as "an outpost of cruel tyranny" is evidence that it '
        "is seen as an enemy."
    )
    assert speaker_of(nlp, text, "an outpost") == "Mira Colt"


def test_a_lead_in_naming_a_person_whose_surname_is_a_display_word_is_no_list(nlp) -> None:
    text = (
        "Ivo Banner spoke on the radio about the vote.\n\nStated Banner:\n\n"
        '"I think that the stakes are so high that they would do anything to remain in power."'
    )
    assert "Banner" in speaker_of(nlp, text, "I think that")


def test_a_chain_of_one_pronoun_goes_on_with_one_person(nlp) -> None:
    text = (
        "After these statements, his secretary Piet Varga said it would be impossible for "
        'him to resign. "If the people were to choose the path of violence, he would have '
        "to resign,\" Varga said.\n\nOleg Tarn's remarks came at an annual news conference "
        'at the end of the session. He said the intent of the riots was to "undermine the '
        'games in the capital" and "serve their hidden agenda". He added, "This has all the '
        'more revealed that the claims made by the clique are nothing but lies."'
    )
    assert speaker_of(nlp, text, "This has all") == "Oleg Tarn"


def test_who_the_sentence_before_was_according_to_goes_on_speaking(nlp) -> None:
    text = (
        "Militia leader Omar Sadik broke from the premier in 2005. According to political "
        "analyst Hazem Dunn, Sadik is a thorn in the side of other groups that support the "
        'premier. "There is a need to limit their strength and to draw the lines before '
        'they get any stronger," he said.'
    )
    assert speaker_of(nlp, text, "There is a need") == "Hazem Dunn"


def test_the_agent_of_a_passive_in_the_sentence_before_is_the_he(nlp) -> None:
    text = (
        'Prime Minister Omar Vell said the operation would go on. "Our determination is '
        'strong," Vell said.\n\nUS aircraft bombed the district on Friday night. This move '
        'was criticized by Nassar Dunn, a member of Parliament. "We condemn the government '
        'asking foreign forces to carry out airstrikes against our people," he said.'
    )
    assert speaker_of(nlp, text, "We condemn") == "Nassar Dunn"


def test_a_cue_with_a_clause_of_its_own_after_a_quote_is_no_tag_of_it(nlp) -> None:
    text = (
        'Norland and Ostria have ordered troops to the border. "We will not permit this '
        'outrage," said Rafael Tarn. "The situation is extremely grave, and the government '
        'is ready to go to the end." President of Ostria Hugo Marsh said the act was a '
        '"cowardly murder" and insulted the president.'
    )
    assert speaker_of(nlp, text, "The situation") == "Rafael Tarn"


@pytest.mark.parametrize(
    ("text", "quote_start", "speaker"),
    [
        (
            "The Harbour Institute published a study on Monday. According to its authors, the "
            'study "shows that the fleet cannot protect the northern coast for another decade."',
            "shows that",
            "Harbour Institute",
        ),
        (
            "Students of Kirovo University marched on Tuesday. According to their posters, the "
            'rector "must resign before the winter term begins in the city."',
            "must resign",
            "Students of Kirovo University",
        ),
    ],
)
def test_its_or_their_owning_a_speaker_noun_is_resolved(
    nlp, text: str, quote_start: str, speaker: str
) -> None:
    assert speaker_of(nlp, text, quote_start) == speaker


def test_it_after_a_body_that_spoke_in_statements_is_that_body(nlp) -> None:
    text = (
        "Minister Amanda Vell issued a statement last week on the review process.\n\nNIMA "
        'defends itself in previous statements given to the radio, saying it "takes its '
        'obligations under the treaties seriously and does not return people to danger." It '
        'claims to use "comprehensive and current country information on every single case."'
    )
    assert speaker_of(nlp, text, "comprehensive and current") == "NIMA"


def test_a_role_subject_of_a_lead_in_hung_off_the_quote_speaks(nlp) -> None:
    text = (
        "A mother of a pupil told the panel that her daughter has nosebleeds.\n\n"
        'Another mother voiced concerns about her child: "My daughter had anemia . Next to '
        'where I live, there is a shop where they paint cars."'
    )
    assert speaker_of(nlp, text, "My daughter") == "Another mother"


def test_the_he_after_someone_is_allowed_to_respond_is_the_one_allowed(nlp) -> None:
    text = (
        'Senator Ivo Dunn opened the hearing. "This is a serious matter," Dunn said.\n\n'
        "Senator Dunn then allowed Harbour Steel President Don Vell to respond to what the "
        'parents and teacher said.\n\nHe responded, "Before moving here, I met with the City '
        'Council and the School Board."'
    )
    assert speaker_of(nlp, text, "Before moving") == "Don Vell"


def test_they_after_two_people_who_spoke_is_those_people(nlp) -> None:
    text = (
        "In a statement, Senate leader Harry Vell and House Speaker Nancy Tarn responded to "
        'the speech by saying that "their true concern here is not national security." They '
        'said that Bush wants "to protect the financial interests of the big phone companies '
        'and their friends."'
    )
    assert speaker_of(nlp, text, "to protect") == (
        "Senate leader Harry Vell and House Speaker Nancy Tarn"
    )


def test_a_person_named_before_the_pronoun_in_its_sentence_keeps_it(nlp) -> None:
    text = (
        'The launch has caused space analyst Piet Varga to declare that "a full-fledged arms '
        'race has been building between the two powers."\n\nIn September, agency head Mike '
        "Grill caused waves when he suggested that Norland is more likely to reach the moon "
        'first, suggesting that "our people will not like it, but it is the truth."'
    )
    assert speaker_of(nlp, text, "our people") == "Mike Grill"


def test_a_statement_that_finished_by_saying_is_its_issuers(nlp) -> None:
    text = (
        "Senator Ivo Marsh was taken to the hospital on Saturday.\n\nA statement given by Dr. "
        'Lena Holt and Dr. Karl Vedder of the city hospital stated, "Over the last several '
        'days, we have done a series of tests on the senator."\n\nThe statement finished by '
        'saying, "Decisions on the best course of treatment will be made after further '
        'testing."'
    )
    assert speaker_of(nlp, text, "Decisions on") == "Lena Holt"


def test_an_aside_between_dashes_is_the_acting_persons(nlp) -> None:
    text = (
        "Senator Ivo Marsh spoke for an hour in the hall.\n\nWhen Marsh finally wrapped up "
        '— "I will fight for you, and I will win for you!" — the balloons came down on the '
        "crowd."
    )
    assert speaker_of(nlp, text, "I will fight") == "Ivo Marsh"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"There is no water and no power in the whole district," said an employee of the '
            "ministry at the Harbour Hospital.",
            "an employee of the ministry",
        ),
        (
            'An employee of the health ministry at the Harbour Hospital said: "There is no '
            'water and no power in the whole district."',
            "An employee of the health ministry",
        ),
    ],
)
def test_a_long_written_speaker_is_cut_before_its_last_whole_part(
    nlp, text: str, speaker: str
) -> None:
    assert speaker_of(nlp, text, "There is no water") == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'The blockade has been condemned by the Lantern Rights Group as a "collective '
            'punishment of the whole population of the strip."',
            "Lantern Rights Group",
        ),
        (
            'The Harbour Ministry denounced the march, stating that "extremists harm the '
            'peace of the whole city and its people."',
            "Harbour Ministry",
        ),
    ],
)
def test_condemning_verbs_name_who_condemns(nlp, text: str, speaker: str) -> None:
    doc = nlp(text)
    assert [r["speaker"] for r in quotations(doc, article_actors(doc))] == [speaker]


def test_a_long_written_speaker_is_not_cut_after_a_quantity_word(nlp) -> None:
    text = (
        "A number of aid groups, including the Lantern Rights Group and the Harbour Watch, "
        'have sent a letter to Minister Lena Holt alleging that the tribunal is "not equipped '
        'to judge young people fairly at all."'
    )
    assert speaker_of(nlp, text, "not equipped") == "A number of aid groups"


@pytest.mark.parametrize(
    ("text", "quote_start", "speaker"),
    [
        # one person's two titles joined by "and" before the name
        (
            'The ship reached the ice on Monday. "Our task is to show the world that Norland '
            'is a great polar power," said expedition leader and deputy speaker of the '
            "Norland parliament Olaf Brennvik, who was named envoy to the north.",
            "Our task",
            "Olaf Brennvik",
        ),
    ],
)
def test_one_persons_titles_joined_by_and_are_no_joint_speaker(
    nlp, text: str, quote_start: str, speaker: str
) -> None:
    assert speaker_of(nlp, text, quote_start) == speaker


def test_two_holders_each_with_a_determiner_stay_joint(nlp) -> None:
    text = (
        'The talks ended late on Friday. "We have agreed on nothing yet and we will meet '
        'again," said the minister and the ambassador in a joint appearance.'
    )
    assert speaker_of(nlp, text, "We have agreed") == "the minister and the ambassador"


def test_a_fronted_possessive_pronoun_does_not_pick_the_he(nlp) -> None:
    text = (
        "Tomas Vell, the prime minister of Norland, flew to Ostrava this weekend and will "
        "meet President Karl Dunmore tomorrow. Upon his arrival, he told reporters that "
        '"Norland will be a true partner of the new government in the south."'
    )
    assert speaker_of(nlp, text, "Norland will be") == "Tomas Vell"


def test_a_fronted_phrase_naming_a_person_still_picks_the_he(nlp) -> None:
    text = (
        "Karl Dunmore met the press in the morning. After Tomas Vell arrived in the "
        'afternoon, he said: "We have agreed to open the border crossings next week."'
    )
    assert speaker_of(nlp, text, "We have agreed") == "Tomas Vell"


@pytest.mark.parametrize(
    ("text", "quote_start", "speaker"),
    [
        # the passive subject of a quoting verb with an outlet in a prepositional phrase
        (
            "Foreign Minister Ivo Tarn spoke in Brest on Monday. Tarn is quoted in the Harbour "
            'Observer saying, "We have decided to prepare our own sanctions outside the council."',
            "We have decided",
            "Ivo Tarn",
        ),
        # the agent of a passive quoting verb only quotes
        (
            "Foreign Minister Ivo Tarn spoke in Brest on Monday. Tarn was quoted by the Norland "
            'news agency NNA, saying "we will not accept any new border in the north this year."',
            "we will not accept",
            "Ivo Tarn",
        ),
        # an outlet quoting a name after the quote, with no "as saying"
        (
            'President Ivo Tarn met the envoy in Brest on Monday. "The Valdonian government is '
            'now the most isolated in the region," the Daily Courier quoted Tarn.',
            "The Valdonian",
            "Ivo Tarn",
        ),
        # an outlet quoting a name with a bare participle, no "as"
        (
            "President Ivo Tarn met the envoy in Brest on Monday. The Daily Courier quoted Mr. "
            'Tarn saying "I wrote to the council but we got an answer that it will not act."',
            "I wrote",
            "Ivo Tarn",
        ),
        # "him" after an outlet subject is not the outlet
        (
            "President Ivo Tarn met the envoy in Brest on Monday. The Daily Courier quoted him "
            'as saying "the Valdonian government is now the most isolated in the region."',
            "the Valdonian",
            "Ivo Tarn",
        ),
    ],
)
def test_who_a_quoting_verb_quotes_speaks_not_the_outlet(
    nlp, text: str, quote_start: str, speaker: str
) -> None:
    assert speaker_of(nlp, text, quote_start) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"This is a new day for the north," said an opposition official named Karl Ostby.',
            "Karl Ostby",
        ),
        (
            '"We will not leave the valley," said a rebel commander identified as Jon Ekberg.',
            "Jon Ekberg",
        ),
        ('"We are ready for the talks," a spokesman named Arne Dahl told reporters.', "Arne Dahl"),
        # no name given: the role as written
        (
            '"We are ready for the talks," said a spokesman for the ministry.',
            "a spokesman for the ministry",
        ),
    ],
)
def test_a_role_with_a_naming_participle_is_the_person_named(nlp, text: str, speaker: str) -> None:
    assert speaker_of(nlp, text, "") == speaker


@pytest.mark.parametrize(
    ("text", "word", "adjective"),
    [
        (
            "It alleged that the states, during the recently concluded summit, had failed.",
            "concluded",
            True,
        ),
        ("Delegates left the recently concluded talks in Brest.", "concluded", True),
        ("The minister announced the plan on Monday.", "announced", False),
        ("The talks concluded on Friday.", "concluded", False),
    ],
)
def test_a_participle_before_its_noun_is_no_cue(nlp, text: str, word: str, adjective: bool) -> None:
    # "the recently concluded summit": an adjective, not a report whose subject speaks
    from analysis.quote_speaker import _adjective_participle  # noqa: PLC0415

    token = next(t for t in nlp(text) if t.text == word)
    assert _adjective_participle(token) is adjective


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the parser hangs the name off the title's "of" phrase and the cue keeps no subject
        (
            'Norland rejected the call. "We should not put too much emphasis on a threat of this '
            'kind," said Secretary of State Mara Lind also adding that Valdonia will wait.',
            "Mara Lind",
        ),
        # a title with a long "of" phrase and an aside before the name
        (
            "Ivo Tarn's mother Ana Tarn died in May. Executive President of the Valdonian Union, "
            'and Ana\'s son, Ivo Tarn said, "It is a question of feelings and we ask for calm."',
            "Ivo Tarn",
        ),
    ],
)
def test_a_capitalised_title_is_the_person_named_with_it(nlp, text: str, speaker: str) -> None:
    assert speaker_of(nlp, text, "") == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'The strike came as a surprise. "Tarn had no deputy. I cannot think of anyone who '
            'could take his place," was the view of Ivo Marek at the Institute of Strategic '
            "Studies in Brest.",
            "Ivo Marek",
        ),
        (
            'Anger spread across the country. "We believe that the immunity given to the '
            'soldiers encourages such crimes," was the opinion of Prime Minister Ana Holm during '
            "a visit to Brest.",
            "Ana Holm",
        ),
        (
            '"This is the true face of the old order.", was the reaction of film director Ivo '
            "Marek.",
            "Ivo Marek",
        ),
    ],
)
def test_a_quote_said_to_be_the_view_of_someone_is_theirs(nlp, text: str, speaker: str) -> None:
    assert speaker_of(nlp, text, "") == speaker


@pytest.mark.parametrize(
    ("text", "quote_start"),
    [
        (
            "The Norland Security Council voted to renew the mission. Part of Resolution 2210 "
            'reads, "Welcoming the leadership provided by the alliance and the contributions '
            'of many nations to the force."',
            "Welcoming",
        ),
        (
            'The campaign manual tells organisers how to fill the hall. Another part urges: "It '
            'is important to have your volunteers at the door before the doors open."',
            "It is important",
        ),
        (
            "Ivo Marek published his memoirs on Monday. In the book, one quote says "
            '"The old guard never understood what the voters wanted from us."',
            "The old guard",
        ),
    ],
)
def test_a_part_of_a_text_or_a_cited_line_is_no_speaker(nlp, text: str, quote_start: str) -> None:
    assert speaker_of(nlp, text, quote_start).lower().split()[-1:] not in (
        ["part"],
        ["quote"],
    )


# An outlet's editorial is the outlet's voice, and an outlet never speaks: the quote keeps
# an empty speaker instead of falling back to the person quoted in the sentence before.
@pytest.mark.parametrize(
    ("text", "quote_start"),
    [
        (
            "Several parties criticised the decision. Jon Tarn, the party leader, labeled the "
            'decision "a monstrous mistake". The Valdorian newspaper Diario de Marbella '
            'editorialized that "the weapons bought on the open market should never reach '
            'armed groups that could misuse them."',
            "the weapons bought",
        ),
        (
            "Mira Holm answered questions in parliament. The Norland Times editorialised that "
            '"the minister has failed the country and must now go quietly."',
            "the minister has failed",
        ),
    ],
)
def test_an_outlets_editorial_has_no_speaker(nlp, text: str, quote_start: str) -> None:
    assert speaker_of(nlp, text, quote_start) == ""


def test_an_email_is_a_document_not_a_speaker(nlp) -> None:
    text = (
        "Fire destroyed the garage on Monday. At the same time, an e-mail was sent to several "
        'news agencies, where a group calling themselves "Action Group Norbert" claimed '
        'responsibility, saying it is a "protest against the unjust harbour laws of '
        'Valdoria". The police found the computer used for sending the mail.'
    )
    assert speaker_of(nlp, text, "protest against").lower() not in ("mail", "e-mail")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # kin of a named person speak for themselves, as written
        (
            'The mother of Ana Ruiz, one of the hostages, said: "We want our children back '
            'home before it is too late."',
            "The mother of Ana Ruiz",
        ),
        (
            'The brother of Ivo Tarn told reporters, "We have heard nothing from the '
            'embassy for three weeks."',
            "The brother of Ivo Tarn",
        ),
        # kin named in an apposition speak by that name
        (
            'Ivo Tarn was killed in May. The sister of Tarn, Senator Mira Tarn, said, "We '
            'want the truth about his death and nothing less."',
            "Mira Tarn",
        ),
        # a role's "of" phrase still names who it speaks for
        (
            'The spokesman of Ivo Tarn said, "The minister will not resign over this."',
            "Ivo Tarn",
        ),
    ],
)
def test_kin_of_a_person_are_not_that_person(nlp, text: str, speaker: str) -> None:
    assert speaker_of(nlp, text, "We" if "We" in text else "The minister") == speaker


def test_a_name_closing_a_role_subject_speaks(nlp) -> None:
    # the parser hangs the name on the role's phrase: the named person speaks, not the
    # country of the role
    text = (
        "Former chief Norwegian spokesman to the U.N. Michael Stone said the plan was "
        '"a mistake that only weakens our position in the talks."'
    )
    assert speaker_of(nlp, text, "a mistake") == "Michael Stone"


def test_a_title_in_marks_breaks_no_run_of_quotes(nlp) -> None:
    # the programme's name in marks between two quotes is nobody's words: the untagged
    # quote after it goes on with the speaker of the tag before
    text = (
        'The minister is weighing new options, because "things are not going well enough in '
        'the north," Defence Minister Lena Holt said on "Morning Report." '
        '"We have to make some changes."'
    )
    assert speaker_of(nlp, text, "We have to") == "Lena Holt"


@pytest.mark.parametrize(
    "text",
    [
        "Luis Zanon founded the factory in 1980. The workers took it over in 2001. "
        'Says one Zanon worker, "We are willing to defend the factory with our lives."',
        # an inverted tag opening its own paragraph
        "The name comes from the previous owner, Luis Zanon, who owed millions.\n\n"
        'Says one Zanon worker, "We are willing to defend the factory with our lives."',
    ],
)
def test_a_person_naming_a_worker_is_not_the_worker(nlp, text: str) -> None:
    # a worker of the firm named after a person speaks for herself
    assert speaker_of(nlp, text, "We are willing") == "one Zanon worker"


def test_reporters_told_are_never_the_speaker(nlp) -> None:
    text = (
        "Echoing the views of many farmers, Omar Haddad, a 42-year-old Kurd in Dohuk, told "
        'reporters: "Today the old ruler is sitting in jail. Who would have thought."'
    )
    assert speaker_of(nlp, text, "Today the old") != "reporters"


def test_a_name_apposed_to_a_correspondent_for_a_paper_is_the_subject_he_continues(nlp) -> None:
    # the parser hangs "Tolan Vesk" on the paper; the name is the correspondent's, and the
    # "he" of the next sentence is him, not the president named as an object
    text = (
        "President Anders Marr said the plot was serious. The Moscow correspondent for the "
        "Harbour Times, Tolan Vesk, told reporters that plots against Marr had been uncovered "
        'before. "It could be some scheme by his enemies at home," he said.'
    )
    assert speaker_of(nlp, text, "It could be") == "Tolan Vesk"


def test_what_a_speaker_calls_an_owners_pledge_is_the_speakers(nlp) -> None:
    text = (
        "Presidential spokesman Tolan Vesk called Norland's pledge \"a major step towards the "
        'goal of a region free of nuclear arms."'
    )
    assert speaker_of(nlp, text, "a major step") == "Tolan Vesk"


def test_an_owners_pledge_in_marks_is_still_the_owners(nlp) -> None:
    # without a naming verb, the owner of the speech noun speaks
    text = 'Norland repeated its pledge: "We will never test a nuclear weapon again."'
    assert speaker_of(nlp, text, "We will never") == "Norland"


def test_a_resolution_passed_by_a_committee_speaks_for_the_committee(nlp) -> None:
    text = (
        "The resolution, passed 27-21 by the Norland House Committee on Foreign Affairs on "
        'Wednesday, states that "the war was planned and carried out by the old empire from '
        '1915 to 1923".'
    )
    assert "Committee on Foreign Affairs" in speaker_of(nlp, text, "the war was planned")


def test_media_reports_are_no_speaker_of_a_resolution(nlp) -> None:
    # "Media" at a sentence's start is no body; the resolution is the council's
    text = (
        "The Security Council adopted a resolution on Norland on Monday. Media reports "
        "indicate this section of the resolution provides support to Valdonia.\n\n"
        'The resolution, condemns "in the strongest terms all attacks on civilians and '
        'peacekeepers in the country."'
    )
    doc = nlp(text)
    names = {a.name for a in article_actors(doc).actors.values()}
    assert "Media" not in names
    assert speaker_of(nlp, text, "in the strongest") == "UN Security Council"


def test_a_ruler_with_a_regnal_numeral_one_is_the_speaker_not_the_pronoun(nlp) -> None:
    text = (
        "At the summit, the King of Norland told the President of Valdonia, Ivan Petrov, to "
        '"be quiet." The remarks ended the meeting.\n\n'
        '"Why do you not stop talking?" said King Olaf I, interrupting a speech.'
    )
    assert speaker_of(nlp, text, "Why do you") == "Olaf I"


def test_an_article_left_without_its_noun_is_no_speaker(nlp) -> None:
    # the source lost the body's name: '"...," the  said in a statement'
    text = (
        '"Out of concern for the families of the staff, the ministry chose to wait," the  '
        "said in a statement."
    )
    assert speaker_of(nlp, text, "Out of concern") == ""


def test_a_partial_quote_running_into_further_sentences_keeps_the_clause_speaker(nlp) -> None:
    # the quote opens inside the writer's clause and goes on for another sentence
    text = (
        'Spokesman Richard Vesk made a statement that the new constitution "establishes a '
        "balance of powers between the branches of government. We note the flexibility shown "
        'by all members."'
    )
    assert speaker_of(nlp, text, "establishes a balance") == "Richard Vesk"


@pytest.mark.parametrize(
    "text",
    [
        # a "he" after a quote the unnamed spokesman is the source of, then a colon
        "President Tolan Vesk denied the report on Monday. The Pentagon criticised the report. "
        'According to the Pentagon spokesman "the article is so riddled with errors that its '
        'credibility is destroyed." He went on to state: "The source feeds him with rumor and '
        'innuendo about meetings that never happened."',
        # and after the writer's clause that the spokesman is the source of
        "President Tolan Vesk denied the report on Monday. According to the Pentagon "
        'spokesman, the article is riddled with errors. "The source feeds him with rumor and '
        'innuendo about meetings that never happened," he said.',
    ],
)
def test_a_pronoun_after_an_unnamed_spokesman_is_the_spokesman(nlp, text) -> None:
    assert speaker_of(nlp, text, "The source feeds") == "Pentagon spokesman"


def test_a_pronoun_before_a_colon_is_the_person_named_before(nlp) -> None:
    text = (
        "Defence Minister Ana Ruiz spoke in Oslo on Monday. She went on to state: "
        '"We will keep our troops in the north."'
    )
    assert speaker_of(nlp, text, "We will keep") == "Ana Ruiz"


def test_a_pronoun_in_a_clause_inside_a_lead_in_does_not_name_its_speaker(nlp) -> None:
    # the "he" being treated is the worker; the prime minister named before never speaks
    text = (
        "Prime Minister Ana Ruiz was on board the plane. One aid worker from the plane who "
        "refused to be identified spoke from a hospital where he was being treated, and gave "
        'this account: "There was an explosion and it was panic. We waited until the plane '
        'stopped."'
    )
    assert speaker_of(nlp, text, "There was an explosion") != "Ana Ruiz"


def test_a_pronoun_after_an_unnamed_spokesman_goes_on_across_a_paragraph(nlp) -> None:
    text = (
        "Reporter Tolan Vesk reported that covert operations had taken place.\n\n"
        "The Pentagon criticised the report. According to the Pentagon spokesman \"Mr. Vesk's "
        'article is so riddled with errors that its credibility is destroyed."\n\n'
        "He went on to state: \"Mr. Vesk's sources feed him with rumor about meetings that "
        'never happened."'
    )
    assert speaker_of(nlp, text, "Mr. Vesk's sources") == "Pentagon spokesman"


@pytest.mark.parametrize("owner", ["The committee's", "The panel’s"])
def test_a_report_owner_speaks_without_the_possessive(nlp, owner: str) -> None:
    text = (
        "The committee, which had members from both parties, found close ties between the "
        f'two countries. {owner} report said "Norland chose not to join the union, but it is '
        'still named in the charter of the union."'
    )
    assert speaker_of(nlp, text, "Norland chose not") == owner[:-2]


def test_a_broadcaster_named_in_full_is_a_person_who_speaks(nlp) -> None:
    text = (
        "Religious broadcaster Tom Harlan said on Monday that the president had made his "
        'country a "launching pad for unrest all over the continent". Later Harlan said: '
        '"You know, I think we really ought to go ahead and do it."'
    )
    assert speaker_of(nlp, text, "launching pad") == "Tom Harlan"
    assert speaker_of(nlp, text, "You know") == "Tom Harlan"


def test_a_pronoun_inside_a_quote_tells_no_gender_of_its_speaker(nlp) -> None:
    # "his family" is the guard's; "she" is still the director named before
    text = (
        '"This attack underscores the growing problem of piracy off the coast," said Josette '
        "Vell, executive director of the Harbour Food Agency, in a news release.\n\n"
        '"The agency is very saddened by the death of the guard. We send our sincere '
        'condolences to his family," she continued.'
    )
    assert speaker_of(nlp, text, "The agency is very saddened") == "Josette Vell"


def test_a_role_whose_holder_is_named_after_a_place_is_no_unnamed_speaker(nlp) -> None:
    text = (
        "Harbour Watch's Tor Brekke today criticised the UN for its response to the attack. "
        "Despite wide condemnation, the UN envoy in Kenya Margaret Olsen held meetings with "
        'the rebels earlier this year.\n\n"There was no repentance from these killers before '
        'the meeting," he said.'
    )
    assert speaker_of(nlp, text, "There was no repentance") == "Tor Brekke"


def test_a_surname_with_its_particle_is_the_person_named_in_full(nlp) -> None:
    text = (
        "General Jon de Brath met officials of both governments. De Brath refused to give "
        "numbers. During the press conference, General de Brath faced critics. He responded "
        'with "We have no doubt. We have nothing to gain by misleading you."'
    )
    doc = nlp(text)
    people = [a.name for a in article_actors(doc).actors.values()]
    assert people == ["Jon de Brath"]
    assert speaker_of(nlp, text, "We have no doubt") == "Jon de Brath"


def test_a_name_with_a_capitalised_title_in_apposition_is_a_person(nlp) -> None:
    text = (
        '"Mr. Vesk faces serious charges. There is a judicial process under way," Kory '
        "Tenneman , Communication Director at the , told CBC News."
    )
    assert speaker_of(nlp, text, "Mr. Vesk faces") == "Kory Tenneman"


def test_an_academic_post_is_a_title_not_part_of_the_name(nlp) -> None:
    text = (
        "Associate Professor Tor Vesk of Harbour University was asked if he agreed. "
        '"Foreign policy is a tricky business, with lots of strands," he said.'
    )
    actors = article_actors(nlp(text)).actors.values()
    assert [(a.name, a.title) for a in actors if a.type == "person"] == [
        ("Tor Vesk", "Associate Professor")
    ]
    assert speaker_of(nlp, text, "Foreign policy") == "Tor Vesk"


def test_a_tag_that_reports_a_that_clause_is_not_the_quotes(nlp) -> None:
    text = (
        "Her partner Pier Dano said he hoped for an inquiry. Prime Minister Silvio Rand at a "
        'press conference in Rome looked angry and said "I immediately invited the ambassador '
        'to come and explain the actions of the soldiers,"  Ana Vell claims that the agent was '
        "hit when he moved in front of her."
    )
    assert speaker_of(nlp, text, "I immediately invited") == "Silvio Rand"


def test_the_words_of_a_speech_are_those_of_who_gave_it(nlp) -> None:
    text = (
        "President Tarek Almasi in a speech to students in the capital said on Wednesday "
        'there was "no doubt the new wave will soon end this occupation."\n\n'
        "Almasi won the presidency in June with a populist campaign. The speech cited the "
        'founder of the republic and included a declaration that, "As the founder said, the '
        'occupiers must leave the land."'
    )
    assert speaker_of(nlp, text, "As the founder said") == "Tarek Almasi"


def test_the_officials_of_a_country_is_its_one_office_holder_named_before(nlp) -> None:
    text = (
        "Romania's foreign minister Lazar Teodorescu visited his Moldovan counterpart on "
        'Monday.\n\n"Romania is the only EU neighbour of Moldova and we are determined to back '
        'its approach to the EU," said the Romanian official.'
    )
    assert speaker_of(nlp, text, "Romania is the only") == "Lazar Teodorescu"


@pytest.mark.parametrize("written", ["The dispute", "the crisis", "The row"])
def test_a_state_of_affairs_never_speaks(written: str) -> None:
    assert _checked(Speaker(None, written, "said")).written == ""


def test_a_tag_after_a_full_stop_and_a_comma_is_the_quotes(nlp) -> None:
    text = (
        "There was some discussion of the traditional media.\n\n"
        '"I think there has been a massive media failure across the board.", said Executive '
        "Editor Danny Schechter in discussing his film."
    )
    assert speaker_of(nlp, text, "I think there has been") == "Danny Schechter"


def test_a_participle_takes_the_doer_above_a_passive_thing(nlp) -> None:
    text = (
        "President Olaf Brennvik was critical of the slow reforms. He made clear the need for "
        'investment must be met by "rules of the game" that are consistent, saying "Norland '
        'is certainly interested in the inflow of private investments."'
    )
    assert speaker_of(nlp, text, "Norland is certainly") == "Olaf Brennvik"


def test_an_outlet_reporting_someone_as_saying_passes_on_their_words(nlp) -> None:
    text = (
        'The United States announced plans to help India on Friday. "Its goal is to help '
        'India become a major world power," AFP reported a senior US official speaking under '
        "condition of anonymity as saying."
    )
    assert speaker_of(nlp, text, "Its goal") == "United States"


def test_a_written_name_stops_before_its_apposition(nlp) -> None:
    text = (
        '"It is not the opposition that has seized power, it is the people," Ulan Shambetov, '
        "an opposition activist, said."
    )
    assert speaker_of(nlp, text, "It is not the opposition") == "Ulan Shambetov"


def test_a_he_after_a_tag_less_lead_in_is_its_subject_not_the_owner_named_last(nlp) -> None:
    text = (
        "In a heated hearing, Senators Tor Harmon (R-NH) and Olympia Sandvik (R-Maine) argued "
        "over the plan to buy new patrol ships.\n\nSen. Harmon, his face red with anger at "
        "times, accused Senator Sandvik of wasting public money.\n\nSandvik replied that the "
        'plan would save money in the long run.\n\nSandvik said, "We buy ships every year, '
        'and we cannot get this right?"\n\nSenator David Vettel, R-La, weighed in on '
        'Sandvik\'s side, "Cost is a huge reason we should pass a plan like this," he said.'
    )
    assert speaker_of(nlp, text, "Cost is a huge") == "David Vettel"


def test_one_of_the_hostages_after_a_name_describes_it_and_the_mother_speaks(nlp) -> None:
    text = (
        "Crowds asked for the release of the soldiers. Also, the mother of Dorin Vasilescu, "
        'one of the hostages said, "This is the hardest day, we are thinking of them every '
        'hour."'
    )
    assert speaker_of(nlp, text, "This is the hardest day") == "the mother of Dorin Vasilescu"


@pytest.mark.parametrize("written", ["English", "the incidents"])
def test_a_language_or_a_plural_thing_never_speaks(written: str) -> None:
    assert _checked(Speaker(None, written, "written")).written == ""


def test_saying_as_the_means_of_an_act_is_said_by_who_acts(nlp) -> None:
    text = (
        'Norland called the vote "a sad day for the whole region" and Vesland reacted by '
        'saying that the result was "a blow to all our hopes of a lasting peace".'
    )
    assert speaker_of(nlp, text, "a blow to all") == "Vesland"


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("Other leaders, such as President Tor Vesk of Velan,", "Tor Vesk"),
        ("Several ministers, including Defence Minister Tor Vesk,", "Tor Vesk"),
        # a list of examples is left as written
        ("Several ministers, including Tor Vesk and Ana Verde,", "Several ministers"),
    ],
)
def test_a_plural_subject_with_one_named_example_is_said_by_that_person(nlp, subject, speaker):
    text = (
        "Prime Minister Ana Verde of Osmark backed the plan. "
        f'{subject} said "the plan will leave the smaller states without a voice."'
    )
    assert speaker_of(nlp, text, "the plan will") == speaker


def test_a_verb_of_speech_the_parser_reads_as_a_plural_noun_still_cues(nlp) -> None:
    text = (
        'Envoy Park Jun-ho met the minister. However, Jun-ho states that "the talks are '
        'stuck, yet we cannot rule out a change of mind at the last moment."'
    )
    assert speaker_of(nlp, text, "the talks are stuck") == "Park Jun-ho"
    # a plural noun with a name before it is no speech ("Member states that joined")
    plain = 'The Union met in Rome. Member states that joined in May said "we want more time."'
    assert speaker_of(nlp, plain, "we want more time") != "Member"


def test_officials_qualified_by_the_last_word_of_a_body_speak_for_it(nlp) -> None:
    text = (
        'The Swedish Home Ministry has told Malmo Police to step up security at all "vital '
        'sites." "All sites like bus stations, airports and government buildings are under '
        'watch," said Ministry officials. The Home Ministry also said that the warning '
        'should be treated only as an "advisory."'
    )
    assert speaker_of(nlp, text, "All sites like") == "Swedish Home Ministry"


def test_a_quote_after_an_unattributed_aside_goes_on_with_the_sentence_around_it(nlp) -> None:
    text = (
        "Union leader Carla Brandt spoke to reporters. Brandt indicates incumbent President "
        'Juan Ortez, described by one newspaper as "a centrist with populist leanings", '
        'might protect the plant. "The governor has no excuse now to ignore what is '
        'happening to these people."'
    )
    assert speaker_of(nlp, text, "The governor has no excuse") == "Carla Brandt"
    # a sentence about no one leaves the quote after it without a speaker
    plain = (
        "Union leader Carla Brandt spoke to reporters. The plant, described by one "
        'newspaper as "a model of what workers can run themselves", closed on Monday. '
        '"The governor has no excuse now to ignore what is happening to these people."'
    )
    assert speaker_of(nlp, plain, "The governor has no excuse") == ""


def test_a_quote_said_by_it_in_an_impersonal_passive_has_no_speaker(nlp) -> None:
    text = (
        "The Osmark Labour Party met on Monday. No papers were handed out before the "
        'session at which it is said there will be a "frank look at every single option".'
    )
    assert speaker_of(nlp, text, "frank look at every") == ""


def test_a_participle_read_as_describing_the_object_is_said_by_the_subject(nlp) -> None:
    text = (
        "Spokesman Tor Vesk stated that Jon Hale used his real name. Vesk defended "
        "Hale's clearance saying that, \"He, like every other reporter, proved that he "
        'worked for a real paper."'
    )
    assert speaker_of(nlp, text, "He, like every other") == "Tor Vesk"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a clause of its own joined after the report, with its own named subject
        (
            "Prime Minister Anna Kovac has said the budget will wait until spring, that no "
            'cuts are planned, and Finance Minister Tomas Berg concurs: "Norland cannot '
            'afford new spending before the harvest is in."',
            "Tomas Berg",
        ),
        (
            "Prime Minister Anna Kovac said the budget would wait, but Tomas Berg disagreed: "
            '"Norland cannot afford new spending before the harvest is in."',
            "Tomas Berg",
        ),
        # a clause under the report proper stays the reporter's
        (
            "Prime Minister Anna Kovac has said that Finance Minister Tomas Berg concurs: "
            '"Norland cannot afford new spending before the harvest is in."',
            "Anna Kovac",
        ),
    ],
)
def test_a_colon_after_a_joined_clause_of_its_own_gives_that_clauses_subject(
    nlp, text: str, speaker: str
) -> None:
    assert speaker_of(nlp, text, "Norland") == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a lower-case office with a capitalised remit, then the holder's name
        (
            'Swedish minister of Foreign Affairs Nils Lund says: "We condemn the raid on the '
            'harbour in the strongest terms."',
            "Nils Lund",
        ),
        # a given name the parser reads as a preposition ("Per") still ends the subject
        (
            'Swedish minister of Foreign Affairs Per Ove Lund says: "We condemn the raid on '
            'the harbour in the strongest terms."',
            "Per Ove Lund",
        ),
        # a name of three words after the remit's last known word is whole
        (
            'Finnish minister of Foreign Affairs Per Arne Lund says: "We condemn the raid on '
            'the harbour in the strongest terms."',
            "Per Arne Lund",
        ),
        (
            'Norwegian minister of Foreign Affairs Ole Arne Hansen says: "We condemn the raid '
            'on the harbour in the strongest terms."',
            "Ole Arne Hansen",
        ),
    ],
)
def test_the_holder_named_after_an_office_and_its_remit_speaks(nlp, text: str, speaker: str):
    assert speaker_of(nlp, text, "We condemn") == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a body named after a person, with a plural head noun, is the body that speaks
        (
            "The Omar Kassem Brigades claimed the blasts at the port. In a post the group said "
            'that "our men struck the fuel depot and the customs shed before dawn".',
            "Omar Kassem Brigades",
        ),
        # "the group" is the organisation named before, never a state body
        (
            "The Vesland Interior Ministry blamed the blasts on rebels. In a post the group said "
            'that "our men struck the fuel depot and the customs shed before dawn".',
            "",
        ),
    ],
)
def test_the_group_speaks_as_the_organisation_named_before(nlp, text: str, speaker: str):
    doc = nlp(text)
    rows = [r for r in quotations(doc, article_actors(doc)) if r["quote"].startswith("our men")]
    assert rows and (rows[0]["speaker"] if rows[0]["speaker_key"] else "") == speaker, rows


@pytest.mark.parametrize(
    "text",
    [
        'According to Friends of the Northern Coast director Ivo Tarn, "We are sure the council '
        'will try to bury the report by blaming the auditors."',
        "According to Friends of the Northern Coast (FNC) National Director Ivo Tarn before the "
        'hearing, "We are sure the council will try to bury the report by blaming the '
        'auditors."',
        # the parser hangs the name on "according" itself
        "According to Norwegians for Coastal Fishing and Whaling (NCFW) National Director Ivo "
        'Tarn before the hearing at the fisheries board, "We are sure the council will try to '
        'bury the report by blaming the auditors."',
    ],
)
def test_according_to_a_bodys_officer_named_at_the_end_is_that_person(nlp, text: str) -> None:
    assert speaker_of(nlp, text, "We are sure") == "Ivo Tarn"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "said to" before an infinitive is hearsay about the subject, not its speech
        (
            "On the tape, a voice said to come from the Russian navy can be heard: "
            '"Turn back now or you will be sunk."',
            "Russian Navy",
        ),
        # "said to reporters", and "said to applause" read as an infinitive, still report
        (
            'The Russian envoy Ivo Tarn said to reporters: "Turn back now or you will be sunk."',
            "Ivo Tarn",
        ),
        (
            'Ivo Tarn was named prime minister. "Turn back now or you will be sunk," he said to '
            "applause at a rally.",
            "Ivo Tarn",
        ),
    ],
)
def test_said_to_before_an_infinitive_is_hearsay_not_speech(nlp, text: str, speaker: str):
    assert speaker_of(nlp, text, "Turn back") == speaker


def test_a_colon_lead_in_keeps_its_quote_from_the_report_after_it(nlp) -> None:
    text = (
        "The Tromso Ledger's Jim Tarn commended the mayor on pushing Oslo to do more for the "
        'north: "If she can convince the ministry to pay for two more boats, good luck to her, '
        'I mean that." Norway\'s own Der Kurier commented that the plan "was a fresh start '
        'for the northern towns".'
    )
    assert speaker_of(nlp, text, "If she") == "Jim Tarn"


def test_a_name_opened_by_a_german_article_is_no_person(nlp) -> None:
    doc = nlp("Norway's own Der Kurier commented on the plan, and Die Linke rejected it.")
    found = article_actors(doc)
    types = {a.name: a.type for a in found.actors.values()}
    assert types.get("Der Kurier") == "organisation", types
    assert "person" not in {types.get("Der Kurier"), types.get("Die Linke")}


def test_the_group_is_never_a_body_named_only_as_an_addressee(nlp) -> None:
    text = (
        "The group sent its demands to the regime. Copies of the letter went to the leaders "
        "of the EU, Russia and Japan. The group alleges that elections in the country are "
        'biased, writing "our rigged elections will be the end of you," in a letter.'
    )
    doc = nlp(text)
    rows = [r for r in quotations(doc, article_actors(doc)) if r["quote"].startswith("our")]
    assert rows and rows[0]["speaker"] != "European Union", rows


def test_the_group_is_never_a_body_named_sentences_before(nlp) -> None:
    text = (
        "Two pupils of Harbour Elementary School were hurt in a crash in May. Ivo Tarn now "
        "helps lead a campaign called Quiet Streets. The group wants to cut traffic deaths "
        'through what it calls "safe routes for every child in the town".'
    )
    doc = nlp(text)
    rows = [r for r in quotations(doc, article_actors(doc)) if r["quote"].startswith("safe")]
    assert rows and rows[0]["speaker"] != "Harbour Elementary School", rows


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the quoted paragraph is the outlet's report, and an outlet never speaks
        (
            "President Ivo Tarn spoke on Monday. As the BBC reported, even on Friday, the Tarn "
            'White House was declining to call the shelling an attack:\n\n"The government '
            'still will not call the shelling an attack, pointing to the police inquiry."',
            "",
        ),
        # a person the lead-in is about still speaks
        (
            'As the BBC reported, even on Friday, President Ivo Tarn was defiant:\n\n"We will '
            'never give in to the rebels, whatever the cost to us."',
            "Ivo Tarn",
        ),
    ],
)
def test_a_lead_in_crediting_an_outlets_report_gives_no_speaker(nlp, text, speaker) -> None:
    doc = nlp(text)
    rows = [r for r in quotations(doc, article_actors(doc)) if r["quote"].startswith(("The", "We"))]
    assert rows and (rows[0]["speaker"] if rows[0]["speaker_key"] else "") == speaker, rows


def test_a_quote_inside_a_quoted_report_with_its_own_tag_is_the_tagged_speakers(nlp) -> None:
    text = (
        "As the BBC reported, even on Friday, the ministry was declining to call the shelling "
        'an attack:\n\n"The ministry still will not call the shelling an attack, pointing to '
        'the police inquiry.\n\n"At the ministry today, reporters asked spokesman Ivo Tarn '
        "about the shelling.\n\n“I will not discuss the shelling while the police inquiry goes "
        'on,” Tarn said."'
    )
    assert speaker_of(nlp, text, "I will not") == "Ivo Tarn"
    assert speaker_of(nlp, text, "The ministry") == ""


@pytest.mark.parametrize(
    ("text", "quote_start", "speaker"),
    [
        (
            "Harbour Rights Watch released a report on the island's jails on Monday. The "
            'foreword to the report says: "Guards in every district have beaten '
            'detainees without any fear of punishment."',
            "Guards in every",
            "Harbour Rights Watch",
        ),
        (
            "The Chilean foreign ministry issued a statement on the border. The preamble of the "
            'statement says: "Our patience with the raids across the river has run out."',
            "Our patience",
            "Chilean Foreign Ministry",
        ),
    ],
)
def test_a_part_of_a_document_speaks_for_its_issuer(nlp, text, quote_start, speaker) -> None:
    """ "The foreword to the report says": the report's issuer speaks."""
    assert speaker_of(nlp, text, quote_start) == speaker


def test_who_agrees_that_the_quoted_words_hold_speaks_them(nlp) -> None:
    text = (
        "Belgium first offered to hold the hearing, but President Ada Morel agreed with the "
        'Union that "the trial belongs in a court of the region, under its own judges."'
    )
    assert speaker_of(nlp, text, "the trial belongs") == "Ada Morel"


def test_agreed_terms_in_marks_are_no_ones_words(nlp) -> None:
    text = (
        'President Ada Morel said that "the trial belongs in a court of the region, under its judges." '
        'Peru and Chile signed "a ceasefire lasting thirty days from today" on Monday.'
    )
    assert speaker_of(nlp, text, "a ceasefire") != "Ada Morel"


@pytest.mark.parametrize(
    ("text", "quote_start", "speaker"),
    [
        # a bare participle after a passive with its doer named: the doer speaks
        (
            'Chile was criticised by Peru, saying "this was a grave mistake by the government".',
            "this was",
            "Peru",
        ),
        # without a named doer the subject still speaks
        (
            'Chile was criticised in the press, saying "this was a grave mistake by the paper".',
            "this was",
            "Chile",
        ),
    ],
)
def test_a_participle_after_a_passive_is_its_doers(nlp, text, quote_start, speaker) -> None:
    assert speaker_of(nlp, text, quote_start) == speaker


@pytest.mark.parametrize(
    ("text", "quote_start", "speaker"),
    [
        # a clause describing the document's author names someone else
        (
            "A report by a journalist attached to Norwegian forces said the push "
            '"was meant to clear the last militia camps from the valley."',
            "was meant",
            "",
        ),
        # the author's own phrase still names the issuer
        (
            "A statement by the office of Norway's prime minister said \"we will not send "
            'troops to the region this year".',
            "we will not",
            "Norway",
        ),
    ],
)
def test_a_documents_author_is_not_whom_a_clause_about_them_names(
    nlp, text, quote_start, speaker
) -> None:
    assert speaker_of(nlp, text, quote_start) == speaker


def test_an_untagged_name_going_on_after_on_is_written_whole(nlp) -> None:
    text = (
        'The Project on Harbour Oversight has called the deal "a clear case of one shipyard '
        'being favoured over all others."'
    )
    assert speaker_of(nlp, text, "a clear case") == "Project on Harbour Oversight"


@pytest.mark.parametrize(
    ("text", "quote_start", "speaker"),
    [
        # two quotations joined by "and", one tag after the second: one speaker
        (
            '"So I have told people that, if you want to avoid a wider war, you ought to '
            'stop them" and "we have a leader in Ostland who wants to destroy the port," '
            "said Holm during a press conference.",
            "So I have told",
            "Holm",
        ),
        (
            '"We will keep the border open for the harvest" or "we will lose the whole '
            'season," Berg told reporters.',
            "We will keep",
            "Berg",
        ),
    ],
)
def test_joined_quotations_share_the_tag_after_the_second(
    nlp, text: str, quote_start: str, speaker: str
) -> None:
    assert speaker_of(nlp, text, quote_start) == speaker


@pytest.mark.parametrize(
    ("text", "quote_start", "speaker"),
    [
        # "the source" takes up the unnamed official described before it
        (
            "An unnamed Norwegian defence official spoke to reporters in Oslo on Monday. "
            '"We will answer any new missiles in the north with our own," the source said.',
            "We will answer",
            "Norway",
        ),
        (
            "A senior Swedish diplomat briefed the press after the talks. "
            '"The border will stay closed until the spring," the diplomat said.',
            "The border will",
            "Sweden",
        ),
    ],
)
def test_a_definite_unnamed_source_is_the_one_described_before(
    nlp, text: str, quote_start: str, speaker: str
) -> None:
    assert speaker_of(nlp, text, quote_start) == speaker


def test_a_participle_opening_the_sentence_never_speaks(nlp) -> None:
    text = (
        "The port board reported in May that the old ferries were unfit for service. Asked "
        "about plans to turn the ferries into floating clinics, Tor Lind, a member of "
        'the port board, said "It would be cheaper to build new ships from scratch".'
    )
    assert speaker_of(nlp, text, "It would be cheaper") == "Tor Lind"


def _asked_doc(nlp):
    """'Asked about the labs, Rod Varga said "It is far too late now".' parsed as the
    model sometimes does: the participle is the subject and the name a conjunct of the
    object before it."""
    from spacy.tokens import Doc

    words = ["Asked", "about", "the", "labs", ",", "Rod", "Varga", "said", '"', "It", "is"]
    words += ["far", "too", "late", "now", '"', "."]
    return Doc(
        nlp.vocab,
        words=words,
        spaces=[True, True, True, False, True, True, True, True, False] + [True] * 5 + [False] * 3,
        heads=[7, 0, 3, 1, 3, 6, 3, 7, 7, 10, 7, 12, 13, 10, 10, 7, 7],
        deps=["nsubj", "prep", "det", "pobj", "punct", "compound", "conj", "ROOT", "punct"]
        + ["nsubj", "ccomp", "advmod", "advmod", "acomp", "advmod", "punct", "punct"],
        pos=["VERB", "ADP", "DET", "NOUN", "PUNCT", "PROPN", "PROPN", "VERB", "PUNCT"]
        + ["PRON", "AUX", "ADV", "ADV", "ADJ", "ADV", "PUNCT", "PUNCT"],
        tags=["VBN", "IN", "DT", "NNS", ",", "NNP", "NNP", "VBD", "``"]
        + ["PRP", "VBZ", "RB", "RB", "JJ", "RB", "''", "."],
        ents=["O"] * 5 + ["B-PERSON", "I-PERSON"] + ["O"] * 10,
        sent_starts=[True] + [False] * 16,
    )


def test_the_name_after_an_opening_participle_is_the_subject(nlp) -> None:
    from analysis.quote_coref import attribution
    from analysis.quote_cues import cue_subject

    doc = _asked_doc(nlp)
    article = attribution(doc, article_actors(doc))
    subject = cue_subject(doc[7], article)
    assert subject.text == "Varga"
    # and the name joined to the object before it is one speaker, not a list
    assert article.resolve(subject, "said").written == "Rod Varga"


def test_a_run_of_titles_before_one_name_is_that_person(nlp) -> None:
    text = (
        "Party chairman and acting Governor and Deputy Mayor Tor Lind, said the "
        'councillors "have taken a brave and sound step for the whole town."'
    )
    assert speaker_of(nlp, text, "have taken") == "Tor Lind"
