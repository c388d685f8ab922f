"""Issue 10, item 10: while one town is down and another answers, the timeline names the town
that is not answering instead of saying "You are offline". Real Session, real HealthMonitor,
two practice towns on loopback with the main town's socket really closed."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

import pytest

from townsfolk.api.errors import ApiError

from .test_failover_ui import failover_app, on_screen, take_down
from .test_main_window_support import eventually, settle, wait_rows

pytestmark = [
    pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning"),
    pytest.mark.filterwarnings("ignore::ResourceWarning"),
]


async def test_the_timeline_names_the_town_that_is_not_answering(
    qtbot: Any, profile_dir: Path, maple: Any, harbour: Any, user_token: Any
) -> None:
    async with failover_app(qtbot, profile_dir, maple, harbour, user_token) as app:
        window = app.window
        home = window.views["home"]
        await wait_rows(home)
        await settle(window)
        backup = app.session.get(app.backup.local_id)
        assert backup is not None
        await backup.client.verify_credentials()  # the backup's town answers
        await take_down(maple)

        assert window._town_down_while_others_answer(maple.base_url) == "maple.practice"
        await window.refresh_timeline("home")
        assert not window.offline
        assert not window.banner.has("offline")
        if on_screen(app) == app.main.local_id:  # (the failover may have switched already)
            assert home.message.isVisible()
            assert home.message.text() == "maple.practice is not answering; showing saved posts."

        # the failover then does its part: the backup, never "You are offline"
        await eventually(lambda: on_screen(app) == app.backup.local_id, 15)
        assert not window.banner.has("offline")


async def test_offline_when_no_other_town_answers(
    qtbot: Any, profile_dir: Path, maple: Any, harbour: Any, user_token: Any
) -> None:
    async with failover_app(qtbot, profile_dir, maple, harbour, user_token) as app:
        window = app.window
        home = window.views["home"]
        await wait_rows(home)
        await settle(window)
        await take_down(maple, harbour)
        backup = app.session.get(app.backup.local_id)
        assert backup is not None
        with contextlib.suppress(ApiError):
            await backup.client.verify_credentials()
        await eventually(lambda: app.session.monitor.offline, 15)
        assert window._town_down_while_others_answer(maple.base_url) is None
        await window.refresh_timeline("home")
        assert window.banner.has("offline")
        assert not home.message.isVisible()
