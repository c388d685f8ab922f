"""Bringing in a file alone: choose it; a file that cannot be used is refused here with its
sentence, before anything is applied."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QPushButton

from townsfolk.services.moving.csv_formats import BadImportFile, ImportFile
from townsfolk.services.moving.move import read_file
from townsfolk.ui.moving.page import MovingPage, kind_words

if TYPE_CHECKING:
    from townsfolk.ui.moving.wizard import MovingWizard

__all__ = ["FilePage"]


class FilePage(MovingPage):
    def __init__(self, wizard: MovingWizard) -> None:
        super().__init__(wizard)
        self.text(
            self.tr(
                "Choose a file saved by Townsfolk or by a town's own export page (for "
                "example following_accounts.csv). Nothing changes until you have seen what "
                "it would do."
            )
        )
        self.choose_button = QPushButton(self.tr("Choose a file…"), self)
        self.choose_button.clicked.connect(self._choose)
        self.box.addWidget(self.choose_button)
        self.name = self.text()
        self.about = self.text()
        self.problem = self.text()
        self.problem.setObjectName("movingProblem")
        self.problem.setStyleSheet("QLabel#movingProblem { color: #a61b1b; }")
        self.box.addStretch(1)
        self.file: ImportFile | None = None

    def title(self) -> str:
        return self.tr("Bring in follows from a file")

    def can_go_on(self) -> bool:
        return self.file is not None

    def _choose(self) -> None:
        path = self.wizard.choose_file()
        if path is not None:
            self.use(path)

    @staticmethod
    def ask_file(parent: MovingPage) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("FilePage", "Choose a file"),
            str(Path.home()),
            QCoreApplication.translate("FilePage", "Files (*.csv *.txt)"),
        )
        return Path(name) if name else None

    def _say(self, label: object, text: str) -> None:
        label.setText(text)  # type: ignore[attr-defined]
        label.setAccessibleName(text)  # type: ignore[attr-defined]
        label.setVisible(bool(text))  # type: ignore[attr-defined]

    def use(self, path: Path) -> None:
        """Read the file (also called by tests instead of the file dialog)."""
        self.file = None
        self._say(self.name, path.name)
        self._say(self.about, "")
        try:
            self.file = read_file(path)
        except BadImportFile as bad:
            self._say(self.problem, bad.user_message)
        except OSError:
            self._say(
                self.problem,
                self.tr("Townsfolk could not open this file. Is it still there? Choose it again."),
            )
        else:
            self._say(self.problem, "")
            about = self.tr("This file has %1: %2 lines.")
            about = about.replace("%1", kind_words(self.file.kind).lower()).replace(
                "%2", str(len(self.file.rows))
            )
            if self.file.problems:
                about += " " + self.tr("%1 lines cannot be read and will be left out.").replace(
                    "%1", str(len(self.file.problems))
                )
            self._say(self.about, about)
        self.changed.emit()

    async def leave(self) -> bool:
        if self.file is None:
            return False
        self.wizard.files = {self.file.kind: self.file}
        self.wizard.plans = []
        return True
