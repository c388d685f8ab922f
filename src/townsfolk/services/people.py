"""People: who follows whom, people to follow, and the person's own profile. No Qt here.

Lists of people (followers, following, people to follow) come with the account's relationship
to each person, so a list can show Follow / Following / Requested at once.

People to follow are gathered from three places, best first, each person once:

1. the town's suggestions (``/api/v2/suggestions``, or ``/api/v1/suggestions`` on older towns);
2. the town's directory of its own people who posted lately (``local=true&order=active``);
3. the town's popular people: its own people with the most followers. Mastodon's directory
   has no "most followed" order, so this is a query of its own: the town's directory read by
   newest accounts (``local=true&order=new``), page after page up to :data:`POPULAR_SCAN`
   people, together with the people who posted lately, sorted by followers. On a small town
   that is everyone; on a big one it reaches well past the first page of active people.

Editing the profile (:meth:`People.save_profile`) scales pictures down first (in a worker
thread, through :mod:`townsfolk.services.pictures`) and keeps the draft in the profile folder
until the town has taken it, so nothing typed is lost when the town fails or the app stops.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import dataclass, field
from pathlib import Path

import msgspec

from townsfolk import paths
from townsfolk.api.client import MastodonClient
from townsfolk.api.entities import Account as RemoteAccount
from townsfolk.api.entities import Relationship
from townsfolk.api.errors import ApiError
from townsfolk.api.pagination import Cursor
from townsfolk.i18n import translate
from townsfolk.services.pictures import PictureRefused, prepare_picture
from townsfolk.services.session import Session, SessionProblem

log = logging.getLogger(__name__)

__all__ = [
    "AVATAR_SIDE",
    "HEADER_SIDE",
    "PICTURE_MAX_BYTES",
    "People",
    "PeoplePage",
    "PersonRow",
    "ProfileDraft",
    "ProfileLimits",
]

#: Mastodon shows avatars at 400×400 and headers at 1500×500, each at most 2 MB.
AVATAR_SIDE = 400
HEADER_SIDE = 1500
PICTURE_MAX_BYTES = 2 * 1024 * 1024 - 64 * 1024
SUGGESTIONS_WANTED = 40
#: How many of the town's people the popular pass reads, and how many of them it keeps.
POPULAR_SCAN = 240
POPULAR_PAGE = 80
POPULAR_WANTED = 12


@dataclass(frozen=True, slots=True)
class PersonRow:
    """One person in a list, with the account's relationship to them (None: not known)."""

    account: RemoteAccount
    relationship: Relationship | None = None


@dataclass(slots=True)
class PeoplePage:
    """A page of people; ``next`` asks for the following page (None: the list is complete)."""

    rows: list[PersonRow]
    next: Cursor | None = None


@dataclass(frozen=True, slots=True)
class ProfileLimits:
    """What the town takes (Mastodon's limits unless the town says otherwise)."""

    name: int = 30
    note: int = 500
    fields: int = 4
    field_text: int = 255


class ProfileDraft(msgspec.Struct, kw_only=True):
    """What the person is writing in "Edit my profile" (kept until the town takes it).
    ``avatar``/``header``: the path of a newly chosen picture, or "" to leave it."""

    display_name: str = ""
    note: str = ""
    fields: list[tuple[str, str]] = msgspec.field(default_factory=list)
    avatar: str = ""
    header: str = ""


@dataclass
class _Gathered:
    rows: list[PersonRow] = field(default_factory=list)
    seen: set[str] = field(default_factory=set)

    def add(self, account: RemoteAccount, me: str) -> None:
        if account.id in self.seen or account.id == me or account.moved is not None:
            return
        self.seen.add(account.id)
        self.rows.append(PersonRow(account))


class People:
    """See the module docstring. One per window; it asks the :class:`Session`'s clients."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def _client(self, account_id: int) -> MastodonClient:
        prepared = self.session.get(account_id)
        if prepared is None:
            raise SessionProblem(
                translate("People", "This account is not ready yet. Please try again.")
            )
        return prepared.client

    def _me(self, account_id: int) -> str:
        prepared = self.session.get(account_id)
        return (prepared.account.remote_id or "") if prepared is not None else ""

    # ------------------------------------------------------------------ lists of people

    async def with_relationships(
        self, account_id: int, people: list[RemoteAccount]
    ) -> list[PersonRow]:
        """Each person with the account's relationship to them (asked in one go; a town
        that does not answer leaves them unknown: the list still shows)."""
        client = self._client(account_id)
        known: dict[str, Relationship] = {}
        ids = [p.id for p in people]
        for start in range(0, len(ids), 40):
            try:
                for rel in await client.relationships(ids[start : start + 40]):
                    known[rel.id] = rel
            except ApiError as error:
                log.info("relationships not read: %s", type(error).__name__)
                break
        return [PersonRow(p, known.get(p.id)) for p in people]

    async def followers(
        self, account_id: int, person_id: str, cursor: Cursor | None = None
    ) -> PeoplePage:
        return await self._paged(account_id, person_id, cursor, followers=True)

    async def following(
        self, account_id: int, person_id: str, cursor: Cursor | None = None
    ) -> PeoplePage:
        return await self._paged(account_id, person_id, cursor, followers=False)

    async def _paged(
        self, account_id: int, person_id: str, cursor: Cursor | None, *, followers: bool
    ) -> PeoplePage:
        client = self._client(account_id)
        try:
            if followers:
                page = await client.followers(person_id, cursor=cursor, limit=40)
            else:
                page = await client.following(person_id, cursor=cursor, limit=40)
        except ApiError as error:
            raise SessionProblem(error.user_message()) from error
        rows = await self.with_relationships(account_id, page.items)
        return PeoplePage(rows, page.next if page.items else None)

    async def to_follow(self, account_id: int) -> PeoplePage:
        """People to follow: the town's suggestions, then people of the town who posted
        lately, then the town's most followed people; people already followed or asked
        are left out. Raises :class:`SessionProblem` only when no source answered."""
        client = self._client(account_id)
        me = self._me(account_id)
        gathered = _Gathered()
        problems: list[ApiError] = []
        try:
            for suggestion in await client.suggestions(limit=SUGGESTIONS_WANTED):
                gathered.add(suggestion.account, me)
        except ApiError as error:
            problems.append(error)
        active: list[RemoteAccount] = []
        try:
            active = await client.directory(local=True, order="active", limit=40)
        except ApiError as error:
            problems.append(error)
        for account in active:
            gathered.add(account, me)
        popular: list[RemoteAccount] = []
        try:
            popular = await self._popular(client)
        except ApiError as error:
            problems.append(error)
        by_followers = sorted(
            {a.id: a for a in [*active, *popular]}.values(), key=lambda a: -a.followers_count
        )
        for account in by_followers[:POPULAR_WANTED]:
            gathered.add(account, me)
        if not gathered.rows and len(problems) == 3:
            raise SessionProblem(problems[0].user_message())
        rows = await self.with_relationships(account_id, [r.account for r in gathered.rows])
        keep = [
            r
            for r in rows
            if r.relationship is None or not (r.relationship.following or r.relationship.requested)
        ]
        return PeoplePage(keep)

    @staticmethod
    async def _popular(client: MastodonClient) -> list[RemoteAccount]:
        """The town's own people, newest accounts first, up to :data:`POPULAR_SCAN` of them
        (an error after the first page keeps what was read)."""
        found: list[RemoteAccount] = []
        while len(found) < POPULAR_SCAN:
            try:
                page = await client.directory(
                    local=True, order="new", offset=len(found), limit=POPULAR_PAGE
                )
            except ApiError:
                if not found:
                    raise
                break
            found.extend(page)
            if len(page) < POPULAR_PAGE:
                break
        return found

    async def set_following(self, account_id: int, person_id: str, follow: bool) -> Relationship:
        return await self.session.set_following(account_id, person_id, follow)

    # ------------------------------------------------------------------ your own profile

    def limits(self, account_id: int) -> ProfileLimits:
        """The town's limits for a profile, from its description when it says them."""
        instance = self.session.cached_instance(account_id)
        if instance is None:
            return ProfileLimits()
        accounts = instance.configuration.accounts
        default = ProfileLimits()
        return ProfileLimits(
            name=accounts.max_display_name_length or default.name,
            note=accounts.max_note_length or default.note,
            fields=accounts.max_profile_fields or default.fields,
        )

    async def own_profile(self, account_id: int) -> RemoteAccount:
        """The account as the town has it now (with the bio and fields as typed)."""
        try:
            return await self._client(account_id).verify_credentials()
        except ApiError as error:
            raise SessionProblem(error.user_message()) from error

    def _draft_file(self, account_id: int) -> Path:
        return self.session.profile / f"profile-draft-{account_id}.json"

    def saved_draft(self, account_id: int) -> ProfileDraft | None:
        """A draft the town did not take last time, or None."""
        try:
            return msgspec.json.decode(self._draft_file(account_id).read_bytes(), type=ProfileDraft)
        except (OSError, msgspec.DecodeError, msgspec.ValidationError):
            return None

    def keep_draft(self, account_id: int, draft: ProfileDraft) -> None:
        try:
            paths.write_private(self._draft_file(account_id), msgspec.json.encode(draft))
        except OSError as error:
            log.info("could not keep the profile draft: %s", error)

    def drop_draft(self, account_id: int) -> None:
        with contextlib.suppress(OSError):
            self._draft_file(account_id).unlink()

    async def save_profile(
        self, account_id: int, draft: ProfileDraft, *, before: RemoteAccount | None = None
    ) -> RemoteAccount:
        """Send the draft to the town (pictures scaled down first). The draft stays in the
        profile folder until the town has it; errors are :class:`SessionProblem` sentences
        (a picture that cannot be used says which)."""
        self.keep_draft(account_id, draft)
        limits = self.limits(account_id)
        problem = check_draft(draft, limits)
        if problem:
            raise SessionProblem(problem)
        avatar = await self._picture(
            draft.avatar, AVATAR_SIDE, translate("People", "the profile picture")
        )
        header = await self._picture(
            draft.header, HEADER_SIDE, translate("People", "the banner picture")
        )
        fields = [(n.strip(), v.strip()) for n, v in draft.fields if n.strip() or v.strip()]
        if before is not None:
            had = [(f.name, f.value) for f in (before.source.fields if before.source else [])]
            # a field emptied must be sent empty, or the town keeps it
            fields += [("", "")] * max(0, len(had) - len(fields))
        if not fields:
            fields = [("", "")]
        try:
            after = await self._client(account_id).update_credentials(
                display_name=draft.display_name.strip(),
                note=draft.note.strip(),
                fields=fields,
                avatar=avatar,
                header=header,
            )
        except ApiError as error:
            raise SessionProblem(error.user_message()) from error
        self.drop_draft(account_id)
        return after

    @staticmethod
    async def _picture(path: str, side: int, what: str) -> tuple[str, bytes, str] | None:
        if not path:
            return None
        try:
            picture = await asyncio.to_thread(
                prepare_picture, path, max_bytes=PICTURE_MAX_BYTES, target_long_side=side
            )
        except PictureRefused as refused:
            raise SessionProblem(
                translate("People", "Townsfolk cannot use {what}: {reason}").format(
                    what=what, reason=refused.user_message
                )
            ) from refused
        extension = picture.mime.rsplit("/", 1)[-1]
        return (f"picture.{extension}", picture.data, picture.mime)


def check_draft(draft: ProfileDraft, limits: ProfileLimits) -> str:
    """A sentence about what is too long, or "" when the draft fits the town's limits."""
    if len(draft.display_name.strip()) > limits.name:
        return translate("People", "Your name is too long: {n} letters at most.").format(
            n=limits.name
        )
    if len(draft.note.strip()) > limits.note:
        return translate("People", "Your description is too long: {n} letters at most.").format(
            n=limits.note
        )
    used = [f for f in draft.fields if f[0].strip() or f[1].strip()]
    if len(used) > limits.fields:
        return translate("People", "Your town takes {n} extra facts at most.").format(
            n=limits.fields
        )
    for name, value in used:
        if len(name.strip()) > limits.field_text or len(value.strip()) > limits.field_text:
            return translate("People", "An extra fact is too long: {n} letters at most.").format(
                n=limits.field_text
            )
    return ""
