"""What the import would do, before anything changes: per kind, what is new, what is already
there, lines that cannot be read. Adding to what the account has is the default; "replace"
lists what it would remove and asks before it starts."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QButtonGroup, QListWidget, QRadioButton

from townsfolk.api.errors import ApiError
from townsfolk.services.moving.import_ import ImportPlan, ImportProblem, Mode
from townsfolk.ui.moving.page import MovingPage, kind_words

if TYPE_CHECKING:
    from townsfolk.ui.moving.wizard import MovingWizard

__all__ = ["PreviewPage"]

_SHOWN_PROBLEMS = 3


class PreviewPage(MovingPage):
    def __init__(self, wizard: MovingWizard) -> None:
        super().__init__(wizard)
        self.intro = self.text()
        self.merge = QRadioButton(
            self.tr("Add to what the account already has (nothing is removed)")
        )
        self.replace = QRadioButton(
            self.tr("Make it the same as the file (removes what is not in the file)")
        )
        self.merge.setChecked(True)
        self.modes = QButtonGroup(self)
        for button in (self.merge, self.replace):
            button.setAccessibleName(button.text())
            self.modes.addButton(button)
            self.box.addWidget(button)
        self.replace.toggled.connect(lambda _on: self._plan())
        self.summary = self.text()
        self.removal_title = self.text()
        self.removals = QListWidget(self)
        self.removals.setAccessibleName(self.tr("What would be removed"))
        self.removals.hide()
        self.box.addWidget(self.removals, 1)
        self.box.addStretch(0)
        self.task: asyncio.Task[Any] | None = None
        self.ready = False

    def title(self) -> str:
        return self.tr("Look before anything changes")

    def next_text(self) -> str:
        return self.tr("Start")

    def can_go_on(self) -> bool:
        return self.ready

    @property
    def mode(self) -> Mode:
        return Mode.REPLACE if self.replace.isChecked() else Mode.MERGE

    def enter(self) -> None:
        target = self.wizard.target
        handle = "@" + target.handle if target is not None else ""
        intro = self.tr("This is what bringing everything into %1 would do.").replace("%1", handle)
        self.intro.setText(intro)
        self.intro.setAccessibleName(intro)
        self._plan()

    def _plan(self) -> None:
        if self.task is not None and not self.task.done():
            self.task.cancel()
        self.ready = False
        self.changed.emit()
        self._say(self.summary, self.tr("Townsfolk is looking at what the account has now…"))
        self.removals.hide()
        self._say(self.removal_title, "")
        self.task = self.wizard.jobs.spawn(self._make_plans(self.mode))

    def _say(self, label: Any, text: str) -> None:
        label.setText(text)
        label.setAccessibleName(text)
        label.setVisible(bool(text))

    async def _make_plans(self, mode: Mode) -> None:
        wizard = self.wizard
        assert wizard.target is not None
        try:
            plans = await wizard.jobs.move.plans(wizard.target, wizard.files, mode)
        except ApiError as exc:
            self._say(self.summary, exc.user_message())
            return
        wizard.plans = plans
        self._show(plans)
        self.ready = True
        self.changed.emit()

    def _show(self, plans: list[ImportPlan]) -> None:
        lines: list[str] = []
        for plan in plans:
            line = f"{kind_words(plan.kind)}: {plan.sentence}"
            for note in plan.notes:
                line += " " + note
            lines.append(line)
            for problem in plan.problems[:_SHOWN_PROBLEMS]:
                lines.append(
                    "    "
                    + self.tr("Line %1: %2")
                    .replace("%1", str(problem.line))
                    .replace("%2", problem.sentence)
                )
        self._say(self.summary, "\n".join(lines))
        removals = [r for plan in plans for r in plan.to_remove]
        self.removals.clear()
        if self.mode is Mode.REPLACE and removals:
            self._say(
                self.removal_title,
                self.tr("These would be removed from the account (%1):").replace(
                    "%1", str(len(removals))
                ),
            )
            for removal in removals:
                label = removal.label
                if removal.list_name and removal.list_name.casefold() != label.casefold():
                    label = f"{label} ({removal.list_name})"
                self.removals.addItem(label)
            self.removals.show()

    async def leave(self) -> bool:
        wizard = self.wizard
        plans = wizard.plans
        removals = [r.label for plan in plans for r in plan.to_remove]
        confirmed = False
        if self.mode is Mode.REPLACE and removals:
            confirmed = wizard.confirm_replace(removals)
            if not confirmed:
                return False
        try:
            wizard.job_ids = wizard.jobs.move.start(plans, confirmed_removal=confirmed)
        except ImportProblem as problem:
            wizard.show_problem(problem.user_message)
            return False
        wizard.jobs.run_imports(wizard.job_ids)
        return True
