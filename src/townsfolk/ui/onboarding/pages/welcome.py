"""The wizard's first pages: the welcome, and how would you like to start."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import (
    QButtonGroup,
    QPushButton,
    QRadioButton,
)

from townsfolk.assets import resource
from townsfolk.ui.onboarding.help import HelpText
from townsfolk.ui.style import follow_text_size

if TYPE_CHECKING:
    from townsfolk.ui.onboarding.wizard import WelcomeWizard
from townsfolk.ui.onboarding.pages.base import HelpDialog, Page, body_label


class WelcomePage(Page):
    key = "welcome"

    def __init__(self, wizard: WelcomeWizard) -> None:
        super().__init__(wizard)
        self.set_title(self.tr("Welcome to Townsfolk"))
        self.picture = QSvgWidget(str(resource("images", "towns.svg")), self)
        self.picture.setFixedSize(QSize(432, 198))
        self.picture.setAccessibleName(self.tr("Picture: three towns joined by roads"))
        self.text = HelpText("welcome", self.tr("What the fediverse is"), self, wizard.ctx.language)
        self.text.setMinimumHeight(220)
        self.more_button = QPushButton(self.tr("Tell me more"), self)
        self.more_button.setAccessibleName(self.tr("Tell me more about how it works"))
        self.more_button.setAutoDefault(False)
        self.more_button.clicked.connect(self.tell_more)
        self.layout_.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignHCenter)
        self.layout_.addWidget(self.text, 1)
        self.layout_.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.help_dialog: HelpDialog | None = None

    def tell_more(self) -> None:
        self.help_dialog = HelpDialog(
            "fediverse", self.tr("How the fediverse works"), self, self.wizard.ctx.language
        )
        self.help_dialog.show()

    def go_next(self) -> None:
        self.wizard.go("path")

    def focus_first(self) -> None:
        self.wizard.next_button.setFocus()


class PathPage(Page):
    key = "path"

    def __init__(self, wizard: WelcomeWizard) -> None:
        super().__init__(wizard)
        self.set_title(self.tr("How would you like to start?"))
        self.group = QButtonGroup(self)
        self.choices: dict[str, QRadioButton] = {}
        options = [
            (
                "new",
                self.tr("I'm new: help me pick a town"),
                self.tr("See towns by topic and choose one to join. It takes a few minutes."),
            ),
            (
                "existing",
                self.tr("I already have an account"),
                self.tr("Log in with the account you have, in any town."),
            ),
            (
                "practice",
                self.tr("Try a practice town first (nothing leaves your computer)"),
                self.tr(
                    "Look around a pretend town with pretend people, to see how it works. "
                    "You can join a real town whenever you like."
                ),
            ),
        ]
        for key, label, detail in options:
            button = QRadioButton(label, self)
            button.setAccessibleName(label)
            button.setAccessibleDescription(detail)
            follow_text_size(button, 1.1)  # and with every change of the text size
            self.group.addButton(button)
            self.choices[key] = button
            button.toggled.connect(self._picked)
            self.layout_.addWidget(button)
            hint = body_label(detail, self, detail)
            hint.setContentsMargins(30, 0, 0, 12)
            self.layout_.addWidget(hint)
        self.layout_.addWidget(self.message)
        self.layout_.addStretch(1)

    def enter(self) -> None:
        if self.state.path == "practice" and self.wizard.ctx.practice is None:
            self.state.path = ""
        self.choices["practice"].setVisible(self.wizard.ctx.practice is not None)
        button = self.choices.get(self.state.path)
        if button is not None:
            button.setChecked(True)
        self.clear_message()

    def _picked(self) -> None:
        for key, button in self.choices.items():
            if button.isChecked():
                self.state.path = key
                self.state.purpose = "main"
        self.wizard.save()
        self.changed.emit()

    def can_next(self) -> bool:
        return super().can_next() and self.state.path in self.choices

    def go_next(self) -> None:
        if self.state.path == "new":
            self.wizard.go("pick")
        elif self.state.path == "existing":
            self.wizard.go("login")
        elif self.state.path == "practice":
            self.wizard.start_practice()

    def focus_first(self) -> None:
        checked = self.group.checkedButton()
        (checked or self.choices["new"]).setFocus()
