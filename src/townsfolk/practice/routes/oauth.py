"""Practice town routes: apps and log-in (OAuth)."""

from __future__ import annotations

import base64
import hashlib
import secrets
import time
from html import escape
from typing import Any
from urllib.parse import urlencode, urlsplit

import msgspec
from starlette.responses import RedirectResponse, Response

from townsfolk.practice import personalities
from townsfolk.practice.model import (
    AuthCode,
    Person,
    Token,
)
from townsfolk.practice.routes.base import (
    ALL_SCOPES,
    OOB,
    ApiError,
    Ctx,
    _html_page,
    api,
    not_found,
)

# -- apps and OAuth ---------------------------------------------------------------------------


def _app_json(app: Any, secret: bool) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": str(app.id),
        "name": app.name,
        "website": app.website,
        "scopes": app.scopes,
        "redirect_uri": "\n".join(app.redirect_uris),
        "redirect_uris": app.redirect_uris,
    }
    if secret:
        out.update(
            {
                "client_id": app.client_id,
                "client_secret": app.client_secret,
                "client_secret_expires_at": 0,
                "vapid_key": "BPracticeTownVapidKeyNotForRealPushes0000000000000000000",
            }
        )
    return out


def _valid_redirect(uri: str) -> bool:
    if uri == OOB:
        return True
    parts = urlsplit(uri)
    return bool(parts.scheme and (parts.netloc or parts.scheme not in ("http", "https")))


@api("/api/v1/apps", ("POST",))
def create_app(ctx: Ctx) -> Response:
    p = ctx.params
    name = (p.get("client_name") or "").strip()
    uris: list[str] = []
    for value in p.getlist("redirect_uris"):
        uris += [u.strip() for u in value.splitlines() if u.strip()]
    errors = []
    if not name:
        errors.append("Application name can't be blank")
    elif len(name) > 60:
        errors.append("Application name is too long (maximum is 60 characters)")
    if not uris:
        errors.append("Redirect URI can't be blank")
    elif not all(_valid_redirect(u) for u in uris):
        errors.append("Redirect URI must be an absolute URI.")
    scopes = (p.get("scopes") or "read").split()
    if any(s not in ALL_SCOPES for s in scopes):
        errors.append("Scopes are invalid")
    if errors:
        raise ApiError(422, "Validation failed: " + ", ".join(errors))
    app = ctx.town.register_app(name, uris, p.get("website") or None, " ".join(scopes))
    return ctx.json(_app_json(app, secret=True))


@api("/api/v1/apps/verify_credentials", auth="token")
def verify_app(ctx: Ctx) -> Response:
    assert ctx.token is not None
    app = ctx.town.apps[ctx.token.app_id]
    return ctx.json(_app_json(app, secret=False))


@api("/.well-known/oauth-authorization-server")
def oauth_metadata(ctx: Ctx) -> Response:
    if not ctx.town.pkce_supported:
        raise not_found()
    b = ctx.base
    return ctx.json(
        {
            "issuer": f"{b}/",
            "service_documentation": "https://docs.joinmastodon.org/",
            "authorization_endpoint": f"{b}/oauth/authorize",
            "token_endpoint": f"{b}/oauth/token",
            "revocation_endpoint": f"{b}/oauth/revoke",
            "userinfo_endpoint": f"{b}/oauth/userinfo",
            "app_registration_endpoint": f"{b}/api/v1/apps",
            "scopes_supported": ALL_SCOPES,
            "response_types_supported": ["code"],
            "response_modes_supported": ["query", "fragment", "form_post"],
            "code_challenge_methods_supported": ["S256"],
            "grant_types_supported": ["authorization_code", "client_credentials"],
            "token_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post"],
        }
    )


def _loopback(host: str | None) -> bool:
    return host in ("127.0.0.1", "::1")


def redirect_matches(
    registered: str, requested: str, *, loopback_ignores_port: bool = True
) -> bool:
    """Doorkeeper's rule: exact match, except loopback IP literals ignore the port."""
    if registered == requested:
        return True
    if not loopback_ignores_port:
        return False
    a, b = urlsplit(registered), urlsplit(requested)
    return (
        a.scheme == b.scheme == "http"
        and _loopback(a.hostname)
        and a.hostname == b.hostname
        and a.path == b.path
        and a.query == b.query
    )


def _redirect_with(uri: str, **params: str | None) -> Response:
    query = urlencode({k: v for k, v in params.items() if v is not None})
    return RedirectResponse(uri + ("&" if "?" in uri else "?") + query, 302)


def _authorize(ctx: Ctx, person: Person | None) -> Response:
    p, town = ctx.params, ctx.town
    app = town.apps.get(p.get("client_id") or "")
    if app is None:
        return _html_page(
            "An error has occurred",
            "<p>Client authentication failed due to unknown client, no client authentication "
            "included, or unsupported authentication method.</p>",
            401,
        )
    redirect_uri = p.get("redirect_uri") or (
        app.redirect_uris[0] if len(app.redirect_uris) == 1 else ""
    )
    if personalities.login_before_redirect_check(town) and person is None:
        # Takahē: the log-in form first (a 302 to it), the return address only afterwards.
        if not p.get("login"):
            return _redirect_with("/oauth/authorize", login="1", **_auth_fields(ctx))
        return _login_form(ctx, None)
    allowed = personalities.redirect_allowed(town, app.redirect_uris, redirect_uri)
    if allowed is False:
        return _html_page("Invalid OAuth Request", "<p>Invalid redirect URI</p>", 401)
    if allowed is None and not any(
        redirect_matches(r, redirect_uri, loopback_ignores_port=town.loopback_ignores_port)
        for r in app.redirect_uris
    ):
        return _html_page(
            "An error has occurred",
            "<p>The redirect uri included is not valid.</p>",
            400,
        )
    state = p.get("state")
    oob = redirect_uri == OOB

    def fail(error: str, description: str) -> Response:
        if oob:
            return _html_page("An error has occurred", f"<p>{escape(description)}</p>", 400)
        return _redirect_with(redirect_uri, error=error, error_description=description, state=state)

    if p.get("response_type") != "code":
        return fail(
            "unsupported_response_type",
            "The authorization server does not support this response type.",
        )
    scopes = (p.get("scope") or "read").split()
    if not set(scopes) <= set(app.scopes):
        return fail(
            "invalid_scope",
            "The requested scope is invalid, unknown, or malformed.",
        )
    challenge = p.get("code_challenge") if town.pkce_supported else None
    if challenge and (p.get("code_challenge_method") or "plain") != "S256":
        return fail(
            "invalid_request",
            "The code_challenge_method must be S256.",
        )
    if person is None:
        return _login_form(ctx, None)
    code = AuthCode(
        code=secrets.token_urlsafe(32),
        client_id=app.client_id,
        person=person.key,
        redirect_uri=redirect_uri,
        scopes=scopes,
        challenge=challenge,
        expires=time.time() + 600,
    )
    town.codes[code.code] = code
    if oob:
        return _html_page(
            "Authorization code",
            "<p>Copy this code and paste it into the app:</p>"
            f'<p><code id="code">{escape(code.code)}</code></p>',
        )
    return _redirect_with(redirect_uri, code=code.code, state=state)


_AUTH_FIELDS = (
    "response_type", "client_id", "redirect_uri", "scope", "state",
    "code_challenge", "code_challenge_method", "force_login", "lang",
)  # fmt: skip


def _auth_fields(ctx: Ctx) -> dict[str, str | None]:
    return {name: ctx.params.get(name) for name in _AUTH_FIELDS}


def _login_form(ctx: Ctx, error: str | None) -> Response:
    hidden = "".join(
        f'<input type="hidden" name="{name}" value="{escape(value)}">'
        for name in _AUTH_FIELDS
        if (value := ctx.params.get(name)) is not None
    )
    message = f'<p class="error" id="error">{escape(error)}</p>' if error else ""
    return _html_page(
        f"Log in to {ctx.town.title}",
        f"{message}<form method='post' action='/oauth/authorize'>{hidden}"
        "<label>Username <input name='username' autocomplete='username'></label>"
        "<label>Password <input name='password' type='password'></label>"
        "<button type='submit'>Log in</button></form>",
        401 if error else 200,
    )


@api("/oauth/authorize")
def authorize_get(ctx: Ctx) -> Response:
    person = None
    # (a Takahē town first sends everyone to its log-in form, marked with login=1)
    first = personalities.login_before_redirect_check(ctx.town) and not ctx.params.get("login")
    if ctx.town.auto_approve_as and not first:
        try:
            person = ctx.town.person(ctx.town.auto_approve_as)
        except KeyError:
            person = None
    return _authorize(ctx, person)


@api("/oauth/authorize", ("POST",))
def authorize_post(ctx: Ctx) -> Response:
    username = (ctx.params.get("username") or "").lstrip("@").split("@")[0]
    password = ctx.params.get("password") or ""
    pk = ctx.world.handles.get((ctx.town.domain, username.lower()))
    person = ctx.world.people.get(pk) if pk is not None else None
    if person is None or not secrets.compare_digest(person.password, password):
        return _login_form(ctx, "That username and password do not match. Please try again.")
    return _authorize(ctx, person)


def _oauth_error(status: int, error: str, description: str) -> ApiError:
    return ApiError(status, error, error_description=description)


def _client(ctx: Ctx) -> Any:
    p = ctx.params
    client_id, secret = p.get("client_id"), p.get("client_secret")
    header = ctx.request.headers.get("authorization", "")
    if header.lower().startswith("basic "):
        try:
            decoded = base64.b64decode(header[6:]).decode()
            client_id, _, secret = decoded.partition(":")
        except (ValueError, UnicodeDecodeError):
            client_id = secret = None
    app = ctx.town.apps.get(client_id or "")
    if app is None or not secret or not secrets.compare_digest(app.client_secret, secret):
        raise _oauth_error(
            401,
            "invalid_client",
            "Client authentication failed due to unknown client, no client authentication "
            "included, or unsupported authentication method.",
        )
    return app


def _token_json(token: Token) -> dict[str, Any]:
    return {
        "access_token": token.value,
        "token_type": "Bearer",
        "scope": " ".join(token.scopes),
        "created_at": int(token.created_at.timestamp()),
    }


INVALID_GRANT = (
    "The provided authorization grant is invalid, expired, revoked, does not match the "
    "redirection URI used in the authorization request, or was issued to another client."
)


@api("/oauth/token", ("POST",))
def oauth_token(ctx: Ctx) -> Response:
    p, town = ctx.params, ctx.town
    grant = p.get("grant_type")
    if grant not in ("authorization_code", "client_credentials"):
        raise _oauth_error(
            400,
            "unsupported_grant_type",
            "The authorization grant type is not supported by the authorization server.",
        )
    app = _client(ctx)
    if grant == "client_credentials":
        scopes = (p.get("scope") or "read").split()
        if not set(scopes) <= set(app.scopes):
            raise _oauth_error(
                400, "invalid_scope", "The requested scope is invalid, unknown, or malformed."
            )
        return ctx.json(_token_json(town.issue_token(app.client_id, None, scopes)))
    code = town.codes.pop(p.get("code") or "", None)
    if (
        code is None
        or code.client_id != app.client_id
        or code.expires < time.time()
        or not redirect_matches(code.redirect_uri, p.get("redirect_uri") or "")
    ):
        if town.personality.bad_code_status == 500:  # Takahē: an error page, not OAuth JSON
            return _html_page("Server Error (500)", "", 500)
        raise _oauth_error(town.personality.bad_code_status, "invalid_grant", INVALID_GRANT)
    if code.challenge:
        verifier = p.get("code_verifier") or ""
        digest = hashlib.sha256(verifier.encode()).digest()
        expected = base64.urlsafe_b64encode(digest).rstrip(b"=").decode()
        if not verifier or not secrets.compare_digest(expected, code.challenge):
            raise _oauth_error(400, "invalid_grant", INVALID_GRANT)
    return ctx.json(_token_json(town.issue_token(app.client_id, code.person, code.scopes)))


@api("/oauth/revoke", ("POST",))
def oauth_revoke(ctx: Ctx) -> Response:
    app = _client(ctx)
    token = ctx.town.tokens.get(ctx.params.get("token") or "")
    if token is not None:
        if token.app_id != app.client_id:
            raise _oauth_error(
                403, "unauthorized_client", "You are not authorized to revoke this token"
            )
        token.revoked = True
    return ctx.json({})


@api("/oauth/userinfo", auth="user", scope="profile")
def oauth_userinfo(ctx: Ctx) -> Response:
    me = ctx.me
    return ctx.json(
        {
            "iss": f"{ctx.base}/",
            "sub": f"https://{me.home}/users/{me.username}",
            "name": me.display_name,
            "preferred_username": me.username,
            "profile": f"https://{me.home}/@{me.username}",
            "picture": msgspec.json.decode(ctx.account(me))["avatar"],
        }
    )
