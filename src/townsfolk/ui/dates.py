"""Times and numbers in the person's own language (issue 13).

A post's time is short, like other apps: "now", "5 min", "3 h", then the day ("27 Nov") and,
for another year, the day with its year ("27 Nov 2024"). Day and month come from ``QLocale``,
in the order and words of the person's language ("27 nov.", "27. Nov.", "Nov 27", "٢٧ نوفمبر"),
never as a bare numeric short date (the "C" locale gave "1 05 2024"). Numbers use the same
locale (1,234 / 1.234 / 1 234 / ١٬٢٣٤).

``QLocale()`` is the default locale, which ``app.py`` sets from the person's language choice,
so everything here follows it; tests pass a locale.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from functools import cache

from PySide6.QtCore import QDate, QLocale, QObject

__all__ = ["day_format", "number", "relative_time", "short_date"]


class Dates(QObject):
    """The words of short times; a QObject so ``self.tr`` gives lupdate the plural forms."""

    def now(self) -> str:
        return self.tr("now")

    def minutes(self, n: int) -> str:
        return self.tr("%Ln min", "a short time: minutes ago", n)

    def hours(self, n: int) -> str:
        return self.tr("%Ln h", "a short time: hours ago", n)


_WORDS: Dates | None = None


def _words() -> Dates:
    global _WORDS  # noqa: PLW0603 (one small object for the whole app)
    if _WORDS is None:
        _WORDS = Dates()
    return _WORDS


_TOKEN = re.compile(r"'(?:[^']|'')*'|([a-zA-Z])\1*|.", re.DOTALL)


def _is_field(token: str) -> bool:
    return token[:1] in ("d", "M", "y")


def _is_separator(token: str) -> bool:
    """Punctuation, spaces and quoted words ("'de'"), which go with a field that is taken out;
    letters written straight into the pattern (日, 일) stay with the field before them."""
    return token.startswith("'") or all(not ch.isalnum() for ch in token)


def _without(tokens: list[str], letter: str) -> list[str]:
    """``tokens`` without the field of ``letter`` (the weekday, the year) and the separators
    that belong to it."""
    while True:
        at = next((i for i, t in enumerate(tokens) if t[:1] == letter), None)
        if at is None:
            return tokens
        before = [i for i in range(at) if _is_field(tokens[i]) and tokens[i][:1] != letter]
        after = [i for i in range(at + 1, len(tokens)) if _is_field(tokens[i])]
        if not before:  # first: take it and everything up to the next field
            end = after[0] if after else len(tokens)
            tokens = tokens[end:]
        elif not after:  # last: take it, what follows it, and separators before it
            start = at
            while start > before[-1] + 1 and _is_separator(tokens[start - 1]):
                start -= 1
            tokens = tokens[:start]
        else:  # between two fields: keep the separators on one side
            end = at + 1
            while end < after[0] and _is_separator(tokens[end]):
                end += 1
            tokens = tokens[:at] + tokens[end:]


@cache
def day_format(locale_name: str, with_year: bool) -> str:
    """The locale's own pattern of a day with its short month name, with or without the year:
    its long date without the weekday ("dddd, d MMMM yyyy" -> "d MMM yyyy" / "d MMM")."""
    pattern = QLocale(locale_name).dateFormat(QLocale.FormatType.LongFormat)
    tokens = [m.group(0) for m in _TOKEN.finditer(pattern)]
    # The weekday ("dddd"/"ddd") is a "d" field of 3 or more letters.
    tokens = [("\x01" if t.startswith("ddd") else t) for t in tokens]
    tokens = _without(tokens, "\x01")
    if not with_year:
        tokens = _without(tokens, "y")
    tokens = [("MMM" if t.startswith("MMMM") else t) for t in tokens]
    text = "".join(tokens).strip(" ,،\u200f")
    return text or ("d MMM yyyy" if with_year else "d MMM")


def short_date(when: datetime, now: datetime | None = None, locale: QLocale | None = None) -> str:
    """ "27 Nov" in this year, "27 Nov 2024" in another, in the person's language."""
    locale = locale or QLocale()
    local = when.astimezone()
    today = (now or datetime.now(UTC)).astimezone()
    pattern = day_format(locale.name(), local.year != today.year)
    return locale.toString(QDate(local.year, local.month, local.day), pattern)


def relative_time(
    when: datetime | None, now: datetime | None = None, locale: QLocale | None = None
) -> str:
    """A post's time, short: "now", "5 min", "3 h", "27 Nov", "27 Nov 2024"."""
    if when is None:
        return ""
    now = now or datetime.now(UTC)
    seconds = max(0, int((now - when).total_seconds()))
    words = _words()
    if seconds < 60:
        return words.now()
    minutes = seconds // 60
    if minutes < 60:
        return words.minutes(minutes)
    hours = minutes // 60
    if hours < 24:
        return words.hours(hours)
    return short_date(when, now, locale)


def number(value: int | float, locale: QLocale | None = None) -> str:
    """A count in the person's way of writing numbers (1,234 / 1.234 / 1 234 / ١٬٢٣٤)."""
    locale = locale or QLocale()
    if isinstance(value, int):
        return locale.toString(value)
    return locale.toString(value, "f", 1)
