"""The wizard's pages. Each page knows its title, its main button and what it does."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, QItemSelectionModel, QSize, Qt, QTimer, Signal
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from townsfolk.api.errors import CannotConnect, TimedOut
from townsfolk.assets import resource
from townsfolk.cache import AccountState, FollowSync
from townsfolk.services.accounts import (
    CodeNotAccepted,
    LoopbackRefused,
    SignUpElsewhere,
    SignUpForm,
    SignUpMode,
    SignUpProblem,
    TownInfo,
    TownProblem,
    describe_problem,
)
from townsfolk.services.addresses import display_handle, display_host, looks_like_email
from townsfolk.services.directory import (
    DirectoryOffline,
    TownEntry,
    filter_towns,
    good_first_towns,
    language_name,
    topic_words,
)
from townsfolk.services.links import safe_external_url
from townsfolk.services.secrets import KeyringUnavailable
from townsfolk.ui.links import open_external
from townsfolk.ui.onboarding.help import HelpText
from townsfolk.ui.onboarding.towns import TownCardDelegate, TownListModel, TownRole, number
from townsfolk.ui.safe_text import PlainLabel, SafeTextBrowser, plain_tooltip, rich_label
from townsfolk.ui.style import ScaledLabel, follow_text_size, place_on_screen

if TYPE_CHECKING:
    from townsfolk.cache import Account
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


def _body_label(text: str, parent: QWidget, name: str) -> QLabel:
    label = PlainLabel(text, parent)
    label.setWordWrap(True)
    label.setAccessibleName(name)
    label.setAccessibleDescription(text)
    return label


# ------------------------------------------------------------------------------ 1. welcome


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


class WelcomePage(Page):
    key = "welcome"

    def __init__(self, wizard: WelcomeWizard) -> None:
        super().__init__(wizard)
        self.set_title(self.tr("Welcome to Townsfolk"))
        self.picture = QSvgWidget(str(resource("images", "towns.svg")), self)
        self.picture.setFixedSize(QSize(432, 198))
        self.picture.setAccessibleName(self.tr("Picture: three towns joined by roads"))
        self.text = HelpText("welcome", self.tr("What the fediverse is"), self, wizard.ctx.language)
        self.text.setMinimumHeight(220)
        self.more_button = QPushButton(self.tr("Tell me more"), self)
        self.more_button.setAccessibleName(self.tr("Tell me more about how it works"))
        self.more_button.setAutoDefault(False)
        self.more_button.clicked.connect(self.tell_more)
        self.layout_.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignHCenter)
        self.layout_.addWidget(self.text, 1)
        self.layout_.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.help_dialog: HelpDialog | None = None

    def tell_more(self) -> None:
        self.help_dialog = HelpDialog(
            "fediverse", self.tr("How the fediverse works"), self, self.wizard.ctx.language
        )
        self.help_dialog.show()

    def go_next(self) -> None:
        self.wizard.go("path")

    def focus_first(self) -> None:
        self.wizard.next_button.setFocus()


# ------------------------------------------------------------------------------ 2. path


class PathPage(Page):
    key = "path"

    def __init__(self, wizard: WelcomeWizard) -> None:
        super().__init__(wizard)
        self.set_title(self.tr("How would you like to start?"))
        self.group = QButtonGroup(self)
        self.choices: dict[str, QRadioButton] = {}
        options = [
            (
                "new",
                self.tr("I'm new: help me pick a town"),
                self.tr("See towns by topic and choose one to join. It takes a few minutes."),
            ),
            (
                "existing",
                self.tr("I already have an account"),
                self.tr("Log in with the account you have, in any town."),
            ),
            (
                "practice",
                self.tr("Try a practice town first (nothing leaves your computer)"),
                self.tr(
                    "Look around a pretend town with pretend people, to see how it works. "
                    "You can join a real town whenever you like."
                ),
            ),
        ]
        for key, label, detail in options:
            button = QRadioButton(label, self)
            button.setAccessibleName(label)
            button.setAccessibleDescription(detail)
            follow_text_size(button, 1.1)  # and with every change of the text size
            self.group.addButton(button)
            self.choices[key] = button
            button.toggled.connect(self._picked)
            self.layout_.addWidget(button)
            hint = _body_label(detail, self, detail)
            hint.setContentsMargins(30, 0, 0, 12)
            self.layout_.addWidget(hint)
        self.layout_.addWidget(self.message)
        self.layout_.addStretch(1)

    def enter(self) -> None:
        if self.state.path == "practice" and self.wizard.ctx.practice is None:
            self.state.path = ""
        self.choices["practice"].setVisible(self.wizard.ctx.practice is not None)
        button = self.choices.get(self.state.path)
        if button is not None:
            button.setChecked(True)
        self.clear_message()

    def _picked(self) -> None:
        for key, button in self.choices.items():
            if button.isChecked():
                self.state.path = key
                self.state.purpose = "main"
        self.wizard.save()
        self.changed.emit()

    def can_next(self) -> bool:
        return super().can_next() and self.state.path in self.choices

    def go_next(self) -> None:
        if self.state.path == "new":
            self.wizard.go("pick")
        elif self.state.path == "existing":
            self.wizard.go("login")
        elif self.state.path == "practice":
            self.wizard.start_practice()

    def focus_first(self) -> None:
        checked = self.group.checkedButton()
        (checked or self.choices["new"]).setFocus()


# ------------------------------------------------------------------------------ 3. pick a town

GOOD = "good"


class PickPage(Page):
    key = "pick"

    def __init__(self, wizard: WelcomeWizard) -> None:
        super().__init__(wizard)
        self.intro = _body_label(
            self.tr(
                "Whichever town you pick, you can follow and talk to people in every other "
                "town. Start with a big town for everyone, or pick one about what you love."
            ),
            self,
            self.tr("About picking a town"),
        )
        self.layout_.addWidget(self.intro)

        filters = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search towns by name or words"))
        self.search.setAccessibleName(self.tr("Search towns"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filters_changed)
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Language of the town"))
        self.language.currentIndexChanged.connect(self._filters_changed)
        self.language.view().setAccessibleName(self.tr("Languages"))
        filters.addWidget(self.search, 2)
        filters.addWidget(self.language, 1)
        self.layout_.addLayout(filters)

        lists = QHBoxLayout()
        self.topics = QListWidget(self)
        self.topics.setAccessibleName(self.tr("Topics"))
        self.topics.setMaximumWidth(300)
        self.topics.setWordWrap(True)
        self.topics.currentItemChanged.connect(self._topic_changed)
        self.model = TownListModel(self)
        self.towns = QListView(self)
        self.towns.setAccessibleName(self.tr("Towns"))
        self.towns.setModel(self.model)
        self.towns.setItemDelegate(TownCardDelegate(self.towns))
        self.towns.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.towns.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.towns.setResizeMode(QListView.ResizeMode.Adjust)
        self.towns.setUniformItemSizes(False)
        self.towns.setWordWrap(True)
        self.towns.selectionModel().currentChanged.connect(self._town_changed)
        self.towns.activated.connect(lambda _index: self.wizard.go_next())
        lists.addWidget(self.topics, 1)
        lists.addWidget(self.towns, 2)
        self.layout_.addLayout(lists, 1)
        self.empty = _body_label("", self, self.tr("No towns"))
        self.empty.hide()
        self.layout_.addWidget(self.empty)
        self.note = _body_label("", self, self.tr("About the town list"))
        self.note.setStyleSheet("color: palette(placeholder-text);")
        self.layout_.addWidget(self.note)
        self.layout_.addWidget(self.message)
        self._filling = False
        self._refresh_started = False

    def enter(self) -> None:
        self.set_title(
            self.tr("Pick a second town for your backup account")
            if self.wizard.for_backup
            else self.tr("Pick a town")
        )
        self._filling = True
        self.search.setText(self.state.search)
        self._filling = False
        self._fill_topics()
        self._fill_languages()
        self._fill_towns()
        directory = self.wizard.ctx.directory
        if directory.current().refreshed_at is None:
            self.note.setText(
                self.tr(
                    "This is the list of towns that comes with Townsfolk. Details such as "
                    "how many people live in each town will fill in when you are online."
                )
            )
        else:
            self.note.setText("")
        if not self._refresh_started and directory.needs_refresh():
            self._refresh_started = True
            self.wizard.run(directory.refresh(), self._refreshed, self._offline)

    def _refreshed(self, _directory: object) -> None:
        self.note.setText("")
        self._fill_topics()
        self._fill_languages()
        self._fill_towns()

    def _offline(self, error: BaseException) -> None:
        if not isinstance(error, DirectoryOffline):
            raise error
        self.note.setText(
            self.tr(
                "Townsfolk could not update the town list just now, so you see the list that "
                "comes with it. Details such as how many people live in each town will fill "
                "in when you are online. You can still pick a town."
            )
        )

    def _exclude(self) -> list[str]:
        main = self.wizard.main_account()
        return [main.server_domain] if main is not None and self.wizard.for_backup else []

    def _fill_topics(self) -> None:
        directory = self.wizard.ctx.directory.current()
        counts = directory.topic_counts()
        self._filling = True
        self.topics.clear()
        good = QListWidgetItem(self.tr("★ Good first towns"))
        good.setData(Qt.ItemDataRole.UserRole, GOOD)
        good.setToolTip(self.tr("Big towns about everything, where you can join now"))
        self.topics.addItem(good)
        for topic in directory.topics:
            count = counts.get(topic.id, 0)
            title, blurb = topic_words(topic)
            label = (
                self.tr("{title} ({count})").format(title=title, count=count) if count else title
            )
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, topic.id)
            item.setToolTip(plain_tooltip(blurb))
            self.topics.addItem(item)
        for row in range(self.topics.count()):
            if self.topics.item(row).data(Qt.ItemDataRole.UserRole) == self.state.topic:
                self.topics.setCurrentRow(row)
                break
        else:
            self.topics.setCurrentRow(0)
        self._filling = False

    def _fill_languages(self) -> None:
        directory = self.wizard.ctx.directory.current()
        self._filling = True
        self.language.clear()
        self.language.addItem(self.tr("Any language"), "")
        for code in directory.languages:
            self.language.addItem(language_name(code), code)
        index = self.language.findData(self.state.language)
        self.language.setCurrentIndex(max(0, index))
        self._filling = False

    def _topic_changed(self) -> None:
        item = self.topics.currentItem()
        if self._filling or item is None:
            return
        self.state.topic = item.data(Qt.ItemDataRole.UserRole)
        self.wizard.save()
        self._fill_towns()

    def _filters_changed(self) -> None:
        if self._filling:
            return
        self.state.search = self.search.text()
        self.state.language = self.language.currentData() or ""
        self.wizard.save()
        self._fill_towns()

    def _fill_towns(self) -> None:
        directory = self.wizard.ctx.directory.current()
        exclude = self._exclude()
        if self.state.topic == GOOD and not self.state.search:
            good = good_first_towns(directory, exclude=exclude)
            order = {town.domain: n for n, town in enumerate(good)}  # biggest / best first
            towns = sorted(
                filter_towns(good, language=self.state.language or None),
                key=lambda town: order[town.domain],
            )
        else:
            pool = directory.towns if self.state.search else directory.in_topic(self.state.topic)
            towns = filter_towns(
                pool, text=self.state.search, language=self.state.language or None, exclude=exclude
            )
        self.model.set_towns(towns)
        if towns:
            self.empty.hide()
        else:
            self.empty.setText(
                self.tr("No towns match. Try other words, another language or another topic.")
                if self.state.search or self.state.language
                else self.tr("Towns about this topic appear here when you are online.")
            )
            self.empty.show()
        row = self.model.row_of(self.state.town)
        if row >= 0:
            index = self.model.index(row)
            self.towns.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            self.towns.scrollTo(index)
        self.changed.emit()

    def _town_changed(self) -> None:
        town = self.selected_town()
        if town is not None and not self._filling:
            self.state.town = town.domain
            self.wizard.save()
        self.changed.emit()

    def selected_town(self) -> Any:
        index = self.towns.selectionModel().currentIndex()
        return index.data(TownRole) if index.isValid() else None

    def next_label(self) -> str:
        return self.tr("See this town")

    def can_next(self) -> bool:
        town = self.selected_town()
        return super().can_next() and town is not None and town.supported

    def go_next(self) -> None:
        town = self.selected_town()
        if town is None:
            return
        self.state.town = town.domain
        self.wizard.town_info = None
        self.wizard.go("about")

    def focus_first(self) -> None:
        self.topics.setFocus()


# ------------------------------------------------------------------------------ 4. about


class AboutPage(Page):
    key = "about"

    def __init__(self, wizard: WelcomeWizard) -> None:
        super().__init__(wizard)
        self.text = SafeTextBrowser(self)
        self.text.refusal_shown = lambda text: self.show_message(text, problem=True)
        self.text.setAccessibleName(self.tr("About this town"))
        self.layout_.addWidget(self.text, 1)
        self.reason_label = _body_label(
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
        self.wizard.run(_maybe_await(self.wizard.ctx.open_browser(url)))
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


# ------------------------------------------------------------------------------ 5. sign up


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
        self.address_label = _body_label("", self, self.tr("Your full address"))
        self.email = QLineEdit(self)
        self.email.setAccessibleName(self.tr("Email address"))
        self.email.setPlaceholderText(self.tr("you@example.com"))
        self.password = QLineEdit(self)
        self.password.setAccessibleName(self.tr("Password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("At least 8 characters"))
        self.password_hint = _body_label("", self, self.tr("How strong the password is"))
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


# ------------------------------------------------------------------------------ 6. email


class EmailPage(Page):
    key = "email"

    def __init__(self, wizard: WelcomeWizard) -> None:
        super().__init__(wizard)
        self.text = _body_label("", self, self.tr("What happens now"))
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


# ------------------------------------------------------------------------------ 7. backup


class BackupPage(Page):
    key = "backup"

    def __init__(self, wizard: WelcomeWizard) -> None:
        super().__init__(wizard)
        self.set_title(self.tr("A backup account (you can skip this)"))
        # Optional, and said first (issue 11: the wizard pushed a backup before the person
        # had even seen the app). "Not now" is chosen unless she picks another way.
        self.optional = _body_label(
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
        self.suggestions = _body_label("", self, self.tr("Suggested towns"))
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


# ------------------------------------------------------------------------------ 8. done


class DonePage(Page):
    key = "done"

    def __init__(self, wizard: WelcomeWizard) -> None:
        super().__init__(wizard)
        self.set_title(self.tr("You're all set"))
        self.intro = _body_label("", self, self.tr("Your accounts"))
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


# ------------------------------------------------------------------------------ log in


class LoginPage(Page):
    key = "login"

    def __init__(self, wizard: WelcomeWizard) -> None:
        super().__init__(wizard)
        self.intro = _body_label(
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
        self.text = _body_label("", self, self.tr("What to do in the browser"))
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
            self.wizard.run(_maybe_await(self.wizard.ctx.open_browser(login.url)))

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


async def _maybe_await(value: object) -> None:
    import inspect

    if inspect.isawaitable(value):
        await value


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


__all__ = ["ALL_PAGES", "Page", "password_hint", "resume_page", "town_html"]
