"""Bytes to text, and text to one canonical form of its characters.

`decode_bytes` reads the bytes of a file as text: UTF-8 (with or without a byte-order mark),
UTF-16 with a byte-order mark or without one (told by its zero bytes), Western European
single-byte text as cp1252 (Latin-1 when it holds bytes cp1252 leaves undefined), and
anything else by charset-normalizer's best guess. The bias to cp1252 is deliberate: most
non-UTF-8 news text in Western languages is cp1252 or Latin-1, and a detector's guess of a
Central European code page turns "España" into "Espańa".

`normalize_text` gives every article one form of its characters, so that the same name is
written the same way whatever the source did: invisible characters that split words (soft
hyphens, zero-width characters, bidirectional controls) are removed, NFKC folds
compatibility forms (ligatures, full-width letters, non-breaking spaces), and a letter of
another script that imitates a Latin one inside an otherwise Latin word is replaced by the
Latin letter. The character tables are data in ``data/normalisation.toml``.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from functools import cache
from importlib import resources
from typing import Any

from charset_normalizer import from_bytes

RULES_FILE = "normalisation.toml"
# Share of control characters above which bytes are taken for a binary file.
BINARY_CONTROL_SHARE = 0.05
SAMPLE_BYTES = 65536  # the shares that decide an encoding are measured on this much

_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_CONTROL_BYTES = frozenset(range(32)) - {9, 10, 12, 13} | {127}
# Control characters other than common whitespace, and the replacement character.
_STRANGE_CHARS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd]")
# Bytes cp1252 leaves undefined: text holding them is Latin-1 (their C1 controls) or not Western.
_CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")
# Symbols of cp1252's upper half that never stand inside a Western word ("£", "³", "¿"):
# between two letters they are letters of another code page read as cp1252 ("£ódŸ", "³ad").
_WORD_SAFE = frozenset("’‘-–—·\xad")
_FOREIGN_SYMBOLS = "".join(
    char
    for char in bytes(range(0x80, 0xC0)).decode("cp1252", errors="ignore")
    if not char.isalpha() and char not in _WORD_SAFE
)
_SYMBOL_IN_WORD = re.compile(rf"[^\W\d_][{re.escape(_FOREIGN_SYMBOLS)}][^\W\d_]")


@cache
def rules() -> dict[str, Any]:
    """Return the tables of ``data/normalisation.toml``."""
    text = resources.files("analysis").joinpath("data", RULES_FILE).read_text("utf-8")
    return tomllib.loads(text)


# --------------------------------------------------------------------------- decoding


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Return the text of `data` and "", or "" and why the bytes are not readable text.

    The reasons are "empty file", "binary file" (NUL bytes outside UTF-16, or many control
    characters) and "undecodable text".
    """
    if not data.strip():
        return "", "empty file"
    if data.startswith(_UTF16_BOMS):
        return _decoded(data, "utf-16")
    utf16 = _utf16_codec(data)
    if utf16:
        text, problem = _decoded(data, utf16)
        if not problem:
            return text, problem  # else binary data whose zero bytes happen to alternate
    if _looks_binary(data):
        return "", "binary file"
    try:
        return checked_text(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        pass  # not UTF-8: Western single-byte text, else charset-normalizer's guess
    western = _western_text(data)
    if western:
        return checked_text(western)
    best = from_bytes(data).best()
    if best is None:
        return "", "undecodable text"
    return checked_text(str(best))


def checked_text(text: str) -> tuple[str, str]:
    """Return decoded text and "", or "" and why it is not usable text."""
    if not text.strip():
        return "", "empty file"
    strange = len(_STRANGE_CHARS.findall(text))
    if strange > BINARY_CONTROL_SHARE * len(text):
        return "", "undecodable text"
    return text, ""


def _decoded(data: bytes, codec: str) -> tuple[str, str]:
    try:
        return checked_text(data.decode(codec))
    except UnicodeDecodeError:
        return "", "undecodable text"


def _utf16_codec(data: bytes) -> str:
    """Return "utf-16-le" or "utf-16-be" for UTF-16 bytes without a byte-order mark, else "".

    Text in Latin script written as UTF-16 has a zero high byte in most two-byte units: the
    zero bytes fall on odd positions (little-endian) or even ones (big-endian), hardly ever
    on the other side.
    """
    sample = data[:SAMPLE_BYTES]
    if len(sample) < 4:
        return ""
    sample = sample[: len(sample) // 2 * 2]
    units = len(sample) // 2
    decoding = rules()["decoding"]
    even_zeros = sample[0::2].count(0) / units
    odd_zeros = sample[1::2].count(0) / units
    least, most = decoding["utf16_other_side_max"], decoding["utf16_zero_share"]
    if odd_zeros >= most and even_zeros <= least:
        return "utf-16-le"
    if even_zeros >= most and odd_zeros <= least:
        return "utf-16-be"
    return ""


def _western_text(data: bytes) -> str:
    """Return `data` decoded as cp1252 (or Latin-1) when it reads as Western text, else "".

    Western European text in a single-byte encoding is mostly ASCII letters, with accented
    letters inside words. Cyrillic or Greek single-byte text read as cp1252 gives mostly
    accented letters, and Central European text symbols inside words ("³", "¹", "£"); both
    are left to detection.
    """
    codec = "latin-1" if _CP1252_UNDEFINED.intersection(data) else "cp1252"
    text = data.decode(codec)
    letters = [char for char in text[:SAMPLE_BYTES] if char.isalpha()]
    ascii_letters = sum(1 for char in letters if char.isascii())
    share = rules()["decoding"]["western_ascii_share"]
    if not letters or ascii_letters < share * len(letters):
        return ""
    return "" if _SYMBOL_IN_WORD.search(text) else text


def _looks_binary(data: bytes) -> bool:
    """Return whether bytes hold a NUL or a high share of control characters."""
    if b"\x00" in data:
        return True
    sample = data[:SAMPLE_BYTES]
    controls = sum(1 for byte in sample if byte in _CONTROL_BYTES)
    return controls > BINARY_CONTROL_SHARE * len(sample)


# --------------------------------------------------------------------------- characters


def normalize_text(text: str) -> str:
    """Return text without invisible characters, in NFKC, with look-alike letters folded.

    Line breaks are kept; a character NFKC turns into a line break does not occur in text.
    """
    text = text.translate(_invisible_table())
    text = unicodedata.normalize("NFKC", text)
    if text.isascii():
        return text
    return _MIXED_WORD.sub(_fold_word, text)


@cache
def _invisible_table() -> dict[int, None]:
    """Return the str.translate table deleting every invisible character of the rules."""
    points = [point for group in rules()["invisible"].values() for point in group]
    return {int(point.removeprefix("U+"), 16): None for point in points}


@cache
def _confusables() -> dict[str, str]:
    """Return the look-alike letters of every script, each mapped to its Latin letter."""
    table: dict[str, str] = {}
    for letters in rules()["confusables"].values():
        table.update(letters)
    return table


# A word holding at least one non-ASCII letter: only these can hold a look-alike.
_MIXED_WORD = re.compile(r"[^\W\d_]*[^\W\d_\x00-\x7f][^\W\d_]*")


def _fold_word(match: re.Match[str]) -> str:
    """Return a word with look-alike letters folded when its other letters are all Latin."""
    word = match.group()
    confusables = _confusables()
    has_latin = False
    for char in word:
        if char in confusables:
            continue
        if not _is_latin(char):
            return word  # a letter of another script that imitates nothing: a foreign word
        has_latin = True
    if not has_latin:
        return word  # wholly another script ("Тото" in Cyrillic stays Cyrillic)
    return "".join(confusables.get(char, char) for char in word)


def _is_latin(char: str) -> bool:
    return char.isascii() or unicodedata.name(char, "").startswith("LATIN")


__all__ = ["checked_text", "decode_bytes", "normalize_text", "rules"]
