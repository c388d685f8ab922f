# ruff: noqa: F811 (the fixtures shared with test_onboarding are test arguments here)
"""The wizard on a town that signs people up on its web page and keeps its rules there
(issue 10, items 3 and 4): a practice town 'like Takahē' on 127.0.0.1, real widgets.

TOWNSFOLK_SCREENSHOTS=docs/screenshots writes takahe-wizard-*.png for the docs.
"""

from __future__ import annotations

import httpx
from PySide6.QtTest import QTest

from tests.ui.test_onboarding import (  # noqa: F401
    PASSWORD,
    browser,
    choose_path,
    db,
    fake_directory,
    fill_sign_up,
    make_wizard,
    pick_town,
    press_next,
    until,
)
from tests.ui.test_onboarding_real_towns import _code, screenshot


async def test_join_on_the_web_page_then_log_in(make_wizard, maple, db, browser):
    maple.town.use_personality("takahe")
    maple.town.auto_approve_as = "ann"
    wizard = make_wizard()
    choose_path(wizard, "new")
    await pick_town(wizard, maple.domain)
    about = wizard.pages["about"]
    text = about.text.toPlainText()
    assert "Yes, on the town's own web page" in text
    assert "you can join now" not in text
    assert "keeps its rules on its web page" in about.text.toHtml().replace("\u2019", "'")
    assert f"{maple.base_url}/pages/rules/" in about.text.toHtml()
    assert about.join_on_web.isVisible()
    assert wizard.next_button.text() == "I have joined: log in"
    screenshot(wizard, "takahe-wizard-about-join-on-the-web.png")

    about.join_on_web.click()
    await until(lambda: browser.pages)
    assert browser.opened == [f"{maple.base_url}/auth/signup/"]
    assert browser.pages[0].status_code == 200
    assert "come back" in about.message.text()

    press_next(wizard)  # I have joined: log in
    assert wizard.current_key == "login"
    assert wizard.pages["login"].address.text() == maple.domain
    press_next(wizard)
    page = wizard.pages["browser"]
    await until(lambda: page.code_mode and len(browser.pages) == 2 and page._login is not None)
    assert httpx.URL(browser.opened[-1]).params["redirect_uri"] == "urn:ietf:wg:oauth:2.0:oob"
    QTest.keyClicks(page.code, _code(browser.pages[-1]))
    screenshot(wizard, "takahe-wizard-log-in-by-code.png")
    press_next(wizard)
    await until(lambda: wizard.current_key == "backup")
    assert db.accounts.list()[0].handle == "ann@maple.practice"


async def test_a_sign_up_refused_with_404_goes_back_to_join_on_the_web(make_wizard, maple, db):
    """A town Townsfolk does not recognise: the form is sent, the town has no sign-up."""
    maple.town.use_personality("takahe")
    maple.town.flavour = "mastodon"
    wizard = make_wizard()
    choose_path(wizard, "new")
    await pick_town(wizard, maple.domain)
    assert wizard.next_button.text() == "Join this town"
    press_next(wizard)
    signup = wizard.pages["signup"]
    await until(lambda: wizard.town_info is not None and not signup.busy)
    assert "The town rules" in signup.policies.text()
    fill_sign_up(wizard, "newcomer")
    press_next(wizard)  # Create my account
    about = wizard.pages["about"]
    await until(lambda: wizard.current_key == "about" and about.info is not None)
    assert about.join_on_web.isVisible()
    assert "Join there, then come back and log in" in about.message.text()
    assert wizard.next_button.text() == "I have joined: log in"
    assert signup.password.text() == PASSWORD  # nothing the person typed is lost
    assert db.accounts.list() == []


async def test_a_town_without_rules_anywhere_links_its_about_page(make_wizard, maple):
    maple.town.use_personality("friendica")
    wizard = make_wizard()
    choose_path(wizard, "new")
    await pick_town(wizard, maple.domain)
    about = wizard.pages["about"]
    assert "did not tell Townsfolk its rules" in about.text.toPlainText()
    assert f"{maple.base_url}/about" in about.text.toHtml()
    assert wizard.next_button.text() == "Join this town"
