"""Towns, people and posts of the practice world, and what people can do there.

Everything is guarded by one re-entrant lock (``World.lock``) so Python hooks can be used from
test threads while the server answers requests in its own thread.
"""

from __future__ import annotations

import bisect
import pickle
import secrets
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from townsfolk.practice import personalities
from townsfolk.practice.faults import Faults
from townsfolk.practice.model import (
    App,
    AuthCode,
    Follow,
    Marker,
    Media,
    Mute,
    Notification,
    Person,
    Poll,
    Post,
    Token,
    UserList,
    snowflake,
    utcnow,
)
from townsfolk.practice.text import emoji_shortcodes, format_text

if TYPE_CHECKING:
    from townsfolk.practice.http import PracticeApp
    from townsfolk.practice.word_filters import WordFilter

DEFAULT_SCOPES = "read write follow push"
IDEMPOTENCY_SECONDS = 3600.0


@dataclass(frozen=True)
class TownProfile:
    domain: str
    title: str
    short_description: str
    description: str
    emojis: tuple[tuple[str, int], ...]
    people: tuple[tuple[str, str, str], ...]  # username, display name, bio
    topics: tuple[str, ...]
    hue: int
    software: str = "mastodon"  # NodeInfo's software.name (practice/fediverse.py)
    version: str = "4.4.0"


class Town:
    """One practice town: its own domain, ids, people who live there, settings and faults."""

    def __init__(self, world: World, index: int, profile: TownProfile) -> None:
        self.world = world
        self.index = index
        self.profile = profile
        self.domain = profile.domain
        self.title = profile.title
        self.short_description = profile.short_description
        self.description = profile.description
        self.emojis: dict[str, int] = dict(profile.emojis)
        self.default_rules: tuple[tuple[str, str], ...] = (
            ("Be kind.", "Disagree with ideas, not with people."),
            ("No spam or advertising.", ""),
            ("Mark sensitive pictures and spoilers with a content warning.", ""),
            ("Describe your pictures for people who cannot see them.", ""),
            ("This is a practice town: nothing here leaves your computer.", ""),
        )
        self.rules: list[tuple[str, str]] = list(self.default_rules)
        self.faults = Faults()
        self._reset_settings()
        self._reset_state()

    # -- settings and state -------------------------------------------------------------------
    def _reset_settings(self) -> None:
        # The town's own words (practice/hostile.py may change them until the next reset).
        self.title = self.profile.title
        self.short_description = self.profile.short_description
        self.description = self.profile.description
        self.rules = list(self.default_rules)
        self.registration_mode: str = "open"
        self.min_age: int | None = None
        self.reason_required: bool = False
        self.auto_approve_as: str | None = None
        self.ignore_idempotency: bool = False
        self.version: str = self.profile.version
        self.flavour: str = self.profile.software
        self.pkce_supported: bool = True
        # Doorkeeper (RFC 8252) ignores the port of loopback redirect addresses; older
        # servers compare them exactly. False makes this town behave like those.
        self.loopback_ignores_port: bool = True
        # Mastodon always has a privacy policy page (4.0+); terms of service are optional
        # (4.4+). False makes the town answer 404, like a town that never wrote them.
        self.has_privacy_policy: bool = True
        self.has_terms: bool = True
        # Quirks of real server families (practice/personalities.py); Mastodon 4 by default.
        self.personality: personalities.Personality = personalities.DEFAULT

    def _reset_state(self) -> None:
        self._low = 0
        self._used: set[int] = set()
        self.acct_ids: dict[int, int] = {}
        self.acct_by_id: dict[int, int] = {}
        self.post_ids: dict[int, int] = {}
        self.post_by_id: dict[int, int] = {}
        self.timeline: list[int] = []  # sorted local ids of every known post
        self.media_ids: dict[int, int] = {}
        self.media_by_id: dict[int, int] = {}
        self.poll_ids: dict[int, int] = {}
        self.poll_by_id: dict[int, int] = {}
        self.notifications: dict[int, list[Notification]] = {}
        self.apps: dict[str, App] = {}
        self.tokens: dict[str, Token] = {}
        self.codes: dict[str, AuthCode] = {}
        self.idempotency: dict[tuple[int, str], tuple[int, float]] = {}
        self.lists: dict[int, UserList] = {}
        self.markers: dict[int, dict[str, Marker]] = {}
        self.rate: dict[str, list[float]] = {}
        self.acct_cache: dict[int, dict[str, bytes]] = {}
        self.post_cache: dict[int, dict[str, bytes]] = {}
        self.held_back: set[int] = set()  # local post ids not yet in home (late delivery)
        # Filters for words (practice/word_filters.py) by owner, and reports to the team.
        self.word_filters: dict[int, list[WordFilter]] = {}
        self.reports: list[dict[str, Any]] = []
        self.unreadable_posts: set[str] = set()  # post ids answered without their account
        # New posts waiting in the town's queue (personalities.hold_posts); None: not holding.
        self.held_posts: list[Callable[[], object]] | None = None

    # -- ids -----------------------------------------------------------------------------------
    def new_id(self, when: datetime) -> int:
        while True:
            self._low += 1
            value = snowflake(when, ((self._low & 0x3FF) << 6) | (self.index & 0x3F))
            if value not in self._used:
                self._used.add(value)
                return value

    def learn_account(self, pk: int) -> int:
        local = self.acct_ids.get(pk)
        if local is None:
            local = self.new_id(self.world.people[pk].created_at)
            self.acct_ids[pk] = local
            self.acct_by_id[local] = pk
        return local

    def learn_post(self, post: Post) -> int:
        local = self.post_ids.get(post.key)
        if local is not None:
            return local
        local = self.new_id(post.created_at)
        self.post_ids[post.key] = local
        self.post_by_id[local] = post.key
        bisect.insort(self.timeline, local)
        self.learn_account(post.author)
        for pk in post.mentions:
            self.learn_account(pk)
        world = self.world
        if post.in_reply_to is not None and post.in_reply_to in world.posts:
            self.learn_post(world.posts[post.in_reply_to])
        if post.reblog_of is not None:
            self.learn_post(world.posts[post.reblog_of])
        return local

    def forget_post(self, post: Post) -> None:
        local = self.post_ids.pop(post.key, None)
        if local is None:
            return
        self.post_by_id.pop(local, None)
        i = bisect.bisect_left(self.timeline, local)
        if i < len(self.timeline) and self.timeline[i] == local:
            del self.timeline[i]
        self.post_cache.pop(post.key, None)

    def media_local(self, mk: int) -> int:
        local = self.media_ids.get(mk)
        if local is None:
            local = self.new_id(utcnow() if mk > self.world.seed_key_limit else self.world.anchor)
            self.media_ids[mk] = local
            self.media_by_id[local] = mk
        return local

    def poll_local(self, key: int) -> int:
        local = self.poll_ids.get(key)
        if local is None:
            local = self.new_id(self.world.anchor)
            self.poll_ids[key] = local
            self.poll_by_id[local] = key
        return local

    # -- people ----------------------------------------------------------------------------------
    @property
    def users(self) -> list[str]:
        with self.world.lock:
            return [p.username for p in self.world.people.values() if p.home == self.domain]

    def person(self, username: str) -> Person:
        with self.world.lock:
            pk = self.world.handles.get((self.domain, username.lower()))
            if pk is None:
                raise KeyError(f"nobody called {username!r} lives in {self.domain}")
            return self.world.people[pk]

    def password(self, username: str) -> str:
        return self.person(username).password

    def use_personality(
        self, name: str | personalities.Personality, **changes: Any
    ) -> personalities.Personality:
        """Behave like a real server family ("takahe", "friendica"...; see
        practice/personalities.py). ``world.reset()`` goes back to Mastodon 4."""
        return personalities.apply(self, name, **changes)

    def create_token(self, username: str, scopes: str = DEFAULT_SCOPES) -> str:
        """A user token without the login dance (for tests)."""
        with self.world.lock:
            person = self.person(username)
            app = self.practice_app()
            return self.issue_token(app.client_id, person.key, scopes.split()).value

    def practice_app(self) -> App:
        for app in self.apps.values():
            if app.name == "Practice hooks":
                return app
        return self.register_app(
            "Practice hooks", ["urn:ietf:wg:oauth:2.0:oob"], None, DEFAULT_SCOPES
        )

    def confirm_email(self, username: str) -> None:
        with self.world.lock:
            person = self.person(username)
            person.confirmed = True
            self.world.touch_person(person.key)

    def approve(self, username: str) -> None:
        with self.world.lock:
            person = self.person(username)
            person.approved = True
            self.world.touch_person(person.key)

    # -- apps and tokens --------------------------------------------------------------------------
    def register_app(
        self, name: str, redirect_uris: list[str], website: str | None, scopes: str
    ) -> App:
        app = App(
            id=len(self.apps) + 1,
            name=name,
            website=website,
            scopes=scopes.split(),
            redirect_uris=redirect_uris,
            client_id=secrets.token_urlsafe(32),
            client_secret=secrets.token_urlsafe(32),
        )
        self.apps[app.client_id] = app
        return app

    def issue_token(self, client_id: str, person: int | None, scopes: list[str]) -> Token:
        for token in self.tokens.values():  # Doorkeeper's reuse_access_token
            if (
                not token.revoked
                and token.app_id == client_id
                and token.person == person
                and person is not None
                and sorted(token.scopes) == sorted(scopes)
            ):
                return token
        token = Token(secrets.token_urlsafe(32), client_id, person, list(scopes), utcnow())
        self.tokens[token.value] = token
        return token

    def __repr__(self) -> str:
        return f"<Town {self.domain}>"


@dataclass
class _Graph:
    following: dict[int, dict[int, Follow]] = field(default_factory=dict)
    followers: dict[int, dict[int, Follow]] = field(default_factory=dict)
    requests: dict[int, dict[int, int]] = field(default_factory=dict)  # target -> requester -> seq


class World:
    """Several practice towns that know each other."""

    def __init__(self, profiles: list[TownProfile], seed: int, anchor: datetime) -> None:
        self.lock = threading.RLock()
        self.seed = seed
        self.anchor = anchor
        self.towns = [Town(self, i, p) for i, p in enumerate(profiles)]
        self._by_domain = {t.domain: t for t in self.towns}
        self._clear_state()
        from townsfolk.practice.seed import seed_world

        with self.lock:
            seed_world(self)
            self.seed_key_limit = self._key
            self._snapshot = pickle.dumps(self._state(), protocol=pickle.HIGHEST_PROTOCOL)

    _WORLD_FIELDS = (
        "_key", "_seq", "seed_key_limit", "people", "handles", "posts", "media", "graph",
        "open_polls", "poll_posts",
    )  # fmt: skip
    _TOWN_FIELDS = (
        "_low", "_used", "acct_ids", "acct_by_id", "post_ids", "post_by_id", "timeline",
        "media_ids", "media_by_id", "poll_ids", "poll_by_id", "notifications", "apps", "tokens",
        "codes", "idempotency", "lists", "markers", "rate",
    )  # fmt: skip

    def _state(self) -> dict[str, Any]:
        return {
            "world": {name: getattr(self, name) for name in self._WORLD_FIELDS},
            "towns": [{name: getattr(t, name) for name in self._TOWN_FIELDS} for t in self.towns],
        }

    @classmethod
    def seeded(
        cls,
        towns: int = 2,
        seed: int = 1,
        now: datetime | None = None,
        *,
        personality: str | None = None,
        fediverse: bool = False,
    ) -> World:
        """A world of ``towns`` towns; the same seed gives the same people and posts.
        ``personality`` makes every town behave like that server family (until reset).
        ``fediverse`` adds towns of other kinds (Pixelfed, PeerTube, Funkwhale, Owncast,
        Friendica, a blog, an events site: practice/fediverse.py) with their people."""
        from townsfolk.practice.seed import town_profiles

        if towns < 1:
            raise ValueError("a world needs at least one town")
        anchor = (now or utcnow()).astimezone(UTC).replace(minute=0, second=0, microsecond=0)
        world = cls(town_profiles(towns), seed, anchor)
        if fediverse:
            from townsfolk.practice.fediverse import add_fediverse

            add_fediverse(world)
        if personality is not None:
            for town in world.towns:
                town.use_personality(personality)
        return world

    def _clear_state(self) -> None:
        self._key = 0
        self._seq = 0
        self.seed_key_limit = 0
        self.people: dict[int, Person] = {}
        self.handles: dict[tuple[str, str], int] = {}
        self.posts: dict[int, Post] = {}
        self.media: dict[int, Media] = {}
        self.graph = _Graph()
        self.open_polls: list[Poll] = []
        self.poll_posts: dict[int, int] = {}

    def reset(self) -> None:
        """Back to the freshly seeded state: posts, people, follows, tokens, settings, faults."""
        for town in self.towns:
            town.faults.clear()
        with self.lock:
            state = pickle.loads(self._snapshot)  # noqa: S301 - our own bytes
            for name, value in state["world"].items():
                setattr(self, name, value)
            for town, fields in zip(self.towns, state["towns"], strict=True):
                town._reset_settings()
                town._reset_state()
                for name, value in fields.items():
                    setattr(town, name, value)

    def town(self, domain: str) -> Town:
        try:
            return self._by_domain[domain.lower()]
        except KeyError:
            raise KeyError(f"no practice town called {domain!r}") from None

    def find_town(self, domain: str) -> Town | None:
        return self._by_domain.get(domain.lower())

    def asgi_app(self, town: str | None = None) -> PracticeApp:
        """One ASGI app; it picks the town from the Host header, or always ``town`` if given."""
        from townsfolk.practice.http import PracticeApp

        return PracticeApp(self, self.town(town) if town else None)

    # -- keys ----------------------------------------------------------------------------------
    def next_key(self) -> int:
        self._key += 1
        return self._key

    def next_seq(self) -> int:
        self._seq += 1
        return self._seq

    def home_town(self, pk: int) -> Town:
        return self._by_domain[self.people[pk].home]

    # -- cache invalidation --------------------------------------------------------------------
    def touch_person(self, pk: int) -> None:
        for town in self.towns:
            town.acct_cache.pop(pk, None)

    def touch_post(self, key: int) -> None:
        for town in self.towns:
            town.post_cache.pop(key, None)

    # -- people ----------------------------------------------------------------------------------
    def add_person(
        self,
        domain: str,
        username: str,
        display_name: str = "",
        note: str = "",
        *,
        created_at: datetime,
        hue: int = 0,
        email: str = "",
        password: str = "",
        locked: bool = False,
        bot: bool = False,
        fields: Iterable[tuple[str, str]] = (),
    ) -> Person:
        person = Person(
            key=self.next_key(),
            home=domain,
            username=username,
            display_name=display_name,
            note=note,
            created_at=created_at,
            hue=hue,
            email=email or f"{username}@{domain}",
            password=password,
            locked=locked,
            bot=bot,
            fields=list(fields),
        )
        self.people[person.key] = person
        self.handles[(domain, username.lower())] = person.key
        self.town(domain).learn_account(person.key)
        return person

    def lookup(self, username: str, domain: str | None, here: str) -> Person | None:
        pk = self.handles.get(((domain or here).lower(), username.lower()))
        return self.people[pk] if pk is not None else None

    # -- relationships --------------------------------------------------------------------------
    def follows(self, a: int, b: int) -> bool:
        return b in self.graph.following.get(a, {})

    def follow(
        self,
        a: int,
        b: int,
        *,
        reblogs: bool = True,
        notify: bool = False,
        languages: list[str] | None = None,
        when: datetime | None = None,
        force_request: bool = False,
    ) -> None:
        when = when or utcnow()
        existing = self.graph.following.get(a, {}).get(b)
        if existing is not None:
            existing.reblogs, existing.notify, existing.languages = reblogs, notify, languages
            return
        if self.people[b].locked or force_request:
            requests = self.graph.requests.setdefault(b, {})
            if a not in requests:
                requests[a] = self.next_seq()
                self.notify(b, "follow_request", a, None, when)
            return
        rel = Follow(self.next_seq(), reblogs, notify, languages)
        self.graph.following.setdefault(a, {})[b] = rel
        self.graph.followers.setdefault(b, {})[a] = rel
        self.touch_person(a)
        self.touch_person(b)
        self.notify(b, "follow", a, None, when)
        # The follower's town now hears about the followed person: fetch recent posts.
        town = self.home_town(a)
        recent = [p for p in self.posts_by(b) if p.visibility in ("public", "unlisted", "private")]
        for post in recent[-20:]:
            town.learn_post(post)

    def unfollow(self, a: int, b: int) -> None:
        self.graph.following.get(a, {}).pop(b, None)
        self.graph.followers.get(b, {}).pop(a, None)
        self.graph.requests.get(b, {}).pop(a, None)
        self.touch_person(a)
        self.touch_person(b)

    def accept_request(self, target: int, requester: int) -> None:
        if self.graph.requests.get(target, {}).pop(requester, None) is None:
            return
        self.drop_request_notifications(target, requester)
        rel = Follow(self.next_seq())
        self.graph.following.setdefault(requester, {})[target] = rel
        self.graph.followers.setdefault(target, {})[requester] = rel
        self.touch_person(target)
        self.touch_person(requester)

    def reject_request(self, target: int, requester: int) -> bool:
        """Say no to a follow request; False if there was none."""
        if self.graph.requests.get(target, {}).pop(requester, None) is None:
            return False
        self.drop_request_notifications(target, requester)
        return True

    def drop_request_notifications(self, target: int, requester: int) -> None:
        """Mastodon deletes a follow request's notification with the request (the
        notification belongs to it), once it is accepted or rejected."""
        town = self.home_town(target)
        items = town.notifications.get(target)
        if items:
            items[:] = [
                n for n in items if not (n.type == "follow_request" and n.from_pk == requester)
            ]

    def block(self, a: int, b: int) -> None:
        self.unfollow(a, b)
        self.unfollow(b, a)
        self.people[a].blocks.setdefault(b, self.next_seq())

    def mute(self, a: int, b: int, notifications: bool, duration: int) -> None:
        expires = utcnow() + timedelta(seconds=duration) if duration > 0 else None
        self.people[a].mutes[b] = Mute(self.next_seq(), notifications, expires)

    def muting(self, a: int, b: int) -> Mute | None:
        mute = self.people[a].mutes.get(b)
        if mute is not None and mute.expires_at is not None and mute.expires_at <= utcnow():
            del self.people[a].mutes[b]
            return None
        return mute

    def hidden_from(self, viewer: int | None, author: int) -> bool:
        """Whether a viewer chose not to see this author (block, mute, blocked domain)."""
        if viewer is None or viewer == author:
            return False
        person = self.people[viewer]
        if author in person.blocks or self.muting(viewer, author) is not None:
            return True
        if author in self.people[author].blocks:
            return True
        return bool(person.domain_blocks) and self.people[author].home in person.domain_blocks

    # -- notifications ----------------------------------------------------------------------------
    def notify(
        self, to: int, kind: str, from_pk: int, post_key: int | None, when: datetime
    ) -> None:
        if to == from_pk and kind not in ("poll",):
            return
        person = self.people[to]
        if from_pk in person.blocks:
            return
        mute = self.muting(to, from_pk)
        if mute is not None and mute.notifications:
            return
        town = self.home_town(to)
        town.learn_account(from_pk)
        if post_key is not None:
            town.learn_post(self.posts[post_key])
        note = Notification(town.new_id(when), kind, from_pk, post_key, when)
        items = town.notifications.setdefault(to, [])
        if items and items[-1].id > note.id:
            bisect.insort(items, note, key=lambda n: n.id)
        else:
            items.append(note)

    def end_polls(self, now: datetime) -> None:
        still_open: list[Poll] = []
        for poll in self.open_polls:
            if not poll.expired(now):
                still_open.append(poll)
                continue
            post = self.posts.get(self.poll_posts.get(poll.key, 0))
            if post is None or post.deleted:
                continue
            assert poll.expires_at is not None
            for voter in [post.author, *poll.voters]:
                self.notify(voter, "poll", post.author, post.key, poll.expires_at)
            self.touch_post(post.key)
        self.open_polls = still_open

    # -- posts -------------------------------------------------------------------------------------
    def posts_by(self, pk: int) -> list[Post]:
        return [p for p in self.posts.values() if p.author == pk and not p.deleted]

    def format(self, author: Person, text: str) -> tuple[str, list[int], list[str], list[str]]:
        return format_text(
            text, author.home, lambda user, domain: self.lookup(user, domain, author.home)
        )

    def create_post(
        self,
        author: int,
        text: str,
        *,
        when: datetime | None = None,
        spoiler_text: str = "",
        sensitive: bool = False,
        visibility: str = "public",
        language: str | None = "en",
        in_reply_to: int | None = None,
        media: list[int] | None = None,
        poll: Poll | None = None,
        card: dict[str, Any] | None = None,
        app_name: str | None = "Web",
    ) -> Post:
        when = when or utcnow()
        person = self.people[author]
        html, mentions, tags, _links = self.format(person, text)
        emojis = emoji_shortcodes(text + " " + spoiler_text, set(self.town(person.home).emojis))
        post = Post(
            key=self.next_key(),
            author=author,
            created_at=when,
            text=text,
            content=html,
            spoiler_text=spoiler_text,
            sensitive=sensitive or bool(spoiler_text),
            visibility=visibility,
            language=language,
            in_reply_to=in_reply_to,
            media=list(media or []),
            poll=poll,
            card=card,
            mentions=mentions,
            tags=tags,
            emojis=emojis,
            app_name=app_name,
        )
        self.posts[post.key] = post
        for mk in post.media:
            self.media[mk].attached_to = post.key
        if poll is not None:
            self.poll_posts[poll.key] = post.key
            self.open_polls.append(poll)
        person.statuses_count += 1
        person.last_status_at = when
        self.touch_person(author)
        if in_reply_to is not None:
            parent = self.posts[in_reply_to]
            parent.replies.append(post.key)
            self.touch_post(parent.key)
        self.federate(post)
        for pk in mentions:
            self.notify(pk, "mention", author, post.key, when)
        if visibility in ("public", "unlisted"):
            for pk, rel in self.graph.followers.get(author, {}).items():
                if rel.notify:
                    self.notify(pk, "status", author, post.key, when)
        return post

    def federate(self, post: Post) -> None:
        """Deliver a post to every town that would receive it."""
        graph = self.graph
        author = self.people[post.author]
        interested = {author.home}
        interested.update(self.people[pk].home for pk in post.mentions)
        if post.visibility != "direct":
            interested.update(self.people[pk].home for pk in graph.followers.get(post.author, {}))
        for related in (post.in_reply_to, post.reblog_of):
            if related is not None and related in self.posts:
                interested.add(self.people[self.posts[related].author].home)
        for town in self.towns:
            if town.domain in interested:
                town.learn_post(post)

    def reblog(
        self, pk: int, post: Post, visibility: str = "public", when: datetime | None = None
    ) -> Post:
        existing = post.reblogs.get(pk)
        if existing is not None:
            return self.posts[existing]
        when = when or utcnow()
        boost = Post(
            key=self.next_key(),
            author=pk,
            created_at=when,
            visibility=visibility,
            reblog_of=post.key,
            language=None,
            content="",
        )
        self.posts[boost.key] = boost
        post.reblogs[pk] = boost.key
        self.people[pk].statuses_count += 1
        self.people[pk].last_status_at = when
        self.touch_person(pk)
        self.touch_post(post.key)
        self.federate(boost)
        self.notify(post.author, "reblog", pk, post.key, when)
        return boost

    def unreblog(self, pk: int, post: Post) -> None:
        key = post.reblogs.pop(pk, None)
        if key is not None:
            self.delete_post(self.posts[key])
        self.touch_post(post.key)

    def favourite(self, pk: int, post: Post, when: datetime | None = None) -> None:
        if pk in post.favourited_by:
            return
        seq = self.next_seq()
        post.favourited_by[pk] = seq
        self.people[pk].favourites[post.key] = seq
        self.touch_post(post.key)
        self.notify(post.author, "favourite", pk, post.key, when or utcnow())

    def unfavourite(self, pk: int, post: Post) -> None:
        post.favourited_by.pop(pk, None)
        self.people[pk].favourites.pop(post.key, None)
        self.touch_post(post.key)

    def edit_post(
        self, post: Post, text: str, when: datetime | None = None, **changes: Any
    ) -> None:
        when = when or utcnow()
        person = self.people[post.author]
        html, mentions, tags, _links = self.format(person, text)
        post.text, post.content, post.tags = text, html, tags
        post.mentions = list(dict.fromkeys([*post.mentions, *mentions]))
        post.emojis = emoji_shortcodes(
            text + " " + str(changes.get("spoiler_text", post.spoiler_text)),
            set(self.town(person.home).emojis),
        )
        for name, value in changes.items():
            setattr(post, name, value)
        post.edited_at = when
        self.touch_post(post.key)
        for town in self.towns:
            if post.key in town.post_ids:
                for pk in post.mentions:
                    town.learn_account(pk)
        for booster in post.reblogs:
            self.notify(booster, "update", post.author, post.key, when)

    def delete_post(self, post: Post) -> None:
        if post.deleted:
            return
        post.deleted = True
        person = self.people[post.author]
        person.statuses_count = max(0, person.statuses_count - 1)
        self.touch_person(post.author)
        for booster, key in list(post.reblogs.items()):
            self.delete_post(self.posts[key])
            post.reblogs.pop(booster, None)
        if post.reblog_of is not None:
            original = self.posts[post.reblog_of]
            if original.reblogs.get(post.author) == post.key:
                del original.reblogs[post.author]
            self.touch_post(original.key)
        if post.in_reply_to is not None and post.in_reply_to in self.posts:
            parent = self.posts[post.in_reply_to]
            if post.key in parent.replies:
                parent.replies.remove(post.key)
            self.touch_post(parent.key)
        for town in self.towns:
            town.forget_post(post)

    def vote(self, pk: int, poll: Poll, choices: list[int]) -> None:
        poll.voters[pk] = choices
        for choice in choices:
            poll.votes[choice] += 1
        key = self.poll_posts.get(poll.key)
        if key is not None:
            self.touch_post(key)

    def new_poll(
        self,
        options: list[str],
        expires_at: datetime,
        multiple: bool = False,
        hide_totals: bool = False,
    ) -> Poll:
        return Poll(
            self.next_key(), list(options), [0] * len(options), expires_at, multiple, hide_totals
        )

    # -- visibility ------------------------------------------------------------------------------
    def can_see(self, viewer: int | None, post: Post) -> bool:
        if post.deleted:
            return False
        if post.reblog_of is not None:
            original = self.posts[post.reblog_of]
            if not self.can_see(viewer, original):
                return False
        if post.visibility in ("public", "unlisted"):
            return True
        if viewer is None:
            return False
        if viewer == post.author or viewer in post.mentions:
            return True
        return post.visibility == "private" and self.follows(viewer, post.author)


def idempotency_alive(stamp: float) -> bool:
    return time.time() - stamp < IDEMPOTENCY_SECONDS
