""" "Move my whole account": a guided page (issue 12, part 2).

It says in plain words what moves (the followers, by themselves) and what does not (the
posts stay on the old town), offers to download the posts first, then walks through the two
pages of the towns' own websites (the new town's "aliases" page, then the old town's "move"
page), telling exactly what to type. Townsfolk then looks until the old account shows that it
moved, and brings in follows, lists, blocks, mutes, blocked towns and bookmarks. Where the
person is in the move is saved (``services.moving.account_move``), so a restart keeps it.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QSize, QTimer, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from townsfolk.api.errors import ApiError, Forbidden, ForbiddenReason
from townsfolk.cache import Account
from townsfolk.services.moving.account_move import (
    WAIT_DAYS,
    AccountMove,
    Step,
    clear_move,
    load_move,
    moved_to,
    save_move,
    town_page,
)
from townsfolk.services.moving.import_ import ImportProblem
from townsfolk.services.moving.move import APPLY_ORDER
from townsfolk.ui.links import open_external
from townsfolk.ui.moving.controller import MovingJobs
from townsfolk.ui.moving.page import kind_words
from townsfolk.ui.safe_text import PlainLabel
from townsfolk.ui.style import ScaledLabel, place_on_screen

__all__ = ["AccountMoveDialog"]

#: Where the old account's files are saved before the move (in the profile folder).
SAVED_FOLDER = "saved-before-move"

_ORDER = (Step.POSTS, Step.ALIAS, Step.MOVE, Step.CHECK, Step.BRING, Step.DONE)


class AccountMoveDialog(QDialog):
    """See the module documentation. ``open_url`` opens a web page (tests replace it);
    ``poll_interval``: seconds between looks whether the move happened."""

    def __init__(
        self,
        jobs: MovingJobs,
        old: Account,
        *,
        parent: QWidget | None = None,
        open_url: Callable[[QUrl], object] | None = None,
        poll_interval: float = 20.0,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("accountMove")
        self.jobs = jobs
        self.session = jobs.session
        self.old = old
        self.open_url = open_url
        self.window_ = parent
        self.setWindowTitle(self.tr("Move my whole account"))
        self.setAccessibleName(self.tr("Move my whole account"))
        place_on_screen(self, QSize(820, 700), over=parent)
        saved = load_move(jobs.profile)
        self.record: AccountMove | None = saved if saved and saved.old_id == old.local_id else None
        if self.record is not None and self.record.step is Step.BRING and self.record.jobs:
            finished = [self.session.db.jobs.get(j) for j in self.record.jobs]
            if all(j is not None and j.state.value == "done" for j in finished):
                self.record = self.record.at(Step.DONE)  # finished after a restart
                save_move(jobs.profile, self.record)
        self._task: asyncio.Task[Any] | None = None
        self.poll = QTimer(self)
        self.poll.setInterval(int(poll_interval * 1000))
        self.poll.timeout.connect(self.check_now)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(scroll)
        self.box = QVBoxLayout(body)
        self.box.setContentsMargins(24, 20, 24, 16)
        self.box.setSpacing(10)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        heading = ScaledLabel(self.tr("Move my whole account"), 1.3, body, bold=True)
        self.box.addWidget(heading)
        self._text(
            self.tr(
                "What moves: your followers. Once the move is done, your old town tells "
                "them, and their accounts follow your new account by themselves. Townsfolk "
                "then brings in the people you follow, your lists, blocks, mutes, blocked "
                "towns and bookmarks."
            )
        )
        self._text(
            self.tr(
                "What does not move: your posts. They stay on %1, and your old account "
                "shows that you moved. After moving you must wait %2 days before you can "
                "move again."
            )
            .replace("%1", old.server_domain)
            .replace("%2", str(WAIT_DAYS))
        )
        row = QHBoxLayout()
        row.addWidget(PlainLabel(self.tr("Your new account:"), body))
        self.choice = QComboBox(body)
        self.choice.setAccessibleName(self.tr("Your new account"))
        self.choice.currentIndexChanged.connect(self._chosen)
        row.addWidget(self.choice, 1)
        self.add_button = QPushButton(self.tr("Add an account in another town…"), body)
        self.add_button.clicked.connect(self._add_account)
        row.addWidget(self.add_button)
        self.box.addLayout(row)

        self.steps: dict[Step, tuple[PlainLabel, list[QPushButton]]] = {}
        self.posts_button = QPushButton(self.tr("Open the download page"), body)
        self.posts_button.clicked.connect(self.download_posts)
        self.skip_posts = QPushButton(self.tr("Skip this"), body)
        self.skip_posts.clicked.connect(lambda: self._go(Step.ALIAS))
        self._step(Step.POSTS, [self.posts_button, self.skip_posts])
        self.alias_button = QPushButton(self.tr("Open the page on the new town"), body)
        self.alias_button.clicked.connect(self.open_aliases)
        self.copy_old = QPushButton(self.tr("Copy the old address"), body)
        self.copy_old.clicked.connect(lambda: self._copy("@" + self.old.handle))
        self._step(Step.ALIAS, [self.alias_button, self.copy_old])
        self.migration_button = QPushButton(
            self.tr("Save, then open the page on the old town"), body
        )
        self.migration_button.clicked.connect(self.open_migration)
        self.copy_new = QPushButton(self.tr("Copy the new address"), body)
        self.copy_new.clicked.connect(
            lambda: self._copy("@" + self.new.handle if self.new is not None else "")
        )
        self._step(Step.MOVE, [self.migration_button, self.copy_new])
        self.check_button = QPushButton(self.tr("Look now"), body)
        self.check_button.clicked.connect(self.check_now)
        self._step(Step.CHECK, [self.check_button])
        self.bring_again = QPushButton(self.tr("Try again"), body)
        self.bring_again.clicked.connect(self.bring)
        self._step(Step.BRING, [self.bring_again])
        self._step(Step.DONE, [])
        self.status = self._text("")
        self.status.setObjectName("accountMoveStatus")
        self.box.addStretch(1)
        buttons = QHBoxLayout()
        self.start_over = QPushButton(self.tr("Start again"), self)
        self.start_over.clicked.connect(self._start_over)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        buttons.addWidget(self.start_over)
        buttons.addStretch(1)
        buttons.addWidget(close)
        frame = QWidget(self)
        frame.setLayout(buttons)
        buttons.setContentsMargins(24, 8, 24, 16)
        outer.addWidget(frame)

        jobs.import_progress.connect(self._import_progress)
        jobs.imports_finished.connect(self._imports_finished)
        jobs.imports_stopped.connect(self._imports_stopped)
        self.refresh_accounts()
        # An account added meanwhile ("Add an account in another town…") is a choice at once.
        listed = getattr(self.window_, "accounts_listed", None)
        if listed is not None:
            listed.connect(self._accounts_listed)
        self._show()
        if self.record is not None and self.record.step is Step.CHECK:
            self.poll.start()

    # ------------------------------------------------------------------ building

    def _text(self, words: str) -> PlainLabel:
        label = PlainLabel(words, self)
        label.setWordWrap(True)
        label.setAccessibleName(words)
        self.box.addWidget(label)
        return label

    def _step(self, step: Step, buttons: list[QPushButton]) -> None:
        frame = QFrame(self)
        frame.setObjectName("moveStep")
        frame.setStyleSheet(
            "QFrame#moveStep { border: 1px solid palette(mid); border-radius: 6px; }"
        )
        layout = QVBoxLayout(frame)
        label = PlainLabel(frame)
        label.setWordWrap(True)
        layout.addWidget(label)
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.box.addWidget(frame)
        self.steps[step] = (label, buttons)

    # ------------------------------------------------------------------ state

    @property
    def new(self) -> Account | None:
        if self.record is not None:
            return self.session.db.accounts.get(self.record.new_id)
        data = self.choice.currentData()
        return self.session.db.accounts.get(int(data)) if data is not None else None

    def refresh_accounts(self) -> None:
        current = self.choice.currentData()
        self.choice.blockSignals(True)
        self.choice.clear()
        for account in self.session.accounts():
            if account.local_id != self.old.local_id:
                self.choice.addItem("@" + account.handle, account.local_id)
        wanted = self.record.new_id if self.record is not None else current
        index = self.choice.findData(wanted) if wanted is not None else -1
        self.choice.setCurrentIndex(max(0, index) if self.choice.count() else -1)
        self.choice.blockSignals(False)
        self._show()

    def _accounts_listed(self) -> None:
        """The window's accounts changed: before a move has begun, the choice follows (once
        it has begun, the move's own record names the new account and the sentences on
        screen stay)."""
        if self.record is None:
            self.refresh_accounts()

    def choose(self, account_id: int) -> None:
        self.choice.setCurrentIndex(self.choice.findData(account_id))

    def _chosen(self, _index: int) -> None:
        self._show()

    def _go(self, step: Step) -> None:
        new = self.new
        if new is None:
            return
        if self.record is None:
            self.record = AccountMove(self.old.local_id, new.local_id)
        self.record = self.record.at(step)
        save_move(self.jobs.profile, self.record)
        self._show()

    @property
    def step(self) -> Step:
        return self.record.step if self.record is not None else Step.POSTS

    def _show(self) -> None:
        new = self.new
        old_address = "@" + self.old.handle
        new_address = "@" + new.handle if new is not None else self.tr("(choose it above)")
        new_town = new.server_domain if new is not None else self.tr("your new town")
        texts = {
            Step.POSTS: self.tr(
                "First, if you want your posts: download them from %1 (a file for you to "
                "keep; they cannot be moved to the new town)."
            ).replace("%1", self.old.server_domain),
            Step.ALIAS: self.tr(
                "Step 1. On %1, open “Account aliases” and type your old address: %2. "
                "This tells the new town the old account is yours."
            )
            .replace("%1", new_town)
            .replace("%2", old_address),
            Step.MOVE: self.tr(
                "Step 2. Townsfolk first saves the people you follow, your lists, blocks, "
                "mutes, blocked towns and bookmarks (once you have moved, %1 no longer lets "
                "it read them). Then, on %1, open “Move to a different account”, type your "
                "new address: %2, and your password, and press the button there to move."
            )
            .replace("%1", self.old.server_domain)
            .replace("%2", new_address),
            Step.CHECK: self.tr("Step 3. Townsfolk looks whether %1 now says it moved.").replace(
                "%1", old_address
            ),
            Step.BRING: self.tr(
                "Step 4. Townsfolk brings the people you follow, your lists, blocks, mutes, "
                "blocked towns and bookmarks into %1."
            ).replace("%1", new_address),
            Step.DONE: self.tr("Done."),
        }
        now = _ORDER.index(self.step)
        for step, (label, buttons) in self.steps.items():
            n = _ORDER.index(step)
            text = texts[step]
            if n < now:
                text = "✓ " + text
            elif n == now:
                text = "→ " + text
            label.setText(text)
            label.setAccessibleName(text)
            font = label.font()
            font.setBold(n == now)
            label.setFont(font)
            for button in buttons:
                button.setEnabled(n == now and new is not None)
        self.check_button.setEnabled(self.step is Step.CHECK)
        self.bring_again.setVisible(
            self.step is Step.BRING
            and not self.jobs.importing
            and (self._task is None or self._task.done())
        )
        self.choice.setEnabled(self.record is None)
        self.add_button.setEnabled(self.record is None)
        if self.step is Step.DONE and self.record is not None and new is not None:
            when = self.record.next_move_possible()
            day = time.strftime("%d %B %Y", time.localtime(when)) if when else ""
            self._say(
                self.tr(
                    "You have moved to %1. Your followers are moving there by themselves (this "
                    "can take a while). You can move again after %2."
                )
                .replace("%1", new_address)
                .replace("%2", day)
            )

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setAccessibleName(text)

    # ------------------------------------------------------------------ steps

    def _open(self, url: str) -> None:
        opener = self.open_url
        if opener is None and self.window_ is not None:
            opener = getattr(self.window_, "open_url", None)
        open_external(url, opener=opener, refused=self._say)

    def download_posts(self) -> None:
        self._open(town_page(self.old.server_url, "export"))
        self._go(Step.ALIAS)

    def open_aliases(self) -> None:
        new = self.new
        if new is None:
            return
        self._open(town_page(new.server_url, "aliases"))
        self._go(Step.MOVE)

    def open_migration(self) -> None:
        """Save everything from the old account first (once it has moved, its town refuses
        Townsfolk: "Your login is currently disabled"), then open the old town's page."""
        if self._task is None or self._task.done():
            self._task = self.jobs.spawn(self._save_then_open_migration())

    async def _save_then_open_migration(self) -> None:
        if self.record is None:
            return
        self.migration_button.setEnabled(False)
        self._say(
            self.tr(
                "Saving the people you follow, your lists, blocks, mutes, blocked towns and "
                "bookmarks from %1 first: once the account has moved, %2 no longer lets "
                "Townsfolk read them…"
            )
            .replace("%1", "@" + self.old.handle)
            .replace("%2", self.old.server_domain)
        )
        saved: int | None = None
        try:
            saved = await self.jobs.move.save_before_move(
                self.old, self.jobs.profile / SAVED_FOLDER
            )
        except Forbidden as exc:
            if exc.reason is not ForbiddenReason.ACCOUNT_DISABLED:
                self._cannot_save(exc)
                return
            # Already moved (or switched off): nothing more can be read; go on and look.
        except ApiError as exc:
            self._cannot_save(exc)
            return
        with contextlib.suppress(RuntimeError):
            record = self._current()
            if record is None:  # started again meanwhile
                return
            self.record = replace(record, saved_export=saved)
            self._open(town_page(self.old.server_url, "migration"))
            self._go(Step.CHECK)
            self.poll.start()
            if saved is None:
                self._say(
                    self.tr(
                        "%1 no longer lets Townsfolk read your old account: it may have "
                        "moved already. Townsfolk looks whether it did."
                    ).replace("%1", self.old.server_domain)
                )
                return
            self._say(
                self.tr(
                    "Saved. When you have moved on the old town's page, Townsfolk sees it here "
                    "by itself (it looks every little while)."
                )
            )

    def _current(self) -> AccountMove | None:
        """The move as it is now (it may have been started again while Townsfolk waited)."""
        return self.record

    def _cannot_save(self, exc: ApiError) -> None:
        with contextlib.suppress(RuntimeError):
            self._say(
                exc.user_message()
                + " "
                + self.tr(
                    "Nothing has moved. Do not move on the old town's page yet: press the "
                    "button again when %1 answers."
                ).replace("%1", self.old.server_domain)
            )
            self._show()

    def _copy(self, text: str) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None and text:
            clipboard.setText(text)

    def check_now(self) -> None:
        if self._task is None or self._task.done():
            self._task = self.jobs.spawn(self._check())

    async def _check(self) -> bool:
        new = self.new
        if new is None or self.step is not Step.CHECK:
            return False
        old_client = await self.session.accounts_service.client_for(self.old)
        new_client = await self.session.accounts_service.client_for(new)
        try:
            done = await moved_to(old_client, new_client, self.old.handle, new.handle)
        finally:
            await old_client.aclose()
            await new_client.aclose()
        with contextlib.suppress(RuntimeError):
            if not done:
                self._say(
                    self.tr(
                        "%1 does not say it moved yet. If you have done step 2, wait a minute: "
                        "Townsfolk keeps looking."
                    ).replace("%1", "@" + self.old.handle)
                )
                return False
            self.poll.stop()
            assert self.record is not None
            self.record = replace(self.record, step=Step.BRING, moved_at=time.time())
            save_move(self.jobs.profile, self.record)
            self._show()
            self.bring()
        return True

    def bring(self) -> None:
        self._task = self.jobs.spawn(self._bring())

    async def _bring(self) -> None:
        new = self.new
        if new is None or self.record is None:
            return
        saved = self.record.saved_export
        files = self.jobs.move.saved(saved) if saved is not None else None
        try:
            if files is not None:
                self._say(
                    self.tr(
                        "%1 no longer lets Townsfolk read your old account now that it has "
                        "moved, so Townsfolk brings in what it saved just before the move."
                    ).replace("%1", self.old.server_domain)
                )
            else:
                self._say(self.tr("Reading everything from your old account…"))
                files = await self.jobs.move.export(self.old, APPLY_ORDER)
            plans = await self.jobs.move.plans(new, files)
            job_ids = self.jobs.move.start(plans)
        except Forbidden as exc:
            if exc.reason is ForbiddenReason.ACCOUNT_DISABLED:
                self._say(
                    self.tr(
                        "%1 no longer lets Townsfolk read your old account now that it has "
                        "moved, and nothing was saved before the move. Your followers still "
                        "move by themselves. For the rest: download your files on %1's "
                        "export page (it still works after a move), then bring them into %2 "
                        "with “Bring in follows from a file…” in the menu."
                    )
                    .replace("%1", self.old.server_domain)
                    .replace("%2", "@" + new.handle)
                )
            else:
                self._say(exc.user_message())
            self.bring_again.show()
            return
        except ApiError as exc:
            self._say(exc.user_message())
            self.bring_again.show()
            return
        except ImportProblem as problem:
            self._say(problem.user_message)
            self.bring_again.show()
            return
        self.record = replace(self.record, step=Step.BRING, jobs=tuple(job_ids))
        save_move(self.jobs.profile, self.record)
        self.jobs.run_imports(job_ids)

    def _import_progress(self, progress: Any) -> None:
        if self.record is not None and progress.job_id in self.record.jobs:
            self._say(progress.sentence)

    def _imports_finished(self, job_ids: object) -> None:
        if self.record is None or list(job_ids) != list(self.record.jobs):  # type: ignore[call-overload]
            return
        results: list[str] = []
        for job_id in self.record.jobs:
            job = self.session.db.jobs.get(job_id)
            if job is not None:
                progress = self.jobs.move.importer.progress(job)
                results += [f"{kind_words(progress.kind)}: {r}" for r in progress.results]
        self.record = self.record.at(Step.DONE)
        save_move(self.jobs.profile, self.record)
        self._show()
        self.status.setText(self.status.text() + "\n" + "\n".join(results))
        self._use_new_account()

    def _use_new_account(self) -> None:
        """The new account is the one to use from now on: the main account when it was the
        old one's backup, and the one on screen."""
        new = self.new
        window = self.window_
        if new is None or window is None:
            return
        if new.backup_of == self.old.local_id:
            new = self.session.db.accounts.make_main(new.local_id)
        with contextlib.suppress(Exception):
            self.session.failover.switch_to(new.local_id)
        reload = getattr(window, "reload_accounts", None)
        if reload is not None:
            reload(select=new.local_id)

    def _imports_stopped(self, sentence: str) -> None:
        if self.record is not None and self.record.step is Step.BRING:
            self._say(sentence)
            self.bring_again.show()

    def _start_over(self) -> None:
        self.poll.stop()
        self.record = None
        clear_move(self.jobs.profile)
        self._say("")
        self.refresh_accounts()

    def _add_account(self) -> None:
        window = self.window_
        signal = getattr(window, "add_account_requested", None)
        if signal is not None:
            signal.emit()

    def done(self, result: int) -> None:
        self.poll.stop()
        with contextlib.suppress(RuntimeError):
            super().done(result)
