"""What the export and import jobs share: rows in job payloads, closing clients, addresses."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Any

from townsfolk.api.client import MastodonClient
from townsfolk.api.errors import RateLimited
from townsfolk.cache import Account
from townsfolk.services.moving.csv_formats import Row

__all__ = ["ClientFor", "acct_of", "close_client", "reset_time", "row_from_json", "row_to_json"]

ClientFor = Callable[[Account], Awaitable[MastodonClient]]


def row_to_json(row: Row) -> list[Any]:
    langs = list(row.languages) if row.languages is not None else None
    return [row.value, row.reblogs, row.notify, langs, row.hide_notifications, row.list_name]


def row_from_json(raw: list[Any]) -> Row:
    value, reblogs, notify, langs, hide, list_name = raw
    return Row(
        value=str(value),
        reblogs=bool(reblogs),
        notify=bool(notify),
        languages=tuple(langs) if langs is not None else None,
        hide_notifications=bool(hide),
        list_name=str(list_name),
    )


def acct_of(acct: str, local_domain: str) -> str:
    """An account's address as Mastodon's export writes it: ``user@domain``, local people
    with the town's own domain."""
    acct = acct.strip().lstrip("@")
    return acct if "@" in acct else f"{acct}@{local_domain}"


def same_person(a: str, b: str) -> bool:
    return a.strip().lstrip("@").lower() == b.strip().lstrip("@").lower()


async def close_client(client: MastodonClient) -> None:
    """Close a client even while the job is being cancelled (a close cut half-way leaves its
    connections open)."""
    closing = asyncio.ensure_future(client.aclose())
    try:
        await asyncio.shield(closing)
    except asyncio.CancelledError:
        await closing
        raise


def reset_time(exc: RateLimited, now: float | None = None) -> float:
    """When a town that answered 429 takes requests again (a minute when it did not say)."""
    t = time.time() if now is None else now
    if exc.reset_at is not None:
        return max(t, exc.reset_at.timestamp())
    if exc.retry_after is not None:
        return t + max(0.0, exc.retry_after)
    return t + 60.0
