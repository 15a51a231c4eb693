"""Hostile and careless input at ingestion: what the user sees for each case.

Every case is read in one batch with a good article next to it, and checks what the ingest
report shows: the skipped input named with its reason, the good article still there, and
for inputs built to be slow or large, that reading ends within a bound far below what a
quadratic pass or a full decompression would take (a hang guard, not a speed measurement:
speed ratios live in benchmarks/).
"""

from __future__ import annotations

import io
import json
import struct
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from analysis.articles import IngestReport, read_articles, read_upload
from analysis.ingest_limits import ENV_MAX_ARTICLES, ENV_MAX_ZIP_MB

# Fictional people and places.
GOOD = "Minister Aldo Brenner of Valdoria said the navy will send two frigates to Port Kessel."
OTHER = "The defence ministry of Ostravia welcomed the plan and offered a liaison officer."
HANG_GUARD_SECONDS = 10.0  # pathological inputs finish in well under a second


def batch(tmp_path: Path, name: str, content: bytes | str, **limits: int) -> IngestReport:
    """Read a folder holding the hostile file and a good article; return the report."""
    folder = tmp_path / "batch"
    folder.mkdir(exist_ok=True)
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    data = content.encode("utf-8") if isinstance(content, str) else content
    (folder / name).write_bytes(data)
    return read_articles([folder], **limits)


def good_kept(report: IngestReport) -> bool:
    return any(article.text == GOOD for article in report.articles)


def reasons(report: IngestReport) -> list[str]:
    return [skip.reason for skip in report.skipped]


def timed(read: Callable[[], IngestReport]) -> tuple[IngestReport, float]:
    start = time.monotonic()
    report = read()
    return report, time.monotonic() - start


def jsonl(*records: object) -> str:
    return "\n".join(json.dumps(record) for record in records)


def zip_bytes(members: dict[str, bytes], *, compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for member, content in members.items():
            archive.writestr(member, content)
    return buffer.getvalue()


# --------------------------------------------------------------------------- markup


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Brenner said &quot;we will act&quot; today. " + GOOD, "&quot;"),
        ("Valdoria &amp;amp;mdash; Ostravia signed. " + GOOD, "&amp;"),
        ("&lt;FONT color=red&gt;Brenner says&lt;/FONT&gt; yes. " + GOOD, "FONT"),
        ("'''Brenner''' met ''Kessel'' officials. " + GOOD, "''"),
        ("The [[Valdoria|Valdorian]] navy sailed. " + GOOD, "[["),
        ("Before {{infobox|x=1}} after the talks. " + GOOD, "{{"),
        ("Claim <!-- hidden editor note --> stands. " + GOOD, "hidden editor note"),
        ("<script>alert('x')</script>Brenner spoke. " + GOOD, "alert"),
    ],
    ids=[
        "entity",
        "double-escaped",
        "escaped-tags",
        "wiki-emphasis",
        "wiki-link",
        "template",
        "comment",
        "script",
    ],
)
def test_markup_never_reaches_the_stored_text(tmp_path, text, absent):
    report = batch(tmp_path, "feed.jsonl", jsonl({"title": "Talks", "text": text}))
    assert good_kept(report)
    [cleaned] = [article for article in report.articles if article.path.startswith("feed")]
    assert absent not in cleaned.text
    assert cleaned.text.endswith(GOOD)


def test_markup_in_a_title_is_removed(tmp_path):
    record = {"title": "<b>Valdoria</b> &amp;amp; ''Ostravia''", "text": OTHER}
    report = batch(tmp_path, "feed.json", json.dumps(record))
    titles = {article.title for article in report.articles}
    assert "Valdoria & Ostravia" in titles


def test_a_record_that_is_mostly_markup_is_reported(tmp_path):
    markup = "{{infobox|a=1|b=2|c=3|d=4|e=5|f=6}} [[Category:Valdoria]] [[Image:x.png|thumb]] ok"
    report = batch(tmp_path, "feed.jsonl", jsonl({"text": OTHER}, {"text": markup}))
    assert good_kept(report) and any(article.text == OTHER for article in report.articles)
    assert any(reason.startswith("line 2: mostly markup") for reason in reasons(report))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "O ministro da defesa disse que o governo não vai aceitar a proposta e que a "
            "decisão será tomada pelo congresso depois da reunião com os outros países.",
            "mostly Portuguese, not English",
        ),
        (
            "Le ministre de la défense a déclaré que le gouvernement ne va pas accepter la "
            "proposition et que la décision sera prise par le parlement après la réunion.",
            "mostly French, not English",
        ),
        (
            "Министр обороны заявил, что правительство не примет это предложение. " * 3,
            "mostly Cyrillic script",
        ),
    ],
    ids=["portuguese", "french", "cyrillic"],
)
def test_a_record_in_another_language_gives_no_article(tmp_path, text, expected):
    report = batch(tmp_path, "feed.jsonl", jsonl({"text": text}, {"text": OTHER}))
    assert good_kept(report)
    assert [article.text for article in report.articles if article.path.startswith("feed")] == [
        OTHER
    ]
    assert any(reason.startswith(f"line 1: {expected}") for reason in reasons(report))


@pytest.mark.parametrize(
    "flood",
    [
        "<!--" * 50_000,
        "{{" * 100_000,
        "[[" * 100_000,
        "''" * 100_000,
        "<ref>" * 50_000,
        '"a.  B' * 50_000,
        "&amp;" * 100_000,
        "[[Image:" * 50_000,
        "== x " * 50_000,
        "[http://a.example " * 30_000,
    ],
    ids=[
        "comments",
        "templates",
        "links",
        "emphasis",
        "refs",
        "quotes-and-spaces",
        "entities",
        "image-links",
        "headings",
        "external-links",
    ],
)
def test_pathological_markup_is_read_in_bounded_time(tmp_path, flood):
    record = jsonl({"text": f"{OTHER} {flood} {OTHER}"})
    report, seconds = timed(lambda: batch(tmp_path, "flood.jsonl", record))
    assert seconds < HANG_GUARD_SECONDS
    assert good_kept(report)
    assert len(report.articles) + len(report.skipped) == 2  # the flood is read or reported


# --------------------------------------------------------------------------- characters


@pytest.mark.parametrize(
    "disguised",
    [
        "Port Kes\u00adsel",  # soft hyphen
        "Port Kes\u200bsel",  # zero-width space
        "Port \u202eKessel\u202c",  # bidi override
        "Port K\u0435ssel",  # Cyrillic ie
        "Port \u039aessel",  # Greek capital kappa
        "Port\u00a0Kessel",  # no-break space
        "Port &#x202E;Kes&shy;sel&#8203;",  # the same, written as entities
    ],
    ids=[
        "soft-hyphen",
        "zero-width",
        "bidi",
        "cyrillic-lookalike",
        "greek-lookalike",
        "nbsp",
        "as-entities",
    ],
)
def test_invisible_and_lookalike_characters_are_normalised(tmp_path, disguised):
    text = f"Minister Aldo Brenner of Valdoria said the navy will send two frigates to {disguised}."
    report = batch(tmp_path, "disguised.txt", text)
    assert [article.text for article in report.articles] == [GOOD]  # one article, not two
    assert report.duplicates == 1


@pytest.mark.parametrize(
    ("name", "encode"),
    [
        ("spain.csv", lambda text: f"title,text\nTalks,{text}\n".encode("cp1252")),
        ("spain.txt", lambda text: text.encode("latin-1")),
        (
            "spain.jsonl",
            lambda text: json.dumps({"text": text}, ensure_ascii=False).encode("utf-16-le"),
        ),
        ("spain.csv", lambda text: f"title,text\nTalks,{text}\n".encode("utf-16-be")),
    ],
    ids=["cp1252-csv", "latin1-txt", "utf16le-no-bom", "utf16be-no-bom"],
)
def test_western_encodings_are_decoded(tmp_path, name, encode):
    text = "The minister of España met Señor Muñoz in Cádiz to discuss naval coöperation."
    report = batch(tmp_path, name, encode(text))
    assert good_kept(report)
    assert text in [article.text for article in report.articles]


def test_binary_whose_zero_bytes_alternate_is_still_binary(tmp_path):
    report = batch(tmp_path, "noise.txt", bytes([0, 7, 0, 200, 0, 3, 0, 17]) * 100)
    assert good_kept(report)
    assert reasons(report) == ["binary file"]


# --------------------------------------------------------------------------- bad records


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        (12345, "text field is a number (12345), not text"),
        (True, "text field is a boolean (true), not text"),
        (None, "text field is null, not text"),
        ({"body": GOOD}, "text field is an object, not text"),
        ([1, 2, 3], "text field is a list holding values that are not text"),
        ("NaN", "text field holds only 'NaN', not text"),
        ("  3.5e3 ", "text field holds only '3.5e3', not text"),
    ],
    ids=["number", "boolean", "null", "object", "list-of-numbers", "nan-string", "float-string"],
)
def test_non_text_json_fields_are_reported_not_turned_into_articles(tmp_path, value, reason):
    report = batch(tmp_path, "feed.jsonl", jsonl({"text": OTHER}, {"text": value}))
    assert good_kept(report)
    assert sorted(article.text for article in report.articles) == sorted([GOOD, OTHER])
    assert reasons(report) == [f"line 2: {reason}"]


def test_json_nan_literal_is_reported(tmp_path):
    report = batch(tmp_path, "feed.json", '[{"text": NaN}, ' + json.dumps({"text": OTHER}) + "]")
    assert reasons(report) == ["item 1: text field is NaN, not text"]
    assert len(report.articles) == 2


@pytest.mark.parametrize(
    ("cell", "reason"),
    [
        ("12345", "row 3: text field holds only '12345', not text"),
        ("TRUE", "row 3: text field holds only 'TRUE', not text"),
        ("#N/A", "row 3: text field holds only '#N/A', not text"),
        ("null", "row 3: text field holds only 'null', not text"),
    ],
)
def test_csv_placeholder_cells_are_reported(tmp_path, cell, reason):
    content = f"title,text\nOne,{OTHER}\nTwo,{cell}\n"
    report = batch(tmp_path, "sheet.csv", content)
    assert good_kept(report) and len(report.articles) == 2
    assert reasons(report) == [reason]


def test_csv_unbalanced_quote_is_reported_with_its_row_and_later_rows_kept(tmp_path):
    content = (
        "title,text\n"
        f'One,"{OTHER}\n'  # the quote is never closed
        "Two,Kessel will host the next round of talks in May.\n"
        f'Three,"{GOOD} Again."\n'
        "Four,Valdoria agreed to the plan on Monday.\n"
    )
    report = batch(tmp_path, "sheet.csv", content)
    rows = sorted(article.path for article in report.articles if article.path.startswith("sheet"))
    assert rows == ["sheet.csv#3", "sheet.csv#4", "sheet.csv#5"]  # three rows, not one
    [reason] = reasons(report)
    assert reason.startswith("row 2: unbalanced quote")
    assert "line 2" in reason and "line 4" in reason


def test_csv_quote_left_open_to_the_end_is_reported(tmp_path):
    content = f'title,text\nOne,{OTHER}\nTwo,"{GOOD}\nstill inside\n'
    report = batch(tmp_path, "sheet.csv", content)
    assert any(article.path == "sheet.csv#2" for article in report.articles)
    assert any(reason.startswith("row 3: unbalanced quote") for reason in reasons(report))


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("header.csv", "title,text,date\n", "CSV has a header but no rows"),
        ("header_blank.csv", "title,text\n\n\n", "CSV has a header but no rows"),
        ("empty.json", "[]", "JSON list is empty: no records"),
        ("wrapped.json", '{"articles": []}', "JSON list is empty: no records"),
        ("empty.zip", zip_bytes({}), "empty zip archive: no files in it"),
        (
            "docs.zip",
            zip_bytes({"README.md": b"About", ".hidden.txt": GOOD.encode()}),
            "zip archive holds no article files (only hidden or documentation files)",
        ),
    ],
    ids=[
        "header-only-csv",
        "header-and-blank-lines",
        "empty-list",
        "empty-wrapped-list",
        "empty-zip",
        "docs-only-zip",
    ],
)
def test_empty_containers_are_reported(tmp_path, name, content, reason):
    report = batch(tmp_path, name, content)
    assert good_kept(report)
    assert reasons(report) == [reason]
    assert report.skipped[0].path.endswith(name)


# --------------------------------------------------------------------------- limits


def test_zip_with_too_many_members_is_refused_whole(tmp_path):
    members = {f"a{index}.txt": f"{OTHER} Number {index}.".encode() for index in range(30)}
    report = batch(tmp_path, "many.zip", zip_bytes(members), max_zip_members=20)
    assert [article.text for article in report.articles] == [GOOD]
    assert reasons(report) == ["too many files in zip archive (30 > the limit of 20); none read"]


def test_zip_declaring_too_large_an_expansion_is_refused_before_reading(tmp_path):
    filler = (OTHER + " ") * 20_000  # about 1.6 MB per member, compresses to a few KB
    members = {f"m{index}.txt": filler.encode() for index in range(8)}
    data = zip_bytes(members)
    assert len(data) < 200_000
    report, seconds = timed(lambda: batch(tmp_path, "bomb.zip", data, max_zip_bytes=4_000_000))
    assert seconds < HANG_GUARD_SECONDS
    assert [article.text for article in report.articles] == [GOOD]
    [reason] = reasons(report)
    assert (
        reason.startswith("zip archive would expand to 12.")
        and "over the limit of 3.8 MB" in reason
    )


def _understated_zip(member: str, content: bytes, declared: int) -> bytes:
    """Return a zip whose central directory claims `declared` bytes for a larger member."""
    data = bytearray(zip_bytes({member: content}))
    central = data.index(b"PK\x01\x02")
    struct.pack_into("<I", data, central + 24, declared)
    return bytes(data)


def test_zip_member_larger_than_its_header_says_is_reported_without_full_expansion(tmp_path):
    liar = _understated_zip("b.txt", ((OTHER + " ") * 300_000).encode(), 100)
    report, seconds = timed(lambda: batch(tmp_path, "liar.zip", liar))
    assert seconds < HANG_GUARD_SECONDS
    assert [article.text for article in report.articles] == [GOOD]
    [skip] = report.skipped
    assert skip.path.endswith("liar.zip/b.txt")
    assert skip.reason.startswith("corrupt zip member")


def test_article_limit_stops_reading_and_names_what_was_not_read(tmp_path):
    records = jsonl(*({"text": f"{OTHER} Item {index}."} for index in range(40)))
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "a.jsonl").write_text(records)
    (folder / "b.txt").write_text(GOOD)
    report = read_articles([folder], max_articles=25)
    assert len(report.articles) == 25
    assert reasons(report) == [
        "article limit reached (25 articles per upload): a.jsonl#26 and the rest of this input not read",
        "not read: article limit reached (25 articles per upload)",
    ]
    assert report.skipped[1].path.endswith("b.txt")


def test_character_limit_per_upload(tmp_path):
    records = jsonl({"text": GOOD}, {"text": OTHER * 50}, {"text": OTHER})
    report = read_upload(records.encode(), "feed.jsonl", max_chars=2_000)
    assert [article.text for article in report.articles] == [GOOD]
    assert reasons(report) == [
        "character limit reached (2,000 characters of text per upload): feed.jsonl#2 and the "
        "rest of this input not read"
    ]


def test_limits_come_from_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv(ENV_MAX_ARTICLES, "2")
    records = jsonl({"text": GOOD}, {"text": OTHER}, {"text": f"{OTHER} Again."})
    report = read_upload(records.encode(), "feed.jsonl")
    assert len(report.articles) == 2
    assert reasons(report)[0].startswith("article limit reached (2 articles per upload)")


def test_an_invalid_limit_setting_is_reported_and_the_default_applies(monkeypatch):
    monkeypatch.setenv(ENV_MAX_ZIP_MB, "nan")
    report = read_upload(GOOD.encode(), "a.txt")
    assert [article.text for article in report.articles] == [GOOD]
    [skip] = report.skipped
    assert skip.path == ENV_MAX_ZIP_MB
    assert skip.reason.startswith("ignored: 'nan' is not a positive number; the default 100")


def test_a_huge_upload_of_tiny_records_is_bounded(tmp_path):
    records = jsonl(*({"text": f"{OTHER} {index}"} for index in range(200_000)))
    report, seconds = timed(lambda: read_upload(records.encode(), "flood.jsonl", max_articles=500))
    assert seconds < HANG_GUARD_SECONDS
    assert len(report.articles) == 500
    assert reasons(report)[0].startswith("article limit reached (500 articles per upload)")


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"], ids=["lf", "crlf", "cr"])
def test_csv_unbalanced_quote_is_found_whatever_the_line_ends(tmp_path, newline):
    rows = ["title,text", f'One,"{OTHER}', f"Two,{GOOD} Again.", "Three,Kessel agreed on Monday."]
    report = batch(tmp_path, "sheet.csv", newline.join(rows) + newline)
    paths = sorted(article.path for article in report.articles if article.path.startswith("sheet"))
    assert paths == ["sheet.csv#3", "sheet.csv#4"]
    assert [reason[:30] for reason in reasons(report)] == ["row 2: unbalanced quote: the q"]


def test_an_html_page_in_another_language_gives_no_article(tmp_path):
    paragraph = (
        "O ministro da defesa disse que o governo não vai aceitar a proposta e que a "
        "decisão será tomada pelo congresso depois da reunião com os outros países da região."
    )
    page = f"<html><head><title>Notícias</title></head><body><article><p>{paragraph}</p>"
    page += f"<p>{paragraph}</p></article></body></html>"
    report = batch(tmp_path, "page.html", page)
    assert [article.text for article in report.articles] == [GOOD]
    [reason] = reasons(report)
    assert reason.startswith("mostly Portuguese, not English")


def test_large_non_article_members_do_not_count_towards_the_expansion_limit(tmp_path):
    members = {"photo.png": b"\x89PNG" + b"\x00" * 3_000_000, "a.txt": OTHER.encode()}
    report = batch(tmp_path, "mixed.zip", zip_bytes(members), max_zip_bytes=1_000_000)
    assert sorted(article.text for article in report.articles) == sorted([GOOD, OTHER])
    assert reasons(report) == ["unsupported file type .png"]


def test_a_zip_of_only_unsafe_paths_reports_each_path(tmp_path):
    report = batch(tmp_path, "evil.zip", zip_bytes({"../escape.txt": OTHER.encode()}))
    assert [article.text for article in report.articles] == [GOOD]
    assert reasons(report) == ["unsafe path in zip"]
    assert report.skipped[0].path.endswith("evil.zip/../escape.txt")


def test_script_in_a_text_file_stays_written_text_and_in_a_record_is_removed(tmp_path):
    hostile = f"{OTHER} <script>window.pwned = 1;</script> Ostravia agreed."
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "plain.txt").write_text(hostile)
    (folder / "feed.jsonl").write_text(jsonl({"text": hostile}))
    texts = {article.path: article.text for article in read_articles([folder]).articles}
    assert texts["plain.txt"] == hostile  # plain text: shown as written, escaped on display
    assert texts["feed.jsonl#1"] == f"{OTHER} Ostravia agreed."
