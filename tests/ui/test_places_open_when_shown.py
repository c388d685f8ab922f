"""Only the place on screen is read from the cache and laid out when an account is shown
(start-up speed, docs/performance.md); the others are read the moment they are opened."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .test_main_window_support import posts_of, running, settle, wait_rows


async def test_hidden_places_are_read_when_first_shown(
    qtbot: Any, profile_dir: Path, maple: Any, user_token: Any
) -> None:
    async with running(qtbot, profile_dir, [(maple, user_token(maple.domain))]) as r:
        w = r.window
        account_id = r.accounts[0].local_id
        await settle(w)
        w.show_place("local")
        await wait_rows(w.views["local"])  # fetched once: now in the cache
        await settle(w)
        cached = len(posts_of(w.views["local"]))
        w.show_place("home")

        w.switch_account(account_id)  # as at start-up: the account's saved posts
        local, everywhere = w.views["local"], w.views["everywhere"]
        assert w.views["home"].timeline is not None
        assert w.views["home"].model.rowCount() > 0
        assert local.timeline is None
        assert local.model.rowCount() == 0
        assert everywhere.timeline is None
        assert everywhere.model.rowCount() == 0

        w.show_place("local")  # read from the cache at once, no waiting on the town
        assert local.timeline is not None
        assert 0 < len(posts_of(local)) <= cached
        await settle(w)
        assert everywhere.timeline is None, "a place never opened is never read"
