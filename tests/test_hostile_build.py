"""Hostile and careless input to ``python -m analysis build``: what the user sees.

Each case puts one hostile article (or argument) next to a good one and checks the exit
code, the named reason of anything skipped, that the good article's rows were written,
and (through pytest-timeout) that the build ends in bounded time. The pipeline is the
real one; the people and places in the articles are fictional.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

import analysis.build
from analysis.articles import Article, article_from_text
from analysis.build import build
from analysis.cli import (
    EXIT_NOTHING_READ,
    EXIT_OK,
    EXIT_OUTPUT,
    EXIT_STORE,
    EXIT_TAXONOMY,
    EXIT_USAGE,
    main,
)
from analysis.limits import Limits

ROOT = Path(__file__).resolve().parent.parent
GOOD = (
    "date 2025-03-04\n"
    "Ruritania pledges patrol vessels\n\n"
    "The defence minister of Ruritania, Alma Veste, said on Monday that Ruritania will "
    "deliver two patrol vessels to Freedonia by June."
)
HOSTILE_SENTENCE = "Freedonia and Ruritania signed a maritime security agreement in Zelmar."


def _build(tmp_path: Path, files: dict[str, str | bytes], *extra: str) -> tuple[int, Path]:
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    for name, content in files.items():
        path = folder / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    out = tmp_path / "out"
    argv = ["build", str(folder), "--out", str(out), "--store", str(tmp_path / "s.duckdb")]
    return main([*argv, *extra]), out


def _articles(out: Path) -> pd.DataFrame:
    return pd.read_csv(out / "articles.csv", dtype=str, keep_default_na=False)


def _assert_good_written(out: Path) -> None:
    articles = _articles(out)
    good = articles[articles["path"].str.endswith("good.txt")]
    assert len(good) == 1
    commitments = pd.read_csv(out / "commitments.csv", dtype=str, keep_default_na=False)
    assert set(good["article_id"]) <= set(commitments["article_id"])


def _assert_offsets_point_into_text(out: Path) -> None:
    articles = _articles(out).set_index("article_id")
    mentions = pd.read_csv(out / "mentions.csv", dtype=str, keep_default_na=False)
    assert len(mentions)
    for row in mentions.itertuples():
        text = articles.at[row.article_id, "text"]
        assert text[int(row.start_char) : int(row.end_char)] == row.text


RUNS = {
    "open_brackets": "(" * 8000,
    "apostrophes": "'" * 16000,
    "underscores": "_" * 20000,
    "double_quotes": '"' * 10000,
    "asterisks": "*" * 8000,
    "emoji": "\U0001f600" * 6000,
    "angle_brackets": "<" * 10000,
    "hashes": "#" * 8000,
    "mixed_brackets": "()[]{}" * 3000,
    "spaces": " " * 200_000,
    "newlines": "\n" * 100_000,
    "tabs": "\t" * 50_000,
    "dashes_and_equals": ("-" * 5000 + "=" * 5000) * 3,
}


def _raw_article(text: str, path: str) -> Article:
    # Built directly, not read from a file: ingestion may tidy or refuse markup-heavy text,
    # and these cases are about what processing does with whatever text reaches it.
    return Article(path, "", "", "", path, "", text)


@pytest.mark.timeout(120)
@pytest.mark.parametrize("run", list(RUNS), ids=list(RUNS))
def test_a_pathological_run_is_collapsed_and_offsets_still_point_into_the_text(run):
    text = f"{HOSTILE_SENTENCE} {RUNS[run]} {HOSTILE_SENTENCE}"
    hostile = _raw_article(text, "hostile.txt")
    good = article_from_text(GOOD, path="good.txt")
    started = time.monotonic()
    result = build([good, hostile])
    assert time.monotonic() - started < 90
    assert not result.skipped
    assert set(result.corpus.articles["path"]) == {"good.txt", "hostile.txt"}
    mentions = result.corpus.mentions
    articles = result.corpus.articles
    texts = dict(zip(articles["article_id"], articles["text"], strict=True))
    assert texts["hostile.txt"] == text  # the stored text is the article's own
    for row in mentions.itertuples():
        assert texts[row.article_id][row.start_char : row.end_char] == row.text
    found = mentions[mentions["article_id"] == "hostile.txt"]
    # The sentence after the run is found too, at its place in the stored text.
    assert text.rfind("Freedonia") in set(found["start_char"])
    assert len(
        result.corpus.commitments[result.corpus.commitments["article_id"] == good.article_id]
    )


@pytest.mark.timeout(180)
def test_a_600_kb_markdown_file_finishes_within_its_budget(tmp_path, capsys):
    block = (
        "# Heading\n\n" + "=" * 2000 + "\n\n| a | b |\n|" + "-" * 3000 + "|\n"
        "**" * 500 + "\n\n```\n" + "}" * 4000 + "\n```\n\n"
        "[link](" + "(" * 2000 + ")\n\n" + "> " * 1000 + "\n\n"
    )
    text = HOSTILE_SENTENCE + "\n\n" + block * (600_000 // len(block) + 1)
    assert len(text) > 590_000
    started = time.monotonic()
    code, out = _build(tmp_path, {"notes.md": text}, "--time-budget", "20")
    assert code == EXIT_OK
    assert time.monotonic() - started < 100
    _assert_good_written(out)
    err = capsys.readouterr().err
    names = set(_articles(out)["path"])
    # Either processed or skipped by name with the budget as reason: never a hang.
    assert any(p.endswith("notes.md") for p in names) or "notes.md" in err


@pytest.mark.timeout(120)
def test_an_article_over_the_parsers_max_length_is_skipped_by_name_within_its_budget(
    tmp_path, capsys
):
    paragraph = "Ruritania will send two ships to Freedonia next year, the minister said. " * 20
    text = "Long report\n\n" + (paragraph + "\n\n") * (1_050_000 // (len(paragraph) + 2))
    assert len(text) > 1_000_000
    started = time.monotonic()
    code, out = _build(tmp_path, {"long.txt": text}, "--time-budget", "5")
    assert code == EXIT_OK
    assert time.monotonic() - started < 90
    err = capsys.readouterr().err
    assert "skipped" in err and "long.txt" in err and "over the time budget of 5 s" in err
    _assert_good_written(out)
    assert not any(p.endswith("long.txt") for p in _articles(out)["path"])


@pytest.mark.timeout(120)
def test_a_long_text_in_segments_gives_the_rows_of_the_whole_text(nlp):
    paragraph = "The defence minister of Ruritania said Ruritania will send two ships to Freedonia."
    text = "\n\n".join(f"{paragraph} Meeting {i} ended in Zelmar." for i in range(40))
    article = article_from_text(text, path="segmented.txt")
    whole = build([article]).corpus
    pieces = build([article], limits=Limits(segment_chars=600)).corpus
    assert len(whole.commitments) > 10
    columns = ["start_char", "end_char", "type", "actor"]
    assert pieces.commitments[columns].equals(whole.commitments[columns])
    assert pieces.mentions["start_char"].tolist() == whole.mentions["start_char"].tolist()


@pytest.mark.timeout(120)
def test_an_article_over_its_time_budget_is_skipped_and_the_rest_finish(tmp_path, capsys):
    slow = "\n\n".join(
        f"Ruritania pledged {i} million euros to Freedonia, the minister of Zelmar said."
        for i in range(1000)
    )
    code, out = _build(tmp_path, {"slow.txt": slow}, "--time-budget", "1")
    assert code == EXIT_OK
    err = capsys.readouterr().err
    assert "skipped" in err and "slow.txt" in err and "over the time budget of 1 s" in err
    _assert_good_written(out)


def _explode_on(marker: str, monkeypatch, action=None) -> None:
    real = analysis.build.commitments

    def exploding(doc, *args, **kwargs):
        if marker in doc.text:
            if action:
                action()
            raise RuntimeError(f"cannot read {marker}")
        return real(doc, *args, **kwargs)

    monkeypatch.setattr(analysis.build, "commitments", exploding)


@pytest.mark.timeout(120)
def test_an_extractor_failure_names_the_article_and_keeps_the_others(tmp_path, capsys, monkeypatch):
    _explode_on("KABOOM", monkeypatch)
    files = {f"other{i}.txt": f"Country{i} pledged aid to Freedonia." for i in range(3)}
    files["broken.txt"] = "Freedonia pledged KABOOM to Ruritania."
    code, out = _build(tmp_path, files)
    assert code == EXIT_OK
    err = capsys.readouterr().err
    assert "skipped" in err and "broken.txt" in err
    assert "processing failed (RuntimeError: cannot read KABOOM)" in err
    paths = set(_articles(out)["path"])
    assert {f"other{i}.txt" for i in range(3)} <= {Path(p).name for p in paths}
    _assert_good_written(out)


@pytest.mark.timeout(300)
def test_with_two_processes_a_failure_is_named_and_the_rest_written(tmp_path, capsys, monkeypatch):
    _explode_on("KABOOM", monkeypatch)  # forked workers inherit the patched extractor
    files = {f"n{i}.txt": f"Country{i} pledged aid to Freedonia." for i in range(40)}
    files["broken.txt"] = "Freedonia pledged KABOOM to Ruritania."
    files["runs.txt"] = f"{HOSTILE_SENTENCE} {'(' * 8000}"
    code, out = _build(tmp_path, files, "--processes", "2")
    assert code == EXIT_OK
    assert "broken.txt" in capsys.readouterr().err
    names = {Path(p).name for p in _articles(out)["path"]}
    assert {f"n{i}.txt" for i in range(40)} | {"good.txt", "runs.txt"} <= names
    assert "broken.txt" not in names


@pytest.mark.timeout(300)
def test_with_two_processes_a_killed_worker_costs_only_its_article(tmp_path, capsys, monkeypatch):
    _explode_on("SELFKILL", monkeypatch, action=lambda: os.kill(os.getpid(), signal.SIGKILL))
    files = {f"n{i}.txt": f"Country{i} pledged aid to Freedonia." for i in range(40)}
    files["killer.txt"] = "Freedonia pledged SELFKILL to Ruritania."
    code, out = _build(tmp_path, files, "--processes", "2")
    assert code == EXIT_OK
    err = capsys.readouterr().err
    assert "killer.txt" in err and "worker process" in err
    names = {Path(p).name for p in _articles(out)["path"]}
    assert {f"n{i}.txt" for i in range(40)} | {"good.txt"} <= names


@pytest.mark.timeout(120)
def test_a_rerun_after_a_skip_skips_the_same_article_again_and_keeps_the_good_one(
    tmp_path, capsys, monkeypatch
):
    _explode_on("KABOOM", monkeypatch)
    files = {"broken.txt": "Freedonia pledged KABOOM to Ruritania."}
    assert _build(tmp_path, files)[0] == EXIT_OK
    capsys.readouterr()
    code, out = _build(tmp_path, files)
    assert code == EXIT_OK
    assert "broken.txt" in capsys.readouterr().err
    _assert_good_written(out)


@pytest.mark.timeout(120)
def test_nothing_processable_exits_1_with_a_message(tmp_path, capsys, monkeypatch):
    _explode_on("Alma Veste", monkeypatch)
    code, _ = _build(tmp_path, {})
    assert code == EXIT_NOTHING_READ
    assert "no article could be processed" in capsys.readouterr().err


@pytest.mark.parametrize(
    "flag", [["--max-mb", "nan"], ["--max-mb", "-5"], ["--max-mb", "inf"], ["--max-mb", "0"]]
)
def test_a_bad_size_limit_is_a_usage_error(tmp_path, capsys, flag):
    code, out = _build(tmp_path, {}, *flag)
    assert code == EXIT_USAGE
    assert "not a size in MB" in capsys.readouterr().err
    assert not out.exists()


@pytest.mark.parametrize(
    "flag", [["--processes", "0"], ["--processes", "many"], ["--time-budget", "nan"]]
)
def test_bad_numbers_are_usage_errors(tmp_path, capsys, flag):
    code, _ = _build(tmp_path, {}, *flag)
    assert code == EXIT_USAGE
    assert "error" in capsys.readouterr().err


def test_an_out_path_that_is_a_file_exits_5_before_processing(tmp_path, capsys):
    blocker = tmp_path / "out"
    blocker.write_text("not a folder")
    code = main(["build", str(ROOT / "seeds"), "--out", str(blocker), "--store", ":memory:"])
    assert code == EXIT_OUTPUT
    assert f"cannot write to {blocker}" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("name", "content", "says"),
    [
        ("nested.toml", "a = " + "[" * 50_000 + "]" * 50_000, "nested too deeply"),
        ("huge.toml", "# " + "x" * (2 * 1024 * 1024), "over the limit"),
        ("binary.toml", b"\xff\xfe\x00\x01" * 100, "binary.toml"),
        ("table_of_tables.toml", "[" + "a." * 5000 + "b]\nlabel = 'x'\n", "table_of_tables"),
    ],
    ids=["deeply_nested", "huge", "binary", "deep_dotted_keys"],
)
def test_a_hostile_theme_file_exits_3_with_its_reason(tmp_path, capsys, name, content, says):
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content)
    code, _ = _build(tmp_path, {}, "--taxonomy", str(path))
    assert code == EXIT_TAXONOMY
    err = capsys.readouterr().err
    assert "taxonomy not used" in err and says in err
    assert "Traceback" not in err


def test_a_store_that_is_not_a_database_exits_4(tmp_path, capsys):
    store = tmp_path / "s.duckdb"
    store.write_bytes(b"this is not a database" * 100)
    code, _ = _build(tmp_path, {})
    assert code == EXIT_STORE
    assert "store" in capsys.readouterr().err


def test_a_store_held_by_another_build_exits_4_saying_so(tmp_path, capsys):
    store = tmp_path / "s.duckdb"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); "
            "c.execute('create table t(i int)'); print('ready', flush=True); time.sleep(60)",
            str(store),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "ready"
        code, _ = _build(tmp_path, {})
    finally:
        holder.kill()
        holder.wait()
    assert code == EXIT_STORE
    assert "being written by another process" in capsys.readouterr().err


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_formula_cells_are_neutralised_in_csv_and_parquet(tmp_path, fmt):
    record = (
        '{"title": "=HYPERLINK(\\"http://example.invalid\\")", "source": "@SUM(A1)", '
        '"text": "Ruritania pledged aid to Freedonia.", "url": "-2+3"}\n'
    )
    code, out = _build(tmp_path, {"f.jsonl": record}, "--format", fmt)
    assert code == EXIT_OK
    reader = pd.read_parquet if fmt == "parquet" else lambda p: pd.read_csv(p, dtype=str)
    articles = reader(out / f"articles.{fmt}")
    row = articles[articles["source"].fillna("").str.contains("SUM")].iloc[0]
    assert row["title"].startswith("'=HYPERLINK")
    assert row["source"] == "'@SUM(A1)"
    assert row["url"] == "'-2+3"
    assert not list(out.glob(".*"))  # no temporary file left behind
