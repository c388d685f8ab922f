"""The wizard's "About this town" and sign-up pages: the town's terms and privacy policy as
links (and nothing when the town has none), how many people live there, and the code log-in
naming the town. Against practice towns on 127.0.0.1."""

from __future__ import annotations

import re

import httpx
import pytest
from PySide6.QtCore import QUrl
from PySide6.QtTest import QTest

from .desktop_links import desktop_urls  # noqa: F401 (fixture)
from .test_onboarding import (  # noqa: F401 (fixtures)
    browser,
    choose_path,
    db,
    fake_directory,
    make_wizard,
    pick_town,
    press_next,
    until,
)


@pytest.fixture
def wizards(make_wizard):  # noqa: F811 (the fixture imported above)
    return make_wizard


@pytest.fixture
def pages_opened(browser):  # noqa: F811
    return browser


def _links(html_text: str) -> dict[str, str]:
    """Link text -> address, from the page's HTML."""
    return {
        re.sub(r"<[^>]+>", "", text).strip(): href
        for href, text in re.findall(r'<a href="([^"]+)"[^>]*>(.*?)</a>', html_text, re.S)
    }


async def _about(wizards, town):
    wizard = wizards()
    choose_path(wizard, "new")
    await pick_town(wizard, town.domain)
    return wizard, wizard.pages["about"]


async def test_about_page_links_to_terms_and_privacy(wizards, maple, desktop_urls):  # noqa: F811
    _, about = await _about(wizards, maple)
    links = _links(about.text.toHtml())
    assert links["Terms of use"] == f"{maple.base_url}/terms-of-service"
    assert links["Privacy policy"] == f"{maple.base_url}/privacy-policy"
    # links open in the web browser, through the link gate (Qt does not open them itself)
    assert not about.text.openExternalLinks()
    about.text.anchorClicked.emit(QUrl(links["Terms of use"]))
    assert desktop_urls == [links["Terms of use"]]
    assert "open in your web browser" in about.text.toPlainText()
    async with httpx.AsyncClient(timeout=10) as client:
        for url in links.values():
            assert (await client.get(url)).status_code == 200, url


async def test_about_page_without_terms_shows_only_the_policy(wizards, maple):
    maple.town.has_terms = False
    _, about = await _about(wizards, maple)
    links = _links(about.text.toHtml())
    assert "Terms of use" not in links
    assert "Privacy policy" in links


async def test_about_page_of_a_town_with_neither_says_nothing(wizards, maple):
    maple.town.version = "4.2.0"
    maple.town.has_privacy_policy = False
    _, about = await _about(wizards, maple)
    text = about.text.toPlainText()
    assert _links(about.text.toHtml()) == {}
    assert "Terms of use" not in text
    assert "Privacy policy" not in text
    assert "open in your web browser" not in text


async def test_about_page_says_how_many_people_live_there(wizards, maple, practice):
    local = sum(1 for p in practice.world.people.values() if p.home == maple.domain)
    _, about = await _about(wizards, maple)
    text = " ".join(about.text.toPlainText().split())
    assert f"{local} people live here, and {local} of them were active last month." in text
    assert f"Town address: {maple.domain}" in text


async def test_sign_up_page_repeats_the_links_or_leaves_them_out(
    wizards,
    maple,
    desktop_urls,  # noqa: F811
):
    wizard, _ = await _about(wizards, maple)
    press_next(wizard)  # Join this town
    signup = wizard.pages["signup"]
    await until(lambda: wizard.town_info is not None and not signup.busy)
    assert signup.policies.isVisible()
    links = _links(signup.policies.text())
    assert set(links) == {"Terms of use", "Privacy policy"}
    assert not signup.policies.openExternalLinks()  # the link gate opens them
    signup.policies.linkActivated.emit(links["Privacy policy"])
    assert desktop_urls == [links["Privacy policy"]]

    maple.town.has_terms = False
    maple.town.has_privacy_policy = False
    wizard.go_back()
    wizard.go_back()
    await pick_town(wizard, maple.domain)
    press_next(wizard)
    await until(lambda: wizard.town_info is not None and not signup.busy)
    assert not signup.policies.isVisible()
    assert signup.policies.text() == ""


async def test_code_log_in_names_the_town_not_its_address(wizards, maple, pages_opened):
    maple.town.loopback_ignores_port = False
    wizard = wizards()
    choose_path(wizard, "existing")
    QTest.keyClicks(wizard.pages["login"].address, "maple.practice")
    press_next(wizard)
    page = wizard.pages["browser"]
    await until(lambda: page.code_mode and pages_opened.pages)
    said = page.message.text()
    assert "maple.practice" in said
    assert "127.0.0.1" not in said
    assert "will show you how" not in said
