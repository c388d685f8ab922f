"""Signing up from the app against the practice town: open, approval, closed, taken names."""

from __future__ import annotations

from typing import Any

import pytest

from townsfolk.api import errors as E
from townsfolk.api.client import MastodonClient
from townsfolk.api.oauth import (
    DEFAULT_SCOPES,
    OOB_REDIRECT_URI,
    client_credentials_token,
    register_app,
)

from .conftest import ClientFactory


async def app_client(make_client: ClientFactory, place: Any) -> MastodonClient:
    """Register the app and return a client holding its app token (client_credentials)."""
    anonymous = make_client(place)
    app = await register_app(anonymous, redirect_uris=[OOB_REDIRECT_URI, "http://127.0.0.1:8/cb"])
    assert app.client_id
    assert app.client_secret
    token = await client_credentials_token(
        anonymous, client_id=app.client_id, client_secret=app.client_secret, scope=DEFAULT_SCOPES
    )
    client = make_client(place, token.access_token)
    verified = await client.verify_app_credentials()
    assert verified.name == "Townsfolk"
    return client


async def test_open_sign_up_needs_email_confirmation(
    make_client: ClientFactory, maple: Any
) -> None:
    app = await app_client(make_client, maple)
    token = await app.register_account(
        username="zoe",
        email="zoe@example.org",
        password="correct horse battery",
        agreement=True,
        locale="en",
    )
    assert "correct horse" not in repr(token)
    zoe = make_client(maple, token.access_token)
    with pytest.raises(E.Forbidden) as info:
        await zoe.verify_credentials()
    assert info.value.reason is E.ForbiddenReason.EMAIL_NOT_CONFIRMED
    assert "confirm your email" in info.value.user_message()
    await zoe.resend_confirmation_email()
    maple.town.confirm_email("zoe")
    assert (await zoe.verify_credentials()).username == "zoe"


async def test_sign_up_with_approval(make_client: ClientFactory, maple: Any) -> None:
    maple.town.registration_mode = "approval"
    maple.town.reason_required = True
    maple.town.min_age = 16
    app = await app_client(make_client, maple)
    with pytest.raises(E.ValidationFailed) as missing:
        await app.register_account(
            username="yara",
            email="yara@example.org",
            password="a long password 1",
            agreement=True,
            locale="en",
        )
    assert set(missing.value.details) & {"reason", "date_of_birth"}
    token = await app.register_account(
        username="yara",
        email="yara@example.org",
        password="a long password 1",
        agreement=True,
        locale="en",
        reason="I love gardens",
        date_of_birth="1990-01-31",
    )
    yara = make_client(maple, token.access_token)
    maple.town.confirm_email("yara")
    with pytest.raises(E.Forbidden) as info:
        await yara.verify_credentials()
    assert info.value.reason is E.ForbiddenReason.PENDING_APPROVAL
    maple.town.approve("yara")
    assert (await yara.verify_credentials()).username == "yara"


async def test_taken_username_is_validation_failed(make_client: ClientFactory, maple: Any) -> None:
    app = await app_client(make_client, maple)
    with pytest.raises(E.ValidationFailed) as info:
        await app.register_account(
            username="bob",
            email="other@example.org",
            password="a long password 2",
            agreement=True,
            locale="en",
        )
    assert "ERR_TAKEN" in info.value.codes("username")
    assert "That username is already taken" in info.value.user_message()


async def test_closed_sign_up_is_forbidden(make_client: ClientFactory, maple: Any) -> None:
    maple.town.registration_mode = "closed"
    app = await app_client(make_client, maple)
    with pytest.raises(E.Forbidden) as info:
        await app.register_account(
            username="xena",
            email="xena@example.org",
            password="a long password 3",
            agreement=True,
            locale="en",
        )
    assert info.value.reason is E.ForbiddenReason.NOT_ALLOWED
