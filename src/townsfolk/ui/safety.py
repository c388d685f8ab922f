"""Safety and accounts in the main window: mute, block, report, block a town, confirm
before unfollowing, “People you muted or blocked”, hidden words, log out and remove an
account.

One :class:`SafetyActions` per main window (``window.safety``). Its entry points open the
question at once and return the dialog (found by ``objectName`` too); the work runs when the
person agrees, and its outcome is told in the status bar or, when refused, in the banner::

    window.safety.mute_person("bob")          -> MuteDialog ("muteDialog")
    window.safety.block_person("bob")         -> BlockDialog ("blockDialog")
    window.safety.report_person("bob", pid)   -> ReportDialog ("reportDialog")
    window.safety.block_town("harbour.practice") -> BlockTownDialog ("blockTownDialog")
    window.safety.open_lists()                -> SafetyListsDialog ("safetyListsDialog")
    window.safety.open_hidden_words()         -> HiddenWordsDialog ("hiddenWordsDialog")
    window.safety.log_out(account_id)         -> LogOutDialog ("logOutDialog")
    window.safety.remove_account(account_id)  -> LogOutDialog ("removeAccountDialog")
    await window.safety.wait()                 (every action started has finished)
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any, Literal

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QGridLayout,
    QLayout,
    QMenu,
    QPushButton,
    QToolButton,
    QWidget,
)

from townsfolk.api.entities import Account as RemoteAccount
from townsfolk.api.entities import Relationship, Status
from townsfolk.cache import AccountRole, AccountState
from townsfolk.services.notifications import NotificationItem
from townsfolk.services.outbox import OutboxChange
from townsfolk.services.safety import ReportReason, Safety, SafetyProblem, town_of
from townsfolk.services.session import SessionProblem
from townsfolk.services.word_filters import HiddenWords, Rule, WordFilterProblem
from townsfolk.ui.hidden_words import HiddenWordsDialog, screen_with
from townsfolk.ui.log_out import LogOutDialog
from townsfolk.ui.profile_view import ProfileView
from townsfolk.ui.safe_text import PlainLabel, fill
from townsfolk.ui.safety_dialogs import (
    BlockDialog,
    BlockTownDialog,
    MuteDialog,
    ReportDialog,
    UnfollowDialog,
)
from townsfolk.ui.safety_lists import SafetyListsDialog
from townsfolk.ui.tasks import wait_for_all
from townsfolk.ui.thread_view import ThreadView
from townsfolk.ui.timeline import TimelineView

if TYPE_CHECKING:
    from townsfolk.ui.main_window import MainWindow

__all__ = ["SafetyActions"]

#: The hidden-words context of each list of posts on the main page (None: not filtered).
_CONTEXTS = {"homeView": "home", "localView": "public", "everywhereView": "public"}


def _layout_holding(root: QLayout | None, widget: QWidget) -> QBoxLayout | None:
    """The box layout under ``root`` that holds ``widget`` (to put buttons beside it)."""
    if root is None:
        return None
    if root.indexOf(widget) >= 0 and isinstance(root, QBoxLayout):
        return root
    for n in range(root.count()):
        item = root.itemAt(n)
        child = item.layout() if item is not None else None
        found = _layout_holding(child, widget)
        if found is not None:
            return found
    return None


class SafetyActions(QObject):
    """See the module docstring."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        #: The question opened last (tests look at it).
        self.dialog: QDialog | None = None
        self.lists: SafetyListsDialog | None = None
        self.hidden: HiddenWordsDialog | None = None
        self._tasks: set[asyncio.Task[Any]] = set()
        self._install_menu()

    # ------------------------------------------------------------------ menu

    def _install_menu(self) -> None:
        window = self.window
        self.menu = QMenu(self.tr("&Account"), window)
        self.menu.setObjectName("accountMenu")
        self.lists_action = QAction(self.tr("People you &muted or blocked…"), window)
        self.lists_action.triggered.connect(lambda _checked=False: self.open_lists())
        self.hidden_action = QAction(self.tr("&Hidden words…"), window)
        self.hidden_action.triggered.connect(lambda _checked=False: self.open_hidden_words())
        self.log_out_action = QAction(self.tr("&Log out…"), window)
        self.log_out_action.triggered.connect(lambda _checked=False: self.log_out())
        self.remove_action = QAction(self.tr("&Remove this account from Townsfolk…"), window)
        self.remove_action.triggered.connect(lambda _checked=False: self.remove_account())
        self.menu.addAction(self.lists_action)
        self.menu.addAction(self.hidden_action)
        self.menu.addSeparator()
        self.menu.addAction(self.log_out_action)
        self.menu.addAction(self.remove_action)
        self.menu.aboutToShow.connect(self._update_menu)
        bar = window.menuBar()
        actions = bar.actions()
        if actions:
            bar.insertMenu(actions[-1], self.menu)  # before Help
        else:
            bar.addMenu(self.menu)
        self._update_menu()

    def _update_menu(self) -> None:
        on = self.window.account is not None and self.window.session is not None
        for action in (self.lists_action, self.hidden_action, self.log_out_action):
            action.setEnabled(on)
        self.remove_action.setEnabled(on)
        account = self.window.account
        if account is not None:
            self.log_out_action.setText(fill(self.tr("&Log out of %1…"), "@" + account.handle))

    def add_to_settings(self, dialog: QDialog) -> None:
        """A "Your account" part in the Settings window: hidden words, the people muted or
        blocked, log out, remove. Each closes Settings (keeping its changes) and opens its
        own window."""
        layout = dialog.layout()
        if not isinstance(layout, QBoxLayout) or self.window.account is None:
            return
        part = QWidget(dialog)
        part.setObjectName("accountSettings")
        rows = QGridLayout(part)
        rows.setContentsMargins(0, 0, 0, 0)
        heading = PlainLabel(self.tr("Your account"), part)
        heading.setStyleSheet("font-weight: bold;")
        rows.addWidget(heading, 0, 0, 1, 2)
        entries = (
            ("hiddenWordsButton", self.tr("Hidden words…"), self.open_hidden_words),
            ("safetyListsButton", self.tr("People you muted or blocked…"), self.open_lists),
            ("logOutButton", self.tr("Log out…"), self.log_out),
            ("removeAccountButton", self.tr("Remove this account…"), self.remove_account),
        )
        for n, (name, text, action) in enumerate(entries):
            button = QPushButton(text, part)
            button.setObjectName(name)
            button.setAccessibleName(text.rstrip("…"))
            button.clicked.connect(lambda _c=False, a=action: self._from_settings(dialog, a))
            rows.addWidget(button, 1 + n // 2, n % 2)
        add_part = getattr(dialog, "add_account_part", None)
        if add_part is not None:  # the Settings window's own "Your account" part
            heading.hide()
            add_part(part)
            return
        at = max(0, layout.count() - 2)  # above the stretch and the Done / Cancel buttons
        layout.insertWidget(at, part)
        # taller by what was added (the window is then fitted to the screen)
        dialog.resize(dialog.width(), max(dialog.height(), dialog.sizeHint().height()))

    def _from_settings(self, dialog: QDialog, action: Callable[[], object]) -> None:
        dialog.accept()
        action()

    def add_to_menu(self, menu: QMenu, post: Status) -> None:
        """A post's "More" menu: mute, block, report its author, block their town."""
        window = self.window
        if window.account is None:
            return
        person = post.account
        acct = person.acct or person.username
        name = "@" + acct
        menu.addSeparator()
        menu.addAction(fill(self.tr("Mute %1…"), name)).triggered.connect(
            lambda: self.mute_person(acct)
        )
        menu.addAction(fill(self.tr("Block %1…"), name)).triggered.connect(
            lambda: self.block_person(acct)
        )
        menu.addAction(fill(self.tr("Report %1…"), name)).triggered.connect(
            lambda: self.report_person(acct, post.id)
        )
        town = town_of(acct, window.account.server_domain)
        if town != window.account.server_domain.lower():
            menu.addAction(fill(self.tr("Block the whole town %1…"), town)).triggered.connect(
                lambda: self.block_town(town)
            )

    # ------------------------------------------------------------------ running things

    def spawn(self, coroutine: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        task = self.window.spawn(coroutine)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    async def wait(self) -> None:
        """Wait until every action started here has finished (for tests)."""
        await wait_for_all(self._tasks)

    def _show(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _when_agreed(self, dialog: QDialog, work: Callable[[], Coroutine[Any, Any, Any]]) -> None:
        dialog.accepted.connect(lambda: self.spawn(work()))

    def _name_of(self, acct: str) -> str:
        known = self.window._person_on_screen(acct)
        return known.name if known is not None else "@" + acct.lstrip("@")

    def _account_id(self) -> int | None:
        account = self.window.account
        return account.local_id if account is not None else None

    def _say(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 10000)
        self.window.banner.clear("safety")

    def _refused(self, text: str) -> None:
        self.window.banner.show_message("safety", text, kind="error")

    async def _person(self, acct: str) -> tuple[RemoteAccount, Relationship | None] | None:
        session, account_id = self.window.session, self._account_id()
        if session is None or account_id is None:
            return None
        try:
            return await session.person(account_id, acct)
        except SessionProblem as problem:
            self._refused(problem.user_message)
            return None

    # ------------------------------------------------------------------ mute and block

    def mute_person(self, acct: str) -> MuteDialog:
        dialog = MuteDialog(self._name_of(acct), self.window)

        self._when_agreed(
            dialog, lambda: self._mute(acct, dialog.notifications.isChecked(), dialog.seconds())
        )
        self._show(dialog)
        return dialog

    async def _mute(self, acct: str, notifications: bool, seconds: int) -> None:
        await self._act_on(
            acct,
            lambda safety, person: safety.mute(
                person, notifications=notifications, duration=seconds
            ),
            self.tr("You muted %1. To undo it, press Unmute on their profile."),
        )

    def block_person(self, acct: str) -> BlockDialog:
        dialog = BlockDialog(self._name_of(acct), self.window)
        self._when_agreed(dialog, lambda: self._block(acct))
        self._show(dialog)
        return dialog

    async def _block(self, acct: str) -> None:
        await self._act_on(
            acct,
            lambda safety, person: safety.block(person),
            self.tr("You blocked %1. To undo it, press Unblock on their profile."),
        )

    async def _act_on(
        self,
        acct: str,
        act: Callable[[Safety, RemoteAccount], Coroutine[Any, Any, Relationship]],
        done: str,
    ) -> None:
        """Mute or block ``acct``: their posts leave the screen, their profile shows the
        undo, and ``done`` (a sentence with %1 for the name) is said."""
        found = await self._person(acct)
        session, account_id = self.window.session, self._account_id()
        if found is None or session is None or account_id is None:
            return
        person, _ = found
        try:
            relationship = await act(session.safety(account_id), person)
        except SafetyProblem as problem:
            self._refused(problem.user_message)
            return
        self._take_off_screen(person.id)
        self._update_profiles(person.id, relationship)
        self._say(fill(done, person.name))

    async def unmute(self, person_id: str) -> Relationship | None:
        return await self._undo(person_id, mute=True)

    async def unblock(self, person_id: str) -> Relationship | None:
        return await self._undo(person_id, mute=False)

    async def _undo(self, person_id: str, *, mute: bool) -> Relationship | None:
        session, account_id = self.window.session, self._account_id()
        if session is None or account_id is None:
            return None
        safety = session.safety(account_id)
        try:
            relationship = await (safety.unmute if mute else safety.unblock)(person_id)
        except SafetyProblem as problem:
            self._refused(problem.user_message)
            return None
        self._update_profiles(person_id, relationship)
        self._say(
            self.tr("Unmuted. Their new posts will show again.")
            if mute
            else self.tr("Unblocked. You can follow each other again.")
        )
        if self.lists is not None:
            await self._fill_lists(self.lists)
        return relationship

    def block_town(self, town: str) -> BlockTownDialog:
        dialog = BlockTownDialog(town, self.window)
        self._when_agreed(dialog, lambda: self._block_town(town))
        self._show(dialog)
        return dialog

    async def _block_town(self, town: str) -> None:
        session, account_id = self.window.session, self._account_id()
        if session is None or account_id is None:
            return
        try:
            await session.safety(account_id).block_town(town)
        except SafetyProblem as problem:
            self._refused(problem.user_message)
            return
        suffix = "@" + town.lower()
        for view in self._lists_on_screen():
            for row in list(view.model.rows):
                status = row.item.status
                authors = [status.account, *([status.reblog.account] if status.reblog else [])]
                if any((a.acct or "").lower().endswith(suffix) for a in authors):
                    view.remove_post(status.id)
        self._say(fill(self.tr("You blocked the town %1."), town))
        if self.lists is not None:
            await self._fill_lists(self.lists)

    async def ask_unfollow(self, person: RemoteAccount) -> bool:
        """ "Stop following Ann?" (True when the person agreed)."""
        dialog = UnfollowDialog(person.name, self.window)
        future: asyncio.Future[bool] = asyncio.get_running_loop().create_future()

        def done(result: int) -> None:
            if not future.done():
                future.set_result(result == QDialog.DialogCode.Accepted)

        dialog.finished.connect(done)
        self._show(dialog)
        return await future

    # ------------------------------------------------------------------ report

    def report_person(self, acct: str, post_id: str | None = None) -> ReportDialog:
        window = self.window
        own = window.account.server_domain if window.account is not None else ""
        their = town_of(acct, own)
        dialog = ReportDialog(
            self._name_of(acct), own, their if their != own.lower() else None, window
        )
        person: list[RemoteAccount] = []

        async def fill_in() -> None:
            session, account_id = window.session, self._account_id()
            if session is None or account_id is None:
                return
            safety = session.safety(account_id)
            found = await self._person(acct)
            try:
                rules = await safety.rules()
                posts = await safety.recent_posts(found[0]) if found is not None else []
            except SafetyProblem as problem:
                with contextlib.suppress(RuntimeError):
                    dialog.show_problem(problem.user_message)
                return
            with contextlib.suppress(RuntimeError):
                if found is not None:
                    person.append(found[0])
                dialog.set_rules(rules)
                dialog.set_posts(posts)
                if post_id is not None:
                    dialog.check_post(post_id)

        def send() -> Coroutine[Any, Any, None]:
            # read now: the dialog goes away once answered
            return self._report(
                person[0] if person else None,
                dialog.reason(),
                dialog.chosen_posts(),
                dialog.comment_text(),
                not dialog.forward.isHidden() and dialog.forward.isChecked(),
                own,
            )

        self._when_agreed(dialog, send)
        self._show(dialog)
        self.spawn(fill_in())
        return dialog

    async def _report(  # noqa: PLR0917 (what the dialog said)
        self,
        person: RemoteAccount | None,
        reason: ReportReason | None,
        post_ids: list[str],
        comment: str,
        forward: bool,
        own: str,
    ) -> None:
        if reason is None or person is None:
            return
        session, account_id = self.window.session, self._account_id()
        if session is None or account_id is None:
            return
        try:
            await session.safety(account_id).report(
                person, reason, post_ids=post_ids, comment=comment, forward=forward
            )
        except SafetyProblem as problem:
            self._refused(problem.user_message)
            return
        self._say(fill(self.tr("Thank you. The team of %1 will look at your report."), own))

    # ------------------------------------------------------------------ on screen

    def _lists_on_screen(self) -> list[TimelineView]:
        return [
            v for v in self.window.all_timeline_views() if not isinstance(v.parent(), ProfileView)
        ]

    def _take_off_screen(self, person_id: str) -> None:
        for view in self._lists_on_screen():
            for row in list(view.model.rows):
                status = row.item.status
                if status.account.id == person_id or (
                    status.reblog is not None and status.reblog.account.id == person_id
                ):
                    view.remove_post(status.id)

    def _profiles(self) -> list[ProfileView]:
        pages = getattr(self.window, "pages", None)
        if pages is None:
            return []
        return [w for n in range(pages.count()) if isinstance(w := pages.widget(n), ProfileView)]

    def _update_profiles(self, person_id: str, relationship: Relationship) -> None:
        for view in self._profiles():
            if view.person is not None and view.person.id == person_id:
                view.set_relationship(relationship)
                self.profile_ready(view)

    def profile_ready(self, view: ProfileView) -> None:
        """Put Unmute / Unblock and a "More" menu (mute, block, report, block the town) on
        a profile, as its relationship says."""
        if view.own or view.person is None:
            return
        buttons: dict[str, QPushButton | QToolButton] | None = getattr(view, "safety_buttons", None)
        if not isinstance(buttons, dict):
            header = view.follow_button.parentWidget()
            layout = _layout_holding(header.layout() if header else None, view.follow_button)
            if layout is None:
                return
            unmute = QPushButton(self.tr("Unmute"), view.follow_button.parentWidget())
            unmute.setObjectName("unmuteButton")
            unblock = QPushButton(self.tr("Unblock"), view.follow_button.parentWidget())
            unblock.setObjectName("unblockButton")
            more = QToolButton(view.follow_button.parentWidget())
            more.setObjectName("profileMoreButton")
            more.setText("⋯ " + self.tr("More"))
            more.setAccessibleName(self.tr("More: mute, block or report"))
            more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            menu = QMenu(more)
            more.setMenu(menu)
            menu.aboutToShow.connect(lambda: self._fill_profile_menu(view, menu))
            at = layout.indexOf(view.follow_button) + 1
            for n, widget in enumerate((unmute, unblock, more)):
                widget.setMinimumHeight(36)
                layout.insertWidget(at + n, widget)
            # Tab reaches them right after Follow, where they are (made last, they came
            # after the posts: issue 13).
            previous: QWidget = view.follow_button
            for widget in (unmute, unblock, more):
                QWidget.setTabOrder(previous, widget)
                previous = widget
            unmute.clicked.connect(lambda: self._undo_on(view, mute=True))
            unblock.clicked.connect(lambda: self._undo_on(view, mute=False))
            buttons = {"unmute": unmute, "unblock": unblock, "more": more}
            view.safety_buttons = buttons  # type: ignore[attr-defined]
        relationship = view.relationship
        buttons["unmute"].setVisible(bool(relationship and relationship.muting))
        buttons["unblock"].setVisible(bool(relationship and relationship.blocking))
        name = view.person.name
        buttons["unmute"].setAccessibleName(fill(self.tr("Unmute %1"), name))
        buttons["unblock"].setAccessibleName(fill(self.tr("Unblock %1"), name))

    def _undo_on(self, view: ProfileView, *, mute: bool) -> None:
        if view.person is not None:
            person_id = view.person.id
            self.spawn(self.unmute(person_id) if mute else self.unblock(person_id))

    def _fill_profile_menu(self, view: ProfileView, menu: QMenu) -> None:
        menu.clear()
        person, window = view.person, self.window
        if person is None or window.account is None:
            return
        acct = person.acct or person.username
        rel = view.relationship
        if rel is not None and rel.muting:
            menu.addAction(self.tr("Unmute")).triggered.connect(
                lambda: self._undo_on(view, mute=True)
            )
        else:
            menu.addAction(self.tr("Mute…")).triggered.connect(lambda: self.mute_person(acct))
        if rel is not None and rel.blocking:
            menu.addAction(self.tr("Unblock")).triggered.connect(
                lambda: self._undo_on(view, mute=False)
            )
        else:
            menu.addAction(self.tr("Block…")).triggered.connect(lambda: self.block_person(acct))
        menu.addAction(self.tr("Report…")).triggered.connect(lambda: self.report_person(acct))
        town = town_of(acct, window.account.server_domain)
        if town != window.account.server_domain.lower():
            menu.addAction(fill(self.tr("Block the whole town %1…"), town)).triggered.connect(
                lambda: self.block_town(town)
            )

    # ------------------------------------------------------------------ lists

    def open_lists(self) -> SafetyListsDialog | None:
        window = self.window
        if window.account is None:
            return None
        dialog = SafetyListsDialog(window.account.server_domain, window)
        dialog.unmute.connect(lambda pid: self.spawn(self.unmute(pid)))
        dialog.unblock.connect(lambda pid: self.spawn(self.unblock(pid)))
        dialog.unblock_town.connect(lambda town: self.spawn(self._unblock_town(town)))
        dialog.block_town.connect(self.block_town)
        dialog.finished.connect(lambda _r: setattr(self, "lists", None))
        self.lists = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.spawn(self._fill_lists(dialog))
        return dialog

    async def _fill_lists(self, dialog: SafetyListsDialog) -> None:
        session, account_id = self.window.session, self._account_id()
        if session is None or account_id is None:
            return
        safety = session.safety(account_id)
        try:
            muted = await safety.muted()
            blocked = await safety.blocked()
            towns = await safety.blocked_towns()
        except SafetyProblem as problem:
            with contextlib.suppress(RuntimeError):
                dialog.show_message(problem.user_message)
            return
        with contextlib.suppress(RuntimeError):
            dialog.show_message("")
            dialog.set_muted(muted)
            dialog.set_blocked(blocked)
            dialog.set_towns(towns)

    async def _unblock_town(self, town: str) -> None:
        session, account_id = self.window.session, self._account_id()
        if session is None or account_id is None:
            return
        try:
            await session.safety(account_id).unblock_town(town)
        except SafetyProblem as problem:
            self._refused(problem.user_message)
            return
        self._say(fill(self.tr("You unblocked the town %1."), town))
        if self.lists is not None:
            await self._fill_lists(self.lists)

    # ------------------------------------------------------------------ hidden words

    def wire(self, view: TimelineView) -> None:
        """Give a list of posts its hidden words (the main lists, conversations, profiles)."""
        context = _CONTEXTS.get(view.objectName())
        parent = view.parent()
        if isinstance(parent, ProfileView):
            context = "account"
        elif isinstance(parent, ThreadView):
            context = "thread"
        if context is not None:
            view.model.screen = screen_with(self._verdict, context)

    def _words(self) -> HiddenWords | None:
        session, account_id = self.window.session, self._account_id()
        if session is None or account_id is None or session.get(account_id) is None:
            return None
        return session.hidden_words(account_id)

    def _verdict(self, status: Status, context: str) -> Any:
        words = self._words()
        return words.screen(status, context) if words is not None else None

    def screen_notifications(self, items: list[NotificationItem]) -> list[NotificationItem]:
        """Notifications without those about posts the hidden words hide ("Notifications"
        ticked, "Don't show the post at all"); those the words only warn about are folded
        in the list ("Hidden because it mentions “word”. Show anyway"), as in the timelines."""
        words = self._words()
        if words is None or not items:
            return items
        model = self.window.notifications_view.model
        kept = []
        for item in items:
            status = item.notification.status
            verdict = words.screen(status, "notifications") if status is not None else None
            if verdict is None or verdict.action != "hide":
                kept.append(item)
            model.set_folded(item.id, verdict.words if verdict is not None else ())
        return kept

    def account_shown(self, account_id: int) -> None:
        """The account on screen changed: read its hidden words (once)."""
        words = self._words()
        if words is None or words.loaded:
            return

        async def load() -> None:
            with contextlib.suppress(WordFilterProblem):
                before = list(words.rules)
                await words.load()
                if words.rules != before and self._account_id() == account_id:
                    self._look_again()

        self.window.spawn_for_account(load())

    def _look_again(self) -> None:
        """Show the lists again with the hidden words as they are now."""
        account = self.window.account
        if account is not None:
            self.window.switch_account(account.local_id)

    def open_hidden_words(self) -> HiddenWordsDialog | None:
        words = self._words()
        if words is None:
            return None
        dialog = HiddenWordsDialog(self.window)
        dialog.save_requested.connect(
            lambda rule, w, c, a, s: self.spawn(self._save_words(dialog, rule, w, c, a, s))
        )
        dialog.remove_requested.connect(lambda rule: self.spawn(self._remove_words(dialog, rule)))
        dialog.finished.connect(lambda _r: setattr(self, "hidden", None))
        self.hidden = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.set_rules(words.rules, local=words.local)
        dialog.open()

        async def load() -> None:
            try:
                await words.load()
            except WordFilterProblem as problem:
                with contextlib.suppress(RuntimeError):
                    dialog.show_problem(problem.user_message)
                return
            with contextlib.suppress(RuntimeError):
                dialog.set_rules(words.rules, local=words.local)

        self.spawn(load())
        return dialog

    async def _save_words(  # noqa: PLR0917 (what the dialog's signal carries)
        self,
        dialog: HiddenWordsDialog,
        rule: Rule | None,
        words_list: list[str],
        contexts: list[str],
        action: str,
        seconds: int,
    ) -> None:
        words = self._words()
        if words is None:
            return
        chosen: Literal["warn", "hide"] = "hide" if action == "hide" else "warn"
        try:
            if rule is None:
                await words.add(words_list, contexts, chosen, seconds or None)
            else:
                await words.change(rule, words_list, contexts, chosen, seconds or None)
        except WordFilterProblem as problem:
            with contextlib.suppress(RuntimeError):
                dialog.show_problem(problem.user_message)
            return
        with contextlib.suppress(RuntimeError):
            dialog.set_rules(words.rules, local=words.local)
        self._look_again()

    async def _remove_words(self, dialog: HiddenWordsDialog, rule: Rule) -> None:
        words = self._words()
        if words is None:
            return
        try:
            await words.remove(rule)
        except WordFilterProblem as problem:
            with contextlib.suppress(RuntimeError):
                dialog.show_problem(problem.user_message)
            return
        with contextlib.suppress(RuntimeError):
            dialog.set_rules(words.rules, local=words.local)
        self._look_again()

    # ------------------------------------------------------------------ leaving

    def log_out(self, account_id: int | None = None) -> LogOutDialog | None:
        return self._leave(account_id, remove=False)

    def remove_account(self, account_id: int | None = None) -> LogOutDialog | None:
        return self._leave(account_id, remove=True)

    def _leave(self, account_id: int | None, *, remove: bool) -> LogOutDialog | None:
        window, session = self.window, self.window.session
        account_id = account_id if account_id is not None else self._account_id()
        if session is None or account_id is None:
            return None
        account = session.db.accounts.get(account_id)
        if account is None:
            return None
        backup = None
        if remove and account.role is AccountRole.MAIN:
            usable = [
                b for b in session.db.accounts.backups(account_id) if b.state is AccountState.ACTIVE
            ]
            backup = usable[0].handle if usable else None
        dialog = LogOutDialog(
            account.handle, account.server_domain, remove=remove, backup=backup, parent=window
        )
        dialog.set_waiting(session.waiting_posts(account_id))
        remove_listener = session.outbox.add_listener(
            lambda change: self._waiting_changed(dialog, account_id, change)
        )
        dialog.finished.connect(lambda _r: remove_listener())
        dialog.send_first.connect(lambda: self._send_first(dialog, account_id))
        self._when_agreed(
            dialog,
            lambda: self._log_out(account_id, remove, dialog.drop_waiting.isChecked()),
        )
        self._show(dialog)
        return dialog

    def _waiting_changed(self, dialog: LogOutDialog, account_id: int, change: OutboxChange) -> None:
        session = self.window.session
        if session is None or (change.item is not None and change.item.account_id != account_id):
            return
        with contextlib.suppress(RuntimeError):
            left = session.waiting_posts(account_id)
            if left == 0:
                dialog.sending_done()
                dialog.set_waiting(0, self.tr("All the waiting posts were sent."))
            elif change.kind in ("retrying", "needs_attention"):
                dialog.sending_done()
                dialog.set_waiting(
                    left,
                    self.tr("They could not be sent yet. They are still saved on this computer."),
                )
            elif left != dialog.waiting:
                dialog.set_waiting(left)

    def _send_first(self, dialog: LogOutDialog, account_id: int) -> None:
        session = self.window.session
        if session is None:
            return
        dialog.set_waiting(dialog.waiting, self.tr("Sending them now…"))
        session.send_waiting_now()

    async def _log_out(self, account_id: int, remove: bool, drop_waiting: bool) -> None:
        window, session = self.window, self.window.session
        if session is None:
            return
        account = session.db.accounts.get(account_id)
        handle = account.handle if account is not None else ""
        showing = window.account is not None and window.account.local_id == account_id
        if showing:  # its lists let go of its saved posts first (they are about to go)
            window._clear_details()
            for view in window.all_timeline_views():
                if view.timeline is not None and view.timeline.account_id == account_id:
                    view.close_timeline()
                    view.model.clear()
        try:
            promoted = await session.log_out(account_id, remove=remove, drop_waiting=drop_waiting)
        except SessionProblem as problem:
            self._refused(problem.user_message)
            if showing:
                window.switch_account(account_id)
            return
        select = promoted.local_id if promoted is not None else None
        if showing:
            window.account = None
        window.reload_accounts(select=select if showing else self._account_id())
        if remove:
            text = fill(self.tr("%1 was removed from Townsfolk."), "@" + handle)
        else:
            text = fill(self.tr("You logged out of %1."), "@" + handle)
        if promoted is not None:
            text += " " + fill(self.tr("%1 is now your main account."), "@" + promoted.handle)
        window.statusBar().showMessage(text, 15000)
        self._update_menu()
