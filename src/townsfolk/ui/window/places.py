"""Places and pages in the main window: the places of the side panel (People you follow,
Your town, Everywhere, Notifications, Saved posts, Search, lists), their titles, and the
stack of pages opened on top of a place (a profile, a conversation, a hashtag) with Back.

Every function takes the window first; :class:`~townsfolk.ui.main_window.MainWindow` binds
them as its methods (``show_place = places.show_place``, ``_set_title = places.set_title``…),
the names the lists, safety and people pages and the tests use.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from townsfolk.ui.lists.places import is_list
from townsfolk.ui.timeline import ImageStore, TimelineView
from townsfolk.ui.window import fill_in, notifications

if TYPE_CHECKING:
    from townsfolk.ui.main_window import MainWindow

# lupdate collects calls named ``translate`` whose context is written out (the texts keep
# the context "MainWindow" they had in ui/main_window.py).
translate = QCoreApplication.translate


def place_title(window: MainWindow, key: str) -> str:
    if is_list(key):
        return window.lists.title(key)
    town = window.account.server_domain if window.account else ""
    return {
        "home": translate("MainWindow", "People you follow"),
        "local": fill_in(translate("MainWindow", "Your town (people on %1)"), town),
        "everywhere": translate("MainWindow", "Everywhere"),
        "notifications": translate("MainWindow", "Notifications"),
        "bookmarks": translate("MainWindow", "Saved posts"),
        "search": translate("MainWindow", "Search"),
    }[key]


def place_subtitle(window: MainWindow, key: str) -> str:
    if is_list(key):
        return window.lists.subtitle(key)
    town = window.account.server_domain if window.account else ""
    return {
        "home": translate("MainWindow", "Posts from the people you follow, in every town."),
        "local": fill_in(
            translate(
                "MainWindow", "Posts from everyone who lives in %1, whether you follow them or not."
            ),
            town,
        ),
        "everywhere": fill_in(
            translate(
                "MainWindow",
                "Posts from people in all the towns %1 knows. Your one account reaches every town.",
            ),
            town,
        ),
        "notifications": translate(
            "MainWindow", "Who answered, favourited or boosted your posts, and who follows you."
        ),
        "bookmarks": translate(
            "MainWindow", "Posts you saved for later. Only you can see this list."
        ),
        "search": "",
    }[key]


def set_title(window: MainWindow, title: str, subtitle: str = "") -> None:
    window.title.setText(title)
    window.title.setAccessibleName(title)
    window.subtitle.setText(subtitle)
    window.subtitle.setAccessibleName(subtitle)
    window.subtitle.setVisible(bool(subtitle))


def show_place(window: MainWindow, key: str) -> None:
    """Open one of the places in the navigation list (also Ctrl+1 … Ctrl+4)."""
    if window.session is None or window.account is None:
        return
    clear_details(window)
    # also the place already current: a page on top may have taken its highlight
    window.navigation.select_quietly(key)
    show_page(window, key)


def show_page(window: MainWindow, key: str) -> None:
    previous = window.current_page_key()
    if previous == "notifications" and key != "notifications":
        window.notifications_view.model.settle_seen()
    if is_list(key):
        window.lists.ensure_view(key)
    window.lists.page_shown(key)
    if key in window.views:
        window.views[key].ensure_attached()
        window.pages.setCurrentWidget(window.views[key])
        if key not in window._refreshed:
            window.spawn_for_account(window.refresh_timeline(key))
    elif key == "notifications":
        window.pages.setCurrentWidget(window.notifications_view)
        notifications.mark_read(window)
    elif key == "search":
        window.pages.setCurrentWidget(window.search_view)
        window.search_view.field.setFocus()
    set_title(window, window.place_title(key), page_subtitle(window, key))
    window.back_button.hide()


def page_subtitle(window: MainWindow, key: str) -> str:
    if window.showing_saved_only() and key != "search":
        return window.saved_posts_note()
    return window.place_subtitle(key)


def current_page_key(window: MainWindow) -> str | None:
    if not hasattr(window, "pages"):
        return None
    widget = window.pages.currentWidget()
    for key, view in window.views.items():
        if widget is view:
            return key
    if widget is window.notifications_view:
        return "notifications"
    if widget is window.search_view:
        return "search"
    return "detail"


def push_detail(window: MainWindow, widget: QWidget, title: str) -> None:
    """Open a page on top of the current one (profile, conversation, hashtag)."""
    window.pages.addWidget(widget)
    window._details.append((widget, title))
    window.lists.page_shown(None)
    window.pages.setCurrentWidget(widget)
    set_title(window, title)
    window.back_button.show()


def go_back(window: MainWindow) -> None:
    if not window._details:
        return
    widget, _ = window._details.pop()
    dispose(window, widget)
    if window._details:
        widget, title = window._details[-1]
        window.pages.setCurrentWidget(widget)
        set_title(window, title)
    else:
        place = window.navigation.current_place() or "home"
        window.navigation.select_quietly(place)  # highlighted again (see show_place)
        show_page(window, place)


def clear_details(window: MainWindow) -> None:
    while window._details:
        widget, _ = window._details.pop()
        dispose(window, widget)
    if hasattr(window, "back_button"):
        window.back_button.hide()


def detail_images(window: MainWindow) -> ImageStore | None:
    """Pictures for a page opened on top: its own store, which goes with the page (the
    timeline view connects to its store's signals for as long as the store lives)."""
    if window.session is None:
        return None
    return ImageStore(window.session.media)


def dispose(window: MainWindow, widget: QWidget) -> None:
    for view in timeline_views_in(widget):
        view.close_timeline()
    window.pages.removeWidget(widget)
    widget.hide()
    stores = {id(v.images): v.images for v in timeline_views_in(widget)}
    stores.pop(id(window.images), None)

    async def close() -> None:
        for store in stores.values():
            await store.aclose()
        with contextlib.suppress(RuntimeError):
            widget.deleteLater()
        for store in stores.values():
            with contextlib.suppress(RuntimeError):
                store.deleteLater()

    window.spawn(close())


def timeline_views_in(widget: QWidget) -> list[TimelineView]:
    """The lists of posts in ``widget`` (itself first when it is one)."""
    found = list(widget.findChildren(TimelineView))
    if isinstance(widget, TimelineView):
        found.insert(0, widget)
    return found


def all_timeline_views(window: MainWindow) -> list[TimelineView]:
    views = list(window.views.values())
    if hasattr(window, "search_view"):
        views.append(window.search_view.posts)
    for widget, _ in window._details:
        views.extend(timeline_views_in(widget))
    return views
