"""Log in to an account you already have: in the browser, or with a code."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
)

from townsfolk.services.accounts import (
    CodeNotAccepted,
    LoopbackRefused,
    TownInfo,
    TownProblem,
)
from townsfolk.services.addresses import looks_like_email
from townsfolk.ui.safe_text import PlainLabel
from townsfolk.ui.style import follow_text_size

if TYPE_CHECKING:
    from townsfolk.cache import Account
    from townsfolk.ui.onboarding.wizard import WelcomeWizard
from townsfolk.ui.onboarding.pages.base import Page, body_label, maybe_await


class LoginPage(Page):
    key = "login"

    def __init__(self, wizard: WelcomeWizard) -> None:
        super().__init__(wizard)
        self.intro = body_label(
            self.tr(
                "Type the name of your town, or your full address. All of these work: "
                "mastodon.social, https://mastodon.social, @ann@mastodon.social."
            ),
            self,
            self.tr("How to type your town"),
        )
        self.address = QLineEdit(self)
        self.address.setAccessibleName(self.tr("Your town or your full address"))
        self.address.setPlaceholderText(self.tr("For example mastodon.social"))
        self.address.setClearButtonEnabled(True)
        self.address.textChanged.connect(self._changed)
        self.completer = QCompleter(self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.address.setCompleter(self.completer)
        popup = self.completer.popup()
        if popup is not None:
            popup.setAccessibleName(self.tr("Towns that match"))
        label = PlainLabel(self.tr("Your town"), self)
        label.setBuddy(self.address)
        self.layout_.addWidget(self.intro)
        self.layout_.addWidget(label)
        self.layout_.addWidget(self.address)
        self.layout_.addWidget(self.message)
        self.layout_.addStretch(1)

    def enter(self) -> None:
        self.set_title(
            self.tr("Log in to your backup account")
            if self.wizard.for_backup
            else self.tr("Log in to your town")
        )
        from PySide6.QtCore import QStringListModel

        domains = sorted(t.domain for t in self.wizard.ctx.directory.current().towns)
        self.completer.setModel(QStringListModel(domains, self.completer))
        self.address.blockSignals(True)
        self.address.setText(self.state.login_address)
        self.address.blockSignals(False)
        self.clear_message()
        self._busy = False

    def _changed(self, text: str) -> None:
        self.state.login_address = text
        self.wizard.save()
        self.clear_message()
        self.changed.emit()

    def focus_first(self) -> None:
        self.address.setFocus()

    def next_label(self) -> str:
        return self.tr("Continue")

    def can_next(self) -> bool:
        return super().can_next() and bool(self.state.login_address.strip())

    def go_next(self) -> None:
        accounts = self.wizard.ctx.accounts
        if looks_like_email(self.state.login_address):
            # (issue 11: "ann@gmail.com" said "could not reach gmail.com")
            self.show_message(
                self.tr(
                    "That looks like an e-mail address. Here Townsfolk needs the address of "
                    "your town, like mastodon.social, or your full address in it, like "
                    "@ann@mastodon.social."
                ),
                problem=True,
            )
            return
        try:
            address = accounts.parse_address(self.state.login_address)
        except TownProblem as problem:
            self.show_message(problem.user_message, problem=True)
            return
        if self._same_as_main(address.host, address.base_url):
            return
        target: Any = address
        if address.host in self.wizard.ctx.directory.town_urls:
            target = self.wizard.town_url(address.host)
        self.state.town = address.display_name
        self.set_busy(self.tr("Checking {town}…").format(town=address.display_name))
        self.wizard.run(accounts.check_town(target), self._checked, self._failed)

    def _same_as_main(self, domain: str, base_url: str = "") -> bool:
        main = self.wizard.main_account()
        if not self.wizard.for_backup or main is None:
            return False
        if domain != main.server_domain and base_url != main.server_url:
            return False
        self._busy = False
        self.show_message(
            self.tr(
                "That is the town of your first account. A backup account needs to be in "
                "another town, so that it works when your first town is away."
            ),
            problem=True,
        )
        self.changed.emit()
        return True

    def _checked(self, info: TownInfo) -> None:
        if self._same_as_main(info.domain, info.address.base_url):
            return
        self._busy = False
        self.clear_message()
        self.wizard.town_info = info
        self.state.town = info.domain
        self.wizard.ctx.directory.mark_answering(info.domain, True)
        self.wizard.go("browser")

    def _failed(self, error: BaseException) -> None:
        if not self.show_unreachable(error, self.state.town, typed=self.state.login_address):
            self.show_problem(error)

    def unreachable_text(self, town: str) -> str:
        return self.tr(
            "Townsfolk could not reach {town}, but your internet connection works. Please "
            "check the address; if it is right, the town may be closed for a while: try "
            "again later."
        ).format(town=town)


class BrowserPage(Page):
    """Log in through the browser; or copy the code when the town wants it that way."""

    key = "browser"

    def __init__(self, wizard: WelcomeWizard) -> None:
        super().__init__(wizard)
        self.text = body_label("", self, self.tr("What to do in the browser"))
        follow_text_size(self.text, 1.1)
        self.again = QPushButton(self.tr("Open the browser again"), self)
        self.again.setAccessibleName(self.tr("Open the log-in page in the browser again"))
        self.again.setAutoDefault(False)
        self.again.clicked.connect(self._again)
        self.use_code = QPushButton(self.tr("Use a code instead"), self)
        self.use_code.setAccessibleName(self.tr("Log in by copying a code instead"))
        self.use_code.setAutoDefault(False)
        self.use_code.clicked.connect(self.start_code)
        self.code = QLineEdit(self)
        self.code.setAccessibleName(self.tr("The code from the town's page"))
        self.code.setPlaceholderText(self.tr("Paste the code here"))
        self.code.textChanged.connect(lambda _t: self.changed.emit())
        row = QHBoxLayout()
        row.addWidget(self.again)
        row.addWidget(self.use_code)
        row.addStretch(1)
        self.layout_.addWidget(self.text)
        self.layout_.addLayout(row)
        self.layout_.addWidget(self.code)
        self.layout_.addWidget(self.message)
        self.layout_.addStretch(1)
        self.code_mode = False
        self._login: Any = None
        self._task: Any = None
        # Waiting long for the browser: the town may have shown its own error page.
        self._hint = QTimer(self)
        self._hint.setSingleShot(True)
        self._hint.timeout.connect(self._suggest_code)

    def enter(self) -> None:
        self.code.clear()
        self.code_mode = False
        self.start_browser()

    def leave(self) -> None:
        self._hint.stop()
        if self._task is not None:
            self._task.cancel()
            self._task = None

    def _suggest_code(self) -> None:
        if self.code_mode or self._task is None:
            return
        self.show_message(
            self.tr(
                "Still waiting for {town}. If the town showed an error page instead of "
                "asking you to say yes, press “Use a code instead”: some towns only allow "
                "that way."
            ).format(town=self.state.town)
        )

    def _target(self) -> Any:
        info = self.wizard.town_info
        return info.address if info is not None else self.wizard.town_url(self.state.town)

    def start_browser(self) -> None:
        self.leave()
        self.code_mode = False
        town = self.state.town
        self.set_title(self.tr("Log in to {town} in your browser").format(town=town))
        self.text.setText(
            self.tr(
                "We opened your browser so you can log in to {town}. Log in there and say yes "
                "to Townsfolk. Then come back: this window moves on by itself.\n\n"
                "Nothing opened? Press “Open the browser again”, or use a code instead."
            ).format(town=town)
        )
        self.text.setAccessibleDescription(self.text.text())
        self.code.hide()
        self.use_code.show()
        self.again.setText(self.tr("Open the browser again"))
        self.again.setAccessibleName(self.tr("Open the log-in page in the browser again"))
        self.clear_message()
        self._busy = False
        self._hint.start(max(0, round(self.wizard.ctx.login_hint_after * 1000)))
        self._task = self.wizard.run(
            self.wizard.ctx.accounts.log_in_with_browser(
                self._target(),
                self.wizard.ctx.open_browser,
                timeout=self.wizard.ctx.login_timeout,
                **self.wizard.role_args(),
            ),
            self._logged_in,
            self._failed,
        )
        self.changed.emit()

    def _again(self) -> None:
        if self.code_mode:
            # a new log-in page, so a new code (the old one may be used up or refused)
            self.start_code()
        else:
            self.start_browser()

    def _failed(self, error: BaseException) -> None:
        self._task = None
        if isinstance(error, LoopbackRefused):
            # The town's own name, and no "Townsfolk will show you how": the steps are on
            # this very page (the service's sentence names the address it talked to).
            self.start_code(
                explain=self.tr(
                    "{town} asks for a code instead of the usual way of logging in. "
                    "It only takes a moment: follow the steps above."
                ).format(town=self.state.town)
            )
            return
        self.show_problem(error)

    def start_code(self, explain: str | bool = "") -> None:
        self.leave()
        self.code_mode = True
        town = self.state.town
        self.set_title(self.tr("Log in to {town} with a code").format(town=town))
        self.text.setText(
            self.tr(
                "Log in to {town} on the page that opens in your browser and say yes to "
                "Townsfolk. The page then shows a code: copy it, paste it below and press "
                "“Log in”."
            ).format(town=town)
        )
        self.text.setAccessibleDescription(self.text.text())
        self.use_code.hide()
        self.again.setText(self.tr("Get a new code"))
        self.again.setAccessibleName(self.tr("Open the log-in page again to get a new code"))
        self._login = None
        self.code.clear()
        self.code.show()
        self.code.setFocus()
        if isinstance(explain, str) and explain:
            self.show_message(explain)
        else:
            self.clear_message()
        self._busy = True

        def opened(login: Any) -> None:
            self._login = login
            self._busy = False
            self.changed.emit()
            self.wizard.run(maybe_await(self.wizard.ctx.open_browser(login.url)))

        self.wizard.run(
            self.wizard.ctx.accounts.start_code_login(self._target(), **self.wizard.role_args()),
            opened,
            self.show_problem,
        )
        self.changed.emit()

    def has_next(self) -> bool:
        return self.code_mode

    def next_label(self) -> str:
        return self.tr("Log in")

    def can_next(self) -> bool:
        return super().can_next() and self._login is not None and bool(self.code.text().strip())

    def go_next(self) -> None:
        if self._login is None:
            return
        self.set_busy(self.tr("Logging in…"))
        self.wizard.run(
            self.wizard.ctx.accounts.finish_code_login(self._login, self.code.text()),
            self._logged_in,
            self._code_failed,
        )

    def _code_failed(self, error: BaseException) -> None:
        self.show_problem(error)
        if isinstance(error, CodeNotAccepted):
            # That code is spent: the way on is a new one.
            self.code.clear()
            self.again.setFocus()

    def _logged_in(self, account: Account) -> None:
        self._task = None
        self._busy = False
        self.clear_message()
        self.wizard.account_added(account)
