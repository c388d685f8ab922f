"""The welcome wizard: what the fediverse is, pick a town, sign up or log in, backup account."""

from townsfolk.ui.onboarding.wizard import (
    WelcomeWizard,
    WizardContext,
    WizardMode,
    backup_reminder_due,
    open_in_browser,
)

__all__ = [
    "WelcomeWizard",
    "WizardContext",
    "WizardMode",
    "backup_reminder_due",
    "open_in_browser",
]
