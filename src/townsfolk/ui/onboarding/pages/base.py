"""What every wizard page shares: the Page base class, the help dialog, problem sentences."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from townsfolk.api.errors import CannotConnect, TimedOut
from townsfolk.services.accounts import (
    describe_problem,
)
from townsfolk.services.secrets import KeyringUnavailable
from townsfolk.ui.onboarding.help import HelpText
from townsfolk.ui.safe_text import PlainLabel
from townsfolk.ui.style import ScaledLabel, place_on_screen

if TYPE_CHECKING:
    from townsfolk.ui.onboarding.wizard import WelcomeWizard


def problem_text(error: BaseException, town: str) -> str:
    if isinstance(error, KeyringUnavailable):
        return error.user_message
    return describe_problem(error, town)


class Page(QWidget):
    key = ""
    changed = Signal()

    def __init__(self, wizard: WelcomeWizard) -> None:
        super().__init__(wizard)
        self.wizard = wizard
        self.setObjectName(f"page-{self.key}")
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(12)
        self.title = ScaledLabel("", 1.6, self, bold=True)
        self.title.setWordWrap(True)
        self.title.setObjectName("pageTitle")
        self.layout_.addWidget(self.title)
        self.message = PlainLabel("", self)
        self.message.setObjectName("pageMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setAccessibleName(self.tr("Message"))
        self.message.hide()
        self._busy = False

    @property
    def state(self) -> Any:
        return self.wizard.state

    @property
    def busy(self) -> bool:
        """Waiting for the town (the main button is off meanwhile)."""
        return self._busy

    def set_title(self, text: str) -> None:
        self.title.setText(text)
        self.title.setAccessibleName(text)

    # what the wizard asks
    def enter(self) -> None: ...

    def leave(self) -> None: ...

    def next_label(self) -> str:
        return self.tr("Next")

    def has_next(self) -> bool:
        return True

    def can_next(self) -> bool:
        return not self._busy

    def can_back(self) -> bool:
        return True

    def go_next(self) -> None: ...

    def go_back(self) -> bool:
        """Handle Back inside the page; return True if handled."""
        return False

    def focus_first(self) -> None:
        self.focusNextChild()

    # messages
    def set_busy(self, text: str) -> None:
        self._busy = True
        self.show_message(text, problem=False)
        self.changed.emit()

    def done_busy(self) -> None:
        self._busy = False
        self.changed.emit()

    def show_message(self, text: str, *, problem: bool = False) -> None:
        self.message.setText(text)
        self.message.setAccessibleDescription(text)
        self.message.setProperty("problem", problem)
        self.message.setStyleSheet("color: #9b2c00; font-weight: bold;" if problem else "")
        self.message.setVisible(bool(text))

    def show_problem(self, error: BaseException) -> None:
        self._busy = False
        self.show_message(problem_text(error, self.state.town or self.tr("the town")), problem=True)
        self.changed.emit()

    def clear_message(self) -> None:
        self.show_message("")

    def show_unreachable(
        self,
        error: BaseException,
        town: str,
        *,
        typed: str = "",
    ) -> bool:
        """A town that could not be reached: first find out whether the person is online at
        all, then say which it is (issue 11: being offline was blamed on the town, "… is not
        answering, it may be closed"). ``typed``: what the person typed, for a hint when it
        was an e-mail address. Returns False (and does nothing) for other errors."""
        cause = getattr(error, "cause", None) or error
        if not isinstance(cause, CannotConnect | TimedOut):
            return False
        self.set_busy(self.tr("Checking your internet connection…"))

        def said(online: bool) -> None:
            self._busy = False
            if online:
                self.wizard.ctx.directory.mark_answering(town, False)
                text = self.unreachable_text(town)
                if typed and "@" in typed.strip().lstrip("@"):
                    text += " " + self.tr(
                        "If you typed your e-mail address: a town's address looks like "
                        "mastodon.social, and a person's full address like @ann@mastodon.social."
                    )
            else:
                text = self.tr(
                    "Your computer is not connected to the internet right now, so Townsfolk "
                    "could not ask {town}. Please check your Wi-Fi or cable, then try again."
                ).format(town=town)
            self.show_message(text, problem=True)
            self.changed.emit()

        self.wizard.run(self.wizard.ctx.directory.online(), said, lambda _error: said(False))
        return True

    def unreachable_text(self, town: str) -> str:
        """What to say when the town did not answer but the internet works."""
        return self.tr(
            "{town} is not answering right now, but your internet connection works. The town "
            "may be closed for a while: try again later, or go back and pick another town."
        ).format(town=town)


def body_label(text: str, parent: QWidget, name: str) -> QLabel:
    label = PlainLabel(text, parent)
    label.setWordWrap(True)
    label.setAccessibleName(name)
    label.setAccessibleDescription(text)
    return label


class HelpDialog(QDialog):
    def __init__(self, name: str, title: str, parent: QWidget, language: str | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        place_on_screen(self, QSize(720, 640), over=parent)  # wholly on the screen
        layout = QVBoxLayout(self)
        self.text = HelpText(name, title, self, language)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


async def maybe_await(value: object) -> None:
    import inspect

    if inspect.isawaitable(value):
        await value
