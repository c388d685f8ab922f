"""The compose window: write a post and hand it to the outbox.

Everything the person types is saved to a draft file as they type (debounced), and comes
back when the window opens again. "Send" saves the post in the outbox first (the outbox then
sends it, retrying as needed); the window shows how many posts are waiting and lets the
person change or delete them.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Coroutine
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QEvent, QLocale, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from townsfolk.api.entities import CustomEmoji
from townsfolk.cache import Draft, DraftMedia, DraftPoll, OutboxItem, OutboxState
from townsfolk.cache.errors import StorageError
from townsfolk.services.outbox import Outbox, OutboxChange, OutboxProblem
from townsfolk.services.pictures import PictureRefused, make_thumbnail
from townsfolk.ui.compose.counting import ComposeLimits, count_characters
from townsfolk.ui.compose.drafts import ComposeState, DraftFile
from townsfolk.ui.compose.emoji_picker import EmojiPicker
from townsfolk.ui.safe_text import PlainLabel, fill, plain_tooltip
from townsfolk.ui.style import SteadyButton, em, readable

log = logging.getLogger(__name__)

THUMBNAIL_SIDE = 120
SAVE_DELAY_MS = 400
VISIBILITIES = ("public", "unlisted", "private", "direct")
#: How much of the post being answered shows above the reply box.
REPLY_CONTEXT_CHARS = 500
POLL_DURATIONS = (300, 1800, 3600, 21600, 43200, 86400, 259200, 604800)

CloseChoice = Literal["keep", "discard", "cancel"]


def _fill(text: str, value: object) -> str:
    """Put ``value`` where ``%1`` is in a translated text (PySide's tr() gives a str)."""
    return text.replace("%1", str(value))


def _language_choices() -> list[tuple[str, str]]:
    """(ISO 639-1 code, "Deutsch (German)") for every language Qt knows, sorted by name."""
    seen: dict[str, str] = {}
    for locale in QLocale.matchingLocales(
        QLocale.Language.AnyLanguage, QLocale.Script.AnyScript, QLocale.Country.AnyCountry
    ):
        code = locale.name().split("_", 1)[0]
        if len(code) != 2 or code in seen or locale.language() == QLocale.Language.C:
            continue
        english = QLocale.languageToString(locale.language())
        native = locale.nativeLanguageName() or english
        native = native[:1].upper() + native[1:]
        if english.casefold() in native.casefold():  # "American English" is just English
            native = english
        seen[code] = native if native == english else f"{native} ({english})"
    return sorted(seen.items(), key=lambda item: item[1].casefold())


def system_language() -> str:
    # the language Townsfolk speaks (Settings → Language, else the computer's): QLocale()
    code = QLocale().name().split("_", 1)[0]
    return code if len(code) == 2 else "en"


class _ComposeKeys(QObject):
    """Ctrl+Enter in a text field sends, Esc closes (also when a shortcut cannot fire)."""

    def __init__(
        self, on_send: Callable[[], None], on_escape: Callable[[], object], parent: QObject
    ) -> None:
        super().__init__(parent)
        self._on_send = on_send
        self._on_escape = on_escape

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self._on_send()
            return True
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and not event.modifiers()
        ):
            self._on_escape()
            return True
        return False


class PictureRow(QFrame):
    """One picture: its thumbnail, its description, and a button to remove it."""

    remove_requested = Signal(object)
    changed = Signal()

    def __init__(
        self,
        path: str,
        thumbnail: bytes,
        *,
        description: str,
        description_limit: int,
        number: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.path = path
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        self.thumbnail = PlainLabel(self)
        pixmap = QPixmap()
        pixmap.loadFromData(thumbnail)
        self.thumbnail.setPixmap(pixmap)
        self.thumbnail.setFixedSize(THUMBNAIL_SIDE, THUMBNAIL_SIDE)
        self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumbnail.setAccessibleName(_fill(self.tr("Picture %1"), number))
        layout.addWidget(self.thumbnail)

        right = QVBoxLayout()
        self.label = PlainLabel(_fill(self.tr("Describe picture %1"), number), self)
        self.description = QPlainTextEdit(self)
        self.description.setPlaceholderText(
            self.tr("What does this picture show? People who cannot see it will read or hear this.")
        )
        self.description.setPlainText(description)
        self.description.setTabChangesFocus(True)
        self.description.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.description.setAccessibleName(_fill(self.tr("Description of picture %1"), number))
        self.description.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 16)
        self.description.textChanged.connect(self._limit)
        self._limit_chars = description_limit
        self.label.setBuddy(self.description)
        self.remove_button = QPushButton(self.tr("Remove this picture"), self)
        self.remove_button.setAccessibleName(_fill(self.tr("Remove picture %1"), number))
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))
        right.addWidget(self.label)
        right.addWidget(self.description)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        right.addLayout(buttons)
        layout.addLayout(right, 1)

    def _limit(self) -> None:
        text = self.description.toPlainText()
        if len(text) > self._limit_chars:
            self.description.setPlainText(text[: self._limit_chars])
        self.changed.emit()

    def description_text(self) -> str:
        return self.description.toPlainText().strip()


class PollEditor(QGroupBox):
    """2 to 4 choices, how long people can vote, and whether they may pick several."""

    changed = Signal()

    def __init__(self, limits: ComposeLimits, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Poll"))
        self.setAccessibleName(self.tr("Poll"))
        self._limits = limits
        layout = QVBoxLayout(self)
        self.options_layout = QVBoxLayout()
        layout.addLayout(self.options_layout)
        self.options: list[QLineEdit] = []
        self.add_option_button = QPushButton(self.tr("Add a choice"), self)
        self.add_option_button.setAccessibleName(self.tr("Add a choice to the poll"))
        self.add_option_button.clicked.connect(lambda: self.add_option(""))
        layout.addWidget(self.add_option_button, 0, Qt.AlignmentFlag.AlignLeft)
        form = QFormLayout()
        self.duration = QComboBox(self)
        self.duration.setAccessibleName(self.tr("How long people can vote"))
        for seconds in POLL_DURATIONS:
            self.duration.addItem(self._duration_text(seconds), seconds)
        self.duration.setCurrentIndex(POLL_DURATIONS.index(86400))
        self.duration.currentIndexChanged.connect(self.changed)
        form.addRow(self.tr("People can vote for"), self.duration)
        self.multiple = QCheckBox(self.tr("People can pick more than one choice"), self)
        self.multiple.setAccessibleName(self.multiple.text())
        self.multiple.toggled.connect(self.changed)
        form.addRow(self.multiple)
        layout.addLayout(form)
        for _ in range(2):
            self.add_option("")

    def _duration_text(self, seconds: int) -> str:
        if seconds < 3600:
            return _fill(self.tr("%1 minutes"), seconds // 60)
        if seconds < 86400:
            hours = seconds // 3600
            return self.tr("1 hour") if hours == 1 else _fill(self.tr("%1 hours"), hours)
        days = seconds // 86400
        return self.tr("1 day") if days == 1 else _fill(self.tr("%1 days"), days)

    def add_option(self, text: str) -> None:
        if len(self.options) >= self._limits.max_poll_options:
            return
        edit = QLineEdit(text, self)
        number = len(self.options) + 1
        edit.setPlaceholderText(_fill(self.tr("Choice %1"), number))
        edit.setAccessibleName(_fill(self.tr("Poll choice %1"), number))
        edit.setMaxLength(self._limits.max_poll_option_characters)
        edit.textChanged.connect(self.changed)
        self.options.append(edit)
        self.options_layout.addWidget(edit)
        self.add_option_button.setEnabled(len(self.options) < self._limits.max_poll_options)
        self.changed.emit()

    def set_options(self, texts: list[str]) -> None:
        for edit in self.options:
            edit.deleteLater()
        self.options = []
        for text in [*texts, "", ""][: max(2, len(texts))]:
            self.add_option(text)

    def option_texts(self) -> list[str]:
        return [e.text().strip() for e in self.options]

    def is_complete(self) -> bool:
        return len([t for t in self.option_texts() if t]) >= 2


class WaitingList(QGroupBox):
    """Posts saved in the outbox and not confirmed by the town yet."""

    edit_requested = Signal(int)
    #: "Post from my backup instead" (shown with :meth:`offer_backup` while the town is down).
    post_from_backup_requested = Signal(int)

    def __init__(self, outbox: Outbox, account_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.outbox = outbox
        self.account_id = account_id
        self.setTitle(self.tr("Waiting to be sent"))
        self.setAccessibleName(self.tr("Posts waiting to be sent"))
        layout = QVBoxLayout(self)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Posts waiting to be sent"))
        self.list.setWordWrap(True)
        self.list.currentRowChanged.connect(self._update_buttons)
        layout.addWidget(self.list)
        buttons = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("Change"), self)
        self.edit_button.setAccessibleName(self.tr("Change the chosen waiting post"))
        self.edit_button.clicked.connect(self._edit)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.setAccessibleName(self.tr("Delete the chosen waiting post"))
        self.delete_button.clicked.connect(self._delete)
        self.retry_button = QPushButton(self.tr("Try again"), self)
        self.retry_button.setAccessibleName(self.tr("Try to send the chosen post again"))
        self.retry_button.clicked.connect(self._retry)
        self.message = PlainLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("About the waiting posts"))
        self.backup_button = QPushButton(self.tr("Post from my backup instead"), self)
        self.backup_button.setAccessibleName(
            self.tr("Post the chosen post from my backup account instead")
        )
        self.backup_button.clicked.connect(self._post_from_backup)
        self.backup_button.hide()
        for button in (self.edit_button, self.delete_button, self.retry_button):
            buttons.addWidget(button)
        buttons.addWidget(self.backup_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.confirm_delete: Callable[[OutboxItem], bool] = self._ask_delete
        self.refresh()

    def refresh(self) -> None:
        current = self.selected_id()
        self.list.clear()
        for item in self.outbox.waiting(self.account_id):
            entry = QListWidgetItem(self._describe(item))
            entry.setData(Qt.ItemDataRole.UserRole, item.local_id)
            self.list.addItem(entry)
            if item.local_id == current:
                self.list.setCurrentItem(entry)
        self._update_buttons()

    def _describe(self, item: OutboxItem) -> str:
        text = " ".join(item.draft.text.split())
        if len(text) > 80:
            text = text[:79] + "…"
        if not text:
            text = self.tr("(pictures only)")
        if item.state is OutboxState.FAILED:
            state = _fill(self.tr("Needs you: %1"), item.last_error or "")
        elif item.state is OutboxState.SENDING or self.outbox.is_being_sent(item.local_id):
            state = self.tr("Being sent now")
        elif item.last_error:
            state = _fill(self.tr("Waiting; Townsfolk will try again soon. %1"), item.last_error)
        else:
            state = self.tr("Waiting to be sent")
        return f"{text}\n{state}"

    def selected_id(self) -> int | None:
        entry: QListWidgetItem | None = self.list.currentItem()
        value = None if entry is None else entry.data(Qt.ItemDataRole.UserRole)
        return int(value) if value is not None else None

    def _selected(self) -> OutboxItem | None:
        item_id = self.selected_id()
        return None if item_id is None else self.outbox.get(item_id)

    def _update_buttons(self) -> None:
        item = self._selected()
        busy = item is None or self.outbox.is_being_sent(item.local_id)
        self.edit_button.setEnabled(not busy)
        self.delete_button.setEnabled(not busy)
        self.retry_button.setEnabled(item is not None and item.state is OutboxState.FAILED)
        # A post stuck on its way to a town that does not answer can still move, as long as
        # it has certainly not left (the outbox stops that send first).
        self.backup_button.setEnabled(
            item is not None
            and not item.outcome_unclear
            and (not busy or not self.outbox.may_have_left(item.local_id))
        )

    def offer_backup(self, on: bool) -> None:
        """Show or hide "Post from my backup instead" (the main window knows when)."""
        self.backup_button.setVisible(on)
        self._update_buttons()

    def _post_from_backup(self) -> None:
        item_id = self.selected_id()
        if item_id is not None:
            self.post_from_backup_requested.emit(item_id)

    def _edit(self) -> None:
        item_id = self.selected_id()
        if item_id is not None:
            self.edit_requested.emit(item_id)

    def _delete(self) -> None:
        item = self._selected()
        if item is None or not self.confirm_delete(item):
            return
        try:
            self.outbox.delete(item.local_id)
        except OutboxProblem as problem:
            self.message.setText(problem.user_message)
            return
        self.message.setText(self.tr("The post was deleted. It was never sent."))
        self.refresh()

    def _retry(self) -> None:
        item = self._selected()
        if item is None:
            return
        try:
            self.outbox.retry(item.local_id)
        except OutboxProblem as problem:
            self.message.setText(problem.user_message)

    def _ask_delete(self, item: OutboxItem) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Delete this post?"),
            self.tr("This post has not been sent yet. Delete it for good?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes


class ComposeWindow(QWidget):
    """The post editor for one account.

    ``outbox``: where posts go; ``limits``: the town's limits; ``draft_file``: where the unsent
    text is kept (None: not kept); ``remind_picture_descriptions``: the setting of that name;
    ``reply_to``: (post id, "@name@town") to answer a post; ``reply_context``: that post as
    plain text, shown above the box; ``close_after_send``: the window closes once the post is
    safely in the outbox (the main window's status bar then says where it is).
    """

    submitted = Signal(int)  # outbox entry id

    def __init__(
        self,
        outbox: Outbox,
        account_id: int,
        *,
        limits: ComposeLimits | None = None,
        draft_file: DraftFile | None = None,
        remind_picture_descriptions: bool = True,
        reply_to: tuple[str, str] | None = None,
        reply_context: str = "",
        town_name: str = "",
        close_after_send: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.outbox = outbox
        self.account_id = account_id
        self.limits = limits or ComposeLimits()
        self.draft_file = draft_file
        self.remind_picture_descriptions = remind_picture_descriptions
        self.town_name = town_name
        self.in_reply_to_id: str | None = None
        self.reply_to_handle = ""
        self.close_after_send = close_after_send
        #: The outbox entry sent last from this window, until the town has it.
        self.just_sent: int | None = None
        self.editing_item: int | None = None
        self.pictures: list[PictureRow] = []
        self._busy = False
        self._restoring = False
        self._tasks: set[asyncio.Task[object]] = set()
        self.ask_on_close: Callable[[], CloseChoice] = self._ask_on_close
        #: For the emoji picker (set by the main window): pictures, and the town's emoji.
        self.emoji_images: object | None = None
        self.town_emoji: Callable[[], Awaitable[list[CustomEmoji]]] | None = None
        self.emoji_picker: EmojiPicker | None = None
        self.setWindowTitle(self.tr("Write a post"))
        self.setAccessibleName(self.tr("Write a post"))
        self._build()
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_draft_now)
        self._remove_listener = outbox.add_listener(self._outbox_changed)
        restored = draft_file.load() if draft_file is not None else None
        if restored is not None:
            self.restore(restored)
        if reply_to is not None:
            self.set_reply(*reply_to, context=reply_context)
        self._update_count()
        self._update_waiting()

    # ------------------------------------------------------------------ building

    def _build(self) -> None:
        layout = QVBoxLayout(self)

        self.reply_label = PlainLabel(self)
        self.reply_label.setWordWrap(True)
        self.reply_label.setAccessibleName(self.tr("Replying to"))
        self.reply_label.hide()
        layout.addWidget(self.reply_label)
        # The post being answered, as plain text (server text: a PlainLabel, never guessed).
        self.reply_context = PlainLabel(self)
        self.reply_context.setObjectName("replyContext")
        self.reply_context.setWordWrap(True)
        self.reply_context.setAccessibleName(self.tr("The post you are answering"))
        self.reply_context.setStyleSheet(
            "QLabel#replyContext { background: palette(alternate-base); color: palette(text);"
            " border-left: 3px solid palette(mid); padding: 6px 10px; }"
        )
        self.reply_context.hide()
        layout.addWidget(self.reply_context)

        self.cw_toggle = QCheckBox(self.tr("Add a content warning (hide the post behind a note)"))
        self.cw_toggle.setAccessibleName(self.tr("Add a content warning"))
        self.cw_toggle.setToolTip(
            self.tr("People see only your note first, and choose whether to read the post.")
        )
        self.cw_toggle.toggled.connect(self._cw_toggled)
        layout.addWidget(self.cw_toggle)
        self.cw_edit = QLineEdit(self)
        self.cw_edit.setPlaceholderText(self.tr("Your note, for example: Spoilers for the film"))
        self.cw_edit.setAccessibleName(self.tr("Content warning"))
        self.cw_edit.textChanged.connect(self._changed)
        self.cw_edit.hide()
        layout.addWidget(self.cw_edit)

        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setPlaceholderText(self.tr("What would you like to say?"))
        self.text_edit.setAccessibleName(self.tr("Your post"))
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.text_edit.textChanged.connect(self._changed)
        # Three lines at the least: six did not leave room for the counter and the note under
        # "Who can see this" on an 800×600 screen with the text at 200 % (issue 11); the box
        # still takes all the height there is.
        self.text_edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        layout.addWidget(self.text_edit, 1)

        self.counter = PlainLabel(self)
        self.counter.setAccessibleName(self.tr("Characters left"))
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.counter)

        self.pictures_box = QVBoxLayout()
        layout.addLayout(self.pictures_box)

        self.reminder = QFrame(self)
        self.reminder.setFrameShape(QFrame.Shape.StyledPanel)
        reminder_layout = QHBoxLayout(self.reminder)
        self.reminder_label = PlainLabel(
            self.tr(
                "Please describe each picture, so people who cannot see it know what it shows."
            ),
            self.reminder,
        )
        self.reminder_label.setWordWrap(True)
        self.reminder_label.setAccessibleName(self.tr("Reminder"))
        self.send_anyway_button = QPushButton(self.tr("Send without a description"))
        self.send_anyway_button.setAccessibleName(self.tr("Send without describing the pictures"))
        self.send_anyway_button.clicked.connect(lambda: self._spawn(self.send(skip_reminder=True)))
        reminder_layout.addWidget(self.reminder_label, 1)
        reminder_layout.addWidget(self.send_anyway_button)
        self.reminder.hide()
        layout.addWidget(self.reminder)

        self.poll_toggle = QCheckBox(self.tr("Add a poll"), self)
        self.poll_toggle.setAccessibleName(self.tr("Add a poll"))
        self.poll_toggle.toggled.connect(self._poll_toggled)
        self.poll = PollEditor(self.limits, self)
        self.poll.changed.connect(self._changed)
        self.poll.hide()

        tools = QHBoxLayout()
        self.add_picture_button = QPushButton(self.tr("Add a picture…"), self)
        self.add_picture_button.setAccessibleName(self.tr("Add a picture"))
        self.add_picture_button.clicked.connect(self._choose_pictures)
        tools.addWidget(self.add_picture_button)
        self.emoji_button = QPushButton(self.tr("☺ Emoji…"), self)
        self.emoji_button.setObjectName("emojiButton")
        self.emoji_button.setAccessibleName(self.tr("Add an emoji"))
        self.emoji_button.setToolTip(self.tr("Add an emoji (Ctrl+E)"))
        self.emoji_button.clicked.connect(self.open_emoji_picker)
        QShortcut(QKeySequence("Ctrl+E"), self, self.open_emoji_picker)
        tools.addWidget(self.emoji_button)
        tools.addWidget(self.poll_toggle)
        # Tab in reading order (the poll box was made first).
        QWidget.setTabOrder(self.add_picture_button, self.emoji_button)
        QWidget.setTabOrder(self.emoji_button, self.poll_toggle)
        tools.addStretch(1)
        layout.addLayout(tools)
        layout.addWidget(self.poll)

        form = QFormLayout()
        self.visibility = QComboBox(self)
        self.visibility.setAccessibleName(self.tr("Who can see this"))
        for value, text in zip(VISIBILITIES, self.visibility_words(), strict=True):
            self.visibility.addItem(text, value)
        self.visibility.currentIndexChanged.connect(self._visibility_changed)
        self.visibility_help = PlainLabel(self)
        self.visibility_help.setWordWrap(True)
        self.visibility_help.setAccessibleName(self.tr("What this choice means"))
        form.addRow(self.tr("Who can see this"), self.visibility)
        form.addRow("", self.visibility_help)
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Language of the post"))
        for code, name in _language_choices():
            self.language.addItem(name, code)
        self.set_language(system_language())
        self.language.currentIndexChanged.connect(self._changed)
        form.addRow(self.tr("Language"), self.language)
        layout.addLayout(form)

        self.message = PlainLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        self.message.hide()
        layout.addWidget(self.message)

        bottom = QHBoxLayout()
        self.waiting_label = PlainLabel(self)
        self.waiting_label.setAccessibleName(self.tr("Posts waiting to be sent"))
        self.show_waiting_button = SteadyButton((self.tr("Show them"), self.tr("Hide them")), self)
        self.show_waiting_button.setAccessibleName(self.tr("Show the posts waiting to be sent"))
        self.show_waiting_button.setCheckable(True)
        self.show_waiting_button.toggled.connect(self._toggle_waiting)
        self.send_button = SteadyButton((self.tr("Send"), self.tr("Save changes")), self)
        self.send_button.setAccessibleName(self.tr("Send the post"))
        self.send_button.setToolTip(self.tr("Send (Ctrl+Enter)"))
        self.send_button.setDefault(True)
        self.send_button.clicked.connect(lambda: self._spawn(self.send()))
        bottom.addWidget(self.waiting_label)
        bottom.addWidget(self.show_waiting_button)
        bottom.addStretch(1)
        bottom.addWidget(self.send_button)
        layout.addLayout(bottom)

        self.waiting_list = WaitingList(self.outbox, self.account_id, self)
        self.waiting_list.edit_requested.connect(self.edit_waiting)
        self.waiting_list.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.waiting_list.hide()
        layout.addWidget(self.waiting_list)

        self._keys = _ComposeKeys(self._send_shortcut, self.close, self)
        for widget in (self.text_edit, self.cw_edit, self):
            widget.installEventFilter(self._keys)
        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(sequence), self, self._send_shortcut)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self.visibility_help.setText(self._visibility_help(str(self.visibility.currentData())))

    # ------------------------------------------------------------------ emoji

    def open_emoji_picker(self) -> EmojiPicker:
        """The emoji picker, over this window; the chosen emoji goes in at the cursor."""
        if self.emoji_picker is not None:
            with contextlib.suppress(RuntimeError):
                self.emoji_picker.close()
        picker = EmojiPicker(self.emoji_images, self.town_emoji, self.town_name, self)
        picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        picker.chosen.connect(self.insert_emoji)
        self.emoji_picker = picker
        picker.show()
        return picker

    def insert_emoji(self, text: str) -> None:
        """Put ``text`` at the cursor; a town's ``:shortcode:`` gets spaces around it when
        it would touch a word (else the town would not show its picture)."""
        cursor = self.text_edit.textCursor()
        if text.startswith(":") and text.endswith(":") and len(text) > 2:
            before = self.text_edit.toPlainText()[: cursor.position()]
            if before and not before[-1].isspace():
                text = " " + text
            text += " "
        cursor.insertText(text)
        self.text_edit.setTextCursor(cursor)
        self.text_edit.setFocus()
        self.activateWindow()

    def visibility_words(self) -> list[str]:
        return [
            self.tr("Everyone"),
            self.tr("Everyone, but quietly"),
            self.tr("Only my followers"),
            self.tr("Only people I mention"),
        ]

    def _visibility_help(self, value: str) -> str:
        where = self.town_name or self.tr("your town")
        return {
            "public": _fill(
                self.tr(
                    "Anyone can see it, and it shows up in the lists of new posts in %1 and "
                    "other towns."
                ),
                where,
            ),
            "unlisted": self.tr(
                "Anyone can see it on your profile and your followers get it, but it stays "
                "out of the lists of new posts."
            ),
            "private": self.tr("Only the people who follow you can see it."),
            "direct": self.tr("Only the people you mention with @name can see it."),
        }[value]

    # ------------------------------------------------------------------ state

    def set_language(self, code: str) -> None:
        index = self.language.findData(code)
        if index < 0:
            index = self.language.findData("en")
        self.language.setCurrentIndex(max(0, index))

    def set_visibility(self, value: str) -> None:
        index = self.visibility.findData(value)
        self.visibility.setCurrentIndex(max(0, index))

    def set_reply(self, post_id: str, handle: str, context: str = "") -> None:
        """Answer a post: the mention goes first in the text, the reply link is kept, and the
        post being answered (``context``, plain text) shows above the box."""
        self.in_reply_to_id = post_id
        self.reply_to_handle = handle
        mention = "@" + handle.lstrip("@")
        self.reply_label.setText(fill(self.tr("Replying to %1"), mention))
        self.reply_label.show()
        self._show_context(context)
        if mention.casefold() not in self.text_edit.toPlainText().casefold():
            self.text_edit.setPlainText(f"{mention} {self.text_edit.toPlainText()}".rstrip() + " ")
        cursor = self.text_edit.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        self.text_edit.setTextCursor(cursor)

    def _show_context(self, context: str) -> None:
        text = context.strip()
        if len(text) > REPLY_CONTEXT_CHARS:
            text = text[:REPLY_CONTEXT_CHARS].rstrip() + "…"
        self.reply_context.setText(text)
        self.reply_context.setAccessibleDescription(text)
        self.reply_context.setVisible(bool(text))

    def state(self) -> ComposeState:
        return ComposeState(
            text=self.text_edit.toPlainText(),
            spoiler_text=self.cw_edit.text(),
            cw_enabled=self.cw_toggle.isChecked(),
            visibility=str(self.visibility.currentData()),
            language=str(self.language.currentData() or ""),
            in_reply_to_id=self.in_reply_to_id,
            reply_to_handle=self.reply_to_handle,
            reply_context=self.reply_context.text() if self.in_reply_to_id else "",
            pictures=[{"path": p.path, "description": p.description_text()} for p in self.pictures],
            poll_enabled=self.poll_toggle.isChecked(),
            poll_options=self.poll.option_texts(),
            poll_expires_in=int(self.poll.duration.currentData()),
            poll_multiple=self.poll.multiple.isChecked(),
            editing_item=self.editing_item,
        )

    def restore(self, state: ComposeState) -> None:
        """Fill the form from a saved draft (pictures come back as their thumbnails load)."""
        self._restoring = True
        try:
            self.clear_form()
            self.text_edit.setPlainText(state.text)
            self.cw_toggle.setChecked(state.cw_enabled)
            self.cw_edit.setText(state.spoiler_text)
            self.set_visibility(state.visibility)
            if state.language:
                self.set_language(state.language)
            self.poll_toggle.setChecked(state.poll_enabled)
            self.poll.set_options(list(state.poll_options))
            index = self.poll.duration.findData(state.poll_expires_in)
            if index >= 0:
                self.poll.duration.setCurrentIndex(index)
            self.poll.multiple.setChecked(state.poll_multiple)
            self.editing_item = state.editing_item
            self.in_reply_to_id = state.in_reply_to_id
            self.reply_to_handle = state.reply_to_handle
            if state.in_reply_to_id and state.reply_to_handle:
                self.reply_label.setText(
                    fill(self.tr("Replying to %1"), "@" + state.reply_to_handle.lstrip("@"))
                )
                self.reply_label.show()
                self._show_context(state.reply_context)
        finally:
            self._restoring = False
        self._update_send_text()
        if state.pictures:
            self._spawn(self._restore_pictures(state.pictures))
        self._update_count()

    async def _restore_pictures(self, pictures: list[dict[str, str]]) -> None:
        for picture in pictures:
            await self.add_picture(picture.get("path", ""), picture.get("description", ""))

    def clear_form(self) -> None:
        self.text_edit.clear()
        self.cw_edit.clear()
        self.cw_toggle.setChecked(False)
        for row in list(self.pictures):
            self._remove_row(row)
        self.poll_toggle.setChecked(False)
        self.poll.set_options([])
        self.poll.multiple.setChecked(False)
        self.in_reply_to_id = None
        self.reply_to_handle = ""
        self.reply_label.hide()
        self._show_context("")
        self.editing_item = None
        self.reminder.hide()
        self._update_send_text()

    def build_draft(self) -> Draft:
        poll = None
        if self.poll_toggle.isChecked():
            poll = DraftPoll(
                options=tuple(t for t in self.poll.option_texts() if t),
                expires_in=int(self.poll.duration.currentData()),
                multiple=self.poll.multiple.isChecked(),
            )
        spoiler = self.cw_edit.text().strip() if self.cw_toggle.isChecked() else ""
        return Draft(
            text=self.text_edit.toPlainText().strip(),
            spoiler_text=spoiler,
            visibility=str(self.visibility.currentData()),
            language=str(self.language.currentData() or "") or None,
            sensitive=bool(spoiler),
            in_reply_to_id=self.in_reply_to_id,
            poll=poll,
            media=tuple(
                DraftMedia(p.path, description=p.description_text()) for p in self.pictures
            ),
        )

    # ------------------------------------------------------------------ reacting

    def _changed(self) -> None:
        self._update_count()
        if not self._restoring and self.draft_file is not None:
            self._save_timer.start()

    def save_draft_now(self) -> None:
        self._save_timer.stop()
        if self.draft_file is None:
            return
        try:
            self.draft_file.save(self.state())
        except OSError:
            log.warning("The draft could not be saved")

    def characters_left(self) -> int:
        spoiler = self.cw_edit.text() if self.cw_toggle.isChecked() else ""
        used = count_characters(
            self.text_edit.toPlainText(), spoiler, self.limits.characters_reserved_per_url
        )
        return self.limits.max_characters - used

    def _update_count(self) -> None:
        left = self.characters_left()
        if left >= 0:
            self.counter.setText(
                self.tr("1 character left")
                if left == 1
                else _fill(self.tr("%1 characters left"), left)
            )
            self.counter.setStyleSheet("")
        else:
            over = -left
            self.counter.setText(
                self.tr("1 character too many")
                if over == 1
                else _fill(self.tr("%1 characters too many"), over)
            )
            self.counter.setStyleSheet(f"color: {readable('#b00020')}; font-weight: bold;")
        self.counter.setAccessibleDescription(self.counter.text())
        self.send_button.setEnabled(self.can_send())

    def can_send(self) -> bool:
        if self._busy or self.characters_left() < 0:
            return False
        if self.poll_toggle.isChecked() and not self.poll.is_complete():
            return False
        return bool(self.text_edit.toPlainText().strip() or self.pictures)

    def _cw_toggled(self, on: bool) -> None:
        self.cw_edit.setVisible(on)
        if on and not self._restoring:
            self.cw_edit.setFocus()
        self._changed()

    def _poll_toggled(self, on: bool) -> None:
        self.poll.setVisible(on)
        self._update_tools()
        self._changed()

    def _visibility_changed(self) -> None:
        self.visibility_help.setText(self._visibility_help(str(self.visibility.currentData())))
        self._changed()

    def _update_tools(self) -> None:
        full = len(self.pictures) >= self.limits.max_media_attachments
        poll = self.poll_toggle.isChecked()
        self.add_picture_button.setEnabled(not full and not poll)
        self.poll_toggle.setEnabled(not self.pictures)
        self.poll_toggle.setToolTip(
            self.tr("A post can have pictures or a poll, but not both.") if self.pictures else ""
        )
        if poll:
            self.add_picture_button.setToolTip(
                self.tr("A post can have pictures or a poll, but not both.")
            )
        elif full:
            self.add_picture_button.setToolTip(
                plain_tooltip(
                    _fill(
                        self.tr("Your town allows %1 pictures in one post."),
                        self.limits.max_media_attachments,
                    )
                )
            )
        else:
            self.add_picture_button.setToolTip("")

    def _update_send_text(self) -> None:
        editing = self.editing_item is not None
        self.send_button.setText(self.tr("Save changes") if editing else self.tr("Send"))

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setAccessibleDescription(text)
        self.message.setVisible(bool(text))

    # ------------------------------------------------------------------ pictures

    def _choose_pictures(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Choose pictures"),
            str(Path.home()),
            self.tr("Pictures (*.jpg *.jpeg *.png *.gif *.webp *.bmp)"),
        )
        if paths:
            self._spawn(self._add_many(paths))

    async def _add_many(self, paths: list[str]) -> None:
        for path in paths:
            if not await self.add_picture(path):
                break

    async def add_picture(self, path: str, description: str = "") -> bool:
        """Add a picture (its thumbnail is made in a worker thread). A picture that cannot be
        used is refused with a plain message; returns whether it was added."""
        if len(self.pictures) >= self.limits.max_media_attachments:
            self.show_message(
                _fill(
                    self.tr("Your town allows %1 pictures in one post."),
                    self.limits.max_media_attachments,
                )
            )
            return False
        if self.poll_toggle.isChecked():
            self.show_message(self.tr("A post can have pictures or a poll, but not both."))
            return False
        try:
            thumbnail = await asyncio.to_thread(make_thumbnail, path, THUMBNAIL_SIDE)
        except PictureRefused as refused:
            self.show_message(refused.user_message)
            return False
        row = PictureRow(
            path,
            thumbnail,
            description=description,
            description_limit=self.limits.description_limit,
            number=len(self.pictures) + 1,
            parent=self,
        )
        row.description.installEventFilter(self._keys)
        row.remove_requested.connect(self._remove_row)
        row.changed.connect(self._changed)
        self.pictures.append(row)
        self.pictures_box.addWidget(row)
        self.show_message("")
        self._update_tools()
        self._changed()
        return True

    def _remove_row(self, row: PictureRow) -> None:
        if row in self.pictures:
            self.pictures.remove(row)
        self.pictures_box.removeWidget(row)
        row.hide()
        row.deleteLater()
        self._update_tools()
        self._changed()

    # ------------------------------------------------------------------ sending

    def _spawn(self, coroutine: Coroutine[object, object, object]) -> None:
        task: asyncio.Task[object] = asyncio.ensure_future(coroutine)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _send_shortcut(self) -> None:
        if self.send_button.isEnabled():
            self._spawn(self.send())

    async def send(self, *, skip_reminder: bool = False) -> bool:
        """Save the post in the outbox (which sends it). Returns whether it was saved."""
        if not self.can_send():
            return False
        undescribed = [p for p in self.pictures if not p.description_text()]
        if self.remind_picture_descriptions and undescribed and not skip_reminder:
            self.reminder.show()
            undescribed[0].description.setFocus()
            return False
        self.reminder.hide()
        draft = self.build_draft()
        self._busy = True
        self.send_button.setEnabled(False)
        self.show_message(self.tr("Saving your post…"))
        try:
            if self.editing_item is not None:
                item = await self.outbox.edit(self.editing_item, draft)
            else:
                item = await self.outbox.submit(self.account_id, draft)
        except PictureRefused as refused:
            self.show_message(refused.user_message)
            return False
        except OutboxProblem as problem:
            self.show_message(problem.user_message)
            return False
        except StorageError as problem:  # a full disk: what was typed stays in the window
            self.show_message(problem.user_message)
            return False
        finally:
            self._busy = False
            self._update_count()
        self.clear_form()
        if self.draft_file is not None:
            self._save_timer.stop()
            self.draft_file.clear()
        self.just_sent = item.local_id
        if self.outbox.get(item.local_id) is None:  # already at the town
            self.show_message(self.tr("Your post was sent."))
        else:
            self.show_message(
                self.tr(
                    "Your post is saved and on its way. It will be sent even if you close this."
                )
            )
        self._update_waiting()
        self.submitted.emit(item.local_id)
        if self.close_after_send:
            self.close()
        return True

    def edit_waiting(self, item_id: int) -> None:
        """Load a waiting post into the form; "Save changes" puts it back."""
        item = self.outbox.get(item_id)
        if item is None:
            return
        if self.outbox.is_being_sent(item_id):
            self.show_message(
                self.tr("This post is being sent right now. Please wait a moment, then try again.")
            )
            return
        draft = item.draft
        state = ComposeState(
            text=draft.text,
            spoiler_text=draft.spoiler_text,
            cw_enabled=bool(draft.spoiler_text),
            visibility=draft.visibility,
            language=draft.language or "",
            in_reply_to_id=draft.in_reply_to_id,
            pictures=[{"path": m.path, "description": m.description} for m in draft.media],
            poll_enabled=draft.poll is not None,
            poll_options=list(draft.poll.options) if draft.poll else [],
            poll_expires_in=draft.poll.expires_in if draft.poll else 86400,
            poll_multiple=draft.poll.multiple if draft.poll else False,
            editing_item=item_id,
        )
        self.restore(state)
        self.show_message(self.tr("You are changing a post that has not been sent yet."))

    # ------------------------------------------------------------------ waiting posts

    def _outbox_changed(self, change: OutboxChange) -> None:
        with contextlib.suppress(RuntimeError):  # the window is being destroyed
            self._update_waiting()
            if change.kind == "sent" and change.item_id == self.editing_item:
                self.editing_item = None
            if change.kind == "sent" and change.item_id == self.just_sent:
                # Never "on its way" next to "nothing is waiting": say it arrived.
                self.just_sent = None
                self.show_message(self.tr("Your post was sent."))

    def _update_waiting(self) -> None:
        count = self.outbox.waiting_count(self.account_id)
        if count == 0:
            text = ""  # nothing to say (and never next to "your post is on its way")
        elif count == 1:
            text = self.tr("1 post waiting to be sent")
        else:
            text = _fill(self.tr("%1 posts waiting to be sent"), count)
        self.waiting_label.setText(text)
        self.waiting_label.setAccessibleDescription(text)
        self.waiting_label.setVisible(bool(text))
        self.show_waiting_button.setVisible(count > 0 or self.show_waiting_button.isChecked())
        if self.waiting_list.isVisible() or self.show_waiting_button.isChecked():
            self.waiting_list.refresh()

    def preferred_size(self) -> QSize:
        """The size the window would like, growing with the text (made to fit the screen by
        ``style.place_on_screen``)."""
        size = em(self)
        return QSize(44 * size, 38 * size)

    def _toggle_waiting(self, on: bool) -> None:
        self.waiting_list.setVisible(on)
        self.show_waiting_button.setText(self.tr("Hide them") if on else self.tr("Show them"))
        if on:
            self.waiting_list.refresh()

    # ------------------------------------------------------------------ closing

    def _ask_on_close(self) -> CloseChoice:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Close without sending?"))
        box.setText(self.tr("You have not sent this post. Keep it for later?"))
        keep = box.addButton(self.tr("Keep it for later"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("Throw it away"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Keep writing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        clicked = box.clickedButton()
        if clicked is keep:
            return "keep"
        if clicked is discard:
            return "discard"
        return "cancel"

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.isVisible() and not self.state().is_empty() and self.editing_item is None:
            choice = self.ask_on_close()
            if choice == "cancel":
                event.ignore()
                return
            if choice == "discard":
                self.clear_form()
                if self.draft_file is not None:
                    self._save_timer.stop()
                    self.draft_file.clear()
            else:
                self.save_draft_now()
        self._remove_listener()
        event.accept()
