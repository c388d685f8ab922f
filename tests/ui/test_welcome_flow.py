"""The wizard and the main window together: first start, adding accounts, the practice town."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from townsfolk.services.directory import DirectoryService
from townsfolk.services.session import Session
from townsfolk.ui.main_window import MainWindow
from townsfolk.ui.onboarding.wizard import WelcomeWizard, WizardContext, WizardMode
from townsfolk.ui.welcome_flow import PRACTICE_KEY, WelcomeFlow

from .test_main_window_support import add_account, eventually, fast_client, open_window


def _visible_wizards() -> list[WelcomeWizard]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, WelcomeWizard) and w.isVisible()
    ]


def _flow(window: MainWindow, session: Session, profile: Path) -> WelcomeFlow:
    context = WizardContext(
        profile=profile,
        accounts=session.accounts_service,
        # A closed port: the directory stays offline and the shipped list is used.
        directory=DirectoryService(profile, base_url="http://127.0.0.1:9"),
        wait_interval=0.05,
    )
    return WelcomeFlow(window, session, profile, context=context)


async def test_first_start_opens_the_wizard_then_the_account(
    qtbot, maple, user_token, profile_dir: Path
):
    session = Session.open(profile_dir, client_factory=fast_client)
    window, _recorded = await open_window(qtbot, session)
    flow = _flow(window, session, profile_dir)
    try:
        assert flow.needs_welcome()
        flow.start()
        assert flow.wizard is not None
        assert flow.wizard.mode is WizardMode.FIRST_START
        assert flow.wizard.isVisible()

        # The wizard finished with a new account: the main window shows it.
        account = await add_account(session, maple, user_token(maple.domain, "ann"))
        flow.wizard.account_ready.emit(account)
        await eventually(lambda: window.account is not None)
        assert window.account.local_id == account.local_id
        assert not flow.needs_welcome()

        # "Add an account" and "Add a backup account" open it again in their modes.
        flow.wizard.close()
        window.add_account_action.trigger()
        assert flow.wizard.mode is WizardMode.ADD_ACCOUNT
        flow.wizard.close()
        window.add_backup_action.trigger()
        assert flow.wizard.mode is WizardMode.ADD_BACKUP
        assert flow.wizard.main_account().local_id == account.local_id
        flow.wizard.close()
    finally:
        await flow.aclose()
        await window.aclose()
        await session.aclose()


async def test_second_start_with_an_account_opens_no_wizard(
    qtbot, maple, user_token, profile_dir: Path
):
    session = Session.open(profile_dir, client_factory=fast_client)
    await add_account(session, maple, user_token(maple.domain, "ann"))
    window, _recorded = await open_window(qtbot, session)
    flow = _flow(window, session, profile_dir)
    try:
        flow.start()
        assert flow.wizard is None
        assert _visible_wizards() == []
    finally:
        await flow.aclose()
        await window.aclose()
        await session.aclose()


async def test_practice_town_window_and_join_a_real_town(qtbot, profile_dir: Path, memory_keyring):
    session = Session.open(profile_dir, client_factory=fast_client)
    window, _recorded = await open_window(qtbot, session)
    flow = _flow(window, session, profile_dir)
    flow.context.practice = flow.practice
    try:
        flow.start()
        practice = await flow.practice.start()
        flow.wizard.practice_started.emit(practice)
        await eventually(lambda: flow.practice_window is not None)
        practice_window = flow.practice_window
        assert "practice" in practice_window.windowTitle().lower()
        assert practice_window.account is not None
        assert practice_window.account.handle == "ann@maple.practice"
        assert "practice town" in practice_window.banner.text().lower()
        # Nothing of practice reached the real keyring or the real database.
        assert memory_keyring.store == {}
        assert session.db.accounts.list() == []

        practice_window.banner.action_clicked.emit(PRACTICE_KEY)
        await eventually(lambda: flow.practice_window is None and not flow.practice.running)
        assert flow.wizard.isVisible()
        assert flow.wizard.current_key == "pick"
    finally:
        await flow.aclose()
        await window.aclose()
        await session.aclose()
