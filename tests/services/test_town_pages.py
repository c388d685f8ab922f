"""What the wizard's "About this town" page learns besides the instance answer: where the town's
terms and privacy policy are (or that it has none), and how many people live there. Against
practice towns on 127.0.0.1, in the shapes of Mastodon 4.4 and of older towns."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from townsfolk.cache import Database
from townsfolk.services.accounts import AccountsService
from townsfolk.services.secrets import SecretStore


@pytest.fixture
def service(profile_dir: Path):
    db = Database.open(profile_dir / "townsfolk.db")
    try:
        yield AccountsService(db, SecretStore())
    finally:
        db.close()


async def _page(url: str) -> httpx.Response:
    async with httpx.AsyncClient(timeout=10) as client:
        return await client.get(url)


async def test_new_town_lists_both_pages_and_they_open(service, maple):
    info = await service.check_town(maple.base_url)
    assert info.terms_url == f"{maple.base_url}/terms-of-service"
    assert info.privacy_url == f"{maple.base_url}/privacy-policy"
    for url in (info.terms_url, info.privacy_url):
        page = await _page(url)
        assert page.status_code == 200, url
        assert maple.town.title in page.text


async def test_town_without_terms_gets_no_terms_link(service, maple):
    maple.town.has_terms = False
    info = await service.check_town(maple.base_url)
    assert info.terms_url is None
    assert info.privacy_url is not None
    # The page would be a dead link, which is why none is shown.
    assert (await _page(f"{maple.base_url}/terms-of-service")).status_code == 404


async def test_older_town_is_asked_for_its_policy(service, maple):
    maple.town.version = "4.3.2"  # no page addresses in the instance answer, no terms API
    info = await service.check_town(maple.base_url)
    assert info.privacy_url == f"{maple.base_url}/privacy-policy"
    assert info.terms_url is None
    assert (await _page(info.privacy_url)).status_code == 200


async def test_town_with_neither_page_shows_no_links(service, maple):
    maple.town.version = "4.2.0"
    maple.town.has_privacy_policy = False
    info = await service.check_town(maple.base_url)
    assert info.terms_url is None
    assert info.privacy_url is None


async def test_new_town_without_any_page(service, maple):
    maple.town.has_terms = False
    maple.town.has_privacy_policy = False
    info = await service.check_town(maple.base_url)
    assert (info.terms_url, info.privacy_url) == (None, None)


async def test_policy_that_fails_to_load_does_not_stop_the_town(service, maple):
    maple.town.version = "4.3.0"
    maple.town.faults.set("status", code=503, paths="/api/v1/instance/privacy_policy")
    info = await service.check_town(maple.base_url)
    assert info.privacy_url is None
    assert info.rules


async def test_people_counts_come_from_the_town(service, maple, practice):
    local = [p for p in practice.world.people.values() if p.home == maple.domain]
    info = await service.check_town(maple.base_url)
    # v2 instance: usage.users.active_month; the total comes from NodeInfo.
    assert info.active_people == len(local)
    assert info.people == len(local)


async def test_people_unknown_when_nodeinfo_fails(service, maple):
    maple.town.faults.set("status", code=500, paths="/nodeinfo/*")
    info = await service.check_town(maple.base_url)
    assert info.people is None
    assert info.active_people, "still known from the instance answer"
