"""Text attacks for a practice town: names, bios, alt texts and links a hostile town may send.

Real towns are run by strangers, and any of their people may choose a display name, a bio, a
picture description, a poll option or a link. Qt guesses "rich text" when a string looks like
HTML, and the desktop opens any URL scheme it knows, so each of these is an attack on a client
that is not careful (issue 9). :func:`add_hostile_text` adds them to one practice town, made
with the world's own functions (so they travel through the real HTTP API and JSON):

- people whose display names are HTML that loads a resource (``<img src="/dev/zero">``, which
  fits in Mastodon's 30 characters and made Qt read ``/dev/zero`` until memory ran out;
  ``<img src=/etc/hostname>``, a local file), rich text (``<b>``, ``<font>``, ``<table>``),
  escaped HTML, and a right-to-left override (U+202E) that flips the sentence it is put in;
- bios and profile fields with live and *escaped* HTML (escaped HTML turns live after a
  naive HTML-to-text step: a fake red "account suspended, log in at …" box), links to
  ``file:``, ``smb:`` and ``javascript:``;
- posts with ``<img>`` to local files, links of every dangerous scheme, a content warning
  and poll options made of HTML, a link card whose title is HTML and whose address is a local
  file, and pictures whose descriptions are HTML;
- a video, a sound and a GIF whose file addresses are ``file:``, ``smb:`` and
  ``javascript:`` URLs (``Media.sent_url``);
- notifications for ``target`` from these people (follow, favourite, mention, boost, follow
  request), and, with ``town_text``, the town's own title, description and rules as HTML.

:data:`HOSTILE_STRINGS` lists every hostile string; tests check that none of them is ever
interpreted. Call after ``world.reset()`` (a reset removes what this adds).
``python -m townsfolk.practice --hostile`` serves the first town with these attacks.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    from townsfolk.practice.world import World

__all__ = [
    "BAD_URLS",
    "DEV_ZERO",
    "ESCAPED_BOX",
    "HOSTILE_STRINGS",
    "LOCAL_FILE",
    "RTL_NAME",
    "HostileText",
    "add_hostile_text",
]

#: 21 characters: fits in a Mastodon display name (30), and reads /dev/zero forever if loaded.
DEV_ZERO: Final = '<img src="/dev/zero">'
#: A local file shown in the window if loaded.
LOCAL_FILE: Final = "<img src=/etc/hostname>"
#: Text after the override is shown right to left: "Eve favourited your post" would flip.
RTL_NAME: Final = "Eve \u202eevil"
#: Escaped HTML: harmless as text, a fake warning box if it ever becomes HTML.
ESCAPED_BOX: Final = (
    "&lt;table bgcolor=red width=100%&gt;&lt;tr&gt;&lt;td&gt;&lt;h1&gt;ACCOUNT SUSPENDED&lt;/h1&gt;"
    "Log in again at https://evil.example/login&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;"
)
#: What the escaped box becomes if someone unescapes it.
LIVE_BOX: Final = (
    "<table bgcolor=red width=100%><tr><td><h1>ACCOUNT SUSPENDED</h1>"
    "Log in again at https://evil.example/login</td></tr></table>"
)
RICH_NAME: Final = "<b>Admin</b> <font color=red>✔</font>"
TABLE_NAME: Final = "<table bgcolor=red><tr><td>SUSPENDED"
ENTITY_NAME: Final = "&lt;b&gt;not bold&lt;/b&gt;"
QT_NAME: Final = "<qt><h1>Big</h1></qt>"

#: Links that must never reach the desktop.
BAD_URLS: Final = (
    "file:///etc/passwd",
    "smb://evil.example/share",
    "javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "ms-settings:privacy",
    "https://bank.example@evil.example/",
)

#: Every hostile string shown as a name, title or text (for "nothing is interpreted" checks).
HOSTILE_STRINGS: Final = (
    DEV_ZERO,
    LOCAL_FILE,
    RICH_NAME,
    TABLE_NAME,
    ENTITY_NAME,
    QT_NAME,
    LIVE_BOX,
)

# username -> (display name, bio HTML, fields)
_PEOPLE: Final[dict[str, tuple[str, str, list[tuple[str, str]]]]] = {
    "devzero": (
        DEV_ZERO,
        f"<p>{ESCAPED_BOX}</p>",
        [
            ("<img src=/dev/zero>", '<a href="file:///etc/passwd">my files</a>'),
            ("Website", '<a href="smb://evil.example/share">share</a>'),
        ],
    ),
    "localfile": (
        LOCAL_FILE,
        '<p>Hello <img src="/etc/hostname"> <img src="file:///dev/zero"></p>',
        [],
    ),
    "rtl": (RTL_NAME, "<p>I write \u202eright to left\u202c sometimes.</p>", []),
    "richname": (RICH_NAME, f"<p>{DEV_ZERO}</p>", []),
    "tablename": (TABLE_NAME, "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>", []),
    "entityname": (ENTITY_NAME, "<p>&amp;lt;img src=/dev/zero&amp;gt;</p>", []),
    "qtname": (QT_NAME, "", []),
}


@dataclass
class HostileText:
    """Where the attacks are (ids as ``domain`` knows them)."""

    domain: str
    target: str
    #: username -> display name
    people: dict[str, str] = field(default_factory=dict)
    #: role -> local post id: links, images, fakebox, spoiler, rtl_spoiler, card, poll,
    #: alt, video, mention
    posts: dict[str, str] = field(default_factory=dict)


def _card(url: str, title: str, description: str) -> dict[str, Any]:
    return {
        "url": url,
        "title": title,
        "description": description,
        "language": "en",
        "type": "link",
        "author_name": DEV_ZERO,
        "author_url": "file:///etc/passwd",
        "provider_name": LOCAL_FILE,
        "provider_url": "smb://evil.example/",
        "html": DEV_ZERO,
        "width": 400,
        "height": 300,
        "image": None,
        "image_description": DEV_ZERO,
        "embed_url": "javascript:alert(1)",
        "blurhash": None,
        "published_at": None,
        "authors": [],
    }


def add_hostile_text(
    world: World, domain: str, *, target: str = "ann", town_text: bool = False
) -> HostileText:
    """Add the text attacks to ``domain`` (see the module docstring). ``target`` (a person
    living there) follows the hostile people and gets notifications from them; with
    ``town_text`` the town's own title, description and rules become hostile too."""
    from townsfolk.practice.model import Media, utcnow

    town = world.town(domain)
    out = HostileText(domain=domain, target=target)
    with world.lock:
        me = world.lookup(target, domain, domain)
        if me is None:
            raise KeyError(f"no one called {target!r} lives in {domain}")
        start = utcnow() - timedelta(minutes=5)  # newer than every seeded post
        people = {}
        for n, (username, (name, note, fields)) in enumerate(_PEOPLE.items()):
            found = world.lookup(username, domain, domain)
            person = found or world.add_person(
                domain,
                username,
                name,
                note,
                created_at=start - timedelta(days=10 + n),
                hue=(n * 47) % 360,
                fields=fields,
            )
            people[username] = person
            out.people[username] = name
            world.follow(me.key, person.key, when=start)

        when = start

        keys: dict[str, int] = {}

        def post(author: str, text: str, **kwargs: Any) -> str:
            nonlocal when
            when += timedelta(seconds=5)
            made = world.create_post(people[author].key, text, when=when, **kwargs)
            local = str(town.learn_post(made))
            keys[local] = made.key
            return local

        def raw(role: str, html: str) -> None:
            made = world.posts[keys[out.posts[role]]]
            made.content = html
            world.touch_post(made.key)

        links = "".join(f'<a href="{url}">link {n}</a> ' for n, url in enumerate(BAD_URLS))
        out.posts["links"] = post("devzero", "Links")
        raw("links", f'<p>{links}<a href="https://ok.example/">a good link</a></p>')
        out.posts["images"] = post("localfile", "Pictures")
        raw("images", f'<p>look {DEV_ZERO} {LOCAL_FILE} <img src="file:///dev/zero"></p>')
        out.posts["fakebox"] = post("tablename", "Box")
        raw("fakebox", f"<p>{ESCAPED_BOX}</p>")
        out.posts["spoiler"] = post("richname", "Behind a warning", spoiler_text=DEV_ZERO)
        out.posts["rtl_spoiler"] = post("rtl", "Flipped", spoiler_text="\u202eoops, flipped")
        out.posts["card"] = post(
            "devzero",
            "A card",
            card=_card("file:///etc/passwd", DEV_ZERO, f"{LIVE_BOX} {ESCAPED_BOX}"),
        )
        poll = world.new_poll([DEV_ZERO, RICH_NAME, LIVE_BOX], start + timedelta(days=3))
        out.posts["poll"] = post("qtname", "A poll", poll=poll)

        def media(kind: str, content_type: str, url: str | None, owner: str) -> int:
            item = Media(
                key=world.next_key(),
                owner=people[owner].key,
                kind=kind,
                content_type=content_type,
                width=320,
                height=240,
                description=DEV_ZERO if kind == "image" else LIVE_BOX,
                sent_url=url,
            )
            world.media[item.key] = item
            return item.key

        out.posts["alt"] = post(
            "localfile", "Described", media=[media("image", "image/png", None, "localfile")]
        )
        out.posts["video"] = post(
            "devzero",
            "Press play",
            media=[
                media("video", "video/mp4", "file:///etc/passwd", "devzero"),
                media("audio", "audio/mpeg", "smb://evil.example/share/song.mp3", "devzero"),
                media("gifv", "video/mp4", "javascript:alert(1)", "devzero"),
            ],
        )

        # notifications for the target, from the hostile people
        mine = [p for p in world.posts_by(me.key) if p.visibility == "public"]
        out.posts["mention"] = post("rtl", f"@{target} hello from the other side")
        for username in ("rtl", "devzero", "richname"):
            person = people[username]
            world.follow(person.key, me.key, when=when)
            if mine:
                world.favourite(person.key, mine[-1], when=when)
        if mine:
            world.reblog(people["tablename"].key, mine[-1], when=when)
        world.follow(people["localfile"].key, me.key, force_request=True, when=when)

        if town_text:
            town.title = DEV_ZERO
            town.short_description = LIVE_BOX
            town.description = f"<p>{ESCAPED_BOX}</p>{DEV_ZERO}"
            town.rules = [(DEV_ZERO, LIVE_BOX), (RTL_NAME, ESCAPED_BOX)]
        world.touch_person(me.key)
    return out
