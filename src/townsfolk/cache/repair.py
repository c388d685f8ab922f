"""Repairing a damaged database: keep what can still be read.

When :meth:`~townsfolk.cache.Database.open` finds the file damaged, the precious tables
(what exists nowhere else: accounts, app registrations, unsent posts and drafts in the
outbox, long-running jobs, reading positions) are copied row by row from the damaged file,
opened read-only, into a fresh file built from the schema next to it
(``townsfolk.db.repairing``). Only then is the damaged file moved aside and the fresh one
renamed into its place, so a crash during the repair leaves the damaged file where it was
and the next start simply repairs again. Everything else (posts, timelines, notifications,
the media index) is a copy of what the towns have and is fetched again.

Reading is forgiving: a table that cannot be read at all is reported and skipped; a scan
that breaks on a damaged page starts again after it (rowid tables); a row the fresh file
refuses (a broken constraint) is dropped. Rows that point at an account that was lost are
dropped too, so the fresh file is consistent.

Damage found while the app runs (a query answers "malformed") cannot be repaired under the
running app's feet: :func:`mark_damaged` leaves ``townsfolk.db.damaged`` next to the file,
and the next open runs the full check and repairs (see :meth:`Database.open`).
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from townsfolk.cache.schema import migrate

__all__ = [
    "PRECIOUS_TABLES",
    "Salvage",
    "clear_damage_mark",
    "damage_marker",
    "is_marked_damaged",
    "mark_damaged",
    "salvage_into",
]

log = logging.getLogger(__name__)

#: Copied into the fresh file, in this order (accounts first: the others point at them).
PRECIOUS_TABLES: tuple[str, ...] = (
    "accounts",
    "app_registrations",
    "outbox",
    "jobs",
    "reading_positions",
)
#: Tables whose rows belong to an account (``account_id``): orphans are dropped.
_OWNED_BY_ACCOUNT: tuple[str, ...] = ("outbox", "jobs", "reading_positions")
_MAX_RESUMES = 64  # how many times one table's scan restarts after a damaged page
_MAX_ROWID = 2**63 - 1


@dataclass(slots=True)
class Salvage:
    """What a repair kept."""

    kept: dict[str, int] = field(default_factory=dict)  # rows copied, per table
    unreadable: dict[str, str] = field(default_factory=dict)  # table -> what went wrong
    dropped: int = 0  # rows read but refused, or pointing at something lost

    @property
    def complete(self) -> bool:
        """Every precious table was read to its end and every row was kept."""
        return not self.unreadable and self.dropped == 0

    def summary(self) -> str:
        """One line for the log (table names and counts only, never row contents)."""
        kept = ", ".join(f"{t}={n}" for t, n in self.kept.items())
        lost = "; ".join(f"{t}: {why}" for t, why in self.unreadable.items())
        return f"kept {kept or 'nothing'}; dropped {self.dropped}" + (
            f"; unreadable {lost}" if lost else ""
        )


# Damage found while running ---------------------------------------------------------------


def damage_marker(db_path: Path) -> Path:
    """The file saying "check me at the next start" (``townsfolk.db.damaged``)."""
    return db_path.with_name(db_path.name + ".damaged")


def mark_damaged(db_path: Path, reason: str) -> None:
    """Ask the next open to check and repair ``db_path`` (best effort: never raises)."""
    marker = damage_marker(db_path)
    if marker.exists():
        return
    text = f"{time.strftime('%Y-%m-%dT%H:%M:%S%z')} {reason}\n"[:2000]
    try:
        fd = os.open(marker, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            os.write(fd, text.encode("utf-8", "replace"))
        finally:
            os.close(fd)
    except OSError as exc:  # the disk refusing is likely part of the same trouble
        log.warning("could not note the damage for the next start: %s", exc)
    else:
        log.error("the saved data is damaged; it will be checked at the next start: %s", reason)


def is_marked_damaged(db_path: Path) -> bool:
    return damage_marker(db_path).exists()


def clear_damage_mark(db_path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        damage_marker(db_path).unlink()


# Copying what can be read -------------------------------------------------------------------


def _open_damaged(path: Path) -> sqlite3.Connection:
    """The damaged file, read-only (its write-ahead log is read too, when there is one)."""
    uri = path.absolute().as_uri()
    conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, isolation_level=None)
    try:
        conn.execute("PRAGMA query_only = 1")
        conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
    except sqlite3.Error:
        conn.close()
        # The log may be what cannot be opened: read the main file alone.
        conn = sqlite3.connect(f"{uri}?immutable=1", uri=True, isolation_level=None)
    return conn


def _columns(conn: sqlite3.Connection, schema: str, table: str) -> list[str]:
    return [str(row[1]) for row in conn.execute(f"PRAGMA {schema}.table_info({table})")]


def _has_rowid(conn: sqlite3.Connection, table: str) -> bool:
    try:
        conn.execute(f"SELECT rowid FROM {table} LIMIT 0")  # noqa: S608 (our table names)
    except sqlite3.OperationalError:
        return False
    return True


def _rows(
    conn: sqlite3.Connection, table: str, columns: list[str], problems: list[str]
) -> Iterator[tuple[object, ...]]:
    """Every row of ``table`` that can be read; problems met are appended to ``problems``."""
    cols = ", ".join(columns)
    if not _has_rowid(conn, table):
        try:
            yield from conn.execute(f"SELECT {cols} FROM {table}")  # noqa: S608
        except sqlite3.Error as exc:
            problems.append(f"{type(exc).__name__}: {exc}")
        return
    # Rowid tables: in rowid order, so a scan broken by a damaged page can go on after it.
    after: int | None = None
    step = 1
    resumes = 0
    while True:
        args: tuple[int, ...] = ()
        if after is None:
            query = f"SELECT rowid, {cols} FROM {table} ORDER BY rowid"  # noqa: S608
        else:
            query = f"SELECT rowid, {cols} FROM {table} WHERE rowid > ? ORDER BY rowid"  # noqa: S608
            args = (after,)
        try:
            for row in conn.execute(query, args):
                after = int(row[0])
                step = 1
                yield tuple(row[1:])
            return
        except sqlite3.Error as exc:
            if not problems or problems[-1] != f"{type(exc).__name__}: {exc}":
                problems.append(f"{type(exc).__name__}: {exc}")
            resumes += 1
            after = (after if after is not None else 0) + step
            step *= 2
            if resumes > _MAX_RESUMES or after >= _MAX_ROWID:
                return


def _copy_table(src: sqlite3.Connection, dst: sqlite3.Connection, table: str, out: Salvage) -> None:
    # Errors reading the damaged file are reported; errors writing the fresh one propagate
    # (a full disk must not pass for rows that could not be read).
    try:
        theirs = set(_columns(src, "main", table))
        exists = (
            theirs
            or src.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
            ).fetchone()
        )
    except sqlite3.Error as exc:
        out.unreadable[table] = f"{type(exc).__name__}: {exc}"
        return
    if not theirs:  # not in the damaged file (an older schema), or its columns are unreadable
        if exists:
            out.unreadable[table] = "no readable columns"
        return
    columns = [c for c in _columns(dst, "main", table) if c in theirs]
    insert = (
        f"INSERT INTO {table} ({', '.join(columns)}) "  # noqa: S608
        f"VALUES ({', '.join('?' for _ in columns)})"
    )
    problems: list[str] = []
    copied = 0
    for row in _rows(src, table, columns, problems):
        try:
            dst.execute(insert, row)
        except sqlite3.IntegrityError:  # e.g. a damaged value breaking a CHECK
            out.dropped += 1
        else:
            copied += 1
    out.kept[table] = copied
    if problems:
        out.unreadable[table] = "; ".join(problems[:3])


def _drop_orphans(dst: sqlite3.Connection, out: Salvage) -> None:
    """Rows that point at an account that could not be kept would break the app."""
    dst.execute(
        "UPDATE accounts SET backup_of = NULL WHERE backup_of IS NOT NULL "
        "AND backup_of NOT IN (SELECT local_id FROM accounts)"
    )
    for table in _OWNED_BY_ACCOUNT:
        cursor = dst.execute(
            f"DELETE FROM {table} WHERE account_id IS NOT NULL "  # noqa: S608
            "AND account_id NOT IN (SELECT local_id FROM accounts)"
        )
        if cursor.rowcount > 0:
            out.dropped += cursor.rowcount
            out.kept[table] = out.kept.get(table, 0) - cursor.rowcount
    leftovers = dst.execute("PRAGMA foreign_key_check").fetchall()
    if leftovers:  # pragma: no cover - every foreign key of the precious tables is handled
        raise sqlite3.IntegrityError(f"foreign keys still broken: {leftovers[:3]}")


def _private_file(path: Path) -> None:
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    os.close(fd)
    if os.name == "posix":
        os.chmod(path, 0o600)


def remove_with_sidecars(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            path.with_name(path.name + suffix).unlink()


def salvage_into(damaged: Path, fresh: Path) -> Salvage:
    """Build a fresh database at ``fresh`` holding every precious row readable in
    ``damaged`` (which is only read). Raises ``sqlite3.Error``/``OSError`` if the fresh file
    cannot be written; what cannot be read is reported in the result instead."""
    remove_with_sidecars(fresh)
    _private_file(fresh)
    out = Salvage()
    dst = sqlite3.connect(fresh, isolation_level=None)
    try:
        # A plain rollback journal while building: one file to rename, no -wal/-shm.
        dst.execute("PRAGMA journal_mode = DELETE").fetchone()
        dst.execute("PRAGMA foreign_keys = OFF")
        migrate(dst)
        try:
            src = _open_damaged(damaged)
        except sqlite3.Error as exc:
            for table in PRECIOUS_TABLES:
                out.unreadable[table] = f"{type(exc).__name__}: {exc}"
            return out
        try:
            dst.execute("BEGIN IMMEDIATE")
            try:
                for table in PRECIOUS_TABLES:
                    _copy_table(src, dst, table, out)
                _drop_orphans(dst, out)
                dst.execute("COMMIT")
            except BaseException:
                if dst.in_transaction:
                    dst.execute("ROLLBACK")
                raise
        finally:
            src.close()
    finally:
        dst.close()
    return out
