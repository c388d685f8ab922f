"""The database schema as numbered migrations.

``PRAGMA user_version`` holds the schema version. ``MIGRATIONS[n - 1]`` takes a database from
version ``n - 1`` to ``n``; each runs in its own transaction together with the version bump, so
a crash leaves the database at a whole version. Never edit a released migration: add a new one.

Times are Unix seconds (REAL). Post and notification ``created_at`` are the server's ISO 8601
strings (they sort correctly as text). JSON is stored as TEXT.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from townsfolk.cache.errors import StorageTooNew

__all__ = ["LATEST_VERSION", "MIGRATIONS", "Migration", "migrate", "schema_version"]


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    description: str
    apply: Callable[[sqlite3.Connection], None]


def _run(conn: sqlite3.Connection, statements: Sequence[str]) -> None:
    for statement in statements:
        conn.execute(statement)


def _v1_initial(conn: sqlite3.Connection) -> None:
    _run(
        conn,
        [
            """
            CREATE TABLE accounts (
                local_id      INTEGER PRIMARY KEY,
                server_url    TEXT NOT NULL,
                server_domain TEXT NOT NULL,
                remote_id     TEXT,
                handle        TEXT NOT NULL,
                display_name  TEXT NOT NULL DEFAULT '',
                avatar_url    TEXT NOT NULL DEFAULT '',
                role          TEXT NOT NULL CHECK (role IN ('main', 'backup')),
                backup_of     INTEGER REFERENCES accounts (local_id) ON DELETE SET NULL,
                backup_order  INTEGER NOT NULL DEFAULT 0,
                state         TEXT NOT NULL CHECK (state IN (
                    'active', 'waiting_for_email', 'waiting_for_approval', 'logged_out')),
                created_at    REAL NOT NULL,
                updated_at    REAL NOT NULL,
                UNIQUE (server_url, remote_id)
            )
            """,
            "CREATE INDEX accounts_backup_of ON accounts (backup_of, backup_order)",
            """
            CREATE TABLE app_registrations (
                server_url    TEXT PRIMARY KEY,
                client_id     TEXT NOT NULL,
                scopes        TEXT NOT NULL,
                redirect_uris TEXT NOT NULL,
                registered_at REAL NOT NULL
            )
            """,
            """
            CREATE TABLE posts (
                account_id     INTEGER NOT NULL REFERENCES accounts (local_id) ON DELETE CASCADE,
                id             TEXT NOT NULL,
                json           TEXT NOT NULL,
                created_at     TEXT NOT NULL,
                author_acct    TEXT NOT NULL,
                reblog_of_id   TEXT,
                in_reply_to_id TEXT,
                url            TEXT,
                uri            TEXT,
                stored_at      REAL NOT NULL,
                UNIQUE (account_id, id)
            )
            """,
            "CREATE INDEX posts_created ON posts (account_id, created_at)",
            "CREATE INDEX posts_author ON posts (account_id, author_acct)",
            # Most posts are neither boosts nor replies: partial indexes stay small.
            "CREATE INDEX posts_reblog_of ON posts (account_id, reblog_of_id) "
            "WHERE reblog_of_id IS NOT NULL",
            "CREATE INDEX posts_reply_to ON posts (account_id, in_reply_to_id) "
            "WHERE in_reply_to_id IS NOT NULL",
            # Look-ups by address use the uri (the canonical id across towns); the url is
            # stored but not indexed, as each random-order index costs on every insert.
            "CREATE INDEX posts_uri ON posts (account_id, uri)",
            """
            CREATE TABLE timeline_entries (
                account_id INTEGER NOT NULL,
                timeline   TEXT NOT NULL,
                sort_key   TEXT NOT NULL,
                post_id    TEXT NOT NULL,
                gap_below  INTEGER NOT NULL DEFAULT 0,
                PRIMARY KEY (account_id, timeline, sort_key),
                UNIQUE (account_id, timeline, post_id),
                FOREIGN KEY (account_id, post_id) REFERENCES posts (account_id, id)
                    ON DELETE CASCADE
            ) WITHOUT ROWID
            """,
            "CREATE INDEX timeline_entries_post ON timeline_entries (account_id, post_id)",
            """
            CREATE TABLE notifications (
                account_id INTEGER NOT NULL REFERENCES accounts (local_id) ON DELETE CASCADE,
                id         TEXT NOT NULL,
                sort_key   TEXT NOT NULL,
                type       TEXT NOT NULL,
                json       TEXT NOT NULL,
                created_at TEXT NOT NULL,
                read       INTEGER NOT NULL DEFAULT 0,
                UNIQUE (account_id, id)
            )
            """,
            "CREATE INDEX notifications_order ON notifications (account_id, sort_key)",
            """
            CREATE TABLE outbox (
                local_id        INTEGER PRIMARY KEY,
                account_id      INTEGER NOT NULL
                                REFERENCES accounts (local_id) ON DELETE CASCADE,
                idempotency_key TEXT NOT NULL UNIQUE,
                draft           TEXT NOT NULL,
                state           TEXT NOT NULL
                                CHECK (state IN ('queued', 'sending', 'sent', 'failed')),
                attempts        INTEGER NOT NULL DEFAULT 0,
                last_error      TEXT,
                next_attempt_at REAL NOT NULL,
                claimed_by      TEXT,
                claimed_at      REAL,
                outcome_unclear INTEGER NOT NULL DEFAULT 0,
                remote_id       TEXT,
                created_at      REAL NOT NULL,
                updated_at      REAL NOT NULL
            )
            """,
            "CREATE INDEX outbox_due ON outbox (state, next_attempt_at)",
            "CREATE INDEX outbox_account ON outbox (account_id, state)",
        ],
    )


def _v2_positions_and_media(conn: sqlite3.Connection) -> None:
    _run(
        conn,
        [
            """
            CREATE TABLE reading_positions (
                account_id INTEGER NOT NULL REFERENCES accounts (local_id) ON DELETE CASCADE,
                timeline   TEXT NOT NULL,
                post_id    TEXT NOT NULL,
                offset_px  INTEGER NOT NULL DEFAULT 0,
                updated_at REAL NOT NULL,
                PRIMARY KEY (account_id, timeline)
            ) WITHOUT ROWID
            """,
            """
            CREATE TABLE media_files (
                url       TEXT PRIMARY KEY,
                filename  TEXT NOT NULL UNIQUE,
                size      INTEGER NOT NULL,
                last_used REAL NOT NULL
            )
            """,
            "CREATE INDEX media_files_lru ON media_files (last_used)",
        ],
    )


def _v3_jobs_and_follow_sync(conn: sqlite3.Connection) -> None:
    _run(
        conn,
        [
            """
            ALTER TABLE accounts ADD COLUMN follow_sync TEXT NOT NULL DEFAULT 'off'
                CHECK (follow_sync IN ('off', 'once', 'keep'))
            """,
            """
            CREATE TABLE jobs (
                local_id       INTEGER PRIMARY KEY,
                kind           TEXT NOT NULL,
                account_id     INTEGER REFERENCES accounts (local_id) ON DELETE CASCADE,
                state          TEXT NOT NULL CHECK (state IN (
                    'queued', 'running', 'paused', 'done', 'failed', 'cancelled')),
                payload        TEXT NOT NULL DEFAULT '{}',
                progress_done  INTEGER NOT NULL DEFAULT 0,
                progress_total INTEGER,
                cursor         TEXT,
                last_error     TEXT,
                created_at     REAL NOT NULL,
                updated_at     REAL NOT NULL
            )
            """,
            "CREATE INDEX jobs_state ON jobs (state, kind)",
        ],
    )


def _v4_server_software(conn: sqlite3.Connection) -> None:
    _run(
        conn,
        [
            """
            CREATE TABLE server_software (
                host       TEXT PRIMARY KEY,
                software   TEXT NOT NULL DEFAULT '',
                version    TEXT NOT NULL DEFAULT '',
                fetched_at REAL NOT NULL,
                expires_at REAL NOT NULL
            ) WITHOUT ROWID
            """,
        ],
    )


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1, "accounts, app registrations, posts, timelines, notifications, outbox", _v1_initial
    ),
    Migration(2, "reading positions and the media file index", _v2_positions_and_media),
    Migration(3, "long-running jobs; follow-sync choice per account", _v3_jobs_and_follow_sync),
    Migration(4, "what software each town runs (NodeInfo), with an expiry", _v4_server_software),
)
LATEST_VERSION = len(MIGRATIONS)
assert all(m.version == i + 1 for i, m in enumerate(MIGRATIONS))


def schema_version(conn: sqlite3.Connection) -> int:
    row = conn.execute("PRAGMA user_version").fetchone()
    return int(row[0])


def migrate(conn: sqlite3.Connection, target: int = LATEST_VERSION) -> int:
    """Bring ``conn`` (autocommit mode) up to ``target``; return the version it started at.

    Raises :class:`StorageTooNew` if the file is newer than this code knows.
    """
    start = schema_version(conn)
    if start > LATEST_VERSION:
        raise StorageTooNew(f"schema version {start} > {LATEST_VERSION}")
    for migration in MIGRATIONS[start:target]:
        conn.execute("BEGIN IMMEDIATE")
        try:
            migration.apply(conn)
            # PRAGMA does not take parameters; the value is our own integer.
            conn.execute(f"PRAGMA user_version = {int(migration.version)}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    return start
