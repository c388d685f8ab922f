"""The main window's own widgets: the big button and the page shown before any account.

Each keeps its own translation context (``BigButton``, ``EmptyState``): ``self.tr`` in a
class files its texts under the class's name, which did not change when they moved here from
``ui/main_window.py``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from townsfolk.ui.style import ScaledLabel, follow_text_size

__all__ = ["BigButton", "EmptyState"]


class BigButton(QPushButton):
    """A button whose text is a little larger and bold, following the text size."""

    def __init__(self, text: str, parent: QWidget | None = None, factor: float = 1.15) -> None:
        super().__init__(text, parent)
        follow_text_size(self, factor, bold=True)


class EmptyState(QWidget):
    """A friendly page for when there is nothing to show yet."""

    add_account_requested = Signal()

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

        self.add_button = BigButton(self.tr("Add an account"), self)
        self.add_button.setObjectName("addAccountButton")
        self.add_button.setAccessibleName(self.tr("Add an account"))
        self.add_button.setMinimumHeight(48)
        self.add_button.clicked.connect(self.add_account_requested)

        layout.addWidget(self.heading)
        layout.addSpacing(16)
        # A word-wrapped label needs the full row to compute its height: centre it with
        # stretches rather than an alignment flag (which would clip its text).
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.body, 4)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addSpacing(24)
        button_row = QHBoxLayout()
        button_row.addStretch(1)
        button_row.addWidget(self.add_button)
        button_row.addStretch(1)
        layout.addLayout(button_row)
        layout.addStretch(2)
