# ruff: noqa: F811 (the fixtures shared with test_onboarding are test arguments here)
"""The log-in pages of the welcome wizard on towns that are not Mastodon 4 (issue 10, items
1 and 2): practice towns with a server personality on 127.0.0.1, real widgets."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import httpx
from PySide6.QtTest import QTest

# The wizard's fixtures, shared with test_onboarding (pytest finds them by these names).
from tests.ui.test_onboarding import (  # noqa: F401
    browser,
    choose_path,
    db,
    fake_directory,
    make_wizard,
    press_next,
    until,
)


def screenshot(widget: Any, name: str) -> None:
    """Set TOWNSFOLK_SCREENSHOTS=docs/screenshots to write the screenshot for the docs."""
    folder = os.environ.get("TOWNSFOLK_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / name))


def _code(page: httpx.Response) -> str:
    found = re.search(r'id="code">([^<]+)<', page.text)
    assert found is not None, page.text
    return found.group(1)


async def test_a_refused_code_offers_a_new_one(make_wizard, maple, db, browser):
    maple.town.use_personality("takahe")  # no loopback log-in; unknown code answers 500
    maple.town.auto_approve_as = "ann"
    wizard = make_wizard()
    choose_path(wizard, "existing")
    QTest.keyClicks(wizard.pages["login"].address, "maple.practice")
    press_next(wizard)
    page = wizard.pages["browser"]
    await until(lambda: page.code_mode and browser.pages)
    assert all(
        httpx.URL(u).params["redirect_uri"] == "urn:ietf:wg:oauth:2.0:oob" for u in browser.opened
    ), "the browser never went to the town's error page"
    assert page.again.text() == "Get a new code"

    QTest.keyClicks(page.code, "mistyped")
    press_next(wizard)
    await until(lambda: page.message.isVisible() and not page._busy)
    message = page.message.text()
    assert "This code did not work" in message
    assert "Get a new code" in message
    assert "problem right now" not in message
    assert page.code.text() == ""
    screenshot(wizard, "wizard-10b-code-did-not-work.png")

    opened = len(browser.pages)
    page.again.click()  # a new log-in page, a new code
    await until(lambda: len(browser.pages) > opened and page._login is not None)
    QTest.keyClicks(page.code, _code(browser.pages[-1]))
    press_next(wizard)
    await until(lambda: wizard.current_key == "backup")
    assert db.accounts.list()[0].handle == "ann@maple.practice"


async def test_waiting_long_for_the_browser_suggests_the_code(make_wizard, maple, browser):
    maple.town.use_personality("takahe")
    maple.town.flavour = "mastodon"  # a town Townsfolk cannot recognise by its software
    maple.town.auto_approve_as = "ann"
    wizard = make_wizard()
    wizard.ctx.login_hint_after = 0.05
    choose_path(wizard, "existing")
    QTest.keyClicks(wizard.pages["login"].address, "maple.practice")
    press_next(wizard)
    page = wizard.pages["browser"]
    await until(lambda: browser.pages and page.message.isVisible())
    assert browser.pages[-1].status_code == 401  # the town's own error page
    assert not page.code_mode
    assert "Use a code instead" in page.message.text()
    page.use_code.click()
    await until(lambda: page.code_mode and page._login is not None and len(browser.pages) == 2)
    QTest.keyClicks(page.code, _code(browser.pages[-1]))
    press_next(wizard)
    await until(lambda: wizard.current_key == "backup")
