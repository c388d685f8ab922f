"""The wizard's explanations: Markdown files in ``resources/help/<language>/``.

They are translated and improved without touching code. A missing translation falls back to
English.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QTextBrowser, QWidget

from townsfolk.assets import resource
from townsfolk.ui.links import open_external


def help_markdown(name: str, language: str | None = None) -> str:
    """The Markdown text of help page ``name`` in ``language`` (or English)."""
    lang = (language or QLocale().name()).replace("-", "_")
    for candidate in (lang, lang.split("_")[0], "en"):
        path = resource("help", candidate, f"{name}.md")
        if path.is_file():
            return path.read_text(encoding="utf-8")
    raise FileNotFoundError(f"help page {name!r} is missing")


def help_html(name: str, language: str | None = None) -> str:
    import markdown  # only when a page is shown: ~25 ms at start-up otherwise

    return markdown.markdown(help_markdown(name, language))


class HelpText(QTextBrowser):
    """A read-only, link-following view of one help page."""

    def __init__(
        self,
        name: str,
        accessible_name: str,
        parent: QWidget | None = None,
        language: str | None = None,
        *,
        markdown_text: str | None = None,
    ) -> None:
        """``markdown_text``: our own Markdown made by the app (the list of keyboard
        shortcuts) instead of the page ``name``; it holds no text from a town."""
        super().__init__(parent)
        # Links leave through the one link gate (ui/links.py), never through Qt directly.
        self.setOpenLinks(False)
        self.anchorClicked.connect(lambda url: open_external(url.toString()))
        self.setAccessibleName(accessible_name)
        self.setFrameShape(QTextBrowser.Shape.NoFrame)
        if markdown_text is not None:
            import markdown

            self.setHtml(markdown.markdown(markdown_text, extensions=["tables"]))
        else:
            self.setHtml(help_html(name, language))
