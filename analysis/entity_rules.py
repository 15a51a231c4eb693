"""Entity rules fed by the gazetteer in ``data/gazetteer.toml``.

An ``entity_ruler`` placed before the statistical NER marks every known country, bloc,
organisation and place (canonical names, aliases, acronyms, demonyms, capitals, and
state bodies named by a demonym such as "Philippine Coast Guard") so the model's
guesses never split or mislabel them. Each pattern's ``id`` is the canonical name, so
mentions carry their actor from the start (``ent.ent_id_``). After the NER, the
``actor_entities`` component (``analysis.actor_rules``) links acronyms defined in the
text, removes the model's typical false positives and repairs person names.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from spacy.language import Language

GAZETTEER_FILE = "gazetteer.toml"
RULES_FILE = "actor_rules.toml"

_LABELS = {"country": "GPE", "organisation": "ORG", "person": "PERSON", "place": "LOC"}
# The label of a demonym ("Indian", "Filipinos"): it stands for the state.
DEMONYM_LABEL = "NORP"


@dataclass(frozen=True)
class GazetteerEntry:
    """One known actor: its canonical name, type and the names that refer to it.

    ``part_of`` names the country or bloc a body belongs to ("" for none). A body
    derived from a demonym is ``named_as_written`` ("Ghana Navy" stays "Ghana Navy").
    """

    name: str
    type: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()
    part_of: str = ""
    named_as_written: bool = False


def _data_text(file_name: str) -> str:
    return resources.files("analysis").joinpath("data", file_name).read_text("utf-8")


def gazetteer_text() -> str:
    """Return the gazetteer file's text (part of the pipeline version)."""
    return _data_text(GAZETTEER_FILE)


@cache
def actor_rule_words() -> dict:
    """Return the word lists of ``data/actor_rules.toml`` as parsed TOML."""
    return tomllib.loads(_data_text(RULES_FILE))


@cache
def given_name_genders() -> dict[str, str]:
    """Return lower-case given name -> "m"/"f": the given names of ``speakers.toml`` and
    the first names of ``actor_rules.toml``. Names borne by both genders are in neither."""
    text = resources.files("analysis").joinpath("data", "speakers.toml").read_text("utf-8")
    section = tomllib.loads(text).get("given_names", {})
    rules = actor_rule_words()["names"]
    return {
        name.lower(): gender[0]
        for gender in ("male", "female")
        for name in [*section.get(gender, []), *rules[gender]]
    }


@cache
def gazetteer() -> tuple[GazetteerEntry, ...]:
    """Return every gazetteer entry, then the state bodies derived from demonyms.

    A derived body ("Indian Navy", part of India) is only added when the gazetteer has
    no entry of that name already.
    """
    data = tomllib.loads(gazetteer_text())
    entries = [
        GazetteerEntry(
            name=item["name"],
            type=item["type"],
            aliases=tuple(item.get("aliases", ())),
            demonyms=tuple(item.get("demonyms", ())),
            capitals=tuple(item.get("capitals", ())),
            part_of=item.get("part_of", ""),
        )
        for item in data.get("actor", ())
    ]
    known = {form.lower() for entry in entries for form in (entry.name, *entry.aliases)}
    bodies: dict[str, list[str]] = actor_rule_words()["bodies"]
    for country in [e for e in entries if e.type == "country" and e.demonyms]:
        # "Ghana Navy" and "Ghanaian Navy" are one body, named after the demonym.
        prefixes = [*country.demonyms, country.name]
        for body, forms in bodies.items():
            name = f"{country.demonyms[0]} {body}"
            written = [f"{prefix} {form}" for prefix in prefixes for form in forms]
            written += [f"Royal {country.demonyms[0]} {form}" for form in forms]
            # "the Interior Ministry of Norway", "the Ministry of Defence of Chad"
            if "Ministry" in body:
                written += [f"{form} of {country.name}" for form in forms if form[:1].isupper()]
            if known.isdisjoint(w.lower() for w in (name, *written)):
                entries.append(
                    GazetteerEntry(
                        name=name,
                        type="organisation",
                        aliases=tuple(w for w in dict.fromkeys(written) if w != name),
                        part_of=country.name,
                        named_as_written=True,
                    )
                )
    return tuple(entries)


@cache
def state_body_kinds() -> dict[str, str]:
    """Return every form of a state's body written without its state ([bodies]),
    lower-cased, -> the kind it names ("ministry of foreign affairs" -> "Foreign Ministry")."""
    return {
        form.lower(): kind for kind, forms in actor_rule_words()["bodies"].items() for form in forms
    }


def state_body_kind(name: str) -> str:
    """Return the kind of state body a name is written as without its state, or ""."""
    return state_body_kinds().get(name.lower().removeprefix("the "), "")


def demonym_forms(demonym: str) -> tuple[str, ...]:
    """Return a demonym and its plural when it has one ("Filipino" -> "Filipinos",
    "North Korean" -> "North Koreans").

    Demonyms ending in -ese, -ish, -ch or -ss ("Chinese", "British", "French", "Swiss")
    have no plural in -s.
    """
    if demonym.endswith(("n", "i", "o")):
        return demonym, f"{demonym}s"  # "North Korean" -> "North Koreans" too
    return (demonym,)


# Headline abbreviations of a compass word opening a name ("S. Sudan", "N. Macedonia").
_COMPASS_INITIALS = {"North": "N.", "South": "S.", "East": "E.", "West": "W."}


def compass_abbreviations(form: str) -> tuple[str, ...]:
    """Return a name with its opening compass word abbreviated ("South Sudan" ->
    "S. Sudan"), or nothing when it opens with none."""
    first, _, rest = form.partition(" ")
    initial = _COMPASS_INITIALS.get(first)
    return (f"{initial} {rest}",) if initial and rest else ()


@cache
def canonical_names() -> dict[str, GazetteerEntry]:
    """Return every known surface form (lower-cased) mapped to its entry."""
    out: dict[str, GazetteerEntry] = {}
    for entry in gazetteer():
        demonyms = [form for d in entry.demonyms for form in demonym_forms(d)]
        short = [a for f in (entry.name, *entry.aliases) for a in compass_abbreviations(f)]
        for form in (entry.name, *entry.aliases, *short, *demonyms, *entry.capitals):
            out.setdefault(form.lower(), entry)
            if form.lower().startswith("the "):
                out.setdefault(form.lower()[4:], entry)
    return out


def spelling_key(text: str) -> str:
    """Return a name without case, apostrophes, hyphens and spaces ("Ru'ritania" ->
    "ruritania"): two spellings of one name that differ only in these are one name."""
    return re.sub(r"[\s'’`\-.]", "", text.lower())


@cache
def entries_by_spelling() -> dict[str, GazetteerEntry]:
    """Return every name and alias of the gazetteer keyed by ``spelling_key``.

    Keys shorter than four characters are left out: short forms are acronyms, which
    ``analysis.abbreviations`` reads from the article.
    """
    out: dict[str, GazetteerEntry] = {}
    for entry in gazetteer():
        for form in (entry.name, *entry.aliases):
            key = spelling_key(form[4:] if form.lower().startswith("the ") else form)
            if len(key) >= 4:
                out.setdefault(key, entry)
    return out


def entity_label(entry: GazetteerEntry) -> str:
    """Return the entity label of an entry's names."""
    return _LABELS.get(entry.type, "ORG")


@cache
def entries_by_name() -> dict[str, GazetteerEntry]:
    """Return every entry keyed by its canonical name."""
    return {entry.name: entry for entry in gazetteer()}


def top_affiliation(name: str) -> str:
    """Return the country or bloc a body belongs to, following ``part_of`` to the top.

    "Indian Navy" -> "India", "European Commission" -> "European Union"; a name the
    gazetteer does not know is returned unchanged.
    """
    entries = entries_by_name()
    seen = {name}
    while (entry := entries.get(name)) is not None and entry.part_of:
        if entry.part_of in seen:
            break
        name = entry.part_of
        seen.add(name)
    return name


def _form_patterns(form: str, label: str, entity_id: str, forms: set[str]) -> list[dict]:
    """Return the ruler patterns of one written form of an entry.

    "the EU" is matched as "EU" when "EU" is a form too; an alias that only names the
    actor after "the" ("the Commission") only matches after "the"/"The", so not every
    capitalised "Commission" becomes the European one.
    """
    if form.lower().startswith("the "):
        rest = form[4:]
        if rest in forms:
            return []
        return [
            {"label": label, "pattern": f"{article} {rest}", "id": entity_id}
            for article in ("the", "The")
        ]
    return [{"label": label, "pattern": form, "id": entity_id}]


def _possessive_marks(name: str) -> tuple[str, ...]:
    """Return the possessive endings a name takes ("Osmark's", "the Netherlands'")."""
    return ("'", "’") if name.endswith("s") else ("'s", "’s")


def entity_patterns() -> list[dict]:
    """Return entity-ruler patterns for every gazetteer form.

    Names and aliases get the entry's label, demonyms (and their plurals) the demonym
    label, capitals the place label with the entry's id (``analysis.actors`` decides
    from the parse whether a capital stands for the state). A demonym before a
    geographic noun ("Indian Ocean", "Arabian Sea") is a place.
    """
    patterns: list[dict] = []
    state_bodies = set(actor_rule_words()["state_bodies"]["forms"])
    for entry in gazetteer():
        if entry.type == "country":
            # "the Dutch government" is the Netherlands itself.
            # So is "the Netherlands' government", "Osmark's authorities".
            owners = [f"{entry.name}{mark}" for mark in _possessive_marks(entry.name)]
            for prefix in (*entry.demonyms, entry.name, *owners):
                for form in state_bodies:
                    patterns.append(
                        {"label": "GPE", "pattern": f"{prefix} {form}", "id": entry.name}
                    )
        label = _LABELS.get(entry.type, "ORG")
        forms = {entry.name, *entry.aliases}
        if entry.type in ("country", "place"):
            forms |= {a for f in list(forms) for a in compass_abbreviations(f)}
        # One spelling per name: the typographic apostrophe is the same name.
        forms |= {f.replace("'", "’") for f in forms if "'" in f}
        for form in sorted(forms):
            patterns.extend(_form_patterns(form, label, entry.name, forms))
        for demonym in entry.demonyms:
            for form in demonym_forms(demonym):
                patterns.append({"label": DEMONYM_LABEL, "pattern": form, "id": entry.name})
        for form in entry.capitals:
            patterns.append({"label": "GPE", "pattern": form, "id": entry.name})
    demonyms = sorted({d for e in gazetteer() for d in e.demonyms if " " not in d})
    geo_nouns = actor_rule_words()["places"]["geo_nouns"]
    patterns.append(
        {
            "label": "LOC",
            "pattern": [
                {"ORTH": {"IN": demonyms}},
                {"IS_TITLE": True, "OP": "?"},
                {"ORTH": {"IN": geo_nouns}},
            ],
        }
    )
    return patterns


def add_ruler_patterns(nlp: Language, name: str, patterns: list[dict]) -> None:
    """Add ``patterns`` to the entity ruler ``name`` of ``nlp``, tokenising them only.

    The ruler matches phrase patterns on token texts (ORTH), but its ``add_patterns``
    runs each phrase through every enabled component before the ruler (tagger, parser,
    lemmatizer ...). With the others disabled only the tokenizer runs: the patterns are
    the same and loading the pipeline takes a fraction of the time.
    """
    ruler = nlp.get_pipe(name)
    if getattr(ruler, "phrase_matcher_attr", None) not in (None, "ORTH", "TEXT"):
        ruler.add_patterns(patterns)  # an attribute that needs annotations: run them all
        return
    with nlp.select_pipes(enable=[name]):
        ruler.add_patterns(patterns)


def add_entity_rules(nlp: Language) -> None:
    """Add the gazetteer entity ruler before the model's NER and the actor rules after it."""
    # Imported here because actor_rules reads this module's gazetteer at import time.
    from analysis.actor_rules import ACTOR_ENTITIES
    from analysis.tokenizer_rules import adjust_tokenizer

    adjust_tokenizer(nlp)
    before = "ner" if "ner" in nlp.pipe_names else None
    nlp.add_pipe("entity_ruler", name="gazetteer_ruler", before=before)
    add_ruler_patterns(nlp, "gazetteer_ruler", entity_patterns())
    if "ner" in nlp.pipe_names:
        nlp.add_pipe(ACTOR_ENTITIES, after="ner")
    else:
        nlp.add_pipe(ACTOR_ENTITIES)
