"""Moving a whole account (Mastodon's "move to a different account"), guided step by step.

Mastodon has no client API for it: the person types the old address on the *new* town's
"Account aliases" page, then the new address on the *old* town's "Move to a different
account" page. Followers then move by themselves; posts stay on the old town. Townsfolk
remembers where the person is in the move (a small JSON file in the profile, so a restart
keeps the place), saves follows, lists, blocks, mutes, blocked towns and bookmarks from the old
account *before* the move (a moved Mastodon account's login is refused: "Your login is
currently disabled"), checks that the old account shows ``moved`` and then brings what it
saved into the new account (:mod:`services.moving.move`).
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import Final

from townsfolk import paths
from townsfolk.api.client import MastodonClient
from townsfolk.api.errors import ApiError
from townsfolk.services.moving.common import acct_of, same_person

__all__ = [
    "MOVE_FILE_NAME",
    "WAIT_DAYS",
    "AccountMove",
    "Step",
    "clear_move",
    "load_move",
    "moved_to",
    "save_move",
    "town_page",
]

log = logging.getLogger(__name__)

MOVE_FILE_NAME: Final = "account-move.json"
#: Mastodon lets an account move again only 30 days after a move.
WAIT_DAYS: Final = 30


class Step(StrEnum):
    POSTS = "posts"  # download my posts first (optional)
    ALIAS = "alias"  # step 1: the new town's account aliases page
    MOVE = "move"  # step 2: the old town's move page
    CHECK = "check"  # Townsfolk looks whether the old account shows "moved"
    BRING = "bring"  # follows, lists ... are brought in
    DONE = "done"


@dataclass(frozen=True, slots=True)
class AccountMove:
    old_id: int
    new_id: int
    step: Step = Step.POSTS
    moved_at: float | None = None  # when Townsfolk saw the move happen
    jobs: tuple[int, ...] = ()  # the import jobs of the "bring" step
    # The export of the old account made just before the move (its job in ``db.jobs``):
    # once an account has moved, Mastodon refuses its login ("Your login is currently
    # disabled"), so follows, lists ... can no longer be read from it afterwards.
    saved_export: int | None = None

    def at(self, step: Step) -> AccountMove:
        return replace(self, step=step)

    def next_move_possible(self) -> float | None:
        """When the new account may move again (30 days after the move)."""
        return None if self.moved_at is None else self.moved_at + WAIT_DAYS * 86400.0


def town_page(server_url: str, page: str) -> str:
    """The address of one of the town's own settings pages ("aliases", "migration",
    "export")."""
    return f"{server_url.rstrip('/')}/settings/{page}"


def _path(profile: Path) -> Path:
    return profile / MOVE_FILE_NAME


def load_move(profile: Path) -> AccountMove | None:
    """The move in progress, or None (also when the file cannot be read: logged)."""
    try:
        raw = json.loads(_path(profile).read_text(encoding="utf-8"))
        return AccountMove(
            old_id=int(raw["old_id"]),
            new_id=int(raw["new_id"]),
            step=Step(raw.get("step", Step.POSTS)),
            moved_at=None if raw.get("moved_at") is None else float(raw["moved_at"]),
            jobs=tuple(int(j) for j in raw.get("jobs", ())),
            saved_export=None if raw.get("saved_export") is None else int(raw["saved_export"]),
        )
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        log.warning("the saved account move could not be read; it starts again")
        return None


def save_move(profile: Path, move: AccountMove) -> None:
    data = asdict(move)
    data["step"] = move.step.value
    data["jobs"] = list(move.jobs)
    paths.write_private(_path(profile), json.dumps(data), durable=True)


def clear_move(profile: Path) -> None:
    _path(profile).unlink(missing_ok=True)


async def moved_to(
    old_client: MastodonClient | None,
    new_client: MastodonClient | None,
    old_handle: str,
    new_handle: str,
) -> bool:
    """Whether the old account now points to the new one (Mastodon's ``moved``): asked of
    the old town (its own account), and, when the old town does not answer, of the new
    town (the old account as it is seen there)."""
    old_domain = old_handle.split("@", 1)[-1]
    new_domain = new_handle.split("@", 1)[-1]
    for client, via_old in ((old_client, True), (new_client, False)):
        if client is None:
            continue
        try:
            if via_old:
                me = await client.verify_credentials()
            else:
                me = await client.lookup_account(old_handle)
        except ApiError as exc:
            log.info("could not look whether the account moved: %s", exc)
            continue
        if me.moved is not None:
            here = old_domain if via_old else new_domain
            return same_person(acct_of(me.moved.acct or me.moved.username, here), new_handle)
    return False
