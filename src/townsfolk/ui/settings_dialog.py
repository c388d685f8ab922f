"""The settings window, in four parts that scroll when the screen is small or the text large:

- Reading: how often to look for new posts, notifications, sensitive pictures, picture
  descriptions;
- Looks: text size, colours, language;
- Your account: what happens when a town comes back after being down, and, for each backup
  account, whether it follows the same people as the main account (with how far that has
  got); ``ui/safety.py`` adds hidden words, muted people, log out (:meth:`add_account_part`);
- Keeping things tidy: space for saved pictures, posts kept in each list, "Free up space now".

Changes apply at once (so the person sees the effect) and are saved when the window closes
with "Done"; "Cancel" puts everything back as it was.

Every label wraps and every choice is as wide as the window allows, so nothing is cut off at
1366×768 or 800×600, with the text at 100 % or 200 % (issue 11).
"""

from __future__ import annotations

import asyncio
import contextlib
from dataclasses import dataclass, replace

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from townsfolk.services.housekeeping import Housekeeping, HousekeepingReport
from townsfolk.services.settings import Settings
from townsfolk.ui.language import fill_language_choices, language_note
from townsfolk.ui.safe_text import PlainLabel
from townsfolk.ui.style import (
    TEXT_SCALE_MAX,
    TEXT_SCALE_MIN,
    TEXT_SCALE_STEP,
    ScaledLabel,
    em,
    snap_text_scale,
)

_REFRESH_CHOICES = (60, 120, 300, 900, 1800)
#: Space for saved pictures, in MB (the default, 500, is marked as the usual choice).
_PICTURE_CHOICES = (100, 250, 500, 1000, 2000, 5000)
#: Posts kept in each list (the default, 2000, is marked as the usual choice).
_POSTS_CHOICES = (500, 1000, 2000, 5000, 10000)
_DEFAULTS = Settings()


@dataclass(frozen=True, slots=True)
class BackupChoice:
    """A backup account as the settings window shows it."""

    account_id: int
    handle: str
    follow_same: bool
    progress: str = ""  # e.g. "Following 312 of 540 people on your backup account"


class _ToggleLabel(PlainLabel):
    """The wrapping words of a check box: clicking them ticks the box, as its own text would."""

    def __init__(self, text: str, box: QCheckBox, parent: QWidget) -> None:
        super().__init__(text, parent)
        self._box = box
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
        self.setBuddy(box)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self._box.click()
        super().mouseReleaseEvent(event)


class _Part(QVBoxLayout):
    """The rows of one part of the window, each label above its choice (so a long label or
    a large text size never squeezes a choice, and a wrapping label gets the height its words
    need, which a QFormLayout did not always give it)."""

    def addRow(self, first: QWidget, field: QWidget | None = None) -> None:
        self.addWidget(first)
        if field is not None:
            self.addWidget(field)
            self.addSpacing(6)


def _note(text: str, parent: QWidget) -> QLabel:
    note = PlainLabel(text, parent)
    note.setWordWrap(True)
    note.setStyleSheet("color: palette(placeholder-text);")
    return note


class SettingsDialog(QDialog):
    """Edit a copy of the settings; ``settings_changed`` carries each change live."""

    settings_changed = Signal(object)  # Settings
    #: (backup account id, follow the same people) for each choice changed, on "Done".
    follow_sync_changed = Signal(int, bool)

    def __init__(
        self,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        backups: list[BackupChoice] | None = None,
        housekeeping: Housekeeping | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setObjectName("settingsDialog")
        self._original = replace(settings, extra=dict(settings.extra))
        self.settings = replace(settings, extra=dict(settings.extra))
        self.housekeeping = housekeeping
        self._freeing: asyncio.Task[str] | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        layout.setSpacing(10)
        heading = ScaledLabel(self.tr("Settings"), 1.4, self, bold=True)
        heading.setAccessibleName(heading.text())
        heading.setWordWrap(True)
        layout.addWidget(heading)

        # Everything below the heading scrolls when it does not fit (never cut off).
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("settingsScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.page = QWidget(self.scroll_area)
        self.page.setObjectName("settingsPage")
        self._page_layout = QVBoxLayout(self.page)
        self._page_layout.setContentsMargins(0, 0, 8, 0)
        self._page_layout.setSpacing(8)
        self.scroll_area.setWidget(self.page)
        layout.addWidget(self.scroll_area, 1)

        self._build_reading(settings)
        self._build_looks(settings)
        self._build_account(settings, backups or [])
        self._build_tidy(settings)
        self._page_layout.addStretch(1)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Done"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self._update_text_size_value()
        self.text_size.sliderMoved.connect(self._update_text_size_value)
        self.text_size.valueChanged.connect(self._text_size_changed)
        for combo in (
            self.colors,
            self.language,
            self.refresh,
            self.switch_back,
            self.picture_space,
            self.posts_kept,
        ):
            combo.currentIndexChanged.connect(self._changed)
        for box in (self.sensitive, self.describe, self.notifications):
            box.toggled.connect(self._changed)
        self.resize(44 * em(self), 50 * em(self))  # (fitted to the screen when opened)

    # Building the parts ---------------------------------------------------------------------

    def _section(self, title: str, name: str) -> _Part:
        """A part of the window: a heading and a form whose labels sit above their choices
        (so a long label or a large text size never squeezes a choice)."""
        part = QWidget(self.page)
        part.setObjectName(name)
        column = QVBoxLayout(part)
        column.setContentsMargins(0, 10, 0, 4)
        column.setSpacing(8)
        heading = ScaledLabel(title, 1.15, part, bold=True)
        heading.setWordWrap(True)
        heading.setAccessibleName(title)
        column.addWidget(heading)
        form = _Part()
        form.setSpacing(4)
        form.setContentsMargins(0, 0, 0, 0)
        column.addLayout(form)
        self._page_layout.addWidget(part)
        return form

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = PlainLabel(text, self.page)
        label.setWordWrap(True)
        label.setBuddy(buddy)
        return label

    def _combo(self, accessible: str) -> QComboBox:
        combo = QComboBox(self.page)
        combo.setAccessibleName(accessible)
        # As wide as the window allows, never wider: a long choice is elided, not cut.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        return combo

    def _check(self, form: _Part, text: str, checked: bool) -> QCheckBox:
        """A check box whose words wrap (a QCheckBox's own text never does)."""
        row = QWidget(self.page)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.setSpacing(8)
        box = QCheckBox(row)
        box.setChecked(checked)
        box.setAccessibleName(text)
        words = _ToggleLabel(text, box, row)
        # the box level with the first line of the words
        lift = max(0, (words.fontMetrics().height() - box.sizeHint().height()) // 2)
        box_column = QVBoxLayout()
        box_column.setContentsMargins(0, lift, 0, 0)
        box_column.addWidget(box)
        box_column.addStretch(1)
        line.addLayout(box_column)
        line.addWidget(words, 1)
        form.addRow(row)
        return box

    def _build_reading(self, settings: Settings) -> None:
        form = self._section(self.tr("Reading"), "readingSettings")
        self.refresh = self._combo(self.tr("How often to look for new posts"))
        for seconds in _REFRESH_CHOICES:
            self.refresh.addItem(self._refresh_text(seconds), seconds)
        index = self.refresh.findData(settings.refresh_interval)
        if index < 0:
            self.refresh.addItem(
                self._refresh_text(settings.refresh_interval), settings.refresh_interval
            )
            index = self.refresh.count() - 1
        self.refresh.setCurrentIndex(index)
        form.addRow(self._label(self.tr("&Look for new posts"), self.refresh), self.refresh)
        self.notifications = self._check(
            form,
            self.tr("Tell me about new notifications when Townsfolk is in the background"),
            settings.desktop_notifications,
        )
        self.sensitive = self._check(
            form,
            self.tr("Show pictures marked as sensitive without asking first"),
            settings.show_sensitive_media,
        )
        self.describe = self._check(
            form,
            self.tr("Remind me to describe each picture for people who cannot see it"),
            settings.remind_picture_descriptions,
        )

    def _build_looks(self, settings: Settings) -> None:
        form = self._section(self.tr("Looks"), "looksSettings")
        # Text size: a steady slider (issue 11, break 7): the new size is applied when the
        # handle is let go, not while it is dragged (the whole window grew under the pointer
        # and the handle jumped away from it); it moves in steps of 10 %, and a click beside
        # the handle moves it one step.
        size_row = QWidget(self.page)
        size_layout = QHBoxLayout(size_row)
        size_layout.setContentsMargins(0, 0, 0, 0)
        small = PlainLabel("A", size_row)
        self.text_size = QSlider(Qt.Orientation.Horizontal, size_row)
        self.text_size.setRange(TEXT_SCALE_MIN, TEXT_SCALE_MAX)
        self.text_size.setSingleStep(TEXT_SCALE_STEP)
        self.text_size.setPageStep(TEXT_SCALE_STEP)
        self.text_size.setTickInterval(TEXT_SCALE_STEP)
        self.text_size.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.text_size.setTracking(False)
        self.text_size.setMinimumWidth(10 * em(self))
        self.text_size.setValue(snap_text_scale(settings.text_scale))
        self.text_size.setAccessibleName(self.tr("Text size"))
        big = ScaledLabel("A", 1.8, size_row, bold=True)
        self.text_size_value = PlainLabel(size_row)
        for widget in (small, self.text_size, big, self.text_size_value):
            size_layout.addWidget(widget)
        size_layout.setStretch(1, 1)
        self._text_size_label = self._label(self.tr("&Text size"), self.text_size)
        form.addRow(self._text_size_label, size_row)

        self.colors = self._combo(self.tr("Colours"))
        self.colors.addItem(self.tr("Like the rest of my computer"), "system")
        self.colors.addItem(self.tr("Light"), "light")
        self.colors.addItem(self.tr("Dark"), "dark")
        self.colors.setCurrentIndex(max(0, self.colors.findData(settings.color_scheme)))
        form.addRow(self._label(self.tr("&Colours"), self.colors), self.colors)

        # Language (used from the next start: ui/language.py)
        self.language = self._combo(self.tr("Language"))
        fill_language_choices(self.language, settings.language)
        self.language_note = _note(language_note(), self.page)
        self.language.setAccessibleDescription(self.language_note.text())
        form.addRow(self._label(self.tr("Lan&guage"), self.language), self.language)
        form.addRow(self.language_note)

    def _build_account(self, settings: Settings, backups: list[BackupChoice]) -> None:
        form = self._section(self.tr("Your account"), "yourAccountSettings")
        self._account_form = form
        self.switch_back = self._combo(self.tr("When my town is back after being down"))
        self.switch_back.addItem(self.tr("Switch back by itself"), "automatic")
        self.switch_back.addItem(self.tr("Ask me first"), "ask")
        self.switch_back.setCurrentIndex(max(0, self.switch_back.findData(settings.switch_back)))
        switch_label = self._label(
            self.tr("When my town is &back after being down"), self.switch_back
        )
        form.addRow(switch_label, self.switch_back)

        # Backup accounts following the same people
        self.follow_same: dict[int, QCheckBox] = {}
        self.follow_progress: dict[int, QLabel] = {}
        self._follow_original: dict[int, bool] = {}
        for choice in backups:
            box = self._check(
                form,
                self.tr("Follow the same people on my backup account @%1").replace(
                    "%1", choice.handle
                ),
                choice.follow_same,
            )
            box.setAccessibleDescription(
                self.tr(
                    "Your backup account follows everyone your main account follows, so it "
                    "is ready to read with if your town is down."
                )
            )
            self.follow_same[choice.account_id] = box
            self._follow_original[choice.account_id] = choice.follow_same
            if choice.progress:
                note = _note(choice.progress, self.page)
                note.setContentsMargins(28, 0, 0, 0)
                self.follow_progress[choice.account_id] = note
                form.addRow(note)

    def add_account_part(self, part: QWidget) -> None:
        """More about the account (``ui/safety.py``: hidden words, log out…), at the end of
        the "Your account" part."""
        part.setParent(self.page)
        self._account_form.addRow(part)

    def _build_tidy(self, settings: Settings) -> None:
        form = self._section(self.tr("Keeping things tidy"), "tidySettings")
        locale = QLocale()
        self.picture_space = self._combo(self.tr("Space for saved pictures"))
        for mb in _PICTURE_CHOICES:
            self.picture_space.addItem(self._picture_text(locale, mb), mb)
        self._choose(
            self.picture_space,
            settings.picture_cache_mb,
            self._picture_text(locale, settings.picture_cache_mb),
        )
        form.addRow(
            self._label(self.tr("&Space for saved pictures"), self.picture_space),
            self.picture_space,
        )
        self.posts_kept = self._combo(self.tr("Posts kept in each list"))
        for count in _POSTS_CHOICES:
            self.posts_kept.addItem(self._posts_text(locale, count), count)
        self._choose(
            self.posts_kept,
            settings.posts_kept_per_list,
            self._posts_text(locale, settings.posts_kept_per_list),
        )
        form.addRow(
            self._label(self.tr("&Posts kept in each list"), self.posts_kept), self.posts_kept
        )
        form.addRow(
            _note(
                self.tr(
                    "Older posts and pictures are let go by themselves; Townsfolk fetches "
                    "them again when you scroll back to them."
                ),
                self.page,
            )
        )
        self.free_space_button = QPushButton(self.tr("&Free up space now"), self.page)
        self.free_space_button.setObjectName("freeSpaceButton")
        self.free_space_button.setAccessibleName(self.tr("Free up space now"))
        self.free_space_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.free_space_button.setEnabled(self.housekeeping is not None)
        self.free_space_button.clicked.connect(self._free_space_clicked)
        self.freed = PlainLabel("", self.page)
        self.freed.setObjectName("freedSpace")
        self.freed.setWordWrap(True)
        self.freed.hide()
        form.addRow(self.free_space_button)
        form.addRow(self.freed)

    @staticmethod
    def _choose(combo: QComboBox, value: int, text: str) -> None:
        index = combo.findData(value)
        if index < 0:  # a value written by hand in the settings file: kept and shown
            combo.addItem(text, value)
            index = combo.count() - 1
        combo.setCurrentIndex(index)

    def _picture_text(self, locale: QLocale, mb: int) -> str:
        size = locale.formattedDataSize(
            mb * 1_000_000,
            0 if mb % 1000 == 0 or mb < 1000 else 1,
            QLocale.DataSizeFormat.DataSizeSIFormat,
        )
        if mb == _DEFAULTS.picture_cache_mb:
            return self.tr("%1 (usual)").replace("%1", size)
        return size

    def _posts_text(self, locale: QLocale, count: int) -> str:
        text = self.tr("%1 posts").replace("%1", locale.toString(count))
        if count == _DEFAULTS.posts_kept_per_list:
            return self.tr("%1 (usual)").replace("%1", text)
        return text

    # Free up space now ---------------------------------------------------------------------

    def _free_space_clicked(self) -> None:
        if self._freeing is None or self._freeing.done():
            self.free_space_button.setEnabled(False)  # (one pass at a time)
            self._freeing = asyncio.ensure_future(self.free_space())

    async def free_space(self) -> str:
        """Let old posts and pictures go now, with the limits chosen here; the sentence shown
        (how much was freed) is returned too."""
        if self.housekeeping is None:
            return ""
        self.free_space_button.setEnabled(False)
        self.freed.setText(self.tr("Freeing up space…"))
        self.freed.show()
        try:
            self.housekeeping.configure(self.settings)
            report = await self.housekeeping.run_now()
        finally:
            with contextlib.suppress(RuntimeError):  # (the window may have closed meanwhile)
                self.free_space_button.setEnabled(True)
        sentence = self._freed_sentence(report)
        with contextlib.suppress(RuntimeError):
            self.freed.setText(sentence)
            self.freed.setAccessibleName(sentence)
        return sentence

    def _freed_sentence(self, report: HousekeepingReport | None) -> str:
        if report is None:
            return self.tr(
                "Townsfolk could not free up space just now: the disk or the saved posts "
                "could not be changed. Try again in a moment, or restart Townsfolk."
            )
        locale = QLocale()
        kept = locale.formattedDataSize(
            report.picture_bytes, 1, QLocale.DataSizeFormat.DataSizeSIFormat
        )
        pictures = report.pictures_removed + report.unreferenced_removed + report.leftovers_removed
        if report.picture_bytes_freed <= 0 and report.posts_removed <= 0 and pictures <= 0:
            return self.tr("There was nothing to let go. Saved pictures now take %1.").replace(
                "%1", kept
            )
        freed = locale.formattedDataSize(
            report.picture_bytes_freed, 1, QLocale.DataSizeFormat.DataSizeSIFormat
        )
        return (
            self.tr(
                "Freed %1: %2 saved pictures and %3 old posts were let go. "
                "Saved pictures now take %4."
            )
            .replace("%1", freed)
            .replace("%2", locale.toString(pictures))
            .replace("%3", locale.toString(report.posts_removed))
            .replace("%4", kept)
        )

    # Changes -----------------------------------------------------------------------------------

    def _refresh_text(self, seconds: int) -> str:
        named = {
            60: self.tr("Every minute"),
            120: self.tr("Every 2 minutes"),
            300: self.tr("Every 5 minutes"),
            900: self.tr("Every 15 minutes"),
            1800: self.tr("Every 30 minutes"),
            3600: self.tr("Every hour"),
        }
        if seconds in named:
            return named[seconds]
        return self.tr("Every %1 seconds").replace("%1", str(seconds))

    def _update_text_size_value(self, *_args: object) -> None:
        value = snap_text_scale(self.text_size.sliderPosition())
        self.text_size_value.setText(self.tr("%1 %").replace("%1", str(value)))

    def _text_size_changed(self, value: int) -> None:
        snapped = snap_text_scale(value)
        if snapped != value:
            self.text_size.setValue(snapped)  # comes back here with the step
            return
        self._changed()

    def _changed(self) -> None:
        self._update_text_size_value()
        s = self.settings
        s.text_scale = int(self.text_size.value())
        s.color_scheme = self.colors.currentData()
        s.language = self.language.currentData() or ""
        s.show_sensitive_media = self.sensitive.isChecked()
        s.remind_picture_descriptions = self.describe.isChecked()
        s.desktop_notifications = self.notifications.isChecked()
        s.refresh_interval = int(self.refresh.currentData())
        s.switch_back = self.switch_back.currentData()
        s.picture_cache_mb = int(self.picture_space.currentData())
        s.posts_kept_per_list = int(self.posts_kept.currentData())
        s.clamp()
        self.settings_changed.emit(replace(s, extra=dict(s.extra)))

    def accept(self) -> None:
        for account_id, box in self.follow_same.items():
            if box.isChecked() != self._follow_original[account_id]:
                self.follow_sync_changed.emit(account_id, box.isChecked())
        super().accept()

    def reject(self) -> None:
        """Put every setting back as it was when the window opened."""
        self.settings = replace(self._original, extra=dict(self._original.extra))
        self.settings_changed.emit(replace(self.settings, extra=dict(self.settings.extra)))
        super().reject()
