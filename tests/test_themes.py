"""Themes: the default taxonomy, loading user taxonomies, matching, scoring and evidence."""

from __future__ import annotations

import pytest
import spacy

from analysis.tables import THEMES
from analysis.themes import (
    PHRASE_STRENGTH,
    WORD_STRENGTH,
    Taxonomy,
    TaxonomyError,
    Theme,
    ThemeMatcher,
    default_taxonomy,
    lemma_sequences,
    load_taxonomy,
    load_taxonomy_text,
    lower_sequences,
    spelling_variants,
)

DEFAULT_IDS = (
    "defence_industry",
    "supply_chains",
    "maritime_security",
    "military_exercises",
    "defence_spending",
    "technology",
    "strategic_autonomy",
    "shared_values",
    "multilateralism",
    "trade_investment",
    "regional_security",
    "humanitarian",
    "sanctions",
    "counter_terrorism",
    "nuclear_arms_control",
    "energy_climate",
    "diplomacy",
)

# An article that talks about the sea throughout and mentions energy once in passing.
MARITIME_ARTICLE = (
    "Japan and the Philippines agreed on Monday to expand maritime cooperation in the "
    "South China Sea.\n\n"
    "The two navies will hold more patrols along the sea lanes and share data from coastal "
    "radar.\n\n"
    "Officials said the coast guards of both countries would train boarding teams "
    "together.\n\n"
    "The ministers also discussed the weather during the flight.\n\n"
    "A spokesperson said oil prices had not come up.\n\n"
    "Naval officers from both sides will meet again in May to review the patrols."
)


@pytest.fixture(scope="module")
def matcher(nlp) -> ThemeMatcher:
    return ThemeMatcher(nlp.vocab, default_taxonomy())


def themes_of(matcher: ThemeMatcher, doc) -> set[str]:
    return {hit.theme for hit in matcher.hits(doc)}


def rows_by_theme(rows: list[dict]) -> dict[str, dict]:
    return {row["theme"]: row for row in rows}


# ---------------------------------------------------------------- the default taxonomy


def test_default_taxonomy_has_the_seventeen_themes_in_order():
    taxonomy = default_taxonomy()
    assert taxonomy.ids() == DEFAULT_IDS
    assert taxonomy.labels()["maritime_security"] == "maritime security and naval cooperation"
    assert taxonomy.labels()["diplomacy"] == "diplomatic engagement, visits and agreements"


def test_every_default_theme_has_description_and_patterns():
    for theme in default_taxonomy().themes:
        assert theme.description, theme.id
        assert len(theme.patterns) >= 5, theme.id
        assert theme.phrases, theme.id


# ---------------------------------------------------------------- matching words


@pytest.mark.parametrize(
    "sentence, word",
    [
        ("The two navies will patrol together.", "navies"),
        ("Naval officers met in Manila.", "Naval"),
        ("The Indian Navy sent a ship.", "Navy"),
        ("THE NAVY ARRIVED IN PORT.", "NAVY"),
        ("Three warships docked at the port.", "warships"),
    ],
)
def test_word_patterns_match_plural_adjective_and_capitalised_forms(nlp, matcher, sentence, word):
    doc = nlp(sentence)
    hits = [hit for hit in matcher.hits(doc) if hit.theme == "maritime_security"]
    assert [doc[hit.start : hit.end].text for hit in hits] == [word]
    assert hits[0].strength == WORD_STRENGTH


@pytest.mark.parametrize(
    "sentence, phrase, theme",
    [
        ("Both sides want resilient supply chains.", "supply chains", "supply_chains"),
        ("They signed a co-production deal.", "co-production", "defence_industry"),
        ("The unit works on counter-piracy off Somalia.", "counter-piracy", "maritime_security"),
        ("The plan stresses self-reliance in arms.", "self-reliance", "strategic_autonomy"),
        ("Leaders spoke of the rule of law.", "rule of law", "shared_values"),
        (
            "Ships kept the sea lines of communication open.",
            "sea lines of communication",
            "maritime_security",
        ),
        ("The Supply Chains Summit opened today.", "Supply Chains", "supply_chains"),
        ("The firms agreed on co production of shells.", "co production", "defence_industry"),
    ],
)
def test_phrase_patterns_match_as_wholes(nlp, matcher, sentence, phrase, theme):
    doc = nlp(sentence)
    hits = [hit for hit in matcher.hits(doc) if hit.theme == theme]
    assert [doc[hit.start : hit.end].text for hit in hits] == [phrase]
    assert hits[0].strength == PHRASE_STRENGTH


@pytest.mark.parametrize(
    "sentence, theme",
    [
        ("The US defense industry is growing.", "defence_industry"),
        ("The program of indigenization continues.", "strategic_autonomy"),
        ("Both fleets took part in the joint exercises.", "military_exercises"),
        ("The talks were held in Cairo.", "diplomacy"),
    ],
)
def test_american_spellings_and_inflections_match(nlp, matcher, sentence, theme):
    assert theme in themes_of(matcher, nlp(sentence))


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The exercise ended on Friday.", True),
        ("Both sides should exercise restraint.", False),
        ("Soldiers joined the drill near the border.", True),
    ],
)
def test_noun_patterns_count_only_nouns(nlp, matcher, sentence, expected):
    assert ("military_exercises" in themes_of(matcher, nlp(sentence))) is expected


def test_a_blank_pipeline_matches_on_lower_case_forms():
    nlp = spacy.blank("en")
    matcher = ThemeMatcher(nlp.vocab, default_taxonomy())
    doc = nlp("Integrating Supply Chains matters to the Navy.")
    assert themes_of(matcher, doc) == {"supply_chains", "maritime_security"}


def test_overlapping_patterns_of_one_theme_count_once(nlp, matcher):
    doc = nlp("The defence industry grew.")
    hits = [hit for hit in matcher.hits(doc) if hit.theme == "defence_industry"]
    assert [(doc[h.start : h.end].text, h.strength) for h in hits] == [
        ("defence industry", PHRASE_STRENGTH)
    ]


@pytest.mark.parametrize(
    "word, variant",
    [
        ("defence", "defense"),
        ("centre", "center"),
        ("organisation", "organization"),
        ("armour", "armor"),
        ("programme", "program"),
    ],
)
def test_spelling_variants_go_both_ways(word, variant):
    assert variant in spelling_variants(word)
    assert word in spelling_variants(variant)


def test_short_words_get_no_spelling_variants():
    assert spelling_variants("four") == {"four"}


def test_hyphenated_patterns_expand_to_split_joined_and_spaced_forms():
    forms = set(lower_sequences("co-production"))
    assert {("co", "-", "production"), ("coproduction",), ("co", "production")} <= forms
    assert ("co-production",) in forms
    assert ("co", "-", "productions") in forms
    assert ("Co", "-", "Production") in set(lemma_sequences("co-production"))


# ---------------------------------------------------------------- sentences


@pytest.mark.parametrize(
    "text",
    [
        "One sentence about the navy.",
        "Maritime Cooperation\n\nThe navy sailed. It came back.\n\nNothing else happened.",
        MARITIME_ARTICLE,
        "Text without any theme at all. Another one.",
    ],
)
def test_sentence_themes_has_one_entry_per_sentence(nlp, matcher, text):
    doc = nlp(text)
    assert len(matcher.sentence_themes(doc)) == len(list(doc.sents))


def test_an_empty_doc_has_no_sentences_and_no_rows(nlp, matcher):
    doc = nlp("")
    assert matcher.sentence_themes(doc) == []
    assert matcher.theme_rows(doc, "a1", title="Navy news") == []


def test_sentence_themes_names_the_themes_of_each_sentence(nlp, matcher):
    doc = nlp("The navy sailed to the port.\n\nLeaders spoke about the weather.")
    assert matcher.sentence_themes(doc) == [frozenset({"maritime_security"}), frozenset()]


def test_a_doc_without_sentence_boundaries_is_one_sentence():
    nlp = spacy.blank("en")
    matcher = ThemeMatcher(nlp.vocab, default_taxonomy())
    doc = nlp("The navy sailed. The frigate followed.")
    assert matcher.sentence_themes(doc) == [frozenset({"maritime_security"})]


# ---------------------------------------------------------------- rows, threshold, score


def test_rows_carry_the_contract_columns(nlp, matcher):
    rows = matcher.theme_rows(nlp(MARITIME_ARTICLE), "a1")
    assert rows
    for row in rows:
        assert set(THEMES.column_names) == set(row)
        assert row["article_id"] == "a1"
        assert isinstance(row["score"], float) and 0 < row["score"] <= 1


def test_a_real_discussion_gives_a_row_and_a_passing_word_does_not(nlp, matcher):
    rows = rows_by_theme(matcher.theme_rows(nlp(MARITIME_ARTICLE), "a1"))
    assert rows["maritime_security"]["n_sentences"] == 4
    assert "energy_climate" not in rows


@pytest.mark.parametrize(
    "text",
    [
        "The ministers met in Rome. They discussed the weather. The navy was not mentioned "
        "again. Lunch was served. The meeting ended early.",
        "Prices rose in the spring. Farmers complained about the rain. The harvest was "
        "poor. Oil was cheap. Nobody expected that.",
    ],
)
def test_single_passing_mentions_give_no_rows(nlp, matcher, text):
    assert matcher.theme_rows(nlp(text), "a1") == []


def test_two_weak_mentions_in_the_body_are_not_enough(nlp, matcher):
    text = (
        "The ministers met in Rome on Monday. Lunch was served at noon. "
        "An official mentioned the navy. Dinner followed in the evening. "
        "A guest asked about the navy. The meeting ended early."
    )
    assert "maritime_security" not in rows_by_theme(matcher.theme_rows(nlp(text), "a1"))


def test_a_phrase_in_the_title_alone_makes_a_theme(nlp, matcher):
    text = (
        "The ministers met in Rome on Monday. Lunch was served at noon. "
        "Dinner followed in the evening. The meeting ended early."
    )
    rows = rows_by_theme(matcher.theme_rows(nlp(text), "a1", title="Securing supply chains"))
    assert rows["supply_chains"]["n_sentences"] == 1
    assert rows["supply_chains"]["evidence"] == "Securing supply chains"
    assert matcher.theme_rows(nlp(text), "a1") == []


def test_a_title_at_the_start_of_the_text_is_not_counted_twice(nlp, matcher):
    title = "Navies agree on joint patrols"
    text = title + "\n\nThe two navies will patrol the sea lanes. Naval officers cheered."
    rows = rows_by_theme(matcher.theme_rows(nlp(text), "a1", title=title))
    assert rows["maritime_security"]["n_sentences"] == 3


def test_rows_are_ordered_by_score_and_the_main_subject_scores_highest(nlp, matcher):
    text = MARITIME_ARTICLE + (
        "\n\nThe ministers also signed a memorandum of understanding on port visits."
        "\n\nThe ambassador said the talks had gone well."
    )
    rows = matcher.theme_rows(nlp(text), "a1")
    scores = [row["score"] for row in rows]
    assert scores == sorted(scores, reverse=True)
    assert rows[0]["theme"] == "maritime_security"
    assert "diplomacy" in rows_by_theme(rows)


def test_more_coverage_gives_a_higher_score(nlp, matcher):
    filler = " ".join(f"Item {i} was noted." for i in range(8))
    light = f"{filler} The navy sailed. The frigate followed. Naval cadets waved. {filler}"
    heavy = (
        f"{filler} The navy sailed. The frigate followed. Naval cadets waved. "
        f"A submarine surfaced. Two warships anchored. {filler}"
    )
    light_row = rows_by_theme(matcher.theme_rows(nlp(light), "a"))["maritime_security"]
    heavy_row = rows_by_theme(matcher.theme_rows(nlp(heavy), "b"))["maritime_security"]
    assert heavy_row["score"] > light_row["score"]


# ---------------------------------------------------------------- vocabulary of the themes


@pytest.mark.parametrize(
    "sentence, phrase, theme",
    [
        # How defence is financed: loans, borrowing and budget lines, not only "budgets".
        (
            "The bloc will offer a loan instrument worth 150 billion euros.",
            "loan instrument",
            "defence_spending",
        ),
        ("Berlin opposed common borrowing for weapons.", "common borrowing", "defence_spending"),
        ("The treasury rejected any joint debt.", "joint debt", "defence_spending"),
        ("Europe is rearming fast.", "rearming", "defence_spending"),
        ("Spending on defence rose again.", "Spending on defence", "defence_spending"),
        ("Ministers discussed borrowing for defence.", "borrowing for defence", "defence_spending"),
        # Supply chains include shortages, bottlenecks and raw materials.
        ("A shortage of explosives slows output.", "shortage", "supply_chains"),
        ("Engines are the main bottleneck.", "bottleneck", "supply_chains"),
        ("Both want secure access to raw materials.", "raw materials", "supply_chains"),
        # Regional security covers disputes, claims, incursions and ways to calm them.
        (
            "Both sides reject the other's territorial claims.",
            "territorial claims",
            "regional_security",
        ),
        ("The patrol boats sailed near disputed islands.", "disputed islands", "regional_security"),
        ("The army reported an incursion across the border.", "incursion", "regional_security"),
        ("The standoff at the pass lasted a month.", "standoff", "regional_security"),
        (
            "They urged both parties to exercise restraint.",
            "exercise restraint",
            "regional_security",
        ),
        (
            "The talks produced confidence-building measures.",
            "confidence-building measures",
            "regional_security",
        ),
        ("Talks on a code of conduct resumed.", "code of conduct", "regional_security"),
        # Trade covers long-term supply deals and market terms.
        (
            "The firms signed long-term contracts for coal.",
            "long-term contracts",
            "trade_investment",
        ),
        ("Oman renewed its supply agreement with Japan.", "supply agreement", "trade_investment"),
        ("Chile is a major copper exporter.", "exporter", "trade_investment"),
        ("Brazil is its largest trading partner.", "trading partner", "trade_investment"),
        ("Prices fell on global markets.", "global markets", "trade_investment"),
        # Multilateral conferences, treaty parties and their consensus documents.
        ("The review conference opened in Geneva.", "review conference", "multilateralism"),
        ("All states parties must report annually.", "states parties", "multilateralism"),
        ("Delegates failed to agree a final document.", "final document", "multilateralism"),
        ("The text was adopted by consensus.", "by consensus", "multilateralism"),
        ("UN agencies asked for access.", "UN agencies", "multilateralism"),
    ],
)
def test_theme_vocabulary_is_found_in_sentences(nlp, matcher, sentence, phrase, theme):
    doc = nlp(sentence)
    found = [doc[hit.start : hit.end].text for hit in matcher.hits(doc) if hit.theme == theme]
    assert phrase in found


@pytest.mark.parametrize(
    "title, text, theme",
    [
        (
            "Parliament backs defence loans",
            "Parliament on Tuesday approved a loan instrument to pay for air defence and "
            "artillery.\n\nThe government had argued for common borrowing since the spring. "
            "Opposition members warned that joint debt would burden the next generation. "
            "The finance minister said the budget could not carry the costs alone. "
            "The vote was 310 to 250.",
            "defence_spending",
        ),
        (
            "Fishermen caught in island dispute",
            "Coast guard ships from two countries shadowed each other near disputed islands "
            "on Sunday.\n\nBoth governments repeated their territorial claims. A regional "
            "envoy urged them to exercise restraint and to agree confidence-building "
            "measures. Fishing boats stayed in port.",
            "regional_security",
        ),
        (
            "Chemical weapons treaty meeting ends",
            "The review conference of the chemical weapons treaty closed in The Hague on "
            "Friday.\n\nStates parties could not agree a final document. Several delegations "
            "said decisions taken by consensus let one country block the rest. The next "
            "meeting is due in five years.",
            "multilateralism",
        ),
        (
            "Chile and Korea extend copper deal",
            "Chile and South Korea extended a supply agreement for refined copper on "
            "Wednesday.\n\nChile is the world's largest copper exporter and Korea one of its "
            "main buyers. Officials said long-term contracts protect both sides from swings "
            "on global markets. The deal runs until 2035.",
            "trade_investment",
        ),
    ],
)
def test_articles_in_the_new_vocabulary_get_their_theme(nlp, matcher, title, text, theme):
    assert theme in rows_by_theme(matcher.theme_rows(nlp(text), "a1", title=title))


# ---------------------------------------------------------------- titles and common nouns

LONG_OPENING = (
    "The two navies agreed on Monday to hold joint patrols in the strait and to share "
    "radar data from their coastal stations for the rest of the year."
)


@pytest.mark.parametrize("ellipsis", ["\u2026", "..."])
def test_a_title_cut_short_from_the_opening_is_not_counted_twice(nlp, matcher, ellipsis):
    title = LONG_OPENING[:70].rsplit(" ", 1)[0] + ellipsis
    text = LONG_OPENING + "\n\nA frigate from each side will take part. Officials were pleased."
    rows = rows_by_theme(matcher.theme_rows(nlp(text), "a1", title=title))
    assert rows["maritime_security"]["n_sentences"] == 2


@pytest.mark.parametrize("ellipsis", ["\u2026", "..."])
def test_one_word_in_an_opening_cut_into_the_title_stays_a_passing_word(nlp, matcher, ellipsis):
    opening = (
        "Ministers met on Monday to discuss the route of a new pipeline to the coast and "
        "the timetable for talks with the neighbouring states."
    )
    text = opening + "\n\nThe talks begin in May. Officials said the route was open."
    title = opening[:70].rsplit(" ", 1)[0] + ellipsis
    assert "energy_climate" not in rows_by_theme(matcher.theme_rows(nlp(text), "a1", title=title))


def test_hits_of_noun_patterns_are_not_specific(nlp, matcher):
    doc = nlp("The contract covers ammunition.")
    found = {doc[hit.start : hit.end].text: hit.specific for hit in matcher.hits(doc)}
    assert found["contract"] is False
    assert found["ammunition"] is True


GAS_DEAL = (
    "Norway and Germany signed a ten-year deal on Tuesday for the delivery of natural gas "
    "through the North Sea.\n\n"
    "The deal covers up to ten billion cubic metres a year. Prices will be reviewed every "
    "two years. German industry welcomed the certainty. Both sides said the contract fits "
    "their climate targets. Further contracts may follow with other buyers."
)

WINTER_EXERCISE = (
    "Soldiers from five countries began a winter exercise in the north on Monday.\n\n"
    "The exercise will last two weeks. Units will practise river crossings. Training in "
    "the cold is hard, an officer said. The drill ends on the 20th."
)


@pytest.mark.parametrize(
    "text, theme, expected",
    [
        # "industry" and "contracts" only in the body of an article about gas.
        (GAS_DEAL, "defence_industry", False),
        (GAS_DEAL, "energy_climate", True),
        # The same kind of common nouns in the lead are the subject of the article.
        (WINTER_EXERCISE, "military_exercises", True),
        # Common nouns in the body count next to a word of the theme.
        (GAS_DEAL.replace("German industry", "German ammunition makers"), "defence_industry", True),
    ],
)
def test_common_nouns_alone_make_a_theme_only_from_prominent_sentences(
    nlp, matcher, text, theme, expected
):
    assert (theme in rows_by_theme(matcher.theme_rows(nlp(text), "a1"))) is expected


# ---------------------------------------------------------------- evidence


def test_evidence_is_the_sentence_with_the_most_hits(nlp, matcher):
    text = (
        "The ministers met in Rome on Monday. Lunch was served at noon. "
        "A frigate was in port. "
        "The navy and the coast guard will guard the sea lanes together. "
        "A naval band played."
    )
    row = rows_by_theme(matcher.theme_rows(nlp(text), "a1"))["maritime_security"]
    assert row["evidence"] == "The navy and the coast guard will guard the sea lanes together."


def test_evidence_ties_go_to_the_lead_then_the_earliest(nlp, matcher):
    text = (
        "The navy sailed on Monday.\n\n"
        "Officials were pleased.\n\n"
        "A frigate followed.\n\n"
        "A submarine stayed behind."
    )
    row = rows_by_theme(matcher.theme_rows(nlp(text), "a1"))["maritime_security"]
    assert row["evidence"] == "The navy sailed on Monday."


def test_evidence_prefers_a_full_sentence_to_a_heading(nlp, matcher):
    text = (
        "Ministers met in Rome.\n\nLunch was served.\n\n"
        "Naval Cooperation\n\n"
        "The navy sailed on Monday."
    )
    row = rows_by_theme(matcher.theme_rows(nlp(text), "a1"))["maritime_security"]
    assert row["evidence"] == "The navy sailed on Monday."


# ---------------------------------------------------------------- custom taxonomies

ARCTIC = """
[themes.arctic]
label = "Arctic"
description = "The High North."
lemmas = ["arctic", "icebreaker"]
phrases = ["high north"]
"""


def test_a_user_file_extends_the_default_by_default(tmp_path):
    path = tmp_path / "mine.toml"
    path.write_text(ARCTIC, "utf-8")
    taxonomy = load_taxonomy(path)
    assert taxonomy.ids() == DEFAULT_IDS + ("arctic",)
    assert taxonomy.labels()["arctic"] == "Arctic"


def test_replace_true_in_the_file_replaces_the_default():
    taxonomy = load_taxonomy_text("replace = true\n" + ARCTIC)
    assert taxonomy.ids() == ("arctic",)


def test_extend_false_replaces_and_extend_true_overrides_the_file():
    assert load_taxonomy_text(ARCTIC, extend=False).ids() == ("arctic",)
    assert load_taxonomy_text("replace = true\n" + ARCTIC, extend=True).ids()[-1] == "arctic"
    assert len(load_taxonomy_text("replace = true\n" + ARCTIC, extend=True).ids()) == 18


def test_a_theme_with_a_default_id_replaces_it_in_place():
    text = '[themes.sanctions]\nlabel = "Embargoes"\nlemmas = ["embargo"]\n'
    taxonomy = load_taxonomy_text(text)
    assert taxonomy.ids() == DEFAULT_IDS
    theme = dict(zip(taxonomy.ids(), taxonomy.themes, strict=True))["sanctions"]
    assert (theme.label, theme.lemmas, theme.phrases) == ("Embargoes", ("embargo",), ())


def test_a_custom_theme_is_found_in_text(nlp):
    taxonomy = load_taxonomy_text(ARCTIC, extend=False)
    matcher = ThemeMatcher(nlp.vocab, taxonomy)
    text = (
        "Norway sent two icebreakers north.\n\nThe Arctic is warming.\n\n"
        "Officials in the High North welcomed the ships."
    )
    rows = matcher.theme_rows(nlp(text), "a1")
    assert [row["theme"] for row in rows] == ["arctic"]
    assert rows[0]["n_sentences"] == 3


@pytest.mark.parametrize(
    "text, fragments",
    [
        ("[themes.x\nlabel = 1\n", ["line 1", "invalid TOML"]),
        ('[themes.x]\nlabel = "X"\nlemmas = ["a",\n', ["line", "invalid TOML"]),
        ('[themes.x]\ndescription = "d"\nlemmas = ["navy"]\n', ["'x'", "label", "line 1"]),
        ('[themes.x]\nlabel = ""\nlemmas = ["navy"]\n', ["'x'", "label", "line 2"]),
        ('[themes.x]\nlabel = "X"\nlemmas = "navy"\n', ["'x'", "'lemmas'", "line 3"]),
        ('[themes.x]\nlabel = "X"\n\nphrases = ["sea lane", 3]\n', ["'phrases'", "line 4"]),
        ('[themes.x]\nlabel = "X"\nlemmas = []\nphrases = []\n', ["'x'", "no patterns"]),
        (
            '[themes.x]\nlabel = "X"\nlemmas = ["a"]\nweight = 2\n',
            ["unknown key 'weight'", "line 4"],
        ),
        ('colour = "red"\n[themes.x]\nlabel = "X"\nlemmas = ["a"]\n', ["'colour'", "line 1"]),
        ('replace = "yes"\n[themes.x]\nlabel = "X"\nlemmas = ["a"]\n', ["'replace'", "line 1"]),
        ("themes = 3\n", ["'themes'"]),
        ('[themes."x y"]\nlabel = "X"\nlemmas = ["a"]\n', ["'x y'", "ids"]),
        ("replace = true\n", ["at least one"]),
    ],
)
def test_malformed_taxonomies_are_reported_with_theme_and_line(text, fragments):
    with pytest.raises(TaxonomyError) as caught:
        load_taxonomy_text(text, name="mine.toml")
    message = str(caught.value)
    assert message.startswith("mine.toml")
    for fragment in fragments:
        assert fragment in message


def test_a_malformed_file_names_the_file_and_line(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text("[themes.x\nlabel = 1\n", "utf-8")
    with pytest.raises(TaxonomyError, match=r"bad\.toml, line 1"):
        load_taxonomy(bad)


def test_a_file_that_is_not_utf8_is_a_taxonomy_error(tmp_path):
    bad = tmp_path / "latin.toml"
    bad.write_bytes('[themes.x]\nlabel = "D\xe9fense"\n'.encode("latin-1"))
    with pytest.raises(TaxonomyError, match="UTF-8"):
        load_taxonomy(bad)


# ---------------------------------------------------------------- fingerprints


def test_the_fingerprint_follows_the_content():
    base = Taxonomy((Theme("a", "A", lemmas=("navy",)),))
    same = Taxonomy((Theme("a", "A", lemmas=("navy",)),))
    other_pattern = Taxonomy((Theme("a", "A", lemmas=("navy", "fleet")),))
    other_label = Taxonomy((Theme("a", "B", lemmas=("navy",)),))
    assert base.fingerprint() == same.fingerprint()
    assert len({base.fingerprint(), other_pattern.fingerprint(), other_label.fingerprint()}) == 3


def test_taxonomies_are_hashable_and_equal_by_content():
    assert hash(load_taxonomy_text(ARCTIC)) == hash(load_taxonomy_text(ARCTIC))
    assert {default_taxonomy(): 1}[load_taxonomy_text("", extend=True)] == 1
    assert load_taxonomy_text(ARCTIC).fingerprint() != default_taxonomy().fingerprint()


# ---------------------------------------------------------------- vocabulary classes


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "The two governments opened a peace conference in Kirovo on Monday. Delegates "
            "discussed the occupation of the northern valley and the reparations owed since "
            "the war. Both sides said the peace process would take years.",
            "regional_security",
        ),
        (
            "Norway lifted the visa restrictions it had imposed on Finnish citizens. The "
            "travel ban had been in force since the spring. Officials said the remaining "
            "visa ban on traders would end next month.",
            "sanctions",
        ),
        (
            "The envoy began a mediation between the two governments. Negotiations on the "
            "border will resume next week, the mediator said. Both delegations said they "
            "would negotiate in good faith.",
            "diplomacy",
        ),
    ],
)
def test_vocabulary_classes_find_the_theme(nlp, matcher, text, theme):
    assert theme in rows_by_theme(matcher.theme_rows(nlp(text), "a1"))


# ---------------------------------------------------------------- relations fallback

RELATIONS_ARTICLE = (
    "Minister Jonas Reller of Norway met Minister Aino Kask of Finland on Tuesday. "
    "They spoke for an hour. Norway promised to send a letter on the matter next week."
)


def test_an_article_about_parties_relations_gets_a_theme(nlp, matcher):
    doc = nlp(RELATIONS_ARTICLE)
    start = RELATIONS_ARTICLE.index("Norway promised")
    assert matcher.theme_rows(doc, "a1") == []
    rows = matcher.theme_rows(doc, "a1", commitment_starts=[start], parties=2)
    assert [row["theme"] for row in rows] == ["diplomacy"]
    assert rows[0]["evidence"].startswith("Norway promised")


def test_no_relations_theme_without_two_parties_or_a_commitment(nlp, matcher):
    doc = nlp(RELATIONS_ARTICLE)
    start = RELATIONS_ARTICLE.index("Norway promised")
    assert matcher.theme_rows(doc, "a1", commitment_starts=[start], parties=1) == []
    assert matcher.theme_rows(doc, "a1", parties=2) == []


@pytest.mark.parametrize(
    ("sentence", "theme"),
    [
        ("A car bomb exploded outside the police station in Varno.", "counter_terrorism"),
        ("Gunmen kidnapped two aid workers near the border.", "counter_terrorism"),
        ("The bombing killed four officers.", "counter_terrorism"),
        ("Insurgents ambushed a convoy on the northern road.", "regional_security"),
        ("Two soldiers died when their truck hit a landmine.", "regional_security"),
    ],
)
def test_political_violence_is_a_security_theme(nlp, matcher, sentence, theme):
    assert theme in themes_of(matcher, nlp(sentence))


# ---------------------------------------------------------------- contested democracy, blasts


@pytest.mark.parametrize(
    "text",
    [
        "The opposition in Varlandia said the vote was marred by ballot stuffing. Election "
        "observers from three states were turned back at the border. The president denied "
        "that the poll was rigged and called the result free and fair.",
        "Police in Ostravin detained a dissident writer on Friday. Critics of the authoritarian "
        "government say censorship of the press has grown since the spring. Two political "
        "prisoners were released last year.",
    ],
)
def test_contested_elections_and_repression_are_shared_values(nlp, matcher, text):
    assert "shared_values" in rows_by_theme(matcher.theme_rows(nlp(text), "a1"))


def test_a_blast_the_article_leads_with_is_counter_terrorism(nlp, matcher):
    text = (
        "A blast tore through a market in Dorvik on Tuesday, killing six people. Police said "
        "the explosion came from a device left under a stall. Nobody has claimed the attack."
    )
    assert "counter_terrorism" in rows_by_theme(matcher.theme_rows(nlp(text), "a1"))


def test_bombs_in_an_arsenal_are_not_counter_terrorism(nlp, matcher):
    text = (
        "An audit found that half of the army's bombs and explosives were unusable. The "
        "ministry will review how it buys munitions. Old shells will be destroyed at a range."
    )
    assert "counter_terrorism" not in rows_by_theme(matcher.theme_rows(nlp(text), "a1"))


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "Valdoria will buy frigates from Korvana, the defence ministry said. The deal "
            "follows an arms purchase from the same yard last year. Officials would not say "
            "how much the navy will pay.",
            "defence_industry",
        ),
        (
            "The coast guard of Estmark boarded a foreign trawler caught fishing illegally. "
            "The ship had entered the exclusive economic zone twice this month. Officials "
            "said illegal fishing in the territorial waters had doubled.",
            "maritime_security",
        ),
        (
            "Critics called the naval drills a show of force aimed at the new government. "
            "Analysts said the sabre rattling was meant to sway next week's border talks.",
            "regional_security",
        ),
        (
            "Shops across Nordania have begun a consumer boycott of Lestrian cheese. The "
            "economic boycott spread to three more chains on Friday.",
            "sanctions",
        ),
    ],
)
def test_arms_sales_fisheries_threats_and_boycotts(nlp, matcher, text, theme):
    assert theme in rows_by_theme(matcher.theme_rows(nlp(text), "a1"))


@pytest.mark.parametrize(
    "text",
    [
        "The losing candidate said officials had conspired to rig votes in the east. He "
        "listed voting irregularities in six districts and asked the court to annul the poll.",
        "Websites that reported the arrests were censored within hours. Activists said free "
        "speech had not been so restricted in a decade.",
    ],
)
def test_rigged_votes_and_censored_speech_are_shared_values(nlp, matcher, text):
    assert "shared_values" in rows_by_theme(matcher.theme_rows(nlp(text), "a1"))


def test_an_oil_rig_is_not_a_rigged_vote(nlp, matcher):
    doc = nlp("Gunmen attacked two oil rigs off the coast. The rigs were evacuated.")
    assert "shared_values" not in themes_of(matcher, doc)


def test_boycotting_a_vote_is_not_a_sanction(nlp, matcher):
    doc = nlp(
        "The opposition will boycott the vote on the budget. Its leader said the boycott "
        "of parliament would last a week."
    )
    assert "sanctions" not in themes_of(matcher, doc)


def test_the_right_to_vote_in_a_turnout_count_is_not_shared_values(nlp, matcher):
    doc = nlp(
        "Half of those with the right to vote must take part for the result to count. "
        "Officials said a third of those with the right to vote had done so by noon."
    )
    assert "shared_values" not in rows_by_theme(matcher.theme_rows(doc, "a1"))


def test_drug_trafficking_and_organised_crime_are_regional_security(nlp, matcher):
    text = (
        "The two defence ministers discussed drug trafficking along the river border. "
        "Officials said drug cartels now fund the armed groups in the hills, and that "
        "organised crime had spread to the ports."
    )
    assert "regional_security" in rows_by_theme(matcher.theme_rows(nlp(text), "a1"))


@pytest.mark.parametrize(
    ("sentence", "theme"),
    [
        ("Police fired tear gas at the marchers outside the palace.", "energy_climate"),
        ("The trade unions called a strike at the docks.", "trade_investment"),
        ("The minister denied any conflict of interest in the award.", "regional_security"),
    ],
)
def test_an_excluded_idiom_does_not_count_for_its_theme(nlp, matcher, sentence, theme):
    assert theme not in themes_of(matcher, nlp(sentence))


def test_the_word_outside_its_excluded_idiom_still_counts(nlp, matcher):
    doc = nlp("The gas pipeline will carry trade goods across the conflict zone.")
    assert {"energy_climate", "trade_investment", "regional_security"} <= themes_of(matcher, doc)


def test_a_user_theme_may_exclude_idioms(nlp):
    taxonomy = load_taxonomy_text(
        '[themes.sea]\nlabel = "Sea"\nlemmas = ["port"]\nexclude = ["port wine"]\n',
        extend=False,
    )
    matcher = ThemeMatcher(nlp.vocab, taxonomy)
    assert themes_of(matcher, nlp("They drank port wine in the port.")) == {"sea"}
    assert len(matcher.hits(nlp("They drank port wine."))) == 0


def test_exclude_must_be_a_list_of_strings():
    with pytest.raises(TaxonomyError, match="'exclude' must be a list"):
        load_taxonomy_text('[themes.sea]\nlabel = "Sea"\nlemmas = ["port"]\nexclude = "x"\n')


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "Investigators found a mass grave near the village of Tarnow. The former "
            "commander is charged with crimes against humanity and ethnic cleansing.",
            "regional_security",
        ),
        (
            "Aid agencies said the refugee camp near the border held ten thousand people. "
            "Two aid workers were hurt when emergency aid was looted on the road.",
            "humanitarian",
        ),
    ],
)
def test_atrocities_and_relief_workers_find_their_theme(nlp, matcher, text, theme):
    assert theme in rows_by_theme(matcher.theme_rows(nlp(text), "a1"))


def test_nuclear_power_for_electricity_is_energy_not_arms_control(nlp, matcher):
    doc = nlp(
        "The summit backed nuclear power and clean coal. Ministers said nuclear energy "
        "would supply a fifth of the region's electricity by 2030."
    )
    found = themes_of(matcher, doc)
    assert "energy_climate" in found
    assert "nuclear_arms_control" not in found


def test_settlers_in_contested_land_are_regional_security(nlp, matcher):
    text = (
        "Thousands of settlers marched against the plan to leave the Gaza Strip. Police "
        "said the settlers would be moved out of the West Bank outposts next month."
    )
    assert "regional_security" in rows_by_theme(matcher.theme_rows(nlp(text), "a1"))


@pytest.mark.parametrize(
    "text",
    [
        "The rebels agreed to a cease fire. Both armies said the cease-fire would hold.",
        "Two air strikes hit the port town. Villagers said the air strikes went on all night.",
        "A land mine killed three farmers. Deminers cleared land mines along the road.",
        "The peace-keeping force arrived in the valley. The peace keepers set up camp.",
    ],
)
def test_open_and_hyphenated_spellings_of_conflict_compounds_match(nlp, matcher, text):
    assert "regional_security" in rows_by_theme(matcher.theme_rows(nlp(text), "a1"))


def test_escalating_violence_within_a_state_is_regional_security(nlp, matcher):
    text = (
        "The envoy flew to Morland to help end the escalating violence after the vote. "
        "Observers feared a new wave of violence and ethnic violence in the north."
    )
    assert "regional_security" in rows_by_theme(matcher.theme_rows(nlp(text), "a1"))


def test_a_force_named_for_security_assistance_is_not_defence_aid(nlp, matcher):
    doc = nlp(
        "The International Security Assistance Force said two patrols were attacked. "
        "A spokesman for the International Security Assistance Force gave no details."
    )
    assert "defence_spending" not in themes_of(matcher, doc)


def test_forest_fires_and_greenhouse_gases_are_energy_and_climate(nlp, matcher):
    text = (
        "Ministers met to curb the forest fires that spread smoke over three countries. "
        "They also agreed to report their greenhouse gas output each year."
    )
    assert "energy_climate" in rows_by_theme(matcher.theme_rows(nlp(text), "a1"))


def test_labour_relations_and_oil_for_food_are_not_industry_or_energy(nlp, matcher):
    doc = nlp(
        "Unions threatened industrial action over the industrial relations bill. "
        "The inquiry into the oil-for-food programme reported on Monday."
    )
    found = themes_of(matcher, doc)
    assert "defence_industry" not in found
    assert "energy_climate" not in found


def test_a_kind_of_sanctions_in_the_title_is_the_sanctions_theme(nlp, matcher):
    doc = nlp("The council met on Monday. Officials said the vote was close.")
    rows = matcher.theme_rows(doc, "a1", title="Union to lift financial sanctions on Morland")
    assert "sanctions" in rows_by_theme(rows)


def test_the_relations_theme_needs_a_commitment_made_to_another_party(nlp, matcher):
    doc = nlp(RELATIONS_ARTICLE)
    start = RELATIONS_ARTICLE.index("Norway promised")
    # Norway's promise addresses nobody of the article: parties, but no relation between them.
    rows = matcher.theme_rows(
        doc, "a1", commitment_starts=[start], parties=2, related_commitments=[]
    )
    assert rows == []
    rows = matcher.theme_rows(
        doc, "a1", commitment_starts=[start], parties=2, related_commitments=[start]
    )
    assert [row["theme"] for row in rows] == ["diplomacy"]


@pytest.mark.parametrize(
    ("text", "themed"),
    [
        # a state commits to another: relations, diplomacy by default
        (
            "Prime Minister Jonas Reller of Norway met President Aino Kask of Finland on "
            "Tuesday. Norway promised Finland a reply within a week.",
            True,
        ),
        # two states named, but the pledge addresses neither: home affairs, no default
        (
            "Norway will raise pensions next year, Prime Minister Jonas Reller said on "
            "Tuesday. Finland raised them last year.",
            False,
        ),
    ],
)
def test_a_built_article_gets_the_relations_theme_only_for_relations(nlp, text, themed):
    from analysis.articles import Article
    from analysis.build import article_rows, theme_matcher

    article = Article("a1", "", "2024-05-01", "", "", "", text)
    rows = article_rows(nlp(text), article, theme_matcher(default_taxonomy()))
    assert bool(rows["themes"]) is themed, rows["themes"]


def test_bodies_acting_within_one_state_are_no_second_party():
    from analysis.actors import LocalActor
    from analysis.build import relation_parties

    norway = LocalActor("country:norway", "Norway", "country")
    senate = LocalActor("org:senate", "Osmani Senate", "organisation")
    party = LocalActor("org:party", "Farmers' Party", "organisation")
    navy = LocalActor("org:navy", "Osmani Navy", "organisation", affiliation="Norway")
    bloc = LocalActor("org:eu", "European Union", "organisation")
    assert relation_parties([norway, senate, party, navy]) == 1
    assert relation_parties([norway, senate, bloc]) == 2
