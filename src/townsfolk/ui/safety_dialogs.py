"""The questions Townsfolk asks before a safety action: mute, block, block a town, stop
following, report. Each says in plain words what will happen and how to undo it.

The dialogs only ask; ``ui/safety.py`` does the work. Each has an ``objectName`` (tests and
the first-week walk find them by it) and an ``ok_button``.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from townsfolk.api.entities import Rule, Status
from townsfolk.services.richtext import plain_text
from townsfolk.services.safety import MUTE_DURATIONS, ReportReason
from townsfolk.ui.safe_text import PlainLabel, fill
from townsfolk.ui.style import ScaledLabel, em

__all__ = [
    "BlockDialog",
    "BlockTownDialog",
    "ConfirmDialog",
    "MuteDialog",
    "ReportDialog",
    "UnfollowDialog",
]

COMMENT_LIMIT = 1000


class ConfirmDialog(QDialog):
    """A heading, a few sentences, room for choices, and two buttons."""

    def __init__(
        self, name: str, heading: str, body: str, ok_text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(heading)
        self.setMinimumWidth(em(self) * 30)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(24, 20, 24, 16)
        self.layout_.setSpacing(12)
        self.heading = ScaledLabel(heading, 1.3, self, bold=True)
        self.heading.setWordWrap(True)
        self.heading.setAccessibleName(heading)
        self.layout_.addWidget(self.heading)
        self.body = PlainLabel(body, self)
        self.body.setObjectName("explanation")
        self.body.setWordWrap(True)
        self.body.setAccessibleName(body)
        self.layout_.addWidget(self.body)
        self.choices = QVBoxLayout()
        self.choices.setSpacing(8)
        self.layout_.addLayout(self.choices)
        self.layout_.addStretch(1)
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("okButton")
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.setDefault(True)  # the safe answer is the default one
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.layout_.addWidget(self.buttons)


class MuteDialog(ConfirmDialog):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(
            "muteDialog",
            fill(self.tr("Mute %1?"), name),
            self.tr(
                "You won't see their posts or boosts any more. They won't know you muted "
                "them, and they can still follow you and see your posts.\n\n"
                "To undo it, press Unmute on their profile or in “People you muted or "
                "blocked”."
            ),
            self.tr("Mute"),
            parent,
        )
        self.notifications = QCheckBox(self.tr("Also hide their notifications"), self)
        self.notifications.setObjectName("hideNotifications")
        self.notifications.setChecked(True)
        self.choices.addWidget(self.notifications)
        row_label = PlainLabel(self.tr("For how long?"), self)
        self.duration = QComboBox(self)
        self.duration.setObjectName("muteDuration")
        self.duration.setAccessibleName(self.tr("For how long?"))
        texts = (
            self.tr("Until I unmute them"),
            self.tr("For 1 hour"),
            self.tr("For 1 day"),
            self.tr("For 7 days"),
        )
        for text, seconds in zip(texts, MUTE_DURATIONS, strict=True):
            self.duration.addItem(text, seconds)
        row_label.setBuddy(self.duration)
        self.choices.addWidget(row_label)
        self.choices.addWidget(self.duration)

    def seconds(self) -> int:
        return int(self.duration.currentData() or 0)


class BlockDialog(ConfirmDialog):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(
            "blockDialog",
            fill(self.tr("Block %1?"), name),
            self.tr(
                "They won't be able to follow you or see your posts, and you won't see "
                "theirs. If you follow each other, that stops. They are not told, but they "
                "may notice.\n\n"
                "To undo it, press Unblock on their profile or in “People you muted or "
                "blocked”."
            ),
            self.tr("Block"),
            parent,
        )


class BlockTownDialog(ConfirmDialog):
    def __init__(self, town: str, parent: QWidget | None = None) -> None:
        super().__init__(
            "blockTownDialog",
            fill(self.tr("Block the whole town %1?"), town),
            fill(
                self.tr(
                    "You won't see posts or notifications from anyone who lives in %1. "
                    "People from %1 who follow you are removed from your followers, and you "
                    "stop following the people you follow there.\n\n"
                    "This is for towns that are run badly. For one person, mute or block "
                    "them instead. You can unblock the town in “People you muted or "
                    "blocked”, but the followers you lost do not come back by themselves."
                ),
                town,
            ),
            self.tr("Block the town"),
            parent,
        )


class UnfollowDialog(ConfirmDialog):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(
            "unfollowDialog",
            fill(self.tr("Stop following %1?"), name),
            self.tr("You won't see their posts in People you follow."),
            self.tr("Stop following"),
            parent,
        )


class ReportDialog(ConfirmDialog):
    """Why (spam, the town's rules, something else), which posts, a comment, and whether
    to tell the person's own town too."""

    def __init__(
        self,
        name: str,
        own_town: str,
        their_town: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            "reportDialog",
            fill(self.tr("Report %1"), name),
            fill(
                self.tr(
                    "The people who look after %1 will read your report and decide what "
                    "to do. %2 is not told who sent it."
                ),
                own_town,
                name,
            ),
            self.tr("Send report"),
            parent,
        )
        self.own_town = own_town
        self.rules: list[Rule] = []
        self.setMinimumWidth(em(self) * 36)
        why = PlainLabel(self.tr("What is wrong?"), self)
        why.setObjectName("reasonHeading")
        self.choices.addWidget(why)
        self.reasons = QButtonGroup(self)
        self.spam = QRadioButton(self.tr("It's spam"), self)
        self.spam.setObjectName("reasonSpam")
        self.breaks_rules = QRadioButton(fill(self.tr("It breaks the rules of %1"), own_town), self)
        self.breaks_rules.setObjectName("reasonRules")
        self.other = QRadioButton(self.tr("Something else"), self)
        self.other.setObjectName("reasonOther")
        for button in (self.spam, self.breaks_rules, self.other):
            self.reasons.addButton(button)
        self.choices.addWidget(self.spam)
        self.choices.addWidget(self.breaks_rules)
        self.rule_box = QWidget(self)
        self.rule_layout = QVBoxLayout(self.rule_box)
        self.rule_layout.setContentsMargins(em(self) * 2, 0, 0, 0)
        self.rule_checks: list[QCheckBox] = []
        self.choices.addWidget(self.rule_box)
        self.choices.addWidget(self.other)
        self.breaks_rules.hide()
        self.rule_box.hide()

        posts_label = PlainLabel(self.tr("Which of their posts? (you may leave this empty)"), self)
        self.posts = QListWidget(self)
        self.posts.setObjectName("reportPosts")
        self.posts.setAccessibleName(self.tr("Their posts to add to the report"))
        self.posts.setMinimumHeight(em(self) * 8)
        self.posts.setWordWrap(True)
        self.posts.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        posts_label.setBuddy(self.posts)
        self.choices.addWidget(posts_label)
        self.choices.addWidget(self.posts)
        self.posts_note = PlainLabel(self.tr("Looking for their posts…"), self)
        self.posts_note.setWordWrap(True)
        self.choices.addWidget(self.posts_note)

        self.comment = QPlainTextEdit(self)
        self.comment.setObjectName("reportComment")
        self.comment.setPlaceholderText(self.tr("Anything the team should know (optional)"))
        self.comment.setAccessibleName(self.tr("Anything the team should know"))
        self.comment.setMaximumHeight(em(self) * 6)
        self.choices.addWidget(self.comment)

        self.forward = QCheckBox(self)
        self.forward.setObjectName("forwardReport")
        if their_town:
            self.forward.setText(fill(self.tr("Also tell the team of their town, %1"), their_town))
        else:
            self.forward.hide()
        self.choices.addWidget(self.forward)
        self.problem = PlainLabel(self)
        self.problem.setObjectName("reportProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.choices.addWidget(self.problem)

        self.reasons.buttonToggled.connect(lambda *_: self._update())
        self.comment.textChanged.connect(self._update)
        self._update()

    def set_rules(self, rules: Sequence[Rule]) -> None:
        self.rules = [r for r in rules if r.text.strip()]
        for check in self.rule_checks:
            check.deleteLater()
        self.rule_checks = []
        for rule in self.rules:
            check = QCheckBox(plain_text(rule.text).strip(), self.rule_box)
            check.setProperty("rule_id", rule.id)
            check.toggled.connect(lambda _on: self._update())
            self.rule_layout.addWidget(check)
            self.rule_checks.append(check)
        self.breaks_rules.setVisible(bool(self.rules))
        self._update()

    def set_posts(self, posts: Sequence[Status]) -> None:
        self.posts.clear()
        for post in posts:
            target = post.reblog or post
            text = plain_text(target.content).strip().replace("\n", " ")
            if len(text) > 140:
                text = text[:139] + "…"
            item = QListWidgetItem(text or self.tr("(a post without text)"))
            item.setData(Qt.ItemDataRole.UserRole, post.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.posts.addItem(item)
        self.posts_note.setText(self.tr("They have no posts to show.") if not posts else "")
        self.posts_note.setVisible(not posts)

    def check_post(self, post_id: str) -> None:
        for n in range(self.posts.count()):
            item = self.posts.item(n)
            if item.data(Qt.ItemDataRole.UserRole) == post_id:
                item.setCheckState(Qt.CheckState.Checked)

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setAccessibleName(text)
        self.problem.setVisible(bool(text))

    def reason(self) -> ReportReason | None:
        if self.spam.isChecked():
            return ReportReason("spam")
        if self.breaks_rules.isChecked():
            ids = tuple(str(c.property("rule_id")) for c in self.rule_checks if c.isChecked())
            return ReportReason("rules", ids) if ids else None
        if self.other.isChecked():
            return ReportReason("other")
        return None

    def chosen_posts(self) -> list[str]:
        return [
            str(self.posts.item(n).data(Qt.ItemDataRole.UserRole))
            for n in range(self.posts.count())
            if self.posts.item(n).checkState() == Qt.CheckState.Checked
        ]

    def comment_text(self) -> str:
        return self.comment.toPlainText()[:COMMENT_LIMIT]

    def _update(self) -> None:
        self.rule_box.setVisible(self.breaks_rules.isChecked() and bool(self.rules))
        self.ok_button.setEnabled(
            self.reason() is not None and len(self.comment.toPlainText()) <= COMMENT_LIMIT
        )


def push_button(text: str, name: str, parent: QWidget) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setAccessibleName(text)
    return button
