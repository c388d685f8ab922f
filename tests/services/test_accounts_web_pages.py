"""Sign-up and rules on towns that keep them on web pages (issue 10, items 3 and 4),
against practice towns with a server personality on 127.0.0.1.

3. A town without ``POST /api/v1/accounts`` (Takahē) is offered as "join on the town's web
   page", found from its software, from NodeInfo saying "open" while its description says
   "closed", or from a 404/405 on the sign-up itself (then remembered).
4. Rules kept on web pages (404 or ``[]`` in the API) are linked, never shown as none.
"""

from __future__ import annotations

from pathlib import Path

import msgspec
import pytest

from townsfolk.api.client import MastodonClient
from townsfolk.api.entities import NodeInfo
from townsfolk.cache import Database
from townsfolk.services.accounts import (
    AccountsService,
    SignUpElsewhere,
    SignUpForm,
    SignUpMode,
)
from townsfolk.services.secrets import SecretStore

FORM = SignUpForm(
    username="newcomer", email="new@example.org", password="a long sentence", agreement=True
)


@pytest.fixture
def db(profile_dir: Path):
    database = Database.open(profile_dir / "townsfolk.db")
    try:
        yield database
    finally:
        database.close()


@pytest.fixture
def service(db: Database) -> AccountsService:
    return AccountsService(db, SecretStore())


async def test_takahe_is_joined_on_its_web_page_with_its_rules_linked(service, maple):
    maple.town.use_personality("takahe")
    info = await service.check_town(maple.base_url)
    assert info.sign_up.mode is SignUpMode.ELSEWHERE
    assert info.sign_up.url == f"{maple.base_url}/auth/signup/"
    assert info.rules == ()
    assert info.rules_url == f"{maple.base_url}/pages/rules/"
    assert info.terms_url == f"{maple.base_url}/pages/terms/"
    assert info.privacy_url == f"{maple.base_url}/pages/privacy/"
    assert info.about_url == f"{maple.base_url}/about/"
    with pytest.raises(SignUpElsewhere) as caught:
        await service.sign_up(maple.base_url, FORM)
    assert "web page" in caught.value.user_message
    assert "log in" in caught.value.user_message
    assert caught.value.url == f"{maple.base_url}/auth/signup/"


async def test_a_404_on_sign_up_is_remembered_as_join_on_the_web(service, maple, db):
    """A town not known by its software: the sign-up itself answers 404."""
    maple.town.use_personality("takahe")
    maple.town.flavour = "mastodon"
    info = await service.check_town(maple.base_url)
    assert info.sign_up.mode is SignUpMode.OPEN  # what its description says
    with pytest.raises(SignUpElsewhere) as caught:
        await service.sign_up(maple.base_url, FORM)
    assert caught.value.url.startswith(maple.base_url)
    assert db.accounts.list() == []
    again = await service.check_town(maple.base_url)
    assert again.sign_up.mode is SignUpMode.ELSEWHERE


async def test_closed_in_its_description_but_open_in_nodeinfo(service, maple, monkeypatch):
    maple.town.registration_mode = "closed"
    info = await service.check_town(maple.base_url)
    assert info.sign_up.mode is SignUpMode.CLOSED  # NodeInfo says closed too
    real = MastodonClient.nodeinfo

    async def open_nodeinfo(self: MastodonClient) -> NodeInfo | None:
        found = await real(self)
        return None if found is None else msgspec.structs.replace(found, openRegistrations=True)

    monkeypatch.setattr(MastodonClient, "nodeinfo", open_nodeinfo)
    info = await service.check_town(maple.base_url)
    assert info.sign_up.mode is SignUpMode.ELSEWHERE
    assert info.sign_up.url == maple.base_url


async def test_no_rules_anywhere_links_the_about_page(service, maple):
    maple.town.use_personality("friendica")  # rules: [] in every answer
    info = await service.check_town(maple.base_url)
    assert info.rules == ()
    assert info.rules_url is None
    assert info.about_url == f"{maple.base_url}/about"


async def test_mastodon_rules_come_from_the_town_and_nothing_else_is_asked(service, maple):
    info = await service.check_town(maple.base_url)
    assert len(info.rules) == 5
    assert info.rules_url is None
    assert info.about_url is None
    assert info.sign_up.mode is SignUpMode.OPEN
