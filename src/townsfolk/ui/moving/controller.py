"""The moving work of one window: the export and import services of the session, the jobs
running in the background, and their progress as Qt signals.

The jobs belong here, not to the wizard: closing the wizard leaves an import running (its
progress shows in the status bar), and quitting stops it safely; at the next start
:meth:`MovingJobs.resume_unfinished` goes on where it stopped (the jobs are in SQLite).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Coroutine, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMainWindow

from townsfolk.api.errors import ApiError
from townsfolk.cache import JobState
from townsfolk.services.moving.export import ExportService
from townsfolk.services.moving.import_ import ImportProblem, ImportProgress, ImportService
from townsfolk.services.moving.move import MoveService
from townsfolk.services.session import Session
from townsfolk.ui.safe_text import PlainLabel

__all__ = ["MovingJobs"]

log = logging.getLogger(__name__)


class MovingJobs(QObject):
    """``export_progress(ExportProgress)``, ``import_progress(ImportProgress)``: what the
    services tell, on the GUI thread. ``imports_finished(list)``: a run of import jobs
    ended (the job ids), ``imports_stopped(str)``: it stopped with a sentence."""

    export_progress = Signal(object)
    import_progress = Signal(object)
    imports_finished = Signal(object)
    imports_stopped = Signal(str)

    def __init__(
        self,
        session: Session,
        profile: Path,
        *,
        window: QMainWindow | None = None,
        importer: ImportService | None = None,
        exporter: ExportService | None = None,
    ) -> None:
        super().__init__(window)
        self.session = session
        self.profile = profile
        self.window = window
        clients = session.accounts_service.client_for
        self.move = MoveService(session.db, clients, importer=importer, exporter=exporter)
        self._remove = [
            self.move.exporter.add_listener(self.export_progress.emit),
            self.move.importer.add_listener(self._import_changed),
        ]
        self._tasks: set[asyncio.Task[Any]] = set()
        self.import_task: asyncio.Task[Any] | None = None
        self.running_jobs: list[int] = []
        self.status_label: PlainLabel | None = None
        if window is not None:
            self.status_label = PlainLabel(window)
            self.status_label.setObjectName("movingStatus")
            self.status_label.hide()
            window.statusBar().addWidget(self.status_label)

    # ------------------------------------------------------------------ progress

    def _import_changed(self, progress: ImportProgress) -> None:
        self.import_progress.emit(progress)
        if self.status_label is None:
            return
        with contextlib.suppress(RuntimeError):
            last = self.running_jobs[-1] if self.running_jobs else None
            if progress.state is JobState.DONE and (progress.job_id == last or not self.importing):
                self.status_label.hide()
            else:
                text = self.tr("Moving: %1").replace("%1", progress.sentence)
                self.status_label.setText(text)
                self.status_label.setAccessibleName(text)
                self.status_label.show()

    # ------------------------------------------------------------------ tasks

    def spawn(self, coroutine: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        task = asyncio.get_running_loop().create_task(coroutine)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    def run_imports(self, job_ids: Sequence[int]) -> asyncio.Task[Any]:
        """Apply the jobs in the background (one after the other)."""
        self.running_jobs = list(job_ids)
        self.import_task = self.spawn(self._run_imports(list(job_ids)))
        return self.import_task

    async def _run_imports(self, job_ids: list[int]) -> None:
        try:
            await self.move.run(job_ids)
        except ApiError as exc:
            self.imports_stopped.emit(exc.user_message())
            return
        except ImportProblem as exc:
            self.imports_stopped.emit(exc.user_message)
            return
        self.imports_finished.emit(job_ids)

    @property
    def importing(self) -> bool:
        return self.import_task is not None and not self.import_task.done()

    async def pause(self) -> None:
        """Stop the running import where it is (it goes on with :meth:`resume`, or at the
        next start)."""
        task = self.import_task
        if task is None or task.done():
            return
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        for job_id in self.running_jobs:
            job = self.session.db.jobs.get(job_id)
            if job is not None and job.state is JobState.RUNNING:
                job = self.session.db.jobs.set_state(job_id, JobState.PAUSED)
                self.move.importer._emit(job)

    def resume(self) -> asyncio.Task[Any]:
        return self.run_imports(self.running_jobs)

    async def resume_unfinished(self) -> list[int]:
        """At start-up: finish exports and imports that were running when the app stopped.
        Returns the import jobs that were resumed."""
        try:
            await self.move.exporter.resume_unfinished()
        except Exception:
            log.exception("an unfinished export could not go on")
        jobs = [j.local_id for j in self.move.unfinished_imports()]
        if jobs:
            self.running_jobs = jobs
            self.import_task = self.spawn(self._run_imports(jobs))
            await asyncio.wait({self.import_task})
        return jobs

    async def aclose(self) -> None:
        for remove in self._remove:
            remove()
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)
