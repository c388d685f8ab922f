"""Follow sync: keep a backup account following the same people as its main account.

Plain asyncio, no Qt. One :class:`FollowSyncService` for the app.

- **Plan**: page through both following lists, compare them by normalised address
  (``user@town``), and read the main account's settings for each missing person
  (relationships: ``showing_reblogs``, ``notifying``, ``languages``).
- **Job**: the plan is stored as a job (``db.jobs``, kind ``"follow_sync"``, the backup's id):
  the people in the payload, the place reached in the cursor. Each person is found on the
  backup's town (search with resolve) and followed there with the same settings.
- **Never twice**: before a follow request is sent, the cursor records it as *in flight* (with
  the person's id on the backup's town); after the answer, as done. If the app stops between
  the two, the next run first asks the backup's town whether it already follows that person,
  and only sends the request if it does not.
- **Rate limits**: at most ``follows_per_window`` follows in any ``window`` seconds (Mastodon:
  400 a day), an optional ``pace`` between follows, and on a 429 the job waits until the reset
  the town gives. The wait is saved, so a restart waits too.
- **Restart**: :meth:`FollowSyncService.resume_unfinished` continues unfinished jobs.
- **Unfollowing** people the main account no longer follows is off unless
  ``unfollow_confirmed=True`` is passed (the person confirmed it).
- :meth:`FollowSyncService.run_periodically` runs again every ``interval`` seconds for backups
  whose choice is KEEP (and once for ONCE), while both towns are usable.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any, Final

from townsfolk.api.client import MastodonClient
from townsfolk.api.entities import Account as RemoteAccount
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
from townsfolk.cache import Account, AccountState, Database, FollowSync, Job, JobState
from townsfolk.i18n import translate
from townsfolk.services.health import HealthMonitor, describe_duration
from townsfolk.services.lookahead import look_ahead

__all__ = [
    "JOB_KIND",
    "FollowSyncProblem",
    "FollowSyncProgress",
    "FollowSyncService",
    "PersonToFollow",
    "SyncPlan",
    "normalise_acct",
    "progress_sentence",
]

log = logging.getLogger(__name__)

JOB_KIND: Final = "follow_sync"
_RELATIONSHIP_BATCH: Final = 40


def normalise_acct(acct: str, home_domain: str) -> str:
    """ "Ann" living on mastodon.social -> "ann@mastodon.social"; "@bo@Town.example" ->
    "bo@town.example"."""
    text = acct.strip().lstrip("@").lower()
    if "@" not in text:
        text = f"{text}@{home_domain.lower()}"
    return text


def progress_sentence(done: int, total: int, *, paused_until: float | None = None) -> str:
    """ "Following 312 of 540 people on your backup account", and the finished/paused forms."""
    if total == 0:
        return translate(
            "FollowSync", "Your backup account already follows everyone your main account follows."
        )
    if done >= total:
        if total == 1:
            return translate(
                "FollowSync",
                "Your backup account now follows the same person as your main account.",
            )
        return translate(
            "FollowSync",
            "Your backup account now follows the same %n people as your main account.",
            None,
            total,
        )
    text = translate(
        "FollowSync", "Following {done} of {total} people on your backup account"
    ).format(done=done, total=total)
    if paused_until is not None:
        wait = describe_duration(max(0.0, paused_until - time.time()))
        text += ". " + translate(
            "FollowSync",
            "The backup's town asked Townsfolk to slow down: the rest follow in {wait}",
        ).format(wait=wait)
    return text


@dataclass(frozen=True, slots=True)
class PersonToFollow:
    acct: str  # normalised user@town
    reblogs: bool = True
    notify: bool = False
    languages: tuple[str, ...] | None = None


@dataclass(frozen=True, slots=True)
class SyncPlan:
    main_id: int
    backup_id: int
    to_follow: tuple[PersonToFollow, ...]
    #: (address, id on the backup's town) of people only the backup follows.
    only_on_backup: tuple[tuple[str, str], ...]
    already_followed: int


@dataclass(frozen=True, slots=True)
class FollowSyncProgress:
    backup_id: int
    job_id: int
    done: int
    total: int
    state: JobState
    paused_until: float | None
    sentence: str


class FollowSyncProblem(Exception):
    def __init__(self, user_message: str) -> None:
        super().__init__(user_message)
        self.user_message = user_message


ClientFor = Callable[[Account], Awaitable[MastodonClient]]
Listener = Callable[[FollowSyncProgress], None]


@dataclass
class _Cursor:
    next: int = 0
    inflight: dict[str, Any] | None = None  # {"i": index, "id": id on the backup's town}
    resume_after: float | None = None
    recent: list[float] | None = None  # times of the latest follows (rate window)
    skipped: int = 0

    def dump(self) -> str:
        return json.dumps(
            {
                "next": self.next,
                "inflight": self.inflight,
                "resume_after": self.resume_after,
                "recent": self.recent or [],
                "skipped": self.skipped,
            }
        )

    @classmethod
    def load(cls, text: str | None) -> _Cursor:
        if not text:
            return cls(recent=[])
        raw = json.loads(text)
        return cls(
            next=int(raw.get("next", 0)),
            inflight=raw.get("inflight"),
            resume_after=raw.get("resume_after"),
            recent=[float(t) for t in raw.get("recent", [])],
            skipped=int(raw.get("skipped", 0)),
        )


async def _close(client: MastodonClient) -> None:
    """Close a client even when the job is being cancelled (the session closing): a close
    cut half-way leaves its connections open."""
    closing = asyncio.ensure_future(client.aclose())
    try:
        await asyncio.shield(closing)
    except asyncio.CancelledError:
        await closing
        raise


class FollowSyncService:
    """See the module documentation. ``clients`` gives a logged-in client for an account
    (e.g. ``AccountsService.client_for``); clients are closed at the end of each run."""

    def __init__(
        self,
        db: Database,
        clients: ClientFor,
        *,
        monitor: HealthMonitor | None = None,
        follows_per_window: int = 400,
        window: float = 86400.0,
        pace: float = 0.0,
        page_size: int = 80,
        max_pages: int = 1000,
        resolve_ahead: int = 8,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.db = db
        self._clients_for = clients
        self.monitor = monitor
        self.follows_per_window = follows_per_window
        self.window = window
        self.pace = pace
        self.page_size = page_size
        self.max_pages = max_pages
        self.resolve_ahead = max(1, resolve_ahead)
        self._clock = clock
        self._listeners: list[Listener] = []
        self._locks: dict[int, asyncio.Lock] = {}
        self._schedule: asyncio.Task[None] | None = None

    # ------------------------------------------------------------------ listeners, progress

    def add_listener(self, listener: Listener) -> Callable[[], None]:
        self._listeners.append(listener)

        def remove() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return remove

    def progress(self, backup_id: int) -> FollowSyncProgress | None:
        """The latest follow sync of this backup (for "Following 312 of 540 people ...")."""
        jobs = self.db.jobs.list(kind=JOB_KIND, account_id=backup_id)
        return self._progress(jobs[-1]) if jobs else None

    def _progress(self, job: Job) -> FollowSyncProgress:
        cursor = _Cursor.load(job.cursor)
        total = job.progress_total or 0
        paused = cursor.resume_after if job.state is JobState.PAUSED else None
        return FollowSyncProgress(
            backup_id=int(job.payload.get("backup_id", job.account_id or 0)),
            job_id=job.local_id,
            done=job.progress_done,
            total=total,
            state=job.state,
            paused_until=paused,
            sentence=progress_sentence(job.progress_done, total, paused_until=paused),
        )

    def _emit(self, job: Job) -> None:
        progress = self._progress(job)
        for listener in list(self._listeners):
            try:
                listener(progress)
            except Exception:
                log.exception("a follow sync listener failed")

    # ------------------------------------------------------------------ planning

    async def plan(self, backup: Account) -> SyncPlan:
        """Compare the two following lists (no change is made)."""
        main = self._main_of(backup)
        main_client = await self._clients_for(main)
        backup_client = await self._clients_for(backup)
        try:
            return await self._plan(main, backup, main_client, backup_client)
        finally:
            await _close(main_client)
            await _close(backup_client)

    async def _plan(
        self,
        main: Account,
        backup: Account,
        main_client: MastodonClient,
        backup_client: MastodonClient,
    ) -> SyncPlan:
        main_people = await self._following(main_client, main)
        backup_people = await self._following(backup_client, backup)
        selves = {normalise_acct(main.handle, main.server_domain)}
        selves.add(normalise_acct(backup.handle, backup.server_domain))
        missing = [
            (acct, person)
            for acct, person in main_people.items()
            if acct not in backup_people and acct not in selves
        ]
        settings: dict[str, PersonToFollow] = {}
        for start in range(0, len(missing), _RELATIONSHIP_BATCH):
            batch = missing[start : start + _RELATIONSHIP_BATCH]
            relations = await main_client.relationships([p.id for _, p in batch])
            by_id = {r.id: r for r in relations}
            for acct, person in batch:
                rel = by_id.get(person.id)
                settings[acct] = PersonToFollow(
                    acct=acct,
                    reblogs=rel.showing_reblogs if rel is not None else True,
                    notify=rel.notifying if rel is not None else False,
                    languages=tuple(rel.languages) if rel is not None and rel.languages else None,
                )
        only_backup = tuple(
            (acct, person.id)
            for acct, person in backup_people.items()
            if acct not in main_people and acct not in selves
        )
        return SyncPlan(
            main_id=main.local_id,
            backup_id=backup.local_id,
            to_follow=tuple(settings[acct] for acct, _ in missing),
            only_on_backup=only_backup,
            already_followed=len(main_people) - len(missing),
        )

    async def _following(
        self, client: MastodonClient, account: Account
    ) -> dict[str, RemoteAccount]:
        if not account.remote_id:
            me = await client.verify_credentials()
            remote_id = me.id
        else:
            remote_id = account.remote_id
        people: dict[str, RemoteAccount] = {}

        async def fetch(cursor: Any) -> Any:
            return await client.following(remote_id, cursor=cursor, limit=self.page_size)

        async for page in iterate_pages(fetch, max_pages=self.max_pages):
            for person in page.items:
                people.setdefault(normalise_acct(person.acct, account.server_domain), person)
        return people

    def _main_of(self, backup: Account) -> Account:
        if backup.backup_of is None:
            raise FollowSyncProblem(
                translate("FollowSync", "Follow sync is only for backup accounts.")
            )
        main = self.db.accounts.get(backup.backup_of)
        if main is None:
            raise FollowSyncProblem(
                translate("FollowSync", "The main account of this backup is no longer here.")
            )
        return main

    # ------------------------------------------------------------------ running

    async def sync(self, backup: Account, *, unfollow_confirmed: bool = False) -> Job:
        """Make the backup follow the same people as its main account (resuming an
        unfinished job of this backup if there is one). Returns the finished job; raises
        ``ApiError`` when a town cannot be reached (the job is then paused and resumes at the
        next run). Waits through rate limits."""
        lock = self._locks.setdefault(backup.local_id, asyncio.Lock())
        async with lock:
            unfinished = [
                j
                for j in self.db.jobs.list(kind=JOB_KIND, account_id=backup.local_id)
                if j.state in (JobState.QUEUED, JobState.RUNNING, JobState.PAUSED)
            ]
            if unfinished:
                job = unfinished[0]
            else:
                job = await self._new_job(backup, unfollow_confirmed=unfollow_confirmed)
            return await self._run(job, backup)

    async def resume_unfinished(self) -> list[Job]:
        """Continue every unfinished follow sync (at start-up). Problems are logged; the jobs
        stay unfinished."""
        done: list[Job] = []
        for job in self.db.jobs.unfinished():
            if job.kind != JOB_KIND or job.account_id is None:
                continue
            backup = self.db.accounts.get(job.account_id)
            if backup is None:
                continue
            try:
                done.append(await self.sync(backup))
            except (ApiError, FollowSyncProblem) as exc:
                log.info("follow sync of %s not finished: %s", backup.handle, exc)
        return done

    async def _new_job(self, backup: Account, *, unfollow_confirmed: bool) -> Job:
        plan = await self.plan(backup)
        previous = self.db.jobs.list(kind=JOB_KIND, account_id=backup.local_id)
        recent: list[float] = []
        if previous:  # the rate window carries over from the last run
            recent = _Cursor.load(previous[-1].cursor).recent or []
        unfollow = list(plan.only_on_backup) if unfollow_confirmed else []
        payload = {
            "main_id": plan.main_id,
            "backup_id": plan.backup_id,
            "follow": [[p.acct, p.reblogs, p.notify, p.languages] for p in plan.to_follow],
            "unfollow": [[acct, rid] for acct, rid in unfollow],
        }
        total = len(plan.to_follow) + len(unfollow)
        job = self.db.jobs.create(
            JOB_KIND, account_id=backup.local_id, payload=payload, total=total
        )
        return self.db.jobs.progress(job.local_id, 0, cursor=_Cursor(recent=recent).dump())

    async def _run(self, job: Job, backup: Account) -> Job:
        follow: list[list[Any]] = job.payload.get("follow", [])
        unfollow: list[list[Any]] = job.payload.get("unfollow", [])
        total = len(follow) + len(unfollow)
        cursor = _Cursor.load(job.cursor)
        job = self.db.jobs.set_state(job.local_id, JobState.RUNNING)
        self._emit(job)
        client = await self._clients_for(backup)
        resolved: dict[int, str | None] = {}
        try:
            while cursor.next < total:
                await self._wait_for_budget(job, cursor)
                i = cursor.next
                if i < len(follow):
                    if i not in resolved:
                        try:
                            await self._prefetch(client, follow, i, backup.server_domain, resolved)
                        except RateLimited as exc:
                            cursor.resume_after = self._reset_time(exc)
                            self._save(job, cursor)
                            continue
                    acct, reblogs, notify, languages = follow[i]
                    await self._follow_one(
                        job, client, cursor, i, (acct, reblogs, notify, languages), resolved
                    )
                else:
                    _acct, rid = unfollow[i - len(follow)]
                    await self._unfollow_one(job, client, cursor, i, rid)
                job = self.db.jobs.progress(job.local_id, cursor.next, cursor=cursor.dump())
                self._emit(job)
                if self.pace > 0 and cursor.next < total:
                    await asyncio.sleep(self.pace)
            job = self.db.jobs.set_state(job.local_id, JobState.DONE)
            self._emit(job)
            return job
        except ApiError as exc:
            job = self.db.jobs.set_state(job.local_id, JobState.PAUSED, error=str(exc))
            self._emit(job)
            raise
        finally:
            await _close(client)

    def _save(self, job: Job, cursor: _Cursor) -> None:
        self.db.jobs.progress(job.local_id, cursor.next, cursor=cursor.dump())

    async def _wait_for_budget(self, job: Job, cursor: _Cursor) -> None:
        now = self._clock()
        recent = [t for t in (cursor.recent or []) if now - t < self.window]
        cursor.recent = recent
        if len(recent) >= self.follows_per_window > 0:
            until = recent[-self.follows_per_window] + self.window
            cursor.resume_after = max(cursor.resume_after or 0.0, until)
        if cursor.resume_after is not None and cursor.resume_after > now:
            self._save(job, cursor)
            paused = self.db.jobs.set_state(job.local_id, JobState.PAUSED, error="rate limit")
            self._emit(paused)
            # To the saved time on the service's clock (wall time), never earlier.
            await sleep_until(cursor.resume_after or 0.0, self._clock)
            self.db.jobs.set_state(job.local_id, JobState.RUNNING)
        cursor.resume_after = None

    async def _resolve(self, client: MastodonClient, acct: str, here: str) -> str | None:
        """The person's id on the town of ``client`` (whose domain is ``here``)."""
        results = await client.search(acct, type="accounts", resolve=True, limit=5)
        for person in results.accounts:
            if normalise_acct(person.acct, here) == acct:
                return person.id
        return None

    async def _prefetch(
        self,
        client: MastodonClient,
        follow: list[list[Any]],
        start: int,
        here: str,
        resolved: dict[int, str | None],
    ) -> None:
        """Find the next few people on the backup's town at once (searches only; the follows
        themselves go one by one). A failure raises for the first person."""
        await look_ahead(
            start,
            min(len(follow), start + self.resolve_ahead),
            lambda j: self._resolve(client, str(follow[j][0]), here),
            resolved,
        )

    async def _follow_one(  # noqa: PLR0917
        self,
        job: Job,
        client: MastodonClient,
        cursor: _Cursor,
        i: int,
        person: tuple[str, bool, bool, Sequence[str] | None],
        resolved: dict[int, str | None],
    ) -> None:
        acct, reblogs, notify, languages = person
        inflight = cursor.inflight if cursor.inflight and cursor.inflight.get("i") == i else None
        try:
            if inflight is not None:
                # The app stopped while this follow was on its way: did it arrive?
                rid = str(inflight["id"])
                relations = await client.relationships([rid])
                if relations and (relations[0].following or relations[0].requested):
                    self._done(cursor, counted=True)
                    return
            else:
                found = resolved.pop(i, None)
                if found is None:
                    log.info("follow sync: %s not found from the backup's town", acct)
                    cursor.skipped += 1
                    self._done(cursor, counted=False)
                    return
                rid = found
            cursor.inflight = {"i": i, "id": rid}
            self._save(job, cursor)  # recorded before the request leaves
            await client.follow(
                rid,
                reblogs=reblogs,
                notify=notify,
                languages=list(languages) if languages else None,
            )
            self._done(cursor, counted=True)
        except RateLimited as exc:
            cursor.inflight = None  # a 429 means the follow was not made
            cursor.resume_after = self._reset_time(exc)
            self._save(job, cursor)
        except (NotFound, Forbidden, ValidationFailed, RequestRejected) as exc:
            log.info("follow sync: %s refused: %s", acct, exc)
            cursor.skipped += 1
            self._done(cursor, counted=False)

    async def _unfollow_one(
        self, job: Job, client: MastodonClient, cursor: _Cursor, i: int, rid: str
    ) -> None:
        try:
            await client.unfollow(rid)
            self._done(cursor, counted=False)
        except RateLimited as exc:
            cursor.resume_after = self._reset_time(exc)
            self._save(job, cursor)
        except (NotFound, Forbidden, ValidationFailed, RequestRejected):
            cursor.skipped += 1
            self._done(cursor, counted=False)

    def _done(self, cursor: _Cursor, *, counted: bool) -> None:
        cursor.next += 1
        cursor.inflight = None
        if counted:
            cursor.recent = [*(cursor.recent or []), self._clock()][
                -max(1, self.follows_per_window) :
            ]

    def _reset_time(self, exc: RateLimited) -> float:
        now = self._clock()
        if exc.reset_at is not None:
            return max(now, exc.reset_at.timestamp())
        if exc.retry_after is not None:
            return now + max(0.0, exc.retry_after)
        return now + 60.0

    # ------------------------------------------------------------------ the schedule

    def due_backups(self) -> list[Account]:
        """Backups to sync now: follow sync KEEP, or ONCE and never finished; logged in; both
        towns usable (when a monitor is given)."""
        due: list[Account] = []
        for account in self.db.accounts.list():
            if account.backup_of is None or account.state is not AccountState.ACTIVE:
                continue
            if account.follow_sync is FollowSync.OFF:
                continue
            if account.follow_sync is FollowSync.ONCE and any(
                j.state is JobState.DONE
                for j in self.db.jobs.list(kind=JOB_KIND, account_id=account.local_id)
            ):
                continue
            main = self.db.accounts.get(account.backup_of)
            if main is None or main.state is not AccountState.ACTIVE:
                continue
            if self.monitor is not None and not (
                self.monitor.is_usable(main.server_url)
                and self.monitor.is_usable(account.server_url)
            ):
                continue
            due.append(account)
        return due

    async def run_once(self) -> list[Job]:
        """One round of the schedule: sync every due backup."""
        finished: list[Job] = []
        for backup in self.due_backups():
            try:
                finished.append(await self.sync(backup))
            except (ApiError, FollowSyncProblem) as exc:
                log.info("follow sync of %s not finished: %s", backup.handle, exc)
        return finished

    async def run_periodically(self, interval: float) -> None:
        """Resume unfinished jobs, then run :meth:`run_once` every ``interval`` seconds
        (cancel the task to stop)."""
        await self.resume_unfinished()
        while True:
            await self.run_once()
            await asyncio.sleep(interval)

    def start_schedule(self, interval: float = 6 * 3600.0) -> asyncio.Task[None]:
        if self._schedule is None or self._schedule.done():
            self._schedule = asyncio.get_running_loop().create_task(
                self.run_periodically(interval), name="follow sync"
            )
        return self._schedule

    async def aclose(self) -> None:
        task, self._schedule = self._schedule, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
