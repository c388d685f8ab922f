"""Moving towns in the app's own practice mode (issue 12): the practice towns run inside the
app, so their web pages (``/settings/aliases``, ``/settings/migration``) open in the browser
from 127.0.0.1, signed in, and a person can finish the move on them.

The browser is Qt's URL handler (``desktop_links.py``): the test sees exactly what the link
gate hands to the desktop, then does what the person does on those pages with httpx.
"""

from __future__ import annotations

import re
import threading
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtCore import QUrl

from townsfolk.practice import moves
from townsfolk.services.moving.account_move import Step

from .desktop_links import desktop_urls  # noqa: F401 (fixture)
from .test_main_window_support import eventually
from .test_practice_window import practice_window

_LOCAL = re.compile(r"^http://127\.0\.0\.1:(\d+)(/settings/[a-z]+)\?sign_in=[\w-]+$")


def _page_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("practice-pages")]


async def test_in_practice_mode_the_whole_move_is_done_on_the_towns_pages_from_this_computer(
    qtbot: Any,
    profile_dir: Path,
    desktop_urls: list[str],  # noqa: F811
) -> None:
    async with practice_window(qtbot, profile_dir) as p:
        practice = p.flow.practice.session
        assert practice is not None
        world = practice.world
        assert not practice.pages.running  # started only when a page is first opened
        # The guide, from the practice window's menu, opening pages with the window's own
        # opener (through the link gate). Its "Add an account in another town…" offers a
        # second practice account on the other practice town, a choice in the guide at once.
        p.window.moving_actions["whole"].trigger()
        dialog = p.window.account_move
        dialog.poll.setInterval(50)
        assert dialog.choice.count() == 0
        dialog.add_button.click()
        adding = p.flow.practice_account_dialog
        assert adding is not None
        assert "harbour.practice" in adding.body.text()
        adding.add_button.click()
        await eventually(lambda: p.flow.practice_account_dialog is None, 30)
        assert p.flow.practice_window is p.window  # still practising
        assert dialog.choice.currentText() == "@ann2@harbour.practice"
        new = dialog.new
        assert new is not None
        with world.lock:
            old_key = world.town("maple.practice").person("ann").key
            new_key = world.town("harbour.practice").person("ann2").key
        dialog.posts_button.click()
        dialog.alias_button.click()
        dialog.migration_button.click()
        await eventually(lambda: len(desktop_urls) == 3, 30)
        assert practice.pages.running
        _export, aliases, migration = desktop_urls
        found = [_LOCAL.match(u) for u in desktop_urls]
        assert all(found), desktop_urls
        ports = [m.group(1) for m in found if m]
        paths = [m.group(2) for m in found if m]
        assert paths == ["/settings/export", "/settings/aliases", "/settings/migration"]
        assert ports[0] == ports[2] != ports[1]  # maple, harbour, maple
        assert practice.pages.address("https://example.social/settings/migration") == (
            "https://example.social/settings/migration"
        )

        async with httpx.AsyncClient(timeout=30) as browser:
            # The new town: signed in as the new account, add the old address as an alias.
            page = await browser.get(aliases)
            assert page.status_code == 200, page.text
            assert "You are logged in as @ann2@harbour.practice." in page.text, page.text
            base = aliases.split("/settings/")[0]
            added = await browser.post(
                f"{base}/settings/aliases", data={"acct": "@ann@maple.practice"}
            )
            assert "is now an alias of this account" in added.text, added.text
            # A one-time sign-in works once.
            async with httpx.AsyncClient(timeout=30) as other_browser:
                again = await other_browser.get(aliases)
            assert "Log in to" in again.text, again.text

            # The old town: signed in as ann, the password filled in; move.
            page = await browser.get(migration)
            assert "You are logged in as @ann@maple.practice." in page.text, page.text
            filled = re.search(
                r"name='current_password' type='password' value='([^']*)'", page.text
            )
            assert filled is not None, page.text
            base = migration.split("/settings/")[0]
            moved = await browser.post(
                f"{base}/settings/migration",
                data={"acct": "@ann2@harbour.practice", "current_password": filled.group(1)},
            )
            assert "has moved to @ann2@harbour.practice" in moved.text, moved.text
            # Both towns are on 127.0.0.1, and a browser's cookies do not tell ports apart:
            # the new town's tab is still signed in after the old town's sign-in.
            back = await browser.get(aliases.split("?")[0])
            assert "You are logged in as @ann2@harbour.practice." in back.text, back.text

        # The same world as the app's: it moved there, and the guide sees it by itself.
        with world.lock:
            assert moves.moved_to(world, old_key) == new_key
        await eventually(lambda: dialog.step in (Step.BRING, Step.DONE), 60)
        dialog.close()

        # Closing the practice stops the pages: no thread left behind, nothing listening.
        p.window.close()
        await eventually(lambda: p.flow.practice_window is None and not _page_threads(), 30)
        assert not practice.pages.running
        with pytest.raises(httpx.ConnectError):
            async with httpx.AsyncClient(timeout=5) as late:
                await late.get(migration)


async def test_the_practice_pages_start_only_when_needed_and_stop_with_the_practice(
    qtbot: Any,
    profile_dir: Path,
    desktop_urls: list[str],  # noqa: F811
) -> None:
    async with practice_window(qtbot, profile_dir) as p:
        practice = p.flow.practice.session
        assert practice is not None
        assert not _page_threads()
        p.window.open_url(QUrl("https://example.social/about"))
        assert desktop_urls == ["https://example.social/about"]  # not a practice town: as is
        assert not practice.pages.running
        assert not _page_threads()
        p.window.open_url(QUrl("https://maple.practice/settings/export"))
        assert _LOCAL.match(desktop_urls[-1]), desktop_urls
        assert _page_threads()
        async with httpx.AsyncClient(timeout=30) as browser:
            page = await browser.get(desktop_urls[-1])
        assert "You are logged in as @ann@maple.practice." in page.text, page.text
    assert not _page_threads()
