"""The practice world's data: people, posts, media, polls and what each town knows of them.

Objects here are world-wide (a post exists once); each town maps them to its own ids, as real
servers do for remote objects.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime


def utcnow() -> datetime:
    return datetime.now(UTC)


def snowflake(when: datetime, low: int) -> int:
    """Mastodon-style id: milliseconds since the epoch in the high bits, 16 spare low bits."""
    return (int(when.timestamp() * 1000) << 16) | (low & 0xFFFF)


def iso(when: datetime) -> str:
    """Mastodon's timestamp format: UTC with milliseconds and a Z."""
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{when.microsecond // 1000:03d}Z"


@dataclass(eq=False)
class Mute:
    seq: int
    notifications: bool
    expires_at: datetime | None


@dataclass(eq=False)
class Follow:
    seq: int
    reblogs: bool = True
    notify: bool = False
    languages: list[str] | None = None


@dataclass(eq=False)
class Person:
    key: int
    home: str
    username: str
    display_name: str
    note: str
    created_at: datetime
    hue: int = 0
    locked: bool = False
    bot: bool = False
    fields: list[tuple[str, str]] = field(default_factory=list)
    # Pictures the person uploaded (update_credentials): (bytes, type); the version changes
    # their address, as Mastodon's does, so caches never show the old one.
    avatar_upload: tuple[bytes, str] | None = None
    header_upload: tuple[bytes, str] | None = None
    picture_version: int = 0
    note_source: str | None = None  # the bio as typed, when it was changed by the person
    # Only meaningful for people whose home is a practice town (all of them).
    email: str = ""
    password: str = ""
    confirmed: bool = True
    approved: bool = True
    disabled: bool = False
    locale: str = "en"
    reason: str = ""
    created_by_app: str | None = None
    statuses_count: int = 0
    last_status_at: datetime | None = None
    blocks: dict[int, int] = field(default_factory=dict)
    mutes: dict[int, Mute] = field(default_factory=dict)
    domain_blocks: dict[str, int] = field(default_factory=dict)
    bookmarks: dict[int, int] = field(default_factory=dict)
    favourites: dict[int, int] = field(default_factory=dict)
    # Other kinds of servers (practice/fediverse.py): their own page and actor addresses
    # (a Pixelfed profile is https://host/name, a PeerTube channel /video-channels/name).
    page_url: str | None = None
    actor_uri: str | None = None
    group: bool = False

    @property
    def functional(self) -> bool:
        return self.confirmed and self.approved and not self.disabled


@dataclass(eq=False)
class Media:
    key: int
    owner: int
    kind: str  # image, gifv, video, audio, unknown
    content_type: str
    width: int
    height: int
    description: str | None = None
    focus: tuple[float, float] = (0.0, 0.0)
    data: bytes | None = None  # uploaded bytes; None = generated from the seed
    processing_left: int = 0  # GETs answered 206 before the media is ready
    attached_to: int | None = None
    hue: int = 0
    #: A URL the town sends as the file's address instead of its own (``practice/hostile.py``).
    sent_url: str | None = None


@dataclass(eq=False)
class Poll:
    key: int
    options: list[str]
    votes: list[int]
    expires_at: datetime | None
    multiple: bool = False
    hide_totals: bool = False
    voters: dict[int, list[int]] = field(default_factory=dict)
    ended_notified: bool = False

    def expired(self, now: datetime) -> bool:
        return self.expires_at is not None and self.expires_at <= now


@dataclass(eq=False)
class Post:
    key: int
    author: int
    created_at: datetime
    text: str = ""
    content: str = ""
    spoiler_text: str = ""
    sensitive: bool = False
    visibility: str = "public"
    language: str | None = "en"
    in_reply_to: int | None = None
    reblog_of: int | None = None
    media: list[int] = field(default_factory=list)
    poll: Poll | None = None
    card: dict[str, object] | None = None
    mentions: list[int] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    emojis: list[str] = field(default_factory=list)
    edited_at: datetime | None = None
    favourited_by: dict[int, int] = field(default_factory=dict)
    reblogs: dict[int, int] = field(default_factory=dict)  # booster -> boost post key
    replies: list[int] = field(default_factory=list)
    app_name: str | None = "Web"
    deleted: bool = False
    #: The original's address on another kind of server (a PeerTube video, a Pixelfed post).
    origin_url: str | None = None

    @property
    def is_reply_to_other(self) -> bool:
        return self.in_reply_to is not None


@dataclass(eq=False)
class Notification:
    id: int
    type: str
    from_pk: int
    post_key: int | None
    created_at: datetime


@dataclass(eq=False)
class App:
    id: int
    name: str
    website: str | None
    scopes: list[str]
    redirect_uris: list[str]
    client_id: str
    client_secret: str


@dataclass(eq=False)
class Token:
    value: str
    app_id: str  # client_id
    person: int | None
    scopes: list[str]
    created_at: datetime
    revoked: bool = False


@dataclass(eq=False)
class AuthCode:
    code: str
    client_id: str
    person: int
    redirect_uri: str
    scopes: list[str]
    challenge: str | None
    expires: float


@dataclass(eq=False)
class UserList:
    id: int
    owner: int
    title: str
    replies_policy: str = "list"
    exclusive: bool = False
    members: dict[int, int] = field(default_factory=dict)  # person -> seq


@dataclass(eq=False)
class Marker:
    last_read_id: str
    version: int
    updated_at: datetime
