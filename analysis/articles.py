"""Article ingestion: files, folders, zip archives and uploads become `Article` records.

What is read
    `read_articles` takes files, folders and .zip archives; `read_upload` takes the bytes and
    name of one uploaded file. The format follows the extension (case-insensitive):

    - ``.txt`` and ``.md``: one article per file (see "Plain text and Markdown" below).
    - ``.html`` and ``.htm``: the main text, title, date, site name and URL found by
      trafilatura; navigation, footers and other boilerplate are left out, and each block of
      the main text (paragraph, heading, list item) is a paragraph. A page whose main text
      holds no sentence of four words or more is skipped ("no article text found in HTML");
      the language rules of "Markup" below apply to its main text too.
    - ``.json``: one object, a list of objects, or an object holding one list of objects (such
      as ``{"articles": [...]}``); ``.jsonl``: one object per line; ``.csv``: a header row,
      then one article per row (comma, semicolon or tab separated, whichever the header uses).
      Field names are matched case-insensitively: text/body/content, title/headline,
      date/published/published_at/publishedAt/datetime, source/publisher, url/link and id.
      A record without text, a malformed JSON line or an object that is not a record is
      skipped with a reason naming its line, item or row, and the file's other records are
      still read.
    - ``.zip``: each member is read by its own extension, as if the archive were a folder.
      Members with an absolute path or a ``..`` component ("unsafe path in zip"), archives
      inside the archive ("nested zip") and members over the size limit are skipped;
      directory entries are ignored. A member is never decompressed past the size limit,
      whatever size its header declares.

Markup (`analysis.text_clean`)
    The text and title of a JSON, JSON Lines or CSV record are cleaned of the markup a page's
    source leaves behind: HTML entities are decoded (again while entities remain, for sources
    escaped twice), comments and tags are removed (block tags such as <p> and <div> end a
    paragraph, <br> a line; the content of <script>, <style> and <ref> goes), and wiki markup
    is reduced to text: bold and italic marks, [[target|label]] to its label, file and
    category links, {{templates}} and {|tables|} dropped, [url label] to its label, and
    "== Heading ==" to a heading paragraph (reference sections such as "Sources" are dropped
    with their content). A .txt file (and pasted text) gets the entity and wiki cleaning but
    keeps HTML tags: in plain text "<b>" is written text, and the dashboard shows it as
    text. A .md file gets the entity and HTML cleaning only: its own syntax is Markdown. A text without any line break whose paragraphs are marked by runs of two or
    more spaces after a sentence end gets its paragraphs back (not inside a quotation, not
    before a lower-case letter, not after an abbreviation such as "Mr." or "U.S."). The
    stored `text` is the cleaned text: every offset of the tables points into it.

    A record or file whose text is mostly markup ("mostly markup (…)") or mostly another
    language or script than English ("mostly Portuguese, not English (…)") gives no article:
    it is skipped with that reason, so no actor is ever made from it. In a text that is mostly
    English, a paragraph long enough to judge that is mostly another language is left out of
    the text, and a report entry on the article's input says how many paragraphs were left
    out and in which language (the article itself is kept). The rules (tag names,
    reference sections, abbreviations, function words per language) are data in
    ``data/text_cleaning.toml``.

Folders
    Folders are walked recursively in sorted order. Hidden files and folders (names starting
    with ".") and project documentation named README.*, LICENSE.* or CHANGELOG.* are ignored
    silently, in folders and in archives alike: they are not articles. Any other file of an
    unsupported type is reported as skipped ("unsupported file type .pdf"), so a user learns
    that it was not read; so is an unsupported file or archive member named directly.

Where an article came from (`Article.path`)
    The file name for a file named directly; the path relative to the folder for a file found
    in a folder ("2026/jan.txt"); "archive.zip/member.txt" for an archive member; the upload's
    name for an upload. A record of a JSON, JSON Lines or CSV file is "file.jsonl#ID" when the
    record has an id field and otherwise "file.jsonl#N", N being its line (.jsonl), its
    position in the list counting from 1 (.json) or its row in the sheet counting the header
    as row 1 (.csv); a .json file holding a single object gives just the file name.
    `Skipped.path` is where the user can find the input: the path as given (joined with the
    folder or archive it was found in) or the upload's name.

Decoding and bad input
    Bytes are read by `analysis.normalize.decode_bytes`: UTF-8 (with or without a byte-order
    mark), UTF-16 with or without a byte-order mark, Western single-byte text as cp1252 or
    Latin-1 ("España" stays "España"), else charset-normalizer's best guess; when no encoding
    decodes the bytes cleanly the input is skipped as "undecodable text". NUL bytes (outside
    UTF-16) or a high share of control characters mark a "binary file"; nothing but
    whitespace is an "empty file". Every text, title and source is then normalised
    (`normalize_text`): soft hyphens, zero-width characters and bidirectional controls are
    removed, NFKC is applied, and a Cyrillic or Greek letter that imitates a Latin one inside
    an otherwise Latin word becomes that Latin letter. A file larger
    than ``max_bytes`` is skipped from its size on disk, without being read. Nothing raises for
    bad input: every problem becomes a `Skipped` entry, and a path that does not exist is
    skipped as "not found". Library code never prints.

Plain text and Markdown
    Line endings become "\\n", runs of spaces and tabs one space. A text may begin with a
    date on the same line as the body, ``date 2026-01-27 Defence Minister ...`` (the form of
    the bundled seeds), or with a first line such as ``date: 27 January 2026``; the date is
    removed from the text and becomes the article's date. Blank lines separate paragraphs,
    which are joined by "\\n\\n". Inside a block of lines without blank lines:

    - a block whose every line is short and capitalised (at most four words) is a list, one
      item per line;
    - the block is hard-wrapped prose when most of its line breaks fall mid-sentence (the
      line before does not end with ".", "?", "!" or ":") and either most lines after a
      break start with a lower-case letter or the lines before a break are of about the
      same width (the narrowest at least 80% of the widest, which is at most 100
      characters); its lines are joined with spaces;
    - otherwise each line is a paragraph (one paragraph per line, as scraped text often
      comes), except that a line ending with ",", ";" or a dash, or one that does not end a
      sentence and is followed by a line starting with a lower-case letter, runs on into the
      next line;
    - a heading always stays its own paragraph: a Markdown ``#`` heading (markers removed) or
      a setext heading, and in either format a short line (at most 12 words) that starts with
      a capital letter or digit, does not end with punctuation, starts the block or
      follows a sentence end, and is not followed by a line starting in lower case.

    Markdown emphasis, inline code and link syntax are reduced to their text; list and
    quotation markers are removed and each list item is its own paragraph; images and
    horizontal rules are dropped.

    The title is the first top-level Markdown heading ("# ..." or "===" underlined); else a
    first paragraph that is a heading (a Markdown heading of any level, or short and without
    final punctuation as above); else the first sentence of the text, cut at the first
    ".", "?" or "!" followed by a space (not after an initial or a common abbreviation) and
    shortened to about 200 characters at a word boundary.

Dates (`parse_date`)
    ISO dates and datetimes give the date as written ("2026-01-27T23:30:00-05:00" gives
    "2026-01-27": no time-zone conversion). News forms ("27 January 2026", "Jan 27, 2026",
    "Tuesday, 27 January 2026") are read with python-dateutil, only when the string holds a
    four-digit year, a month and a day: a string lacking any of them gives "" rather than a
    date with an invented part. Ambiguous numeric dates are read day first ("03/04/2025" is
    3 April 2025), the usual order in the British, European and Indian press; when the first
    number cannot be a month ("25/12/2025") or the year leads ("2025/03/04") the order is
    unambiguous.

Identity
    `article_id` is the first 16 hex digits of the SHA-256 of the article text, NFC-normalised,
    with whitespace runs collapsed to one space and stripped: the same text read from any file
    name or format has the same id, and an article met twice in one call is kept once (its
    first occurrence) and counted in `IngestReport.duplicates`.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import unicodedata
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date as Date
from datetime import datetime, timedelta
from pathlib import Path, PurePosixPath
from typing import Any

from dateutil import parser as date_parser

from analysis.ingest_limits import DEFAULT_MAX_BYTES, Budget, IngestLimits, ingest_limits
from analysis.normalize import decode_bytes, normalize_text
from analysis.text_clean import (
    clean_inline,
    clean_text,
    decode_entities,
    english_only,
    restore_paragraphs,
    strip_markup,
)

TEXT_SUFFIXES = frozenset({".txt", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
RECORD_SUFFIXES = frozenset({".json", ".jsonl", ".csv"})
ZIP_SUFFIX = ".zip"
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | RECORD_SUFFIXES | {ZIP_SUFFIX}

# Documentation that ships next to articles (the bundled seeds/ folder has a README.md).
_DOC_STEMS = frozenset({"readme", "license", "licence", "changelog"})

# Record field names, lower case, in order of preference.
TEXT_FIELDS = ("text", "body", "content", "article", "full_text", "maintext")
TITLE_FIELDS = ("title", "headline")
DATE_FIELDS = (
    "date",
    "published",
    "published_at",
    "publishedat",
    "date_published",
    "datetime",
    "pubdate",
)
SOURCE_FIELDS = ("source", "publisher", "site_name", "sitename")
URL_FIELDS = ("url", "link")
ID_FIELDS = ("id",)

TITLE_MAX_CHARS = 200
DATE_MAX_CHARS = 120  # longer values are prose, not dates: dateutil is not asked to read them
WRAP_MAX_CHARS = 100  # hard-wrapped text is wrapped at this width or less
EVEN_WIDTH_SHARE = 0.8  # wrapped lines before a break are at least this share of the widest
SHORT_LINE_SHARE = 0.6  # a heading in wrapped text is shorter than this share of the longest line
PROSE_MIN_WORDS = 4  # an HTML page's main text needs one sentence at least this long
HEADING_MAX_WORDS = 12


@dataclass(frozen=True)
class Article:
    """One article: its text and what is known about where it came from."""

    article_id: str  # hash of the normalised text (see "Identity" above)
    title: str
    date: str  # ISO YYYY-MM-DD, or "" when unknown
    source: str  # publisher or site name, "" when unknown
    path: str  # where the article came from (see above)
    url: str
    text: str  # paragraphs joined by "\n\n"; every table's offsets point into this string

    @property
    def n_words(self) -> int:
        """Return the number of whitespace-separated words of the text."""
        return len(self.text.split())


@dataclass(frozen=True)
class Skipped:
    """An input that gave no article, and why."""

    path: str
    reason: str


@dataclass
class IngestReport:
    """The articles read from a set of inputs, the inputs skipped and the repeats dropped."""

    articles: list[Article] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    duplicates: int = 0
    files: int = 0  # files and archive members examined

    def summary(self) -> str:
        """Return one line such as "read 31 articles from 33 files; skipped 2; 1 duplicate"."""
        return (
            f"read {_plural(len(self.articles), 'article')} from {_plural(self.files, 'file')}; "
            f"skipped {len(self.skipped)}; {_plural(self.duplicates, 'duplicate')}"
        )

    def merge(self, other: IngestReport) -> IngestReport:
        """Return a new report holding both reports' articles, de-duplicated across them."""
        articles, dropped = _unique(self.articles + other.articles)
        return IngestReport(
            articles=articles,
            skipped=self.skipped + other.skipped,
            duplicates=self.duplicates + other.duplicates + dropped,
            files=self.files + other.files,
        )


# --------------------------------------------------------------------------- public API


def article_from_text(
    text: str,
    *,
    path: str = "",
    title: str = "",
    date: str = "",
    source: str = "",
    url: str = "",
) -> Article:
    """Return the article of a plain text, normalised as a .txt file would be.

    Wiki markup and entities are cleaned as in a .txt file (see "Markup" above; HTML tags
    are written text there and stay); the language rules, which can
    only be reported through an ingest report, are not applied. A leading date ("date
    2026-01-27 ..." or a "Date: ..." first line) is removed from the text; it becomes the
    date unless `date` is given. `date` is normalised with `parse_date`. A missing title is
    derived from the text.
    """
    text = strip_markup(restore_paragraphs(decode_entities(text)), html=False)
    title = clean_inline(title)
    return _compose(text, markdown=False, path=path, title=title, date=date, source=source, url=url)


def read_articles(
    inputs: Iterable[str | os.PathLike[str]] | str | os.PathLike[str],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_zip_bytes: int | None = None,
    max_zip_members: int | None = None,
    max_articles: int | None = None,
    max_chars: int | None = None,
) -> IngestReport:
    """Return the articles of files, folders and zip archives, with what was skipped and why.

    The limits (see `analysis.ingest_limits`; None takes the environment variable or the
    default) stop reading with a reason in the report, keeping what was read before.
    """
    if isinstance(inputs, str | os.PathLike):
        inputs = [inputs]  # one path given on its own, not a list of one-letter paths
    limits = ingest_limits(
        max_bytes=max_bytes,
        max_zip_bytes=max_zip_bytes,
        max_zip_members=max_zip_members,
        max_articles=max_articles,
        max_chars=max_chars,
    )
    found: list[Article] = []
    skipped = _setting_problems(limits)
    budget = Budget(limits)
    files = 0
    for item in _walk_inputs(inputs):
        if isinstance(item, Skipped):
            skipped.append(item)
            continue
        location, name = item
        if budget.reason:
            skipped.append(Skipped(str(location), f"not read: {budget.reason}"))
            continue
        files += 1
        results = _read_path(location, name, limits=limits)
        _collect(_guarded(results, str(location)), str(location), budget, found, skipped)
    return _report(found, skipped, files)


def read_upload(
    data: bytes,
    name: str,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_zip_bytes: int | None = None,
    max_zip_members: int | None = None,
    max_articles: int | None = None,
    max_chars: int | None = None,
) -> IngestReport:
    """Return the articles of one uploaded file (any supported type, a zip archive included).

    The limits are those of `read_articles`, counted for this upload alone.
    """
    limits = ingest_limits(
        max_bytes=max_bytes,
        max_zip_bytes=max_zip_bytes,
        max_zip_members=max_zip_members,
        max_articles=max_articles,
        max_chars=max_chars,
    )
    found: list[Article] = []
    skipped = _setting_problems(limits)
    if len(data) > limits.max_bytes:
        skipped.append(Skipped(name, _size_reason(len(data), limits.max_bytes)))
    else:
        results = _read_named_bytes(data, name, name, limits=limits)
        _collect(_guarded(results, name), name, Budget(limits), found, skipped)
    return _report(found, skipped, 1)


def _setting_problems(limits: IngestLimits) -> list[Skipped]:
    """Return the ignored limit settings as report entries named after their variable."""
    return [Skipped(variable, reason) for variable, reason in limits.problems]


def _collect(
    results: Iterator[Result],
    shown: str,
    budget: Budget,
    found: list[Article],
    skipped: list[Skipped],
) -> None:
    """Sort one input's results into articles and skips until a limit of the call is reached.

    Reading stops at the limit: the input's remaining records are not parsed at all.
    """
    for result in results:
        if isinstance(result, Skipped):
            skipped.append(result)
        elif budget.admit(len(result.text)):
            found.append(result)
        else:
            where = result.path or shown
            skipped.append(
                Skipped(shown, f"{budget.reason}: {where} and the rest of this input not read")
            )
            return


def parse_date(value: str) -> str:
    """Return the ISO date (YYYY-MM-DD) written in `value`, or "" when it holds no full date."""
    value = str(value or "").strip()
    if not value:
        return ""
    iso = _ISO_DATE.match(value)
    if iso:
        return _iso(int(iso["year"]), int(iso["month"]), int(iso["day"]))
    if not _YEAR.search(value) or len(value) > DATE_MAX_CHARS:
        return ""
    return _dateutil_date(value, fuzzy=False) or _dateutil_date(value, fuzzy=True)


# --------------------------------------------------------------------------- dates

_ISO_DATE = re.compile(r"(?P<year>\d{4})[-/.](?P<month>\d{1,2})[-/.](?P<day>\d{1,2})(?!\d)")
_YEAR = re.compile(r"(?<!\d)(?:1[89]|2[01])\d\d(?!\d)")
# Two defaults differing in every part: a part that changes with the default was not written.
_DEFAULTS = (datetime(2000, 1, 1), datetime(2004, 12, 28))


def _iso(year: int, month: int, day: int) -> str:
    """Return the ISO form of a calendar date, or "" when no such day exists."""
    try:
        return Date(year, month, day).isoformat()
    except ValueError:
        return ""


def _dateutil_date(value: str, *, fuzzy: bool) -> str:
    """Return the date dateutil reads in `value` when year, month and day are all written."""
    results = []
    for default in _DEFAULTS:
        try:
            # ignoretz: only the calendar date is kept, and unknown zones ("IST") would warn.
            parsed = date_parser.parse(
                value, default=default, dayfirst=True, fuzzy=fuzzy, ignoretz=True
            )
        except (ValueError, OverflowError):
            return ""
        results.append(parsed.date())
    first, second = results
    return first.isoformat() if first == second else ""


# --------------------------------------------------------------------------- walking inputs


def _walk_inputs(
    inputs: Iterable[str | os.PathLike[str]],
) -> Iterator[tuple[Path, str] | Skipped]:
    """Yield (file, article path) for every file to read, or a Skipped for a missing input."""
    for raw in inputs:
        location = Path(raw)
        if location.is_dir():
            yield from _walk_folder(location, location, set())
        elif location.is_file():
            yield location, location.name
        else:
            yield Skipped(str(raw), "not found")


def _walk_folder(
    root: Path, folder: Path, visited: set[Path]
) -> Iterator[tuple[Path, str] | Skipped]:
    """Yield the files under `folder`, sorted, leaving out hidden and documentation files."""
    real = folder.resolve()
    if real in visited:  # a symbolic link back up the tree would loop for ever
        return
    visited.add(real)
    try:
        entries = sorted(folder.iterdir(), key=lambda entry: entry.name)
    except OSError as err:
        yield Skipped(str(folder), f"cannot read folder: {err.strerror or err}")
        return
    for entry in entries:
        if _ignored(entry.name):
            continue
        if entry.is_dir():
            yield from _walk_folder(root, entry, visited)
        elif entry.is_file():
            yield entry, entry.relative_to(root).as_posix()


def _ignored(name: str) -> bool:
    """Return whether a folder or archive entry is hidden or project documentation."""
    if name.startswith(".") or name == "__MACOSX":
        return True
    return name.split(".", 1)[0].lower() in _DOC_STEMS and "." in name


# --------------------------------------------------------------------------- reading one input

# What a reader yields: an article, or an input (or record) that gave none.
Result = Article | Skipped


def _read_path(location: Path, name: str, *, limits: IngestLimits) -> Iterator[Result]:
    """Yield the articles of one file on disk, checking its type and size before reading."""
    shown = str(location)
    suffix = location.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        yield Skipped(shown, _type_reason(suffix))
        return
    try:
        size = location.stat().st_size
        if size > limits.max_bytes:
            yield Skipped(shown, _size_reason(size, limits.max_bytes))
            return
        if suffix == ZIP_SUFFIX:
            # Opened from disk so that only the members are read, one at a time.
            with zipfile.ZipFile(location) as archive:
                yield from _read_zip(archive, name, shown, limits=limits)
            return
        data = location.read_bytes()
    except (zipfile.BadZipFile, EOFError, ValueError) as err:
        yield Skipped(shown, f"corrupt zip archive: {err}")
        return
    except OSError as err:
        yield Skipped(shown, f"cannot read file: {err.strerror or err}")
        return
    yield from _read_named_bytes(data, name, shown, limits=limits)


def _read_named_bytes(
    data: bytes, name: str, shown: str, *, limits: IngestLimits
) -> Iterator[Result]:
    """Yield the articles of the bytes of a file called `name` (`shown` names it to the user)."""
    suffix = PurePosixPath(name).suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        yield Skipped(shown, _type_reason(suffix))
        return
    if suffix == ZIP_SUFFIX:
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                yield from _read_zip(archive, name, shown, limits=limits)
        except (zipfile.BadZipFile, EOFError, ValueError) as err:
            yield Skipped(shown, f"corrupt zip archive: {err}")
        return
    text, problem = decode_bytes(data)
    if problem:
        yield Skipped(shown, problem)
        return
    reader = _READERS[suffix]
    yield from reader(text, name, shown)


def _read_zip(
    archive: zipfile.ZipFile, name: str, shown: str, *, limits: IngestLimits
) -> Iterator[Result]:
    """Yield the articles of an archive's members, skipping unsafe, nested and oversized ones.

    An archive with more members than the limit, or whose article members declare more bytes
    in all than the expansion limit, is refused whole before any member is read (zipfile
    reads no member past its declared size). An archive without members, or with only
    hidden and documentation files, is reported.
    """
    members = [info for info in archive.infolist() if not info.is_dir()]
    if not members:
        yield Skipped(shown, "empty zip archive: no files in it")
        return
    if len(members) > limits.max_zip_members:
        yield Skipped(
            shown,
            f"too many files in zip archive ({len(members):,} > the limit of "
            f"{limits.max_zip_members:,}); none read",
        )
        return
    declared = sum(
        info.file_size
        for info in members
        if _article_member(info.filename.replace("\\", "/")) and info.file_size <= limits.max_bytes
    )
    if declared > limits.max_zip_bytes:
        yield Skipped(
            shown,
            f"zip archive would expand to {_size(declared)}, over the limit of "
            f"{_size(limits.max_zip_bytes)}; none read",
        )
        return
    remaining = limits.max_zip_bytes
    considered = 0
    for info in sorted(members, key=lambda member: member.filename):
        member = info.filename.replace("\\", "/")
        member_shown = f"{shown}/{member}"
        parts = PurePosixPath(member).parts
        if _unsafe_member(member):
            considered += 1
            yield Skipped(member_shown, "unsafe path in zip")
            continue
        if any(_ignored(part) for part in parts):
            continue
        considered += 1
        suffix = PurePosixPath(member).suffix.lower()
        if suffix == ZIP_SUFFIX:
            yield Skipped(member_shown, "nested zip")
            continue
        if suffix not in SUPPORTED_SUFFIXES:
            yield Skipped(member_shown, _type_reason(suffix))
            continue
        if info.file_size > limits.max_bytes:
            yield Skipped(member_shown, _size_reason(info.file_size, limits.max_bytes))
            continue
        # zipfile never returns more than a member's declared size (a member that holds more
        # fails its CRC check), and the declared sizes were checked against the limit above;
        # the reads are capped by what is left of it all the same.
        cap = min(limits.max_bytes, remaining)
        data, problem = _read_member(archive, info, max_bytes=cap)
        if problem == _OVER_LIMIT:
            problem = f"over the size limit (more than {_size(cap)})"
        if problem:
            yield Skipped(member_shown, problem)
            continue
        remaining -= len(data)
        yield from _read_named_bytes(data, f"{name}/{member}", member_shown, limits=limits)
    if not considered:
        yield Skipped(
            shown, "zip archive holds no article files (only hidden or documentation files)"
        )


def _article_member(member: str) -> bool:
    """Return whether an archive member will be read as articles (by its path alone)."""
    path = PurePosixPath(member)
    return (
        path.suffix.lower() in SUPPORTED_SUFFIXES - {ZIP_SUFFIX}
        and not _unsafe_member(member)
        and not any(_ignored(part) for part in path.parts)
    )


def _unsafe_member(member: str) -> bool:
    """Return whether an archive member's path could point outside the archive's folder."""
    absolute = member.startswith("/") or re.match(r"[A-Za-z]:", member) is not None
    return absolute or ".." in PurePosixPath(member).parts


def _read_member(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, *, max_bytes: int
) -> tuple[bytes, str]:
    """Return a member's bytes and "" or no bytes and why they could not be read.

    At most `max_bytes` + 1 bytes are decompressed, so a member whose header understates its
    size (a zip bomb) is caught without filling memory.
    """
    if info.flag_bits & 0x1:
        return b"", "encrypted zip member"
    try:
        with archive.open(info) as stream:
            data = stream.read(max_bytes + 1)
    except (zipfile.BadZipFile, NotImplementedError, RuntimeError, zlib.error, EOFError) as err:
        return b"", f"corrupt zip member: {err}"
    except OSError as err:
        return b"", f"cannot read zip member: {err}"
    if len(data) > max_bytes:
        return b"", _OVER_LIMIT
    return data, ""


_OVER_LIMIT = "over the size limit"


def _type_reason(suffix: str) -> str:
    """Return the reason for skipping a file of an unsupported type."""
    return f"unsupported file type {suffix}" if suffix else "unsupported file type (no extension)"


def _size_reason(size: int, max_bytes: int) -> str:
    """Return the reason for skipping a file of `size` bytes over the limit."""
    return f"over the size limit ({_size(size)} > {_size(max_bytes)})"


def _size(n_bytes: int) -> str:
    """Return a byte count for people: "512 bytes", "3.5 KB", "23.1 MB"."""
    if n_bytes < 1024:
        return f"{n_bytes} bytes"
    for unit, scale in (("MB", 1024 * 1024), ("KB", 1024)):
        if n_bytes >= scale:
            return f"{n_bytes / scale:.1f}".removesuffix(".0") + f" {unit}"
    return f"{n_bytes} bytes"


# --------------------------------------------------------------------------- plain text


def _read_text(text: str, name: str, shown: str) -> Iterator[Result]:
    """Yield the article of a .txt or .md file (markup cleaned, see "Markup" above)."""
    markdown = PurePosixPath(name).suffix.lower() == ".md"
    # A .txt file is plain text: "<b>" in it is written text, shown as such. Its wiki markup
    # and entities (a wiki export saved as text) are cleaned; Markdown may embed HTML.
    cleaned = clean_text(text, wiki=not markdown, html=markdown)
    if cleaned.problem:
        yield Skipped(shown, cleaned.problem)
        return
    article = _compose_or_skip(cleaned.text, shown, markdown=markdown, path=name)
    yield article
    if cleaned.left_out and isinstance(article, Article):
        yield Skipped(shown, cleaned.left_out)


def _compose_or_skip(text: str, shown: str, *, where: str = "", **fields: Any) -> Result:
    """Return the article of a text, or a Skipped when nothing of it is left after cleaning.

    `where` names the record in the reason ("line 4: "), "" for a whole file.
    """
    article = _compose(text, **fields)
    return article if article.text else Skipped(shown, f"{where}no article text")


def _compose(
    text: str,
    *,
    markdown: bool,
    path: str,
    title: str = "",
    date: str = "",
    source: str = "",
    url: str = "",
) -> Article:
    """Return the article of a plain or Markdown text and the metadata already known."""
    text = normalize_text(text.replace("\r\n", "\n").replace("\r", "\n"))
    body, written_date = _split_date(text)
    paragraphs = _paragraphs(body, markdown=markdown)
    clean = "\n\n".join(paragraph.text for paragraph in paragraphs)
    return Article(
        article_id=article_id(clean),
        title=normalize_text(_one_line(title)) or _title(paragraphs),
        date=parse_date(date) or written_date,
        source=normalize_text(_one_line(source)),
        path=path,
        url=url.strip(),
        text=clean,
    )


def article_id(text: str) -> str:
    """Return the stable id of a text: a hash of its NFC form with whitespace collapsed."""
    normal = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()[:16]


_SEED_DATE = re.compile(r"\s*date\s*:?[ \t]*(\d{4}-\d{1,2}-\d{1,2})(?:[ \t]+|[ \t]*\n|$)", re.I)
_DATE_LINE = re.compile(r"\s*date\s*:[ \t]*([^\n]+?)[ \t]*(?:\n|$)", re.I)
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# A news dateline: the text opens with a written date ("April 8, 2005", "8 April 2005").
_DATELINE = re.compile(
    rf"\s*((?:{_MONTH}[ \t]+\d{{1,2}}(?:st|nd|rd|th)?[ \t]*,?[ \t]*|"
    rf"\d{{1,2}}(?:st|nd|rd|th)?[ \t]+{_MONTH}[ \t]*,?[ \t]*)\d{{4}})(?![\w-])"
)


def _split_date(text: str) -> tuple[str, str]:
    """Return the text without a leading date, and that date ("" when there is none).

    A "date:" line is taken out of the text; a news dateline ("April 8, 2005") gives the
    date but stays in the text, where the writer put it.
    """
    for pattern in (_SEED_DATE, _DATE_LINE):
        match = pattern.match(text)
        if match:
            found = parse_date(match[1])
            if found:
                return text[match.end() :], found
    dateline = _DATELINE.match(text)
    if dateline:
        return text, parse_date(dateline[1])
    return text, ""


@dataclass(frozen=True)
class _Paragraph:
    text: str
    heading: bool = False
    level: int = 0  # Markdown heading level (1 for "#"), 0 for other paragraphs


@dataclass(frozen=True)
class _Line:
    text: str
    heading: bool = False  # a Markdown heading: its own paragraph whatever its shape
    level: int = 0
    item: bool = False  # a list item: starts a paragraph


_SPACES = re.compile(r"[^\S\n]+")
_SENTENCE_END = re.compile(r"""[.!?…]["'”’)\]]*$""")
# A line ending so is not broken mid-sentence: a colon ends a lead-in ("He said:").
_LINE_END = re.compile(r"""[.!?…:]["'”’)\]]*$""")
_RUNS_ON = re.compile(r"[,;\-–—]$")
_PUNCT_END = re.compile(r"""[.!?…:;,\-–—]["'”’)\]]*$""")

_MD_HEADING = re.compile(r"#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")
_MD_RULE = re.compile(r"(?:[-*_][ \t]*){3,}$")
_MD_SETEXT = re.compile(r"(?:=+|-+)[ \t]*$")
_MD_ITEM = re.compile(r"(?:[-*+]|\d{1,3}[.)])[ \t]+")
_MD_QUOTE = re.compile(r"(?:>[ \t]?)+")
# Bounded and without nested brackets, so a line of unmatched "[" cannot take quadratic time.
_MD_IMAGE = re.compile(r"!\[[^\[\]\n]{0,500}\]\([^()\n]{0,2000}\)")
_MD_LINK = re.compile(r"\[([^\[\]\n]{1,500})\]\([^()\n]{0,2000}\)")
# Emphasis spans are bounded in length so that unmatched markers cannot take quadratic time;
# "_" inside a word (snake_case) is not emphasis.
_MD_CODE = re.compile(r"`([^`\n]{1,500})`")
_MD_STRONG = re.compile(r"(\*\*|__)(?=\S)(.{1,500}?)(?<=\S)\1")
_MD_EM = re.compile(r"(?<![\w*])(\*|_)(?=\S)(.{1,500}?)(?<=\S)\1(?![\w*])")


def _paragraphs(text: str, *, markdown: bool) -> list[_Paragraph]:
    """Return the paragraphs of a text (rules in the module docstring)."""
    text = _SPACES.sub(" ", text)
    paragraphs: list[_Paragraph] = []
    for block in re.split(r"\n\s*\n", text):
        lines = _markdown_lines(block) if markdown else _plain_lines(block)
        paragraphs.extend(_join_lines(lines))
    return paragraphs


def _plain_lines(block: str) -> list[_Line]:
    """Return the non-empty lines of a plain-text block."""
    return [_Line(line.strip()) for line in block.split("\n") if line.strip()]


def _markdown_lines(block: str) -> list[_Line]:
    """Return the lines of a Markdown block with markup reduced to text."""
    raw = [line.strip() for line in block.split("\n") if line.strip()]
    lines: list[_Line] = []
    for index, line in enumerate(raw):
        following = raw[index + 1] if index + 1 < len(raw) else ""
        if _MD_SETEXT.fullmatch(line) and lines and lines[-1].heading:
            continue  # the underline of the setext heading just emitted
        if _MD_RULE.fullmatch(line):
            continue
        heading = _MD_HEADING.fullmatch(line)
        if heading:
            level = len(line) - len(line.lstrip("#"))
            lines.append(_Line(_inline_markdown(heading[1]), heading=True, level=level))
            continue
        quote = _MD_QUOTE.match(line)
        if quote:
            line = line[quote.end() :]
        item = _MD_ITEM.match(line)
        if item:
            line = line[item.end() :]
        text = _inline_markdown(line)
        if text:
            setext = bool(following and _MD_SETEXT.fullmatch(following)) and not item
            level = (1 if following.startswith("=") else 2) if setext else 0
            lines.append(_Line(text, heading=setext, level=level, item=bool(item)))
    return lines


def _inline_markdown(text: str) -> str:
    """Return text with images dropped and links, emphasis and code reduced to their words."""
    text = _MD_IMAGE.sub("", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_CODE.sub(r"\1", text)
    text = _MD_STRONG.sub(r"\2", text)  # strong first: "***word***" is strong around em
    text = _MD_EM.sub(r"\2", text)
    return " ".join(text.split())  # a dropped image leaves two spaces


def _join_lines(lines: list[_Line]) -> list[_Paragraph]:
    """Return the paragraphs of one blank-line-free block of lines."""
    if not lines:
        return []
    wrapped = _hard_wrapped(lines)
    longest = max(len(line.text) for line in lines)
    paragraphs: list[_Paragraph] = []
    current: list[str] = []
    after_sentence = True  # the block's start counts as a sentence boundary
    for index, line in enumerate(lines):
        following = lines[index + 1].text if index + 1 < len(lines) else ""
        heading = line.heading or (
            after_sentence
            and _heading_like(line.text)
            and not following[:1].islower()  # a sentence goes on below, not a heading
            and (not wrapped or len(line.text) < SHORT_LINE_SHARE * longest)
        )
        joins = (
            bool(current)
            and not heading
            and not line.item
            and (wrapped or _continues(lines[index - 1].text, line.text))
        )
        if current and not joins:
            paragraphs.append(_Paragraph(" ".join(current)))
            current = []
        if heading:
            paragraphs.append(_Paragraph(line.text, heading=True, level=line.level))
        else:
            current.append(line.text)
        after_sentence = heading or bool(_SENTENCE_END.search(line.text))
    if current:
        paragraphs.append(_Paragraph(" ".join(current)))
    return paragraphs


# The most words of a capitalised line that, with all the others of its block as short,
# makes the block a list of names or items rather than wrapped prose.
LIST_ITEM_WORDS = 4


def _hard_wrapped(lines: list[_Line]) -> bool:
    """Return whether a block is prose broken into lines at a fixed width.

    Most line breaks must fall mid-sentence, and either most lines after a break start with a
    lower-case letter or the lines before a break (headings aside) have about the same width
    of at most WRAP_MAX_CHARS: a list of headlines breaks mid-sentence too, but its lines
    start with capitals and differ in length.
    """
    breaks = lines[:-1]
    if all(len(line.text.split()) <= LIST_ITEM_WORDS and line.text[:1].isupper() for line in lines):
        return False  # "Laura Pausini / Vasco Rossi / Zucchero": a list, one item per line
    mid_sentence = [line for line in breaks if not _LINE_END.search(line.text)]
    if not breaks or len(mid_sentence) * 2 <= len(breaks):
        return False
    lower_starts = sum(1 for line in lines[1:] if line.text[:1].islower())
    if lower_starts * 2 > len(breaks):
        return True
    longest = max(len(line.text) for line in lines)
    widths = [
        len(line.text)
        for line in breaks
        if not (_heading_like(line.text) and len(line.text) < SHORT_LINE_SHARE * longest)
    ]
    return (
        len(widths) > 1  # one line's width is no evidence of a fixed width
        and max(widths) <= WRAP_MAX_CHARS
        and min(widths) >= EVEN_WIDTH_SHARE * max(widths)
    )


def _continues(line: str, following: str) -> bool:
    """Return whether a line runs on into the next one (outside hard-wrapped prose)."""
    if _RUNS_ON.search(line):
        return True
    return not _LINE_END.search(line) and following[:1].islower()


def _heading_like(text: str) -> bool:
    """Return whether a line reads as a heading: short, capitalised, no final punctuation."""
    words = text.split()
    return (
        0 < len(words) <= HEADING_MAX_WORDS
        and (text[0].isupper() or text[0].isdigit())
        and not _PUNCT_END.search(text)
    )


# Abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    ("mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "adm", "sgt", "cmdr")
    + ("brig", "st", "no", "vs", "etc", "rev", "hon", "sen", "rep", "gov", "inc", "ltd", "co")
    + ("corp", "jr", "sr", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept")
    + ("oct", "nov", "dec")
)
_SENTENCE_BREAK = re.compile(r"""[.!?…]["'”’)\]]*\s+""")


def _title(paragraphs: list[_Paragraph]) -> str:
    """Return the title of a text: a top Markdown heading, a heading start or first sentence."""
    if not paragraphs:
        return ""
    for paragraph in paragraphs:
        if paragraph.level == 1:
            return _shorten(paragraph.text)
    first = paragraphs[0]
    return _shorten(first.text if first.heading else _first_sentence(first.text))


def _first_sentence(text: str) -> str:
    """Return the first sentence of a paragraph (the whole paragraph if it has one sentence)."""
    for match in _SENTENCE_BREAK.finditer(text):
        before = text[max(0, match.start() - 40) : match.start()].split()
        last = before[-1].lower().rstrip(".") if before else ""
        # "U.S." and "J." are initials; "Gen." and "Jan." are abbreviations.
        if len(last.replace(".", "")) <= 1 or last in _ABBREVIATIONS or "." in last:
            continue
        return text[: match.end()].strip()
    return text.strip()


def _shorten(text: str) -> str:
    """Return text cut to about TITLE_MAX_CHARS characters at a word boundary."""
    text = _one_line(text)
    if len(text) <= TITLE_MAX_CHARS:
        return text
    cut = text[:TITLE_MAX_CHARS].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:") + "…"


def _one_line(value: Any) -> str:
    """Return a metadata value as one stripped line of text."""
    return " ".join(str(value or "").split())


# --------------------------------------------------------------------------- HTML


def _read_html(text: str, name: str, shown: str) -> Iterator[Result]:
    """Yield the article of an HTML page: its main text and metadata, found by trafilatura."""
    document = _extract_html(text)
    lines = [] if document is None else (document.text or "").split("\n")
    paragraphs = [_SPACES.sub(" ", line).strip() for line in lines]
    body = "\n\n".join(paragraph for paragraph in paragraphs if paragraph)
    # On a page without an article trafilatura's fallbacks return menu entries ("Home",
    # "About us"): text without a single sentence is not an article.
    if not any(_is_sentence(paragraph) for paragraph in paragraphs):
        yield Skipped(shown, "no article text found in HTML")
        return
    checked = english_only(body)
    if checked.problem:
        yield Skipped(shown, checked.problem)
        return
    yield _compose(
        checked.text,
        markdown=False,
        path=name,
        title=document.title or "",
        date=document.date or "",
        source=document.sitename or document.hostname or "",
        url=document.url or "",
    )
    if checked.left_out:
        yield Skipped(shown, checked.left_out)


def _is_sentence(text: str) -> bool:
    """Return whether a paragraph reads as prose: several words and a sentence end."""
    return len(text.split()) >= PROSE_MIN_WORDS and bool(_SENTENCE_END.search(text))


def _extract_html(text: str) -> Any:
    """Return trafilatura's document for a page, or None when it finds nothing."""
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    # The date must come from the page's metadata, its URL or its time elements: the
    # extensive search would take any date mentioned in the body as the publication date.
    date_params = {
        "original_date": True,
        "extensive_search": False,
        "max_date": (Date.today() + timedelta(days=366)).isoformat(),
    }
    try:
        return trafilatura.bare_extraction(
            text,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            date_extraction_params=date_params,
        )
    except Exception:  # trafilatura and lxml raise many types on broken markup
        return None


# --------------------------------------------------------------------------- records


@dataclass(frozen=True)
class _Record:
    label: str  # "line 4", "item 2", "row 7": names the record in a reason
    number: str  # the same number, for the article path
    fields: Any


def _read_json(text: str, name: str, shown: str) -> Iterator[Result]:
    """Yield the articles of a .json file: one object, a list, or an object holding a list."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        yield Skipped(shown, f"malformed JSON: {err.msg} (line {err.lineno})")
        return
    except RecursionError:
        yield Skipped(shown, "malformed JSON: nested too deeply")
        return
    if isinstance(data, dict) and not _field(_lower_keys(data), TEXT_FIELDS):
        lists = [value for value in data.values() if isinstance(value, list)]
        if len(lists) == 1:
            data = lists[0]
    if isinstance(data, dict):
        yield from _record_results(_Record("object", "", data), name, shown)
        return
    if not isinstance(data, list):
        yield Skipped(shown, "JSON holds neither an object nor a list of objects")
        return
    if not data:
        yield Skipped(shown, "JSON list is empty: no records")
        return
    for index, item in enumerate(data, start=1):
        yield from _record_results(_Record(f"item {index}", str(index), item), name, shown)


def _read_jsonl(text: str, name: str, shown: str) -> Iterator[Result]:
    """Yield the articles of a .jsonl file, one JSON object per line."""
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as err:
            yield Skipped(shown, f"malformed JSON: {err.msg} (line {number})")
            continue
        except RecursionError:
            yield Skipped(shown, f"malformed JSON: nested too deeply (line {number})")
            continue
        yield from _record_results(_Record(f"line {number}", str(number), data), name, shown)


def _read_csv(text: str, name: str, shown: str) -> Iterator[Result]:
    """Yield the articles of a .csv file with a header row, one article per row.

    Rows are numbered as a spreadsheet numbers them (the header is row 1); a quoted field
    may span several lines, so a row's number is not its line. A quote left open that
    swallows the lines after it is reported with its row and lines, and reading goes on at
    the next line: the rows it swallowed are read as rows of their own.
    """
    text = text.lstrip("\ufeff")
    header_line = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=header_line.count)
    # Article bodies are far longer than the csv module's default field limit.
    csv.field_size_limit(max(csv.field_size_limit(), len(text) + 1))
    rows = _csv_rows(text, delimiter)
    columns: list[str] = []
    for first, cells, _ in rows:
        if cells is None:
            yield Skipped(shown, f"malformed CSV header: unbalanced quote (line {first})")
            return
        if any(cell.strip() for cell in cells):
            columns = cells
            break
    lowered = [column.strip().lower() for column in columns]
    if not _field(dict.fromkeys(lowered, "x"), TEXT_FIELDS):
        named = [_one_line(column)[:40] for column in lowered if column]
        shown_columns = ", ".join(named[:10]) + (", ..." if len(named) > 10 else "")
        shown_columns = shown_columns or "none"
        yield Skipped(shown, f"no text column in the CSV header (columns: {shown_columns})")
        return
    number = 1
    for first, cells, last in rows:
        if cells is not None and not any(cell.strip() for cell in cells):
            continue  # a blank line is no row
        number += 1
        if cells is None:
            yield Skipped(
                shown,
                f"row {number}: unbalanced quote: the quoted field opened on line {first} "
                f"runs on to line {last}; the row is skipped and the lines after line {first} "
                "are read as rows",
            )
            continue
        record = dict(zip(columns, cells, strict=False))  # cells beyond the header dropped
        yield from _record_results(_Record(f"row {number}", str(number), record), name, shown)
    if number == 1:
        yield Skipped(shown, "CSV has a header but no rows")


def _csv_rows(text: str, delimiter: str) -> Iterator[tuple[int, list[str] | None, int]]:
    """Yield (first line, cells, last line) for each row of a CSV text; lines count from 1.

    Cells are None for a row whose quoted field is never closed properly over several lines
    (a stray quote): the row is given up and reading starts again on its second line. A
    stray quote within one line is read leniently, as spreadsheets do.
    """
    lines = io.StringIO(text, newline="").readlines()  # "\n", "\r\n" or "\r" line ends kept
    position = 0
    while position < len(lines):
        source = (lines[index] for index in range(position, len(lines)))
        reader = csv.reader(source, delimiter=delimiter, strict=True)
        first = position
        try:
            for cells in reader:
                last = position + reader.line_num - 1
                yield first + 1, cells, last + 1
                first = last + 1
            return
        except csv.Error:
            last = max(first, position + reader.line_num - 1)
            if last == first:
                lenient = csv.reader([lines[first]], delimiter=delimiter)
                yield first + 1, next(lenient, []), first + 1
            else:
                yield first + 1, None, last + 1
            position = first + 1


def _record_results(record: _Record, name: str, shown: str) -> Iterator[Result]:
    """Yield the article of one JSON object or CSV row, or why it gives none.

    A note on paragraphs left out of the text (another language) follows the article.
    """
    where = f"{record.label}: " if record.number else ""
    result, left_out = _record_article(record, name, shown)
    yield result
    if left_out and isinstance(result, Article):
        yield Skipped(shown, f"{where}{left_out}")


def _record_article(record: _Record, name: str, shown: str) -> tuple[Result, str]:
    """Return the article of one JSON object or CSV row (or why it gives none) and a note.

    The note is "" or says which paragraphs were left out of the text.
    """
    where = f"{record.label}: " if record.number else ""
    if not isinstance(record.fields, dict):
        return Skipped(shown, f"{where}not a JSON object"), ""
    fields = _lower_keys(record.fields)
    present = [field_name for field_name in TEXT_FIELDS if field_name in fields]
    if not present:
        return Skipped(shown, f"{where}no text field"), ""
    text = _field(fields, TEXT_FIELDS)
    problem = _not_text(fields[present[0]] if text is None else text)
    if problem:
        return Skipped(shown, f"{where}{problem}"), ""
    if isinstance(text, list):
        text = "\n\n".join(part.strip() for part in text)
    if not text.strip():
        return Skipped(shown, f"{where}empty text field"), ""
    cleaned = clean_text(text)
    if cleaned.problem:
        return Skipped(shown, f"{where}{cleaned.problem}"), ""
    record_id = _one_line(_metadata(_field(fields, ID_FIELDS)))
    path = f"{name}#{record_id or record.number}" if record.number else name
    article = _compose_or_skip(
        cleaned.text,
        shown,
        where=where,
        markdown=False,
        path=path,
        title=clean_inline(_one_line(_metadata(_field(fields, TITLE_FIELDS)))),
        date=_one_line(_metadata(_field(fields, DATE_FIELDS))),
        source=clean_inline(_one_line(_metadata(_named(_field(fields, SOURCE_FIELDS))))),
        url=_one_line(_metadata(_field(fields, URL_FIELDS))),
    )
    return article, cleaned.left_out


# A text field holding only one of these is a placeholder of a spreadsheet or export, not text.
_PLACEHOLDER = re.compile(
    r"[-+]?(?:\d[\d,_]*(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?|[-+]?(?:nan|inf|infinity)"
    r"|true|false|null|none|nil|undefined|n/?a|#n/a|#value!|#ref!|#div/0!",
    re.I,
)


def _not_text(value: Any) -> str:
    """Return why a text field's value is not article text ("" when it is text)."""
    if value is None:
        return "text field is null, not text"
    if isinstance(value, bool):
        return f"text field is a boolean ({str(value).lower()}), not text"
    if isinstance(value, float) and value != value:
        return "text field is NaN, not text"
    if isinstance(value, int | float):
        return f"text field is a number ({_one_line(value)[:40]}), not text"
    if isinstance(value, dict):
        return "text field is an object, not text"
    if isinstance(value, list):
        if all(isinstance(part, str) for part in value):
            return _not_text("\n\n".join(value)) if value else "empty text field"
        return "text field is a list holding values that are not text"
    if not isinstance(value, str):
        return f"text field is not text ({type(value).__name__})"
    if _PLACEHOLDER.fullmatch(value.strip()):
        return f"text field holds only {_one_line(value)[:40]!r}, not text"
    return ""


def _metadata(value: Any) -> str:
    """Return a metadata value as text: a string or a finite number, else ""."""
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool) and value == value:
        return str(value) if abs(value) != float("inf") else ""
    return ""


def _lower_keys(fields: dict[Any, Any]) -> dict[str, Any]:
    """Return a record with its field names stripped and lower-cased."""
    return {str(key).strip().lower(): value for key, value in fields.items()}


def _field(fields: dict[str, Any], names: tuple[str, ...]) -> Any:
    """Return the first present, non-null value among `names`, or None."""
    for name in names:
        value = fields.get(name)
        if value is not None and value != "":
            return value
    for name in names:  # an empty text is reported as empty, not as missing
        if name in fields and fields[name] is not None:
            return fields[name]
    return None


def _named(value: Any) -> Any:
    """Return the name of a nested source object ({"name": "Reuters"}), else the value."""
    if isinstance(value, dict):
        return _lower_keys(value).get("name", "")
    return value


# --------------------------------------------------------------------------- assembling

_READERS: dict[str, Callable[[str, str, str], Iterator[Result]]] = {
    ".txt": _read_text,
    ".md": _read_text,
    ".html": _read_html,
    ".htm": _read_html,
    ".json": _read_json,
    ".jsonl": _read_jsonl,
    ".csv": _read_csv,
}


def _guarded(results: Iterator[Result], shown: str) -> Iterator[Result]:
    """Yield a reader's results; an unforeseen error ends them with a Skipped naming it.

    The readers turn every known kind of bad input into a Skipped; this is the last line of
    defence that keeps one strange file from stopping a whole ingest.
    """
    try:
        yield from results
    except Exception as err:
        yield Skipped(shown, f"could not be read ({type(err).__name__}: {err})")


def _sort_into(result: Result, found: list[Article], skipped: list[Skipped]) -> None:
    """Append a reader's result to the articles or the skipped inputs."""
    if isinstance(result, Skipped):
        skipped.append(result)
    else:
        found.append(result)


def _report(found: list[Article], skipped: list[Skipped], files: int) -> IngestReport:
    """Return the report of one call, repeats of an article dropped and counted."""
    articles, dropped = _unique(found)
    return IngestReport(articles=articles, skipped=skipped, duplicates=dropped, files=files)


def _unique(articles: list[Article]) -> tuple[list[Article], int]:
    """Return the articles with later repeats of an id removed, and how many were removed."""
    seen: set[str] = set()
    kept: list[Article] = []
    for article in articles:
        if article.article_id not in seen:
            seen.add(article.article_id)
            kept.append(article)
    return kept, len(articles) - len(kept)


def _plural(count: int, noun: str) -> str:
    """Return "1 article" or "3 articles"."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


__all__ = [
    "DEFAULT_MAX_BYTES",
    "Article",
    "IngestLimits",
    "IngestReport",
    "Skipped",
    "article_from_text",
    "article_id",
    "parse_date",
    "read_articles",
    "read_upload",
]
