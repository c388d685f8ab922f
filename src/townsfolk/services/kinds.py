"""What a post from another kind of server is: a photo set, a video, a track, a live stream,
an article, a long post; and what its own server adds (length, file, live or not).

Mastodon's API shows these through the same Status entity (docs/servers.md): Pixelfed posts
carry their photos as image attachments; PeerTube videos, Funkwhale tracks and Article/Page
objects are "converted" into a post whose text is the title (and summary) and a link, usually
with a preview card; Owncast sends a note with the stream title and a preview picture.
`classify()` reads those shapes, helped by the server's software when it is known
(`SoftwareService.known`), and never waits on the network; `OriginDetails` asks the original
server for what the post cannot say, and keeps the answers for a while.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from urllib.parse import urlsplit

from townsfolk.api.client import MastodonClient
from townsfolk.api.entities import Status
from townsfolk.api.errors import ApiError
from townsfolk.api.origins import funkwhale_track, owncast_status, peertube_video
from townsfolk.i18n import translate
from townsfolk.services.richtext import plain_text
from townsfolk.services.software import public_host, software_display_name

__all__ = [
    "KINDS",
    "OriginDetails",
    "Photo",
    "PostKind",
    "classify",
    "format_length",
    "kind_line",
    "software_from_url",
]

log = logging.getLogger(__name__)
KINDS = ("gallery", "video", "audio", "live", "article", "long", "post")
#: Posts longer than Mastodon's own limit (500 letters) come from long-form servers: the
#: window shows a part and "Read more".
LONG_TEXT = 500
_BLOGS = {"writefreely", "wordpress", "plume", "ghost", "write.as"}
#: Software whose posts read like Mastodon's; anything else says where it came from.
_MICROBLOGS = {
    "", "mastodon", "pleroma", "akkoma", "gotosocial", "takahe", "misskey", "sharkey",
    "firefish", "iceshrimp", "hometown", "glitch", "snac", "friendica", "hubzilla", "pixelfed",
}  # fmt: skip


@dataclass(frozen=True)
class Photo:
    url: str
    preview: str
    description: str  # the person's own words for it ("" if they wrote none)


@dataclass(frozen=True)
class PostKind:
    kind: str  # one of KINDS
    software: str = ""
    title: str = ""
    summary: str = ""  # plain text
    link: str = ""  # the original, to open in the browser
    picture: str = ""  # preview picture or cover
    duration: float | None = None  # seconds
    channel: str = ""  # video channel, or the artist of a track
    media_url: str = ""  # something to play, when known
    photos: tuple[Photo, ...] = ()
    live: bool | None = None  # live streams: True now, False ended, None not known yet
    origin_id: str = ""  # the video's uuid or the track's id on its own server
    host: str = ""


def software_from_url(url: str) -> str:
    """The software a post's address looks like it comes from ("" if it does not tell)."""
    parts = urlsplit(url or "")
    path = parts.path
    if re.match(r"^/p/[^/]+/[^/]+", path):
        return "pixelfed"
    if re.match(r"^/(videos/watch|w)/[^/]+", path):
        return "peertube"
    if re.match(r"^/library/(tracks|albums)/", path) or path.startswith("/federation/music/"):
        return "funkwhale"
    if path.startswith("/federation/user/") or path.startswith("/federation/"):
        return "owncast"
    if path.startswith("/display/"):
        return "friendica"
    return ""


def _first_line(text: str) -> str:
    for raw in text.splitlines():
        line = raw.strip()
        if line and not line.startswith(("http://", "https://")):
            return line
    return ""


def _without_links(text: str) -> str:
    lines = [ln.strip() for ln in text.splitlines()]
    return "\n".join(ln for ln in lines if ln and not ln.startswith(("http://", "https://")))


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut + "…"


def _origin_id(kind: str, url: str) -> str:
    path = urlsplit(url or "").path
    if kind == "video":
        match = re.match(r"^/(?:videos/watch|w)/([^/?#]+)", path)
    elif kind == "audio":
        match = re.match(r"^/library/tracks/([^/?#]+)", path)
    else:
        return ""
    return match.group(1) if match else ""


def classify(post: Status, software: str | None = None) -> PostKind:
    """What ``post`` (not a boost wrapper) is. ``software``: its author's server, if known."""
    url = post.url or post.uri or ""
    host = (urlsplit(url).hostname or "").lower()
    soft = (software or "").lower() or software_from_url(url)
    read: list[str] = []

    def text() -> str:  # sanitising costs ~0.2 ms: only when a kind needs the words
        if not read:
            read.append(plain_text(post.content) if post.content else "")
        return read[0]

    card = post.card
    images = [m for m in post.media_attachments if m.type in ("image", "gifv")]
    videos = [m for m in post.media_attachments if m.type == "video"]
    audios = [m for m in post.media_attachments if m.type == "audio"]
    base = PostKind("post", software=soft, link=url, host=host)

    if soft == "pixelfed" and images:
        photos = tuple(
            Photo(m.url or m.preview_url or "", m.preview_url or m.url or "", m.description or "")
            for m in images
        )
        return replace(
            base, kind="gallery", photos=photos, title=_first_line(text()), summary=text()
        )
    if soft == "peertube" or (soft in ("", "mastodon") and card is not None and card.type ==
                              "video" and software_from_url(card.url) == "peertube"):  # fmt: skip
        video = videos[0] if videos else None
        duration = None
        if video and video.meta and video.meta.original:
            duration = video.meta.original.duration
        return replace(
            base,
            kind="video",
            software="peertube",
            title=(card.title if card and card.title else _first_line(text())),
            summary=_shorten(_without_links(card.description if card else ""), 300),
            link=(card.url if card and card.url else url),
            picture=(card.image or "") if card else (video.preview_url or "" if video else ""),
            channel=(card.author_name if card and card.author_name else post.account.name),
            duration=duration,
            media_url=(video.url or "") if video else "",
            origin_id=_origin_id("video", card.url if card and card.url else url),
        )
    if soft == "funkwhale" or (audios and soft not in _MICROBLOGS):
        audio = audios[0] if audios else None
        duration = None
        if audio and audio.meta and audio.meta.original:
            duration = audio.meta.original.duration
        return replace(
            base,
            kind="audio",
            software=soft or "funkwhale",
            title=(card.title if card and card.title else _first_line(text())),
            summary=_shorten(card.description if card else "", 300),
            link=(card.url if card and card.url else url),
            picture=(card.image or "") if card else (audio.preview_url or "" if audio else ""),
            channel=(card.author_name if card and card.author_name else post.account.name),
            duration=duration,
            media_url=(audio.url or "") if audio else "",
            origin_id=_origin_id("audio", card.url if card and card.url else url),
        )
    if soft == "owncast":
        lines = [ln for ln in _without_links(text()).splitlines() if ln]
        title = lines[1] if len(lines) > 1 else (lines[0] if lines else "")
        picture = images[0].preview_url or images[0].url or "" if images else ""
        account_page = post.account.url or url
        parts = urlsplit(account_page)
        watch = f"{parts.scheme or 'https'}://{parts.netloc}/" if parts.netloc else url
        return replace(
            base,
            kind="live",
            title=(card.title if card and card.title else title),
            picture=picture or ((card.image or "") if card else ""),
            link=watch,
            channel=post.account.name,
            host=(parts.hostname or host).lower(),
        )
    if soft in _BLOGS or (
        card is not None and card.title and card.url and card.url in (post.url, post.uri)
    ):
        return replace(
            base,
            kind="article",
            title=card.title if card and card.title else _first_line(text()),
            summary=_shorten(
                card.description if card and card.description else _without_links(text()), 400
            ),
            picture=(card.image or "") if card else "",
            link=card.url if card and card.url else url,
        )
    if len(post.content) > LONG_TEXT and len(text()) > LONG_TEXT:
        first = _first_line(text())
        title = first if len(first) <= 90 and soft == "friendica" else ""
        return replace(base, kind="long", title=title, summary=_shorten(text(), 400))
    return base


def format_length(seconds: float | None) -> str:
    """ "1:05", "12:30", "1:02:03" ("" when not known)."""
    if seconds is None or seconds <= 0:
        return ""
    total = round(seconds)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def kind_line(kind: PostKind) -> str:
    """One short line saying what the post is (shown above its text), "" for plain posts."""
    length = format_length(kind.duration)
    if kind.kind == "gallery":
        n = len(kind.photos)
        if n == 1:
            return translate("Fediverse", "Photo on Pixelfed")
        return translate("Fediverse", "Photo set on Pixelfed: %n photos", None, n)
    if kind.kind == "video":
        parts = [translate("Fediverse", "Video on PeerTube")]
        parts += [p for p in (length, kind.channel) if p]
        return " · ".join(parts)
    if kind.kind == "audio":
        parts = [
            translate("Fediverse", "Music on %1").replace(
                "%1", software_display_name(kind.software)
            )
        ]
        parts += [p for p in (kind.title, kind.channel, length) if p]
        return " · ".join(parts)
    if kind.kind == "live":
        if kind.live is True:
            return translate("Fediverse", "Live now: %1").replace("%1", kind.title)
        if kind.live is False:
            return translate("Fediverse", "Was live: %1").replace("%1", kind.title)
        return translate("Fediverse", "Live stream: %1").replace("%1", kind.title)
    if kind.kind == "article":
        return translate("Fediverse", "Article: %1").replace("%1", kind.title)
    if kind.kind == "long":
        if kind.title:
            return translate("Fediverse", "Long post: %1").replace("%1", kind.title)
        return translate("Fediverse", "Long post")
    if kind.software and kind.software not in _MICROBLOGS:
        return translate("Fediverse", "From %1: open the original").replace(
            "%1", software_display_name(kind.software)
        )
    return ""


def _parse_time(value: str | None) -> float | None:
    from townsfolk.api.entities import parse_datetime

    when = parse_datetime(value)
    return when.timestamp() if when else None


class OriginDetails:
    """Asks a post's own server what the post cannot say; answers kept ``ttl`` seconds
    (a live stream's status: ``live_ttl``). A server that cannot answer leaves the kind as
    it was (and is asked again after ``ttl``)."""

    def __init__(
        self,
        *,
        client_factory: Callable[[str, str | None], MastodonClient] | None = None,
        base_url_for: Callable[[str], str] | None = None,
        ttl: float = 3600.0,
        live_ttl: float = 60.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._make = client_factory or (lambda url, token: MastodonClient(url))
        self._base_url_for = base_url_for or (lambda host: f"https://{host}")
        self.ttl = ttl
        self.live_ttl = live_ttl
        self._clock = clock
        self._answers: dict[tuple[str, str, str], tuple[float, PostKind]] = {}
        self.asked = 0

    def cached(self, kind: PostKind, posted_at: str = "") -> PostKind | None:
        key = (kind.kind, kind.host, kind.origin_id or posted_at)
        found = self._answers.get(key)
        if found is None or found[0] < self._clock():
            return None
        return found[1]

    async def complete(self, kind: PostKind, posted_at: str = "") -> PostKind:
        """``kind`` with what its server adds (length, file, live now or not)."""
        if not kind.host or kind.kind not in ("video", "audio", "live"):
            return kind
        if not public_host(kind.host):
            return kind
        if kind.kind in ("video", "audio") and not kind.origin_id:
            return kind
        found = self.cached(kind, posted_at)
        if found is not None:
            return found
        key = (kind.kind, kind.host, kind.origin_id or posted_at)
        self.asked += 1
        base = self._base_url_for(kind.host).rstrip("/")

        def absolute(url: str) -> str:
            return base + url if url.startswith("/") else url

        client = self._make(base, None)
        try:
            if kind.kind == "video":
                video = await peertube_video(client, kind.origin_id)
                done = replace(
                    kind,
                    title=kind.title or video.name,
                    duration=kind.duration or (float(video.duration) or None),
                    channel=video.channel.displayName or kind.channel,
                    media_url=kind.media_url or absolute(video.file_url()),
                    picture=kind.picture or absolute(video.thumbnailPath),
                )
            elif kind.kind == "audio":
                track = await funkwhale_track(client, kind.origin_id)
                done = replace(
                    kind,
                    title=track.title or kind.title,
                    channel=track.artist.name or kind.channel,
                    duration=kind.duration or (float(track.duration()) or None),
                    picture=kind.picture or absolute(track.cover_url()),
                    media_url=kind.media_url or absolute(track.listen_url),
                )
            else:
                status = await owncast_status(client)
                posted = _parse_time(posted_at)
                started = _parse_time(status.lastConnectTime)
                # live now only if this post is about the stream that is on now
                same = posted is None or started is None or posted >= started - 300
                title = kind.title or status.streamTitle
                done = replace(kind, live=bool(status.online and same), title=title)
        except ApiError as exc:
            log.info(
                "details of a %s post from %s could not be read: %s", kind.kind, kind.host, exc
            )
            return kind
        finally:
            await client.aclose()
        ttl = self.live_ttl if kind.kind == "live" else self.ttl
        self._answers[key] = (self._clock() + ttl, done)
        return done
