"""Pick a town: topics first, then towns as cards."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
)

from townsfolk.services.directory import (
    DirectoryOffline,
    filter_towns,
    good_first_towns,
    language_name,
    topic_words,
)
from townsfolk.ui.onboarding.towns import TownCardDelegate, TownListModel, TownRole
from townsfolk.ui.safe_text import plain_tooltip

if TYPE_CHECKING:
    from townsfolk.ui.onboarding.wizard import WelcomeWizard
from townsfolk.ui.onboarding.pages.base import Page, body_label

GOOD = "good"


class PickPage(Page):
    key = "pick"

    def __init__(self, wizard: WelcomeWizard) -> None:
        super().__init__(wizard)
        self.intro = body_label(
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
        self.empty = body_label("", self, self.tr("No towns"))
        self.empty.hide()
        self.layout_.addWidget(self.empty)
        self.note = body_label("", self, self.tr("About the town list"))
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
