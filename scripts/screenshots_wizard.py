"""Render every page of the welcome wizard to PNG, against practice towns on this computer.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_wizard.py [OUT_DIR]

Writes docs/screenshots/wizard-*.png (or OUT_DIR). Nothing leaves the computer: the towns are
practice towns on 127.0.0.1 and the town directory is the practice directory, in-process.
"""

from __future__ import annotations

import asyncio
import os
import re
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")

import httpx
import keyring
import qasync
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from townsfolk.cache import Database
from townsfolk.practice import PracticeServer, World
from townsfolk.practice.directory import PracticeDirectory
from townsfolk.services.accounts import AccountsService
from townsfolk.services.directory import DirectoryService
from townsfolk.services.practice_mode import MemoryKeyring, PracticeMode
from townsfolk.services.secrets import SecretStore
from townsfolk.ui.onboarding import WelcomeWizard, WizardContext
from townsfolk.ui.onboarding.state import clear_state
from townsfolk.ui.style import apply_text_scale

ROOT = Path(__file__).resolve().parent.parent


async def until(predicate: Callable[[], object], timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError("the wizard did not get there in time")
        await asyncio.sleep(0.01)


class Browser:
    def __init__(self) -> None:
        self.pages: list[httpx.Response] = []

    async def __call__(self, url: str) -> None:
        async with httpx.AsyncClient(follow_redirects=True, timeout=10) as client:
            self.pages.append(await client.get(url))


async def shoot(widget: QWidget, out: Path, name: str) -> None:
    await asyncio.sleep(0.1)  # let the loop lay out and paint (a script, not a test)
    path = out / f"wizard-{name}.png"
    widget.grab().save(str(path))
    print("wrote", path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)


def add_the_biggest_towns(listing: PracticeDirectory) -> None:
    """The real directory's two biggest general towns, as "Good first towns" shows them to
    a newcomer (the practice directory lists only mastodon.world of the big ones)."""
    model = next(s for s in listing.servers if s["domain"] == "mastodon.world")
    for domain, description, users, active in (
        (
            "mastodon.social",
            "The original town, run by the people who make Mastodon.",
            2_900_000,
            280_000,
        ),
        ("mstdn.social", "A general town for everyone, open to all.", 250_000, 20_000),
    ):
        town = dict(model, domain=domain, description=description)
        town.update(total_users=users, last_week_users=active)
        listing.servers.insert(listing.servers.index(model), town)


async def run(out: Path) -> None:
    world = World.seeded(towns=2, seed=1)
    server = PracticeServer(world)
    server.start()
    profile = Path(tempfile.mkdtemp(prefix="townsfolk-shots-"))
    db = Database.open(profile / "townsfolk.db")
    maple, harbour = world.town("maple.practice"), world.town("harbour.practice")
    try:
        browser = Browser()
        listing = PracticeDirectory()
        add_the_biggest_towns(listing)
        directory = DirectoryService(
            profile,
            base_url="http://directory.practice",
            transport=httpx.ASGITransport(app=listing.asgi_app()),
            town_urls={t.domain: server.base_url(t.domain) for t in world.towns},
        )
        context = WizardContext(
            profile=profile,
            accounts=AccountsService(db, SecretStore()),
            directory=directory,
            open_browser=browser,
            practice=PracticeMode(profile),
            wait_interval=0.05,
            language="en",
        )
        wizard = WelcomeWizard(context)
        wizard.resize(900, 720)
        wizard.show()
        await shoot(wizard, out, "01-welcome")
        wizard.pages["welcome"].tell_more()
        dialog = wizard.pages["welcome"].help_dialog
        assert dialog is not None
        await shoot(dialog, out, "01b-tell-me-more")
        dialog.close()

        wizard.go_next()
        wizard.pages["path"].choices["new"].setChecked(True)
        await shoot(wizard, out, "02-choose-a-path")

        wizard.go_next()
        await until(lambda: directory.current().refreshed_at is not None)
        pick = wizard.pages["pick"]
        await until(lambda: pick.model.rowCount() > 0 and pick.model.towns()[0].live)
        pick.towns.setCurrentIndex(pick.model.index(0))
        await shoot(wizard, out, "03-pick-a-town")
        for row in range(pick.topics.count()):
            if pick.topics.item(row).text().startswith("Academia"):
                pick.topics.setCurrentRow(row)
        await shoot(wizard, out, "03b-pick-a-topic")

        maple.min_age = 16
        pick.search.setText("maple")
        await until(lambda: pick.model.row_of("maple.practice") >= 0)
        pick.towns.setCurrentIndex(pick.model.index(pick.model.row_of("maple.practice")))
        wizard.go_next()
        await until(lambda: not wizard.pages["about"].busy)
        await shoot(wizard, out, "04-about-this-town")

        wizard.go_next()
        signup = wizard.pages["signup"]
        await until(lambda: not signup.busy)
        QTest.keyClicks(signup.display_name, "Ann Archer")
        QTest.keyClicks(signup.username, "ann")
        QTest.keyClicks(signup.email, "ann@example.org")
        QTest.keyClicks(signup.password, "maple leaves in autumn")
        signup.agree.setChecked(True)
        wizard.go_next()
        await until(signup.errors["username"].isVisible)
        await shoot(wizard, out, "05-create-your-account")
        signup.username.clear()
        QTest.keyClicks(signup.username, "ann_archer")
        QTest.keyClicks(signup.password, "maple leaves in autumn")
        wizard.go_next()
        await until(lambda: wizard.current_key == "email")
        await shoot(wizard, out, "06-check-your-email")

        maple.confirm_email("ann_archer")
        await until(lambda: wizard.current_key == "backup")
        await shoot(wizard, out, "07-backup-account")

        backup = wizard.pages["backup"]
        backup.choices["login"].setChecked(True)
        wizard.go_next()
        QTest.keyClicks(wizard.pages["login"].address, "@ann@harbour.practice")
        await shoot(wizard, out, "09-log-in")
        harbour.loopback_ignores_port = False
        wizard.go_next()
        page = wizard.pages["browser"]
        await until(lambda: page.code_mode and browser.pages)
        await shoot(wizard, out, "10-log-in-with-a-code")
        harbour.auto_approve_as = "ann"
        browser.pages.clear()
        page._again()
        await until(lambda: browser.pages)
        match = re.search(r'id="code">([^<]+)<', browser.pages[-1].text)
        assert match is not None
        QTest.keyClicks(page.code, match.group(1))
        wizard.go_next()
        await until(lambda: wizard.current_key == "done")
        await shoot(wizard, out, "08-done")
        wizard.close()
        await wizard.settle()

        # The browser page as most people see it.
        clear_state(profile)
        shown = WelcomeWizard(context)
        shown.resize(900, 720)
        shown.show()
        shown.state.path = "existing"
        shown.go("login")
        shown.pages["login"].address.setText("maple.practice")

        async def never_back(url: str) -> None:
            return None

        context.open_browser = never_back
        shown.go_next()
        await until(lambda: shown.current_key == "browser")
        await shoot(shown, out, "09b-log-in-in-the-browser")
        shown.close()
        await shown.settle()
    finally:
        db.close()
        server.stop()


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    keyring.set_keyring(MemoryKeyring())  # never the real keychain
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    apply_text_scale(app, 100)
    app.setQuitOnLastWindowClosed(False)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        loop.run_until_complete(run(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
