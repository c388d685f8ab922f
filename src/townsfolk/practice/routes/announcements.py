"""Practice town routes: the town's announcements (practice/announcements.py)."""

from __future__ import annotations

from starlette.responses import Response

from townsfolk.practice import announcements as store
from townsfolk.practice.routes.base import Ctx, api


@api("/api/v1/announcements", auth="user", scope="read")
def announcements(ctx: Ctx) -> Response:
    return ctx.json(store.announcements(ctx.town))
