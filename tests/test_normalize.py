"""Decoding bytes and normalising characters at ingestion."""

from __future__ import annotations

import json

import pytest

from analysis.articles import read_upload
from analysis.normalize import decode_bytes, normalize_text

SENTENCE = "The navy of Valdoria will send two frigates to Port Kessel in March."
WESTERN = (
    "The Spanish minister said in Cádiz that España and the République of Ostravia would "
    "hold naval exercises near Île Verte. Señor Muñoz welcomed the plan."
)


@pytest.mark.parametrize("codec", ["cp1252", "latin-1"])
def test_western_single_byte_text_is_not_read_as_central_european(codec):
    text, problem = decode_bytes(WESTERN.encode(codec))
    assert problem == ""
    assert text == WESTERN


def test_cp1252_punctuation_is_read_as_cp1252():
    original = "The minister said: “we will stay” – and the envoy’s plan was accepted…"
    text, _ = decode_bytes(original.encode("cp1252"))
    assert text == original


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_byte_order_mark_is_read(codec):
    text, problem = decode_bytes(WESTERN.encode(codec))
    assert (text, problem) == (WESTERN, "")


def test_cyrillic_single_byte_text_is_left_to_detection():
    russian = "Министр обороны заявил, что флот отправит два фрегата в порт. " * 4
    text, problem = decode_bytes(russian.encode("cp1251"))
    assert problem == ""
    assert "фрегата" in text


def test_binary_bytes_are_still_refused():
    assert decode_bytes(b"\x00\x01\x02\x03\xff\xfe\x00\x10" * 50)[1] == "binary file"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Lat\u00advia", "Latvia"),  # soft hyphen
        ("Lat\u200bvia and Os\u200dtravia", "Latvia and Ostravia"),  # zero-width
        ("\u202eValdoria\u202c said", "Valdoria said"),  # bidi override
        ("\u200fKessel\u200e agreed", "Kessel agreed"),  # bidi marks
        ("\ufb01nal o\ufb03ce", "final office"),  # ligatures (NFKC)
        ("\uff36\uff41\uff4c\uff44\uff4f\uff52\uff49\uff41", "Valdoria"),  # full width
        ("Port\u00a0Kessel", "Port Kessel"),  # no-break space
        ("L\u0430tvia", "Latvia"),  # Cyrillic a
        ("\u0412\u0435rgen", "Bergen"),  # Cyrillic Ve and ie
        ("Ostr\u03b1vi\u03b1", "Ostravia"),  # Greek alpha
        ("\u039aessel", "Kessel"),  # Greek capital kappa
    ],
)
def test_characters_are_normalised(raw, expected):
    assert normalize_text(raw) == expected


@pytest.mark.parametrize(
    "word",
    [
        "Москва",  # wholly Cyrillic
        "Αθήνα",  # wholly Greek
        "Ærøskøbing",  # Latin letters with diacritics
        "Zürich",
    ],
)
def test_words_of_one_script_are_left_alone(word):
    assert normalize_text(word) == word


def test_a_word_mixing_latin_with_a_letter_that_imitates_nothing_is_kept():
    # "ж" imitates no Latin letter: the word is not a disguised Latin word.
    assert normalize_text("Valжoria") == "Valжoria"


def test_three_spellings_of_one_name_give_one_article_text():
    spellings = ["Latvia", "Lat\u00advia", "L\u0430tvia"]
    texts = {
        read_upload(f"{name} will send a frigate to Port Kessel.".encode(), "a.txt")
        .articles[0]
        .text
        for name in spellings
    }
    assert texts == {"Latvia will send a frigate to Port Kessel."}


def test_titles_are_normalised_too():
    data = json.dumps({"title": "Lat\u00advia and L\u0430tvia", "text": SENTENCE})
    [article] = read_upload(data.encode(), "a.json").articles
    assert article.title == "Latvia and Latvia"
