"""Being logged in on a practice town's own web pages (its settings pages), as a browser is
on Mastodon: a log-in form (username and password), then a session cookie.

No routes here: the pages (``moving_pages.py``) call :func:`signed_in` and
:func:`login_form`, and :func:`keep_session` puts the cookie on their answer.

The app's practice mode opens these pages in the person's browser already signed in: it asks
:func:`one_time_sign_in` for a token and puts it in the page's address (``?sign_in=...``).
The token works once, for :data:`SIGN_IN_SECONDS`, and only on its own town; after it the
browser has the session cookie like after the form. Chosen over showing or pre-filling the
password on the log-in form because that form is on 127.0.0.1, where any program or person
on this computer could read it, and because the practice person never chose a password: a
token that is used up at once gives nothing away. The one move that asks the password again
(``/settings/migration``) has it filled in for a session begun this way
(:func:`signed_in_by_app`): the browser already holds that person's session.
"""

from __future__ import annotations

import re
import secrets
import threading
import time
import weakref
from html import escape

from starlette.responses import Response

from townsfolk.practice.model import Person
from townsfolk.practice.routes.base import Ctx, _html_page
from townsfolk.practice.world import Town

__all__ = [
    "COOKIE",
    "SIGN_IN",
    "SIGN_IN_SECONDS",
    "cookie_name",
    "keep_session",
    "login_form",
    "one_time_sign_in",
    "signed_in",
    "signed_in_by_app",
]

COOKIE = "_practice_session"


def cookie_name(town: Town) -> str:
    """The session cookie of ``town``'s pages: one name per town, because served from this
    computer every town is on 127.0.0.1, and browsers keep cookies per host, not per port."""
    return f"{COOKIE}_{re.sub(r'[^a-z0-9]', '_', town.domain.lower())}"


#: The query parameter of a one-time sign-in.
SIGN_IN = "sign_in"
#: How long a one-time sign-in token works (the browser opens the page at once).
SIGN_IN_SECONDS = 120.0
_SESSIONS: weakref.WeakKeyDictionary[Town, dict[str, int]] = weakref.WeakKeyDictionary()
#: One-time sign-in tokens per town: token -> (person key, time it stops working).
_TOKENS: weakref.WeakKeyDictionary[Town, dict[str, tuple[int, float]]] = weakref.WeakKeyDictionary()
#: Sessions begun with a one-time sign-in (from the app on this computer).
_FROM_APP: weakref.WeakKeyDictionary[Town, set[str]] = weakref.WeakKeyDictionary()
_LOCK = threading.Lock()


def one_time_sign_in(town: Town, person_key: int, *, seconds: float = SIGN_IN_SECONDS) -> str:
    """A token that signs ``person_key`` in on ``town``'s pages once, within ``seconds``."""
    token = secrets.token_urlsafe(24)
    now = time.monotonic()
    with _LOCK:
        tokens = _TOKENS.setdefault(town, {})
        for old in [t for t, (_pk, until) in tokens.items() if until <= now]:
            del tokens[old]
        tokens[token] = (person_key, now + seconds)
    return token


def signed_in_by_app(ctx: Ctx, session: str | None) -> bool:
    """True when this browser's session began with a one-time sign-in from the app."""
    current = session or ctx.request.cookies.get(cookie_name(ctx.town)) or ""
    with _LOCK:
        return current in _FROM_APP.get(ctx.town, set())


def _use_token(ctx: Ctx, token: str) -> tuple[Person | None, str | None]:
    with _LOCK:
        pk, until = _TOKENS.get(ctx.town, {}).pop(token, (None, 0.0))
        if pk is None or until <= time.monotonic():
            return None, None
        person = ctx.world.people.get(pk)
        if person is None:
            return None, None
        session = secrets.token_urlsafe(24)
        _SESSIONS.setdefault(ctx.town, {})[session] = person.key
        _FROM_APP.setdefault(ctx.town, set()).add(session)
    return person, session


def signed_in(ctx: Ctx) -> tuple[Person | None, str | None, str | None]:
    """Who is logged in: (person, a new session to set or None, a log-in error or None).
    A form with ``username`` and ``password`` logs in, and so does an unused one-time
    sign-in token in the address; otherwise the cookie tells."""
    town = ctx.town
    token = ctx.request.query_params.get(SIGN_IN)
    if token:
        person, session = _use_token(ctx, token)
        if person is not None:
            return person, session, None
    username = ctx.params.get("username")
    if username is not None and ctx.request.method == "POST":
        name = username.strip().lstrip("@").split("@")[0].lower()
        pk = ctx.world.handles.get((town.domain, name))
        person = ctx.world.people.get(pk) if pk is not None else None
        password = ctx.params.get("password") or ""
        if person is None or not secrets.compare_digest(person.password, password):
            return None, None, "That username and password do not match. Please try again."
        session = secrets.token_urlsafe(24)
        with _LOCK:
            _SESSIONS.setdefault(town, {})[session] = person.key
        return person, session, None
    cookie = ctx.request.cookies.get(cookie_name(town))
    with _LOCK:
        pk = _SESSIONS.get(town, {}).get(cookie or "")
    return (ctx.world.people.get(pk) if pk is not None else None), None, None


def login_form(ctx: Ctx, error: str | None) -> Response:
    message = f'<p class="error" id="error">{escape(error)}</p>' if error else ""
    return _html_page(
        f"Log in to {ctx.town.title}",
        f"{message}<form method='post' action='{escape(ctx.request.url.path)}'>"
        "<p><label>Username <input name='username' autocomplete='username'></label></p>"
        "<p><label>Password <input name='password' type='password'></label></p>"
        "<p><button type='submit'>Log in</button></p></form>",
        401 if error else 200,
    )


def keep_session(ctx: Ctx, response: Response, session: str | None) -> Response:
    if session is not None:
        name = cookie_name(ctx.town)
        response.set_cookie(name, session, httponly=True, samesite="lax", path="/")
    return response
