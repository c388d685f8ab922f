"""Finding people, lists of people with Follow buttons, people to follow, and editing one's
own profile, in a real window on a practice town (issue 11: "Missing that people expect")."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import shiboken6
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QPushButton

from townsfolk.ui.main_window import MainWindow
from townsfolk.ui.people_list import PeopleList, PersonRowWidget
from townsfolk.ui.people_pages import PeoplePageView
from townsfolk.ui.profile_edit import ProfileEditDialog
from townsfolk.ui.profile_view import ProfileView
from townsfolk.ui.style import apply_color_scheme

from .shots import shot
from .test_main_window_support import eventually, posts_of, running, settle, wait_rows


def _newcomer(practice: Any, maple: Any, name: str = "newbie") -> str:
    world = practice.world
    with world.lock:
        world.add_person(maple.domain, name, "Newbie", created_at=datetime.now(UTC))
    token: str = maple.town.create_token(name)
    return token


def _row(plist: PeopleList, username: str) -> PersonRowWidget:
    for row in plist.rows.values():
        if row.person.username == username:
            return row
    raise AssertionError(f"{username} is not in the list")


async def _loaded(view: PeoplePageView) -> None:
    await eventually(lambda: bool(view.list.rows) and not view.loading)


async def test_search_explains_itself_and_follows_from_results(
    qtbot: Any, profile_dir: Path, maple: Any, practice: Any
) -> None:
    token = _newcomer(practice, maple)
    world = practice.world
    with world.lock:
        bob = world.lookup("bob", maple.domain, maple.domain)
        assert bob is not None
        bob.locked = True  # asks first: the button says "Requested"
        world.touch_person(bob.key)
    async with running(qtbot, profile_dir, [(maple, token)]) as r:
        w = r.window
        await settle(w)
        w.show_place("search")
        empty = w.search_view.empty
        assert empty.isVisibleTo(w)
        words = " ".join(label.text() for label in empty.findChildren(QLabel))
        for hint in ("@ann@maple.social", "#gardening", "web address"):
            assert hint in words

        w.search_view.field.setText("bob")
        w.search_view.button.click()
        await settle(w)
        assert not empty.isVisibleTo(w)
        plist = w.search_view.people
        row = _row(plist, "bob")
        assert row.name.text() == "Bob Baker"
        assert row.handle.text().startswith("@bob")
        await eventually(lambda: row.relationship is not None)
        assert row.follow.text() == "Follow"
        row.follow.click()
        await eventually(lambda: row.relationship is not None and row.relationship.requested)
        assert row.follow.text() == "Requested"
        with world.lock:
            me = world.lookup("newbie", maple.domain, maple.domain)
            assert me is not None
            assert me.key in world.graph.requests.get(bob.key, {})
        # Pressing the row opens the profile.
        row.pressed.emit()
        assert isinstance(w.pages.currentWidget(), ProfileView)
        await settle(w)


async def test_hostile_names_in_people_lists_stay_plain_text(
    qtbot: Any, profile_dir: Path, maple: Any, practice: Any
) -> None:
    token = _newcomer(practice, maple)
    nasty = '<img src="/dev/zero"><b>Mallory</b>'
    with practice.world.lock:
        practice.world.add_person(maple.domain, "mallory", nasty, created_at=datetime.now(UTC))
    async with running(qtbot, profile_dir, [(maple, token)]) as r:
        w = r.window
        await settle(w)
        w.show_place("search")
        w.search_view.field.setText("mallory")
        w.search_view.button.click()
        await settle(w)
        row = _row(w.search_view.people, "mallory")
        assert row.name.text() == nasty
        assert row.name.textFormat() == Qt.TextFormat.PlainText
        assert row.handle.textFormat() == Qt.TextFormat.PlainText


async def test_profile_counts_open_lists_of_people_page_by_page(
    qtbot: Any, profile_dir: Path, maple: Any, practice: Any, user_token: Any
) -> None:
    world = practice.world
    with world.lock:
        ann = world.lookup("ann", maple.domain, maple.domain)
        assert ann is not None
        for n in range(45):  # more than one page of 40
            fan = world.add_person(
                maple.domain, f"fan{n}", f"Fan {n}", created_at=datetime.now(UTC)
            )
            world.follow(fan.key, ann.key)
    async with running(qtbot, profile_dir, [(maple, user_token(maple.domain, "bob"))]) as r:
        w = r.window
        await settle(w)
        profile = w.open_profile(f"ann@{maple.domain}")
        assert isinstance(profile, ProfileView)
        await eventually(lambda: profile.person is not None and profile.relationship is not None)
        assert "followers" in profile.followers_button.text()
        profile.followers_button.click()
        page = w.pages.currentWidget()
        assert isinstance(page, PeoplePageView)
        await _loaded(page)
        assert len(page.list.rows) == 40
        more = page.list.findChild(QPushButton, "peopleMore")
        assert more is not None
        more.click()
        await eventually(lambda: len(page.list.rows) > 40 and not page.loading)
        total = len(world.graph.followers[ann.key])
        assert len(page.list.rows) == total
        assert page.list.findChild(QPushButton, "peopleMore") is None
        # every row says whether bob follows them
        await settle(w)
        assert all(row.relationship is not None for row in page.list.rows.values())
        w.go_back()
        profile.following_button.click()
        following = w.pages.currentWidget()
        assert isinstance(following, PeoplePageView)
        assert following.objectName() == "followingPage"
        await settle(w)


async def test_people_to_follow_from_the_empty_home_page(
    qtbot: Any, profile_dir: Path, maple: Any, practice: Any
) -> None:
    token = _newcomer(practice, maple)
    async with running(qtbot, profile_dir, [(maple, token)]) as r:
        w = r.window
        await settle(w)
        w.poll_timer.stop()
        assert posts_of(w.views["home"]) == []
        button = w.find_people_button
        await eventually(lambda: button.isVisibleTo(w))
        button.click()
        page = w.pages.currentWidget()
        assert isinstance(page, PeoplePageView)
        assert page.objectName() == "peopleToFollow"
        assert "suggested by your town" in page.intro.text()
        await _loaded(page)
        names = [row.person.username for row in page.list.rows.values()]
        assert "newbie" not in names
        assert len(names) == len(set(names))
        first = next(iter(page.list.rows.values()))
        await eventually(lambda: first.relationship is not None)
        first.follow.click()
        await eventually(lambda: first.relationship is not None and first.following)
        assert first.follow.text() in ("Following ✓", "Requested")
        # People you follow shows their posts at once (no wait for the next look).
        if not first.person.locked and first.person.statuses_count:
            await wait_rows(w.views["home"], timeout=15)
        await settle(w)
        assert w.people_to_follow_action.isEnabled()


def _picture(path: Path, colour: str, size: int) -> str:
    out = io.BytesIO()
    Image.new("RGB", (size, size), colour).save(out, "PNG")
    path.write_bytes(out.getvalue())
    return str(path)


async def _editor(w: MainWindow) -> ProfileEditDialog:
    dialog = w.open_profile_editor()
    assert isinstance(dialog, ProfileEditDialog)
    await eventually(lambda: dialog.loading is not None and dialog.loading.done())
    return dialog


async def test_profile_edit_round_trip(
    qtbot: Any, profile_dir: Path, maple: Any, practice: Any, tmp_path: Path, user_token: Any
) -> None:
    token = user_token(maple.domain, "ann")
    async with running(qtbot, profile_dir, [(maple, token)]) as r:
        w = r.window
        await settle(w)
        dialog = await _editor(w)
        assert dialog.findChild(QLineEdit, "profileName").text() == "Ann Archer"
        # the preview shows the town's banner picture until another is chosen
        await eventually(lambda: not dialog.preview_header.pixmap().isNull())
        name = dialog.findChild(QLineEdit, "profileName")
        note = dialog.findChild(QPlainTextEdit, "profileNote")
        name.setText("New Bee")
        note.setPlainText("I grow tomatoes.\nAnd <b>beans</b>.")
        dialog.findChild(QLineEdit, "fieldName0").setText("Garden")
        dialog.findChild(QLineEdit, "fieldValue0").setText("Maple Street")
        assert dialog.findChild(QLineEdit, "fieldName1").text() == "Likes"  # from the town
        dialog.findChild(QLineEdit, "fieldName1").setText("")
        dialog.findChild(QLineEdit, "fieldValue1").setText("")  # emptied: removed
        assert dialog.preview_name.text() == "New Bee"
        assert "Garden: Maple Street" in dialog.preview_fields.text()
        # a big picture is scaled down before it leaves
        await dialog.set_picture(_picture(tmp_path / "big.png", "red", 3000), avatar=True)
        name.setText("x" * 31)
        assert not dialog.save_button.isEnabled()
        assert "too many" in dialog.name_count.text()
        name.setText("New Bee")
        assert dialog.save_button.isEnabled()
        task = dialog.save()
        assert task is not None
        await task
        assert not shiboken6.isValid(dialog) or not dialog.isVisible()  # closed
        with practice.world.lock:
            me = practice.world.lookup("ann", maple.domain, maple.domain)
            assert me is not None
            assert me.display_name == "New Bee"
            assert me.fields == [("Garden", "Maple Street")]
            assert me.note_source == "I grow tomatoes.\nAnd <b>beans</b>."
            assert me.avatar_upload is not None
            uploaded = Image.open(io.BytesIO(me.avatar_upload[0]))
            assert max(uploaded.size) <= 400
        assert w.account is not None
        assert w.account.display_name == "New Bee"

        w.open_own_profile()
        profile = w.pages.currentWidget()
        assert isinstance(profile, ProfileView)
        await settle(w)
        await eventually(lambda: profile.person is not None and profile.own)
        assert profile.name.text() == "New Bee"
        assert profile.bio.text().startswith("I grow tomatoes.")
        assert "<b>beans</b>" in profile.bio.text()
        assert profile.edit_button.isVisibleTo(w)

        def avatar_is_red() -> bool:
            pixmap = profile.avatar.pixmap()
            if pixmap.isNull():
                return False
            colour = pixmap.toImage().pixelColor(pixmap.width() // 2, pixmap.height() // 2)
            return colour.red() > 200 and colour.green() < 60

        await eventually(avatar_is_red)
        await settle(w)


async def test_a_failing_save_keeps_the_draft(
    qtbot: Any, profile_dir: Path, maple: Any, practice: Any, user_token: Any
) -> None:
    token = user_token(maple.domain, "ann")
    async with running(qtbot, profile_dir, [(maple, token)]) as r:
        w = r.window
        await settle(w)
        dialog = await _editor(w)
        dialog.findChild(QLineEdit, "profileName").setText("Kept Name")
        dialog.findChild(QPlainTextEdit, "profileNote").setPlainText("Kept words.")
        dialog.findChild(QLineEdit, "fieldName2").setText("Bakes")
        maple.town.faults.set("status", code=500, paths="/api/v1/accounts/update_credentials")
        try:
            task = dialog.save()
            assert task is not None
            await task
        finally:
            maple.town.faults.clear()
        assert dialog.isVisible()
        status = dialog.findChild(QLabel, "profileEditStatus")
        assert status.isVisibleTo(dialog)
        assert "What you wrote is kept" in status.text()
        assert dialog.findChild(QLineEdit, "profileName").text() == "Kept Name"
        assert dialog.save_button.isEnabled()
        shot(dialog, "profile-edit-failed.png")
        with practice.world.lock:
            me = practice.world.lookup("ann", maple.domain, maple.domain)
            assert me is not None
            assert me.display_name == "Ann Archer"
        # closed without sending: the draft comes back next time
        dialog.reject()
        again = await _editor(w)
        assert again.findChild(QLineEdit, "profileName").text() == "Kept Name"
        assert again.findChild(QPlainTextEdit, "profileNote").toPlainText() == "Kept words."
        assert again.findChild(QLineEdit, "fieldName2").text() == "Bakes"
        assert "kept" in again.status.text()
        task = again.save()
        assert task is not None
        await task
        with practice.world.lock:
            assert me.display_name == "Kept Name"
        assert again.people.saved_draft(again.account_id) is None
        await settle(w)


async def test_people_screens_at_1366x768_light_and_dark(
    qtbot: Any, profile_dir: Path, maple: Any, practice: Any, user_token: Any
) -> None:
    """Nothing cut on a laptop screen; pictures for the docs when TOWNSFOLK_SCREENSHOTS asks."""
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QApplication

    from .test_fit_and_colours import cut_buttons, laid_out

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    laptop = QRect(0, 32, 1366, 768 - 32)
    token = _newcomer(practice, maple)
    async with running(qtbot, profile_dir, [(maple, token)]) as r:
        w = r.window
        w.show()
        w.fit_to_screen(laptop)
        await settle(w)
        try:
            w.show_place("search")
            await laid_out()
            for scheme in ("light", "dark"):
                apply_color_scheme(app, scheme)
                await laid_out()
                shot(w, f"people-search-empty-{scheme}.png")
            w.search_view.field.setText("a")
            w.search_view.button.click()
            await settle(w)
            await laid_out()
            assert cut_buttons(w) == []
            for scheme in ("light", "dark"):
                apply_color_scheme(app, scheme)
                await laid_out()
                shot(w, f"people-search-{scheme}.png")
            page = w.open_people_to_follow()
            assert isinstance(page, PeoplePageView)
            await _loaded(page)
            await settle(w)
            await laid_out()
            assert cut_buttons(w) == []
            for scheme in ("light", "dark"):
                apply_color_scheme(app, scheme)
                await laid_out()
                shot(w, f"people-to-follow-{scheme}.png")
            w.open_own_profile()
            own = w.pages.currentWidget()
            assert isinstance(own, ProfileView)
            await eventually(lambda: own.person is not None and own.own)
            await eventually(lambda: not own.banner.pixmap().isNull())
            await settle(w)
            await laid_out()
            assert cut_buttons(w) == []
            for scheme in ("light", "dark"):
                apply_color_scheme(app, scheme)
                await laid_out()
                shot(w, f"profile-own-{scheme}.png")
            dialog = await _editor(w)
            dialog.findChild(QPlainTextEdit, "profileNote").setPlainText(
                "I grow tomatoes on Maple Street and I am learning how all this works."
            )
            dialog.findChild(QLineEdit, "fieldName0").setText("Garden")
            dialog.findChild(QLineEdit, "fieldValue0").setText("Maple Street")
            await laid_out()
            assert laptop.contains(dialog.frameGeometry()) or dialog.width() <= laptop.width()
            assert dialog.height() <= laptop.height()
            assert cut_buttons(dialog) == []
            for scheme in ("light", "dark"):
                apply_color_scheme(app, scheme)
                await laid_out()
                shot(dialog, f"profile-edit-{scheme}.png")
            dialog.reject()
        finally:
            apply_color_scheme(app, "system")
        await settle(w)


def _centre(pixmap: Any) -> tuple[int, int, int]:
    image = pixmap.toImage()
    colour = image.pixelColor(image.width() // 2, image.height() // 2)
    return colour.red(), colour.green(), colour.blue()


async def test_choosing_a_banner_picture_reaches_the_town_and_the_profile(
    qtbot: Any, profile_dir: Path, maple: Any, practice: Any, tmp_path: Path, user_token: Any
) -> None:
    """The banner picture ("header") chosen in the editor: shown in the preview, scaled down
    and sent, and shown across the top of one's own profile afterwards."""
    token = user_token(maple.domain, "ann")
    wide = tmp_path / "banner.png"
    out = io.BytesIO()
    Image.new("RGB", (3000, 1000), (20, 60, 230)).save(out, "PNG")
    wide.write_bytes(out.getvalue())

    def blue(pixmap: Any) -> bool:
        if pixmap is None or pixmap.isNull():
            return False
        red, green, b = _centre(pixmap)
        return b > 200 and red < 60 and green < 100

    async with running(qtbot, profile_dir, [(maple, token)]) as r:
        w = r.window
        await settle(w)
        dialog = await _editor(w)
        await dialog.set_picture(str(wide), avatar=False)
        assert dialog.header_path == str(wide)
        await eventually(lambda: blue(dialog.preview_header.pixmap()))
        task = dialog.save()
        assert task is not None
        await task
        with practice.world.lock:
            me = practice.world.lookup("ann", maple.domain, maple.domain)
            assert me is not None
            assert me.header_upload is not None
            uploaded = Image.open(io.BytesIO(me.header_upload[0]))
            assert uploaded.size[0] <= 1500
            assert uploaded.convert("RGB").getpixel((10, 10)) == (20, 60, 230)
            assert me.avatar_upload is None  # only the banner changed

        w.open_own_profile()
        profile = w.pages.currentWidget()
        assert isinstance(profile, ProfileView)
        await eventually(lambda: profile.person is not None and profile.own)
        await eventually(lambda: blue(profile.banner.pixmap()))
        assert profile.banner.isVisibleTo(w)
        assert profile.banner.pixmap().width() >= profile.banner.width() - 1
        await settle(w)


async def test_people_lists_show_their_pictures_not_initials(
    qtbot: Any, profile_dir: Path, maple: Any, practice: Any
) -> None:
    """A person's own picture, served by the practice town and read through the window's
    picture loader, replaces the initials in a list of people."""
    token = _newcomer(practice, maple)
    out = io.BytesIO()
    Image.new("RGB", (200, 200), (30, 200, 40)).save(out, "PNG")
    world = practice.world
    with world.lock:
        bob = world.lookup("bob", maple.domain, maple.domain)
        assert bob is not None
        bob.avatar_upload = (out.getvalue(), "image/png")
        bob.picture_version += 1
        world.touch_person(bob.key)
    async with running(qtbot, profile_dir, [(maple, token)]) as r:
        w = r.window
        await settle(w)
        w.show_place("search")
        w.search_view.field.setText("bob")
        w.search_view.button.click()
        await settle(w)
        row = _row(w.search_view.people, "bob")

        def green() -> bool:
            pixmap = row.avatar.pixmap()
            if pixmap.isNull():
                return False
            red, g, blue = _centre(pixmap)
            return g > 170 and red < 70 and blue < 80

        await eventually(green)
        await settle(w)


def test_a_long_address_wraps_before_its_town_instead_of_being_cut(qtbot: Any) -> None:
    """ "@quiet_workshop@tube.practice" has no space to wrap at: in a narrow list it goes on
    two lines, before the town's part; it is read and shown whole."""
    from PySide6.QtGui import QFontMetrics

    from townsfolk.api.entities import Account as RemoteAccount

    person = RemoteAccount(
        id="7", username="quiet_workshop", acct="quiet_workshop@tube.practice",
        display_name="The Quiet Workshop",
    )  # fmt: skip
    plist = PeopleList(town="maple.practice")
    qtbot.addWidget(plist)
    plist.resize(330, 300)
    plist.set_people([(person, None)])
    plist.show()
    qtbot.waitExposed(plist)
    row = plist.itemWidget(plist.item(0))
    assert isinstance(row, PersonRowWidget)
    assert row.handle.text() == "@quiet_workshop\u200b@tube.practice"
    assert row.handle.accessibleName() == "@quiet_workshop@tube.practice"
    assert "@quiet_workshop@tube.practice" in plist.item(0).text()  # read aloud whole
    fm = QFontMetrics(row.handle.font())
    assert fm.horizontalAdvance("@quiet_workshop") <= row.handle.width()  # each part fits
    assert fm.horizontalAdvance("@quiet_workshop@tube.practice") > row.handle.width()
