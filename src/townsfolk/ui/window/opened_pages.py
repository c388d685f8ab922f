"""Pages opened on top of a place in the main window: a person's profile (follow, their
followers, edit one's own profile), a conversation, the posts with a hashtag, and search;
and the picture viewer.

Every function takes the window first; :class:`~townsfolk.ui.main_window.MainWindow` binds
them as its methods (``open_profile = opened_pages.open_profile``…), the names the lists of
posts' signals, the people pages and the tests use.
"""

from __future__ import annotations

import asyncio
import contextlib
from typing import TYPE_CHECKING

import msgspec
from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QWidget

from townsfolk.api.entities import Account as RemoteAccount
from townsfolk.api.entities import Skips, Status
from townsfolk.services.session import SessionProblem
from townsfolk.ui import people_pages
from townsfolk.ui.media_viewer import MediaViewer
from townsfolk.ui.moving.moved import follow_new_account
from townsfolk.ui.profile_edit import ProfileEditDialog
from townsfolk.ui.profile_view import ProfileView
from townsfolk.ui.thread_view import ThreadView
from townsfolk.ui.timeline import TimelineView
from townsfolk.ui.window import fill_in

if TYPE_CHECKING:
    from townsfolk.ui.main_window import MainWindow

# lupdate collects calls named ``translate`` whose context is written out (the texts keep
# the context "MainWindow" they had in ui/main_window.py).
translate = QCoreApplication.translate


def person_on_screen(window: MainWindow, acct: str) -> RemoteAccount | None:
    """The person with the address ``acct`` as shown in a post on screen, or None."""
    want = acct.lstrip("@").casefold()
    town = window.account.server_domain.casefold() if window.account else ""
    for view in window.all_timeline_views():
        for row in view.model.rows:
            for status in (row.item.status, row.item.status.reblog):
                if status is None:
                    continue
                have = (status.account.acct or status.account.username).casefold()
                if have == want or ("@" not in have and f"{have}@{town}" == want):
                    return status.account
    return None


def open_profile(window: MainWindow, acct: str) -> ProfileView | None:
    if window.session is None or window.account is None:
        return None
    account_id = window.account.local_id
    view = ProfileView(town=window.account.server_domain, images=window._detail_images())
    window._wire(view.posts)
    view.open_moved.connect(window.open_profile)
    view.follow_moved.connect(lambda acct: window.spawn(follow_new_account(window, view, acct)))
    view.follow_requested.connect(lambda on: window.spawn(window.set_following(view, on)))
    view.open_followers.connect(lambda: window.open_people_of(view, followers=True))
    view.open_following.connect(lambda: window.open_people_of(view, followers=False))
    view.edit_requested.connect(window.open_profile_editor)
    view.add_to_list_requested.connect(lambda: window.lists.add_to_list(view))
    window.push_detail(view, "@" + acct.lstrip("@"))
    known = person_on_screen(window, acct)
    if known is not None:
        view.set_person(known, None, own=known.id == window.account.remote_id)
        view.posts.attach(window.session.timeline(account_id, f"account:{known.id}"))
    window.spawn_for_account(load_profile(window, view, acct, account_id))
    return view


def open_own_profile(window: MainWindow) -> None:
    if window.account is not None:
        window.open_profile(window.account.handle)
        # from the menu, not from a place: the sidebar highlights none (issue 11)
        window.navigation.clearSelection()


def open_people_of(window: MainWindow, view: ProfileView, *, followers: bool) -> QWidget | None:
    """The followers of the person shown (or the people they follow), in a list."""
    if view.person is None:
        return None
    return people_pages.open_people_of(window, view.person, followers=followers)


def open_people_to_follow(window: MainWindow) -> QWidget | None:
    """People to follow (ui/people_pages.py)."""
    return people_pages.open_people_to_follow(window)


def open_profile_editor(window: MainWindow) -> ProfileEditDialog | None:
    """ "Edit my profile" for the account shown (ui/profile_edit.py); its boxes have
    objectNames (profileName, profileNote, fieldName0…, saveProfile)."""
    if window.session is None or window.account is None:
        return None
    dialog = ProfileEditDialog(
        people_pages.people_service(window),
        window.account.local_id,
        window.spawn_for_account,
        name=window.account.display_name,
        images=window.images,
        parent=window,
    )
    dialog.saved.connect(lambda after: people_pages.profile_saved(window, after))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.start()
    dialog.show()
    window.profile_editor = dialog
    return dialog


async def load_profile(window: MainWindow, view: ProfileView, acct: str, account_id: int) -> None:
    assert window.session is not None
    try:
        person, relationship = await window.session.person(account_id, acct)
    except SessionProblem as problem:
        with contextlib.suppress(RuntimeError):
            view.show_message(problem.user_message)
        return
    with contextlib.suppress(RuntimeError):
        own = window.account is not None and person.id == window.account.remote_id
        view.set_person(person, relationship, own=own)
        window.safety.profile_ready(view)
        if is_current(window, view):
            window.title.setText(view.handle.text())
        if view.posts.timeline is None or view.posts.timeline.arg != person.id:
            view.posts.attach(window.session.timeline(account_id, f"account:{person.id}"))
        await view.posts.refresh()


def is_current(window: MainWindow, widget: QWidget) -> bool:
    return hasattr(window, "pages") and window.pages.currentWidget() is widget


async def set_following(window: MainWindow, view: ProfileView, follow: bool) -> None:
    assert window.session is not None
    if view.person is None or window.account is None:
        return
    if not follow and not await window.safety.ask_unfollow(view.person):
        return  # "Stop following Ann?" answered No
    account_id = window.account.local_id
    before = view.relationship
    if before is not None:
        view.set_relationship(msgspec.structs.replace(before, following=follow, requested=False))
    try:
        after = await window.session.set_following(account_id, view.person.id, follow)
    except SessionProblem as problem:
        with contextlib.suppress(RuntimeError):
            view.set_relationship(before)
        window.banner.show_message("action", problem.user_message, kind="error")
        return
    with contextlib.suppress(RuntimeError):
        view.set_relationship(after)
    if follow and is_showing(window, account_id):
        # People you follow shows their posts now, not at the next look for new posts.
        window.spawn_for_account(refresh_home_after_follow(window))


async def refresh_home_after_follow(window: MainWindow) -> None:
    polling = window._polling
    if polling is not None and not polling.done():
        # A look that started before the follow may have missed their posts.
        await asyncio.wait({polling})
    await window.refresh_timeline("home")


def is_showing(window: MainWindow, account_id: int) -> bool:
    return window.account is not None and window.account.local_id == account_id


def open_thread(window: MainWindow, post_id: str) -> ThreadView | None:
    if window.session is None or window.account is None:
        return None
    account_id = window.account.local_id
    view = ThreadView(post_id, town=window.account.server_domain, images=window._detail_images())
    window._wire(view.posts)
    window.push_detail(view, translate("MainWindow", "Conversation"))
    view.set_thread(window.session.thread_from_cache(account_id, post_id))
    window.spawn_for_account(load_thread(window, view, account_id, post_id))
    return view


async def load_thread(window: MainWindow, view: ThreadView, account_id: int, post_id: str) -> None:
    assert window.session is not None
    generation = window._generation
    try:
        thread = await window.session.fetch_thread(
            account_id, post_id, is_current=lambda: generation == window._generation
        )
    except SessionProblem as problem:
        with contextlib.suppress(RuntimeError):
            view.show_message(problem.user_message)
        return
    if thread is not None:
        with contextlib.suppress(RuntimeError):
            view.set_thread(thread)


def open_tag(window: MainWindow, name: str) -> TimelineView | None:
    if window.session is None or window.account is None:
        return None
    name = name.lstrip("#")
    view = TimelineView(
        town=window.account.server_domain,
        images=window._detail_images(),
        empty_text=fill_in(translate("MainWindow", "No posts with #%1 yet."), name),
    )
    view.setObjectName("tagView")
    window._wire(view)
    window.push_detail(view, fill_in(translate("MainWindow", "Posts with #%1"), name))
    view.attach(window.session.timeline(window.account.local_id, f"tag:{name.casefold()}"))
    window.spawn_for_account(view.refresh())
    return view


def open_media(window: MainWindow, post_id: str, index: int, url: str, description: str) -> None:
    if window.session is None or not url:
        return
    viewer = MediaViewer(url, description, window)
    viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    viewer.show()
    window.media_viewer = viewer

    async def load() -> None:
        assert window.session is not None
        data = await window.session.media.fetch(url)
        # decoded in a worker, at most a big screen's size (a town may send a bomb)
        images = window.images
        image = await images.decode(data, QSize(3840, 2160)) if data and images else None
        with contextlib.suppress(RuntimeError):
            viewer.set_image(image)

    window.spawn(load())


def search(window: MainWindow, text: str) -> None:
    if window.session is None or window.account is None:
        return
    window.search_view.set_busy(text)
    window.spawn_for_account(run_search(window, window.account.local_id, text))


async def run_search(window: MainWindow, account_id: int, text: str) -> None:
    assert window.session is not None
    skips = Skips()
    try:
        results = await window.session.search(account_id, text, skips=skips)
    except SessionProblem as problem:
        window.search_view.set_problem(problem.user_message)
        return
    window.search_view.set_results(results, skipped=skips.count(Status))
    people_pages.search_people_found(window, list(results.accounts))
    if text.startswith(("http://", "https://")) and len(results.statuses) == 1:
        window.open_thread(results.statuses[0].id)
