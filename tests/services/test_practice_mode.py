"""Practice mode: an in-process world, its own database and secrets, nothing reaches the real
ones, and no network at all."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from townsfolk.cache import AccountRole, AccountState, Database
from townsfolk.services.practice_mode import PRACTICE_FOLDER, PracticeMode


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch):
    """Any real connection attempt fails the test."""

    async def refuse(self, request):
        raise AssertionError(f"practice mode touched the network: {request.url}")

    monkeypatch.setattr(httpx.AsyncHTTPTransport, "handle_async_request", refuse)


async def test_practice_logs_in_without_network(profile_dir: Path, memory_keyring, no_network):
    mode = PracticeMode(profile_dir)
    session = await mode.start()
    try:
        assert mode.running
        account = session.account
        assert account.handle == "ann@maple.practice"
        assert account.state is AccountState.ACTIVE
        # The practice account works: it can read its own profile and post.
        async with await session.accounts.client_for(account) as client:
            me = await client.verify_credentials()
            assert me.username == "ann"
        # Its database lives in the practice sub-folder, apart from the real one.
        assert (profile_dir / PRACTICE_FOLDER / "townsfolk.db").is_file()
        assert not (profile_dir / "townsfolk.db").exists()
        # The real keyring never saw anything.
        assert memory_keyring.store == {}
        assert session.secrets.get_token(account.local_id) is not None
        # Signing up in a practice town works too (the town confirms emails by hook).
        town = session.world.town("harbour.practice")
        info = await session.accounts.check_town("harbour.practice")
        assert info.domain == "harbour.practice"
        assert "ann" in town.users
    finally:
        mode.stop()
    assert not mode.running
    assert memory_keyring.store == {}


async def test_practice_starts_fresh_each_time(profile_dir: Path, no_network):
    mode = PracticeMode(profile_dir)
    first = await mode.start()
    assert await mode.start() is first  # starting twice is harmless
    mode.stop()
    second = await mode.start()
    try:
        assert second.account.local_id == 1
        assert len(second.db.accounts.list()) == 1
    finally:
        mode.stop()


async def test_real_database_is_untouched(profile_dir: Path, no_network):
    real = Database.open(profile_dir / "townsfolk.db")
    try:
        mode = PracticeMode(profile_dir)
        await mode.start()
        mode.stop()
        assert real.accounts.list() == []
    finally:
        real.close()


async def test_a_second_practice_account_on_another_practice_town(
    profile_dir: Path, memory_keyring, no_network
):
    mode = PracticeMode(profile_dir)
    session = await mode.start()
    try:
        assert session.other_town() == "harbour.practice"
        second = await session.add_account(session.other_town())
        # harbour.practice has its own ann already: the person gets a free username there.
        assert second.handle == "ann2@harbour.practice"
        assert second.role is AccountRole.MAIN
        assert second.state is AccountState.ACTIVE
        async with await session.accounts.client_for(second) as client:
            me = await client.verify_credentials()
        assert me.username == "ann2"
        assert me.display_name == session.account.display_name
        # Logged in the practice's way: its token in the practice's own secret store only.
        assert session.secrets.get_token(second.local_id) is not None
        assert memory_keyring.store == {}
        # Both practice Mastodon towns have one of hers now: a backup goes on the one that
        # is not the first account's town.
        domain = session.other_town()
        assert domain == "harbour.practice"
        backup = await session.add_account(domain, backup_of=session.account)
        assert backup.handle == "ann3@harbour.practice"
        assert backup.role is AccountRole.BACKUP
        assert backup.backup_of == session.account.local_id
        assert [a.handle for a in session.db.accounts.backups(session.account.local_id)] == [
            backup.handle
        ]
    finally:
        mode.stop()
