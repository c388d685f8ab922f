"""Lists: read some people together, like "Family" or "Gardening" (issue 11).

One `Lists` per account. The lists themselves are kept in the profile (``lists/`` folder,
one JSON file per account) so the sidebar shows them at once, before the town answers; a
list's posts are a timeline like any other (``Session.timeline(account, "list:<id>")``,
cached in SQLite by `services.timelines`). Everything else asks the town. Every failure is
a `ListsProblem` whose ``user_message`` is a sentence for people.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

import msgspec

from townsfolk.api.client import MastodonClient
from townsfolk.api.entities import Account as Person
from townsfolk.api.entities import Instance, List
from townsfolk.api.errors import ApiError, NotFound, ValidationFailed
from townsfolk.api.pagination import iterate_pages
from townsfolk.i18n import translate
from townsfolk.paths import write_private

__all__ = [
    "LISTS_DIR",
    "REPLIES_POLICIES",
    "Lists",
    "ListsProblem",
    "lists_for",
    "matches",
]

log = logging.getLogger(__name__)

LISTS_DIR = "lists"
#: Whose replies a list shows: people in the list, people you follow, nobody's.
REPLIES_POLICIES = ("list", "followed", "none")
#: At most this many people are read from "people you follow" (40 a page).
MAX_FOLLOWING = 2000


class ListsProblem(Exception):
    """Something about lists could not be done; ``user_message`` says why."""

    def __init__(self, user_message: str) -> None:
        super().__init__(user_message)
        self.user_message = user_message


def _problem(error: ApiError) -> ListsProblem:
    return ListsProblem(error.user_message())


def _naming_problem(error: ApiError) -> ListsProblem:
    """Creating or renaming a list: a refused name gets its own sentence."""
    if isinstance(error, ValidationFailed):
        return ListsProblem(
            translate(
                "Lists",
                "Your town did not take that name. Please try a shorter or different one.",
            )
        )
    return _problem(error)


def matches(person: Person, text: str) -> bool:
    """Whether a person's name or address contains ``text`` (any case)."""
    needle = text.strip().casefold().lstrip("@")
    if not needle:
        return True
    return any(
        needle in part.casefold() for part in (person.display_name, person.acct, person.username)
    )


class Lists:
    """One account's lists on its town."""

    def __init__(
        self,
        client: MastodonClient,
        file: Path,
        *,
        me: str,
        instance: Instance | None = None,
    ) -> None:
        self.client = client
        self.file = file
        self.me = me
        self.instance = instance
        self._lists: list[List] | None = None
        self._following: list[Person] | None = None

    # ------------------------------------------------------------------ what the town can do

    def _mastodon_at_least(self, major: int, minor: int) -> bool | None:
        """True/False for Mastodon itself (and its forks that say so), None otherwise."""
        if self.instance is None:
            return None
        version = self.instance.version.split("+")[0].split(" ")[0].split("-")[0]
        parts: list[int] = []
        for piece in version.split(".")[:2]:
            try:
                parts.append(int(piece))
            except ValueError:
                return None
        if len(parts) < 2:
            return None
        if "(compatible;" in self.instance.version:
            return None  # another server that speaks Mastodon's language
        return tuple(parts) >= (major, minor)

    @property
    def has_replies_policy(self) -> bool:
        """Mastodon 3.3 and later (GoToSocial and others take it too)."""
        return self._mastodon_at_least(3, 3) is not False

    @property
    def has_exclusive(self) -> bool:
        """ "Hide these people from People you follow": Mastodon 4.2 and later only."""
        return self._mastodon_at_least(4, 2) is True

    # ------------------------------------------------------------------ the lists

    def saved(self) -> list[List]:
        """The lists as last seen (memory, then the profile); [] when never seen."""
        if self._lists is None:
            try:
                self._lists = msgspec.json.decode(self.file.read_bytes(), type=list[List])
            except (OSError, msgspec.DecodeError, msgspec.ValidationError):
                self._lists = []
        return list(self._lists)

    def _keep(self, lists: Sequence[List]) -> list[List]:
        ordered = sorted(lists, key=lambda item: (item.title.casefold(), item.id))
        self._lists = ordered
        try:
            write_private(self.file, msgspec.json.encode(ordered))
        except OSError as error:  # the lists are still shown; only the copy is missing
            log.warning("could not keep the lists: %s", error)
        return list(ordered)

    async def refresh(self) -> list[List]:
        try:
            fresh = await self.client.lists()
        except ApiError as error:
            raise _problem(error) from error
        return self._keep(fresh)

    def find(self, list_id: str) -> List | None:
        return next((item for item in self.saved() if item.id == list_id), None)

    def _title(self, title: str) -> str:
        title = " ".join(title.split())
        if not title:
            raise ListsProblem(
                translate("Lists", "Please give the list a name, like “Family” or “Gardening”.")
            )
        return title

    async def create(
        self, title: str, *, replies_policy: str | None = None, exclusive: bool | None = None
    ) -> List:
        title = self._title(title)
        try:
            made = await self.client.create_list(
                title,
                replies_policy=replies_policy if self.has_replies_policy else None,
                exclusive=exclusive if self.has_exclusive else None,
            )
        except ApiError as error:
            raise _naming_problem(error) from error
        self._keep([*self.saved(), made])
        return made

    async def update(
        self,
        list_id: str,
        *,
        title: str | None = None,
        replies_policy: str | None = None,
        exclusive: bool | None = None,
    ) -> List:
        try:
            changed = await self.client.update_list(
                list_id,
                title=None if title is None else self._title(title),
                replies_policy=replies_policy if self.has_replies_policy else None,
                exclusive=exclusive if self.has_exclusive else None,
            )
        except ApiError as error:
            raise _naming_problem(error) from error
        self._keep([changed if item.id == list_id else item for item in self.saved()])
        return changed

    async def delete(self, list_id: str) -> None:
        try:
            await self.client.delete_list(list_id)
        except NotFound:
            pass  # already gone
        except ApiError as error:
            raise _problem(error) from error
        self._keep([item for item in self.saved() if item.id != list_id])

    # ------------------------------------------------------------------ people in a list

    async def members(self, list_id: str) -> list[Person]:
        people: list[Person] = []
        try:
            async for page in iterate_pages(
                lambda cursor: self.client.list_accounts(list_id, cursor=cursor, limit=40),
                max_pages=50,
            ):
                people.extend(page.items)
        except ApiError as error:
            raise _problem(error) from error
        return people

    async def add(self, list_id: str, person: Person) -> None:
        try:
            await self.client.add_to_list(list_id, [person.id])
        except NotFound as error:
            raise ListsProblem(
                translate(
                    "Lists", "You can add only people you follow. Follow them first, then add them."
                )
            ) from error
        except ApiError as error:
            raise _problem(error) from error

    async def remove(self, list_id: str, person: Person) -> None:
        try:
            await self.client.remove_from_list(list_id, [person.id])
        except ApiError as error:
            raise _problem(error) from error

    async def lists_with(self, person_id: str) -> set[str]:
        """The ids of the lists that hold this person."""
        try:
            return {item.id for item in await self.client.account_lists(person_id)}
        except ApiError as error:
            raise _problem(error) from error

    async def following(self, *, fresh: bool = False) -> list[Person]:
        """The people this account follows (read once, then kept in memory)."""
        if self._following is None or fresh:
            people: list[Person] = []
            try:
                async for page in iterate_pages(
                    lambda cursor: self.client.following(self.me, cursor=cursor, limit=40),
                    max_pages=MAX_FOLLOWING // 40,
                    max_items=MAX_FOLLOWING,
                ):
                    people.extend(page.items)
            except ApiError as error:
                raise _problem(error) from error
            self._following = people
        return list(self._following)

    async def find_followed(self, text: str) -> list[Person]:
        """People you follow whose name or address contains ``text``."""
        return [p for p in await self.following() if matches(p, text)]


def lists_for(
    client: MastodonClient,
    profile: Path,
    account_id: int,
    me: str,
    instance: Instance | None = None,
) -> Lists:
    """The lists of one account, kept in ``<profile>/lists/account-<id>.json``."""
    return Lists(
        client, profile / LISTS_DIR / f"account-{account_id}.json", me=me, instance=instance
    )
