"""Practice town routes: pictures and other media."""

from __future__ import annotations

from starlette.responses import Response

from townsfolk.practice import images
from townsfolk.practice.model import (
    Media,
)
from townsfolk.practice.render import (
    media_dict,
)
from townsfolk.practice.routes.base import (
    ApiError,
    Ctx,
    api,
    not_found,
)

# -- media ------------------------------------------------------------------------------------


def _focus(raw: str | None) -> tuple[float, float] | None:
    if not raw:
        return None
    try:
        x, y = (max(-1.0, min(1.0, float(v))) for v in raw.split(",", 1))
    except ValueError:
        raise ApiError(422, "Validation failed: Focus is invalid") from None
    return x, y


@api("/api/v2/media", ("POST",), auth="user", scope="write:media")
def upload_media(ctx: Ctx) -> Response:
    upload = ctx.params.files.get("file")
    if upload is None or not upload[2]:
        raise ApiError(422, "Validation failed: File can't be blank")
    _name, ctype, data = upload
    description = ctx.params.get("description")
    if description is not None and len(description) > 1500:
        raise ApiError(
            422, "Validation failed: Description is too long (maximum is 1500 characters)"
        )
    size = images.image_size(data) if ctype.startswith("image/") else None
    if ctype.startswith("image/") and size is None:
        raise ApiError(422, "Validation failed: File could not be processed")
    kind = "image"
    if ctype.startswith("video/"):
        kind = "gifv" if ctype == "image/gif" else "video"
    elif ctype.startswith("audio/"):
        kind = "audio"
    elif not ctype.startswith("image/"):
        raise ApiError(
            422, "Validation failed: File has contents that are not what they are reported to be"
        )
    media = Media(
        key=ctx.world.next_key(),
        owner=ctx.me.key,
        kind=kind,
        content_type=ctype,
        width=size[0] if size else 640,
        height=size[1] if size else 360,
        description=description,
        focus=_focus(ctx.params.get("focus")) or (0.0, 0.0),
        data=data,
        processing_left=0 if kind == "image" else 2,
        hue=len(ctx.world.media) * 31 % 360,
    )
    ctx.world.media[media.key] = media
    return ctx.json(media_dict(ctx.town, media, ctx.base), 200 if kind == "image" else 202)


def _my_media(ctx: Ctx) -> Media:
    try:
        mk = ctx.town.media_by_id.get(int(ctx.request.path_params["id"]))
    except ValueError:
        mk = None
    media = ctx.world.media.get(mk) if mk is not None else None
    if media is None or media.owner != ctx.me.key:
        raise not_found()
    return media


@api("/api/v1/media/{id}", auth="user", scope="write:media")
def get_media(ctx: Ctx) -> Response:
    media = _my_media(ctx)
    if media.processing_left > 0:
        media.processing_left -= 1
        # This answer still shows the media as processing; a later one is ready.
        shown = media_dict(ctx.town, media, ctx.base)
        shown["url"] = None
        return ctx.json(shown, 206)
    return ctx.json(media_dict(ctx.town, media, ctx.base))


@api("/api/v1/media/{id}", ("PUT",), auth="user", scope="write:media")
def update_media(ctx: Ctx) -> Response:
    media = _my_media(ctx)
    if ctx.params.get("description") is not None:
        media.description = ctx.params.get("description")
    focus = _focus(ctx.params.get("focus"))
    if focus is not None:
        media.focus = focus
    if media.attached_to is not None:
        ctx.world.touch_post(media.attached_to)
    status = 206 if media.processing_left > 0 else 200
    return ctx.json(media_dict(ctx.town, media, ctx.base), status)
