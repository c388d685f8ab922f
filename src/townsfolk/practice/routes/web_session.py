"""Being logged in on a practice town's own web pages (its settings pages), as a browser is
on Mastodon: a log-in form (username and password), then a session cookie.

No routes here: the pages (``moving_pages.py``) call :func:`signed_in` and
:func:`login_form`, and :func:`keep_session` puts the cookie on their answer.
"""

from __future__ import annotations

import secrets
import threading
import weakref
from html import escape

from starlette.responses import Response

from townsfolk.practice.model import Person
from townsfolk.practice.routes.base import Ctx, _html_page
from townsfolk.practice.world import Town

__all__ = ["COOKIE", "keep_session", "login_form", "signed_in"]

COOKIE = "_practice_session"
_SESSIONS: weakref.WeakKeyDictionary[Town, dict[str, int]] = weakref.WeakKeyDictionary()
_LOCK = threading.Lock()


def signed_in(ctx: Ctx) -> tuple[Person | None, str | None, str | None]:
    """Who is logged in: (person, a new session to set or None, a log-in error or None).
    A form with ``username`` and ``password`` logs in; otherwise the cookie tells."""
    town = ctx.town
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
    cookie = ctx.request.cookies.get(COOKIE)
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


def keep_session(response: Response, session: str | None) -> Response:
    if session is not None:
        response.set_cookie(COOKIE, session, httponly=True, samesite="lax", path="/")
    return response
