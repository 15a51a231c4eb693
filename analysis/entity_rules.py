"""Entity rules fed by the gazetteer in ``data/gazetteer.toml``.

An ``entity_ruler`` placed before the statistical NER marks every known country, bloc
and organisation (canonical names, aliases, demonyms, capitals) so the model's guesses
never split or mislabel them. Each pattern's ``id`` is the canonical name, so mentions
carry their actor from the start (``ent.ent_id_``).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from spacy.language import Language

GAZETTEER_FILE = "gazetteer.toml"

_LABELS = {"country": "GPE", "organisation": "ORG", "person": "PERSON", "place": "LOC"}


@dataclass(frozen=True)
class GazetteerEntry:
    """One known actor: its canonical name, type and the names that refer to it."""

    name: str
    type: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]


def gazetteer_text() -> str:
    """Return the gazetteer file's text (part of the pipeline version)."""
    return resources.files("analysis").joinpath("data", GAZETTEER_FILE).read_text("utf-8")


@cache
def gazetteer() -> tuple[GazetteerEntry, ...]:
    """Return every gazetteer entry."""
    data = tomllib.loads(gazetteer_text())
    return tuple(
        GazetteerEntry(
            name=item["name"],
            type=item["type"],
            aliases=tuple(item.get("aliases", ())),
            demonyms=tuple(item.get("demonyms", ())),
            capitals=tuple(item.get("capitals", ())),
        )
        for item in data.get("actor", ())
    )


@cache
def canonical_names() -> dict[str, GazetteerEntry]:
    """Return every known surface form (lower-cased) mapped to its entry."""
    out: dict[str, GazetteerEntry] = {}
    for entry in gazetteer():
        for form in (entry.name, *entry.aliases, *entry.demonyms, *entry.capitals):
            out.setdefault(form.lower(), entry)
            if form.lower().startswith("the "):
                out.setdefault(form.lower()[4:], entry)
    return out


def entity_patterns() -> list[dict]:
    """Return entity-ruler patterns for every gazetteer form."""
    patterns = []
    for entry in gazetteer():
        label = _LABELS.get(entry.type, "ORG")
        forms = {entry.name, *entry.aliases}
        for form in sorted(forms):
            if form.lower().startswith("the "):
                form = form[4:]
            patterns.append({"label": label, "pattern": form, "id": entry.name})
        for form in entry.demonyms:
            patterns.append({"label": "NORP", "pattern": form, "id": entry.name})
    return patterns


def add_entity_rules(nlp: Language) -> None:
    """Add the gazetteer entity ruler before the model's NER."""
    before = "ner" if "ner" in nlp.pipe_names else None
    ruler = nlp.add_pipe("entity_ruler", name="gazetteer_ruler", before=before)
    ruler.add_patterns(entity_patterns())
