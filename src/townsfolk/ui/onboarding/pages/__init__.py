"""The wizard's pages. Each page knows its title, its main button and what it does.

One module per part; this package keeps the names it always had.
"""

from townsfolk.ui.onboarding.pages.about import AboutPage, town_html
from townsfolk.ui.onboarding.pages.base import (
    HelpDialog,
    Page,
    problem_text,
)
from townsfolk.ui.onboarding.pages.email import EmailPage
from townsfolk.ui.onboarding.pages.finish import BackupPage, DonePage
from townsfolk.ui.onboarding.pages.login import BrowserPage, LoginPage
from townsfolk.ui.onboarding.pages.order import ALL_PAGES, resume_page
from townsfolk.ui.onboarding.pages.pick import GOOD, PickPage
from townsfolk.ui.onboarding.pages.signup import (
    DISPLAY_NAME_MAX,
    USERNAME_MAX,
    SignUpPage,
    password_hint,
    username_problem,
)
from townsfolk.ui.onboarding.pages.welcome import PathPage, WelcomePage

__all__ = [
    "ALL_PAGES",
    "DISPLAY_NAME_MAX",
    "GOOD",
    "USERNAME_MAX",
    "AboutPage",
    "BackupPage",
    "BrowserPage",
    "DonePage",
    "EmailPage",
    "HelpDialog",
    "LoginPage",
    "Page",
    "PathPage",
    "PickPage",
    "SignUpPage",
    "WelcomePage",
    "password_hint",
    "problem_text",
    "resume_page",
    "town_html",
    "username_problem",
]
