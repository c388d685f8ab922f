"""The settings window: text size, colours, sensitive pictures, notifications, checking for
new posts, what happens when a town comes back after being down, and, for each backup
account, whether it follows the same people as the main account (with how far that has got).

Changes apply at once (so the person sees the effect) and are saved when the window closes
with "Done"; "Cancel" puts everything back as it was.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSlider,
    QVBoxLayout,
    QWidget,
)

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


@dataclass(frozen=True, slots=True)
class BackupChoice:
    """A backup account as the settings window shows it."""

    account_id: int
    handle: str
    follow_same: bool
    progress: str = ""  # e.g. "Following 312 of 540 people on your backup account"


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
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setObjectName("settingsDialog")
        self._original = replace(settings, extra=dict(settings.extra))
        self.settings = replace(settings, extra=dict(settings.extra))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(16)
        heading = ScaledLabel(self.tr("Settings"), 1.4, self, bold=True)
        heading.setAccessibleName(heading.text())
        layout.addWidget(heading)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setVerticalSpacing(14)
        layout.addLayout(form)

        # Text size ----------------------------------------------------------------------
        size_row = QWidget(self)
        size_layout = QHBoxLayout(size_row)
        size_layout.setContentsMargins(0, 0, 0, 0)
        small = PlainLabel("A", size_row)
        # A steady slider (issue 11, break 7): the new size is applied when the handle is let
        # go, not while it is dragged (the whole window grew under the pointer and the
        # handle jumped away from it); it moves in steps of 10 %, and a click beside the
        # handle moves it one step.
        self.text_size = QSlider(Qt.Orientation.Horizontal, size_row)
        self.text_size.setRange(TEXT_SCALE_MIN, TEXT_SCALE_MAX)
        self.text_size.setSingleStep(TEXT_SCALE_STEP)
        self.text_size.setPageStep(TEXT_SCALE_STEP)
        self.text_size.setTickInterval(TEXT_SCALE_STEP)
        self.text_size.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.text_size.setTracking(False)
        self.text_size.setMinimumWidth(16 * em(self))
        self.text_size.setValue(snap_text_scale(settings.text_scale))
        self.text_size.setAccessibleName(self.tr("Text size"))
        big = ScaledLabel("A", 1.8, size_row, bold=True)
        self.text_size_value = PlainLabel(size_row)
        self.text_size_value.setMinimumWidth(60)
        for widget in (small, self.text_size, big, self.text_size_value):
            size_layout.addWidget(widget)
        self._text_size_label = PlainLabel(self.tr("&Text size"), self)
        self._text_size_label.setBuddy(self.text_size)
        form.addRow(self._text_size_label, size_row)

        # Colours -----------------------------------------------------------------------------
        self.colors = QComboBox(self)
        self.colors.addItem(self.tr("Like the rest of my computer"), "system")
        self.colors.addItem(self.tr("Light"), "light")
        self.colors.addItem(self.tr("Dark"), "dark")
        self.colors.setCurrentIndex(max(0, self.colors.findData(settings.color_scheme)))
        self.colors.setAccessibleName(self.tr("Colours"))
        colors_label = PlainLabel(self.tr("&Colours"), self)
        colors_label.setBuddy(self.colors)
        form.addRow(colors_label, self.colors)

        # Language (used from the next start: ui/language.py) ----------------------------------
        self.language = QComboBox(self)
        fill_language_choices(self.language, settings.language)
        self.language.setAccessibleName(self.tr("Language"))
        language_label = PlainLabel(self.tr("Lan&guage"), self)
        language_label.setBuddy(self.language)
        self.language_note = PlainLabel(language_note(), self)
        self.language_note.setWordWrap(True)
        self.language_note.setStyleSheet("color: palette(placeholder-text);")
        self.language.setAccessibleDescription(self.language_note.text())
        form.addRow(language_label, self.language)
        form.addRow("", self.language_note)

        # Sensitive pictures ----------------------------------------------------------------
        self.sensitive = QCheckBox(
            self.tr("Show pictures marked as sensitive without asking first"), self
        )
        self.sensitive.setChecked(settings.show_sensitive_media)
        self.sensitive.setAccessibleName(self.sensitive.text())
        form.addRow(self.sensitive)

        # Picture descriptions ----------------------------------------------------------------
        self.describe = QCheckBox(
            self.tr("Remind me to describe each picture for people who cannot see it"), self
        )
        self.describe.setChecked(settings.remind_picture_descriptions)
        self.describe.setAccessibleName(self.describe.text())
        form.addRow(self.describe)

        # Notifications --------------------------------------------------------------------
        self.notifications = QCheckBox(
            self.tr("Tell me about new notifications when Townsfolk is in the background"),
            self,
        )
        self.notifications.setChecked(settings.desktop_notifications)
        self.notifications.setAccessibleName(self.notifications.text())
        form.addRow(self.notifications)

        # Checking for new posts --------------------------------------------------------------
        self.refresh = QComboBox(self)
        for seconds in _REFRESH_CHOICES:
            self.refresh.addItem(self._refresh_text(seconds), seconds)
        index = self.refresh.findData(settings.refresh_interval)
        if index < 0:
            self.refresh.addItem(
                self._refresh_text(settings.refresh_interval), settings.refresh_interval
            )
            index = self.refresh.count() - 1
        self.refresh.setCurrentIndex(index)
        self.refresh.setAccessibleName(self.tr("How often to look for new posts"))
        refresh_label = PlainLabel(self.tr("&Look for new posts"), self)
        refresh_label.setBuddy(self.refresh)
        form.addRow(refresh_label, self.refresh)

        # Switching back after an outage --------------------------------------------------------
        self.switch_back = QComboBox(self)
        self.switch_back.addItem(self.tr("Switch back by itself"), "automatic")
        self.switch_back.addItem(self.tr("Ask me first"), "ask")
        self.switch_back.setCurrentIndex(max(0, self.switch_back.findData(settings.switch_back)))
        self.switch_back.setAccessibleName(self.tr("When my town is back after being down"))
        switch_label = PlainLabel(self.tr("When my town is &back after being down"), self)
        switch_label.setWordWrap(True)
        switch_label.setBuddy(self.switch_back)
        form.addRow(switch_label, self.switch_back)

        # Backup accounts following the same people -------------------------------------------
        self.follow_same: dict[int, QCheckBox] = {}
        self.follow_progress: dict[int, QLabel] = {}
        self._follow_original: dict[int, bool] = {}
        for choice in backups or []:
            box = QCheckBox(
                self.tr("Follow the same people on my backup account @%1").replace(
                    "%1", choice.handle
                ),
                self,
            )
            box.setChecked(choice.follow_same)
            box.setAccessibleDescription(
                self.tr(
                    "Your backup account follows everyone your main account follows, so it "
                    "is ready to read with if your town is down."
                )
            )
            self.follow_same[choice.account_id] = box
            self._follow_original[choice.account_id] = choice.follow_same
            form.addRow(box)
            if choice.progress:
                note = PlainLabel(choice.progress, self)
                note.setWordWrap(True)
                note.setStyleSheet("color: palette(placeholder-text);")
                note.setContentsMargins(28, 0, 0, 0)
                self.follow_progress[choice.account_id] = note
                form.addRow(note)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Done"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self._update_text_size_value()
        self.text_size.sliderMoved.connect(self._update_text_size_value)
        self.text_size.valueChanged.connect(self._text_size_changed)
        self.colors.currentIndexChanged.connect(self._changed)
        self.language.currentIndexChanged.connect(self._changed)
        for box in (self.sensitive, self.describe, self.notifications):
            box.toggled.connect(self._changed)
        self.refresh.currentIndexChanged.connect(self._changed)
        self.switch_back.currentIndexChanged.connect(self._changed)
        self.resize(40 * em(self), 32 * em(self))

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
