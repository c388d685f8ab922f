"""The welcome wizard, driven like a person would, against two practice towns on 127.0.0.1.

The town directory is the practice directory (in-process); the browser is an HTTP client that
opens the town's log-in page and follows it. Waiting is on conditions (``until``), never on
fixed delays. Async tests run on the qasync loop, so the wizard's background work runs for
real while the test waits.
"""

from __future__ import annotations

import asyncio
import gc
import re
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from townsfolk.cache import AccountRole, AccountState, Database, FollowSync
from townsfolk.practice.directory import PracticeDirectory
from townsfolk.services.accounts import AccountsService
from townsfolk.services.directory import DirectoryService
from townsfolk.services.practice_mode import PracticeMode
from townsfolk.services.secrets import SecretStore
from townsfolk.ui.onboarding import WelcomeWizard, WizardContext, WizardMode, backup_reminder_due
from townsfolk.ui.onboarding.state import load_state, state_path

PASSWORD = "a long practice password"


async def until(predicate: Callable[[], object], timeout: float = 30.0) -> None:
    """Let the loop run until ``predicate()`` is true (fails after ``timeout`` seconds)."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            shown = [
                (w.current_key, w.current.message.text())
                for w in QApplication.topLevelWidgets()
                if isinstance(w, WelcomeWizard) and w.isVisible()
            ]
            raise AssertionError(f"the wizard did not get there in time: {shown}")
        await asyncio.sleep(0.005)


class Browser:
    """Stands in for the person's browser: opens the page and follows redirects for real."""

    def __init__(self) -> None:
        self.opened: list[str] = []
        self.pages: list[httpx.Response] = []

    async def __call__(self, url: str) -> None:
        self.opened.append(url)
        async with httpx.AsyncClient(follow_redirects=True, timeout=10) as client:
            self.pages.append(await client.get(url))


@pytest.fixture
def db(profile_dir: Path) -> Iterator[Database]:
    database = Database.open(profile_dir / "townsfolk.db")
    try:
        yield database
    finally:
        database.close()


@pytest.fixture
def fake_directory() -> PracticeDirectory:
    return PracticeDirectory()


@pytest.fixture
def browser() -> Browser:
    return Browser()


@pytest.fixture
async def make_wizard(qtbot, profile_dir, db, maple, harbour, fake_directory, browser):
    made: list[WelcomeWizard] = []

    def make(
        mode: WizardMode = WizardMode.FIRST_START,
        *,
        main_account=None,
        directory_url: str = "http://directory.test",
        database: Database | None = None,
    ) -> WelcomeWizard:
        directory = DirectoryService(
            profile_dir,
            base_url=directory_url,
            transport=(
                httpx.ASGITransport(app=fake_directory.asgi_app())
                if directory_url == "http://directory.test"
                else None
            ),
            timeout=5,
            town_urls={maple.domain: maple.base_url, harbour.domain: harbour.base_url},
        )
        context = WizardContext(
            profile=profile_dir,
            accounts=AccountsService(database or db, SecretStore()),
            directory=directory,
            open_browser=browser,
            practice=PracticeMode(profile_dir),
            wait_interval=0.02,
            login_timeout=20,
            language="en",
        )
        wizard = WelcomeWizard(context, mode=mode, main_account=main_account)
        qtbot.addWidget(wizard)
        wizard.show()
        made.append(wizard)
        return wizard

    yield make
    for wizard in made:
        if shiboken6.isValid(wizard):
            wizard.close()
        await wizard.settle()
        if wizard.ctx.practice is not None:
            wizard.ctx.practice.stop()
    made.clear()
    # Collect the wizards' Qt objects here, on the GUI thread, not later in some worker
    # thread where the garbage collector happens to run (that crashes Qt).
    gc.collect()


# ------------------------------------------------------------------------------ helpers


def press_next(wizard: WelcomeWizard) -> None:
    assert wizard.next_button.isVisible(), f"no main button on {wizard.current_key}"
    assert wizard.next_button.isEnabled(), f"main button disabled on {wizard.current_key}"
    wizard.next_button.click()


def choose_path(wizard: WelcomeWizard, path: str) -> None:
    assert wizard.current_key == "welcome"
    press_next(wizard)
    assert wizard.current_key == "path"
    wizard.pages["path"].choices[path].setChecked(True)
    press_next(wizard)


async def pick_town(wizard: WelcomeWizard, domain: str) -> None:
    page = wizard.pages["pick"]
    assert wizard.current_key == "pick"
    page.search.setText(domain.split(".", maxsplit=1)[0])
    await until(lambda: page.model.row_of(domain) >= 0)
    page.towns.setCurrentIndex(page.model.index(page.model.row_of(domain)))
    press_next(wizard)
    assert wizard.current_key == "about"
    about = wizard.pages["about"]
    await until(lambda: not about.busy)


def fill_sign_up(wizard: WelcomeWizard, username: str) -> None:
    page = wizard.pages["signup"]
    assert wizard.current_key == "signup"
    for box in (page.display_name, page.username, page.email, page.password):
        box.clear()
    QTest.keyClicks(page.display_name, username.title())
    QTest.keyClicks(page.username, username)
    QTest.keyClicks(page.email, f"{username}@example.org")
    QTest.keyClicks(page.password, PASSWORD)
    page.agree.setChecked(True)


async def sign_up(wizard: WelcomeWizard, town, username: str) -> None:
    await pick_town(wizard, town.domain)
    press_next(wizard)  # Join this town
    signup = wizard.pages["signup"]
    await until(lambda: wizard.town_info is not None and not signup.busy)
    fill_sign_up(wizard, username)
    press_next(wizard)  # Create my account
    await until(lambda: wizard.current_key == "email")


# ------------------------------------------------------------------------------ sign up


async def test_sign_up_then_backup_then_done(make_wizard, maple, harbour, db, profile_dir):
    wizard = make_wizard()
    ready: list[object] = []
    wizard.account_ready.connect(ready.append)
    choose_path(wizard, "new")
    await sign_up(wizard, maple, "newcomer")

    email = wizard.pages["email"]
    assert "newcomer@example.org" in email.text.text()
    assert email.resend.isVisible()
    assert not wizard.next_button.isEnabled()
    email.resend.click()
    await until(lambda: "on its way" in email.message.text())

    maple.town.confirm_email("newcomer")
    await until(lambda: wizard.current_key == "backup")
    (main,) = db.accounts.list()
    assert main.state is AccountState.ACTIVE
    assert main.handle == "newcomer@maple.practice"

    backup = wizard.pages["backup"]
    assert "newcomer@maple.practice" in backup.suggestions.text()
    assert backup.follow.isChecked()
    backup.choices["signup"].setChecked(True)
    press_next(wizard)
    pick = wizard.pages["pick"]
    assert "second town" in pick.title.text()
    pick.search.setText("practice")
    await until(lambda: pick.model.row_of("harbour.practice") >= 0)
    assert pick.model.row_of("maple.practice") < 0, "the first town is not offered again"
    pick.search.clear()
    await sign_up(wizard, harbour, "newcomer")
    harbour.town.confirm_email("newcomer")
    await until(lambda: wizard.current_key == "done")

    backups = db.accounts.backups(main.local_id)
    assert len(backups) == 1
    assert backups[0].role is AccountRole.BACKUP
    assert backups[0].handle == "newcomer@harbour.practice"
    assert backups[0].follow_sync is FollowSync.KEEP
    done = wizard.pages["done"]
    assert "@newcomer@harbour.practice" in done.intro.text()
    assert not wizard.back_button.isEnabled()
    press_next(wizard)  # Open Townsfolk
    assert [a.local_id for a in ready] == [main.local_id]
    assert not state_path(profile_dir).exists()
    assert not wizard.isVisible()


async def test_sign_up_needing_approval_survives_closing(make_wizard, maple, db, profile_dir):
    maple.town.registration_mode = "approval"
    maple.town.reason_required = True
    wizard = make_wizard()
    choose_path(wizard, "new")
    await pick_town(wizard, maple.domain)
    about = wizard.pages["about"]
    assert about.reason.isVisible()
    assert "few days" in about.reason_label.text()
    assert wizard.next_button.text() == "Join this town"
    assert not wizard.next_button.isEnabled(), "a reason is needed first"
    QTest.keyClicks(about.reason, "I grow maples.")
    assert wizard.next_button.isEnabled()
    press_next(wizard)
    await until(lambda: wizard.town_info is not None and not wizard.pages["signup"].busy)
    fill_sign_up(wizard, "hopeful")
    press_next(wizard)
    await until(lambda: wizard.current_key == "email")
    maple.town.confirm_email("hopeful")
    email = wizard.pages["email"]
    await until(lambda: "say yes" in email.title.text())
    assert "few days" in email.text.text()
    wizard.close()

    # Next start: the waiting account is picked up again.
    (waiting,) = AccountsService(db, SecretStore()).waiting_accounts()
    assert waiting.state is AccountState.WAITING_FOR_APPROVAL
    again = make_wizard()
    assert again.current_key == "email"
    maple.town.approve("hopeful")
    await until(lambda: again.current_key == "backup")
    assert db.accounts.get(waiting.local_id).state is AccountState.ACTIVE


async def test_waiting_account_is_picked_up_without_saved_progress(
    make_wizard, maple, db, profile_dir
):
    wizard = make_wizard()
    choose_path(wizard, "new")
    await sign_up(wizard, maple, "patient")
    wizard.close()
    state_path(profile_dir).unlink()  # even when the saved progress is gone
    again = make_wizard()
    assert again.current_key == "email"
    maple.town.confirm_email("patient")
    await until(lambda: again.current_key == "backup")


async def test_minimum_age_asks_for_the_date_of_birth(make_wizard, maple):
    wizard = make_wizard()
    choose_path(wizard, "new")
    await pick_town(wizard, maple.domain)
    press_next(wizard)
    signup = wizard.pages["signup"]
    await until(lambda: not signup.busy)
    assert signup.birth.isHidden()

    maple.town.min_age = 16
    wizard.go_back()
    wizard.go_back()
    await pick_town(wizard, maple.domain)
    assert "16" in wizard.pages["about"].text.toPlainText()
    press_next(wizard)
    await until(lambda: not signup.busy)
    assert not signup.birth.isHidden()
    assert "16" in signup.birth_title.text()


async def test_server_errors_appear_next_to_their_field(make_wizard, maple):
    wizard = make_wizard()
    choose_path(wizard, "new")
    await pick_town(wizard, maple.domain)
    press_next(wizard)
    signup = wizard.pages["signup"]
    await until(lambda: not signup.busy)
    fill_sign_up(wizard, "ann")  # someone already lives there with that name
    press_next(wizard)
    await until(signup.errors["username"].isVisible)
    assert "already uses that name" in signup.errors["username"].text()
    assert not signup.errors["email"].isVisible()
    assert wizard.current_key == "signup"
    assert signup.username.hasFocus() or not wizard.isActiveWindow()


async def test_closed_town_has_no_join_button(make_wizard, maple):
    maple.town.registration_mode = "closed"
    wizard = make_wizard()
    choose_path(wizard, "new")
    await pick_town(wizard, maple.domain)
    assert not wizard.next_button.isVisible()
    assert "not taking new people" in wizard.pages["about"].text.toPlainText()


async def test_town_that_is_down_is_explained_and_marked(make_wizard, harbour):
    harbour.town.faults.set("down")
    wizard = make_wizard()
    choose_path(wizard, "new")
    await pick_town(wizard, harbour.domain)
    about = wizard.pages["about"]
    assert "not answering" in about.message.text()
    assert about.retry.isVisible()
    assert wizard.ctx.directory.current().town("harbour.practice").answering is False
    harbour.town.faults.clear()
    about.retry.click()
    await until(lambda: about.info is not None)
    assert wizard.ctx.directory.current().town("harbour.practice").answering is True


# ------------------------------------------------------------------------------ log in


async def test_log_in_with_the_browser_then_backup_by_log_in(
    make_wizard, maple, harbour, db, browser
):
    maple.town.auto_approve_as = "ann"
    harbour.town.auto_approve_as = "jonas"
    wizard = make_wizard()
    choose_path(wizard, "existing")
    login = wizard.pages["login"]
    assert wizard.current_key == "login"
    assert login.completer.model().rowCount() > 100  # the directory's towns
    QTest.keyClicks(login.address, "@ann@maple.practice")
    press_next(wizard)
    await until(lambda: wizard.current_key == "backup")
    assert "log in to maple.practice" in wizard.pages["browser"].text.text()
    assert browser.opened
    assert "state=" in browser.opened[0]
    (main,) = db.accounts.list()
    assert main.handle == "ann@maple.practice"

    backup = wizard.pages["backup"]
    backup.choices["login"].setChecked(True)
    backup.follow.setChecked(False)
    press_next(wizard)
    assert wizard.current_key == "login"
    assert "backup" in login.title.text()
    QTest.keyClicks(login.address, maple.base_url)
    press_next(wizard)
    await until(lambda: login.message.isVisible() or wizard.current_key != "login")
    assert "another town" in login.message.text()
    login.address.clear()
    QTest.keyClicks(login.address, "harbour.practice")
    press_next(wizard)
    await until(lambda: wizard.current_key == "done")
    (second,) = db.accounts.backups(main.local_id)
    assert second.handle == "jonas@harbour.practice"
    assert second.follow_sync is FollowSync.OFF


async def test_code_login_when_the_town_refuses_the_browser_way(make_wizard, maple, db, browser):
    maple.town.loopback_ignores_port = False
    maple.town.auto_approve_as = "ann"
    wizard = make_wizard()
    choose_path(wizard, "existing")
    QTest.keyClicks(wizard.pages["login"].address, "maple.practice")
    press_next(wizard)
    page = wizard.pages["browser"]
    await until(lambda: page.code_mode and browser.pages)
    assert "code" in page.text.text()
    code = re.search(r'id="code">([^<]+)<', browser.pages[-1].text).group(1)
    assert not wizard.next_button.isEnabled()
    QTest.keyClicks(page.code, code)
    press_next(wizard)
    await until(lambda: wizard.current_key == "backup")
    assert db.accounts.list()[0].handle == "ann@maple.practice"


async def test_code_login_on_request_and_way_back(make_wizard, maple, browser):
    wizard = make_wizard()
    choose_path(wizard, "existing")
    QTest.keyClicks(wizard.pages["login"].address, "https://maple.practice")
    press_next(wizard)
    page = wizard.pages["browser"]
    await until(lambda: wizard.current_key == "browser" and browser.pages)
    page.use_code.click()
    await until(lambda: page.code_mode and len(browser.pages) == 2)
    assert httpx.URL(browser.opened[-1]).params["redirect_uri"] == "urn:ietf:wg:oauth:2.0:oob"
    wizard.go_back()
    assert wizard.current_key == "login"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("https://mastodon.social/about", "address of a page"),
        ("not a town", "does not look like"),
        ("ftp://maple.practice", "not the address of a town"),
    ],
)
async def test_bad_addresses_are_explained(make_wizard, typed, expected):
    wizard = make_wizard()
    choose_path(wizard, "existing")
    login = wizard.pages["login"]
    QTest.keyClicks(login.address, typed)
    press_next(wizard)
    assert login.message.isVisible()
    assert expected in login.message.text()
    assert wizard.current_key == "login"


async def test_town_down_when_logging_in(make_wizard, harbour):
    harbour.town.faults.set("down")
    wizard = make_wizard()
    choose_path(wizard, "existing")
    login = wizard.pages["login"]
    QTest.keyClicks(login.address, "harbour.practice")
    press_next(wizard)
    await until(lambda: not login.busy)
    assert "could not reach" in login.message.text()
    assert wizard.current_key == "login"


# ------------------------------------------------------------------------------ resume


async def test_resume_after_closing_mid_way(make_wizard, maple, profile_dir):
    wizard = make_wizard()
    choose_path(wizard, "new")
    await pick_town(wizard, maple.domain)
    press_next(wizard)
    await until(lambda: not wizard.pages["signup"].busy)
    fill_sign_up(wizard, "halfway")
    wizard.close()

    saved = state_path(profile_dir).read_text(encoding="utf-8")
    assert "halfway@example.org" in saved
    assert PASSWORD not in saved, "a password never goes to disk"

    again = make_wizard()
    assert again.current_key == "signup"
    page = again.pages["signup"]
    assert page.username.text() == "halfway"
    assert page.email.text() == "halfway@example.org"
    assert page.agree.isChecked()
    assert page.password.text() == ""
    await until(lambda: not page.busy)
    assert "@halfway@maple.practice" in page.address_label.text()
    # Back still leads where it led before.
    again.go_back()
    assert again.current_key == "about"


async def test_resume_on_the_pick_page_keeps_the_filters(make_wizard, profile_dir):
    wizard = make_wizard()
    choose_path(wizard, "new")
    pick = wizard.pages["pick"]
    pick.topics.setCurrentRow(2)  # a topic
    topic = pick.topics.currentItem().data(Qt.ItemDataRole.UserRole)
    pick.search.setText("social")
    wizard.close()
    state = load_state(profile_dir)
    assert state.topic == topic
    again = make_wizard()
    assert again.current_key == "pick"
    assert again.pages["pick"].search.text() == "social"


# ------------------------------------------------------------------------------ directory


async def test_offline_directory_still_lists_towns(make_wizard, unused_tcp_port_url):
    wizard = make_wizard(directory_url=unused_tcp_port_url)
    choose_path(wizard, "new")
    pick = wizard.pages["pick"]
    assert pick.model.rowCount() > 0, "good first towns from the shipped list"
    await until(lambda: "could not update" in pick.note.text())
    select_topic(pick, "academia")
    domains = {t.domain for t in pick.model.towns()}
    assert "scholar.social" in domains


async def test_live_directory_fills_in_cards_and_marks_unusable_towns(make_wizard):
    wizard = make_wizard()
    choose_path(wizard, "new")
    pick = wizard.pages["pick"]
    await until(lambda: wizard.ctx.directory.current().refreshed_at is not None)
    await until(lambda: pick.model.rowCount() > 0 and pick.model.towns()[0].live)
    first = pick.model.towns()[0]
    assert first.domain == "mastodon.world"
    text = pick.model.index(0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert "180,000 people live here" in text or "180000" in text.replace(",", "")
    assert "You can join now" in text
    # Search across every topic; unusable towns are shown and say why.
    pick.search.setText("misskey")
    await until(lambda: pick.model.rowCount() == 1)
    text = pick.model.index(0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert "cannot use" in text
    pick.towns.setCurrentIndex(pick.model.index(0))
    assert not wizard.next_button.isEnabled()
    # The language filter.
    pick.search.clear()
    index = pick.language.findData("ja")
    assert index > 0
    pick.language.setCurrentIndex(index)
    assert pick.model.rowCount() == 0  # no big general town in Japanese here
    assert "No towns match" in pick.empty.text()
    select_topic(pick, "fandoms")
    assert [t.domain for t in pick.model.towns()] == ["animeworld.example"]


def select_topic(pick, topic_id: str) -> None:
    for row in range(pick.topics.count()):
        if pick.topics.item(row).data(Qt.ItemDataRole.UserRole) == topic_id:
            pick.topics.setCurrentRow(row)
            return
    raise AssertionError(f"no topic {topic_id}")


@pytest.fixture
def unused_tcp_port_url() -> str:
    import socket

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    return f"http://127.0.0.1:{port}"


# ------------------------------------------------------------------------------ practice


async def test_practice_town(make_wizard, profile_dir, db, memory_keyring):
    wizard = make_wizard()
    started: list[object] = []
    wizard.practice_started.connect(started.append)
    choose_path(wizard, "practice")
    await until(lambda: started)
    session = started[0]
    assert session.account.handle == "ann@maple.practice"
    assert not wizard.isVisible()
    assert db.accounts.list() == [], "practice never mixes with real accounts"
    assert memory_keyring.store == {}
    # "Join a real town" leads to picking a town.
    wizard.join_real_town()
    assert wizard.isVisible()
    assert wizard.current_key == "pick"


# ------------------------------------------------------------------------------ modes


async def test_add_a_backup_account_later(make_wizard, maple, harbour, db, user_token):
    harbour.town.auto_approve_as = "ann"
    main = db.accounts.add(
        server_url=maple.base_url,
        server_domain="maple.practice",
        handle="ann@maple.practice",
        remote_id="1",
    )
    wizard = make_wizard(WizardMode.ADD_BACKUP, main_account=main)
    assert wizard.current_key == "backup"
    backup = wizard.pages["backup"]
    backup.choices["later"].setChecked(True)
    assert wizard.next_button.text() == "Skip for now"
    press_next(wizard)
    assert wizard.current_key == "done"
    assert backup_reminder_due(wizard.ctx.profile)
    assert "remind you later" in wizard.pages["done"].intro.text()

    again = make_wizard(WizardMode.ADD_BACKUP, main_account=main)
    assert again.current_key == "done"  # resumed
    again.close()


async def test_add_an_account_starts_at_the_choice(make_wizard):
    wizard = make_wizard(WizardMode.ADD_ACCOUNT)
    assert wizard.current_key == "path"
