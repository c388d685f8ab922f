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

from tests.ui.test_moving_ui import moving_app, picture, press_next
from townsfolk.services.moving.csv_formats import Kind, UnknownKind, read
from townsfolk.services.moving.import_ import IMPORT_JOB
from townsfolk.ui.moving.file_page import KIND_CHOICES
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
