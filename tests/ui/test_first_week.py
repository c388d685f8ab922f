"""The newcomer's first week (issue 11), as one scripted journey in ONE run of Townsfolk: no
restart anywhere, so everything the welcome wizard creates must be live at once.

Two practice towns on 127.0.0.1 (maple, then harbour as the backup's town), the window composed
as app.py composes it (``build_window``: shared settings; a Session whose every request is
watched; the welcome flow), and the wizard driven by clicks and typing:

wizard: sign up on maple -> the main window shows the account behind the wizard -> backup by
sign-up on harbour -> in the account menu before the wizard even ends -> follow someone ->
"People you follow" fills at once, the backup follows them too -> post with a picture, which
shows -> maple goes down -> the backup is used at once (on screen, banner, favourite through
it) -> maple is back -> the window is back on the main account.

Then she edits her profile, mutes someone from a post's menu, and logs out of both accounts.
"""

from __future__ import annotations

import contextlib
import gc
import socket
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from PIL import Image
from PySide6.QtCore import QSize
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QPlainTextEdit

from tests.services.test_failover_support import FAST_MONITOR
from townsfolk.app import build_window
from townsfolk.cache import AccountRole, AccountState, FollowSync
from townsfolk.practice.directory import PracticeDirectory
from townsfolk.services.directory import DirectoryService
from townsfolk.services.health import HISTORY_FILE_NAME, HealthMonitor, TownState
from townsfolk.services.session import Session
from townsfolk.ui.main_window import MainWindow
from townsfolk.ui.onboarding.wizard import WelcomeWizard, WizardContext, WizardMode
from townsfolk.ui.profile_edit import ProfileEditDialog
from townsfolk.ui.profile_view import ProfileView
from townsfolk.ui.welcome_flow import WelcomeFlow

from .test_main_window_support import add_account, eventually, posts_of, settle, wait_rows

# As in test_failover_ui: closing the session while a probe of a town that is down is in
# flight can leave one loopback connection for the garbage collector (known, documented there).
pytestmark = [
    pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning"),
    pytest.mark.filterwarnings("ignore::ResourceWarning"),
]

PASSWORD = "a long practice password"
NAME = "newcomer"


# ------------------------------------------------------------------------------ the person


def press_next(wizard: WelcomeWizard) -> None:
    assert wizard.next_button.isVisible(), f"no main button on {wizard.current_key}"
    assert wizard.next_button.isEnabled(), f"main button disabled on {wizard.current_key}"
    wizard.next_button.click()


async def pick_town(wizard: WelcomeWizard, domain: str) -> None:
    page = wizard.pages["pick"]
    assert wizard.current_key == "pick"
    page.search.clear()
    QTest.keyClicks(page.search, domain.split(".", maxsplit=1)[0])
    await eventually(lambda: page.model.row_of(domain) >= 0)
    page.towns.setCurrentIndex(page.model.index(page.model.row_of(domain)))
    press_next(wizard)
    assert wizard.current_key == "about"
    about = wizard.pages["about"]
    await eventually(lambda: not about.busy)


async def sign_up(wizard: WelcomeWizard, domain: str) -> None:
    """Pick the town, join, fill in the form by typing, and create the account."""
    await pick_town(wizard, domain)
    press_next(wizard)  # Join this town
    page = wizard.pages["signup"]
    await eventually(lambda: wizard.town_info is not None and not page.busy)
    for box in (page.display_name, page.username, page.email, page.password):
        box.clear()
    QTest.keyClicks(page.display_name, NAME.title())
    QTest.keyClicks(page.username, NAME)
    QTest.keyClicks(page.email, f"{NAME}@example.org")
    QTest.keyClicks(page.password, PASSWORD)
    page.agree.setChecked(True)
    press_next(wizard)  # Create my account
    await eventually(lambda: wizard.current_key == "email")


def refuses(town: Any) -> bool:
    """Whether the town's listening socket is really closed ("down" closes it a moment after
    it is set, in the server's own thread)."""
    url = httpx.URL(town.base_url)
    try:
        with socket.create_connection((url.host, url.port or 80), timeout=1.0):
            return False
    except OSError:
        return True


def handle_on_screen(window: MainWindow) -> str | None:
    return window.account.handle if window.account is not None else None


def make_picture(path: Path) -> str:
    Image.new("RGB", (320, 200), (40, 140, 90)).save(path)
    return str(path)


# ------------------------------------------------------------------------------ the journey


@dataclass
class Running:
    window: Any  # MainWindow, composed by build_window
    session: Session
    monitor: HealthMonitor
    flow: WelcomeFlow


@contextlib.asynccontextmanager
async def townsfolk(
    qtbot: Any, profile: Path, maple: Any, harbour: Any, *, before_start: Any = None
) -> AsyncIterator[Running]:
    """Townsfolk as app.py composes it, on this profile (no restart inside a test)."""
    window: Any = build_window(profile)
    qtbot.addWidget(window)
    monitor = HealthMonitor(history_path=profile / HISTORY_FILE_NAME, **FAST_MONITOR)
    session = Session.open(
        profile,
        client_factory=monitor.client_factory(timeout=3.0, max_retries=0, retry_backoff=0.0),
        monitor=monitor,
        switch_back=window.settings.switch_back,
        follow_sync_interval=3600.0,
    )
    flow: WelcomeFlow | None = None
    try:
        if before_start is not None:
            await before_start(session)
        await session.start()
        window.use_session(session, window.settings)
        window.resize(1366, 768)
        window.show()
        context = WizardContext(
            profile=profile,
            accounts=session.accounts_service,
            directory=DirectoryService(
                profile,
                base_url="http://directory.test",
                transport=httpx.ASGITransport(app=PracticeDirectory().asgi_app()),
                timeout=5,
                town_urls={maple.domain: maple.base_url, harbour.domain: harbour.base_url},
            ),
            wait_interval=0.02,
            language="en",
        )
        flow = WelcomeFlow(
            window, session, profile, context=context, app_settings=window.app_settings
        )
        flow.start()
        yield Running(window, session, monitor, flow)
    finally:
        maple.town.faults.clear()
        if flow is not None:
            await flow.aclose()
        await window.aclose()
        await session.aclose()
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, WelcomeWizard):
                widget.close()
        gc.collect()  # under this module's warning filter (see pytestmark)


async def town_goes_down(run: Running, town: Any) -> None:
    town.town.faults.set("down")
    await eventually(lambda: refuses(town), 5)
    run.window.poll_now()  # the next look for new posts notices
    await eventually(lambda: run.window.banner.has("outage"), 15)


async def test_the_first_week_without_a_restart(
    qtbot: Any, profile_dir: Path, tmp_path: Path, maple: Any, harbour: Any
) -> None:
    main_handle = f"{NAME}@{maple.domain}"
    backup_handle = f"{NAME}@{harbour.domain}"
    async with townsfolk(qtbot, profile_dir, maple, harbour) as run:
        window, session, monitor = run.window, run.session, run.monitor
        wizard = run.flow.wizard  # Townsfolk starts for the first time: the wizard opens
        assert wizard is not None
        assert wizard.mode is WizardMode.FIRST_START
        assert window.account is None

        # -- the wizard: sign up on maple ------------------------------------------------
        press_next(wizard)  # Welcome
        wizard.pages["path"].choices["new"].setChecked(True)
        press_next(wizard)
        await sign_up(wizard, maple.domain)
        maple.town.confirm_email(NAME)
        await eventually(lambda: wizard.current_key == "backup")
        # Live at once: the window behind the wizard already shows the new account.
        await eventually(lambda: handle_on_screen(window) == main_handle)
        (main,) = session.db.accounts.list()

        # -- the wizard's backup page: sign up on harbour too ----------------------------
        backup_page = wizard.pages["backup"]
        assert backup_page.follow.isChecked()  # "follow the same people" (the default)
        backup_page.choices["signup"].setChecked(True)
        press_next(wizard)
        await sign_up(wizard, harbour.domain)
        harbour.town.confirm_email(NAME)
        await eventually(lambda: wizard.current_key == "done")
        (backup,) = session.db.accounts.backups(main.local_id)
        assert backup.handle == backup_handle
        assert backup.role is AccountRole.BACKUP
        assert backup.state is AccountState.ACTIVE
        assert backup.follow_sync is FollowSync.KEEP
        # Live before the wizard even ends: in the account menu, ready for the failover
        # service, its town watched.
        await eventually(lambda: window.switcher.index_of(backup.local_id) >= 0)
        assert session.get(backup.local_id) is not None
        assert monitor.status(harbour.base_url) is not None
        assert "(backup)" in window.switcher.itemText(window.switcher.index_of(backup.local_id))

        press_next(wizard)  # Open Townsfolk
        assert not wizard.isVisible()
        assert handle_on_screen(window) == main_handle
        # She has just joined: People to follow comes first, saying why (not an empty page).
        await eventually(lambda: window.pages.currentWidget().objectName() == "peopleToFollow")
        assert window.pages.currentWidget().intro.text().startswith("Welcome to your town!")
        window.go_back()
        assert window.current_page_key() == "home"
        assert [a.handle for a in session.accounts()] == [main_handle, backup_handle]

        # -- follow someone ----------------------------------------------------------------
        await settle(window)
        assert posts_of(window.views["home"]) == []  # a newcomer follows nobody yet
        window.poll_timer.stop()  # the 2-minute look plays no part in what follows
        profile = window.open_profile(f"carmen@{maple.domain}")
        assert isinstance(profile, ProfileView)
        await eventually(lambda: profile.person is not None and profile.relationship is not None)
        profile.follow_button.click()
        # People you follow shows her posts without waiting for the timer.
        await wait_rows(window.views["home"], timeout=15)
        assert {r.item.status.account.acct for r in window.views["home"].model.rows} == {"carmen"}
        # The backup follows her too ("follow the same people"), at once.
        world = maple.town.world

        def backup_follows_carmen() -> bool:
            with world.lock:
                me = world.lookup(NAME, harbour.domain, harbour.domain)
                carmen = world.lookup("carmen", maple.domain, maple.domain)
                return me is not None and carmen is not None and world.follows(me.key, carmen.key)

        await eventually(backup_follows_carmen, 15)
        window.go_back()

        # -- post with a picture -------------------------------------------------------------
        compose = window.open_compose()
        assert compose is not None
        assert compose.account_id == main.local_id
        QTest.keyClicks(compose.text_edit, "My first picture: the garden this morning")
        assert await compose.add_picture(make_picture(tmp_path / "garden.png"))
        compose.pictures[0].description.setPlainText("A green square, like a lawn")
        assert await compose.send()

        def own_post() -> Any:
            for post in posts_of(window.views["home"]):
                if "My first picture" in post.content:
                    return post
            return None

        await eventually(lambda: own_post() is not None, 20)
        post = own_post()
        assert len(post.media_attachments) == 1
        images = window.images
        assert images is not None
        url = post.media_attachments[0].preview_url
        size = QSize(240, 150)
        images.image(url, size)
        await eventually(lambda: images.image(url, size) is not None, 15)  # the picture shows

        # -- maple goes down: the backup is used at once -------------------------------------
        await settle(window)
        await town_goes_down(run, maple)
        await eventually(lambda: handle_on_screen(window) == backup_handle, 5)
        assert window.banner.text().startswith(
            f"maple.practice is not answering. You are now using your backup account "
            f"@{backup_handle}."
        )
        assert window.switcher.current_account_id() == backup.local_id
        assert session.failover.active is not None
        assert session.failover.active.active_id == backup.local_id
        assert window.views["home"].model.town == harbour.domain
        # Town status tells the same story as the window.
        status = window.open_town_status()
        assert status is not None
        assert status.in_use_text == f"In use now: your backup account @{backup_handle}."
        status.close()
        # Favourite works, through the backup: her posts reach harbour too.
        await wait_rows(window.views["home"], timeout=15)
        target = posts_of(window.views["home"])[0]
        await window.toggle("favourite", target.id)
        assert not window.banner.has("action"), window.banner.text()
        with world.lock:
            me = world.lookup(NAME, harbour.domain, harbour.domain)
            assert me is not None
            assert me.favourites, "the backup favourited the post on its town"
        assert not window.banner.has("offline")
        assert window.banner.has("outage")

        # -- maple is back: the window goes back to the main account -------------------------
        maple.town.faults.clear()
        await eventually(lambda: handle_on_screen(window) == main_handle, 20)
        await eventually(lambda: monitor.state(maple.base_url) is not TownState.NOT_ANSWERING)
        assert not window.banner.has("outage")
        assert window.banner.has("back")
        assert f"You are using your account @{main_handle} again" in window.banner.text()
        assert not window.banner.has("offline")
        await settle(window)

        # -- edit the profile: the name and "about me" ------------------------------------
        editor = window.open_profile_editor()
        assert isinstance(editor, ProfileEditDialog)
        await eventually(lambda: editor.loading is not None and editor.loading.done())
        name_box = editor.findChild(QLineEdit, "profileName")
        note_box = editor.findChild(QPlainTextEdit, "profileNote")
        assert name_box.text() == NAME.title()  # the name typed at sign-up reached the town
        name_box.selectAll()
        # QTest types ASCII only (it aborts on "í"): insert() is what typing or pasting does.
        name_box.insert("Rosa Díaz")
        note_box.setFocus()
        QTest.keyClicks(note_box, "Tomatoes, beans and the odd pumpkin.")
        save = editor.save()
        assert save is not None
        await save
        with world.lock:
            me = world.lookup(NAME, maple.domain, maple.domain)
            assert me is not None
            assert me.display_name == "Rosa Díaz"
            assert me.note_source == "Tomatoes, beans and the odd pumpkin."
        assert window.account is not None
        assert window.account.display_name == "Rosa Díaz"

        # -- mute someone from a post's menu: her posts leave the list ------------------------
        window.show_place("home")
        await wait_rows(window.views["home"], timeout=15)
        carmen_post = next(p for p in posts_of(window.views["home"]) if p.account.acct == "carmen")
        menu = window.more_menu(carmen_post.id)
        next(a for a in menu.actions() if a.text() == "Mute @carmen…").trigger()
        mute = window.findChild(QDialog, "muteDialog")
        assert mute is not None
        assert mute.isVisible()
        mute.ok_button.click()
        await window.safety.wait()
        assert not any(p.account.acct == "carmen" for p in posts_of(window.views["home"]))
        with world.lock:
            me = world.lookup(NAME, maple.domain, maple.domain)
            carmen = world.lookup("carmen", maple.domain, maple.domain)
            assert me is not None
            assert carmen is not None
            assert carmen.key in me.mutes

        # -- log out: the backup first, then the main account ---------------------------------
        for account in (backup, main):
            dialog = window.safety.log_out(account.local_id)
            assert dialog is not None
            assert dialog.isVisible()
            dialog.ok_button.click()
            await window.safety.wait()
            assert session.secrets.get_token(account.local_id) is None  # the keyring forgets
            assert window.switcher.index_of(account.local_id) < 0
        assert window.account is None
        assert window.root.currentWidget() is window.empty_state  # "Add an account" again
        await settle(window)


async def test_a_backup_added_later_from_the_menu_is_used_at_once(
    qtbot: Any, profile_dir: Path, maple: Any, harbour: Any, user_token: Any
) -> None:
    """Ann has used Townsfolk with her maple account; today she adds a backup from the menu.
    When maple goes down an hour later, the backup is used: no restart in between."""

    async def ann_on_maple(session: Session) -> None:
        await add_account(session, maple, user_token(maple.domain, "ann"))

    async with townsfolk(qtbot, profile_dir, maple, harbour, before_start=ann_on_maple) as run:
        window, session = run.window, run.session
        assert run.flow.wizard is None  # she has an account: no wizard at start
        await eventually(lambda: handle_on_screen(window) == f"ann@{maple.domain}")
        await settle(window)

        window.add_backup_action.trigger()  # Townsfolk > Add a backup account…
        wizard = run.flow.wizard
        assert wizard is not None
        assert wizard.mode is WizardMode.ADD_BACKUP
        assert wizard.current_key == "backup"
        wizard.pages["backup"].choices["signup"].setChecked(True)
        press_next(wizard)
        await sign_up(wizard, harbour.domain)
        harbour.town.confirm_email(NAME)
        await eventually(lambda: wizard.current_key == "done")
        (backup,) = session.db.accounts.backups(window.account.local_id)
        # In the account menu at once; the account on screen stays.
        await eventually(lambda: window.switcher.index_of(backup.local_id) >= 0)
        assert handle_on_screen(window) == f"ann@{maple.domain}"
        press_next(wizard)  # Open Townsfolk
        await settle(window)
        assert handle_on_screen(window) == f"ann@{maple.domain}"

        await town_goes_down(run, maple)
        await eventually(lambda: handle_on_screen(window) == f"{NAME}@{harbour.domain}", 5)
        assert not window.banner.has("offline")
        assert "You are now using your backup account" in window.banner.text()
