"""The commitment cue lexicon: the words of ``analysis/data/commitment_cues.toml``, read
once into a typed, frozen ``CueLexicon``.

The lexicon holds classes of language, not sentences: which verbs, nouns and adjectives
commit and to which of the seven types, the senses in which they do not, and the words
the background and crediting rules ask about. ``analysis.cues`` finds cues with it;
``parse_lexicon`` reads another TOML text of the same layout (for tests and custom
lexicons) and rejects unknown types.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

CUES_FILE = "commitment_cues.toml"

COMMITMENT_TYPES: tuple[str, ...] = (
    "agreement",
    "pledge",
    "offer",
    "endorsement",
    "call",
    "intent",
    "refusal",
)


@dataclass(frozen=True)
class CueLexicon:
    """The cue words of ``commitment_cues.toml``, by role."""

    verbs: dict[str, str]
    complement_verbs: dict[str, str]
    modals: dict[str, str]
    ready_adjectives: frozenset[str]
    look_forward: frozenset[str]
    need_verbs: frozenset[str]
    need_frames: frozenset[str]
    wanting_verbs: frozenset[str]
    asked_acts: frozenset[str]
    expecting_verbs: frozenset[str]
    owed_acts: frozenset[str]
    reminding_verbs: frozenset[str]
    duty_words: frozenset[str]
    joint_preps: frozenset[str]
    refusal_phrasals: frozenset[str]
    plural_nouns: frozenset[str]
    verbal_nouns: frozenset[str]
    scheduled_subjects: frozenset[str]
    unscheduled_verbs: frozenset[str]
    courtesy_verbs: frozenset[str]
    role_verbs: frozenset[str]
    role_objects: frozenset[str]
    hedge_modals: frozenset[str]
    hedge_adverbs: frozenset[str]
    conditions: frozenset[str]
    deliberation: frozenset[str]
    reporting: frozenset[str]
    background_marks: frozenset[str]
    news_pegs: frozenset[str]
    notifying_verbs: frozenset[str]
    against_norms: frozenset[str]
    hoping_adjectives: frozenset[str]
    satisfied_adjectives: frozenset[str]
    warning_nouns: frozenset[str]
    satisfied_objects: frozenset[str]
    terms_nouns: frozenset[str]
    gerund_preps: frozenset[str]
    pass_through: frozenset[str]
    withheld_statements: frozenset[str]
    rejected_statements: frozenset[str]
    negated_attitudes: frozenset[str]
    institutions: frozenset[str]
    prediction_verbs: frozenset[str]
    prediction_subjects: frozenset[str]
    group_persons: frozenset[str]
    group_parties: frozenset[str]
    stating_verbs: frozenset[str] = frozenset()
    nouns: dict[str, str] | None = None
    announced_objects: frozenset[str] = frozenset()
    not_objects: dict[str, frozenset[str]] | None = None
    refusal_needs_object: frozenset[str] = frozenset()
    findings: frozenset[str] = frozenset()
    hospitality: frozenset[str] = frozenset()
    hospitality_objects: frozenset[str] = frozenset()
    passive_receivers: frozenset[str] = frozenset()
    vote_verbs: frozenset[str] = frozenset()
    vote_against: frozenset[str] = frozenset()
    vote_for: frozenset[str] = frozenset()
    refusal_adjectives: frozenset[str] = frozenset()
    own_bodies: frozenset[str] = frozenset()
    entourage: frozenset[str] = frozenset()
    stance_passives: frozenset[str] = frozenset()
    decision_nouns: frozenset[str] = frozenset()
    cause_preps: frozenset[str] = frozenset()
    not_parties: frozenset[str] = frozenset()
    reception_verbs: frozenset[str] = frozenset()
    about_nouns: frozenset[str] = frozenset()
    circumstance_preps: frozenset[str] = frozenset()
    deliverables: frozenset[str] = frozenset()
    received_nouns: frozenset[str] = frozenset()
    denied_rights: frozenset[str] = frozenset()
    needs_complement: frozenset[str] = frozenset()
    needs_particle: frozenset[str] = frozenset()
    belief_adjectives: frozenset[str] = frozenset()
    inference_verbs: frozenset[str] = frozenset()
    agent_nouns: frozenset[str] = frozenset()
    body_staff: frozenset[str] = frozenset()
    object_verbs: dict[str, str] | None = None
    only_objects: dict[str, frozenset[str]] | None = None
    outcome_verbs: frozenset[str] = frozenset()
    outcome_phrases: frozenset[str] = frozenset()
    event_verbs: frozenset[str] = frozenset()
    post_verbs: frozenset[str] = frozenset()
    posts: frozenset[str] = frozenset()
    event_nouns: frozenset[str] = frozenset()
    granted_acts: frozenset[str] = frozenset()
    deciding_verbs: frozenset[str] = frozenset()
    awaited_outcomes: frozenset[str] = frozenset()
    speaking_occasions: frozenset[str] = frozenset()
    welcoming_adjectives: frozenset[str] = frozenset()
    staying_verbs: frozenset[str] = frozenset()
    topic_verbs: frozenset[str] = frozenset()
    pledged_roles: frozenset[str] = frozenset()
    concluded_gatherings: frozenset[str] = frozenset()
    broken_off: frozenset[str] = frozenset()
    preventable_events: frozenset[str] = frozenset()
    needs_to: frozenset[str] = frozenset()
    intent_adjectives: frozenset[str] = frozenset()
    threat_verbs: frozenset[str] = frozenset()
    formal_objects: frozenset[str] = frozenset()
    past_negation_voids: frozenset[str] = frozenset()
    polled: frozenset[str] = frozenset()
    partitives: frozenset[str] = frozenset()
    document_verbs: frozenset[str] = frozenset()
    state_nouns: frozenset[str] = frozenset()
    framing_verbs: frozenset[str] = frozenset()
    framing_adjectives: frozenset[str] = frozenset()
    feelings: frozenset[str] = frozenset()
    answering_acts: frozenset[str] = frozenset()
    future_verbs: frozenset[str] = frozenset()
    private_bodies: frozenset[str] = frozenset()
    permission_verbs: frozenset[str] = frozenset()
    tolerance_verbs: frozenset[str] = frozenset()
    opinion_verbs: frozenset[str] = frozenset()
    remarking_verbs: frozenset[str] = frozenset()
    armed_groups: frozenset[str] = frozenset()
    blaming_acts: frozenset[str] = frozenset()
    acknowledging_verbs: frozenset[str] = frozenset()
    knowing_verbs: frozenset[str] = frozenset()
    threatened_outcomes: frozenset[str] = frozenset()
    judgements: frozenset[str] = frozenset()
    forecast_adverbs: frozenset[str] = frozenset()
    schedule_verbs: frozenset[str] = frozenset()
    phase_verbs: frozenset[str] = frozenset()
    hosting_verbs: frozenset[str] = frozenset()
    met_objects: frozenset[str] = frozenset()
    praise_verbs: frozenset[str] = frozenset()
    back_particles: frozenset[str] = frozenset()
    praised_people: frozenset[str] = frozenset()
    thanked_persons: frozenset[str] = frozenset()
    favours: frozenset[str] = frozenset()
    opinions: frozenset[str] = frozenset()
    state_hopes: frozenset[str] = frozenset()
    scheduling_orders: frozenset[str] = frozenset()
    threat_acts: frozenset[str] = frozenset()
    compelled_verbs: frozenset[str] = frozenset()
    considered_offers: frozenset[str] = frozenset()
    abandoning: frozenset[str] = frozenset()
    ceasing_until: frozenset[str] = frozenset()
    stance_nouns: frozenset[str] = frozenset()
    stance_verbs: frozenset[str] = frozenset()
    errand_verbs: frozenset[str] = frozenset()
    errand_places: frozenset[str] = frozenset()
    spoken_kinds: frozenset[str] = frozenset()
    scheduled_meetings: frozenset[str] = frozenset()
    members: frozenset[str] = frozenset()
    advising_warnings: frozenset[str] = frozenset()
    schedule_participles: frozenset[str] = frozenset()
    fixed_schedules: frozenset[str] = frozenset()
    scheduled_acts: frozenset[str] = frozenset()
    continued: frozenset[str] = frozenset()
    to_phrase_refusals: frozenset[str] = frozenset()
    past_wishes: frozenset[str] = frozenset()
    past_needs: frozenset[str] = frozenset()
    decided_acts: dict[str, frozenset[str]] | None = None
    joining_acts: frozenset[str] = frozenset()
    hoping_adverbs: frozenset[str] = frozenset()
    linking_adverbs: frozenset[str] = frozenset()
    history_phrases: frozenset[str] = frozenset()
    thing_outcomes: frozenset[str] = frozenset()
    document_course: frozenset[str] = frozenset()
    considering_acts: frozenset[str] = frozenset()
    opinion_frames: frozenset[str] = frozenset()
    opinion_nouns: frozenset[str] = frozenset()
    risk_nouns: frozenset[str] = frozenset()
    commented_proposals: frozenset[str] = frozenset()
    striving_calls: frozenset[str] = frozenset()
    needs_object_or_to: frozenset[str] = frozenset()
    journey_verbs: frozenset[str] = frozenset()
    fighting_acts: frozenset[str] = frozenset()
    roles: frozenset[str] = frozenset()
    policy_refusals: frozenset[str] = frozenset()
    course_participles: frozenset[str] = frozenset()
    ready_for: frozenset[str] = frozenset()
    ending_verbs: frozenset[str] = frozenset()
    mandative_verbs: frozenset[str] = frozenset()
    joint_effort_verbs: frozenset[str] = frozenset()
    charged_plans: frozenset[str] = frozenset()
    own_efforts: frozenset[str] = frozenset()
    past_efforts: frozenset[str] = frozenset()
    joint_documents: frozenset[str] = frozenset()
    joint_words: frozenset[str] = frozenset()
    counted_people: frozenset[str] = frozenset()
    time_spans: frozenset[str] = frozenset()
    facing_verbs: frozenset[str] = frozenset()
    progressive_refusals: frozenset[str] = frozenset()
    progressive_deployments: frozenset[str] = frozenset()
    keeping_verbs: frozenset[str] = frozenset()
    leave_verbs: frozenset[str] = frozenset()
    kept_accords: frozenset[str] = frozenset()
    cleft_offers: frozenset[str] = frozenset()
    recognising_verbs: frozenset[str] = frozenset()
    envoys: frozenset[str] = frozenset()
    assurances: frozenset[str] = frozenset()
    addressed_orders: frozenset[str] = frozenset()
    extraposed_kinds: frozenset[str] = frozenset()
    history_spans: frozenset[str] = frozenset()
    recorded_documents: frozenset[str] = frozenset()
    engagement_talks: frozenset[str] = frozenset()
    proposed_statements: frozenset[str] = frozenset()
    quoting_verbs: frozenset[str] = frozenset()
    vague_objects: frozenset[str] = frozenset()
    pressure_nouns: frozenset[str] = frozenset()
    pressing_verbs: frozenset[str] = frozenset()
    outcome_talks_verbs: frozenset[str] = frozenset()
    talk_nouns: frozenset[str] = frozenset()
    measure_nouns: frozenset[str] = frozenset()
    help_seeking: frozenset[str] = frozenset()
    requested_help: frozenset[str] = frozenset()
    help_needing: frozenset[str] = frozenset()
    imperative_not_asks: frozenset[str] = frozenset()
    negated_imperative_not_asks: frozenset[str] = frozenset()
    hearing_verbs: frozenset[str] = frozenset()
    stated_course_marks: frozenset[str] = frozenset()
    cleft_needs: frozenset[str] = frozenset()
    sought_outcomes: frozenset[str] = frozenset()
    gerund_refusals: frozenset[str] = frozenset()
    proposal_phrasals: frozenset[str] = frozenset()
    proposed_objects: frozenset[str] = frozenset()
    withheld_topics: frozenset[str] = frozenset()
    asking_modals: frozenset[str] = frozenset()
    held_support: frozenset[str] = frozenset()
    acting_nouns: frozenset[str] = frozenset()
    continued_courses: frozenset[str] = frozenset()
    corroborating_verbs: frozenset[str] = frozenset()
    standing_support: frozenset[str] = frozenset()
    claims: frozenset[str] = frozenset()
    post_taking: frozenset[str] = frozenset()
    posts_held: frozenset[str] = frozenset()


@cache
def cue_lexicon() -> CueLexicon:
    """Return the shipped cue lexicon (read once)."""
    text = resources.files("analysis").joinpath("data", CUES_FILE).read_text("utf-8")
    return parse_lexicon(text)


def parse_lexicon(text: str) -> CueLexicon:
    """Return the cue lexicon held in TOML ``text``; unknown types are an error."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise ValueError(f"the commitment cue lexicon is not valid TOML: {err}") from err

    def by_type(section: str) -> dict[str, str]:
        table = data.get(section, {})
        unknown = sorted(set(table) - set(COMMITMENT_TYPES))
        if unknown:
            raise ValueError(f"unknown commitment types in [{section}]: {', '.join(unknown)}")
        return {word: kind for kind, words in table.items() for word in words}

    modals = dict(data.get("modals", {}))
    unknown = sorted(set(modals.values()) - set(COMMITMENT_TYPES))
    if unknown:
        raise ValueError(f"unknown commitment types in [modals]: {', '.join(unknown)}")

    def words(section: str, key: str) -> frozenset[str]:
        return frozenset(w.lower() for w in data.get(section, {}).get(key, []))

    halting = words("senses", "halting_verbs")

    return CueLexicon(
        verbs=by_type("verbs"),
        complement_verbs=by_type("complement_verbs"),
        modals=modals,
        ready_adjectives=words("phrases", "ready_adjectives"),
        look_forward=words("phrases", "look_forward"),
        need_verbs=words("phrases", "need_verbs"),
        need_frames=words("phrases", "need_frames"),
        asking_modals=words("phrases", "asking_modals"),
        wanting_verbs=words("phrases", "wanting_verbs"),
        asked_acts=words("phrases", "asked_acts"),
        expecting_verbs=words("phrases", "expecting_verbs"),
        owed_acts=words("phrases", "owed_acts"),
        reminding_verbs=words("phrases", "reminding_verbs"),
        duty_words=words("phrases", "duty_words"),
        joint_preps=words("phrases", "joint_preps"),
        refusal_phrasals=words("phrases", "refusal_phrasals"),
        plural_nouns=words("phrases", "plural_nouns"),
        verbal_nouns=words("phrases", "verbal_nouns"),
        scheduled_subjects=words("phrases", "purpose_nouns"),
        unscheduled_verbs=words("phrases", "unscheduled_verbs"),
        courtesy_verbs=words("phrases", "courtesy_verbs"),
        role_verbs=words("phrases", "role_verbs"),
        role_objects=words("phrases", "role_objects"),
        hedge_modals=words("hedges", "modals"),
        hedge_adverbs=words("hedges", "adverbs"),
        conditions=words("hedges", "conditions"),
        deliberation=words("hedges", "deliberation"),
        reporting=words("reporting", "verbs"),
        background_marks=words("background", "marks"),
        news_pegs=words("background", "news_pegs"),
        gerund_preps=words("background", "gerund_preps"),
        pass_through=words("background", "pass_through"),
        withheld_statements=words("background", "withheld_statements"),
        rejected_statements=words("background", "rejected_statements"),
        negated_attitudes=words("background", "negated_attitudes"),
        past_negation_voids=words("background", "past_negation_voids"),
        institutions=words("groups", "institutions"),
        prediction_verbs=words("predictions", "verbs") | words("predictions", "accusations"),
        prediction_subjects=words("predictions", "subjects"),
        polled=words("predictions", "polled"),
        group_persons=words("groups", "persons"),
        group_parties=words("groups", "parties"),
        not_parties=words("groups", "not_parties"),
        partitives=words("groups", "partitives"),
        stating_verbs=words("stating_verbs", "verbs"),
        notifying_verbs=words("stating_verbs", "notifying"),
        against_norms=words("phrases", "against_norms"),
        hoping_adjectives=words("phrases", "hoping_adjectives"),
        satisfied_adjectives=words("phrases", "satisfied_adjectives"),
        warning_nouns=words("phrases", "warning_nouns"),
        satisfied_objects=words("phrases", "satisfied_objects"),
        terms_nouns=words("phrases", "terms_nouns"),
        nouns=by_type("nouns"),
        announced_objects=words("announced", "objects"),
        not_objects={
            verb: frozenset(w.lower() for w in objects)
            for verb, objects in data.get("senses", {}).get("not_objects", {}).items()
        },
        refusal_needs_object=words("senses", "refusal_needs_object"),
        findings=words("senses", "findings"),
        hospitality=words("senses", "hospitality"),
        hospitality_objects=words("senses", "hospitality_objects"),
        passive_receivers=words("senses", "passive_receivers"),
        vote_verbs=words("phrases", "vote_verbs"),
        vote_against=words("phrases", "vote_against"),
        vote_for=words("phrases", "vote_for"),
        refusal_adjectives=words("phrases", "refusal_adjectives"),
        own_bodies=words("groups", "own_bodies"),
        entourage=words("groups", "entourage"),
        stance_passives=words("senses", "stance_passives"),
        about_nouns=words("senses", "about_nouns"),
        reception_verbs=words("senses", "reception_verbs"),
        decision_nouns=words("senses", "decision_nouns"),
        cause_preps=words("senses", "cause_preps"),
        circumstance_preps=words("senses", "circumstance_preps"),
        deliverables=words("groups", "deliverables"),
        received_nouns=words("senses", "received_nouns"),
        held_support=words("senses", "held_support"),
        denied_rights=words("senses", "denied_rights"),
        needs_complement=words("senses", "needs_complement"),
        needs_particle=words("senses", "needs_particle"),
        belief_adjectives=words("predictions", "adjectives"),
        inference_verbs=words("predictions", "inferences"),
        agent_nouns=words("groups", "agents"),
        body_staff=words("groups", "body_staff"),
        object_verbs=by_type("object_verbs"),
        only_objects={
            **{
                verb: words("senses", "ended_engagements")
                | (words("senses", "halted_moves") if verb in halting else frozenset())
                for verb in words("senses", "ending_verbs")
            },
            **{
                verb: frozenset(w.lower() for w in objects)
                for verb, objects in data.get("only_objects", {}).items()
            },
        },
        outcome_verbs=words("predictions", "outcome_verbs"),
        outcome_phrases=words("predictions", "outcome_phrases"),
        event_verbs=words("predictions", "event_verbs"),
        post_verbs=words("predictions", "post_verbs"),
        posts=words("predictions", "posts"),
        event_nouns=words("predictions", "event_nouns"),
        granted_acts=words("predictions", "granted_acts"),
        deciding_verbs=words("phrases", "deciding_verbs"),
        awaited_outcomes=words("phrases", "awaited_outcomes"),
        speaking_occasions=words("background", "speaking_occasions"),
        welcoming_adjectives=words("phrases", "welcoming_adjectives"),
        staying_verbs=words("predictions", "staying_verbs"),
        topic_verbs=words("predictions", "topic_verbs"),
        pledged_roles=words("predictions", "pledged_roles"),
        concluded_gatherings=words("senses", "concluded_gatherings"),
        broken_off=words("senses", "broken_off"),
        preventable_events=words("predictions", "preventable_events"),
        needs_to=words("senses", "needs_to"),
        intent_adjectives=words("phrases", "intent_adjectives"),
        threat_verbs=words("phrases", "threat_verbs"),
        formal_objects=words("formal_objects", "nouns"),
        document_verbs=words("reporting", "document_verbs"),
        state_nouns=words("groups", "states"),
        framing_verbs=words("phrases", "framing_verbs"),
        framing_adjectives=words("phrases", "framing_adjectives"),
        feelings=words("phrases", "feelings"),
        answering_acts=words("reporting", "answering_acts"),
        future_verbs=words("phrases", "future_verbs"),
        private_bodies=words("groups", "private_bodies"),
        permission_verbs=words("background", "permission_verbs"),
        tolerance_verbs=words("background", "tolerance_verbs"),
        opinion_verbs=words("senses", "opinion_verbs"),
        remarking_verbs=words("senses", "remarking_verbs"),
        armed_groups=words("senses", "armed_groups"),
        blaming_acts=words("senses", "blaming_acts"),
        acknowledging_verbs=words("senses", "acknowledging_verbs"),
        knowing_verbs=words("background", "knowing_verbs"),
        threatened_outcomes=words("predictions", "threatened_outcomes"),
        judgements=words("predictions", "judgements"),
        forecast_adverbs=words("predictions", "forecast_adverbs"),
        schedule_verbs=words("predictions", "schedule_verbs"),
        phase_verbs=words("predictions", "phase_verbs"),
        hosting_verbs=words("predictions", "hosting_verbs"),
        met_objects=words("predictions", "met_objects"),
        praise_verbs=words("senses", "praise_verbs"),
        back_particles=words("senses", "back_particles"),
        praised_people=words("senses", "praised_people"),
        thanked_persons=words("senses", "thanked_persons"),
        favours=words("senses", "favours"),
        opinions=words("phrases", "opinions"),
        state_hopes=words("phrases", "state_hopes"),
        scheduling_orders=words("phrases", "scheduling_orders"),
        threat_acts=words("phrases", "threat_acts"),
        compelled_verbs=words("phrases", "compelled_verbs"),
        considered_offers=words("phrases", "considered_offers"),
        abandoning=words("phrases", "abandoning"),
        ceasing_until=words("phrases", "ceasing_until"),
        stance_nouns=words("phrases", "stance_nouns"),
        stance_verbs=words("phrases", "stance_verbs"),
        errand_verbs=words("phrases", "errand_verbs"),
        errand_places=words("phrases", "errand_places"),
        spoken_kinds=words("phrases", "spoken_kinds"),
        scheduled_meetings=words("phrases", "scheduled_meetings"),
        members=words("groups", "members"),
        advising_warnings=words("phrases", "advising_warnings"),
        schedule_participles=words("phrases", "schedule_participles"),
        fixed_schedules=words("phrases", "fixed_schedules"),
        scheduled_acts=words("phrases", "scheduled_acts"),
        continued=words("phrases", "continued"),
        to_phrase_refusals=words("senses", "to_phrase_refusals"),
        past_wishes=words("background", "past_wishes"),
        past_needs=words("background", "past_needs"),
        joining_acts=words("phrases", "joining_acts"),
        hoping_adverbs=words("phrases", "hoping_adverbs"),
        linking_adverbs=words("phrases", "linking_adverbs"),
        history_phrases=words("background", "history_phrases"),
        ready_for=words("phrases", "ready_for"),
        ending_verbs=words("senses", "ending_verbs"),
        mandative_verbs=words("phrases", "mandative_verbs"),
        joint_effort_verbs=words("phrases", "joint_effort_verbs"),
        charged_plans=words("phrases", "charged_plans"),
        own_efforts=words("phrases", "own_efforts"),
        past_efforts=words("phrases", "past_efforts"),
        joint_documents=words("phrases", "joint_documents"),
        joint_words=words("phrases", "joint_words"),
        counted_people=words("predictions", "counted_people"),
        time_spans=words("predictions", "time_spans"),
        facing_verbs=words("phrases", "facing_verbs"),
        progressive_refusals=words("phrases", "progressive_refusals"),
        progressive_deployments=words("phrases", "progressive_deployments"),
        keeping_verbs=words("phrases", "keeping_verbs"),
        leave_verbs=words("phrases", "leave_verbs"),
        kept_accords=words("phrases", "kept_accords"),
        cleft_offers=words("phrases", "cleft_offers"),
        recognising_verbs=words("background", "recognising_verbs"),
        envoys=words("phrases", "envoys"),
        assurances=words("senses", "assurances"),
        addressed_orders=words("senses", "addressed_orders"),
        extraposed_kinds=words("phrases", "extraposed_kinds"),
        history_spans=words("background", "history_spans"),
        recorded_documents=words("reporting", "recorded_documents"),
        engagement_talks=words("background", "engagement_talks"),
        proposed_statements=words("background", "proposed_statements"),
        quoting_verbs=words("reporting", "quoting_verbs"),
        vague_objects=words("phrases", "vague_objects"),
        pressure_nouns=words("phrases", "pressure_nouns"),
        pressing_verbs=words("phrases", "pressing_verbs"),
        outcome_talks_verbs=words("phrases", "outcome_talks_verbs"),
        talk_nouns=words("phrases", "talk_nouns"),
        measure_nouns=words("phrases", "measure_nouns"),
        help_seeking=words("phrases", "help_seeking"),
        requested_help=words("phrases", "requested_help"),
        help_needing=words("phrases", "help_needing"),
        imperative_not_asks=words("phrases", "imperative_not_asks"),
        negated_imperative_not_asks=words("phrases", "negated_imperative_not_asks"),
        hearing_verbs=words("background", "hearing_verbs"),
        stated_course_marks=words("background", "stated_course_marks"),
        cleft_needs=words("phrases", "cleft_needs"),
        sought_outcomes=words("senses", "sought_outcomes"),
        gerund_refusals=words("senses", "gerund_refusals"),
        proposal_phrasals=words("phrases", "proposal_phrasals"),
        proposed_objects=words("phrases", "proposed_objects"),
        withheld_topics=words("background", "withheld_topics"),
        thing_outcomes=words("predictions", "thing_outcomes")
        | words("predictions", "outcome_verbs"),
        document_course=words("predictions", "document_course"),
        considering_acts=words("phrases", "considering_acts"),
        opinion_frames=words("predictions", "opinion_frames"),
        opinion_nouns=words("predictions", "opinion_nouns"),
        risk_nouns=words("predictions", "risk_nouns"),
        commented_proposals=words("background", "commented_proposals"),
        striving_calls=words("phrases", "striving_calls"),
        needs_object_or_to=words("senses", "needs_object_or_to"),
        journey_verbs=words("predictions", "journey_verbs"),
        fighting_acts=words("phrases", "fighting_acts"),
        roles=words("predictions", "roles"),
        policy_refusals=words("phrases", "policy_refusals"),
        course_participles=words("phrases", "course_participles"),
        decided_acts={
            verb: frozenset(kinds) for verb, kinds in data.get("decided_acts", {}).items()
        },
        acting_nouns=words("distrusted", "acting_nouns"),
        continued_courses=words("distrusted", "continued_courses"),
        corroborating_verbs=words("distrusted", "corroborating_verbs"),
        standing_support=words("distrusted", "standing_support"),
        claims=words("distrusted", "claims"),
        post_taking=words("distrusted", "post_taking"),
        posts_held=words("distrusted", "posts_held"),
    )
