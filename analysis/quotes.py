"""Direct quotations and their speakers."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from analysis.actors import ArticleActors

SPEECH_VERBS = frozenset(
    {"say", "add", "state", "tell", "note", "stress", "emphasise", "emphasize", "write", "declare"}
)

_QUOTE = re.compile(r"[\"“”]([^\"“”]{2,}?)[\"“”]")


def quotations(doc: Doc, actors: ArticleActors) -> list[dict]:
    """Return one row per direct quotation: quote, cue, offsets, speaker key and name.

    The speaker is the nearest person (else any actor) in the quote's sentence or,
    failing that, in the sentences before it.
    """
    sents = list(doc.sents)
    rows = []
    for match in _QUOTE.finditer(doc.text):
        start, end = match.span(1)
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        sent_i = next((i for i, s in enumerate(sents) if s.start <= span.start < s.end), 0)
        cue = ""
        speaker = None
        for i in range(sent_i, max(-1, sent_i - 3), -1):
            sent = sents[i]
            for token in sent:
                if token.lemma_ in SPEECH_VERBS and not (start <= token.idx < end):
                    cue = cue or token.text
            found = [
                actors.actors[m.actor_key]
                for m in actors.mentions_in(sent.start_char, sent.end_char)
                if not (start <= m.start_char < end)
            ]
            people = [a for a in found if a.type == "person"]
            if people or found:
                speaker = (people or found)[-1]
                break
        rows.append(
            {
                "quote": match.group(1).strip(),
                "cue": cue,
                "start_char": start,
                "end_char": end,
                "speaker_key": speaker.key if speaker else "",
                "speaker": speaker.name if speaker else "",
                "partial": len(match.group(1).split()) < 4,
                "sentence_index": sent_i,
            }
        )
    return rows
