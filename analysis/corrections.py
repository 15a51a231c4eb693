"""An analyst's corrections, kept as rows of a table and applied to the six tables.

A correction is one row: ``correction_id``, ``action``, ``target``, ``value`` and
``made_at`` (ISO time). The store keeps them in its ``corrections`` table, the command
line reads them from a CSV of the same columns (``--corrections FILE``), and they are
applied, oldest first, every time the tables are assembled, so a new pipeline version
keeps them. Undoing one removes its row; the tables are then assembled without it.

Actors are named by their canonical name as the tables show it at that point (so a
rename followed by a title change works); commitments and quotes by their ids, which are
hashes of the article and the sentence's offsets and survive a rebuild.

| action | target | value | effect |
|---|---|---|---|
| ``merge_actor`` | actor to fold in | actor to keep | one actor: rows, names (as aliases) and counts move to the kept one |
| ``split_alias`` | actor | one of its names | that name becomes an actor of its own, with its mentions, and the commitments and quotes of the sentences (or articles) where only that name appears |
| ``rename_actor`` | actor | new name | the name everywhere (actor, speaker and counterpart columns too) |
| ``set_actor_type`` | actor | person, country, organisation or place | |
| ``set_actor_title`` | actor | title ("" clears it) | |
| ``set_actor_affiliation`` | actor | affiliation ("" clears it) | |
| ``not_actor`` | actor | "" | the actor and its mentions go; its commitments and quotes lose their actor |
| ``reject_commitment`` | commitment_id | "" | the row goes |
| ``set_commitment_type`` | commitment_id | a commitment type | type, and strength moved by the difference of the types' base strengths (a refusal is 0) |
| ``set_commitment_actor`` | commitment_id | actor name | who commits |
| ``reject_quote`` | quote_id | "" | the row goes |
| ``set_quote_speaker`` | quote_id | actor name | who is quoted |

A correction whose target is no longer there (the article was removed, the name changed)
does nothing and is reported by ``unmatched``; it stays stored, so it applies again
when its target comes back.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd

from analysis.actor_merging import actor_id as make_actor_id
from analysis.commitments import BASE_STRENGTH
from analysis.corpus import Corpus
from analysis.cue_lexicon import COMMITMENT_TYPES
from analysis.tables import join_list, split_list

COLUMNS: tuple[str, ...] = ("correction_id", "action", "target", "value", "made_at")
ACTOR_ACTIONS: tuple[str, ...] = (
    "merge_actor",
    "split_alias",
    "rename_actor",
    "set_actor_type",
    "set_actor_title",
    "set_actor_affiliation",
    "not_actor",
)
COMMITMENT_ACTIONS: tuple[str, ...] = (
    "reject_commitment",
    "set_commitment_type",
    "set_commitment_actor",
)
QUOTE_ACTIONS: tuple[str, ...] = ("reject_quote", "set_quote_speaker")
ACTIONS: tuple[str, ...] = ACTOR_ACTIONS + COMMITMENT_ACTIONS + QUOTE_ACTIONS
ACTOR_TYPES: tuple[str, ...] = ("person", "country", "organisation", "place")
MIN_STRENGTH, MAX_STRENGTH = 0.05, 1.0


class CorrectionError(ValueError):
    """A corrections table that cannot be used (missing columns, unknown actions)."""


def empty_corrections() -> pd.DataFrame:
    """Return an empty corrections table."""
    return pd.DataFrame({c: pd.Series(dtype=str) for c in COLUMNS})


def new_correction(
    action: str, target: str, value: str = "", *, now: datetime | None = None
) -> dict:
    """Return one correction row, checked, with a fresh id and the time it was made."""
    if action not in ACTIONS:
        raise CorrectionError(f"unknown correction {action!r}; known: {', '.join(ACTIONS)}")
    if not str(target).strip():
        raise CorrectionError(f"{action}: the target is empty")
    _check_value(action, str(value))
    made = (now or datetime.now(UTC)).isoformat(timespec="microseconds")
    return {
        "correction_id": uuid.uuid4().hex[:12],
        "action": action,
        "target": str(target).strip(),
        "value": str(value).strip(),
        "made_at": made,
    }


def _check_value(action: str, value: str) -> None:
    if action == "set_actor_type" and value not in ACTOR_TYPES:
        raise CorrectionError(f"{action}: type {value!r} is not one of {', '.join(ACTOR_TYPES)}")
    if action == "set_commitment_type" and value not in COMMITMENT_TYPES:
        raise CorrectionError(
            f"{action}: type {value!r} is not one of {', '.join(COMMITMENT_TYPES)}"
        )
    needs_value = {"merge_actor", "split_alias", "rename_actor", "set_commitment_actor"}
    if action in needs_value and not value.strip():
        raise CorrectionError(f"{action}: the value is empty")


def conform_corrections(frame: pd.DataFrame) -> pd.DataFrame:
    """Return ``frame`` as a corrections table, oldest first; raise CorrectionError if unusable.

    Missing ids are made up; missing times sort first. Every row is checked, and the
    message names the first bad row (counting the header as line 1, as a CSV shows it).
    """
    missing = [c for c in ("action", "target") if c not in frame.columns]
    if missing:
        raise CorrectionError(
            f"the corrections table lacks the column(s) {', '.join(missing)}; "
            f"expected {', '.join(COLUMNS)}"
        )
    out = frame.copy()
    for col in COLUMNS:
        if col not in out.columns:
            out[col] = ""
        out[col] = out[col].fillna("").astype(str).str.strip()
    for line, row in enumerate(out.itertuples(index=False), start=2):
        if row.action not in ACTIONS:
            raise CorrectionError(
                f"line {line}: unknown correction {row.action!r}; known: {', '.join(ACTIONS)}"
            )
        if not row.target:
            raise CorrectionError(f"line {line}: {row.action} has no target")
        try:
            _check_value(row.action, row.value)
        except CorrectionError as err:
            raise CorrectionError(f"line {line}: {err}") from None
    blank = out["correction_id"] == ""
    out.loc[blank, "correction_id"] = [uuid.uuid4().hex[:12] for _ in range(int(blank.sum()))]
    out = out[list(COLUMNS)].sort_values("made_at", kind="stable")
    return out.reset_index(drop=True)


def read_corrections_csv(path: str | Path) -> pd.DataFrame:
    """Return the corrections in a CSV file (the columns of ``COLUMNS``)."""
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError, pd.errors.ParserError, pd.errors.EmptyDataError) as err:
        raise CorrectionError(f"cannot read {path}: {err}") from None
    return conform_corrections(frame)


# ---------------------------------------------------------------- applying them


def apply_corrections(corpus: Corpus, corrections: pd.DataFrame) -> Corpus:
    """Return ``corpus`` with every correction applied in the order they were made."""
    if corrections is None or corrections.empty or corpus.articles.empty:
        return corpus
    tables = corpus.tables()
    touched_actors = False
    for row in corrections.itertuples(index=False):
        step = _STEPS[row.action]
        tables = step(tables, row.target, row.value)
        touched_actors |= row.action in ACTOR_ACTIONS
    if touched_actors:
        tables["actors"] = _recount(tables["actors"], tables["mentions"], tables["articles"])
    return replace(corpus, **tables)


def unmatched(corpus: Corpus, corrections: pd.DataFrame) -> pd.DataFrame:
    """Return the corrections whose target is absent from ``corpus`` when their turn comes."""
    tables = corpus.tables()
    missed = []
    for row in corrections.itertuples(index=False):
        if not _has_target(tables, row.action, row.target):
            missed.append(row.correction_id)
        else:
            tables = _STEPS[row.action](tables, row.target, row.value)
    return corrections[corrections["correction_id"].isin(missed)]


def _has_target(tables: dict[str, pd.DataFrame], action: str, target: str) -> bool:
    if action in ACTOR_ACTIONS:
        return bool((tables["actors"]["name"] == target).any())
    if action in COMMITMENT_ACTIONS:
        return bool((tables["commitments"]["commitment_id"] == target).any())
    return bool((tables["quotes"]["quote_id"] == target).any())


Tables = dict[str, pd.DataFrame]


def _ids_named(actors: pd.DataFrame, name: str) -> list[str]:
    return actors.loc[actors["name"] == name, "actor_id"].tolist()


def _replace_actor_ids(tables: Tables, old: Iterable[str], new_id: str, new_name: str) -> Tables:
    """Point every mention, commitment and quote of the ``old`` ids at ``new_id``."""
    old = set(old)
    out = dict(tables)
    mentions = out["mentions"]
    hit = mentions["actor_id"].isin(old)
    if hit.any():
        mentions = mentions.copy()
        mentions.loc[hit, "actor_id"] = new_id
        out["mentions"] = mentions
    commitments = out["commitments"]
    for id_col, name_col in (("actor_id", "actor"), ("counterpart_id", "counterpart")):
        hit = commitments[id_col].isin(old)
        if hit.any():
            commitments = commitments.copy()
            commitments.loc[hit, id_col] = new_id
            commitments.loc[hit, name_col] = new_name
    out["commitments"] = commitments
    quotes = out["quotes"]
    hit = quotes["speaker_id"].isin(old)
    if hit.any():
        quotes = quotes.copy()
        quotes.loc[hit, "speaker_id"] = new_id
        quotes.loc[hit, "speaker"] = new_name
        out["quotes"] = quotes
    return out


def _merge_actor(tables: Tables, target: str, value: str) -> Tables:
    actors = tables["actors"]
    gone, kept = _ids_named(actors, target), _ids_named(actors, value)
    if not gone or not kept or target == value:
        return tables
    keep_id = kept[0]
    folded = actors[actors["actor_id"].isin(gone)]
    out = _replace_actor_ids(tables, gone, keep_id, value)
    actors = actors[~actors["actor_id"].isin(gone)].copy()
    at = actors.index[actors["actor_id"] == keep_id][0]
    names = split_list(actors.at[at, "aliases"])
    for cell_name, cell_aliases in zip(folded["name"], folded["aliases"], strict=True):
        names += [cell_name, *split_list(cell_aliases)]
    actors.at[at, "aliases"] = join_list(n for n in dict.fromkeys(names) if n != value)
    if "merged_from" in actors.columns:
        reasons = split_list(actors.at[at, "merged_from"])
        for cell_name, cell_reasons in zip(folded["name"], folded["merged_from"], strict=True):
            reasons += [
                f"{cell_name}: merged by an analyst's correction",
                *split_list(cell_reasons),
            ]
        actors.at[at, "merged_from"] = join_list(dict.fromkeys(reasons))
    for col in ("title", "affiliation"):
        if not actors.at[at, col]:
            filled = [v for v in folded[col] if v]
            actors.at[at, col] = filled[0] if filled else ""
    out["actors"] = actors
    return out


def _split_alias(tables: Tables, target: str, value: str) -> Tables:
    actors = tables["actors"]
    ids = _ids_named(actors, target)
    if not ids or value == target:
        return tables
    source_id = ids[0]
    row = actors[actors["actor_id"] == source_id].iloc[0]
    if value not in split_list(row["aliases"]):
        return tables
    new_id = make_actor_id(value, row["type"])
    if new_id in set(actors["actor_id"]):
        new_id = f"{new_id}~split"
    mentions = tables["mentions"]
    own = mentions["actor_id"] == source_id
    is_alias = own & (mentions["text"].str.casefold() == value.casefold())
    # Where only the split-off name names the actor (a whole article, or else a sentence),
    # the commitments and quotes there belong to the new actor.
    per_article = (
        mentions[own]
        .groupby("article_id")["text"]
        .agg(lambda texts: all(t.casefold() == value.casefold() for t in texts))
    )
    alias_articles = set(per_article[per_article].index)
    per_sentence = (
        mentions[own]
        .groupby(["article_id", "sentence_index"])["text"]
        .agg(lambda texts: all(t.casefold() == value.casefold() for t in texts))
    )
    alias_sentences = set(per_sentence[per_sentence].index)

    def moves(frame: pd.DataFrame, id_col: str) -> pd.Series:
        keys = zip(frame["article_id"], frame["sentence_index"], strict=True)
        in_sentence = pd.Series([k in alias_sentences for k in keys], index=frame.index, dtype=bool)
        return (frame[id_col] == source_id) & (
            frame["article_id"].isin(alias_articles) | in_sentence
        )

    out = dict(tables)
    mentions = mentions.copy()
    mentions.loc[is_alias, "actor_id"] = new_id
    out["mentions"] = mentions
    commitments = tables["commitments"].copy()
    for id_col, name_col in (("actor_id", "actor"), ("counterpart_id", "counterpart")):
        hit = moves(commitments, id_col)
        commitments.loc[hit, id_col] = new_id
        commitments.loc[hit, name_col] = value
    out["commitments"] = commitments
    quotes = tables["quotes"].copy()
    hit = moves(quotes, "speaker_id")
    quotes.loc[hit, "speaker_id"] = new_id
    quotes.loc[hit, "speaker"] = value
    out["quotes"] = quotes
    actors = actors.copy()
    at = actors.index[actors["actor_id"] == source_id][0]
    actors.at[at, "aliases"] = join_list(a for a in split_list(row["aliases"]) if a != value)
    new_row = {col: row[col] for col in actors.columns}
    new_row.update(actor_id=new_id, name=value, aliases="", title="", affiliation="")
    if "merged_from" in actors.columns:
        actors.at[at, "merged_from"] = join_list(
            r for r in split_list(row["merged_from"]) if not r.startswith(f"{value}: ")
        )
        new_row["merged_from"] = ""
    out["actors"] = pd.concat([actors, pd.DataFrame([new_row])], ignore_index=True).astype(
        actors.dtypes.to_dict()
    )
    return out


def _rename_actor(tables: Tables, target: str, value: str) -> Tables:
    actors = tables["actors"]
    ids = _ids_named(actors, target)
    if not ids or value == target:
        return tables
    out = _replace_actor_ids(tables, ids, ids[0], value)
    actors = actors.copy()
    hit = actors["actor_id"].isin(ids)
    actors.loc[hit, "aliases"] = [
        join_list(dict.fromkeys([*split_list(a), target])) for a in actors.loc[hit, "aliases"]
    ]
    actors.loc[hit, "name"] = value
    out["actors"] = actors
    return out


def _set_actor_field(column: str) -> Callable[[Tables, str, str], Tables]:
    def step(tables: Tables, target: str, value: str) -> Tables:
        actors = tables["actors"]
        hit = actors["name"] == target
        if not hit.any():
            return tables
        actors = actors.copy()
        actors.loc[hit, column] = value
        return {**tables, "actors": actors}

    return step


def _not_actor(tables: Tables, target: str, value: str) -> Tables:
    actors = tables["actors"]
    ids = set(_ids_named(actors, target))
    if not ids:
        return tables
    out = _replace_actor_ids(tables, ids, "", "")
    out["actors"] = actors[~actors["actor_id"].isin(ids)]
    out["mentions"] = out["mentions"][out["mentions"]["actor_id"] != ""]
    return out


def _reject(table: str, id_col: str) -> Callable[[Tables, str, str], Tables]:
    def step(tables: Tables, target: str, value: str) -> Tables:
        frame = tables[table]
        return {**tables, table: frame[frame[id_col] != target]}

    return step


def _set_commitment_type(tables: Tables, target: str, value: str) -> Tables:
    frame = tables["commitments"]
    hit = frame["commitment_id"] == target
    if not hit.any():
        return tables
    frame = frame.copy()
    old = frame.loc[hit, "type"]
    if value == "refusal":
        strength = pd.Series(0.0, index=old.index)
    else:
        shift = BASE_STRENGTH[value] - old.map(lambda t: BASE_STRENGTH.get(t, BASE_STRENGTH[value]))
        base = frame.loc[hit, "strength"].where(old != "refusal", BASE_STRENGTH[value])
        strength = (base + shift.where(old != "refusal", 0.0)).clip(MIN_STRENGTH, MAX_STRENGTH)
    frame.loc[hit, "strength"] = strength.round(2)
    frame.loc[hit, "type"] = value
    return {**tables, "commitments": frame}


def _actor_named(tables: Tables, name: str) -> str:
    ids = _ids_named(tables["actors"], name)
    return ids[0] if ids else ""


def _set_commitment_actor(tables: Tables, target: str, value: str) -> Tables:
    frame = tables["commitments"]
    hit = frame["commitment_id"] == target
    if not hit.any():
        return tables
    frame = frame.copy()
    frame.loc[hit, "actor_id"] = _actor_named(tables, value)
    frame.loc[hit, "actor"] = value
    return {**tables, "commitments": frame}


def _set_quote_speaker(tables: Tables, target: str, value: str) -> Tables:
    frame = tables["quotes"]
    hit = frame["quote_id"] == target
    if not hit.any():
        return tables
    frame = frame.copy()
    frame.loc[hit, "speaker_id"] = _actor_named(tables, value)
    frame.loc[hit, "speaker"] = value
    return {**tables, "quotes": frame}


_STEPS: dict[str, Callable[[Tables, str, str], Tables]] = {
    "merge_actor": _merge_actor,
    "split_alias": _split_alias,
    "rename_actor": _rename_actor,
    "set_actor_type": _set_actor_field("type"),
    "set_actor_title": _set_actor_field("title"),
    "set_actor_affiliation": _set_actor_field("affiliation"),
    "not_actor": _not_actor,
    "reject_commitment": _reject("commitments", "commitment_id"),
    "set_commitment_type": _set_commitment_type,
    "set_commitment_actor": _set_commitment_actor,
    "reject_quote": _reject("quotes", "quote_id"),
    "set_quote_speaker": _set_quote_speaker,
}


def _recount(actors: pd.DataFrame, mentions: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Return every actor with mentions, articles and first/last dates counted again."""
    dated = mentions[["actor_id", "article_id"]].merge(
        articles[["article_id", "date"]], on="article_id", how="left"
    )
    dated["date"] = dated["date"].fillna("")
    n_mentions = dated.groupby("actor_id").size()
    n_articles = dated.groupby("actor_id")["article_id"].nunique()
    with_date = dated[dated["date"] != ""].groupby("actor_id")["date"].agg(["min", "max"])
    out = actors.copy()
    out["mentions"] = out["actor_id"].map(n_mentions).fillna(0).astype("int64")
    out["articles"] = out["actor_id"].map(n_articles).fillna(0).astype("int64")
    out["first_date"] = out["actor_id"].map(with_date["min"]).fillna("").astype(str)
    out["last_date"] = out["actor_id"].map(with_date["max"]).fillna("").astype(str)
    return out.sort_values(["mentions", "name"], ascending=[False, True]).reset_index(drop=True)


def describe(row: dict | pd.Series) -> str:
    """Return one line saying what a correction does, for lists and exports."""
    action, target, value = row["action"], row["target"], row["value"]
    texts = {
        "merge_actor": f"merge {target!r} into {value!r}",
        "split_alias": f"split the name {value!r} off {target!r}",
        "rename_actor": f"rename {target!r} to {value!r}",
        "set_actor_type": f"{target!r} is a {value}",
        "set_actor_title": f"title of {target!r}: {value!r}",
        "set_actor_affiliation": f"affiliation of {target!r}: {value!r}",
        "not_actor": f"{target!r} is not an actor",
        "reject_commitment": f"reject commitment {target}",
        "set_commitment_type": f"commitment {target} is a {value}",
        "set_commitment_actor": f"commitment {target} is made by {value!r}",
        "reject_quote": f"reject quotation {target}",
        "set_quote_speaker": f"quotation {target} is said by {value!r}",
    }
    return texts.get(action, f"{action} {target} {value}")
