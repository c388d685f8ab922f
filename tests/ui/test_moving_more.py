"""More of moving towns, the part a person sees (issue 12): what a chosen file holds, the
backup becoming home while the old town still answers, and someone's move in the
notifications.

Real parts, as in ``test_moving_ui.py`` (whose helpers are used): a Session on a real SQLite
file, the main window with pytest-qt, the practice towns on 127.0.0.1; no sleeps. Pictures for
the docs with ``TOWNSFOLK_SCREENSHOTS=docs/screenshots``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import msgspec
import pytest

from tests.services.moving_support import new_person
from tests.ui.test_main_window_support import eventually
from tests.ui.test_moving_ui import _following as following
from tests.ui.test_moving_ui import moving_app, picture, press_next, wait_next
from townsfolk.api.entities import Notification
from townsfolk.cache import AccountRole, JobState
from townsfolk.practice import moves
from townsfolk.practice.announcements import announced
from townsfolk.services.follow_sync import JOB_KIND as FOLLOW_SYNC_JOB
from townsfolk.services.moving.csv_formats import Kind, UnknownKind, read
from townsfolk.services.moving.export import EXPORT_JOB
from townsfolk.services.moving.import_ import IMPORT_JOB
from townsfolk.services.notifications import NotificationItem
from townsfolk.ui.moving.file_page import KIND_CHOICES
from townsfolk.ui.moving.new_home_offer import BANNER_KEY
from townsfolk.ui.moving.wizard import MovingWizard
from townsfolk.ui.notifications_text import body_text, describe_notification, icon_kind, kind_name
from townsfolk.ui.notifications_view import NotificationsView

# ------------------------------------------------------------------ what a file holds


async def test_a_file_that_does_not_say_what_it_holds_can_be_told(
    qtbot: Any, profile_dir: Path, maple: Any, user_token: Any, tmp_path: Path
) -> None:
    good = tmp_path / "following_accounts.csv"
    good.write_text(
        "Account address,Show boosts,Notify on new posts,Languages\n"
        "bob@maple.practice,true,false,\ncarmen@maple.practice,true,false,\n",
        encoding="utf-8",
    )
    plain = tmp_path / "my people.txt"  # only addresses, and a name that tells nothing
    plain.write_text("bob@maple.practice\n@carmen@maple.practice\njonas@harbour.practice\n")
    async with moving_app(qtbot, profile_dir, [(maple, user_token(maple.domain), "ann")]) as app:
        app.window.moving_actions["import"].trigger()
        wizard: MovingWizard = app.window.moving_wizard
        page = wizard.file_page
        assert page is not None
        assert page.kind_box.isHidden()  # nothing to say before a file is chosen

        # A good file: what it holds is ticked already.
        page.use(good)
        assert page.chosen_kind() is Kind.FOLLOWING
        assert page.kind_box.isVisible()
        assert page.about.text() == "This file has the people you follow: 2 lines."
        assert wizard.next_button.isEnabled()
        picture(app.window, wizard, "15-good-file")

        # A file that does not tell: the sentence names what the page offers, nothing ticked.
        page.use(plain)
        with pytest.raises(UnknownKind) as unknown:
            read(plain.read_bytes(), filename=plain.name)
        assert page.problem.text() == unknown.value.user_message
        assert page.problem.isVisible()
        assert page.kind_box.isVisible()
        assert page.chosen_kind() is None
        assert not wizard.next_button.isEnabled()
        offered = [page.kind_buttons[k].text() for k in KIND_CHOICES]
        assert offered == [
            "People you follow",
            "Blocked people",
            "Muted people",
            "Blocked towns",
            "Bookmarks",
            "Lists",
        ]
        sentence = page.problem.text()
        assert all(words.lower() in sentence for words in offered), sentence
        assert "try again" not in sentence  # nothing to try: the choice is right there
        picture(app.window, wizard, "16-what-the-file-holds")

        # Choosing reads it again as that: first blocked people, then people to follow.
        page.kind_buttons[Kind.BLOCKING].click()
        assert page.chosen_kind() is Kind.BLOCKING
        assert page.problem.isHidden()
        assert page.about.text() == "This file has the people you blocked: 3 lines."
        page.kind_buttons[Kind.FOLLOWING].click()
        assert page.about.text() == "This file has the people you follow: 3 lines."
        await press_next(wizard)
        assert wizard.current() is wizard.account_page
        assert list(wizard.files) == [Kind.FOLLOWING]
        assert [r.value for r in wizard.files[Kind.FOLLOWING].rows] == [
            "bob@maple.practice",
            "carmen@maple.practice",
            "jonas@harbour.practice",
        ]

        # The preview of that file: what bringing it in would do (nothing has changed yet).
        await press_next(wizard)
        assert wizard.current() is wizard.preview_page
        await wait_next(wizard)
        summary = wizard.preview_page.summary.text()
        assert summary.startswith("The people you follow: "), summary
        assert not app.session.db.jobs.list(kind=IMPORT_JOB)
        picture(app.window, wizard, "15-good-file-preview")

        # A choice the file's first line contradicts says so, and the other choice is there.
        wizard.back()
        wizard.back()
        assert wizard.current() is page
        page.use(good)
        page.kind_buttons[Kind.MUTING].click()
        assert page.problem.text() == (
            "This file holds people you follow, not muted people. Choose the right file, or "
            "import it as people you follow."
        )
        assert not wizard.next_button.isEnabled()
        page.kind_buttons[Kind.FOLLOWING].click()
        assert wizard.next_button.isEnabled()
        assert not app.session.db.jobs.list(kind=IMPORT_JOB)


# ------------------------------------------------------------------ the backup becomes home


async def test_make_it_my_home_while_the_old_town_answers_brings_its_export(
    qtbot: Any, profile_dir: Path, maple: Any, harbour: Any, user_token: Any
) -> None:
    """The old town says it is closing but still answers: pressing "Make it my home" takes
    the follows (and the blocks) from its export, not from what the follow sync saved."""
    new_person(maple, "exportonly")  # followed on maple after the last follow sync
    new_person(maple, "cacheonly")  # only in the saved follow-sync list (unfollowed since)
    logins = [
        (maple, user_token(maple.domain), "ann"),
        (harbour, user_token(harbour.domain), "ann"),
    ]
    async with moving_app(qtbot, profile_dir, logins, backup=True) as app:
        main, backup = app.accounts
        app.session.db.jobs.create(
            FOLLOW_SYNC_JOB,
            account_id=backup.local_id,
            payload={"follow": [["cacheonly@maple.practice", True, False, None]], "unfollow": []},
            total=1,
        )
        client = await app.client(main)
        try:
            await client.follow((await client.lookup_account("exportonly")).id)
            await client.block((await client.lookup_account("cacheonly")).id)
        finally:
            await client.aclose()
        followed_on_maple = await following(app, main)
        assert "exportonly@maple.practice" in followed_on_maple
        assert "cacheonly@maple.practice" not in followed_on_maple

        offer = app.window.new_home_offer  # type: ignore[attr-defined]
        with announced(maple.town):
            assert await offer.check()
        banner = app.window.banner
        row = banner.row_for(BANNER_KEY)
        assert row is not None
        assert row.action.text() == "Make it my home"
        row.action.click()
        await eventually(
            lambda: (
                (a := app.session.db.accounts.get(backup.local_id)) is not None
                and a.role is AccountRole.MAIN
            ),
            60,
        )
        await eventually(lambda: any("is now your home" in t for t in banner.texts()), 30)
        done = next(t for t in banner.texts() if "is now your home" in t)
        assert "came from what Townsfolk had saved" not in done, done
        assert "Now followed: " in done, done
        exported = app.session.db.jobs.list(kind=EXPORT_JOB, account_id=main.local_id)
        assert exported  # the old town was read
        assert all(j.state is JobState.DONE for j in exported)

        on_backup = await following(app, backup)
        here = {a if "@" in a else f"{a}@{harbour.domain}" for a in on_backup}
        assert "exportonly@maple.practice" in here  # from the old town's export
        assert "cacheonly@maple.practice" not in here  # the saved list was not used
        with harbour.town.world.lock:
            me = harbour.town.person("ann")
            blocked = {harbour.town.world.people[pk].username for pk in me.blocks}
        assert "cacheonly" in blocked  # the rest of the export came along too
        await eventually(lambda: app.window.account is not None)
        assert app.window.account.local_id == backup.local_id  # type: ignore[union-attr]


# ------------------------------------------------------------------ a move in the notifications


def test_a_move_notification_in_mastodons_shape_says_where_they_went(qtbot: Any) -> None:
    """Mastodon's documented JSON of a ``move``: ``account`` moved to ``target_account``."""
    note = msgspec.json.decode(
        b'{"id": "35", "type": "move", "created_at": "2024-05-01T10:00:00.000Z",'
        b' "account": {"id": "1", "username": "ann", "acct": "ann@old.example",'
        b' "display_name": "Ann"},'
        b' "target_account": {"id": "2", "username": "ann", "acct": "ann@new.example",'
        b' "display_name": "Ann"}}',
        type=Notification,
    )
    assert describe_notification(note) == "Ann moved to @ann@new.example"
    assert body_text(NotificationItem(note, read=False)) == ""  # said once, not twice
    assert kind_name(icon_kind(note)) == "Moved to a new account"


async def test_someone_who_moved_is_in_the_notifications_with_follow_the_new_account(
    qtbot: Any, profile_dir: Path, maple: Any, harbour: Any, user_token: Any
) -> None:
    world = maple.town.world
    with world.lock:
        bob = maple.town.person("bob").key
        jonas = harbour.town.person("jonas").key
    async with moving_app(qtbot, profile_dir, [(maple, user_token(maple.domain), "ann")]) as app:
        ann = app.accounts[0]
        client = await app.client(ann)
        try:
            found = await client.search("jonas@harbour.practice", type="accounts", resolve=True)
            jonas_id = found.accounts[0].id
            await client.unfollow(jonas_id)
            await client.follow((await client.lookup_account("bob")).id)
        finally:
            await client.aclose()
        with moves.moved(world, bob, jonas, notify=True):  # bob's followers are told
            await app.window.refresh_notifications()
            app.window.show_place("notifications")
            view: NotificationsView = app.window.notifications_view
            await eventually(
                lambda: any(i.notification.type == "move" for i in view.model.items), 30
            )
            item = next(i for i in view.model.items if i.notification.type == "move")
            name = item.notification.account.name  # type: ignore[union-attr]
            assert describe_notification(item.notification) == (
                f"{name} moved to @jonas@harbour.practice"
            )
            row = view.model.row_of(item.id)
            spoken = view.model.data(view.model.index(row))
            assert spoken.startswith(f"New: {name} moved to @jonas@harbour.practice"), spoken
            await eventually(lambda: view.new_account_button(item.id) is not None)
            widget = view.new_account_button(item.id)
            assert widget is not None
            view.list.scrollTo(view.model.index(row))
            await eventually(widget.button.isVisible)
            assert widget.button.text() == "Follow the new account"
            assert widget.button.accessibleName() == "Follow @jonas@harbour.practice"
            # The button sits below the sentence, inside the row.
            rect = view.list.visualRect(view.model.index(row))
            top_left = widget.button.mapTo(view.list.viewport(), widget.button.rect().topLeft())
            assert rect.contains(top_left)
            picture(app.window, None, "17-move-notification")

            widget.button.click()
            await eventually(lambda: widget.button.text() == "Following the new account ✓", 30)
            client = await app.client(ann)
            try:
                relation = (await client.relationships([jonas_id]))[0]
            finally:
                await client.aclose()
            assert relation.following or relation.requested
