"""Every flow against every practice-town personality (issue 10: "real towns are not the
practice town").

Each flow is one test, parametrised over the personalities of `practice/personalities.py`
(Mastodon 4 and 3, Takahē, GoToSocial, Pleroma, Friendica), on the practice towns served on
127.0.0.1 (one server for the whole run; `world.reset()` between tests), with real SQLite
files and the real services:

- log in with a code (the way that works on every town), and through the browser where the
  town takes Townsfolk's return address (elsewhere: "use a code", before opening anything);
- the town's page in the wizard: its rules (or where they are: never "no rules"), terms, and
  how to join; signing up in the app, or "join on the web page" where the town has no sign-up;
- reading the home timeline;
- posting through the outbox (sent once);
- changing a post (the text as typed, never HTML; or "cannot change" in plain words);
- notifications, and follow requests (each waiting request once, answered on the town);
- failover: the town stops answering and the backup, in a town of another kind, takes over.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.services.test_failover_support import Rig
from townsfolk.api.client import MastodonClient
from townsfolk.api.errors import ApiError
from townsfolk.cache import Account, AccountState, Database, Draft
from townsfolk.practice import personalities
from townsfolk.services.accounts import (
    AccountsService,
    LoopbackRefused,
    SignUpElsewhere,
    SignUpForm,
    SignUpMode,
)
from townsfolk.services.failover import SwitchedToBackup
from townsfolk.services.health import TownState
from townsfolk.services.notifications import Notifications
from townsfolk.services.outbox import Outbox
from townsfolk.services.post_actions import ActionFailed, PostActions
from townsfolk.services.secrets import SecretStore
from townsfolk.services.timelines import Timeline
from townsfolk.ui.onboarding.pages import town_html

NAMES = sorted(personalities.PERSONALITIES)
#: The backup's town is always of another kind than the main one.
OTHER = {name: NAMES[(i + 1) % len(NAMES)] for i, name in enumerate(NAMES)}
TYPED = "Flows on every kind of town with @bob and https://example.com/a/long/path #garden"

pytestmark = pytest.mark.parametrize("personality", NAMES)


@dataclass
class Ann:
    db: Database
    account: Account
    client: MastodonClient
    token: str


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Database.open(tmp_path / "profile" / "townsfolk.db")
    yield database
    database.close()


@pytest.fixture
async def ann(db: Database, maple: Any, user_token: Any, personality: str) -> AsyncIterator[Ann]:
    maple.town.use_personality(personality)
    account = db.accounts.add(
        server_url=maple.base_url, server_domain=maple.domain, handle="ann@maple.practice"
    )
    token = user_token(maple.domain, "ann")
    client = MastodonClient(
        maple.base_url, access_token=token, server_name=maple.domain, retry_backoff=0.0
    )
    yield Ann(db, account, client, token)
    await client.aclose()


async def test_log_in_with_a_code(db: Database, maple: Any, personality: str) -> None:
    maple.town.use_personality(personality)
    maple.town.auto_approve_as = "ann"
    service = AccountsService(db, SecretStore())
    login = await service.start_code_login(maple.base_url)
    async with httpx.AsyncClient(follow_redirects=True, timeout=10) as person:
        page = await person.get(login.url)
    found = re.search(r'id="code">([^<]+)<', page.text)
    assert found is not None, page.text
    account = await service.finish_code_login(login, found.group(1))
    assert account.handle == "ann@maple.practice"


async def test_log_in_through_the_browser_or_told_to_use_a_code(
    db: Database, maple: Any, personality: str
) -> None:
    """The browser way where the town takes Townsfolk's return address; elsewhere a plain
    "use a code" before the person is sent anywhere that cannot come back."""
    maple.town.use_personality(personality)
    maple.town.auto_approve_as = "ann"
    service = AccountsService(db, SecretStore())
    opened: list[str] = []

    async def browser(url: str) -> None:
        opened.append(url)
        async with httpx.AsyncClient(follow_redirects=True, timeout=10) as person:
            await person.get(url)

    if maple.town.personality.redirect == "doorkeeper":
        account = await service.log_in_with_browser(maple.base_url, browser, timeout=20)
        assert account.handle == "ann@maple.practice"
        assert len(opened) == 1
    else:
        with pytest.raises(LoopbackRefused):
            await service.log_in_with_browser(maple.base_url, browser, timeout=20)
        assert opened == []


async def test_the_town_page_of_the_wizard(
    qapp: Any, db: Database, maple: Any, personality: str
) -> None:
    maple.town.use_personality(personality)
    info = await AccountsService(db, SecretStore()).check_town(maple.base_url)
    page = town_html(info)  # what the wizard's "About this town" shows
    assert "The town rules" in page
    assert ("own web page" in page) == (info.sign_up.mode is SignUpMode.ELSEWHERE)
    # Rules: listed, or their web page linked, or the town's about page: never nothing.
    assert info.rules or info.rules_url or info.about_url
    if maple.town.personality.rules_api == "yes":
        assert len(info.rules) == 5
    if not maple.town.personality.sign_up_api:
        assert info.sign_up.mode is SignUpMode.ELSEWHERE
        assert info.sign_up.url
        assert info.terms_url
        assert info.privacy_url
    else:
        assert info.sign_up.mode is SignUpMode.OPEN
    assert info.privacy_url


async def test_sign_up_in_the_app_or_on_the_web_page(
    db: Database, maple: Any, personality: str
) -> None:
    maple.town.use_personality(personality)
    service = AccountsService(db, SecretStore())
    form = SignUpForm(
        username="newcomer", email="new@example.org", password="a long sentence", agreement=True
    )
    if maple.town.personality.sign_up_api:
        account = await service.sign_up(maple.base_url, form)
        assert account.state is AccountState.WAITING_FOR_EMAIL
    else:
        with pytest.raises(SignUpElsewhere):
            await service.sign_up(maple.base_url, form)
        assert db.accounts.list() == []


async def test_reading_the_home_timeline(ann: Ann) -> None:
    timeline = Timeline(ann.db, ann.client, ann.account.local_id, "home")
    try:
        result = await timeline.refresh()
        assert result.error is None
        assert result.skipped == 0
        assert len(timeline.items) >= 10
    finally:
        timeline.close()


async def test_posting_sends_once(ann: Ann, maple: Any) -> None:
    async def clients(_account_id: int) -> MastodonClient:
        return MastodonClient(
            maple.base_url,
            access_token=ann.token,
            server_name=maple.domain,
            retry_backoff=0.0,
        )

    outbox = Outbox(ann.db, clients, unclear_settle=0.0, backoff_base=0.05, backoff_max=0.2)
    sent = asyncio.Event()
    outbox.add_listener(lambda change: sent.set() if change.kind == "sent" else None)
    try:
        await outbox.submit(ann.account.local_id, Draft(text=TYPED))
        await outbox.start()
        await asyncio.wait_for(sent.wait(), 30)
    finally:
        await outbox.aclose()
    with maple.town.world.lock:
        copies = [p for p in maple.town.world.posts.values() if p.text == TYPED]
    assert len(copies) == 1


async def test_changing_a_post(ann: Ann, maple: Any) -> None:
    post = await ann.client.post_status(TYPED)
    actions = PostActions(ann.db, ann.account.local_id, ann.client)
    if not maple.town.personality.can_edit:
        assert not await actions.edit_support()
        with pytest.raises(ActionFailed, match="does not let people change their posts"):
            await actions.edit(post.id, text="changed")
        return
    assert await actions.edit_support()
    source = await actions.edit_source(post)
    assert source.text == TYPED  # as typed: never the post's HTML
    changed = await actions.edit(post.id, text=source.text.replace("Flows", "Walks"))
    assert "Walks on every kind of town" in changed.content
    assert "&lt;" not in changed.content


async def test_notifications_and_follow_requests(ann: Ann, maple: Any, practice: Any) -> None:
    notifications = Notifications(ann.db, ann.account.local_id, ann.client)
    await notifications.refresh()
    saved = notifications.saved()
    assert any(i.notification.type == "mention" for i in saved)
    waiting = [i for i in saved if i.waiting_request]
    assert len(waiting) == 1, "the seeded request, once, on every kind of town"
    await notifications.answer_follow_request(waiting[0], accept=True)
    asker = maple.town.acct_by_id[int(waiting[0].notification.account.id)]
    assert practice.world.follows(asker, practice.world.handles[("maple.practice", "ann")])
    await notifications.refresh()
    assert not [i for i in notifications.saved() if i.waiting_request]


async def test_failover_to_a_backup_in_another_kind_of_town(
    tmp_path: Path, maple: Any, harbour: Any, user_token: Any, personality: str
) -> None:
    maple.town.use_personality(personality)
    harbour.town.use_personality(OTHER[personality])
    rig = await Rig.build(tmp_path / "rig", maple, harbour, user_token)
    try:
        main = await rig.client(rig.main)
        await main.home_timeline(limit=5)
        assert rig.monitor.state(rig.main.server_url) is TownState.FINE
        maple.town.faults.set("down")
        request = asyncio.ensure_future(main.home_timeline(limit=5))
        event = await rig.events.wait(SwitchedToBackup, timeout=15)
        assert event.backup_id == rig.backup.local_id
        assert event.down_town == "maple.practice"
        maple.town.faults.clear()
        with contextlib.suppress(ApiError):  # (it may have failed, or been retried)
            await asyncio.wait_for(request, 30)
        backup = await rig.client(rig.backup)
        page = await backup.home_timeline(limit=5)
        assert page.items
    finally:
        maple.town.faults.clear()
        await rig.close()
