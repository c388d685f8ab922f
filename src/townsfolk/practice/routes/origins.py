"""Practice town routes: the public JSON of other kinds of servers (practice/fediverse.py).

Only towns running that software answer: PeerTube's ``/api/v1/videos/{uuid}``, Owncast's
``/api/status``, Funkwhale's ``/api/v1/tracks/{id}`` (fields as their API documentation
describes them; only those Townsfolk reads, and a few around them).
"""

from __future__ import annotations

from starlette.responses import Response

from townsfolk.practice.fediverse import TRACKS, VIDEOS, owncast_online_since
from townsfolk.practice.model import iso
from townsfolk.practice.routes.base import NOT_FOUND, ApiError, Ctx, api


def _only(ctx: Ctx, software: str) -> None:
    if ctx.town.flavour != software:
        raise ApiError(404, NOT_FOUND)


@api("/api/v1/videos/{uuid}")
def peertube_video(ctx: Ctx) -> Response:
    _only(ctx, "peertube")
    uuid = ctx.request.path_params["uuid"]
    found = VIDEOS.get(uuid)
    if found is None:
        raise ApiError(404, NOT_FOUND)
    title, seconds, description = found
    channel = ctx.world.people[next(iter(ctx.town.acct_by_id.values()))]
    web = f"{ctx.base}/static/web-videos/{uuid}"
    return ctx.json(
        {
            "uuid": uuid,
            "shortUUID": uuid[:8],
            "name": title,
            "duration": seconds,
            "description": description,
            "isLive": False,
            "thumbnailPath": f"/lazy-static/thumbnails/{uuid}.jpg",
            "previewPath": f"/lazy-static/previews/{uuid}.jpg",
            "embedPath": f"/videos/embed/{uuid}",
            "channel": {
                "name": channel.username,
                "displayName": channel.display_name,
                "url": channel.page_url,
                "host": ctx.town.domain,
            },
            "files": [
                {
                    "resolution": {"id": 720, "label": "720p"},
                    "size": 48_000_000,
                    "fileUrl": f"{web}-720.mp4",
                },
                {
                    "resolution": {"id": 360, "label": "360p"},
                    "size": 12_000_000,
                    "fileUrl": f"{web}-360.mp4",
                },
            ],
            "streamingPlaylists": [],
        }
    )


@api("/api/status")
def owncast_status(ctx: Ctx) -> Response:
    _only(ctx, "owncast")
    started = owncast_online_since(ctx.world)
    return ctx.json(
        {
            "online": True,
            "viewerCount": 12,
            "streamTitle": "Sunday sketching with tea",
            "lastConnectTime": iso(started),
            "lastDisconnectTime": None,
            "versionNumber": ctx.town.version,
            "serverTime": iso(started),
        }
    )


@api("/api/v1/tracks/{id}")
def funkwhale_track(ctx: Ctx) -> Response:
    _only(ctx, "funkwhale")
    track_id = ctx.request.path_params["id"]
    found = TRACKS.get(track_id)
    if found is None:
        raise ApiError(404, NOT_FOUND)
    title, album, seconds = found
    artist = ctx.world.people[next(iter(ctx.town.acct_by_id.values()))]
    cover = f"{ctx.base}/system/preview_cards/{710 + list(TRACKS).index(track_id)}.png"
    return ctx.json(
        {
            "id": int(track_id),
            "title": title,
            "artist": {"id": 7, "name": artist.display_name},
            "album": {
                "id": 3,
                "title": album,
                "cover": {"urls": {"original": cover, "medium_square_crop": cover}},
            },
            "listen_url": f"/api/v1/listen/{track_id}/",
            "uploads": [{"duration": seconds, "bitrate": 320000, "mimetype": "audio/mpeg"}],
        }
    )
