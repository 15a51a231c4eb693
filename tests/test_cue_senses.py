"""Senses of cue words (analysis/cues.py, analysis/data/commitment_cues.toml) on the real
model, invented text: what makes each word commit, and the same word when it does not."""

from __future__ import annotations

import pytest
from extraction import commitment_rows

extract = commitment_rows


def _typed(nlp, text: str, actor: str, kind: str) -> list[dict]:
    return [r for r in extract(nlp, text) if r["actor"] == actor and r["type"] == kind]


def _assert_commits(nlp, text: str, actor: str, kind: str, content: str) -> None:
    """Assert that ``actor`` makes a ``kind`` commitment whose content holds ``content``."""
    rows = _typed(nlp, text, actor, kind)
    assert rows, extract(nlp, text)
    assert content in rows[0]["content"]


@pytest.mark.parametrize(
    ("text", "actor", "kind", "content"),
    [
        # "seek" with an outcome between sides as object: a course, as "seek to" is
        (
            "Norland's Foreign Minister Karl Olsen said Norland will seek further sanctions "
            "on Vesland.",
            "Karl Olsen",
            "intent",
            "sanctions",
        ),
        (
            "Norland is seeking talks with the rebel groups.",
            "Norland",
            "intent",
            "talks",
        ),
        # "oppose" with a gerund: the act opposed is refused
        (
            "Opposition leader Ivo Tarn has opposed extending the naval mission of Norland.",
            "Ivo Tarn",
            "refusal",
            "the naval mission",
        ),
        # "appreciate" an act: an endorsement, as "praise" is
        (
            "Norland's President Anna Berg said \"Norland appreciates the contribution of "
            'the Vesland troops to the peace mission".',
            "Anna Berg",
            "endorsement",
            "contribution",
        ),
        # "put forward" a text or a plan: an offer
        (
            "Norland and Vesland have put forward a joint resolution on the fishing dispute.",
            "Norland",
            "offer",
            "resolution",
        ),
        # a vote tally the parser makes the subject of the "to" clause
        (
            "The Norland Senate has voted 61–30 to extend the mandate of the border force.",
            "Norland Senate",
            "intent",
            "extend the mandate",
        ),
        # a pseudo-cleft with a noun after "is": what is asked
        (
            'Anna Berg said "What we demand from the Vesland government is more autonomy for '
            'the islanders."',
            "Anna Berg",
            "call",
            "autonomy",
        ),
        # "warned of" a consequence the warner's side would bring: a threat
        (
            "On Thursday Norland recalled its ambassador to Vesland and warned of further "
            "repercussions.",
            "Norland",
            "intent",
            "",
        ),
    ],
)
def test_committing_senses(nlp, text: str, actor: str, kind: str, content: str) -> None:
    _assert_commits(nlp, text, actor, kind, content)


@pytest.mark.parametrize(
    "text",
    [
        # seeking shelter, an office or a way is no course between sides
        "Hundreds of refugees from Vesland are seeking shelter in Norland.",
        "Norland's Prime Minister Ivo Tarn is seeking a second term in office.",
        # "denied having" denies a fact; "as opposed to" compares
        "Norland's Defence Minister Karl Olsen denied having met the rebel leader.",
        "Norland's Prime Minister Ivo Tarn prefers tea, as opposed to coffee.",
        # appreciating a thing said or a favour, or nothing named
        'Norland\'s President Anna Berg said "I appreciate that."',
        # putting forward a person or the issues proposes no plan
        "Norland's Prime Minister Ivo Tarn put forward the issues of the fishing industry.",
        # "what I want to say is" asks nothing; a past wish is told
        'Anna Berg said "What I want to say is a simple thing."',
        # what others want, told by the speaker, is a claim about them
        'Anna Berg said "What they want is power over the islands."',
        # warning of a state of affairs forecasts it
        "Norland's Foreign Minister Karl Olsen warned of a worsening humanitarian situation.",
    ],
)
def test_senses_that_do_not_commit(nlp, text: str) -> None:
    rows = extract(nlp, text)
    assert not rows, rows


@pytest.mark.parametrize(
    ("text", "pledged"),
    [
        # an assurance of an act already done vouches for a fact: no pledge
        ("President Lena Varr assured reporters that no ransom was paid for the hostages.", False),
        ("President Lena Varr assured reporters that the prisoners had been freed.", False),
        ("President Lena Varr assured reporters that Norland paid no ransom.", False),
        # an assurance of an act to come is a pledge, and so is a state after a past verb
        ("President Lena Varr assured the envoy that Norland would withdraw its troops.", True),
        ("President Lena Varr assured the envoy that Norland was ready to talk.", True),
    ],
)
def test_an_assurance_of_a_done_act_pledges_nothing(nlp, text: str, pledged: bool) -> None:
    assert bool(extract(nlp, text)) is pledged


@pytest.mark.parametrize(
    ("words", "heads", "deps", "bare"),
    [
        # "making promises on" (its object moved into a relative clause): no act named
        (["making", "promises", "on"], [0, 0, 1], ["ROOT", "dobj", "prep"], True),
        # "making promises on aid": the preposition's object is what is promised
        (
            ["making", "promises", "on", "aid"],
            [0, 0, 1, 2],
            ["ROOT", "dobj", "prep", "pobj"],
            False,
        ),
        (["making", "the", "promises"], [0, 2, 0], ["ROOT", "det", "dobj"], True),
    ],
)
def test_a_promise_noun_with_a_stranded_preposition_names_no_act(words, heads, deps, bare):
    import spacy
    from spacy.tokens import Doc

    from analysis.commitments import _bare_noun

    tags = {"making": "VBG", "promises": "NNS", "on": "IN", "aid": "NN", "the": "DT"}
    pos = {"VBG": "VERB", "NNS": "NOUN", "IN": "ADP", "NN": "NOUN", "DT": "DET"}
    doc = Doc(
        spacy.blank("en").vocab,
        words=words,
        heads=heads,
        deps=deps,
        tags=[tags[w] for w in words],
        pos=[pos[tags[w]] for w in words],
    )
    assert _bare_noun(doc[words.index("promises")]) is bare


@pytest.mark.parametrize(
    ("text", "actor", "kind", "content"),
    [
        # an imperative in a quotation asks its hearers to act
        (
            '"Stop the shelling and return to the talks," Karl Olsen said.',
            "Karl Olsen",
            "call",
            "Stop the shelling",
        ),
        (
            '"Do not sell your land to the speculators," Karl Olsen said.',
            "Karl Olsen",
            "call",
            "sell your land",
        ),
        # "ought to" asks as "should" does; of the speaker's own side it is a course
        (
            '"Vesland ought to withdraw its troops," Karl Olsen said.',
            "Karl Olsen",
            "call",
            "withdraw",
        ),
        (
            '"I think that we ought to reopen the consulate," Karl Olsen said.',
            "Karl Olsen",
            "intent",
            "reopen the consulate",
        ),
        # help the speaker's side needs is asked of others
        (
            '"We need the cooperation of every neighbour to close the camps," Foreign Minister '
            "Anna Berg said.",
            "Anna Berg",
            "call",
            "cooperation of every neighbour",
        ),
    ],
)
def test_imperatives_ought_and_needed_help_ask(
    nlp, text: str, actor: str, kind: str, content: str
) -> None:
    _assert_commits(nlp, text, actor, kind, content)


@pytest.mark.parametrize(
    "text",
    [
        # imperatives that steer the talk, or reassure, ask no act
        '"Let me be clear about this," Karl Olsen said.',
        '"Look at what happened in the capital last year," Karl Olsen said.',
        '"Don\'t worry about the elections," Karl Olsen said.',
        # the writer's own imperative-looking heading is no one's call
        "Stop the shelling now and return to the talks.",
        # a want in the writer's words asks nothing of anyone
        "Vesland needs the help of its neighbours after the floods.",
        # a reproach of the past asks nothing now
        '"Vesland ought to have withdrawn its troops," Karl Olsen said.',
    ],
)
def test_talk_steering_imperatives_and_stated_wants_ask_nothing(nlp, text: str) -> None:
    assert not [r for r in extract(nlp, text) if r["type"] == "call"], extract(nlp, text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a wish that others know something asks no act
        (
            '"I want the whole country to know what our soldiers did there," Karl Olsen said.',
            "call",
        ),
        ('"We wish the world to understand our position," Karl Olsen said.', "call"),
        # a person turned down is refused; nobody named refuses
        ('"We applied for a visa twice and we were turned down," Karl Olsen said.', "refusal"),
    ],
)
def test_wishes_to_be_known_and_people_turned_down_commit_nothing(
    nlp, text: str, absent: str
) -> None:
    assert not [r for r in extract(nlp, text) if r["type"] == absent], extract(nlp, text)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # a thing refused in the passive is the teller's side's refusal
        (
            "Foreign Minister Karl Olsen said that any such treaty would be turned down.",
            "Karl Olsen",
        ),
        # with an agent, the agent refuses
        ("The envoy was turned down by Vesland.", "Vesland"),
    ],
)
def test_a_thing_refused_in_the_passive_is_still_refused(nlp, text: str, actor: str) -> None:
    assert _typed(nlp, text, actor, "refusal"), extract(nlp, text)


@pytest.mark.parametrize(
    ("text", "actor", "kind", "content"),
    [
        # a measure others propose, resisted, is refused
        (
            "Vesland has resisted every proposed ban on landmines so far.",
            "Vesland",
            "refusal",
            "ban on landmines",
        ),
        # disapproval is a stance against, as opposition is
        (
            "Vesland expressed its disapproval of the new border fence.",
            "Vesland",
            "refusal",
            "disapproval of the new border fence",
        ),
        # lobbying for a measure asks for it
        ("Norland lobbied for a ban on landmines.", "Norland", "call", "ban on landmines"),
        # leave withheld as a standing policy refuses the act
        (
            "Vesland does not allow foreign warships to enter its ports.",
            "Vesland",
            "refusal",
            "enter its ports",
        ),
        (
            "Vesland does not permit inspectors to enter the site.",
            "Vesland",
            "refusal",
            "enter the site",
        ),
    ],
)
def test_resisted_measures_disapproval_lobbying_and_withheld_leave(
    nlp, text: str, actor: str, kind: str, content: str
) -> None:
    _assert_commits(nlp, text, actor, kind, content)


@pytest.mark.parametrize(
    "text",
    [
        # resisting an attack or arrest is no stance on a proposal
        "The police resisted the attack on the station.",
        # "does not allow it" tolerates nothing and names no act
        "The rules of the house do not allow it.",
    ],
)
def test_resisting_force_and_bare_leave_refuse_nothing(nlp, text: str) -> None:
    assert not [r for r in extract(nlp, text) if r["type"] == "refusal"], extract(nlp, text)


@pytest.mark.parametrize(
    ("text", "actor", "kind", "content"),
    [
        # tolerance refused with a thing or a clause after it
        (
            "Police chief Ana Verde said they would not tolerate armed marches near the harbour.",
            "Ana Verde",
            "refusal",
            "armed marches",
        ),
        (
            "Defence Minister Tor Vesk of Norway said Norway will not tolerate that rebels be "
            "sheltered across the border.",
            "Tor Vesk",
            "refusal",
            "sheltered across the border",
        ),
        # a course the side expects to be able to take
        (
            '"Once the new radar is running, we will be able to cut the patrols in the strait," '
            "Defence Minister Tor Vesk of Norway said.",
            "Tor Vesk",
            "intent",
            "cut the patrols",
        ),
        # a purpose nobody is named for, in someone's words, is the speaker's side's
        (
            '"The aim is to hand the province over to the local police," Foreign Minister Tor '
            "Vesk of Norway said.",
            "Tor Vesk",
            "intent",
            "hand the province over",
        ),
        (
            '"One objective of the trip is to agree a new fishing quota," Foreign Minister Tor '
            "Vesk of Norway said.",
            "Tor Vesk",
            "intent",
            "agree a new fishing quota",
        ),
        (
            "Defence Minister Tor Vesk of Norway says the new cabinet's goal is to end the "
            "blockade of the port.",
            "Tor Vesk",
            "intent",
            "end the blockade",
        ),
        # the speaker's own present suggestion asks, whatever the mood of its clause
        (
            '"I would suggest that he asks parliament for a new vote on the budget," Prime '
            "Minister Ana Verde of Norway said.",
            "Ana Verde",
            "call",
            "parliament for a new vote",
        ),
        # objections raised refuse, as opposition expressed does
        ("Sweden voiced objections to the plan.", "Sweden", "refusal", "objections to the plan"),
        # an effort of the speaker's own side going on now, or promised
        (
            '"We are trying to reach the families through the consulate," Foreign Minister '
            "Tor Vesk of Norway said.",
            "Tor Vesk",
            "intent",
            "reach the families",
        ),
        (
            "Senator Lars Holm said he was simply trying to calm the quarrel over fishing rights.",
            "Lars Holm",
            "intent",
            "calm the quarrel",
        ),
        ("Norway will try to broker a truce between the two sides.", "Norway", "intent", "truce"),
        # an adverb of time between the verb and its "to" clause
        (
            "Norway is preparing today to open talks with the rebels in the capital.",
            "Norway",
            "intent",
            "open talks with the rebels",
        ),
        # a wish that others' activity stop, with the "to" clause hung on the object
        (
            "The Velan Front wants fishing to stop until the quota is agreed.",
            "Velan Front",
            "call",
            "fishing to stop",
        ),
        # a joint effort's "to" clause after the partner
        (
            "Norway is working with the Red Cross to deliver tents to the border villages.",
            "Norway",
            "intent",
            "deliver tents",
        ),
    ],
)
def test_tolerance_ability_purposes_suggestions_objections_and_joint_efforts(
    nlp, text: str, actor: str, kind: str, content: str
) -> None:
    _assert_commits(nlp, text, actor, kind, content)


@pytest.mark.parametrize(
    "text",
    [
        # a pronoun after a negated verb of tolerance states an attitude
        '"We will not allow it," Foreign Minister Tor Vesk of Norway said.',
        # another side's purpose, as told
        "The goal of the rebels is to drive the army out of the valley, Foreign Minister Tor "
        "Vesk of Norway said.",
        # a suggestion of a fact, and a suggestion told of the past
        '"I suggest that the figures are wrong," Prime Minister Ana Verde of Norway said.',
        "Prime Minister Ana Verde of Norway suggested that the drop was due to the weather.",
        # no ability is promised when it is denied, nor when another's is told
        '"We will not be able to send more troops," Defence Minister Tor Vesk of Norway said.',
        "Defence Minister Tor Vesk of Norway said Sweden would be able to enrich uranium.",
        # another side's effort in someone's words is a charge; a past one is history
        '"Sweden is trying to hide its losses," Foreign Minister Tor Vesk of Norway said.',
        '"We tried to reach the harbour before dark," Tor Vesk of Norway said.',
        "In those years he has tried to win the seat twice.",
        # being somewhere to do something is a purpose, not a course
        '"I am here to sell my fish," said Tor Vesk, a trader at the market.',
        # a purpose its compound names the owner of
        'Tor Vesk of Norway said the forum goal is "to unite the parties of the north."',
    ],
)
def test_attitudes_others_purposes_and_opinions_commit_nothing(nlp, text: str) -> None:
    assert not extract(nlp, text)


@pytest.mark.parametrize(
    ("text", "actor", "kind", "content"),
    [
        # the complementizer "that", parsed as the object of the verb below, opens no question
        (
            "President Alvo Marten said previously on state radio that he wants to close "
            "the northern detention camp.",
            "Alvo Marten",
            "intent",
            "close the northern detention camp",
        ),
        # an offer or a request told in the past perfect still stands
        (
            "The Norland embassy had earlier offered to help train the local police.",
            "Norland",
            "offer",
            "train the local police",
        ),
        (
            "Foreign Minister Ada Lind said Vesland had called for talks on the river dam.",
            "Ada Lind",
            "call",
            "talks on the river dam",
        ),
        # a negated verb of ceasing with "until" pledges to go on until the goal
        (
            '"We will not let up or stop until the harbour is cleared," Defence Minister '
            "Ana Ruiz said.",
            "Ana Ruiz",
            "pledge",
            "not let up or stop until the harbour is cleared",
        ),
        (
            '"I will not rest until every fisherman is home," Defence Minister Ana Ruiz said.',
            "Ana Ruiz",
            "pledge",
            "not rest until every fisherman is home",
        ),
        # not leaving until a goal is reached pledges to stay
        (
            "The Norwegian army will not leave the port until the last mine is cleared, the "
            "defence minister said.",
            "Norwegian Army",
            "pledge",
            "not leave the port until the last mine is cleared",
        ),
    ],
)
def test_misparsed_that_standing_offers_and_persistence(
    nlp, text: str, actor: str, kind: str, content: str
) -> None:
    _assert_commits(nlp, text, actor, kind, content)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # without a goal, not stopping an act is still a refusal to stop it
        ("Defence Minister Ana Ruiz said Norland would not stop building the dam.", "refusal"),
        ("The Danish navy will not withdraw from the strait, the minister said.", "refusal"),
        # a plan told in the past perfect stays earlier narration
        ("The rebels had planned to attack the town of Varna, the ministry said.", None),
    ],
)
def test_ceasing_without_a_goal_and_past_perfect_plans(nlp, text: str, kind: str | None) -> None:
    kinds = {r["type"] for r in extract(nlp, text)}
    assert kinds == ({kind} if kind else set())


@pytest.mark.parametrize(
    "text",
    [
        "Backed by Norland and Vesland, the Front has attacked the northern towns.",
        "The rebels, armed by Vesland, took the harbour town on Monday.",
    ],
)
def test_support_described_in_a_bare_participle_is_no_act(nlp, text: str) -> None:
    assert extract(nlp, text) == []


def test_a_modal_perfect_left_unfinished_asks_nothing(nlp) -> None:
    text = '"The ruling came eight months later" than it should have, Senator Ada Brun said.'
    assert extract(nlp, text) == []
    kept = '"Norland must have a seat at the table," Senator Ada Brun said.'
    _assert_commits(nlp, kept, "Ada Brun", "call", "a seat at the table")


def test_support_told_with_an_auxiliary_is_still_an_endorsement(nlp) -> None:
    _assert_commits(
        nlp, "The fishing plan was backed by Norland on Monday.", "Norland", "endorsement", "plan"
    )


@pytest.mark.parametrize(
    ("text", "kind", "content"),
    [
        (
            "Norland has massed ships, helicopters and marines off the coast, ready to assist "
            "in flood relief if the government agrees.",
            "offer",
            "assist in flood relief",
        ),
        ("Norland has troops ready to strike at the border.", "intent", "strike"),
    ],
)
def test_troops_and_ships_held_ready_offer_or_threaten(nlp, text, kind, content) -> None:
    _assert_commits(nlp, text, "Norland", kind, content)


def test_readiness_of_things_that_are_no_deliverables_commits_nobody(nlp) -> None:
    assert extract(nlp, "The rebels in Norland saw the old houses, ready to fall.") == []


@pytest.mark.parametrize(
    ("text", "actor", "content"),
    [
        # troops, ships or an envoy sent in the present progressive: a course under way
        ("Norland is deploying two frigates to the southern gulf.", "Norland", "two frigates"),
        (
            "The United Nations is sending its relief chief, Ada Holm, to meet the generals "
            "in the capital.",
            "United Nations",
            "its relief chief",
        ),
        # "that is why" gives the reason for what the clause asserts; it asks nothing
        (
            '"That is why I am sending Secretary Brun there to back the mediation," President '
            "Karl Lind said.",
            "Karl Lind",
            "Secretary Brun",
        ),
        # envisaging a course, and setting its goal, are plans
        (
            "Prime Minister Karl Lind envisions a pullback from the border towns.",
            "Karl Lind",
            "a pullback",
        ),
        (
            "President Ana Ruiz has set the goal of having a harbour treaty in place by spring.",
            "Ana Ruiz",
            "a harbour treaty in place",
        ),
    ],
)
def test_courses_under_way_envisaged_or_set_as_goals_are_intents(nlp, text, actor, content):
    _assert_commits(nlp, text, actor, "intent", content)


@pytest.mark.parametrize(
    "text",
    [
        "Norland is sending a clear message to the rebels.",
        "Norland was sending troops to the border when the storm began.",
        "Norland is not sending troops to the border.",
        "President Karl Lind asked why Norland would send troops to the border.",
    ],
)
def test_words_sent_past_sending_and_questions_set_no_course(nlp, text) -> None:
    rows = [r for r in extract(nlp, text) if r["type"] == "intent"]
    assert rows == []


@pytest.mark.parametrize(
    ("text", "actor", "kind", "content"),
    [
        # opposition told in the passive belongs to its agent, an event's opponents too
        (
            "The visit was strongly opposed by Green Party chairman Jon Berg.",
            "Jon Berg",
            "refusal",
            "the visit",
        ),
        # thanks that name someone and what they did praise that act
        (
            '"I would like to thank Prime Minister Ana Ruiz for leading the harbour talks," '
            "said President Karl Lind.",
            "Karl Lind",
            "endorsement",
            "leading the harbour talks",
        ),
        # a proposal named in a pseudo-cleft by the speaker's side
        (
            '"What I am suggesting is to bring the two ports together," Norland\'s Ambassador '
            "Jon Berg said.",
            "Jon Berg",
            "offer",
            "bring the two ports together",
        ),
        # a commitment noun with its maker after "by"
        (
            "The accord includes a pledge by Norland to release 300 prisoners.",
            "Norland",
            "pledge",
            "release 300 prisoners",
        ),
        # pressure from a named side to act is that side's call
        (
            "The council came under intense pressure from Norland to keep the embargo.",
            "Norland",
            "call",
            "keep the embargo",
        ),
        # defending a principle or a decision is a stand for it
        (
            "President Karl Lind defended the principle of a single harbour authority.",
            "Karl Lind",
            "endorsement",
            "the principle of a single harbour authority",
        ),
        # asserting a need states it, as stressing it does
        (
            "Delegate Ana Ruiz of Norland asserted the need to preserve the 1995 decisions.",
            "Norland",
            "call",
            "preserve the 1995 decisions",
        ),
    ],
)
def test_passive_stances_thanks_clefts_and_named_makers(nlp, text, actor, kind, content):
    _assert_commits(nlp, text, actor, kind, content)


@pytest.mark.parametrize(
    "text",
    [
        '"I want to thank you all for coming," President Karl Lind said.',
        "The rally was supported by several parties, including the Green Party.",
        "President Karl Lind defended the harbour against the storm.",
        "What he suggested was a joint patrol, President Karl Lind of Norland said.",
    ],
)
def test_courtesy_participation_defence_and_told_proposals_commit_nothing(nlp, text):
    rows = [r for r in extract(nlp, text) if r["type"] in ("endorsement", "offer")]
    assert rows == []


@pytest.mark.parametrize(
    ("text", "actor", "kind", "content"),
    [
        # asking through an act done: the protest lodged is the means, the request is made
        (
            "Norland has lodged formal protests to ask Vesland to stop the drilling.",
            "Norland",
            "call",
            "stop the drilling",
        ),
        # not recognising a claim to land or rights refuses it
        (
            "Vesland does not recognise Norland's claims to the northern islands.",
            "Vesland",
            "refusal",
            "claims to the northern islands",
        ),
        # "not" hung on an adverb before the verb still negates it
        (
            '"We do not morally or legally recognise the new regime," President Karl Lind of '
            "Norland said.",
            "Karl Lind",
            "refusal",
            "the new regime",
        ),
        # "determined" read as a verb joined to a copula, with the state's bodies as subject
        (
            'President Karl Lind of Norland said that "all the state structures are on alert '
            'and determined to find the missing crew."',
            "Karl Lind",
            "intent",
            "find the missing crew",
        ),
    ],
)
def test_requests_made_through_acts_refused_claims_and_resolve(nlp, text, actor, kind, content):
    _assert_commits(nlp, text, actor, kind, content)


@pytest.mark.parametrize(
    "text",
    [
        "Norland rejected the claims of the report on the northern islands.",
        "Norland plans on deploying troops to support the return of the refugees.",
    ],
)
def test_rejected_reports_and_purposes_of_plans_ask_nothing(nlp, text) -> None:
    kinds = {r["type"] for r in extract(nlp, text)}
    assert "refusal" not in kinds and "call" not in kinds


@pytest.mark.parametrize(
    ("text", "actor", "kind", "content"),
    [
        # a named person's or a state's view that another side should act asks it
        (
            "Chancellor Karl Lind believed Vesland should first free the detained reporters.",
            "Karl Lind",
            "call",
            "free the detained reporters",
        ),
        ("Norland believes Vesland should reopen the border.", "Norland", "call", "reopen"),
        # a recommendation asks
        (
            "The Norland committee recommended the suspension of the fishing sanctions.",
            "Norland",
            "call",
            "the suspension of the fishing sanctions",
        ),
        # a commitment said to stand still holds
        (
            "Norland said its commitment to lift the embargo still stood.",
            "Norland",
            "pledge",
            "lift the embargo",
        ),
        # a side's own move halted is refused
        (
            "Norland has halted its withdrawal from three towns until the rebels disarm.",
            "Norland",
            "refusal",
            "its withdrawal from three towns",
        ),
    ],
)
def test_held_views_recommendations_standing_pledges_and_halted_moves(
    nlp, text, actor, kind, content
):
    _assert_commits(nlp, text, actor, kind, content)


@pytest.mark.parametrize(
    "text",
    [
        "Many Norlanders believe that their government should take a tougher stance.",
        "Norland ended its withdrawal from the valley on Monday.",
        "Norland said its commitment to the talks remains strong.",
    ],
)
def test_crowds_views_finished_moves_and_judged_pledges_commit_nothing(nlp, text) -> None:
    assert extract(nlp, text) == []


def test_a_body_deciding_what_it_will_do_sets_its_course(nlp) -> None:
    text = (
        "The UN Security Council passed a resolution on the harbour dispute. The Council "
        "decided it would end the measures if Vesland complied."
    )
    _assert_commits(nlp, text, "UN Security Council", "intent", "end the measures")
    refused = "The Norwegian cabinet decided it would not take part in the talks."
    assert [r["type"] for r in extract(nlp, refused)] == ["refusal"]


@pytest.mark.parametrize(
    ("text", "kind", "content"),
    [
        # off its sense, "defend" under a modal is the modal's pledge
        ("Norland will defend the government against its enemies.", "pledge", "the government"),
        (
            "President Karl Lind of Norland will defend his plan today to hold a separate "
            "conference on the river.",
            "pledge",
            "his plan",
        ),
        # one's own plan defended is the plan's intent, not a stand for a principle
        (
            "Minister Karl Lind of Norland defended his plan to pay the farmers.",
            "intent",
            "pay the farmers",
        ),
    ],
)
def test_defending_a_side_or_its_own_plan(nlp, text, kind, content) -> None:
    rows = [r for r in extract(nlp, text) if r["type"] == kind]
    assert rows and content in rows[0]["content"], extract(nlp, text)


def test_no_longer_under_a_modal_is_no_refusal(nlp) -> None:
    text = "The agency would no longer use the old wage index but would use prices instead."
    assert [r for r in extract(nlp, text) if r["type"] == "refusal"] == []


@pytest.mark.parametrize(
    ("text", "actor", "content"),
    [
        # what a side expects another to do of what it owes asks it of them
        (
            '"We expect Vesland to honour the fishing court\'s ruling in full," said '
            "Norland's trade minister Ivo Tarn.",
            "Ivo Tarn",
            "honour the fishing court",
        ),
        (
            "Norland's Foreign Ministry said that it expected the observers to stick to their "
            "remit.",
            "Foreign Ministry",
            "stick to their remit",
        ),
        (
            '"We expect an apology from Vesland," said Norland\'s trade minister Ivo Tarn.',
            "Ivo Tarn",
            "apology",
        ),
        # the same expectation in reported words
        (
            "Speaking after the talks, Holm said she expected a swift pullout of Vesland's "
            "troops from the valley.",
            "Holm",
            "pullout",
        ),
    ],
)
def test_an_owed_act_expected_of_another_side_is_a_call(
    nlp, text: str, actor: str, content: str
) -> None:
    _assert_commits(nlp, text, actor, "call", content)


@pytest.mark.parametrize(
    "text",
    [
        # an act that is no duty, or a course expected to happen, forecasts
        "Norland's Foreign Ministry said that it expected Vesland to win the vote.",
        "Norland's Foreign Ministry said that it expected the sale to proceed.",
        # onlookers, a negated or a passive expectation, and one's own act
        "Analysts expect Vesland to comply with the ruling.",
        "Norland's trade minister Ivo Tarn does not expect Vesland to comply.",
        "Vesland is expected to comply with the ruling, said trade minister Ivo Tarn.",
        "Norland's Foreign Ministry said that it expected to comply with the ruling.",
        "Analysts said they expected a withdrawal by Friday.",
    ],
)
def test_expectations_that_are_forecasts_ask_nothing(nlp, text: str) -> None:
    assert not [r for r in extract(nlp, text) if r["type"] == "call"], extract(nlp, text)


@pytest.mark.parametrize(
    ("text", "actor", "content"),
    [
        # a reminder of what another side must, can or still has to do asks it of them
        (
            "Norland's envoy Ivo Tarn reminded Vesland that it must still open its books to "
            "the auditors.",
            "Ivo Tarn",
            "open its books",
        ),
        (
            '"I remind them they can pay their share of the costs," Norland\'s President Ivo '
            "Tarn said.",
            "Ivo Tarn",
            "pay their share",
        ),
    ],
)
def test_a_reminder_of_a_duty_is_a_call(nlp, text: str, actor: str, content: str) -> None:
    _assert_commits(nlp, text, actor, "call", content)


@pytest.mark.parametrize(
    "text",
    [
        "Norland's envoy Ivo Tarn reminded reporters that the treaty was signed in 2004.",
        "Norland's envoy Ivo Tarn reminded everyone that Norland is an old seafaring nation.",
    ],
)
def test_a_reminder_of_a_fact_asks_nothing(nlp, text: str) -> None:
    assert not [r for r in extract(nlp, text) if r["type"] == "call"], extract(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the time said between the verb and "of" does not hide the consequences warned of
        (
            "Holm warned Berg on Tuesday of grave consequences for trade ties if Vesland kept "
            "the border shut.",
            {("Holm", "intent")},
        ),
        # a warning of a danger is no threat, with or without the time
        ("Holm warned Berg on Tuesday of the risks of the coming floods.", set()),
    ],
)
def test_a_warning_of_consequences_after_a_time_is_a_threat(nlp, text: str, expected) -> None:
    rows = commitment_rows(nlp, text)
    assert {(r["actor"], r["type"]) for r in rows} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what another side will face unless it acts: the speaker threatens it
        (
            "On Monday Holm said that the militia will face a crushing response if they do not "
            "lay down their arms.",
            {("Holm", "intent")},
        ),
        (
            "Holm said that Vesland would pay a heavy price unless it withdrew its troops.",
            {("Holm", "intent")},
        ),
        # a condition on events, not on the side's act, makes a forecast
        ("Holm said Norland will face a choice if the talks fail.", set()),
        # the speaker's own course under a condition stays a pledge
        ("Holm said that Norland would send troops if Vesland asked.", {("Holm", "pledge")}),
    ],
)
def test_what_a_side_will_face_unless_it_acts_is_a_threat(nlp, text: str, expected) -> None:
    rows = commitment_rows(nlp, text)
    assert {(r["actor"], r["type"]) for r in rows} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an infinitive with its own subject under "get": the one getting aims at it
        (
            "Ana Berg said Norway will try to get Sweden to accept the new border plan.",
            {("Norway", "intent")},
        ),
        # under "want" the same clause is the wanting side's call
        ("Norway wants Sweden to accept the new border plan.", {("Norway", "call")}),
        # a finite clause with the same subject still commits that side
        (
            "Ana Berg said Sweden will accept the new border plan.",
            {("Sweden", "endorsement")},
        ),
    ],
)
def test_what_one_side_gets_another_to_do_is_not_the_others_course(
    nlp, text: str, expected
) -> None:
    rows = commitment_rows(nlp, text)
    assert {(r["actor"], r["type"]) for r in rows} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a warning of what follows if another side acts threatens it
        (
            "Sweden warned of a halt to gas deliveries if Norway closed the border.",
            {("Sweden", "intent")},
        ),
        (
            "Norway warned about a cut in aid if the rebels attacked the town again.",
            {("Norway", "intent")},
        ),
        # a condition on events makes a forecast, not a threat
        ("Holm warned about the risk of floods if the rain continued.", set()),
    ],
)
def test_a_warning_of_what_follows_if_a_side_acts_is_a_threat(nlp, text: str, expected) -> None:
    rows = commitment_rows(nlp, text)
    assert {(r["actor"], r["type"]) for r in rows} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a side's policy sets a course, as its plan does; a negated act withholds it
        ("Norway has a policy of buying its frigates at home.", {("Norway", "intent")}),
        (
            "Norway has a firm policy never to sell arms to either side.",
            {("Norway", "refusal")},
        ),
        ("Sweden has a long-standing policy of not paying ransoms.", {("Sweden", "refusal")}),
        ("Denmark has a plan not to send more troops.", {("Denmark", "refusal")}),
        # a policy spoken of, with no act after it, commits no one
        ("The foreign policy of Norway was debated for hours.", set()),
    ],
)
def test_a_policy_of_not_acting_withholds_the_act(nlp, text: str, expected) -> None:
    rows = commitment_rows(nlp, text)
    assert {(r["actor"], r["type"]) for r in rows} == expected


def test_a_policy_named_without_an_act_sets_no_course(nlp) -> None:
    text = "Crowds marched in Oslo against the Norwegian government's policy of open borders."
    assert commitment_rows(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wish that only frames the saying: the statement itself
        (
            '"We would like to reaffirm Norway’s firm support for the border plan," Tor Lind, the '
            "Norwegian foreign minister, said.",
            {("Tor Lind", "endorsement")},
        ),
        (
            '"We wish to reaffirm our commitment to the fishing treaty," the Norwegian foreign '
            "minister, Tor Lind, said.",
            {("Tor Lind", "pledge")},
        ),
    ],
)
def test_a_wish_to_restate_a_stance_is_the_stance(nlp, text: str, expected) -> None:
    rows = commitment_rows(nlp, text)
    assert {(r["actor"], r["type"]) for r in rows} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a side's plan or offer to act, answered as the subject, stays its maker's
        (
            "A plan by Norway to set up a fishing council drew a cool response.",
            {("Norway", "intent")},
        ),
        (
            "Sweden's offer to mediate between the two sides was rejected by Denmark.",
            {("Sweden", "offer"), ("Denmark", "refusal")},
        ),
        # with no act offered, or no maker named, nothing is anyone's course
        ("The plan by Norway was criticised by the press.", set()),
        ("The plan to build a dam drew protests.", set()),
    ],
)
def test_an_answered_plan_or_offer_stays_its_makers(nlp, text: str, expected) -> None:
    rows = commitment_rows(nlp, text)
    assert {(r["actor"], r["type"]) for r in rows} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a side's decision told as a cause or a time is still the course it decided
        (
            "The ferry talks were put off due to the Danish government's decision not to "
            "join the naval mission.",
            {("Denmark", "refusal")},
        ),
        (
            "After Norway's decision to send two frigates, Sweden recalled its envoy.",
            {("Norway", "intent")},
        ),
        # criticising a decision is about it; the criticism commits no one
        ("Sweden criticised Norway's decision to send two frigates.", set()),
    ],
)
def test_a_decision_told_as_a_cause_is_its_owners_course(nlp, text: str, expected) -> None:
    rows = commitment_rows(nlp, text)
    assert {(r["actor"], r["type"]) for r in rows} == expected
