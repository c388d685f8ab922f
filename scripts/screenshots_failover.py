"""Render what the person sees when a town is down into docs/screenshots/failover-*.png.

Run: `.venv/bin/python scripts/screenshots_failover.py [OUT_DIR]` (default docs/screenshots).

Two practice towns are served on 127.0.0.1 for the run: Ann's main account lives on Maple, her
backup account on Harbour (following the same people). Maple's socket is then really closed.
Pictures: the banner after switching to the backup (with a post waiting), the account
switcher opened during the outage, the Town status window, the question when Maple is back
(setting "Ask me first"), and the offline banner (both towns unreachable).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import socket
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")

import httpx
import keyring
import qasync
from keyring.backend import KeyringBackend
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from townsfolk.api.client import MastodonClient
from townsfolk.api.errors import ApiError
from townsfolk.cache import AccountRole, Draft, FollowSync
from townsfolk.practice import PracticeServer, World
from townsfolk.services.health import HISTORY_FILE_NAME, HealthMonitor
from townsfolk.services.session import Session
from townsfolk.services.settings import Settings
from townsfolk.ui.main_window import MainWindow
from townsfolk.ui.style import apply_text_scale

SIZE = (1366, 768)  # a laptop screen (issue 11)


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


async def until(test: Callable[[], bool], timeout: float = 20.0) -> None:
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
    path = out / f"failover-{name}.png"
    picture = widget if isinstance(widget, QPixmap) else widget.grab()
    picture.save(str(path))
    print("wrote", path)


def over_window(window: QWidget, dialog: QWidget) -> QPixmap:
    """The dialog with a plain title bar, centred over the darkened main window."""
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


async def shoot(out: Path, server: PracticeServer, profile: Path) -> None:
    world = server.world
    maple = world.town("maple.practice")
    harbour = world.town("harbour.practice")
    maple_url = server.base_url("maple.practice")
    harbour_url = server.base_url("harbour.practice")
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
    )
    ids = {}
    for town, base, role in (
        (maple, maple_url, AccountRole.MAIN),
        (harbour, harbour_url, AccountRole.BACKUP),
    ):
        token = town.create_token("ann", "read write follow push")
        async with MastodonClient(base, access_token=token) as ann:
            me = await ann.verify_credentials()
        account = session.db.accounts.add(
            server_url=base,
            server_domain=town.domain,
            handle=f"ann@{town.domain}",
            remote_id=me.id,
            display_name=me.display_name,
            avatar_url=me.avatar,
            role=role,
            backup_of=ids.get(AccountRole.MAIN),
            follow_sync=FollowSync.KEEP if role is AccountRole.BACKUP else FollowSync.OFF,
        )
        session.secrets.set_token(account.local_id, token)
        ids[role] = account.local_id
    main_id, backup_id = ids[AccountRole.MAIN], ids[AccountRole.BACKUP]
    await session.start()
    window = MainWindow()
    window.desktop_notify = lambda title, text: None
    window.use_session(session, Settings())
    window.resize(*SIZE)
    window.show()
    try:
        await window.wait_idle()
        await until(
            lambda: (p := session.follow_sync.progress(backup_id)) is not None and p.done >= p.total
        )
        await pause(1.0)

        # Maple stops answering while a post is waiting.
        maple.faults.set("down")
        await until(lambda: refuses(maple_url))
        await session.outbox.submit(main_id, Draft(text="Is anyone going to the market today?"))
        window.poll_now()
        await until(lambda: window.banner.has("outage") and window.account is not None)
        await until(lambda: window.account is not None and window.account.local_id == backup_id)
        await window.wait_idle()
        await pause(1.5)
        save(window, out, "banner")

        # The account switcher, opened.
        window.switcher.showPopup()
        await pause()
        popup = window.switcher.view().window()
        picture = QPixmap(window.grab())
        painter = QPainter(picture)
        where = window.switcher.mapTo(window, QPoint(0, window.switcher.height()))
        painter.drawPixmap(where, popup.grab())
        painter.end()
        window.switcher.hidePopup()
        save(picture, out, "switcher")

        # Town status.
        dialog = window.open_town_status()
        assert dialog is not None
        await pause()
        save(over_window(window, dialog), out, "town-status")
        dialog.close()
        await pause(0.2)

        # Maple is back; the setting says "Ask me first".
        session.switch_back = "ask"
        maple.faults.clear()
        await until(lambda: window.banner.has("question"))
        await pause()
        save(window, out, "back-question")
        window.answer_switch_back(True)
        await until(lambda: window.account is not None and window.account.local_id == main_id)
        await window.wait_idle()
        await pause(1.0)

        # Offline: neither town can be reached.
        window.banner.clear("back")
        maple.faults.set("down")
        harbour.faults.set("down")
        await until(lambda: refuses(maple_url) and refuses(harbour_url))
        prepared = session.get(main_id)
        assert prepared is not None
        with contextlib.suppress(ApiError):
            await prepared.client.home_timeline(limit=5)
        await until(lambda: window.banner.has("offline"))
        await pause()
        save(window, out, "offline")
        maple.faults.clear()
        harbour.faults.clear()
    finally:
        await window.aclose()
        await session.aclose()


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots").absolute()
    out.mkdir(parents=True, exist_ok=True)
    keyring.set_keyring(MemoryKeyring())
    app = QApplication.instance() or QApplication([])
    apply_text_scale(app, 100)
    server = PracticeServer(World.seeded(towns=2, seed=1))
    server.start()
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    try:
        with tempfile.TemporaryDirectory() as folder, loop:
            profile = Path(folder) / "profile"
            profile.mkdir()
            loop.run_until_complete(shoot(out, server, profile))
    finally:
        server.stop()


if __name__ == "__main__":
    main()
