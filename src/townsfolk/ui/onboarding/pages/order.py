"""Which pages the wizard has, in order, and where to resume after a restart."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from townsfolk.ui.onboarding.wizard import WelcomeWizard
from townsfolk.ui.onboarding.pages.about import AboutPage
from townsfolk.ui.onboarding.pages.base import Page
from townsfolk.ui.onboarding.pages.email import EmailPage
from townsfolk.ui.onboarding.pages.finish import BackupPage, DonePage
from townsfolk.ui.onboarding.pages.login import BrowserPage, LoginPage
from townsfolk.ui.onboarding.pages.pick import PickPage
from townsfolk.ui.onboarding.pages.signup import SignUpPage
from townsfolk.ui.onboarding.pages.welcome import PathPage, WelcomePage

ALL_PAGES: tuple[type[Page], ...] = (
    WelcomePage,
    PathPage,
    PickPage,
    AboutPage,
    SignUpPage,
    EmailPage,
    BackupPage,
    DonePage,
    LoginPage,
    BrowserPage,
)


def resume_page(wizard: WelcomeWizard, key: str) -> str:
    """The page to open when resuming at ``key`` (some pages need what came before)."""
    if key == "browser":
        return "login"
    if key == "email" and wizard.state.waiting_account_id is None:
        return "signup" if wizard.state.town else "pick"
    if key in ("about", "signup") and not wizard.state.town:
        return "pick"
    if key == "done" and wizard.state.main_account_id is None:
        return "welcome"
    return key
