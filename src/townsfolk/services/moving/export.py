"""Export an account's follows, blocks, mutes, blocked towns, bookmarks and lists in
Mastodon's own files (``csv_formats.write``), through the API, as a resumable job.

- The job (``db.jobs``, kind ``"moving_export"``, the account's id) has the kinds asked for
  in its payload; its cursor holds the rows read so far and the next page's place. It is
  saved after every page, so a slow or failing town loses at most one page: the next run
  (:meth:`ExportService.export` again, or :meth:`ExportService.resume_unfinished` at
  start-up) continues where it stopped.
- Follows and mutes are read with their settings (relationships: ``showing_reblogs``,
  ``notifying``, ``languages``, ``muting_notifications``).
- Order is Mastodon's: follows, blocks, mutes and bookmarks newest first (as the API gives
  them); blocked towns, and the people of each list, oldest first.
- Local people are written ``user@town`` with the town's own domain (``Instance.domain``).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from townsfolk.api.client import MastodonClient
from townsfolk.api.errors import ApiError, RateLimited
from townsfolk.api.pagination import Cursor, Page
from townsfolk.api.timing import sleep_until
from townsfolk.cache import Account, Database, Job, JobState
from townsfolk.i18n import translate
from townsfolk.services.moving.common import (
    ClientFor,
    acct_of,
    close_client,
    reset_time,
    row_from_json,
    row_to_json,
)
from townsfolk.services.moving.csv_formats import FILE_NAMES, Kind, Row, write

__all__ = ["EXPORT_JOB", "ExportProgress", "ExportResult", "ExportService"]

log = logging.getLogger(__name__)

EXPORT_JOB: Final = "moving_export"
_RELATIONSHIP_BATCH: Final = 40
_PAGE_LIMITS: Final = {
    Kind.FOLLOWING: 80,
    Kind.BLOCKING: 80,
    Kind.MUTING: 80,
    Kind.DOMAIN_BLOCKING: 200,
    Kind.BOOKMARKS: 40,
    Kind.LISTS: 80,
}


@dataclass(frozen=True, slots=True)
class ExportProgress:
    job_id: int
    account_id: int
    kind: Kind | None  # what is being read now (None when finished)
    rows: int  # rows read so far, all kinds
    kinds_done: int
    kinds_total: int
    state: JobState
    sentence: str


@dataclass(frozen=True, slots=True)
class ExportResult:
    job_id: int
    files: dict[Kind, bytes]
    counts: dict[Kind, int]
    folder: Path | None


@dataclass
class _Cursor:
    k: int = 0  # index in the job's kinds
    page: list[list[str]] | None = None  # the next page's query (None: the first page)
    rows: dict[str, list[list[Any]]] | None = None
    lists: list[list[str]] | None = None  # [id, title] of the account's lists
    li: int = 0  # the list being read
    ls: int = 0  # where its people start in the rows
    domain: str | None = None  # the town's own domain, once known

    def dump(self) -> str:
        return json.dumps(
            {
                "k": self.k,
                "page": self.page,
                "rows": self.rows or {},
                "lists": self.lists,
                "li": self.li,
                "ls": self.ls,
                "domain": self.domain,
            }
        )

    @classmethod
    def load(cls, text: str | None) -> _Cursor:
        if not text:
            return cls(rows={})
        raw = json.loads(text)
        return cls(
            k=int(raw.get("k", 0)),
            page=raw.get("page"),
            rows=raw.get("rows") or {},
            lists=raw.get("lists"),
            li=int(raw.get("li", 0)),
            ls=int(raw.get("ls", 0)),
            domain=raw.get("domain"),
        )


def _sentence(kind: Kind | None, rows: int, state: JobState) -> str:
    if state is JobState.DONE:
        return translate("MovingExport", "Your lists are saved (%n lines in all).", None, rows)
    if state is JobState.PAUSED:
        return translate(
            "MovingExport",
            "Saving your lists stopped because your town did not answer (%n lines saved so "
            "far). It goes on from there when you try again.",
            None,
            rows,
        )
    what = (
        {
            Kind.FOLLOWING: translate("MovingExport", "Reading the people you follow"),
            Kind.BLOCKING: translate("MovingExport", "Reading the people you blocked"),
            Kind.MUTING: translate("MovingExport", "Reading the people you muted"),
            Kind.DOMAIN_BLOCKING: translate("MovingExport", "Reading the towns you blocked"),
            Kind.BOOKMARKS: translate("MovingExport", "Reading your bookmarks"),
            Kind.LISTS: translate("MovingExport", "Reading your lists"),
        }.get(kind)
        if kind is not None
        else None
    )
    count = translate("MovingExport", "lines so far: %n", None, rows)
    return f"{what} ({count})" if what else count


def _write_private(path: Path, data: bytes) -> None:
    """Write atomically, readable by the person only."""
    tmp = path.with_name(path.name + ".part")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    tmp.replace(path)


Listener = Callable[[ExportProgress], None]


class ExportService:
    """See the module documentation. ``clients`` gives a logged-in client for an account."""

    def __init__(
        self,
        db: Database,
        clients: ClientFor,
        *,
        max_pages: int = 100_000,
        rate_limit_wait: float = 300.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.db = db
        self._clients_for = clients
        self.max_pages = max_pages
        self.rate_limit_wait = rate_limit_wait
        self._clock = clock
        self._listeners: list[Listener] = []
        self._locks: dict[int, asyncio.Lock] = {}

    def add_listener(self, listener: Listener) -> Callable[[], None]:
        self._listeners.append(listener)

        def remove() -> None:
            with contextlib.suppress(ValueError):
                self._listeners.remove(listener)

        return remove

    def progress(self, job: Job) -> ExportProgress:
        kinds = [Kind(k) for k in job.payload.get("kinds", [])]
        cursor = _Cursor.load(job.cursor)
        rows = sum(len(v) for v in (cursor.rows or {}).values())
        kind = kinds[cursor.k] if cursor.k < len(kinds) and job.state is not JobState.DONE else None
        return ExportProgress(
            job_id=job.local_id,
            account_id=job.account_id or 0,
            kind=kind,
            rows=rows,
            kinds_done=min(cursor.k, len(kinds)),
            kinds_total=len(kinds),
            state=job.state,
            sentence=_sentence(kind, rows, job.state),
        )

    def _emit(self, job: Job) -> None:
        progress = self.progress(job)
        for listener in list(self._listeners):
            try:
                listener(progress)
            except Exception:
                log.exception("an export listener failed")

    # ------------------------------------------------------------------ running

    async def export(
        self,
        account: Account,
        kinds: Sequence[Kind] = tuple(Kind),
        folder: Path | None = None,
    ) -> ExportResult:
        """Read everything of ``kinds`` and give the files (also written to ``folder`` when
        given). Continues an unfinished export of this account with the same kinds. Raises
        ``ApiError`` when the town cannot be read (the job is paused; call again later)."""
        lock = self._locks.setdefault(account.local_id, asyncio.Lock())
        async with lock:
            wanted = [k.value for k in kinds]
            job = next(
                (
                    j
                    for j in self.db.jobs.list(kind=EXPORT_JOB, account_id=account.local_id)
                    if j.state in (JobState.QUEUED, JobState.RUNNING, JobState.PAUSED)
                    and j.payload.get("kinds") == wanted
                ),
                None,
            )
            if job is None:
                payload = {"kinds": wanted, "folder": str(folder) if folder else None}
                job = self.db.jobs.create(
                    EXPORT_JOB, account_id=account.local_id, payload=payload, total=len(wanted)
                )
            return await self._run(job, account)

    async def resume_unfinished(self) -> list[ExportResult]:
        out: list[ExportResult] = []
        for job in self.db.jobs.unfinished():
            if job.kind != EXPORT_JOB or job.account_id is None:
                continue
            account = self.db.accounts.get(job.account_id)
            if account is None:
                continue
            kinds = [Kind(k) for k in job.payload.get("kinds", [])]
            folder = job.payload.get("folder")
            try:
                out.append(await self.export(account, kinds, Path(folder) if folder else None))
            except ApiError as exc:
                log.info("export of %s not finished: %s", account.handle, exc)
        return out

    def result(self, job: Job) -> ExportResult:
        """The files of a finished export job."""
        cursor = _Cursor.load(job.cursor)
        files: dict[Kind, bytes] = {}
        counts: dict[Kind, int] = {}
        for name in job.payload.get("kinds", []):
            kind = Kind(name)
            rows = [row_from_json(r) for r in (cursor.rows or {}).get(name, [])]
            files[kind] = write(kind, rows)
            counts[kind] = len(rows)
        folder = job.payload.get("folder")
        return ExportResult(job.local_id, files, counts, Path(folder) if folder else None)

    async def _run(self, job: Job, account: Account) -> ExportResult:
        kinds = [Kind(k) for k in job.payload.get("kinds", [])]
        cursor = _Cursor.load(job.cursor)
        job = self.db.jobs.set_state(job.local_id, JobState.RUNNING)
        self._emit(job)
        client = await self._clients_for(account)
        try:
            if cursor.domain is None:
                cursor.domain = await self._local_domain(client, account)
            while cursor.k < len(kinds):
                kind = kinds[cursor.k]
                try:
                    finished = await self._step(client, account, kind, cursor)
                except RateLimited as exc:
                    reset = reset_time(exc, self._clock())
                    if reset - self._clock() > self.rate_limit_wait:
                        raise
                    await sleep_until(reset, self._clock)
                    continue
                if finished:
                    self._finish_kind(kind, cursor)
                job = self.db.jobs.progress(job.local_id, cursor.k, cursor=cursor.dump())
                self._emit(job)
            result = self.result(job)
            if result.folder is not None:
                result.folder.mkdir(parents=True, exist_ok=True)
                for kind, data in result.files.items():
                    _write_private(result.folder / FILE_NAMES[kind], data)
            job = self.db.jobs.set_state(job.local_id, JobState.DONE)
            self._emit(job)
            return result
        except ApiError as exc:
            job = self.db.jobs.set_state(job.local_id, JobState.PAUSED, error=str(exc))
            self._emit(job)
            raise
        finally:
            await close_client(client)

    async def _local_domain(self, client: MastodonClient, account: Account) -> str:
        try:
            domain = (await client.instance()).domain
        except ApiError:
            domain = ""
        return domain or account.server_domain

    def _finish_kind(self, kind: Kind, cursor: _Cursor) -> None:
        rows = (cursor.rows or {}).get(kind.value, [])
        if kind is Kind.DOMAIN_BLOCKING:
            rows.reverse()  # oldest first, as Mastodon's export
        cursor.k += 1
        cursor.page = None
        cursor.lists = None
        cursor.li = 0

    async def _step(
        self, client: MastodonClient, account: Account, kind: Kind, cursor: _Cursor
    ) -> bool:
        """Read one page of ``kind``; True when the kind is finished."""
        if cursor.rows is None:
            cursor.rows = {}
        rows = cursor.rows.setdefault(kind.value, [])
        page_at = Cursor(tuple((k, v) for k, v in cursor.page)) if cursor.page else None
        limit = _PAGE_LIMITS[kind]
        domain = cursor.domain or account.server_domain
        if kind is Kind.LISTS:
            return await self._lists_step(client, cursor, rows, page_at, domain)
        page: Page[Any]
        if kind is Kind.FOLLOWING:
            remote_id = account.remote_id or (await client.verify_credentials()).id
            page = await client.following(remote_id, cursor=page_at, limit=limit)
            relations = await self._relationships(client, [p.id for p in page.items])
            for person in page.items:
                rel = relations.get(person.id)
                rows.append(
                    row_to_json(
                        Row(
                            acct_of(person.acct, domain),
                            reblogs=rel.showing_reblogs if rel else True,
                            notify=rel.notifying if rel else False,
                            languages=tuple(rel.languages)
                            if rel is not None and rel.languages is not None
                            else None,
                        )
                    )
                )
        elif kind is Kind.MUTING:
            page = await client.mutes(cursor=page_at, limit=limit)
            relations = await self._relationships(client, [p.id for p in page.items])
            for person in page.items:
                rel = relations.get(person.id)
                hide = rel.muting_notifications if rel is not None else True
                rows.append(row_to_json(Row(acct_of(person.acct, domain), hide_notifications=hide)))
        elif kind is Kind.BLOCKING:
            page = await client.blocks(cursor=page_at, limit=limit)
            rows.extend(row_to_json(Row(acct_of(p.acct, domain))) for p in page.items)
        elif kind is Kind.DOMAIN_BLOCKING:
            page = await client.domain_blocks(cursor=page_at, limit=limit)
            rows.extend(row_to_json(Row(str(d).lower())) for d in page.items)
        else:
            page = await client.bookmarks(cursor=page_at, limit=limit)
            rows.extend(row_to_json(Row(s.uri)) for s in page.items if s.uri)
        return self._advance(cursor, page)

    def _advance(self, cursor: _Cursor, page: Page[Any]) -> bool:
        if not page.items or page.next is None:
            return True
        following = [list(p) for p in page.next.params]
        if following == cursor.page:  # a town that gives the same page again
            return True
        cursor.page = following
        return False

    async def _lists_step(
        self,
        client: MastodonClient,
        cursor: _Cursor,
        rows: list[list[Any]],
        page_at: Cursor | None,
        domain: str,
    ) -> bool:
        if cursor.lists is None:
            cursor.lists = [[item.id, item.title] for item in await client.lists()]
            cursor.li = 0
            return not cursor.lists
        if cursor.li >= len(cursor.lists):
            return True
        list_id, title = cursor.lists[cursor.li]
        if cursor.page is None:
            cursor.ls = len(rows)  # where this list's people start
        page = await client.list_accounts(list_id, cursor=page_at, limit=_PAGE_LIMITS[Kind.LISTS])
        rows.extend(row_to_json(Row(acct_of(p.acct, domain), list_name=title)) for p in page.items)
        if self._advance(cursor, page):
            # The town gives a list's people newest first; the file has them oldest first.
            rows[cursor.ls :] = list(reversed(rows[cursor.ls :]))
            cursor.li += 1
            cursor.page = None
        return cursor.li >= len(cursor.lists)

    async def _relationships(self, client: MastodonClient, ids: Sequence[str]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for start in range(0, len(ids), _RELATIONSHIP_BATCH):
            for rel in await client.relationships(list(ids[start : start + _RELATIONSHIP_BATCH])):
                out[rel.id] = rel
        return out
