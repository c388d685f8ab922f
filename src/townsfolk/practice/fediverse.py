"""Towns of other kinds in the practice world: Pixelfed, PeerTube, Funkwhale, Owncast,
Friendica, a WriteFreely blog and a Mobilizon events site (``World.seeded(fediverse=True)``).

Their people and posts reach Mastodon towns the way those servers' objects really arrive
through Mastodon's API (docs/servers.md, "Other kinds of servers"):

- Pixelfed sends a Note with Image attachments, each with the person's description: a post
  with ``image`` media attachments; the post's address is ``/p/<name>/<id>``.
- PeerTube sends a Video object, which Mastodon "converts": the post's text is the title and a
  link to ``/videos/watch/<uuid>``, with a preview card of type ``video`` (the channel as
  ``author_name``, the thumbnail as ``image``); the channel is a Group actor. Length and files
  are only in PeerTube's own ``/api/v1/videos/<uuid>`` (served here too).
- Funkwhale channels send Audio objects: converted the same way (title and a link to
  ``/library/tracks/<id>``, a card with the cover); artist, length and the file are in
  ``/api/v1/tracks/<id>``.
- Owncast sends a Note when the stream starts ("I've gone live!", the stream title, a link)
  with a preview picture; whether it is still live is only in Owncast's ``/api/status``.
- Friendica sends Notes with HTML: long posts with a bold title and quotes as blockquotes.
- WriteFreely sends Article objects (converted: title, summary and a link; the card points at
  the article itself); Mobilizon sends Event objects (converted: name and a link).

People on the first Mastodon town (``ann`` and ``bob``) follow all of them, so their posts are
in "People you follow" there.
"""

from __future__ import annotations

import hashlib
import re
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from townsfolk.practice.model import Media, Person, Post
from townsfolk.practice.world import Town, TownProfile

if TYPE_CHECKING:
    from townsfolk.practice.world import World

__all__ = ["FEDIVERSE_TOWNS", "TRACKS", "VIDEOS", "add_fediverse", "owncast_online_since"]


def _profile(  # noqa: PLR0917 - a table of towns below
    domain: str, title: str, short: str, software: str, version: str, hue: int, people: Any
) -> TownProfile:
    return TownProfile(
        domain=domain,
        title=title,
        short_description=short,
        description=f"<p>{short}</p>",
        emojis=(),
        people=people,
        topics=(),
        hue=hue,
        software=software,
        version=version,
    )


FEDIVERSE_TOWNS: tuple[TownProfile, ...] = (
    _profile("lens.practice", "Lens", "Photos from everywhere.", "pixelfed", "0.12.4", 30,
             (("lena", "Lena Okoye", "Photographer. Mostly rivers and rooftops."),)),
    _profile("tube.practice", "Tube", "Videos made by people, not companies.", "peertube",
             "6.3.2", 350, (("quiet_workshop", "The Quiet Workshop", "Woodwork, slowly."),)),
    _profile("tunes.practice", "Tunes", "Music you can follow.", "funkwhale", "1.4.0", 160,
             (("niasol", "Nia Sol", "Songs about the sea."),)),
    _profile("live.practice", "Sunday Sketch Club", "Live drawing every Sunday.", "owncast",
             "0.1.3", 260, (("streamer", "Sunday Sketch Club", "We draw, you watch."),)),
    _profile("friends.practice", "Friends", "A Friendica town.", "friendica",
             "2024.08", 200, (("marta", "Marta Kowalska", "Long posts about small things."),)),
    _profile("words.practice", "Words", "A blog town.", "writefreely", "0.15.0", 120,
             (("ada", "Ada's notebook", "Essays on gardens and walking."),)),
    _profile("events.practice", "Events", "What is on near the harbour.", "mobilizon", "4.1.0",
             80, (("harbourevents", "Harbour events", "Clean-ups, markets, concerts."),)),
)  # fmt: skip

#: PeerTube videos: uuid -> (title, seconds, description)
VIDEOS: dict[str, tuple[str, int, str]] = {
    "9c9de5e8-0a1b-4f8c-8a84-0d8f0f5f1a01": (
        "Carving a wooden spoon from a cherry branch",
        754,
        "From a fallen branch to a spoon you can cook with, with only three tools.",
    ),
    "4b6f7c2e-1d3e-4a5b-9c7d-2e8f9a0b1c02": (
        "Sharpening a chisel without a machine",
        312,
        "A whetstone, some water and ten quiet minutes.",
    ),
}
#: Funkwhale tracks: id -> (title, album, seconds)
TRACKS: dict[str, tuple[str, str, int]] = {
    "42": ("Low Tide", "Harbour Songs", 225),
    "43": ("Gulls at Dawn", "Harbour Songs", 198),
}


def owncast_online_since(world: World) -> Any:
    """When the practice Owncast stream started (it is live now)."""
    return world.anchor - timedelta(minutes=20)


def _add_town(world: World, profile: TownProfile) -> Town:
    town = Town(world, len(world.towns), profile)
    world.towns.append(town)
    world._by_domain[town.domain] = town
    return town


def _picture(  # noqa: PLR0917
    world: World, owner: Person, description: str, hue: int, w: int, h: int
) -> int:
    media = Media(
        key=world.next_key(),
        owner=owner.key,
        kind="image",
        content_type="image/png",
        width=w,
        height=h,
        description=description,
        hue=hue,
    )
    world.media[media.key] = media
    return media.key


def _post(world: World, author: Person, html: str, when: Any, **extra: Any) -> Post:
    origin = extra.pop("origin_url", None)
    post = world.create_post(author.key, "practice", when=when, **extra)
    post.content = html
    post.text = re.sub(r"<[^>]+>", " ", html).strip()
    post.origin_url = origin
    world.touch_post(post.key)
    return post


def _card(**fields: Any) -> dict[str, Any]:
    card: dict[str, Any] = {
        "url": "", "title": "", "description": "", "language": "en", "type": "link",
        "author_name": "", "author_url": "", "provider_name": "", "provider_url": "",
        "html": "", "width": 560, "height": 315, "image": None, "image_description": "",
        "embed_url": "", "blurhash": None, "published_at": None, "authors": [],
    }  # fmt: skip
    card.update(fields)
    return card


def _link(url: str) -> str:
    return f'<a href="{url}" rel="nofollow noopener" target="_blank">{url}</a>'


def add_fediverse(world: World) -> None:
    """Add the other kinds of towns, their people and posts (deterministic)."""
    import pickle

    with world.lock:
        anchor = world.anchor
        people: dict[str, Person] = {}
        for i, profile in enumerate(FEDIVERSE_TOWNS):
            _add_town(world, profile)
            username, name, bio = profile.people[0]
            person = world.add_person(
                profile.domain,
                username,
                name,
                f"<p>{bio}</p>",
                created_at=anchor - timedelta(days=400 + i),
                hue=profile.hue,
                password=f"practice-{username}",
            )
            people[profile.software] = person
        d = {p.software: p.domain for p in FEDIVERSE_TOWNS}
        px, pt, fw = people["pixelfed"], people["peertube"], people["funkwhale"]
        oc, fr, wf, mz = (
            people["owncast"], people["friendica"], people["writefreely"], people["mobilizon"]
        )  # fmt: skip
        px.page_url = f"https://{d['pixelfed']}/{px.username}"
        px.actor_uri = f"https://{d['pixelfed']}/users/{px.username}"
        pt.page_url = pt.actor_uri = f"https://{d['peertube']}/video-channels/{pt.username}"
        pt.group = True
        fw.page_url = f"https://{d['funkwhale']}/channels/{fw.username}"
        fw.actor_uri = f"https://{d['funkwhale']}/federation/actors/{fw.username}"
        oc.page_url = f"https://{d['owncast']}"
        oc.actor_uri = f"https://{d['owncast']}/federation/user/{oc.username}"
        fr.page_url = f"https://{d['friendica']}/profile/{fr.username}"
        fr.actor_uri = fr.page_url
        wf.page_url = f"https://{d['writefreely']}/{wf.username}/"
        wf.actor_uri = f"https://{d['writefreely']}/api/collections/{wf.username}"
        mz.page_url = f"https://{d['mobilizon']}/@{mz.username}"
        mz.actor_uri = mz.page_url
        for person in people.values():
            world.touch_person(person.key)

        first = world.towns[0]
        fans = [first.person("ann"), first.person("bob")]
        for fan in fans:
            for person in people.values():
                world.follow(fan.key, person.key, when=anchor - timedelta(days=30))

        start = anchor - timedelta(days=3)
        # Pixelfed: photo sets, every photo described
        sets = [
            ("Morning on the river, three ways.", [
                "Mist over a slow river, a rowing boat tied to a post.",
                "The same river from the bridge, sun just above the trees.",
                "A heron standing in the shallows, looking at the water.",
            ]),
            ("Rooftops after rain.", [
                "Wet slate roofs shining under a grey sky.",
                "A cat sitting on a chimney pot.",
            ]),
            ("One photo today: the old lighthouse.", [
                "A white lighthouse on a rock, waves breaking below it.",
            ]),
        ]  # fmt: skip
        for n, (caption, descriptions) in enumerate(sets):
            media = [
                _picture(world, px, text, (40 * n + 70 * j) % 360, 1080, 1080)
                for j, text in enumerate(descriptions)
            ]
            when = start + timedelta(hours=5 * n + 1)
            post = _post(world, px, f"<p>{caption}</p>", when, media=media)
            home_id = world.town(px.home).learn_post(post)
            post.origin_url = f"https://{px.home}/p/{px.username}/{home_id}"
            world.touch_post(post.key)

        # PeerTube: converted Video objects with a video card
        for n, (uuid, (title, _seconds, description)) in enumerate(VIDEOS.items()):
            url = f"https://{pt.home}/videos/watch/{uuid}"
            html = f"<p>{title}</p><p>{_link(url)}</p>"
            card = _card(
                url=url,
                title=title,
                description=description,
                type="video",
                author_name=pt.display_name,
                author_url=pt.page_url,
                provider_name="Tube",
                provider_url=f"https://{pt.home}",
                html=(
                    f'<iframe src="https://{pt.home}/videos/embed/{uuid}" '
                    'width="560" height="315" allowfullscreen></iframe>'
                ),
                image=f"/system/preview_cards/{700 + n}.png",
                embed_url=f"https://{pt.home}/videos/embed/{uuid}",
            )
            _post(world, pt, html, start + timedelta(hours=7 * n + 2), card=card, origin_url=url)

        # Funkwhale: converted Audio objects with the cover in the card
        for n, (track_id, (title, album, _seconds)) in enumerate(TRACKS.items()):
            url = f"https://{fw.home}/library/tracks/{track_id}"
            html = f"<p>{title}</p><p>{_link(url)}</p>"
            card = _card(
                url=url,
                title=title,
                description=f"{album}, by {fw.display_name}",
                type="rich",
                author_name=fw.display_name,
                author_url=fw.page_url,
                provider_name="Tunes",
                provider_url=f"https://{fw.home}",
                image=f"/system/preview_cards/{710 + n}.png",
            )
            _post(world, fw, html, start + timedelta(hours=9 * n + 3), card=card, origin_url=url)

        # Owncast: one stream that ended, one that is live now
        for n, (title, when) in enumerate(
            [
                ("Drawing boats at the harbour", anchor - timedelta(days=2)),
                ("Sunday sketching with tea", owncast_online_since(world) + timedelta(minutes=1)),
            ]
        ):
            picture = _picture(world, oc, f"A preview of the stream: {title}", 260 + 20 * n,
                               1280, 720)  # fmt: skip
            html = (
                f"<p>I've gone live!</p><p>{title}</p><p>{_link(oc.page_url + '/')}</p>"
                '<p><a href="https://live.practice/tags/owncast" class="mention hashtag" '
                'rel="tag">#<span>owncast</span></a></p>'
            )
            origin = (
                f"https://{oc.home}/federation/{hashlib.sha256(title.encode()).hexdigest()[:8]}"
            )
            _post(world, oc, html, when, media=[picture], origin_url=origin)

        # Friendica: a long post with a title and a quote
        paragraphs = [
            "I have been keeping a list of every bird that visits the feeder this winter. "
            "Some days it is only sparrows, and some days there is a surprise: a nuthatch "
            "walking upside down, or a woodpecker who stays for an hour.",
            "My neighbour says the feeder is a restaurant and I am the waiter. She is right. "
            "I fill it in the morning before tea and again in the afternoon when the light "
            "goes, and I write down who came in between.",
            "What surprised me most is how regular they are. The blue tits come at nine, the "
            "robin at half past, the blackbirds argue at noon. If you want to learn patience, "
            "a bird feeder is cheaper than a course.",
            "Next month I will try to photograph them, which will teach me even more patience.",
        ]
        html = (
            "<p><strong>A winter of birds at the feeder</strong></p>"
            + "".join(f"<p>{p}</p>" for p in paragraphs[:2])
            + "<blockquote><p>The early bird gets the worm, but the second mouse gets the "
            "cheese.</p></blockquote>" + "".join(f"<p>{p}</p>" for p in paragraphs[2:])
        )
        _post(
            world,
            fr,
            html,
            start + timedelta(hours=20),
            origin_url=f"https://{fr.home}/display/3f2a1b7c-0166-5f6e-a1b2-c3d4e5f60718",
        )

        # WriteFreely: a converted Article whose card points at the article itself
        article = f"https://{wf.home}/{wf.username}/walking-the-long-way-home"
        html = (
            "<p>Walking the long way home</p><p>Why the slower road through the allotments "
            f"is the best part of my day.</p><p>{_link(article)}</p>"
        )
        card = _card(
            url=article,
            title="Walking the long way home",
            description="Why the slower road through the allotments is the best part of my day.",
            type="link",
            author_name=wf.display_name,
            provider_name="Words",
        )
        _post(world, wf, html, start + timedelta(hours=30), card=card, origin_url=article)

        # Mobilizon: an Event object, a kind Townsfolk shows as a plain post with its link
        event = f"https://{mz.home}/events/5d0a1c44-7e0c-4b8e-9a51-8f0c3b2a9d10"
        html = f"<p>Harbour clean-up day</p><p>{_link(event)}</p>"
        _post(world, mz, html, start + timedelta(hours=40), origin_url=event)

        world.seed_key_limit = world._key
        world._snapshot = pickle.dumps(world._state(), protocol=pickle.HIGHEST_PROTOCOL)
