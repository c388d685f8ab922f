"""A post stuck on its way to a town that stopped answering goes out from the backup account,
from the compose window's list of waiting posts ("Post from my backup instead").

Real Session (SQLite file, in-memory keyring), real HealthMonitor, two practice towns on
loopback; maple hangs every request, so the post's picture upload never ends (the client's
read timeout is long here, so the post really is "being sent" when the person clicks).
"""

from __future__ import annotations

import contextlib
import gc
import os
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import Qt

from tests.services.test_failover_support import FAST_MONITOR, add_account
from townsfolk.cache import Draft, DraftMedia
from townsfolk.services.health import HISTORY_FILE_NAME, HealthMonitor
from townsfolk.services.session import Session
from townsfolk.ui.main_window import MainWindow

from .test_main_window_support import eventually, open_window, wait_rows

# As in test_failover_ui: closing a session while a watched request to a town that does not
# answer is still in flight can leave one loopback connection for the garbage collector.
pytestmark = [
    pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning"),
    pytest.mark.filterwarnings("ignore::ResourceWarning"),
]


def on_town(place: Any, text: str) -> int:
    world = place.town.world
    with world.lock:
        author = place.town.person("ann").key
        return sum(
            1
            for p in world.posts.values()
            if p.author == author and p.text == text and not p.deleted
        )


@contextlib.asynccontextmanager
async def app(
    qtbot: Any, profile: Path, maple: Any, harbour: Any, user_token: Any
) -> AsyncIterator[tuple[MainWindow, Session, int, int]]:
    monitor = HealthMonitor(history_path=profile / HISTORY_FILE_NAME, **FAST_MONITOR)
    factory = monitor.client_factory(timeout=60.0, max_retries=0, retry_backoff=0.0)
    session = Session.open(profile, client_factory=factory, monitor=monitor)
    try:
        main = add_account(session.db, session.secrets, maple, user_token(maple.domain), "ann")
        backup = add_account(
            session.db,
            session.secrets,
            harbour,
            user_token(harbour.domain),
            "ann",
            backup_of=main.local_id,
        )
        window, _recorded = await open_window(qtbot, session)
        try:
            yield window, session, main.local_id, backup.local_id
        finally:
            await window.aclose()
    finally:
        await session.aclose()
        for place in (maple, harbour):
            place.town.faults.clear()
        gc.collect()


async def test_a_post_stuck_uploading_goes_out_from_the_backup(
    qtbot: Any, profile_dir: Path, maple: Any, harbour: Any, user_token: Any, tmp_path: Path
) -> None:
    async with app(qtbot, profile_dir, maple, harbour, user_token) as (window, session, main, _):
        await wait_rows(window.views["home"])
        maple.town.faults.set("hang")
        picture = tmp_path / "fair.png"
        Image.new("RGB", (40, 30), (220, 120, 20)).save(picture)
        draft = Draft(text="The fair is on!", media=(DraftMedia(str(picture), "An orange"),))
        item = await session.outbox.submit(main, draft)
        await eventually(lambda: session.outbox.sending_phase(item.local_id) == "media", 10)
        await eventually(lambda: session.town_not_answering(main), 15)

        compose = window.open_compose(account=session.db.accounts.get(main))
        assert compose is not None
        compose.show_waiting_button.setChecked(True)
        waiting = compose.waiting_list
        waiting.refresh()
        assert waiting.list.count() == 1
        waiting.list.setCurrentRow(0)
        row = waiting.list.item(0)
        assert row is not None
        assert "Being sent now" in row.text()
        assert session.outbox.is_being_sent(item.local_id)
        # Being sent, yet it can move: the picture is still uploading, nothing has left.
        assert waiting.backup_button.isVisibleTo(compose)
        assert waiting.backup_button.isEnabled()
        assert not waiting.edit_button.isEnabled()
        folder = os.environ.get("TOWNSFOLK_SCREENSHOTS")  # pictures for the docs, on request
        if folder:
            os.makedirs(folder, exist_ok=True)
            compose.grab().save(os.path.join(folder, "compose-stuck-post-from-backup.png"))

        assert session.outbox.sending_phase(item.local_id) == "media"  # still stuck
        qtbot.mouseClick(waiting.backup_button, Qt.MouseButton.LeftButton)
        await eventually(lambda: session.outbox.waiting_count(main) == 0, 10)
        await eventually(lambda: on_town(harbour, "The fair is on!") == 1, 15)
        await eventually(lambda: waiting.list.count() == 0, 5)

        maple.town.faults.clear()  # maple answers again: nothing is left to send there
        await eventually(lambda: not session.town_not_answering(main), 15)
        assert session.outbox.waiting_count() == 0
        assert on_town(maple, "The fair is on!") == 0
        assert on_town(harbour, "The fair is on!") == 1


async def test_a_post_that_may_be_on_its_way_cannot_move(
    qtbot: Any, profile_dir: Path, maple: Any, harbour: Any, user_token: Any
) -> None:
    async with app(qtbot, profile_dir, maple, harbour, user_token) as (window, session, main, _):
        await wait_rows(window.views["home"])
        maple.town.faults.set("hang")
        item = await session.outbox.submit(main, Draft(text="Knock knock"))
        await eventually(lambda: session.outbox.may_have_left(item.local_id), 10)
        await eventually(lambda: session.town_not_answering(main), 15)
        compose = window.open_compose(account=session.db.accounts.get(main))
        assert compose is not None
        compose.show_waiting_button.setChecked(True)
        waiting = compose.waiting_list
        waiting.refresh()
        waiting.list.setCurrentRow(0)
        assert waiting.backup_button.isVisibleTo(compose)
        assert not waiting.backup_button.isEnabled()  # it may already be on maple

        # The banner's "Post from my backup instead" says why in plain words.
        moved = await window.post_waiting_from_backup([item.local_id])
        assert moved == 0
        assert any("may already have reached your town" in t for t in window.banner.texts())
        assert session.outbox.waiting_count(main) == 1
