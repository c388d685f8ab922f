"""Keeping a person safe: mute, block and report people, block a whole town.

Each action asks the town, then takes the person's posts off this account's saved lists
(muted and blocked people's posts should not come back from the cache). Failures raise
:class:`SafetyProblem` with a sentence a person can act on; nothing is half done on our
side (the saved posts are only taken away once the town confirmed).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from townsfolk.api.client import MastodonClient
from townsfolk.api.entities import Account as RemoteAccount
from townsfolk.api.entities import Relationship, Rule, Status, parse_datetime
from townsfolk.api.errors import ApiError, NotFound
from townsfolk.cache import Database
from townsfolk.i18n import translate

__all__ = [
    "MUTE_DURATIONS",
    "MutedPerson",
    "ReportReason",
    "Safety",
    "SafetyProblem",
    "town_of",
]

log = logging.getLogger(__name__)

#: The durations a mute can have, in seconds (0: until unmuted).
MUTE_DURATIONS: tuple[int, ...] = (0, 3600, 86400, 7 * 86400)

#: Timelines whose saved posts lose a muted or blocked person's posts.
_LISTS = ("home", "local", "everywhere")


class SafetyProblem(Exception):
    """The town did not do what was asked; ``user_message`` says why and what to do."""

    def __init__(self, user_message: str) -> None:
        super().__init__(user_message)
        self.user_message = user_message


@dataclass(frozen=True, slots=True)
class MutedPerson:
    person: RemoteAccount
    until: datetime | None  # None: until unmuted


@dataclass(frozen=True, slots=True)
class ReportReason:
    """Why a person is reported: ``kind`` "spam", "rules" (with the rules' ids) or "other"."""

    kind: Literal["spam", "rules", "other"]
    rule_ids: tuple[str, ...] = ()

    @property
    def category(self) -> str:
        return {"spam": "spam", "rules": "violation", "other": "other"}[self.kind]


def town_of(acct: str, own_town: str) -> str:
    """The town a person lives in: the part after ``@``, or the account's own town."""
    _, _, domain = acct.lstrip("@").partition("@")
    return (domain or own_town).lower()


def _failed(error: ApiError, what: str) -> SafetyProblem:
    return SafetyProblem(
        translate("Safety", "Townsfolk could not {what}. {reason}").format(
            what=what, reason=error.user_message()
        )
    )


class Safety:
    """Mute, block, report and block towns for one account (``client`` is logged in)."""

    def __init__(self, db: Database, account_id: int, client: MastodonClient) -> None:
        self.db = db
        self.account_id = account_id
        self.client = client

    # ------------------------------------------------------------------ people

    async def mute(
        self, person: RemoteAccount, *, notifications: bool = True, duration: int = 0
    ) -> Relationship:
        """Mute ``person`` (``duration`` seconds, 0: until unmuted); their saved posts go."""
        try:
            relationship = await self.client.mute(
                person.id, notifications=notifications, duration=duration or None
            )
        except ApiError as error:
            raise _failed(error, translate("Safety", "mute this person")) from None
        await self._forget_posts_of(person)
        return relationship

    async def unmute(self, person_id: str) -> Relationship:
        try:
            return await self.client.unmute(person_id)
        except ApiError as error:
            raise _failed(error, translate("Safety", "unmute this person")) from None

    async def block(self, person: RemoteAccount) -> Relationship:
        """Block ``person`` (they stop following you, you stop following them)."""
        try:
            relationship = await self.client.block(person.id)
        except ApiError as error:
            raise _failed(error, translate("Safety", "block this person")) from None
        await self._forget_posts_of(person)
        return relationship

    async def unblock(self, person_id: str) -> Relationship:
        try:
            return await self.client.unblock(person_id)
        except ApiError as error:
            raise _failed(error, translate("Safety", "unblock this person")) from None

    async def muted(self) -> list[MutedPerson]:
        try:
            page = await self.client.mutes(limit=80)
        except ApiError as error:
            raise _failed(error, translate("Safety", "read the people you muted")) from None
        return [MutedPerson(p, parse_datetime(p.mute_expires_at)) for p in page.items]

    async def blocked(self) -> list[RemoteAccount]:
        try:
            return (await self.client.blocks(limit=80)).items
        except ApiError as error:
            raise _failed(error, translate("Safety", "read the people you blocked")) from None

    # ------------------------------------------------------------------ towns

    async def block_town(self, domain: str) -> None:
        """Hide everyone from ``domain``; the town also removes followers from there."""
        try:
            await self.client.block_domain(domain)
        except ApiError as error:
            raise _failed(error, translate("Safety", "block this town")) from None
        await asyncio.to_thread(self._forget_town, domain)

    async def unblock_town(self, domain: str) -> None:
        try:
            await self.client.unblock_domain(domain)
        except ApiError as error:
            raise _failed(error, translate("Safety", "unblock this town")) from None

    async def blocked_towns(self) -> list[str]:
        try:
            return (await self.client.domain_blocks(limit=200)).items
        except ApiError as error:
            raise _failed(error, translate("Safety", "read the towns you blocked")) from None

    # ------------------------------------------------------------------ reports

    async def rules(self) -> list[Rule]:
        """The town's rules (an empty list when the town keeps none it can tell)."""
        try:
            return await self.client.instance_rules()
        except NotFound:
            return []
        except ApiError as error:
            raise _failed(error, translate("Safety", "read your town's rules")) from None

    async def recent_posts(self, person: RemoteAccount, limit: int = 20) -> list[Status]:
        """The person's latest posts, to pick from for a report."""
        try:
            page = await self.client.account_statuses(person.id, limit=limit)
        except ApiError as error:
            raise _failed(error, translate("Safety", "read this person's posts")) from None
        return page.items

    async def report(
        self,
        person: RemoteAccount,
        reason: ReportReason,
        *,
        post_ids: Sequence[str] = (),
        comment: str = "",
        forward: bool = False,
    ) -> None:
        """Tell the town's team; ``forward`` also tells the person's own town."""
        try:
            await self.client.report(
                person.id,
                status_ids=post_ids,
                comment=comment.strip(),
                forward=forward,
                category=reason.category,
                rule_ids=reason.rule_ids,
            )
        except ApiError as error:
            raise _failed(error, translate("Safety", "send your report")) from None

    # ------------------------------------------------------------------ the saved copies

    async def _forget_posts_of(self, person: RemoteAccount) -> None:
        await asyncio.to_thread(self._forget, person.acct or person.username)

    def _forget(self, acct: str) -> None:
        if "@" not in acct:
            acct = f"{acct}@{self.client.server}"
        posts = self.db.posts.by_author(self.account_id, acct, limit=100_000)
        self._take_out([p.id for p in posts])

    def _forget_town(self, domain: str) -> None:
        suffix = "@" + domain.lower()
        keys = self.db.timelines.keys(self.account_id)
        ids: list[str] = []
        for key in keys:
            if key not in _LISTS:
                continue
            for entry in self.db.timelines.newest(self.account_id, key, 100_000):
                ids.append(entry.post_id)
        found = self.db.posts.get_many(self.account_id, sorted(set(ids)))
        self._take_out([i for i, p in found.items() if p.author_acct.lower().endswith(suffix)])

    def _take_out(self, post_ids: list[str]) -> None:
        if not post_ids:
            return
        with self.db.transaction():
            for key in _LISTS:
                self.db.timelines.remove(self.account_id, key, post_ids)
