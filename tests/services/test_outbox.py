"""The outbox against a practice town on loopback: saved first, sent once, never lost."""

from __future__ import annotations

import errno
import os
import struct
import zlib
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from townsfolk.api.client import MastodonClient
from townsfolk.cache import Account, Database, Draft, DraftMedia, DraftPoll, OutboxState
from townsfolk.cache.errors import StorageFull
from townsfolk.services import outbox as outbox_module
from townsfolk.services.outbox import Outbox, OutboxChange, OutboxProblem
from townsfolk.services.pictures import PictureRefused

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
def proxy(practice: Any, maple: Any) -> Iterator[LossyProxy]:
    with LossyProxy(practice.port(maple.domain)) as lossy:
        yield lossy


@pytest.fixture
async def make_outbox(
    db: Database, maple: Any, harbour: Any, user_token: Any
) -> AsyncIterator[OutboxFactory]:
    """``make_outbox(base_url=..., timeout=..., **options)``: an Outbox whose accounts are
    ann@maple (through ``base_url``, e.g. a proxy) and, for any other account, the first
    person of harbour."""
    made: list[Outbox] = []
    tokens = {
        maple.domain: user_token(maple.domain, "ann"),
        harbour.domain: user_token(harbour.domain, harbour.town.users[0]),
    }

    def factory(
        base_url: str | None = None, timeout: float = 10.0, database: Database | None = None,
        **options: Any,
    ) -> Outbox:  # fmt: skip
        where = database or db

        async def clients(account_id: int) -> MastodonClient:
            account = where.accounts.get(account_id)
            assert account is not None
            url = base_url if account.server_domain == maple.domain and base_url else None
            return MastodonClient(
                url or account.server_url,
                access_token=tokens[account.server_domain],
                timeout=timeout,
                retry_backoff=0.0,
                server_name=account.server_domain,
                media_poll_interval=0.02,
            )

        options.setdefault("backoff_base", 0.05)
        options.setdefault("backoff_max", 0.3)
        options.setdefault("backoff_jitter", 0.0)
        options.setdefault("unclear_settle", 0.0)
        outbox = Outbox(where, clients, **options)
        made.append(outbox)
        return outbox

    yield factory
    for outbox in made:
        await outbox.aclose()


class Recorder:
    def __init__(self, outbox: Outbox) -> None:
        self.changes: list[OutboxChange] = []
        outbox.add_listener(self.changes.append)

    def kinds(self) -> list[str]:
        return [c.kind for c in self.changes]

    def count(self, kind: str) -> int:
        return self.kinds().count(kind)


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


def picture(path: Path, colour: tuple[int, int, int], size: tuple[int, int] = (64, 48)) -> str:
    Image.new("RGB", size, colour).save(path)
    return str(path)


def png_header_only(width: int, height: int) -> bytes:
    """A PNG whose header claims width × height pixels, with almost no data behind it."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 64)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")
    )


# ---------------------------------------------------------------------- posting


async def test_text_post_is_saved_first_then_sent_once(
    make_outbox: OutboxFactory, ann: Account, maple: Any, db: Database
) -> None:
    outbox = make_outbox()
    seen = Recorder(outbox)
    item = await outbox.submit(ann.local_id, Draft(text="Good morning, Maple!", language="en"))
    # Saved before anything was sent, with its own idempotency key.
    saved = db.outbox.get(item.local_id)
    assert saved is not None
    assert saved.state is OutboxState.QUEUED
    assert len(saved.idempotency_key) >= 32
    assert outbox.waiting_count() == 1
    assert posts_with(maple, "Good morning, Maple!") == []

    assert await outbox.send_due() == 1

    [post] = posts_with(maple, "Good morning, Maple!")
    done = db.outbox.get(item.local_id)
    assert done is not None
    assert done.state is OutboxState.SENT
    assert done.remote_id == remote_id_of(maple, post)
    assert outbox.waiting_count() == 0
    assert outbox.waiting() == []
    assert seen.kinds() == ["queued", "sending", "sent"]
    assert seen.changes[-1].item is not None
    assert seen.changes[-1].item.remote_id == done.remote_id


async def test_pictures_with_descriptions_and_content_warning(
    make_outbox: OutboxFactory,
    ann: Account,
    maple: Any,
    db: Database,
    proxy: LossyProxy,
    tmp_path: Path,
) -> None:
    outbox = make_outbox(base_url=proxy.base_url)
    first = picture(tmp_path / "red.png", (200, 30, 30))
    second = picture(tmp_path / "blue.jpg", (30, 30, 200))
    draft = Draft(
        text="Our garden this week",
        spoiler_text="Spiders!",
        sensitive=True,
        visibility="unlisted",
        media=(
            DraftMedia(first, description="A red wall"),
            DraftMedia(second, description="A blue door"),
        ),
    )
    item = await outbox.submit(ann.local_id, draft)
    # The prepared copies live in the profile, so the originals may go away.
    assert len(outbox.stored_pictures()) == 2
    os.unlink(first)
    os.unlink(second)
    # The first try of the post fails on the town's side; the pictures are not uploaded again.
    maple.town.faults.set("status", code=503, count=1, paths="/api/v1/statuses")
    assert await outbox.send_due() == 0
    waiting = db.outbox.get(item.local_id)
    assert waiting is not None
    assert waiting.state is OutboxState.QUEUED
    assert waiting.outcome_unclear  # a 503 may hide a created post: it will be checked
    assert all(m.remote_id for m in waiting.draft.media)
    await eventually(lambda: outbox._until_next_due() == 0.0)
    assert await outbox.send_due() == 1

    [post] = posts_with(maple, "Our garden this week")
    assert post.spoiler_text == "Spiders!"
    assert post.sensitive
    assert post.visibility == "unlisted"
    with maple.town.world.lock:
        descriptions = [maple.town.world.media[k].description for k in post.media]
    assert descriptions == ["A red wall", "A blue door"]
    assert proxy.count("POST", "/api/v2/media") == 2
    assert proxy.count("POST", "/api/v1/statuses") == 2  # the 503, then the one that worked
    assert outbox.stored_pictures() == []  # copies removed once the town confirmed


async def test_poll(make_outbox: OutboxFactory, ann: Account, maple: Any) -> None:
    outbox = make_outbox()
    poll = DraftPoll(options=("Tea", "Coffee", "Water"), expires_in=3600, multiple=True)
    await outbox.submit(ann.local_id, Draft(text="What do you drink?", poll=poll))
    assert await outbox.send_due() == 1
    [post] = posts_with(maple, "What do you drink?")
    assert post.poll is not None
    assert post.poll.options == ["Tea", "Coffee", "Water"]
    assert post.poll.multiple


async def test_pictures_and_poll_together_are_refused_before_saving(
    make_outbox: OutboxFactory, ann: Account, tmp_path: Path
) -> None:
    outbox = make_outbox()
    draft = Draft(
        text="both",
        poll=DraftPoll(options=("a", "b"), expires_in=3600),
        media=(DraftMedia(picture(tmp_path / "p.png", (1, 2, 3))),),
    )
    with pytest.raises(OutboxProblem) as caught:
        await outbox.submit(ann.local_id, draft)
    assert "not both" in caught.value.user_message
    with pytest.raises(OutboxProblem):
        await outbox.submit(ann.local_id, Draft(text="   "))
    assert outbox.waiting_count() == 0


async def test_decompression_bomb_is_refused_and_nothing_saved(
    make_outbox: OutboxFactory, ann: Account, tmp_path: Path
) -> None:
    outbox = make_outbox()
    bomb = tmp_path / "bomb.png"
    bomb.write_bytes(png_header_only(100_000, 100_000))
    good = picture(tmp_path / "good.png", (9, 9, 9))
    draft = Draft(text="look", media=(DraftMedia(good), DraftMedia(str(bomb))))
    with pytest.raises(PictureRefused) as caught:
        await outbox.submit(ann.local_id, draft)
    assert caught.value.user_message.startswith("This picture is too large to open safely")
    assert outbox.waiting_count() == 0
    assert outbox.stored_pictures() == []  # the good picture's copy was removed again


async def test_a_full_disk_while_keeping_a_picture_says_so_and_saves_nothing(
    make_outbox: OutboxFactory, ann: Account, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    outbox = make_outbox()
    draft = Draft(text="look", media=(DraftMedia(picture(tmp_path / "a.png", (9, 9, 9))),))

    def full(path: Path, data: object, **_: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    monkeypatch.setattr(outbox_module.paths, "write_private", full)
    with pytest.raises(StorageFull) as caught:
        await outbox.submit(ann.local_id, draft)
    assert "full" in caught.value.user_message
    assert outbox.waiting_count() == 0
    assert outbox.stored_pictures() == []


# ---------------------------------------------------------------------- failures


async def test_town_down_then_back_sent_exactly_once(
    make_outbox: OutboxFactory, ann: Account, maple: Any, db: Database
) -> None:
    outbox = make_outbox()
    seen = Recorder(outbox)
    maple.town.faults.set("down")
    await outbox.start()
    item = await outbox.submit(ann.local_id, Draft(text="Are you there?"))
    await eventually(lambda: seen.count("retrying") >= 3)
    waiting = db.outbox.get(item.local_id)
    assert waiting is not None
    assert waiting.state in (OutboxState.QUEUED, OutboxState.SENDING)
    assert not waiting.outcome_unclear  # refused connections never carry the post
    assert waiting.last_error is not None
    assert "Nothing was lost" in waiting.last_error
    assert outbox.waiting_count() == 1
    maple.town.faults.clear()
    outbox.retry_all_now()
    await eventually(lambda: "sent" in seen.kinds())
    assert len(posts_with(maple, "Are you there?")) == 1


async def test_rate_limited_waits_for_the_reset(
    make_outbox: OutboxFactory, ann: Account, maple: Any, db: Database
) -> None:
    outbox = make_outbox(backoff_base=0.0)
    maple.town.faults.set("rate_limit", reset_in=1.0, count=1, paths="/api/v1/statuses")
    item = await outbox.submit(ann.local_id, Draft(text="slowly now"))
    assert await outbox.send_due() == 0
    waiting = db.outbox.get(item.local_id)
    assert waiting is not None
    assert waiting.next_attempt_at - waiting.updated_at >= 0.3  # the reset, not the backoff
    assert "slow down" in (waiting.last_error or "")
    await outbox.start()
    await eventually(lambda: outbox.waiting_count() == 0)
    assert len(posts_with(maple, "slowly now")) == 1


@pytest.mark.parametrize("drop", [False, True], ids=["timeout", "connection-dropped"])
async def test_lost_answer_on_a_town_that_ignores_the_key_is_found_not_resent(
    make_outbox: OutboxFactory,
    ann: Account,
    maple: Any,
    db: Database,
    proxy: LossyProxy,
    drop: bool,
) -> None:
    maple.town.ignore_idempotency = True  # like Takahē
    outbox = make_outbox(base_url=proxy.base_url, timeout=0.5)
    seen = Recorder(outbox)
    proxy.lose_answer("POST", "/api/v1/statuses", drop=drop)
    item = await outbox.submit(ann.local_id, Draft(text="Did this arrive? @bob@harbour.practice"))
    await outbox.start()
    await eventually(lambda: "sent" in seen.kinds())

    posts = posts_with(maple, "Did this arrive? @bob@harbour.practice")
    assert len(posts) == 1
    assert proxy.count("POST", "/api/v1/statuses") == 1  # found by looking, never re-sent
    assert proxy.count("GET", "/api/v1/accounts/[^/]+/statuses") >= 1
    done = db.outbox.get(item.local_id)
    assert done is not None
    assert done.remote_id == remote_id_of(maple, posts[0]) == proxy.lost_ids()[0]
    assert "retrying" in seen.kinds()


async def test_resend_with_the_same_key_when_the_first_request_arrives_late(
    make_outbox: OutboxFactory, ann: Account, maple: Any, db: Database, proxy: LossyProxy
) -> None:
    """The check cannot see a request still on its way; the re-send carries the same key, so a
    town that honours it answers the late original with the same post."""
    outbox = make_outbox(base_url=proxy.base_url, timeout=0.5)
    seen = Recorder(outbox)
    proxy.hold_request("POST", "/api/v1/statuses")
    item = await outbox.submit(ann.local_id, Draft(text="Slow roads today"))
    await outbox.start()
    await eventually(lambda: "sent" in seen.kinds())
    done = db.outbox.get(item.local_id)
    assert done is not None
    assert done.remote_id is not None
    assert proxy.held() == 1

    proxy.release()  # the first request finally reaches the town
    # (the whole answer: its head and body may come in two pieces)
    await eventually(lambda: len(proxy.lost_ids()) == 1)
    assert proxy.lost_ids() == [done.remote_id]  # the town answered with the same post
    assert len(posts_with(maple, "Slow roads today")) == 1
    assert proxy.count("POST", "/api/v1/statuses") == 2


async def test_refusal_needs_attention_and_is_not_retried(
    make_outbox: OutboxFactory, ann: Account, maple: Any, db: Database, proxy: LossyProxy
) -> None:
    outbox = make_outbox(base_url=proxy.base_url)
    seen = Recorder(outbox)
    item = await outbox.submit(ann.local_id, Draft(text="x" * 600))
    assert await outbox.send_due() == 0
    failed = db.outbox.get(item.local_id)
    assert failed is not None
    assert failed.state is OutboxState.FAILED
    message = failed.last_error or ""
    assert message.startswith("maple.practice did not accept this post.")
    assert "character limit" in message
    for word in ("status", "toot", "instance", "API", "422"):
        assert word not in message
    assert seen.kinds()[-1] == "needs_attention"
    assert await outbox.send_due() == 0  # not retried blindly
    assert proxy.count("POST", "/api/v1/statuses") == 1
    assert outbox.waiting_count() == 1  # still there, for the person to fix

    fixed = await outbox.edit(item.local_id, Draft(text="Shorter now"))
    assert fixed.state is OutboxState.QUEUED
    assert fixed.idempotency_key != failed.idempotency_key
    assert await outbox.send_due() == 1
    assert len(posts_with(maple, "Shorter now")) == 1


async def test_forgotten_pictures_are_uploaded_again(
    make_outbox: OutboxFactory,
    ann: Account,
    maple: Any,
    db: Database,
    proxy: LossyProxy,
    tmp_path: Path,
) -> None:
    outbox = make_outbox(base_url=proxy.base_url)
    media = (DraftMedia(picture(tmp_path / "a.png", (5, 100, 5)), description="Green"),)
    item = await outbox.submit(ann.local_id, Draft(text="green", media=media))
    maple.town.faults.set("status", code=500, count=1, paths="/api/v1/statuses")
    assert await outbox.send_due() == 0
    waiting = db.outbox.get(item.local_id)
    assert waiting is not None
    old_id = waiting.draft.media[0].remote_id
    assert old_id is not None
    with maple.town.world.lock:  # the town cleans up pictures that were never used
        del maple.town.media_by_id[int(old_id)]
    await eventually(lambda: outbox._until_next_due() == 0.0)
    seen = Recorder(outbox)
    # The town refuses the lost picture; it is uploaded again at once and the post goes out.
    assert await outbox.send_due() == 1
    assert seen.kinds() == ["sending", "retrying", "sending", "sent"]
    [post] = posts_with(maple, "green")
    assert len(post.media) == 1
    assert proxy.count("POST", "/api/v2/media") == 2


# ---------------------------------------------------------------------- waiting posts


async def test_edit_and_delete_waiting_posts_but_not_while_sending(
    make_outbox: OutboxFactory, ann: Account, maple: Any, db: Database, tmp_path: Path
) -> None:
    outbox = make_outbox()
    seen = Recorder(outbox)
    one = await outbox.submit(ann.local_id, Draft(text="first try"))
    two = await outbox.submit(
        ann.local_id,
        Draft(text="second", media=(DraftMedia(picture(tmp_path / "x.png", (1, 1, 1))),)),
    )
    assert [i.local_id for i in outbox.waiting()] == [one.local_id, two.local_id]

    edited = await outbox.edit(one.local_id, Draft(text="first, better", spoiler_text="Food"))
    assert edited.draft.text == "first, better"
    assert edited.idempotency_key != one.idempotency_key
    assert outbox.delete(two.local_id)
    assert outbox.stored_pictures() == []  # its prepared picture went with it
    assert not outbox.delete(two.local_id)
    assert outbox.waiting_count() == 1
    assert seen.kinds() == ["queued", "queued", "edited", "deleted"]

    claimed = db.outbox.claim_next()  # another sender is sending it right now
    assert claimed is not None
    assert claimed.local_id == one.local_id
    assert outbox.is_being_sent(one.local_id)
    with pytest.raises(OutboxProblem) as caught:
        await outbox.edit(one.local_id, Draft(text="too late"))
    assert "being sent right now" in caught.value.user_message
    with pytest.raises(OutboxProblem):
        outbox.delete(one.local_id)
    db.outbox.reschedule(one.local_id, error="", next_attempt_at=0.0)
    assert await outbox.send_due() == 1
    [post] = posts_with(maple, "first, better")
    assert post.spoiler_text == "Food"


async def test_a_post_that_may_have_arrived_cannot_be_edited_or_moved(
    make_outbox: OutboxFactory, ann: Account, db: Database, harbour: Any
) -> None:
    outbox = make_outbox()
    item = await outbox.submit(ann.local_id, Draft(text="maybe out there"))
    claimed = db.outbox.claim_next()
    assert claimed is not None
    db.outbox.reschedule(item.local_id, error="", next_attempt_at=0.0, outcome_unclear=True)
    other = db.accounts.add(
        server_url=harbour.base_url, server_domain=harbour.domain, handle="x@harbour.practice"
    )
    with pytest.raises(OutboxProblem) as caught:
        await outbox.edit(item.local_id, Draft(text="changed"))
    assert "may already have reached" in caught.value.user_message
    with pytest.raises(OutboxProblem):
        outbox.move_to_account(item.local_id, other.local_id)
    assert outbox.delete(item.local_id)  # deleting is always allowed


async def test_move_to_another_account_sends_once_from_there(
    make_outbox: OutboxFactory,
    ann: Account,
    maple: Any,
    harbour: Any,
    db: Database,
    tmp_path: Path,
) -> None:
    backup = db.accounts.add(
        server_url=harbour.base_url, server_domain=harbour.domain, handle="b@harbour.practice"
    )
    outbox = make_outbox()
    seen = Recorder(outbox)
    maple.town.faults.set("down")
    media = (DraftMedia(picture(tmp_path / "m.png", (3, 3, 3)), description="Grey"),)
    item = await outbox.submit(ann.local_id, Draft(text="From wherever works", media=media))
    assert await outbox.send_due() == 0  # maple is down: uploads failed, still waiting

    # While it is being sent, it cannot move.
    claimed = db.outbox.claim_next(now=item.next_attempt_at + 3600)
    assert claimed is not None
    with pytest.raises(OutboxProblem):
        outbox.move_to_account(item.local_id, backup.local_id)
    db.outbox.reschedule(item.local_id, error="", next_attempt_at=0.0)

    moved = outbox.move_to_account(item.local_id, backup.local_id)
    assert moved.account_id == backup.local_id
    assert moved.idempotency_key != item.idempotency_key
    assert db.outbox.get(item.local_id) is None
    assert [i.local_id for i in outbox.waiting()] == [moved.local_id]
    assert seen.kinds()[-2:] == ["moved", "queued"]
    with pytest.raises(OutboxProblem):  # the old entry is gone: it cannot move twice
        outbox.move_to_account(item.local_id, backup.local_id)

    assert await outbox.send_due() == 1
    maple.town.faults.clear()
    assert await outbox.send_due() == 0
    assert len(posts_with(harbour, "From wherever works")) == 1
    assert posts_with(maple, "From wherever works") == []
    [post] = posts_with(harbour, "From wherever works")
    assert len(post.media) == 1


# ---------------------------------------------------------------------- stopping and restarting


async def test_send_cut_short_by_quitting_is_checked_after_restart(
    make_outbox: OutboxFactory, ann: Account, maple: Any, db: Database, proxy: LossyProxy
) -> None:
    maple.town.ignore_idempotency = True
    outbox = make_outbox(base_url=proxy.base_url, timeout=30.0)
    proxy.hold_request("POST", "/api/v1/statuses")
    item = await outbox.submit(ann.local_id, Draft(text="Sent while closing"))
    await outbox.start()
    await eventually(lambda: proxy.held() == 1)
    await outbox.aclose()  # the app quits while the post is on its way
    waiting = db.outbox.get(item.local_id)
    assert waiting is not None
    assert waiting.state is OutboxState.QUEUED
    assert waiting.outcome_unclear

    proxy.release()  # ...and it does reach the town
    await eventually(lambda: len(proxy.lost_answers) == 1)
    again = make_outbox(base_url=proxy.base_url)
    seen = Recorder(again)
    await again.start()
    await eventually(lambda: "sent" in seen.kinds())
    assert len(posts_with(maple, "Sent while closing")) == 1
    assert proxy.count("POST", "/api/v1/statuses") == 1
