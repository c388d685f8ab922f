"""The welcome wizard as a newcomer meets it (issue 11, breaks 9 and 10), against two practice
towns on 127.0.0.1 and the practice directory, driven by typing and clicks:

- an e-mail address typed where the town goes is recognised as one;
- being offline is said as being offline, never blamed on the town (and the town is not
  marked as not answering); a town that is down while the internet works is said as such;
- town cards do not repeat "shown when you are online": the page says it once;
- the backup account is clearly optional ("Not now" is chosen), and a second sign-up starts
  with the rules NOT agreed to;
- a user name is checked as it is typed (a space is refused at once, not at "Create").
"""

# The wizard's fixtures come from test_onboarding (imported below, used as parameters).
# ruff: noqa: F401, F811

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtTest import QTest

from tests.ui.shots import shot
from townsfolk.cache import AccountState
from townsfolk.ui.onboarding.towns import card_text

from .test_onboarding import (
    browser,
    choose_path,
    db,
    fake_directory,
    make_wizard,
    pick_town,
    press_next,
    sign_up,
    until,
    unused_tcp_port_url,
)


def shoot(widget, name: str) -> None:
    shot(widget, name)


async def test_backup_is_optional_and_the_second_sign_up_starts_unticked(
    make_wizard, maple, harbour, db
):
    wizard = make_wizard()
    choose_path(wizard, "new")
    await sign_up(wizard, maple, "newcomer")
    maple.town.confirm_email("newcomer")
    await until(lambda: wizard.current_key == "backup")
    (main,) = db.accounts.list()
    assert main.state is AccountState.ACTIVE

    # Optional, and said so first; "Not now" is what happens unless she picks otherwise.
    backup = wizard.pages["backup"]
    assert "(you can skip this)" in backup.title.text()
    assert backup.optional.isVisible()
    assert "optional" in backup.optional.text()
    assert backup.choices["later"].isChecked()
    assert wizard.next_button.text() == "Skip for now"
    shoot(wizard, "wizard-backup-optional.png")

    # She wants one after all: the second town's rules are not agreed to for her.
    backup.choices["signup"].setChecked(True)
    press_next(wizard)
    await pick_town(wizard, harbour.domain)
    press_next(wizard)  # Join this town
    page = wizard.pages["signup"]
    await until(lambda: wizard.town_info is not None and not page.busy)
    assert "harbour.practice" in page.agree.text()
    assert not page.agree.isChecked()  # it was ticked for maple, not for harbour
    assert not wizard.next_button.isEnabled()

    # The user name is checked as it is typed.
    page.username.clear()
    QTest.keyClicks(page.username, "rosa diaz")
    error = page.errors["username"]
    assert error.isVisible()
    assert "cannot have spaces" in error.text()
    QTest.keyClicks(page.password, "a long practice password")
    page.agree.setChecked(True)
    assert not wizard.next_button.isEnabled()  # not until the name is right
    wizard.resize(1000, 760)
    shoot(wizard, "wizard-signup-username-check.png")
    page.username.clear()
    page.username.setText("rosa_díaz")  # (QTest types ASCII only)
    assert "only letters a to z" in error.text()
    page.username.clear()
    QTest.keyClicks(page.username, "rosa_diaz")
    assert not error.isVisible()
    assert wizard.next_button.isEnabled()


async def test_an_email_address_in_the_town_box_is_recognised(make_wizard, browser):
    wizard = make_wizard()
    choose_path(wizard, "existing")
    login = wizard.pages["login"]
    QTest.keyClicks(login.address, "rosa.diaz@gmail.com")
    press_next(wizard)
    text = login.message.text()
    assert "looks like an e-mail address" in text
    assert "mastodon.social" in text
    assert "could not reach" not in text
    assert wizard.current_key == "login"
    assert browser.opened == []


async def test_offline_is_not_blamed_on_the_town(make_wizard, harbour, unused_tcp_port_url):
    # Nothing answers: not the town, not the directory (the computer is offline).
    harbour.town.faults.set("down")
    wizard = make_wizard(directory_url=unused_tcp_port_url)
    choose_path(wizard, "existing")
    login = wizard.pages["login"]
    QTest.keyClicks(login.address, "harbour.practice")
    press_next(wizard)
    await until(lambda: not login.busy and login.message.isVisible())
    text = login.message.text()
    assert "not connected to the internet" in text
    assert "not answering" not in text
    assert "closed" not in text
    # ... and the town is not marked as one that does not answer.
    assert wizard.ctx.directory.current().town("harbour.practice") is None or (
        wizard.ctx.directory.current().town("harbour.practice").answering is not False
    )


async def test_a_town_that_is_down_while_online_is_said_so(make_wizard, harbour):
    harbour.town.faults.set("down")
    wizard = make_wizard()
    choose_path(wizard, "new")
    await pick_town(wizard, harbour.domain)
    about = wizard.pages["about"]
    await until(lambda: not about.busy and about.message.isVisible())
    assert "not answering right now, but your internet connection works" in about.message.text()
    assert wizard.ctx.directory.current().town("harbour.practice").answering is False


async def test_town_cards_do_not_repeat_what_comes_when_online(make_wizard, unused_tcp_port_url):
    wizard = make_wizard(directory_url=unused_tcp_port_url)
    choose_path(wizard, "new")
    pick = wizard.pages["pick"]
    await until(lambda: "could not update" in pick.note.text())
    towns = pick.model.towns()
    # The good first towns offline: the big ones, mastodon.social and mstdn.social first.
    assert [t.domain for t in towns][:2] == ["mastodon.social", "mstdn.social"]
    cards = [card_text(t) for t in towns]
    assert not any("when you are online" in card for card in cards)
    assert "when you are online" in pick.note.text()  # said once, under the list
    wizard.resize(1000, 760)
    shoot(wizard, "wizard-pick-offline.png")
