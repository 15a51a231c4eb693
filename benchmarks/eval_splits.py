"""Extraction quality on every evaluation split: build each set, score each part separately.

usage: python benchmarks/eval_splits.py --eval PATH/TO/eval [--out DIR] [--only NAME ...]
                                        [--no-build] [--json]

The evaluation folder (gold files and scorers) is not part of the project; give its path.
It must hold ``score.py``, ``score_external.py``, ``gold_seed.json``,
``wikinews_dev/{docs,gold.json}`` and ``external/{re3d,polnear}/{docs,gold.json}``.

Splits (fixed, so that every report compares the same parts):

- ``wikinews_dev``: the odd-numbered articles (wd_01, wd_03, ...) are the half rules are
  tuned on; the even-numbered ones are the half held out and only checked.
- ``re3d``: by source. Rules are tuned on "US State Department"; the other sources are
  held out. Each source is also scored for raw ``en_core_web_sm`` entities, the peer to beat.
- ``polnear``: by outlet. Rules are tuned on "breitbart"; "huff-post" is held out.
- ``seed`` (the bundled seed article against ``gold_seed.json``) and ``own`` (the team's
  own gold over ``seeds/``) are regression checks, not evidence of quality.
- ``--blind NAME=DIR`` (repeatable): a set the team annotated blind and keeps out of all
  tuning (``DIR/docs`` and ``DIR/gold.json`` in the ``wikinews_dev`` layout), scored whole
  as ``blind:NAME``. Only its summary is printed: its per-article errors stay unread.

Every summary also carries ``actors_checked``: the actor figures with one correction that the
gold's scoring notes ask for by hand. The gold gives each actor one canonical name for the
whole corpus, but the scorer matches a predicted name only against the forms the article
spells out. A predicted name equal to the canonical name of an actor of that article (the
text says "President Bush"; both the gold and the build call him "George W. Bush") is that
actor, not a false positive plus a miss. In the same way, an actor whose every mention in the
article is a form the gold lists as ``allowed`` ("Palestinian", which the build names
"Palestine") is neutral. The scorer's own ``actors`` figure stays the headline.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
OWN_GOLD = ROOT / "benchmarks" / "gold" / "sample_gold.json"
RE3D_TUNE_SOURCE = "US State Department"
POLNEAR_TUNE_OUTLET = "breitbart"
RAW_ACTOR_LABELS = {
    "PERSON": "person",
    "ORG": "organisation",
    "NORP": "organisation",
    "GPE": "country",
}


def load_module(path: Path) -> ModuleType:
    """Import a scorer script by path (it is not an installed module)."""
    sys.path.insert(0, str(path.parent))
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build_tables(inputs: list[Path], out: Path) -> None:
    """Run ``python -m analysis build`` over ``inputs`` into ``out`` with a throw-away store."""
    out.mkdir(parents=True, exist_ok=True)
    cmd = [sys.executable, "-m", "analysis", "build", *map(str, inputs), "--out", str(out)]
    subprocess.run([*cmd, "--store", ":memory:", "--quiet"], cwd=ROOT, check=True)


def write_raw_tables(docs: Path, out: Path) -> None:
    """The naive peer: raw ``en_core_web_sm`` entities as articles, actors and mentions."""
    from analysis.model import load_model

    nlp = load_model()
    out.mkdir(parents=True, exist_ok=True)
    paths = sorted(docs.glob("*.txt"))
    articles, actors, mentions = [], {}, []
    for i, (doc, path) in enumerate(
        zip(nlp.pipe(p.read_text(encoding="utf-8") for p in paths), paths, strict=True)
    ):
        articles.append({"article_id": f"a{i}", "path": str(path)})
        for ent in doc.ents:
            if ent.label_ not in RAW_ACTOR_LABELS:
                continue
            key = (ent.text, ent.label_)
            actor_id = actors.setdefault(key, f"r{len(actors)}")
            mentions.append({"article_id": f"a{i}", "actor_id": actor_id, "text": ent.text})
    tables = {
        "articles": articles,
        "actors": [
            {"actor_id": aid, "name": name, "type": RAW_ACTOR_LABELS[label]}
            for (name, label), aid in actors.items()
        ],
        "mentions": mentions,
    }
    for name, rows in tables.items():
        with open(out / f"{name}.csv", "w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=list(rows[0]) if rows else ["article_id"])
            writer.writeheader()
            writer.writerows(rows)


def external_by_group(scorer, which: str, ext: Path, out: Path, group_of) -> dict[str, dict]:
    """Score an external set once per group of its documents (source or outlet)."""
    gold = json.loads((ext / which / "gold.json").read_text(encoding="utf-8"))
    groups: dict[str, dict] = {}
    for name, entry in gold.items():
        groups.setdefault(group_of(name, entry), {})[name] = entry
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for group, subset in sorted(groups.items()):
            part = Path(tmp) / group.replace(" ", "_") / which
            part.mkdir(parents=True)
            (part / "gold.json").write_text(json.dumps(subset), encoding="utf-8")
            results[group] = getattr(scorer, which)(part.parent, out)
    return results


def wikinews_halves(score_mod, gold_path: Path, out: Path) -> dict[str, dict]:
    """Summary scores of the tuned (odd) half, the held-out (even) half and all 20 articles."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    score_mod.GOLD.clear()
    score_mod.GOLD.update(gold)
    names = sorted(gold)
    tune = {n for n in names if int("".join(c for c in n if c.isdigit())) % 2 == 1}
    held = set(names) - tune
    return {
        label: with_checked_actors(
            score_mod, gold, out, score_mod.score(str(out), only=part)["summary"], part
        )
        for label, part in (("tune (odd)", tune), ("held out (even)", held), ("all", None))
    }


def gold_summary(score_mod, gold_path: Path, out: Path) -> dict:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    score_mod.GOLD.clear()
    score_mod.GOLD.update(gold)
    return with_checked_actors(score_mod, gold, out, score_mod.score(str(out))["summary"])


def with_checked_actors(score_mod, gold: dict, out: Path, summary: dict, only=None) -> dict:
    """``summary`` plus ``actors_checked``: actor P/R/F1 where a predicted name equal to the
    canonical name of one of the article's gold actors matches that actor.

    An actor all of whose mentions in the article are ``allowed`` forms is neutral. It follows
    the scorer's own actor rules otherwise (types that are never actors, aliases,
    ``allowed`` names, one match per gold actor)."""
    article_ids = {}
    for article_id, name in score_mod.article_map(str(out)).items():
        article_ids.setdefault(name, article_id)
    actors = {row["actor_id"]: row for row in score_mod.read(str(out), "actors")}
    names_in: dict[str, dict[str, set[str]]] = {}
    for row in score_mod.read(str(out), "mentions"):
        actor = actors.get(row.get("actor_id"))
        if actor and score_mod.norm(actor.get("type")) not in (
            "place",
            "location",
            "date",
            "other",
        ):
            forms = names_in.setdefault(row.get("article_id"), {}).setdefault(actor["name"], set())
            forms.add(score_mod.norm(row.get("text")))
    tp = fp = fn = 0
    for name, entry in gold.items():
        if only is not None and name not in only:
            continue
        target = {}
        for actor in entry["actors"]:
            target[score_mod.norm(actor["name"])] = actor["name"]
        for actor in entry["actors"]:
            for alias in actor["aliases"]:
                target[score_mod.norm(alias)] = actor["name"]
        allowed = {score_mod.norm(x) for x in entry.get("allowed", [])}
        matched: set[str] = set()
        for predicted, forms in sorted(names_in.get(article_ids.get(name), {}).items()):
            key = score_mod.norm(predicted)
            if key in target and target[key] not in matched:
                matched.add(target[key])
            elif key not in target and (key in allowed or forms <= allowed):
                continue
            else:
                fp += 1
        tp += len(matched)
        fn += len(entry["actors"]) - len(matched)
    p, r, f1 = score_mod.prf(tp, fp, fn)
    return {**summary, "actors_checked": {"p": p, "r": r, "f1": f1}}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval", type=Path, required=True, help="the evaluation folder")
    parser.add_argument("--out", type=Path, help="where the builds go (default: a temp folder)")
    parser.add_argument(
        "--only",
        nargs="*",
        choices=["wikinews_dev", "re3d", "polnear", "seed", "own"],
        help="score only these sets",
    )
    parser.add_argument(
        "--blind",
        action="append",
        default=[],
        metavar="NAME=DIR",
        help="a blind set (DIR/docs, DIR/gold.json) scored whole; may be repeated",
    )
    parser.add_argument("--no-build", action="store_true", help="score builds already in --out")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    wanted = set(args.only or ["wikinews_dev", "re3d", "polnear", "seed", "own"])
    out = args.out or Path(tempfile.mkdtemp(prefix="eval-splits-"))
    ev = args.eval.resolve()
    score_mod = load_module(ev / "score.py")
    external = load_module(ev / "score_external.py")
    ext = ev / "external"
    results: dict[str, object] = {}

    def built(name: str, inputs: list[Path]) -> Path:
        target = out / name
        if not args.no_build:
            build_tables(inputs, target)
        return target

    if "wikinews_dev" in wanted:
        target = built("wikinews_dev", [ev / "wikinews_dev" / "docs"])
        results["wikinews_dev"] = wikinews_halves(
            score_mod, ev / "wikinews_dev" / "gold.json", target
        )
    if wanted & {"seed", "own"}:
        target = built("seeds", [ROOT / "seeds"])
        if "seed" in wanted:
            results["seed"] = gold_summary(score_mod, ev / "gold_seed.json", target)
        if "own" in wanted:
            results["own"] = gold_summary(score_mod, OWN_GOLD, target)
    if "re3d" in wanted:
        target = built("re3d", [ext / "re3d" / "docs"])
        by_source = lambda _name, entry: entry.get("source") or "unknown"  # noqa: E731
        ours = external_by_group(external, "re3d", ext, target, by_source)
        raw_out = out / "re3d_raw"
        if not args.no_build:
            write_raw_tables(ext / "re3d" / "docs", raw_out)
        raw = external_by_group(external, "re3d", ext, raw_out, by_source)
        results["re3d"] = {
            source: {
                "split": "tune" if source == RE3D_TUNE_SOURCE else "held out",
                "ours": ours[source],
                "raw_spacy_f1": raw[source]["mention_f1"],
                "margin": round(ours[source]["mention_f1"] - raw[source]["mention_f1"], 3),
            }
            for source in ours
        }
    if "polnear" in wanted:
        target = built("polnear", [ext / "polnear" / "docs"])
        by_outlet = lambda name, _entry: name.split("_", 1)[0]  # noqa: E731
        results["polnear"] = {
            outlet: {"split": "tune" if outlet == POLNEAR_TUNE_OUTLET else "held out", **scores}
            for outlet, scores in external_by_group(
                external, "polnear", ext, target, by_outlet
            ).items()
        }

    for spec in args.blind:
        name, sep, folder = spec.partition("=")
        if not sep or not name or not folder:
            parser.error(f"--blind wants NAME=DIR, got {spec!r}")
        folder_path = Path(folder).resolve()
        target = built(f"blind_{name}", [folder_path / "docs"])
        results[f"blind:{name}"] = gold_summary(score_mod, folder_path / "gold.json", target)

    if args.json:
        print(json.dumps(results, indent=1))
    else:
        for name, value in results.items():
            print(f"== {name}")
            if isinstance(value, dict) and all(isinstance(v, dict) for v in value.values()):
                for part, scores in value.items():
                    print(f"  {part}: {json.dumps(scores)}")
            else:
                print(f"  {json.dumps(value)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
