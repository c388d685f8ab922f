"""What the newcomer's first week still missed (issue 11, the gaps the other parts reported):
People to follow right after sign-up, custom emoji in names, Follow buttons by keyboard,
"warn" hidden words in notifications, the sidebar under a page opened from the menu, and the
moving entries in the Account menu with "Not now" remembered."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from tests.services.test_failover_support import FAST_MONITOR
from townsfolk.api.client import MastodonClient
from townsfolk.services.health import HISTORY_FILE_NAME, HealthMonitor, TownState
from townsfolk.services.session import Session
from townsfolk.ui.moving.new_home_offer import BANNER_KEY, DECLINED_FILE, NewHomeOffer

from .shots import shot
from .test_main_window_support import eventually, running, settle
from .test_moving_ui import moving_app

# ----------------------------------------------------------------- hidden words, notifications


async def test_a_warn_filter_folds_a_notification_until_show_anyway(
    qtbot: Any, profile_dir: Path, maple: Any, user_token: Any
) -> None:
    async with MastodonClient(maple.base_url, access_token=user_token(maple.domain, "bob")) as c:
        mention = (await c.post_status("@ann so many tomatoes!")).id

    async with running(qtbot, profile_dir, [(maple, user_token(maple.domain))]) as r:
        w = r.window
        await settle(w)
        view = w.notifications_view

        def row_of_mention() -> int:
            for n, row in enumerate(view.model.rows):
                status = row.item.notification.status
                if row.person is None and status is not None and status.id == mention:
                    return n
            return -1

        await eventually(lambda: row_of_mention() >= 0, 20)
        assert not view.model.rows[row_of_mention()].hidden
        dialog = w.safety.open_hidden_words()
        assert dialog is not None
        await w.safety.wait()
        dialog.words.setText("tomatoes")
        assert dialog.places["notifications"].isChecked()
        assert dialog.warn.isChecked()  # fold, not hide
        dialog.save_button.click()
        await w.safety.wait()
        dialog.close()
        await settle(w)
        w.show_place("notifications")
        await eventually(lambda: row_of_mention() >= 0 and view.model.rows[row_of_mention()].hidden)
        n = row_of_mention()
        entry = view.model.rows[n]
        assert entry.hidden == ("tomatoes",)
        assert view.delegate.body(entry) == "Hidden because it mentions “tomatoes”. Show anyway"
        spoken = view.model.spoken(entry)
        assert "Hidden because it mentions “tomatoes”." in spoken
        assert "so many tomatoes" not in spoken
        view.list.setCurrentIndex(view.model.index(n))
        shot(w, "firstweek-notification-folded.png")
        # Space (or a click) shows it anyway; the next press opens the post as before.
        view.list.setFocus()
        qtbot.keyClick(view.list, Qt.Key.Key_Space)
        entry = view.model.rows[row_of_mention()]
        assert not entry.hidden
        assert "so many tomatoes" in view.delegate.body(entry)
        assert "so many tomatoes" in view.model.spoken(entry)


# ----------------------------------------------------------------- moving, in the Account menu


async def test_moving_entries_are_in_the_account_menu_and_not_now_is_remembered(
    qtbot: Any, profile_dir: Path, maple: Any, harbour: Any, user_token: Any
) -> None:
    monitor = HealthMonitor(history_path=profile_dir / HISTORY_FILE_NAME, **FAST_MONITOR)
    logins = [
        (maple, user_token(maple.domain), "ann"),
        (harbour, user_token(harbour.domain), "ann"),
    ]
    async with moving_app(qtbot, profile_dir, logins, monitor=monitor, backup=True) as app:
        w: Any = app.window
        account_menu = w.safety.menu
        texts = [a.text() for a in account_menu.actions()]
        for entry in ("&Move to another town…", "Save my follows and lists…"):
            assert entry in texts
        assert "Bring in follows from a file…" in texts
        for mode in ("move", "export", "import"):
            assert w.moving_actions[mode] in account_menu.actions()
        # They open the same wizard from there.
        w.moving_actions["export"].trigger()
        assert w.moving_wizard.isVisible()
        w.moving_wizard.close()
        w.safety._update_menu()  # as when it opens
        account_menu.adjustSize()
        shot(account_menu, "firstweek-account-menu.png")

        maple.town.faults.set("down")
        w.poll_now()
        await eventually(lambda: monitor.state(maple.base_url) is TownState.NOT_ANSWERING, 30)
        later = time.time() + 4 * 86400 + 60

        offer = w.new_home_offer
        offer.clock = lambda: later
        assert await offer.check()
        w.banner.second_clicked.emit(BANNER_KEY)  # "Not now"
        assert not w.banner.has(BANNER_KEY)
        assert (profile_dir / DECLINED_FILE).exists()

        # Townsfolk starts again, the same outage goes on: no offer.
        again = NewHomeOffer(w, w.moving)
        again.clock = lambda: later + 3600
        assert not await again.check()
        assert not w.banner.has(BANNER_KEY)

        # Another outage (it began at another time): offered again.
        saved = json.loads((profile_dir / DECLINED_FILE).read_text("utf-8"))
        (main_id,) = saved
        saved[main_id]["outage"] -= 7200
        (profile_dir / DECLINED_FILE).write_text(json.dumps(saved), "utf-8")
        third = NewHomeOffer(w, w.moving)
        third.clock = lambda: later
        assert await third.check()
        assert w.banner.has(BANNER_KEY)
        maple.town.faults.clear()


# ----------------------------------------------------------------- Follow by keyboard


async def test_follow_buttons_in_a_people_list_work_by_keyboard(
    qtbot: Any, profile_dir: Path, maple: Any, user_token: Any
) -> None:
    from townsfolk.ui.people_pages import PeoplePageView

    async with running(qtbot, profile_dir, [(maple, user_token(maple.domain))]) as r:
        w = r.window
        w.show()
        await settle(w)
        w.poll_timer.stop()
        page = w.open_people_to_follow()
        assert isinstance(page, PeoplePageView)
        plist = page.list
        await eventually(lambda: bool(plist.rows) and not page.loading, 20)
        rows = list(plist.rows.values())
        await eventually(lambda: all(row.relationship is not None for row in rows), 20)
        # Tab reaches the list, not each button: the first person becomes the current one.
        for row in rows:
            assert row.follow.focusPolicy() == Qt.FocusPolicy.ClickFocus
        w.activateWindow()
        plist.setFocus(Qt.FocusReason.TabFocusReason)
        await eventually(lambda: plist.currentRow() == 0)
        qtbot.keyClick(plist, Qt.Key.Key_Down)
        second = plist.current_row_widget()
        assert second is rows[1]
        name = second.person.name
        assert second.follow.accessibleName() == f"Follow {name}"
        assert plist.currentItem().data(Qt.ItemDataRole.AccessibleDescriptionRole) == (
            f"Follow {name}"
        )
        asked: list[tuple[str, bool]] = []
        plist.follow_requested.connect(lambda pid, on: asked.append((pid, on)))
        qtbot.keyClick(plist, Qt.Key.Key_F)
        assert asked == [(second.person.id, True)]
        await eventually(lambda: second.relationship is not None and second.following, 20)
        assert (
            plist.currentItem().data(Qt.ItemDataRole.AccessibleDescriptionRole).startswith("You ")
        )
        qtbot.keyClick(plist, Qt.Key.Key_Down)
        third = plist.current_row_widget()
        assert third is rows[2]
        qtbot.keyClick(plist, Qt.Key.Key_Space)
        assert asked[-1] == (third.person.id, True)
        await eventually(lambda: third.relationship is not None and third.following, 20)
        shot(w, "firstweek-follow-by-keyboard.png")


# ----------------------------------------------------------------- after the wizard


async def _wizard_ends(
    qtbot: Any, profile_dir: Path, maple: Any, user_token: Any, *, new_account: bool
) -> Any:
    """The welcome wizard ends with Ann's account (new, or one she logged in to)."""
    from .test_main_window_support import add_account, fast_client, open_window
    from .test_welcome_flow import _flow

    session = Session.open(profile_dir, client_factory=fast_client)
    window, _recorded = await open_window(qtbot, session)
    flow = _flow(window, session, profile_dir)
    flow.start()
    assert flow.wizard is not None
    flow.wizard.state.new_account = new_account
    account = await add_account(session, maple, user_token(maple.domain, "ann"))
    flow.wizard.account_ready.emit(account)
    await eventually(lambda: window.account is not None)
    await settle(window)
    return session, window, flow


async def test_a_new_account_opens_on_people_to_follow_with_a_sentence(
    qtbot: Any, profile_dir: Path, maple: Any, user_token: Any
) -> None:
    session, w, flow = await _wizard_ends(qtbot, profile_dir, maple, user_token, new_account=True)
    try:
        await eventually(lambda: w.pages.currentWidget().objectName() == "peopleToFollow")
        page = w.pages.currentWidget()
        assert page.intro.text().startswith(
            "Welcome to your town! Posts show up in “People you follow” once you follow "
            "someone, so here are some people to start with."
        )
        await eventually(lambda: bool(page.list.rows) and not page.loading, 20)
        assert w.navigation.selectedItems() == []  # People to follow is no place of the list
        w.show()
        w.resize(1100, 720)
        await settle(w)
        await eventually(lambda: not w.images._tasks, 20)  # their pictures, not initials
        await settle(w)
        shot(w, "firstweek-new-account-people-to-follow.png")
        w.go_back()
        assert w.current_page_key() == "home"
        assert [i.text() for i in w.navigation.selectedItems()] == ["People you follow"]
    finally:
        flow.wizard.close()
        await flow.aclose()
        await w.aclose()
        await session.aclose()


async def test_logging_in_to_an_account_she_had_opens_on_people_you_follow(
    qtbot: Any, profile_dir: Path, maple: Any, user_token: Any
) -> None:
    session, w, flow = await _wizard_ends(qtbot, profile_dir, maple, user_token, new_account=False)
    try:
        assert w.current_page_key() == "home"
        assert not any(
            w.pages.widget(n).objectName() == "peopleToFollow" for n in range(w.pages.count())
        )
    finally:
        flow.wizard.close()
        await flow.aclose()
        await w.aclose()
        await session.aclose()


async def test_people_to_follow_from_search_does_not_highlight_search(
    qtbot: Any, profile_dir: Path, maple: Any, user_token: Any
) -> None:
    async with running(qtbot, profile_dir, [(maple, user_token(maple.domain))]) as r:
        w = r.window
        await settle(w)
        w.show_place("search")
        assert [i.text() for i in w.navigation.selectedItems()] == ["Search"]
        w.people_to_follow_action.trigger()
        assert w.pages.currentWidget().objectName() == "peopleToFollow"
        assert w.navigation.selectedItems() == []
        # Back: the place underneath, highlighted again; choosing it from the keyboard too.
        w.go_back()
        assert w.current_page_key() == "search"
        assert [i.text() for i in w.navigation.selectedItems()] == ["Search"]
        w.people_to_follow_action.trigger()
        w.show_place("search")
        assert [i.text() for i in w.navigation.selectedItems()] == ["Search"]
        # "Your profile" from the menu is no place of the sidebar either.
        w.own_profile_action.trigger()
        assert w.current_page_key() == "detail"
        assert w.navigation.selectedItems() == []
        w.go_back()
        assert [i.text() for i in w.navigation.selectedItems()] == ["Search"]


# ----------------------------------------------------------------- custom emoji in names


def _emoji_name_person(maple: Any, username: str, name: str) -> str:
    """Someone on maple whose display name holds one of the town's custom emoji."""
    from datetime import UTC, datetime

    world = maple.town.world
    with world.lock:
        code = sorted(world.town(maple.domain).emojis)[0]
        world.add_person(
            maple.domain, username, name.replace("CODE", code), created_at=datetime.now(UTC)
        )
    return str(code)


def _shows_pictures(label: Any, code: str) -> bool:
    doc = label.document
    return doc is not None and "data:image/png;base64," in doc.toHtml() and label.isVisible()


async def test_custom_emoji_in_names_show_as_pictures_in_search_and_profiles(
    qtbot: Any, profile_dir: Path, maple: Any, user_token: Any
) -> None:
    from townsfolk.ui.profile_view import ProfileView

    code = _emoji_name_person(maple, "rosa", "Rosa :CODE: Diaz")
    _emoji_name_person(maple, "mallory", '<img src="/dev/zero"> :CODE: <b>boss</b>')
    async with running(qtbot, profile_dir, [(maple, user_token(maple.domain))]) as r:
        w = r.window
        w.show()
        await settle(w)
        w.poll_timer.stop()
        w.show_place("search")
        w.search_view.field.setText("rosa")
        w.search_view.button.click()
        plist = w.search_view.people
        await eventually(lambda: any(r.person.username == "rosa" for r in plist.rows.values()), 20)
        row = next(r for r in plist.rows.values() if r.person.username == "rosa")
        assert row.name.text() == f"Rosa :{code}: Diaz"  # the name as the town sent it
        await eventually(lambda: _shows_pictures(row.name, code), 20)
        doc = row.name.document
        assert f":{code}:" not in doc.toPlainText()  # a picture, never the code as words
        assert doc.toPlainText().replace("\ufffc", "").split() == ["Rosa", "Diaz"]
        assert doc.refused == []  # it asked only for the picture the app saved
        assert all(s.startswith("data:image/png;base64,") for s in doc.requested)
        assert row.name.accessibleName() == f"Rosa {code} Diaz"
        shot(w, "firstweek-emoji-names-search.png")

        profile = w.open_profile(f"rosa@{maple.domain}")
        assert isinstance(profile, ProfileView)
        await eventually(lambda: profile.person is not None, 20)
        await eventually(lambda: _shows_pictures(profile.name, code), 20)
        assert f":{code}:" not in profile.name.document.toPlainText()
        assert profile.name.document.refused == []
        shot(w, "firstweek-emoji-names-profile.png")
        w.go_back()

        # A hostile name with an emoji in it: its markup stays words, nothing else is loaded.
        w.search_view.field.setText("mallory")
        w.search_view.button.click()
        await eventually(
            lambda: any(r.person.username == "mallory" for r in plist.rows.values()), 20
        )
        bad = next(r for r in plist.rows.values() if r.person.username == "mallory")
        await eventually(lambda: _shows_pictures(bad.name, code), 20)
        words = bad.name.document.toPlainText()
        assert '<img src="/dev/zero">' in words
        assert "<b>boss</b>" in words
        assert bad.name.document.refused == []
        assert not any("/dev/zero" in s for s in bad.name.document.requested)
