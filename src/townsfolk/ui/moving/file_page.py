"""Bringing in a file alone: choose it; a file that cannot be used is refused here with its
sentence, before anything is applied.

What the file holds (people you follow, blocked people, ...) is chosen below the file: ticked
from the file when its first line or its name tells, and changed by the person (the file is
then read again as that kind). A file that tells nothing, such as a list of addresses with
another name, says so and waits for that choice."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QGroupBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from townsfolk.services.moving.csv_formats import (
    BadImportFile,
    ImportFile,
    Kind,
    UnknownKind,
    file_kind_words,
)
from townsfolk.services.moving.move import read_file
from townsfolk.ui.moving.page import MovingPage, kind_words

if TYPE_CHECKING:
    from townsfolk.ui.moving.wizard import MovingWizard

__all__ = ["KIND_CHOICES", "FilePage"]

#: The kinds offered, in the order the sentence about an unknown file names them.
KIND_CHOICES = (
    Kind.FOLLOWING,
    Kind.BLOCKING,
    Kind.MUTING,
    Kind.DOMAIN_BLOCKING,
    Kind.BOOKMARKS,
    Kind.LISTS,
)


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
        self.kind_box = QGroupBox(self.tr("What this file holds"), self)
        kinds = QVBoxLayout(self.kind_box)
        self.kind_group = QButtonGroup(self)
        self.kind_buttons: dict[Kind, QRadioButton] = {}
        for i, kind in enumerate(KIND_CHOICES):
            words = file_kind_words(kind)
            button = QRadioButton(words[:1].upper() + words[1:], self.kind_box)
            self.kind_group.addButton(button, i)
            self.kind_buttons[kind] = button
            kinds.addWidget(button)
        self.kind_group.idClicked.connect(lambda i: self._read(KIND_CHOICES[i]))
        self.kind_box.hide()
        self.box.addWidget(self.kind_box)
        self.box.addStretch(1)
        self.file: ImportFile | None = None
        self.path: Path | None = None

    def title(self) -> str:
        return self.tr("Bring in a file")

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
        """Read the file (also called by tests instead of the file dialog); what it holds is
        told by the file."""
        self.path = path
        self._read(None)

    def chosen_kind(self) -> Kind | None:
        for kind, button in self.kind_buttons.items():
            if button.isChecked():
                return kind
        return None

    def _tick(self, kind: Kind | None) -> None:
        self.kind_group.setExclusive(False)  # so that none may be ticked
        for each, button in self.kind_buttons.items():
            button.setChecked(each is kind)
        self.kind_group.setExclusive(True)

    def _read(self, kind: Kind | None) -> None:
        """Read the chosen file as ``kind`` (None: as the file tells)."""
        path = self.path
        if path is None:
            return
        self.file = None
        self._say(self.name, path.name)
        self._say(self.about, "")
        choice_helps = kind is not None
        try:
            self.file = read_file(path, kind)
        except UnknownKind as unknown:
            choice_helps = True
            self._say(self.problem, unknown.user_message)
        except BadImportFile as bad:
            self._say(self.problem, bad.user_message)
        except OSError:
            self._say(
                self.problem,
                self.tr("Townsfolk could not open this file. Is it still there? Choose it again."),
            )
        else:
            choice_helps = True
            kind = self.file.kind
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
        self._tick(kind)
        self.kind_box.setVisible(choice_helps)
        self.changed.emit()

    async def leave(self) -> bool:
        if self.file is None:
            return False
        self.wizard.files = {self.file.kind: self.file}
        self.wizard.plans = []
        return True
