"""Things a person does to a post: favourite, boost, bookmark (and undo), vote, delete, edit.

The UI flips the button at once and calls these; when the town refuses, they raise
:class:`ActionFailed` with a plain sentence and the UI flips the button back. The saved copy
of the post is only changed once the town has confirmed, so there is nothing to undo here.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from typing import Literal

import msgspec

from townsfolk.api.client import MastodonClient
from townsfolk.api.entities import Poll, Status
from townsfolk.api.errors import (
    ApiError,
    Forbidden,
    NetworkError,
    NotFound,
    RateLimited,
    ServerError,
    Unauthorized,
    ValidationFailed,
)
from townsfolk.cache import Database
from townsfolk.i18n import translate
from townsfolk.services.post_source import (
    EditSource,
    looks_like_html,
    source_from_status,
)
from townsfolk.services.timelines import decode_cached, store_statuses

__all__ = ["ActionFailed", "PostActions"]

Toggle = Literal["favourite", "boost", "bookmark"]

Action = Literal[
    "favourite",
    "unfavourite",
    "boost",
    "unboost",
    "bookmark",
    "unbookmark",
    "vote",
    "delete",
    "edit",
]

_ACTIONS: dict[tuple[Toggle, bool], Action] = {
    ("favourite", True): "favourite",
    ("favourite", False): "unfavourite",
    ("boost", True): "boost",
    ("boost", False): "unboost",
    ("bookmark", True): "bookmark",
    ("bookmark", False): "unbookmark",
}


def _action_text(action: Action) -> str:
    """What was asked for, to go into the sentences of :func:`_failure` (translated now)."""
    #: What Townsfolk tried to do: a verb phrase that goes into every sentence of
    #: :func:`_failure`, after "could not" and after "allow Townsfolk to" ("Townsfolk could
    #: not remove this post from your saved posts because ..."). Translate so that those
    #: sentences read well.
    texts: dict[Action, str] = {
        "favourite": translate("PostActions", "favourite this post"),
        "unfavourite": translate("PostActions", "remove your favourite from this post"),
        "boost": translate("PostActions", "boost this post"),
        "unboost": translate("PostActions", "undo your boost of this post"),
        "bookmark": translate("PostActions", "save this post"),
        "unbookmark": translate("PostActions", "remove this post from your saved posts"),
        "vote": translate("PostActions", "vote in this poll"),
        "delete": translate("PostActions", "delete this post"),
        "edit": translate("PostActions", "edit this post"),
    }
    return texts[action]


class ActionFailed(Exception):
    """The town did not do it. ``user_message`` says what happened and what to do."""

    def __init__(self, user_message: str) -> None:
        super().__init__(user_message)
        self.user_message = user_message


def _failure(action: Action, error: ApiError, town: str) -> ActionFailed:
    if isinstance(error, NotFound):
        text = translate(
            "PostActions",
            "Townsfolk could not {action}: the post no longer exists, "
            "or you are not allowed to see it.",
        )
    elif isinstance(error, NetworkError):
        text = translate(
            "PostActions",
            "Townsfolk could not {action} because {town} is not answering. "
            "Please try again in a little while.",
        )
    elif isinstance(error, RateLimited):
        text = translate(
            "PostActions",
            "{town} asked Townsfolk to slow down, so it could not {action}. "
            "Please try again in a few minutes.",
        )
    elif isinstance(error, Unauthorized):
        text = translate(
            "PostActions",
            "Townsfolk is no longer logged in to {town}. Please log in again, then try again.",
        )
    elif isinstance(error, Forbidden | ValidationFailed):
        text = translate("PostActions", "{town} did not allow Townsfolk to {action}.")
    elif isinstance(error, ServerError):
        text = translate(
            "PostActions",
            "{town} had a problem and could not {action}. Please try again later.",
        )
    else:
        text = translate("PostActions", "Townsfolk could not {action}. Please try again.")
    return ActionFailed(text.format(action=_action_text(action), town=town))


class _Source(msgspec.Struct):
    text: str = ""
    spoiler_text: str = ""


class PostActions:
    """Actions of one account on posts as its own town knows them (ids are that town's)."""

    def __init__(self, db: Database, account_id: int, client: MastodonClient) -> None:
        self.db = db
        self.account_id = account_id
        self.client = client
        #: Whether the town lets people change their posts (None: not known yet). Learned
        #: from its software (:meth:`edit_support`) or from a refused change.
        self.can_edit: bool | None = None

    def _save(self, status: Status) -> None:
        store_statuses(self.db, self.account_id, [status], self.client.server)

    async def _do(self, action: Action, call: Callable[[], Awaitable[Status]]) -> Status:
        try:
            status = await call()
        except ApiError as error:
            raise _failure(action, error, self.client.server) from error
        return status

    async def toggle(self, what: Toggle, post_id: str, on: bool) -> Status:
        """Favourite / boost / bookmark (``on``) or undo it. Returns the post as the town
        now has it (for a boost, the boosted post, not Mastodon's wrapper)."""
        calls = {
            ("favourite", True): self.client.favourite,
            ("favourite", False): self.client.unfavourite,
            ("boost", True): self.client.reblog,
            ("boost", False): self.client.unreblog,
            ("bookmark", True): self.client.bookmark,
            ("bookmark", False): self.client.unbookmark,
        }
        status = await self._do(_ACTIONS[(what, on)], lambda: calls[(what, on)](post_id))
        # Mastodon answers a boost with a new post wrapping the original; Takahē with the
        # original itself. Either way, keep the original with its new state.
        original = status.reblog if status.reblog is not None and what == "boost" else status
        self._save(original)
        return original

    async def vote(self, poll_id: str, choices: Sequence[int]) -> Poll:
        try:
            return await self.client.vote(poll_id, choices)
        except ApiError as error:
            raise _failure("vote", error, self.client.server) from error

    async def delete(self, post_id: str) -> Status:
        """Delete one's own post (after the UI asked for confirmation). The saved copy goes
        too. Returns the deleted post with its text, so the UI can offer to write it again."""
        status = await self._do("delete", lambda: self.client.delete_status(post_id))
        self.db.posts.delete(self.account_id, [post_id])
        return status

    async def edit_support(self) -> bool:
        """Whether the town can change posts (asked once; True while it cannot be asked)."""
        if self.can_edit is None:
            try:
                capabilities = await self.client.capabilities()
            except ApiError:
                return True
            self.can_edit = capabilities.supports_edit
        return self.can_edit

    async def edit_source(self, post: Status) -> EditSource:
        """The post's text as the person wrote it, to put in the "Change" window: the
        town's ``/source`` where it has one, else worked out from the post (never HTML)."""
        path = f"/api/v1/statuses/{post.id}/source"
        try:
            response = await self.client.request("GET", path, ok_statuses=(404, 405, 501))
        except ApiError:
            response = None
        if response is not None and response.status_code == 200:
            try:
                found = msgspec.json.decode(response.content, type=_Source)
            except (msgspec.DecodeError, msgspec.ValidationError):
                found = None
            if found is not None and not looks_like_html(found.text):
                return EditSource(found.text, found.spoiler_text, "source")
        return source_from_status(post, self.client.server)

    async def edit(
        self,
        post_id: str,
        *,
        text: str,
        spoiler_text: str | None = None,
        sensitive: bool | None = None,
        language: str | None = None,
    ) -> Status:
        try:
            status = await self.client.edit_status(
                post_id,
                text,
                spoiler_text=spoiler_text,
                sensitive=sensitive,
                language=language,
            )
        except NotFound as error:
            if await self._still_there(post_id):  # the post is there: no editing on this town
                self.can_edit = False
                raise ActionFailed(
                    translate(
                        "PostActions",
                        "{town} does not let people change their posts. Your post is "
                        "unchanged; you can delete it and write it again.",
                    ).format(town=self.client.server)
                ) from error
            raise _failure("edit", error, self.client.server) from error
        except ApiError as error:
            raise _failure("edit", error, self.client.server) from error
        self._save(status)
        return status

    async def _still_there(self, post_id: str) -> bool:
        try:
            await self.client.get_status(post_id)
        except ApiError:
            return False
        return True

    def saved_copy(self, post_id: str) -> Status | None:
        found = self.db.posts.get(self.account_id, post_id)
        return decode_cached(found.json) if found else None
