"""Things a person does to a post: favourite, boost, bookmark (and undo), vote, delete, edit.

The UI flips the button at once and calls these; when the town refuses, they raise
:class:`ActionFailed` with a plain sentence and the UI flips the button back. The saved copy
of the post is only changed once the town has confirmed, so there is nothing to undo here.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from typing import Literal

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


class PostActions:
    """Actions of one account on posts as its own town knows them (ids are that town's)."""

    def __init__(self, db: Database, account_id: int, client: MastodonClient) -> None:
        self.db = db
        self.account_id = account_id
        self.client = client

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

    async def edit(
        self,
        post_id: str,
        *,
        text: str,
        spoiler_text: str | None = None,
        sensitive: bool | None = None,
        language: str | None = None,
    ) -> Status:
        status = await self._do(
            "edit",
            lambda: self.client.edit_status(
                post_id,
                text,
                spoiler_text=spoiler_text,
                sensitive=sensitive,
                language=language,
            ),
        )
        self._save(status)
        return status

    def saved_copy(self, post_id: str) -> Status | None:
        found = self.db.posts.get(self.account_id, post_id)
        return decode_cached(found.json) if found else None
