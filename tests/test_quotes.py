"""Direct quotations: quote spans from the marks alone, then speakers on the real model."""

from __future__ import annotations

import pytest

from analysis.actors import article_actors
from analysis.quotes import quotations, quote_spans, split_written_title


def quoted_texts(text: str) -> list[str]:
    return [text[span.start : span.end] for span in quote_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He said "we will stay" and left.', ["we will stay"]),
        ("She said: “The fleet is ready.”", ["The fleet is ready."]),
        (
            "“The sea is ours,” she said, “and we will guard it.”",
            ["The sea is ours", "and we will guard it."],
        ),
        # apostrophes inside words and after a name are no marks
        ("India's navy and Kallas' visit don’t count.", []),
        # single marks inside a double quote belong to it
        ("He said \"the 'ReArm' plan will work\" today.", ["the 'ReArm' plan will work"]),
        # an unbalanced mark is skipped and the next paragraph is still read
        (
            'He said "we will stay.\n\nThe talks ended. "We will fight," she said.',
            ["We will fight"],
        ),
        # a quote running on into a paragraph that opens with a mark
        (
            '"We came to help. We will stay.\n\n"We will not leave," he said.',
            ["We came to help. We will stay.", "We will not leave"],
        ),
        # typewriter quotes
        ("``The port is open,'' she said.", ["The port is open"]),
        # wiki italics inside a straight-quoted span
        (
            "\"I read it in ''The Harbour Times'' and it was wrong,\" he said.",
            ["I read it in ''The Harbour Times'' and it was wrong"],
        ),
        # a quote opened with a right-hand mark
        ("She said: ”The port is open to all ships.”", ["The port is open to all ships."]),
        # ... also right after a colon
        ("She said:”The port is open to all ships.”", ["The port is open to all ships."]),
        # a closing mark after a stray space
        (
            'He said the rule "is also what Norland asks of other countries ". Then he left.',
            ["is also what Norland asks of other countries"],
        ),
        # an opener followed by an ellipsis still opens
        (
            'She said "...the fund was robbed by its own board" last year.',
            ["...the fund was robbed by its own board"],
        ),
        # a closing mark left out before the next quote of the same speaker
        (
            'Tarn told reporters, "We will strike again on Monday. "Any threat to our union '
            'will be met," he said.',
            ["We will strike again on Monday.", "Any threat to our union will be met"],
        ),
        # a closing mark left out at the end of a paragraph after whole sentences
        (
            'In a statement he said: "What made this hard is that I love the work.\n\nThe '
            "talks resumed.",
            ["What made this hard is that I love the work."],
        ),
    ],
)
def test_quote_spans(text: str, expected: list[str]) -> None:
    assert quoted_texts(text) == expected


def rows_of(nlp, text: str) -> list[dict]:
    doc = nlp(text)
    return quotations(doc, article_actors(doc))


@pytest.mark.parametrize(
    ("text", "quote_start", "speaker"),
    [
        # cue after the quote
        (
            '"We will defend every island," Defence Minister Maria Lopez said.',
            "We will",
            "Maria Lopez",
        ),
        # cue before, with a colon
        (
            'Defence Minister Maria Lopez told reporters: "We will defend every island."',
            "We will",
            "Maria Lopez",
        ),
        # multi-sentence quote
        (
            '"The patrols will continue. Our sailors are ready," Admiral John Carter said.',
            "The patrols",
            "John Carter",
        ),
        # a pronoun speaker resolves to the person named before
        (
            'Foreign Minister Anna Berg arrived in Oslo on Monday. "This is a good day," she said.',
            "This is",
            "Anna Berg",
        ),
        # a role noun resolves to the person introduced with that role
        (
            "Defence Minister Maria Lopez visited the base in Cadiz.\n\n"
            '"The base will grow," the minister said.',
            "The base",
            "Maria Lopez",
        ),
        # a paragraph that is only a quote takes the speaker of the paragraph before
        (
            'Admiral John Carter spoke to the crew on Friday. "You did well," he said.\n\n'
            '"Now we prepare for the next mission."',
            "Now we",
            "John Carter",
        ),
        # a spokesperson with no name: the descriptor as written
        ('"The talks were useful," a spokesperson said.', "The talks", "a spokesperson"),
    ],
)
def test_speaker(nlp, text: str, quote_start: str, speaker: str) -> None:
    rows = [row for row in rows_of(nlp, text) if row["quote"].startswith(quote_start)]
    assert rows, f"no quote starting {quote_start!r}"
    assert rows[0]["speaker"] == speaker
    assert text[rows[0]["start_char"] : rows[0]["end_char"]] == rows[0]["quote"]


def test_split_quote_gives_two_rows_with_one_speaker(nlp) -> None:
    text = '"The sea lanes are open," Admiral John Carter said, "and they will stay open."'
    rows = rows_of(nlp, text)
    assert [row["quote"] for row in rows] == ["The sea lanes are open", "and they will stay open."]
    assert {row["speaker"] for row in rows} == {"John Carter"}
    assert not any(row["partial"] for row in rows)


def test_partial_quote_in_reported_speech_is_partial_and_attributed(nlp) -> None:
    text = (
        "Defence Minister Maria Lopez said that both navies must "
        '"synergise their efforts across the northern sea" this year.'
    )
    (row,) = rows_of(nlp, text)
    assert row["quote"] == "synergise their efforts across the northern sea"
    assert row["partial"] is True
    assert row["speaker"] == "Maria Lopez"


@pytest.mark.parametrize(
    "text",
    [
        'Defence Minister Maria Lopez said that both navies must "synergise" their efforts.',
        'Minister Maria Lopez called the plan a "bridge too far" on Monday.',
        'The summit opens on "15 November" in Kirovo, Minister Maria Lopez said.',
        # a gloss in brackets, single or double marks
        "Villages were burnt by the Sarkani ('riders on horseback'). Thousands fled.",
        'Villages were burnt by the Sarkani ("riders on horseback"). Thousands fled.',
    ],
)
def test_scare_quotes_and_dates_are_no_quotations(nlp, text: str) -> None:
    assert rows_of(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a name in quote marks is not speech
        "The ministers discussed the 'ReArm Europe' initiative in Brussels.",
        # an unclosed mark quotes nothing
        'The minister said "we will stay and left the room.',
    ],
)
def test_no_quotation(nlp, text: str) -> None:
    assert rows_of(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "quote_start", "speaker"),
    [
        # a headline names its speaker before the colon, even with a partial quote
        (
            "Halvorsen: Moscow Has 'Not Yet Earned Our Trust' On Arms Control\n\n"
            "Norwegian Defence Minister Eirik Halvorsen spoke in Oslo on Friday.",
            "Not Yet",
            "Eirik Halvorsen",
        ),
        # the head of the lead-in speaks, not the name that qualifies it
        (
            "Varga Challenger Petra Nagy: Cancel the Order, 'Stop Buying Foreign Jets.'\n\n"
            "Opposition MP Petra Nagy spoke on Saturday.",
            "Stop Buying",
            "Petra Nagy",
        ),
        # a topic after "on" is not the speaker
        (
            "Lindqvist on Moreau Publishing the Treaty Text: 'I Expect He Will.'\n\n"
            "Swedish envoy Karin Lindqvist said on Friday that Minister Luc Moreau would "
            "publish it.",
            "I Expect",
            "Karin Lindqvist",
        ),
        # a headline role is the person the article names with it
        (
            "Navy Chief On Piracy: 'We Do Not Pay Ransoms To Hijackers.'\n\n"
            "Navy Chief Admiral Tomas Lind rejected the demand on Thursday.",
            "We Do Not",
            "Tomas Lind",
        ),
    ],
)
def test_headline_speaker(nlp, text: str, quote_start: str, speaker: str) -> None:
    rows = [row for row in rows_of(nlp, text) if row["quote"].startswith(quote_start)]
    assert rows, f"no quote starting {quote_start!r}"
    assert rows[0]["speaker"] == speaker


@pytest.mark.parametrize(
    ("text", "quote_start", "speaker"),
    [
        # an organisation in the frame heads the speaker, it does not speak
        (
            '"Not our plan, but we will not oppose it!" Brandt, the head of the Atlantic '
            "Shipbuilders Council, posted on Friday.\n\nErik Brandt runs the council.",
            "Not our",
            "Erik Brandt",
        ),
        # the agent of a passive cue asks the question
        (
            "The minister was asked by Defence Weekly moderator Clara Voss whether the purchase "
            'would risk "draining the navy\'s training budget for a decade."',
            "draining",
            "Clara Voss",
        ),
        # the subject next to the verb, not a place set off before it
        (
            "Speaking at a shipyard in Gdynia, Poland, Nowak went after Kaminski, "
            'calling him "a desk general with no ships."',
            "a desk general",
            "Nowak",
        ),
        # a quoted name inside the tag does not cut it off from its cue
        (
            '"We have held calmer summits than this one," Danish delegate Lars Holm, '
            'wearing a lanyard and "Baltic Shield" badges, said.',
            "We have held",
            "Lars Holm",
        ),
        # the possessor of a speech noun speaks the quote it governs
        (
            "Foreign Minister Ingrid Solberg won the vote.\n\nAnd he said that Solberg’s call "
            "earlier in the day to “keep the Arctic calm” — itself a reply to Petrov’s “Arctic "
            "First” campaign — was a weak slogan.",
            "keep the Arctic",
            "Ingrid Solberg",
        ),
        (
            "Defence Minister Viktor Hale spoke on Friday.\n\nLindqvist rejected Hale’s claim "
            "that Sweden was “holding back its northern allies” all year.",
            "holding back",
            "Viktor Hale",
        ),
        # "shot back" reports speech; the earlier "criticized" belongs to another clause
        (
            "After former Ohio Gov. Dale Harmon criticized Admiral Ruth Keane during a hearing, "
            'Senator Nora Blake shot back, "Perhaps I should have stayed at home and counted '
            'rivets."',
            "Perhaps I",
            "Nora Blake",
        ),
        # a person who owns the subject does not speak for it
        (
            "In response to the proposal, Minister Aldo Ferri’s right-hand woman rallied "
            "delegates, saying: “We must be ready to block it.”",
            "We must",
            "right hand woman",
        ),
        # the source of a report, not a verb someone refused to use
        (
            "As Nordic Defence Review reported, the ministry kept declining to describe the "
            'cable break as sabotage:\n\n"The ministry still avoids the word sabotage when it '
            'describes the cable damage."',
            "The ministry",
            "Nordic Defence Review",
        ),
    ],
)
def test_speaker_rules_on_news_sentences(nlp, text: str, quote_start: str, speaker: str) -> None:
    rows = [row for row in rows_of(nlp, text) if row["quote"].startswith(quote_start)]
    assert rows, f"no quote starting {quote_start!r}"
    assert rows[0]["speaker"].endswith(speaker)


@pytest.mark.parametrize(
    ("text", "quote_start", "speaker"),
    [
        # a document speaks for its issuer, named in its phrase or earlier
        (
            "Tarsonia's Foreign Ministry issued a statement on Monday. "
            '"We will not accept any foreign troops on our soil," the statement said.',
            "We will not accept",
            "Foreign Ministry",
        ),
        (
            "Prime Minister Elena Markov of Tarsonia spoke to reporters on Monday.\n\n"
            '"Nobody has sent us such an invitation so far," said a statement from '
            "Markov's office.",
            "Nobody has sent",
            "Elena Markov",
        ),
        # "it" after a document is the document's issuer
        (
            "Tarsonian President Elena Markov issued a statement. "
            '"The Tarsonian people welcome fair changes in the region," it read.',
            "The Tarsonian people",
            "Elena Markov",
        ),
        # the quote, a dash, the name
        (
            "Minister Jonas Reller met the press on Friday.\n\n"
            '"We will send two more ships to the northern coast." — Jonas Reller',
            "We will send",
            "Jonas Reller",
        ),
    ],
)
def test_issuers_and_layouts_name_the_speaker(
    nlp, text: str, quote_start: str, speaker: str
) -> None:
    rows = [row for row in rows_of(nlp, text) if row["quote"].startswith(quote_start)]
    assert rows, f"no quote starting {quote_start!r}"
    assert rows[0]["speaker"].endswith(speaker)


@pytest.mark.parametrize(
    "text",
    [
        # an outlet reports; it does not speak
        '"The talks have failed and the border will stay closed," the Kirovo Daily News said.',
        # a pronoun with nobody to stand for stays empty
        '"The talks have failed and the border will stay closed," they said.',
        # a date taken for a subject is no speaker
        '"The talks have failed and the border will stay closed," Monday saw.',
        # a newspaper's editorial is the outlet's, and an outlet never speaks
        "The Kirovo newspaper of Norway editorialized that "
        '"the weapons bought on the open market should not go to armed groups."',
        # a name the article calls a magazine is an outlet wherever it is written alone
        "The weekly magazine Corvo printed the story on Sunday. "
        '"The minister knew everything about the payments from abroad," Corvo said.',
        'The story was printed by the Corvo newspaper. "The minister knew everything," Corvo said.',
        # a subject phrase that swallowed a word of the clause before it
        "He made clear the need for investment must be met by firm rules, saying "
        '"Norland is certainly interested in the inflow of private investment."',
        # outlets named after a kind of paper ("Courier", "Examiner")
        'The Valdonia Courier reported that "three soldiers were killed in the attack."',
        '"Three soldiers were killed in the attack on the post," the Kirovo Examiner said.',
    ],
)
def test_speaker_is_never_a_pronoun_outlet_or_date(nlp, text: str) -> None:
    rows = rows_of(nlp, text)
    assert len(rows) == 1
    assert rows[0]["speaker"] == ""


@pytest.mark.parametrize(
    "text",
    [
        # markup left in marks
        'The table had style="border-collapse:collapse; float:right" in Kirovo.',
        # a name given in marks after an article
        'The money goes to a new body, the "national fund for the care of elders."',
    ],
)
def test_markup_and_names_in_marks_are_no_quotations(nlp, text: str) -> None:
    assert rows_of(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "quote_start", "speaker"),
    [
        # an outlet quotes someone "as saying": the one quoted speaks
        (
            '"The bridge will stay closed until the spring floods pass," the Harbour '
            "Courier quoted Tomas Vell, a local farmer, as saying.",
            "The bridge",
            "Tomas Vell",
        ),
        # the passive form: "was quoted by X as saying"
        (
            "Lena Brask was quoted by the Harbour Courier as saying: "
            '"We will not sign this agreement before the vote."',
            "We will not",
            "Lena Brask",
        ),
        # a partial quote in "quoted ... as saying that"
        (
            "The Harbour Courier quoted Minister Olav Tenn as saying that the talks "
            '"will resume after the harvest festival in the capital".',
            "will resume",
            "Olav Tenn",
        ),
        # a quote standing as its own sentence continues the person the sentence before
        # is about
        (
            "Senator Ivo Marek was angered by the vote on the fishing quotas. "
            '"How could the minister break every promise he made to this house?"',
            "How could",
            "Ivo Marek",
        ),
    ],
)
def test_quoted_as_saying_and_the_sentence_before(
    nlp, text: str, quote_start: str, speaker: str
) -> None:
    rows = [row for row in rows_of(nlp, text) if row["quote"].startswith(quote_start)]
    assert rows, f"no quote starting {quote_start!r}"
    assert rows[0]["speaker"] == speaker


@pytest.mark.parametrize(
    "text",
    [
        # a title after "titled" is no quotation
        'The march, titled "Walk for the Northern Lakes Accord and Clean Water", will '
        "begin at noon in Kirovo.",
        # a name in title case after "called"
        'A group called "The Friends of the Old Harbour Lighthouse" issued a statement.',
        # the title of a film
        'Brask showed her film "Seven Winters on the Frozen Coast of Kirovo" to the council.',
    ],
)
def test_titles_of_works_are_no_quotations(nlp, text: str) -> None:
    assert rows_of(nlp, text) == []


def test_words_called_in_sentence_case_stay_a_quotation(nlp) -> None:
    text = 'Mayor Anna Holt called the plan "a betrayal of every family on this coast".'
    (row,) = rows_of(nlp, text)
    assert row["speaker"] == "Anna Holt"


@pytest.mark.parametrize(
    ("text", "quote_start", "speaker"),
    [
        # "X quotes Y saying": the one quoted speaks
        (
            "The Harbour Courier quotes the Varnian trade minister saying, "
            '"There are no objections from the other coastal states."',
            "There are no",
            "the Varnian trade minister",
        ),
        # a statement issued by someone speaks for its issuer
        (
            '"Fair trade must be free trade, and we will work for our fishermen," read a '
            "statement issued by council spokesman Ivo Tarn.",
            "Fair trade",
            "Ivo Tarn",
        ),
        # a tag after a full stop that goes on in lower case still belongs to the quote
        (
            '"The directors will meet the nominee over the coming days as part of the '
            'process." the Harbour Fund said in a statement.',
            "The directors",
            "Harbour Fund",
        ),
        # a verb of speech placed before its subject
        (
            '"After a full review of the case, the council has decided that the clerk be '
            'dismissed," relayed spokesman Pavel Dorn.',
            "After a full",
            "Pavel Dorn",
        ),
    ],
)
def test_inverted_tags_and_issued_statements(
    nlp, text: str, quote_start: str, speaker: str
) -> None:
    rows = [row for row in rows_of(nlp, text) if row["quote"].startswith(quote_start)]
    assert rows, f"no quote starting {quote_start!r}"
    assert rows[0]["speaker"].endswith(speaker)


def test_a_site_named_by_its_address_is_no_speaker(nlp) -> None:
    text = (
        'Harbourwatch.com quotes a "council aide" as saying: "The bill ignores every study '
        'of the harbour that was made last year."'
    )
    rows = [row for row in rows_of(nlp, text) if row["quote"].startswith("The bill")]
    assert len(rows) == 1
    assert rows[0]["speaker"] == ""


def test_he_is_the_subject_not_the_person_in_its_of_phrase(nlp) -> None:
    text = (
        "Tomas Vell, the father of Mira Ion, said that he was glad his daughter was safe. "
        'He said, "It is an immense joy, for which we waited for many weeks!"'
    )
    (row,) = rows_of(nlp, text)
    assert row["speaker"] == "Tomas Vell"


@pytest.mark.parametrize(
    "text",
    [
        '"The harbour will close for the winter and reopen in the spring," an article in '
        "the morning edition said.",
        '"We demand a fair price for every ton of fish we land," the placards read.',
    ],
)
def test_a_thing_written_as_subject_is_no_speaker(nlp, text: str) -> None:
    (row,) = rows_of(nlp, text)
    assert row["speaker"] == ""


def test_he_continues_the_main_clause_subject_not_an_embedded_one(nlp) -> None:
    text = (
        'Senator Ivo Marek of Kirovo said Tomas Vell needs to "clear the air." But he thinks '
        'Vell acted within the law. "I think he has to come forward and explain what he did '
        'and why he did it," he said on a Sunday talk show.'
    )
    rows = [row for row in rows_of(nlp, text) if row["quote"].startswith("I think")]
    assert rows[0]["speaker"] == "Ivo Marek"


@pytest.mark.parametrize(
    ("text", "quote_start", "speaker"),
    [
        # "he" right after a person named only by role is that person
        (
            "Mayor Ivo Marek spoke first. The police chief of Kirovo has stated that the "
            "police will no longer tolerate such marches. He is quoted by the Harbour "
            'Courier as saying "If we get used to breaking the rules, then the law must '
            'be enforced."',
            "If we get",
            "The police chief of Kirovo",
        ),
        # a role noun that names someone introduced earlier stays that person
        (
            "Minister Anna Holt visited Kirovo. The minister said the port would reopen. "
            '"We will send two ships next week to the port," she said.',
            "We will send",
            "Anna Holt",
        ),
    ],
)
def test_pronoun_after_a_person_named_by_role(
    nlp, text: str, quote_start: str, speaker: str
) -> None:
    rows = [row for row in rows_of(nlp, text) if row["quote"].startswith(quote_start)]
    assert rows, f"no quote starting {quote_start!r}"
    assert rows[0]["speaker"] == speaker


def test_a_role_that_speaks_for_itself_is_not_its_body(nlp) -> None:
    text = (
        '"Our classes were cancelled and we were told to come to the rally," a Kirovo '
        "University student said."
    )
    (row,) = rows_of(nlp, text)
    assert row["speaker"] == "a Kirovo University student"


def test_a_participle_after_an_object_that_is_no_source_keeps_the_subject(nlp) -> None:
    text = (
        "Mayor Ivo Marek defended the reporter's pass saying that, \"He showed, like anyone "
        'else, that he was working for a paper that comes out every week."'
    )
    (row,) = rows_of(nlp, text)
    assert row["speaker"] == "Ivo Marek"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a fronted phrase about a person introduces who "he" is
        (
            "President Lidia Marsh hosted Prime Minister Anton Varga. After Varga's speech, "
            'he said: "We will build the bridge together."',
            "Anton Varga",
        ),
        (
            "President Tomas Kell hosted Prime Minister Anton Varga. After Varga arrived in "
            'the capital, he said: "We will build the bridge together."',
            "Anton Varga",
        ),
        # the person met in the fronted phrase is not the one speaking
        (
            "President Tomas Kell spoke on Monday. After meeting Anton Varga, he said: "
            '"We will build the bridge together."',
            "Tomas Kell",
        ),
    ],
)
def test_a_pronoun_after_a_fronted_phrase_about_a_person(nlp, text: str, speaker: str) -> None:
    rows = rows_of(nlp, text)
    assert [row["speaker"] for row in rows] == [speaker]


def test_a_begun_act_is_no_speech_cue(nlp) -> None:
    # "began hearings" is an act; the speaker is whoever "said" the words that follow
    rows = rows_of(
        nlp,
        "Senator Ola Brenn doubts the motion will pass and said that even if the Senate of "
        "Norland began hearings against the minister, \"I don't think you can remove the "
        'minister of defence".',
    )
    assert [row["speaker"] for row in rows] == ["Ola Brenn"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a people named in a lead-in is not its state
        (
            "The verdict was read on Monday. Remarks from ordinary Norwegians on hearing the "
            'news: "Outrageous! That was a disgrace!"',
            "",
        ),
        (
            "The verdict was read on Monday. Reaction from the Norwegian government on hearing "
            'the news: "This is a disgrace for the court."',
            "Norway",
        ),
    ],
)
def test_a_people_in_a_colon_lead_in_is_not_its_state(nlp, text: str, speaker: str) -> None:
    assert [row["speaker"] for row in rows_of(nlp, text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # several people or bodies speaking together are one speaker as written
        (
            'Tomas Berglund and Greta Halvorsen said "the two parties will form a government '
            'before June."',
            "Tomas Berglund and Greta Halvorsen",
        ),
        (
            "Norland, Valdonia and the Harbour Union said in a joint letter that "
            '"the strait must remain open to all ships."',
            "Norland, Valdonia and the Harbour Union",
        ),
    ],
)
def test_joint_speakers_are_kept_as_written(nlp, text: str, speaker: str) -> None:
    assert [row["speaker"] for row in rows_of(nlp, text)] == [speaker]


def test_a_joint_subject_commits_as_its_first_member(nlp) -> None:
    from analysis.quote_coref import Attribution

    doc = nlp("Tomas Berglund and Greta Halvorsen said the bridge would open in May.")
    article = Attribution(doc, article_actors(doc), [])
    subject = next(t for t in doc if t.dep_ == "nsubj")
    assert article.resolve(subject, "said").written == "Tomas Berglund"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a body or group "of" a country is not the country
        (
            'Opposition parties of Norland said "the election was stolen from the people of '
            'the north."',
            "Opposition parties of Norland",
        ),
        (
            'The leaders of Norland and Valdonia said "the two countries will open the bridge '
            'next spring."',
            "The leaders of Norland and Valdonia",
        ),
        # the state's own voice is the country
        (
            'A spokesman for the government of Norland said "the border will stay closed until '
            'Monday."',
            "Norland",
        ),
    ],
)
def test_a_body_of_a_country_is_not_reduced_to_the_country(nlp, text: str, speaker: str) -> None:
    assert [row["speaker"] for row in rows_of(nlp, text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a report's words are its issuer's, not those of whoever cites it
        (
            "Tomas Berglund cited a report by the Harbour Institute which found that "
            '"most of the fleet is older than thirty years."',
            "Harbour Institute",
        ),
        (
            "Greta Halvorsen quoted a study which concluded that "
            '"the coast will lose half its fishing boats by 2030."',
            "",
        ),
        # a document the speaker writes in is no source of its own
        (
            'The bishops of Valdonia said in a letter that "the war must end before the winter '
            'comes."',
            "The bishops of Valdonia",
        ),
    ],
)
def test_a_cited_report_speaks_not_the_one_who_cites_it(nlp, text: str, speaker: str) -> None:
    assert [row["speaker"] for row in rows_of(nlp, text)] == [speaker]


def test_gender_comes_from_a_pronoun_that_can_only_be_theirs_not_the_one_resolved(nlp) -> None:
    # "she" could be either person; the later "He" right after Berglund alone is Berglund,
    # so "she" is Halvorsen.
    text = (
        "Greta Halvorsen and Tomas Berglund opened the talks on Monday. "
        '"We will need more time than we thought," she said. Berglund arrived late. '
        "He told reporters that the talks went well."
    )
    assert [row["speaker"] for row in rows_of(nlp, text)] == ["Greta Halvorsen"]


def test_gender_from_a_courtesy_title_rules_a_person_out(nlp) -> None:
    text = (
        "Mrs Oda Brenn opened the session. Mr Tomas Berglund answered questions from the press. "
        '"The budget will grow by ten percent next year," she said.'
    )
    assert [row["speaker"] for row in rows_of(nlp, text)] == ["Oda Brenn"]


def test_a_written_speaker_is_the_owner_of_the_letter_without_its_possessive(nlp) -> None:
    text = 'The party\'s letter then warns that "the strike will go on until the spring."'
    assert [row["speaker"] for row in rows_of(nlp, text)] == ["The party"]


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        # a tag that opens the sentence after a quote's full stop
        (
            'The hearing went on for hours. "There is no sign that the vote was bought." '
            'Brigadier General Tomas Berglund stated in reply to the charge, "In every case '
            'the panel met in public."',
            "Tomas Berglund",
            "stated",
        ),
        # a name after a colon, the layout of a list of reactions
        (
            '"The court should not decide the vote for one man": Greta Halvorsen, of the '
            "Dockers' Union.",
            "Greta Halvorsen",
            ":",
        ),
    ],
)
def test_tags_after_a_closed_quote(nlp, text: str, speaker: str, cue: str) -> None:
    rows = rows_of(nlp, text)
    assert (rows[0]["speaker"], rows[0]["cue"]) == (speaker, cue)


def test_a_sentence_after_a_closed_quote_without_a_cue_is_no_tag(nlp) -> None:
    text = '"We will win the next vote." Berglund left the hall after the speech.'
    assert [row["speaker"] for row in rows_of(nlp, text)] == [""]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a long named tag after a quote closed by a full stop
        (
            'Prices rose again this week. "Drivers will grumble and pay. They always do." '
            "Harbour Bank of Norland economist Tomas Berglund said.",
            "Tomas Berglund",
        ),
        # a pronoun after a person named only by a role word
        (
            "The president has said that all twelve districts of his country are affected. "
            '"We are facing a disaster that touches every family," he said.',
            "The president",
        ),
        # a sentence about a person that runs into the quote after a comma
        (
            "Although she is a member of the party, columnist Greta Halvorsen disagrees with "
            'the ruling, "From what I have read, the court went much too far this time."',
            "Greta Halvorsen",
        ),
        # a place before the comma is nobody
        ('In Kirovo, "the roads are closed and the schools will stay shut until Monday."', ""),
    ],
)
def test_tags_found_around_quotes_in_real_news_layouts(nlp, text: str, speaker: str) -> None:
    assert [row["speaker"] for row in rows_of(nlp, text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a name beside a role subject that the model took for no person
        (
            "The leader of the rebels, Orrin, said that the army was trying "
            '"to push the whole country back by a hundred years."',
            "Orrin",
        ),
        # the holder of a role named after the role's own modifiers
        (
            "The Osmani ambassador to the United Nations, Ivo Marek, described the vote as "
            '"a coup against the constitution."',
            "Ivo Marek",
        ),
        # a colon lead-in about a named person
        (
            'Orrin, a sixty-year-old herder, agrees: "I will vote for the old party. They '
            'always do the right thing."',
            "Orrin",
        ),
        # a quote alone in its paragraph after a paragraph about "she"
        (
            "Greta Halvorsen's son was sent to hospital in May.\n\nShe began to cry.\n\n"
            '"I am really scared for all the other mothers going through this."',
            "Greta Halvorsen",
        ),
    ],
)
def test_speakers_the_model_names_poorly(nlp, text: str, speaker: str) -> None:
    assert [row["speaker"] for row in rows_of(nlp, text)] == [speaker]


def test_a_sentence_opened_by_a_bare_participle_goes_on_with_the_subject_before(nlp) -> None:
    text = (
        'Tomas Berglund backs a strong state for Norland. Saying, "The fall of the old union '
        'was the worst disaster of the last century for all of us."'
    )
    assert [row["speaker"] for row in rows_of(nlp, text)] == ["Tomas Berglund"]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a man with the surname of the woman named before is not her: he is an actor of
        # his own, named by the surname
        (
            "Jana Holm and her husband run a farm near the border. Mr Holm said, "
            '"We have not seen a soldier here for a month."',
            ["Holm"],
        ),
        # her brother's "he" is his own, never hers
        (
            "Karin Dale spoke first. Then Mr Dale, her brother, took the floor. "
            '"Nobody asked us about the dam," he said.',
            ["Dale"],
        ),
        # a courtesy title that agrees with the first name keeps the person
        (
            'Jana Holm runs a farm near the border. "We have not seen a soldier here for a '
            'month," Ms Holm said.',
            ["Jana Holm"],
        ),
    ],
)
def test_a_courtesy_title_of_the_other_gender_is_another_person(
    nlp, text: str, speakers: list[str]
) -> None:
    assert [row["speaker"] for row in rows_of(nlp, text)] == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # "he" after a woman named by her first name: not her; the name the model missed is
        (
            "Ayesha Karimova, the mayor of Tovik, praised the work. "
            '"The new school will open in May," she said. Oleg Tarn disagreed. '
            '"The school will not be ready," he said.',
            ["Ayesha Karimova", "Oleg Tarn"],
        ),
        # nobody fits "he": the speaker stays empty, never the one who spoke before
        (
            "Ayesha Karimova, the mayor of Tovik, praised the work. "
            '"The new school will open in May," she said. The council then voted. '
            '"The school will not be ready," he said.',
            ["Ayesha Karimova", ""],
        ),
    ],
)
def test_a_pronoun_skips_people_of_the_other_gender(nlp, text: str, speakers: list[str]) -> None:
    assert [row["speaker"] for row in rows_of(nlp, text)] == speakers


def test_given_names_are_data_of_one_gender_each() -> None:
    from analysis.quote_coref import given_name_genders

    names = given_name_genders()
    assert names["ayesha"] == "f" and names["oleg"] == "m"
    # names borne by both genders are left out
    assert "kim" not in names and "jean" not in names


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a person who is no subject, in a sentence with no person as subject
        (
            "Tomas Berg spoke in Norvik on Monday. A ceremony was held at the air base, and "
            "attending was the defence minister of Valdonia, Luis Amado. He said during the "
            'ceremony that the old helicopters might be sold. "The government will decide '
            'their future next year."',
            "Luis Amado",
        ),
        # the person "according to" introduces, tagged or not
        (
            "Tomas Berg spoke in Norvik on Monday. According to Ivo Tarn of the Harbour Union, "
            'the news comes as no surprise. "For ten years the government has ignored the '
            'ports," he said.',
            "Ivo Tarn",
        ),
        (
            "Tomas Berg spoke in Norvik on Monday. According to Dr Udrea, many of the new "
            'members are in fact puppets. "It is true that many of them have just been put '
            'there by the men," she told the Courier.',
            "Udrea",
        ),
        # a possessor is no antecedent: the subject before goes on
        (
            "Speaking to business leaders, Senator Ivo Marek defended the President's plan: "
            '"This plan has guts." He reserved criticism for his colleagues, saying they are '
            '"moaning about a law that no longer fits the times we live in."',
            "Ivo Marek",
        ),
    ],
)
def test_a_pronoun_finds_the_person_the_sentence_before_introduces(
    nlp, text: str, speaker: str
) -> None:
    assert [row["speaker"] for row in rows_of(nlp, text)][-1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an anonymous source is not the place named in its phrase
        (
            'Eighteen bodies were found in a minibus. "The medical report shows that all of '
            "them were hanged,\" a source at Norvik's central hospital said.",
            "a source at Norvik's central hospital",
        ),
        # people of a nationality who are no voice of its state
        (
            "Thousands marched to the embassy, led by Moldovan immigrants who chanted "
            '"Get the soldiers out of our country now" all afternoon.',
            "Moldovan immigrants",
        ),
        # an outlet's description is nobody's quotation
        (
            "The sale went to a fund which is described by Al Jazeera as "
            '"the investment arm of the Valdonian government."',
            "",
        ),
        (
            'Wikipedia describes the fund as "the investment arm of the Valdonian government."',
            "",
        ),
    ],
)
def test_speakers_that_are_no_state_and_no_outlet(nlp, text: str, speaker: str) -> None:
    found = [row["speaker"] for row in rows_of(nlp, text)]
    if speaker:
        assert found == [speaker]
    else:
        # the outlet is never the speaker; a verbless description nobody is named for is
        # the writer's phrase and may be no quotation at all
        assert found in ([], [""])


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the parser makes the body the subject; the person its role word names speaks
        (
            "The Council on Valdonian Relations director Ivo Tarn says in a statement that "
            "Holm's “inflammatory rhetoric has crossed the line from spreading hatred to "
            "inciting violence.”",
            "Ivo Tarn",
        ),
        (
            "The American Council for Harbour Rights director Ivo Tarn says in a statement that "
            "Holm's “inflammatory rhetoric has crossed the line from spreading hatred to "
            "inciting violence.”",
            "Ivo Tarn",
        ),
    ],
)
def test_a_person_named_by_role_at_the_end_of_the_subject_speaks(
    nlp, text: str, speaker: str
) -> None:
    assert [row["speaker"] for row in rows_of(nlp, text)] == [speaker]


def test_a_body_under_a_person_speaks_for_itself(nlp) -> None:
    text = (
        "The Office of Harbour Counsel under President Aldo Marek declared: “If the President "
        "may properly decline to enforce a law, then he may do so at any time.”"
    )
    speakers = [row["speaker"] for row in rows_of(nlp, text)]
    assert len(speakers) == 1 and speakers[0].startswith("Office")


@pytest.mark.parametrize(
    "text",
    [
        # words of a document in its own clause below the critics' cue are not theirs
        "Critics of the war claim that the memo proves that the government was determined "
        'to go to war and knew that, at best, "the case for war was slim."',
        "Critics say the memo shows the plan was "
        '"a disaster waiting to happen for the whole region."',
        # an outlet known by a name without "news" or "times"
        'The Harbour Express reported that "the cranes were removed during the night by the '
        'port authority."',
    ],
)
def test_words_of_a_memo_or_an_outlet_have_no_speaker(nlp, text: str) -> None:
    # a clause in marks stays a quotation; a verbless phrase nobody is named for is dropped
    assert [r["speaker"] for r in rows_of(nlp, text)] in ([], [""])


def test_a_one_word_name_the_model_missed_as_subject_of_said_is_the_he_after_it(nlp) -> None:
    text = (
        "Charges that the staff misused the fund are unfair, Volk said. "
        '"We do not find evidence that this was a slush fund," he said.'
    )
    assert [row["speaker"] for row in rows_of(nlp, text)] == ["Volk"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the person the lead-in is about, not a place nearer the colon
        (
            "Ivo Tarn also reaffirmed his stance on the participation of farmers in Norland's "
            'institutions: "For now, there is no room for them in the institutions of Norland."',
            "Ivo Tarn",
        ),
        # a person inside the subject's phrase is not what the lead-in is about
        (
            "Lena Varr surged in the polls this week. The timing of Varr's surge does not "
            'surprise analyst Oskar Lind: "Lesser-known candidates who win early contests '
            'see the biggest boost."',
            "Oskar Lind",
        ),
    ],
)
def test_a_colon_lead_in_names_the_person_it_is_about(nlp, text: str, speaker: str) -> None:
    assert [row["speaker"] for row in rows_of(nlp, text)] == [speaker]


def test_a_document_as_object_of_the_speakers_clause_does_not_take_the_quote(nlp) -> None:
    text = (
        'Ivo Tarn, the leader of the Harbour Party, said that the statement contained "negatives '
        'and positives." "We welcome that the assembly has been brought together, but we have '
        'concerns about the timeframe."'
    )
    # "negatives and positives": three words Tarn says are his quotation too
    assert [row["speaker"] for row in rows_of(nlp, text)] == ["Ivo Tarn", "Ivo Tarn"]


def test_the_subject_of_a_side_clause_goes_on_when_no_one_is_main_subject(nlp) -> None:
    text = (
        "Aldo Marek praised the report. Charges that the staff misused the fund are unfair, "
        'Paul Harlan said. "We do not find evidence that this was a slush fund," he said.'
    )
    assert [row["speaker"] for row in rows_of(nlp, text)] == ["Paul Harlan"]


@pytest.mark.parametrize(
    ("written", "name", "title"),
    [
        (
            "opposition leader and former envoy Tarn Orlo",
            "Tarn Orlo",
            "opposition leader and former envoy",
        ),
        ("harbour chieftain Ivo Varga-Lenz", "Ivo Varga-Lenz", "harbour chieftain"),
        ("the chief of the Harbour Board", "the chief of the Harbour Board", ""),
        ("Vell and Tarn Orlo", "Vell and Tarn Orlo", ""),
        ("The deputy head of the NFB", "The deputy head of the NFB", ""),
        ("a spokesperson", "a spokesperson", ""),
    ],
)
def test_a_written_speaker_splits_into_name_and_title(written, name, title) -> None:
    assert split_written_title(written) == (name, title)


def test_a_noun_inside_an_inserted_phrase_is_not_the_speaker(nlp) -> None:
    text = (
        "Norland Minister of Fisheries, Tarin Vosk, in an effort to calm the public told "
        'reporters, "people should not be scared away from our coast."'
    )
    assert [row["speaker"] for row in rows_of(nlp, text)] == ["Tarin Vosk"]


def speaker_of(nlp, text: str, quote_start: str) -> str:
    """Return the quote's speaker; "" when the words are no quotation at all."""
    return next(
        (r["speaker"] for r in rows_of(nlp, text) if r["quote"].startswith(quote_start)), ""
    )


@pytest.mark.parametrize(
    ("text", "quote_start", "speaker"),
    [
        # the author of a speech noun after "by" speaks its content
        (
            "Her remarks followed a statement by opposition leader Petra Lind in May that "
            '"the army is not ready for a war and the government knows it."',
            "the army",
            "Petra Lind",
        ),
        # "X was quoted:" after a long lead-in with a date is no headline
        (
            "On Friday, June 6 in an interview with the Harbour Courier, a Chadian "
            'newspaper, Oskar Tarn was quoted: "Attacking Chad will be unavoidable. If Chad '
            'continues its plan, we will attack it."',
            "Attacking Chad",
            "Oskar Tarn",
        ),
        # a body described by its members is itself, not the country in its phrase
        (
            "Karim Sadr, a spokesman for the French military, said the strike hit the right "
            "target. Sadr had earlier appealed to the US-led coalition to avoid casualties.\n\n"
            'In a statement the council of religious leaders for eastern Chad said "Once '
            'again the enemies of our faith have stained their hands with blood," and '
            "demanded a trial.",
            "Once again",
            "the council of religious leaders for eastern Chad",
        ),
        # a "he" after a quote of whole sentences goes on with the owner of a speech noun
        # in the writer's sentence before the quote
        (
            "President Ivo Brenn stated his position in a call with Chancellor Aldo Marr. He "
            "repeated it in a call with Karl Weiss today.\n\nOskar Tarn's call for a "
            'ceasefire comes soon after his declaration of war. "I have signed a decree on a '
            'state of war. Norland is under attack from the air and the sea," he said.',
            "I have signed",
            "Oskar Tarn",
        ),
        # a conjunction glued to a pronoun subject leaves the speaker empty
        (
            'The paper said most officers refused to comment but that one said "the orders '
            'came from the capital and nobody dared to question them."',
            "the orders",
            "",
        ),
    ],
)
def test_speakers_of_reports_and_described_bodies(
    nlp, text: str, quote_start: str, speaker: str
) -> None:
    assert speaker_of(nlp, text, quote_start) == speaker


@pytest.mark.parametrize(
    ("text", "quote_start"),
    [
        (
            'Ivo Holm said the president gave an "almost complete account of the events of '
            'that night".',
            "almost",
        ),
        (
            'The envoy accused the council of acting at the "behest of a hostile power with '
            'a long record of aggression against us", referring to Valdonia.',
            "behest",
        ),
    ],
)
def test_a_description_in_marks_after_an_article_is_a_quotation(
    nlp, text: str, quote_start: str
) -> None:
    assert any(r["quote"].startswith(quote_start) for r in rows_of(nlp, text))


def test_a_plural_role_subject_is_no_he_or_she(nlp) -> None:
    text = (
        "Mrs Lena Holt, the opposition leader, spoke in parliament.\n\nThe session lasted "
        'four hours. Several members left early.\n\n"This government has failed the '
        'people of this country and it knows it," she said.'
    )
    assert speaker_of(nlp, text, "This government") == "Lena Holt"


def test_a_lead_in_reports_with_its_main_cue_not_a_promise_it_tells_of(nlp) -> None:
    text = (
        "Spokesman Oskar Tarn said it is unclear if the lapse was deliberate. He noted that "
        "in any case President Ivo Brenn and other officials have promised no repeat of the "
        'incident:  "The bottom line is the preparations were inadequate when this mob '
        'attacked the embassy. But we have heard that they will not allow this again."'
    )
    assert speaker_of(nlp, text, "The bottom line") == "Oskar Tarn"


def test_a_given_name_borne_by_both_genders_rules_nobody_out(nlp) -> None:
    text = (
        "The government has led efforts to halt the crisis, with development minister Hilary "
        'Brenn making a statement to parliament yesterday. He said: "I visited two camps in '
        'the south and saw the suffering of the people there with my own eyes."'
    )
    assert speaker_of(nlp, text, "I visited") == "Hilary Brenn"


def test_an_outlet_subject_of_a_partial_quote_leaves_it_without_speaker(nlp) -> None:
    text = (
        "Norland has suspended the broadcaster Al Jazeera. The Norland government claims that "
        'the channel incited the protests. Al Jazeera has stated that it will "continue to '
        'cover Norland affairs objectively, completely and accurately."'
    )
    assert speaker_of(nlp, text, "continue") == ""


def test_a_he_or_she_goes_on_with_the_same_pronoun_after_a_person_named_by_role(nlp) -> None:
    text = (
        '"The courts will allow people to settle their disputes," said Minister Jean Marie '
        "Tarn.\n\nA Harbour Courier reporter was in the capital recently. She says that the "
        'mood is supportive.\n\n"People here believe in the process and want it to '
        'succeed," she said.'
    )
    assert speaker_of(nlp, text, "People here") == "A Harbour Courier reporter"


@pytest.mark.parametrize(
    ("text", "quote_start", "speaker"),
    [
        # "had this to say:" is said by who has it to say
        (
            "Lena Holt, a parent of three children, with one attending the local school, had "
            'this to say: "Since I learned about the sick children at the school, I have been '
            'worried every single day."',
            "Since I learned",
            "Lena Holt",
        ),
        # "expressing the view that" reports speech
        (
            "Concerns have been expressed about the ruling party, with the Harbour Institute "
            'expressing the view that, "While graft is low by regional standards, the '
            "party's grip on power is a risk.\"",
            "While graft",
            "Harbour Institute",
        ),
    ],
)
def test_cues_that_need_an_object_or_have_a_thing_to_say(
    nlp, text: str, quote_start: str, speaker: str
) -> None:
    assert speaker_of(nlp, text, quote_start) == speaker


def test_a_definite_role_goes_back_to_the_body_of_the_unnamed_person(nlp) -> None:
    text = (
        'A US official said Washington was following the situation closely. "We urge both '
        'sides to show restraint and to resolve this through dialogue," the official said.'
    )
    assert speaker_of(nlp, text, "We urge") == "United States"


def test_a_name_before_a_dash_speaks_the_quote_after_it(nlp) -> None:
    text = (
        'World leaders reacted.\n\nLena Holt, foreign minister of Chad — "This is a historic '
        'day for the whole of Africa and for the world."'
    )
    assert speaker_of(nlp, text, "This is a historic") == "Lena Holt"


def test_a_connective_after_a_quote_opens_the_next_sentence_not_its_tag(nlp) -> None:
    text = (
        "One protester said he would go on. \"I don't want trouble but we have nothing but "
        'our hands," he said. "With our hands and with our voices we are going to keep '
        'fighting." However Mark Dunn said that this was a minority view.'
    )
    assert speaker_of(nlp, text, "With our hands") == "One protester"


@pytest.mark.parametrize(
    ("text", "name", "source"),
    [
        (
            "Mrs Ivo Dravec arrived in the capital on Monday and met the press.",
            "Ivo Dravec",
            "title",
        ),
        ("Lena Holt arrived in the capital on Monday and met the press.", "Lena Holt", "name"),
        (
            "Ravo Kestani arrived in the capital on Monday. He met the press.",
            "Ravo Kestani",
            "pronoun",
        ),
    ],
)
def test_a_persons_gender_records_where_it_came_from(nlp, text, name, source) -> None:
    from analysis.quote_coref import attribution

    doc = nlp(text)
    context = attribution(doc, article_actors(doc))
    key = next(a.key for a in context.actors.actors.values() if a.name == name)
    assert context.gender_source(key, len(text)) == source


@pytest.mark.parametrize(
    ("text", "quote_start", "speaker"),
    [
        # the person a quote names in the third person is not the "he" who says it
        (
            "At the meeting, Oskar Vell accused the government of Piet Tarn of bribery, a "
            'claim that Tarn quickly rejected. "I cannot accept the lies of Vell," he said.',
            "I cannot",
            "Piet Tarn",
        ),
        # a quote naming nobody keeps the subject before
        (
            'Oskar Vell met the press in Rhona. "Nobody can stop Norland from rising again," '
            "he said.",
            "Nobody can",
            "Oskar Vell",
        ),
    ],
)
def test_pronoun_speaker_is_not_named_in_the_quote(
    nlp, text: str, quote_start: str, speaker: str
) -> None:
    rows = [row for row in rows_of(nlp, text) if row["quote"].startswith(quote_start)]
    assert rows and rows[0]["speaker"] == speaker


@pytest.mark.parametrize(
    ("text", "quote_start", "speaker"),
    [
        # a partial quote right after "a letter from X" is the sender's, not the carrier's
        (
            "The envoy, Lars Holm, was sent to meet the premier with a letter from President "
            'Oskar Vell "written to stress the growing danger" of the crisis.',
            "written to stress",
            "Oskar Vell",
        ),
        (
            "Minister Anna Berg handed over a message from Chancellor Piet Tarn "
            '"meant to reassure our partners in the region" during the visit.',
            "meant to reassure",
            "Piet Tarn",
        ),
    ],
)
def test_a_document_from_a_sender_speaks_for_the_sender(
    nlp, text: str, quote_start: str, speaker: str
) -> None:
    rows = [row for row in rows_of(nlp, text) if row["quote"].startswith(quote_start)]
    assert rows and rows[0]["speaker"] == speaker


@pytest.mark.parametrize(
    ("text", "quote_start", "speaker"),
    [
        # "in X's view" after the quote names its speaker
        (
            "Oskar Vell spoke in Rhona on Monday.\n\n"
            '"This is not a situation where there is one thing you can fix, it is a failure '
            "across the board\" from trade to defence, in Vell's view.",
            "This is not",
            "Oskar Vell",
        ),
        # "in the words of X"
        (
            '"The talks have failed and nobody will save them now," in the words of Foreign '
            "Minister Anna Berg.",
            "The talks",
            "Anna Berg",
        ),
        # "in the view of X" before the quote
        (
            'In the view of Foreign Minister Anna Berg, "the talks have failed and nobody '
            'will save them now."',
            "the talks",
            "Anna Berg",
        ),
    ],
)
def test_in_the_view_of_x_names_the_speaker(nlp, text: str, quote_start: str, speaker: str) -> None:
    rows = [row for row in rows_of(nlp, text) if row["quote"].startswith(quote_start)]
    assert rows and rows[0]["speaker"] == speaker


def test_an_institution_of_a_named_country_is_that_countrys(nlp) -> None:
    text = (
        "Norway and Kenya signed a fishing pact on Monday. "
        '"The pact is a good start for both our peoples," Kenya\'s foreign ministry said.\n\n'
        'The foreign ministry of Norway said that "the pact is a betrayal of everyone who '
        'lives in the north."'
    )
    rows = {row["quote"][:8]: row["speaker"] for row in rows_of(nlp, text)}
    assert rows == {"The pact": "Kenya", "the pact": "Norway"}


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            'Senator Ivo Tarn said the plan was "ripe for abuse" and lacked detail.',
            "ripe for abuse",
            "Ivo Tarn",
        ),
        (
            'Minister Lena Holt warned that the talks had "no real chance" of success this year.',
            "no real chance",
            "Lena Holt",
        ),
    ],
)
def test_three_words_a_named_speaker_says_are_a_quotation(
    nlp, text: str, quote: str, speaker: str
) -> None:
    (row,) = rows_of(nlp, text)
    assert (row["quote"], row["speaker"]) == (quote, speaker)


@pytest.mark.parametrize(
    "text",
    [
        'Minister Lena Holt dubbed the senator "the little general" at the rally.',
        'The so-called "axis of trouble" was named in a speech years ago.',
    ],
)
def test_three_words_a_speaker_calls_something_stay_a_scare_quote(nlp, text: str) -> None:
    assert rows_of(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Delegates from Valdonia 's coast and Norland's ports met; the 'harbour' talks went well.",
        "The Council 's plan drew the minister's praise, the envoys' thanks and little else.",
    ],
)
def test_a_possessive_after_a_stray_space_is_no_quote_mark(text: str) -> None:
    # A source that leaves a space before "'s" opens no single quote there; a real
    # single-quoted span after it is still read.
    assert all(not q.startswith("s ") for q in quoted_texts(text))
    assert quoted_texts(text) == (["harbour"] if "'harbour'" in text else [])


def test_a_possessive_after_a_stray_space_leaves_the_quote_rows_alone(nlp) -> None:
    text = (
        "Protesters criticised the Valdonian government 's border policy and the army "
        "chief's budget plans on Monday, while the envoys' offices stayed shut.\n\n"
        '"We will keep the border open to traders," said Interior Minister Oleg Tarn.'
    )
    assert [row["quote"] for row in rows_of(nlp, text)] == [
        "We will keep the border open to traders"
    ]


@pytest.mark.parametrize(
    "text",
    [
        'Defence Minister Oleg Tarn gave a talk on Friday, "Norland and Valdonia: Building '
        'Northern Stability." He spoke for an hour.',
        'An editorial in the Harbour Courier on Monday carried the title, "Why the North '
        'Needs a New Fleet Now."',
    ],
)
def test_title_case_words_after_a_lead_in_comma_are_a_title(nlp, text: str) -> None:
    assert rows_of(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            'Minister Oleg Tarn told the crowd, "Join the Northern League or the Valdonian '
            'Union!" and left.',
            "Join the Northern League or the Valdonian Union!",
        ),
        (
            'Minister Oleg Tarn said, "We will send the Northern Fleet to the Valdonian coast."',
            "We will send the Northern Fleet to the Valdonian coast.",
        ),
    ],
)
def test_an_utterance_after_a_lead_in_comma_stays_a_quotation(nlp, text: str, quote: str) -> None:
    (row,) = rows_of(nlp, text)
    assert row["quote"] == quote


def test_title_case_words_on_a_sign_after_a_comma_are_kept_as_shown(nlp) -> None:
    text = 'A marcher wore a cap reading, "Keep the Northern Ports Open Forever."'
    (row,) = rows_of(nlp, text)
    assert row["quote"] == "Keep the Northern Ports Open Forever."


@pytest.mark.parametrize(
    "text",
    [
        # a verbless phrase in the writer's sentence, nobody named for it
        'The vote came after "a quiet surrender to the landlords and the banks" last spring.',
        'Much was made of the plan "to clear every minefield in the north by spring" at the meeting.',
    ],
)
def test_unattributed_phrases_in_the_writers_sentence_are_no_quotations(nlp, text) -> None:
    assert rows_of(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the same kind of phrase said by someone named stays a quotation
        (
            'Minister Maria Lopez said the delay was "a quiet surrender to the landlords and the banks".',
            "Maria Lopez",
        ),
        # a clause in marks with no speaker found is still kept, its speaker empty
        ('Reports said that "the army will not leave the valley this year" at all.', ""),
    ],
)
def test_named_phrases_and_unattributed_clauses_stay(nlp, text, speaker) -> None:
    rows = rows_of(nlp, text)
    assert len(rows) == 1, rows
    assert rows[0]["speaker"] == speaker
