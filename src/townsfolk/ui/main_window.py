"""The main window: reading, posting, notifications, and offline use.

Layout::

    ┌ side ───────────────┐┌ banner (offline, refusals, outages) ───────────────────┐
    │ account switcher    ││ ← Back   Title                                          │
    │ [ Write a post ]    ││                                                         │
    │ People you follow   ││   the page: a timeline, notifications, search, or a     │
    │ Your town (…)       ││   profile / conversation / hashtag opened from a post   │
    │ Everywhere          ││                                                         │
    │ Notifications · 2   ││                                                         │
    │ Saved posts, Search ││                                                         │
    └─────────────────────┘└─────────────────────────────────────────────────────────┘
    status bar: "1 post waiting to be sent"

Without an account (or before :meth:`MainWindow.use_session`) the window shows a friendly
empty state with an "Add an account" button (``add_account_requested``: the app opens the
welcome wizard there).

The window's work is split by what it does into ``ui/window/`` (see its ``__init__``): menus,
accounts, the reading page, places and pages, posts, writing, notifications, towns that are
down, opened pages and the window's size. This module keeps the window itself: its signals,
the session, background tasks, looking for new posts, settings and closing; the parts'
functions are bound here as the window's methods, so ``window.toggle(...)``,
``window.show_place(...)`` and the rest are the window's own.

Reading never waits on the network: every view shows what is saved at once, then asks the
town (a QTimer polls every ``settings.refresh_interval`` seconds). Actions on posts flip at
once and quietly flip back, with the reason in the banner, when the town refuses. Posts go
through the outbox, which keeps them until the town confirmed them.

Hooks for other work:
    - wizard: ``add_account_requested`` (signal); after an account was added, ``await
      window.add_account(account_id)`` shows it and makes it current.
    - failover: ``window.banner.show_message(key, text, kind=..., action_text=...)`` and
      ``banner.action_clicked(key)``; ``window.switch_account(id)`` (never waits);
      ``window.switcher.set_note(id, "not answering")``; ``account_changed(id)`` tells which
      account the person picked; ``town_status_requested`` (menu "How the towns are doing").
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Coroutine
from typing import Any

from PySide6.QtCore import QSettings, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QMainWindow, QPushButton, QStackedWidget, QSystemTrayIcon, QWidget

from townsfolk.api.entities import Status
from townsfolk.cache import Account
from townsfolk.services.session import AccountSession, Session
from townsfolk.services.settings import Settings
from townsfolk.services.timelines import OFFLINE_MESSAGE
from townsfolk.ui.account_switcher import AccountSwitcher
from townsfolk.ui.banner import Banner
from townsfolk.ui.compose import ComposeWindow
from townsfolk.ui.help_window import HelpWindow, open_help
from townsfolk.ui.kinds.hook import KindsHook
from townsfolk.ui.links import desktop_open
from townsfolk.ui.lists.places import ListsPlaces
from townsfolk.ui.media_viewer import MediaViewer
from townsfolk.ui.navigation import NavigationList
from townsfolk.ui.notifications_view import NotificationsView
from townsfolk.ui.profile_edit import ProfileEditDialog
from townsfolk.ui.safe_text import PlainLabel
from townsfolk.ui.safety import SafetyActions
from townsfolk.ui.search_view import SearchView
from townsfolk.ui.style import ScaledLabel
from townsfolk.ui.tasks import wait_for_all
from townsfolk.ui.timeline import ImageStore, TimelineView
from townsfolk.ui.town_status import TownStatusDialog
from townsfolk.ui.window import (
    accounts,
    failover,
    fill_in,
    geometry,
    menus,
    notifications,
    opened_pages,
    places,
    post_actions,
    posting,
    reading_page,
)
from townsfolk.ui.window.widgets import BigButton, EmptyState

log = logging.getLogger("townsfolk.ui.main_window")


class MainWindow(QMainWindow):
    """Townsfolk's main window (see the module docstring)."""

    # Emitted with the new text size (percent) when the user changes it.
    text_scale_requested = Signal(int)
    # Emitted when the person asks for the settings window.
    settings_requested = Signal()
    # The person wants to add an account (the app opens the welcome wizard).
    add_account_requested = Signal()
    # The person wants a backup account in a second town (the app opens the wizard).
    add_backup_requested = Signal()
    # The account menu was filled again (an account was added or removed).
    accounts_listed = Signal()
    # The person picked another account (local id).
    account_changed = Signal(int)
    # The person asked how the towns are doing (for the failover work's status page).
    town_status_requested = Signal()

    SETTINGS_GROUP = "MainWindow"

    # The menus' actions (ui/window/menus.py makes them).
    write_action: QAction
    add_account_action: QAction
    add_backup_action: QAction
    quit_action: QAction
    settings_action: QAction
    place_actions: dict[str, QAction]
    back_action: QAction
    refresh_action: QAction
    own_profile_action: QAction
    edit_profile_action: QAction
    people_to_follow_action: QAction
    town_status_action: QAction
    larger_action: QAction
    smaller_action: QAction
    normal_action: QAction
    how_action: QAction
    shortcuts_action: QAction
    words_action: QAction
    about_action: QAction
    # The help page open now (for tests).
    help_window: HelpWindow | None
    # The reading page's widgets (ui/window/reading_page.py makes them).
    main_page: QWidget
    switcher: AccountSwitcher
    write_button: BigButton
    navigation: NavigationList
    lists: ListsPlaces
    back_button: QPushButton
    title: ScaledLabel
    subtitle: PlainLabel
    pages: QStackedWidget
    notifications_view: NotificationsView
    search_view: SearchView
    find_people_button: QPushButton
    # The picture viewer and "Edit my profile" opened last (ui/window/opened_pages.py).
    media_viewer: MediaViewer
    profile_editor: ProfileEditDialog

    def __init__(self, text_scale: int = 100, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Townsfolk"))
        self.setObjectName("mainWindow")
        self.text_scale = text_scale
        self.session: Session | None = None
        self.settings = Settings()
        self.account: Account | None = None
        self.offline = False
        self.views: dict[str, TimelineView] = {}
        self.compose: ComposeWindow | None = None
        self.images: ImageStore | None = None
        self._details: list[tuple[QWidget, str]] = []
        self._tasks: set[asyncio.Task[Any]] = set()
        self._account_tasks: set[asyncio.Task[Any]] = set()
        self._generation = 0
        self._polling: asyncio.Task[Any] | None = None
        self._refreshed: set[str] = set()
        self._remove_outbox_listener: Callable[[], None] | None = None
        self._remove_failover_listeners: list[Callable[[], None]] = []
        self._bridge = failover.Bridge(self)
        self._bridge.carried.connect(self._failover_event, Qt.ConnectionType.QueuedConnection)
        self.town_status: TownStatusDialog | None = None
        self._tray: QSystemTrayIcon | None = None
        # Replaceable in tests: opening web links, asking before deleting, editing text,
        # and showing a desktop notification.
        self.open_url: Callable[[QUrl], object] = desktop_open
        self.confirm_delete: Callable[[Status], bool] = self._ask_delete
        self.ask_edit: Callable[[str], str | None] = self._ask_edit
        self.desktop_notify: Callable[[str, str], None] = self._desktop_notify
        self._loading_notifications = False

        self.root = QStackedWidget(self)
        self.empty_state = EmptyState(self.root)
        self.empty_state.add_account_requested.connect(self.add_account_requested)
        self.root.addWidget(self.empty_state)
        self.setCentralWidget(self.root)
        self.banner = Banner(self)
        self.banner.action_clicked.connect(self._banner_action)
        self.banner.second_clicked.connect(self._banner_second)
        self.town_status_requested.connect(self.open_town_status)

        self.waiting_button = QPushButton(self)
        self.waiting_button.setObjectName("waitingButton")
        self.waiting_button.setFlat(True)
        self.waiting_button.clicked.connect(self.show_waiting)
        self.waiting_button.hide()
        self.statusBar().addPermanentWidget(self.waiting_button)

        self.poll_timer = QTimer(self)
        self.poll_timer.timeout.connect(self.poll_now)
        menus.build_menus(self)
        # Mute, block, report, hidden words, log out (``ui/safety.py``).
        self.safety = SafetyActions(self)
        menus.set_account_actions_enabled(self, False)
        self.fit_to_screen()

    # Menus and shortcuts (ui/window/menus.py) -----------------------------------------------------

    show_about = menus.show_about

    def show_help(self, key: str) -> HelpWindow:
        """A help page ("how", "shortcuts", "words") in its own window."""
        self.help_window = open_help(self, key)
        return self.help_window

    # The reading page (ui/window/reading_page.py) -------------------------------------------------

    _wire = reading_page.wire

    # Using a session ------------------------------------------------------------------------------

    def use_session(self, session: Session, settings: Settings | None = None) -> None:
        """Show the session's accounts (or the empty state when there are none). Call on
        the running event loop; nothing here waits on the network."""
        self.session = session
        if settings is not None:
            self.settings = settings
        reading_page.build_main_page(self)
        # what kind of server people live on, and posts shown as what they are (issue 15)
        old_kinds: KindsHook | None = getattr(self, "kinds", None)
        if old_kinds is not None:
            old_kinds.close()
        self.kinds = KindsHook(
            session.db,
            session.make_client,
            self.spawn,
            # the practice window asks only its own towns; they never leave this computer
            serves=(
                (lambda host: host.endswith(".practice"))
                if self.objectName() == "practiceWindow"
                else (lambda host: True)
            ),
            parent=self,
        )
        self._remove_outbox_listener = session.outbox.add_listener(self._outbox_changed)
        session.switch_back = self.settings.switch_back
        session.housekeeping.configure(self.settings)
        self._remove_failover_listeners = [
            session.failover.add_listener(self._bridge.carried.emit),
            session.follow_sync.add_listener(self._bridge.carried.emit),
        ]
        self.poll_timer.setInterval(self.settings.refresh_interval * 1000)
        if session.notice:
            self.banner.show_message("storage", session.notice, kind="warning")
        self.reload_accounts()

    @property
    def prepared(self) -> AccountSession | None:
        if self.session is None or self.account is None:
            return None
        return self.session.get(self.account.local_id)

    # Accounts (ui/window/accounts.py) -------------------------------------------------------------

    reload_accounts = accounts.reload_accounts
    add_account = accounts.add_account
    accounts_changed = accounts.accounts_changed
    switch_account = accounts.switch_account
    _account_chosen = accounts.account_chosen
    _load_avatar = accounts.load_avatar

    # Places and the pages opened on top (ui/window/places.py) -------------------------------------

    place_title = places.place_title
    place_subtitle = places.place_subtitle
    show_place = places.show_place
    current_page_key = places.current_page_key
    push_detail = places.push_detail
    go_back = places.go_back
    all_timeline_views = places.all_timeline_views
    _set_title = places.set_title
    _show_page = places.show_page
    _page_subtitle = places.page_subtitle
    _clear_details = places.clear_details
    _detail_images = places.detail_images

    # Tasks ----------------------------------------------------------------------------------------

    def spawn(self, coroutine: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        """Run a coroutine on the loop; failures are logged, never shown as a traceback."""
        task = asyncio.ensure_future(coroutine)
        self._tasks.add(task)
        task.add_done_callback(self._task_done)
        return task

    def spawn_for_account(self, coroutine: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        """Like :meth:`spawn`, cancelled when the account changes."""
        task = self.spawn(coroutine)
        self._account_tasks.add(task)
        task.add_done_callback(self._account_tasks.discard)
        return task

    def _task_done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if task.cancelled():
            return
        error = task.exception()
        if error is not None:
            log.error("a background task failed", exc_info=error)
            with contextlib.suppress(RuntimeError):
                self.banner.show_message(
                    "bug",
                    self.tr(
                        "Something went wrong inside Townsfolk. Nothing was lost; if it "
                        "happens again, please restart Townsfolk."
                    ),
                    kind="error",
                )

    async def wait_idle(self) -> None:
        """Wait until every background task has finished (for tests and quitting)."""
        await wait_for_all(self._tasks)

    # Refreshing -----------------------------------------------------------------------------------

    def poll_now(self) -> None:
        """Look for new posts and notifications (the timer calls this)."""
        if self.prepared is None:
            return
        if self._polling is not None and not self._polling.done():
            return
        self._polling = self.spawn_for_account(self.refresh_all())

    async def refresh_all(self) -> None:
        keys = ["home"]
        current = self.current_page_key()
        if current in self.views and current not in keys:
            keys.append(current)
        jobs = [self.refresh_timeline(k) for k in keys]
        jobs.append(self.refresh_notifications())
        await asyncio.gather(*jobs)

    async def refresh_timeline(self, key: str) -> None:
        view = self.views.get(key)
        if view is None or view.timeline is None:
            return
        generation = self._generation
        self._refreshed.add(key)
        result = await view.timeline.refresh()
        if generation != self._generation or result.dropped:
            return
        if result.error is None:
            view.message.hide()
            failover.set_offline(self, False)
        elif result.error == OFFLINE_MESSAGE:
            down = await failover.down_after_checks(self, view.timeline.client.base_url)
            if generation != self._generation:
                return  # e.g. the failover service switched to the backup meanwhile
            if down is not None:
                # Not offline: this one town is not answering (another one does).
                view.show_message(
                    fill_in(self.tr("%1 is not answering; showing saved posts."), down)
                )
            else:
                view.message.hide()  # the banner says it
                failover.set_offline(self, True)

    # Towns that are down (ui/window/failover.py) --------------------------------------------------

    _failover_event = failover.carried_event
    _banner_action = failover.banner_action
    _banner_second = failover.banner_second
    _town_down_while_others_answer = failover.town_down_while_others_answer
    showing_saved_only = failover.showing_saved_only
    saved_posts_note = failover.saved_posts_note
    answer_switch_back = failover.answer_switch_back
    set_user_typing = failover.set_user_typing
    waiting_on_down_main = failover.waiting_on_down_main
    post_waiting_from_backup = failover.post_waiting_from_backup
    backup_choices = failover.backup_choices
    set_follow_same = failover.set_follow_same
    open_town_status = failover.open_town_status
    _town_status_closed = failover.town_status_closed

    # Notifications (ui/window/notifications.py) ---------------------------------------------------

    refresh_notifications = notifications.refresh
    _load_older_notifications = notifications.load_older
    _notifications_seen = notifications.seen
    _desktop_notify = notifications.desktop_notify
    _tray_clicked = notifications.tray_clicked

    # Posts on screen and actions on posts (ui/window/post_actions.py) -----------------------------

    find_post = post_actions.find_post
    update_post = post_actions.update_post
    remove_post = post_actions.remove_post
    is_own = post_actions.is_own
    toggle = post_actions.toggle
    usable_backup = post_actions.usable_backup
    vote = post_actions.vote
    more_menu = post_actions.more_menu
    show_more = post_actions.show_more
    copy_link = post_actions.copy_link
    open_in_browser = post_actions.open_in_browser
    open_link = post_actions.open_link
    delete_post = post_actions.delete_post
    edit_post = post_actions.edit_post
    _ask_delete = post_actions.ask_delete
    _ask_edit = post_actions.ask_edit

    # Writing (ui/window/posting.py) ---------------------------------------------------------------

    compose_limits = posting.compose_limits
    open_compose = posting.open_compose
    reply_context = posting.reply_context
    reply_to = posting.reply_to
    show_waiting = posting.show_waiting
    waiting_count = posting.waiting_count
    _compose_submitted = posting.compose_submitted
    _compose_gone = posting.compose_gone
    _compose_text_changed = posting.compose_text_changed
    _outbox_changed = posting.outbox_changed
    _update_waiting = posting.update_waiting

    # Profiles, conversations, hashtags, search, pictures (ui/window/opened_pages.py) --------------

    open_profile = opened_pages.open_profile
    open_own_profile = opened_pages.open_own_profile
    open_people_of = opened_pages.open_people_of
    open_people_to_follow = opened_pages.open_people_to_follow
    open_profile_editor = opened_pages.open_profile_editor
    set_following = opened_pages.set_following
    open_thread = opened_pages.open_thread
    open_tag = opened_pages.open_tag
    open_media = opened_pages.open_media
    search = opened_pages.search
    _person_on_screen = opened_pages.person_on_screen
    _refresh_home_after_follow = opened_pages.refresh_home_after_follow
    _is_showing = opened_pages.is_showing

    # Settings -------------------------------------------------------------------------------------

    def apply_settings(self, settings: Settings) -> None:
        """Sensitive pictures and how often to look for new posts, applied at once."""
        changed_sensitive = settings.show_sensitive_media != self.settings.show_sensitive_media
        self.settings = settings
        self.poll_timer.setInterval(settings.refresh_interval * 1000)
        if self.session is not None:
            self.session.switch_back = settings.switch_back
            self.session.housekeeping.configure(settings)
        if changed_sensitive:
            for view in self.all_timeline_views():
                view.delegate.show_sensitive = settings.show_sensitive_media
                view.delegate.clear_caches()
                view.relayout()
        if self.compose is not None:
            self.compose.remind_picture_descriptions = settings.remind_picture_descriptions

    # Remembered size (ui/window/geometry.py) ------------------------------------------------------

    #: The size the window opens with when it has none remembered (at most 90 % of the screen).
    DEFAULT_SIZE = geometry.DEFAULT_SIZE

    restore_geometry_from = geometry.restore_geometry
    fit_to_screen = geometry.fit_to_screen
    save_geometry_to = geometry.save_geometry

    def closeEvent(self, event: QCloseEvent) -> None:
        window_settings = getattr(self, "window_settings", None)
        if isinstance(window_settings, QSettings):
            self.save_geometry_to(window_settings)
        if self.compose is not None:
            self.compose.close()
        super().closeEvent(event)

    async def aclose(self) -> None:
        """Stop looking for posts and let go of everything in flight (before quitting)."""
        self.poll_timer.stop()
        if getattr(self, "kinds", None) is not None:
            self.kinds.close()  # ui/kinds: this session's facts are no longer asked
        if self._remove_outbox_listener is not None:
            self._remove_outbox_listener()
            self._remove_outbox_listener = None
        for remove in self._remove_failover_listeners:
            remove()
        self._remove_failover_listeners = []
        if self.town_status is not None:
            self.town_status.close()
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)
        stores = {}
        for view in self.all_timeline_views():
            view.close_timeline()
            stores[id(view.images)] = view.images
        if self.images is not None:
            stores[id(self.images)] = self.images
        for store in stores.values():
            await store.aclose()
