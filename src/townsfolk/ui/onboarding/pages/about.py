"""About this town: its description and rules, shown as safe text."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
)

from townsfolk.services.accounts import (
    SignUpMode,
    TownInfo,
)
from townsfolk.services.addresses import display_handle, display_host
from townsfolk.services.directory import (
    TownEntry,
    language_name,
)
from townsfolk.services.links import safe_external_url
from townsfolk.ui.onboarding.towns import number
from townsfolk.ui.safe_text import SafeTextBrowser

if TYPE_CHECKING:
    from townsfolk.ui.onboarding.wizard import WelcomeWizard
from townsfolk.ui.onboarding.pages.base import Page, body_label, maybe_await


class AboutPage(Page):
    key = "about"

    def __init__(self, wizard: WelcomeWizard) -> None:
        super().__init__(wizard)
        self.text = SafeTextBrowser(self)
        self.text.refusal_shown = lambda text: self.show_message(text, problem=True)
        self.text.setAccessibleName(self.tr("About this town"))
        self.layout_.addWidget(self.text, 1)
        self.reason_label = body_label(
            self.tr(
                "Why do you want to join? The people who look after this town read every "
                "request. It may take a few days before they say yes; Townsfolk will tell you."
            ),
            self,
            self.tr("Why do you want to join?"),
        )
        self.reason = QPlainTextEdit(self)
        self.reason.setAccessibleName(self.tr("Why do you want to join?"))
        self.reason.setPlaceholderText(
            self.tr("A sentence or two about you and why you'd like to join")
        )
        self.reason.setMaximumHeight(90)
        self.reason.setTabChangesFocus(True)
        self.reason.textChanged.connect(self._reason_changed)
        self.retry = QPushButton(self.tr("Try again"), self)
        self.retry.setAccessibleName(self.tr("Ask the town again"))
        self.retry.setAutoDefault(False)
        self.retry.clicked.connect(self.load)
        self.have_account = QPushButton(self.tr("I already have an account here"), self)
        self.have_account.setAccessibleName(self.tr("I already have an account in this town"))
        self.have_account.setAutoDefault(False)
        self.have_account.clicked.connect(self._log_in_instead)
        self.join_on_web = QPushButton(self.tr("Join on the town's web page"), self)
        self.join_on_web.setObjectName("joinOnWeb")
        self.join_on_web.setAccessibleName(
            self.tr("Join on the town's web page (opens your web browser)")
        )
        self.join_on_web.setAutoDefault(False)
        self.join_on_web.clicked.connect(self._join_on_web)
        self.join_on_web.hide()
        row = QHBoxLayout()
        row.addWidget(self.retry)
        row.addWidget(self.join_on_web)
        row.addWidget(self.have_account)
        row.addStretch(1)
        for widget in (self.reason_label, self.reason):
            self.layout_.addWidget(widget)
        self.layout_.addWidget(self.message)
        self.layout_.addLayout(row)
        self.info: TownInfo | None = None
        #: Said once the town is read again (why the person was sent back here).
        self.pending_message = ""

    def enter(self) -> None:
        self.set_title(self.state.town)
        self.reason.blockSignals(True)
        self.reason.setPlainText(self.state.reason)
        self.reason.blockSignals(False)
        self.load()

    def load(self) -> None:
        self.info = None
        self.text.clear()
        self.retry.hide()
        self.join_on_web.hide()
        self.reason_label.hide()
        self.reason.hide()
        domain = self.state.town
        self.set_busy(self.tr("Asking {town} about itself…").format(town=domain))
        self.wizard.run(
            self.wizard.ctx.accounts.check_town(self.wizard.town_url(domain)),
            self._loaded,
            self._failed,
        )

    def _loaded(self, info: TownInfo) -> None:
        self.info = info
        self.wizard.town_info = info
        self.wizard.ctx.directory.mark_answering(self.state.town, True)
        self.wizard.ctx.directory.remember_counts(self.state.town, info.people, info.active_people)
        self.set_title(info.title or self.state.town)
        self.text.setHtml(
            town_html(info, self.wizard.ctx.directory.current().town(self.state.town))
        )
        approval = info.sign_up.mode is SignUpMode.APPROVAL
        self.join_on_web.setVisible(self.on_web)
        self.have_account.setVisible(not self.on_web)
        self.reason_label.setVisible(approval)
        self.reason.setVisible(approval)
        self._busy = False
        if self.pending_message:
            self.show_message(self.pending_message)
            self.pending_message = ""
        else:
            self.clear_message()
        self.changed.emit()

    def _failed(self, error: BaseException) -> None:
        if not self.show_unreachable(error, self.state.town):
            self.show_problem(error)
        self.retry.show()

    def _reason_changed(self) -> None:
        self.state.reason = self.reason.toPlainText()
        self.wizard.save()
        self.changed.emit()

    def _log_in_instead(self) -> None:
        self.state.login_address = self.state.town
        self.wizard.go("login")

    @property
    def on_web(self) -> bool:
        """The town takes new people only on its web page (then: join there, log in here)."""
        return self.info is not None and self.info.sign_up.mode is SignUpMode.ELSEWHERE

    def _join_on_web(self) -> None:
        if self.info is None:
            return
        url = self.info.sign_up.url or self.info.address.base_url
        if not self.wizard.for_backup:
            self.state.new_account = True  # joins there, then logs in here: a new account
        self.wizard.run(maybe_await(self.wizard.ctx.open_browser(url)))
        self.show_message(
            self.tr(
                "The town's page is open in your web browser. When you have joined there "
                "(and confirmed your email, if the town asks), come back and press "
                "“I have joined: log in”."
            )
        )

    def next_label(self) -> str:
        if self.on_web:
            return self.tr("I have joined: log in")
        return self.tr("Join this town")

    def has_next(self) -> bool:
        return self.info is not None and self.info.sign_up.mode in (
            SignUpMode.OPEN,
            SignUpMode.APPROVAL,
            SignUpMode.ELSEWHERE,
        )

    def can_next(self) -> bool:
        if not super().can_next() or self.info is None:
            return False
        if self.on_web:
            return True
        rules = self.info.sign_up
        if rules.mode is SignUpMode.APPROVAL and rules.reason_required:
            return bool(self.state.reason.strip())
        return rules.mode in (SignUpMode.OPEN, SignUpMode.APPROVAL)

    def go_next(self) -> None:
        if self.on_web:
            self._log_in_instead()
            return
        self.wizard.go("signup")


def town_html(info: TownInfo, entry: TownEntry | None = None) -> str:
    """The "About this town" text: its words, rules, links, who runs it, joining.

    ``entry`` is the town's card in the directory: its people counts (joinmastodon's
    ``total_users`` and ``last_week_users``) fill in what the town itself does not say.
    Strings use the context "AboutPage", the page that shows them.
    """
    esc = html.escape
    parts = []
    if info.description:
        parts.append(f"<p>{esc(info.description)}</p>")
    address = QCoreApplication.translate("AboutPage", "Town address: {address}").format(
        address=display_host(info.domain)
    )
    parts.append(f"<p>{esc(address)}</p>")
    facts = []
    people = info.people if info.people else (entry.people if entry else None)
    active = info.active_people
    if people and active:
        facts.append(
            QCoreApplication.translate(
                "AboutPage", "{n} people live here, and {active} of them were active last month."
            ).format(n=number(people), active=number(active))
        )
    elif people and entry is not None and entry.active_people:
        facts.append(
            QCoreApplication.translate(
                "AboutPage", "{n} people live here, and {active} of them were active last week."
            ).format(n=number(people), active=number(entry.active_people))
        )
    elif people:
        facts.append(
            QCoreApplication.translate("AboutPage", "{n} people live here.").format(
                n=number(people)
            )
        )
    elif active:
        facts.append(
            QCoreApplication.translate(
                "AboutPage", "{n} people were active here last month."
            ).format(n=number(active))
        )
    if info.languages:
        facts.append(
            QCoreApplication.translate("AboutPage", "Language: {names}.").format(
                names=", ".join(language_name(code) for code in info.languages)
            )
        )
    if facts:
        parts.append(f"<p>{esc(' '.join(facts))}</p>")
    can_join = QCoreApplication.translate("AboutPage", "Can I join?")
    parts.append(f"<h3>{esc(can_join)}</h3>")
    mode = info.sign_up.mode
    joining = {
        SignUpMode.OPEN: QCoreApplication.translate("AboutPage", "Yes: you can join now."),
        SignUpMode.APPROVAL: QCoreApplication.translate(
            "AboutPage",
            "You ask to join, and a person from the town says yes. This can take a few days.",
        ),
        SignUpMode.CLOSED: QCoreApplication.translate(
            "AboutPage",
            "This town is not taking new people right now. Please go back and pick another town.",
        ),
        SignUpMode.ELSEWHERE: QCoreApplication.translate(
            "AboutPage",
            "Yes, on the town's own web page: press “Join on the town's web page”, join "
            "there, then come back here and log in.",
        ),
    }[mode]
    parts.append(f"<p>{esc(joining)}</p>")
    if info.sign_up.message:
        parts.append(f"<p><i>{esc(info.sign_up.message)}</i></p>")
    if mode is SignUpMode.ELSEWHERE and info.sign_up.url:
        safe = safe_external_url(info.sign_up.url)
        if safe is not None:
            parts.append(f'<p><a href="{esc(safe, quote=True)}">{esc(safe)}</a></p>')
        else:
            parts.append(f"<p>{esc(info.sign_up.url)}</p>")
    if info.sign_up.min_age:
        age = QCoreApplication.translate(
            "AboutPage", "You must be at least {age} years old."
        ).format(age=info.sign_up.min_age)
        parts.append(f"<p>{esc(age)}</p>")
    rules_title = QCoreApplication.translate("AboutPage", "The town rules")
    if info.rules:
        parts.append(f"<h3>{esc(rules_title)}</h3><ol>")
        for rule in info.rules:
            hint = f"<br/><small>{esc(rule.hint)}</small>" if rule.hint else ""
            parts.append(f"<li>{esc(rule.text)}{hint}</li>")
        parts.append("</ol>")
    elif rules_page := safe_external_url(info.rules_url):
        # Kept on a web page (Takahē): say where, never "no rules".
        said = QCoreApplication.translate(
            "AboutPage",
            "This town keeps its rules on its web page. Please read them before you join:",
        )
        label = QCoreApplication.translate("AboutPage", "Read the town rules")
        parts.append(
            f"<h3>{esc(rules_title)}</h3><p>{esc(said)} "
            f'<a href="{esc(rules_page, quote=True)}">{esc(label)}</a></p>'
        )
    else:
        said = QCoreApplication.translate(
            "AboutPage",
            "The town did not tell Townsfolk its rules. Every town has some: please read "
            "about the town on its web page before you join.",
        )
        parts.append(f"<h3>{esc(rules_title)}</h3><p>{esc(said)}</p>")
        if about := safe_external_url(info.about_url):
            label = QCoreApplication.translate("AboutPage", "About the town (its web page)")
            parts.append(f'<p><a href="{esc(about, quote=True)}">{esc(label)}</a></p>')
    links = []
    if terms := safe_external_url(info.terms_url):
        links.append((terms, QCoreApplication.translate("AboutPage", "Terms of use")))
    if privacy := safe_external_url(info.privacy_url):
        links.append(
            (
                privacy,
                QCoreApplication.translate("AboutPage", "Privacy policy"),
            )
        )
    if links:
        intro = QCoreApplication.translate(
            "AboutPage",
            "Before you join, you can read these pages (they open in your web browser):",
        )
        items = "".join(
            f'<li><a href="{esc(url, quote=True)}">{esc(label)}</a></li>' for url, label in links
        )
        parts.append(f"<p>{esc(intro)}</p><ul>{items}</ul>")
    if info.contact_handle:
        who = QCoreApplication.translate("AboutPage", "Who runs it: {who}").format(
            who=display_handle(info.contact_handle, info.domain)
        )
        parts.append(f"<p>{esc(who)}</p>")
    return "".join(parts)
