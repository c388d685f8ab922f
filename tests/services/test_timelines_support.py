"""Shared helpers for the timeline tests (services and ui): a reader on a practice town.

No tests here; `Reader` bundles a database file, a logged-in client and a recording
listener, so a "restart" is a second `Reader` on the same database file.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from townsfolk.api.client import MastodonClient
from townsfolk.cache import Database
from townsfolk.services.timelines import Timeline, TimelineItem


@dataclass
class Recorder:
    """A TimelineListener that writes down every call."""

    calls: list[tuple[str, Any]] = field(default_factory=list)

    def posts_prepended(self, items: Sequence[TimelineItem]) -> None:
        self.calls.append(("prepended", list(items)))

    def posts_appended(self, items: Sequence[TimelineItem]) -> None:
        self.calls.append(("appended", list(items)))

    def posts_replaced(self, items: Sequence[TimelineItem]) -> None:
        self.calls.append(("replaced", list(items)))

    def new_posts_waiting(self, count: int) -> None:
        self.calls.append(("waiting", count))

    def gap_filled(self, after_post_id: str, items: Sequence[TimelineItem], still: bool) -> None:
        self.calls.append(("gap_filled", (after_post_id, list(items), still)))

    def error(self, message: str) -> None:
        self.calls.append(("error", message))

    def of(self, kind: str) -> list[Any]:
        return [value for name, value in self.calls if name == kind]


class Reader:
    """One "run" of the app for one account: database + client (+ timelines)."""

    def __init__(self, place: Any, token: str, db_path: Path, username: str = "ann") -> None:
        self.place = place
        self.db = Database.open(db_path)
        found = self.db.accounts.find(place.base_url, f"{username}-id")
        self.account = found or self.db.accounts.add(
            server_url=place.base_url,
            server_domain=place.domain,
            handle=f"{username}@{place.domain}",
            remote_id=f"{username}-id",
        )
        self.client = MastodonClient(
            place.base_url,
            access_token=token,
            server_name=place.domain,
            max_retries=0,
            retry_backoff=0.0,
        )
        self.timelines: list[Timeline] = []

    def timeline(self, key: str, **options: Any) -> tuple[Timeline, Recorder]:
        recorder = Recorder()
        tl = Timeline(
            self.db, self.client, self.account.local_id, key, listener=recorder, **options
        )
        self.timelines.append(tl)
        return tl, recorder

    async def close(self) -> None:
        for tl in self.timelines:
            tl.close()
        await self.client.aclose()
        self.db.close()


def ids(items: Sequence[TimelineItem]) -> list[str]:
    return [i.post_id for i in items]


def is_newest_first(items: Sequence[TimelineItem]) -> bool:
    keys = [i.sort_key for i in items]
    return keys == sorted(keys, reverse=True) and len(set(keys)) == len(keys)
