"""A practice person's export files, written as Mastodon writes them (its "Import and export"
page; ``app/models/export.rb``): the same names, headers and row shapes, local people as
``user@town``. Written here from Mastodon's format, never with the client's own code, so a
mistake in the client's reading cannot be mirrored and hidden.
"""

from __future__ import annotations

import csv
import io
from typing import TYPE_CHECKING, Final

from townsfolk.practice.render import post_uri

if TYPE_CHECKING:
    from townsfolk.practice.model import Person
    from townsfolk.practice.world import World

__all__ = ["EXPORTS", "export_counts", "export_csv"]

#: address part (``/settings/exports/<part>.csv``) -> (file name, what it holds)
EXPORTS: Final = {
    "follows": ("following_accounts.csv", "People you follow"),
    "lists": ("lists.csv", "Lists"),
    "blocks": ("blocked_accounts.csv", "People you blocked"),
    "mutes": ("muted_accounts.csv", "People you muted"),
    "domain_blocks": ("blocked_domains.csv", "Towns you blocked"),
    "bookmarks": ("bookmarks.csv", "Bookmarks"),
}


def _acct(world: World, pk: int) -> str:
    person = world.people[pk]
    return f"{person.username}@{person.home}"


def _rows(world: World, person: Person, part: str) -> tuple[list[str] | None, list[list[str]]]:
    pk = person.key
    if part == "follows":
        following = world.graph.following.get(pk, {})
        newest = sorted(following.items(), key=lambda item: -item[1].seq)
        return ["Account address", "Show boosts", "Notify on new posts", "Languages"], [
            [
                _acct(world, other),
                "true" if f.reblogs else "false",
                "true" if f.notify else "false",
                ", ".join(f.languages or []),
            ]
            for other, f in newest
        ]
    if part == "mutes":
        mutes = sorted(person.mutes.items(), key=lambda item: -item[1].seq)
        return ["Account address", "Hide notifications"], [
            [_acct(world, other), "true" if m.notifications else "false"] for other, m in mutes
        ]
    if part == "blocks":
        blocks = sorted(person.blocks.items(), key=lambda item: -item[1])
        return None, [[_acct(world, other)] for other, _seq in blocks]
    if part == "domain_blocks":
        domains = sorted(person.domain_blocks.items(), key=lambda item: item[1])
        return None, [[domain] for domain, _seq in domains]
    if part == "bookmarks":
        marks = sorted(person.bookmarks.items(), key=lambda item: -item[1])
        home = world.town(person.home)
        return None, [[post_uri(home, world.posts[key])] for key, _seq in marks]
    if part == "lists":
        rows: list[list[str]] = []
        for user_list in world.town(person.home).lists.values():
            if user_list.owner != pk:
                continue
            members = sorted(user_list.members.items(), key=lambda item: item[1])
            rows += [[user_list.title, _acct(world, other)] for other, _seq in members]
        return None, rows
    raise KeyError(part)


def export_csv(world: World, person: Person, part: str) -> bytes:
    """One export file (``part`` is a key of :data:`EXPORTS`; KeyError for another)."""
    header, rows = _rows(world, person, part)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    if header is not None:
        writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


def export_counts(world: World, person: Person) -> dict[str, int]:
    return {part: len(_rows(world, person, part)[1]) for part in EXPORTS}
