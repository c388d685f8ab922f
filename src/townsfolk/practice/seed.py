"""Sample people and posts, so practice timelines look like real ones. Deterministic per seed."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from townsfolk.practice.model import Media, Person, Post

if TYPE_CHECKING:
    from townsfolk.practice.world import TownProfile, World

_TOWNS: list[dict[str, Any]] = [
    {
        "domain": "maple.practice",
        "title": "Maple",
        "short": "A friendly town for gardens, books and slow mornings.",
        "emojis": (("maple_leaf", 20), ("teacup", 150)),
        "topics": ("gardening", "books", "baking", "birds"),
        "hue": 20,
        "people": (
            ("bob", "Bob Baker", "Bread on Saturdays, crosswords on Sundays."),
            ("carmen", "Carmen Ruiz", "Librarian. Ask me for a book about anything."),
            ("dev", "Dev Patel", "Birdwatcher with a very old camera."),
            ("eli", "Eli Brooks", "Retired teacher, keen gardener."),
            ("fatima", "Fatima Noor", "Knitting, tea and long walks."),
            ("george", "George Lund", "I grow too many tomatoes every year."),
            ("hana", "Hana Sato", "Illustrator. Posts are slow, replies are slower."),
            ("ivy", "Ivy Green", "Allotment number 14."),
        ),
    },
    {
        "domain": "harbour.practice",
        "title": "Harbour",
        "short": "A seaside town: boats, fish markets and photos of the sea.",
        "emojis": (("anchor", 210), ("seagull", 190)),
        "topics": ("sailing", "photography", "fishing", "weather"),
        "hue": 210,
        "people": (
            ("jonas", "Jonas Berg", "Skipper of a very small boat."),
            ("kiri", "Kiri Walker", "Photos of the harbour at dawn."),
            ("liam", "Liam O'Neill", "Fishmonger. Ask me what is fresh."),
            ("mei", "Mei Chen", "Swimming in the sea all year round."),
            ("nadia", "Nadia Haddad", "Lighthouse volunteer."),
            ("oscar", "Oscar Lind", "I fix nets and tell stories."),
            ("priya", "Priya Rao", "Weather nerd, tide tables fan."),
            ("quinn", "Quinn Avery", "Ferry timetable enthusiast."),
        ),
    },
    {
        "domain": "willow.practice",
        "title": "Willow",
        "short": "A quiet town for artists, makers and musicians.",
        "emojis": (("paintbrush", 300), ("note", 270)),
        "topics": ("art", "music", "pottery", "sketching"),
        "hue": 290,
        "people": (
            ("rosa", "Rosa Lima", "Potter. Everything I make is a little wonky."),
            ("sam", "Sam Okafor", "Guitar, mostly out of tune."),
            ("tara", "Tara Quinn", "Sketchbook every day."),
            ("umar", "Umar Aziz", "Woodworker and amateur luthier."),
            ("vera", "Vera Novak", "Choir on Tuesdays."),
            ("wes", "Wes Hart", "Printmaking and linocuts."),
            ("xena", "Xena Park", "Watercolours of the river."),
            ("yusuf", "Yusuf Kaya", "I play the oud badly and happily."),
        ),
    },
    {
        "domain": "meadow.practice",
        "title": "Meadow",
        "short": "Farmers, hikers and people who love the countryside.",
        "emojis": (("sunflower", 50), ("tractor", 100)),
        "topics": ("hiking", "farming", "cycling", "cheese"),
        "hue": 100,
        "people": (
            ("zara", "Zara Field", "Sheep farmer. The sheep are in charge."),
            ("arlo", "Arlo Stone", "Hiking every weekend."),
            ("bea", "Bea Moss", "Beekeeper."),
            ("cal", "Cal Reed", "Cycling up hills slowly."),
            ("dina", "Dina Ash", "Cheesemaker."),
            ("emil", "Emil Frost", "Weather watcher."),
            ("faye", "Faye Wood", "Wildflower photos."),
            ("gus", "Gus Hale", "Tractor repairs, mostly."),
        ),
    },
]

_ANN = ("ann", "Ann Archer", "New here. Learning how all this works!")
_TOWNHALL = ("townhall", "Town Hall", "News and help from the people who look after this town.")

_OPENERS = [
    "Good morning, everyone!",
    "Small thing that made my day:",
    "Question for the town:",
    "Today I learned something new.",
    "Quick update:",
    "I finally did it.",
    "Does anyone else do this?",
    "A little reminder:",
    "Rainy day here.",
    "Sunny at last!",
]
_SENTENCES = [
    "The kettle is on and the radio is playing something I half remember.",
    "I spent the afternoon sorting old photos and found some real treasures.",
    "If you have tips, please share them, I am still learning.",
    "It took three tries, but it worked in the end.",
    "Nothing dramatic, just a quiet and happy day.",
    "My neighbour taught me a trick I will use forever.",
    "I keep meaning to write this down before I forget.",
    "Thank you all for being so welcoming here.",
    "The light this evening was just lovely.",
    "Slowly getting the hang of this place.",
    "I think I need a bigger shelf.",
    "Who else is up early today?",
    "Sharing this in case it helps someone.",
    "Lunch was soup again, and I am not complaining.",
]
_REPLIES = [
    "Oh, that sounds lovely!",
    "I had the same thing happen last week.",
    "Thank you for sharing this.",
    "Could you tell me more about how you did it?",
    "Ha, this made me smile.",
    "Good luck, you will be fine!",
    "I agree completely.",
    "Wonderful, well done!",
    "Not sure I agree, but I see your point.",
    "Saving this for later.",
]
_LINKS = [
    (
        "https://www.example.org/recipes/plum-cake-for-beginners",
        "Plum cake for beginners",
        "A simple weekend bake with late-summer plums.",
        "Example Kitchen",
    ),
    (
        "https://news.example.com/2024/local/library-opens-on-sundays",
        "Library opens on Sundays",
        "The town library will now open every Sunday afternoon.",
        "Example News",
    ),
    (
        "https://example.net/guides/how-to-describe-pictures-for-everyone",
        "How to describe pictures",
        "Good picture descriptions help people who cannot see them.",
        "Example Guides",
    ),
    (
        "https://weather.example.org/forecast/coast",
        "Coast forecast",
        "Wind, tides and sunshine for the week ahead.",
        "Example Weather",
    ),
    (
        "https://www.example.com/blog/why-I-love-small-towns",
        "Why I love small towns",
        "Everyone knows your name, and that is a good thing.",
        "Example Blog",
    ),
]
_CW = ["Spoilers for the book club", "Food (lots of it)", "Long post", "Weather moan", "Bugs"]
_DESCRIPTIONS = [
    "Hills at sunset with an orange sun above them.",
    "A wide landscape with layers of green hills.",
    "A bright sky over rolling fields.",
    None,
]
_POLLS = [
    ("What should the next book club read be?", ["A mystery", "A romance", "Poetry", "Travel"]),
    ("Tea or coffee?", ["Tea", "Coffee", "Both", "Neither"]),
    ("Best time for a walk?", ["Morning", "Afternoon", "Evening"]),
    ("Should the market open on Sundays?", ["Yes", "No"]),
]


def town_profiles(count: int) -> list[TownProfile]:
    from townsfolk.practice.world import TownProfile

    out: list[TownProfile] = []
    for i in range(count):
        base = _TOWNS[i % len(_TOWNS)]
        n = i // len(_TOWNS)
        domain = base["domain"] if n == 0 else base["domain"].replace(".", f"{n + 1}.", 1)
        title = base["title"] if n == 0 else f"{base['title']} {n + 1}"
        people = (_ANN, *base["people"], _TOWNHALL)
        out.append(
            TownProfile(
                domain=domain,
                title=title,
                short_description=base["short"],
                description=(
                    f"<p>{title} is a practice town. {base['short']}</p>"
                    "<p>Everything here runs on your own computer: try posting, following "
                    "and replying without worrying about anything.</p>"
                ),
                emojis=base["emojis"],
                people=people,
                topics=base["topics"],
                hue=base["hue"],
            )
        )
    return out


class _Seeder:
    def __init__(self, world: World) -> None:
        self.world = world
        self.rng = random.Random(world.seed)
        self.start = world.anchor - timedelta(days=14)
        self.by_town: dict[str, list[Person]] = {}

    def run(self) -> None:
        self.people()
        self.follows()
        self.posts()
        self.guarantee_notifications()
        self.world.end_polls(self.world.anchor)

    # -- people --------------------------------------------------------------------------------
    def people(self) -> None:
        world, rng = self.world, self.rng
        for town in world.towns:
            persons: list[Person] = []
            for i, (username, name, bio) in enumerate(town.profile.people):
                created = self.start - timedelta(days=30 + rng.randrange(300), minutes=i)
                person = world.add_person(
                    town.domain,
                    username,
                    name,
                    f"<p>{bio}</p>",
                    created_at=created,
                    hue=(town.profile.hue + 37 * i) % 360,
                    password=f"practice-{username}",
                    locked=(i == 7),
                    bot=False,
                    fields=[("Lives in", town.title), ("Likes", rng.choice(town.profile.topics))],
                )
                persons.append(person)
            self.by_town[town.domain] = persons

    def follows(self) -> None:
        world, rng = self.world, self.rng
        everyone = [p for ps in self.by_town.values() for p in ps]
        for domain, persons in self.by_town.items():
            for person in persons:
                local = [p for p in persons if p is not person]
                for other in rng.sample(local, k=min(6, len(local))):
                    world.follow(person.key, other.key, when=self.start, force_request=False)
                remote = [p for p in everyone if p.home != domain]
                for other in rng.sample(remote, k=min(3, len(remote))):
                    world.follow(person.key, other.key, when=self.start)

    # -- posts ---------------------------------------------------------------------------------
    def text_for(self, author: Person) -> tuple[str, dict[str, Any]]:
        rng, world = self.rng, self.world
        town = world.town(author.home)
        extra: dict[str, Any] = {}
        parts = [rng.choice(_OPENERS), rng.choice(_SENTENCES)]
        roll = rng.random()
        if roll < 0.35:
            parts.append(
                " ".join(f"#{t}" for t in rng.sample(town.profile.topics, k=rng.randint(1, 2)))
            )
        if rng.random() < 0.15:
            url, title, desc, provider = rng.choice(_LINKS)
            parts.append(url)
            if rng.random() < 0.7:
                extra["card"] = _card(
                    url, title, desc, provider, _LINKS.index((url, title, desc, provider))
                )
        if rng.random() < 0.2:
            others = [p for p in world.people.values() if p.key != author.key]
            other = rng.choice(others)
            handle = (
                other.username if other.home == author.home else f"{other.username}@{other.home}"
            )
            parts.insert(0, f"@{handle}")
        if rng.random() < 0.12:
            parts.append(f":{rng.choice(list(town.emojis))}:")
        if rng.random() < 0.08:
            extra["spoiler_text"] = rng.choice(_CW)
        return " ".join(parts[:2]) + ("\n\n" + " ".join(parts[2:]) if parts[2:] else ""), extra

    def posts(self) -> None:
        world, rng = self.world, self.rng
        everyone = [p for ps in self.by_town.values() for p in ps]
        span = (world.anchor - timedelta(minutes=30) - self.start).total_seconds()
        events = 700 * len(world.towns)
        times = sorted(self.start + timedelta(seconds=rng.uniform(0, span)) for _ in range(events))
        originals: list[Post] = []
        for when in times:
            author = rng.choice(everyone)
            roll = rng.random()
            if roll < 0.18 and originals:
                parent = rng.choice(originals[-40:])
                while parent.replies and rng.random() < 0.6:  # go deeper into threads
                    parent = world.posts[rng.choice(parent.replies)]
                parent_author = world.people[parent.author]
                handle = (
                    parent_author.username
                    if parent_author.home == author.home
                    else f"{parent_author.username}@{parent_author.home}"
                )
                prefix = "" if parent_author is author else f"@{handle} "
                post = world.create_post(
                    author.key,
                    prefix + rng.choice(_REPLIES),
                    when=when,
                    in_reply_to=parent.key,
                    visibility="public" if rng.random() < 0.8 else "unlisted",
                )
                self.interact(post, when)
                continue
            if roll < 0.30 and originals:
                target = rng.choice(originals[-60:])
                if target.author != author.key and target.visibility == "public":
                    world.reblog(author.key, target, when=when)
                    continue
            text, extra = self.text_for(author)
            media: list[int] = []
            poll = None
            kind = rng.random()
            if kind < 0.14:
                for _ in range(rng.randint(1, 3)):
                    media.append(self.picture(author, rng.choice(_DESCRIPTIONS)))
                if rng.random() < 0.15:
                    extra["sensitive"] = True
            elif kind < 0.19:
                question, options = rng.choice(_POLLS)
                text = question
                length = timedelta(hours=rng.choice([1, 6, 24, 72]))
                poll = world.new_poll(options, when + length, multiple=rng.random() < 0.3)
            visibility = rng.choices(["public", "unlisted", "private"], weights=[85, 10, 5])[0]
            post = world.create_post(
                author.key, text, when=when, media=media, poll=poll, visibility=visibility, **extra
            )
            originals.append(post)
            self.interact(post, when)
            if rng.random() < 0.05:
                world.edit_post(
                    post,
                    post.text + "\n\n(Edited: fixed a typo.)",
                    when=when + timedelta(minutes=7),
                )

    def picture(self, owner: Person, description: str | None) -> int:
        world = self.world
        media = Media(
            key=world.next_key(),
            owner=owner.key,
            kind="image",
            content_type="image/png",
            width=640,
            height=480,
            description=description,
            focus=(0.0, 0.0),
            hue=self.rng.randrange(360),
        )
        world.media[media.key] = media
        return media.key

    def interact(self, post: Post, when: datetime) -> None:
        world, rng = self.world, self.rng
        fans = list(world.graph.followers.get(post.author, {}))
        if not fans:
            return
        for pk in rng.sample(fans, k=min(len(fans), rng.randint(0, 4))):
            world.favourite(pk, post, when=when + timedelta(minutes=rng.randint(1, 20)))
        if post.poll is not None:
            poll = post.poll
            for pk in rng.sample(fans, k=min(len(fans), rng.randint(1, 5))):
                choices = [rng.randrange(len(poll.options))]
                world.vote(pk, poll, choices)

    # -- make sure everyone has every kind of notification -------------------------------------
    def guarantee_notifications(self) -> None:
        world, rng = self.world, self.rng
        everyone = [p for ps in self.by_town.values() for p in ps]
        base = world.anchor - timedelta(minutes=25)
        for n, person in enumerate(everyone):
            when = base + timedelta(seconds=n * 10)
            town = world.town(person.home)
            have = {note.type for note in town.notifications.get(person.key, [])}
            others = [p for p in everyone if p is not person]
            other = others[(n * 7 + 3) % len(others)]
            own = [
                p
                for p in world.posts_by(person.key)
                if p.reblog_of is None and p.visibility == "public"
            ]
            if "mention" not in have:
                handle = (
                    person.username
                    if other.home == person.home
                    else f"{person.username}@{person.home}"
                )
                world.create_post(other.key, f"@{handle} {rng.choice(_REPLIES)}", when=when)
            if own and "favourite" not in have:
                world.favourite(other.key, own[-1], when=when)
            if own and "reblog" not in have:
                world.reblog(other.key, own[-1], when=when)
            if "follow" not in have:
                fan = next(p for p in others if not world.follows(p.key, person.key))
                if person.locked:
                    world.follow(fan.key, person.key, when=when, force_request=True)
                    world.accept_request(person.key, fan.key)
                    world.notify(person.key, "follow", fan.key, None, when)
                else:
                    world.follow(fan.key, person.key, when=when)
            if "follow_request" not in have:
                fan = next(
                    p
                    for p in reversed(others)
                    if not world.follows(p.key, person.key)
                    and p.key not in world.graph.requests.get(person.key, {})
                )
                world.follow(fan.key, person.key, when=when, force_request=True)
            if "poll" not in have:
                question, options = _POLLS[n % len(_POLLS)]
                poll = world.new_poll(options, when - timedelta(minutes=30))
                world.create_post(other.key, question, when=when - timedelta(hours=2), poll=poll)
                world.vote(person.key, poll, [n % len(options)])
            if "update" not in have:
                theirs = [
                    p for p in world.posts_by(other.key) if p.reblog_of is None and p.poll is None
                ]
                target = theirs[-1] if theirs else world.create_post(other.key, "Hello!", when=when)
                world.reblog(person.key, target, when=when)
                suffix = "" if target.edited_at else "\n\n(Edited to add: thanks, everyone!)"
                world.edit_post(target, target.text + suffix, when=when + timedelta(seconds=5))


def _card(url: str, title: str, description: str, provider: str, index: int) -> dict[str, Any]:
    return {
        "url": url,
        "title": title,
        "description": description,
        "language": "en",
        "type": "link",
        "author_name": "",
        "author_url": "",
        "provider_name": provider,
        "provider_url": url.split("/", 3)[0] + "//" + url.split("/", 3)[2],
        "html": "",
        "width": 400,
        "height": 300,
        "image": f"/system/preview_cards/{index}.png",
        "image_description": "",
        "embed_url": "",
        "blurhash": None,
        "published_at": None,
        "authors": [],
    }


def seed_world(world: World) -> None:
    _Seeder(world).run()
