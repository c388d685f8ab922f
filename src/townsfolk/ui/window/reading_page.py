"""The main window's reading page: the side panel (account switcher, "Write a post", the
places and lists) and, beside it, the banner, the page header and the pages (the timelines,
notifications, search, and pages opened on top).

:func:`build_main_page` makes the widgets as attributes of the window (``window.switcher``,
``window.navigation``, ``window.pages``, ``window.views["home"]``…); :func:`wire` connects a
list of posts to the window (``MainWindow._wire``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from townsfolk.ui import people_pages
from townsfolk.ui.account_switcher import AccountSwitcher
from townsfolk.ui.lists.places import ListsPlaces
from townsfolk.ui.navigation import NavigationList, SidePanel
from townsfolk.ui.notifications_view import NotificationsView
from townsfolk.ui.safe_text import PlainLabel
from townsfolk.ui.search_view import SearchView
from townsfolk.ui.style import ScaledLabel
from townsfolk.ui.timeline import ImageStore, TimelineView
from townsfolk.ui.window.widgets import BigButton

if TYPE_CHECKING:
    from townsfolk.ui.main_window import MainWindow

__all__ = ["TIMELINE_PLACES", "build_main_page", "wire"]

# lupdate collects calls named ``translate`` whose context is written out (the texts keep
# the context "MainWindow" they had in ui/main_window.py).
translate = QCoreApplication.translate

# The places that are lists of posts (each a TimelineView in ``window.views``).
TIMELINE_PLACES = ("home", "local", "everywhere", "bookmarks")


def build_main_page(window: MainWindow) -> None:
    """The side panel and the pages, made once the window has a session."""
    assert window.session is not None
    window.images = ImageStore(window.session.media, window)
    page = QWidget(window.root)
    page.setObjectName("mainPage")
    row = QHBoxLayout(page)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(0)

    side = SidePanel(page)
    side.setObjectName("sidePanel")
    side.setStyleSheet(
        "QFrame#sidePanel { border-right: 1px solid palette(mid); }"
        " QListWidget#navigation { background: transparent; }"
        " QPushButton#writeButton { background: #1a5fb4; color: white; border: none;"
        " border-radius: 10px; padding: 10px 16px; }"
        " QPushButton#writeButton:focus { border: 2px solid #99c1f1; }"
    )
    side_layout = QVBoxLayout(side)
    side_layout.setContentsMargins(12, 12, 12, 12)
    side_layout.setSpacing(12)
    window.switcher = AccountSwitcher(side)
    window.switcher.account_chosen.connect(window._account_chosen)
    side_layout.addWidget(window.switcher)
    window.write_button = BigButton(translate("MainWindow", "✎  Write a post"), side)
    window.write_button.setObjectName("writeButton")
    window.write_button.setAccessibleName(translate("MainWindow", "Write a post"))
    window.write_button.setToolTip(translate("MainWindow", "Write a post (Ctrl+N)"))
    window.write_button.setMinimumHeight(48)
    window.write_button.clicked.connect(lambda _checked=False: window.open_compose())
    side_layout.addWidget(window.write_button)
    window.navigation = NavigationList(side)
    window.navigation.place_chosen.connect(window.show_place)
    side_layout.addWidget(window.navigation, 1)
    window.lists = ListsPlaces(window)
    side_layout.addWidget(window.lists.new_button)
    row.addWidget(side)

    right = QWidget(page)
    right_layout = QVBoxLayout(right)
    right_layout.setContentsMargins(0, 0, 0, 0)
    right_layout.setSpacing(0)
    window.banner.setParent(right)
    right_layout.addWidget(window.banner)
    header = QFrame(right)
    header.setObjectName("pageHeader")
    header.setStyleSheet("QFrame#pageHeader { border-bottom: 1px solid palette(mid); }")
    header_row = QHBoxLayout(header)
    header_row.setContentsMargins(12, 8, 12, 8)
    window.back_button = QPushButton(translate("MainWindow", "← Back"), header)
    window.back_button.setObjectName("backButton")
    window.back_button.setAccessibleName(translate("MainWindow", "Back"))
    window.back_button.setToolTip(translate("MainWindow", "Back (Alt+Left)"))
    window.back_button.clicked.connect(window.go_back)
    window.back_button.hide()
    window.title = ScaledLabel("", 1.35, header, bold=True)
    window.title.setObjectName("pageTitle")
    window.title.setWordWrap(True)
    window.subtitle = PlainLabel(header)
    window.subtitle.setObjectName("pageSubtitle")
    window.subtitle.setWordWrap(True)
    window.subtitle.setStyleSheet("QLabel#pageSubtitle { color: palette(placeholder-text); }")
    titles = QVBoxLayout()
    titles.setSpacing(2)
    titles.addWidget(window.title)
    titles.addWidget(window.subtitle)
    header_row.addWidget(window.back_button, 0, Qt.AlignmentFlag.AlignTop)
    header_row.addLayout(titles, 1)
    header_row.addWidget(window.lists.edit_button, 0, Qt.AlignmentFlag.AlignTop)
    right_layout.addWidget(header)

    window.pages = QStackedWidget(right)
    for key in TIMELINE_PLACES:
        empty = {
            "home": translate(
                "MainWindow",
                "Posts from the people you follow will show here. Find people to "
                "follow in “Your town” or with Search.",
            ),
            "local": translate(
                "MainWindow", "Posts from people who live in your town will show here."
            ),
            "everywhere": translate(
                "MainWindow", "Posts from every town your town knows will show here."
            ),
            "bookmarks": translate(
                "MainWindow", "Posts you save (with “Save” under a post) will show here."
            ),
        }[key]
        view = TimelineView(town="", images=window.images, empty_text=empty, parent=window.pages)
        view.setObjectName(f"{key}View")
        wire(window, view)
        window.views[key] = view
        window.pages.addWidget(view)
    window.notifications_view = NotificationsView(window.pages, images=window.images)
    window.notifications_view.seen.connect(window._notifications_seen)
    window.notifications_view.open_thread.connect(window.open_thread)
    window.notifications_view.open_profile.connect(window.open_profile)
    window.notifications_view.load_older_requested.connect(window._load_older_notifications)
    window.pages.addWidget(window.notifications_view)
    window.search_view = SearchView(town="", images=window.images, parent=window.pages)
    window.search_view.search_requested.connect(window.search)
    window.search_view.open_profile.connect(window.open_profile)
    window.search_view.open_tag.connect(window.open_tag)
    wire(window, window.search_view.posts)
    window.pages.addWidget(window.search_view)
    people_pages.install_search(window)
    window.find_people_button = people_pages.install_home_offer(window)
    right_layout.addWidget(window.pages, 1)
    row.addWidget(right, 1)
    window.root.addWidget(page)
    window.main_page = page


def wire(window: MainWindow, view: TimelineView) -> None:
    """Connect a list of posts (timeline, thread, profile, search) to the window."""
    view.open_link.connect(window.open_link)
    view.open_profile.connect(window.open_profile)
    view.open_tag.connect(window.open_tag)
    view.open_thread.connect(window.open_thread)
    view.open_media.connect(window.open_media)
    view.reply.connect(window.reply_to)
    view.boost.connect(lambda pid: window.spawn(window.toggle("boost", pid)))
    view.favourite.connect(lambda pid: window.spawn(window.toggle("favourite", pid)))
    view.bookmark.connect(lambda pid: window.spawn(window.toggle("bookmark", pid)))
    view.more.connect(window.show_more)
    view.vote.connect(lambda pid, poll, choices: window.spawn(window.vote(pid, poll, choices)))
    view.delegate.show_sensitive = window.settings.show_sensitive_media
    window.safety.wire(view)
    if window.account is not None:
        view.model.town = window.account.server_domain
