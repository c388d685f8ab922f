"""The person's settings for every window Townsfolk shows: the main window and the practice
town's window share one set of settings, one text size and one Settings window.

app.py makes one :class:`AppSettings` and attaches the main window; the welcome flow attaches
the practice window too, so "Settings…", "Larger text" and the other text-size keys work in
both, and a change made in one shows in both at once.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from townsfolk.cache.errors import from_os_error
from townsfolk.services.settings import Settings, save_settings
from townsfolk.ui.main_window import MainWindow
from townsfolk.ui.settings_dialog import SettingsDialog
from townsfolk.ui.style import apply_color_scheme, apply_text_scale, place_on_screen

__all__ = ["AppSettings"]


class AppSettings(QObject):
    """Applies and saves the settings for the windows attached to it."""

    def __init__(
        self, app: QApplication, path: Path, settings: Settings, parent: QObject | None = None
    ) -> None:
        super().__init__(parent or app)
        self.app = app
        self.path = path
        self.settings = settings
        self.windows: list[MainWindow] = []
        #: The Settings window while it is open (for tests).
        self.dialog: SettingsDialog | None = None

    def attach(self, window: MainWindow) -> None:
        """``window`` follows these settings; its menus and keys change them."""
        window.settings = self.settings
        window.text_scale = self.settings.text_scale
        window.text_scale_requested.connect(self.set_text_scale)
        window.settings_requested.connect(lambda: self.open_settings(window))
        window.destroyed.connect(lambda *_: self._forget(window))
        self.windows.append(window)

    def save(self) -> bool:
        """Write the settings; when the disk refuses (full, read-only), the windows say so and
        the settings keep working until Townsfolk quits. False when they were not saved."""
        try:
            save_settings(self.path, self.settings)
        except OSError as exc:
            problem = from_os_error(exc, where=self.path)
            if problem is None:
                raise
            sentence = self.tr(
                "Your settings could not be saved; they stay as you chose them until you quit "
                "Townsfolk. {problem}"
            ).format(problem=problem.user_message)
            for window in self.windows:
                window.statusBar().showMessage(sentence)
            return False
        return True

    def _forget(self, window: MainWindow) -> None:
        with contextlib.suppress(ValueError):
            self.windows.remove(window)

    def set_text_scale(self, value: int) -> None:
        """Larger, smaller or normal text, from any window: every window follows."""
        self.settings.text_scale = value
        for window in self.windows:
            window.text_scale = value
        apply_text_scale(self.app, value)
        self.save()

    def apply(self, changed: Settings) -> None:
        """Settings changed in the Settings window: applied at once, in every window."""
        self.settings = changed
        apply_text_scale(self.app, changed.text_scale)
        apply_color_scheme(self.app, changed.color_scheme)
        for window in self.windows:
            window.text_scale = changed.text_scale
            window.apply_settings(changed)

    def open_settings(self, window: MainWindow) -> SettingsDialog:
        """The Settings window, over the window it was asked from (its backup accounts)."""
        session = window.session
        dialog = SettingsDialog(
            self.settings,
            window,
            backups=window.backup_choices(),
            housekeeping=session.housekeeping if session is not None else None,
        )
        dialog.settings_changed.connect(self.apply)
        dialog.follow_sync_changed.connect(window.set_follow_same)
        safety = getattr(window, "safety", None)  # hidden words, log out (ui/safety.py)
        if safety is not None:
            safety.add_to_settings(dialog)
        dialog.accepted.connect(self.save)
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda *_: self._dialog_closed(dialog))
        self.dialog = dialog
        window.settings_dialog = dialog  # type: ignore[attr-defined]
        place_on_screen(dialog, dialog.size(), over=window)  # wholly on the screen
        dialog.open()
        return dialog

    def _dialog_closed(self, dialog: SettingsDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
