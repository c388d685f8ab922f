"""Check your email: waiting for the town to confirm the new account."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QPushButton,
)

from townsfolk.cache import AccountState
from townsfolk.ui.style import follow_text_size

if TYPE_CHECKING:
    from townsfolk.cache import Account
    from townsfolk.ui.onboarding.wizard import WelcomeWizard
from townsfolk.ui.onboarding.pages.base import Page, body_label


class EmailPage(Page):
    key = "email"

    def __init__(self, wizard: WelcomeWizard) -> None:
        super().__init__(wizard)
        self.text = body_label("", self, self.tr("What happens now"))
        follow_text_size(self.text, 1.1)
        self.resend = QPushButton(self.tr("Resend the email"), self)
        self.resend.setAccessibleName(self.tr("Resend the email"))
        self.resend.setAutoDefault(False)
        self.resend.clicked.connect(self._resend)
        self.layout_.addWidget(self.text)
        self.layout_.addWidget(self.resend, 0, Qt.AlignmentFlag.AlignLeft)
        self.layout_.addWidget(self.message)
        self.layout_.addStretch(1)
        self.account: Account | None = None
        self._task: Any = None

    def enter(self) -> None:
        account_id = self.state.waiting_account_id
        account = (
            self.wizard.ctx.accounts.db.accounts.get(account_id) if account_id is not None else None
        )
        self.clear_message()
        if account is None:
            self.set_title(self.tr("Something went missing"))
            self.text.setText(
                self.tr("Townsfolk no longer knows this account. Please sign up again.")
            )
            self.account = None
            self.changed.emit()
            return
        self.account = account
        self._show(account)
        self._task = self.wizard.run(
            self.wizard.ctx.accounts.wait_until_let_in(
                account, interval=self.wizard.ctx.wait_interval, on_change=self._show
            ),
            self._let_in,
            self.show_problem,
        )

    def leave(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None

    def _show(self, account: Account) -> None:
        self.account = account
        email = self.state.email or self.tr("your email address")
        town = account.server_domain
        if account.state is AccountState.WAITING_FOR_APPROVAL:
            self.set_title(self.tr("Waiting for {town} to say yes").format(town=town))
            self.text.setText(
                self.tr(
                    "Thank you, your email address is confirmed. The people who look after "
                    "{town} read every request, and this can take a few days.\n\n"
                    "You can close Townsfolk now. It will check again the next time you open "
                    "it, and carry on by itself as soon as you are let in."
                ).format(town=town)
            )
            self.resend.hide()
        else:
            self.set_title(self.tr("Check your email"))
            self.text.setText(
                self.tr(
                    "{town} sent an email to {email}. Open it and press the link inside to "
                    "confirm that the address is yours.\n\n"
                    "This window moves on by itself as soon as you have done that. Nothing "
                    "there? Look in your spam folder, or send the email again."
                ).format(town=town, email=email)
            )
            self.resend.show()
        self.text.setAccessibleDescription(self.text.text())

    def _let_in(self, account: Account) -> None:
        self._task = None
        if account.state is AccountState.ACTIVE:
            self.wizard.account_added(account)
        else:
            self.set_title(self.tr("Please sign up again"))
            self.text.setText(
                self.tr("{town} no longer knows this account. Please sign up again.").format(
                    town=account.server_domain
                )
            )

    def _resend(self) -> None:
        if self.account is None:
            return
        self.show_message(self.tr("Sending the email again…"))
        self.wizard.run(
            self.wizard.ctx.accounts.resend_confirmation_email(self.account),
            lambda _r: self.show_message(self.tr("Done: a new email is on its way.")),
            self.show_problem,
        )

    def next_label(self) -> str:
        return self.tr("Waiting…")

    def can_next(self) -> bool:
        return False
