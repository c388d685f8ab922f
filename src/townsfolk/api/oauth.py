"""Logging in: app registration, endpoint discovery, PKCE, authorize URL, code exchange,
client credentials and revocation."""

from __future__ import annotations

import base64
import hashlib
import secrets
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import urlencode, urlsplit

import msgspec

from townsfolk.api.entities import Application, Entity, Token, decode
from townsfolk.api.errors import BadResponse
from townsfolk.api.http import is_html

if TYPE_CHECKING:
    from townsfolk.api.client import MastodonClient

__all__ = [
    "DEFAULT_SCOPES",
    "OOB_REDIRECT_URI",
    "OAuthEndpoints",
    "Pkce",
    "authorize_url",
    "client_credentials_token",
    "discover",
    "exchange_code",
    "make_pkce",
    "new_state",
    "register_app",
    "revoke_token",
]

DEFAULT_SCOPES = "read write follow push"
OOB_REDIRECT_URI = "urn:ietf:wg:oauth:2.0:oob"


@dataclass(frozen=True)
class Pkce:
    """A PKCE pair (RFC 7636, S256). The verifier is a secret: hidden from repr()."""

    verifier: str = field(repr=False)
    challenge: str
    method: str = "S256"


def make_pkce() -> Pkce:
    """A fresh verifier (86 URL-safe characters) and its S256 challenge."""
    verifier = secrets.token_urlsafe(64)
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    challenge = base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")
    return Pkce(verifier=verifier, challenge=challenge)


def new_state() -> str:
    """A random `state` value to match the answer to the request."""
    return secrets.token_urlsafe(24)


class _Discovery(Entity):
    issuer: str = ""
    authorization_endpoint: str = ""
    token_endpoint: str = ""
    revocation_endpoint: str = ""
    userinfo_endpoint: str = ""
    app_registration_endpoint: str = ""
    scopes_supported: list[str] = msgspec.field(default_factory=list)
    code_challenge_methods_supported: list[str] = msgspec.field(default_factory=list)
    grant_types_supported: list[str] = msgspec.field(default_factory=list)


@dataclass(frozen=True)
class OAuthEndpoints:
    """Where to log in. Paths are relative to the server's base URL.
    `discovered` is False when the server has no discovery document (before Mastodon 4.3)
    and the classic /oauth/* paths are assumed."""

    authorization: str = "/oauth/authorize"
    token: str = "/oauth/token"  # noqa: S105 (a path, not a secret)
    revocation: str = "/oauth/revoke"
    app_registration: str = "/api/v1/apps"
    scopes_supported: tuple[str, ...] = ()
    code_challenge_methods: tuple[str, ...] = ()
    discovered: bool = False

    @property
    def supports_pkce(self) -> bool:
        return "S256" in self.code_challenge_methods


def _path_of(url: str, default: str) -> str:
    if not url:
        return default
    try:
        parts = urlsplit(url)
    except ValueError:
        return default
    return parts.path or default


async def discover(client: MastodonClient) -> OAuthEndpoints:
    """Read /.well-known/oauth-authorization-server; fall back to /oauth/* when it is
    missing (404), is a web page, or cannot be read."""
    try:
        response = await client.request(
            "GET",
            "/.well-known/oauth-authorization-server",
            authenticated=False,
            ok_statuses=(400, 401, 403, 404, 406, 410),
        )
    except BadResponse:
        return OAuthEndpoints()
    if response.status_code >= 300 or is_html(
        response.headers.get("content-type", ""), response.content
    ):
        return OAuthEndpoints()
    try:
        doc = decode(response.content, _Discovery)
    except BadResponse:
        return OAuthEndpoints()
    return OAuthEndpoints(
        authorization=_path_of(doc.authorization_endpoint, "/oauth/authorize"),
        token=_path_of(doc.token_endpoint, "/oauth/token"),
        revocation=_path_of(doc.revocation_endpoint, "/oauth/revoke"),
        app_registration=_path_of(doc.app_registration_endpoint, "/api/v1/apps"),
        scopes_supported=tuple(doc.scopes_supported),
        code_challenge_methods=tuple(doc.code_challenge_methods_supported),
        discovered=True,
    )


async def register_app(
    client: MastodonClient,
    *,
    client_name: str = "Townsfolk",
    redirect_uris: Sequence[str] = (OOB_REDIRECT_URI,),
    scopes: str = DEFAULT_SCOPES,
    website: str | None = None,
    endpoints: OAuthEndpoints | None = None,
) -> Application:
    """POST /api/v1/apps. `redirect_uris` go as one newline-joined string (works on old
    and new servers). The answer holds client_id and client_secret (keep it in the keyring)."""
    data = [
        ("client_name", client_name),
        ("redirect_uris", "\n".join(redirect_uris)),
        ("scopes", scopes),
    ]
    if website:
        data.append(("website", website))
    path = endpoints.app_registration if endpoints else "/api/v1/apps"
    response = await client.request("POST", path, data=data, authenticated=False)
    return client.decode_response(response, Application)


def authorize_url(
    base_url: str,
    *,
    client_id: str,
    redirect_uri: str,
    scope: str = DEFAULT_SCOPES,
    state: str | None = None,
    code_challenge: str | None = None,
    force_login: bool = False,
    lang: str | None = None,
    endpoints: OAuthEndpoints | None = None,
) -> str:
    """The page to open in the browser so the person can log in and allow the app."""
    params = [
        ("response_type", "code"),
        ("client_id", client_id),
        ("redirect_uri", redirect_uri),
        ("scope", scope),
    ]
    if state:
        params.append(("state", state))
    if code_challenge:
        params.append(("code_challenge", code_challenge))
        params.append(("code_challenge_method", "S256"))
    if force_login:
        params.append(("force_login", "true"))
    if lang:
        params.append(("lang", lang))
    path = endpoints.authorization if endpoints else "/oauth/authorize"
    base = base_url.rstrip("/")
    if "://" not in base:
        base = "https://" + base
    return f"{base}{path}?{urlencode(params)}"


async def _token_request(
    client: MastodonClient,
    data: list[tuple[str, str]],
    endpoints: OAuthEndpoints | None,
    secret_values: list[str],
) -> Token:
    path = endpoints.token if endpoints else "/oauth/token"
    response = await client.request(
        "POST", path, data=data, authenticated=False, secrets=secret_values
    )
    try:
        return client.decode_response(response, Token)
    except BadResponse as exc:
        raise BadResponse(
            exc.detail, server=client.server, method="POST", path=path, status=200
        ) from None


async def exchange_code(
    client: MastodonClient,
    *,
    client_id: str,
    client_secret: str,
    code: str,
    redirect_uri: str,
    code_verifier: str | None = None,
    scope: str | None = None,
    endpoints: OAuthEndpoints | None = None,
) -> Token:
    """Trade the code from the redirect for a user token (authorization_code grant)."""
    data = [
        ("grant_type", "authorization_code"),
        ("client_id", client_id),
        ("client_secret", client_secret),
        ("code", code),
        ("redirect_uri", redirect_uri),
    ]
    if code_verifier:
        data.append(("code_verifier", code_verifier))
    if scope:
        data.append(("scope", scope))
    secret_values = [client_secret, code] + ([code_verifier] if code_verifier else [])
    return await _token_request(client, data, endpoints, secret_values)


async def client_credentials_token(
    client: MastodonClient,
    *,
    client_id: str,
    client_secret: str,
    scope: str = DEFAULT_SCOPES,
    endpoints: OAuthEndpoints | None = None,
) -> Token:
    """An app token (no user), e.g. to sign up a new account (needs write:accounts)."""
    data = [
        ("grant_type", "client_credentials"),
        ("client_id", client_id),
        ("client_secret", client_secret),
        ("scope", scope),
    ]
    return await _token_request(client, data, endpoints, [client_secret])


async def revoke_token(
    client: MastodonClient,
    *,
    client_id: str,
    client_secret: str,
    token: str,
    endpoints: OAuthEndpoints | None = None,
) -> None:
    """Log out: the token stops working. Idempotent."""
    path = endpoints.revocation if endpoints else "/oauth/revoke"
    data = [("client_id", client_id), ("client_secret", client_secret), ("token", token)]
    await client.request(
        "POST", path, data=data, authenticated=False, secrets=[client_secret, token]
    )
