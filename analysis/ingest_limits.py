"""Limits on what one ingest call may read: file size, zip expansion, articles, characters.

Every limit has a default, may be set by an environment variable (for a shared server, set
once for every visitor), and may be given to `read_articles` / `read_upload` as an argument,
which wins over both. A limit refuses work with a reason in the ingest report; it never
raises and never loses what was read before it was reached.

| limit | argument | environment variable | default |
|---|---|---|---|
| bytes of one file or archive member | ``max_bytes`` | (``--max-mb`` of the CLI) | 20 MB |
| bytes a zip archive expands to, in all | ``max_zip_bytes`` | ``COMMITMENT_TRACKER_MAX_ZIP_MB`` | 100 MB |
| members of a zip archive | ``max_zip_members`` | ``COMMITMENT_TRACKER_MAX_ZIP_MEMBERS`` | 2,000 |
| articles per call (per upload) | ``max_articles`` | ``COMMITMENT_TRACKER_MAX_ARTICLES`` | 20,000 |
| characters of article text per call | ``max_chars`` | ``COMMITMENT_TRACKER_MAX_CHARS`` | 50,000,000 |
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass

MB = 1024 * 1024
DEFAULT_MAX_BYTES = 20 * MB
DEFAULT_MAX_ZIP_BYTES = 100 * MB
DEFAULT_MAX_ZIP_MEMBERS = 2000
DEFAULT_MAX_ARTICLES = 20_000
DEFAULT_MAX_CHARS = 50_000_000

ENV_MAX_ZIP_MB = "COMMITMENT_TRACKER_MAX_ZIP_MB"
ENV_MAX_ZIP_MEMBERS = "COMMITMENT_TRACKER_MAX_ZIP_MEMBERS"
ENV_MAX_ARTICLES = "COMMITMENT_TRACKER_MAX_ARTICLES"
ENV_MAX_CHARS = "COMMITMENT_TRACKER_MAX_CHARS"


@dataclass(frozen=True)
class IngestLimits:
    """The limits of one ingest call, and the problems met while reading their settings."""

    max_bytes: int = DEFAULT_MAX_BYTES
    max_zip_bytes: int = DEFAULT_MAX_ZIP_BYTES
    max_zip_members: int = DEFAULT_MAX_ZIP_MEMBERS
    max_articles: int = DEFAULT_MAX_ARTICLES
    max_chars: int = DEFAULT_MAX_CHARS
    # (setting, reason) for an environment variable that was ignored
    problems: tuple[tuple[str, str], ...] = ()


def ingest_limits(
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_zip_bytes: int | None = None,
    max_zip_members: int | None = None,
    max_articles: int | None = None,
    max_chars: int | None = None,
) -> IngestLimits:
    """Return the limits of a call: each argument given, else its environment variable.

    An environment variable that is not a positive number is ignored (its default applies)
    and noted in `problems`, which the ingest report shows as a skipped setting.
    """
    problems: list[tuple[str, str]] = []

    def setting(given: int | None, variable: str, default: int, scale: int = 1) -> int:
        if given is not None:
            return max(1, int(given))
        raw = os.environ.get(variable, "").strip()
        if not raw:
            return default
        try:
            value = float(raw)
        except ValueError:
            value = math.nan
        if not math.isfinite(value) or value <= 0:
            problems.append(
                (
                    variable,
                    f"ignored: {raw[:40]!r} is not a positive number; "
                    f"the default {default // scale:,} applies",
                )
            )
            return default
        return max(1, int(value * scale))

    return IngestLimits(
        max_bytes=max(1, int(max_bytes)),
        max_zip_bytes=setting(max_zip_bytes, ENV_MAX_ZIP_MB, DEFAULT_MAX_ZIP_BYTES, MB),
        max_zip_members=setting(max_zip_members, ENV_MAX_ZIP_MEMBERS, DEFAULT_MAX_ZIP_MEMBERS),
        max_articles=setting(max_articles, ENV_MAX_ARTICLES, DEFAULT_MAX_ARTICLES),
        max_chars=setting(max_chars, ENV_MAX_CHARS, DEFAULT_MAX_CHARS),
        problems=tuple(problems),
    )


@dataclass
class Budget:
    """What one call has read so far, against its article and character limits."""

    limits: IngestLimits
    articles: int = 0
    chars: int = 0
    reason: str = ""  # why reading stopped, once a limit is reached

    def admit(self, n_chars: int) -> bool:
        """Count one more article of `n_chars` characters; return False once over a limit."""
        if self.reason:
            return False
        if self.articles + 1 > self.limits.max_articles:
            self.reason = (
                f"article limit reached ({self.limits.max_articles:,} articles per upload)"
            )
            return False
        if self.chars + n_chars > self.limits.max_chars:
            self.reason = (
                f"character limit reached ({self.limits.max_chars:,} characters of text per upload)"
            )
            return False
        self.articles += 1
        self.chars += n_chars
        return True


__all__ = [
    "DEFAULT_MAX_ARTICLES",
    "DEFAULT_MAX_BYTES",
    "DEFAULT_MAX_CHARS",
    "DEFAULT_MAX_ZIP_BYTES",
    "DEFAULT_MAX_ZIP_MEMBERS",
    "ENV_MAX_ARTICLES",
    "ENV_MAX_CHARS",
    "ENV_MAX_ZIP_MB",
    "ENV_MAX_ZIP_MEMBERS",
    "Budget",
    "IngestLimits",
    "ingest_limits",
]
