"""Article fields shown inside Markdown elements, as the characters they are.

Titles, sources, URLs and sentences come from strangers. Streamlit renders captions,
info boxes and markdown as Markdown (links, images that the browser fetches, emphasis,
``:material/...:`` icons, ``$...$`` formulas); ``literal`` escapes every character that
could start such a construct, so the text shows exactly as written and loads nothing.
"""

from __future__ import annotations

import html
import re

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~>$:=\"'])")


def literal(text: object) -> str:
    """Return ``text`` escaped so Markdown shows it verbatim: no links, images, HTML or icons."""
    escaped = _MARKDOWN_SPECIAL.sub(r"\\\1", str(text))
    # "<" and "&" as entities: Markdown then shows them, never reads a tag.
    return html.escape(escaped, quote=False).replace("\n", "  \n")
