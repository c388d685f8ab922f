"""The welcome wizard against a hostile town: its title, description and rules are HTML, and
its terms and privacy pages are local files. Nothing is interpreted, nothing is loaded, and the
local files are not offered as links."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl

from townsfolk.practice.hostile import DEV_ZERO, LIVE_BOX, add_hostile_text
from townsfolk.services.accounts import TownInfo
from townsfolk.ui.links import refused_text

from .desktop_links import desktop_urls  # noqa: F401 (fixture)
from .test_hostile_text import assert_nothing_interpreted
from .test_onboarding import (  # noqa: F401 (fixtures)
    browser,
    choose_path,
    db,
    fake_directory,
    make_wizard,
    pick_town,
)


@pytest.fixture
def wizards(make_wizard):  # noqa: F811 (the fixture imported above)
    return make_wizard


async def test_about_page_of_a_hostile_town(
    wizards: Any,
    maple: Any,
    desktop_urls: list[str],  # noqa: F811
) -> None:
    add_hostile_text(maple.town.world, maple.domain, town_text=True)
    wizard = wizards()
    choose_path(wizard, "new")
    await pick_town(wizard, maple.domain)
    about = wizard.pages["about"]
    assert about.info is not None
    assert about.info.title == DEV_ZERO
    assert about.title.text() == DEV_ZERO
    assert about.title.textFormat() == Qt.TextFormat.PlainText
    text = about.text.toPlainText()
    assert DEV_ZERO in text  # the rule, shown as the words it is
    assert LIVE_BOX in text  # the rule's hint and the escaped description
    assert about.text.requested == []
    assert_nothing_interpreted(wizard)

    # A link the page shows goes through the gate; a local file is refused with a sentence.
    about.text.anchorClicked.emit(QUrl("file:///etc/passwd"))
    assert desktop_urls == []
    assert refused_text() in about.message.text()


def test_town_page_leaves_out_links_that_cannot_be_opened(qtbot: Any) -> None:
    from townsfolk.ui.onboarding.pages import town_html

    info = _info(terms_url="file:///etc/passwd", privacy_url="https://maple.example/privacy")
    html = town_html(info)
    assert "file:" not in html
    assert 'href="https://maple.example/privacy"' in html
    assert 'href="smb:' not in html  # the sign-up page on a share: words, not a link
    assert "&lt;img" in html
    assert "<img" not in html
    assert "admin@xn--pypal-4ve.example" in html  # who runs it: a look-alike town, punycode


def _info(**extra: Any) -> TownInfo:
    from townsfolk.services.accounts import SignUpMode, SignUpRules
    from townsfolk.services.addresses import parse_town_address

    values: dict[str, Any] = {
        "address": parse_town_address("maple.example"),
        "domain": "maple.example",
        "title": DEV_ZERO,
        "description": LIVE_BOX,
        "rules": (),
        "sign_up": SignUpRules(
            mode=SignUpMode.ELSEWHERE,
            reason_required=False,
            min_age=None,
            message=DEV_ZERO,
            url="smb://evil.example/join",
        ),
        "contact_handle": "admin@pаypal.example",
        "people": None,
        "active_people": None,
        "languages": (),
        "max_characters": 500,
    }
    values.update(extra)
    return TownInfo(**values)
