"""What a commitment row says is committed: the content phrase."""

from __future__ import annotations

import pytest

from tests.test_commitments import extract


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the act verb in its base form, mended where the model misreads it ("hoped": "hop")
        (
            "Mara Lind said that she hoped the talks would resume soon.",
            "hope the talks would resume soon",
        ),
        (
            "Jon Hale is hoping that the envoys will meet again.",
            "hope that the envoys will meet again",
        ),
        (
            "Norland has promised two patrol boats to Vesland.",
            "promise two patrol boats to Vesland",
        ),
    ],
)
def test_content_verb_in_base_form(nlp, text: str, content: str) -> None:
    assert [row["content"] for row in extract(nlp, text)] == [content]
