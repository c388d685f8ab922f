"""Which account to move into: one already in Townsfolk, or a new one (sign up or log in
through the welcome wizard, then come back here)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QRadioButton, QVBoxLayout

from townsfolk.cache import Account
from townsfolk.ui.moving.page import MovingPage

if TYPE_CHECKING:
    from townsfolk.ui.moving.wizard import MovingWizard

__all__ = ["AccountPage"]


class AccountPage(MovingPage):
    def __init__(self, wizard: MovingWizard) -> None:
        super().__init__(wizard)
        self.intro = self.text()
        self.list_box = QVBoxLayout()
        self.box.addLayout(self.list_box)
        self.group = QButtonGroup(self)
        self.group.buttonToggled.connect(lambda *_: self.changed.emit())
        self.buttons: dict[int, QRadioButton] = {}
        self.none_yet = self.text()
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add an account in another town…"), self)
        self.add_button.clicked.connect(wizard.add_account)
        self.again = QPushButton(self.tr("Look again"), self)
        self.again.clicked.connect(self.refresh)
        row.addWidget(self.add_button)
        row.addWidget(self.again)
        row.addStretch(1)
        self.box.addLayout(row)
        self.box.addStretch(1)

    def title(self) -> str:
        return self.tr("Which account do you move into?")

    def candidates(self) -> list[Account]:
        source = self.wizard.source
        return [
            a
            for a in self.wizard.session.accounts()
            if source is None or self.wizard.mode == "import" or a.local_id != source.local_id
        ]

    def enter(self) -> None:
        if self.wizard.mode == "import":
            intro = self.tr("Choose the account that should get what is in the file.")
        else:
            intro = self.tr(
                "Choose your account in the new town. If you do not have one yet, add it "
                "first: Townsfolk helps you sign up or log in, then you come back here."
            )
        self.intro.setText(intro)
        self.intro.setAccessibleName(intro)
        self.refresh()

    def refresh(self) -> None:
        current = self.chosen()
        for button in self.buttons.values():
            self.group.removeButton(button)
            button.deleteLater()
        self.buttons = {}
        accounts = self.candidates()
        for account in accounts:
            text = f"{account.display_name or account.handle} — @{account.handle}"
            button = QRadioButton(text, self)
            button.setAccessibleName(text)
            self.group.addButton(button)
            self.list_box.addWidget(button)
            self.buttons[account.local_id] = button
        wanted = current.local_id if current is not None else None
        if wanted is None and self.wizard.target is not None:
            wanted = self.wizard.target.local_id
        if wanted is None and self.wizard.mode == "import" and self.wizard.source is not None:
            wanted = self.wizard.source.local_id
        if wanted in self.buttons:
            self.buttons[wanted].setChecked(True)
        elif len(accounts) == 1:
            self.buttons[accounts[0].local_id].setChecked(True)
        none = "" if accounts else self.tr("You have no other account yet. Add one first.")
        self.none_yet.setText(none)
        self.none_yet.setVisible(bool(none))
        self.changed.emit()

    def choose(self, account_id: int) -> None:
        self.buttons[account_id].setChecked(True)

    def chosen(self) -> Account | None:
        for account_id, button in self.buttons.items():
            if button.isChecked():
                return self.wizard.session.db.accounts.get(account_id)
        return None

    def can_go_on(self) -> bool:
        return self.chosen() is not None

    async def leave(self) -> bool:
        target = self.chosen()
        if target is None:
            return False
        self.wizard.target = target
        self.wizard.plans = []
        return True

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # back from the welcome wizard: a new account shows without pressing "Look again"
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.refresh()
