"""What every page of the moving wizard has: a title, whether Next may be pressed, and what
happens on arriving and leaving. Shared words for the six kinds of things that move."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from townsfolk.services.moving.csv_formats import Kind
from townsfolk.ui.safe_text import PlainLabel

if TYPE_CHECKING:
    from townsfolk.ui.moving.wizard import MovingWizard

__all__ = ["MovingPage", "kind_words"]


def kind_words(kind: Kind) -> str:
    """What a kind is, in plain words (for check boxes and headings)."""
    return {
        Kind.FOLLOWING: QCoreApplication.translate("Moving", "The people you follow"),
        Kind.LISTS: QCoreApplication.translate("Moving", "Your lists"),
        Kind.BLOCKING: QCoreApplication.translate("Moving", "The people you blocked"),
        Kind.MUTING: QCoreApplication.translate("Moving", "The people you muted"),
        Kind.DOMAIN_BLOCKING: QCoreApplication.translate("Moving", "The towns you blocked"),
        Kind.BOOKMARKS: QCoreApplication.translate("Moving", "Your bookmarks"),
    }[kind]


class MovingPage(QWidget):
    """``changed``: whether Next may be pressed has changed."""

    changed = Signal()

    def __init__(self, wizard: MovingWizard) -> None:
        super().__init__(wizard)
        self.wizard = wizard
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(10)

    def title(self) -> str:
        return ""

    def next_text(self) -> str:
        return self.tr("Next")

    def can_go_on(self) -> bool:
        return True

    def enter(self) -> None:
        """The page is shown (again)."""

    async def leave(self) -> bool:
        """Next was pressed: do what the page does; False stays on the page."""
        return True

    def text(self, words: str = "") -> PlainLabel:
        label = PlainLabel(words, self)
        label.setWordWrap(True)
        label.setAccessibleName(words)
        self.box.addWidget(label)
        return label
