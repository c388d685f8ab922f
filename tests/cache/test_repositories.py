"""The per-area data-access API: accounts, registrations, posts, notifications, positions, jobs."""

from __future__ import annotations

import dataclasses
import sqlite3
import threading

import pytest

from townsfolk.cache import (
    Account,
    AccountRole,
    AccountState,
    Database,
    FollowSync,
    JobState,
    NotificationRecord,
)
from townsfolk.cache.outbox import Draft

from .conftest import make_post


def _backup(db: Database, main: Account, domain: str) -> Account:
    return db.accounts.add(
        server_url=f"https://{domain}",
        server_domain=domain,
        remote_id="9",
        handle=f"alice@{domain}",
        role=AccountRole.BACKUP,
        backup_of=main.local_id,
    )


def test_accounts_add_get_list_update_remove(db: Database, account: Account) -> None:
    assert db.accounts.get(account.local_id) == account
    assert db.accounts.find("https://town.example", "1") == account
    assert account.role is AccountRole.MAIN
    assert account.state is AccountState.ACTIVE
    assert account.follow_sync is FollowSync.OFF

    b1 = _backup(db, account, "one.example")
    b2 = _backup(db, account, "two.example")
    assert (b1.backup_order, b2.backup_order) == (0, 1)
    assert [a.local_id for a in db.accounts.backups(account.local_id)] == [
        b1.local_id,
        b2.local_id,
    ]
    db.accounts.set_backup_order(account.local_id, [b2.local_id])
    assert [a.local_id for a in db.accounts.backups(account.local_id)] == [
        b2.local_id,
        b1.local_id,
    ]
    assert [a.local_id for a in db.accounts.list(role=AccountRole.MAIN)] == [account.local_id]
    assert len(db.accounts.list()) == 3

    changed = db.accounts.update_state(b1.local_id, AccountState.LOGGED_OUT, now=5.0)
    assert changed.state is AccountState.LOGGED_OUT
    assert changed.updated_at == 5.0
    synced = db.accounts.set_follow_sync(b1.local_id, FollowSync.KEEP)
    assert synced.follow_sync is FollowSync.KEEP
    profile = db.accounts.update_profile(
        account.local_id, display_name="Alice A.", avatar_url="https://town.example/a.png"
    )
    assert profile.display_name == "Alice A."
    assert profile.remote_id == "1"

    assert db.accounts.remove(account.local_id)
    assert db.accounts.get(account.local_id) is None
    orphan = db.accounts.get(b1.local_id)
    assert orphan is not None
    assert orphan.backup_of is None
    assert not db.accounts.remove(account.local_id)


def test_account_rules(db: Database, account: Account) -> None:
    with pytest.raises(ValueError, match="backup_of"):
        db.accounts.add(
            server_url="https://x.example",
            server_domain="x.example",
            handle="a@x.example",
            role=AccountRole.BACKUP,
        )
    with pytest.raises(sqlite3.IntegrityError):  # same server + remote id: a bug, not the disk
        db.accounts.add(
            server_url="https://town.example",
            server_domain="town.example",
            remote_id="1",
            handle="alice@town.example",
        )
    with pytest.raises(KeyError):
        db.accounts.update_state(999, AccountState.ACTIVE)
    with pytest.raises(ValueError, match="not backups"):
        db.accounts.set_backup_order(account.local_id, [999])
    waiting = db.accounts.add(
        server_url="https://new.example",
        server_domain="new.example",
        handle="al@new.example",
        state=AccountState.WAITING_FOR_APPROVAL,
    )
    assert waiting.remote_id is None
    confirmed = db.accounts.update_profile(
        waiting.local_id, display_name="Al", avatar_url="", remote_id="42"
    )
    assert confirmed.remote_id == "42"


def test_removing_an_account_removes_its_data(db: Database, account: Account) -> None:
    db.posts.upsert_many(account.local_id, [make_post("1")])
    db.timelines.put_page(account.local_id, "home", ["1"])
    db.outbox.enqueue(account.local_id, Draft(text="hi"))
    db.jobs.create("sync", account_id=account.local_id)
    db.positions.set(account.local_id, "home", "1")
    db.accounts.remove(account.local_id)
    for table in ("posts", "timeline_entries", "outbox", "jobs", "reading_positions"):
        count = db.connection.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
        assert count == 0, table


def test_registrations(db: Database) -> None:
    reg = db.registrations.put(
        "https://town.example",
        client_id="abc",
        scopes="read write follow",
        redirect_uris=["http://127.0.0.1:5000/cb"],
        now=3.0,
    )
    assert db.registrations.get("https://town.example") == reg
    columns = [r[1] for r in db.connection.execute("PRAGMA table_info(app_registrations)")]
    assert not any("secret" in c for c in columns)
    assert db.registrations.remove("https://town.example")
    assert db.registrations.get("https://town.example") is None


def test_posts_upsert_and_lookups(db: Database, account: Account) -> None:
    a = account.local_id
    assert db.posts.upsert_many(a, [make_post(str(i)) for i in range(1, 6)]) == 5
    reply = make_post("6")
    reply = type(reply)(
        **{**{f: getattr(reply, f) for f in reply.__slots__}, "in_reply_to_id": "1"}
    )
    db.posts.upsert_many(a, [reply])
    assert db.posts.count(a) == 6
    got = db.posts.get(a, "3")
    assert got is not None
    assert got.author_acct == "bob@town.example"
    assert [p.id for p in db.posts.replies_to(a, "1")] == ["6"]
    assert set(db.posts.get_many(a, ["1", "2", "nope"])) == {"1", "2"}
    by_uri = db.posts.find_by_uri(a, "https://town.example/users/bob/statuses/4")
    assert by_uri is not None
    assert by_uri.id == "4"
    assert db.posts.find_by_uri(a, "https://town.example/@bob/5") is None  # a url, not a uri
    # Updating replaces the JSON (e.g. a new favourite count) and accepts bytes.
    db.posts.upsert_many(a, [dataclasses.replace(make_post("3"), json=b'{"v":2}')])
    updated = db.posts.get(a, "3")
    assert updated is not None
    assert updated.json == '{"v":2}'
    assert db.posts.count(a) == 6
    assert [p.id for p in db.posts.by_author(a, "bob@town.example", limit=2)]
    assert db.posts.delete(a, ["1", "2"]) == 2
    assert db.posts.get(a, "1") is None


def test_posts_are_per_account(db: Database, account: Account) -> None:
    other = db.accounts.add(
        server_url="https://o.example", server_domain="o.example", handle="x@o.example"
    )
    db.posts.upsert_many(account.local_id, [make_post("1")])
    assert db.posts.get(other.local_id, "1") is None


def test_prune_unreferenced(db: Database, account: Account) -> None:
    a = account.local_id
    db.posts.upsert_many(a, [make_post(str(i)) for i in range(1, 5)])
    db.timelines.put_page(a, "home", ["4", "3"])
    assert db.posts.prune_unreferenced(a) == 2
    assert db.posts.count(a) == 2


def test_transaction_groups_writes(db: Database, account: Account) -> None:
    a = account.local_id

    def write_then_fail() -> None:
        with db.transaction():
            db.posts.upsert_many(a, [make_post("1")])
            db.timelines.put_page(a, "home", ["1"])
            raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        write_then_fail()
    assert db.posts.count(a) == 0
    assert db.timelines.count(a, "home") == 0
    with db.transaction():
        db.posts.upsert_many(a, [make_post("1")])
        db.timelines.put_page(a, "home", ["1"])
    assert db.timelines.count(a, "home") == 1


def test_connection_is_usable_from_threads(db: Database, account: Account) -> None:
    errors: list[BaseException] = []

    def work(n: int) -> None:
        try:
            for i in range(20):
                db.posts.upsert_many(account.local_id, [make_post(str(n * 100 + i))])
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(1, 5)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert db.posts.count(account.local_id) == 80


def test_notifications(db: Database, account: Account) -> None:
    a = account.local_id
    db.notifications.upsert_many(
        a,
        [
            NotificationRecord("9", "mention", '{"id": "9"}', "2026-01-01T00:00:09Z"),
            NotificationRecord("10", "favourite", b'{"id": "10"}', "2026-01-01T00:00:10Z"),
            NotificationRecord("11", "follow", '{"id": "11"}', "2026-01-01T00:00:11Z"),
        ],
    )
    assert [n.id for n in db.notifications.newest(a)] == ["11", "10", "9"]
    assert [n.id for n in db.notifications.newest(a, types=["mention", "follow"])] == ["11", "9"]
    first = db.notifications.newest(a, 1)[0]
    assert [n.id for n in db.notifications.older(a, first.sort_key)] == ["10", "9"]
    assert db.notifications.unread_count(a) == 3
    assert db.notifications.mark_read(a, up_to_id="10") == 2
    assert db.notifications.unread_count(a) == 1
    # Storing again keeps the read flag.
    db.notifications.upsert_many(a, [NotificationRecord("9", "mention", "{}", "x")])
    assert db.notifications.unread_count(a) == 1
    db.notifications.mark_read(a)
    assert db.notifications.unread_count(a) == 0


def test_reading_positions(db: Database, account: Account) -> None:
    a = account.local_id
    assert db.positions.get(a, "home") is None
    db.positions.set(a, "home", "123", 40, now=1.0)
    db.positions.set(a, "tag:cats", "7")
    pos = db.positions.get(a, "home")
    assert pos is not None
    assert (pos.post_id, pos.offset_px, pos.updated_at) == ("123", 40, 1.0)
    db.positions.set(a, "home", "124")
    pos = db.positions.get(a, "home")
    assert pos is not None
    assert (pos.post_id, pos.offset_px) == ("124", 0)
    db.positions.clear(a, "home")
    assert db.positions.get(a, "home") is None
    assert db.positions.get(a, "tag:cats") is not None


def test_jobs(db: Database, account: Account) -> None:
    job = db.jobs.create("move", account_id=account.local_id, payload={"to": "b"}, now=1.0)
    assert job.state is JobState.QUEUED
    assert job.payload == {"to": "b"}
    db.jobs.set_state(job.local_id, JobState.RUNNING)
    step = db.jobs.progress(job.local_id, 5, total=20, cursor="page-2")
    assert (step.progress_done, step.progress_total, step.cursor) == (5, 20, "page-2")
    step = db.jobs.progress(job.local_id, 6)
    assert (step.progress_done, step.progress_total, step.cursor) == (6, 20, "page-2")
    done = db.jobs.create("export")
    db.jobs.set_state(done.local_id, JobState.DONE)
    assert [j.local_id for j in db.jobs.unfinished()] == [job.local_id]
    assert [j.local_id for j in db.jobs.list(kind="export")] == [done.local_id]
    failed = db.jobs.set_state(job.local_id, JobState.FAILED, error="town gone")
    assert failed.last_error == "town gone"
    assert db.jobs.delete(job.local_id)
    assert db.jobs.get(job.local_id) is None
    with pytest.raises(KeyError):
        db.jobs.progress(job.local_id, 1)


def test_log_is_folded_in_the_background(db: Database, account: Account) -> None:
    checkpointer = db._checkpointer
    checkpointer.ran.clear()
    db.posts.upsert_many(account.local_id, [make_post(str(i), size=3000) for i in range(200)])
    assert checkpointer.ran.wait(30)
    assert checkpointer.checkpoints >= 1
    # ... and not inside the caller's commit.
    assert db.connection.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 0
