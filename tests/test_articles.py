"""Reading articles: every input format, every kind of bad input, dates, ids and paragraphs."""

from __future__ import annotations

import io
import json
import struct
import zipfile
from pathlib import Path

import pytest

from analysis.articles import (
    DEFAULT_MAX_BYTES,
    Article,
    IngestReport,
    Skipped,
    article_from_text,
    parse_date,
    read_articles,
    read_upload,
)

ROOT = Path(__file__).resolve().parent.parent
SEED_FILE = ROOT / "seeds" / "000_49264e7b76c9ccf3.txt"

FIRST = (
    "Japan will deliver five patrol vessels to the Philippine Coast Guard by 2028, "
    "officials said on Tuesday."
)
SECOND = "The two governments also agreed to hold a joint maritime exercise in the South China Sea."
THIRD = "Finland and Estonia agreed to set up a joint monitoring centre for undersea cables."
BODY = f"{FIRST}\n\n{SECOND}"

HTML_PAGE = f"""<!doctype html>
<html><head><title>Japan to deliver patrol vessels | Pacific Defence Review</title>
<meta property="og:site_name" content="Pacific Defence Review">
<meta property="article:published_time" content="2026-02-12T08:30:00+09:00">
<link rel="canonical" href="https://example.org/news/japan-vessels"></head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/asia">Asia desk</a></li>
<li><a href="/subscribe">Subscribe to our newsletter</a></li></ul></nav>
<main><article>
<h1>Japan to deliver patrol vessels</h1>
<p>{FIRST}</p>
<h2>Joint exercise planned</h2>
<p>{SECOND}</p>
<p>Manila welcomed the offer and said it looked forward to deeper cooperation with Tokyo on
coastal surveillance, search and rescue and the training of coast guard crews next year.</p>
</article></main>
<footer><p>Copyright 2026 Pacific Defence Review. All rights reserved.</p>
<p><a href="/privacy">Privacy policy</a> | <a href="/cookies">Cookie settings</a></p></footer>
</body></html>"""


def write(folder: Path, name: str, content: str | bytes) -> Path:
    """Write a file (creating its folders) and return its path."""
    target = folder / name
    target.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        target.write_text(content, encoding="utf-8")
    else:
        target.write_bytes(content)
    return target


def zip_bytes(members: dict[str, str | bytes]) -> bytes:
    """Return a zip archive holding the given members, in order."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def paragraphs(article: Article) -> list[str]:
    return article.text.split("\n\n")


# --------------------------------------------------------------------------- formats

FORMAT_CASES = [
    pytest.param(
        "seed_form.txt",
        f" date 2026-02-12 {FIRST}\n\n{SECOND}\n",
        {"date": "2026-02-12", "title": FIRST, "paragraphs": [FIRST, SECOND]},
        id="txt-with-date-prefix",
    ),
    pytest.param(
        "plain.txt",
        f"{FIRST}\r\n\r\n{SECOND}\r\n",
        {"date": "", "title": FIRST, "paragraphs": [FIRST, SECOND]},
        id="txt-without-date",
    ),
    pytest.param(
        "dated_line.txt",
        f"Date: 12 February 2026\n{FIRST}\n\n{SECOND}",
        {"date": "2026-02-12", "paragraphs": [FIRST, SECOND]},
        id="txt-with-date-line",
    ),
    pytest.param(
        "headed.txt",
        f"Japan to Deliver Patrol Vessels\n{FIRST}\n\n{SECOND}",
        {
            "title": "Japan to Deliver Patrol Vessels",
            "paragraphs": ["Japan to Deliver Patrol Vessels", FIRST, SECOND],
        },
        id="txt-with-heading-line",
    ),
    pytest.param(
        "story.md",
        f"# Japan to *deliver* patrol vessels\n{FIRST}\n\n## Joint exercise\n\n{SECOND}\n\n"
        "- Manila **welcomed** the [offer](https://example.org/offer).\n",
        {
            "title": "Japan to deliver patrol vessels",
            "paragraphs": [
                "Japan to deliver patrol vessels",
                FIRST,
                "Joint exercise",
                SECOND,
                "Manila welcomed the offer.",
            ],
        },
        id="md-with-headings",
    ),
    pytest.param(
        "page.html",
        HTML_PAGE,
        {
            "title": "Japan to deliver patrol vessels",
            "date": "2026-02-12",
            "source": "Pacific Defence Review",
            "url": "https://example.org/news/japan-vessels",
            "contains": [FIRST, SECOND, "Joint exercise planned"],
            "absent": ["Subscribe", "Copyright", "Privacy policy", "Asia desk"],
        },
        id="html-with-boilerplate",
    ),
    pytest.param(
        "one.json",
        json.dumps(
            {
                "Headline": "Japan to deliver patrol vessels",
                "Body": BODY,
                "published_at": "2026-02-12T08:30:00Z",
                "Publisher": "Pacific Defence Review",
                "link": "https://example.org/news/japan-vessels",
            }
        ),
        {
            "path": "one.json",
            "title": "Japan to deliver patrol vessels",
            "date": "2026-02-12",
            "source": "Pacific Defence Review",
            "url": "https://example.org/news/japan-vessels",
            "paragraphs": [FIRST, SECOND],
        },
        id="json-object",
    ),
    pytest.param(
        "list.json",
        json.dumps([{"text": BODY, "date": "12 Feb 2026", "source": {"name": "Kyodo"}}]),
        {"path": "list.json#1", "date": "2026-02-12", "source": "Kyodo", "title": FIRST},
        id="json-list",
    ),
    pytest.param(
        "feed.jsonl",
        json.dumps({"id": "kyodo-17", "content": BODY, "Date": "February 12, 2026"}) + "\n",
        {"path": "feed.jsonl#kyodo-17", "date": "2026-02-12", "paragraphs": [FIRST, SECOND]},
        id="jsonl",
    ),
    pytest.param(
        "sheet.csv",
        'Title,Text,Date,Source\n"Japan to deliver patrol vessels","'
        + BODY
        + '",12/02/2026,Kyodo\n',
        {
            "path": "sheet.csv#2",
            "title": "Japan to deliver patrol vessels",
            "date": "2026-02-12",
            "source": "Kyodo",
            "paragraphs": [FIRST, SECOND],
        },
        id="csv",
    ),
    pytest.param(
        "semicolons.csv",
        f"headline;body\nVessels for Manila;{FIRST}\n",
        {"path": "semicolons.csv#2", "title": "Vessels for Manila", "paragraphs": [FIRST]},
        id="csv-semicolon",
    ),
    pytest.param(
        "bundle.zip",
        zip_bytes({"inner/story.txt": f"date 2026-02-12 {BODY}"}),
        {"path": "bundle.zip/inner/story.txt", "date": "2026-02-12", "paragraphs": [FIRST, SECOND]},
        id="zip",
    ),
]


@pytest.mark.parametrize(("name", "content", "expected"), FORMAT_CASES)
def test_each_format_gives_its_article(tmp_path, name, content, expected):
    report = read_articles([write(tmp_path, name, content)])
    assert report.skipped == []
    [article] = report.articles
    assert article.path == expected.get("path", name)
    for key in ("title", "date", "source", "url"):
        if key in expected:
            assert getattr(article, key) == expected[key], key
    if "paragraphs" in expected:
        assert paragraphs(article) == expected["paragraphs"]
    for piece in expected.get("contains", []):
        assert piece in paragraphs(article)
    for piece in expected.get("absent", []):
        assert piece not in article.text
    assert article.n_words == len(article.text.split())


def test_html_headings_stay_separate_paragraphs(tmp_path):
    [article] = read_articles([write(tmp_path, "page.htm", HTML_PAGE)]).articles
    parts = paragraphs(article)
    heading = parts.index("Joint exercise planned")
    assert parts[heading - 1] == FIRST
    assert parts[heading + 1] == SECOND


def test_records_keep_every_row_in_order(tmp_path):
    rows = [{"text": text, "title": f"Story {i}"} for i, text in enumerate([FIRST, SECOND, THIRD])]
    feed = write(tmp_path, "feed.jsonl", "\n".join(json.dumps(row) for row in rows))
    report = read_articles([feed])
    assert [a.title for a in report.articles] == ["Story 0", "Story 1", "Story 2"]
    assert [a.path for a in report.articles] == ["feed.jsonl#1", "feed.jsonl#2", "feed.jsonl#3"]


def test_json_object_wrapping_a_list_of_articles(tmp_path):
    feed = write(tmp_path, "api.json", json.dumps({"status": "ok", "articles": [{"body": THIRD}]}))
    [article] = read_articles([feed]).articles
    assert (article.text, article.path) == (THIRD, "api.json#1")


# --------------------------------------------------------------------------- bad inputs

LATIN1_TEXT = (
    "The Défense minister of Valmérie, Renée Aubrac-Lefèvre, said in Sérignac that naval "
    "coopération with the République of Ostrava was essential for the région's security."
)


def _patched_size_zip(member: str, content: bytes, declared: int) -> bytes:
    """Return an archive whose central directory understates a member's size (a zip bomb)."""
    data = bytearray(zip_bytes({member: content}))
    central = data.index(b"PK\x01\x02")
    data[central + 24 : central + 28] = struct.pack("<I", declared)
    return bytes(data)


def bad(
    case_id: str,
    files: dict[str, str | bytes],
    skip: tuple[str, str],
    *,
    kept: tuple[str, ...] = (),
    max_bytes: int = DEFAULT_MAX_BYTES,
):
    """One bad-input case: files to write, the (file name, reason) skipped, texts still read."""
    return pytest.param(files, skip, kept, max_bytes, id=case_id)


BAD_CASES = [
    bad("empty", {"empty.txt": ""}, ("empty.txt", "empty file")),
    bad("whitespace", {"blank.md": " \n\t\n"}, ("blank.md", "empty file")),
    bad(
        "binary-nul",
        {"image.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"},
        ("image.txt", "binary file"),
    ),
    bad(
        "binary-control-characters",
        {"noise.txt": bytes([1, 2, 3, 4, 5, 6, 7, 8, 65, 66]) * 20},
        ("noise.txt", "binary file"),
    ),
    bad(
        "undecodable",
        {"garbled.txt": bytes(range(0x80, 0x100)) * 4},
        ("garbled.txt", "undecodable text"),
    ),
    bad(
        "malformed-json-line",
        {"feed.jsonl": f'{{"text": "{FIRST}"}}\n{{"text": "broken\n{{"text": "{THIRD}"}}\n'},
        ("feed.jsonl", "malformed JSON: Unterminated string starting at (line 2)"),
        kept=(FIRST, THIRD),
    ),
    bad(
        "jsonl-record-without-text",
        {"feed.jsonl": f'{{"text": "{FIRST}"}}\n{{"title": "No body here"}}\n[1, 2]\n'},
        ("feed.jsonl", "line 2: no text field"),
        kept=(FIRST,),
    ),
    bad(
        "jsonl-line-not-an-object",
        {"feed.jsonl": f'{{"text": "{FIRST}"}}\n[1, 2]\n'},
        ("feed.jsonl", "line 2: not a JSON object"),
        kept=(FIRST,),
    ),
    bad(
        "json-list-item-without-text",
        {"list.json": json.dumps([{"text": FIRST}, {"text": "  "}, {"body": THIRD}])},
        ("list.json", "item 2: empty text field"),
        kept=(FIRST, THIRD),
    ),
    bad(
        "malformed-json-file",
        {"broken.json": '{"text": "unterminated'},
        ("broken.json", "malformed JSON"),
    ),
    bad(
        "csv-row-without-text",
        {"sheet.csv": f'text,title\n"{FIRST}",A\n,B\n"{THIRD}",C\n'},
        ("sheet.csv", "row 3: empty text field"),
        kept=(FIRST, THIRD),
    ),
    bad(
        "csv-without-text-column",
        {"names.csv": "name,country\nKallas,Estonia\n"},
        ("names.csv", "no text column in the CSV header (columns: name, country)"),
    ),
    bad(
        "zip-parent-member",
        {"bundle.zip": zip_bytes({"../escape.txt": THIRD, "good.txt": FIRST})},
        ("bundle.zip/../escape.txt", "unsafe path in zip"),
        kept=(FIRST,),
    ),
    bad(
        "zip-absolute-member",
        {"bundle.zip": zip_bytes({"/etc/absolute.txt": THIRD, "good.txt": FIRST})},
        ("absolute.txt", "unsafe path in zip"),
        kept=(FIRST,),
    ),
    bad(
        "nested-zip",
        {"bundle.zip": zip_bytes({"inner.zip": zip_bytes({"x.txt": THIRD}), "good.txt": FIRST})},
        ("bundle.zip/inner.zip", "nested zip"),
        kept=(FIRST,),
    ),
    bad(
        "zip-member-over-limit",
        {"bundle.zip": zip_bytes({"big.txt": THIRD * 40, "good.txt": FIRST})},
        ("bundle.zip/big.txt", "over the size limit (3.2 KB > 1000 bytes)"),
        kept=(FIRST,),
        max_bytes=1000,
    ),
    bad(
        "zip-member-understating-its-size",
        {"bomb.zip": _patched_size_zip("bomb.txt", b"A quiet sentence. " * 400, 10)},
        ("bomb.zip/bomb.txt", "zip member"),
        max_bytes=1000,
    ),
    bad(
        "zip-unsupported-member",
        {"bundle.zip": zip_bytes({"scan.pdf": b"%PDF-1.7", "good.txt": FIRST})},
        ("bundle.zip/scan.pdf", "unsupported file type .pdf"),
        kept=(FIRST,),
    ),
    bad(
        "over-limit",
        {"huge.txt": THIRD * 40},
        ("huge.txt", "over the size limit (3.2 KB > 1000 bytes)"),
        max_bytes=1000,
    ),
    bad("unsupported", {"report.PDF": b"%PDF-1.7"}, ("report.PDF", "unsupported file type .pdf")),
    bad("no-extension", {"NOTES": FIRST}, ("NOTES", "unsupported file type (no extension)")),
    bad("corrupt-zip", {"fake.zip": b"not an archive"}, ("fake.zip", "corrupt zip archive")),
    bad(
        "html-without-article",
        {"empty.html": "<html><body><nav><a href='/'>Home</a></nav></body></html>"},
        ("empty.html", "no article text found in HTML"),
    ),
]


@pytest.mark.parametrize(("files", "skip", "kept", "max_bytes"), BAD_CASES)
def test_bad_input_is_skipped_and_the_rest_is_read(tmp_path, files, skip, kept, max_bytes):
    good = write(tmp_path, "good_neighbour.txt", f"{SECOND}\n")
    inputs = [write(tmp_path, name, content) for name, content in files.items()]
    report = read_articles([*inputs, good], max_bytes=max_bytes)
    name, reason = skip
    assert any(s.path.endswith(name) and reason in s.reason for s in report.skipped), report.skipped
    assert sorted(a.text for a in report.articles) == sorted([SECOND, *kept])


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html", ".json", ".jsonl", ".csv", ".zip"])
@pytest.mark.parametrize(
    "content",
    [
        pytest.param(bytes(range(256)) * 8, id="every-byte"),
        pytest.param(b"[" * 100_000, id="deep-nesting"),
        pytest.param(b"PK\x03\x04" + b"\xff" * 64, id="truncated-zip-header"),
        pytest.param(b'"unbalanced,quote\n' * 3, id="unbalanced-quote"),
    ],
)
def test_hostile_bytes_never_raise_and_are_reported(tmp_path, suffix, content):
    hostile = write(tmp_path, f"hostile{suffix}", content)
    report = read_articles([hostile])
    assert report.skipped or report.articles
    assert all(s.path == str(hostile) for s in report.skipped)


def test_nonexistent_path_is_skipped_as_not_found(tmp_path):
    good = write(tmp_path, "good.txt", FIRST)
    missing = tmp_path / "missing.txt"
    report = read_articles([missing, good])
    assert report.skipped == [Skipped(str(missing), "not found")]
    assert [a.text for a in report.articles] == [FIRST]


def test_size_limit_reason_gives_both_sizes(tmp_path):
    big = write(tmp_path, "big.txt", "x" * (3 * 1024 * 1024))
    [skipped] = read_articles([big], max_bytes=2 * 1024 * 1024).skipped
    assert skipped.reason == "over the size limit (3 MB > 2 MB)"


def test_latin1_file_is_decoded_by_detection(tmp_path):
    latin = write(tmp_path, "french.txt", LATIN1_TEXT.encode("latin-1"))
    [article] = read_articles([latin]).articles
    assert article.text == LATIN1_TEXT


@pytest.mark.parametrize(
    "encoded",
    [
        pytest.param(FIRST.encode("utf-8-sig"), id="utf-8-bom"),
        pytest.param(FIRST.encode("utf-16"), id="utf-16-bom"),
    ],
)
def test_byte_order_marks_are_not_part_of_the_text(tmp_path, encoded):
    [article] = read_articles([write(tmp_path, "marked.txt", encoded)]).articles
    assert article.text == FIRST


# --------------------------------------------------------------------------- folders


def test_folder_walk_is_sorted_recursive_and_skips_hidden_and_docs(tmp_path):
    write(tmp_path, "b.txt", SECOND)
    write(tmp_path, "a.txt", FIRST)
    write(tmp_path, "sub/c.md", THIRD)
    write(tmp_path, ".hidden.txt", "Hidden files are not articles, whatever they hold.")
    write(tmp_path, ".cache/d.txt", "Hidden folders are not walked at all.")
    write(tmp_path, "README.md", "# Seeds\n\nThis folder holds sample articles.")
    write(tmp_path, "License.txt", "Permission is hereby granted.")
    write(tmp_path, "scan.pdf", b"%PDF-1.7")
    report = read_articles([tmp_path])
    assert [a.path for a in report.articles] == ["a.txt", "b.txt", "sub/c.md"]
    assert [(Path(s.path).name, s.reason) for s in report.skipped] == [
        ("scan.pdf", "unsupported file type .pdf")
    ]
    assert report.summary() == "read 3 articles from 4 files; skipped 1; 0 duplicates"


def test_folder_walk_survives_a_link_back_up_the_tree(tmp_path):
    write(tmp_path, "a.txt", FIRST)
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)
    report = read_articles([tmp_path])
    assert [a.path for a in report.articles] == ["a.txt"]
    assert report.duplicates == 0


def test_a_single_path_may_be_given_without_a_list():
    assert [a.path for a in read_articles(str(SEED_FILE)).articles] == [SEED_FILE.name]


def test_the_bundled_seed_file():
    report = read_articles([SEED_FILE])
    [article] = report.articles
    assert article.date == "2026-01-27"
    assert article.text.startswith("Defence Minister Rajnath Singh")
    assert article.path == SEED_FILE.name
    parts = paragraphs(article)
    assert len(parts) > 10
    # Headings of the seed stay paragraphs of their own.
    assert "Call for Synergy and Strategic Alignment" in parts
    assert "Deepening Maritime Cooperation" in parts
    assert article.title.startswith("Defence Minister Rajnath Singh on Tuesday said")


# --------------------------------------------------------------------------- identity


def test_same_text_has_the_same_id_in_every_format(tmp_path):
    inputs = [
        write(tmp_path, "a.txt", f"date 2026-02-12 {FIRST}\n\n{SECOND}\n"),
        write(tmp_path, "b.md", f"{FIRST}\n\n{SECOND}"),
        write(tmp_path, "c.jsonl", json.dumps({"text": BODY, "title": "Another title"})),
        write(tmp_path, "d.json", json.dumps({"body": f"  {FIRST}\r\n\r\n{SECOND}  "})),
        write(tmp_path, "e.zip", zip_bytes({"inner.txt": BODY})),
    ]
    ids = set()
    for path in inputs:
        [article] = read_articles([path]).articles
        ids.add(article.article_id)
    assert len(ids) == 1
    report = read_articles(inputs)
    assert [a.path for a in report.articles] == ["a.txt"]
    assert report.duplicates == 4
    assert report.summary() == "read 1 article from 5 files; skipped 0; 4 duplicates"


def test_different_texts_have_different_ids():
    assert article_from_text(FIRST).article_id != article_from_text(SECOND).article_id


def test_id_ignores_whitespace_and_unicode_composition():
    composed = article_from_text("Le ministre a salué la coopération.")
    decomposed = article_from_text("Le  ministre a salue\u0301 la\tcoope\u0301ration.\n")
    assert composed.article_id == decomposed.article_id
    assert len(composed.article_id) == 16


def test_reports_merge_without_repeats():
    first = read_upload(FIRST.encode(), "a.txt")
    both = first.merge(read_upload(f"{FIRST}\n\n{THIRD}".encode(), "b.txt"))
    again = both.merge(read_upload(FIRST.encode(), "c.txt"))
    assert [a.path for a in again.articles] == ["a.txt", "b.txt"]
    assert again.duplicates == 1
    assert again.files == 3


# --------------------------------------------------------------------------- paragraphs

PARAGRAPH_CASES = [
    pytest.param(
        "Japan will deliver five patrol vessels to the\nPhilippine Coast Guard by 2028, "
        "officials\nsaid on Tuesday.\n\nThe two governments also agreed to hold a joint\n"
        "maritime exercise in the South China Sea.",
        [FIRST, SECOND],
        id="hard-wrapped-prose-is-joined",
    ),
    pytest.param(f"{FIRST}\n{SECOND}\n{THIRD}", [FIRST, SECOND, THIRD], id="one-paragraph-a-line"),
    pytest.param(
        f"Maritime Cooperation\n{FIRST}\nNew Monitoring Centre\n{THIRD}",
        ["Maritime Cooperation", FIRST, "New Monitoring Centre", THIRD],
        id="heading-lines-never-merge",
    ),
    pytest.param(
        f"{FIRST}\n\n\n\n   {SECOND}   \n\n", [FIRST, SECOND], id="extra-blank-lines-and-spaces"
    ),
    pytest.param(
        "Highlights of the Baltic ministers' meeting in Riga:\n"
        "Latvia and Lithuania open a shared ammunition depot near the border\n"
        "Estonia hosts the next mine-clearing drill in the Gulf of Finland\n"
        "See the joint statement on air policing and cable protection.",
        [
            "Highlights of the Baltic ministers' meeting in Riga:",
            "Latvia and Lithuania open a shared ammunition depot near the border",
            "Estonia hosts the next mine-clearing drill in the Gulf of Finland",
            "See the joint statement on air policing and cable protection.",
        ],
        id="list-of-headlines-stays-apart",
    ),
    pytest.param(
        f"{FIRST}\nThe two governments also agreed to hold a joint maritime\nexercise in the "
        f"South China Sea.\n{THIRD}",
        [FIRST, SECOND, THIRD],
        id="stray-wrap-among-line-paragraphs",
    ),
    pytest.param(
        "Finland and Estonia agreed to set up a joint monitoring centre for undersea cables,\n"
        "officials in Helsinki said.",
        [
            "Finland and Estonia agreed to set up a joint monitoring centre for undersea cables, "
            "officials in Helsinki said."
        ],
        id="comma-runs-on",
    ),
    pytest.param(
        "Maritime Cooperation\nJapan will deliver five patrol vessels to the\n"
        "Philippine Coast Guard by 2028, officials\nsaid on Tuesday.",
        ["Maritime Cooperation", FIRST],
        id="heading-above-wrapped-prose",
    ),
    pytest.param(
        "Japan  will\tdeliver five vessels.", ["Japan will deliver five vessels."], id="spaces"
    ),
    pytest.param(
        "Performers in Oslo:\n\n Tor Harland \n Vesna \n Ana Lindqvist \n",
        ["Performers in Oslo:", "Tor Harland", "Vesna", "Ana Lindqvist"],
        id="a-list-of-names-one-a-line-stays-apart",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PARAGRAPH_CASES)
def test_paragraphs_of_plain_text(text, expected):
    assert paragraphs(article_from_text(text)) == expected


MARKDOWN_CASES = [
    pytest.param(f"# Vessels for Manila\n{FIRST}", ["Vessels for Manila", FIRST], id="atx-heading"),
    pytest.param(
        f"Vessels for Manila\n==================\n\n{FIRST}",
        ["Vessels for Manila", FIRST],
        id="setext-heading",
    ),
    pytest.param(f"{FIRST}\n\n---\n\n> {SECOND}", [FIRST, SECOND], id="rule-and-quotation-markers"),
    pytest.param(
        "Pledges made:\n\n1. Five vessels by 2028.\n2. A joint exercise.\n",
        ["Pledges made:", "Five vessels by 2028.", "A joint exercise."],
        id="list-items",
    ),
    pytest.param(
        "**Japan** will _deliver_ `five` vessels ![photo](ship.jpg) [soon](https://x.org).",
        ["Japan will deliver five vessels soon."],
        id="inline-markup",
    ),
    pytest.param(
        "***Urgent:*** the ship_class_name field and 2*3*4 stay as written.",
        ["Urgent: the ship_class_name field and 2*3*4 stay as written."],
        id="nested-emphasis-and-inner-underscores",
    ),
]


@pytest.mark.parametrize(("text", "expected"), MARKDOWN_CASES)
def test_paragraphs_of_markdown(tmp_path, text, expected):
    [article] = read_articles([write(tmp_path, "story.md", text)]).articles
    assert paragraphs(article) == expected


TITLE_CASES = [
    pytest.param(f"{FIRST} {SECOND}", FIRST, id="first-sentence"),
    pytest.param(
        "U.S. Secretary Dalton met Gen. Ocampo in Manila. They spoke for an hour.",
        "U.S. Secretary Dalton met Gen. Ocampo in Manila.",
        id="initials-and-abbreviations",
    ),
    pytest.param(f"Vessels for Manila\n\n{FIRST}", "Vessels for Manila", id="heading-first"),
    pytest.param(
        f"{FIRST}\n\nVessels for Manila\n\n{SECOND}", FIRST, id="later-heading-is-not-the-title"
    ),
]


@pytest.mark.parametrize(("text", "expected"), TITLE_CASES)
def test_titles(text, expected):
    assert article_from_text(text).title == expected


def test_long_first_sentence_is_shortened_at_a_word():
    sentence = "India and the European Union agreed " + "to cooperate closely " * 20 + "today."
    title = article_from_text(sentence).title
    assert title.endswith("…")
    assert len(title) <= 201
    assert sentence.startswith(title[:-1])


def test_article_from_text_keeps_simple_text_and_reads_the_seed_date():
    plain = article_from_text("Japan will send a ship.", path="a.txt")
    assert (plain.text, plain.path, plain.date) == ("Japan will send a ship.", "a.txt", "")
    dated = article_from_text(" date 2025-03-04 Japan and the Philippines signed a pact.")
    assert (dated.date, dated.text) == ("2025-03-04", "Japan and the Philippines signed a pact.")
    given = article_from_text(" date 2025-03-04 Text.", date="5 May 2025", title="T")
    assert (given.date, given.text, given.title) == ("2025-05-05", "Text.", "T")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("March 9, 2031\n\nVeldoria and Ostmark signed a border accord.", "2031-03-09"),
        ("March 9 , 2031 Veldoria and Ostmark signed a border accord.", "2031-03-09"),
        ("9 March 2031 Veldoria and Ostmark signed a border accord.", "2031-03-09"),
        ("Sept. 14th, 2031: Veldoria recalled its envoy.", "2031-09-14"),
        ("March 2031 was a month of talks in Veldoria.", ""),
        ("Mayor Anna Brek of Veldoria, 2031 candidate, spoke.", ""),
        ("On March 9, 2031 Veldoria signed an accord.", ""),
    ],
)
def test_a_dateline_opening_the_text_dates_an_undated_article_and_stays_in_it(text, expected):
    article = article_from_text(text, path="wire.txt")
    assert article.date == expected
    assert article.text.startswith(text.split()[0])
    dated = article_from_text(text, path="wire.txt", date="2031-12-01")
    assert dated.date == "2031-12-01"


# --------------------------------------------------------------------------- dates

DATE_CASES = [
    ("2026-01-27", "2026-01-27"),
    ("2026-01-27T10:00:00Z", "2026-01-27"),
    ("2026-01-27T23:30:00-05:00", "2026-01-27"),
    ("2026/01/27", "2026-01-27"),
    ("27 January 2026", "2026-01-27"),
    ("Jan 27, 2026", "2026-01-27"),
    ("January 27, 2026", "2026-01-27"),
    ("27 Jan 2026", "2026-01-27"),
    ("Tuesday, 27 January 2026", "2026-01-27"),
    ("Published: 27 January 2026, 10:00 IST", "2026-01-27"),
    ("03/04/2025", "2025-04-03"),
    ("25/12/2025", "2025-12-25"),
    ("January 2026", ""),
    ("27 January", ""),
    ("2026", ""),
    ("27/01/26", ""),
    ("2026-02-30", ""),
    ("yesterday", ""),
    ("", ""),
]


@pytest.mark.parametrize(("value", "expected"), DATE_CASES)
def test_parse_date(value, expected):
    assert parse_date(value) == expected


# --------------------------------------------------------------------------- uploads

UPLOAD_CASES = [
    pytest.param(f" date 2026-02-12 {BODY}".encode(), "upload.txt", ["upload.txt"], id="txt"),
    pytest.param(HTML_PAGE.encode(), "page.HTML", ["page.HTML"], id="html"),
    pytest.param(
        zip_bytes({"a.txt": FIRST, "b/c.md": THIRD}),
        "batch.zip",
        ["batch.zip/a.txt", "batch.zip/b/c.md"],
        id="zip",
    ),
    pytest.param(
        "\n".join(json.dumps({"text": t}) for t in (FIRST, THIRD)).encode(),
        "feed.jsonl",
        ["feed.jsonl#1", "feed.jsonl#2"],
        id="jsonl",
    ),
]


@pytest.mark.parametrize(("data", "name", "paths"), UPLOAD_CASES)
def test_uploads_are_read_like_files(data, name, paths):
    report = read_upload(data, name)
    assert report.skipped == []
    assert [a.path for a in report.articles] == paths


@pytest.mark.parametrize(
    ("data", "name", "max_bytes", "reason"),
    [
        pytest.param(b"%PDF-1.7", "scan.pdf", DEFAULT_MAX_BYTES, "unsupported file type .pdf"),
        pytest.param(FIRST.encode() * 50, "big.txt", 1024, "over the size limit"),
        pytest.param(b"", "nothing.txt", DEFAULT_MAX_BYTES, "empty file"),
    ],
)
def test_bad_uploads_are_skipped_with_their_name(data, name, max_bytes, reason):
    report = read_upload(data, name, max_bytes=max_bytes)
    assert report.articles == []
    [skipped] = report.skipped
    assert skipped.path == name
    assert reason in skipped.reason


def test_summary_counts_singulars_and_plurals():
    report = IngestReport(articles=[article_from_text(FIRST)], skipped=[], duplicates=1, files=1)
    assert report.summary() == "read 1 article from 1 file; skipped 0; 1 duplicate"


MARKUP_RECORD = (
    "'''Valdoria''' Defence Minister [[Aldo Brenner|Aldo Brenner]] said on Monday that "
    "&quot;Valdoria will send two frigates to the Ostravian coast next year&quot;.  "
    "&lt;br /&gt;The foreign ministry of Ostravia welcomed the plan.  {{cite|Kessel Post}}"
    "Brenner also urged Ostr\u0430via to join the patrols, and &amp;quot;we will pay for the "
    "fuel&amp;quot;, he said.  == Sources == * [[Kessel Post]]"
)


def test_a_build_from_marked_up_records_points_into_the_cleaned_text():
    from analysis.build import build

    report = read_upload(json.dumps({"text": MARKUP_RECORD}).encode(), "feed.jsonl")
    [article] = report.articles
    corpus = build(report.articles).corpus
    text = article.text
    for marker in ("'''", "[[", "&quot;", "&amp;", "{{", "<br", "==", "Sources", "\u0430"):
        assert marker not in text
    mentions = corpus.mentions
    assert len(mentions) >= 3
    for row in mentions.itertuples():
        assert text[row.start_char : row.end_char] == row.text
        assert not any(mark in row.text for mark in ("'", "[", "&", "{", "<", "="))
    assert {"Aldo Brenner", "Ostravia", "Valdoria"} <= set(corpus.actors["name"])
    assert len(corpus.quotes) == 2  # both quotations, the twice-escaped one too
    for row in corpus.quotes.itertuples():
        assert text[row.start_char : row.end_char] == row.quote
    for row in corpus.commitments.itertuples():
        assert text[row.start_char : row.end_char] in row.sentence
