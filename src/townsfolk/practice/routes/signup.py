"""Practice town routes: signing up."""

from __future__ import annotations

from datetime import datetime

from starlette.responses import Response

from townsfolk.practice.model import (
    utcnow,
)
from townsfolk.practice.routes.base import (
    ApiError,
    Ctx,
    api,
    not_found,
)
from townsfolk.practice.routes.oauth import _token_json

# -- sign-up ----------------------------------------------------------------------------------

RESERVED = {"admin", "root", "support", "help", "mastodon", "moderator", "webmaster", "townhall"}


@api("/api/v1/accounts", ("POST",), auth="token", scope="write:accounts")
def sign_up(ctx: Ctx) -> Response:
    town, p, world = ctx.town, ctx.params, ctx.world
    if not town.personality.sign_up_api:
        raise not_found()  # people join on the town's web page
    assert ctx.token is not None
    if town.registration_mode == "closed":
        raise ApiError(403, "Forbidden")
    details: dict[str, list[dict[str, str]]] = {}
    messages: list[str] = []

    def bad(field: str, code: str, description: str) -> None:
        details.setdefault(field, []).append({"error": code, "description": description})
        messages.append(f"{field.replace('_', ' ').capitalize()} {description}")

    username = (p.get("username") or "").strip()
    email = (p.get("email") or "").strip()
    password = p.get("password") or ""
    if not username:
        bad("username", "ERR_BLANK", "can't be blank")
    elif not all(c.isascii() and (c.isalnum() or c == "_") for c in username):
        bad("username", "ERR_INVALID", "must contain only letters, numbers and underscores")
    elif len(username) > 30:
        bad("username", "ERR_TOO_LONG", "is too long (maximum is 30 characters)")
    elif username.lower() in RESERVED:
        bad("username", "ERR_RESERVED", "is reserved")
    elif (town.domain, username.lower()) in world.handles:
        bad("username", "ERR_TAKEN", "has already been taken")
    if not email:
        bad("email", "ERR_BLANK", "can't be blank")
    elif "@" not in email or "." not in email.split("@")[-1] or " " in email:
        bad("email", "ERR_INVALID", "is invalid")
    elif any(
        q.email.lower() == email.lower() for q in world.people.values() if q.home == town.domain
    ):
        bad("email", "ERR_TAKEN", "has already been taken")
    if not password:
        bad("password", "ERR_BLANK", "can't be blank")
    elif len(password) < 8:
        bad("password", "ERR_TOO_SHORT", "is too short (minimum is 8 characters)")
    elif len(password) > 72:
        bad("password", "ERR_TOO_LONG", "is too long (maximum is 72 characters)")
    if not p.bool("agreement"):
        bad("agreement", "ERR_ACCEPTED", "must be accepted")
    locale = p.get("locale") or "en"
    if len(locale) > 10 or not locale.replace("-", "").replace("_", "").isalpha():
        bad("locale", "ERR_INCLUSION", "is not included in the list")
    reason = (p.get("reason") or "").strip()
    if town.registration_mode == "approval" and town.reason_required and not reason:
        bad("reason", "ERR_BLANK", "can't be blank")
    if town.min_age:
        raw = p.get("date_of_birth") or ""
        if not raw:
            bad("date_of_birth", "ERR_BLANK", "can't be blank")
        else:
            try:
                born = datetime.strptime(raw, "%Y-%m-%d").date()
            except ValueError:
                bad("date_of_birth", "ERR_INVALID", "is invalid")
            else:
                today = utcnow().date()
                age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
                if age < town.min_age:
                    bad("date_of_birth", "ERR_BELOW_LIMIT", "is below the age limit")
    if details:
        raise ApiError(422, "Validation failed: " + ", ".join(messages), details=details)
    person = world.add_person(
        town.domain,
        username,
        username,
        "",
        created_at=utcnow(),
        hue=len(world.people) * 47 % 360,
        email=email,
        password=password,
    )
    person.confirmed = False
    person.approved = town.registration_mode != "approval"
    person.locale = locale
    person.reason = reason
    person.created_by_app = ctx.token.app_id
    app = town.apps[ctx.token.app_id]
    token = town.issue_token(app.client_id, person.key, app.scopes)
    return ctx.json(_token_json(token))


@api("/api/v1/emails/confirmations", ("POST",), auth="token")
def resend_confirmation(ctx: Ctx) -> Response:
    token = ctx.token
    assert token is not None
    if token.person is None:
        raise ApiError(422, "This method requires an authenticated user")
    person = ctx.world.people[token.person]
    if person.confirmed or person.created_by_app != token.app_id:
        raise ApiError(
            403, "This method is only available while the e-mail is awaiting confirmation"
        )
    email = ctx.params.get("email")
    if email:
        person.email = email
    return ctx.json({})
