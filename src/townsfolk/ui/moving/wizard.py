"""The moving wizard (issue 12), one page per step, from the Townsfolk menu:

- "Move to another town…" (``mode="move"``): what to take → reading it from the old town →
  which account to move into → what would change → bringing it in, with results.
- "Save my follows and lists…" (``"export"``): what to save and where → saving.
- "Bring in follows from a file…" (``"import"``): the file → which account → what would
  change → bringing it in.

The work itself runs in :class:`~townsfolk.ui.moving.controller.MovingJobs` (the window's),
so closing the wizard stops nothing, and a quit resumes at the next start. Things a test
replaces: ``choose_folder``, ``choose_file``, ``confirm_replace``.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from townsfolk.cache import Account
from townsfolk.services.moving.csv_formats import ImportFile, Kind
from townsfolk.services.moving.import_ import ImportPlan
from townsfolk.services.moving.move import APPLY_ORDER
from townsfolk.services.session import Session
from townsfolk.ui.moving.account_page import AccountPage
from townsfolk.ui.moving.controller import MovingJobs
from townsfolk.ui.moving.export_page import ExportPage
from townsfolk.ui.moving.file_page import FilePage
from townsfolk.ui.moving.import_page import ImportPage
from townsfolk.ui.moving.page import MovingPage
from townsfolk.ui.moving.preview_page import PreviewPage
from townsfolk.ui.moving.what_page import WhatPage
from townsfolk.ui.safe_text import PlainLabel
from townsfolk.ui.style import ScaledLabel, place_on_screen

__all__ = ["MovingWizard"]


class MovingWizard(QDialog):
    """See the module documentation."""

    def __init__(
        self,
        jobs: MovingJobs,
        mode: str = "move",
        *,
        source: Account | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("movingWizard")
        self.jobs = jobs
        self.session: Session = jobs.session
        self.mode = mode
        self.source = source
        self.target: Account | None = None
        self.kinds: list[Kind] = list(APPLY_ORDER)
        self.folder: Path | None = None
        self.files: dict[Kind, ImportFile] = {}
        self.plans: list[ImportPlan] = []
        self.job_ids: list[int] = []
        self.choose_folder: Callable[[Path], Path | None] = lambda start: WhatPage.ask_folder(
            self.current(), start
        )
        self.choose_file: Callable[[], Path | None] = lambda: FilePage.ask_file(self.current())
        self.confirm_replace: Callable[[list[str]], bool] = self._ask_replace
        titles = {
            "move": self.tr("Move to another town"),
            "export": self.tr("Save my follows and lists"),
            "import": self.tr("Bring in follows from a file"),
        }
        self.setWindowTitle(titles[mode])
        self.setAccessibleName(titles[mode])
        place_on_screen(self, QSize(760, 560), over=parent)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 16)
        outer.setSpacing(12)
        self.heading = ScaledLabel("", 1.3, self, bold=True)
        self.heading.setWordWrap(True)
        outer.addWidget(self.heading)
        self.stack = QStackedWidget(self)
        outer.addWidget(self.stack, 1)
        self.problem = PlainLabel(self)
        self.problem.setObjectName("movingWizardProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("QLabel#movingWizardProblem { color: #a61b1b; }")
        self.problem.hide()
        outer.addWidget(self.problem)
        buttons = QHBoxLayout()
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.reject)
        self.back_button = QPushButton(self.tr("Back"), self)
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton(self.tr("Next"), self)
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self._next_clicked)
        buttons.addWidget(self.close_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        outer.addLayout(buttons)

        self.pages: list[MovingPage] = []
        if mode == "import":
            self.file_page: FilePage | None = FilePage(self)
            self.pages.append(self.file_page)
        else:
            self.file_page = None
            self.what_page: WhatPage | None = WhatPage(self)
            self.export_page: ExportPage | None = ExportPage(self)
            self.pages += [self.what_page, self.export_page]
        if mode != "export":
            self.account_page: AccountPage | None = AccountPage(self)
            self.preview_page: PreviewPage | None = PreviewPage(self)
            self.import_page: ImportPage | None = ImportPage(self)
            self.pages += [self.account_page, self.preview_page, self.import_page]
        for page in self.pages:
            self.stack.addWidget(page)
            page.changed.connect(self._update_buttons)
        self._busy = False
        self.show_page(0)

    # ------------------------------------------------------------------ pages

    def current(self) -> MovingPage:
        page = self.stack.currentWidget()
        assert isinstance(page, MovingPage)
        return page

    def index(self) -> int:
        return self.stack.currentIndex()

    def show_page(self, index: int) -> None:
        self.problem.hide()
        self.stack.setCurrentIndex(index)
        page = self.current()
        self.heading.setText(page.title())
        self.heading.setAccessibleName(page.title())
        page.enter()
        self._update_buttons()

    def _update_buttons(self) -> None:
        page = self.current()
        self.next_button.setText(page.next_text())
        self.next_button.setEnabled(page.can_go_on() and not self._busy)
        last = self.index() == len(self.pages) - 1
        self.back_button.setVisible(self.index() > 0 and not last)
        self.close_button.setVisible(not last)

    def _next_clicked(self) -> None:
        self.jobs.spawn(self.go_next())

    async def go_next(self) -> None:
        """Next: the page does its part, then the next page shows (or the wizard closes
        after the last one)."""
        page = self.current()
        if not page.can_go_on() or self._busy:
            return
        self._busy = True
        self._update_buttons()
        try:
            ok = await page.leave()
        finally:
            self._busy = False
        with contextlib.suppress(RuntimeError):
            if not ok:
                self._update_buttons()
                return
            if self.index() == len(self.pages) - 1:
                self.accept()
                return
            self.show_page(self.index() + 1)

    def back(self) -> None:
        if self.index() > 0:
            self.show_page(self.index() - 1)

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setAccessibleName(text)
        self.problem.show()

    # ------------------------------------------------------------------ for the pages

    def ordered_kinds(self) -> list[Kind]:
        return [k for k in APPLY_ORDER if k in self.kinds]

    def export_folder(self) -> Path | None:
        """Where the files go: the chosen folder when only saving; for a move, a copy in
        the profile (so nothing is lost if the new town refuses something)."""
        if self.mode == "export":
            return self.folder
        if self.source is None:
            return None
        day = time.strftime("%Y-%m-%d")
        name = f"{self.source.handle.replace('@', '-at-')}-{day}"
        return self.jobs.profile / "moving" / name

    def add_account(self) -> None:
        window = self.parent()
        if isinstance(window, QMainWindow) and hasattr(window, "add_account_requested"):
            window.add_account_requested.emit()

    def finished_move(self) -> None:
        self._update_buttons()

    def _ask_replace(self, labels: list[str]) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Remove what is not in the file?"))
        box.setText(
            self.tr(
                "Making the account the same as the file removes %1 things it has now (the "
                "list on the page shows them). This cannot be undone by Townsfolk."
            ).replace("%1", str(len(labels)))
        )
        remove = box.addButton(self.tr("Remove them"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Keep them"), QMessageBox.ButtonRole.RejectRole)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()
        return box.clickedButton() is remove
