"""Fixtures for the cache tests: a real SQLite file in the test's profile folder."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from townsfolk import paths
from townsfolk.cache import Account, Database, PostRecord


@pytest.fixture
def db_path(profile_dir: Path) -> Path:
    return paths.database_path(profile_dir)


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = Database.open(db_path)
    try:
        yield database
    finally:
        database.close()


@pytest.fixture
def account(db: Database) -> Account:
    return db.accounts.add(
        server_url="https://town.example",
        server_domain="town.example",
        remote_id="1",
        handle="alice@town.example",
        display_name="Alice",
    )


def make_post(post_id: str, *, size: int = 200, author: str = "bob@town.example") -> PostRecord:
    body = {
        "id": post_id,
        "created_at": f"2026-11-28T12:00:{int(post_id) % 60:02d}.000Z"
        if post_id.isdigit()
        else "2026-11-28T12:00:00.000Z",
        "content": "<p>" + ("hello " * (size // 6)) + "</p>",
        "account": {"acct": author},
    }
    return PostRecord(
        id=post_id,
        json=json.dumps(body),
        created_at=body["created_at"],
        author_acct=author,
        url=f"https://town.example/@bob/{post_id}",
        uri=f"https://town.example/users/bob/statuses/{post_id}",
    )
