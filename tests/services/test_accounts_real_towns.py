"""Logging in to towns that are not Mastodon 4 (issue 10, items 1 and 2), against practice
towns with a server personality on 127.0.0.1.

1. A town that looks at the return address only after the person logged in (Takahē) goes
   straight to the code; a town where the browser way did not come back gets the code
   the next time.
2. A code the town does not take says "this code did not work, get a new one", whatever
   status the town used for it (400, 401, Takahē's 500); a town in trouble (503) still says
   so.
"""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

import httpx
import pytest

from townsfolk.cache import Database
from townsfolk.services.accounts import (
    AccountsService,
    CodeLogin,
    CodeNotAccepted,
    LoopbackRefused,
    TownProblem,
)
from townsfolk.services.loopback import LoginTimedOut
from townsfolk.services.secrets import SecretStore


@pytest.fixture
def db(profile_dir: Path):
    database = Database.open(profile_dir / "townsfolk.db")
    try:
        yield database
    finally:
        database.close()


@pytest.fixture
def service(db: Database) -> AccountsService:
    return AccountsService(db, SecretStore())


class Browser:
    """The person's browser: opens the page and follows redirects for real."""

    def __init__(self) -> None:
        self.opened: list[str] = []
        self.pages: list[httpx.Response] = []
        self.shown = asyncio.Event()

    async def __call__(self, url: str) -> None:
        self.opened.append(url)
        async with httpx.AsyncClient(follow_redirects=True, timeout=10) as client:
            self.pages.append(await client.get(url))
        self.shown.set()


async def _code_from_the_page(login: CodeLogin) -> str:
    async with httpx.AsyncClient(follow_redirects=True, timeout=10) as person:
        page = await person.get(login.url)
    found = re.search(r'id="code">([^<]+)<', page.text)
    assert found is not None, page.text
    return found.group(1)


async def test_takahe_goes_straight_to_the_code(service, maple):
    maple.town.use_personality("takahe")
    maple.town.auto_approve_as = "ann"
    browser = Browser()
    with pytest.raises(LoopbackRefused):
        await service.log_in_with_browser(maple.base_url, browser, timeout=10)
    assert browser.opened == [], "the person is not sent to the town's error page"

    login = await service.start_code_login(maple.base_url)
    account = await service.finish_code_login(login, await _code_from_the_page(login))
    assert account.handle == "ann@maple.practice"


async def test_the_town_really_refuses_the_loopback_address_after_log_in(service, maple):
    """What the person would see without the fix: the check sees a redirect to the log-in
    form; after logging in, the town's own error page (the browser never comes back)."""
    maple.town.use_personality("takahe")
    maple.town.flavour = "mastodon"  # not recognisable by its software
    maple.town.auto_approve_as = "ann"
    browser = Browser()
    with pytest.raises(LoginTimedOut):
        await service.log_in_with_browser(maple.base_url, browser, timeout=0.5)
    (page,) = browser.pages
    assert page.status_code == 401
    assert "Invalid OAuth Request" in page.text
    # Next time: the code, at once, without the browser.
    again = Browser()
    with pytest.raises(LoopbackRefused):
        await service.log_in_with_browser(maple.base_url, again, timeout=10)
    assert again.opened == []


async def test_choosing_the_code_while_waiting_means_the_code_next_time(service, maple):
    maple.town.use_personality("takahe")
    maple.town.flavour = "mastodon"
    maple.town.auto_approve_as = "ann"
    browser = Browser()
    waiting = asyncio.ensure_future(
        service.log_in_with_browser(maple.base_url, browser, timeout=60)
    )
    await asyncio.wait_for(browser.shown.wait(), 10)
    waiting.cancel()  # the person pressed "Use a code instead"
    with pytest.raises(asyncio.CancelledError):
        await waiting
    login = await service.start_code_login(maple.base_url)
    account = await service.finish_code_login(login, await _code_from_the_page(login))
    assert account.handle == "ann@maple.practice"
    with pytest.raises(LoopbackRefused):
        await service.log_in_with_browser(maple.base_url, Browser(), timeout=10)


@pytest.mark.parametrize(("personality", "status"), [("takahe", 500), ("gotosocial", 401)])
async def test_a_wrong_code_says_get_a_new_one(service, maple, personality, status):
    maple.town.use_personality(personality)
    assert maple.town.personality.bad_code_status == status
    login = await service.start_code_login(maple.base_url)
    with pytest.raises(CodeNotAccepted) as caught:
        await service.finish_code_login(login, "mistyped-code")
    message = caught.value.user_message
    assert "did not work" in message
    assert "new code" in message
    assert "problem right now" not in message
    assert "no longer logged in" not in message


async def test_a_refused_code_with_401_registers_again_next_time(service, maple, db):
    maple.town.use_personality("gotosocial")
    login = await service.start_code_login(maple.base_url)
    first = db.registrations.get(maple.base_url)
    assert first is not None
    with pytest.raises(CodeNotAccepted):
        await service.finish_code_login(login, "mistyped-code")
    assert db.registrations.get(maple.base_url) is None
    maple.town.auto_approve_as = "ann"
    login = await service.start_code_login(maple.base_url)
    account = await service.finish_code_login(login, await _code_from_the_page(login))
    assert account.handle == "ann@maple.practice"
    assert db.registrations.get(maple.base_url) != first


async def test_a_town_in_trouble_still_says_so(service, maple):
    login = await service.start_code_login(maple.base_url)
    maple.town.faults.set("status", code=503, paths="/oauth/token", count=1)
    with pytest.raises(TownProblem) as caught:
        await service.finish_code_login(login, "any-code")
    assert not isinstance(caught.value, CodeNotAccepted)
    assert "problem right now" in caught.value.user_message
