"""Mastodon's own export files, written byte for byte and read as tolerantly as its import.

Written (``write``) as Mastodon's web export writes them (app/models/export.rb): Ruby's CSV
with ``\\n`` line ends, a field quoted only when it holds a comma, a quote or a line end, an
empty text written as ``""`` and a missing value as nothing, booleans as ``true``/``false``.

- ``following_accounts.csv``: ``Account address,Show boosts,Notify on new posts,Languages``
  then ``acct,true,false,"en, de"`` (newest follow first);
- ``muted_accounts.csv``: ``Account address,Hide notifications`` then ``acct,true``;
- ``blocked_accounts.csv``, ``blocked_domains.csv``, ``bookmarks.csv``: no header, one value
  a line (an address, a town, a post's address);
- ``lists.csv``: no header, ``List title,acct`` a line.

Read (``read``) as Mastodon's ``Form::Import`` reads them: the header row is optional (it is a
header when its first cell is one of the known first headers, and then the columns may come
in any order); without it the default columns of the kind are used. A leading ``@`` is
removed, booleans are read as Rails reads them. On top of that, what spreadsheets do to
addresses is undone (a ``'`` or ``=`` in front, ``mailto:``, a profile link instead of an
address, odd spaces, ``;`` between columns, a byte-order mark). A file that cannot be one of
these (too big, too many rows, not text, another program's columns, the wrong kind) raises
:class:`BadImportFile` with a sentence, before anything is applied. Single lines that cannot
be read are kept in :attr:`ImportFile.problems` so the person is told about each.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Final
from urllib.parse import urlsplit

from townsfolk.i18n import translate

__all__ = [
    "FILE_NAMES",
    "MAX_BYTES",
    "MAX_ROWS",
    "BadImportFile",
    "ImportFile",
    "Kind",
    "LineProblem",
    "Row",
    "UnknownKind",
    "file_kind_words",
    "read",
    "write",
]

MAX_BYTES: Final = 20 * 1024 * 1024  # Mastodon's FILE_SIZE_LIMIT
MAX_ROWS: Final = 20_000  # Mastodon's ROWS_PROCESSING_LIMIT


class Kind(StrEnum):
    FOLLOWING = "following"
    BLOCKING = "blocking"
    MUTING = "muting"
    DOMAIN_BLOCKING = "domain_blocking"
    BOOKMARKS = "bookmarks"
    LISTS = "lists"


FILE_NAMES: Final[dict[Kind, str]] = {
    Kind.FOLLOWING: "following_accounts.csv",
    Kind.BLOCKING: "blocked_accounts.csv",
    Kind.MUTING: "muted_accounts.csv",
    Kind.DOMAIN_BLOCKING: "blocked_domains.csv",
    Kind.BOOKMARKS: "bookmarks.csv",
    Kind.LISTS: "lists.csv",
}

# Form::Import::EXPECTED_HEADERS_BY_TYPE (the first one of each is a "known first header").
HEADERS: Final[dict[Kind, tuple[str, ...]]] = {
    Kind.FOLLOWING: ("Account address", "Show boosts", "Notify on new posts", "Languages"),
    Kind.BLOCKING: ("Account address",),
    Kind.MUTING: ("Account address", "Hide notifications"),
    Kind.DOMAIN_BLOCKING: ("#domain",),
    Kind.BOOKMARKS: ("#uri",),
    Kind.LISTS: ("List name", "Account address"),
}
# What the import uses without a header row (a follow file then loses its settings).
_DEFAULT_COLUMNS: Final[dict[Kind, tuple[str, ...]]] = {
    Kind.FOLLOWING: ("Account address",),
    Kind.BLOCKING: ("Account address",),
    Kind.MUTING: ("Account address",),
    Kind.DOMAIN_BLOCKING: ("#domain",),
    Kind.BOOKMARKS: ("#uri",),
    Kind.LISTS: ("List name", "Account address"),
}
_KNOWN_FIRST: Final = {h[0].lower() for h in HEADERS.values()}
_ALL_HEADERS: Final = {h.lower(): h for hs in HEADERS.values() for h in hs}
# Written with a header row by Mastodon's export.
_EXPORT_HEADER: Final = {Kind.FOLLOWING, Kind.MUTING}

_FALSE: Final = {"0", "f", "false", "off", "no", "n"}  # ActiveModel::Type::Boolean (+ no, n)
_ADDRESS: Final = re.compile(r"^[a-z0-9_][a-z0-9_.\-]*(@[a-z0-9\-]+(\.[a-z0-9\-]+)+\.?)?$", re.I)
_DOMAIN: Final = re.compile(r"^(\*\.)?[a-z0-9\-]+(\.[a-z0-9\-]+)+\.?$", re.I)
_INVISIBLE: Final = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)


@dataclass(frozen=True, slots=True)
class Row:
    """One line of a file. ``value`` is what the line is about: an address (``user@town``),
    a town (domain blocks) or a post's address (bookmarks); ``list_name`` for lists."""

    value: str
    reblogs: bool = True
    notify: bool = False
    languages: tuple[str, ...] | None = None
    hide_notifications: bool = True
    list_name: str = ""
    line: int = 0  # where it was in the file (1 = first line), 0 when not read from a file

    @property
    def key(self) -> tuple[str, str]:
        return (self.list_name.casefold(), self.value.casefold())


@dataclass(frozen=True, slots=True)
class LineProblem:
    line: int
    text: str  # what was there, as read
    sentence: str


@dataclass(frozen=True, slots=True)
class ImportFile:
    kind: Kind
    rows: tuple[Row, ...]
    had_header: bool
    problems: tuple[LineProblem, ...] = ()
    duplicates: int = 0
    #: A sentence for the person when a follow file came without its header (the settings
    #: for boosts, notifications and languages are then not in it).
    notes: tuple[str, ...] = field(default=())


class BadImportFile(Exception):
    """The whole file cannot be used; ``user_message`` says why and what to do."""

    def __init__(self, user_message: str) -> None:
        super().__init__(user_message)
        self.user_message = user_message


class UnknownKind(BadImportFile):
    """Neither the file's first line nor its name tells what it holds: the person chooses
    one of the kinds (in the words of :func:`file_kind_words`) and it is read again."""


def file_kind_words(kind: Kind) -> str:
    """What a file of this kind holds, in the words the sentences about files use
    ("people you follow", "blocked towns", ...)."""
    return _kind_words(kind)


def _kind_words(kind: Kind) -> str:
    if kind is Kind.FOLLOWING:
        return translate("MovingFiles", "people you follow")
    if kind is Kind.BLOCKING:
        return translate("MovingFiles", "blocked people")
    if kind is Kind.MUTING:
        return translate("MovingFiles", "muted people")
    if kind is Kind.DOMAIN_BLOCKING:
        return translate("MovingFiles", "blocked towns")
    if kind is Kind.BOOKMARKS:
        return translate("MovingFiles", "bookmarks")
    return translate("MovingFiles", "lists")


# ---------------------------------------------------------------------------------- writing


def _field(value: str | bool | None) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value == "":
        return '""'
    if any(c in value for c in ',"\r\n'):
        return '"' + value.replace('"', '""') + '"'
    return value


def _line(values: Sequence[str | bool | None]) -> str:
    return ",".join(_field(v) for v in values) + "\n"


def write(kind: Kind, rows: Iterable[Row]) -> bytes:
    """The file Mastodon's export writes for these rows (in the order given)."""
    out = io.StringIO()
    if kind in _EXPORT_HEADER:
        out.write(_line(HEADERS[kind]))
    for row in rows:
        if kind is Kind.FOLLOWING:
            langs = ", ".join(row.languages) if row.languages is not None else None
            out.write(_line((row.value, row.reblogs, row.notify, langs)))
        elif kind is Kind.MUTING:
            out.write(_line((row.value, row.hide_notifications)))
        elif kind is Kind.LISTS:
            out.write(_line((row.list_name, row.value)))
        else:
            out.write(_line((row.value,)))
    return out.getvalue().encode("utf-8")


# ---------------------------------------------------------------------------------- reading


def _clean(text: str) -> str:
    """Undo what spreadsheets do to a cell: odd spaces, invisible characters, a ``'`` or
    ``=`` in front, a formula around a text."""
    text = unicodedata.normalize("NFKC", text).translate(_INVISIBLE).strip()
    formula = re.fullmatch(r'=\s*(?:HYPERLINK\(\s*)?"([^"]*)"(?:.*\))?', text, re.I)
    if formula:
        text = formula.group(1).strip()
    while text[:1] in ("'", "=", "+") and len(text) > 1:
        text = text[1:].strip()
    return text


def _address(text: str) -> str | None:
    """``@Ann@Town.example`` -> ``ann@town.example``; a profile link
    (``https://town.example/@ann``) -> ``ann@town.example``; None when it is not one."""
    text = _clean(text)
    if text.lower().startswith("mailto:"):
        text = text[7:]
    if text.lower().startswith(("https://", "http://")):
        try:
            parts = urlsplit(text)
        except ValueError:
            return None
        segments = [s for s in parts.path.split("/") if s]
        host = (parts.hostname or "").lower()
        if len(segments) == 1 and segments[0].startswith("@") and host:
            user, _, other = segments[0][1:].partition("@")
            text = f"{user}@{other or host}"
        elif len(segments) == 2 and segments[0] == "users" and host:
            text = f"{segments[1]}@{host}"
        else:
            return None
    if text.startswith("@"):
        text = text[1:]
    text = text.strip()
    if not _ADDRESS.match(text):
        return None
    user, _, domain = text.partition("@")
    return f"{user}@{domain.lower().rstrip('.')}" if domain else user


def _domain(text: str) -> str | None:
    text = _clean(text).lower()
    if text.startswith(("https://", "http://")):
        try:
            text = urlsplit(text).hostname or ""
        except ValueError:
            return None
    text = text.strip().rstrip(".")
    return text if _DOMAIN.match(text) else None


def _uri(text: str) -> str | None:
    text = _clean(text)
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    if parts.scheme not in ("https", "http") or not parts.hostname:
        return None
    return text


def _bool(text: str | None, default: bool) -> bool:
    if text is None:
        return default
    value = _clean(text).lower()
    if not value:
        return default
    return value not in _FALSE


def _languages(text: str | None) -> tuple[str, ...] | None:
    if text is None:
        return None
    langs = tuple(p.strip() for p in _clean(text).split(",") if p.strip())
    return langs or None


def _decode(data: bytes) -> str:
    if len(data) > MAX_BYTES:
        raise BadImportFile(
            translate(
                "MovingFiles",
                "This file is bigger than 20 MB, more than any town accepts. Export the "
                "lists one by one, or split the file into smaller ones.",
            )
        )
    if b"\x00" in data[:4096]:
        if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
            try:
                return data.decode("utf-16")
            except UnicodeDecodeError:
                pass
        raise BadImportFile(
            translate(
                "MovingFiles",
                "This is not a list saved as text: it may be a spreadsheet or a picture. "
                "Choose the .csv file your old town gave you.",
            )
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise BadImportFile(
            translate(
                "MovingFiles",
                "Some letters in this file cannot be read: it was probably saved by a "
                "spreadsheet in another format. Use the file your old town gave you as it "
                "was, or save it again as 'CSV UTF-8'.",
            )
        ) from None


def _records(text: str) -> list[tuple[int, list[str]]]:
    """(line number, cells) of every line that is not blank."""
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    out: list[tuple[int, list[str]]] = []
    try:
        for cells in reader:
            if not any(c.strip() for c in cells):
                continue
            out.append((reader.line_num, cells))
            if len(out) > MAX_ROWS + 1:
                break
    except csv.Error:
        raise BadImportFile(
            translate(
                "MovingFiles",
                "This file is not a list Townsfolk can read: its quotation marks do not "
                "match. Use the file your old town gave you as it was.",
            )
        ) from None
    return out


def _guess(columns: Sequence[str], filename: str) -> Kind | None:
    """Form::Import#guessed_type."""
    cols = set(columns)
    if "Hide notifications" in cols:
        return Kind.MUTING
    if cols & {"Show boosts", "Notify on new posts", "Languages"}:
        return Kind.FOLLOWING
    if "#domain" in cols:
        return Kind.DOMAIN_BLOCKING
    if "#uri" in cols:
        return Kind.BOOKMARKS
    if "List name" in cols:
        return Kind.LISTS
    name = filename.rsplit("/", 1)[-1].lower()
    for prefix, kind in (
        ("follows", Kind.FOLLOWING),
        ("following_accounts", Kind.FOLLOWING),
        ("blocks", Kind.BLOCKING),
        ("blocked_accounts", Kind.BLOCKING),
        ("mutes", Kind.MUTING),
        ("muted_accounts", Kind.MUTING),
        ("domain_blocks", Kind.DOMAIN_BLOCKING),
        ("blocked_domains", Kind.DOMAIN_BLOCKING),
        ("bookmarks", Kind.BOOKMARKS),
        ("lists", Kind.LISTS),
    ):
        if name.startswith(prefix):
            return kind
    return None


def read(data: bytes, kind: Kind | None = None, *, filename: str = "") -> ImportFile:
    """Read a file for ``kind`` (or the kind its header or name shows). Raises
    :class:`BadImportFile` when the file as a whole cannot be used."""
    records = _records(_decode(data))
    if not records:
        raise BadImportFile(translate("MovingFiles", "This file is empty."))
    header_cells = [_clean(c) for c in records[0][1]]
    had_header = header_cells[0].lower() in _KNOWN_FIRST
    if had_header:
        columns = tuple(_ALL_HEADERS.get(c.lower(), c) for c in header_cells)
        body = records[1:]
    else:
        columns = ()
        body = records
    guessed = _guess(columns, filename)
    if kind is None:
        kind = guessed
        if kind is None:
            raise UnknownKind(
                translate(
                    "MovingFiles",
                    "Townsfolk cannot tell what this file holds. Choose what it holds: "
                    "people you follow, blocked people, muted people, blocked towns, "
                    "bookmarks or lists.",
                )
            )
    elif had_header and guessed is not None and guessed is not kind:
        raise BadImportFile(
            translate(
                "MovingFiles",
                "This file holds {found}, not {wanted}. Choose the right file, or "
                "import it as {found}.",
            ).format(found=_kind_words(guessed), wanted=_kind_words(kind))
        )
    if not had_header:
        columns = _DEFAULT_COLUMNS[kind]
    if len(body) > MAX_ROWS:
        raise BadImportFile(
            translate(
                "MovingFiles",
                "This file has more than 20,000 lines, more than a town accepts at once. "
                "Split it into smaller files and import them one after the other.",
            )
        )
    index = {name: i for i, name in reversed(list(enumerate(columns)))}
    needed = {
        Kind.DOMAIN_BLOCKING: "#domain",
        Kind.BOOKMARKS: "#uri",
    }.get(kind, "Account address")
    if needed not in index or (kind is Kind.LISTS and "List name" not in index):
        raise BadImportFile(
            translate(
                "MovingFiles",
                "This file's columns are not those of a Mastodon file of {what}. Choose the "
                "file your old town gave you.",
            ).format(what=_kind_words(kind))
        )

    def cell(cells: list[str], name: str) -> str | None:
        i = index.get(name)
        return cells[i] if i is not None and i < len(cells) else None

    rows: list[Row] = []
    problems: list[LineProblem] = []
    seen: set[tuple[str, str]] = set()
    duplicates = 0
    for line, cells in body:
        raw = cell(cells, needed) or ""
        value: str | None
        if kind is Kind.DOMAIN_BLOCKING:
            value = _domain(raw)
            sentence = translate("MovingFiles", "Line {line} is not the name of a town: {text}")
        elif kind is Kind.BOOKMARKS:
            value = _uri(raw)
            sentence = translate("MovingFiles", "Line {line} is not the address of a post: {text}")
        else:
            value = _address(raw)
            sentence = translate(
                "MovingFiles", "Line {line} is not the address of a person: {text}"
            )
        list_name = _clean(cell(cells, "List name") or "") if kind is Kind.LISTS else ""
        if kind is Kind.LISTS and value is not None and not list_name:
            value = None
            sentence = translate("MovingFiles", "Line {line} has no list name: {text}")
        if value is None:
            shown = ",".join(cells)
            shown = shown if len(shown) <= 80 else shown[:79] + "…"
            problems.append(LineProblem(line, shown, sentence.format(line=line, text=shown)))
            continue
        row = Row(
            value=value,
            reblogs=_bool(cell(cells, "Show boosts"), True),
            notify=_bool(cell(cells, "Notify on new posts"), False),
            languages=_languages(cell(cells, "Languages")),
            hide_notifications=_bool(cell(cells, "Hide notifications"), True),
            list_name=list_name,
            line=line,
        )
        if row.key in seen:
            duplicates += 1
            continue
        seen.add(row.key)
        rows.append(row)
    if problems and len(problems) * 2 > len(body):
        raise BadImportFile(
            translate(
                "MovingFiles",
                "Most lines of this file are not {what} (line {line}: {text}). It may come "
                "from another program. Choose the file your old town gave you.",
            ).format(what=_kind_words(kind), line=problems[0].line, text=problems[0].text)
        )
    notes: list[str] = []
    if kind is Kind.FOLLOWING and not had_header:
        notes.append(
            translate(
                "MovingFiles",
                "This file has only addresses: boosts and notifications will be as a new "
                "follow has them.",
            )
        )
    return ImportFile(kind, tuple(rows), had_header, tuple(problems), duplicates, tuple(notes))
