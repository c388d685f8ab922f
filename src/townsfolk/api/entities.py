"""Mastodon client API entities as msgspec Structs, and tolerant decoding.

Decoding rules (see `decode` / `decode_list`):
- unknown fields are ignored; missing optional fields get defaults;
- a JSON ``null`` counts as "missing", so a field gets its default instead of failing;
- ids are always `str`: integer ids from odd servers (any key ``id``, ``*_id``, ``*_ids``)
  become strings;
- numbers/booleans sent as strings are accepted (msgspec ``strict=False``);
- datetimes stay strings (a bad date never breaks a post); `parse_datetime` reads them;
- per object, not all-or-nothing: when an object does not fit, it is mended field by field
  (`_mend`): a list item that cannot be read is left out (a reply of a thread, a post of a
  search result), an optional field that cannot be read gets its default (a card, a poll),
  an object where a list was expected gives its keys (``supported_mime_types`` as a map on
  older Friendica). A boost whose boosted post cannot be read cannot be read either (it
  would show as an empty post), and a post without ``account`` cannot be read. What was left
  out is reported through `Skips`, so screens can say "1 post could not be shown";
- anything else malformed raises `BadResponse`, never a msgspec or json error.
"""

from __future__ import annotations

import logging
import re
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, TypeVar, cast

import msgspec

from townsfolk.api.errors import BadResponse

__all__ = [
    "Account",
    "AccountField",
    "AccountSource",
    "Application",
    "Card",
    "Context",
    "CustomEmoji",
    "DomainBlockList",
    "Entity",
    "ExtendedDescription",
    "Filter",
    "FilterKeyword",
    "FilterResult",
    "Instance",
    "InstanceAccountsConfig",
    "InstanceConfiguration",
    "InstanceContact",
    "InstanceMediaConfig",
    "InstancePollsConfig",
    "InstanceRegistrations",
    "InstanceStatusesConfig",
    "InstanceThumbnail",
    "InstanceUrls",
    "InstanceUsage",
    "InstanceV1",
    "List",
    "Marker",
    "MediaAttachment",
    "MediaFocus",
    "MediaMeta",
    "MediaSize",
    "Mention",
    "NodeInfo",
    "Notification",
    "Poll",
    "PollOption",
    "PrivacyPolicy",
    "Relationship",
    "Report",
    "Rule",
    "SearchResults",
    "Skips",
    "Status",
    "Suggestion",
    "Tag",
    "TagHistory",
    "TermsOfService",
    "Token",
    "decode",
    "decode_list",
    "normalise",
    "parse_datetime",
]

T = TypeVar("T")

log = logging.getLogger("townsfolk.api.entities")


class Entity(msgspec.Struct, kw_only=True, forbid_unknown_fields=False, gc=False):
    """Base of every entity: keyword-only, unknown fields ignored.

    ``gc=False``: entities are plain trees of data that never refer back to themselves, so
    the cycle collector need not track them; with 10,000 posts in memory a full collection
    took about 100 ms (a visible stall), most of it walking these objects."""


def parse_datetime(value: str | None) -> datetime | None:
    """Read an ISO 8601 date/time ("2024-05-01T12:00:00.000Z", "2024-05-01") tolerantly.
    Returns an aware datetime (UTC if the text had no zone), or None if unreadable."""
    if not value or not isinstance(value, str):
        return None
    text = value.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed


# ----------------------------------------------------------------------------- small ones


class CustomEmoji(Entity):
    shortcode: str = ""
    url: str = ""
    static_url: str = ""
    visible_in_picker: bool = True
    category: str | None = None


class AccountField(Entity):
    name: str = ""
    value: str = ""
    verified_at: str | None = None


class AccountSource(Entity):
    note: str = ""
    fields: list[AccountField] = msgspec.field(default_factory=list)
    privacy: str | None = None
    sensitive: bool = False
    language: str | None = None
    follow_requests_count: int = 0


class Account(Entity):
    id: str
    username: str = ""
    acct: str = ""
    url: str = ""
    uri: str | None = None
    display_name: str = ""
    note: str = ""
    avatar: str = ""
    avatar_static: str = ""
    header: str = ""
    header_static: str = ""
    locked: bool = False
    bot: bool = False
    group: bool = False
    discoverable: bool | None = None
    indexable: bool | None = None
    suspended: bool = False
    limited: bool = False
    created_at: str = ""
    last_status_at: str | None = None
    statuses_count: int = 0
    followers_count: int = 0
    following_count: int = 0
    emojis: list[CustomEmoji] = msgspec.field(default_factory=list)
    fields: list[AccountField] = msgspec.field(default_factory=list)
    moved: Account | None = None
    source: AccountSource | None = None  # only in verify_credentials
    mute_expires_at: str | None = None  # only in the list of muted people

    @property
    def name(self) -> str:
        """The name to show: display name, or the username when it is empty."""
        return self.display_name or self.username


class Suggestion(Entity):
    """Someone the town suggests following (GET /api/v2/suggestions); ``sources`` says why
    ("featured": chosen by the town's team, "most_followed", "most_interactions",
    "similar_to_recently_followed", "friends_of_friends")."""

    account: Account
    source: str = ""
    sources: list[str] = msgspec.field(default_factory=list)


class Mention(Entity):
    id: str = ""
    username: str = ""
    url: str = ""
    acct: str = ""


class TagHistory(Entity):
    day: str = ""
    uses: int = 0
    accounts: int = 0


class Tag(Entity):
    name: str = ""
    url: str = ""
    history: list[TagHistory] = msgspec.field(default_factory=list)
    following: bool | None = None


class Application(Entity):
    """A registered app. `client_secret` is a secret: it is hidden from repr()."""

    name: str = ""
    website: str | None = None
    scopes: list[str] = msgspec.field(default_factory=list)
    redirect_uri: str | None = None
    redirect_uris: list[str] = msgspec.field(default_factory=list)
    id: str | None = None
    client_id: str | None = None
    client_secret: str | None = None
    client_secret_expires_at: int | None = None
    vapid_key: str | None = None

    def __repr__(self) -> str:
        secret = "***" if self.client_secret else None
        return (
            f"Application(name={self.name!r}, website={self.website!r}, "
            f"client_id={self.client_id!r}, client_secret={secret!r})"
        )


class Token(Entity):
    """An access token. `access_token` is a secret: it is hidden from repr()."""

    access_token: str
    token_type: str = "Bearer"  # noqa: S105
    scope: str = ""
    created_at: int | None = None

    def __repr__(self) -> str:
        return f"Token(access_token='***', token_type={self.token_type!r}, scope={self.scope!r})"


class MediaSize(Entity):
    width: int | None = None
    height: int | None = None
    size: str | None = None
    aspect: float | None = None
    duration: float | None = None
    frame_rate: str | None = None
    bitrate: int | None = None


class MediaFocus(Entity):
    x: float = 0.0
    y: float = 0.0


class MediaMeta(Entity):
    original: MediaSize | None = None
    small: MediaSize | None = None
    focus: MediaFocus | None = None
    length: str | None = None
    duration: float | None = None


class MediaAttachment(Entity):
    id: str
    type: str = "unknown"  # image, gifv, video, audio, unknown
    url: str | None = None  # None while a video is still processing
    preview_url: str | None = None
    remote_url: str | None = None
    text_url: str | None = None
    description: str | None = None
    blurhash: str | None = None
    meta: MediaMeta | None = None


class PollOption(Entity):
    title: str = ""
    votes_count: int | None = None


class Poll(Entity):
    id: str
    expires_at: str | None = None
    expired: bool = False
    multiple: bool = False
    votes_count: int = 0
    voters_count: int | None = None
    options: list[PollOption] = msgspec.field(default_factory=list)
    emojis: list[CustomEmoji] = msgspec.field(default_factory=list)
    voted: bool | None = None
    own_votes: list[int] | None = None


class Card(Entity):
    url: str = ""
    title: str = ""
    description: str = ""
    type: str = "link"
    author_name: str = ""
    author_url: str = ""
    provider_name: str = ""
    provider_url: str = ""
    html: str = ""
    width: int = 0
    height: int = 0
    image: str | None = None
    embed_url: str = ""
    blurhash: str | None = None
    language: str | None = None


class FilterKeyword(Entity):
    """A word of a filter (filters v2)."""

    id: str = ""
    keyword: str = ""
    whole_word: bool = True


class Filter(Entity):
    """A filter for words (filters v2): where it applies (``context``: home, notifications,
    public, thread, account), ``filter_action`` "warn" or "hide", and its words."""

    id: str = ""
    title: str = ""
    context: list[str] = msgspec.field(default_factory=list)
    expires_at: str | None = None
    filter_action: str = "warn"
    keywords: list[FilterKeyword] = msgspec.field(default_factory=list)


class FilterResult(Entity):
    """Why a post matched one of the person's filters (``Status.filtered``)."""

    filter: Filter
    keyword_matches: list[str] | None = None
    status_matches: list[str] | None = None


class Report(Entity):
    id: str = ""
    category: str = ""
    comment: str = ""
    forwarded: bool = False


class Status(Entity):
    """A post. `reblog` holds the boosted post when this one is a boost."""

    id: str
    account: Account
    uri: str = ""
    url: str | None = None
    created_at: str = ""
    edited_at: str | None = None
    content: str = ""
    text: str | None = None
    spoiler_text: str = ""
    sensitive: bool = False
    visibility: str = "public"
    language: str | None = None
    in_reply_to_id: str | None = None
    in_reply_to_account_id: str | None = None
    reblog: Status | None = None
    media_attachments: list[MediaAttachment] = msgspec.field(default_factory=list)
    mentions: list[Mention] = msgspec.field(default_factory=list)
    tags: list[Tag] = msgspec.field(default_factory=list)
    emojis: list[CustomEmoji] = msgspec.field(default_factory=list)
    card: Card | None = None
    poll: Poll | None = None
    application: Application | None = None
    replies_count: int = 0
    reblogs_count: int = 0
    favourites_count: int = 0
    favourited: bool | None = None
    reblogged: bool | None = None
    bookmarked: bool | None = None
    muted: bool | None = None
    pinned: bool | None = None
    filtered: list[FilterResult] = msgspec.field(default_factory=list)

    @property
    def created(self) -> datetime | None:
        """`created_at` as a datetime (None if the server sent something unreadable)."""
        return parse_datetime(self.created_at)

    @property
    def edited(self) -> datetime | None:
        return parse_datetime(self.edited_at)


class Notification(Entity):
    id: str
    type: str = ""
    created_at: str = ""
    account: Account | None = None
    status: Status | None = None
    group_key: str | None = None
    #: For a ``move``: the account that ``account`` moved to.
    target_account: Account | None = None


class Relationship(Entity):
    id: str
    following: bool = False
    showing_reblogs: bool = True
    notifying: bool = False
    languages: list[str] | None = None
    followed_by: bool = False
    blocking: bool = False
    blocked_by: bool = False
    muting: bool = False
    muting_notifications: bool = False
    requested: bool = False
    requested_by: bool = False
    domain_blocking: bool = False
    endorsed: bool = False
    note: str = ""


class Context(Entity):
    ancestors: list[Status] = msgspec.field(default_factory=list)
    descendants: list[Status] = msgspec.field(default_factory=list)


class Marker(Entity):
    last_read_id: str = ""
    version: int = 0
    updated_at: str = ""


class List(Entity):
    """A list of accounts (a custom timeline)."""

    id: str
    title: str = ""
    replies_policy: str = "list"
    exclusive: bool = False


class SearchResults(Entity):
    accounts: list[Account] = msgspec.field(default_factory=list)
    statuses: list[Status] = msgspec.field(default_factory=list)
    hashtags: list[Tag] = msgspec.field(default_factory=list)


class Rule(Entity):
    id: str = ""
    text: str = ""
    hint: str = ""


class ExtendedDescription(Entity):
    updated_at: str = ""
    content: str = ""


class PrivacyPolicy(Entity):
    updated_at: str = ""
    content: str = ""


class TermsOfService(Entity):
    effective_date: str = ""
    effective: bool = True
    content: str = ""
    succeeded_by: str | None = None


DomainBlockList = list[str]
"""`GET /api/v1/domain_blocks` answers a plain list of domain names."""


# ------------------------------------------------------------------------------ instance


class InstanceUrls(Entity):
    streaming: str | None = None
    status: str | None = None
    about: str | None = None
    privacy_policy: str | None = None
    terms_of_service: str | None = None


class InstanceAccountsConfig(Entity):
    max_featured_tags: int = 10
    max_pinned_statuses: int = 5
    #: Newer Mastodon says how many profile fields it takes; None: not said (Mastodon: 4).
    max_profile_fields: int | None = None
    max_display_name_length: int | None = None
    max_note_length: int | None = None


class InstanceStatusesConfig(Entity):
    max_characters: int = 500
    max_media_attachments: int = 4
    characters_reserved_per_url: int = 23


class InstanceMediaConfig(Entity):
    supported_mime_types: list[str] = msgspec.field(
        default_factory=lambda: ["image/jpeg", "image/png", "image/gif", "image/webp"]
    )
    image_size_limit: int = 16_777_216
    image_matrix_limit: int = 33_177_600
    video_size_limit: int = 103_809_024
    video_frame_rate_limit: int = 120
    video_matrix_limit: int = 8_294_400
    description_limit: int = 1500


class InstancePollsConfig(Entity):
    max_options: int = 4
    max_characters_per_option: int = 50
    min_expiration: int = 300
    max_expiration: int = 2_629_746


class InstanceConfiguration(Entity):
    """Server limits. Every value has Mastodon's default when the server does not say."""

    urls: InstanceUrls = msgspec.field(default_factory=InstanceUrls)
    accounts: InstanceAccountsConfig = msgspec.field(default_factory=InstanceAccountsConfig)
    statuses: InstanceStatusesConfig = msgspec.field(default_factory=InstanceStatusesConfig)
    media_attachments: InstanceMediaConfig = msgspec.field(default_factory=InstanceMediaConfig)
    polls: InstancePollsConfig = msgspec.field(default_factory=InstancePollsConfig)


class InstanceRegistrations(Entity):
    enabled: bool = False
    approval_required: bool = False
    reason_required: bool = False
    message: str | None = None
    min_age: int | None = None
    url: str | None = None


class InstanceContact(Entity):
    email: str = ""
    account: Account | None = None


class InstanceThumbnail(Entity):
    url: str = ""
    blurhash: str | None = None


class InstanceUsageUsers(Entity):
    active_month: int = 0


class InstanceUsage(Entity):
    users: InstanceUsageUsers = msgspec.field(default_factory=InstanceUsageUsers)


class Instance(Entity):
    """The server ("town"), in the v2 shape. v1 answers are converted to this shape
    (`InstanceV1.to_v2`). `user_count` is only known from v1 / nodeinfo."""

    domain: str = ""
    title: str = ""
    version: str = ""
    source_url: str = ""
    description: str = ""
    usage: InstanceUsage = msgspec.field(default_factory=InstanceUsage)
    thumbnail: InstanceThumbnail | None = None
    languages: list[str] = msgspec.field(default_factory=list)
    configuration: InstanceConfiguration = msgspec.field(default_factory=InstanceConfiguration)
    registrations: InstanceRegistrations = msgspec.field(default_factory=InstanceRegistrations)
    contact: InstanceContact = msgspec.field(default_factory=InstanceContact)
    rules: list[Rule] = msgspec.field(default_factory=list)
    api_versions: dict[str, int] = msgspec.field(default_factory=dict)
    user_count: int | None = None
    from_v1: bool = False


class InstanceV1Urls(Entity):
    streaming_api: str | None = None


class InstanceV1Stats(Entity):
    user_count: int = 0
    status_count: int = 0
    domain_count: int = 0


class InstanceV1(Entity):
    """`GET /api/v1/instance` (old servers); use `to_v2()`."""

    uri: str = ""
    title: str = ""
    short_description: str = ""
    description: str = ""
    email: str = ""
    version: str = ""
    urls: InstanceV1Urls = msgspec.field(default_factory=InstanceV1Urls)
    stats: InstanceV1Stats = msgspec.field(default_factory=InstanceV1Stats)
    thumbnail: str | None = None
    languages: list[str] = msgspec.field(default_factory=list)
    registrations: bool = False
    approval_required: bool = False
    configuration: InstanceConfiguration = msgspec.field(default_factory=InstanceConfiguration)
    contact_account: Account | None = None
    rules: list[Rule] = msgspec.field(default_factory=list)
    max_toot_chars: int | None = None  # Pleroma / Akkoma / glitch

    def to_v2(self) -> Instance:
        configuration = self.configuration
        if self.max_toot_chars and self.max_toot_chars > 0:
            configuration = msgspec.structs.replace(
                configuration,
                statuses=msgspec.structs.replace(
                    configuration.statuses, max_characters=self.max_toot_chars
                ),
            )
        if self.urls.streaming_api and not configuration.urls.streaming:
            configuration = msgspec.structs.replace(
                configuration,
                urls=msgspec.structs.replace(configuration.urls, streaming=self.urls.streaming_api),
            )
        domain = re.sub(r"^[a-z]+://", "", self.uri).strip("/")
        return Instance(
            domain=domain,
            title=self.title,
            version=self.version,
            description=self.short_description or self.description,
            thumbnail=InstanceThumbnail(url=self.thumbnail) if self.thumbnail else None,
            languages=self.languages,
            configuration=configuration,
            registrations=InstanceRegistrations(
                enabled=self.registrations, approval_required=self.approval_required
            ),
            contact=InstanceContact(email=self.email, account=self.contact_account),
            rules=self.rules,
            user_count=self.stats.user_count,
            from_v1=True,
        )


class NodeInfoSoftware(Entity):
    name: str = ""
    version: str = ""


class NodeInfoUsers(Entity):
    total: int | None = None
    activeMonth: int | None = None


class NodeInfoUsage(Entity):
    users: NodeInfoUsers = msgspec.field(default_factory=NodeInfoUsers)
    localPosts: int | None = None


class NodeInfo(Entity):
    software: NodeInfoSoftware = msgspec.field(default_factory=NodeInfoSoftware)
    protocols: list[str] = msgspec.field(default_factory=list)
    openRegistrations: bool | None = None
    usage: NodeInfoUsage = msgspec.field(default_factory=NodeInfoUsage)


class NodeInfoLink(Entity):
    rel: str = ""
    href: str = ""


class NodeInfoLinks(Entity):
    links: list[NodeInfoLink] = msgspec.field(default_factory=list)


# ------------------------------------------------------------------------------ decoding

_MAX_DEPTH = 64


def _is_id_key(key: str) -> bool:
    return key == "id" or key.endswith(("_id", "_ids"))


def normalise(value: Any, depth: int = 0) -> Any:
    """Drop JSON nulls from objects (so defaults apply) and turn integer ids into strings.
    Raises BadResponse for absurdly deep nesting."""
    if depth > _MAX_DEPTH:
        raise BadResponse("data nested too deeply")
    if isinstance(value, dict):
        out: dict[Any, Any] = {}
        for key, raw in value.items():
            if raw is None:
                continue
            item = raw
            if isinstance(key, str) and _is_id_key(key):
                if isinstance(raw, int) and not isinstance(raw, bool):
                    item = str(raw)
                elif isinstance(raw, list):
                    item = [
                        str(x) if isinstance(x, int) and not isinstance(x, bool) else x for x in raw
                    ]
            out[key] = normalise(item, depth + 1)
        return out
    if isinstance(value, list):
        return [normalise(item, depth + 1) for item in value]
    return value


def _load(data: bytes | str | Any) -> Any:
    if not isinstance(data, bytes | str):
        return data
    try:
        return msgspec.json.decode(data)
    except msgspec.DecodeError as exc:
        raise BadResponse(f"not valid JSON: {exc}") from None
    except RecursionError:
        raise BadResponse("data nested too deeply") from None


@dataclass
class Skips:
    """What tolerant decoding left out: one entry per list item that could not be read,
    as (entity name, reason). ``count(Status)`` says how many posts were left out."""

    items: list[tuple[str, str]] = field(default_factory=list)

    def add(self, type_: Any, reason: str) -> None:
        self.items.append((getattr(type_, "__name__", str(type_)), reason))

    def count(self, type_: type[Any] | None = None) -> int:
        if type_ is None:
            return len(self.items)
        return sum(1 for name, _ in self.items if name == type_.__name__)

    def __len__(self) -> int:
        return len(self.items)


class _Unreadable(Exception):
    """Internal: this value cannot be mended."""


_DROP: Any = object()


def _essential(type_: Any) -> frozenset[str]:
    """Optional fields whose loss makes the whole object unreadable."""
    return frozenset({"reblog"}) if type_ is Status else frozenset()


def _optional_inner(type_: Any) -> tuple[Any, bool]:
    """``X | None`` -> (X, True); anything else -> (type_, False)."""
    if isinstance(type_, types.UnionType) or typing.get_origin(type_) is typing.Union:
        args = [a for a in typing.get_args(type_) if a is not type(None)]
        if len(args) == 1:
            return args[0], True
    return type_, False


def _fits(value: Any, type_: Any) -> bool:
    try:
        msgspec.convert(value, type_, strict=False)
    except (msgspec.ValidationError, RecursionError):
        return False
    return True


def _mend(value: Any, type_: Any, skips: Skips, depth: int = 0) -> Any:
    """``value`` (already normalised) changed so that it converts to ``type_``: unreadable
    list items left out, unreadable optional fields dropped. Returns `_DROP` when the value
    itself cannot be mended (the caller drops the field or the item)."""
    if depth > _MAX_DEPTH:
        return _DROP
    inner, _optional = _optional_inner(type_)
    if isinstance(inner, type) and issubclass(inner, msgspec.Struct):
        if not isinstance(value, dict):
            return _DROP
        out = dict(value)
        essential = _essential(inner)
        for info in msgspec.structs.fields(inner):
            key = info.encode_name
            if key not in out or _fits(out[key], info.type):
                continue
            mended = _mend(out[key], info.type, skips, depth + 1)
            if mended is _DROP:
                if info.required or info.name in essential:
                    return _DROP
                log.debug("left out %s.%s that could not be read", inner.__name__, key)
                del out[key]
            else:
                out[key] = mended
        return out if _fits(out, inner) else _DROP
    origin = typing.get_origin(inner)
    if origin is list:
        (item_type,) = typing.get_args(inner) or (Any,)
        if isinstance(value, dict) and item_type is str:
            return [str(k) for k in value]  # a map where a list was expected: its keys
        if not isinstance(value, list):
            return _DROP
        items: list[Any] = []
        for raw in value:
            if _fits(raw, item_type):
                items.append(raw)
                continue
            mended = _mend(raw, item_type, skips, depth + 1)
            if mended is _DROP:
                skips.add(item_type, "could not be read")
                log.info("left out one %s that could not be read", _name(item_type))
            else:
                items.append(mended)
        return items
    return _DROP


def _name(type_: Any) -> str:
    return getattr(type_, "__name__", str(type_))


def _convert(obj: Any, type_: Any, skips: Skips | None = None) -> Any:
    try:
        normalised = normalise(obj)
    except RecursionError:
        raise BadResponse("data nested too deeply") from None
    try:
        return msgspec.convert(normalised, type_, strict=False)
    except msgspec.ValidationError as exc:
        first = exc
    except RecursionError:
        raise BadResponse("data nested too deeply") from None
    found = Skips()
    mended = _mend(normalised, type_, found)
    if mended is _DROP:
        raise BadResponse(f"unexpected data: {first}") from None
    try:
        result = msgspec.convert(mended, type_, strict=False)
    except (msgspec.ValidationError, RecursionError):
        raise BadResponse(f"unexpected data: {first}") from None
    if skips is not None:
        skips.items.extend(found.items)
    return result


def _fast(data: bytes | str | Any, type_: Any) -> Any:
    """Decode well-formed JSON straight into ``type_`` (msgspec does it in one pass, several
    times faster than the general path). Returns ``_SLOW`` when the data needs the general
    path: nulls where a default should apply, integer ids, broken items, odd nesting."""
    if not isinstance(data, bytes | str):
        return _SLOW
    try:
        return msgspec.json.decode(data, type=type_, strict=False)
    except (msgspec.DecodeError, msgspec.ValidationError, RecursionError, ValueError):
        return _SLOW


_SLOW: Any = object()


def decode(data: bytes | str | Any, type_: type[T], *, skips: Skips | None = None) -> T:
    """Decode JSON text/bytes (or an already-parsed object) into `type_`, mending what can
    be mended (see the module docstring); list items left out are added to ``skips``.
    Raises `BadResponse` and nothing else when the data does not fit."""
    fast = _fast(data, type_)
    if fast is not _SLOW:
        return cast("T", fast)
    result: T = _convert(_load(data), type_, skips)
    return result


def decode_list(
    data: bytes | str | Any,
    type_: type[T],
    *,
    on_skip: Callable[[BadResponse], None] | None = None,
) -> list[T]:
    """Decode a JSON array of `type_`. A broken item is skipped (reported to `on_skip`) so
    one odd post cannot blank a whole timeline; a non-array raises `BadResponse`."""
    fast = _fast(data, list[type_])  # type: ignore[valid-type]
    if fast is not _SLOW:
        return cast("list[T]", fast)
    obj = _load(data)
    if not isinstance(obj, list):
        raise BadResponse(f"expected a list, got {type(obj).__name__}")
    items: list[T] = []
    for raw in obj:
        try:
            items.append(_convert(raw, type_))
        except BadResponse as exc:
            if on_skip is not None:
                on_skip(exc)
    return items
