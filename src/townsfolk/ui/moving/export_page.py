"""The export running: what is being read, how far, and honestly how long is left."""

from __future__ import annotations

import asyncio
import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QProgressBar, QPushButton

from townsfolk.api.errors import ApiError
from townsfolk.cache import JobState
from townsfolk.services.health import describe_duration
from townsfolk.services.moving.export import ExportProgress
from townsfolk.services.moving.move import read_exported
from townsfolk.ui.moving.page import MovingPage, kind_words

if TYPE_CHECKING:
    from townsfolk.ui.moving.wizard import MovingWizard

__all__ = ["ExportPage", "time_left_text"]


def time_left_text(page: MovingPage, elapsed: float, done: int, total: int) -> str:
    """ "About 2 minutes left" from the parts done so far, or that it is still being worked
    out (no guess before one part is done)."""
    if total <= 0 or done >= total:
        return ""
    if done <= 0 or elapsed <= 0:
        return QCoreApplication.translate("ExportPage", "Working out how long this takes…")
    left = elapsed / done * (total - done)
    if left < 5:
        return QCoreApplication.translate("ExportPage", "Almost done.")
    return QCoreApplication.translate("ExportPage", "About %1 left.").replace(
        "%1", describe_duration(left)
    )


class ExportPage(MovingPage):
    def __init__(self, wizard: MovingWizard) -> None:
        super().__init__(wizard)
        self.intro = self.text()
        self.bar = QProgressBar(self)
        self.bar.setAccessibleName(self.tr("How far the saving is"))
        self.box.addWidget(self.bar)
        self.sentence = self.text()
        self.left = self.text()
        self.summary = self.text()
        self.again = QPushButton(self.tr("Try again"), self)
        self.again.clicked.connect(self._start)
        self.again.hide()
        self.box.addWidget(self.again)
        self.box.addStretch(1)
        self.task: asyncio.Task[Any] | None = None
        self.done = False
        self.started = 0.0
        wizard.jobs.export_progress.connect(self._progress)

    def title(self) -> str:
        return self.tr("Reading everything from your town")

    def next_text(self) -> str:
        return self.tr("Close") if self.wizard.mode == "export" else self.tr("Next")

    def can_go_on(self) -> bool:
        return self.done

    def enter(self) -> None:
        source = self.wizard.source
        handle = "@" + source.handle if source is not None else ""
        intro = self.tr(
            "Townsfolk is reading from %1. You can close this window: it goes on, and if you "
            "quit, it goes on from there at the next start."
        ).replace("%1", handle)
        self.intro.setText(intro)
        self.intro.setAccessibleName(intro)
        if not self.done and (self.task is None or self.task.done()):
            self._start()

    def _start(self) -> None:
        self.again.hide()
        self.started = time.monotonic()
        self.task = self.wizard.jobs.spawn(self._run())

    async def _run(self) -> None:
        wizard = self.wizard
        assert wizard.source is not None
        try:
            result = await wizard.jobs.move.exporter.export(
                wizard.source, wizard.ordered_kinds(), wizard.export_folder()
            )
        except ApiError as exc:
            self._say(self.summary, exc.user_message())
            self.again.show()
            return
        except OSError:
            self._say(
                self.summary,
                self.tr(
                    "The files could not be written into that folder. Choose another folder "
                    "and try again."
                ),
            )
            return
        wizard.files = read_exported(result)
        counts = [f"{kind_words(k)}: {n}" for k, n in result.counts.items()]
        text = self.tr("Everything is read.") + " " + ", ".join(counts) + "."
        if result.folder is not None:
            text += " " + self.tr("The files are in %1.").replace("%1", str(result.folder))
        self._say(self.summary, text)
        self.left.setText("")
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        self.done = True
        self.changed.emit()

    def _say(self, label: Any, text: str) -> None:
        label.setText(text)
        label.setAccessibleName(text)

    def _progress(self, progress: ExportProgress) -> None:
        source = self.wizard.source
        if source is None or progress.account_id != source.local_id:
            return
        self.bar.setRange(0, max(1, progress.kinds_total))
        self.bar.setValue(progress.kinds_done)
        self._say(self.sentence, progress.sentence)
        if progress.state is JobState.RUNNING:
            elapsed = time.monotonic() - self.started
            self._say(
                self.left, time_left_text(self, elapsed, progress.kinds_done, progress.kinds_total)
            )
