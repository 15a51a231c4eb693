"""Text preparation, time budgets and processing slots (no model needed)."""

from __future__ import annotations

import threading
import time

import pytest

from analysis.budget import OverBudget, deadline
from analysis.display import literal
from analysis.limits import Limits, ProcessingSlots, ServerBusy, positive_number
from analysis.segments import prepare, segments


@pytest.mark.parametrize(
    "text",
    [
        "Zelmar " + "(" * 500 + " Ostland",
        "Zelmar" + "_" * 100 + "Ostland " + "!" * 40,
        "Zelmar\n" + " " * 300 + "\n\nOstland",
        "(" * 70 + "Zelmar" + "'" * 70 + "Ostland" + "\t" * 100,
    ],
)
def test_prepared_offsets_map_back_to_the_same_words(text):
    prepared = prepare(text)
    assert len(prepared.text) < len(text)
    for word in ("Zelmar", "Ostland"):
        start = prepared.text.index(word)
        end = start + len(word)
        assert text[prepared.original(start) : prepared.original_end(end)] == word


def test_text_without_long_runs_is_left_alone():
    text = "Ruritania said: 'no!!!' -- and (twice) left..."
    prepared = prepare(text)
    assert prepared.text == text and not prepared.changed
    assert prepared.original(10) == 10


def test_a_whitespace_run_keeps_its_line_break():
    prepared = prepare("Heading" + " " * 200 + "\n" + " " * 5 + "Body")
    assert "\n" in prepared.text


def test_segments_cut_at_paragraph_breaks_and_cover_the_text():
    text = "\n\n".join(f"Paragraph number {i} is here." for i in range(200))
    pieces = segments(text, segment_chars=500)
    assert "".join(text[s:e] for s, e in pieces) == text
    assert all(e - s <= 500 for s, e in pieces)
    assert all(text[s:e].endswith("\n\n") for s, e in pieces[:-1])


def test_a_text_without_spaces_is_cut_at_the_limit():
    pieces = segments("x" * 2500, segment_chars=1000)
    assert pieces == [(0, 1000), (1000, 2000), (2000, 2500)]


def test_a_deadline_stops_python_work_and_lets_quick_work_finish():
    with pytest.raises(OverBudget), deadline(0.2):
        while True:
            sum(range(1000))
    with deadline(5):
        total = sum(range(1000))
    assert total == 499500
    time.sleep(0.3)  # a cancelled timer never fires later


def test_the_budget_grows_with_length_unless_fixed():
    assert Limits().budget(200_000) == 60 + 40
    assert Limits(fixed_budget=3).budget(10**7) == 3
    assert Limits(fixed_budget=0).budget(10) is None


@pytest.mark.parametrize("text", ["nan", "-1", "inf", "abc"])
def test_non_numbers_and_negatives_are_refused_as_limits(text):
    with pytest.raises(ValueError):
        positive_number(text)


def test_a_second_job_waits_then_is_told_the_server_is_busy():
    slots = ProcessingSlots(1, wait_seconds=0.2)
    inside = threading.Event()
    release = threading.Event()

    def hold() -> None:
        with slots.slot():
            inside.set()
            release.wait(5)

    holder = threading.Thread(target=hold)
    holder.start()
    inside.wait(5)
    with pytest.raises(ServerBusy, match="busy processing other visitors"), slots.slot():
        pass
    release.set()
    holder.join()
    with slots.slot():  # free again
        pass


@pytest.mark.parametrize(
    ("field", "forbidden"),
    [
        ("![x](http://example.invalid/pixel.png)", "](http"),
        ("[click](javascript:alert(1))", "]("),
        ("<img src=x onerror=alert(1)>", "<img"),
        ("**bold** :material/home: $x^2$", "**"),
    ],
)
def test_article_fields_are_escaped_for_markdown(field, forbidden):
    shown = literal(field)
    assert forbidden not in shown
    assert shown.replace("\\", "").replace("&lt;", "<").replace("&gt;", ">") == field
