"""The accessibility walk (issue 13), used by test_accessibility.py: every control a person
can reach in a window has a name a screen reader says, Tab reaches every control in reading
order, and a focused control looks different from an unfocused one.

``audit(window)`` returns the problems as sentences (empty: none found).
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

__all__ = ["audit", "controls", "describe", "name_of", "tab_order"]

#: Kinds of widgets a person works with (labels that take focus count too).
INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractSlider,
    QAbstractItemView,
    QTabBar,
)
#: Rows of a list checked for names (a long timeline: the first ones).
ROWS_CHECKED = 60
#: Pixels a control may sit "above" the one before it and still be on the same line.
SLACK = 6


def describe(widget: QWidget) -> str:
    name = widget.objectName() or ""
    text = widget.text() if hasattr(widget, "text") and callable(widget.text) else ""
    return f"{type(widget).__name__}({name!r}, {str(text)[:30]!r})"


def _inside_composite(widget: QWidget) -> bool:
    """Parts of another control (a combo box's line edit, a spin box's editor, a scroll
    bar of a list): reached and named through the control itself."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox | QAbstractSpinBox | QLineEdit | QTabBar):
            return True
        parent = parent.parentWidget()
    return isinstance(widget, QScrollBar)


def _shown(widget: QWidget, window: QWidget) -> bool:
    if not widget.isVisibleTo(window) or not widget.isEnabled():
        return False
    # Inside a scroll area or a stack: only what is on the page shown now.
    return not widget.visibleRegion().isEmpty() or widget.isVisible()


def controls(window: QWidget) -> list[QWidget]:
    """The controls of ``window`` a person can reach with the keyboard now."""
    out: list[QWidget] = []
    for widget in window.findChildren(QWidget):
        if widget.window() is not window or not _shown(widget, window):
            continue
        if _inside_composite(widget) or widget.focusProxy() is not None:
            continue
        takes_tab = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        if isinstance(widget, INTERACTIVE) or (takes_tab and isinstance(widget, QLabel)):
            out.append(widget)
    return out


def name_of(widget: QWidget) -> str:
    """What a screen reader says for the widget: its accessible name, else what Qt works
    out (a button's text, a field's buddy label)."""
    face = QAccessible.queryAccessibleInterface(widget)
    if face is not None:
        said = face.text(QAccessible.Text.Name)
        if said and said.strip():
            return said.strip()
    return widget.accessibleName().strip()


def _row_names(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    problems: list[str] = []
    for row in range(min(model.rowCount(), ROWS_CHECKED)):
        index = model.index(row, 0)
        said = index.data(Qt.ItemDataRole.AccessibleTextRole) or index.data(
            Qt.ItemDataRole.DisplayRole
        )
        if not str(said or "").strip():
            problems.append(f"{describe(view)}: row {row} has no name a screen reader can say")
    return problems


def tab_order(window: QWidget, reachable: list[QWidget]) -> list[QWidget]:
    """The controls in the order Tab visits them (Qt's own rule: the focus chain, only
    widgets that take Tab focus), starting from the first."""
    wanted = set(map(id, reachable))
    order: list[QWidget] = []
    widget = window.nextInFocusChain()
    steps = 0
    while widget is not window and steps < 5000:
        steps += 1
        if (
            id(widget) in wanted
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget not in order
        ):
            order.append(widget)
        widget = widget.nextInFocusChain()
    return order


def _area(widget: QWidget) -> QWidget | None:
    """The scroll area the widget is scrolled in (None: not in one)."""
    found = None
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            found = parent
        parent = parent.parentWidget()
    return found


def _rect(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def reading_order_problems(window: QWidget, order: list[QWidget]) -> list[str]:
    """Tab goes top to bottom and left to right: from one control to the next, focus never
    goes back up unless it moves on to a column further right, nor leftwards on a line."""
    problems = []
    for before, after in itertools.pairwise(order):
        area_a, area_b = _area(before), _area(after)
        # Leaving or entering a scrolled part: where that part is on the window counts.
        a = _rect(area_a if area_a is not None and area_a is not area_b else before, window)
        b = _rect(area_b if area_b is not None and area_b is not area_a else after, window)
        same_line = b.top() < a.bottom() - SLACK and a.top() < b.bottom() - SLACK
        if same_line:
            if b.left() < a.left() - SLACK and b.right() < a.left() + SLACK:
                problems.append(
                    f"Tab goes leftwards on a line: {describe(before)} then {describe(after)}"
                )
        elif b.top() < a.top() - SLACK and b.left() < a.right() - SLACK:
            problems.append(f"Tab goes back up: {describe(before)} then {describe(after)}")
    return problems


def _owner(widget: QWidget | None, reachable: list[QWidget]) -> QWidget | None:
    """The control that ``widget`` (the focus widget) is, or is a part of."""
    while widget is not None:
        if widget in reachable:
            return widget
        widget = widget.parentWidget()
    return None


def walk_with_tab(window: QWidget, reachable: list[QWidget]) -> tuple[list[QWidget], list[str]]:
    """Press Tab as a person would, from the first control, until the focus comes back:
    the controls in the order visited, and the problems seen (a control that keeps the
    focus, or one that looks the same with the focus as without)."""
    problems: list[str] = []
    chain = tab_order(window, reachable)
    if not chain:
        return [], problems
    focused = QApplication.focusWidget()
    if focused is not None:
        focused.clearFocus()
    plain = {id(w): w.grab().toImage() for w in reachable}
    first = chain[0]
    first.setFocus(Qt.FocusReason.TabFocusReason)
    order = [first]
    for _ in range(2 * len(reachable) + 4):
        here = QApplication.focusWidget()
        if here is None:
            problems.append("the focus left the window")
            break
        QTest.keyClick(here, Qt.Key.Key_Tab)
        control = _owner(QApplication.focusWidget(), reachable)
        now = QApplication.focusWidget()
        if now is here:
            problems.append(f"Tab is stuck in {describe(here)}")
            break
        if control is None:
            continue
        if control.grab().toImage() == plain[id(control)]:
            problems.append(f"{describe(control)} does not show when it has the focus")
        if control is first:
            break
        if control not in order:
            order.append(control)
    return order, problems


def audit(window: QWidget, *, focus_look: bool = True) -> list[str]:
    """Problems of ``window`` as it is on screen now (see the module docstring)."""
    window.activateWindow()
    problems: list[str] = []
    reachable = controls(window)
    for widget in reachable:
        if not name_of(widget):
            problems.append(f"{describe(widget)} has no name a screen reader can say")
        if isinstance(widget, QAbstractItemView):
            problems += _row_names(widget)
    if focus_look and window.isActiveWindow():
        order, seen = walk_with_tab(window, reachable)
        problems += seen
    else:
        order = tab_order(window, reachable)
    for widget in reachable:
        if widget not in order:
            problems.append(f"Tab never reaches {describe(widget)}")
    problems += reading_order_problems(window, order)
    return problems
