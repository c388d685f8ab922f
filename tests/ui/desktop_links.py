"""Catch what reaches the desktop: Qt's own URL handlers stand in for the browser.

``QDesktopServices.setUrlHandler`` is Qt's documented way to receive ``openUrl`` calls; with a
handler for every scheme we test, nothing is really opened and the test sees exactly which URLs
got past the app's link gate (``ui/links.py``)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices

SCHEMES = ("http", "https", "mailto", "file", "smb", "javascript", "ftp", "data", "townsfolk")


class DesktopCatcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def handle(self, url: QUrl) -> None:
        self.urls.append(url.toString())


@pytest.fixture
def desktop_urls() -> Iterator[list[str]]:
    """The URLs handed to ``QDesktopServices.openUrl`` during the test."""
    catcher = DesktopCatcher()
    for scheme in SCHEMES:
        QDesktopServices.setUrlHandler(scheme, catcher, "handle")
    try:
        yield catcher.urls
    finally:
        for scheme in SCHEMES:
            QDesktopServices.unsetUrlHandler(scheme)
