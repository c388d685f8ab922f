"""Finding text that is cut off (issue 11): each visible label shows all of its text (a
wrapping label is tall enough for its words at its width, a one-line label wide enough), each
button is wide enough for its words, each check box and radio button too. Used by
``test_settings_fit.py`` and ``test_text_size_200.py``."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QWidget,
)

#: A pixel or two of rounding between a size hint and the space given is not a cut.
SLACK = 2


def settle_layouts() -> None:
    """Let every layout that was asked to update do so (no event loop is run)."""
    for _ in range(4):
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest.value)


def _shown(widget: QWidget, top: QWidget) -> bool:
    return widget.isVisibleTo(top) and widget.width() > 0 and widget.height() > 0


def _cut_by_parent(widget: QWidget, top: QWidget) -> bool:
    """Whether ``widget`` sticks out of a parent that is not a scroll area's viewport."""
    parent = widget.parentWidget()
    rect = QRect(widget.geometry())
    child = widget
    while parent is not None and child is not top:
        if isinstance(parent.parentWidget(), QAbstractScrollArea):
            return False  # the scroll area's page: it scrolls
        if rect.right() > parent.width() + SLACK:
            return True
        rect.translate(parent.pos())
        child, parent = parent, parent.parentWidget()
    return False


def _covering(widget: QWidget, top: QWidget) -> list[str]:
    """Siblings drawn over ``widget`` (a layout that gave two widgets the same place)."""
    parent = widget.parentWidget()
    if parent is None:
        return []
    found = []
    own = widget.geometry().adjusted(SLACK, SLACK, -SLACK, -SLACK)
    for other in parent.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
        if other is widget or not other.isVisibleTo(top) or other.isWindow():
            continue
        if other.geometry().intersects(own):
            found.append(other.objectName() or type(other).__name__)
    return found


def cut_texts(top: QWidget) -> list[str]:
    """A sentence for each text that does not fit where it is shown under ``top``."""
    settle_layouts()
    problems: list[str] = []
    for label in top.findChildren(QLabel):
        if not _shown(label, top) or not label.text() or not label.isVisibleTo(top):
            continue
        if label.pixmap() is not None and not label.pixmap().isNull():
            continue
        name = label.objectName() or label.text()[:40]
        if label.wordWrap():
            needed = label.heightForWidth(label.width())
            if needed > label.height() + SLACK:
                problems.append(
                    f"label {name!r}: {needed} px of text in {label.height()} px of height"
                )
        else:
            needed = label.sizeHint().width()
            if needed > label.width() + SLACK:
                problems.append(f"label {name!r}: {needed} px of text in {label.width()} px")
            if label.sizeHint().height() > label.height() + SLACK:
                problems.append(
                    f"label {name!r}: {label.sizeHint().height()} px high in {label.height()} px"
                )
        if _cut_by_parent(label, top):
            problems.append(f"label {name!r} sticks out of its parent")
        for other in _covering(label, top):
            problems.append(f"label {name!r} is covered by {other}")
    for button in top.findChildren(QAbstractButton):
        if not _shown(button, top) or not button.text():
            continue
        hint = button.sizeHint()
        name = button.objectName() or button.text()[:40]
        if hint.width() > button.width() + SLACK:
            problems.append(f"button {name!r}: needs {hint.width()} px, has {button.width()}")
        if hint.height() > button.height() + SLACK:
            problems.append(
                f"button {name!r}: needs {hint.height()} px high, has {button.height()}"
            )
        if _cut_by_parent(button, top):
            problems.append(f"button {name!r} sticks out of its parent")
    return problems
