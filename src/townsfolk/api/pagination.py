"""Paging from Link headers only (`rel="next"` / `rel="prev"`), as Mastodon requires."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from typing import Generic, TypeVar
from urllib.parse import parse_qsl, urlsplit

__all__ = ["Cursor", "Page", "iterate_items", "iterate_pages", "parse_link_header"]

T = TypeVar("T")

PAGING_KEYS = frozenset({"max_id", "min_id", "since_id", "offset"})


def _link_params(text: str, i: int) -> tuple[dict[str, str], int]:
    """Read ``; name=value`` pairs after a ``<url>``; returns them and the next index."""
    n = len(text)
    params: dict[str, str] = {}
    while i < n:
        while i < n and text[i] in " \t":
            i += 1
        if i >= n or text[i] != ";":
            break
        i += 1
        start = i
        while i < n and text[i] not in "=;,<":
            i += 1
        name = text[start:i].strip().lower()
        value = ""
        if i < n and text[i] == "=":
            i += 1
            while i < n and text[i] in " \t":
                i += 1
            if i < n and text[i] == '"':
                i += 1
                chars: list[str] = []
                while i < n and text[i] != '"':
                    if text[i] == "\\" and i + 1 < n:
                        i += 1
                    chars.append(text[i])
                    i += 1
                i += 1
                value = "".join(chars)
            else:
                start = i
                while i < n and text[i] not in ";,<":
                    i += 1
                value = text[start:i].strip()
        if name:
            params.setdefault(name, value)
    return params, i


def parse_link_header(value: str | None) -> dict[str, str]:
    """Parse an RFC 8288 Link header into ``{rel: url}``. Tolerates quoted or bare rel
    values, several rels in one value ("next last"), odd spacing, and commas inside URLs
    or quoted parameters. Garbage between links is skipped."""
    links: dict[str, str] = {}
    if not value:
        return links
    i = 0
    while True:
        lt = value.find("<", i)
        if lt < 0:
            break
        gt = value.find(">", lt + 1)
        if gt < 0:
            break
        url = value[lt + 1 : gt].strip()
        params, i = _link_params(value, gt + 1)
        for rel in params.get("rel", "").lower().split():
            links.setdefault(rel, url)
    return links


@dataclass(frozen=True)
class Cursor:
    """Where a page starts: the query parameters of a Link header URL
    (e.g. ``(("max_id", "123"), ("limit", "20"))``). Opaque to callers."""

    params: tuple[tuple[str, str], ...]

    @classmethod
    def from_url(cls, url: str) -> Cursor | None:
        try:
            query = urlsplit(url).query
        except ValueError:
            return None
        params = tuple(parse_qsl(query, keep_blank_values=True))
        if not params:
            return None
        return cls(params)

    @classmethod
    def older_than(cls, item_id: str) -> Cursor:
        """Items older than `item_id` (``max_id``)."""
        return cls((("max_id", item_id),))

    @classmethod
    def newer_than(cls, item_id: str) -> Cursor:
        """Items just newer than `item_id` (``min_id``; oldest first, no gap)."""
        return cls((("min_id", item_id),))

    def get(self, key: str) -> str | None:
        for name, value in self.params:
            if name == key:
                return value
        return None

    @property
    def max_id(self) -> str | None:
        return self.get("max_id")

    @property
    def min_id(self) -> str | None:
        return self.get("min_id")

    def merge_into(self, params: list[tuple[str, str]]) -> list[tuple[str, str]]:
        """Apply this cursor to a request's own parameters: paging keys are replaced,
        and every key the cursor carries replaces the caller's values for that key."""
        own = {name for name, _ in self.params}
        kept = [(k, v) for k, v in params if k not in PAGING_KEYS and k not in own]
        return kept + list(self.params)


@dataclass
class Page(Generic[T]):
    """One page of results with cursors for the next (older) and previous (newer) pages.

    `partial` is True when the server answered 206 (home timeline still being built);
    `skipped` counts items that could not be decoded and were left out."""

    items: list[T]
    next: Cursor | None = None
    prev: Cursor | None = None
    partial: bool = False
    skipped: int = 0
    links: dict[str, str] = field(default_factory=dict)

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)


async def iterate_pages(
    fetch: Callable[[Cursor | None], Awaitable[Page[T]]],
    *,
    max_pages: int = 10,
    max_items: int | None = None,
    start: Cursor | None = None,
) -> AsyncIterator[Page[T]]:
    """Follow `next` links: yield pages until there is no next link, a page is empty, a
    cursor repeats, or a cap (`max_pages`, `max_items`) is reached. The last page is cut
    so that at most `max_items` items are yielded in total."""
    cursor = start
    seen: set[tuple[tuple[str, str], ...]] = set()
    pages = 0
    count = 0
    while pages < max_pages:
        page = await fetch(cursor)
        pages += 1
        if max_items is not None and count + len(page.items) > max_items:
            page.items = page.items[: max(0, max_items - count)]
        count += len(page.items)
        if page.items:
            yield page
        if not page.items or page.next is None:
            return
        if max_items is not None and count >= max_items:
            return
        if page.next.params in seen:
            return
        seen.add(page.next.params)
        cursor = page.next


async def iterate_items(
    fetch: Callable[[Cursor | None], Awaitable[Page[T]]],
    *,
    max_pages: int = 10,
    max_items: int | None = None,
    start: Cursor | None = None,
) -> AsyncIterator[T]:
    """Like `iterate_pages`, one item at a time."""
    async for page in iterate_pages(fetch, max_pages=max_pages, max_items=max_items, start=start):
        for item in page.items:
            yield item
