"""Quote spans: the text between matching quotation marks, found from the marks alone.

The rules for marks, paragraphs and unbalanced marks are in ``analysis/quotes.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_BOUNDARY_BEFORE = set(" \t\n([{—–-/") | {""}


_CLOSE_PUNCT = set(".,;:!?)]}—–-…")


_MARK_CHARS = frozenset("“”\"‘’'")


PARAGRAPH = re.compile(r"[^\n]+")


_TYPEWRITER_CLOSE = re.compile("''")


WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


@dataclass(frozen=True)
class QuoteSpan:
    """The text between one pair of quote marks.

    ``start``/``end`` bound the quoted words (no marks, no surrounding space, no trailing
    comma); ``open_at``/``close_at`` are the marks' offsets (``close_at`` is the
    paragraph end when the quote ``continues`` into the next paragraph).
    """

    start: int
    end: int
    open_at: int
    close_at: int
    double: bool
    paragraph: int
    continues: bool = False
    continued: bool = False


@dataclass(frozen=True)
class _Mark:
    pos: int
    double: bool
    opens: bool
    closes: bool


def _classify(text: str, i: int) -> _Mark | None:
    """Return how the quote character at ``i`` can act, or None when it is no mark."""
    ch = text[i]
    prev = text[i - 1] if i > 0 else ""
    nxt = text[i + 1] if i + 1 < len(text) else ""
    before_ok = prev in _BOUNDARY_BEFORE or prev in "“‘\"'"
    after_ok = nxt == "" or nxt.isspace() or nxt in _CLOSE_PUNCT or nxt in "”’\"'"
    if ch == "“":
        return _Mark(i, True, True, False)
    if ch == "”":
        # A right-hand mark after a space and before a word opens a quote (some sources
        # use one mark for both ends).
        opens = (prev == "" or prev.isspace() or prev in "([—–:") and nxt.isalnum()
        return _Mark(i, True, opens, not opens)
    if ch == '"':
        after_next = text[i + 2] if i + 2 < len(text) else ""
        if prev.isspace() and (
            nxt == "" or nxt in ",;:!?)" or (nxt == "." and after_next in ("", " ", "\n"))
        ):
            # 'like China ".': a space left before the closing mark by the source.
            return _Mark(i, True, False, True)
        opens = before_ok and nxt != "" and not nxt.isspace()
        closes = after_ok and prev != "" and not prev.isspace()
        if not (opens or closes):
            # Glued on both sides ('word"word'): the pairing state decides.
            opens = closes = True
        return _Mark(i, True, opens, closes)
    if ch == "‘":
        if not nxt or nxt.isspace() or nxt.isdigit():
            return None
        return _Mark(i, False, True, False)
    if ch in "’'":
        if prev.isalnum() and nxt.isalnum():
            return None  # apostrophe inside a word: India's, don’t
        if _stray_possessive(text, i):
            return None  # 'the Council 's plan': a possessive after a stray space
        opens = before_ok and nxt.isalnum() and ch == "'"
        closes = prev != "" and not prev.isspace() and not nxt.isalnum()
        if not (opens or closes):
            return None
        return _Mark(i, False, opens, closes)
    return None


def _stray_possessive(text: str, i: int) -> bool:
    """Return True when the mark at ``i`` is a possessive "'s" set off from its word by a
    space the source left in ("the Council 's plan", "Norland 's"): a word, one space,
    the mark, "s" and no further letter."""
    if i < 2 or text[i - 1] != " " or not text[i - 2].isalnum():
        return False
    after = text[i + 2] if i + 2 < len(text) else ""
    return text[i + 1 : i + 2] == "s" and not after.isalnum()


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """Return the span without surrounding space and the writer's trailing comma/colon."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",:;"):
        end -= 1
    return start, end


def quote_spans(text: str) -> list[QuoteSpan]:
    """Return the spans between matching quote marks, in text order.

    Unbalanced marks are skipped; an unclosed quote continues into the next paragraph
    only when that paragraph opens with a quote mark.
    """
    # Typewriter quotes (``...'') read as curly ones; the length, and so every offset, stays.
    # Wiki italics (''Title'') read the same way; inside a straight-quoted span such a
    # mark is the title's, not the quote's end ('"I read it in ''The Times'' today"').
    typewriter = {m.start() + 1 for m in _TYPEWRITER_CLOSE.finditer(text)}
    text = text.replace("``", "“ ").replace("''", " ”")
    paragraphs = [(m.start(), m.end()) for m in PARAGRAPH.finditer(text) if m.group().strip()]
    spans: list[QuoteSpan] = []
    carried = False
    for p_index, (p_start, p_end) in enumerate(paragraphs):
        lead = first_char(text, p_start)
        open_mark: _Mark | None = None
        for i in range(p_start, p_end):
            if text[i] not in _MARK_CHARS:
                continue
            mark = _classify(text, i)
            if mark is None:
                continue
            if open_mark is not None and open_mark.double and not mark.double:
                continue  # single marks inside a double quote belong to it
            if open_mark is not None and text[open_mark.pos] == '"' and i in typewriter:
                continue  # wiki italics inside a straight-quoted span belong to it
            if open_mark is not None and mark.double == open_mark.double and mark.closes:
                span = _span(
                    text, open_mark, i, p_index, continued=carried and open_mark.pos == lead
                )
                if span is not None:
                    spans.append(span)
                open_mark = None
            elif mark.opens:
                # A second opener means the first was never closed. When the first ran to
                # the end of a sentence ('"We will strike on Monday. "Any hindrance ...')
                # it is a quote whose closing mark the writer left out; else skip it.
                if open_mark is not None and mark.double:
                    span = _unclosed(text, open_mark, i, p_index) if open_mark.double else None
                    if span is not None:
                        spans.append(span)
                open_mark = mark
        carried = False
        next_opens = p_index + 1 < len(paragraphs) and (
            text[first_char(text, paragraphs[p_index + 1][0])] in '“"'
        )
        if open_mark is not None and open_mark.double and not next_opens:
            # A quote left open at the end of its paragraph after whole sentences.
            span = _unclosed(text, open_mark, p_end, p_index)
            if span is not None:
                spans.append(span)
        if open_mark is not None and open_mark.double and next_opens:
            span = _span(
                text,
                open_mark,
                p_end,
                p_index,
                continued=open_mark.pos == lead and bool(spans) and spans[-1].continues,
                continues=True,
            )
            if span is not None:
                spans.append(span)
                carried = True
    return spans


def _span(
    text: str,
    open_mark: _Mark,
    close_at: int,
    paragraph: int,
    *,
    continued: bool,
    continues: bool = False,
) -> QuoteSpan | None:
    start, end = _trimmed(text, open_mark.pos + 1, close_at)
    if not WORD.search(text[start:end]):
        return None
    return QuoteSpan(
        start, end, open_mark.pos, close_at, open_mark.double, paragraph, continues, continued
    )


# Words an unclosed quote must hold to be kept.
UNCLOSED_MIN_WORDS = 5


def _unclosed(text: str, open_mark: _Mark, end: int, paragraph: int) -> QuoteSpan | None:
    """Return the span of a quote whose closing mark is missing, when it opens after a
    boundary, holds whole sentences and at least ``UNCLOSED_MIN_WORDS`` words."""
    start, stop = _trimmed(text, open_mark.pos + 1, end)
    fragment = text[start:stop]
    if not fragment or fragment[-1] not in ".!?…" or not fragment[0].isupper():
        return None
    if len(WORD.findall(fragment)) < UNCLOSED_MIN_WORDS or any(c in fragment for c in '"“”'):
        return None
    return QuoteSpan(start, stop, open_mark.pos, end, open_mark.double, paragraph)


def first_char(text: str, p_start: int) -> int:
    """Return the offset of the first non-space character of a paragraph."""
    i = p_start
    while i < len(text) and text[i].isspace():
        i += 1
    return i
