"""Every translatable text of the windows (``ui/``) is written so that ``pyside6-lupdate``
files it under the context the app looks it up in.

lupdate collects ``self.tr("…")`` under the name of the class around it, and
``QCoreApplication.translate("Context", "…")`` / ``translate("Context", "…")`` literally. It
cannot follow a helper (``tr = page.tr``, ``_tr(text)``) or a variable (``self.tr(topic.title)``):
those texts end up in the wrong context or in none, and stay English for ever.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src" / "townsfolk"
FILES = sorted(
    [
        # every window (issue 13: the timeline's, the moving pages' and the people pages'
        # sentences were collected under no context or the wrong one, so never translated)
        *(SRC / "ui").rglob("*.py"),
        SRC / "services" / "directory.py",
        SRC / "services" / "notifications.py",
    ]
)


def _is_translate(func: ast.expr) -> bool:
    """``QCoreApplication.translate(...)`` or ``translate(...)`` (not ``QRect.translate``)."""
    if isinstance(func, ast.Name):
        return func.id == "translate"
    return (
        isinstance(func, ast.Attribute)
        and func.attr == "translate"
        and isinstance(func.value, ast.Name)
        and func.value.id == "QCoreApplication"
    )


def _problems(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[str] = []
    classes: list[tuple[int, int]] = [
        (node.lineno, node.end_lineno or node.lineno)
        for node in ast.walk(tree)
        if isinstance(node, ast.ClassDef)
    ]

    def in_class(line: int) -> bool:
        return any(start <= line <= end for start, end in classes)

    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        where = f"{path.name}:{node.lineno}"
        literal = [isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args]
        if isinstance(func, ast.Attribute) and func.attr == "tr":
            if not (isinstance(func.value, ast.Name) and func.value.id == "self"):
                found.append(f"{where}: .tr() on something other than self")
            elif not in_class(node.lineno):
                found.append(f"{where}: self.tr() outside a class")
            elif not (literal and literal[0]):
                found.append(f"{where}: self.tr() of a variable")
        elif isinstance(func, ast.Name) and func.id in ("tr", "_tr"):
            found.append(f"{where}: {func.id}() helper (lupdate cannot see its context)")
        elif _is_translate(func) and (len(literal) < 2 or not all(literal[:2])):
            found.append(f"{where}: translate() without a literal context and text")
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Attribute)
            and node.value.attr == "tr"
        ):
            found.append(f"{path.name}:{node.lineno}: tr kept in a variable")
    return found


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_texts_have_the_context_lupdate_collects(path: Path) -> None:
    assert _problems(path) == []


def test_the_check_finds_the_old_mistakes(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "def tr(text):\n"
        "    return QCoreApplication.translate('TownCards', text)\n"
        "def hint(page):\n"
        "    return page.tr('Too short')\n"
        "def line():\n"
        "    return tr('People')\n"
        "class Page:\n"
        "    def title(self, topic):\n"
        "        return self.tr(topic.title)\n",
        encoding="utf-8",
    )
    problems = _problems(sample)
    assert len(problems) == 4, problems
