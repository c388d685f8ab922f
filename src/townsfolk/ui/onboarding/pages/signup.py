"""Create your account: the sign-up form and its checks as the person types."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from townsfolk.cache import FollowSync
from townsfolk.services.accounts import (
    SignUpElsewhere,
    SignUpForm,
    SignUpProblem,
    TownInfo,
)
from townsfolk.services.links import safe_external_url
from townsfolk.ui.links import open_external
from townsfolk.ui.safe_text import PlainLabel, rich_label

if TYPE_CHECKING:
    from townsfolk.cache import Account
    from townsfolk.ui.onboarding.wizard import WelcomeWizard
from townsfolk.ui.onboarding.pages.about import AboutPage
from townsfolk.ui.onboarding.pages.base import Page, body_label


def password_hint(password: str) -> str:
    """How strong the password is, in words (context "SignUpPage", the page that shows it)."""
    if not password:
        return QCoreApplication.translate(
            "SignUpPage", "At least 8 characters. A short sentence you can remember works well."
        )
    if len(password) < 8:
        return QCoreApplication.translate(
            "SignUpPage", "Too short: please use at least 8 characters."
        )
    kinds = sum(
        (
            any(c.islower() for c in password),
            any(c.isupper() for c in password),
            any(c.isdigit() for c in password),
            any(not c.isalnum() for c in password),
        )
    )
    if len(password) >= 14 or (len(password) >= 11 and kinds >= 3):
        return QCoreApplication.translate("SignUpPage", "Strong password. Well done.")
    return QCoreApplication.translate(
        "SignUpPage", "Good. A longer one is even safer: try a short sentence."
    )


#: The longest user name and display name Mastodon accepts.
USERNAME_MAX = 30


DISPLAY_NAME_MAX = 30


def username_problem(name: str) -> str:
    """What is wrong with a user name, said as it is typed ("" when nothing is): Mastodon
    takes only letters a to z, numbers and _ (issue 11: a space showed as fine until the
    town refused it)."""
    if not name:
        return ""
    if any(c.isspace() for c in name):
        return QCoreApplication.translate(
            "SignUpPage", "A user name cannot have spaces. Use _ instead, like rosa_diaz."
        )
    if not all(c.isascii() and (c.isalnum() or c == "_") for c in name):
        return QCoreApplication.translate(
            "SignUpPage", "A user name can have only letters a to z, numbers and _."
        )
    if len(name) > USERNAME_MAX:
        return QCoreApplication.translate(
            "SignUpPage", "A user name can have at most {count} characters."
        ).format(count=USERNAME_MAX)
    return ""


class SignUpPage(Page):
    key = "signup"
    FIELDS = ("display_name", "username", "email", "password", "date_of_birth", "agreement")

    def __init__(self, wizard: WelcomeWizard) -> None:
        super().__init__(wizard)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.errors: dict[str, QLabel] = {}

        self.display_name = QLineEdit(self)
        self.display_name.setAccessibleName(self.tr("Your name"))
        self.display_name.setPlaceholderText(self.tr("The name others will see, like Ann Archer"))
        self.display_name.setMaxLength(DISPLAY_NAME_MAX)
        self.username = QLineEdit(self)
        self.username.setAccessibleName(self.tr("User name"))
        self.username.setPlaceholderText(self.tr("Letters, numbers and _ only, like ann_archer"))
        self.address_label = body_label("", self, self.tr("Your full address"))
        self.email = QLineEdit(self)
        self.email.setAccessibleName(self.tr("Email address"))
        self.email.setPlaceholderText(self.tr("you@example.com"))
        self.password = QLineEdit(self)
        self.password.setAccessibleName(self.tr("Password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("At least 8 characters"))
        self.password_hint = body_label("", self, self.tr("How strong the password is"))
        self.birth = QDateEdit(self)
        self.birth.setAccessibleName(self.tr("Date of birth"))
        self.birth.setCalendarPopup(True)
        self.birth.setDisplayFormat("yyyy-MM-dd")
        self.birth.setDate(QDate(2000, 1, 1))
        self.birth_label = PlainLabel(self.tr("Date of birth"), self)
        self.agree = QCheckBox(self)
        self.agree.setAccessibleName(self.tr("I agree to the rules"))
        self.policies = rich_label("", self)
        self.policies.setObjectName("signupPolicies")
        self.policies.setWordWrap(True)
        self.policies.linkActivated.connect(
            lambda url: open_external(
                url, refused=lambda text: self.show_message(text, problem=True)
            )
        )
        self.policies.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.policies.hide()

        def row(label: str, widget: QWidget, key: str, extra: QWidget | None = None) -> QLabel:
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(widget)
            if extra is not None:
                box.addWidget(extra)
            error = PlainLabel("", self)
            error.setObjectName(f"error-{key}")
            error.setWordWrap(True)
            error.setStyleSheet("color: #9b2c00; font-weight: bold;")
            error.setAccessibleName(self.tr("Problem with {what}").format(what=label))
            error.hide()
            box.addWidget(error)
            self.errors[key] = error
            title = PlainLabel(label, self)
            title.setBuddy(widget)
            form.addRow(title, box)
            return title

        row(self.tr("Your name"), self.display_name, "display_name")
        row(self.tr("User name"), self.username, "username", self.address_label)
        row(self.tr("Email address"), self.email, "email")
        row(self.tr("Password"), self.password, "password", self.password_hint)
        self.birth_title = row(self.tr("Date of birth"), self.birth, "date_of_birth")
        row(self.tr("Rules"), self.agree, "agreement", self.policies)
        self.birth_label.hide()
        self.layout_.addLayout(form)
        self.layout_.addWidget(self.message)
        self.layout_.addStretch(1)

        self.display_name.textChanged.connect(lambda t: self._store("display_name", t))
        self.username.textChanged.connect(self._username_changed)
        self.email.textChanged.connect(lambda t: self._store("email", t))
        self.password.textChanged.connect(self._password_changed)
        self.birth.dateChanged.connect(
            lambda d: self._store("date_of_birth", d.toString("yyyy-MM-dd"))
        )
        self.agree.toggled.connect(self._agree_toggled)
        self._restoring = False

    def _agree_toggled(self, on: bool) -> None:
        if not self._restoring:
            self.state.agreed_town = self.state.town
        self._store("agreed", on)

    def agreed_here(self) -> bool:
        """The rules of THIS town were agreed to (not those of the first town)."""
        return self.state.agreed and self.state.agreed_town == self.state.town

    def _username_changed(self, text: str) -> None:
        self._show_username_problem(text)
        self._store("username", text)

    def _show_username_problem(self, text: str) -> None:
        problem = username_problem(text.strip())
        error = self.errors["username"]
        error.setText(problem)
        error.setAccessibleDescription(problem)
        error.setVisible(bool(problem))

    def _store(self, name: str, value: Any) -> None:
        if self._restoring:
            return
        setattr(self.state, name, value)
        self.wizard.save()
        self._update_address()
        self.changed.emit()

    def _password_changed(self, text: str) -> None:
        self.password_hint.setText(password_hint(text))
        self.password_hint.setAccessibleDescription(self.password_hint.text())
        self.changed.emit()

    def _update_address(self) -> None:
        name = self.state.username.strip() or self.tr("yourname")
        domain = self.wizard.town_info.domain if self.wizard.town_info else self.state.town
        text = self.tr("Your full address will be @{name}@{town}").format(name=name, town=domain)
        self.address_label.setText(text)
        self.address_label.setAccessibleDescription(text)

    def enter(self) -> None:
        self.set_title(self.tr("Create your account in {town}").format(town=self.state.town))
        self._restoring = True
        self.display_name.setText(self.state.display_name)
        self.username.setText(self.state.username)
        self.email.setText(self.state.email)
        if self.state.date_of_birth:
            self.birth.setDate(QDate.fromString(self.state.date_of_birth, "yyyy-MM-dd"))
        if not self.agreed_here():
            self.state.agreed = False  # a new town: its rules are not agreed to yet
        self.agree.setChecked(self.agreed_here())
        self._restoring = False
        self._password_changed(self.password.text())
        self._update_address()
        self.agree.setText(
            self.tr("I have read the rules of {town} and I agree to them").format(
                town=self.state.town
            )
        )
        for label in self.errors.values():
            label.hide()
        self._show_username_problem(self.username.text())
        self._show_policies(self.wizard.town_info)
        if self.wizard.town_info is None:
            self.set_busy(self.tr("Asking {town} how to join…").format(town=self.state.town))
            self.wizard.run(
                self.wizard.ctx.accounts.check_town(self.wizard.town_url(self.state.town)),
                self._info_loaded,
                self._check_failed,
            )
        else:
            self._info_loaded(self.wizard.town_info)

    def _show_policies(self, info: TownInfo | None) -> None:
        """The town's terms and privacy policy under the rules box (nothing if it has none)."""
        links = []
        if info is not None and not info.rules and (rules := safe_external_url(info.rules_url)):
            links.append((rules, self.tr("The town rules")))
        if info is not None and (terms := safe_external_url(info.terms_url)):
            links.append((terms, self.tr("Terms of use")))
        if info is not None and (privacy := safe_external_url(info.privacy_url)):
            links.append((privacy, self.tr("Privacy policy")))
        if not links:
            self.policies.clear()
            self.policies.hide()
            return
        anchors = " · ".join(
            f'<a href="{html.escape(url, quote=True)}">{html.escape(label)}</a>'
            for url, label in links
        )
        intro = html.escape(self.tr("The town's own pages (they open in your web browser):"))
        self.policies.setText(f"{intro} {anchors}")
        self.policies.setAccessibleName(
            self.tr("The town's terms of use and privacy policy, as links")
        )
        self.policies.show()

    def _check_failed(self, error: BaseException) -> None:
        if not self.show_unreachable(error, self.state.town):
            self.show_problem(error)

    def _info_loaded(self, info: TownInfo) -> None:
        self.wizard.town_info = info
        self._show_policies(info)
        needs_age = bool(info.sign_up.min_age)
        self.birth.setVisible(needs_age)
        self.birth_title.setVisible(needs_age)
        if needs_age:
            self.birth_title.setText(
                self.tr("Date of birth (you must be at least {age})").format(
                    age=info.sign_up.min_age
                )
            )
        self._update_address()
        self._busy = False
        self.clear_message()
        self.changed.emit()

    def focus_first(self) -> None:
        self.display_name.setFocus()

    def next_label(self) -> str:
        return self.tr("Create my account")

    def can_next(self) -> bool:
        return (
            super().can_next()
            and self.wizard.town_info is not None
            and bool(self.state.username.strip() and self.state.email.strip())
            and not username_problem(self.state.username.strip())
            and bool(self.password.text())
            and self.agreed_here()
        )

    def go_next(self) -> None:
        info = self.wizard.town_info
        if info is None:
            return
        for label in self.errors.values():
            label.hide()
        form = SignUpForm(
            username=self.state.username.strip(),
            email=self.state.email.strip(),
            password=self.password.text(),
            agreement=self.state.agreed,
            locale=self.wizard.ctx.accounts.locale,
            reason=self.state.reason.strip() or None,
            date_of_birth=self.birth.date().toString("yyyy-MM-dd")
            if info.sign_up.min_age
            else None,
            display_name=self.state.display_name.strip() or None,
        )

        sync = (
            FollowSync.KEEP if self.wizard.for_backup and self.state.follow_same else FollowSync.OFF
        )
        self.set_busy(self.tr("Creating your account…"))
        self.wizard.run(
            self.wizard.ctx.accounts.sign_up(
                info.address, form, follow_sync=sync, **self.wizard.role_args()
            ),
            self._created,
            self._failed,
        )

    def _created(self, account: Account) -> None:
        self.password.clear()
        self._busy = False
        self.clear_message()
        self.state.waiting_account_id = account.local_id
        if not self.wizard.for_backup:
            self.state.new_account = True  # People to follow once the wizard ends
        self.wizard.go("email")

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, SignUpElsewhere):
            # The town has no sign-up in the app after all: back to its page, which now
            # offers "Join on the town's web page" and then the log-in.
            self._busy = False
            about = self.wizard.pages.get("about")
            if isinstance(about, AboutPage):
                about.pending_message = error.user_message
            self.wizard.go("about")
            return
        if not isinstance(error, SignUpProblem) or not error.field_messages:
            self.show_problem(error)
            return
        elsewhere = []
        first: QWidget | None = None
        for name in self.FIELDS:
            text = error.field_messages.get(name)
            if text is None:
                continue
            label = self.errors[name]
            label.setText(text)
            label.setAccessibleDescription(text)
            label.show()
            first = first or label
        for name, text in error.field_messages.items():
            if name not in self.errors:
                elsewhere.append(text)
        self._busy = False
        self.show_message(" ".join([error.user_message, *elsewhere]), problem=True)
        self.changed.emit()
        if first is not None:
            buddy = {
                "display_name": self.display_name,
                "username": self.username,
                "email": self.email,
                "password": self.password,
                "date_of_birth": self.birth,
                "agreement": self.agree,
            }
            for name, widget in buddy.items():
                if self.errors[name] is first:
                    widget.setFocus()
