"""F5, Alt+Left and the other window keys really fire (each key bound once), and following
someone fills "People you follow" at once, not at the next 2-minute look (issue 11, break 6)."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest

from townsfolk.ui.main_window import MainWindow
from townsfolk.ui.profile_view import ProfileView

from .test_main_window_support import eventually, posts_of, running, settle, wait_rows


def _bound_keys(window: MainWindow) -> Counter[str]:
    keys: Counter[str] = Counter()
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            keys[key.toString(QKeySequence.SequenceFormat.PortableText)] += 1
    return keys


def test_no_key_is_bound_twice(qtbot: Any) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    keys = _bound_keys(window)
    assert {key: n for key, n in keys.items() if n > 1} == {}
    for key in ("F5", "Alt+Left", "Ctrl+Q", "Ctrl+,"):
        assert keys[key] == 1, key


async def test_f5_looks_for_new_posts_and_alt_left_goes_back(
    qtbot: Any, profile_dir: Path, maple: Any, user_token: Any
) -> None:
    async with running(qtbot, profile_dir, [(maple, user_token(maple.domain))]) as r:
        w = r.window
        await wait_rows(w.views["home"])
        await settle(w)
        w.activateWindow()
        await eventually(w.isActiveWindow)

        looked: list[bool] = []
        w.refresh_action.triggered.connect(lambda *_: looked.append(True))
        QTest.keyClick(w, Qt.Key.Key_F5)
        assert looked == [True]
        assert w._polling is not None

        profile = w.open_profile(f"ann@{maple.domain}")
        assert isinstance(profile, ProfileView)
        assert w.back_button.isVisibleTo(w)
        QTest.keyClick(w, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
        assert w.current_page_key() == "home"
        assert not w.back_button.isVisibleTo(w)
        await settle(w)


async def test_following_someone_shows_their_posts_at_once(
    qtbot: Any, profile_dir: Path, maple: Any, practice: Any
) -> None:
    world = practice.world
    with world.lock:
        world.add_person(maple.domain, "newbie", "Newbie", created_at=datetime.now(UTC))
    token = maple.town.create_token("newbie")
    async with running(qtbot, profile_dir, [(maple, token)]) as r:
        w = r.window
        await settle(w)
        assert posts_of(w.views["home"]) == []  # follows nobody yet
        # The timer would look again only in 2 minutes: it plays no part here.
        w.poll_timer.stop()

        profile = w.open_profile(f"carmen@{maple.domain}")
        assert isinstance(profile, ProfileView)
        await eventually(lambda: profile.person is not None and profile.relationship is not None)
        profile.follow_button.click()
        await wait_rows(w.views["home"], timeout=15)
        rows = [r for r in w.views["home"].model.rows if r.kind == "post"]
        assert {r.item.status.account.acct for r in rows} == {"carmen"}  # hers and her boosts
        await settle(w)
