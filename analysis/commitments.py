"""Commitments: who commits to what, how firmly, to whom.

Strength scale (0 to 1): the type sets a base (agreement 0.8, pledge 0.7, offer 0.55,
endorsement 0.5, intent 0.35, call 0.3, refusal 0.0); an amount, a number or a deadline
raises it by 0.1 each (capped at 1); a hedge (could, may, might, if, would consider)
lowers it by 0.15 (floored at 0.05, refusal stays 0).
"""

from __future__ import annotations

import hashlib
import re

import pandas as pd
from spacy.tokens import Doc, Span

from analysis.actors import ArticleActors

COMMITMENT_TYPES: tuple[str, ...] = (
    "agreement",
    "pledge",
    "offer",
    "endorsement",
    "call",
    "intent",
    "refusal",
)

BASE_STRENGTH = {
    "agreement": 0.8,
    "pledge": 0.7,
    "offer": 0.55,
    "endorsement": 0.5,
    "intent": 0.35,
    "call": 0.3,
    "refusal": 0.0,
}

_CUES: dict[str, str] = {
    "sign": "agreement",
    "agree": "agreement",
    "adopt": "agreement",
    "conclude": "agreement",
    "pledge": "pledge",
    "commit": "pledge",
    "promise": "pledge",
    "vow": "pledge",
    "will": "pledge",
    "shall": "pledge",
    "propose": "offer",
    "offer": "offer",
    "welcome": "endorsement",
    "endorse": "endorsement",
    "back": "endorsement",
    "support": "endorsement",
    "urge": "call",
    "must": "call",
    "should": "call",
    "aim": "intent",
    "plan": "intent",
    "seek": "intent",
    "intend": "intent",
    "refuse": "refusal",
    "reject": "refusal",
    "decline": "refusal",
}

_HEDGES = frozenset({"could", "may", "might", "if", "consider"})


def strength(kind: str, sent: Span) -> float:
    """Return the documented strength of a commitment of ``kind`` stated in ``sent``."""
    if kind == "refusal":
        return 0.0
    value = BASE_STRENGTH[kind]
    if any(t.like_num or t.ent_type_ in ("MONEY", "CARDINAL") for t in sent):
        value += 0.1
    if any(t.ent_type_ == "DATE" for t in sent):
        value += 0.1
    if any(t.lower_ in _HEDGES for t in sent):
        value -= 0.15
    return round(min(1.0, max(0.05, value)), 2)


def commitments(
    doc: Doc,
    actors: ArticleActors,
    sentence_themes: list[frozenset[str]],
    quotes: list[dict],
) -> list[dict]:
    """Return one row per commitment found in ``doc``."""
    rows = []
    for sent_i, sent in enumerate(doc.sents):
        for token in sent:
            kind = _CUES.get(token.lemma_.lower())
            if kind is None or token.pos_ not in ("VERB", "AUX"):
                continue
            subject = next(
                (c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")), None
            )
            subject = subject or next((c for c in token.children if c.dep_ == "nsubj"), None)
            actor = None
            if subject is not None:
                actor = actors.actor_at(subject.idx, subject.idx + len(subject.text))
            if actor is None:
                inside = actors.mentions_in(sent.start_char, sent.end_char)
                actor = actors.actors[inside[0].actor_key] if inside else None
            if actor is None:
                continue
            head = token.head if token.pos_ == "AUX" else token
            content = doc[head.i : head.right_edge.i + 1].text
            rows.append(
                {
                    "actor_key": actor.key,
                    "actor": actor.name,
                    "type": kind,
                    "strength": strength(kind, sent),
                    "cue": token.text,
                    "content": content,
                    "counterpart_key": "",
                    "counterpart": "",
                    "sentence": sent.text.strip(),
                    "start_char": sent.start_char,
                    "end_char": sent.end_char,
                    "sentence_index": sent_i,
                    "themes": "; ".join(sorted(sentence_themes[sent_i]))
                    if sent_i < len(sentence_themes)
                    else "",
                    "amount": "",
                    "deadline": "",
                }
            )
            break
    return rows


def assign_groups(table: pd.DataFrame) -> pd.Series:
    """Return, for each row of the commitments table, the key its restatements share."""
    keys = []
    for actor, content in zip(
        table["actor_id"].where(table["actor_id"] != "", table["actor"]),
        table["content"],
        strict=False,
    ):
        words = sorted(set(re.findall(r"[a-z]{4,}", content.lower())))[:8]
        keys.append(hashlib.sha1(f"{actor}|{' '.join(words)}".encode()).hexdigest()[:12])
    return pd.Series(keys, index=table.index, dtype=str)
