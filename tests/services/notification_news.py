"""Fresh notifications for Ann of maple.practice, made through the practice world the way the
town makes them (no tests here): four people favourite her new post, two boost it, three
start following her, a poll she voted in ends, a post she boosted is edited, and Bob's name
has a custom emoji in it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from townsfolk.practice.model import utcnow

MAPLE, HARBOUR = "maple.practice", "harbour.practice"


@dataclass
class News:
    post_key: int  # Ann's post that was favourited and boosted
    fans: list[int]  # who favourited it, oldest first
    boosters: list[int]
    followers: list[int]
    poll_post_key: int
    edited_post_key: int


def make_news(world: Any, *, emoji_name: bool = True) -> News:
    now = utcnow()
    with world.lock:
        pk = {(d, u): k for (d, u), k in world.handles.items()}
        ann = pk[(MAPLE, "ann")]
        bob = pk[(MAPLE, "bob")]
        if emoji_name:
            world.people[bob].display_name = "Bob :teacup: Baker"
            world.touch_person(bob)
        # A poll of Bob's that Ann voted in, and a post of his she boosted that he edits.
        poll = world.new_poll(["Tea", "Coffee"], expires_at=now - timedelta(minutes=40))
        poll_post = world.create_post(
            bob, "Tea or coffee?", poll=poll, when=now - timedelta(hours=2)
        )
        world.vote(ann, poll, [0])
        world.end_polls(now)
        boosted = world.create_post(bob, "Teapots are great", when=now - timedelta(hours=1))
        world.reblog(ann, boosted, when=now - timedelta(minutes=50))
        world.edit_post(boosted, "Teapots are really great", when=now - timedelta(minutes=35))
        post = world.create_post(ann, "My new teapot", when=now - timedelta(minutes=30))
        fans = [bob, pk[(MAPLE, "carmen")], pk[(MAPLE, "dev")], pk[(HARBOUR, "jonas")]]

        # Each kind a second apart within one minute (the last is the newest): one hour, so
        # the town's 12-hour groups never split them, whatever the clock says.
        def minute(ago: int) -> datetime:
            return (now - timedelta(minutes=ago)).replace(second=0, microsecond=0)

        for n, fan in enumerate(fans):
            world.favourite(fan, post, when=minute(20) + timedelta(seconds=n))
        boosters = [pk[(MAPLE, "eli")], pk[(MAPLE, "fatima")]]
        for n, booster in enumerate(boosters):
            world.reblog(booster, post, when=minute(10) + timedelta(seconds=n))
        followers = [pk[(MAPLE, "ivy")], pk[(MAPLE, "george")], pk[(HARBOUR, "kiri")]]
        for n, follower in enumerate(followers):
            if world.follows(follower, ann):
                world.unfollow(follower, ann)
            world.follow(follower, ann, when=minute(5) + timedelta(seconds=n))
    return News(post.key, fans, boosters, followers, poll_post.key, boosted.key)
