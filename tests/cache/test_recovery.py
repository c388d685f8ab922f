"""When the environment fails: damaged files, full disks, a writer killed mid-transaction."""

from __future__ import annotations

import os
import re
import sqlite3
from pathlib import Path

import pytest

import townsfolk.cache.database as database_module
from townsfolk.cache import (
    Account,
    Database,
    Draft,
    StorageCorrupt,
    StorageError,
    StorageFull,
    StoragePermissionDenied,
    StorageReadOnly,
)
from townsfolk.cache.errors import from_os_error, from_sqlite
from townsfolk.cache.sessions import sessions_dir

from .conftest import make_post
from .helpers import child, sigkill, wait_ready

JARGON = re.compile(r"\b(sqlite|database|instance|token|oauth|api|errno|toot|status)\b", re.I)


def _fill(db_path: Path, n: int = 30) -> None:
    with Database.open(db_path) as db:
        acct = db.accounts.add(
            server_url="https://t.example", server_domain="t.example", handle="a@t.example"
        )
        db.posts.upsert_many(acct.local_id, [make_post(str(i), size=2000) for i in range(n)])


def _scribble(db_path: Path) -> None:
    """Overwrite a b-tree page in the middle of the file with nonsense."""
    size = db_path.stat().st_size
    with db_path.open("r+b") as f:
        f.seek((size // 4096 // 2) * 4096)
        f.write(b"\x0d\x00\x00\x00\x09" + b"\xee" * 4000)


def _corrupt_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if ".corrupt-" in p.name and "-wal" not in p.name)


def _assert_plain(message: str) -> None:
    assert not JARGON.search(message), message
    assert message.endswith(".")


@pytest.mark.parametrize(
    "content",
    [
        pytest.param(b"this is not a database at all\n" * 400, id="garbage"),
        pytest.param(bytes(range(256)) * 64, id="binary-garbage"),
        pytest.param(b"SQLite format 3\x00" + b"\xff" * 5000, id="bad-header"),
    ],
)
def test_garbage_file_is_moved_aside(db_path: Path, content: bytes) -> None:
    db_path.write_bytes(content)
    with Database.open(db_path) as db:
        assert db.notice is not None
        assert db.notice.moved_to.read_bytes() == content  # kept, not deleted
        assert re.fullmatch(r"townsfolk\.db\.corrupt-\d{8}-\d{6}", db.notice.moved_to.name)
        _assert_plain(db.notice.message)
        assert "started fresh" in db.notice.message
        assert db.accounts.list() == []
        assert db.integrity_check() == ["ok"]
    # The next start is quiet: no crash loop, no second move.
    with Database.open(db_path) as db:
        assert db.notice is None
    assert len(_corrupt_files(db_path.parent)) == 1


@pytest.mark.parametrize("fraction", [0.5, 0.9])
def test_truncated_file_is_moved_aside(db_path: Path, fraction: float) -> None:
    _fill(db_path)
    size = db_path.stat().st_size
    with db_path.open("r+b") as f:
        f.truncate(int(size * fraction))
    with Database.open(db_path) as db:
        assert db.notice is not None
        assert db.notice.moved_to.stat().st_size == int(size * fraction)
        assert db.accounts.list() == []


def test_damaged_page_is_found_by_the_full_check(db_path: Path) -> None:
    _fill(db_path, 200)
    _scribble(db_path)
    with Database.open(db_path, integrity_check="full") as db:
        assert db.notice is not None
        assert "quick_check" in db.notice.reason or "malformed" in db.notice.reason
        assert db.integrity_check() == ["ok"]


def test_full_check_runs_by_itself_after_an_unclean_stop(db_path: Path) -> None:
    _fill(db_path, 200)
    opener = "import sys\nfrom townsfolk.cache import Database\nDatabase.open(sys.argv[1])\n"
    with child(opener + "print('open', flush=True)\nsys.stdin.read()", str(db_path)) as proc:
        assert wait_ready(proc) == "open"
        sigkill(proc)
    _scribble(db_path)
    with Database.open(db_path) as db:  # default "auto" mode
        assert db.notice is not None


def test_zero_length_file_is_a_new_database(db_path: Path) -> None:
    db_path.write_bytes(b"")
    with Database.open(db_path) as db:
        assert db.notice is None
        assert db.accounts.list() == []
    assert _corrupt_files(db_path.parent) == []


def test_old_wal_never_reaches_the_fresh_database(db_path: Path) -> None:
    db_path.write_bytes(b"garbage" * 1000)
    wal = db_path.with_name(db_path.name + "-wal")
    wal.write_bytes(b"old log" * 100)
    with Database.open(db_path) as db:
        assert db.notice is not None
        # SQLite may drop the old log when it gives up on the file; if not, it moved aside.
        moved_wal = db.notice.moved_to.with_name(db.notice.moved_to.name + "-wal")
        assert not moved_wal.exists() or moved_wal.read_bytes() == b"old log" * 100
        db.accounts.add(server_url="https://n", server_domain="n", handle="n@n")
        assert not wal.exists() or b"old log" not in wal.read_bytes()
    with Database.open(db_path) as db:
        assert len(db.accounts.list()) == 1


def test_never_loops_when_the_fresh_file_fails_too(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db_path.write_bytes(b"garbage" * 1000)
    calls = []

    def always_damaged(path: Path, *, full_check: bool, busy_timeout_ms: int) -> sqlite3.Connection:
        calls.append(path)
        raise database_module._Damaged("still broken")

    monkeypatch.setattr(database_module, "_connect", always_damaged)
    with pytest.raises(StorageCorrupt) as info:
        Database.open(db_path)
    assert len(calls) == 2  # the original and one fresh try, no more
    assert len(_corrupt_files(db_path.parent)) == 1
    _assert_plain(str(info.value))


def test_full_disk_in_the_database_rolls_back(db: Database, account: Account) -> None:
    a = account.local_id
    db.posts.upsert_many(a, [make_post(str(i)) for i in range(10)])
    before = db.posts.count(a)
    pages = db.connection.execute("PRAGMA page_count").fetchone()[0]
    db.connection.execute(f"PRAGMA max_page_count = {pages + 2}")
    big = [make_post(str(i), size=3000) for i in range(100, 400)]
    with pytest.raises(StorageFull) as info:
        db.posts.upsert_many(a, big)
    message = str(info.value)
    _assert_plain(message)
    assert "disk is full" in message
    assert "Nothing you already saved was lost" in message
    assert "Free some space" in message
    assert db.posts.count(a) == before  # nothing half-written

    def both() -> None:
        with db.transaction():
            db.outbox.enqueue(a, Draft(text="x" * 50_000))
            db.posts.upsert_many(a, big)

    with pytest.raises(StorageFull):
        both()
    assert db.outbox.pending_count() == 0
    # Space is back: the same connection works again.
    db.connection.execute("PRAGMA max_page_count = 1073741823")
    db.posts.upsert_many(a, big)
    assert db.posts.count(a) == before + len(big)
    assert db.integrity_check() == ["ok"]


def test_writer_killed_mid_transaction(db_path: Path) -> None:
    _fill(db_path, 50)
    code = """
import sys
from townsfolk.cache import Database
from tests.cache.conftest import make_post
db = Database.open(sys.argv[1])
acct = db.accounts.list()[0]
db.connection.execute("PRAGMA cache_size = -1024")  # small cache: pages spill to the log
with db.transaction():
    db.accounts.add(server_url="https://x.example", server_domain="x.example", handle="x@x.example")
    db.posts.upsert_many(acct.local_id, [make_post(str(i), size=3000) for i in range(1000, 6000)])
    print("inside", flush=True)
    sys.stdin.read()  # never commits: killed here
"""
    repo_root = str(Path(__file__).resolve().parents[2])
    with child(f"import sys; sys.path.insert(0, {repo_root!r})\n{code}", str(db_path)) as proc:
        assert wait_ready(proc) == "inside"
        wal = db_path.with_name(db_path.name + "-wal")
        assert wal.stat().st_size > 1_000_000  # uncommitted pages really hit the disk
        sigkill(proc)
    with Database.open(db_path) as db:  # unclean stop: the full check runs
        assert db.notice is None
        assert db.integrity_check() == ["ok"]
        locks = list(sessions_dir(db_path).glob("*.lock"))
        assert [p.stem for p in locks] == [db.session_id]  # the dead one was cleared
        (acct,) = db.accounts.list()
        assert db.posts.count(acct.local_id) == 50
        assert db.posts.get(acct.local_id, "1000") is None


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores permissions")
def test_read_only_folder_is_an_environment_error(db_path: Path) -> None:
    _fill(db_path, 1)
    folder = db_path.parent
    folder.chmod(0o500)
    try:
        with pytest.raises((StorageReadOnly, StoragePermissionDenied)):
            Database.open(db_path).close()
    finally:
        folder.chmod(0o700)


def test_error_classification() -> None:
    full = sqlite3.OperationalError("database or disk is full")
    full.sqlite_errorcode = sqlite3.SQLITE_FULL  # type: ignore[attr-defined]
    assert isinstance(from_sqlite(full), StorageFull)
    bug = sqlite3.OperationalError("no such table: nope")
    bug.sqlite_errorcode = sqlite3.SQLITE_ERROR  # type: ignore[attr-defined]
    assert from_sqlite(bug) is None
    assert isinstance(from_os_error(OSError(28, "No space left on device")), StorageFull)
    assert isinstance(from_os_error(OSError(30, "Read-only file system")), StorageReadOnly)
    assert from_os_error(OSError(2, "No such file")) is None  # a bug: we made a wrong path
    for kind in StorageError.__subclasses__():
        _assert_plain(str(kind("detail")))
        assert "detail" not in str(kind("detail"))
        assert "detail" in repr(kind("detail"))


def test_bugs_are_not_disguised(db: Database) -> None:
    with pytest.raises(sqlite3.OperationalError), db.transaction():
        db.connection.execute("SELECT * FROM no_such_table")
