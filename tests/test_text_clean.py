"""Markup cleaning at ingestion: entities, tags, wiki markup, paragraphs, problem fields."""

from __future__ import annotations

import json

import pytest

from analysis.articles import read_upload
from analysis.text_clean import (
    clean_inline,
    clean_text,
    decode_entities,
    language_problem,
    restore_paragraphs,
    single_spaces,
    strip_markup,
)

# Fictional people and places throughout.
LEAD = "Minister Aldo Brenner of Valdoria said the navy will send two frigates to Port Kessel."
NEXT = "The defence ministry of Ostravia welcomed the plan on Monday."


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Brenner said &quot;we will act&quot; today.", 'Brenner said "we will act" today.'),
        ("Valdoria &amp;mdash; and Ostravia", "Valdoria — and Ostravia"),  # escaped twice
        ("A &amp;amp;quot;deep&amp;amp;quot; rift", 'A "deep" rift'),  # escaped three times
        ("Numeric &#8220;marks&#x201D; too", "Numeric “marks” too"),
        ("Profit &amp; Loss of R&D at AT&T", "Profit & Loss of R&D at AT&T"),
        ("No entity here: fish & chips", "No entity here: fish & chips"),
    ],
)
def test_entities_are_decoded_repeatedly(raw, expected):
    assert decode_entities(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("<p>First part.</p><p>Second part.</p>", "First part.\n\n\n\nSecond part."),
        ("Line one<br/>line two<BR>line three", "Line one\nline two\nline three"),
        ('<FONT color="red">Brenner</FONT> spoke', "Brenner spoke"),
        ("Before<script>alert(1)</script> after", "Before after"),
        ("Claim<ref>Valdoria Gazette, 2004</ref> stands.", "Claim stands."),
        ('Claim<ref name="a"/> stands.', "Claim stands."),
        ("Kept <!-- a hidden note --> text", "Kept  text"),
        ("Unclosed <!-- note and the rest", "Unclosed  note and the rest"),
        ("Write to <Aldo Brenner> now", "Write to <Aldo Brenner> now"),  # not a tag name
        ("Range 3 < 5 > 2 holds", "Range 3 < 5 > 2 holds"),
    ],
)
def test_html_tags_are_removed_and_blocks_break(raw, expected):
    assert strip_markup(raw).strip() == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("'''Port Kessel''' is a ''naval'' base.", "Port Kessel is a naval base."),
        ("'''''Both''''' marks", "Both marks"),
        ("The [[Valdoria|Valdorian]] navy", "The Valdorian navy"),
        ("The [[Ostravia]] army", "The Ostravia army"),
        ("[[Image:map.png|thumb|right|A map]]The fleet sailed.", "The fleet sailed."),
        ("The fleet sailed.[[Category:Valdoria]]", "The fleet sailed."),
        ("Text {{cite|a={{nested}}|b}} kept", "Text  kept"),
        ("See [http://example.org/a the report] now", "See the report now"),
        ("Cited [http://example.org/b] here", "Cited  here"),
        ("He said ``we will stay'' firmly.", "He said ``we will stay'' firmly."),
        ("__NOTOC__ The fleet sailed.__NOEDITSECTION__", " The fleet sailed."),
        # a line with odd italic and bold marks: the bold closes the italics after an
        # apostrophe, as the wiki renders a possessive of an italic name
        ("The ''Oslo Courier'''s editor wrote.", "The Oslo Courier's editor wrote."),
        ("''Courier'''s editor and '''bold''' words", "Courier's editor and bold words"),
    ],
)
def test_wiki_markup_is_reduced_to_text(raw, expected):
    assert strip_markup(raw) == expected


def test_wiki_headings_become_paragraphs_and_reference_sections_go():
    raw = f"{LEAD} == Background == {NEXT} ==Sources== * [[Valdoria Gazette]] * [[Kessel Post]]"
    text = strip_markup(raw)
    paragraphs = [part.strip() for part in text.split("\n\n") if part.strip()]
    assert paragraphs == [LEAD, "Background", NEXT]


def test_an_unclosed_file_link_keeps_its_caption_only():
    text = strip_markup("[[Image:Flag.svg|thumb|right|The coalition of Valdoria won")
    assert text == "The coalition of Valdoria won"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (f"{LEAD}  {NEXT}", f"{LEAD}\n\n{NEXT}"),
        (f"{LEAD}   {NEXT}", f"{LEAD}\n\n{NEXT}"),  # three spaces too
        (f"{LEAD} {NEXT}", f"{LEAD} {NEXT}"),  # one space is no break
        ("The U.S.  Navy agreed.  Ostravia agreed.", "The U.S.  Navy agreed.\n\nOstravia agreed."),
        ("Talks with Mr.  Brenner ended.", "Talks with Mr.  Brenner ended."),
        ("It ended.  and then more.", "It ended.  and then more."),  # lower case follows
        ('He said "we stay.  We fight." Then left.', 'He said "we stay.  We fight." Then left.'),
        (
            "He said “we stay.  We fight.”  Then left.",
            "He said “we stay.  We fight.”\n\nThen left.",
        ),
        ('It ended."  Then more.', 'It ended."\n\nThen more.'),
        ("<blockquote>A.  B.</blockquote>  Next.", "<blockquote>A.  B.</blockquote>\n\nNext."),
        ("Already.\n\nBroken.  Text.", "Already.\n\nBroken.  Text."),  # has line breaks
    ],
)
def test_paragraphs_are_restored_from_runs_of_spaces(raw, expected):
    assert restore_paragraphs(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # a removed link leaves a run of spaces inside one name
        ("The Osmark  Border Council met.", "The Osmark Border Council met."),
        ("Vell ,  Tarn and Holm agreed.", "Vell , Tarn and Holm agreed."),
        # a run after a sentence or a quotation may tell where a sentence ends
        ("It ended.  Then more.", "It ended.  Then more."),
        ('He said "yes."  Then left.', 'He said "yes."  Then left.'),
    ],
)
def test_a_run_of_spaces_inside_a_phrase_is_one_space(raw, expected):
    assert single_spaces(raw) == expected
    assert clean_text(raw).text == single_spaces(restore_paragraphs(raw))


def test_an_unbalanced_quote_does_not_stop_later_breaks():
    raw = f'He said "we stay. {LEAD}  {NEXT}'
    assert restore_paragraphs(raw) == f'He said "we stay. {LEAD}\n\n{NEXT}'


def test_title_is_cleaned_to_one_line():
    assert clean_inline("Valdoria &amp;amp; Ostravia ''sign'' <b>pact</b>") == (
        "Valdoria & Ostravia sign pact"
    )


def test_language_problem_names_the_language():
    portuguese = (
        "O ministro da defesa disse que o governo não vai aceitar a proposta e que a "
        "decisão será tomada pelo congresso depois da reunião com os outros países da região."
    )
    assert language_problem(portuguese).startswith("mostly Portuguese, not English")
    assert language_problem(f"{LEAD} {NEXT} {LEAD}") == ""


def test_language_problem_names_another_script():
    greek = "Ο υπουργός άμυνας είπε ότι η κυβέρνηση θα στείλει δύο φρεγάτες στο λιμάνι " * 3
    assert language_problem(greek).startswith("mostly Greek script")


def test_a_short_foreign_quote_inside_english_is_kept():
    text = f'{LEAD} He added: "Nós vamos ajudar." {NEXT} {LEAD}'
    assert clean_text(text).problem == ""


def test_mostly_markup_is_a_problem():
    raw = "{{infobox|a=1|b=2|c=3|d=4|e=5|f=6|g=7}} [[Category:Valdoria]] Short note."
    assert clean_text(raw).problem.startswith("mostly markup")


def _jsonl(*texts: object) -> bytes:
    lines = [json.dumps({"title": f"Item {n}", "text": text}) for n, text in enumerate(texts)]
    return "\n".join(lines).encode()


def test_records_are_cleaned_and_problem_fields_reported_by_line():
    portuguese = (
        "O ministro da defesa disse que o governo não vai aceitar a proposta e que a "
        "decisão será tomada pelo congresso depois da reunião com os outros países da região."
    )
    data = _jsonl(
        f"'''{LEAD}''' &amp;quot;Yes.&amp;quot;  {NEXT}", portuguese, "{{a|b|c|d|e|f|g|h}} x"
    )
    report = read_upload(data, "feed.jsonl")
    [article] = report.articles
    assert article.text == f'{LEAD} "Yes."\n\n{NEXT}'
    reasons = sorted(skip.reason for skip in report.skipped)
    assert reasons[0].startswith("line 2: mostly Portuguese")
    assert reasons[1].startswith("line 3: mostly markup")


def test_text_file_is_cleaned_of_wiki_markup_but_keeps_written_tags():
    txt = read_upload(f"{LEAD} &quot;Fine.&quot;  ''{NEXT}'' <b>bold</b>".encode(), "a.txt")
    assert txt.articles[0].text == f'{LEAD} "Fine."\n\n{NEXT} <b>bold</b>'


def test_markdown_is_cleaned_of_html_but_keeps_its_own_syntax():
    md = read_upload(f"# Heading\n\n{LEAD} &amp; *{NEXT}*<br>''kept''".encode(), "b.md")
    assert md.articles[0].text == f"Heading\n\n{LEAD} & {NEXT}\n\n''kept''"


PORTUGUESE_PARAGRAPH = (
    "O ministro da defesa disse que o governo não vai aceitar a proposta e que a decisão "
    "será tomada pelo congresso depois da reunião com os outros países da região."
)
ENGLISH_PARAGRAPH = (
    f"{LEAD} {NEXT} The talks will continue in the spring, and both sides said that they "
    "had agreed on a timetable for the next round."
)


def test_paragraphs_in_another_language_are_left_out_and_noted():
    raw = f"{ENGLISH_PARAGRAPH}\n\n{PORTUGUESE_PARAGRAPH}\n\n{ENGLISH_PARAGRAPH}"
    cleaned = clean_text(raw)
    assert cleaned.problem == ""
    assert cleaned.text == f"{ENGLISH_PARAGRAPH}\n\n{ENGLISH_PARAGRAPH}"
    assert cleaned.left_out == "left out 1 paragraph mostly in Portuguese; the rest was read"


def test_short_foreign_paragraphs_are_too_short_to_judge_and_kept():
    raw = f"{ENGLISH_PARAGRAPH}\n\nMuito obrigado a todos.\n\n{ENGLISH_PARAGRAPH}"
    assert clean_text(raw).text == raw


def test_the_note_on_left_out_paragraphs_reaches_the_report():
    text = f"{ENGLISH_PARAGRAPH}\n\n{PORTUGUESE_PARAGRAPH}\n\n{ENGLISH_PARAGRAPH}"
    report = read_upload(json.dumps({"text": text}).encode(), "feed.jsonl")
    [article] = report.articles
    assert "ministro" not in article.text
    assert [skip.reason for skip in report.skipped] == [
        "line 1: left out 1 paragraph mostly in Portuguese; the rest was read"
    ]


def test_pasted_text_is_cleaned_of_markup():
    from analysis.articles import article_from_text

    article = article_from_text(f"'''{LEAD}''' &quot;Fine.&quot;  {NEXT}", title="A &amp; B")
    assert article.text == f'{LEAD} "Fine."\n\n{NEXT}'
    assert article.title == "A & B"


def test_wiki_tables_are_dropped():
    raw = f'{LEAD} {{| border="2"\n!Vote !Share\n|-\n|Yes |55%\n|}} {NEXT}'
    assert " ".join(strip_markup(raw).split()) == f"{LEAD} {NEXT}"


def test_conversational_english_is_not_taken_for_another_language():
    transcript = (
        "AB: Well, that's interesting. I don't know; I haven't decided yet. CD: I went "
        "through a phase like that when I lived in Port Kessel, you know, years ago."
    )
    assert language_problem(transcript) == ""


def test_a_long_report_with_a_large_table_keeps_its_prose():
    rows = " ".join(f"|-\n| Candidate {n} || {n * 1000} votes || {n}%" for n in range(60))
    raw = f"{ENGLISH_PARAGRAPH} {ENGLISH_PARAGRAPH} {ENGLISH_PARAGRAPH}\n{{| class=x\n{rows}\n|}}"
    cleaned = clean_text(raw)
    assert cleaned.problem == ""
    assert (
        cleaned.text.split()
        == f"{ENGLISH_PARAGRAPH} {ENGLISH_PARAGRAPH} {ENGLISH_PARAGRAPH}".split()
    )


@pytest.mark.parametrize(
    ("raw", "label", "prose"),
    [
        ("Norland   During a summit of the region, the king spoke.", "Norland", "During a summit"),
        (
            "Title\n\nNorland news   Norland's Prime Minister Ana Ruiz announced aid on Monday.",
            "Norland news",
            "Norland's Prime Minister",
        ),
    ],
)
def test_a_label_opening_a_paragraph_is_a_paragraph_of_its_own(raw, label, prose) -> None:
    text = clean_text(raw, wiki=True, html=False).text
    paragraphs = [p.strip() for p in text.split("\n\n")]
    assert label in paragraphs
    assert any(p.startswith(prose) for p in paragraphs)


@pytest.mark.parametrize(
    ("raw", "label", "prose"),
    [
        # a portal's section name, glued by one space or two
        ("Crime and law Two men were charged on Friday.", "Crime and law", "Two men"),
        (
            "Politics and conflicts  Norland and Vesland signed a truce.",
            "Politics and conflicts",
            "Norland and Vesland",
        ),
        # a short label before a word that opens prose and never goes on with a name
        (
            "Ostland The parliament voted on Monday to extend the mission.",
            "Ostland",
            "The parliament",
        ),
        (
            "2007 border dispute  In a speech on Tuesday, Holm spoke.",
            "2007 border dispute",
            "In a speech",
        ),
        ("vesland Late on Friday the council met.", "vesland", "Late on Friday"),
        ("Ostland A car bomb killed four people.", "Ostland", "A car bomb"),
        ("Ostland On Monday the navy sailed.", "Ostland", "On Monday"),
    ],
)
def test_a_label_glued_to_the_first_sentence_is_a_paragraph_of_its_own(raw, label, prose) -> None:
    text = clean_text(raw, wiki=True, html=False).text
    paragraphs = [p.strip() for p in text.split("\n\n")]
    assert label in paragraphs
    assert any(p.startswith(prose) for p in paragraphs)


@pytest.mark.parametrize(
    "raw",
    [
        # a title inside prose, after words that tie it to what comes before
        "According to The Harbour Times, the talks failed.",
        "Ola Berg of The Harbour Herald wrote that the talks failed.",
        "Speaking to The Post, Holm said the talks failed.",
        "On Monday The Harbour Times reported that the talks failed.",
        "Berg also thanked The Harbour Trust for its help.",
        # a name with a capital "A" or "On" in it
        "Jon A Berg said the talks failed.",
        "Fund On Want spent the money on wells.",
    ],
)
def test_a_title_or_a_name_after_the_first_words_is_no_label(raw) -> None:
    assert "\n" not in clean_text(raw, wiki=True, html=False).text


@pytest.mark.parametrize(
    "raw",
    [
        "The minister said   Nothing will change in the north.",
        "Norland's  Prime Minister  Ana Ruiz said the talks would resume.",
    ],
)
def test_prose_with_a_wide_gap_stays_one_paragraph(raw) -> None:
    assert "\n" not in clean_text(raw, wiki=True, html=False).text


def test_a_text_file_loses_its_wiki_comments_but_keeps_written_tags() -> None:
    raw = f'"We will stay," the minister said<!-- [http://example.org/a] --> on Monday. {LEAD} <b>x</b>'
    text = read_upload(raw.encode(), "c.txt").articles[0].text
    assert text.startswith('"We will stay," the minister said on Monday.')
    assert "example.org" not in text and "<b>x</b>" in text
