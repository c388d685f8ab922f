"""The wizard's first page when an organisation named its own town (services/organisation):
"Join your company's town". Logging in is one step: the town is already typed in."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QPushButton

from townsfolk.services.organisation import Organisation
from townsfolk.ui.onboarding.pages import Page
from townsfolk.ui.safe_text import PlainLabel

if TYPE_CHECKING:
    from townsfolk.ui.onboarding.wizard import WelcomeWizard

__all__ = ["OrganisationPage", "organisation_start"]


class OrganisationPage(Page):
    key = "organisation"

    def __init__(self, wizard: WelcomeWizard, organisation: Organisation) -> None:
        super().__init__(wizard)
        self.organisation = organisation
        self.set_title(self.tr("Join your company's town"))
        self.logo = PlainLabel(self)
        self.logo.setObjectName("organisationLogo")
        if organisation.logo is not None:
            pixmap = QPixmap(str(organisation.logo))
            if not pixmap.isNull():
                self.logo.setPixmap(
                    pixmap.scaled(
                        QSize(160, 160),
                        Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation,
                    )
                )
                self.logo.setAccessibleName(self.tr("Logo of %1").replace("%1", organisation.name))
        self.logo.setVisible(not self.logo.pixmap().isNull())
        self.text = PlainLabel(
            self.tr(
                "%1 has its own town: %2. Log in there with your work account. Your account "
                "there reaches people in every other town too, like an email address does."
            )
            .replace("%1", organisation.name)
            .replace("%2", organisation.town),
            self,
        )
        self.text.setWordWrap(True)
        self.text.setObjectName("organisationText")
        self.elsewhere = QPushButton(self.tr("Use another town instead"), self)
        self.elsewhere.setObjectName("organisationElsewhere")
        self.elsewhere.setAutoDefault(False)
        self.elsewhere.clicked.connect(lambda: self.wizard.go("welcome"))
        self.layout_.addWidget(self.logo, 0, Qt.AlignmentFlag.AlignHCenter)
        self.layout_.addWidget(self.text)
        self.layout_.addWidget(self.message)
        self.layout_.addWidget(self.elsewhere, 0, Qt.AlignmentFlag.AlignLeft)
        self.layout_.addStretch(1)

    def next_label(self) -> str:
        return self.tr("Log in to %1").replace("%1", self.organisation.town)

    def go_next(self) -> None:
        """One step: the log-in page with the company's town typed in, already going on."""
        self.state.path = "existing"
        self.state.login_address = self.organisation.address
        self.wizard.go("login")
        self.wizard.current.go_next()

    def focus_first(self) -> None:
        self.wizard.next_button.setFocus()


def organisation_start(wizard: WelcomeWizard) -> None:
    """Add the page when an organisation file named a town; a first start begins there."""
    organisation = wizard.ctx.organisation
    if organisation is None:
        return
    page = OrganisationPage(wizard, organisation)
    wizard.pages[page.key] = page
    wizard.stack.addWidget(page)
    page.changed.connect(wizard.update_buttons)
    if wizard.mode.value == "first_start" and wizard.state.page == "welcome":
        wizard.state.page = page.key
