"""Details that only the original server of a post knows, from its own public JSON.

Mastodon shows a PeerTube video, a Funkwhale track or an Owncast stream as a post with a
title and a link (docs/servers.md); how long a video is, where its file is, and whether a
stream is live now are asked from the server that has them. Every field is optional: a
server that answers something else gives an empty entity, never an error.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import quote

import msgspec

from townsfolk.api.entities import Entity

if TYPE_CHECKING:
    from townsfolk.api.client import MastodonClient

__all__ = [
    "FunkwhaleTrack",
    "OwncastStatus",
    "PeerTubeVideo",
    "funkwhale_track",
    "owncast_status",
    "peertube_video",
]


class PeerTubeChannel(Entity):
    displayName: str = ""
    name: str = ""
    url: str = ""


class PeerTubeFile(Entity):
    fileUrl: str = ""
    size: int = 0


class PeerTubePlaylist(Entity):
    playlistUrl: str = ""
    files: list[PeerTubeFile] = msgspec.field(default_factory=list)


class PeerTubeVideo(Entity):
    """``GET /api/v1/videos/{uuid}`` on PeerTube (docs.joinpeertube.org/api-rest-reference)."""

    uuid: str = ""
    name: str = ""
    duration: int = 0  # seconds
    description: str = ""
    thumbnailPath: str = ""
    previewPath: str = ""
    isLive: bool = False
    channel: PeerTubeChannel = msgspec.field(default_factory=PeerTubeChannel)
    files: list[PeerTubeFile] = msgspec.field(default_factory=list)
    streamingPlaylists: list[PeerTubePlaylist] = msgspec.field(default_factory=list)

    def file_url(self) -> str:
        """A plain video file (the smallest), else one from an HLS playlist, else ""."""
        files = [f for f in self.files if f.fileUrl]
        for playlist in self.streamingPlaylists:
            files += [f for f in playlist.files if f.fileUrl]
        if not files:
            return ""
        return min(files, key=lambda f: f.size or 1 << 62).fileUrl


class OwncastStatus(Entity):
    """``GET /api/status`` on Owncast."""

    online: bool = False
    streamTitle: str = ""
    lastConnectTime: str | None = None
    lastDisconnectTime: str | None = None
    viewerCount: int = 0


class FunkwhaleName(Entity):
    name: str = ""


class FunkwhaleCoverUrls(Entity):
    original: str = ""
    medium_square_crop: str = ""


class FunkwhaleCover(Entity):
    urls: FunkwhaleCoverUrls = msgspec.field(default_factory=FunkwhaleCoverUrls)


class FunkwhaleAlbum(Entity):
    title: str = ""
    cover: FunkwhaleCover | None = None


class FunkwhaleUpload(Entity):
    duration: int = 0
    listen_url: str = ""


class FunkwhaleTrack(Entity):
    """``GET /api/v1/tracks/{id}`` on Funkwhale."""

    id: str = ""
    title: str = ""
    artist: FunkwhaleName = msgspec.field(default_factory=FunkwhaleName)
    album: FunkwhaleAlbum | None = None
    listen_url: str = ""
    uploads: list[FunkwhaleUpload] = msgspec.field(default_factory=list)
    cover: FunkwhaleCover | None = None

    def duration(self) -> int:
        return next((u.duration for u in self.uploads if u.duration), 0)

    def cover_url(self) -> str:
        for cover in (self.cover, self.album.cover if self.album else None):
            if cover is not None and (cover.urls.medium_square_crop or cover.urls.original):
                return cover.urls.medium_square_crop or cover.urls.original
        return ""


async def peertube_video(client: MastodonClient, uuid: str) -> PeerTubeVideo:
    return await client.public_json(f"/api/v1/videos/{quote(uuid, safe='')}", PeerTubeVideo)


async def owncast_status(client: MastodonClient) -> OwncastStatus:
    return await client.public_json("/api/status", OwncastStatus)


async def funkwhale_track(client: MastodonClient, track_id: str) -> FunkwhaleTrack:
    return await client.public_json(f"/api/v1/tracks/{quote(track_id, safe='')}", FunkwhaleTrack)
