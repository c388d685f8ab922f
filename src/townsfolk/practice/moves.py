"""People who moved to another account (Mastodon's "moved" state), for the practice towns.

Mastodon has no REST call for moving (aliases and the move are web pages); what clients see
is ``moved`` on the old account: the account it now points to. :func:`set_moved` makes a
practice person point to another (a test or a demo sets it; World.reset does not clear it,
so use :func:`clear_moves` or the :func:`moved` context manager).

When a person moves, Mastodon tells their followers with a ``move`` notification: ``account``
is the old account, ``target_account`` the new one. :func:`notify_followers` does that here
(``moved(..., notify=True)``); :func:`move_target` gives a move notification's new account
(kept when the move is cleared, as a notification stays).

Aliases ("also known as", added on the *new* account's "Account aliases" page before a move)
are kept the same way: :func:`add_alias`, :func:`aliases`; :func:`clear_moves` clears them
too. The practice towns' web pages (``routes/moving_pages.py``) let a person do both by hand.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import TYPE_CHECKING

from townsfolk.practice.model import utcnow

if TYPE_CHECKING:
    from townsfolk.practice.world import World

__all__ = [
    "add_alias",
    "aliases",
    "clear_moves",
    "move_target",
    "moved",
    "moved_to",
    "notify_followers",
    "remove_alias",
    "set_moved",
]

_MOVES: weakref.WeakKeyDictionary[World, dict[int, int]] = weakref.WeakKeyDictionary()
#: A move notification's id -> the person the old account moved to.
_TARGETS: weakref.WeakKeyDictionary[World, dict[int, int]] = weakref.WeakKeyDictionary()
#: person -> the people they say they also are (their old accounts), in the order added
_ALIASES: weakref.WeakKeyDictionary[World, dict[int, list[int]]] = weakref.WeakKeyDictionary()
_LOCK = threading.Lock()


def set_moved(world: World, old: int, new: int) -> None:
    with _LOCK:
        _MOVES.setdefault(world, {})[old] = new
    world.touch_person(old)


def add_alias(world: World, pk: int, old: int) -> None:
    """``pk`` says it is also ``old`` (Mastodon's ``also_known_as``)."""
    with _LOCK:
        known = _ALIASES.setdefault(world, {}).setdefault(pk, [])
        if old not in known:
            known.append(old)


def remove_alias(world: World, pk: int, old: int) -> None:
    with _LOCK:
        known = _ALIASES.get(world, {}).get(pk, [])
        if old in known:
            known.remove(old)


def aliases(world: World, pk: int) -> list[int]:
    with _LOCK:
        return list(_ALIASES.get(world, {}).get(pk, []))


def clear_moves(world: World) -> None:
    with _LOCK:
        _ALIASES.pop(world, None)
        gone = _MOVES.pop(world, {})
    for pk in gone:
        world.touch_person(pk)


def moved_to(world: World, pk: int) -> int | None:
    with _LOCK:
        return _MOVES.get(world, {}).get(pk)


def notify_followers(world: World, old: int, new: int, when: datetime | None = None) -> int:
    """Tell everyone who follows ``old`` that it moved to ``new`` (a ``move`` notification
    each, as Mastodon sends them); returns how many were told."""
    when = when or utcnow()
    told = 0
    with world.lock:
        for follower in list(world.graph.followers.get(old, {})):
            town = world.home_town(follower)
            before = {n.id for n in town.notifications.get(follower, [])}
            world.notify(follower, "move", old, None, when)
            for note in town.notifications.get(follower, []):
                if note.id not in before and note.type == "move":
                    with _LOCK:
                        _TARGETS.setdefault(world, {})[note.id] = new
                    told += 1
    return told


def move_target(world: World, note_id: int, old: int) -> int | None:
    """The person a move notification says ``old`` moved to."""
    with _LOCK:
        target = _TARGETS.get(world, {}).get(note_id)
    return target if target is not None else moved_to(world, old)


@contextmanager
def moved(world: World, old: int, new: int, *, notify: bool = False) -> Iterator[None]:
    """``old`` points to ``new`` inside the block (with ``notify``, its followers are told)."""
    set_moved(world, old, new)
    if notify:
        notify_followers(world, old, new)
    try:
        yield
    finally:
        clear_moves(world)
