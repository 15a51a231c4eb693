"""Where a name begins and ends: rules that widen, split or add entities.

- A possessive never stands inside a name: "Varrow's Movement for Democratic Renewal"
  is Varrow's, and the name is "Movement for Democratic Renewal" (``split_possessives``).
- A longer name beats a gazetteer word inside it: a country, capital, demonym, sea or
  region before a capitalised name that ends in an organisation's head noun ("Oslo
  Maritime University", "Osmani Republican Guard", "the Coral Sea Forum"), or "of
  <country>" after one ("the Farmers' Party of
  Osmark"), is part of that organisation's name (``names_around_places``).
- Capitalised words before such a place are part of the name too ("the International
  Osmark Support Group"), and a run of capitalised proper nouns ending in a body's head
  noun is an organisation where the model tagged none ("the Northern Rim Forum",
  ``untagged_bodies``).
- A capitalised word and "and" before a body's name belong to it: "the Arctic and
  Antarctic Research Institute", "the Peace and Security Council"
  (``names_joined_by_and``).
- A known body's short alias inside a longer name ("the National Security Council") is
  that longer name (``names_around_aliases``).
- Peoples, communities and armed groups acting as groups are organisations, not the
  state: "Kurdish fighters", "Sunni tribes", "Osmani rebels" (``group_actors``). A
  state's own troops ("Osmani troops") stay the state.
- A name the model gave a label no person carries (a work of art, a product) is a
  person's when a title stands in apposition to it: "Seng Varo, executive director of
  the Harbour Institute" (``people_by_apposition``).
- A body's name goes on after "for" through a run of capitalised words: "the Norwegian
  League for the Promotion and Defense of Human Rights" (``bodies_for_a_cause``).
- A hyphen compound is the word it makes: "Osmani-Italian citizenship" and "the
  Indo-Bhutan frontier" mention no actor, "the Bank of Osmark-Vellmar" is one name
  (``hyphen_compounds``).
- A name never runs over a line break: a list set one name per line is several names
  (``split_at_line_breaks``).
- Two surnames joined by "and" are two people, not one body: "Ion and Miscoci were
  kidnapped" (``surnames_joined_by_and``).
- A slash between names ends each: "the World Trade Center/Pentagon attacks" names two
  places, and neither keeps the slash (``split_at_slashes``).
- Units with numbers and named ships are actors when they act: "the 3rd Battalion said",
  "Task Force 50 escorted", "HMS Valiant fired" (``acting_unit``).

The word lists are in ``data/actor_rules.toml`` (``[organisations]``, ``[not_actor]``).
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span, Token

from analysis.entity_rules import DEMONYM_LABEL, actor_rule_words, entries_by_name
from analysis.person_names import surname_particles
from analysis.spans import token_indices

# How many capitalised words an organisation's name may add to a place name.
MAX_NAME_WORDS = 5
# A plural possessive ("Farmers' Party") is part of a name; "'s" never is.
_POSSESSIVE = frozenset({"'s", "’s"})
_ACTING_DEPS = frozenset({"nsubj", "nsubjpass", "agent", "poss"})
_ORDINAL = re.compile(r"^\d+(st|nd|rd|th)$", re.IGNORECASE)
# A capitalised word of a person's name, with any inner apostrophe or hyphen ("Yar'Adua").
_NAME_WORD = re.compile(r"[^\W\d_][^\W\d_]+(?:['’-][^\W\d_]+)*")
_ACRONYM = re.compile(r"(?:[A-Z]\.){2,}|[A-Z]{2,6}")


@cache
def _words(section: str, key: str) -> frozenset[str]:
    return frozenset(w.lower() for w in actor_rule_words()[section][key])


@cache
def _title_words() -> frozenset[str]:
    heads = {w for head in _words("titles", "heads") for w in head.split()}
    return frozenset(heads | _words("titles", "modifiers"))


@cache
def _title_heads() -> frozenset[str]:
    """Return the words of a title's head nouns ("minister", "secretary", "general")."""
    return frozenset(w for head in _words("titles", "heads") for w in head.split())


def _stop_words() -> frozenset[str]:
    return (
        _words("not_actor", "days_and_months")
        | _words("honorifics", "male")
        | _words("honorifics", "female")
    )


def _is_name_word(token: Token) -> bool:
    return (
        token.is_alpha
        and token.text[:1].isupper()
        and token.lower_ not in _stop_words()
        and token.pos_ in {"PROPN", "NOUN", "ADJ"}
    )


def _overlaps(start: int, end: int, ents: list[Span]) -> list[Span]:
    return [e for e in ents if e.start < end and start < e.end]


# ---- possessives


def split_possessives(doc: Doc, ents: list[Span]) -> list[Span]:
    """Return the entities with every name cut at a possessive inside it.

    The part after the possessive keeps the entity's label; the owner before it is
    left to the other rules (a person's surname, a country). Gazetteer names that hold
    a possessive, and names whose owner is a collective noun ("the Osmani People's
    Party"), are left whole; such an owner the model left out is put back ("the Lord's
    [Freedom Army]").
    """
    out = []
    taken = {i for e in ents for i in range(e.start, e.end)}
    for ent in ents:
        if (
            ent.label_ == "ORG"
            and not ent.ent_id_
            and ent.start >= 2
            and ent.start - 2 not in taken
            and _possessive_in_name(doc, ent.start - 1)
        ):
            # "the Lord's [Freedom Army]": the owner of a body's name belongs to it
            ent = Span(doc, ent.start - 2, ent.end, label=ent.label_)
        cut = next(
            (t.i for t in ent if t.text in _POSSESSIVE and ent.start < t.i < ent.end - 1),
            None,
        )
        owner = doc[cut - 1] if cut is not None else None
        if (
            owner is None
            or ent.ent_id_
            or not owner.text[:1].isupper()
            or owner.lower_ in _words("possessive_names", "owners")
        ):
            out.append(ent)
        else:
            out.append(Span(doc, cut + 1, ent.end, label=ent.label_))
    return out


# ---- lists of names


def split_lists(doc: Doc, ents: list[Span]) -> list[Span]:
    """Return the entities with a list the model read as one name cut into its names.

    "the Osmani Armed Forces, Popular Defence Forces" or "the Unity Party and the Farmers'
    League" are two bodies: a comma, or "and" before "the" or a capitalised word, ends a
    name when the words before it end in an organisation's head noun ("forces",
    "party"). "Foreign, Commonwealth and Development Office" stays whole: "Foreign" is no
    head. Each part keeps the label; gazetteer names are left whole.
    """
    heads = _words("organisations", "heads")
    out = []
    for ent in ents:
        if ent.ent_id_ or ent.label_ not in {"ORG", "GPE", "NORP"} or len(ent) < 4:
            out.append(ent)
            continue
        cuts = [
            t.i
            for t in ent[1:-1]
            if doc[t.i - 1].lower_ in heads
            and (t.text == "," or (t.lower_ == "and" and _opens_name(doc[t.i + 1])))
        ]
        if not cuts:
            out.append(ent)
            continue
        start = ent.start
        for cut in [*cuts, ent.end]:
            first = start
            while first < cut and doc[first].lower_ in {",", "and"}:
                first += 1
            if first < cut and any(t.text[:1].isupper() for t in doc[first:cut]):
                out.append(Span(doc, first, cut, label=ent.label_))
            start = cut
    return out


def split_at_line_breaks(doc: Doc, ents: list[Span]) -> list[Span]:
    """Return the entities cut where a line ends inside them: a list set one name per line
    ("Elton Vane\nKeane\nAnnie Lennox") is several names, never one. Each part keeps the
    label; a part with no capital letter is dropped."""
    out = []
    for ent in ents:
        breaks = [t.i for t in ent if "\n" in t.text or "\n" in t.whitespace_]
        if not breaks:
            out.append(ent)
            continue
        start = ent.start
        for cut in [*breaks, ent.end - 1]:
            end = cut if "\n" in doc[cut].text else cut + 1
            part = [t for t in doc[start:end] if not t.is_space]
            if part and any(t.text[:1].isupper() for t in part):
                out.append(Span(doc, part[0].i, part[-1].i + 1, label=ent.label_))
            start = cut + 1
    return out


def without_trailing_voices(doc: Doc, ents: list[Span]) -> list[Span]:
    """Return the organisations without a last word that names who speaks for them ("the
    Osmark Foreign Ministry Spokesman" -> "the Osmark Foreign Ministry"): the body is the
    name, and its spokesman is a role of it."""
    voices = _words("organisations", "trailing_voices")
    heads = _words("organisations", "heads")
    out = []
    for ent in ents:
        if (
            ent.label_ == "ORG"
            and len(ent) >= 3
            and ent[-1].lower_ in voices
            and ent[-2].lower_ in heads
        ):
            ent = Span(doc, ent.start, ent.end - 1, label=ent.label_)
        out.append(ent)
    return out


def split_at_slashes(doc: Doc, ents: list[Span]) -> list[Span]:
    """Return the entities cut at a slash token: "Center/Pentagon" joins two names, and a
    slash is never part of one. Each part keeps the label; a part with no capital letter
    is dropped. One word before the slash and a longer name after it share that name's
    head ("the Lesbian/Gay Rights Lobby", "the Arab/Israeli Peace Council"): one name."""
    out = []
    for ent in ents:
        slashes = [t.i for t in ent if t.text == "/"]
        first = ent.start + 1 if ent[0].lower_ == "the" else ent.start
        shared_head = len(slashes) == 1 and slashes[0] == first + 1 and ent.end - slashes[0] > 2
        if not slashes or shared_head:
            out.append(ent)
            continue
        start = ent.start
        for cut in [*slashes, ent.end]:
            part = doc[start:cut]
            if len(part) and any(t.text[:1].isupper() for t in part):
                out.append(Span(doc, part.start, part.end, label=ent.label_))
            start = cut + 1
    return out


# What may follow a comma inside a person's name ("Harold Vesk, Jr.").
_NAME_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


def cut_people_at_commas(doc: Doc, ents: list[Span]) -> list[Span]:
    """Return the entities with a person's name ended at a comma inside it.

    News prose never writes a name surname first, so in "According to Vesk, South Osmark
    is ready" the model's "Vesk, South" (a person) is cut to "Vesk"; so is a body or place
    "Vesk, South Osmark" whose words before the comma are a name the article gives a
    person elsewhere. A suffix after the comma ("Harold Vesk, Jr.") stays in the name.
    """
    people = {e.text for e in ents if e.label_ == "PERSON" and "," not in e.text}
    out = []
    for ent in ents:
        commas = [t.i for t in ent[1:-1] if t.text == ","]
        if commas and doc[commas[0] + 1].lower_ not in _NAME_SUFFIXES:
            before = doc[ent.start : commas[0]]
            if ent.label_ == "PERSON" or before.text in people:
                ent = Span(doc, ent.start, commas[0], label="PERSON")
        out.append(ent)
    return out


def _opens_name(token: Token) -> bool:
    return token.lower_ == "the" or (token.text[:1].isupper() and token.is_alpha)


# ---- organisations named after a place


def _org_run_end(doc: Doc, start: int, taken) -> int:
    """Return the end of the longest run of name words from ``start`` that ends in an
    organisation's head noun, or ``start`` when there is none."""
    heads = _words("organisations", "heads")
    best = start
    end = start
    while end < len(doc) and end - start < MAX_NAME_WORDS:
        token = doc[end]
        joining = (
            token.lower_ in ("and", "&")
            and end > start
            and end + 1 < len(doc)
            and end + 1 not in taken
            and _is_name_word(doc[end + 1])
        )  # "Water and Sanitation Agency"
        if end in taken or not (_is_name_word(token) or _possessive_in_name(doc, end) or joining):
            break
        end += 1
        if token.lower_ in heads:
            best = end
            portfolio = _portfolio_end(doc, end, taken)
            if portfolio > end:  # "the Osmani Ministry of External Relations"
                return portfolio
    return best


def _portfolio_end(doc: Doc, start: int, taken) -> int:
    """Return where the capitalised "of"/"for"/"on" phrase after a body's head noun ends
    (its portfolio: "Ministry of External Relations", "Department for Rural Affairs and
    Fisheries", "Committee on Public Accounts"), or ``start`` when none follows. A tagged
    name ends it ("Council of Europe" keeps Europe its own)."""
    if start + 1 >= len(doc) or doc[start].lower_ not in _PORTFOLIO_WORDS:
        return start
    end = start + 1
    while end < len(doc) and end - start <= MAX_NAME_WORDS and end not in taken:
        token = doc[end]
        if token.ent_type_ in _OWN_NAME_LABELS or not (
            _is_name_word(token) or (token.lower_ in {"and", "&"} and end > start + 1)
        ):
            break
        end += 1
    while end > start + 1 and doc[end - 1].lower_ in {"and", "&"}:
        end -= 1
    if end == start + 1 or (end < len(doc) and doc[end].ent_type_ in _OWN_NAME_LABELS):
        return start
    return end


# Words that open a body's portfolio after its head noun ("Committee against Piracy").
_PORTFOLIO_WORDS = frozenset({"of", "for", "on", "against"})


@cache
def _short_form(name: str) -> str:
    """Return the shortest acronym a known body goes by ("UN"), or ""."""
    entry = entries_by_name().get(name)
    forms = [a for a in entry.aliases if _ACRONYM.fullmatch(a)] if entry is not None else []
    return min(forms, key=len) if forms else ""


@cache
def _bodies_with_organs() -> frozenset[str]:
    """Return the organisations some gazetteer body is part of (the UN, the EU)."""
    entries = entries_by_name()
    return frozenset(
        e.part_of
        for e in entries.values()
        if e.part_of
        and entries.get(e.part_of) is not None
        and entries[e.part_of].type == "organisation"
    )


# Names that stay their own inside a body's portfolio ("Council of Europe").
_OWN_NAME_LABELS = frozenset({"GPE", "LOC", "PERSON", "NORP", "FAC"})


def _org_run_start(doc: Doc, end: int, taken) -> int:
    """Return the start of the run of name words that ends at ``end`` when its last word
    is an organisation's head noun, or ``end`` when it is not."""
    if end == 0 or doc[end - 1].lower_ not in _words("organisations", "heads"):
        return end
    start = end
    while start > 0 and end - start < MAX_NAME_WORDS:
        token = doc[start - 1]
        if (start - 1) in taken or not (_is_name_word(token) or token.text in _POSSESSIVE):
            break
        start -= 1
    while start < end and not doc[start].text[:1].isupper():
        start += 1
    return start


def _name_words_before(doc: Doc, start: int, taken) -> int:
    """Return where the capitalised name words right before ``start`` begin ("International"
    in "the International Osmark Support Group"); a title word or a sentence's first word
    that is no proper noun is none of them."""
    first = start
    while start > 0 and first - start < MAX_NAME_WORDS:
        token = doc[start - 1]
        if (
            (start - 1) in taken
            or not _is_name_word(token)
            or token.lower_ in _title_words()
            or (token.is_sent_start and token.pos_ != "PROPN")
        ):
            break
        start -= 1
        if token.is_sent_start:
            break
    return start


# Known places a body may be named after: states, capitals and demonyms, and seas and
# regions ("the Pacific Forum", "the Baltic Fleet").
_NAMING_PLACE_LABELS = frozenset({"GPE", "LOC", DEMONYM_LABEL})


def names_around_places(doc: Doc, ents: list[Span], *, skip=lambda ent: False) -> list[Span]:
    """Return the entities with organisations named after a place made whole (see module).

    After "of" a demonym goes on through up to two capitalised words ("the Organization
    of American Ports"); a state's name ends the body's ("the Police Service of Norway").
    ``skip(ent)`` tells which place entities to leave alone (heading lines).
    """
    out = list(ents)
    known = {i: e for e in ents if e.ent_id_ for i in range(e.start, e.end)}
    for ent in ents:
        entry = entries_by_name().get(ent.ent_id_)
        if entry is None or ent.label_ not in _NAMING_PLACE_LABELS or skip(ent):
            continue
        taken = _Blocked(known, ent)
        end = _org_run_end(doc, ent.end, taken)
        start = ent.start
        if end == ent.end and ent.start > 1 and doc[ent.start - 1].lower_ == "of":
            # "the Police Service of <Territory>"; a sea or region names a body only so
            # or before it ("the Coral Sea Forum")
            start = _org_run_start(doc, ent.start - 1, taken)
            if start == ent.start - 1:
                continue
            if ent.label_ == "NORP":
                # "the Organization of <Demonym> States": the name goes on after a demonym
                while (
                    end < len(doc)
                    and end - ent.end < 2
                    and end not in known
                    and doc[end].is_title
                    and doc[end].pos_ == "PROPN"
                ):
                    end += 1
        elif end == ent.end:
            continue
        else:
            start = _name_words_before(doc, ent.start, taken)  # "the International Osmark ..."
        covering = _overlaps(start, end, out)
        if any(e.ent_id_ and (e.start < start or e.end > end) for e in covering):
            continue
        out = [e for e in out if e not in covering]
        # A name an acronym already stands for keeps its id.
        ids = [e.ent_id_ for e in covering if e.ent_id_ and e.ent_id_ not in entries_by_name()]
        new = Span(doc, start, end, label="ORG", span_id=ids[0] if ids else doc[start:end].text)
        out.append(new)
        known.update(dict.fromkeys(range(start, end), new))
    return out


def bodies_of_known_bodies(doc: Doc, ents: list[Span]) -> list[Span]:
    """Return the entities with a known body's acronym widened over the body of it named
    right after: "the UN Human Rights Council", "the AU Border Commission" (a known
    acronym, then capitalised words ending in an organisation's head noun) is an
    organisation of its own, not the known body; a legal form alone ("Corporation")
    leaves it the known body."""
    out = list(ents)
    known = {i: e for e in ents if e.ent_id_ for i in range(e.start, e.end)}
    for ent in ents:
        if ent.label_ != "ORG" or entries_by_name().get(ent.ent_id_) is None:
            continue
        end = _org_run_end(doc, ent.end, _Blocked(known, ent))
        if end == ent.end or any(doc[i].is_space for i in range(ent.end, end)):
            continue
        # "Osmark Arms Corporation" after "Osmark Arms": the same body, its legal form added.
        same = all(t.lower_ in _words("organisations", "legal_forms") for t in doc[ent.end : end])
        if not same and not (
            _ACRONYM.fullmatch(ent.text)
            or (ent.ent_id_ in _bodies_with_organs() and end - ent.end >= 2)
        ):
            # "Revolutionary Guards Corps": a known name's own longer form. A body the
            # gazetteer knows organs of names one more of them with a name of its own
            # ("United Nations Committee on Fisheries"); a bare head noun after it
            # ("European Union Commission") is a known organ spelt another way.
            continue
        start = ent.start
        before = next((e for e in out if e.end == ent.start and not e.ent_id_), None)
        if (
            not same
            and before is not None
            and before.label_ == "ORG"
            and doc[before.end - 1].is_title
        ):
            start = before.start  # "the Counter [ISIL] Coalition": one name around the acronym
        name = ent.ent_id_ if same else doc[start:end].text
        short = _short_form(ent.ent_id_)
        if not same and start == ent.start and short and not _ACRONYM.fullmatch(ent.text):
            # "the United Nations Committee on Fisheries" is named as the known organs of
            # the body are ("UN Security Council"), and as "the UN Committee on Fisheries"
            # is: one organ, one actor, however the article spells its parent
            name = f"{short} {doc[ent.end : end].text}"
        new = Span(doc, start, end, label="ORG", span_id=name)
        out = [e for e in out if not (e.start < end and start < e.end)] + [new]
        known.update(dict.fromkeys(range(start, end), new))
    return out


def bodies_named_for_a_purpose(doc: Doc, ents: list[Span]) -> list[Span]:
    """Return the entities with a body named for what it opposes made whole: "the Global
    Coalition to Counter" and the known group after it ("... to Counter Raiders") are one
    body's name, not a body and the group."""
    out = list(ents)
    starts = {e.start: e for e in ents}
    for ent in ents:
        after = starts.get(ent.end)
        if (
            ent.label_ != "ORG"
            or ent.ent_id_
            or len(ent) < 3
            or ent[-2].lower_ != "to"
            or not ent[-1].is_title
            or after is None
            or not after.ent_id_
            or after.label_ != "ORG"
        ):
            continue
        new = Span(doc, ent.start, after.end, label="ORG", span_id=doc[ent.start : after.end].text)
        out = [e for e in out if e is not ent and e is not after] + [new]
    return out


def bodies_for_a_cause(doc: Doc, ents: list[Span]) -> list[Span]:
    """Return the entities with a body's name that goes on after "for" made whole.

    "the Norwegian League for the Promotion and Defense of Human Rights": an organisation
    whose name ends in an organisation's head noun ("League", "Centre", "Council") goes on
    through "for", an optional "the" and a run of two or more capitalised words (with "and"
    and "of" between them, and hyphens inside words: "Counter-Piracy") that no other
    entity holds. The model often stops at the head, or leaves the head untagged after
    "the" ("the League for the Defence of Order and Counter-Piracy") and tags only a
    piece of the rest; a piece wholly inside the run goes into the name.
    """
    heads = _words("organisations", "heads")
    owner = {i: e for e in ents for i in range(e.start, e.end)}
    taken = set(owner)
    starts = [
        Span(doc, t.i, t.i + 1, label="ORG")
        for t in doc[1:-2]
        if t.lower_ in heads
        and t.is_title
        and t.i not in taken
        and doc[t.i - 1].lower_ == "the"
        and doc[t.i + 1].lower_ == "for"
    ]
    out, absorbed = [], set()
    for ent, untagged in [*((e, False) for e in ents), *((s, True) for s in starts)]:
        end = ent.end
        if (
            ent.label_ == "ORG"
            and len(ent)
            and ent[-1].lower_ in heads
            and end + 2 < len(doc)
            and doc[end].lower_ == "for"
            and end not in taken
        ):
            i = end + 1 + (doc[end + 1].lower_ == "the")
            last, inside = None, []
            while i < len(doc) and i - end <= MAX_NAME_WORDS + 5:
                token = doc[i]
                piece = owner.get(i)
                if piece is not None and (piece.ent_id_ or piece.label_ != "ORG"):
                    break  # a known name or a person, place or date ends the run
                if token.is_title and token.is_alpha:
                    last = i
                elif (
                    token.text == "-" and last == i - 1 and i + 1 < len(doc) and doc[i + 1].is_title
                ):
                    pass  # "Counter-Piracy": one word
                elif token.lower_ not in ("and", "of") or last is None:
                    break
                if piece is not None:
                    inside.append(piece)
                i += 1
            words = [t for t in doc[end + 1 : (last or end) + 1] if t.is_title]
            if last is not None and len(words) >= 2 and all(p.end <= last + 1 for p in inside):
                ent = Span(doc, ent.start, last + 1, label="ORG", span_id=ent.ent_id_)
                taken |= set(range(ent.start, last + 1))
                absorbed |= {id(p) for p in inside}
            elif untagged:
                continue  # an untagged head the run did not make a name
        elif untagged:
            continue
        out.append(ent)
    return [e for e in out if id(e) not in absorbed]


class _Blocked:
    """Token indices covered by a known entity other than ``ent`` (``i in blocked``)."""

    def __init__(self, known: dict[int, Span], ent: Span) -> None:
        self.known, self.ent = known, ent

    def __contains__(self, i: int) -> bool:
        other = self.known.get(i)
        return other is not None and other is not self.ent


def whole_portfolios(doc: Doc, ents: list[Span]) -> list[Span]:
    """Return the entities with a body's name the model cut inside its portfolio made whole.

    "the Osmani Assembly Committee" + "on Public Accounts": a body's name that ends in
    its head noun goes on through the capitalised "of"/"for"/"on" phrase after it; and
    "the Ministry of Trade" + "and Industry": a portfolio goes on through "and" and the
    capitalised words after it when they hold no title's head noun and no body's head
    noun (a second body) and end before the next name word. Known names and places stay their own.
    """
    heads = _words("organisations", "heads")
    second_heads = _title_heads() | heads
    own = {i for e in ents if e.ent_id_ or e.label_ != "ORG" for i in range(e.start, e.end)}
    replaced: list[Span] = []
    out: list[Span] = []

    def run_end(i: int) -> int:
        end = i
        while end < len(doc) and end - i < 3 and end not in own:
            token = doc[end]
            if not _is_name_word(token):
                break
            if token.lower_ in second_heads:
                return i  # a second body or a person's title
            end += 1
        return end if end > i and (end >= len(doc) or not _is_name_word(doc[end])) else i

    for ent in ents:
        if (
            ent.label_ != "ORG"
            or not _is_name_word(ent[-1])
            or (len(ent) < 2 and ent[-1].lower_ not in heads)
        ):
            continue
        end = ent.end
        if ent[-1].lower_ in heads:
            end = _portfolio_end(doc, ent.end, own)
        if (
            end == ent.end
            and end + 1 < len(doc)
            and doc[end].lower_ in {"and", "&"}
            and any(
                t.lower_ in heads and t.i + 1 < ent.end and doc[t.i + 1].lower_ in _PORTFOLIO_WORDS
                for t in ent
            )
        ):
            run = run_end(end + 1)
            end = run if run > end + 1 else ent.end
        if end == ent.end or any(e.start < end and e.end > end for e in ents):
            continue
        replaced.extend(e for e in ents if ent.start <= e.start and e.end <= end)
        # A known body's bare head noun with a portfolio of its own ("Commission" + "on
        # Elections") names another body, not the one the word alone stands for.
        bare = ent.ent_id_ and len([t for t in ent if t.lower_ != "the"]) == 1
        own_id = doc[ent.start : end].text if bare else ent.id_
        out.append(Span(doc, ent.start, end, label="ORG", span_id=own_id))
    return [e for e in ents if e not in replaced] + out


def people_run_on(doc: Doc, ents: list[Span]) -> list[Span]:
    """Return the entities with a person's name the model ended too soon made whole.

    "Prime Minister Tarek Ali" + "Almasi Varrow": a person's name goes on through a
    person's name right after it (one space between, same sentence), and through one or
    two untagged capitalised proper nouns its last word is a compound of when the last
    of them ends a person's or (a surname the model misread) an organisation's name
    elsewhere in the article ("Omar Tarek Almasi said" ... "Almasi added"). Titles, days
    and months and organisations' head nouns end a name; known names (gazetteer entries)
    stay as they are, and so does a pair holding a word the article also writes in lower
    case.
    """
    heads = _words("organisations", "heads")
    not_names = _title_words() | _stop_words()
    by_start = {e.start: e for e in ents}
    taken = {i for e in ents for i in range(e.start, e.end)}
    # The model often tags a surname standing alone as an organisation ("Yar'Adua said").
    surnames = {e[-1].text for e in ents if e.label_ in {"PERSON", "ORG"} and len(e)}
    replaced: set[tuple[int, int]] = set()
    out: list[Span] = []

    lower_words: set[str] = set()

    def common_word_in(tokens) -> bool:
        """True when the article also writes one of the words in lower case ("High School"
        ... "a school"): a common noun the model took for a name."""
        if not lower_words:
            lower_words.update(t.text for t in doc if t.is_lower)
        return any(t.lower_ in lower_words for t in tokens if not t.is_lower)

    def ends_name(token: Token) -> bool:
        return (
            token.is_sent_start
            or token.pos_ != "PROPN"
            or not _NAME_WORD.fullmatch(token.text)
            or not token.text[:1].isupper()
            or token.text.isupper()
            or token.lower_ in not_names
            or token.lower_ in heads
        )

    for ent in ents:
        last = doc[ent.end - 1] if len(ent) else None
        if (
            ent.label_ != "PERSON"
            or ent.ent_id_
            or (ent.start, ent.end) in replaced
            or last is None
            or not (last.is_title and last.is_alpha)
            or ent.end >= len(doc)
            or last.whitespace_ != " "
        ):
            continue
        after = by_start.get(ent.end)
        if after is not None:
            if (
                after.label_ == "PERSON"
                and not after.ent_id_
                and len(ent) + len(after) <= 5
                and after[0].text[:1].isupper()
                and not after[0].is_sent_start
                and after[0].lower_ not in not_names
                and not common_word_in([*ent, *after])
            ):
                out.append(Span(doc, ent.start, after.end, label="PERSON"))
                replaced |= {(ent.start, ent.end), (after.start, after.end)}
            continue
        end = ent.end
        while end < len(doc) and end - ent.end < 2 and end not in taken and not ends_name(doc[end]):
            if doc[end].whitespace_ != " " and end + 1 < len(doc) and doc[end + 1].is_alpha:
                break
            end += 1
        if (
            end > ent.end
            and len(ent) + end - ent.end <= 5
            and ent.end <= last.head.i < end
            and doc[end - 1].text in surnames
            and not common_word_in(doc[ent.start : end])
        ):
            out.append(Span(doc, ent.start, end, label="PERSON"))
            replaced.add((ent.start, ent.end))
            taken |= set(range(ent.end, end))
    return [e for e in ents if (e.start, e.end) not in replaced] + out


_REGNAL = re.compile(r"(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})")


def regnal_numerals(doc: Doc, ents: list[Span]) -> list[Span]:
    """Return the entities with a ruler's regnal numeral kept in the name.

    "said King Olaf I, opening the session": the model ends the name before the numeral,
    and the parser reads "I" as the pronoun and makes it the subject. A Roman numeral
    right after a person's name (one space between) belongs to it ("Queen Ana II of
    Harland"); "I" only when a ruler's title stands before the name ("King", "Pope") and a
    word of the clause does not follow, since "when Vesk I met" is the pronoun.
    """
    rulers = _words("names", "regnal_titles")
    out = []
    for ent in ents:
        end = ent.end
        if (
            ent.label_ == "PERSON"
            and end < len(doc)
            and doc[end - 1].whitespace_ == " "
            and _REGNAL.fullmatch(doc[end].text)
            and (
                doc[end].text != "I"
                # "King James I of Harland"; "when Vesk I met" is the pronoun
                or (
                    _ruled(doc, ent, rulers)
                    and (
                        end + 1 == len(doc)
                        or not doc[end + 1].text[:1].isalnum()
                        or doc[end + 1].lower_ == "of"
                    )
                )
            )
        ):
            ent = Span(doc, ent.start, end + 1, label="PERSON", span_id=ent.ent_id_)
        out.append(ent)
    return out


def _ruled(doc: Doc, ent: Span, rulers: frozenset[str]) -> bool:
    """Return True when a ruler's title opens the name or stands right before it."""
    before = doc[max(0, ent.start - 2) : ent.start + 1]
    words = {t.lower_ for t in before} | {" ".join(t.lower_ for t in before[-2:])}
    return bool(words & rulers)


def hyphened_given_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """Return the entities with a given name's first half put back.

    "director Meeri-Maria Vesk said": the tokenizer splits the hyphened given name and
    the model starts the name at its second half. A capitalised word joined by a hyphen
    with no space to the first word of a person's name belongs to the name, unless it is
    a title word or a known name; the model's one-word entity for it ("Meeri" as an
    organisation) goes.
    """
    by_token = {i: e for e in ents for i in range(e.start, e.end)}
    dropped: set[tuple[int, int]] = set()
    out = []
    for ent in ents:
        start = ent.start
        first = by_token.get(start - 2)
        if (
            ent.label_ == "PERSON"
            and start >= 2
            and doc[start - 1].text in ("-", "‐")
            and not doc[start - 1].whitespace_
            and not doc[start - 2].whitespace_
            and (first is None or (len(first) == 1 and not first.ent_id_))
            and _is_name_word(doc[start - 2])
            and doc[start - 2].is_title
            and doc[start - 2].lower_ not in _title_words()
        ):
            if first is not None:
                dropped.add((first.start, first.end))
            ent = Span(doc, start - 2, ent.end, label="PERSON", span_id=ent.ent_id_)
        out.append(ent)
    return [e for e in out if (e.start, e.end) not in dropped or e.label_ == "PERSON"]


# Labels the model gives names of people it does not know ("Seng Varo" as a work of art);
# a person's name never carries them.
_NOT_A_PERSON_LABELS = frozenset({"WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "FAC", "LANGUAGE"})


def people_by_apposition(doc: Doc, ents: list[Span]) -> list[Span]:
    """Return the entities with people the model gave another label made people.

    "Seng Varo, executive director of the Harbour Institute, said": two or three
    capitalised proper nouns tagged as a work of art, a product, an event, a law, a
    building or a language are a person's name when a comma follows them and a title's
    head noun ("director", "parliamentarian", "spokesman") stands in apposition to them.
    Known names (gazetteer entries) and names holding an organisation's head noun stay
    as they are. Such a name the model tagged as nothing at all at the start of a
    sentence ("Ana Varo, president of the Harbour League, said") is added the same way.
    """
    heads = _words("organisations", "heads")
    titles = _title_heads()

    particles = surname_particles()

    def apposed_person(span: Span) -> bool:
        # a particle joined by a hyphen ("Walid al-Rawi") sits between the name's words
        inner = {
            t.i
            for t in span[1:-1]
            if t.text == "-" or (t.lower_ in particles and doc[t.i + 1].text == "-")
        }
        words = [t for t in span if t.i not in inner]
        return (
            2 <= len(words) <= 3
            and span.end < len(doc)
            and doc[span.end].text == ","
            and all(
                t.pos_ == "PROPN"
                and t.text[:1].isupper()
                and _NAME_WORD.fullmatch(t.text)
                and t.lower_ not in heads
                and t.lower_ not in titles
                for t in words
            )
            and any(
                # "executive director", or capitalised "Communication Director"
                child.dep_ == "appos" and child.tag_ in ("NN", "NNP") and child.lower_ in titles
                for child in span.root.children
            )
        )

    out = []
    for ent in ents:
        if ent.label_ in _NOT_A_PERSON_LABELS and not ent.ent_id_ and apposed_person(ent):
            ent = Span(doc, ent.start, ent.end, label="PERSON")
        out.append(ent)
    if not doc.has_annotation("DEP"):
        return out  # no parse, no apposition to read
    taken = {i for e in ents for i in range(e.start, e.end)}
    for sent in doc.sents:
        start = sent.start
        while start < sent.end and (doc[start].is_space or doc[start].is_quote):
            start += 1
        for end in (start + 5, start + 4, start + 3, start + 2):
            span = doc[start:end] if end <= sent.end else None
            if span is not None and not taken & set(range(start, end)) and apposed_person(span):
                out.append(Span(doc, start, end, label="PERSON"))
                break
    return out


def people_after_demonyms(doc: Doc, ents: list[Span]) -> list[Span]:
    """Return the entities with a person named right after a demonym added ("talks with
    Osmani Tarek Almasi"): two or three untagged proper nouns that end in no
    organisation's head noun. The demonym is never part of the name."""
    heads = _words("organisations", "heads")
    taken = {i for e in ents for i in range(e.start, e.end)}
    out = list(ents)
    for ent in ents:
        if ent.label_ != DEMONYM_LABEL or not ent.ent_id_:
            continue
        end = ent.end
        while end < len(doc) and end - ent.end < 3 and end not in taken:
            token = doc[end]
            if not (token.pos_ == "PROPN" and token.is_title and _is_name_word(token)):
                break
            if token.lower_ in _title_words():
                break
            end += 1
        if end - ent.end >= 2 and doc[end - 1].lower_ not in heads:
            out.append(Span(doc, ent.end, end, label="PERSON"))
            taken |= set(range(ent.end, end))
    return out


def names_joined_by_and(doc: Doc, ents: list[Span]) -> list[Span]:
    """Return the entities with a body's name that opens with "X and" made whole.

    "the Arctic and Antarctic Research Institute", "the Fish and Wildlife Service", "the
    Peace and Security Council": a capitalised word and "and" right before an organisation
    whose name ends in a body's head noun belong to that name. The model often keeps only
    the part after "and", and that part may be another body's alias ("Security Council").
    The word before "and" must belong to no entity, or to a one-word region or demonym
    ("Arctic"), and be no head noun itself: "Germany and European Commission staff" and
    "the Navy and Coast Guard" stay two. A model body of two or three capitalised words
    and no head noun right before "and" ("the Liberal Democratic and Farmers Party") is
    the opening of the name too.
    """
    heads = _words("organisations", "heads")
    owner = {i: e for e in ents for i in range(e.start, e.end)}
    out = list(ents)
    for ent in ents:
        start = ent.start
        if (
            ent.label_ != "ORG"
            or len(ent) < 2
            or ent[-1].lower_ not in heads
            or ent[0].lower_ in heads
            or not ent[0].text[:1].isupper()
            or start < 2
            or doc[start - 1].lower_ != "and"
        ):
            continue
        first = doc[start - 2]
        other = owner.get(first.i)
        if not _is_name_word(first) or first.lower_ in heads or first.tag_ == "NNPS":
            continue
        if other is not None and _headless_opening(other, first, heads):
            # "the Liberal Democratic and Farmers Party": the model's "Liberal Democratic"
            # names no body of its own
            first = next(t for t in other if t.lower_ != "the")
        elif other is not None and (len(other) > 1 or other.label_ not in {"LOC", "NORP"}):
            continue
        span = Span(doc, first.i, ent.end, label="ORG", span_id=doc[first.i : ent.end].text)
        out = [e for e in out if not (e.start < span.end and span.start < e.end)] + [span]
    return out


def surnames_joined_by_and(doc: Doc, ents: list[Span]) -> list[Span]:
    """Return the entities with "Ion and Miscoci" cut into two people.

    The model sometimes reads two surnames joined by "and" as one body. When the name is
    just two capitalised words around "and", one of them a surname of a person named in
    the article and the other the last word of another name, each is a person of its own.
    Names of gazetteer places ("Trinidad and Tobago") are left whole.
    """
    surnames = {e[-1].text for e in ents if e.label_ == "PERSON" and len(e) > 1}
    last_words = {e[-1].text for e in ents if len(e) > 1}
    out = []
    for ent in ents:
        if (
            ent.ent_id_
            or len(ent) != 3
            or ent[1].lower_ != "and"
            or not all(_is_name_word(t) for t in (ent[0], ent[2]))
            or not (
                (ent[0].text in surnames and ent[2].text in last_words)
                or (ent[2].text in surnames and ent[0].text in last_words)
            )
        ):
            out.append(ent)
            continue
        out += [
            Span(doc, ent.start, ent.start + 1, label="PERSON"),
            Span(doc, ent.end - 1, ent.end, label="PERSON"),
        ]
    return out


def _headless_opening(other: Span, last: Token, heads: frozenset[str]) -> bool:
    """Return whether a model body ending at ``last`` is only the opening words of a longer
    name: two or three capitalised words and no head noun ("The Liberal Democratic")."""
    words = [t for t in other if t.lower_ != "the"]
    return (
        other.label_ == "ORG"
        and not other.ent_id_
        and other.end == last.i + 1
        and 2 <= len(words) <= 3
        and all(t.is_title and t.is_alpha and t.lower_ not in heads for t in words)
    )


_HYPHENS = frozenset({"-", "\u2010", "\u2011"})


def _joined_right(doc: Doc, end: int) -> bool:
    """Return whether a hyphen with no space either side follows the token before ``end``."""
    return (
        end + 1 < len(doc)
        and doc[end].text in _HYPHENS
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
    )


def _joined_left(doc: Doc, start: int) -> bool:
    return (
        start >= 2
        and doc[start - 1].text in _HYPHENS
        and not doc[start - 2].whitespace_
        and not doc[start - 1].whitespace_
    )


def _led_by(doc: Doc, end: int, right: bool) -> bool:
    """Return whether the word hyphened after a name is a participle it is the agent of
    ("an Iraqi-led inquiry", "Iranian-backed militias"): the name acts."""
    return right and doc[end + 1].is_lower and doc[end + 1].lower_.endswith("ed")


def hyphen_compounds(doc: Doc, ents: list[Span]) -> list[Span]:
    """Return the entities with hyphen compounds read as the words they make.

    A people or demonym joined by a hyphen to another word is an adjective ("dual
    Osmani-Italian citizenship", "a Serbian-speaking minority"; "an Iraqi-led inquiry"
    still names its leader), and so is a name built on a
    combining form ("the Indo-Bhutan frontier", "Sino-Japanese ties": ``combining_forms``):
    neither mentions an actor. A body's name of two words or more joined by a hyphen to
    a capitalised word runs on through it ("the Bank of Osmark-Vellmar office").
    """
    forms = _words("not_actor", "combining_forms")
    dropped: set[Span] = set()
    added: list[Span] = []
    starts = {e.start: e for e in ents}
    for ent in ents:
        words = ent[1:] if ent[0].lower_ == "the" and len(ent) > 1 else ent
        right, left = _joined_right(doc, ent.end), _joined_left(doc, ent.start)
        if words[0].lower_ in forms and (
            (len(words) > 1 and words[1].text in _HYPHENS) or (len(words) == 1 and right)
        ):
            dropped.add(ent)
            # "the Indo-" + "Nepal": the name after the hyphen is part of the adjective
            after = ent.end if ent[-1].text in _HYPHENS else (ent.end + 1 if right else -1)
            if after in starts:
                dropped.add(starts[after])
        elif (
            len(ent) == 1
            and ent.label_ in (DEMONYM_LABEL, "ORG")
            and (right or (left and ent.label_ == DEMONYM_LABEL))
            and not _led_by(doc, ent.end, right)
            and (ent.label_ == DEMONYM_LABEL or doc[ent.end + 1].is_lower)
        ):
            # "Osmani-Italian citizenship", "Serbian-speaking": an adjective
            dropped.add(ent)
        elif (
            right
            and ent.label_ == "ORG"
            and len(ent) > 1
            and doc[ent.end + 1].is_title
            and doc[ent.end + 1].is_alpha
        ):
            span = Span(doc, ent.start, ent.end + 2, label="ORG")
            dropped.update(e for e in ents if e.start < span.end and span.start < e.end)
            added.append(span)
    return [e for e in ents if e not in dropped] + added


def names_around_aliases(doc: Doc, ents: list[Span]) -> list[Span]:
    """Return the entities with a known body's short alias inside a longer name given to
    that name: "the National Security Council" is not the body whose alias is "Security
    Council". Only an alias match, never a canonical name, is widened over the capitalised
    words before it that belong to no entity."""
    known = entries_by_name()
    taken = {i for e in ents if e.ent_id_ in known for i in range(e.start, e.end)}
    out = list(ents)
    for ent in ents:
        entry = known.get(ent.ent_id_)
        if entry is None or ent.label_ != "ORG" or ent.text == entry.name:
            continue
        if ent.text.lower().startswith("the ") or " " not in ent.text:
            continue
        start = ent.start
        while start > 0 and (start - 1) not in taken and _is_name_word(doc[start - 1]):
            if doc[start - 1].is_sent_start and doc[start - 1].pos_ != "PROPN":
                break
            start -= 1
        if start == ent.start:
            continue
        span = Span(doc, start, ent.end, label="ORG", span_id=doc[start : ent.end].text)
        out = [e for e in out if not (e.start < span.end and span.start < e.end)] + [span]
    return out


# ---- groups


def group_actors(doc: Doc, ents: list[Span]) -> list[Span]:
    """Return the entities with peoples and armed groups acting as groups added (see module).

    A people's name the gazetteer does not hold ("Kurdish", "Sunni") before a group noun,
    or a state's demonym before a non-state group noun, becomes an organisation named as
    written ("Kurdish fighters"); so does a people's name in the plural that acts on its
    own ("the Kurds said").
    """
    groups = _words("organisations", "groups")
    non_state = _words("organisations", "non_state_groups")
    leaders = _words("organisations", "leader_groups")
    regions = _words("organisations", "regional_peoples")
    out = list(ents)
    for ent in ents:
        if ent.label_ != DEMONYM_LABEL and ent.label_ != "NORP":
            continue
        state = entries_by_name().get(ent.ent_id_) is not None
        end = ent.end
        if end < len(doc) and doc[end].is_title and not doc[end].ent_type_:
            end += 1  # "Kurdish Peshmerga fighters"
        nouns = non_state if state else groups
        if ent.text.lower() in regions:
            nouns = nouns - leaders  # "African leaders": the heads of many states
        if end < len(doc) and doc[end].lower_ in nouns:
            span = Span(doc, ent.start, end + 1, label="ORG")
        elif ent.end < len(doc) and doc[ent.end].lower_ in nouns:
            span = Span(doc, ent.start, ent.end + 1, label="ORG")
        elif not state and ent.root.tag_ in {"NNPS", "NNS"} and ent.root.dep_ in _ACTING_DEPS:
            span = Span(doc, ent.start, ent.end, label="ORG")
        else:
            continue
        span = Span(doc, span.start, span.end, label="ORG", span_id=span.text)
        out = [e for e in out if not (e.start < span.end and span.start < e.end)] + [span]
    return out


def people_of_places(doc: Doc, ents: list[Span]) -> list[Span]:
    """Return the entities with the people of a place acting as a group added: "the
    people of Vardo", "residents of Camp Telmar", "Vardo residents" (a group noun from
    ``[organisations] inhabitants`` with a city or region, not a country) are an
    organisation named as written."""
    nouns = _words("organisations", "inhabitants")
    out = list(ents)
    for ent in ents:
        if ent.label_ not in {"GPE", "FAC"}:
            continue  # not a continent or sea ("the population of Europe")
        entry = entries_by_name().get(ent.ent_id_)
        if entry is not None and entry.type != "place" and ent.text not in entry.capitals:
            continue  # a country's people are the country's
        start = end = None
        if (
            ent.start >= 2
            and doc[ent.start - 1].lower_ == "of"
            and doc[ent.start - 2].lower_ in nouns
        ):
            start, end = ent.start - 2, ent.end
            if start > 0 and doc[start - 1].lower_ == "the":
                start -= 1
        elif ent.end < len(doc) and doc[ent.end].lower_ in nouns and doc[ent.end].tag_ == "NNS":
            start, end = ent.start, ent.end + 1
        if start is None:
            continue
        span = Span(doc, start, end, label="ORG", span_id=doc[start:end].text)
        out = [e for e in out if not (e.start < end and start < e.end)] + [span]
    return out


def untagged_bodies(doc: Doc, ents: list[Span]) -> list[Span]:
    """Return the entities with bodies the model missed added: a run of capitalised
    proper nouns that no entity touches, ending in a body's head noun from
    ``[organisations] untagged_heads`` ("the Northern Rim Forum", "Popular Defence
    Forces"). A run of title words only ("Armed Forces") or opening a sentence with a
    common word is left alone."""
    heads = _words("organisations", "untagged_heads")
    # A head the model tagged alone ("the Workers' [Party]") may still take the words before.
    alone = {e.start: e for e in ents if e.end - e.start == 1 and e.label_ == "ORG"}
    taken = {i for e in ents for i in range(e.start, e.end) if e.start not in alone}
    out = list(ents)
    for i in token_indices(doc, heads):
        token = doc[i]
        if i in taken or not token.is_title or token.lower_ not in heads:
            continue
        start = i
        while start > 0 and i - start < MAX_NAME_WORDS and start - 1 not in taken:
            if _possessive_in_name(doc, start - 1) and start - 2 not in taken:
                start -= 2  # "the Workers' Party", "the People's Party", with the owner
            elif (
                doc[start - 1].is_title
                and doc[start - 1].is_alpha
                and doc[start - 1].pos_ == "PROPN"
                and doc[start - 1].lower_ not in _stop_words()
                and not doc[start].is_sent_start
            ):
                start -= 1
            else:
                break
        if doc[start].tag_ == "POS":
            start += 1
        words = doc[start : i + 1]
        if len(words) < 2 or all(t.lower_ in _title_words() | heads for t in words):
            continue
        if words[0].is_sent_start and words[0].lower_ in _COMMON_OPENERS:
            continue
        span = Span(doc, start, i + 1, label="ORG")
        out = [e for e in out if e is not alone.get(i)]
        out.append(span)
        taken |= set(range(start, i + 1))
    return out


def _possessive_in_name(doc: Doc, i: int) -> bool:
    """Return True for the possessive of a capitalised plural or collective noun inside a
    body's name ("the Workers' Party", "the People's Party"), with no space before it;
    "Varrow's Alliance" (one owner's body) is no one name."""
    token = doc[i]
    if token.tag_ != "POS" or i == 0 or doc[i - 1].whitespace_ or not token.whitespace_:
        return False
    owner = doc[i - 1]
    if not (owner.is_title and owner.is_alpha):
        return False
    if token.text in {"'", "’"}:
        return owner.lower_.endswith("s")
    return owner.lower_ in _words("possessive_names", "owners")


# Capitalised words that open sentences but no name ("Leaders Forum" is no body).
_COMMON_OPENERS = frozenset({"leaders", "ministers", "officials", "members", "delegates"})


# ---- units and ships


def acting_unit(ent: Span) -> bool:
    """Return True for a numbered unit or a named ship that acts (subject or possessor)."""
    tokens = [t for t in ent if not t.is_punct]
    if not tokens:
        return False
    units = _words("organisations", "units")
    ship = tokens[0].lower_ in _words("not_actor", "vessel_prefixes") and len(tokens) > 1
    unit = any(t.lower_ in units for t in tokens) and any(
        t.like_num or _ORDINAL.match(t.text) for t in tokens
    )
    if not (ship or unit):
        return False
    root = ent.root
    while root.dep_ in {"compound", "conj", "appos"} and root.head.i != root.i:
        root = root.head
    return root.dep_ in _ACTING_DEPS


def numbered_units(doc: Doc, ents: list[Span]) -> list[Span]:
    """Return the entities with untagged numbered units that act added ("the 3rd
    Battalion said", "Task Force 50 escorted the convoy")."""
    units = _words("organisations", "units")
    actors = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"}
    taken = {i for e in ents if e.label_ in actors for i in range(e.start, e.end)}
    out = list(ents)
    for i in token_indices(doc, units):
        token = doc[i]
        if token.i in taken or token.lower_ not in units or not token.text[:1].isupper():
            continue
        start, end = token.i, token.i + 1
        if start > 0 and _ORDINAL.match(doc[start - 1].text):
            start -= 1
        elif end < len(doc) and doc[end].like_num:
            end += 1
        else:
            continue
        while start > 0 and doc[start - 1].is_title and doc[start - 1].lower_ in units:
            start -= 1  # "Task Force 50"
        if any(i in taken for i in range(start, end)):
            continue
        span = Span(doc, start, end, label="ORG", span_id=doc[start:end].text)
        if acting_unit(span):
            out = [e for e in out if not (e.start < end and start < e.end)] + [span]
            taken |= set(range(start, end))
    return out
