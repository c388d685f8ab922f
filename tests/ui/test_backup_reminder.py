"""The gentle reminder to add a backup account (issue 11, break 10): the wizard no longer
pushes one; a few days later the main window offers it, calmly, and remembers the answer in
the settings. Real main window on a practice town, a real settings file, a clock we move."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

from tests.ui.shots import shot
from townsfolk.cache import AccountRole
from townsfolk.services.settings import load_settings
from townsfolk.ui.app_settings import AppSettings
from townsfolk.ui.backup_reminder import BANNER_KEY, NEVER, REMIND_AFTER, SNOOZE, BackupReminder

from .test_main_window_support import eventually, running, settle


async def pictures_arrived(w: Any) -> None:
    """Let the pictures a painted window asked for arrive before it closes: a download cut
    short by closing leaves its connection to the garbage collector (an unclosed-socket
    warning at teardown, now and then)."""
    await settle(w)
    await eventually(lambda: not w.images._tasks, 20)


async def test_the_reminder_comes_later_and_remembers_the_answer(
    qtbot: Any, profile_dir: Path, maple: Any, user_token: Any
) -> None:
    async with running(qtbot, profile_dir, [(maple, user_token(maple.domain))]) as r:
        w = r.window
        await settle(w)
        path = profile_dir / "settings.json"
        app_settings = AppSettings(QApplication.instance(), path, w.settings)  # type: ignore[arg-type]
        now = [1_000_000.0]
        reminder = BackupReminder(w, app_settings=app_settings, clock=lambda: now[0])
        assert reminder.needs_backup()

        # Not at once: the person has just arrived.
        assert not reminder.check()
        assert not w.banner.has(BANNER_KEY)
        await pictures_arrived(w)
        assert load_settings(path).backup_reminder_at == 1_000_000 + REMIND_AFTER

        # A few days later it comes, calmly, next to any other message (never replacing it).
        now[0] += REMIND_AFTER
        w.banner.show_message("action", "maple.practice did not accept the favourite.")
        assert reminder.check()
        row = w.banner.row_for(BANNER_KEY)
        assert row is not None
        assert row.isVisible()
        assert "no backup yet" in row.label.text()
        assert row.action.text() == "Add a backup account…"
        assert row.second.text() == "Don't remind me again"
        assert w.banner.row_for("action") is not None
        w.resize(1366, 768)
        shot(w, "backup-reminder.png")
        await pictures_arrived(w)

        # "Hide": again a week later (remembered across a restart: in the settings file).
        row.close_button.click()
        assert not w.banner.has(BANNER_KEY)
        assert load_settings(path).backup_reminder_at == int(now[0]) + SNOOZE
        assert not reminder.check()
        now[0] += SNOOZE
        again = BackupReminder(w, app_settings=app_settings, clock=lambda: now[0])
        assert again.check()

        # "Add a backup account…" opens the wizard's backup page.
        row = w.banner.row_for(BANNER_KEY)
        assert row is not None
        with qtbot.waitSignal(w.add_backup_requested):
            row.action.click()
        assert not w.banner.has(BANNER_KEY)

        # "Don't remind me again" is final.
        now[0] += SNOOZE
        assert again.check()
        row = w.banner.row_for(BANNER_KEY)
        assert row is not None
        row.second.click()
        assert load_settings(path).backup_reminder_at == NEVER
        now[0] += 100 * SNOOZE
        assert not again.check()
        await pictures_arrived(w)


async def test_no_reminder_once_there_is_a_backup(
    qtbot: Any, profile_dir: Path, maple: Any, user_token: Any
) -> None:
    async with running(qtbot, profile_dir, [(maple, user_token(maple.domain))]) as r:
        w = r.window
        await settle(w)
        now = [1_000_000.0]
        w.settings.backup_reminder_at = 1
        reminder = BackupReminder(w, clock=lambda: now[0])
        assert reminder.check()
        main = r.accounts[0]
        r.session.db.accounts.add(
            server_url="http://127.0.0.1:9",
            server_domain="harbour.practice",
            handle="ann@harbour.practice",
            role=AccountRole.BACKUP,
            backup_of=main.local_id,
        )
        assert not reminder.check()
        assert not w.banner.has(BANNER_KEY)
        await pictures_arrived(w)
