"""Render the main window against practice towns (offscreen) into docs/screenshots/main-*.png.

Run: `.venv/bin/python scripts/screenshots_main.py [OUT_DIR]` (default docs/screenshots).

Two practice towns are served on 127.0.0.1 for the run; Ann's account on Maple is stored in
a temporary profile (its login in an in-memory keyring, nothing touches the real one).
Pictures: home, local, everywhere, notifications, profile, thread, hashtag, search, the
offline banner, and the compose window over the main window.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")

import keyring
import qasync
from keyring.backend import KeyringBackend
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from townsfolk.api.client import MastodonClient
from townsfolk.practice import PracticeServer, World
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


def client(base_url: str, token: str | None) -> MastodonClient:
    return MastodonClient(base_url, access_token=token, max_retries=0, timeout=3.0)


async def pause(seconds: float = 0.6) -> None:
    """Let pictures arrive and layouts settle (a script, not a test: a short wait is fine)."""
    await asyncio.sleep(seconds)
    QApplication.processEvents()


def save(widget: QWidget, out: Path, name: str) -> None:
    path = out / f"main-{name}.png"
    widget.grab().save(str(path))
    print("wrote", path)


async def shoot(out: Path, server: PracticeServer, profile: Path) -> None:
    world = server.world
    maple = world.town("maple.practice")
    token = maple.create_token("ann", "read write follow push")
    base = server.base_url("maple.practice")
    session = Session.open(profile, client_factory=client)
    async with MastodonClient(base, access_token=token) as ann:
        me = await ann.verify_credentials()
        await ann.post_status("Our first tomatoes of the year! Who else grows them on a balcony?")
    account = session.db.accounts.add(
        server_url=base,
        server_domain="maple.practice",
        handle="ann@maple.practice",
        remote_id=me.id,
        display_name=me.display_name,
        avatar_url=me.avatar,
    )
    session.secrets.set_token(account.local_id, token)
    await session.start()
    window = MainWindow()
    window.desktop_notify = lambda title, text: None
    window.use_session(session, Settings())
    window.resize(*SIZE)
    window.show()
    try:
        await window.wait_idle()
        await pause(1.5)
        save(window, out, "home")
        for key in ("local", "everywhere"):
            window.show_place(key)
            await window.wait_idle()
            await pause()
            save(window, out, key)

        window.show_place("notifications")
        await window.wait_idle()
        window.notifications_view.model.set_items(
            [
                type(i)(i.notification, n >= 3)  # the first three still look new
                for n, i in enumerate(window.notifications_view.model.items)
            ]
        )
        await pause()
        save(window, out, "notifications")

        window.show_place("home")
        window.open_profile("hana")
        await window.wait_idle()
        await pause(1.0)
        save(window, out, "profile")

        window.show_place("home")
        home = window.views["home"]
        reply = next((r.item.status for r in home.model.rows if r.item.status.in_reply_to_id), None)
        if reply is not None:
            window.open_thread(reply.id)
            await window.wait_idle()
            await pause(1.0)
            save(window, out, "thread")

        window.show_place("home")
        window.open_tag("gardening")
        await window.wait_idle()
        await pause(1.0)
        save(window, out, "hashtag")

        window.show_place("search")
        window.search_view.field.setText("garden")
        window.search_view.button.click()
        await window.wait_idle()
        await pause(1.0)
        save(window, out, "search")

        window.show_place("home")
        maple.faults.set("down")
        window.poll_now()
        await window.wait_idle()
        compose = window.open_compose()
        assert compose is not None
        compose.text_edit.setPlainText(
            "Written on the train, with no signal. It will go out later."
        )
        await compose.send()
        compose.ask_on_close = lambda: "discard"
        compose.close()
        await pause()
        save(window, out, "offline")
        maple.faults.clear()
        window.poll_now()
        await window.wait_idle()
        await pause(1.0)

        compose = window.open_compose()
        assert compose is not None
        compose.text_edit.setPlainText(
            "The library book sale is on Saturday, 10 to 4. Bring a bag!"
        )
        compose.resize(620, 560)
        await pause()
        picture = QPixmap(window.grab())
        painter = QPainter(picture)
        painter.fillRect(picture.rect(), QColor(0, 0, 0, 90))
        shot = compose.grab()
        bar = 34  # a plain title bar, as the desktop would draw one
        x = (picture.width() - shot.width()) // 2
        y = (picture.height() - shot.height() - bar) // 2
        painter.fillRect(x - 1, y - 1, shot.width() + 2, shot.height() + bar + 2, QColor("#888"))
        painter.fillRect(x, y, shot.width(), bar, QColor("#dcdcdc"))
        painter.setPen(QColor("#222"))
        painter.drawText(
            QRect(x, y, shot.width(), bar), Qt.AlignmentFlag.AlignCenter, compose.windowTitle()
        )
        painter.drawPixmap(x, y + bar, shot)
        painter.end()
        picture.save(str(out / "main-compose.png"))
        print("wrote", out / "main-compose.png")
        compose.ask_on_close = lambda: "discard"
        compose.close()
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
            loop.run_until_complete(shoot(out, server, Path(folder) / "profile"))
    finally:
        server.stop()


if __name__ == "__main__":
    main()
