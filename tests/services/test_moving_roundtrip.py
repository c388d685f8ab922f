"""Export from town A, import into town B, export again: the same files, byte for byte.

ann@maple.practice gets follows (with boosts off, notifications on, languages), blocks, mutes
(with and without notifications), blocked towns, bookmarks and two lists, all made through the
API; a new person on harbour.practice imports the six files; then both are exported and
compared. Also: replace mode shows what it would remove and asks first; the export resumes
after the town failed half-way."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.services.moving_support import MovingRig, add_people, new_person
from tests.services.test_failover_support import remote_id
from townsfolk.api.errors import ApiError
from townsfolk.cache import JobState
from townsfolk.practice import moves
from townsfolk.services.moving.csv_formats import FILE_NAMES, Kind, read
from townsfolk.services.moving.export import EXPORT_JOB
from townsfolk.services.moving.import_ import ImportProblem, Mode, Outcome

APPLY_ORDER = (
    Kind.FOLLOWING,
    Kind.LISTS,
    Kind.BLOCKING,
    Kind.MUTING,
    Kind.DOMAIN_BLOCKING,
    Kind.BOOKMARKS,
)


@pytest.fixture
def rig(tmp_path: Path) -> Any:
    rig = MovingRig(tmp_path / "cache.db")
    yield rig
    rig.close()


async def _ids(client: Any, *accts: str) -> list[str]:
    out = []
    for acct in accts:
        found = await client.search(acct, type="accounts", resolve=True)
        out.append(found.accounts[0].id)
    return out


async def _set_up_old_town(rig: MovingRig, maple: Any, user_token: Any) -> Any:
    """ann@maple's follows, blocks, mutes, blocked towns, bookmarks and lists."""
    old = rig.add(maple, user_token(maple.domain), "ann")
    client = await rig.client(old)
    try:
        me = await client.verify_credentials()
        for rid in [p.id for p in (await client.following(me.id, limit=80)).items]:
            await client.unfollow(rid)
        follows = await _ids(
            client,
            "bob@maple.practice",
            "carmen@maple.practice",
            "jonas@harbour.practice",
            "kiri@harbour.practice",
            "dev@maple.practice",
        )
        await client.follow(follows[0])
        await client.follow(follows[1], reblogs=False, notify=True)
        await client.follow(follows[2], languages=["en", "de"])
        await client.follow(follows[3], notify=True, languages=["fr"])
        await client.follow(follows[4])
        blocked = await _ids(client, "eli@maple.practice", "liam@harbour.practice")
        for rid in blocked:
            await client.block(rid)
        muted = await _ids(client, "fatima@maple.practice", "mei@harbour.practice")
        await client.mute(muted[0], notifications=True)
        await client.mute(muted[1], notifications=False)
        for domain in ("spam.example", "Noisy.Example", "gone.example"):
            await client.block_domain(domain)
        posts = (await client.account_statuses(follows[0], limit=3)).items
        posts += (await client.account_statuses(follows[2], limit=2)).items
        assert len(posts) >= 3
        for post in posts:
            await client.bookmark(post.id)
        friends = await client.create_list("Friends, near and far")
        family = await client.create_list("Family")
        await client.add_to_list(friends.id, [follows[0], follows[2]])
        await client.add_to_list(friends.id, [follows[3]])
        await client.add_to_list(family.id, [follows[1]])
    finally:
        await client.aclose()
    return old


async def test_export_import_export_gives_the_same_files(
    rig: MovingRig, maple: Any, harbour: Any, user_token: Any, tmp_path: Path
) -> None:
    old = await _set_up_old_town(rig, maple, user_token)
    exported = await rig.exporter().export(old, folder=tmp_path / "old")
    files = exported.files
    assert set(files) == set(Kind)
    for kind, name in FILE_NAMES.items():
        assert (tmp_path / "old" / name).read_bytes() == files[kind]
        assert ((tmp_path / "old" / name).stat().st_mode & 0o777) == 0o600
    # Mastodon's formats (newest follow first, header rows only for follows and mutes).
    assert files[Kind.FOLLOWING] == (
        b"Account address,Show boosts,Notify on new posts,Languages\n"
        b"dev@maple.practice,true,false,\n"
        b"kiri@harbour.practice,true,true,fr\n"
        b'jonas@harbour.practice,true,false,"en, de"\n'
        b"carmen@maple.practice,false,true,\n"
        b"bob@maple.practice,true,false,\n"
    )
    assert files[Kind.MUTING] == (
        b"Account address,Hide notifications\n"
        b"mei@harbour.practice,false\n"
        b"fatima@maple.practice,true\n"
    )
    assert files[Kind.BLOCKING] == b"liam@harbour.practice\neli@maple.practice\n"
    assert files[Kind.DOMAIN_BLOCKING] == b"spam.example\nnoisy.example\ngone.example\n"
    assert files[Kind.LISTS] == (
        b'"Friends, near and far",bob@maple.practice\n'
        b'"Friends, near and far",jonas@harbour.practice\n'
        b'"Friends, near and far",kiri@harbour.practice\n'
        b"Family,carmen@maple.practice\n"
    )
    assert files[Kind.BOOKMARKS].count(b"\n") >= 3
    assert all(line.startswith(b"https://") for line in files[Kind.BOOKMARKS].splitlines())

    new_person(harbour, "newann")
    new = rig.add(harbour, user_token(harbour.domain, "newann"), "newann")
    importer = rig.importer()
    for kind in APPLY_ORDER:
        plan = await importer.plan(new, read(files[kind], kind), Mode.MERGE)
        assert not plan.problems
        job = await importer.run(importer.start(plan).local_id)
        assert job.state is JobState.DONE
        progress = importer.progress(job)
        assert progress.sentence.startswith("Finished")
        assert not any("could not" in s for s in progress.results), progress.results
    again = await rig.exporter().export(new)
    for kind in Kind:
        assert again.files[kind] == files[kind], kind

    # Importing the same files again changes nothing and makes no duplicate.
    for kind in APPLY_ORDER:
        plan = await importer.plan(new, read(files[kind], kind), Mode.MERGE)
        assert plan.rows == (), kind
        assert plan.already == len(read(files[kind], kind).rows)
    assert (await rig.exporter().export(new)).files == files


async def test_replace_shows_what_it_removes_and_asks_first(
    rig: MovingRig, maple: Any, harbour: Any, user_token: Any
) -> None:
    ann = rig.add(harbour, user_token(harbour.domain), "ann")
    before = (await rig.exporter().export(ann, [Kind.FOLLOWING])).files[Kind.FOLLOWING]
    followed = read(before, Kind.FOLLOWING).rows
    assert len(followed) >= 3
    keep = followed[0].value
    data = f"Account address\n{keep}\n@bob@maple.practice\n".encode()
    importer = rig.importer()
    plan = await importer.plan(ann, read(data, Kind.FOLLOWING), Mode.REPLACE)
    removed = {r.label for r in plan.to_remove}
    assert removed == {r.value for r in followed[1:]} - {"bob@maple.practice"}
    assert plan.sentence == (
        f"To follow: 1, already there: 1. Replacing also removes what is not in the file "
        f"({len(removed)} in all): look at it before you agree."
    )
    with pytest.raises(ImportProblem) as refused:
        importer.start(plan)
    assert "agree" in refused.value.user_message
    job = await importer.run(importer.start(plan, confirmed_removal=True).local_id)
    assert job.state is JobState.DONE
    after = read((await rig.exporter().export(ann, [Kind.FOLLOWING])).files[Kind.FOLLOWING])
    assert {r.value for r in after.rows} == {keep, "bob@maple.practice"}
    results = importer.progress(job).results
    assert f"Removed: {len(removed)}." in results, results


async def test_export_stops_when_the_town_fails_and_goes_on_from_there(
    rig: MovingRig, maple: Any, harbour: Any, user_token: Any
) -> None:
    old = await _set_up_old_town(rig, maple, user_token)
    full = (await rig.exporter().export(old)).files
    # The town breaks while the blocks are read (after follows were saved).
    maple.town.faults.set("status", paths="/api/v1/blocks", code=500)
    exporter = rig.exporter()
    with pytest.raises(ApiError):
        await exporter.export(old)
    jobs = [j for j in rig.db.jobs.list(kind=EXPORT_JOB) if j.state is JobState.PAUSED]
    assert len(jobs) == 1
    assert exporter.progress(jobs[0]).rows == 5  # the follows are kept
    assert "did not answer" in exporter.progress(jobs[0]).sentence
    maple.town.faults.clear()
    again = await exporter.export(old)
    assert again.job_id == jobs[0].local_id
    assert again.files == full


async def test_people_who_cannot_be_found_are_said_in_plain_words(
    rig: MovingRig, harbour: Any, user_token: Any
) -> None:
    ann = rig.add(harbour, user_token(harbour.domain), "ann")
    data = b"nobody@gone.example\nghost@maple.practice\n@liam@harbour.practice\n"
    importer = rig.importer()
    plan = await importer.plan(ann, read(data, Kind.BLOCKING))
    job = await importer.run(importer.start(plan).local_id)
    outcomes = importer.progress(job).results
    assert outcomes == (  # a block file is newest first: applied from its end
        "Blocked: 1.",
        "People who could not be found (their town is gone, or they changed their "
        "address): 2. ghost@maple.practice, nobody@gone.example",
    )
    cursor_outcomes = importer.progress(job)
    assert cursor_outcomes.done == cursor_outcomes.total == 3
    assert Outcome.NOT_FOUND.value == "not_found"


async def test_long_lists_are_paged_and_a_failed_page_is_read_again(
    rig: MovingRig, maple: Any, user_token: Any
) -> None:
    world = maple.town.world
    targets = add_people(world, maple.domain, "f", 200)
    with world.lock:
        me = maple.town.person("ann").key
        for pk in list(world.graph.following.get(me, {})):
            world.unfollow(me, pk)
        for n, pk in enumerate(targets):
            world.follow(me, pk, reblogs=n % 2 == 0)
    old = rig.add(maple, user_token(maple.domain), "ann")
    client = await rig.client(old)
    try:
        crowd = await client.create_list("Crowd")
        for start in range(0, 120, 40):
            ids = [remote_id(maple.town, f"f{i:05d}") for i in range(start, start + 40)]
            await client.add_to_list(crowd.id, ids)
    finally:
        await client.aclose()
    clean = (await rig.exporter().export(old, [Kind.FOLLOWING, Kind.LISTS])).files
    follows = read(clean[Kind.FOLLOWING], Kind.FOLLOWING).rows
    assert [r.value for r in follows] == [f"f{i:05d}@maple.practice" for i in range(199, -1, -1)]
    assert [r.reblogs for r in follows] == [i % 2 == 0 for i in range(199, -1, -1)]
    members = read(clean[Kind.LISTS], Kind.LISTS).rows
    assert [r.value for r in members] == [f"f{i:05d}@maple.practice" for i in range(120)]

    # The town fails the second page of follows once: the export pauses with the first page
    # kept, and the next try reads from the second page on.
    exporter = rig.exporter()
    pages: list[int] = []

    def after_page(progress: Any) -> None:
        pages.append(progress.rows)
        if progress.rows == 80 and len(pages) == 2:
            maple.town.faults.set("status", paths="/api/v1/accounts/*/following", code=500, count=1)

    exporter.add_listener(after_page)
    with pytest.raises(ApiError):
        await exporter.export(old, [Kind.FOLLOWING, Kind.LISTS])
    assert pages[-1] == 80
    again = await exporter.export(old, [Kind.FOLLOWING, Kind.LISTS])
    assert again.files == clean


async def test_people_who_moved_are_followed_at_their_new_address(
    rig: MovingRig, maple: Any, harbour: Any, user_token: Any
) -> None:
    world = maple.town.world
    with world.lock:
        bob = maple.town.person("bob").key
        jonas = harbour.town.person("jonas").key
    new_person(harbour, "mover")
    mover = rig.add(harbour, user_token(harbour.domain, "mover"), "mover")
    data = (
        b"Account address,Show boosts,Notify on new posts,Languages\n"
        b"bob@maple.practice,false,true,\n"
    )
    importer = rig.importer()
    with moves.moved(world, bob, jonas):  # bob@maple moved to jonas@harbour
        plan = await importer.plan(mover, read(data, Kind.FOLLOWING))
        job = await importer.run(importer.start(plan).local_id)
    assert importer.progress(job).results == (
        "Now followed: 1.",
        "Found at their new address, because they had moved: 1. "
        "bob@maple.practice → jonas@harbour.practice",
    )
    with world.lock:
        me = harbour.town.person("mover").key
        following = world.graph.following[me]
        assert set(following) == {jonas}
        assert (following[jonas].reblogs, following[jonas].notify) == (False, True)
