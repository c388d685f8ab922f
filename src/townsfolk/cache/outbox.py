"""The outbox: posts waiting to be sent, saved before the first attempt.

Life of an entry::

    enqueue ──> queued ──claim_next──> sending ──mark_sent──> sent  (purge_sent deletes it)
                  ^                       │
                  └──── reschedule ───────┤  (temporary failure: try again later)
                  └──── retry ─ failed <──┘  mark_failed (needs the person: edit or delete)

Claims are safe across threads and processes: :meth:`OutboxRepo.claim_next` picks and marks
an entry in one ``BEGIN IMMEDIATE`` transaction, so two senders never get the same entry.
An entry left in ``sending`` by a process that died (its session lock is gone, see
:mod:`townsfolk.cache.sessions`) can be claimed again; it then comes back with
``outcome_unclear=True``: the earlier attempt may have reached the server, so the sender
should look for the post on the server (same text in the account's latest posts) before
sending again. The idempotency key stays the same for every attempt of one draft.
"""

from __future__ import annotations

import builtins
import json
import uuid
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any

from townsfolk.cache._core import RowRepo
from townsfolk.cache.errors import OutboxStateError

__all__ = ["Draft", "DraftMedia", "DraftPoll", "OutboxItem", "OutboxRepo", "OutboxState"]


class OutboxState(StrEnum):
    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class DraftMedia:
    path: str  # local file to upload
    description: str = ""  # alt text
    focus: tuple[float, float] | None = None
    remote_id: str | None = None  # set once uploaded, so a retry does not upload again


@dataclass(frozen=True, slots=True)
class DraftPoll:
    options: tuple[str, ...]
    expires_in: int  # seconds
    multiple: bool = False
    hide_totals: bool = False


@dataclass(frozen=True, slots=True)
class Draft:
    """Everything needed to send one post."""

    text: str
    spoiler_text: str = ""
    visibility: str = "public"  # public / unlisted / private / direct
    language: str | None = None
    sensitive: bool = False
    in_reply_to_id: str | None = None
    poll: DraftPoll | None = None
    media: tuple[DraftMedia, ...] = field(default_factory=tuple)

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Draft:
        data: dict[str, Any] = json.loads(text)
        poll = data.get("poll")
        return cls(
            text=data["text"],
            spoiler_text=data.get("spoiler_text", ""),
            visibility=data.get("visibility", "public"),
            language=data.get("language"),
            sensitive=bool(data.get("sensitive", False)),
            in_reply_to_id=data.get("in_reply_to_id"),
            poll=None
            if poll is None
            else DraftPoll(
                options=tuple(poll["options"]),
                expires_in=int(poll["expires_in"]),
                multiple=bool(poll.get("multiple", False)),
                hide_totals=bool(poll.get("hide_totals", False)),
            ),
            media=tuple(
                DraftMedia(
                    path=m["path"],
                    description=m.get("description", ""),
                    focus=None if m.get("focus") is None else (m["focus"][0], m["focus"][1]),
                    remote_id=m.get("remote_id"),
                )
                for m in data.get("media", ())
            ),
        )


@dataclass(frozen=True, slots=True)
class OutboxItem:
    local_id: int
    account_id: int
    idempotency_key: str
    draft: Draft
    state: OutboxState
    attempts: int
    last_error: str | None
    next_attempt_at: float
    claimed_by: str | None  # session id of the sender
    outcome_unclear: bool  # an earlier attempt may have reached the server
    remote_id: str | None  # the server's id once confirmed
    created_at: float
    updated_at: float


_COLUMNS = (
    "local_id, account_id, idempotency_key, draft, state, attempts, last_error, "
    "next_attempt_at, claimed_by, outcome_unclear, remote_id, created_at, updated_at"
)


def _item(row: Any) -> OutboxItem:
    return OutboxItem(
        local_id=int(row[0]),
        account_id=int(row[1]),
        idempotency_key=str(row[2]),
        draft=Draft.from_json(row[3]),
        state=OutboxState(row[4]),
        attempts=int(row[5]),
        last_error=row[6],
        next_attempt_at=float(row[7]),
        claimed_by=row[8],
        outcome_unclear=bool(row[9]),
        remote_id=row[10],
        created_at=float(row[11]),
        updated_at=float(row[12]),
    )


_PENDING = (OutboxState.QUEUED, OutboxState.SENDING, OutboxState.FAILED)


class OutboxRepo(RowRepo[OutboxItem]):
    """``db.outbox``."""

    TABLE = "outbox"
    COLUMNS = _COLUMNS
    _convert = staticmethod(_item)

    def enqueue(
        self,
        account_id: int,
        draft: Draft,
        *,
        idempotency_key: str | None = None,
        now: float | None = None,
    ) -> OutboxItem:
        """Save a post to send, with a fresh idempotency key unless one is given."""
        t = self._core.now(now)
        key = idempotency_key or uuid.uuid4().hex
        with self._core.write(durable=True) as conn:
            cur = conn.execute(
                "INSERT INTO outbox (account_id, idempotency_key, draft, state, "
                "next_attempt_at, created_at, updated_at) VALUES (?, ?, ?, 'queued', ?, ?, ?)",
                (account_id, key, draft.to_json(), t, t, t),
            )
            assert cur.lastrowid is not None
            return self._get(conn, cur.lastrowid)

    def claim_next(
        self, *, account_id: int | None = None, now: float | None = None
    ) -> OutboxItem | None:
        """Claim the next entry due for sending (oldest first) and mark it ``sending``.

        Due means ``queued`` with ``next_attempt_at <= now``, or ``sending`` by a session
        that died. Returns ``None`` when nothing is due. Counts one attempt.
        """
        t = self._core.now(now)
        with self._core.read() as conn:
            claimers = [
                str(r[0])
                for r in conn.execute(
                    "SELECT DISTINCT claimed_by FROM outbox "
                    "WHERE state = 'sending' AND claimed_by IS NOT NULL"
                )
            ]
        dead = [s for s in claimers if not self._core.session_alive(s)]
        sql = (
            f"SELECT local_id, state, claimed_by FROM outbox WHERE "  # noqa: S608
            f"((state = 'queued' AND next_attempt_at <= ?) OR (state = 'sending' AND "
            f"(claimed_by IS NULL OR claimed_by IN ({', '.join('?' * len(dead))}))))"
        )
        args: list[object] = [t, *dead]
        if account_id is not None:
            sql += " AND account_id = ?"
            args.append(account_id)
        sql += " ORDER BY next_attempt_at, local_id LIMIT 1"
        with self._core.write() as conn:
            row = conn.execute(sql, args).fetchone()
            if row is None:
                return None
            local_id, state, claimed_by = int(row[0]), str(row[1]), row[2]
            cur = conn.execute(
                "UPDATE outbox SET state = 'sending', claimed_by = ?, claimed_at = ?, "
                "attempts = attempts + 1, outcome_unclear = (outcome_unclear OR ?), "
                "updated_at = ? WHERE local_id = ? AND state = ? AND claimed_by IS ?",
                (
                    self._core.session_id,
                    t,
                    int(state == OutboxState.SENDING),
                    t,
                    local_id,
                    state,
                    claimed_by,
                ),
            )
            assert cur.rowcount == 1  # we hold the write lock: nobody changed it meanwhile
            return self._get(conn, local_id)

    def _transition(
        self,
        local_id: int,
        allowed: Sequence[OutboxState],
        sets: str,
        args: tuple[object, ...],
        now: float | None,
    ) -> OutboxItem:
        with self._core.write(durable=True) as conn:
            current = self._get(conn, local_id)
            if current.state not in allowed:
                raise OutboxStateError(
                    f"outbox entry {local_id} is {current.state.value}, "
                    f"expected {'/'.join(s.value for s in allowed)}"
                )
            conn.execute(
                f"UPDATE outbox SET {sets}, updated_at = ? WHERE local_id = ?",  # noqa: S608
                (*args, self._core.now(now), local_id),
            )
            return self._get(conn, local_id)

    def mark_sent(self, local_id: int, remote_id: str, *, now: float | None = None) -> OutboxItem:
        """The server confirmed the post (``remote_id`` is its id there)."""
        return self._transition(
            local_id,
            (OutboxState.SENDING,),
            "state = 'sent', remote_id = ?, claimed_by = NULL, last_error = NULL",
            (remote_id,),
            now,
        )

    def reschedule(
        self,
        local_id: int,
        *,
        error: str,
        next_attempt_at: float,
        outcome_unclear: bool = False,
        now: float | None = None,
    ) -> OutboxItem:
        """A temporary failure: back to ``queued`` until ``next_attempt_at``.
        ``outcome_unclear``: the request may have reached the server (e.g. a timeout after
        sending); it stays set until the entry is sent."""
        return self._transition(
            local_id,
            (OutboxState.SENDING, OutboxState.QUEUED),
            "state = 'queued', claimed_by = NULL, last_error = ?, next_attempt_at = ?, "
            "outcome_unclear = (outcome_unclear OR ?)",
            (error, next_attempt_at, int(outcome_unclear)),
            now,
        )

    def mark_failed(self, local_id: int, error: str, *, now: float | None = None) -> OutboxItem:
        """A failure that needs the person (e.g. the server refused the text)."""
        return self._transition(
            local_id,
            (OutboxState.SENDING, OutboxState.QUEUED),
            "state = 'failed', claimed_by = NULL, last_error = ?",
            (error,),
            now,
        )

    def retry(self, local_id: int, *, now: float | None = None) -> OutboxItem:
        """The person asked to try a failed entry again: queue it for now."""
        t = self._core.now(now)
        return self._transition(
            local_id, (OutboxState.FAILED,), "state = 'queued', next_attempt_at = ?", (t,), t
        )

    def save_progress(self, local_id: int, draft: Draft, *, now: float | None = None) -> OutboxItem:
        """While sending: remember progress in the draft (e.g. uploaded media ids)."""
        return self._transition(
            local_id, (OutboxState.SENDING,), "draft = ?", (draft.to_json(),), now
        )

    def edit(self, local_id: int, draft: Draft, *, now: float | None = None) -> OutboxItem:
        """The person changed an unsent post (not allowed while it is being sent).

        It gets a new idempotency key (the content changed) and is queued for now.
        """
        t = self._core.now(now)
        return self._transition(
            local_id,
            (OutboxState.QUEUED, OutboxState.FAILED),
            "draft = ?, idempotency_key = ?, state = 'queued', next_attempt_at = ?",
            (draft.to_json(), uuid.uuid4().hex, t),
            t,
        )

    def delete(self, local_id: int) -> bool:
        """Remove an entry that is not being sent. Returns False if it did not exist."""
        with self._core.write() as conn:
            try:
                current = self._get(conn, local_id)
            except KeyError:
                return False
            if current.state is OutboxState.SENDING:
                raise OutboxStateError(f"outbox entry {local_id} is being sent")
            conn.execute("DELETE FROM outbox WHERE local_id = ?", (local_id,))
            return True

    def purge_sent(self) -> int:
        """Delete entries the server confirmed."""
        with self._core.write() as conn:
            return conn.execute("DELETE FROM outbox WHERE state = 'sent'").rowcount

    def list(
        self,
        *,
        account_id: int | None = None,
        states: Sequence[OutboxState] | None = None,
    ) -> builtins.list[OutboxItem]:
        """Entries in the order they were written."""
        sql = f"SELECT {_COLUMNS} FROM outbox WHERE 1"  # noqa: S608
        args: builtins.list[object] = []
        if account_id is not None:
            sql += " AND account_id = ?"
            args.append(account_id)
        if states is not None:
            sql += f" AND state IN ({', '.join('?' * len(states))})"
            args.extend(s.value for s in states)
        with self._core.read() as conn:
            return [_item(r) for r in conn.execute(sql + " ORDER BY local_id", args)]

    def pending_count(self, account_id: int | None = None) -> int:
        """Entries not confirmed by the server yet (queued, sending or failed)."""
        sql = "SELECT COUNT(*) FROM outbox WHERE state IN (?, ?, ?)"
        args: builtins.list[object] = [s.value for s in _PENDING]
        if account_id is not None:
            sql += " AND account_id = ?"
            args.append(account_id)
        with self._core.read() as conn:
            return int(conn.execute(sql, args).fetchone()[0])
