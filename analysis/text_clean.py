"""Markup removal for article text at ingestion: HTML, wiki markup and lost paragraphs.

Text fields of JSON, JSON Lines and CSV records, and .txt files, often hold what a page's
source held: HTML entities (sometimes escaped twice, "&amp;quot;"), HTML tags, wiki markup
("'''bold'''", "[[target|label]]", "== Heading ==", "{{template}}") and paragraphs marked
only by runs of spaces. `clean_text` turns such a field into plain text whose paragraphs are
separated by blank lines; the article's stored `text` is built from it, so every offset of
the tables points into the cleaned text. `markup_problem` and `language_problem` say why a
field should not become an article at all (mostly markup, mostly another language).

The classes of markup and language (tag names, link namespaces, reference section names,
abbreviations, function words of each language) are data in ``data/text_cleaning.toml``.

Entities are decoded by the standard library (`html.unescape`, the full HTML5 table). Tags
are matched by a bounded pattern against the known tag names of the rules rather than by
`html.parser`: the parser drops any "<word ...>" as a tag (prose such as "<Ann Smith>" would
vanish), and its handling of unclosed comments and tags differs between Python releases.

Every step is linear in the length of the text: patterns are bounded, and an opening mark
that is never closed (a comment, a template, a tag whose content is dropped) is removed on
its own rather than searched for again at every later position.
"""

from __future__ import annotations

import html
import re
import tomllib
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

RULES_FILE = "text_cleaning.toml"
MAX_ENTITY_ROUNDS = 4  # "&amp;amp;quot;" is three levels deep; more is not text
QUOTE_SPAN_MAX_CHARS = 3000  # a straight quotation longer than this is a pairing mistake
LANGUAGE_SAMPLE_WORDS = 5000  # the language of a text is judged on its first words


@cache
def rules() -> dict[str, Any]:
    """Return the cleaning rules of ``data/text_cleaning.toml``."""
    text = resources.files("analysis").joinpath("data", RULES_FILE).read_text("utf-8")
    return tomllib.loads(text)


@dataclass(frozen=True)
class Cleaned:
    """A cleaned text field; why it should give no article; what was left out of it."""

    text: str
    problem: str = ""  # "" or the reason the field gives no article
    left_out: str = ""  # "" or a note on paragraphs removed from the text


def clean_text(raw: str, *, wiki: bool = True, html: bool = True) -> Cleaned:
    """Return the plain text of a field that may hold HTML or wiki markup, and any problem.

    Entities are decoded (repeatedly), paragraphs marked only by runs of spaces are restored,
    then (with `html`) comments and tags and (with `wiki`) wiki markup are removed. The problem is
    "" or a reason for giving no article: mostly markup, or mostly another language. In a
    text that is mostly English, paragraphs long enough to judge (``min_words``) that are
    mostly another language are left out, and `left_out` says how many and which language:
    the English model would read their capitalised words as names.
    """
    decoded = decode_entities(raw)
    restored = restore_paragraphs(decoded)
    text = single_spaces(split_lead_labels(strip_markup(restored, wiki=wiki, html=html)))
    problem = markup_problem(restored, text)
    if problem:
        return Cleaned(text, problem)
    return english_only(text)


def english_only(text: str) -> Cleaned:
    """Return a text checked for language: a problem when it is mostly another language or
    script, else the text without its paragraphs in another language and a note on them.
    """
    problem = language_problem(text)
    if problem:
        return Cleaned(text, problem)
    kept, left_out = _without_foreign_paragraphs(text)
    return Cleaned(kept, "", left_out)


_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n\s*")


def _without_foreign_paragraphs(text: str) -> tuple[str, str]:
    """Return text without its paragraphs in another language, and a note on them ("" if none)."""
    kept: list[str] = []
    languages: Counter[str] = Counter()
    position = 0
    for match in [*_PARAGRAPH_BREAK.finditer(text), None]:
        end = match.start() if match else len(text)
        paragraph = text[position:end]
        language, _ = other_language(paragraph)
        if language:
            languages[language] += 1
        else:
            kept.append(text[position : match.end() if match else len(text)])
        position = match.end() if match else len(text)
    if not languages:
        return text, ""
    count = sum(languages.values())
    names = " and ".join(sorted(languages))
    noun = "paragraph" if count == 1 else "paragraphs"
    return "".join(kept), f"left out {count} {noun} mostly in {names}; the rest was read"


def clean_inline(raw: str) -> str:
    """Return a one-line field (a title) with entities decoded and markup removed."""
    text = strip_markup(decode_entities(raw), wiki=True)
    return " ".join(text.split())


# --------------------------------------------------------------------------- entities

_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def decode_entities(text: str) -> str:
    """Return text with HTML entities decoded, again while a round leaves entities behind.

    A source escaped twice writes a dash as "&amp;mdash;": the first round gives "&mdash;",
    the second "—". Text without any "&name;" or "&#number;" is left exactly as it is.
    """
    for _ in range(MAX_ENTITY_ROUNDS):
        if not _ENTITY.search(text):
            break
        decoded = html.unescape(text)
        if decoded == text:
            break
        text = decoded
    return text


# --------------------------------------------------------------------------- paragraphs

# A sentence end, closing marks, then the run of spaces that may stand for a paragraph break.
_BREAK_CANDIDATE = re.compile(r"""[.!?]["'”’)\]]*( {2,}|\t[ \t]*)(?=\S)""")
_BLOCKQUOTE_END_GAP = re.compile(r"</blockquote\s*>( {2,})(?=\S)", re.I)
_QUOTE_MARK = re.compile(r"""``|:''|''|"|“|”|<blockquote\b[^<>]{0,500}>|</blockquote\s*>""", re.I)


def restore_paragraphs(text: str) -> str:
    """Return text with paragraph breaks where a one-line source marks them by spaces.

    Only a text without any line break is changed. A run of two or more spaces after the end
    of a sentence (".", "!" or "?", then any closing quotes or brackets) becomes a blank line,
    except inside an open quotation ("…", “…”, ``…'', a wiki quotation :''…'' or a
    <blockquote>), before a lower-case letter, and after an abbreviation ("Mr.", "U.S.",
    an initial). A run of spaces after "</blockquote>" is a break too.
    """
    if "\n" in text or "  " not in text:
        return text
    quoted = _quoted_spans(text)
    breaks: list[tuple[int, int]] = []
    span_index = 0
    for match in _BREAK_CANDIDATE.finditer(text):
        gap_start, gap_end = match.span(1)
        while span_index < len(quoted) and quoted[span_index][1] <= gap_start:
            span_index += 1
        inside = span_index < len(quoted) and quoted[span_index][0] < gap_start
        if inside or text[gap_end].islower() or _after_abbreviation(text, match.start()):
            continue
        breaks.append((gap_start, gap_end))
    breaks.extend(match.span(1) for match in _BLOCKQUOTE_END_GAP.finditer(text))
    pieces: list[str] = []
    position = 0
    for start, end in sorted(breaks):
        pieces.append(text[position:start])
        pieces.append("\n\n")
        position = end
    pieces.append(text[position:])
    return "".join(pieces)


# A paragraph that opens with a short label (at most four words, no sentence end) set off
# from the prose by a run of three or more spaces: "Canadian news   Canadian Prime
# Minister ...", "Venezuela   During a summit ...", what is left of a page's category box.
_LEAD_LABEL = re.compile(r"(?:^|(?<=\n))([^\S\n]*(?:[^\s.!?]+ ){0,3}[^\s.!?]+)( {3,})(?=[A-Z\"“])")


def split_lead_labels(text: str) -> str:
    """Return text with a label that opens a paragraph set off as a paragraph of its own.

    Glued to the first sentence, the label would be read as part of it: the model takes
    "Venezuela During a summit" for one phrase and "Canadian news Canadian Prime Minister"
    for one name. The label stays in the text, as a heading paragraph.
    """
    never, openers, linking = _label_words()

    def split(match: re.Match) -> str:
        if any(word.lower() in never for word in match[1].split()):
            return match[0]
        return match[1] + "\n\n"

    text = _LEAD_LABEL.sub(split, text)
    text = _portal_label().sub(lambda m: m[1] + "\n\n", text)

    def split_before_opener(match: re.Match) -> str:
        # "According to The Times, ...", "Ola Berg of The Herald", "On Monday The Post":
        # prose whose next word is a title, no label
        words = match[1].split()
        if words[0].lower() in openers or any(w.lower() in linking for w in words):
            return match[0]
        if any(w.islower() and w.endswith("ed") for w in words):
            return match[0]  # "Berg also thanked The Trust": a verb, no label
        return match[1] + "\n\n"

    return _opener_label().sub(split_before_opener, text)


@cache
def _label_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Return the words no label holds, the sentence openers (lower case), and the words
    that tie a label to the opener after it (see [lead_labels])."""
    words = rules()["lead_labels"]
    never = frozenset(words["never_in_label"])
    openers = frozenset(w.lower() for w in words["sentence_openers"])
    return never, openers, never | frozenset(words["never_before_opener"])


@cache
def _portal_label() -> re.Pattern:
    """A portal section name opening a paragraph, glued to the prose by any run of spaces
    ("Crime and law Two men were ..."; see [lead_labels] portal_labels)."""
    names = "|".join(re.escape(n) for n in rules()["lead_labels"]["portal_labels"])
    return re.compile(rf"(?:^|(?<=\n))([^\S\n]*(?:{names}))( +)(?=[A-Z\"“])", re.IGNORECASE)


# "On" opens prose before a day, a month, a number or a word in lower case ("Vesland On
# Monday ..."); before another capital it may go on with a name ("War On Want").
_DAY_OR_MONTH = (
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June"
    r"|July|August|September|October|November|December)\b"
)


@cache
def _opener_label() -> re.Pattern:
    """A short label opening a paragraph, glued by one space or two to a sentence that
    opens with a word no name goes on with ("Norland The parliament voted ...", "2008
    border dispute In a speech ...", "Vesland Late on Friday ..."; see [lead_labels]
    sentence_openers). "A" and "An" count only before a word in lower case ("Ostia A car
    bomb", not "John A Smith"); "On" only before a day, a month or a small word."""
    openers = "|".join(re.escape(w) for w in rules()["lead_labels"]["sentence_openers"])
    return re.compile(
        rf"(?:^|(?<=\n))([^\S\n]*(?:[^\s.!?,;:\"“”]+ ){{0,3}}[^\s.!?,;:\"“”]+)( {{1,2}})"
        rf"(?=(?:{openers}) |(?:A|An) [a-z]|On (?:[a-z0-9]|{_DAY_OR_MONTH}))"
    )


# A run of spaces inside a phrase, between two words or a word and a comma: what a link
# removed from the source leaves ("the Osmark  Border Council").
_SPLIT_PHRASE = re.compile(r"(?<=[A-Za-z0-9,;])[ \t]{2,}(?=[A-Za-z0-9(])")


def single_spaces(text: str) -> str:
    """Return text with a run of spaces inside a phrase made one space.

    Removed links leave two or three spaces between the words of one name ("United States
    Navy"); the model reads the run as a word of its own and cuts the name there. A run
    after the end of a sentence or a quotation is left alone: it may still tell where a
    sentence ends.
    """
    return _SPLIT_PHRASE.sub(" ", text)


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    """Return the (start, end) spans of the quotations of a text, in order.

    Straight quotes pair up in turn; a pair further apart than QUOTE_SPAN_MAX_CHARS is taken
    for a missing mark, and the later quote opens a new pair. A mark that never closes opens
    nothing: an unbalanced quote must not stop every later paragraph break.
    """
    spans: list[tuple[int, int]] = []
    opened: dict[str, int] = {}
    for match in _QUOTE_MARK.finditer(text):
        mark = match.group().lower()
        position = match.start()
        if mark == '"':
            start = opened.pop('"', None)
            if start is None or position - start > QUOTE_SPAN_MAX_CHARS:
                opened['"'] = position
            else:
                spans.append((start, match.end()))
        elif mark in ("“", "``", ":''") or mark.startswith("<blockquote"):
            key = "<blockquote" if mark.startswith("<blockquote") else mark
            opened.setdefault(key, position)
        elif mark == "”":
            _close(opened, "“", match.end(), spans)
        elif mark == "''":
            _close(opened, "``", match.end(), spans) or _close(opened, ":''", match.end(), spans)
        else:  # </blockquote>
            _close(opened, "<blockquote", match.end(), spans)
    return sorted(spans)


def _close(opened: dict[str, int], key: str, end: int, spans: list[tuple[int, int]]) -> bool:
    """Close the open quotation `key` at `end`; return whether one was open."""
    start = opened.pop(key, None)
    if start is None:
        return False
    spans.append((start, end))
    return True


def _after_abbreviation(text: str, end: int) -> bool:
    """Return whether the full stop at `end` follows an abbreviation or an initial."""
    if text[end] != ".":
        return False
    before = text[max(0, end - 40) : end].split()
    if not before:
        return False
    word = before[-1].lstrip("\"'“‘([")
    if "." in word or len(word) == 1:  # "U.S.", "a.m.", "J."
        return True
    return word.lower() in _abbreviations()


@cache
def _abbreviations() -> frozenset[str]:
    return frozenset(rules()["paragraphs"]["abbreviations"])


# --------------------------------------------------------------------------- markup


def strip_markup(text: str, *, wiki: bool = True, html: bool = True) -> str:
    """Return text without, with `html`, comments and HTML tags, and with `wiki`, comments
    and wiki markup.

    HTML: block tags (<p>, <div>, <blockquote>, <li>, <tr>, ...) become paragraph breaks and
    <br> a line break; the content of <script>, <style>, <ref> and the like is dropped; tags
    of unknown names ("<Ann Smith>") are kept as text. Wiki markup: templates {{…}} and
    tables {|…|} are dropped, [[target|label]] gives its label, files and categories are
    dropped, [url label] gives its label, "== Heading ==" becomes a heading paragraph (a
    reference section such as "Sources" is dropped with its content), bold and italic marks,
    list bullets and switches such as "__NOTOC__" go.
    """
    if html or wiki:
        # "<!-- … -->" is a comment in wiki markup too: an editor's note or a source link
        # left after "… Wen said", never part of what was said
        text = _strip_comments(text)
    if html:
        text = _strip_dropped_elements(text)
        text = _TAG.sub(_replace_tag, text)
    if wiki:
        text = _strip_templates(text)
        text = _strip_wiki_links(text)
        text = _EXTERNAL_LINK.sub(lambda match: match["label"] or "", text)
        text = _strip_headings(text)
        text = _strip_emphasis(text)
        text = _BULLET.sub("\n", text)
        text = _MAGIC_WORD.sub("", text)
    return text


# Behaviour switches of a wiki page ("__NOTOC__", "__NOEDITSECTION__"): never prose.
_MAGIC_WORD = re.compile(r"__[A-Z]{3,20}__")


def _strip_comments(text: str) -> str:
    """Return text without <!-- … --> comments; an unclosed "<!--" is removed on its own."""
    pieces: list[str] = []
    position = 0
    while True:
        start = text.find("<!--", position)
        if start < 0:
            break
        end = text.find("-->", start + 4)
        pieces.append(text[position:start])
        if end < 0:  # no later comment can close either
            pieces.append(text[start + 4 :].replace("<!--", ""))
            return "".join(pieces)
        position = end + 3
    pieces.append(text[position:])
    return "".join(pieces)


_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]{0,20})((?:\s[^<>]{0,2000}?)?)\s*(/?)>")


@cache
def _tag_kinds() -> dict[str, str]:
    """Return each known tag name's kind: "block", "line", "drop" or "inline"."""
    html_rules = rules()["html"]
    kinds = {name: "inline" for name in html_rules["inline_tags"]}
    kinds.update({name: "block" for name in html_rules["block_tags"]})
    kinds.update({name: "line" for name in html_rules["line_tags"]})
    kinds.update({name: "drop" for name in html_rules["dropped_content_tags"]})
    return kinds


def _replace_tag(match: re.Match[str]) -> str:
    kind = _tag_kinds().get(match[2].lower())
    if kind is None:
        return match.group()  # not HTML: "<Ann Smith>" or "<5 km>" stays text
    return {"block": "\n\n", "line": "\n"}.get(kind, "")


def _strip_dropped_elements(text: str) -> str:
    """Return text without the elements whose content is not prose (<script>, <ref>, ...).

    A self-closing tag (<ref name="a" />) goes alone; an opening tag never closed goes alone
    (its content is kept), and its name is not searched for again.
    """
    kinds = _tag_kinds()
    unclosed: set[str] = set()
    pieces: list[str] = []
    position = 0
    for match in _TAG.finditer(text):
        name = match[2].lower()
        if match.start() < position or match[1] or kinds.get(name) != "drop":
            continue
        pieces.append(text[position : match.start()])
        position = match.end()
        if match[4] or name in unclosed:
            continue
        closing = re.compile(rf"</{re.escape(name)}\s*>", re.I).search(text, match.end())
        if closing is None:
            unclosed.add(name)
        else:
            position = closing.end()
    pieces.append(text[position:])
    return "".join(pieces)


_TEMPLATE_MARK = re.compile(r"\{\{|\}\}")
_TABLE_MARK = re.compile(r"\{\||\|\}")


def _strip_templates(text: str) -> str:
    """Return text without {{templates}} and {| tables |}, nested ones included.

    Tables are data laid out in cells, not prose. Stray closing marks are removed; an
    unclosed template or table loses only its marks: its text is kept rather than the rest
    of the article.
    """
    text = _strip_nested(text, _TEMPLATE_MARK, "{{")
    return _strip_nested(text, _TABLE_MARK, "{|")


def _strip_nested(text: str, marks: re.Pattern[str], opening: str) -> str:
    """Return text without the spans between matching opening and closing `marks`."""
    pieces: list[str] = []
    position = 0
    depth = 0
    opened_at = 0
    for match in marks.finditer(text):
        if match.group() == opening:
            if depth == 0:
                pieces.append(text[position : match.start()])
                opened_at = match.end()
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:
                position = match.end()
        else:  # a closing mark closing nothing
            pieces.append(text[position : match.start()])
            position = match.end()
    if depth:
        pieces.append(marks.sub("", text[opened_at:]))
    else:
        pieces.append(text[position:])
    return "".join(pieces)


_INNER_LINK = re.compile(r"\[\[([^\[\]\n]{0,2000})\]\]")
_EXTERNAL_LINK = re.compile(
    r"\[(?:https?|ftp)://[^\s\[\]<>]{1,2000}(?:[ \t]+(?P<label>[^\[\]\n]{0,500}?))?[ \t]*\]"
)
_HEADING = re.compile(r"(?m)(?:^|(?<=\s))(={2,6})[ \t]*([^=\n]{1,200}?)[ \t]*\1(?=\s|$)")
# A wiki list bullet: "*" after a break or a space ("* item", "*Item"), or "#" then a space.
_BULLET = re.compile(r"(?m)(?:^|(?<=\s))(?:\*+|#+(?=[ \t]|$))")
_EMPHASIS = re.compile(r"``|'{2,}|\n\n")
_INDENT = re.compile(r"(?m)(?:^|(?<=\s)):+[ \t]*(?='')")


@cache
def _unclosed_file_link() -> re.Pattern[str]:
    """Return the pattern of an unclosed file link's target and layout options."""
    wiki = rules()["wiki"]
    namespaces = "|".join(re.escape(name) for name in wiki["dropped_namespaces"])
    options = "|".join(re.escape(name) for name in wiki["image_options"])
    option = rf"(?:{options}|\d{{1,4}}(?:x\d{{1,4}})?px|[a-z]{{1,10}}=[^|\]\n]{{0,200}})"
    return re.compile(
        rf"\[\[\s*:?(?:{namespaces})\s*:[^|\[\]\n]{{0,500}}(?:\|\s*{option}\s*(?=\||$))*\|?",
        re.I,
    )


def _strip_wiki_links(text: str) -> str:
    """Return text with [[target|label]] reduced to its label and file links dropped."""
    namespaces = frozenset(rules()["wiki"]["dropped_namespaces"])

    def label(match: re.Match[str]) -> str:
        parts = match[1].split("|")
        target = parts[0].strip().lstrip(":")
        if ":" in target and target.split(":", 1)[0].strip().lower() in namespaces:
            return ""
        return parts[-1] if len(parts) > 1 else target

    for _ in range(3):  # a caption may hold links: innermost first
        text, count = _INNER_LINK.subn(label, text)
        if not count:
            break
    text = _unclosed_file_link().sub("", text)
    return text.replace("[[", "").replace("]]", "")


def _strip_headings(text: str) -> str:
    """Return text with "== Heading ==" as its own paragraph; reference sections dropped."""
    reference = frozenset(rules()["wiki"]["reference_sections"])
    pieces: list[str] = []
    position = 0
    dropping = False
    for match in _HEADING.finditer(text):
        if not dropping:
            pieces.append(text[position : match.start()])
        name = match[2].strip()
        dropping = name.lower().rstrip(":") in reference
        if not dropping:
            pieces.append(f"\n\n{name}\n\n")
        position = match.end()
    if not dropping:
        pieces.append(text[position:])
    return "".join(pieces)


def _strip_emphasis(text: str) -> str:
    """Return text without wiki bold and italic marks ('' and ''' and ''''').

    A "''" that closes a ``quotation'' is a closing quote, not italics, and is kept. The
    colons that indent a wiki quotation (":''…''") go with it.
    """
    text = _odd_bold_as_apostrophe(_INDENT.sub("", text))
    pieces: list[str] = []
    position = 0
    quote_open = False
    for match in _EMPHASIS.finditer(text):
        mark = match.group()
        if mark == "\n\n":
            quote_open = False
            continue
        if mark == "``":
            quote_open = True
            continue
        if mark == "''" and quote_open:
            quote_open = False
            continue
        count = len(mark)
        # MediaWiki: four marks are an apostrophe then bold; over five, the extra ones print.
        kept = "'" if count == 4 else "'" * max(0, count - 5)
        pieces.append(text[position : match.start()] + kept)
        position = match.end()
    pieces.append(text[position:])
    return "".join(pieces).replace(_APOSTROPHE_MARK, "'")


# Stands for an apostrophe taken out of a bold mark until the marks are stripped.
_APOSTROPHE_MARK = "\x1a"
_MARK_RUN = re.compile(r"'{2,}")


def _odd_bold_as_apostrophe(text: str) -> str:
    """Return text where a line with an odd number of both italic and bold marks has its
    first bold mark read as an apostrophe that closes the italics, as MediaWiki reads it:
    an italic newspaper name, then three marks and "s editor", is "Courier's editor"."""
    lines = text.split("\n")
    for k, line in enumerate(lines):
        if "'''" not in line:
            continue
        runs = [len(m.group()) for m in _MARK_RUN.finditer(line)]
        italics = sum(1 for n in runs if n in (2, 5))
        bold = sum(1 for n in runs if n in (3, 5))
        if italics % 2 and bold % 2:
            first = next(m for m in _MARK_RUN.finditer(line) if len(m.group()) == 3)
            lines[k] = f"{line[: first.start()]}{_APOSTROPHE_MARK}''{line[first.end() :]}"
    return "\n".join(lines)


# --------------------------------------------------------------------------- problems

_LETTERS_RUN = re.compile(r"[^\W\d_]+")


def markup_problem(before: str, after: str) -> str:
    """Return why a field is mostly markup ("" when it is not), from its text before/after.

    A field is mostly markup when markup makes up most of it and what is left is too short
    to be an article; an article with a large results table keeps its prose.
    """
    total = len("".join(before.split()))
    if not total:
        return ""
    share = 1 - len("".join(after.split())) / total
    markup = rules()["markup"]
    if share >= markup["max_share"] and len(after.split()) < markup["min_prose_words"]:
        return f"mostly markup ({share:.0%} of the text is tags, templates or wiki syntax)"
    return ""


def language_problem(text: str) -> str:
    """Return why a text is mostly another language or script than English ("" if not)."""
    return other_language(text)[1]


def other_language(text: str) -> tuple[str, str]:
    """Return the language or script a text is mostly written in when it is not English,
    and the reason to show; ("", "") for English and for texts too short to judge.
    """
    language = rules()["language"]
    words = _LETTERS_RUN.findall(text[: LANGUAGE_SAMPLE_WORDS * 12].lower())
    words = words[:LANGUAGE_SAMPLE_WORDS]
    if len(words) < language["min_words"]:
        return "", ""
    counts = Counter(words)
    hits: Counter[str] = Counter()
    languages_of = _languages_of_word()
    for word, count in counts.items():
        for name in languages_of.get(word, ()):
            hits[name] += count
    shares = {name: hits[name] / len(words) for name in _function_words()}
    english = shares.pop("English", 0.0)
    if english >= language["english_min_share"]:
        return "", ""
    script, latin_share = _script(counts)
    if latin_share < language["latin_min_share"]:
        reason = f"mostly {script} script, not English ({1 - latin_share:.0%} of its letters)"
        return script, reason
    if not shares:
        return "", ""
    other, share = max(shares.items(), key=lambda item: item[1])
    if share >= language["other_min_share"] and share >= language["other_over_english"] * english:
        return other, (
            f"mostly {other}, not English ({share:.0%} of its words are {other} "
            f"function words, {english:.0%} English)"
        )
    return "", ""


@cache
def _function_words() -> dict[str, frozenset[str]]:
    table = rules()["language"]["function_words"]
    return {name: frozenset(words) for name, words in table.items()}


@cache
def _languages_of_word() -> dict[str, tuple[str, ...]]:
    """Return each function word with the languages it belongs to."""
    languages: dict[str, list[str]] = {}
    for name, vocabulary in _function_words().items():
        for word in vocabulary:
            languages.setdefault(word, []).append(name)
    return {word: tuple(names) for word, names in languages.items()}


def _script(counts: Counter[str]) -> tuple[str, float]:
    """Return the most common non-Latin script of the words' letters and the Latin share."""
    scripts: Counter[str] = Counter()
    latin = 0
    total = 0
    for word, count in counts.items():
        total += len(word) * count
        if word.isascii():
            latin += len(word) * count
            continue
        for char in word:
            if char < "\u0250" or unicodedata.name(char, "").startswith("LATIN"):
                latin += count
            else:
                scripts[unicodedata.name(char, "Unknown").split(" ", 1)[0].title()] += count
    script = scripts.most_common(1)[0][0] if scripts else "Latin"
    return script, (latin / total if total else 1.0)


__all__ = [
    "Cleaned",
    "clean_inline",
    "clean_text",
    "decode_entities",
    "english_only",
    "language_problem",
    "markup_problem",
    "other_language",
    "restore_paragraphs",
    "rules",
    "strip_markup",
]
