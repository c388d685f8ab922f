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

import pytest

from tests.services.moving_support import new_person
from tests.ui.test_main_window_support import eventually
from tests.ui.test_moving_ui import _following as following
from tests.ui.test_moving_ui import moving_app, picture, press_next
from townsfolk.cache import AccountRole, JobState
from townsfolk.practice.announcements import announced
from townsfolk.services.follow_sync import JOB_KIND as FOLLOW_SYNC_JOB
from townsfolk.services.moving.csv_formats import Kind, UnknownKind, read
from townsfolk.services.moving.export import EXPORT_JOB
from townsfolk.services.moving.import_ import IMPORT_JOB
from townsfolk.ui.moving.file_page import KIND_CHOICES
from townsfolk.ui.moving.new_home_offer import BANNER_KEY
from townsfolk.ui.moving.wizard import MovingWizard

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

        # A choice the file's first line contradicts says so, and the other choice is there.
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
