"""The import running: how far, how long is left (waits for the town's limits included),
Pause and Go on, and at the end what happened, line by line in plain words."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton

from townsfolk.cache import JobState
from townsfolk.services.moving.import_ import ImportProgress
from townsfolk.ui.moving.page import MovingPage, kind_words

if TYPE_CHECKING:
    from townsfolk.ui.moving.wizard import MovingWizard

__all__ = ["ImportPage"]


class ImportPage(MovingPage):
    def __init__(self, wizard: MovingWizard) -> None:
        super().__init__(wizard)
        self.intro = self.text(
            self.tr(
                "You can close this window: bringing everything in goes on. If you quit "
                "Townsfolk, it goes on from where it was at the next start."
            )
        )
        self.bar = QProgressBar(self)
        self.bar.setAccessibleName(self.tr("How far bringing everything in is"))
        self.box.addWidget(self.bar)
        self.now = self.text()
        self.sentence = self.text()
        row = QHBoxLayout()
        self.pause_button = QPushButton(self.tr("Pause"), self)
        self.pause_button.clicked.connect(self._pause)
        self.resume_button = QPushButton(self.tr("Go on"), self)
        self.resume_button.clicked.connect(self._resume)
        self.resume_button.hide()
        row.addWidget(self.pause_button)
        row.addWidget(self.resume_button)
        row.addStretch(1)
        self.box.addLayout(row)
        self.results_title = self.text()
        self.results = self.text()
        self.results.setObjectName("movingResults")
        self.box.addStretch(1)
        self.finished = False
        self.progress: dict[int, ImportProgress] = {}
        wizard.jobs.import_progress.connect(self._progress)
        wizard.jobs.imports_finished.connect(self._finished)
        wizard.jobs.imports_stopped.connect(self._stopped)

    def title(self) -> str:
        return self.tr("Bringing everything in")

    def next_text(self) -> str:
        return self.tr("Close")

    def can_go_on(self) -> bool:
        return True

    def enter(self) -> None:
        self.wizard.back_button.setEnabled(False)
        self._say(self.results_title, "")
        self._say(self.results, "")

    def _say(self, label: object, text: str) -> None:
        label.setText(text)  # type: ignore[attr-defined]
        label.setAccessibleName(text)  # type: ignore[attr-defined]
        label.setVisible(bool(text))  # type: ignore[attr-defined]

    def _progress(self, progress: ImportProgress) -> None:
        if progress.job_id not in self.wizard.job_ids:
            return
        self.progress[progress.job_id] = progress
        done = sum(p.done for p in self.progress.values())
        total = sum(p.total for p in self.progress.values())
        self.bar.setRange(0, max(1, total))
        self.bar.setValue(done)
        if progress.state is not JobState.DONE:
            self._say(self.now, kind_words(progress.kind))
            self._say(self.sentence, progress.sentence)
        paused = progress.state is JobState.PAUSED and progress.paused_until is None
        self.pause_button.setVisible(not paused and not self.finished)
        self.resume_button.setVisible(paused and not self.finished)

    def _pause(self) -> None:
        self.pause_button.hide()
        self.wizard.jobs.spawn(self._paused())

    async def _paused(self) -> None:
        await self.wizard.jobs.pause()
        self.resume_button.show()
        self._say(
            self.sentence,
            self.tr("Paused. Press Go on when you are ready; nothing done so far is lost."),
        )

    def _resume(self) -> None:
        self.resume_button.hide()
        self.pause_button.show()
        self.wizard.jobs.run_imports(self.wizard.job_ids)

    def _stopped(self, sentence: str) -> None:
        self._say(
            self.sentence,
            sentence + " " + self.tr("Nothing done so far is lost. Press Go on to try again."),
        )
        self.pause_button.hide()
        self.resume_button.show()

    def _finished(self, job_ids: object) -> None:
        if list(job_ids) != list(self.wizard.job_ids):  # type: ignore[call-overload]
            return
        self.finished = True
        self.pause_button.hide()
        self.resume_button.hide()
        self._say(self.now, "")
        self._say(self.sentence, self.tr("Finished."))
        self._say(self.results_title, self.tr("What happened:"))
        lines = []
        for job_id in self.wizard.job_ids:
            job = self.wizard.session.db.jobs.get(job_id)
            if job is None:
                continue
            progress = self.wizard.jobs.move.importer.progress(job)
            for sentence in progress.results or (self.tr("Nothing to do."),):
                lines.append(f"{kind_words(progress.kind)}: {sentence}")
        self._say(self.results, "\n".join(lines))
        self.wizard.finished_move()
