"""services.session against practice towns on loopback: accounts, logins, the town's limits
kept for offline use, search results kept, waiting posts brought forward."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

from townsfolk.api.client import MastodonClient
from townsfolk.cache import AccountRole, AccountState, Draft
from townsfolk.services.session import Session, SessionProblem


def fast(base_url: str, token: str | None) -> MastodonClient:
    return MastodonClient(base_url, access_token=token, max_retries=0, timeout=3.0)


def add(session: Session, place: Any, token: str | None, **extra: Any) -> Any:
    account = session.db.accounts.add(
        server_url=place.base_url,
        server_domain=place.domain,
        handle=f"ann@{place.domain}",
        remote_id=extra.pop("remote_id", "ann-id"),
        **extra,
    )
    if token is not None:
        session.secrets.set_token(account.local_id, token)
    return account


async def test_accounts_come_main_first_then_backups(
    profile_dir: Path, maple: Any, harbour: Any
) -> None:
    session = Session.open(profile_dir, client_factory=fast)
    try:
        main = add(session, maple, None)
        add(session, harbour, None, remote_id="x", state=AccountState.WAITING_FOR_EMAIL)
        backup = add(
            session, harbour, None, remote_id="b", role=AccountRole.BACKUP, backup_of=main.local_id
        )
        assert [a.local_id for a in session.accounts()] == [main.local_id, backup.local_id]
    finally:
        await session.aclose()


async def test_a_missing_login_still_shows_saved_posts(profile_dir: Path, maple: Any) -> None:
    session = Session.open(profile_dir, client_factory=fast)
    try:
        account = add(session, maple, None)
        await session.start()
        prepared = session.get(account.local_id)
        assert prepared is not None
        assert not prepared.logged_in
        assert prepared.problem is not None
        assert "ann@maple.practice" in prepared.problem
        assert "log in again" in prepared.problem
        assert prepared.client.server == "maple.practice"
        assert session.timeline(account.local_id, "home").open().items == []
    finally:
        await session.aclose()


async def test_the_towns_limits_are_kept_for_offline_use(
    profile_dir: Path, maple: Any, user_token: Any
) -> None:
    session = Session.open(profile_dir, client_factory=fast)
    try:
        account = add(session, maple, user_token(maple.domain))
        await session.prepare(account.local_id)
        assert session.cached_instance(account.local_id) is None
        fetched = await session.fetch_instance(account.local_id)
        assert fetched is not None
        assert fetched.configuration is not None
    finally:
        await session.aclose()

    again = Session.open(profile_dir, client_factory=fast)
    try:
        maple.town.faults.set("down")
        await again.prepare(account.local_id)
        kept = again.cached_instance(account.local_id)
        assert kept is not None
        assert kept.configuration == fetched.configuration
        assert await again.fetch_instance(account.local_id) == kept  # offline: the kept one
    finally:
        maple.town.faults.clear()
        await again.aclose()


async def test_search_keeps_the_posts_it_found_and_failures_are_plain(
    profile_dir: Path, maple: Any, user_token: Any
) -> None:
    session = Session.open(profile_dir, client_factory=fast)
    try:
        account = add(session, maple, user_token(maple.domain))
        await session.prepare(account.local_id)
        results = await session.search(account.local_id, "#garden")
        assert results.hashtags
        async with MastodonClient(maple.base_url, access_token=user_token(maple.domain)) as c:
            post = (await c.public_timeline(local=True, limit=1)).items[0]
        found = await session.search(account.local_id, post.url or "")
        assert [s.id for s in found.statuses] == [post.id]
        assert session.thread_from_cache(account.local_id, post.id).focus is not None

        person, relationship = await session.person(account.local_id, "bob")
        assert person.display_name == "Bob Baker"
        assert relationship is not None

        maple.town.faults.set("down")
        with pytest.raises(SessionProblem) as problem:
            await session.search(account.local_id, "bob")
        assert "maple.practice" in problem.value.user_message
        with pytest.raises(SessionProblem):
            await session.person(account.local_id, "bob")
    finally:
        maple.town.faults.clear()
        await session.aclose()


async def test_waiting_posts_are_brought_forward_when_the_town_is_back(
    profile_dir: Path, maple: Any
) -> None:
    session = Session.open(profile_dir, client_factory=fast)
    try:
        account = add(session, maple, None)
        item = await session.outbox.submit(account.local_id, Draft(text="later"))
        session.db.outbox.reschedule(
            item.local_id, error="not answering", next_attempt_at=time.time() + 600
        )
        assert session.send_waiting_now() == 1
        again = session.outbox.get(item.local_id)
        assert again is not None
        assert again.next_attempt_at <= time.time()
        assert session.send_waiting_now() == 0
    finally:
        await session.aclose()
