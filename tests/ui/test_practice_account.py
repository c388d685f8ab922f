"""In the practice window, "Add an account…" and "Add a backup account…" offer a second
practice account on another practice town (so moving and backups can be tried without leaving
the practice); "Join a real town instead" stays a choice of its own."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from townsfolk.cache import AccountRole, AccountState

from .accessibility import audit
from .shots import shot
from .test_main_window_support import eventually
from .test_practice_window import practice_window


async def test_add_an_account_in_practice_makes_a_second_practice_account_at_once(
    qtbot: Any, profile_dir: Path
) -> None:
    async with practice_window(qtbot, profile_dir) as p:
        practice = p.flow.practice.session
        assert practice is not None
        p.window.add_account_action.trigger()
        dialog = p.flow.practice_account_dialog
        assert dialog is not None
        await eventually(dialog.isVisible)
        qtbot.waitExposed(dialog)
        # Still practising: no wizard, no leaving the practice.
        assert p.flow.practice_window is p.window
        assert p.flow.wizard is None or not p.flow.wizard.isVisible()
        assert dialog.body.text() == (
            "Practise with a second account on another practice town: harbour.practice. "
            "Everything stays on this computer."
        )
        # Named for a screen reader, reachable with Tab in reading order; Enter adds.
        assert audit(dialog) == []
        names = [b.accessibleName() for b in (dialog.real_button, dialog.add_button)]
        assert names == ["Join a real town instead", "Add the practice account"]
        assert dialog.add_button.isDefault()
        shot(dialog, "practice-second-account.png")

        dialog.add_button.setFocus()
        QTest.keyClick(dialog.add_button, Qt.Key.Key_Return)
        await eventually(lambda: p.flow.practice_account_dialog is None, 30)
        # In the account menu the moment the dialog closes; the account on screen stays.
        new = next(a for a in practice.db.accounts.list() if a.server_domain == "harbour.practice")
        assert new.handle == "ann2@harbour.practice"
        assert new.role is AccountRole.MAIN
        assert new.state is AccountState.ACTIVE
        assert p.window.switcher.index_of(new.local_id) >= 0
        assert p.window.account is not None
        assert p.window.account.handle == "ann@maple.practice"
        assert p.flow.practice_window is p.window
        # Its token is in the practice's own secret store, like the first account's.
        assert practice.secrets.get_token(new.local_id) is not None


async def test_add_a_backup_account_in_practice_makes_a_practice_backup(
    qtbot: Any, profile_dir: Path
) -> None:
    async with practice_window(qtbot, profile_dir) as p:
        practice = p.flow.practice.session
        assert practice is not None
        p.window.add_backup_action.trigger()
        dialog = p.flow.practice_account_dialog
        assert dialog is not None
        assert "backup" in dialog.windowTitle()
        assert "harbour.practice" in dialog.body.text()
        dialog.add_button.click()
        await eventually(lambda: p.flow.practice_account_dialog is None, 30)
        [backup] = practice.db.accounts.backups(practice.account.local_id)
        assert backup.server_domain == "harbour.practice"
        assert backup.role is AccountRole.BACKUP
        assert p.window.switcher.index_of(backup.local_id) >= 0


async def test_join_a_real_town_instead_still_leaves_the_practice(
    qtbot: Any, profile_dir: Path
) -> None:
    async with practice_window(qtbot, profile_dir) as p:
        p.window.add_account_action.trigger()
        dialog = p.flow.practice_account_dialog
        assert dialog is not None
        dialog.real_button.click()
        await eventually(lambda: p.flow.practice_window is None and not p.flow.practice.running)
        wizard = p.flow.wizard
        assert wizard is not None
        assert wizard.isVisible()
        assert wizard.current_key == "pick"
