"""People who moved to another account (Mastodon's ``moved``), wherever they show:

- :func:`moved_line`: "Ann moved to @ann@new.town", for the line above a post in timelines
  (``ui/timeline/delegate.py``) and after a notification's sentence
  (``ui/notifications_view.py``); a click there opens the old profile, which says the same
  with a "Follow the new account" button (``ui/profile_view.py``).
- :func:`follow_new_account`: what that button does (through the session, so backups that
  follow the same people follow the new account too).
"""

from __future__ import annotations

import contextlib
from typing import Any

from PySide6.QtCore import QCoreApplication

from townsfolk.api.entities import Account as RemoteAccount
from townsfolk.services.addresses import display_handle
from townsfolk.services.session import SessionProblem
from townsfolk.ui.safe_text import fill

__all__ = ["follow_new_account", "moved_line"]


def moved_line(person: RemoteAccount | None, town: str = "") -> str | None:
    """ "Ann moved to @ann@new.town", or None when the person did not move."""
    if person is None or person.moved is None:
        return None
    new = display_handle(person.moved.acct or person.moved.username, town)
    return fill(QCoreApplication.translate("Moving", "%1 moved to %2"), person.name, new)


async def follow_new_account(window: Any, view: Any, acct: str) -> None:
    """Follow the account a person moved to, from their old profile (``view``)."""
    session, account = window.session, window.account
    if session is None or account is None:
        return
    try:
        person, relationship = await session.person(account.local_id, acct)
        if relationship is None or not (relationship.following or relationship.requested):
            relationship = await session.set_following(account.local_id, person.id, True)
    except SessionProblem as problem:
        window.banner.show_message("action", problem.user_message, kind="error")
        with contextlib.suppress(RuntimeError):
            view.set_moved_following(False)
        return
    with contextlib.suppress(RuntimeError):
        view.set_moved_following(relationship.following or relationship.requested)
