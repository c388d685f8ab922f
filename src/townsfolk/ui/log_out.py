"""Log out, or remove an account from Townsfolk: what happens, in plain words, and what
becomes of posts still waiting to be sent (they are never dropped without asking)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QPushButton, QWidget

from townsfolk.ui.safe_text import PlainLabel, fill
from townsfolk.ui.safety_dialogs import ConfirmDialog

__all__ = ["LogOutDialog"]


class LogOutDialog(ConfirmDialog):
    """``remove``: forget the account too. ``send_first`` is emitted by "Send them first";
    the controller calls :meth:`set_waiting` as the count changes."""

    send_first = Signal()

    def __init__(
        self,
        handle: str,
        town: str,
        *,
        remove: bool,
        backup: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        if remove:
            heading = fill(self.tr("Remove %1 from Townsfolk?"), "@" + handle)
            body = fill(
                self.tr(
                    "Townsfolk forgets this account: the key to it, the posts saved on this "
                    "computer, and its place in the account menu. The account itself and "
                    "your posts stay on %1; you can add it again later."
                ),
                town,
            )
            ok = self.tr("Remove account")
        else:
            heading = fill(self.tr("Log out of %1?"), "@" + handle)
            body = fill(
                self.tr(
                    "This computer forgets the key to your account. Your account and your "
                    "posts stay on %1, and you can log in again at any time. The copies of "
                    "posts saved on this computer are removed."
                ),
                town,
            )
            ok = self.tr("Log out")
        super().__init__(
            "removeAccountDialog" if remove else "logOutDialog", heading, body, ok, parent
        )
        self.remove = remove
        self.waiting = 0
        self.backup_note = PlainLabel(self)
        self.backup_note.setObjectName("backupNote")
        self.backup_note.setWordWrap(True)
        if backup:
            self.backup_note.setText(
                fill(self.tr("Your backup account %1 becomes your main account."), "@" + backup)
            )
        self.backup_note.setVisible(bool(backup))
        self.choices.addWidget(self.backup_note)
        self.waiting_note = PlainLabel(self)
        self.waiting_note.setObjectName("waitingNote")
        self.waiting_note.setWordWrap(True)
        self.choices.addWidget(self.waiting_note)
        self.send_button = QPushButton(self.tr("Send them first"), self)
        self.send_button.setObjectName("sendFirstButton")
        self.send_button.setAccessibleName(self.tr("Send the waiting posts first"))
        self.send_button.clicked.connect(self._send_first)
        self.choices.addWidget(self.send_button)
        self.drop_waiting = QCheckBox(self)
        self.drop_waiting.setObjectName("dropWaiting")
        self.drop_waiting.toggled.connect(lambda _on: self._update())
        self.choices.addWidget(self.drop_waiting)
        self.set_waiting(0)

    def set_waiting(self, count: int, note: str = "") -> None:
        """``count`` posts wait to be sent; ``note`` says how sending them goes."""
        self.waiting = count
        if count:
            text = (
                self.tr("1 post from this account is still waiting to be sent.")
                if count == 1
                else self.tr("%n posts from this account are still waiting to be sent.", "", count)
            )
            if self.remove:
                text += " " + self.tr(
                    "Removing the account would delete what is waiting: send it first, or "
                    "tick the box to delete it."
                )
            else:
                text += " " + self.tr(
                    "If you log out now, it stays saved on this computer and goes out when "
                    "you log in again."
                )
            if note:
                text += "\n" + note
        else:
            text = note
        self.waiting_note.setText(text)
        self.waiting_note.setAccessibleName(text)
        self.waiting_note.setVisible(bool(text))
        self.send_button.setVisible(count > 0)
        self.drop_waiting.setText(
            self.tr("Delete the waiting post")
            if count == 1
            else self.tr("Delete the %n waiting posts", "", count)
        )
        self.drop_waiting.setVisible(self.remove and count > 0)
        if not count:
            self.drop_waiting.setChecked(False)
        self._update()

    def _send_first(self) -> None:
        self.send_button.setEnabled(False)
        self.send_first.emit()

    def sending_done(self) -> None:
        self.send_button.setEnabled(True)

    def _update(self) -> None:
        blocked = self.remove and self.waiting > 0 and not self.drop_waiting.isChecked()
        self.ok_button.setEnabled(not blocked)
