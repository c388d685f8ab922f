"""The main window's size: remembered between runs, and fitted to the screen it opens on.

The window's ``QSettings`` (``window.window_settings``, set by the app) keep its geometry and
the account it showed last, under ``MainWindow.SETTINGS_GROUP``.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QRect, QSettings, QSize
from PySide6.QtWidgets import QWidget

from townsfolk.ui.navigation import SidePanel
from townsfolk.ui.style import available_geometry, clamp_to, place_on_screen

if TYPE_CHECKING:
    from townsfolk.ui.main_window import MainWindow

__all__ = [
    "DEFAULT_SIZE",
    "fit_to_screen",
    "remember_account",
    "remembered_account",
    "restore_geometry",
    "save_geometry",
]

# The size the window opens with when it has none remembered (at most 90 % of the screen).
DEFAULT_SIZE = QSize(1100, 780)


def remembered_account(window: MainWindow) -> int | None:
    """The account shown when the window was last open (None when not known)."""
    settings = getattr(window, "window_settings", None)
    if isinstance(settings, QSettings):
        value = settings.value(f"{window.SETTINGS_GROUP}/account")
        with contextlib.suppress(TypeError, ValueError):
            return int(value) if value is not None else None
    return None


def remember_account(window: MainWindow, account_id: int) -> None:
    settings = getattr(window, "window_settings", None)
    if isinstance(settings, QSettings):
        settings.setValue(f"{window.SETTINGS_GROUP}/account", account_id)


def restore_geometry(window: MainWindow, settings: QSettings) -> None:
    """The window's size and place as remembered in ``settings``, kept inside the screen."""
    geometry = settings.value(f"{window.SETTINGS_GROUP}/geometry")
    if isinstance(geometry, QByteArray) and not geometry.isEmpty():
        window.restoreGeometry(geometry)
        if not (window.isMaximized() or window.isFullScreen()):
            # Remembered on a bigger screen: kept inside this one (issue 11, break 8).
            window.setGeometry(clamp_to(window.geometry(), available_geometry(window)))


def fit_to_screen(window: MainWindow, available: QRect | None = None) -> None:
    """The default size, made to fit the screen (or ``available``), centred on it."""
    place_on_screen(window, window.DEFAULT_SIZE, available=available)
    # The sidebar's least width follows the window's (navigation.SidePanel): fitted once
    # more with the least width the new size gives (at 200 % on an 800×600 screen the
    # window stayed wider than the screen). The layouts update on their next turn: they
    # are brought up to date now, from the sidebar's up.
    side = window.findChild(SidePanel)
    if side is not None:
        side.fit_to(window.width())
        widget: QWidget | None = side.parentWidget()
        while widget is not None:
            layout = widget.layout()
            if layout is not None:
                layout.invalidate()
                layout.activate()
            widget = widget.parentWidget()
        place_on_screen(window, window.DEFAULT_SIZE, available=available)


def save_geometry(window: MainWindow, settings: QSettings) -> None:
    settings.setValue(f"{window.SETTINGS_GROUP}/geometry", window.saveGeometry())
    settings.sync()
