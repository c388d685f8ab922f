"""The only place in the app that hands a URL to the desktop.

Every web link (post links, link cards, videos and sounds, "Open in browser", a town's pages,
the log-in page) goes through :func:`open_external`, which asks
:func:`townsfolk.services.links.safe_external_url` first: only ``https:``, ``http:`` and
``mailto:`` reach ``QDesktopServices.openUrl``. ``tests/ui/test_plain_text_source.py`` checks
that ``openUrl`` is called nowhere else.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices

from townsfolk.services.links import safe_external_url

__all__ = ["desktop_open", "open_external", "refused_text"]


def refused_text() -> str:
    """The sentence shown when a link is refused."""
    return QCoreApplication.translate(
        "Links",
        "This link cannot be opened safely, so Townsfolk did not open it. "
        "Only web pages (https and http) and email addresses open from Townsfolk.",
    )


def desktop_open(url: QUrl) -> bool:
    """Open a URL in the person's browser or mail program, if the link gate lets it through."""
    safe = safe_external_url(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))
    if safe is None:
        return False
    return bool(QDesktopServices.openUrl(QUrl(safe, QUrl.ParsingMode.StrictMode)))


def open_external(
    url: str,
    *,
    opener: Callable[[QUrl], object] | None = None,
    refused: Callable[[str], object] | None = None,
) -> bool:
    """Open ``url`` outside Townsfolk if it is safe; otherwise call ``refused`` with a plain
    sentence. ``opener`` replaces the desktop in tests (it only ever sees safe URLs)."""
    safe = safe_external_url(url)
    if safe is None:
        if refused is not None:
            refused(refused_text())
        return False
    target = QUrl(safe, QUrl.ParsingMode.TolerantMode)
    if not target.isValid():
        if refused is not None:
            refused(refused_text())
        return False
    result = (opener or desktop_open)(target)
    return result is not False
