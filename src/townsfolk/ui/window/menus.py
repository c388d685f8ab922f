"""The main window's menu bar and keyboard shortcuts, the text size and "About Townsfolk".

:func:`build_menus` makes every action as an attribute of the window (``window.write_action``,
``window.place_actions["home"]``, ``window.larger_action``…, which tests and other windows
use); :func:`set_account_actions_enabled` turns off those that need an account.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox

from townsfolk import __version__
from townsfolk.ui.navigation import PLACES
from townsfolk.ui.style import TEXT_SCALE_MAX, TEXT_SCALE_MIN

if TYPE_CHECKING:
    from townsfolk.ui.main_window import MainWindow

__all__ = [
    "build_menus",
    "change_text_scale",
    "set_account_actions_enabled",
    "set_text_scale",
    "shortcuts",
    "show_about",
]

# lupdate collects calls named ``translate`` whose context is written out (a plain comment:
# lupdate would give a "#:" comment to the next text as a note for translators).
translate = QCoreApplication.translate


def shortcuts(standard: QKeySequence.StandardKey, *extra: str) -> list[QKeySequence]:
    """The platform's keys for ``standard`` (only the first, as menus show it) and ``extra``,
    each once: an action bound twice to the same key never fires ("Ambiguous shortcut
    overload"), and on Linux the standard keys for Back and Refresh are Alt+Left and F5."""
    keys: list[QKeySequence] = []
    seen: set[str] = set()
    standard_keys = QKeySequence.keyBindings(standard)[:1]
    for key in (*standard_keys, *(QKeySequence(text) for text in extra)):
        name = key.toString(QKeySequence.SequenceFormat.PortableText)
        if name and name not in seen:
            seen.add(name)
            keys.append(key)
    return keys


def build_menus(window: MainWindow) -> None:
    bar = window.menuBar()
    file_menu = bar.addMenu(translate("MainWindow", "&Townsfolk"))
    window.write_action = QAction(translate("MainWindow", "&Write a post…"), window)
    window.write_action.setShortcut(QKeySequence("Ctrl+N"))
    window.write_action.triggered.connect(lambda _checked=False: window.open_compose())
    window.add_account_action = QAction(translate("MainWindow", "&Add an account…"), window)
    window.add_account_action.triggered.connect(window.add_account_requested)
    window.add_backup_action = QAction(translate("MainWindow", "Add a &backup account…"), window)
    window.add_backup_action.triggered.connect(window.add_backup_requested)
    window.quit_action = QAction(translate("MainWindow", "&Quit"), window)
    window.quit_action.setShortcuts(shortcuts(QKeySequence.StandardKey.Quit, "Ctrl+Q"))
    window.quit_action.triggered.connect(window.close)
    window.settings_action = QAction(translate("MainWindow", "&Settings…"), window)
    window.settings_action.setShortcuts(shortcuts(QKeySequence.StandardKey.Preferences, "Ctrl+,"))
    window.settings_action.triggered.connect(window.settings_requested)
    file_menu.addAction(window.write_action)
    file_menu.addAction(window.add_account_action)
    file_menu.addAction(window.add_backup_action)
    file_menu.addAction(window.settings_action)
    file_menu.addSeparator()
    file_menu.addAction(window.quit_action)

    go_menu = bar.addMenu(translate("MainWindow", "&Go"))
    window.place_actions = {}
    names = {
        "home": (translate("MainWindow", "&People you follow"), "Ctrl+1"),
        "local": (translate("MainWindow", "Your &town"), "Ctrl+2"),
        "everywhere": (translate("MainWindow", "&Everywhere"), "Ctrl+3"),
        "notifications": (translate("MainWindow", "&Notifications"), "Ctrl+4"),
        "bookmarks": (translate("MainWindow", "Sa&ved posts"), "Ctrl+5"),
        "search": (translate("MainWindow", "&Search"), "Ctrl+F"),
    }
    for key in PLACES:
        text, shortcut = names[key]
        action = QAction(text, window)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False, k=key: window.show_place(k))
        go_menu.addAction(action)
        window.place_actions[key] = action
    go_menu.addSeparator()
    window.back_action = QAction(translate("MainWindow", "&Back"), window)
    window.back_action.setShortcuts(shortcuts(QKeySequence.StandardKey.Back, "Alt+Left"))
    window.back_action.triggered.connect(window.go_back)
    window.refresh_action = QAction(translate("MainWindow", "&Look for new posts now"), window)
    window.refresh_action.setShortcuts(shortcuts(QKeySequence.StandardKey.Refresh, "F5"))
    window.refresh_action.triggered.connect(window.poll_now)
    window.own_profile_action = QAction(translate("MainWindow", "&Your profile"), window)
    window.own_profile_action.triggered.connect(window.open_own_profile)
    window.edit_profile_action = QAction(translate("MainWindow", "&Edit my profile…"), window)
    window.edit_profile_action.triggered.connect(window.open_profile_editor)
    window.people_to_follow_action = QAction(translate("MainWindow", "People to &follow"), window)
    window.people_to_follow_action.triggered.connect(window.open_people_to_follow)
    window.town_status_action = QAction(
        translate("MainWindow", "&Town status (how the towns are doing)"), window
    )
    window.town_status_action.triggered.connect(window.town_status_requested)
    for action in (
        window.back_action,
        window.refresh_action,
        window.own_profile_action,
        window.edit_profile_action,
        window.people_to_follow_action,
        window.town_status_action,
    ):
        go_menu.addAction(action)
    for action in (
        *window.place_actions.values(),
        window.back_action,
        window.refresh_action,
        window.write_action,
    ):
        window.addAction(action)  # shortcuts work wherever the focus is

    view_menu = bar.addMenu(translate("MainWindow", "&View"))
    window.larger_action = QAction(translate("MainWindow", "&Larger text"), window)
    window.larger_action.setShortcuts(shortcuts(QKeySequence.StandardKey.ZoomIn, "Ctrl+="))
    window.larger_action.triggered.connect(lambda: change_text_scale(window, +10))
    window.smaller_action = QAction(translate("MainWindow", "&Smaller text"), window)
    window.smaller_action.setShortcut(QKeySequence.StandardKey.ZoomOut)
    window.smaller_action.triggered.connect(lambda: change_text_scale(window, -10))
    window.normal_action = QAction(translate("MainWindow", "&Normal text size"), window)
    window.normal_action.setShortcut(QKeySequence("Ctrl+0"))
    window.normal_action.triggered.connect(lambda: set_text_scale(window, 100))
    for action in (window.larger_action, window.smaller_action, window.normal_action):
        view_menu.addAction(action)

    help_menu = bar.addMenu(translate("MainWindow", "&Help"))
    window.how_action = QAction(translate("MainWindow", "&How Townsfolk works"), window)
    window.how_action.setShortcuts(shortcuts(QKeySequence.StandardKey.HelpContents, "F1"))
    window.how_action.triggered.connect(lambda: window.show_help("how"))
    window.shortcuts_action = QAction(translate("MainWindow", "&Keyboard shortcuts"), window)
    window.shortcuts_action.triggered.connect(lambda: window.show_help("shortcuts"))
    window.words_action = QAction(translate("MainWindow", "&What the words mean"), window)
    window.words_action.triggered.connect(lambda: window.show_help("words"))
    window.about_action = QAction(translate("MainWindow", "&About Townsfolk"), window)
    window.about_action.triggered.connect(window.show_about)
    for action in (window.how_action, window.shortcuts_action, window.words_action):
        help_menu.addAction(action)
    help_menu.addSeparator()
    help_menu.addAction(window.about_action)
    window.addAction(window.how_action)
    window.help_window = None  # the help page open now (for tests)


def set_account_actions_enabled(window: MainWindow, enabled: bool) -> None:
    for action in (
        *window.place_actions.values(),
        window.write_action,
        window.back_action,
        window.refresh_action,
        window.own_profile_action,
        window.edit_profile_action,
        window.people_to_follow_action,
        window.add_backup_action,
    ):
        action.setEnabled(enabled)


def change_text_scale(window: MainWindow, step: int) -> None:
    set_text_scale(window, window.text_scale + step)


def set_text_scale(window: MainWindow, value: int) -> None:
    value = max(TEXT_SCALE_MIN, min(TEXT_SCALE_MAX, value))
    if value != window.text_scale:
        window.text_scale = value
        window.text_scale_requested.emit(value)


def show_about(window: MainWindow) -> None:
    QMessageBox.about(
        window,
        translate("MainWindow", "About Townsfolk"),
        translate(
            "MainWindow",
            "Townsfolk {version}\n\n"
            "A friendly way to join the fediverse: many towns, one account that "
            "talks to all of them.",
        ).format(version=__version__),
    )
