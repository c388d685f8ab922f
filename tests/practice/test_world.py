"""The seeded world: deterministic, rich enough to look real, and reset restores it."""

from __future__ import annotations

from datetime import UTC, datetime

from townsfolk.practice import World

NOW = datetime(2025, 3, 1, 12, tzinfo=UTC)


def test_same_seed_same_world_and_different_seed_differs() -> None:
    a = World.seeded(towns=2, seed=7, now=NOW)
    b = World.seeded(towns=2, seed=7, now=NOW)
    c = World.seeded(towns=2, seed=8, now=NOW)
    texts = [p.text for p in a.posts.values()]
    assert texts == [p.text for p in b.posts.values()]
    assert texts != [p.text for p in c.posts.values()]
    assert a.town("maple.practice").timeline == b.town("maple.practice").timeline


def test_towns_have_names_people_and_a_few_hundred_posts() -> None:
    world = World.seeded(towns=3, seed=1, now=NOW)
    assert [t.domain for t in world.towns] == [
        "maple.practice",
        "harbour.practice",
        "willow.practice",
    ]
    for town in world.towns:
        assert len(town.users) == 10
        assert "ann" in town.users
        own = [p for p in world.posts.values() if world.people[p.author].home == town.domain]
        assert 200 <= len(own) <= 1500
        assert town.password("ann")


def test_seeded_posts_cover_every_kind_of_content() -> None:
    world = World.seeded(towns=2, seed=1, now=NOW)
    posts = [p for p in world.posts.values() if p.reblog_of is None]
    html = " ".join(p.content for p in posts)
    assert 'class="u-url mention"' in html
    assert 'class="mention hashtag"' in html
    assert '<span class="invisible">https://' in html
    assert '<span class="ellipsis">' in html
    assert any(p.media and all(world.media[m].description for m in p.media) for p in posts)
    assert any(p.media and any(world.media[m].description is None for m in p.media) for p in posts)
    assert any(p.media and p.sensitive for p in posts)
    assert any(p.poll for p in posts)
    assert any(p.spoiler_text for p in posts)
    assert any(p.card for p in posts)
    assert any(p.edited_at for p in posts)
    assert any(p.emojis for p in posts)
    assert any(p.reblog_of is not None for p in world.posts.values())

    # A thread several levels deep.
    def depth(post_key: int) -> int:
        post = world.posts[post_key]
        return 1 + (depth(post.in_reply_to) if post.in_reply_to else 0)

    assert max(depth(p.key) for p in posts) >= 4
    # Mentions across towns.
    assert any(
        world.people[m].home != world.people[p.author].home for p in posts for m in p.mentions
    )


def test_every_person_has_every_kind_of_notification() -> None:
    world = World.seeded(towns=2, seed=1, now=NOW)
    wanted = {"mention", "favourite", "reblog", "follow", "follow_request", "poll", "update"}
    for town in world.towns:
        for username in town.users:
            person = town.person(username)
            kinds = {n.type for n in town.notifications.get(person.key, [])}
            assert wanted <= kinds, (username, wanted - kinds)


def test_people_follow_each_other_within_and_across_towns() -> None:
    world = World.seeded(towns=2, seed=1, now=NOW)
    ann = world.town("maple.practice").person("ann")
    homes = {world.people[pk].home for pk in world.graph.following[ann.key]}
    assert homes == {"maple.practice", "harbour.practice"} or len(homes) >= 1
    remote_follows = sum(
        1
        for a, targets in world.graph.following.items()
        for b in targets
        if world.people[a].home != world.people[b].home
    )
    assert remote_follows >= 20


def test_reset_restores_posts_people_tokens_and_settings() -> None:
    world = World.seeded(towns=2, seed=1, now=NOW)
    maple = world.town("maple.practice")
    before_timeline = list(maple.timeline)
    before_people = len(world.people)
    token = maple.create_token("ann")
    ann = maple.person("ann")
    world.create_post(ann.key, "A new post that should vanish")
    world.add_person(maple.domain, "zed", created_at=NOW)
    maple.registration_mode = "closed"
    maple.faults.set("status", code=503)
    world.reset()
    assert maple.timeline == before_timeline
    assert len(world.people) == before_people
    assert token not in maple.tokens
    assert maple.registration_mode == "open"
    assert maple.faults.current is None
    assert "zed" not in maple.users
