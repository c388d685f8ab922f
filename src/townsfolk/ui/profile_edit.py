""" "Edit my profile": picture, banner picture, name, description and extra facts (the town's
profile fields), with a preview and the town's limits shown as you type.

Nothing typed is lost: the draft is kept (``People.keep_draft``) before it is sent and stays
when the town fails; the dialog stays open with the sentence saying why, and the next time it
opens it starts from that draft. Fields are reachable by objectName for tests
(``profileName``, ``profileNote``, ``fieldName0``/``fieldValue0``…, ``saveProfile``,
``profileEditStatus``, ``profilePreview``).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable, Coroutine
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from townsfolk.api.entities import Account as RemoteAccount
from townsfolk.services.people import People, ProfileDraft, ProfileLimits, check_draft
from townsfolk.services.pictures import make_thumbnail
from townsfolk.services.richtext import plain_text
from townsfolk.services.session import SessionProblem
from townsfolk.ui.account_switcher import initial_avatar, round_avatar
from townsfolk.ui.safe_text import PlainLabel, plain_tooltip
from townsfolk.ui.style import ScaledLabel, available_geometry, fit_size
from townsfolk.ui.timeline import ImageStore

__all__ = ["ProfileEditDialog"]

PREVIEW_AVATAR = 64


class ProfileEditDialog(QDialog):
    """``saved(account)`` when the town took the changes."""

    saved = Signal(object)

    def __init__(
        self,
        people: People,
        account_id: int,
        spawn: Callable[[Coroutine[Any, Any, Any]], asyncio.Task[Any]],
        *,
        name: str = "",
        images: ImageStore | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("profileEditDialog")
        self.setWindowTitle(self.tr("Edit my profile"))
        self.people = people
        self.account_id = account_id
        self.spawn = spawn
        self.limits: ProfileLimits = people.limits(account_id)
        self.before: RemoteAccount | None = None
        self.avatar_path = ""
        self.header_path = ""
        self.saving: asyncio.Task[Any] | None = None
        self.loading: asyncio.Task[Any] | None = None
        self.images = images
        if images is not None:
            images.image_ready.connect(self._image_ready)

        outer = QHBoxLayout(self)
        form_box = QWidget(self)
        form = QVBoxLayout(form_box)
        form.setContentsMargins(0, 0, 0, 0)
        form.setSpacing(10)

        pictures = QHBoxLayout()
        self.avatar_button = QPushButton(self.tr("Choose a profile picture…"), self)
        self.avatar_button.setObjectName("chooseAvatar")
        self.avatar_button.clicked.connect(lambda: self._choose(avatar=True))
        self.header_button = QPushButton(self.tr("Choose a banner picture…"), self)
        self.header_button.setObjectName("chooseHeader")
        self.header_button.clicked.connect(lambda: self._choose(avatar=False))
        pictures.addWidget(self.avatar_button)
        pictures.addWidget(self.header_button)
        pictures.addStretch(1)
        form.addLayout(pictures)

        boxes = QFormLayout()
        self.name = QLineEdit(name, self)
        self.name.setObjectName("profileName")
        self.name.setAccessibleName(self.tr("Your name"))
        self.name_count = PlainLabel(self)
        self.name_count.setObjectName("profileNameCount")
        name_row = QHBoxLayout()
        name_row.addWidget(self.name, 1)
        name_row.addWidget(self.name_count)
        boxes.addRow(self.tr("Your name"), name_row)
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("profileNote")
        self.note.setAccessibleName(self.tr("About you"))
        self.note.setTabChangesFocus(True)
        self.note.setMinimumHeight(110)
        self.note_count = PlainLabel(self)
        self.note_count.setObjectName("profileNoteCount")
        note_box = QVBoxLayout()
        note_box.addWidget(self.note)
        note_box.addWidget(self.note_count, 0, Qt.AlignmentFlag.AlignRight)
        boxes.addRow(self.tr("About you"), note_box)
        form.addLayout(boxes)

        form.addWidget(ScaledLabel(self.tr("Extra facts"), 1.05, self, bold=True))
        explain = PlainLabel(
            self.tr(
                "Short facts shown on your profile, like “Garden: Maple Street” or "
                "“Website: example.org”. Your town takes %1 at most."
            ).replace("%1", str(self.limits.fields)),
            self,
        )
        explain.setWordWrap(True)
        form.addWidget(explain)
        grid = QGridLayout()
        self.field_names: list[QLineEdit] = []
        self.field_values: list[QLineEdit] = []
        for index in range(self.limits.fields):
            label = QLineEdit(self)
            label.setObjectName(f"fieldName{index}")
            label.setPlaceholderText(self.tr("Label"))
            label.setAccessibleName(self.tr("Label of fact %1").replace("%1", str(index + 1)))
            label.setMaxLength(self.limits.field_text)
            value = QLineEdit(self)
            value.setObjectName(f"fieldValue{index}")
            value.setPlaceholderText(self.tr("What it says"))
            value.setAccessibleName(self.tr("Fact %1").replace("%1", str(index + 1)))
            value.setMaxLength(self.limits.field_text)
            grid.addWidget(label, index, 0)
            grid.addWidget(value, index, 1)
            self.field_names.append(label)
            self.field_values.append(value)
            label.textChanged.connect(self._changed)
            value.textChanged.connect(self._changed)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(0, 1)
        form.addLayout(grid)

        self.status = PlainLabel(self)
        self.status.setObjectName("profileEditStatus")
        self.status.setWordWrap(True)
        self.status.hide()
        form.addWidget(self.status)
        form.addStretch(1)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("saveProfile")
        self.save_button.setDefault(True)
        cancel = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("cancelProfile")
        self.save_button.clicked.connect(self.save)
        cancel.clicked.connect(self.reject)
        form.addWidget(self.buttons)
        outer.addWidget(form_box, 3)

        # The preview: how the profile will look.
        self.preview = QFrame(self)
        self.preview.setObjectName("profilePreview")
        self.preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.preview.setMinimumWidth(280)
        preview = QVBoxLayout(self.preview)
        preview.addWidget(PlainLabel(self.tr("Preview"), self.preview))
        self.preview_header = PlainLabel(self.preview)
        self.preview_header.setObjectName("previewHeader")
        self.preview_header.setFixedHeight(90)
        self.preview_header.setScaledContents(True)
        self.preview_header.setStyleSheet("background: palette(mid);")
        self.preview_avatar = PlainLabel(self.preview)
        self.preview_avatar.setObjectName("previewAvatar")
        self.preview_avatar.setFixedSize(PREVIEW_AVATAR, PREVIEW_AVATAR)
        self.preview_name = ScaledLabel("", 1.2, self.preview, bold=True)
        self.preview_name.setObjectName("previewName")
        self.preview_name.setWordWrap(True)
        self.preview_note = PlainLabel(self.preview)
        self.preview_note.setObjectName("previewNote")
        self.preview_note.setWordWrap(True)
        self.preview_fields = PlainLabel(self.preview)
        self.preview_fields.setObjectName("previewFields")
        self.preview_fields.setWordWrap(True)
        for widget in (
            self.preview_header,
            self.preview_avatar,
            self.preview_name,
            self.preview_note,
            self.preview_fields,
        ):
            preview.addWidget(widget)
        preview.addStretch(1)
        outer.addWidget(self.preview, 2)

        self.name.textChanged.connect(self._changed)
        self.note.textChanged.connect(self._changed)
        self.avatar_pixmap = initial_avatar(name or "?", PREVIEW_AVATAR)
        self.preview_avatar.setPixmap(self.avatar_pixmap)
        # (never wider or taller than the screen: 900 px did not fit an 800×600 screen)
        self.resize(fit_size(QSize(900, 560), available_geometry(parent), self.minimumSizeHint()))
        self._changed()

    # ------------------------------------------------------------------ filling in

    def start(self) -> None:
        """Fill in from a kept draft at once, else from the town."""
        draft = self.people.saved_draft(self.account_id)
        if draft is not None:
            self.set_draft(draft)
            self.show_status(
                self.tr(
                    "Your changes from last time were kept. Press Save to send them to your town."
                )
            )
        self.loading = self.spawn(self._load(keep_typed=draft is not None))

    async def _load(self, *, keep_typed: bool) -> None:
        try:
            me = await self.people.own_profile(self.account_id)
        except SessionProblem as problem:
            with contextlib.suppress(RuntimeError):
                if not keep_typed:
                    self.show_status(problem.user_message)
            return
        with contextlib.suppress(RuntimeError):
            self.before = me
            if not keep_typed:
                self.fill_from(me)
            self._image_ready(me.avatar)
            self._image_ready(me.header)

    def fill_from(self, me: RemoteAccount) -> None:
        self.name.setText(me.display_name)
        source = me.source
        self.note.setPlainText(source.note if source else plain_text(me.note).strip())
        fields = [(f.name, f.value) for f in (source.fields if source else me.fields)]
        self._set_fields(fields)

    def set_draft(self, draft: ProfileDraft) -> None:
        self.name.setText(draft.display_name)
        self.note.setPlainText(draft.note)
        self._set_fields(draft.fields)
        if draft.avatar:
            self.set_picture(draft.avatar, avatar=True)
        if draft.header:
            self.set_picture(draft.header, avatar=False)

    def _set_fields(self, fields: list[tuple[str, str]]) -> None:
        for index, (label, value) in enumerate(
            zip(self.field_names, self.field_values, strict=True)
        ):
            name, text = fields[index] if index < len(fields) else ("", "")
            label.setText(plain_text(name) if "<" in name else name)
            value.setText(plain_text(text) if "<" in text else text)

    def draft(self) -> ProfileDraft:
        return ProfileDraft(
            display_name=self.name.text(),
            note=self.note.toPlainText(),
            fields=[
                (n.text(), v.text())
                for n, v in zip(self.field_names, self.field_values, strict=True)
            ],
            avatar=self.avatar_path,
            header=self.header_path,
        )

    # ------------------------------------------------------------------ pictures

    def _choose(self, *, avatar: bool) -> None:
        title = (
            self.tr("Choose a profile picture") if avatar else self.tr("Choose a banner picture")
        )
        path, _ = QFileDialog.getOpenFileName(
            self, title, "", self.tr("Pictures (*.png *.jpg *.jpeg *.gif *.webp)")
        )
        if path:
            self.set_picture(path, avatar=avatar)

    def set_picture(self, path: str, *, avatar: bool) -> asyncio.Task[Any]:
        """Use the picture at ``path`` (it is scaled down when saved); the preview shows it
        once a small copy is made (in a worker thread)."""
        if avatar:
            self.avatar_path = path
        else:
            self.header_path = path
        return self.spawn(self._preview_picture(path, avatar=avatar))

    async def _preview_picture(self, path: str, *, avatar: bool) -> None:
        try:
            data = await asyncio.to_thread(make_thumbnail, path, 400)
        except Exception:  # any refusal: its reason is said when saving
            with contextlib.suppress(RuntimeError):
                self.show_status(self.tr("Townsfolk cannot show this picture. Try another one."))
            return
        image = QImage.fromData(data)
        with contextlib.suppress(RuntimeError):
            if image.isNull():
                return
            if avatar:
                self.avatar_pixmap = round_avatar(image, PREVIEW_AVATAR)
                self.preview_avatar.setPixmap(self.avatar_pixmap)
            else:
                self.preview_header.setPixmap(QPixmap.fromImage(image))

    def _image_ready(self, url: str) -> None:
        """The town's current pictures in the preview (until new ones are chosen)."""
        me = self.before
        if self.images is None or me is None or not url:
            return
        if url == me.avatar and not self.avatar_path:
            image = self.images.image(
                url, QSize(PREVIEW_AVATAR * 2, PREVIEW_AVATAR * 2), avatar=True
            )
            if image is not None:
                self.avatar_pixmap = round_avatar(image, PREVIEW_AVATAR)
                self.preview_avatar.setPixmap(self.avatar_pixmap)
        elif url == me.header and not self.header_path:
            image = self.images.image(url, QSize(600, 200))
            if image is not None:
                self.preview_header.setPixmap(QPixmap.fromImage(image))

    # ------------------------------------------------------------------ as you type

    def _changed(self) -> None:
        name = self.name.text()
        note = self.note.toPlainText()
        self._count(self.name_count, len(name.strip()), self.limits.name)
        self._count(self.note_count, len(note.strip()), self.limits.note)
        self.preview_name.setText(name.strip() or self.tr("(no name)"))
        self.preview_note.setText(note.strip())
        facts = [
            f"{n.text().strip()}: {v.text().strip()}"
            for n, v in zip(self.field_names, self.field_values, strict=True)
            if n.text().strip() or v.text().strip()
        ]
        self.preview_fields.setText("\n".join(facts))
        problem = check_draft(self.draft(), self.limits)
        self.save_button.setEnabled(not problem and self.saving is None)
        self.save_button.setToolTip(plain_tooltip(problem))

    def _count(self, label: PlainLabel, used: int, limit: int) -> None:
        left = limit - used
        if left >= 0:
            text = self.tr("%1 left").replace("%1", str(left))
            label.setStyleSheet("")
        else:
            text = self.tr("%1 too many").replace("%1", str(-left))
            label.setStyleSheet("color: #b00020; font-weight: bold;")
        label.setText(text)
        label.setAccessibleName(text)

    def show_status(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setAccessibleName(text)
        self.status.setStyleSheet("color: #b00020;" if error else "")
        self.status.setVisible(bool(text))

    # ------------------------------------------------------------------ saving

    def save(self) -> asyncio.Task[Any] | None:
        if self.saving is not None:
            return self.saving
        self.saving = self.spawn(self._save(self.draft()))
        return self.saving

    async def _save(self, draft: ProfileDraft) -> None:
        self.save_button.setEnabled(False)
        self.show_status(self.tr("Sending your profile to your town…"))
        try:
            after = await self.people.save_profile(self.account_id, draft, before=self.before)
        except SessionProblem as problem:
            with contextlib.suppress(RuntimeError):
                self.saving = None
                self.show_status(
                    problem.user_message
                    + " "
                    + self.tr("What you wrote is kept: press Save to try again."),
                    error=True,
                )
                self._changed()
            return
        with contextlib.suppress(RuntimeError):
            self.saving = None
            self.before = after
            self.avatar_path = self.header_path = ""
            self.show_status("")
            self.saved.emit(after)
            self.accept()
