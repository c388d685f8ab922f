"""One sender per account, total deadlines, "send from my backup" for a stuck post, and
"sent" that is never lost when saving it fails.

Real parts: practice towns on loopback (hang and drip faults), a real SQLite file whose
connection fails the confirming COMMIT on purpose (the write is really rolled back), and a
silent TCP listener standing in for a town whose TLS handshake never finishes.
"""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from PIL import Image

from townsfolk.api.client import MastodonClient
from townsfolk.api.errors import TimedOut
from townsfolk.cache import Account, Database, Draft, DraftMedia, OutboxState
from townsfolk.services.outbox import Outbox, OutboxProblem, may_have_arrived

from .test_outbox_support import LossyProxy, eventually

OutboxFactory = Callable[..., Outbox]


# ---------------------------------------------------------------------- fixtures and helpers


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Database.open(tmp_path / "profile-db" / "townsfolk.db")
    yield database
    database.close()


@pytest.fixture
def ann(db: Database, maple: Any) -> Account:
    return db.accounts.add(
        server_url=maple.base_url, server_domain=maple.domain, handle="ann@maple.practice"
    )


@pytest.fixture
def backup(db: Database, harbour: Any) -> Account:
    return db.accounts.add(
        server_url=harbour.base_url, server_domain=harbour.domain, handle="ann@harbour.practice"
    )


@pytest.fixture
def proxy(practice: Any, maple: Any) -> Iterator[LossyProxy]:
    with LossyProxy(practice.port(maple.domain)) as lossy:
        yield lossy


@contextlib.asynccontextmanager
async def silent_listener() -> AsyncIterator[int]:
    """A port on 127.0.0.1 that accepts connections and never says a word (a TLS
    handshake with it never finishes)."""
    writers: list[asyncio.StreamWriter] = []

    async def accept(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writers.append(writer)
        with contextlib.suppress(ConnectionError):
            while await reader.read(65536):
                pass

    server = await asyncio.start_server(accept, "127.0.0.1", 0)
    try:
        yield server.sockets[0].getsockname()[1]
    finally:
        server.close()
        for writer in writers:
            writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()
        await server.wait_closed()


@pytest.fixture
async def make_outbox(
    db: Database, maple: Any, harbour: Any, user_token: Any
) -> AsyncIterator[OutboxFactory]:
    """``make_outbox(urls={domain: base_url}, client={...}, **options)``: an Outbox whose
    accounts are ann on maple and ann on harbour (or the address in ``urls``)."""
    made: list[Outbox] = []
    tokens = {
        maple.domain: user_token(maple.domain, "ann"),
        harbour.domain: user_token(harbour.domain, "ann"),
    }

    def factory(
        urls: dict[str, str] | None = None, client: dict[str, Any] | None = None, **options: Any
    ) -> Outbox:
        async def clients(account_id: int) -> MastodonClient:
            account = db.accounts.get(account_id)
            assert account is not None
            settings: dict[str, Any] = {
                "timeout": 10.0,
                "retry_backoff": 0.0,
                "media_poll_interval": 0.02,
                **(client or {}),
            }
            return MastodonClient(
                (urls or {}).get(account.server_domain, account.server_url),
                access_token=tokens.get(account.server_domain, "a-token"),
                server_name=account.server_domain,
                **settings,
            )

        options.setdefault("backoff_base", 0.05)
        options.setdefault("backoff_max", 0.3)
        options.setdefault("backoff_jitter", 0.0)
        options.setdefault("unclear_settle", 0.0)
        outbox = Outbox(db, clients, **options)
        made.append(outbox)
        return outbox

    yield factory
    for outbox in made:
        await outbox.aclose()


def posts_with(place: Any, text: str) -> list[Any]:
    world = place.town.world
    with world.lock:
        return [
            p
            for p in world.posts.values()
            if p.text == text and not p.deleted and world.people[p.author].home == place.domain
        ]


def remote_id_of(place: Any, post: Any) -> str:
    with place.town.world.lock:
        return next(str(i) for i, key in place.town.post_by_id.items() if key == post.key)


def kinds(outbox: Outbox) -> list[str]:
    seen: list[str] = []
    outbox.add_listener(lambda change: seen.append(change.kind))
    return seen


class FailingCommits:
    """A real sqlite3 connection whose COMMIT of the "mark sent" write fails ``times`` times
    (the write is really rolled back), as when the disk is full or another program holds the
    database. Everything else goes straight to the connection."""

    def __init__(self, conn: sqlite3.Connection, times: int, error: Callable[[], Exception]):
        self._conn = conn
        self.times = times
        self.failed = 0
        self._error = error
        self._armed = False

    def execute(self, sql: str, *args: Any) -> Any:
        if sql.startswith("UPDATE outbox SET state = 'sent'"):
            self._armed = self.failed < self.times
        elif sql == "COMMIT" and self._armed:
            self._armed = False
            self.failed += 1
            raise self._error()
        return self._conn.execute(sql, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)


def locked() -> Exception:
    return sqlite3.OperationalError("database is locked")


def disk_full() -> Exception:
    error = sqlite3.OperationalError("database or disk is full")
    error.sqlite_errorcode = sqlite3.SQLITE_FULL  # what SQLite sets: becomes StorageFull
    return error


@contextlib.contextmanager
def failing_commits(
    db: Database, times: int, error: Callable[[], Exception] = locked
) -> Iterator[FailingCommits]:
    core = db._core
    real = core.conn
    wrapper = FailingCommits(real, times, error)
    core.conn = wrapper  # type: ignore[assignment]
    try:
        yield wrapper
    finally:
        core.conn = real


def png(path: Path) -> str:
    Image.new("RGB", (32, 24), (10, 120, 200)).save(path)
    return str(path)


# ---------------------------------------------------------------------- one sender per account


async def test_a_hanging_town_does_not_hold_another_accounts_posts(
    make_outbox: OutboxFactory, ann: Account, backup: Account, maple: Any, harbour: Any
) -> None:
    outbox = make_outbox()  # the default 30 s deadline: maple holds its post that long
    maple.town.faults.set("hang", paths="/api/v1/statuses")
    await outbox.start()
    stuck = await outbox.submit(ann.local_id, Draft(text="Held up in Maple"))
    await eventually(lambda: outbox.sending_phase(stuck.local_id) == "post", 10)

    other = await outbox.submit(backup.local_id, Draft(text="Straight out of Harbour"))
    await eventually(lambda: outbox.get(other.local_id).state is OutboxState.SENT, 10)  # type: ignore[union-attr]
    assert len(posts_with(harbour, "Straight out of Harbour")) == 1
    assert outbox.is_being_sent(stuck.local_id)  # still waiting on maple
    assert outbox.senders() == [ann.local_id]  # harbour's sender ended once it was done

    maple.town.faults.clear()  # maple answers at last
    await eventually(lambda: outbox.get(stuck.local_id).state is OutboxState.SENT, 10)  # type: ignore[union-attr]
    assert len(posts_with(maple, "Held up in Maple")) == 1
    await eventually(lambda: outbox.senders() == [], 5)


async def test_a_dripping_town_ends_at_the_deadline_and_the_post_is_found_not_resent(
    make_outbox: OutboxFactory, ann: Account, maple: Any, db: Database
) -> None:
    maple.town.ignore_idempotency = True  # like Takahē: only looking can tell
    outbox = make_outbox(client={"deadline": 1.5})
    seen = kinds(outbox)
    maple.town.faults.set("drip", delay=0.2, paths="/api/v1/statuses", count=1)
    item = await outbox.submit(ann.local_id, Draft(text="Drip, drip, drip"))
    await outbox.start()
    await eventually(lambda: "sent" in seen, 15)
    [post] = posts_with(maple, "Drip, drip, drip")
    done = db.outbox.get(item.local_id)
    assert done is not None
    assert done.remote_id == remote_id_of(maple, post)
    assert seen.count("retrying") == 1  # the deadline; then found by looking


async def test_deadline_errors_say_whether_the_post_may_have_arrived() -> None:
    never_left = TimedOut("no connection before the deadline")
    never_left.__cause__ = httpx.ConnectTimeout("no connection before the deadline")
    assert not may_have_arrived(never_left)
    left = TimedOut("no complete answer before the deadline")
    left.__cause__ = TimeoutError()
    assert may_have_arrived(left)


# ---------------------------------------------------------------------- "sent" is never lost


@pytest.mark.parametrize("error", [locked, disk_full], ids=["database-locked", "disk-full"])
async def test_sent_is_recorded_when_the_first_save_fails(
    make_outbox: OutboxFactory,
    ann: Account,
    maple: Any,
    db: Database,
    proxy: LossyProxy,
    error: Callable[[], Exception],
) -> None:
    outbox = make_outbox(urls={maple.domain: proxy.base_url})
    seen = kinds(outbox)
    item = await outbox.submit(ann.local_id, Draft(text="Saved at the second try"))
    with failing_commits(db, times=1, error=error) as commits:
        assert await outbox.send_due() == 1
    assert commits.failed == 1
    done = db.outbox.get(item.local_id)
    assert done is not None
    assert done.state is OutboxState.SENT
    [post] = posts_with(maple, "Saved at the second try")
    assert done.remote_id == remote_id_of(maple, post)
    assert seen == ["queued", "sending", "sent"]  # never put back as "not sent"
    assert await outbox.send_due() == 0
    assert proxy.count("POST", "/api/v1/statuses") == 1


async def test_sent_is_kept_in_memory_until_saving_works_again(
    make_outbox: OutboxFactory, ann: Account, maple: Any, db: Database, proxy: LossyProxy
) -> None:
    outbox = make_outbox(
        urls={maple.domain: proxy.base_url}, save_retries=(0.01, 0.01), save_retry_poll=0.05
    )
    seen = kinds(outbox)
    item = await outbox.submit(ann.local_id, Draft(text="The disk was full for a while"))
    with failing_commits(db, times=10**6) as commits:
        await outbox.start()
        await eventually(lambda: commits.failed >= 6, 10)  # the first three, then every 0.05 s
        stored = db.outbox.get(item.local_id)
        assert stored is not None
        assert stored.state is OutboxState.SENDING  # not put back: the town has it
        assert outbox.is_being_sent(item.local_id)
        assert outbox.waiting_count() == 1
        assert "retrying" not in seen
    # Space again: the sender saves it; it was published once.
    await eventually(lambda: "sent" in seen, 5)
    done = db.outbox.get(item.local_id)
    assert done is not None
    assert done.state is OutboxState.SENT
    assert len(posts_with(maple, "The disk was full for a while")) == 1
    assert proxy.count("POST", "/api/v1/statuses") == 1


async def test_accepted_but_never_saved_is_looked_for_after_a_restart(
    make_outbox: OutboxFactory, ann: Account, maple: Any, db: Database, proxy: LossyProxy
) -> None:
    maple.town.ignore_idempotency = True
    first = make_outbox(urls={maple.domain: proxy.base_url}, save_retries=(), save_retry_poll=60)
    item = await first.submit(ann.local_id, Draft(text="Quit before it was saved"))
    with failing_commits(db, times=10**6):
        assert await first.send_due() == 1
        await first.aclose()  # the app quits; "sent" was never saved
    stored = db.outbox.get(item.local_id)
    assert stored is not None
    assert stored.state is OutboxState.SENDING

    again = make_outbox(urls={maple.domain: proxy.base_url})
    seen = kinds(again)
    await again.start()  # takes it back as unclear, looks, finds it
    await eventually(lambda: "sent" in seen, 10)
    [post] = posts_with(maple, "Quit before it was saved")
    done = db.outbox.get(item.local_id)
    assert done is not None
    assert done.remote_id == remote_id_of(maple, post)
    assert proxy.count("POST", "/api/v1/statuses") == 1
    assert proxy.count("GET", "/api/v1/accounts/[^/]+/statuses") >= 1


# ---------------------------------------------------------------------- a stuck post moves


async def test_a_post_stuck_uploading_moves_to_the_backup(
    make_outbox: OutboxFactory,
    ann: Account,
    backup: Account,
    maple: Any,
    harbour: Any,
    db: Database,
    tmp_path: Path,
) -> None:
    outbox = make_outbox()
    seen = kinds(outbox)
    maple.town.faults.set("hang", paths="/api/v2/media")
    media = (DraftMedia(png(tmp_path / "p.png"), description="Blue"),)
    item = await outbox.submit(ann.local_id, Draft(text="Pictures from the fair", media=media))
    await outbox.start()
    await eventually(lambda: outbox.sending_phase(item.local_id) == "media", 10)
    with pytest.raises(OutboxProblem):  # the plain move still refuses a post being sent
        outbox.move_to_account(item.local_id, backup.local_id)

    moved = await outbox.move_now(item.local_id, backup.local_id)
    assert moved.account_id == backup.local_id
    assert db.outbox.get(item.local_id) is None
    assert not outbox.is_being_sent(item.local_id)
    await eventually(lambda: db.outbox.get(moved.local_id).state is OutboxState.SENT, 10)  # type: ignore[union-attr]
    [post] = posts_with(harbour, "Pictures from the fair")
    assert len(post.media) == 1
    maple.town.faults.clear()
    assert await outbox.send_due() == 0
    assert posts_with(maple, "Pictures from the fair") == []
    assert "moved" in seen
    assert outbox.stored_pictures() == []


async def test_a_post_whose_town_never_finishes_connecting_moves_to_the_backup(
    make_outbox: OutboxFactory,
    ann: Account,
    backup: Account,
    harbour: Any,
    db: Database,
) -> None:
    async with silent_listener() as port:
        outbox = make_outbox(urls={"maple.practice": f"https://127.0.0.1:{port}"})
        item = await outbox.submit(ann.local_id, Draft(text="Maple is not answering"))
        await outbox.start()
        await eventually(lambda: outbox.sending_phase(item.local_id) == "post", 10)
        # The request is still waiting for the connection: it certainly has not left.
        moved = await outbox.move_now(item.local_id, backup.local_id)
        await eventually(lambda: db.outbox.get(moved.local_id).state is OutboxState.SENT, 10)  # type: ignore[union-attr]
    assert len(posts_with(harbour, "Maple is not answering")) == 1


async def test_a_post_that_may_be_on_its_way_is_not_moved(
    make_outbox: OutboxFactory, ann: Account, backup: Account, maple: Any, db: Database
) -> None:
    outbox = make_outbox()
    maple.town.faults.set("hang", paths="/api/v1/statuses")
    item = await outbox.submit(ann.local_id, Draft(text="Already on its way"))
    await outbox.start()
    await eventually(lambda: outbox.sending_phase(item.local_id) == "post", 10)
    await eventually(lambda: outbox.may_have_left(item.local_id), 10)
    with pytest.raises(OutboxProblem) as caught:
        await outbox.move_now(item.local_id, backup.local_id)
    assert "may already have reached" in caught.value.user_message
    assert outbox.is_being_sent(item.local_id)  # the send goes on
    assert db.outbox.pending_count(backup.local_id) == 0
    maple.town.faults.clear()
    await eventually(lambda: db.outbox.get(item.local_id).state is OutboxState.SENT, 10)  # type: ignore[union-attr]
    assert len(posts_with(maple, "Already on its way")) == 1


async def test_a_waiting_post_moves_at_once(
    make_outbox: OutboxFactory, ann: Account, backup: Account, harbour: Any, db: Database
) -> None:
    outbox = make_outbox()
    item = await outbox.submit(ann.local_id, Draft(text="Not started yet"))
    moved = await outbox.move_now(item.local_id, backup.local_id)
    assert db.outbox.get(item.local_id) is None
    assert await outbox.send_due() == 1
    assert moved.account_id == backup.local_id
    assert len(posts_with(harbour, "Not started yet")) == 1
