"""First page of a move or a save: what to take along (and, when only saving, where to)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QFileDialog, QHBoxLayout, QPushButton

from townsfolk.services.moving.csv_formats import Kind
from townsfolk.services.moving.move import APPLY_ORDER
from townsfolk.ui.moving.page import MovingPage, kind_words
from townsfolk.ui.safe_text import PlainLabel

if TYPE_CHECKING:
    from townsfolk.ui.moving.wizard import MovingWizard

__all__ = ["WhatPage"]


class WhatPage(MovingPage):
    def __init__(self, wizard: MovingWizard) -> None:
        super().__init__(wizard)
        source = wizard.source
        handle = "@" + source.handle if source is not None else ""
        if wizard.mode == "export":
            intro = self.tr(
                "Townsfolk saves these from %1 in files a town can read (the same files "
                "Mastodon's own export makes). Nothing on your town changes."
            )
        else:
            intro = self.tr(
                "Choose what to take along from %1. Nothing is changed on your old town: you "
                "can still use it while you move."
            )
        self.text(intro.replace("%1", handle))
        self.boxes: dict[Kind, QCheckBox] = {}
        for kind in APPLY_ORDER:
            box = QCheckBox(kind_words(kind), self)
            box.setChecked(True)
            box.setAccessibleName(kind_words(kind))
            box.toggled.connect(self.changed)
            self.boxes[kind] = box
            self.box.addWidget(box)
        self.folder: Path | None = None
        self.folder_label: PlainLabel | None = None
        if wizard.mode == "export":
            row = QHBoxLayout()
            self.folder_label = PlainLabel(self)
            self.folder_label.setWordWrap(True)
            choose = QPushButton(self.tr("Choose a folder…"), self)
            choose.clicked.connect(self._choose_folder)
            row.addWidget(self.folder_label, 1)
            row.addWidget(choose)
            self.box.addLayout(row)
            self.set_folder(Path.home() / "Townsfolk files")
        self.box.addStretch(1)

    def title(self) -> str:
        if self.wizard.mode == "export":
            return self.tr("Save my follows and lists")
        return self.tr("What do you want to take along?")

    def kinds(self) -> list[Kind]:
        return [k for k, box in self.boxes.items() if box.isChecked()]

    def can_go_on(self) -> bool:
        return bool(self.kinds())

    def set_folder(self, folder: Path) -> None:
        self.folder = folder
        if self.folder_label is not None:
            text = self.tr("The files go into %1").replace("%1", str(folder))
            self.folder_label.setText(text)
            self.folder_label.setAccessibleName(text)

    def _choose_folder(self) -> None:
        chosen = self.wizard.choose_folder(self.folder or Path.home())
        if chosen is not None:
            self.set_folder(chosen)

    @staticmethod
    def ask_folder(parent: MovingPage, start: Path) -> Path | None:
        folder = QFileDialog.getExistingDirectory(
            parent, QCoreApplication.translate("WhatPage", "Where should the files go?"), str(start)
        )
        return Path(folder) if folder else None

    async def leave(self) -> bool:
        self.wizard.kinds = self.kinds()
        self.wizard.folder = self.folder
        return True
