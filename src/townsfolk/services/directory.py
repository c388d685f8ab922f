"""The town directory: which towns exist, what they are about, and whether you can join.

No Qt here. The welcome wizard shows :meth:`DirectoryService.current` at once (the shipped
fediverse.party list, improved by the last refresh saved in the profile), and calls
:meth:`DirectoryService.refresh` in the background; it never waits for the network.

Sources
    1. ``resources/directory/fediverse-party-servers.json``: 21 categories, 190 towns, shipped,
       so the first screen works offline and is instant.
    2. joinmastodon's directory (``GET /servers``, ``/categories``, ``/languages``; base URL
       configurable, default https://api.joinmastodon.org, or ``TOWNSFOLK_DIRECTORY_URL``):
       people counts, languages, sign-up mode and a short description per town. The answer
       is saved in ``directory-cache.json`` in the profile and trusted for :data:`CACHE_TTL`.
    3. The chosen town itself (through ``AccountsService.check_town``): its own description,
       rules and sign-up status. A town that does not answer is marked, never removed.

Topics (how the categories are merged and relabelled)
    Both sources have uneven categories: fediverse.party's biggest one is about *how you sign
    up* ("Various (registration by application)", 88 towns), and several hold one town each;
    joinmastodon has 20 plain ids. Newcomers look for what they care about, so both are mapped
    onto one list of :data:`TOPICS` with everyday names, in :data:`PARTY_TOPICS` (category ->
    topics), :data:`JOINMASTODON_TOPICS` (id -> topic) and :data:`DOMAIN_TOPICS` (towns of the
    "Various" and "Notable" categories sorted by hand from their names and what they are known
    for). Anything left over goes to "Other towns". A town can sit under more than one topic.
    To move a town or rename a topic, edit these tables; the tests check that every shipped
    category is mapped and that no topic is empty offline except the ones marked
    ``live_only``.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

import httpx

from townsfolk import paths
from townsfolk.assets import read_text
from townsfolk.i18n import translate

log = logging.getLogger(__name__)

__all__ = [
    "BIG_TOWN",
    "CACHE_TTL",
    "DEFAULT_DIRECTORY_URL",
    "DIRECTORY_URL_ENV",
    "GOOD_FIRST_TOWNS",
    "TOPICS",
    "Directory",
    "DirectoryOffline",
    "DirectoryService",
    "JoinMode",
    "Topic",
    "TownEntry",
    "filter_towns",
    "good_first_towns",
    "language_name",
    "load_shipped",
    "topic_words",
]

DEFAULT_DIRECTORY_URL = "https://api.joinmastodon.org"
DIRECTORY_URL_ENV = "TOWNSFOLK_DIRECTORY_URL"
CACHE_NAME = "directory-cache.json"
CACHE_TTL = 24 * 3600.0
CACHE_VERSION = 1

#: Software that speaks the Mastodon client API well enough for Townsfolk.
SUPPORTED_SOFTWARE = frozenset({"mastodon", "hometown-mastodon", "hometown", "pleroma", "akkoma"})
#: Software that certainly does not (shown as "Townsfolk cannot use this town yet").
UNSUPPORTED_SOFTWARE = frozenset({"misskey", "hubzilla", "friendica", "calckey", "firefish"})


class JoinMode(StrEnum):
    OPEN = "open"  # you can join now
    APPROVAL = "approval"  # you ask to join; someone says yes
    CLOSED = "closed"  # not taking new people
    UNKNOWN = "unknown"  # not known yet (offline)


@dataclass(frozen=True, slots=True)
class Topic:
    id: str
    title: str
    #: One line under the title, in everyday words.
    blurb: str
    #: Only filled by the live directory (nothing in the shipped list).
    live_only: bool = False


TOPICS: tuple[Topic, ...] = (
    Topic("general", "For everyone", "Big towns about everything: a good place to start"),
    Topic("academia", "Academia and science", "Researchers, teachers, students, libraries"),
    Topic("journalism", "News and journalism", "Reporters, newsrooms and news lovers", True),
    Topic("art", "Art, books and writing", "Artists, photographers, writers, readers"),
    Topic("music", "Music", "Musicians and music lovers"),
    Topic("games", "Games", "Video games, board games, role-playing"),
    Topic("fandoms", "Anime, fandoms and subcultures", "Anime, manga, fan works and more"),
    Topic("furry", "Furries", "The furry community"),
    Topic("tech", "Technology and programming", "Computers, free software, coding"),
    Topic("safe", "Safe spaces: LGBTQ+, BIPOC and more", "Towns made for communities"),
    Topic("activism", "Activism, politics and the planet", "Causes, climate, social issues"),
    Topic("hobby", "Hobbies, food and sports", "Radio, racing, cooking, parents and more"),
    Topic("humor", "Humour and fun", "Jokes, cats and silliness"),
    Topic("regional", "Cities and countries", "Towns for one place in the world"),
    Topic("language", "In your language", "Towns for one language"),
    Topic("religion", "Faith and religion", "Religious communities", True),
    Topic("adult", "Adults only (18+)", "Grown-up topics; you must be an adult", True),
    Topic("other", "Other towns", "Towns that fit nowhere else"),
)
_TOPIC_IDS = {t.id for t in TOPICS}


def topic_words(topic: Topic) -> tuple[str, str]:
    """A topic's title and blurb in the person's language (context "Topics").

    :data:`TOPICS` is built when the module is imported, before a language is chosen, so
    the translations are looked up here, each as a literal ``translate`` call that
    ``pyside6-lupdate`` can collect. A topic missing here shows in English.
    """
    words = {
        "general": (
            translate("Topics", "For everyone"),
            translate("Topics", "Big towns about everything: a good place to start"),
        ),
        "academia": (
            translate("Topics", "Academia and science"),
            translate("Topics", "Researchers, teachers, students, libraries"),
        ),
        "journalism": (
            translate("Topics", "News and journalism"),
            translate("Topics", "Reporters, newsrooms and news lovers"),
        ),
        "art": (
            translate("Topics", "Art, books and writing"),
            translate("Topics", "Artists, photographers, writers, readers"),
        ),
        "music": (
            translate("Topics", "Music"),
            translate("Topics", "Musicians and music lovers"),
        ),
        "games": (
            translate("Topics", "Games"),
            translate("Topics", "Video games, board games, role-playing"),
        ),
        "fandoms": (
            translate("Topics", "Anime, fandoms and subcultures"),
            translate("Topics", "Anime, manga, fan works and more"),
        ),
        "furry": (
            translate("Topics", "Furries"),
            translate("Topics", "The furry community"),
        ),
        "tech": (
            translate("Topics", "Technology and programming"),
            translate("Topics", "Computers, free software, coding"),
        ),
        "safe": (
            translate("Topics", "Safe spaces: LGBTQ+, BIPOC and more"),
            translate("Topics", "Towns made for communities"),
        ),
        "activism": (
            translate("Topics", "Activism, politics and the planet"),
            translate("Topics", "Causes, climate, social issues"),
        ),
        "hobby": (
            translate("Topics", "Hobbies, food and sports"),
            translate("Topics", "Radio, racing, cooking, parents and more"),
        ),
        "humor": (
            translate("Topics", "Humour and fun"),
            translate("Topics", "Jokes, cats and silliness"),
        ),
        "regional": (
            translate("Topics", "Cities and countries"),
            translate("Topics", "Towns for one place in the world"),
        ),
        "language": (
            translate("Topics", "In your language"),
            translate("Topics", "Towns for one language"),
        ),
        "religion": (
            translate("Topics", "Faith and religion"),
            translate("Topics", "Religious communities"),
        ),
        "adult": (
            translate("Topics", "Adults only (18+)"),
            translate("Topics", "Grown-up topics; you must be an adult"),
        ),
        "other": (
            translate("Topics", "Other towns"),
            translate("Topics", "Towns that fit nowhere else"),
        ),
    }
    return words.get(topic.id, (topic.title, topic.blurb))


#: fediverse.party category id -> our topics.
PARTY_TOPICS: dict[str, tuple[str, ...]] = {
    "sciences": ("academia",),
    "humanities": ("art",),
    "education": ("academia",),
    "music": ("music",),
    "interests-and-hobbies": ("hobby",),
    "language-specific": ("language",),
    "regional": ("regional",),
    "book-game-show-theme": ("games", "fandoms"),
    "for-techies": ("tech",),
    "programming": ("tech",),
    "gamedev": ("games", "tech"),
    "political-and-social-views": ("activism",),
    "ecology-and-animals": ("activism",),
    "safe-spaces": ("safe",),
    "fandoms": ("fandoms",),
    "subcultures": ("fandoms",),
    "notable-generalistic": ("general",),
    "for-people-with-a-sense-of-self-irony": ("humor",),
    "run-by-tech-savvy-organizations": ("tech",),
    "notable-mention": (),  # sorted per town below
    "various-registration-by-application": (),  # sorted per town below
}

#: joinmastodon category id -> our topic.
JOINMASTODON_TOPICS: dict[str, str] = {
    "general": "general",
    "academia": "academia",
    "science": "academia",
    "journalism": "journalism",
    "art": "art",
    "books": "art",
    "music": "music",
    "games": "games",
    "furry": "furry",
    "tech": "tech",
    "lgbt": "safe",
    "bipoc": "safe",
    "activism": "activism",
    "hobby": "hobby",
    "food": "hobby",
    "sports": "hobby",
    "humor": "humor",
    "regional": "regional",
    "religion": "religion",
    "adult": "adult",
    "anime": "fandoms",
}

#: Good first towns when the live directory cannot be asked: big towns about everything that
#: have taken new people without approval for years (the advice Townsfolk grew from: "start
#: big: mastodon.social, mstdn.social"). Shipped with the app even though the fediverse.party
#: snapshot does not list them.
GOOD_FIRST_TOWNS: tuple[str, ...] = (
    "mastodon.social",
    "mstdn.social",
    "mastodon.world",
    "mastodon.online",
)
#: Seconds to wait for the directory when checking whether the person is online at all.
ONLINE_TIMEOUT = 5.0
#: With the live directory, a good first town has at least this many people.
BIG_TOWN = 10_000

#: Towns sorted by hand (mostly from "Various" and "Notable mention").
DOMAIN_TOPICS: dict[str, tuple[str, ...]] = {
    # academia and science
    "mastodon.mit.edu": ("academia",),
    "mastodon.acc.sunet.se": ("academia",),
    "metu.life": ("academia",),
    "mastodon.ocf.berkeley.edu": ("academia",),
    "mastodon.utwente.nl": ("academia",),
    "scicomm.xyz": ("academia",),
    "fediscience.org": ("academia",),
    "scholar.social": ("academia",),
    "mathstodon.xyz": ("academia",),
    "history.lol": ("academia",),
    "digipres.club": ("academia", "tech"),
    "openbiblio.social": ("academia",),
    "ausglam.space": ("academia", "art"),
    # art, books, writing
    "writing.exchange": ("art",),
    "imaginair.es": ("art",),
    "mograph.social": ("art",),
    "photog.social": ("art",),
    "literatur.social": ("art",),
    # music
    "metalhead.club": ("music",),
    "linernotes.club": ("music",),
    "bostonmusic.online": ("music", "regional"),
    # games, fandoms, furries
    "tabletop.social": ("games",),
    "rollenspiel.social": ("games", "hobby"),
    "rollenspiel.group": ("games", "hobby"),
    "fandom.ink": ("fandoms",),
    "cthulhu.social": ("fandoms",),
    "dragonscave.space": ("fandoms",),
    "meow.social": ("furry",),
    "kafuka.me": ("furry",),
    # technology
    "floss.social": ("tech",),
    "linuxrocks.online": ("tech",),
    "osrc.pw": ("tech",),
    "phpc.social": ("tech",),
    "kernel.social": ("tech",),
    "m.g3l.org": ("tech",),
    "mastodon.nzoss.nz": ("tech",),
    "libretooth.gr": ("tech", "language"),
    "wpbuilds.social": ("tech",),
    "tech.lgbt": ("tech", "safe"),
    # safe spaces
    "colorid.es": ("safe",),
    "aspiechattr.me": ("safe",),
    "weirder.earth": ("safe",),
    "kindred.haus": ("safe",),
    # activism
    "digitalcourage.social": ("activism",),
    "eupublic.social": ("activism",),
    "toot.cat": ("humor",),
    # hobbies
    "mastodon.radio": ("hobby",),
    "kith.kitchen": ("hobby",),
    "masto.beer": ("hobby",),
    "feuerwehr.social": ("hobby",),
    "dads.cool": ("hobby",),
    "cooler.mom": ("hobby",),
    # general
    "mastodon.cc": ("general",),
    "notbird.site": ("general",),
    "theres.life": ("general",),
    "mastodon.world": ("general",),
    "fikaverse.club": ("general", "regional"),
    "dobbs.town": ("general",),
    "socel.net": ("general",),
    "tooot.im": ("general",),
    "mastodos.com": ("general",),
    # cities and countries (the rest are added below)
}
_REGIONAL = """
augsburg.social wue.social bonn.social toot.koeln krefeld.life dresden.network darmstadt.social
fulda.social norden.social wien.rocks snabelen.no mastodon.se tukkers.online mastodon.opencloud.lu
mastodon.uy chilemasto.casa mastodon.ie mastodon.me.uk rva.party social.tulsa.ok.us kcmo.social
the.vermonters.club mastodon.fedi.quebec mastodon.madrid fedivers.net masto.pt toot.si
mastodontti.fi tooting.ch mastodon.roflcopter.fr iztasocial.site pleroma.tulln.social voi.social
"""
DOMAIN_TOPICS.update(dict.fromkeys(_REGIONAL.split(), ("regional",)))

#: Languages by code, in their own words (for the filter). Unknown codes show as the code.
LANGUAGE_NAMES: dict[str, str] = {
    "en": "English",
    "de": "Deutsch",
    "fr": "Français",
    "es": "Español",
    "it": "Italiano",
    "nl": "Nederlands",
    "pt": "Português",
    "ja": "日本語",
    "ko": "한국어",
    "zh": "中文",
    "ru": "Русский",
    "uk": "Українська",
    "pl": "Polski",
    "cs": "Čeština",
    "sk": "Slovenčina",
    "sv": "Svenska",
    "no": "Norsk",
    "da": "Dansk",
    "fi": "Suomi",
    "eu": "Euskara",
    "ca": "Català",
    "gl": "Galego",
    "el": "Ελληνικά",
    "tr": "Türkçe",
    "th": "ไทย",
    "eo": "Esperanto",
    "br": "Brezhoneg",
    "cy": "Cymraeg",
    "gd": "Gàidhlig",
    "ar": "العربية",
    "he": "עברית",
    "hi": "हिन्दी",
}


def language_name(code: str) -> str:
    return LANGUAGE_NAMES.get(code.lower(), code)


@dataclass(frozen=True, slots=True)
class TownEntry:
    """One town as the directory knows it (shipped facts, improved by live facts)."""

    domain: str
    url: str
    software: str | None
    topics: tuple[str, ...]
    description: str = ""
    people: int | None = None
    active_people: int | None = None
    languages: tuple[str, ...] = ()
    join: JoinMode = JoinMode.UNKNOWN
    #: False when the last attempt to reach it failed (shown, not removed).
    answering: bool | None = None
    #: Seen in the live directory (so its facts are fresh).
    live: bool = False

    @property
    def supported(self) -> bool:
        """Can Townsfolk use this town? (Unknown software counts as yes: we will find out.)"""
        return (self.software or "").lower() not in UNSUPPORTED_SOFTWARE

    @property
    def name(self) -> str:
        return self.domain


@dataclass(frozen=True, slots=True)
class Directory:
    towns: tuple[TownEntry, ...]
    topics: tuple[Topic, ...] = TOPICS
    #: When the live facts were fetched (None: only the shipped list).
    refreshed_at: float | None = None
    #: Languages offered in the filter (codes), most towns first.
    languages: tuple[str, ...] = ()

    def town(self, domain: str) -> TownEntry | None:
        domain = domain.lower()
        for entry in self.towns:
            if entry.domain == domain:
                return entry
        return None

    def in_topic(self, topic_id: str) -> list[TownEntry]:
        return [t for t in self.towns if topic_id in t.topics]

    def topic_counts(self) -> dict[str, int]:
        counts = {t.id: 0 for t in self.topics}
        for town in self.towns:
            for topic in town.topics:
                counts[topic] = counts.get(topic, 0) + 1
        return counts


class DirectoryOffline(Exception):
    """The live directory could not be reached (the shipped list still works)."""


# ----------------------------------------------------------------------------- shipped list


def _software(value: object) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def load_shipped(raw_json: str | None = None) -> Directory:
    """The fediverse.party snapshot, mapped onto :data:`TOPICS`."""
    data = json.loads(raw_json if raw_json is not None else read_text(*_SHIPPED))
    merged: dict[str, dict[str, Any]] = {}
    for category in data["categories"]:
        topics = PARTY_TOPICS.get(category["id"], ())
        for server in category["servers"]:
            domain = str(server["domain"]).lower()
            chosen = DOMAIN_TOPICS.get(domain) or topics or ("other",)
            item = merged.setdefault(
                domain, {"software": _software(server.get("software")), "topics": []}
            )
            for topic in chosen:
                if topic not in item["topics"]:
                    item["topics"].append(topic)
    for domain in GOOD_FIRST_TOWNS:
        item = merged.setdefault(domain, {"software": "mastodon", "topics": []})
        if "general" not in item["topics"]:
            item["topics"].append("general")
    towns = tuple(
        TownEntry(
            domain=domain,
            url=f"https://{domain}",
            software=item["software"],
            topics=tuple(item["topics"]),
        )
        for domain, item in merged.items()
    )
    return Directory(towns=towns)


_SHIPPED = ("directory", "fediverse-party-servers.json")


# ----------------------------------------------------------------------------- filtering


def filter_towns(
    towns: Iterable[TownEntry],
    *,
    text: str = "",
    language: str | None = None,
    exclude: Iterable[str] = (),
) -> list[TownEntry]:
    """Towns matching the search words and language, usable towns first, then by size."""
    words = text.lower().split()
    skip = {d.lower() for d in exclude}
    found = []
    for town in towns:
        if town.domain in skip:
            continue
        haystack = f"{town.domain} {town.description}".lower()
        if not all(word in haystack for word in words):
            continue
        if language and language not in town.languages:
            continue
        found.append(town)
    return sorted(found, key=_rank)


def _rank(town: TownEntry) -> tuple[int, int, int, str]:
    usable = 0 if town.supported and town.answering is not False else 1
    closed = 1 if town.join is JoinMode.CLOSED else 0
    return (usable, closed, -(town.people or 0), town.domain)


def good_first_towns(
    directory: Directory, *, limit: int = 8, exclude: Iterable[str] = ()
) -> list[TownEntry]:
    """Only big, general towns that take new people now and are up (issue 11).

    With the live directory (which lists only towns that are up): its general towns with
    open sign-ups and at least :data:`BIG_TOWN` people, biggest first. Without it (offline,
    or when it has none): the hand-picked :data:`GOOD_FIRST_TOWNS`, in their order. A town
    that did not answer the last time, that asks for approval or is closed, is never one.
    """
    skip = {d.lower() for d in exclude}

    def usable(town: TownEntry) -> bool:
        return town.supported and town.answering is not False and town.domain not in skip

    if directory.refreshed_at is not None:
        live = [
            t
            for t in directory.in_topic("general")
            if usable(t) and t.live and t.join is JoinMode.OPEN and (t.people or 0) >= BIG_TOWN
        ]
        if live:
            return sorted(live, key=_rank)[:limit]
    chosen = []
    for domain in GOOD_FIRST_TOWNS:
        town = directory.town(domain)
        if town is not None and usable(town) and town.join in (JoinMode.OPEN, JoinMode.UNKNOWN):
            chosen.append(town)
    return chosen[:limit]


# ----------------------------------------------------------------------------- live refresh


def _join_mode(item: Mapping[str, Any]) -> JoinMode:
    if item.get("approval_required") is True:
        return JoinMode.APPROVAL
    if item.get("approval_required") is False:
        return JoinMode.OPEN
    return JoinMode.UNKNOWN


def _int_or_none(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _merge(base: Directory, live: Mapping[str, Any], town_urls: Mapping[str, str]) -> Directory:
    """Shipped towns updated with live facts; towns only in the live list are added."""
    servers = live.get("servers", [])
    by_domain: dict[str, TownEntry] = {t.domain: t for t in base.towns}
    order = [t.domain for t in base.towns]
    for item in servers:
        if not isinstance(item, dict) or not isinstance(item.get("domain"), str):
            continue
        domain = item["domain"].strip().lower()
        if not domain:
            continue
        cats = [c for c in item.get("categories") or [item.get("category")] if isinstance(c, str)]
        live_topics = tuple(
            dict.fromkeys(
                JOINMASTODON_TOPICS[c]
                for c in cats
                if isinstance(c, str) and c in JOINMASTODON_TOPICS
            )
        )
        langs = tuple(
            str(code).lower() for code in item.get("languages") or () if isinstance(code, str)
        )
        existing = by_domain.get(domain)
        topics = tuple(dict.fromkeys((*(existing.topics if existing else ()), *live_topics)))
        if not topics:
            topics = ("other",)
        if existing is not None and existing.topics == ("other",) and live_topics:
            topics = live_topics
        entry = TownEntry(
            domain=domain,
            url=town_urls.get(domain, existing.url if existing else f"https://{domain}"),
            software=existing.software if existing and existing.software else "Mastodon",
            topics=topics,
            description=str(item.get("description") or "").strip(),
            people=_int_or_none(item.get("total_users")),
            active_people=_int_or_none(item.get("last_week_users")),
            languages=langs,
            join=_join_mode(item),
            answering=existing.answering if existing else None,
            live=True,
        )
        if domain not in by_domain:
            order.append(domain)
        by_domain[domain] = entry
    languages = tuple(
        str(item["locale"]).lower()
        for item in sorted(
            (i for i in live.get("languages", []) if isinstance(i, dict) and i.get("locale")),
            key=lambda i: -(_int_or_none(i.get("servers_count")) or 0),
        )
    )
    if not languages:
        counts: dict[str, int] = {}
        for entry in by_domain.values():
            for code in entry.languages:
                counts[code] = counts.get(code, 0) + 1
        languages = tuple(sorted(counts, key=lambda c: -counts[c]))
    fetched = live.get("fetched_at")
    return Directory(
        towns=tuple(by_domain[d] for d in order),
        topics=base.topics,
        refreshed_at=float(fetched) if isinstance(fetched, int | float) else None,
        languages=languages,
    )


def _with_learned(town: TownEntry, facts: object) -> TownEntry:
    """The town's own counts on a card that has none (from :meth:`remember_counts`)."""
    if town.people is not None or not isinstance(facts, dict):
        return town
    people = _int_or_none(facts.get("people"))
    active = _int_or_none(facts.get("active"))
    return replace(
        town,
        people=people,
        active_people=active if town.active_people is None else town.active_people,
    )


@dataclass
class _Cache:
    path: Path
    data: dict[str, Any] = field(default_factory=dict)

    def load(self) -> None:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return
        except (OSError, ValueError):
            log.warning("The saved town directory could not be read; it will be fetched again.")
            return
        if isinstance(raw, dict) and raw.get("version") == CACHE_VERSION:
            self.data = raw

    def save(self) -> None:
        self.data["version"] = CACHE_VERSION
        paths.write_private(self.path, json.dumps(self.data))


class DirectoryService:
    """The directory for the wizard: instant answers, background refresh, saved in the profile.

    ``town_urls`` maps a domain to the address to use for it (practice towns on this
    computer); every other town is ``https://<domain>``.
    """

    def __init__(
        self,
        profile: Path,
        *,
        base_url: str | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        ttl: float = CACHE_TTL,
        timeout: float = 15.0,
        clock: Callable[[], float] = time.time,
        town_urls: Mapping[str, str] | None = None,
        shipped: Directory | None = None,
    ) -> None:
        self.base_url = (
            base_url or os.environ.get(DIRECTORY_URL_ENV) or DEFAULT_DIRECTORY_URL
        ).rstrip("/")
        self._transport = transport
        self.ttl = ttl
        self.timeout = timeout
        self._clock = clock
        self.town_urls = dict(town_urls or {})
        self._shipped = shipped if shipped is not None else load_shipped()
        if self.town_urls:
            self._shipped = Directory(
                towns=tuple(
                    replace(t, url=self.town_urls.get(t.domain, t.url)) for t in self._shipped.towns
                )
            )
        self._cache = _Cache(profile / CACHE_NAME)
        self._cache.load()
        self._lock = asyncio.Lock()

    # -- reading ---------------------------------------------------------------------------

    def current(self) -> Directory:
        """The best list available now, without touching the network."""
        live = self._cache.data.get("live")
        directory = (
            _merge(self._shipped, live, self.town_urls) if isinstance(live, dict) else self._shipped
        )
        learned = self._cache.data.get("learned", {})
        if isinstance(learned, dict) and learned:
            directory = replace(
                directory,
                towns=tuple(_with_learned(t, learned.get(t.domain)) for t in directory.towns),
            )
        unreachable = self._cache.data.get("not_answering", {})
        answering = self._cache.data.get("answering", {})
        if unreachable or answering:
            directory = replace(
                directory,
                towns=tuple(
                    replace(t, answering=False)
                    if t.domain in unreachable
                    else replace(t, answering=True)
                    if t.domain in answering
                    else t
                    for t in directory.towns
                ),
            )
        return directory

    def needs_refresh(self) -> bool:
        live = self._cache.data.get("live")
        if not isinstance(live, dict):
            return True
        fetched = live.get("fetched_at")
        return not isinstance(fetched, int | float) or self._clock() - fetched > self.ttl

    def url_for(self, domain: str) -> str:
        return self.town_urls.get(domain.lower(), f"https://{domain.lower()}")

    # -- refreshing ------------------------------------------------------------------------

    async def refresh(self, *, force: bool = False) -> Directory:
        """Fetch the live directory (unless the saved one is fresh) and save it.

        Raises :class:`DirectoryOffline` when it cannot be reached; the saved and shipped
        lists stay as they were.
        """
        async with self._lock:
            if not force and not self.needs_refresh():
                return self.current()
            try:
                async with self._http() as http:
                    servers = await self._get_json(http, "/servers")
                    try:
                        languages = await self._get_json(http, "/languages")
                    except (httpx.HTTPError, ValueError):
                        languages = []
            except (httpx.HTTPError, ValueError, OSError) as error:
                raise DirectoryOffline(type(error).__name__) from None
            if not isinstance(servers, list):
                raise DirectoryOffline("unexpected answer")
            self._cache.data["live"] = {
                "fetched_at": self._clock(),
                "servers": servers,
                "languages": languages if isinstance(languages, list) else [],
            }
            try:
                await asyncio.to_thread(self._cache.save)
            except OSError:
                log.warning("The town directory could not be saved in the profile.")
            return self.current()

    async def online(self) -> bool:
        """Whether the internet can be reached at all: the directory answers anything (even
        an error page). Asked when a town does not answer, so that being offline is never
        blamed on the town (issue 11)."""
        try:
            async with self._http() as http:
                await http.get("/", timeout=min(self.timeout, ONLINE_TIMEOUT))
        except (httpx.HTTPError, OSError):
            return False
        return True

    async def categories(self) -> list[dict[str, Any]]:
        """joinmastodon's categories with their town counts (as the server lists them)."""
        async with self._http() as http:
            try:
                data = await self._get_json(http, "/categories")
            except (httpx.HTTPError, ValueError, OSError) as error:
                raise DirectoryOffline(type(error).__name__) from None
        return [d for d in data if isinstance(d, dict)] if isinstance(data, list) else []

    def _http(self) -> httpx.AsyncClient:
        if self._transport is not None:
            return httpx.AsyncClient(
                base_url=self.base_url, transport=self._transport, timeout=self.timeout
            )
        from townsfolk.api.client import tls_context

        return httpx.AsyncClient(base_url=self.base_url, timeout=self.timeout, verify=tls_context())

    @staticmethod
    async def _get_json(http: httpx.AsyncClient, path: str) -> Any:
        response = await http.get(path)
        response.raise_for_status()
        return response.json()

    # -- what we learn from the towns themselves -------------------------------------------

    def remember_counts(self, domain: str, people: int | None, active: int | None) -> None:
        """What a town said about itself when it was checked (people living there, active
        last month), for its card when the live directory does not list it (towns only in
        the shipped list). The live directory's own numbers are never replaced."""
        if people is None and active is None:
            return
        learned = self._cache.data.setdefault("learned", {})
        learned[domain.lower()] = {"people": people, "active": active}
        try:
            self._cache.save()
        except OSError:
            log.warning("The town directory could not be saved in the profile.")

    def mark_answering(self, domain: str, answering: bool) -> None:
        """Remember whether a town answered the last time it was asked."""
        domain = domain.lower()
        down = self._cache.data.setdefault("not_answering", {})
        up = self._cache.data.setdefault("answering", {})
        if answering:
            down.pop(domain, None)
            up[domain] = self._clock()
        else:
            up.pop(domain, None)
            down[domain] = self._clock()
        try:
            self._cache.save()
        except OSError:
            log.warning("The town directory could not be saved in the profile.")
