"""Migrations: from every earlier version to the latest, data survives."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from townsfolk.cache import (
    LATEST_VERSION,
    AccountState,
    Database,
    FollowSync,
    OutboxState,
    StorageTooNew,
)
from townsfolk.cache.outbox import Draft
from townsfolk.cache.schema import MIGRATIONS, migrate, schema_version

T = 1_700_000_000.0


def _v1_rows(conn: sqlite3.Connection) -> None:
    conn.execute(
        "INSERT INTO accounts (local_id, server_url, server_domain, remote_id, handle, "
        "display_name, avatar_url, role, backup_of, backup_order, state, created_at, updated_at)"
        " VALUES (1, 'https://a.example', 'a.example', '11', 'ann@a.example', 'Ann', '', "
        "'main', NULL, 0, 'active', ?, ?)",
        (T, T),
    )
    conn.execute(
        "INSERT INTO accounts (local_id, server_url, server_domain, remote_id, handle, "
        "display_name, avatar_url, role, backup_of, backup_order, state, created_at, updated_at)"
        " VALUES (2, 'https://b.example', 'b.example', NULL, 'ann@b.example', '', '', "
        "'backup', 1, 0, 'waiting_for_email', ?, ?)",
        (T, T),
    )
    conn.execute(
        "INSERT INTO app_registrations VALUES ('https://a.example', 'cid', 'read write', "
        "'[\"http://127.0.0.1/cb\"]', ?)",
        (T,),
    )
    conn.execute(
        "INSERT INTO posts (account_id, id, json, created_at, author_acct, stored_at) "
        "VALUES (1, '100', '{\"id\": \"100\"}', '2026-01-01T00:00:00Z', 'bob', ?)",
        (T,),
    )
    conn.execute(
        "INSERT INTO timeline_entries VALUES (1, 'home', ?, '100', 1)", ("100".rjust(24, "0"),)
    )
    conn.execute(
        "INSERT INTO notifications (account_id, id, sort_key, type, json, created_at) "
        "VALUES (1, '7', ?, 'mention', '{}', '2026-01-01T00:00:00Z')",
        ("7".rjust(24, "0"),),
    )
    conn.execute(
        "INSERT INTO outbox (account_id, idempotency_key, draft, state, next_attempt_at, "
        "created_at, updated_at) VALUES (1, 'key-1', ?, 'queued', ?, ?, ?)",
        (Draft(text="hello from v1").to_json(), T, T, T),
    )


def _v2_rows(conn: sqlite3.Connection) -> None:
    conn.execute("INSERT INTO reading_positions VALUES (1, 'home', '100', 12, ?)", (T,))
    conn.execute("INSERT INTO media_files VALUES ('https://a.example/x.png', 'x.png', 5, ?)", (T,))


def _v3_rows(conn: sqlite3.Connection) -> None:
    conn.execute("UPDATE accounts SET follow_sync = 'keep' WHERE local_id = 2")
    conn.execute(
        "INSERT INTO jobs (kind, account_id, state, payload, progress_done, progress_total, "
        "cursor, created_at, updated_at) VALUES ('move', 1, 'running', '{\"to\": 2}', 3, 10, "
        "'c3', ?, ?)",
        (T, T),
    )


def _v4_rows(conn: sqlite3.Connection) -> None:
    conn.execute(
        "INSERT INTO server_software VALUES ('pixelfed.example', 'pixelfed', '0.12.4', ?, ?)",
        (T, T + 86400),
    )


SAMPLES: dict[int, Callable[[sqlite3.Connection], None]] = {
    1: _v1_rows,
    2: _v2_rows,
    3: _v3_rows,
    4: _v4_rows,
}


def test_every_migration_has_sample_rows() -> None:
    assert sorted(SAMPLES) == list(range(1, LATEST_VERSION + 1))
    assert [m.version for m in MIGRATIONS] == list(range(1, LATEST_VERSION + 1))


def _build(path: Path, version: int) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        migrate(conn, target=version)
        assert schema_version(conn) == version
        conn.execute("BEGIN")
        for v in range(1, version + 1):
            SAMPLES[v](conn)
        conn.execute("COMMIT")
    finally:
        conn.close()


@pytest.mark.parametrize("start", range(LATEST_VERSION + 1))
def test_migrate_from_every_version_keeps_data(db_path: Path, start: int) -> None:
    _build(db_path, start)
    with Database.open(db_path) as db:
        assert db.schema_version == LATEST_VERSION
        assert db.notice is None
        assert db.integrity_check() == ["ok"]
        fk = db.connection.execute("PRAGMA foreign_key_check").fetchall()
        assert fk == []
        if start == 0:
            assert db.accounts.list() == []
            return
        ann = db.accounts.get(1)
        backup = db.accounts.get(2)
        assert ann is not None
        assert backup is not None
        assert ann.handle == "ann@a.example"
        assert ann.follow_sync is FollowSync.OFF  # column added by migration 3
        assert backup.backup_of == 1
        assert backup.state is AccountState.WAITING_FOR_EMAIL
        assert backup.follow_sync is (FollowSync.KEEP if start >= 3 else FollowSync.OFF)
        reg = db.registrations.get("https://a.example")
        assert reg is not None
        assert reg.redirect_uris == ("http://127.0.0.1/cb",)
        entries = db.timelines.newest(1, "home")
        assert [(e.post_id, e.gap_below, e.json) for e in entries] == [
            ("100", True, '{"id": "100"}')
        ]
        assert [n.id for n in db.notifications.newest(1)] == ["7"]
        (item,) = db.outbox.list()
        assert item.draft.text == "hello from v1"
        assert item.state is OutboxState.QUEUED
        assert item.idempotency_key == "key-1"
        position = db.positions.get(1, "home")
        media = db.media_index.get("https://a.example/x.png")
        jobs = db.jobs.list()
        if start >= 2:
            assert position is not None
            assert (position.post_id, position.offset_px) == ("100", 12)
            assert media is not None
            assert media.size == 5
        else:
            assert position is None
            assert media is None
        if start >= 3:
            (job,) = jobs
            assert (job.kind, job.payload, job.progress_done, job.cursor) == (
                "move",
                {"to": 2},
                3,
                "c3",
            )
        else:
            assert jobs == []
        # The migrated database is fully usable.
        db.positions.set(1, "local", "100")
        db.jobs.create("sync", account_id=1)


def test_migrated_schema_matches_fresh_schema(tmp_path: Path) -> None:
    def schema(path: Path) -> list[tuple[str, str]]:
        conn = sqlite3.connect(path)
        try:
            rows = conn.execute(
                # sqlite_stat* are statistics that PRAGMA optimize may write (SQLite 3.46+
                # on Debian 13 does on close), not part of the schema.
                "SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL"
                " AND name NOT LIKE 'sqlite_stat%' ORDER BY name"
            ).fetchall()
        finally:
            conn.close()
        return [(str(n), " ".join(str(s).split())) for n, s in rows]

    fresh = tmp_path / "fresh.db"
    Database.open(fresh).close()
    # What SQLite 3.46+ does on close through PRAGMA optimize, done here on every version so
    # this test keeps proving that statistics tables are not mistaken for schema.
    conn = sqlite3.connect(fresh)
    conn.execute("ANALYZE")
    conn.close()
    for start in range(1, LATEST_VERSION):
        old = tmp_path / f"from{start}.db"
        _build(old, start)
        Database.open(old).close()
        assert schema(old) == schema(fresh)


def test_failed_migration_leaves_the_previous_version(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _build(db_path, 1)
    import townsfolk.cache.schema as schema_module

    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("bug in migration 2")

    patched = (
        MIGRATIONS[0],
        schema_module.Migration(2, "broken", broken),
        *MIGRATIONS[2:],
    )
    monkeypatch.setattr(schema_module, "MIGRATIONS", patched)
    with pytest.raises(RuntimeError, match="bug in migration 2"):
        Database.open(db_path)
    conn = sqlite3.connect(db_path)
    try:
        assert schema_version(conn) == 1
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    finally:
        conn.close()
    assert "half_done" not in tables
    assert "reading_positions" not in tables
    monkeypatch.undo()
    with Database.open(db_path) as db:  # the real migrations still apply afterwards
        assert db.schema_version == LATEST_VERSION


def test_newer_database_is_refused_not_replaced(db_path: Path) -> None:
    Database.open(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 5}")
    conn.close()
    before = db_path.read_bytes()
    with pytest.raises(StorageTooNew) as info:
        Database.open(db_path)
    assert "newer version of Townsfolk" in str(info.value)
    assert db_path.read_bytes() == before
    assert not list(db_path.parent.glob("*.corrupt-*"))
