"""Small windows opened from a post: a picture at full size, and changing one's own post."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from townsfolk.ui.safe_text import PlainLabel
from townsfolk.ui.style import place_on_screen

__all__ = ["EditPostDialog", "MediaViewer"]


class MediaViewer(QDialog):
    """A picture, fitted to the window, with its description below it."""

    def __init__(self, url: str, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.url = url
        self.setWindowTitle(self.tr("Picture"))
        self.setObjectName("mediaViewer")
        layout = QVBoxLayout(self)
        self.picture = PlainLabel(self.tr("Loading the picture…"), self)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setMinimumSize(320, 240)
        self.picture.setAccessibleName(description or self.tr("A picture with no description"))
        self.picture.setAccessibleDescription(description)  # the alt text, for screen readers
        scroll = QScrollArea(self)
        scroll.setWidget(self.picture)
        scroll.setWidgetResizable(True)
        layout.addWidget(scroll, 1)
        self.description = PlainLabel(
            description or self.tr("The person who posted this did not describe it."), self
        )
        self.description.setWordWrap(True)
        self.description.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.description.setAccessibleName(self.tr("Description of the picture"))
        self.description.setAccessibleDescription(self.description.text())
        layout.addWidget(self.description)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        place_on_screen(self, QSize(800, 640), over=parent)  # wholly on the screen
        self._pixmap: QPixmap | None = None

    def set_image(self, image: QImage | None) -> None:
        """Show a picture decoded off the GUI thread (``ImageStore.decode``); None or a null
        picture (refused, or not a picture) says it could not be loaded."""
        if image is None or image.isNull():
            self.picture.setText(self.tr("The picture could not be loaded."))
            return
        self._pixmap = QPixmap.fromImage(image)
        self._fit()

    def set_data(self, data: bytes | None) -> None:
        pixmap = QPixmap()
        if data is None or not pixmap.loadFromData(data):
            self.picture.setText(self.tr("The picture could not be loaded."))
            return
        self._pixmap = pixmap
        self._fit()

    def _fit(self) -> None:
        if self._pixmap is None:
            return
        box = self.picture.size()
        self.picture.setPixmap(
            self._pixmap.scaled(
                box,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()


class EditPostDialog(QDialog):
    """Change the text of one's own post (it says "edited" afterwards)."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change your post"))
        self.setObjectName("editPostDialog")
        layout = QVBoxLayout(self)
        note = PlainLabel(
            self.tr(
                "People who already saw your post will see that it was changed. "
                "Pictures and polls stay as they are."
            ),
            self,
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.editor = QPlainTextEdit(self)
        self.editor.setPlainText(text)
        self.editor.setAccessibleName(self.tr("The text of your post"))
        layout.addWidget(self.editor, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save changes"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        place_on_screen(self, QSize(560, 320), over=parent)  # wholly on the screen

    def text(self) -> str:
        return self.editor.toPlainText()
