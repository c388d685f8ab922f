"""The main window.

For now it is an honest shell: it says what will be here once an account is added, and it
already has the things every window needs (text size, remembered size, keyboard shortcuts).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMainWindow,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from townsfolk import __version__
from townsfolk.ui.style import TEXT_SCALE_MAX, TEXT_SCALE_MIN, ScaledLabel


class EmptyState(QWidget):
    """A friendly page for when there is nothing to show yet."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.addStretch(1)

        self.heading = ScaledLabel(self.tr("Welcome to Townsfolk"), 1.6, self, bold=True)
        self.heading.setObjectName("heading")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading.setWordWrap(True)
        self.heading.setAccessibleName(self.heading.text())

        self.body = ScaledLabel(
            self.tr(
                "You have not added an account yet.\n\n"
                "Once you have one, this window will show the posts of the people you "
                "follow, the people who live in your town, and everyone your town knows. "
                "Your notifications will be here too."
            ),
            1.1,
            self,
        )
        self.body.setObjectName("body")
        self.body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body.setWordWrap(True)
        self.body.setAccessibleName(self.tr("What this window will show"))
        self.body.setAccessibleDescription(self.body.text())

        layout.addWidget(self.heading)
        layout.addSpacing(16)
        # A word-wrapped label needs the full row to compute its height: centre it with
        # stretches rather than an alignment flag (which would clip its text).
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.body, 4)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)


class MainWindow(QMainWindow):
    """Townsfolk's main window."""

    # Emitted with the new text size (percent) when the user changes it.
    text_scale_requested = Signal(int)
    # Emitted when the person asks for the settings window.
    settings_requested = Signal()

    SETTINGS_GROUP = "MainWindow"

    def __init__(self, text_scale: int = 100, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Townsfolk"))
        self.setObjectName("mainWindow")
        self.text_scale = text_scale
        self.empty_state = EmptyState(self)
        self.setCentralWidget(self.empty_state)
        self._build_menus()
        self.resize(960, 720)

    # Menus and shortcuts ------------------------------------------------------------------

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Townsfolk"))
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.settings_action.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.Preferences), QKeySequence("Ctrl+,")]
        )
        self.settings_action.triggered.connect(self.settings_requested)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        view_menu = bar.addMenu(self.tr("&View"))
        self.larger_action = QAction(self.tr("&Larger text"), self)
        self.larger_action.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")]
        )
        self.larger_action.triggered.connect(lambda: self._change_text_scale(+10))
        self.smaller_action = QAction(self.tr("&Smaller text"), self)
        self.smaller_action.setShortcut(QKeySequence.StandardKey.ZoomOut)
        self.smaller_action.triggered.connect(lambda: self._change_text_scale(-10))
        self.normal_action = QAction(self.tr("&Normal text size"), self)
        self.normal_action.setShortcut(QKeySequence("Ctrl+0"))
        self.normal_action.triggered.connect(lambda: self._set_text_scale(100))
        for action in (self.larger_action, self.smaller_action, self.normal_action):
            view_menu.addAction(action)

        help_menu = bar.addMenu(self.tr("&Help"))
        self.about_action = QAction(self.tr("&About Townsfolk"), self)
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.about_action)

    def _change_text_scale(self, step: int) -> None:
        self._set_text_scale(self.text_scale + step)

    def _set_text_scale(self, value: int) -> None:
        value = max(TEXT_SCALE_MIN, min(TEXT_SCALE_MAX, value))
        if value != self.text_scale:
            self.text_scale = value
            self.text_scale_requested.emit(value)

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Townsfolk"),
            self.tr(
                "Townsfolk {version}\n\n"
                "A friendly way to join the fediverse: many towns, one account that "
                "talks to all of them."
            ).format(version=__version__),
        )

    # Remembered size ------------------------------------------------------------------------

    def restore_geometry_from(self, settings: QSettings) -> None:
        geometry = settings.value(f"{self.SETTINGS_GROUP}/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)

    def save_geometry_to(self, settings: QSettings) -> None:
        settings.setValue(f"{self.SETTINGS_GROUP}/geometry", self.saveGeometry())
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        window_settings = getattr(self, "window_settings", None)
        if isinstance(window_settings, QSettings):
            self.save_geometry_to(window_settings)
        super().closeEvent(event)
