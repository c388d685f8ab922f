"""What a notification says, in plain words: one person ("Ann favourited your post"), a
group ("Ann and 3 others favourited your post"), the post's text, the answer to a follow
request, and the name of each kind (for the icon's accessible name).

Every text is a literal ``QCoreApplication.translate("Notifications", ...)`` call, so that
pyside6-lupdate files it under the context the app looks it up in; plural sentences pass the
count as a plain name (``translate(ctx, "%n others", None, others)``).

Names are server text: in plain sentences they are bidi-isolated (:func:`isolate`); in the
rich-text version (:func:`sentence_html`) they are escaped, and only custom emoji pictures the
app saved itself become ``<img>`` (shown by a :class:`~townsfolk.ui.safe_text.SafeTextDocument`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from functools import lru_cache

from PySide6.QtCore import QCoreApplication

from townsfolk.api.entities import Account, CustomEmoji, Notification
from townsfolk.services.addresses import display_handle
from townsfolk.services.notifications import (
    FollowRequestAnswer,
    NotificationGroup,
    NotificationItem,
)
from townsfolk.services.richtext import plain_text, plain_text_html
from townsfolk.ui.moving.moved import moved_line
from townsfolk.ui.safe_text import isolate

__all__ = [
    "answer_text",
    "body_text",
    "describe_group",
    "describe_notification",
    "icon_kind",
    "kind_name",
    "new_account",
    "post_text",
    "sentence_html",
]

MAX_POST_CHARS = 280
#: Custom emoji pictures asked for per name or post text (the rest stay words).
MAX_EMOJI = 50
_PLACEHOLDER = re.compile(r"%(\d)")


def _someone() -> str:
    return QCoreApplication.translate("Notifications", "Someone")


def _name(account: Account | None) -> str:
    return account.name if account is not None else _someone()


def _single_template(n: Notification) -> str:
    sentences = {
        "favourite": QCoreApplication.translate("Notifications", "%1 favourited your post"),
        "reblog": QCoreApplication.translate("Notifications", "%1 boosted your post"),
        "follow": QCoreApplication.translate("Notifications", "%1 started following you"),
        "follow_request": QCoreApplication.translate("Notifications", "%1 asked to follow you"),
        "poll": QCoreApplication.translate("Notifications", "A poll you voted in has ended"),
        "update": QCoreApplication.translate("Notifications", "%1 edited a post you boosted"),
        "mention": QCoreApplication.translate("Notifications", "%1 mentioned you"),
        "status": QCoreApplication.translate("Notifications", "%1 wrote a new post"),
        "move": QCoreApplication.translate("Notifications", "%1 moved to %2"),
        "admin.sign_up": QCoreApplication.translate("Notifications", "%1 joined your town"),
        "admin.report": QCoreApplication.translate(
            "Notifications", "%1 sent a report for the town's moderators"
        ),
    }
    if n.type == "mention" and n.status is not None and n.status.in_reply_to_id:
        return QCoreApplication.translate("Notifications", "%1 replied to you")
    return sentences.get(
        n.type, QCoreApplication.translate("Notifications", "Something new from %1")
    )


def _group_template(group: NotificationGroup, people: int) -> str:
    """The sentence for ``people`` (2 or more) people in a group of one kind."""
    kind = group.kind
    if people == 2:
        two = {
            "favourite": QCoreApplication.translate(
                "Notifications", "%1 and %2 favourited your post"
            ),
            "reblog": QCoreApplication.translate("Notifications", "%1 and %2 boosted your post"),
            "follow": QCoreApplication.translate("Notifications", "%1 and %2 followed you"),
            "admin.sign_up": QCoreApplication.translate(
                "Notifications", "%1 and %2 joined your town"
            ),
        }
        return two.get(kind, _single_template(group.lead.notification))
    others = people - 1
    many = {
        "favourite": QCoreApplication.translate(
            "Notifications", "%1 and %n others favourited your post", None, others
        ),
        "reblog": QCoreApplication.translate(
            "Notifications", "%1 and %n others boosted your post", None, others
        ),
        "follow": QCoreApplication.translate(
            "Notifications", "%1 and %n others followed you", None, others
        ),
        "admin.sign_up": QCoreApplication.translate(
            "Notifications", "%1 and %n others joined your town", None, others
        ),
    }
    return many.get(kind, _single_template(group.lead.notification))


def _fill(template: str, names: list[str]) -> str:
    """``%1``, ``%2`` replaced in one pass (a name holding "%2" stays as it is)."""

    def swap(match: re.Match[str]) -> str:
        n = int(match.group(1)) - 1
        return names[n] if 0 <= n < len(names) else match.group(0)

    return _PLACEHOLDER.sub(swap, template)


def _template_and_people(group: NotificationGroup) -> tuple[str, list[Account | None]]:
    people: list[Account | None] = list(group.accounts)
    if len(people) <= 1:
        lead = group.lead.notification
        return _single_template(lead), [lead.account]
    return _group_template(group, len(people)), people[:2]


def new_account(n: Notification) -> Account | None:
    """For a ``move`` ("Ann moved to @ann@new.town"): the account the person moved to."""
    if n.type != "move":
        return None
    if n.target_account is not None:
        return n.target_account
    return n.account.moved if n.account is not None else None


def _new_handle(n: Notification) -> list[str]:
    """The new address of a move (``%2`` of its sentence), or nothing for other kinds."""
    if n.type != "move":
        return []
    new = new_account(n)
    if new is None:
        return [QCoreApplication.translate("Notifications", "a new account")]
    return [isolate(display_handle(new.acct or new.username))]


def describe_notification(n: Notification) -> str:
    """The sentence for one notification, in plain words."""
    return _fill(_single_template(n), [isolate(_name(n.account)), *_new_handle(n)])


def describe_group(group: NotificationGroup) -> str:
    """The sentence for a group: "Ann and 3 others favourited your post" (plain text)."""
    template, people = _template_and_people(group)
    names = [isolate(_name(p)) for p in people]
    if len(people) <= 1:
        names += _new_handle(group.lead.notification)
    return _fill(template, names)


EmojiSource = Callable[[CustomEmoji], str | None]


def emoji_sources(emojis: list[CustomEmoji], picture: EmojiSource) -> dict[str, str]:
    """Shortcode → the picture the app saved (data URI), for the emoji that are here."""
    found: dict[str, str] = {}
    for emoji in emojis[:MAX_EMOJI]:
        source = picture(emoji)
        if source and source.startswith("data:image/"):  # only pictures the app saved
            found[emoji.shortcode] = source
    return found


def name_html(account: Account | None, picture: EmojiSource, size: int) -> str:
    """A person's name as escaped rich text, their custom emoji as pictures."""
    if account is None:
        return plain_text_html(_someone())
    emojis = emoji_sources(account.emojis, picture)
    return plain_text_html(isolate(account.name), emojis, size)


def sentence_html(group: NotificationGroup, picture: EmojiSource, size: int) -> str:
    """The group's sentence as rich text for a safe document: names in bold, escaped, with
    their custom emoji pictures."""
    template, people = _template_and_people(group)
    names = [f"<b>{name_html(p, picture, size)}</b>" for p in people]
    if len(people) <= 1:
        names += [f"<b>{plain_text_html(h)}</b>" for h in _new_handle(group.lead.notification)]
    return _fill(plain_text_html(template), names)


def post_text(n: Notification) -> str:
    """The post's text in one paragraph (shortened), or "" when there is no post."""
    status = n.status
    if status is None:
        return ""
    if status.spoiler_text:
        return QCoreApplication.translate("Notifications", "Content warning: %1").replace(
            "%1", isolate(status.spoiler_text)
        )
    text = _one_paragraph(status.content)
    if not text and status.media_attachments:
        text = QCoreApplication.translate("Notifications", "(pictures)")
    if len(text) > MAX_POST_CHARS:
        text = text[: MAX_POST_CHARS - 1] + "…"
    return isolate(text)


@lru_cache(maxsize=1024)
def _one_paragraph(content: str) -> str:
    """A post's HTML as one paragraph of plain text (kept: rows are measured often)."""
    return " ".join(plain_text(content).split())


def hidden_text(words: tuple[str, ...]) -> str:
    """The body of a notification folded by a "warn" hidden-words filter (issue 11), as the
    timelines say it; pressing the row (or Space) shows the post's words."""
    quoted = ", ".join(f"“{isolate(w)}”" for w in words)
    note = QCoreApplication.translate("Notifications", "Hidden because it mentions %1.")
    show = QCoreApplication.translate("Notifications", "Show anyway")
    return f"{note.replace('%1', quoted)} {show}"


def answer_text(item: NotificationItem) -> str:
    """For a follow request: what became of it ("" while it waits for Accept or Decline)."""
    if item.notification.type != "follow_request" or item.answer is None:
        return ""
    who = _name(item.notification.account)
    if item.answer is FollowRequestAnswer.ACCEPTED:
        text = QCoreApplication.translate(
            "Notifications", "You accepted. %1 now follows you and sees your posts."
        )
    elif item.answer is FollowRequestAnswer.DECLINED:
        text = QCoreApplication.translate("Notifications", "You declined. %1 does not follow you.")
    else:
        text = QCoreApplication.translate(
            "Notifications", "This request is no longer waiting for an answer."
        )
    return text.replace("%1", isolate(who))


def body_text(item: NotificationItem) -> str:
    """What goes under the sentence: the answer to a request, or the post's text."""
    text = answer_text(item) or post_text(item.notification)
    if item.notification.type == "move":
        return text  # the sentence says it already
    moved = moved_line(item.notification.account)  # moving towns: "Ann moved to @ann@new"
    return f"{moved}\n{text}" if moved and text else (moved or text)


def body_html(item: NotificationItem, picture: EmojiSource, size: int) -> str:
    """:func:`body_text` as rich text, with the post's custom emoji as pictures."""
    text = body_text(item)
    status = item.notification.status
    if not text or status is None or answer_text(item):
        return plain_text_html(text)
    return plain_text_html(text, emoji_sources(status.emojis, picture), size)


def icon_kind(n: Notification) -> str:
    """Which icon a notification gets (a reply to you is a mention with its own icon)."""
    if n.type == "mention" and n.status is not None and n.status.in_reply_to_id:
        return "reply"
    return n.type


def kind_name(kind: str) -> str:
    """The icon's accessible name: what kind of notification this is, in plain words."""
    names: Mapping[str, str] = {
        "favourite": QCoreApplication.translate("Notifications", "Favourite"),
        "reblog": QCoreApplication.translate("Notifications", "Boost"),
        "follow": QCoreApplication.translate("Notifications", "New follower"),
        "follow_request": QCoreApplication.translate("Notifications", "Follow request"),
        "mention": QCoreApplication.translate("Notifications", "Mention"),
        "reply": QCoreApplication.translate("Notifications", "Reply"),
        "poll": QCoreApplication.translate("Notifications", "Poll ended"),
        "update": QCoreApplication.translate("Notifications", "Post edited"),
        "status": QCoreApplication.translate("Notifications", "New post"),
        "admin.sign_up": QCoreApplication.translate("Notifications", "New person in your town"),
        "admin.report": QCoreApplication.translate("Notifications", "Report"),
        "move": QCoreApplication.translate("Notifications", "Moved to a new account"),
    }
    return names.get(kind, QCoreApplication.translate("Notifications", "Notification"))
