"""A whole move of follows, lists, blocks, mutes, blocked towns and bookmarks from one account
to another, for the moving wizard (issue 12): export, read, plan, import, one kind after the
other, on top of :class:`ExportService` and :class:`ImportService`.

- :func:`read_file` reads a file the person chose, refusing a too big one before reading it
  all (the sentence of ``csv_formats.BadImportFile``).
- :meth:`MoveService.plans` makes one :class:`ImportPlan` per kind (nothing changes).
- :meth:`MoveService.start` stores them as import jobs (a replace that removes something
  needs ``confirmed_removal``), :meth:`MoveService.run` applies them in Mastodon's order
  (follows before lists, lists before the rest); each job resumes by itself after a quit
  (``ImportService.resume_unfinished`` at start-up).
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from pathlib import Path
from typing import Final

from townsfolk.cache import Account, Database, Job, JobState
from townsfolk.services.moving.common import ClientFor
from townsfolk.services.moving.csv_formats import MAX_BYTES, ImportFile, Kind, read
from townsfolk.services.moving.export import EXPORT_JOB, ExportResult, ExportService
from townsfolk.services.moving.import_ import IMPORT_JOB, ImportPlan, ImportService, Mode

__all__ = ["APPLY_ORDER", "MoveService", "read_exported", "read_file"]

#: The order the kinds are applied in (lists need their people followed first).
APPLY_ORDER: Final = (
    Kind.FOLLOWING,
    Kind.LISTS,
    Kind.BLOCKING,
    Kind.MUTING,
    Kind.DOMAIN_BLOCKING,
    Kind.BOOKMARKS,
)


def read_file(path: Path, kind: Kind | None = None) -> ImportFile:
    """Read a file the person chose. Raises ``BadImportFile`` (a sentence) for a file that
    cannot be used as a whole, ``OSError`` when it cannot be read at all. A huge file is not
    read into memory: its first 20 MB and one byte are enough to refuse it."""
    with path.open("rb") as handle:
        data = handle.read(MAX_BYTES + 1)
    return read(data, kind, filename=path.name)


def read_exported(result: ExportResult) -> dict[Kind, ImportFile]:
    """The files of an export, read back as the import reads them (a kind with nothing in
    it gives an empty file, which ``read`` would refuse as a file chosen by the person)."""
    return {
        kind: read(data, kind, filename=f"{kind.value}.csv")
        if result.counts.get(kind)
        else ImportFile(kind, (), had_header=False)
        for kind, data in result.files.items()
    }


class MoveService:
    """Export from one account, import into another (see the module documentation)."""

    def __init__(
        self,
        db: Database,
        clients: ClientFor,
        *,
        exporter: ExportService | None = None,
        importer: ImportService | None = None,
    ) -> None:
        self.db = db
        self.exporter = exporter or ExportService(db, clients)
        self.importer = importer or ImportService(db, clients)
        self._running: dict[int, asyncio.Lock] = {}

    async def export(
        self, account: Account, kinds: Sequence[Kind], folder: Path | None = None
    ) -> dict[Kind, ImportFile]:
        """Read ``kinds`` from ``account`` (raises ``ApiError``: the export is paused and
        goes on from there at the next call)."""
        ordered = [k for k in APPLY_ORDER if k in kinds]
        result = await self.exporter.export(account, ordered, folder)
        return read_exported(result)

    async def save_before_move(self, account: Account, folder: Path | None = None) -> int:
        """Export everything (``APPLY_ORDER``) from ``account`` before it moves, and give the
        export job's id (the rows stay in ``db.jobs``; the files also go to ``folder``).
        Raises ``ApiError`` like :meth:`export`."""
        result = await self.exporter.export(account, APPLY_ORDER, folder)
        return result.job_id

    def saved(self, job_id: int) -> dict[Kind, ImportFile] | None:
        """The files of an export saved with :meth:`save_before_move`, or None when that
        export is gone or did not finish."""
        job = self.db.jobs.get(job_id)
        if job is None or job.kind != EXPORT_JOB or job.state is not JobState.DONE:
            return None
        return read_exported(self.exporter.result(job))

    async def plans(
        self, target: Account, files: dict[Kind, ImportFile], mode: Mode = Mode.MERGE
    ) -> list[ImportPlan]:
        """What importing each file into ``target`` would do (nothing changes)."""
        return [
            await self.importer.plan(target, files[kind], mode)
            for kind in APPLY_ORDER
            if kind in files
        ]

    def start(self, plans: Sequence[ImportPlan], *, confirmed_removal: bool = False) -> list[int]:
        """Store the plans as import jobs (raises ``ImportProblem`` for a replace that was
        not agreed to, before any job is stored)."""
        if not confirmed_removal:
            for plan in plans:
                if plan.mode is Mode.REPLACE and plan.to_remove:
                    self.importer.start(plan)  # raises with the sentence
        return [
            self.importer.start(plan, confirmed_removal=confirmed_removal).local_id
            for plan in plans
        ]

    async def run(self, job_ids: Sequence[int]) -> list[Job]:
        """Apply the jobs one after the other (raises ``ApiError`` when a town cannot be
        reached: that job is paused and the rest wait)."""
        return [await self.importer.run(job_id) for job_id in job_ids]

    def unfinished_imports(self) -> list[Job]:
        return [
            j
            for j in self.db.jobs.unfinished()
            if j.kind == IMPORT_JOB and j.state is not JobState.CANCELLED
        ]

    def results(self, job_ids: Sequence[int]) -> list[str]:
        """Plain words for what the jobs did, one sentence per outcome and kind."""
        out: list[str] = []
        for job_id in job_ids:
            job = self.db.jobs.get(job_id)
            if job is not None:
                out.extend(self.importer.progress(job).results)
        return out
