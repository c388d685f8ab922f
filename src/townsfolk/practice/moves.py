"""People who moved to another account (Mastodon's "moved" state), for the practice towns.

Mastodon has no REST call for moving (aliases and the move are web pages); what clients see
is ``moved`` on the old account: the account it now points to. :func:`set_moved` makes a
practice person point to another (a test or a demo sets it; World.reset does not clear it,
so use :func:`clear_moves` or the :func:`moved` context manager).
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from townsfolk.practice.world import World

__all__ = ["clear_moves", "moved", "moved_to", "set_moved"]

_MOVES: weakref.WeakKeyDictionary[World, dict[int, int]] = weakref.WeakKeyDictionary()
_LOCK = threading.Lock()


def set_moved(world: World, old: int, new: int) -> None:
    with _LOCK:
        _MOVES.setdefault(world, {})[old] = new
    world.touch_person(old)


def clear_moves(world: World) -> None:
    with _LOCK:
        gone = _MOVES.pop(world, {})
    for pk in gone:
        world.touch_person(pk)


def moved_to(world: World, pk: int) -> int | None:
    with _LOCK:
        return _MOVES.get(world, {}).get(pk)


@contextmanager
def moved(world: World, old: int, new: int) -> Iterator[None]:
    set_moved(world, old, new)
    try:
        yield
    finally:
        clear_moves(world)
