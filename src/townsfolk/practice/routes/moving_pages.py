"""The practice towns' own web pages for moving a whole account, as plain HTML forms, so a
person can walk a move by hand (``python -m townsfolk.practice``, or the app's practice mode):

- ``/settings/aliases`` ("Account aliases", on the *new* town): add an old address this
  account is also known as.
- ``/settings/migration`` ("Move to a different account", on the *old* town): the new address
  must list this account as an alias; with the password, the account moves (``moves.py``):
  its followers here follow the new account instead, and its login stops working for apps.
- ``/settings/export`` and ``/settings/exports/<part>.csv``: the export files, which still work
  after a move (Mastodon skips ``require_functional!`` there).

Each page asks to log in first (``web_session.py``).
"""

from __future__ import annotations

import secrets
from html import escape

from starlette.responses import Response

from townsfolk.practice import moves
from townsfolk.practice.export_files import EXPORTS, export_counts, export_csv
from townsfolk.practice.model import Person
from townsfolk.practice.routes.base import Ctx, _html_page, api
from townsfolk.practice.routes.web_session import (
    keep_session,
    login_form,
    signed_in,
    signed_in_by_app,
)

__all__: list[str] = []


def _address(person: Person) -> str:
    return f"@{person.username}@{person.home}"


def _find(ctx: Ctx, typed: str) -> Person | None:
    """The person behind an address typed as ``@user@town``, ``user@town`` or ``user``."""
    name, _, domain = typed.strip().lstrip("@").partition("@")
    if not name:
        return None
    return ctx.world.lookup(name, domain or None, ctx.town.domain)


def _message(text: str | None, error: bool = False) -> str:
    if not text:
        return ""
    kind = "error" if error else "notice"
    return f'<p class="{kind}" id="{kind}">{escape(text)}</p>'


def _page(ctx: Ctx, title: str, body: str, session: str | None, status: int = 200) -> Response:
    back = "<p><a href='/settings/aliases'>Account aliases</a> · "
    back += "<a href='/settings/migration'>Move to a different account</a> · "
    back += "<a href='/settings/export'>Export</a></p>"
    return keep_session(ctx, _html_page(title, body + back, status), session)


def _acting(ctx: Ctx) -> bool:
    """A form of the page itself was sent (not the log-in form)."""
    return ctx.request.method == "POST" and ctx.params.get("username") is None


# -- aliases ----------------------------------------------------------------------------------


@api("/settings/aliases", ("GET", "POST"))
def aliases_page(ctx: Ctx) -> Response:
    person, session, error = signed_in(ctx)
    if person is None:
        return login_form(ctx, error)
    notice, problem = None, None
    if _acting(ctx):
        typed = ctx.params.get("acct") or ""
        old = _find(ctx, typed)
        if old is None:
            problem = f"{typed.strip() or 'That address'} could not be found."
        elif old.key == person.key:
            problem = "This is your own account: type the address of your old account."
        else:
            moves.add_alias(ctx.world, person.key, old.key)
            notice = f"Added: {_address(old)} is now an alias of this account."
    known = [ctx.world.people[pk] for pk in moves.aliases(ctx.world, person.key)]
    listed = "".join(f"<li>{escape(_address(p))}</li>" for p in known) or "<li>None yet.</li>"
    body = (
        _message(problem, error=True)
        + _message(notice)
        + f"<p>You are logged in as {escape(_address(person))}.</p>"
        "<p>If you are moving here from another account, add the old account's address "
        "here first. This tells the old town that this account is yours too "
        "(“also known as”).</p>"
        "<form method='post' action='/settings/aliases'>"
        "<p><label>Old account's address "
        "<input name='acct' placeholder='@username@old.town'></label></p>"
        "<p><button type='submit'>Add alias</button></p></form>"
        f"<h2>Aliases</h2><ul id='aliases'>{listed}</ul>"
    )
    return _page(ctx, "Account aliases", body, session, 422 if problem else 200)


# -- migration --------------------------------------------------------------------------------


def _move(ctx: Ctx, person: Person) -> str | None:
    """Move ``person`` to the typed address; a sentence when it cannot be done."""
    typed = (ctx.params.get("acct") or "").strip()
    new = _find(ctx, typed)
    if new is None:
        return f"{typed or 'That address'} could not be found."
    if new.key == person.key:
        return "This is this account: type the address of your new account."
    if person.key not in moves.aliases(ctx.world, new.key):
        return (
            f"{_address(new)} does not list this account as an alias yet. On {new.home}, "
            f"open “Account aliases” and add {_address(person)} first."
        )
    if not secrets.compare_digest(ctx.params.get("current_password") or "", person.password):
        return "That password is not right. Please type your password again."
    world = ctx.world
    moves.set_moved(world, person.key, new.key)
    moves.notify_followers(world, person.key, new.key)
    # Followers follow the new account instead (Mastodon's Move: followers move by themselves).
    for follower in list(world.graph.followers.get(person.key, {})):
        if follower == new.key:
            continue
        if not world.follows(follower, new.key):
            world.follow(follower, new.key)
        world.unfollow(follower, person.key)
    return None


@api("/settings/migration", ("GET", "POST"))
def migration_page(ctx: Ctx) -> Response:
    person, session, error = signed_in(ctx)
    if person is None:
        return login_form(ctx, error)
    problem = _move(ctx, person) if _acting(ctx) else None
    moved = moves.moved_to(ctx.world, person.key)
    if moved is not None:
        target = _address(ctx.world.people[moved])
        body = (
            f"<p id='moved'>{escape(_address(person))} has moved to {escape(target)}. "
            "Your followers are moving there by themselves. Your posts stay here, and apps "
            "can no longer use this account; your export files are still on the "
            "<a href='/settings/export'>Export</a> page.</p>"
        )
        return _page(ctx, "Move to a different account", body, session)
    filled, filled_note = "", ""
    if signed_in_by_app(ctx, session):  # opened from the app's practice mode: see web_session
        filled = f" value='{escape(person.password, quote=True)}'"
        filled_note = (
            "<p id='filled'>This is a practice town, so Townsfolk has filled in your password.</p>"
        )
    body = (
        _message(problem, error=True) + f"<p>You are logged in as {escape(_address(person))}.</p>"
        "<p>Moving sends your followers to your new account. Your posts stay here. "
        "First add this account's address as an alias on the new account "
        "(“Account aliases” on the new town).</p>"
        "<form method='post' action='/settings/migration'>"
        "<p><label>New account's address "
        "<input name='acct' placeholder='@username@new.town'></label></p>"
        "<p><label>Your password <input name='current_password' type='password'"
        f"{filled}></label></p>"
        f"{filled_note}"
        "<p><button type='submit'>Move followers</button></p></form>"
    )
    return _page(ctx, "Move to a different account", body, session, 422 if problem else 200)


# -- export -----------------------------------------------------------------------------------


@api("/settings/export", ("GET", "POST"))
def export_page(ctx: Ctx) -> Response:
    person, session, error = signed_in(ctx)
    if person is None:
        return login_form(ctx, error)
    counts = export_counts(ctx.world, person)
    rows = "".join(
        f"<li><a href='/settings/exports/{part}.csv' download='{escape(name)}'>"
        f"{escape(what)}</a> ({counts[part]}): {escape(name)}</li>"
        for part, (name, what) in EXPORTS.items()
    )
    body = (
        f"<p>You are logged in as {escape(_address(person))}.</p>"
        "<p>Download your follows, lists, blocks, mutes, blocked towns and bookmarks as "
        "files, to bring them into another account. (A copy of your posts cannot be made "
        "in a practice town.)</p>"
        f"<ul id='exports'>{rows}</ul>"
    )
    return _page(ctx, "Export", body, session)


@api("/settings/exports/{name}")
def export_file(ctx: Ctx) -> Response:
    person, _session, _error = signed_in(ctx)
    if person is None:
        return login_form(ctx, None)
    part = ctx.request.path_params["name"].removesuffix(".csv")
    if part not in EXPORTS:
        return _html_page("The page you are looking for isn't here.", "", 404)
    data = export_csv(ctx.world, person, part)
    headers = {"Content-Disposition": f'attachment; filename="{EXPORTS[part][0]}"'}
    return Response(data, 200, headers, media_type="text/csv; charset=utf-8")
