"""The outbox: states, claiming (no double claims, reclaim after a crash), edits."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from townsfolk.cache import (
    Account,
    Database,
    Draft,
    DraftMedia,
    DraftPoll,
    OutboxState,
    OutboxStateError,
)

from .helpers import child, sigkill, wait_ready

CLAIM_AND_WAIT = """
import sys
from townsfolk.cache import Database
db = Database.open(sys.argv[1])
item = db.outbox.claim_next()
print(item.local_id if item else "none", flush=True)
sys.stdin.read()  # hold the claim until killed
"""


def test_draft_round_trips_through_json() -> None:
    draft = Draft(
        text="Hello, town! ✨",
        spoiler_text="greeting",
        visibility="unlisted",
        language="en",
        sensitive=True,
        in_reply_to_id="123",
        poll=DraftPoll(options=("yes", "no"), expires_in=3600, multiple=True),
        media=(DraftMedia(path="/tmp/cat.png", description="a cat", focus=(0.1, -0.2)),),
    )
    assert Draft.from_json(draft.to_json()) == draft


def test_life_of_a_post(db: Database, account: Account) -> None:
    item = db.outbox.enqueue(account.local_id, Draft(text="hi"), now=10.0)
    assert item.state is OutboxState.QUEUED
    assert len(item.idempotency_key) >= 16
    assert db.outbox.pending_count() == 1
    assert db.outbox.claim_next(now=9.0) is None  # not due before it was written

    claimed = db.outbox.claim_next(now=10.0)
    assert claimed is not None
    assert claimed.local_id == item.local_id
    assert claimed.state is OutboxState.SENDING
    assert claimed.attempts == 1
    assert claimed.claimed_by == db.session_id
    assert not claimed.outcome_unclear
    assert db.outbox.claim_next(now=10.0) is None  # already claimed

    later = db.outbox.reschedule(
        item.local_id, error="town not answering", next_attempt_at=70.0, outcome_unclear=True
    )
    assert later.state is OutboxState.QUEUED
    assert later.outcome_unclear
    assert db.outbox.claim_next(now=69.0) is None
    again = db.outbox.claim_next(now=70.0)
    assert again is not None
    assert again.attempts == 2
    assert again.idempotency_key == item.idempotency_key  # same key for every attempt

    sent = db.outbox.mark_sent(item.local_id, "109999")
    assert (sent.state, sent.remote_id, sent.claimed_by) == (OutboxState.SENT, "109999", None)
    assert db.outbox.pending_count() == 0
    assert db.outbox.purge_sent() == 1
    assert db.outbox.get(item.local_id) is None


def test_failed_posts_wait_for_the_person(db: Database, account: Account) -> None:
    item = db.outbox.enqueue(account.local_id, Draft(text="too long " * 100), now=1.0)
    assert db.outbox.claim_next(now=1.0) is not None
    failed = db.outbox.mark_failed(item.local_id, "The text is too long for this town.")
    assert failed.state is OutboxState.FAILED
    assert db.outbox.claim_next(now=1e12) is None  # never retried on its own
    assert db.outbox.pending_count(account.local_id) == 1

    edited = db.outbox.edit(item.local_id, Draft(text="short"), now=5.0)
    assert edited.state is OutboxState.QUEUED
    assert edited.draft.text == "short"
    assert edited.idempotency_key != item.idempotency_key  # new content, new key
    claimed = db.outbox.claim_next(now=5.0)
    assert claimed is not None
    with pytest.raises(OutboxStateError):
        db.outbox.edit(item.local_id, Draft(text="x"))
    with pytest.raises(OutboxStateError):
        db.outbox.delete(item.local_id)
    progressed = db.outbox.save_progress(
        item.local_id, Draft(text="short", media=(DraftMedia("/a.png", remote_id="m1"),))
    )
    assert progressed.draft.media[0].remote_id == "m1"
    db.outbox.mark_failed(item.local_id, "refused")
    retried = db.outbox.retry(item.local_id, now=9.0)
    assert (retried.state, retried.next_attempt_at) == (OutboxState.QUEUED, 9.0)
    assert db.outbox.delete(item.local_id)
    assert not db.outbox.delete(item.local_id)
    queued = db.outbox.enqueue(account.local_id, Draft(text="q"))
    with pytest.raises(OutboxStateError):
        db.outbox.retry(queued.local_id)  # only failed posts are retried by hand
    with pytest.raises(OutboxStateError):
        db.outbox.mark_sent(queued.local_id, "x")  # it was never being sent
    with pytest.raises(KeyError):
        db.outbox.mark_sent(queued.local_id + 1000, "x")


def test_order_and_filters(db: Database, account: Account) -> None:
    other = db.accounts.add(
        server_url="https://o.example", server_domain="o.example", handle="a@o.example"
    )
    first = db.outbox.enqueue(account.local_id, Draft(text="1"), now=1.0)
    second = db.outbox.enqueue(other.local_id, Draft(text="2"), now=2.0)
    third = db.outbox.enqueue(account.local_id, Draft(text="3"), now=3.0)
    assert [i.local_id for i in db.outbox.list()] == [
        first.local_id,
        second.local_id,
        third.local_id,
    ]
    assert [i.local_id for i in db.outbox.list(account_id=other.local_id)] == [second.local_id]
    claimed = db.outbox.claim_next(account_id=account.local_id, now=5.0)
    assert claimed is not None
    assert claimed.local_id == first.local_id
    nxt = db.outbox.claim_next(now=5.0)
    assert nxt is not None
    assert nxt.local_id == second.local_id
    assert [i.local_id for i in db.outbox.list(states=[OutboxState.QUEUED])] == [third.local_id]
    assert db.outbox.pending_count(account.local_id) == 2


def test_no_double_claiming_between_connections(
    db_path: Path, db: Database, account: Account
) -> None:
    total = 60
    for n in range(total):
        db.outbox.enqueue(account.local_id, Draft(text=f"post {n}"), now=1.0)
    others = [Database.open(db_path) for _ in range(3)]
    claimed: list[list[int]] = [[] for _ in others]
    start = threading.Barrier(len(others))

    def drain(index: int, conn: Database) -> None:
        start.wait()
        while (item := conn.outbox.claim_next(now=2.0)) is not None:
            claimed[index].append(item.local_id)

    threads = [threading.Thread(target=drain, args=(i, o)) for i, o in enumerate(others)]
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        for o in others:
            o.close()
    everything = [i for part in claimed for i in part]
    assert len(everything) == total
    assert len(set(everything)) == total  # nobody got the same post twice
    assert {i.state for i in db.outbox.list()} == {OutboxState.SENDING}


def test_claim_of_a_dead_process_is_taken_over(
    db_path: Path, db: Database, account: Account
) -> None:
    item = db.outbox.enqueue(account.local_id, Draft(text="important"), now=0.0)
    with child(CLAIM_AND_WAIT, str(db_path)) as proc:
        assert wait_ready(proc) == str(item.local_id)
        # While the other process is alive, its claim holds.
        assert db.outbox.claim_next() is None
        stored = db.outbox.get(item.local_id)
        assert stored is not None
        assert stored.state is OutboxState.SENDING
        assert stored.claimed_by not in (None, db.session_id)
        sigkill(proc)
    # After it died (no clean-up ran), the post is ours to send, flagged as maybe sent.
    taken = db.outbox.claim_next()
    assert taken is not None
    assert taken.local_id == item.local_id
    assert taken.claimed_by == db.session_id
    assert taken.attempts == 2
    assert taken.outcome_unclear
    assert taken.idempotency_key == item.idempotency_key


def test_claim_survives_a_restart_of_the_app(db_path: Path, account: Account, db: Database) -> None:
    item = db.outbox.enqueue(account.local_id, Draft(text="before the crash"), now=0.0)
    with child(CLAIM_AND_WAIT, str(db_path)) as proc:
        assert wait_ready(proc) == str(item.local_id)
        sigkill(proc)
    db.close()
    with Database.open(db_path) as restarted:
        assert restarted.outbox.pending_count() == 1
        taken = restarted.outbox.claim_next()
        assert taken is not None
        assert taken.local_id == item.local_id
        assert taken.outcome_unclear
