"""Pages of people in the main window: people to follow, someone's followers and the people
they follow, and the Follow buttons of search results. Each page is a :class:`PeoplePage`
(a sentence saying who these people are, and a :class:`~townsfolk.ui.people_list.PeopleList`)
pushed on top of the current page like a profile; the work is done by
:class:`townsfolk.services.people.People`.

The main window calls only the functions of this module (``open_people_to_follow``,
``open_people_of``, ``search_people_found``, ``install_home_offer``).
"""

from __future__ import annotations

import contextlib
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from townsfolk.api.entities import Account as RemoteAccount
from townsfolk.api.pagination import Cursor
from townsfolk.services.people import People, PeoplePage
from townsfolk.services.session import SessionProblem
from townsfolk.ui.people_list import PeopleList
from townsfolk.ui.profile_view import ProfileView
from townsfolk.ui.safe_text import PlainLabel, fill
from townsfolk.ui.timeline import ImageStore

if TYPE_CHECKING:
    from townsfolk.ui.main_window import MainWindow

__all__ = [
    "PeoplePageView",
    "install_home_offer",
    "install_search",
    "open_people_of",
    "open_people_to_follow",
    "people_service",
    "profile_saved",
    "search_people_found",
]

Loader = Callable[[Cursor | None], Awaitable[PeoplePage]]


class PeoplePageView(QWidget):
    """A sentence about who these people are, what is happening, and the list."""

    def __init__(
        self,
        intro: str,
        *,
        town: str,
        images: ImageStore | None,
        own_id: str,
        empty_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("peoplePage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(8)
        self.intro = PlainLabel(intro, self)
        self.intro.setObjectName("peopleIntro")
        self.intro.setWordWrap(True)
        self.status = PlainLabel(self.tr("Asking your town…"), self)
        self.status.setObjectName("peopleStatus")
        self.status.setWordWrap(True)
        self.list = PeopleList(
            town=town, images=images, own_id=own_id, empty_text=empty_text, parent=self
        )
        layout.addWidget(self.intro)
        layout.addWidget(self.status)
        layout.addWidget(self.list, 1)
        self.next_page: Cursor | None = None
        self.loading = False

    def show_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setAccessibleName(text)
        self.status.setVisible(bool(text))


def _people(window: MainWindow) -> People:
    assert window.session is not None
    return People(window.session)


def _own_id(window: MainWindow) -> str:
    return (window.account.remote_id or "") if window.account is not None else ""


async def _follow(
    window: MainWindow, plist: PeopleList, account_id: int, person_id: str, on: bool
) -> None:
    """Follow (or stop following) someone from a list; the button shows the answer, and
    People you follow shows their posts at once."""
    row = plist.rows.get(person_id)
    before = row.relationship if row is not None else None
    if not on and row is not None and not await window.safety.ask_unfollow(row.person):
        return  # "Stop following Ann?" answered No
    if row is not None:
        row.follow.setEnabled(False)
    try:
        after = await _people(window).set_following(account_id, person_id, on)
    except SessionProblem as problem:
        with contextlib.suppress(RuntimeError):
            plist.set_relationship(person_id, before)
        window.banner.show_message("action", problem.user_message, kind="error")
        return
    with contextlib.suppress(RuntimeError):
        plist.set_relationship(person_id, after)
    if on and window._is_showing(account_id):
        window.spawn_for_account(window._refresh_home_after_follow())


def wire_list(window: MainWindow, plist: PeopleList, account_id: int) -> None:
    plist.open_profile.connect(window.open_profile)
    plist.follow_requested.connect(
        lambda person_id, on: window.spawn_for_account(
            _follow(window, plist, account_id, person_id, on)
        )
    )


async def _load(window: MainWindow, view: PeoplePageView, loader: Loader, first: bool) -> None:
    if view.loading:
        return
    view.loading = True
    try:
        page = await loader(None if first else view.next_page)
    except SessionProblem as problem:
        with contextlib.suppress(RuntimeError):
            view.show_status(problem.user_message)
            view.list.more_failed()
        return
    finally:
        view.loading = False
    with contextlib.suppress(RuntimeError):
        view.next_page = page.next
        people = [(r.account, r.relationship) for r in page.rows]
        if first:
            view.list.set_people(people, more=page.next is not None)
        else:
            view.list.add_people(people, more=page.next is not None)
        view.show_status("")


def _page(window: MainWindow, intro: str, empty: str, title: str, loader: Loader) -> PeoplePageView:
    assert window.account is not None
    account_id = window.account.local_id
    view = PeoplePageView(
        intro,
        town=window.account.server_domain,
        images=window.images,  # the window's store: closed with the window
        own_id=_own_id(window),
        empty_text=empty,
    )
    wire_list(window, view.list, account_id)
    view.list.more_requested.connect(
        lambda: window.spawn_for_account(_load(window, view, loader, first=False))
    )
    window.push_detail(view, title)
    window.spawn_for_account(_load(window, view, loader, first=True))
    return view


def open_people_to_follow(window: MainWindow, *, welcome: bool = False) -> PeoplePageView | None:
    """People to follow: the town's suggestions, people of the town who post, its most
    followed people. ``welcome``: right after joining a town, with a sentence saying why this
    page comes first. It is opened from the menu (or the empty home page), not from a place
    in the sidebar, so the sidebar highlights none while it shows (Back goes to the place
    underneath, highlighted again)."""
    if window.session is None or window.account is None:
        return None
    account_id = window.account.local_id
    people = _people(window)

    async def loader(_cursor: Cursor | None) -> PeoplePage:
        return await people.to_follow(account_id)

    intro = QCoreApplication.translate(
        "PeoplePages",
        "These people are suggested by your town: people it recommends, people who live "
        "there and posted lately, and people many others follow.",
    )
    empty = QCoreApplication.translate(
        "PeoplePages",
        "Your town has no one to suggest right now. Try Search, or look at “Your town”.",
    )
    if welcome:
        intro = (
            QCoreApplication.translate(
                "PeoplePages",
                "Welcome to your town! Posts show up in “People you follow” once you follow "
                "someone, so here are some people to start with.",
            )
            + "\n\n"
            + intro
        )
    view = _page(
        window, intro, empty, QCoreApplication.translate("PeoplePages", "People to follow"), loader
    )
    view.setObjectName("peopleToFollow")
    window.navigation.clearSelection()  # not "Search" (or any place): a page of its own
    return view


def open_people_of(
    window: MainWindow, person: RemoteAccount, *, followers: bool
) -> PeoplePageView | None:
    """The people who follow ``person`` (or whom ``person`` follows), page by page."""
    if window.session is None or window.account is None:
        return None
    account_id = window.account.local_id
    people = _people(window)

    async def loader(cursor: Cursor | None) -> PeoplePage:
        if followers:
            return await people.followers(account_id, person.id, cursor)
        return await people.following(account_id, person.id, cursor)

    if followers:
        intro = fill(
            QCoreApplication.translate("PeoplePages", "People who follow %1."), person.name
        )
        empty = QCoreApplication.translate(
            "PeoplePages", "No one follows them yet, or their town does not show it."
        )
        title = fill(QCoreApplication.translate("PeoplePages", "Followers of %1"), person.name)
    else:
        intro = fill(QCoreApplication.translate("PeoplePages", "People %1 follows."), person.name)
        empty = QCoreApplication.translate(
            "PeoplePages", "They follow no one yet, or their town does not show it."
        )
        title = fill(QCoreApplication.translate("PeoplePages", "Followed by %1"), person.name)
    view = _page(window, intro, empty, title, loader)
    view.setObjectName("followersPage" if followers else "followingPage")
    return view


def search_people_found(window: MainWindow, people: list[RemoteAccount]) -> None:
    """Search found people: ask the town which of them the account follows."""
    if window.session is None or window.account is None or not people:
        return
    account_id = window.account.local_id
    plist = window.search_view.people

    async def relationships() -> None:
        rows = await _people(window).with_relationships(account_id, people)
        with contextlib.suppress(RuntimeError):
            for row in rows:
                plist.set_relationship(row.account.id, row.relationship)

    window.spawn_for_account(relationships())


def install_search(window: MainWindow) -> None:
    """Search's people list follows and unfollows (for whichever account is shown)."""
    plist = window.search_view.people
    plist.follow_requested.connect(
        lambda person_id, on: (
            window.account is not None
            and window.spawn_for_account(
                _follow(window, plist, window.account.local_id, person_id, on)
            )
        )
    )


class _FollowsEmpty(QObject):
    """Shows the offer button exactly when the home timeline shows its empty sentence."""

    def __init__(self, label: QWidget, button: QWidget) -> None:
        super().__init__(label)
        self.button = button
        label.installEventFilter(self)
        button.setVisible(not label.isHidden())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Show, QEvent.Type.Hide):
            self.button.setVisible(event.type() == QEvent.Type.Show)
        return False


def install_home_offer(window: MainWindow) -> QPushButton:
    """A "Find people to follow" button under the empty People you follow page."""
    view = window.views["home"]
    button = QPushButton(QCoreApplication.translate("PeoplePages", "Find people to follow"), view)
    button.setObjectName("findPeopleButton")
    button.setAccessibleName(QCoreApplication.translate("PeoplePages", "Find people to follow"))
    button.setMinimumHeight(40)
    button.clicked.connect(lambda: open_people_to_follow(window))
    layout = view.layout()
    assert layout is not None
    index = layout.indexOf(view.empty)
    if isinstance(layout, QVBoxLayout):
        layout.insertWidget(index + 1, button, 0, Qt.AlignmentFlag.AlignHCenter)
    button._watch = _FollowsEmpty(view.empty, button)  # type: ignore[attr-defined]
    return button


def people_service(window: MainWindow) -> People:
    """The people service for the window's session."""
    return _people(window)


def profile_saved(window: MainWindow, after: RemoteAccount) -> None:
    """The town took the new profile: the account's name and picture, and any of the
    person's own profile pages that are open, show it now."""
    if window.session is None or window.account is None:
        return
    with contextlib.suppress(Exception):  # a disk that cannot keep it: the town has it
        window.account = window.session.db.accounts.update_profile(
            window.account.local_id,
            display_name=after.display_name,
            avatar_url=after.avatar_static or after.avatar,
        )
    for index in range(window.pages.count()):
        page = window.pages.widget(index)
        if isinstance(page, ProfileView) and page.own:
            page.set_person(after, None, own=True)
