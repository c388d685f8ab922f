"""Render the newcomer's first week (issue 11) into docs/screenshots/first-week-*.png, 1366x768.

Run: `.venv/bin/python scripts/screenshots_first_week.py [OUT_DIR]` (default docs/screenshots).

One run, no restart, as in tests/ui/test_first_week.py: two practice towns on 127.0.0.1, the
wizard signs up on Maple and adds a backup on Harbour; pictures of the wizard's last page with
the backup already in the account menu behind it, "People you follow" right after following
someone, the backup in use while Maple is down, and the practice town's window (its pictures,
and Settings opened from it).
"""

from __future__ import annotations

import asyncio
import os
import socket
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")

import httpx
import keyring
import qasync
from keyring.backend import KeyringBackend
from PIL import Image
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

from townsfolk.app import build_window
from townsfolk.practice import PracticeServer, World
from townsfolk.practice.directory import PracticeDirectory
from townsfolk.services.directory import DirectoryService
from townsfolk.services.health import HISTORY_FILE_NAME, HealthMonitor
from townsfolk.services.session import Session
from townsfolk.ui.onboarding.wizard import WizardContext
from townsfolk.ui.welcome_flow import WelcomeFlow

SIZE = (1366, 768)
NAME = "newcomer"


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


async def pause(seconds: float = 0.6) -> None:
    """Let pictures arrive and layouts settle (a script, not a test: a short wait is fine)."""
    await asyncio.sleep(seconds)
    QApplication.processEvents()


async def until(test: Callable[[], object], timeout: float = 30.0) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not test():
        if loop.time() > deadline:
            raise RuntimeError("the window did not reach the expected state")
        await asyncio.sleep(0.05)


def refuses(base_url: str) -> bool:
    url = httpx.URL(base_url)
    try:
        with socket.create_connection((url.host, url.port or 80), timeout=1.0):
            return False
    except OSError:
        return True


def save(widget: QWidget | QPixmap, out: Path, name: str) -> None:
    path = out / f"first-week-{name}.png"
    picture = widget if isinstance(widget, QPixmap) else widget.grab()
    picture.save(str(path))
    print("wrote", path)


def over_window(window: QWidget, dialog: QWidget) -> QPixmap:
    """The dialog with a plain title bar, centred over the darkened window."""
    picture = QPixmap(window.grab())
    painter = QPainter(picture)
    painter.fillRect(picture.rect(), QColor(0, 0, 0, 90))
    shot = dialog.grab()
    bar = 34
    x = (picture.width() - shot.width()) // 2
    y = max(0, (picture.height() - shot.height() - bar) // 2)
    painter.fillRect(x - 1, y - 1, shot.width() + 2, shot.height() + bar + 2, QColor("#888"))
    painter.fillRect(x, y, shot.width(), bar, QColor("#dcdcdc"))
    painter.setPen(QColor("#222"))
    painter.drawText(
        QRect(x, y, shot.width(), bar), Qt.AlignmentFlag.AlignCenter, dialog.windowTitle()
    )
    painter.drawPixmap(x, y + bar, shot)
    painter.end()
    return picture


def with_switcher_open(window: Any) -> QPixmap:
    window.switcher.showPopup()
    QApplication.processEvents()
    popup = window.switcher.view().window()
    picture = QPixmap(window.grab())
    painter = QPainter(picture)
    where = window.switcher.mapTo(window, QPoint(0, window.switcher.height()))
    painter.drawPixmap(where, popup.grab())
    painter.end()
    window.switcher.hidePopup()
    return picture


async def sign_up(wizard: Any, domain: str) -> None:
    pick = wizard.pages["pick"]
    pick.search.clear()
    QTest.keyClicks(pick.search, domain.split(".", maxsplit=1)[0])
    await until(lambda: pick.model.row_of(domain) >= 0)
    pick.towns.setCurrentIndex(pick.model.index(pick.model.row_of(domain)))
    wizard.next_button.click()
    await until(lambda: not wizard.pages["about"].busy)
    wizard.next_button.click()  # Join this town
    page = wizard.pages["signup"]
    await until(lambda: wizard.town_info is not None and not page.busy)
    for box in (page.display_name, page.username, page.email, page.password):
        box.clear()
    QTest.keyClicks(page.display_name, NAME.title())
    QTest.keyClicks(page.username, NAME)
    QTest.keyClicks(page.email, f"{NAME}@example.org")
    QTest.keyClicks(page.password, "a long practice password")
    page.agree.setChecked(True)
    wizard.next_button.click()  # Create my account
    await until(lambda: wizard.current_key == "email")


async def shoot(out: Path, server: PracticeServer, profile: Path, picture: Path) -> None:
    world = server.world
    maple, harbour = world.town("maple.practice"), world.town("harbour.practice")
    window: Any = build_window(profile)
    window.desktop_notify = lambda title, text: None
    monitor = HealthMonitor(
        history_path=profile / HISTORY_FILE_NAME,
        probe_timeout=1.0,
        hang_check_after=1.0,
        probe_backoff_initial=0.1,
        probe_backoff_max=0.5,
        back_hold=1.0,
    )
    session = Session.open(
        profile,
        client_factory=monitor.client_factory(timeout=3.0, max_retries=0, retry_backoff=0.0),
        monitor=monitor,
        follow_sync_interval=3600.0,
    )
    await session.start()
    window.use_session(session, window.settings)
    window.resize(*SIZE)
    window.show()
    urls = {t.domain: server.base_url(t.domain) for t in (maple, harbour)}
    context = WizardContext(
        profile=profile,
        accounts=session.accounts_service,
        directory=DirectoryService(
            profile,
            base_url="http://directory.test",
            transport=httpx.ASGITransport(app=PracticeDirectory().asgi_app()),
            town_urls=urls,
        ),
        wait_interval=0.05,
        language="en",
    )
    flow = WelcomeFlow(window, session, profile, context=context, app_settings=window.app_settings)
    context.practice = flow.practice
    try:
        flow.start()
        wizard = flow.wizard
        assert wizard is not None
        wizard.next_button.click()
        wizard.pages["path"].choices["new"].setChecked(True)
        wizard.next_button.click()
        await sign_up(wizard, maple.domain)
        maple.confirm_email(NAME)
        await until(lambda: wizard.current_key == "backup")
        wizard.pages["backup"].choices["signup"].setChecked(True)
        wizard.next_button.click()
        await sign_up(wizard, harbour.domain)
        harbour.confirm_email(NAME)
        await until(lambda: wizard.current_key == "done")
        await until(lambda: window.switcher.count() == 2)
        await pause()
        save(wizard, out, "01-wizard-done")
        save(with_switcher_open(window), out, "02-backup-in-the-account-menu")
        wizard.next_button.click()  # Open Townsfolk
        await window.wait_idle()

        profile_view = window.open_profile(f"carmen@{maple.domain}")
        await until(lambda: profile_view.person is not None and profile_view.relationship)
        profile_view.follow_button.click()
        await until(lambda: window.views["home"].model.rowCount() > 0)
        window.go_back()
        compose = window.open_compose()
        compose.text_edit.setPlainText("My first picture: the garden this morning")
        await compose.add_picture(str(picture), "A green lawn")
        await compose.send()
        await until(lambda: window.waiting_count() == 0)
        window.poll_now()
        await window.wait_idle()
        window.show_place("home")  # the start page, with the new post and its picture on top
        home = window.views["home"]
        home.list.scrollToTop()
        await pause(1.5)
        save(window, out, "03-people-you-follow")

        maple.faults.set("down")
        await until(lambda: refuses(urls[maple.domain]))
        window.poll_now()
        await until(lambda: window.banner.has("outage"))
        await until(
            lambda: (
                window.account is not None and window.account.handle.endswith("harbour.practice")
            )
        )
        await window.wait_idle()
        await pause(1.5)
        save(window, out, "04-backup-in-use")
        maple.faults.clear()
        await until(
            lambda: window.account is not None and window.account.handle.endswith("maple.practice")
        )
        await window.wait_idle()

        # The practice town's window: its pictures, and Settings opened from it.
        flow.add_account()
        practice = await flow.practice.start()
        assert flow.wizard is not None
        flow.wizard.practice_started.emit(practice)
        await until(lambda: flow.practice_window is not None)
        practice_window = flow.practice_window
        assert practice_window is not None
        practice_window.resize(*SIZE)
        await until(lambda: practice_window.views["home"].model.rowCount() > 0)
        await practice_window.wait_idle()
        home = practice_window.views["home"]
        rows = home.model.rows
        first = next(
            n
            for n, r in enumerate(rows)
            if r.kind == "post" and (r.item.status.reblog or r.item.status).media_attachments
        )
        home.list.scrollTo(home.model.index(first), QAbstractItemView.ScrollHint.PositionAtTop)
        for _ in range(3):
            home.list.viewport().update()
            await pause(1.0)
        save(practice_window, out, "05-practice-town-pictures")
        practice_window.settings_action.trigger()
        dialog = window.app_settings.dialog
        await pause()
        save(over_window(practice_window, dialog), out, "06-practice-town-settings")
        dialog.reject()
        await pause(0.2)
    finally:
        await flow.aclose()
        await window.aclose()
        await session.aclose()


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots").absolute()
    out.mkdir(parents=True, exist_ok=True)
    keyring.set_keyring(MemoryKeyring())
    app = QApplication.instance() or QApplication([])
    server = PracticeServer(World.seeded(towns=2, seed=1))
    server.start()
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    try:
        with tempfile.TemporaryDirectory() as folder, loop:
            profile = Path(folder) / "profile"
            profile.mkdir()
            picture = Path(folder) / "garden.png"
            Image.new("RGB", (640, 400), (60, 150, 80)).save(picture)
            loop.run_until_complete(shoot(out, server, profile, picture))
    finally:
        server.stop()


if __name__ == "__main__":
    main()
