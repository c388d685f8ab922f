"""The main window and the wizard's welcome page in every language (issue 13), offscreen.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_languages.py [OUT_DIR]

Writes docs/screenshots/lang-<code>-main.png and lang-<code>-wizard.png for each language,
rtl-ar-*.png for Arabic (right to left), and settings-language.png. A practice town is
served on 127.0.0.1 for the run; Ann's account is in a temporary profile with an in-memory
keyring.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")

import httpx
import keyring
import qasync
from PySide6.QtWidgets import QApplication, QWidget

from townsfolk.api.client import MastodonClient
from townsfolk.cache import Database
from townsfolk.practice import PracticeServer, World
from townsfolk.practice.directory import PracticeDirectory
from townsfolk.services.accounts import AccountsService
from townsfolk.services.directory import DirectoryService
from townsfolk.services.practice_mode import MemoryKeyring, PracticeMode
from townsfolk.services.secrets import SecretStore
from townsfolk.services.session import Session
from townsfolk.services.settings import Settings
from townsfolk.ui.language import apply_language, remove_language
from townsfolk.ui.main_window import MainWindow
from townsfolk.ui.onboarding import WelcomeWizard, WizardContext
from townsfolk.ui.settings_dialog import SettingsDialog
from townsfolk.ui.style import apply_text_scale

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("de", "es", "fr", "pt_BR", "ar")


def client(base_url: str, token: str | None) -> MastodonClient:
    return MastodonClient(base_url, access_token=token, max_retries=0, timeout=3.0)


async def pause(seconds: float = 0.6) -> None:
    """Let pictures arrive and layouts settle (a script, not a test: a short wait is fine)."""
    await asyncio.sleep(seconds)
    QApplication.processEvents()


def save(widget: QWidget, out: Path, name: str) -> None:
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    print("wrote", path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)


async def shoot(out: Path, server: PracticeServer, profile: Path) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    maple = server.world.town("maple.practice")
    token = maple.create_token("ann", "read write follow push")
    base = server.base_url("maple.practice")
    session = Session.open(profile, client_factory=client)
    async with MastodonClient(base, access_token=token) as ann:
        me = await ann.verify_credentials()
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
    db = Database.open(profile / "wizard.db")
    directory = DirectoryService(
        profile,
        base_url="http://directory.practice",
        transport=httpx.ASGITransport(app=PracticeDirectory().asgi_app()),
        town_urls={t.domain: server.base_url(t.domain) for t in server.world.towns},
    )

    async def no_browser(url: str) -> None:
        return None

    try:
        dialog = SettingsDialog(Settings(language="ar"))  # the setting, with its note
        dialog.resize(640, 720)
        dialog.show()
        await pause(0.3)
        save(dialog, out, "settings-language")
        dialog.close()
        for code in LANGUAGES:
            applied = apply_language(app, code)
            try:
                window = MainWindow()
                window.desktop_notify = lambda title, text: None
                window.use_session(session, Settings())
                window.resize(1180, 820)
                window.show()
                await window.wait_idle()
                await pause(1.5)
                save(window, out, f"lang-{code}-main")
                if code == "ar":
                    save(window, out, "rtl-ar-main")
                    window.show_place("notifications")
                    await window.wait_idle()
                    await pause(1.0)
                    save(window, out, "rtl-ar-notifications")
                    window.show_place("home")
                    window.open_profile("hana")
                    await window.wait_idle()
                    await pause(1.0)
                    save(window, out, "rtl-ar-profile")
                    window.show_place("home")
                    compose = window.open_compose()
                    assert compose is not None
                    compose.text_edit.setPlainText("صباح الخير من مدينتي! أول طماطم هذا العام.")
                    compose.resize(620, 560)
                    await pause()
                    save(compose, out, "rtl-ar-compose")
                    compose.ask_on_close = lambda: "discard"
                    compose.close()
                await window.aclose()
                window.close()

                context = WizardContext(
                    profile=profile,
                    accounts=AccountsService(db, SecretStore()),
                    directory=directory,
                    open_browser=no_browser,
                    practice=PracticeMode(profile),
                    wait_interval=0.05,
                )
                wizard = WelcomeWizard(context)
                wizard.resize(900, 720)
                wizard.show()
                await pause(0.3)
                save(wizard, out, f"lang-{code}-wizard")
                if code == "ar":
                    save(wizard, out, "rtl-ar-wizard")
                    wizard.go_next()
                    wizard.pages["path"].choices["new"].setChecked(True)
                    await pause(0.3)
                    save(wizard, out, "rtl-ar-wizard-path")
                    wizard.go_next()
                    pick = wizard.pages["pick"]
                    for _ in range(300):
                        if pick.model.rowCount() > 0:
                            break
                        await asyncio.sleep(0.02)
                    pick.towns.setCurrentIndex(pick.model.index(0))
                    await pause(0.5)
                    save(wizard, out, "rtl-ar-wizard-pick")
                wizard.close()
                await wizard.settle()
            finally:
                remove_language(app, applied)
    finally:
        db.close()
        await session.aclose()


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    keyring.set_keyring(MemoryKeyring())  # never the real keychain
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    apply_text_scale(app, 100)
    app.setQuitOnLastWindowClosed(False)
    server = PracticeServer(World.seeded(towns=2, seed=1))
    server.start()
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    try:
        with tempfile.TemporaryDirectory() as folder, loop:
            loop.run_until_complete(shoot(out, server, Path(folder) / "profile"))
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
