"""The main window against practice towns on loopback: every place loads, navigation by click
and by keyboard, switching accounts never waits on a town, settings apply at once."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from townsfolk.services.settings import Settings
from townsfolk.ui.main_window import MainWindow

from .test_main_window_support import eventually, posts_of, running, settle, wait_rows


async def test_each_place_opens_with_a_click_and_shows_posts(
    qtbot: Any, profile_dir: Path, maple: Any, user_token: Any
) -> None:
    async with running(qtbot, profile_dir, [(maple, user_token(maple.domain))]) as r:
        await _each_place(r.window)


async def _each_place(w: MainWindow) -> None:
    home = w.views["home"]
    await wait_rows(home)
    assert w.pages.currentWidget() is home
    assert w.title.text() == "People you follow"
    assert w.navigation.text_of("local") == "Your town (people on maple.practice)"

    for key, title in (
        ("local", "Your town (people on maple.practice)"),
        ("everywhere", "Everywhere"),
    ):
        row = w.navigation.row(w.navigation._items[key])
        rect = w.navigation.visualItemRect(w.navigation.item(row))
        QTest.mouseClick(w.navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert w.pages.currentWidget() is w.views[key]
        assert w.title.text() == title
        await wait_rows(w.views[key])
        local_posts = posts_of(w.views[key])
        if key == "local":  # everyone here lives in maple
            assert all("@" not in p.account.acct for p in local_posts)

    w.show_place("notifications")
    assert w.pages.currentWidget() is w.notifications_view
    await eventually(lambda: w.notifications_view.model.rowCount() > 0)

    w.show_place("search")
    assert w.pages.currentWidget() is w.search_view

    # Saved posts: nothing yet for Ann; saving one brings it there.
    w.show_place("home")
    post = posts_of(home)[0]
    await w.toggle("bookmark", post.id)
    w.show_place("bookmarks")
    await settle(w)
    assert post.id in [p.id for p in posts_of(w.views["bookmarks"])]


async def test_keyboard_shortcuts_reach_the_first_four_places(
    qtbot: Any, profile_dir: Path, maple: Any, user_token: Any
) -> None:
    async with running(qtbot, profile_dir, [(maple, user_token(maple.domain))]) as r:
        await _shortcuts(r.window)


async def _shortcuts(w: MainWindow) -> None:
    w.activateWindow()
    await eventually(w.isActiveWindow)
    expected = {
        Qt.Key.Key_1: "home",
        Qt.Key.Key_2: "local",
        Qt.Key.Key_3: "everywhere",
        Qt.Key.Key_4: "notifications",
    }
    for key, place in reversed(expected.items()):
        QTest.keyClick(w, key, Qt.KeyboardModifier.ControlModifier)
        assert w.current_page_key() == place
        assert w.navigation.current_place() == place
    # Ctrl+N opens the compose window for the active account.
    QTest.keyClick(w, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert w.compose is not None
    assert w.compose.account_id == w.account.local_id
    w.compose.ask_on_close = lambda: "discard"
    w.compose.close()


async def test_every_control_has_a_name_for_screen_readers(
    qtbot: Any, profile_dir: Path, maple: Any, user_token: Any
) -> None:
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QListView

    async with running(qtbot, profile_dir, [(maple, user_token(maple.domain))]) as r:
        w = r.window
        w.show_place("search")
        for kind in (QAbstractButton, QComboBox, QLineEdit, QListView):
            for control in w.findChildren(kind):
                if not control.isVisibleTo(w) or control.objectName().startswith("qt_"):
                    continue
                text = control.text() if isinstance(control, QAbstractButton) else ""
                assert control.accessibleName() or text, control.objectName() or repr(control)


async def test_switching_accounts_shows_saved_posts_at_once_while_towns_hang(
    qtbot: Any, profile_dir: Path, maple: Any, harbour: Any, user_token: Any
) -> None:
    logins = [(maple, user_token(maple.domain)), (harbour, user_token(harbour.domain))]
    async with running(qtbot, profile_dir, logins) as r:
        try:
            await _switch_while_hanging(r.window, r.accounts, maple, harbour)
        finally:
            maple.town.faults.clear()
            harbour.town.faults.clear()


async def _switch_while_hanging(
    w: MainWindow, accounts: list[Any], maple: Any, harbour: Any
) -> None:
    maple_ann, harbour_ann = accounts
    assert w.switcher.count() == 2
    assert "@ann@maple.practice" in w.switcher.itemText(0)
    await wait_rows(w.views["home"])
    maple_posts = [p.id for p in posts_of(w.views["home"])]
    w.switcher.choose(harbour_ann.local_id)
    await wait_rows(w.views["home"])
    await settle(w)
    harbour_posts = [p.id for p in posts_of(w.views["home"])]
    assert w.navigation.text_of("local") == "Your town (people on harbour.practice)"

    maple.town.faults.set("hang")
    harbour.town.faults.set("hang")
    started = time.perf_counter()
    w.switcher.choose(maple_ann.local_id)
    took = time.perf_counter() - started
    assert took < 0.5, f"switching took {took:.2f} s"
    assert w.account.local_id == maple_ann.local_id
    assert [p.id for p in posts_of(w.views["home"])][:10] == maple_posts[:10]
    assert w.title.text() == "People you follow"
    assert w.windowTitle() == "Townsfolk — @ann@maple.practice"

    started = time.perf_counter()
    w.switcher.choose(harbour_ann.local_id)
    assert time.perf_counter() - started < 0.5
    assert [p.id for p in posts_of(w.views["home"])][:10] == harbour_posts[:10]
    assert w.switcher.current_account_id() == harbour_ann.local_id


async def test_settings_apply_to_the_views_at_once(
    qtbot: Any, profile_dir: Path, maple: Any, user_token: Any
) -> None:
    async with running(qtbot, profile_dir, [(maple, user_token(maple.domain))]) as r:
        _settings(r.window)


def _settings(w: MainWindow) -> None:
    assert w.poll_timer.isActive()
    assert w.poll_timer.interval() == 120_000
    w.open_tag("gardening")
    changed = Settings(show_sensitive_media=True, refresh_interval=300)
    w.apply_settings(changed)
    assert w.poll_timer.interval() == 300_000
    assert all(v.delegate.show_sensitive for v in w.all_timeline_views())
    assert len(w.all_timeline_views()) >= 6  # four places, search, the hashtag page


async def test_polling_brings_new_posts(
    qtbot: Any, profile_dir: Path, maple: Any, user_token: Any
) -> None:
    async with running(qtbot, profile_dir, [(maple, user_token(maple.domain))]) as r:
        await _polling(r.window, maple, user_token)


async def _polling(w: MainWindow, maple: Any, user_token: Any) -> None:
    home = w.views["home"]
    await wait_rows(home)
    await settle(w)
    from townsfolk.api.client import MastodonClient

    async with MastodonClient(maple.base_url, access_token=user_token(maple.domain, "bob")) as bob:
        me = await bob.verify_credentials()
        async with MastodonClient(
            maple.base_url, access_token=user_token(maple.domain, "ann")
        ) as ann:
            await ann.follow(me.id)
        await bob.post_status("Fresh bread is out of the oven!")
    w.poll_timer.setInterval(50)  # the timer drives polling
    await eventually(home.new_posts.isVisible)
    home.show_new_posts()
    assert "Fresh bread" in posts_of(home)[0].content
