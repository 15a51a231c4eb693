"""Text as the pipeline sees it: pathological runs collapsed, long texts cut into segments.

spaCy's tokenizer is superlinear on long runs of the same punctuation or symbol (8,000
"(" take seconds, the time grows with the square of the run), and its parser refuses a
text over ``max_length`` characters. Neither limit may crash or stall a build, so before
tokenising:

- a run of more than ``run_keep`` punctuation, symbol or underscore characters keeps its
  first ``run_keep`` characters; a whitespace run of more than ``space_keep`` keeps its
  first ``space_keep`` characters and its last line break (so a paragraph still ends);
- the result is cut into segments of at most ``segment_chars`` characters, at a paragraph
  break where there is one, else a line break, a sentence end, a space, or (a text with
  no space at all) anywhere.

Only characters are removed, never added or changed, so ``Prepared.original`` maps an
offset in the prepared text back to the stored text exactly: rows always point into the
article's ``text``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

RUN_KEEP = 32
SPACE_KEEP = 64
SEGMENT_CHARS = 100_000

_CUTS = ("\n\n", "\n", ". ", " ")


@dataclass(frozen=True)
class Prepared:
    """A text made safe to tokenise, and where its characters came from.

    ``kept`` lists ``(prepared_start, original_start)`` of every kept stretch, in order;
    a text nothing was removed from keeps one stretch starting at (0, 0).
    """

    text: str
    kept: tuple[tuple[int, int], ...] = ((0, 0),)

    @property
    def changed(self) -> bool:
        """Return True when characters were removed."""
        return len(self.kept) > 1

    def original(self, offset: int) -> int:
        """Return the offset in the stored text of ``offset`` in the prepared text.

        An offset where two stretches meet maps to the start of the later one; map an
        end offset with ``original_end``.
        """
        if not self.changed:
            return offset
        starts = [p for p, _ in self.kept]
        i = bisect.bisect_right(starts, offset) - 1
        prepared_start, original_start = self.kept[i]
        return original_start + offset - prepared_start

    def original_end(self, offset: int) -> int:
        """Return the stored-text offset of an end offset (exclusive) in the prepared text."""
        if not self.changed or offset == 0:
            return self.original(offset)
        return self.original(offset - 1) + 1


def _run_pattern(run_keep: int, space_keep: int) -> re.Pattern[str]:
    return re.compile(rf"(?:[^\w\s]|_){{{run_keep + 1},}}|\s{{{space_keep + 1},}}")


_DEFAULT_RUNS = _run_pattern(RUN_KEEP, SPACE_KEEP)


def prepare(text: str, *, run_keep: int = RUN_KEEP, space_keep: int = SPACE_KEEP) -> Prepared:
    """Return ``text`` with over-long runs of punctuation, symbols or whitespace shortened."""
    default = (run_keep, space_keep) == (RUN_KEEP, SPACE_KEEP)
    runs = _DEFAULT_RUNS if default else _run_pattern(run_keep, space_keep)
    first = runs.search(text)
    if first is None:
        return Prepared(text)
    pieces: list[str] = []
    kept: list[tuple[int, int]] = []
    position = 0  # next original offset to copy
    length = 0  # prepared length so far

    def keep(start: int, end: int) -> None:
        nonlocal length
        if end <= start:
            return
        if not kept or kept[-1][1] + (length - kept[-1][0]) != start:
            kept.append((length, start))  # a new stretch (characters were removed before it)
        pieces.append(text[start:end])
        length += end - start

    for match in runs.finditer(text, first.start()):
        start, end = match.span()
        if text[start].isspace():
            keep(position, start + space_keep)
            last_break = text.rfind("\n", start + space_keep, end)
            if last_break >= 0:
                keep(last_break, last_break + 1)
        else:
            keep(position, start + run_keep)
        position = end
    keep(position, len(text))
    return Prepared("".join(pieces), tuple(kept) or ((0, 0),))


def segments(text: str, *, segment_chars: int = SEGMENT_CHARS) -> list[tuple[int, int]]:
    """Return ``(start, end)`` pieces covering ``text``, each at most ``segment_chars`` long.

    Cuts fall after a paragraph break, else a line break, a sentence end or a space in
    the second half of the window; a text with none of these is cut at the limit.
    """
    if len(text) <= segment_chars:
        return [(0, len(text))]
    pieces = []
    start = 0
    while len(text) - start > segment_chars:
        limit = start + segment_chars
        cut = -1
        for separator in _CUTS:
            found = text.rfind(separator, start + segment_chars // 2, limit - len(separator) + 1)
            if found >= 0:
                cut = found + len(separator)
                break
        if cut <= start:
            cut = limit
        pieces.append((start, cut))
        start = cut
    pieces.append((start, len(text)))
    return pieces
