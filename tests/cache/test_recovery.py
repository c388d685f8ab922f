"""When the environment fails: damaged files, full disks, a writer killed mid-transaction."""

from __future__ import annotations

import errno
import os
import re
import sqlite3
from pathlib import Path

import pytest

import townsfolk.cache.database as database_module
import townsfolk.cache.errors as errors_module
from townsfolk.cache import (
    Account,
    AccountRole,
    Database,
    Draft,
    StorageCorrupt,
    StorageDamaged,
    StorageError,
    StorageFull,
    StorageIOError,
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
    return sorted(
        p
        for p in folder.iterdir()
        if ".corrupt-" in p.name and not p.name.endswith(("-wal", "-shm"))
    )


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
    corrupt = sqlite3.DatabaseError("database disk image is malformed")
    corrupt.sqlite_errorcode = sqlite3.SQLITE_CORRUPT  # type: ignore[attr-defined]
    assert isinstance(from_sqlite(corrupt), StorageDamaged)  # found while running
    for kind in [*StorageError.__subclasses__(), StorageDamaged]:
        _assert_plain(str(kind("detail")))
        assert "detail" not in str(kind("detail"))
        assert "detail" in repr(kind("detail"))


def test_bugs_are_not_disguised(db: Database) -> None:
    with pytest.raises(sqlite3.OperationalError), db.transaction():
        db.connection.execute("SELECT * FROM no_such_table")


# --------------------------------------------------------------------------- repair keeps data

PRECIOUS = ("accounts", "app_registrations", "outbox", "jobs", "reading_positions")
TIMELINE_TABLES = ("posts", "timeline_entries", "notifications")


def _fill_precious(db_path: Path, *, posts: int = 300, unsent: int = 3) -> None:
    """Accounts, a registration, unsent posts (one failed: a draft to fix), a job, a reading
    place, and a timeline big enough to span many pages."""
    with Database.open(db_path) as db:
        main = db.accounts.add(
            server_url="https://t.example", server_domain="t.example", handle="a@t.example"
        )
        backup = db.accounts.add(
            server_url="https://u.example",
            server_domain="u.example",
            handle="a@u.example",
            role=AccountRole.BACKUP,
            backup_of=main.local_id,
        )
        db.registrations.put(
            "https://t.example", client_id="cid", scopes="read write", redirect_uris=["x"]
        )
        for i in range(unsent):
            item = db.outbox.enqueue(main.local_id, Draft(text=f"unsent post {i} " + "é" * 500))
        db.outbox.mark_failed(item.local_id, "the town said no")
        db.jobs.create("follow_sync", account_id=backup.local_id, payload={"from": 1})
        records = [make_post(str(i), size=1500) for i in range(posts)]
        db.posts.upsert_many(main.local_id, records)
        db.timelines.put_page(main.local_id, "home", [r.id for r in records])
        db.positions.set(main.local_id, "home", "17", 40)


def _rows(db_path: Path, tables: tuple[str, ...] = PRECIOUS) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(db_path)
    try:
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall() for t in tables}
    finally:
        conn.close()


def _pages_of(db_path: Path, tables: tuple[str, ...], *, kind: str | None = None) -> list[int]:
    """The page numbers of ``tables`` and their indexes (``kind``: only 'leaf' pages...)."""
    conn = sqlite3.connect(db_path)
    try:
        names = [
            str(r[0])
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE tbl_name IN "
                f"({', '.join('?' for _ in tables)})",
                tables,
            )
        ]
        query = f"SELECT pageno FROM dbstat WHERE name IN ({', '.join('?' for _ in names)})"
        args: list[str] = list(names)
        if kind is not None:
            query += " AND pagetype = ?"
            args.append(kind)
        return sorted({int(r[0]) for r in conn.execute(query, args)})
    finally:
        conn.close()


def _overwrite_pages(db_path: Path, pages: list[int], *, page_size: int = 0) -> None:
    if not page_size:
        conn = sqlite3.connect(db_path)
        page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
        conn.close()
        assert not db_path.with_name(db_path.name + "-wal").exists()  # closed cleanly
    with db_path.open("r+b") as f:
        for page in pages:
            f.seek((page - 1) * page_size)
            f.write(b"\x0d\x00\x00\x00\x09" + b"\xee" * (page_size - 5))


def test_repair_keeps_the_outbox_when_only_the_timeline_pages_are_damaged(db_path: Path) -> None:
    _fill_precious(db_path)
    before = _rows(db_path)
    pages = _pages_of(db_path, TIMELINE_TABLES)
    assert len(pages) > 50
    assert 1 not in pages
    assert not set(pages) & set(_pages_of(db_path, PRECIOUS))
    _overwrite_pages(db_path, pages)

    with Database.open(db_path, integrity_check="full") as db:
        assert db.notice is not None
        assert db.notice.kept == {
            "accounts": 2,
            "app_registrations": 1,
            "outbox": 3,
            "jobs": 1,
            "reading_positions": 1,
        }
        assert db.notice.message == database_module.repaired_message()
        _assert_plain(db.notice.message)
        assert "kept your accounts and the posts you had not sent yet" in db.notice.message
        assert "started fresh" in db.notice.message
        # The posts were a copy of the town's: gone, to be fetched again.
        (main, _backup) = db.accounts.list()
        assert db.posts.count(main.local_id) == 0
        assert db.timelines.count(main.local_id, "home") == 0
        assert db.integrity_check() == ["ok"]
        items = db.outbox.list()
        assert [i.draft.text[:13] for i in items] == [
            "unsent post 0",
            "unsent post 1",
            "unsent post 2",
        ]
        assert [i.state.value for i in items] == ["queued", "queued", "failed"]
        assert items[2].last_error == "the town said no"
        assert db.positions.get(main.local_id, "home") is not None
        moved = db.notice.moved_to
    assert _rows(db_path) == before  # every precious row, column for column
    assert moved.exists()
    assert _pages_of(moved, ("outbox",))
    leftovers = [p.name for p in db_path.parent.iterdir() if ".repairing" in p.name]
    assert leftovers == []
    with Database.open(db_path, integrity_check="full") as db:  # the repaired file is sound
        assert db.notice is None


def test_damage_found_while_running_is_checked_at_the_next_start(db_path: Path) -> None:
    _fill_precious(db_path)
    before = _rows(db_path)
    _overwrite_pages(db_path, _pages_of(db_path, ("timeline_entries",)))
    marker = db_path.with_name(db_path.name + ".damaged")

    with Database.open(db_path) as db:  # a clean stop last time: only the cheap checks
        assert db.notice is None
        (main, _backup) = db.accounts.list()
        with pytest.raises(StorageDamaged) as info:
            db.timelines.newest(main.local_id, "home")
        _assert_plain(str(info.value))
        assert "Please restart Townsfolk: it will check its saved data" in str(info.value)
        assert isinstance(info.value, StorageCorrupt)
        assert marker.exists()
        assert marker.stat().st_mode & 0o777 == 0o600
    # The restart looks, finds the damage, repairs and keeps the unsent posts.
    with Database.open(db_path) as db:
        assert db.notice is not None
        assert db.notice.kept["outbox"] == 3
        assert len(db.outbox.list()) == 3
    assert not marker.exists()
    assert _rows(db_path) == before
    with Database.open(db_path) as db:
        assert db.notice is None


def test_a_damage_note_without_damage_runs_the_full_check_and_is_cleared(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fill(db_path, 5)
    marker = db_path.with_name(db_path.name + ".damaged")
    marker.write_text("2026-12-04 malformed\n")
    checks: list[bool] = []
    real_connect = database_module._connect

    def spy(path: Path, *, full_check: bool, busy_timeout_ms: int) -> sqlite3.Connection:
        checks.append(full_check)
        return real_connect(path, full_check=full_check, busy_timeout_ms=busy_timeout_ms)

    monkeypatch.setattr(database_module, "_connect", spy)
    with Database.open(db_path) as db:
        assert db.notice is None
        assert len(db.accounts.list()) == 1
    assert checks == [True]
    assert not marker.exists()
    with Database.open(db_path):
        pass
    assert checks == [True, False]  # once cleared, starts are quick again


def test_repair_keeps_the_readable_rows_of_a_damaged_outbox(db_path: Path) -> None:
    _fill_precious(db_path, posts=20, unsent=120)
    leaves = _pages_of(db_path, ("outbox",), kind="leaf")
    assert len(leaves) > 10
    _overwrite_pages(db_path, [leaves[len(leaves) // 2]])
    with Database.open(db_path, integrity_check="full") as db:
        assert db.notice is not None
        kept = db.notice.kept["outbox"]
        assert 100 <= kept < 120  # one page of posts lost, the rest before and after kept
        texts = [i.draft.text.split(" ")[2] for i in db.outbox.list()]
        assert texts[0] == "0"
        assert texts[-1] == "119"
        assert db.notice.kept["accounts"] == 2
        # Not everything could be kept: the message does not promise it.
        assert db.notice.message == database_module.replaced_message()
        assert "may need to be written again" in db.notice.message
        assert db.integrity_check() == ["ok"]


def test_a_post_saved_just_before_a_crash_is_read_from_the_log_and_kept(db_path: Path) -> None:
    """The unsent post is only in the write-ahead log (the app died before folding it into
    the file), and the file's timeline pages are damaged: the repair reads the log too."""
    _fill_precious(db_path)
    pages = _pages_of(db_path, ("timeline_entries",))
    conn = sqlite3.connect(db_path)
    page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
    conn.close()
    code = """
import sys
import townsfolk.cache.checkpoint as checkpoint
checkpoint.Checkpointer.notify = lambda self: None  # nothing folded into the file
from townsfolk.cache import Database, Draft
db = Database.open(sys.argv[1])
main = db.accounts.list()[0]
db.outbox.enqueue(main.local_id, Draft(text="written just before the crash"))
print("saved", flush=True)
sys.stdin.read()
"""
    with child(code, str(db_path)) as proc:
        assert wait_ready(proc) == "saved"
        sigkill(proc)
    wal = db_path.with_name(db_path.name + "-wal")
    assert wal.stat().st_size > 0
    assert b"written just before the crash" not in db_path.read_bytes()
    _overwrite_pages(db_path, pages, page_size=page_size)
    with Database.open(db_path) as db:  # unclean stop: the full check runs
        assert db.notice is not None
        assert db.notice.kept["outbox"] == 4
        texts = [i.draft.text for i in db.outbox.list()]
        assert texts[-1] == "written just before the crash"


def test_a_damaged_index_of_the_outbox_loses_no_post(db_path: Path) -> None:
    _fill_precious(db_path, posts=20, unsent=60)
    before = _rows(db_path)
    conn = sqlite3.connect(db_path)
    pages = [
        int(r[0])
        for r in conn.execute(
            "SELECT pageno FROM dbstat WHERE name IN ('outbox_due', 'outbox_account')"
        )
    ]
    conn.close()
    _overwrite_pages(db_path, pages)
    with Database.open(db_path, integrity_check="full") as db:
        assert db.notice is not None
        assert db.notice.kept["outbox"] == 60  # the table itself was whole
        assert db.notice.message == database_module.repaired_message()
        assert db.outbox.pending_count() == 60
    assert _rows(db_path) == before


def test_a_table_whose_every_page_is_damaged_ends_the_scan(db_path: Path) -> None:
    _fill_precious(db_path, posts=20, unsent=120)
    _overwrite_pages(db_path, _pages_of(db_path, ("outbox",), kind="leaf"))
    with Database.open(db_path, integrity_check="full") as db:
        assert db.notice is not None
        assert db.notice.kept["outbox"] == 0
        assert db.notice.kept["accounts"] == 2
        assert db.notice.message == database_module.replaced_message()
        assert db.integrity_check() == ["ok"]


def test_unsent_posts_of_a_lost_account_are_dropped_to_keep_the_file_consistent(
    db_path: Path,
) -> None:
    _fill_precious(db_path, posts=20)
    _overwrite_pages(db_path, _pages_of(db_path, ("accounts",)))
    with Database.open(db_path, integrity_check="full") as db:
        assert db.notice is not None
        assert db.accounts.list() == []
        assert db.outbox.list() == []
        assert db.notice.kept["app_registrations"] == 1
        assert db.connection.execute("PRAGMA foreign_key_check").fetchall() == []
    assert len(_corrupt_files(db_path.parent)) == 1  # they are still in the file put aside


def test_a_full_disk_during_the_repair_leaves_everything_in_place(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fill_precious(db_path, posts=100)
    _overwrite_pages(db_path, _pages_of(db_path, ("timeline_entries",)))
    before = db_path.read_bytes()

    def full(damaged: Path, fresh: Path) -> object:
        fresh.write_bytes(b"half")
        error = sqlite3.OperationalError("database or disk is full")
        error.sqlite_errorcode = sqlite3.SQLITE_FULL  # type: ignore[attr-defined]
        raise error

    monkeypatch.setattr(database_module, "salvage_into", full)
    with pytest.raises(StorageFull):
        Database.open(db_path, integrity_check="full")
    assert db_path.read_bytes() == before
    assert _corrupt_files(db_path.parent) == []
    assert not any(".repairing" in p.name for p in db_path.parent.iterdir())
    assert db_path.with_name(db_path.name + ".damaged").exists()
    monkeypatch.undo()
    with Database.open(db_path) as db:  # space is back: the note makes this start repair
        assert db.notice is not None
        assert db.notice.kept["outbox"] == 3


def test_a_repair_that_fails_for_another_reason_starts_empty(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fill(db_path, 5)
    db_path.write_bytes(b"garbage" * 1000)

    def broken(damaged: Path, fresh: Path) -> object:
        raise sqlite3.OperationalError("no such table: surprise")

    monkeypatch.setattr(database_module, "salvage_into", broken)
    with Database.open(db_path) as db:
        assert db.notice is not None
        assert db.notice.kept == {}
        assert db.notice.message == database_module.replaced_message()
        assert db.accounts.list() == []


# --------------------------------------------------------------------------- a full disk


def _io_error(code: int = 778) -> sqlite3.OperationalError:  # SQLITE_IOERR_WRITE
    error = sqlite3.OperationalError("disk I/O error")
    error.sqlite_errorcode = code  # type: ignore[attr-defined]
    return error


def test_an_io_error_on_a_nearly_full_disk_says_the_disk_is_full(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite reports a failed write to its log as an I/O error, not as SQLITE_FULL: on a
    full disk, the person must read 'disk is full', not 'the disk may be failing'."""
    free = {"bytes": 1024}
    monkeypatch.setattr(errors_module, "free_bytes", lambda where: free["bytes"])
    for error in (_io_error(), _io_error(sqlite3.SQLITE_IOERR), _io_error(4874)):  # SHMSIZE
        full = from_sqlite(error, where=db_path)
        assert isinstance(full, StorageFull)
        assert "disk is full" in str(full)
        assert "failing" not in str(full)
    eio = OSError(errno.EIO, "Input/output error", str(db_path))
    assert isinstance(from_os_error(eio), StorageFull)  # the file named in the error
    # Words alone are enough, wherever the disk is.
    worded = OSError(errno.EIO, "No space left on device")
    assert isinstance(from_os_error(worded), StorageFull)
    # With room on the disk, an I/O error is what it says.
    free["bytes"] = 50 * 1024**3
    assert isinstance(from_sqlite(_io_error(), where=db_path), StorageIOError)
    assert isinstance(from_os_error(eio), StorageIOError)
    assert type(from_sqlite(_io_error())) is StorageIOError  # no place given: no guess


def test_a_running_write_failing_on_a_full_disk_says_disk_full(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(errors_module, "free_bytes", lambda where: 0)
    core = db._core

    with pytest.raises(StorageFull) as info, core.write():
        raise _io_error()
    assert "Free some space" in str(info.value)
    assert not db.path.with_name(db.path.name + ".damaged").exists()  # full is not damaged


def test_free_bytes_looks_at_the_nearest_existing_folder(tmp_path: Path) -> None:
    free = errors_module.free_bytes(tmp_path / "not" / "made" / "yet.db")
    assert free is not None
    assert free > 0
