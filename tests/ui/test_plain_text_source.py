"""Source rules that keep server text plain and links gated (issue 9), checked on the code.

Qt guesses rich text in labels (``Qt.AutoText``), tooltips and message boxes, reads local files
for ``<img>`` in documents, and ``QDesktopServices.openUrl`` opens any scheme. So in
``src/townsfolk/ui`` (and ``app.py``):

1. labels are made as ``PlainLabel`` / ``ScaledLabel`` (plain text) or with ``rich_label`` (our
   own markup), never as a bare ``QLabel(...)``; only those classes may subclass ``QLabel``,
   and only ``safe_text.py`` picks a text format other than plain;
2. a tooltip is a literal, a ``tr()`` of a literal, or goes through ``plain_tooltip()``; an item
   model that answers ``ToolTipRole`` uses ``plain_tooltip()`` too;
3. message boxes get only ``tr()`` texts (nothing from a town);
4. documents and text browsers are made only in ``safe_text.py`` (``SafeTextDocument``,
   ``SafeTextBrowser``, which load nothing a town named) or are our own help pages;
   ``setHtml`` is called only where the document is one of those;
5. ``openUrl`` appears only in ``ui/links.py`` (the link gate), and nothing asks Qt to open
   links by itself (``setOpenExternalLinks(True)``, ``setOpenLinks(True)``).

Each rule is checked by walking the syntax tree, and each check is shown to fail on a
counter-example, so the test cannot pass by accident.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2] / "src" / "townsfolk"
SAFE_TEXT = "ui/safe_text.py"
LINKS = "ui/links.py"
#: Documents filled with HTML, and why each is safe.
SET_HTML_ALLOWED = {
    "ui/timeline/delegate.py": "the post document is a SafeTextDocument (emoji pictures only)",
    "ui/onboarding/pages/about.py": "the town page is a SafeTextBrowser; town_html escapes all",
    "ui/onboarding/help.py": "our own help pages (Markdown shipped in resources/)",
    "ui/kinds/panels.py": "a long post's whole text: a SafeTextBrowser, HTML from render_post_html",
    "ui/notifications_delegate.py": "a SafeTextDocument; names escaped, our emoji data URIs only",
    "ui/emoji_name.py": "a SafeTextDocument; the name escaped, our emoji data URIs only",
}
#: Widgets that subclass a text browser, and why.
TEXT_BROWSER_SUBCLASSES = {"HelpText": "our own help pages; links go through the link gate"}
LABEL_CLASSES = {"PlainLabel", "ScaledLabel"}
TR_NAMES = {"tr", "translate", "_tr"}


def sources() -> Iterator[tuple[str, ast.Module]]:
    files = [*sorted((ROOT / "ui").rglob("*.py")), ROOT / "app.py"]
    for path in files:
        yield path.relative_to(ROOT).as_posix(), ast.parse(path.read_text(), str(path))


def _name(node: ast.AST) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def _calls(tree: ast.AST) -> Iterator[ast.Call]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            yield node


def _is_literal_text(node: ast.AST) -> bool:
    """A string literal, or a tr() of literals (no replace/format with server text)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return True
    if isinstance(node, ast.IfExp):
        return _is_literal_text(node.body) and _is_literal_text(node.orelse)
    if isinstance(node, ast.Call) and _name(node.func) in TR_NAMES:
        return all(
            isinstance(a, ast.Constant) for a in [*node.args, *(k.value for k in node.keywords)]
        )
    return False


def _is_plain_tooltip(node: ast.AST) -> bool:
    return isinstance(node, ast.Call) and _name(node.func) == "plain_tooltip"


# ---------------------------------------------------------------------------------- checks


def label_problems(rel: str, tree: ast.AST) -> list[str]:
    found = []
    if rel == SAFE_TEXT:
        return found
    for call in _calls(tree):
        if _name(call.func) == "QLabel":
            found.append(f"{rel}:{call.lineno}: QLabel(...) guesses rich text; use PlainLabel")
        if _name(call.func) == "setTextFormat" and call.args:
            fmt = _name(call.args[0])
            if fmt != "PlainText":
                found.append(f"{rel}:{call.lineno}: setTextFormat({fmt}) outside safe_text.py")
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.ClassDef)
            and node.name not in LABEL_CLASSES
            and any(_name(base) == "QLabel" for base in node.bases)
        ):
            found.append(f"{rel}:{node.lineno}: {node.name} subclasses QLabel")
    return found


def tooltip_problems(rel: str, tree: ast.AST) -> list[str]:
    found = []
    for call in _calls(tree):
        name = _name(call.func)
        if name == "setToolTip" and call.args:
            text = call.args[0]
        elif name == "showText" and len(call.args) > 1:  # QToolTip.showText(pos, text)
            text = call.args[1]
        else:
            continue
        if not (_is_literal_text(text) or _is_plain_tooltip(text)):
            found.append(f"{rel}:{call.lineno}: {name} without plain_tooltip()")
    source = ast.unparse(tree)
    if "ToolTipRole" in source and "plain_tooltip(" not in source:
        found.append(f"{rel}: answers ToolTipRole without plain_tooltip()")
    return found


def message_box_problems(rel: str, tree: ast.AST) -> list[str]:
    found = []
    for call in _calls(tree):
        func = call.func
        if not (isinstance(func, ast.Attribute) and _name(func.value) == "QMessageBox"):
            continue
        if func.attr not in {"information", "warning", "question", "critical", "about"}:
            continue
        for arg in call.args[1:3]:  # title and text
            root = arg
            while (
                isinstance(root, ast.Call)
                and isinstance(root.func, ast.Attribute)
                and root.func.attr == "format"
            ):
                root = root.func.value
            if not _is_literal_text(root):
                found.append(f"{rel}:{call.lineno}: QMessageBox.{func.attr} text is not a tr()")
    return found


def document_problems(rel: str, tree: ast.AST) -> list[str]:
    found = []
    if rel == SAFE_TEXT:
        return found
    for call in _calls(tree):
        name = _name(call.func)
        if name in {"QTextDocument", "QTextBrowser", "QTextEdit"}:
            found.append(f"{rel}:{call.lineno}: {name}(...) may load files; use safe_text")
        if name in {"setHtml", "insertHtml"} and rel not in SET_HTML_ALLOWED:
            found.append(f"{rel}:{call.lineno}: {name} on a document that is not a safe one")
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.ClassDef)
            and node.name not in TEXT_BROWSER_SUBCLASSES
            and any(_name(b) in {"QTextBrowser", "QTextDocument"} for b in node.bases)
        ):
            found.append(f"{rel}:{node.lineno}: {node.name} subclasses a Qt document")
    return found


def link_problems(rel: str, tree: ast.AST) -> list[str]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr == "openUrl" and rel != LINKS:
            found.append(f"{rel}:{node.lineno}: openUrl outside the link gate (ui/links.py)")
    for call in _calls(tree):
        if _name(call.func) in {"setOpenExternalLinks", "setOpenLinks"} and call.args:
            value = call.args[0]
            if not (isinstance(value, ast.Constant) and value.value is False):
                found.append(f"{rel}:{call.lineno}: Qt would open links itself")
    return found


CHECKS = [label_problems, tooltip_problems, message_box_problems, document_problems, link_problems]


@pytest.mark.parametrize("check", CHECKS, ids=lambda c: c.__name__)
def test_the_ui_follows_the_rule(check) -> None:
    found = [line for rel, tree in sources() for line in check(rel, tree)]
    assert found == []


def test_the_rules_cover_the_files_that_show_server_data() -> None:
    files = {rel for rel, _ in sources()}
    for rel in (
        "ui/profile_view.py",
        "ui/notifications_view.py",
        "ui/timeline/delegate.py",
        "ui/search_view.py",
        "ui/onboarding/pages/about.py",
        "ui/onboarding/pages/signup.py",
        "ui/main_window.py",
        "app.py",
    ):
        assert rel in files


# --------------------------------------------------------------- the checks can fail

BAD = {
    label_problems: [
        "label = QLabel(person.display_name)",
        "label.setTextFormat(Qt.TextFormat.RichText)",
        "label.setTextFormat(Qt.TextFormat.AutoText)",
        "class Name(QLabel):\n    pass",
    ],
    tooltip_problems: [
        "item.setToolTip(person.display_name)",
        "button.setToolTip(self.tr('%1 will see').replace('%1', who))",
        "QToolTip.showText(pos, post.spoiler_text)",
        "def data(self, index, role):\n    if role == Qt.ItemDataRole.ToolTipRole:\n"
        "        return town.description",
    ],
    message_box_problems: [
        "QMessageBox.warning(self, self.tr('Oh'), person.note)",
        "QMessageBox.question(self, info.title, self.tr('Sure?'))",
    ],
    document_problems: [
        "doc = QTextDocument()",
        "view = QTextBrowser(self)",
        "self.text.setHtml(town.description)",
        "class Page(QTextBrowser):\n    pass",
    ],
    link_problems: [
        "QDesktopServices.openUrl(QUrl(media.url))",
        "opener = QDesktopServices.openUrl",
        "label.setOpenExternalLinks(True)",
        "browser.setOpenLinks(True)",
    ],
}
GOOD = {
    label_problems: ["label = PlainLabel(person.display_name, self)", "ScaledLabel('', 1.2)"],
    tooltip_problems: [
        "item.setToolTip(plain_tooltip(person.display_name))",
        "button.setToolTip(self.tr('Send'))",
    ],
    message_box_problems: ["QMessageBox.about(self, self.tr('A'), self.tr('B {v}').format(v=1))"],
    document_problems: ["doc = SafeTextDocument(allowed=emojis.values())"],
    link_problems: ["label.setOpenExternalLinks(False)", "open_external(url)"],
}


@pytest.mark.parametrize(
    ("check", "code"),
    [(check, code) for check, codes in BAD.items() for code in codes],
    ids=lambda v: v.__name__ if callable(v) else v[:40],
)
def test_each_check_fails_on_a_counter_example(check, code: str) -> None:
    assert check("ui/example.py", ast.parse(code))


@pytest.mark.parametrize(
    ("check", "code"),
    [(check, code) for check, codes in GOOD.items() for code in codes],
    ids=lambda v: v.__name__ if callable(v) else v[:40],
)
def test_each_check_accepts_the_safe_way(check, code: str) -> None:
    assert check("ui/example.py", ast.parse(code)) == []
