"""Practice town routes: the town's stored files (avatars, media, emoji)."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, Response
from starlette.routing import Route

from townsfolk.practice import images
from townsfolk.practice.render import (
    encode,
)
from townsfolk.practice.routes.base import (
    JSON,
    NOT_FOUND,
    ROUTES,
)
from townsfolk.practice.world import Town

# -- files ------------------------------------------------------------------------------------


def _png(data: bytes) -> Response:
    return Response(
        data, 200, {"Cache-Control": "public, max-age=31536000"}, media_type="image/png"
    )


async def file_endpoint(request: Request) -> Response:
    town: Town = request.scope["practice.town"]
    world = town.world
    from townsfolk.practice import hostile_media

    on_shelf = hostile_media.served(world, request.url.path)  # practice.hostile_media's files
    if on_shelf is not None:
        return Response(on_shelf[0], 200, media_type=on_shelf[1])
    kind = request.path_params["kind"]
    rest = request.path_params["rest"]
    parts = rest.split("/")
    with world.lock:
        try:
            if kind == "accounts" and len(parts) == 3:
                pk = town.acct_by_id.get(int(parts[1]))
                if pk is None:
                    raise KeyError
                person = world.people[pk]
                upload = person.header_upload if parts[0] == "headers" else person.avatar_upload
                if upload is not None:
                    return Response(upload[0], 200, media_type=upload[1])
                if parts[0] == "headers":
                    return _png(images.header_png(person.hue))
                return _png(
                    images.avatar_png(
                        world.seed, pk, person.hue, person.display_name or person.username
                    )
                )
            if kind == "media_attachments" and len(parts) == 2:
                mk = town.media_by_id.get(int(parts[0]))
                media = world.media[mk] if mk is not None else None
                if media is None:
                    raise KeyError
                small = parts[1].startswith("small")
                if media.data is not None and media.kind == "image":
                    if small:
                        return _png(images.scaled_png(media.data))
                    return Response(media.data, 200, media_type=media.content_type)
                if media.data is not None and not small:
                    return Response(media.data, 200, media_type=media.content_type)
                width, height = (media.width, media.height) if not small else (320, 240)
                return _png(images.picture_png(world.seed, media.key, media.hue, width, height))
            if kind == "custom_emojis" and len(parts) == 2:
                emoji_town = world.town(parts[0])
                code = parts[1].removesuffix(".png")
                return _png(images.emoji_png(code, emoji_town.emojis[code]))
            if kind == "preview_cards" and len(parts) == 1:
                index = int(parts[0].removesuffix(".png"))
                return _png(images.picture_png(world.seed, 10_000 + index, index * 60, 400, 300))
            if kind == "site_uploads":
                return _png(
                    images.picture_png(world.seed, 20_000 + town.index, town.profile.hue, 600, 300)
                )
        except (KeyError, ValueError):
            pass
    return PlainTextResponse("Not Found", 404)


ROUTES.append(Route("/system/{kind}/{rest:path}", file_endpoint))


async def not_found_endpoint(request: Request) -> Response:
    if request.url.path.startswith("/api/"):
        return Response(encode({"error": NOT_FOUND}), 404, media_type=JSON)
    return HTMLResponse(
        "<!DOCTYPE html><html><body>"
        "<h1>The page you are looking for isn't here.</h1></body></html>",
        404,
    )


ROUTES.append(
    Route(
        "/{path:path}",
        not_found_endpoint,
        methods=["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"],
    )
)
