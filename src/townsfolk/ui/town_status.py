"""The "Town status" window: how each of the person's towns is doing, in plain words.

It lists every town an account lives in, with its state ("Answering normally", "Not
answering since 10:42"), which of the person's accounts live there and which one is in use,
how far follow sync has got for each backup account ("Following 312 of 540 people on your
backup account"), and the short history of when towns were down and for how long.

Nothing here waits on a server: everything is read from the health monitor, the failover
service and the database, which already know. :meth:`TownStatusDialog.refresh` rebuilds it (the
main window calls it on every failover event while the window is open).
"""

from __future__ import annotations

import time

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from townsfolk.cache import Account, FollowSync
from townsfolk.services.addresses import display_handle, display_host
from townsfolk.services.health import TownState, TownStatus
from townsfolk.services.session import Session
from townsfolk.ui.focus_ring import add_focus_ring
from townsfolk.ui.safe_text import PlainLabel
from townsfolk.ui.style import ScaledLabel, follow_text_size, place_on_screen, readable

__all__ = ["TownStatusDialog"]

_DOTS = {
    TownState.FINE: "#2e7d32",
    TownState.BACK: "#2e7d32",
    TownState.SLOW: "#b7791f",
    TownState.NOT_ANSWERING: "#c62828",
}


def _handle(account: Account) -> str:
    """``ann@bücher.example`` (no "@" in front): international towns in their own letters
    (issue 13), look-alike ones in their network form."""
    return display_handle(account.handle, account.server_domain).removeprefix("@")


def _clock(when: float) -> str:
    return time.strftime("%H:%M", time.localtime(when))


class TownStatusDialog(QDialog):
    """See the module docstring."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("townStatus")
        self.setWindowTitle(self.tr("Town status"))
        self.setAccessibleName(self.tr("Town status"))
        # wholly on the screen; low enough for an 800×600 screen (the towns scroll)
        place_on_screen(self, QSize(620, 540), over=parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 20, 20, 12)
        outer.setSpacing(10)
        heading = ScaledLabel(self.tr("How your towns are doing"), 1.35, self, bold=True)
        heading.setAccessibleName(heading.text())
        outer.addWidget(heading)
        intro = PlainLabel(
            self.tr(
                "Each of your accounts lives in a town. When a town does not "
                "answer, Townsfolk uses your backup account and keeps your posts safe until "
                "the town is back."
            ),
            self,
        )
        intro.setWordWrap(True)
        outer.addWidget(intro)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(self.scroll_area, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        add_focus_ring(close)  # (a default button looked the same with the focus)
        outer.addWidget(buttons)
        self._towns: list[str] = []
        self._history: list[str] = []
        self._sync: list[str] = []
        self.in_use_text = ""
        self.refresh()

    # ------------------------------------------------------------------ what it says

    def town_texts(self) -> list[str]:
        """One text per town: its name, its state and who lives there (for tests)."""
        return list(self._towns)

    def history_texts(self) -> list[str]:
        return list(self._history)

    def follow_sync_texts(self) -> list[str]:
        return list(self._sync)

    def state_words(self, status: TownStatus | None) -> str:
        if self.session.monitor.offline:
            return self.tr("You are offline, so Townsfolk cannot reach any town just now.")
        if status is None or status.state is TownState.FINE:
            return self.tr("Answering normally.")
        if status.state is TownState.SLOW:
            return self.tr("Slow: it answers, but takes a long time.")
        if status.state is TownState.BACK:
            return self.tr("Back: answering again.")
        return self.tr("Not answering since %1. Townsfolk keeps checking by itself.").replace(
            "%1", _clock(status.since)
        )

    # ------------------------------------------------------------------ building

    def refresh(self) -> None:
        """Read everything again and rebuild the page (no waiting)."""
        session = self.session
        page = QWidget()
        page.setObjectName("townStatusPage")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.setSpacing(10)
        accounts = session.accounts()
        active = session.failover.active_account()

        self.in_use_text = ""
        if active is not None:
            if active.backup_of is not None:
                text = self.tr("In use now: your backup account @%1.")
            else:
                text = self.tr("In use now: your account @%1.")
            self.in_use_text = text.replace("%1", _handle(active))
            in_use = PlainLabel(self.in_use_text, page)
            in_use.setObjectName("inUse")
            in_use.setWordWrap(True)
            follow_text_size(in_use, bold=True)
            layout.addWidget(in_use)

        self._towns = []
        towns: dict[str, list[Account]] = {}
        for account in accounts:
            towns.setdefault(account.server_url, []).append(account)
        for server_url, living in towns.items():
            layout.addWidget(self._town_card(page, server_url, living, active))

        self._sync = []
        backups = [a for a in accounts if a.backup_of is not None]
        if backups:
            layout.addWidget(self._section(page, self.tr("Your backup accounts")))
            for backup in backups:
                text = self._sync_text(backup)
                self._sync.append(text)
                handle = PlainLabel("@" + _handle(backup), page)
                follow_text_size(handle, bold=True)
                layout.addWidget(handle)
                label = PlainLabel(text, page)
                label.setObjectName("followSync")
                label.setWordWrap(True)
                label.setAccessibleName("@" + _handle(backup))
                label.setAccessibleDescription(text)
                layout.addWidget(label)

        layout.addWidget(self._section(page, self.tr("When towns were down")))
        self._history = [o.sentence() for o in session.monitor.history()[:20]]
        if not self._history:
            empty = PlainLabel(
                self.tr("None of your towns has been down since Townsfolk started keeping track."),
                page,
            )
            empty.setWordWrap(True)
            layout.addWidget(empty)
        for sentence in self._history:
            label = PlainLabel("•  " + sentence, page)
            label.setObjectName("outage")
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addStretch(1)
        old = self.scroll_area.takeWidget()
        self.scroll_area.setWidget(page)
        if old is not None:
            old.deleteLater()

    def _section(self, parent: QWidget, text: str) -> QLabel:
        label = ScaledLabel(text, 1.15, parent, bold=True)
        label.setAccessibleName(text)
        label.setContentsMargins(0, 8, 0, 0)
        return label

    def _town_card(
        self, parent: QWidget, server_url: str, living: list[Account], active: Account | None
    ) -> QFrame:
        monitor = self.session.monitor
        status = monitor.status(server_url)
        name = display_host(living[0].server_domain or monitor.town_name(server_url))
        state = self.state_words(status)
        people: list[str] = []
        for account in living:
            if account.backup_of is not None:
                line = self.tr("Your backup account @%1").replace("%1", _handle(account))
            else:
                line = self.tr("Your account @%1").replace("%1", _handle(account))
            if active is not None and account.local_id == active.local_id:
                line += " " + self.tr("(in use now)")
            people.append(line)
        self._towns.append("\n".join([name, state, *people]))

        card = QFrame(parent)
        card.setObjectName("townCard")
        colour = _DOTS.get(status.state if status else TownState.FINE, "#2e7d32")
        if monitor.offline:
            colour = "#757575"
        card.setStyleSheet(
            "QFrame#townCard { border: 1px solid palette(mid); border-radius: 8px;"
            f" border-left: 6px solid {colour}; }}"
            " QFrame#townCard QLabel { border: none; }"
        )
        box = QVBoxLayout(card)
        box.setContentsMargins(14, 10, 14, 10)
        box.setSpacing(4)
        title = ScaledLabel(name, 1.1, card, bold=True)
        title.setAccessibleName(name)
        box.addWidget(title)
        state_label = PlainLabel(state, card)
        state_label.setObjectName("townState")
        state_label.setWordWrap(True)
        state_label.setStyleSheet(f"color: {readable(colour)};")  # also on the dark palette
        box.addWidget(state_label)
        for line in people:
            label = PlainLabel(line, card)
            label.setWordWrap(True)
            box.addWidget(label)
        card.setAccessibleName(name)
        card.setAccessibleDescription(" ".join([state, *people]))
        card.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        return card

    def _sync_text(self, backup: Account) -> str:
        if backup.follow_sync is FollowSync.OFF:
            return self.tr(
                "This backup account does not follow the same people as your main account. "
                "You can change this in Settings."
            )
        progress = self.session.follow_sync.progress(backup.local_id)
        if progress is None:
            return self.tr(
                "Townsfolk will soon make this backup account follow the same people as your "
                "main account."
            )
        return progress.sentence
