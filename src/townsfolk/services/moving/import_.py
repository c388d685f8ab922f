"""Import a Mastodon export file into an account, through the API, as a resumable job.

Mastodon's import is a web page only; this does what its ``BulkImportRowService`` does, one
line at a time through the client API:

- **Plan first** (:meth:`ImportService.plan`, no change made): the file's lines, minus what
  the account already has; with ``Mode.REPLACE`` also what would be *removed* (people no
  longer followed, blocks lifted ...), which the person must confirm
  (:meth:`ImportService.start` refuses a replace without ``confirmed_removal=True``).
- **Job** (``db.jobs``, kind ``"moving_import"``, the account's id): the lines in the
  payload, the place reached and every line's outcome in the cursor, saved after each line.
- **Each line**: the address is found on the new town (search with resolve), then followed
  (with boosts, notifications and languages), blocked, muted (hiding notifications or not),
  the town blocked, the post bookmarked, or the person added to a list (followed first, as
  Mastodon does; the list is made once).
- **Never twice**: a follow is recorded as *in flight* before the request leaves; after a
  crash or a quit the next run asks the town whether it arrived before sending it again. A
  list being made is recorded the same way and looked for by its name.
- **The town's limits**: at most ``follows_per_window`` new follows in any ``window``
  seconds (Mastodon: 400 a day), and on a 429 the job waits until the reset the town gives.
  The wait is saved, so a restart waits too. :func:`time_left` says honestly how long the
  rest takes, waits included.
- **Results** in plain words per outcome (:func:`result_sentences`): "3 people could not be
  found ...".
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any, Final

from townsfolk.api.client import MastodonClient
from townsfolk.api.errors import (
    ApiError,
    Forbidden,
    NotFound,
    RateLimited,
    RequestRejected,
    ValidationFailed,
)
from townsfolk.api.pagination import iterate_pages
from townsfolk.api.timing import sleep_until
from townsfolk.cache import Account, Database, Job, JobState
from townsfolk.i18n import translate
from townsfolk.services.health import describe_duration
from townsfolk.services.lookahead import look_ahead
from townsfolk.services.moving.common import (
    ClientFor,
    acct_of,
    close_client,
    reset_time,
    row_from_json,
    row_to_json,
)
from townsfolk.services.moving.csv_formats import ImportFile, Kind, LineProblem, Row

__all__ = [
    "IMPORT_JOB",
    "ImportPlan",
    "ImportProblem",
    "ImportProgress",
    "ImportService",
    "Mode",
    "Outcome",
    "Removal",
    "result_sentences",
    "time_left",
]

log = logging.getLogger(__name__)

IMPORT_JOB: Final = "moving_import"
_FOLLOWING_KINDS: Final = (Kind.FOLLOWING, Kind.LISTS)


class Mode(StrEnum):
    MERGE = "merge"
    REPLACE = "replace"


_Found = tuple[str, str | None] | None


class Outcome(StrEnum):
    DONE = "done"
    ALREADY = "already"
    NOT_FOUND = "not_found"  # the address or post could not be found from the new town
    REFUSED = "refused"  # the new town said no (blocked by them, not allowed ...)
    REMOVED = "removed"  # replace: taken away


@dataclass(frozen=True, slots=True)
class Removal:
    """Something ``replace`` would take away: ``label`` for the person (an address, a town,
    a post's address, a list's name), ``ref`` for the town (an id, or the domain)."""

    label: str
    ref: str
    list_name: str = ""


@dataclass(frozen=True, slots=True)
class ImportPlan:
    account_id: int
    kind: Kind
    mode: Mode
    rows: tuple[Row, ...]  # what will be applied
    already: int  # lines the account already has
    to_remove: tuple[Removal, ...]
    problems: tuple[LineProblem, ...]
    notes: tuple[str, ...] = ()

    @property
    def sentence(self) -> str:
        return plan_sentence(self)


@dataclass(frozen=True, slots=True)
class ImportProgress:
    job_id: int
    account_id: int
    kind: Kind
    done: int
    total: int
    state: JobState
    paused_until: float | None
    time_left: float | None
    sentence: str
    results: tuple[str, ...] = ()


class ImportProblem(Exception):
    def __init__(self, user_message: str) -> None:
        super().__init__(user_message)
        self.user_message = user_message


Listener = Callable[[ImportProgress], None]


@dataclass
class _Cursor:
    next: int = 0
    phase: str = "add"  # "add", then "remove" (replace only)
    inflight: dict[str, Any] | None = None
    resume_after: float | None = None
    recent: list[float] = field(default_factory=list)  # times of the latest new follows
    counts: dict[str, int] = field(default_factory=dict)  # outcome -> lines
    #: The lines that did not work, by outcome (the things that worked are only counted).
    outcomes: dict[str, list[str]] = field(default_factory=dict)
    lists: dict[str, str] = field(default_factory=dict)  # list name -> id on the new town
    moved: dict[str, str] = field(default_factory=dict)  # address in the file -> new one

    def dump(self) -> str:
        return json.dumps(
            {
                "next": self.next,
                "phase": self.phase,
                "inflight": self.inflight,
                "resume_after": self.resume_after,
                "recent": self.recent,
                "counts": self.counts,
                "outcomes": self.outcomes,
                "lists": self.lists,
                "moved": self.moved,
            }
        )

    @classmethod
    def load(cls, text: str | None) -> _Cursor:
        if not text:
            return cls()
        raw = json.loads(text)
        return cls(
            next=int(raw.get("next", 0)),
            phase=str(raw.get("phase", "add")),
            inflight=raw.get("inflight"),
            resume_after=raw.get("resume_after"),
            recent=[float(t) for t in raw.get("recent", [])],
            counts={str(k): int(v) for k, v in (raw.get("counts") or {}).items()},
            outcomes={str(k): list(v) for k, v in (raw.get("outcomes") or {}).items()},
            lists={str(k): str(v) for k, v in (raw.get("lists") or {}).items()},
            moved={str(k): str(v) for k, v in (raw.get("moved") or {}).items()},
        )


# ---------------------------------------------------------------------------------- sentences


def _count_sentence(kind: Kind, n: int) -> str:
    if kind is Kind.FOLLOWING:
        return translate("MovingImport", "To follow: %n", None, n)
    if kind is Kind.BLOCKING:
        return translate("MovingImport", "To block: %n", None, n)
    if kind is Kind.MUTING:
        return translate("MovingImport", "To mute: %n", None, n)
    if kind is Kind.DOMAIN_BLOCKING:
        return translate("MovingImport", "Towns to block: %n", None, n)
    if kind is Kind.BOOKMARKS:
        return translate("MovingImport", "Bookmarks to add: %n", None, n)
    return translate("MovingImport", "To put in lists: %n", None, n)


def plan_sentence(plan: ImportPlan) -> str:
    parts = [_count_sentence(plan.kind, len(plan.rows))]
    # (lupdate collects a plural sentence only when its count is a plain name)
    already, unreadable, removing = plan.already, len(plan.problems), len(plan.to_remove)
    if already:
        parts.append(translate("MovingImport", "already there: %n", None, already))
    if unreadable:
        parts.append(translate("MovingImport", "lines that cannot be read: %n", None, unreadable))
    text = ", ".join(parts) + "."
    if plan.mode is Mode.REPLACE and removing:
        text += " " + translate(
            "MovingImport",
            "Replacing also removes what is not in the file (%n in all): look at it before "
            "you agree.",
            None,
            removing,
        )
    return text


def result_sentences(
    kind: Kind,
    counts: dict[str, int],
    outcomes: dict[str, list[str]],
    moved: dict[str, str] | None = None,
) -> list[str]:
    """Plain words for what happened, one sentence per kind of outcome (``counts``: lines
    per outcome; ``outcomes``: the lines that did not work)."""
    out: list[str] = []
    done = counts.get(Outcome.DONE, 0)
    if done:
        out.append(_done_sentence(kind, done))
    already = counts.get(Outcome.ALREADY, 0)
    if already:
        out.append(translate("MovingImport", "Already there: %n.", None, already))
    missing = outcomes.get(Outcome.NOT_FOUND, [])
    n_missing = len(missing)
    if missing:
        if kind is Kind.BOOKMARKS:
            text = translate(
                "MovingImport",
                "Posts that could not be found (deleted, or their town is gone): %n.",
                None,
                n_missing,
            )
        elif kind is Kind.DOMAIN_BLOCKING:
            text = translate(
                "MovingImport", "Towns that could not be blocked: %n.", None, n_missing
            )
        else:
            text = translate(
                "MovingImport",
                "People who could not be found (their town is gone, or they changed their "
                "address): %n.",
                None,
                n_missing,
            )
        out.append(text + " " + ", ".join(missing[:5]) + ("…" if len(missing) > 5 else ""))
    refused = outcomes.get(Outcome.REFUSED, [])
    n_refused = len(refused)
    if refused:
        out.append(
            translate(
                "MovingImport",
                "Refused by your new town (for example people who blocked you): %n.",
                None,
                n_refused,
            )
            + " "
            + ", ".join(refused[:5])
            + ("…" if len(refused) > 5 else "")
        )
    n_moved = len(moved) if moved else 0
    if moved:
        shown = [f"{old} → {new}" for old, new in list(moved.items())[:5]]
        out.append(
            translate(
                "MovingImport",
                "Found at their new address, because they had moved: %n.",
                None,
                n_moved,
            )
            + " "
            + ", ".join(shown)
            + ("…" if len(moved) > 5 else "")
        )
    removed = counts.get(Outcome.REMOVED, 0)
    if removed:
        out.append(translate("MovingImport", "Removed: %n.", None, removed))
    return out


def _done_sentence(kind: Kind, n: int) -> str:
    if kind is Kind.FOLLOWING:
        return translate("MovingImport", "Now followed: %n.", None, n)
    if kind is Kind.BLOCKING:
        return translate("MovingImport", "Blocked: %n.", None, n)
    if kind is Kind.MUTING:
        return translate("MovingImport", "Muted: %n.", None, n)
    if kind is Kind.DOMAIN_BLOCKING:
        return translate("MovingImport", "Towns blocked: %n.", None, n)
    if kind is Kind.BOOKMARKS:
        return translate("MovingImport", "Bookmarks added: %n.", None, n)
    return translate("MovingImport", "Put in lists: %n.", None, n)


def time_left(  # noqa: PLR0917
    remaining: int,
    follows_left: int,
    recent: Sequence[float],
    follows_per_window: int,
    window: float,
    seconds_per_row: float,
    now: float,
    paused_until: float | None = None,
) -> float:
    """Seconds until the rest is done: the rows' own time plus the waits the follow limit
    forces (a full window for every ``follows_per_window`` follows beyond what is left of
    the current one)."""
    base = max(0.0, (paused_until or now) - now) + remaining * seconds_per_row
    if follows_left <= 0 or follows_per_window <= 0:
        return base
    live = sorted(t for t in recent if now - t < window)
    # Follow number n (counting the live ones first) is made a window after number
    # n - follows_per_window, so the last one waits q windows after number n mod P.
    last = len(live) + follows_left - 1
    if last < follows_per_window:
        return base
    q, b = divmod(last, follows_per_window)
    start = live[b] if b < len(live) else now
    return base + max(0.0, start + q * window - now)


# ---------------------------------------------------------------------------------- service


class ImportService:
    """See the module documentation."""

    def __init__(
        self,
        db: Database,
        clients: ClientFor,
        *,
        follows_per_window: int = 400,
        window: float = 86400.0,
        page_size: int = 80,
        max_pages: int = 10_000,
        resolve_ahead: int = 8,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.db = db
        self._clients_for = clients
        self.follows_per_window = follows_per_window
        self.window = window
        self.page_size = page_size
        self.max_pages = max_pages
        self.resolve_ahead = max(1, resolve_ahead)
        self._clock = clock
        self._listeners: list[Listener] = []
        self._locks: dict[int, asyncio.Lock] = {}
        self._speed: dict[int, tuple[float, int]] = {}  # job -> (started, rows this run)

    # ------------------------------------------------------------------ listeners, progress

    def add_listener(self, listener: Listener) -> Callable[[], None]:
        self._listeners.append(listener)

        def remove() -> None:
            with contextlib.suppress(ValueError):
                self._listeners.remove(listener)

        return remove

    def progress(self, job: Job) -> ImportProgress:
        return self._progress(job, _Cursor.load(job.cursor))

    def _progress(self, job: Job, cursor: _Cursor) -> ImportProgress:
        kind = Kind(job.payload["kind"])
        total = job.progress_total or 0
        done = job.progress_done
        paused = cursor.resume_after if job.state is JobState.PAUSED else None
        left: float | None = None
        if job.state is not JobState.DONE:
            adds = len(job.payload.get("rows", []))
            follows_left = max(0, adds - cursor.next) if kind in _FOLLOWING_KINDS else 0
            if cursor.phase != "add":
                follows_left = 0
            left = time_left(
                total - done,
                follows_left,
                cursor.recent,
                self.follows_per_window,
                self.window,
                self._seconds_per_row(job.local_id),
                self._clock(),
                cursor.resume_after,
            )
        return ImportProgress(
            job_id=job.local_id,
            account_id=job.account_id or 0,
            kind=kind,
            done=done,
            total=total,
            state=job.state,
            paused_until=paused,
            time_left=left,
            sentence=self._sentence(kind, done, total, job.state, left),
            results=tuple(result_sentences(kind, cursor.counts, cursor.outcomes, cursor.moved)),
        )

    def _seconds_per_row(self, job_id: int) -> float:
        started, rows = self._speed.get(job_id, (0.0, 0))
        if rows < 5:
            return 0.5
        return max(0.0, (self._clock() - started) / rows)

    @staticmethod
    def _sentence(kind: Kind, done: int, total: int, state: JobState, left: float | None) -> str:
        if state is JobState.DONE:
            return translate("MovingImport", "Finished: every line looked at (%n).", None, total)
        text = translate("MovingImport", "{done} of {total} lines done").format(
            done=done, total=total
        )
        if left is not None and left >= 1:
            text += ", " + translate("MovingImport", "about {time} left").format(
                time=describe_duration(left)
            )
        if state is JobState.PAUSED:
            text += ". " + translate(
                "MovingImport",
                "Your new town asked Townsfolk to slow down; it goes on by itself.",
            )
        return text

    def _emit(self, job: Job, cursor: _Cursor | None = None) -> None:
        if not self._listeners:
            return
        progress = self._progress(job, cursor if cursor is not None else _Cursor.load(job.cursor))
        for listener in list(self._listeners):
            try:
                listener(progress)
            except Exception:
                log.exception("an import listener failed")

    # ------------------------------------------------------------------ planning

    async def plan(self, account: Account, file: ImportFile, mode: Mode = Mode.MERGE) -> ImportPlan:
        """What importing ``file`` would do (no change is made)."""
        client = await self._clients_for(account)
        try:
            present = await self._present(client, account, file.kind)
        finally:
            await close_client(client)
        here = account.server_domain
        me = acct_of(account.handle, here).lower()
        wanted: set[tuple[str, str]] = set()
        rows: list[Row] = []
        already = 0
        # Mastodon's files have follows, blocks, mutes and bookmarks newest first: applied
        # oldest first, the new town ends up with the same order.
        newest_first = file.kind in (Kind.FOLLOWING, Kind.BLOCKING, Kind.MUTING, Kind.BOOKMARKS)
        for row in reversed(file.rows) if newest_first else file.rows:
            key = self._key(file.kind, row, here)
            wanted.add(key)
            if key in present or (file.kind is not Kind.DOMAIN_BLOCKING and key[1] == me):
                already += 1
            else:
                rows.append(row)
        removals: list[Removal] = []
        if mode is Mode.REPLACE:
            names = {k[0] for k in wanted}
            gone_lists = {
                key[0] for key in present if file.kind is Kind.LISTS and not key[1]
            } - names
            for key, (label, ref) in present.items():
                if key in wanted:
                    continue
                if file.kind is Kind.LISTS:
                    if not key[1] and key[0] in gone_lists:  # a list not in the file
                        removals.append(Removal(label, ref, label))
                    elif key[1] and key[0] not in gone_lists:  # a person not in the list
                        removals.append(Removal(label, ref, key[0]))
                else:
                    removals.append(Removal(label, ref))
        return ImportPlan(
            account_id=account.local_id,
            kind=file.kind,
            mode=mode,
            rows=tuple(rows),
            already=already,
            to_remove=tuple(removals),
            problems=file.problems,
            notes=file.notes,
        )

    @staticmethod
    def _key(kind: Kind, row: Row, here: str) -> tuple[str, str]:
        if kind in (Kind.DOMAIN_BLOCKING, Kind.BOOKMARKS):
            return ("", row.value.lower() if kind is Kind.DOMAIN_BLOCKING else row.value)
        return (row.list_name.casefold(), acct_of(row.value, here).lower())

    async def _present(
        self, client: MastodonClient, account: Account, kind: Kind
    ) -> dict[tuple[str, str], tuple[str, str]]:
        """What the account has now: key -> (label, ref)."""
        here = account.server_domain
        out: dict[tuple[str, str], tuple[str, str]] = {}

        def person(p: Any, list_name: str = "") -> None:
            address = acct_of(p.acct, here)
            out[(list_name.casefold(), address.lower())] = (address, str(p.id))

        if kind is Kind.FOLLOWING:
            remote_id = account.remote_id or (await client.verify_credentials()).id

            async def fetch(c: Any) -> Any:
                return await client.following(remote_id, cursor=c, limit=self.page_size)

            async for page in iterate_pages(fetch, max_pages=self.max_pages):
                for p in page.items:
                    person(p)
        elif kind in (Kind.BLOCKING, Kind.MUTING):
            call = client.blocks if kind is Kind.BLOCKING else client.mutes

            async def fetch_bm(c: Any) -> Any:
                return await call(cursor=c, limit=self.page_size)

            async for page in iterate_pages(fetch_bm, max_pages=self.max_pages):
                for p in page.items:
                    person(p)
        elif kind is Kind.DOMAIN_BLOCKING:

            async def fetch_d(c: Any) -> Any:
                return await client.domain_blocks(cursor=c, limit=200)

            async for page in iterate_pages(fetch_d, max_pages=self.max_pages):
                for d in page.items:
                    out[("", str(d).lower())] = (str(d), str(d))
        elif kind is Kind.BOOKMARKS:

            async def fetch_s(c: Any) -> Any:
                return await client.bookmarks(cursor=c, limit=40)

            async for page in iterate_pages(fetch_s, max_pages=self.max_pages):
                for s in page.items:
                    out[("", s.uri)] = (s.uri, s.id)
        else:
            for item in await client.lists():
                out[(item.title.casefold(), "")] = (item.title, item.id)

                async def fetch_l(c: Any, list_id: str = item.id) -> Any:
                    return await client.list_accounts(list_id, cursor=c, limit=self.page_size)

                async for page in iterate_pages(fetch_l, max_pages=self.max_pages):
                    for p in page.items:
                        person(p, item.title)
        return out

    # ------------------------------------------------------------------ running

    def start(self, plan: ImportPlan, *, confirmed_removal: bool = False) -> Job:
        """Store the plan as a job (run it with :meth:`run`)."""
        if plan.mode is Mode.REPLACE and plan.to_remove and not confirmed_removal:
            raise ImportProblem(
                translate(
                    "MovingImport",
                    "Replacing removes things that are not in the file. Look at the list of "
                    "what would be removed and agree to it first.",
                )
            )
        previous = self.db.jobs.list(kind=IMPORT_JOB, account_id=plan.account_id)
        recent = _Cursor.load(previous[-1].cursor).recent if previous else []
        payload = {
            "kind": plan.kind.value,
            "mode": plan.mode.value,
            "rows": [row_to_json(r) for r in plan.rows],
            "remove": [[r.label, r.ref, r.list_name] for r in plan.to_remove],
            "already": plan.already,
        }
        total = len(plan.rows) + len(plan.to_remove)
        job = self.db.jobs.create(
            IMPORT_JOB, account_id=plan.account_id, payload=payload, total=total
        )
        cursor = _Cursor(recent=[t for t in recent if self._clock() - t < self.window])
        if plan.already:
            cursor.counts[Outcome.ALREADY] = plan.already
        return self.db.jobs.progress(job.local_id, 0, cursor=cursor.dump())

    async def run(self, job_id: int) -> Job:
        """Apply the job's lines (continuing where it stopped). Returns the finished job;
        raises ``ApiError`` when the town cannot be reached (the job is then paused and goes
        on at the next run). Waits through the town's limits."""
        job = self.db.jobs.get(job_id)
        if job is None:
            raise KeyError(job_id)
        account = self.db.accounts.get(job.account_id or 0)
        if account is None:
            raise ImportProblem(
                translate("MovingImport", "The account to import into is no longer here.")
            )
        lock = self._locks.setdefault(account.local_id, asyncio.Lock())
        async with lock:
            job = self.db.jobs.get(job_id) or job
            if job.state in (JobState.DONE, JobState.CANCELLED, JobState.FAILED):
                return job
            return await self._run(job, account)

    async def resume_unfinished(self) -> list[Job]:
        """Continue every unfinished import (at start-up); problems are logged."""
        out: list[Job] = []
        for job in self.db.jobs.unfinished():
            if job.kind != IMPORT_JOB:
                continue
            try:
                out.append(await self.run(job.local_id))
            except (ApiError, ImportProblem) as exc:
                log.info("import %s not finished: %s", job.local_id, exc)
        return out

    def cancel(self, job_id: int) -> Job:
        """Stop for good (what was done stays done)."""
        return self.db.jobs.set_state(job_id, JobState.CANCELLED)

    async def _run(self, job: Job, account: Account) -> Job:
        kind = Kind(job.payload["kind"])
        rows = [row_from_json(r) for r in job.payload.get("rows", [])]
        removals = [Removal(*r) for r in job.payload.get("remove", [])]
        cursor = _Cursor.load(job.cursor)
        job = self.db.jobs.set_state(job.local_id, JobState.RUNNING)
        self._speed[job.local_id] = (self._clock(), 0)
        self._emit(job)
        client = await self._clients_for(account)
        resolved: dict[int, _Found] = {}
        here = account.server_domain
        try:
            while cursor.phase == "add" and cursor.next < len(rows):
                await self._wait_for_budget(job, cursor, kind)
                i = cursor.next
                try:
                    if i not in resolved and kind not in (Kind.DOMAIN_BLOCKING,):
                        await self._prefetch(client, kind, rows, i, here, resolved)
                    await self._apply(job, client, kind, cursor, i, rows[i], resolved)
                except RateLimited as exc:
                    cursor.inflight = None  # a 429 means it was not done
                    cursor.resume_after = reset_time(exc, self._clock())
                    self._save(job, cursor)
                    continue
                job = self._step_done(job, cursor)
            if cursor.phase == "add":
                cursor.phase, cursor.next = "remove", 0
                self._save(job, cursor)
            while cursor.next < len(removals):
                try:
                    await self._remove(client, kind, cursor, removals[cursor.next])
                except RateLimited as exc:
                    cursor.resume_after = reset_time(exc, self._clock())
                    self._save(job, cursor)
                    await self._wait_for_budget(job, cursor, None)
                    continue
                job = self._step_done(job, cursor, offset=len(rows))
            job = self.db.jobs.set_state(job.local_id, JobState.DONE)
            self._emit(job)
            return job
        except ApiError as exc:
            job = self.db.jobs.set_state(job.local_id, JobState.PAUSED, error=str(exc))
            self._emit(job)
            raise
        finally:
            self._speed.pop(job.local_id, None)
            await close_client(client)

    def _step_done(self, job: Job, cursor: _Cursor, offset: int = 0) -> Job:
        started, n = self._speed.get(job.local_id, (self._clock(), 0))
        self._speed[job.local_id] = (started, n + 1)
        done, text = offset + cursor.next, cursor.dump()
        self.db.jobs.save_cursor(job.local_id, done, text)
        job = replace(job, progress_done=done, cursor=text, state=JobState.RUNNING)
        self._emit(job, cursor)
        return job

    def _save(self, job: Job, cursor: _Cursor) -> None:
        done = cursor.next
        if cursor.phase != "add":
            done += len(job.payload.get("rows", []))
        self.db.jobs.save_cursor(job.local_id, done, cursor.dump())

    def _outcome(self, cursor: _Cursor, outcome: Outcome, label: str) -> None:
        cursor.counts[outcome.value] = cursor.counts.get(outcome.value, 0) + 1
        if outcome in (Outcome.NOT_FOUND, Outcome.REFUSED):
            cursor.outcomes.setdefault(outcome.value, []).append(label)
        cursor.next += 1
        cursor.inflight = None

    async def _wait_for_budget(self, job: Job, cursor: _Cursor, kind: Kind | None) -> None:
        now = self._clock()
        cursor.recent = [t for t in cursor.recent if now - t < self.window]
        if kind in _FOLLOWING_KINDS and len(cursor.recent) >= self.follows_per_window > 0:
            until = cursor.recent[-self.follows_per_window] + self.window
            cursor.resume_after = max(cursor.resume_after or 0.0, until)
        if cursor.resume_after is not None and cursor.resume_after > now:
            self._save(job, cursor)
            paused = self.db.jobs.set_state(job.local_id, JobState.PAUSED, error="rate limit")
            self._emit(paused)
            # To the saved time on the job's clock (wall time), never earlier.
            await sleep_until(cursor.resume_after, self._clock)
            self.db.jobs.set_state(job.local_id, JobState.RUNNING)
        cursor.resume_after = None

    async def _resolve(self, client: MastodonClient, kind: Kind, value: str, here: str) -> _Found:
        """(id on the new town, the new address when the person moved) or None."""
        if kind is Kind.BOOKMARKS:
            found = await client.search(value, type="statuses", resolve=True, limit=5)
            for status in found.statuses:
                if value in (status.uri, status.url):
                    return (status.id, None)
            return (found.statuses[0].id, None) if len(found.statuses) == 1 else None
        wanted = acct_of(value, here).lower()
        results = await client.search(wanted, type="accounts", resolve=True, limit=5)
        for person in results.accounts:
            if acct_of(person.acct, here).lower() == wanted:
                if person.moved is not None and person.moved.id != person.id:
                    # They moved: the follow, block or mute goes to where they are now.
                    return (person.moved.id, acct_of(person.moved.acct, here))
                return (person.id, None)
        return None

    async def _prefetch(  # noqa: PLR0917
        self,
        client: MastodonClient,
        kind: Kind,
        rows: list[Row],
        start: int,
        here: str,
        resolved: dict[int, _Found],
    ) -> None:
        """Find the next few lines on the new town at once (searches only; the changes
        themselves go one by one). A failure raises for the first line."""
        await look_ahead(
            start,
            min(len(rows), start + self.resolve_ahead),
            lambda j: self._resolve(client, kind, rows[j].value, here),
            resolved,
        )

    async def _apply(  # noqa: PLR0917
        self,
        job: Job,
        client: MastodonClient,
        kind: Kind,
        cursor: _Cursor,
        i: int,
        row: Row,
        resolved: dict[int, _Found],
    ) -> None:
        label = row.value
        inflight = cursor.inflight if cursor.inflight and cursor.inflight.get("i") == i else None
        try:
            if kind is Kind.DOMAIN_BLOCKING:
                await client.block_domain(row.value)
                self._outcome(cursor, Outcome.DONE, label)
                return
            moved_to: str | None = None  # (saved in the cursor with the in-flight record)
            if inflight and inflight.get("id"):
                rid = str(inflight["id"])
            else:
                found = resolved.pop(i, None)
                if found is None:
                    self._outcome(cursor, Outcome.NOT_FOUND, label)
                    return
                rid, moved_to = found
            if moved_to:
                cursor.moved[label] = moved_to
            if kind is Kind.BOOKMARKS:
                await client.bookmark(rid)
            elif kind is Kind.BLOCKING:
                await client.block(rid)
            elif kind is Kind.MUTING:
                await client.mute(rid, notifications=row.hide_notifications)
            elif kind is Kind.FOLLOWING:
                if inflight is not None and await self._arrived(client, rid):
                    self._outcome(cursor, Outcome.DONE, label)
                    return
                await self._follow(job, client, cursor, i, rid, row)
            else:
                list_id = await self._list_id(job, client, cursor, i, row.list_name)
                if not await self._arrived(client, rid):  # Mastodon follows them first
                    await self._follow(job, client, cursor, i, rid, None)
                await client.add_to_list(list_id, [rid])
            self._outcome(cursor, Outcome.DONE, label)
        except (NotFound, Forbidden, ValidationFailed, RequestRejected) as exc:
            log.info("import: %s refused: %s", label, exc)
            self._outcome(cursor, Outcome.REFUSED, label)

    async def _arrived(self, client: MastodonClient, rid: str) -> bool:
        relations = await client.relationships([rid])
        return bool(relations and (relations[0].following or relations[0].requested))

    async def _follow(  # noqa: PLR0917
        self,
        job: Job,
        client: MastodonClient,
        cursor: _Cursor,
        i: int,
        rid: str,
        row: Row | None,
    ) -> None:
        cursor.inflight = {"i": i, "id": rid}
        self._save(job, cursor)  # recorded before the request leaves
        if row is None:
            await client.follow(rid)
        else:
            await client.follow(
                rid,
                reblogs=row.reblogs,
                notify=row.notify,
                languages=list(row.languages) if row.languages else None,
            )
        cursor.recent = [*cursor.recent, self._clock()][-max(1, self.follows_per_window) :]

    async def _list_id(
        self, job: Job, client: MastodonClient, cursor: _Cursor, i: int, name: str
    ) -> str:
        key = name.casefold()
        if key in cursor.lists:
            return cursor.lists[key]
        for item in await client.lists():  # made before a crash, or already there
            if item.title.casefold() == key:
                cursor.lists[key] = item.id
                return item.id
        cursor.inflight = {"i": i, "list": name}
        self._save(job, cursor)
        made = await client.create_list(name)
        cursor.lists[key] = made.id
        self._save(job, cursor)
        return made.id

    async def _remove(
        self, client: MastodonClient, kind: Kind, cursor: _Cursor, removal: Removal
    ) -> None:
        try:
            if kind is Kind.FOLLOWING:
                await client.unfollow(removal.ref)
            elif kind is Kind.BLOCKING:
                await client.unblock(removal.ref)
            elif kind is Kind.MUTING:
                await client.unmute(removal.ref)
            elif kind is Kind.DOMAIN_BLOCKING:
                await client.unblock_domain(removal.ref)
            elif kind is Kind.BOOKMARKS:
                await client.unbookmark(removal.ref)
            elif removal.label == removal.list_name and removal.list_name:
                await client.delete_list(removal.ref)
            else:
                list_id = cursor.lists.get(removal.list_name.casefold())
                if list_id is None:
                    for item in await client.lists():
                        if item.title.casefold() == removal.list_name.casefold():
                            list_id = item.id
                if list_id is not None:
                    await client.remove_from_list(list_id, [removal.ref])
            self._outcome(cursor, Outcome.REMOVED, removal.label)
        except (NotFound, Forbidden, ValidationFailed, RequestRejected):
            self._outcome(cursor, Outcome.REMOVED, removal.label)
