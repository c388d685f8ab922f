"""The last pages: the optional backup account, and done."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QRadioButton,
)

from townsfolk.services.directory import (
    good_first_towns,
)
from townsfolk.ui.onboarding.help import HelpText

if TYPE_CHECKING:
    from townsfolk.ui.onboarding.wizard import WelcomeWizard
from townsfolk.ui.onboarding.pages.base import Page, body_label


class BackupPage(Page):
    key = "backup"

    def __init__(self, wizard: WelcomeWizard) -> None:
        super().__init__(wizard)
        self.set_title(self.tr("A backup account (you can skip this)"))
        # Optional, and said first (issue 11: the wizard pushed a backup before the person
        # had even seen the app). "Not now" is chosen unless she picks another way.
        self.optional = body_label(
            self.tr(
                "This step is optional: your account works without a backup. You can start "
                "using Townsfolk now, and add a backup any time from the Townsfolk menu. "
                "Townsfolk will remind you gently in a few days."
            ),
            self,
            self.tr("This step is optional"),
        )
        self.optional.setObjectName("backupOptional")
        self.layout_.addWidget(self.optional)
        self.text = HelpText("backup", self.tr("Why a backup account"), self, wizard.ctx.language)
        self.text.setMaximumHeight(200)
        self.layout_.addWidget(self.text)
        self.suggestions = body_label("", self, self.tr("Suggested towns"))
        self.layout_.addWidget(self.suggestions)
        self.group = QButtonGroup(self)
        self.choices: dict[str, QRadioButton] = {}
        for key, label in (
            ("later", self.tr("Not now: start using Townsfolk (remind me later)")),
            ("signup", self.tr("Join a second town (I'm new there)")),
            ("login", self.tr("I already have an account in another town")),
        ):
            button = QRadioButton(label, self)
            button.setAccessibleName(label)
            self.group.addButton(button)
            self.choices[key] = button
            button.toggled.connect(self._picked)
            self.layout_.addWidget(button)
        self.follow = QCheckBox(self.tr("Follow the same people on my backup account"), self)
        self.follow.setAccessibleName(self.tr("Follow the same people on my backup account"))
        self.follow.setAccessibleDescription(
            self.tr("Then your backup shows the same posts when your town is away")
        )
        self.follow.toggled.connect(self._follow_changed)
        self.layout_.addSpacing(8)
        self.layout_.addWidget(self.follow)
        self.layout_.addWidget(self.message)
        self.layout_.addStretch(1)

    def enter(self) -> None:
        main = self.wizard.main_account()
        self.state.purpose = "backup"
        self.optional.setVisible(self.wizard.mode != "add_backup")
        self.choices.get(self.state.backup_choice, self.choices["later"]).setChecked(True)
        self.follow.setChecked(self.state.follow_same)
        exclude = [main.server_domain] if main else []
        towns = good_first_towns(self.wizard.ctx.directory.current(), limit=3, exclude=exclude)
        if main is not None:
            text = self.tr("Your account is @{handle}. Good towns for a backup: {towns}.").format(
                handle=main.handle, towns=", ".join(t.domain for t in towns)
            )
        else:
            text = ""
        self.suggestions.setText(text)
        self.suggestions.setVisible(bool(text))
        self.suggestions.setAccessibleDescription(text)

    def _picked(self) -> None:
        for key, button in self.choices.items():
            if button.isChecked():
                self.state.backup_choice = key
        self.follow.setEnabled(self.state.backup_choice != "later")
        self.wizard.save()
        self.changed.emit()

    def _follow_changed(self, on: bool) -> None:
        self.state.follow_same = on
        self.wizard.save()

    def next_label(self) -> str:
        return {
            "signup": self.tr("Pick a second town"),
            "login": self.tr("Log in"),
            "later": self.tr("Skip for now"),
        }.get(self.state.backup_choice, self.tr("Next"))

    def go_next(self) -> None:
        self.state.purpose = "backup"
        self.state.town = ""
        choice = self.state.backup_choice
        if choice == "signup":
            self.state.topic = "good"
            self.state.search = ""
            self.wizard.go("pick")
        elif choice == "login":
            self.state.login_address = ""
            self.wizard.go("login")
        else:
            self.wizard.remind_later()

    def focus_first(self) -> None:
        checked = self.group.checkedButton()
        if checked is not None:
            checked.setFocus()


class DonePage(Page):
    key = "done"

    def __init__(self, wizard: WelcomeWizard) -> None:
        super().__init__(wizard)
        self.set_title(self.tr("You're all set"))
        self.intro = body_label("", self, self.tr("Your accounts"))
        self.layout_.addWidget(self.intro)
        self.tips = HelpText("tips", self.tr("Three tips"), self, wizard.ctx.language)
        self.layout_.addWidget(self.tips, 1)

    def enter(self) -> None:
        main = self.wizard.main_account()
        backups = self.wizard.ctx.accounts.db.accounts.backups(main.local_id) if main else []
        lines = []
        if main is not None:
            lines.append(self.tr("Your account: @{handle}").format(handle=main.handle))
        for backup in backups:
            lines.append(self.tr("Your backup account: @{handle}").format(handle=backup.handle))
        if self.state.remind_backup_later:
            lines.append(self.tr("Townsfolk will remind you later about a backup account."))
        self.intro.setText("\n".join(lines))
        self.intro.setAccessibleDescription(self.intro.text())

    def can_back(self) -> bool:
        return False

    def next_label(self) -> str:
        return self.tr("Open Townsfolk")

    def go_next(self) -> None:
        self.wizard.finish()
