"""The compose window (pytest-qt, offscreen). Posts go into a real outbox on a real SQLite
file; nothing is sent (the sender is not started), except in the last test."""

from __future__ import annotations

import os
import struct
import zlib
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image, ImageDraw
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
)

from townsfolk.api.client import MastodonClient
from townsfolk.cache import Account, Database, OutboxState
from townsfolk.services.outbox import Outbox
from townsfolk.ui.compose import ComposeLimits, ComposeWindow, DraftFile, count_characters

from ..services.test_outbox_support import eventually


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Database.open(tmp_path / "townsfolk.db")
    yield database
    database.close()


@pytest.fixture
def account(db: Database) -> Account:
    return db.accounts.add(
        server_url="http://127.0.0.1:9", server_domain="maple.practice", handle="ann@maple.practice"
    )


@pytest.fixture
async def outbox(db: Database) -> AsyncIterator[Outbox]:
    async def no_clients(account_id: int) -> MastodonClient:
        raise AssertionError("nothing is sent in these tests")

    box = Outbox(db, no_clients)
    yield box
    await box.aclose()


@pytest.fixture
def make_window(
    qtbot: Any, outbox: Outbox, account: Account, profile_dir: Path
) -> Callable[..., ComposeWindow]:
    def make(**options: Any) -> ComposeWindow:
        options.setdefault("draft_file", DraftFile(profile_dir / f"draft-{account.local_id}.json"))
        options.setdefault("town_name", "maple.practice")
        window = ComposeWindow(outbox, account.local_id, **options)
        window.ask_on_close = lambda: "keep"
        qtbot.addWidget(window)
        return window

    return make


def picture(path: Path, colour: tuple[int, int, int] = (200, 120, 40)) -> str:
    image = Image.new("RGB", (320, 200), colour)
    for x in range(0, 320, 40):  # a few stripes, so the thumbnail shows something
        for y in range(200):
            image.putpixel((x, y), (255, 255, 255))
    image.save(path)
    return str(path)


def garden_picture(path: Path) -> str:
    """Sunflowers in front of a white fence under a blue sky, drawn (for the docs' picture,
    so what the description says is what the thumbnail shows)."""
    image = Image.new("RGB", (320, 200), (110, 170, 230))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 150, 320, 200), fill=(70, 140, 60))  # grass
    for x in range(6, 320, 26):  # the fence
        draw.rectangle((x, 95, x + 16, 170), fill=(245, 245, 240))
    draw.rectangle((0, 110, 320, 118), fill=(245, 245, 240))
    for cx, cy in ((60, 70), (150, 55), (245, 78)):
        draw.line((cx, cy, cx, 190), fill=(50, 120, 40), width=5)  # stem
        draw.ellipse((cx - 30, cy - 30, cx + 30, cy + 30), fill=(250, 200, 30))  # petals
        draw.ellipse((cx - 13, cy - 13, cx + 13, cy + 13), fill=(110, 70, 30))  # middle
    image.save(path)
    return str(path)


def png_header_only(width: int, height: int) -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 64)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")
    )


# ---------------------------------------------------------------------- counting


def test_counting_like_the_town() -> None:
    assert count_characters("hello") == 5
    link = "https://example.com/" + "a" * 100
    assert count_characters(f"see {link}") == 4 + 23
    assert count_characters(f"see {link}.", chars_per_url=30) == 4 + 30 + 1  # the dot is text
    assert count_characters("hi @bob@harbour.practice") == len("hi @bob")
    assert count_characters("👍🏽🇩🇪") == 2  # what people see as one character counts once
    assert count_characters("abc", "warning") == 10


def test_limits_from_the_towns_description() -> None:
    from townsfolk.api.entities import Instance, InstanceConfiguration, InstanceStatusesConfig

    instance = Instance(
        configuration=InstanceConfiguration(
            statuses=InstanceStatusesConfig(
                max_characters=5000, max_media_attachments=8, characters_reserved_per_url=30
            )
        )
    )
    limits = ComposeLimits.from_instance(instance)
    assert (limits.max_characters, limits.max_media_attachments) == (5000, 8)
    assert limits.characters_reserved_per_url == 30


async def test_character_count_uses_the_towns_limit_and_link_rule(
    make_window: Callable[..., ComposeWindow],
) -> None:
    window = make_window(limits=ComposeLimits(max_characters=40, characters_reserved_per_url=23))
    assert window.counter.text() == "40 characters left"
    assert not window.send_button.isEnabled()
    window.text_edit.setPlainText("Look: https://example.com/" + "x" * 200)
    assert window.counter.text() == "11 characters left"  # 6 + 23 for the long link
    assert window.send_button.isEnabled()
    window.text_edit.setPlainText("y" * 42)
    assert window.counter.text() == "2 characters too many"
    assert not window.send_button.isEnabled()
    assert not await window.send()


async def test_content_warning_toggle(make_window: Callable[..., ComposeWindow]) -> None:
    window = make_window(limits=ComposeLimits(max_characters=20))
    window.show()
    assert window.cw_edit.isHidden()
    window.text_edit.setPlainText("Film night")
    window.cw_toggle.setChecked(True)
    assert window.cw_edit.isVisible()
    window.cw_edit.setText("Spoilers")
    assert window.characters_left() == 20 - 10 - 8  # the warning counts too
    assert window.build_draft().spoiler_text == "Spoilers"
    assert window.build_draft().sensitive
    window.cw_toggle.setChecked(False)
    assert window.cw_edit.isHidden()
    assert window.build_draft().spoiler_text == ""


async def test_who_can_see_this_in_plain_words(make_window: Callable[..., ComposeWindow]) -> None:
    window = make_window()
    words = [window.visibility.itemText(i) for i in range(window.visibility.count())]
    values = [window.visibility.itemData(i) for i in range(window.visibility.count())]
    assert words == [
        "Everyone",
        "Everyone, but quietly",
        "Only my followers",
        "Only people I mention",
    ]
    assert values == ["public", "unlisted", "private", "direct"]
    assert "maple.practice" in window.visibility_help.text()
    window.visibility.setCurrentIndex(2)
    assert window.visibility_help.text() == "Only the people who follow you can see it."
    window.text_edit.setPlainText("hi")
    assert window.build_draft().visibility == "private"


async def test_language_defaults_to_the_system_language(
    make_window: Callable[..., ComposeWindow],
) -> None:
    from townsfolk.ui.compose.window import system_language

    window = make_window()
    assert window.language.count() > 50
    assert window.language.currentData() == system_language()
    window.set_language("de")
    assert window.language.currentText().startswith("Deutsch")
    window.text_edit.setPlainText("Hallo")
    assert window.build_draft().language == "de"


# ---------------------------------------------------------------------- pictures


async def test_pictures_add_describe_remove(
    make_window: Callable[..., ComposeWindow], tmp_path: Path
) -> None:
    window = make_window(limits=ComposeLimits(max_media_attachments=2))
    assert await window.add_picture(picture(tmp_path / "a.png"))
    assert await window.add_picture(picture(tmp_path / "b.png", (10, 90, 200)))
    assert len(window.pictures) == 2
    assert not window.pictures[0].thumbnail.pixmap().isNull()
    assert not window.add_picture_button.isEnabled()  # the town allows 2
    assert not await window.add_picture(picture(tmp_path / "c.png"))
    assert "allows 2 pictures" in window.message.text()
    assert not window.poll_toggle.isEnabled()  # pictures or a poll, not both

    window.pictures[0].description.setPlainText("A striped orange wall")
    window.pictures[1].remove_button.click()
    assert len(window.pictures) == 1
    assert window.add_picture_button.isEnabled()
    draft = window.build_draft()
    assert [(Path(m.path).name, m.description) for m in draft.media] == [
        ("a.png", "A striped orange wall")
    ]


async def test_unreadable_and_bomb_pictures_are_refused_in_plain_words(
    make_window: Callable[..., ComposeWindow], tmp_path: Path
) -> None:
    window = make_window()
    window.show()
    bomb = tmp_path / "bomb.png"
    bomb.write_bytes(png_header_only(100_000, 100_000))
    assert not await window.add_picture(str(bomb))
    assert window.message.text() == (
        "This picture is too large to open safely. Try a smaller version of it."
    )
    assert window.message.isVisible()
    text_file = tmp_path / "notes.png"
    text_file.write_text("not a picture")
    assert not await window.add_picture(str(text_file))
    assert "not a picture Townsfolk can read" in window.message.text()
    assert window.pictures == []


async def test_reminder_to_describe_pictures(
    make_window: Callable[..., ComposeWindow], outbox: Outbox, tmp_path: Path
) -> None:
    window = make_window()
    window.show()
    window.text_edit.setPlainText("My garden")
    assert await window.add_picture(picture(tmp_path / "g.png"))
    assert not await window.send()
    assert window.reminder.isVisible()
    assert "describe each picture" in window.reminder_label.text()
    assert outbox.waiting_count() == 0
    window.send_anyway_button.click()
    await eventually(lambda: outbox.waiting_count() == 1)
    assert window.reminder.isHidden()
    assert window.text_edit.toPlainText() == ""


async def test_no_reminder_when_the_setting_is_off_or_pictures_are_described(
    make_window: Callable[..., ComposeWindow], outbox: Outbox, tmp_path: Path
) -> None:
    window = make_window(remind_picture_descriptions=False)
    window.text_edit.setPlainText("one")
    assert await window.add_picture(picture(tmp_path / "g.png"))
    assert await window.send()
    other = make_window(draft_file=None)
    other.text_edit.setPlainText("two")
    assert await other.add_picture(picture(tmp_path / "h.png"))
    other.pictures[0].description.setPlainText("A hedge")
    assert await other.send()
    assert outbox.waiting_count() == 2
    assert [m.description for m in outbox.waiting()[1].draft.media] == ["A hedge"]


# ---------------------------------------------------------------------- polls


async def test_poll_editor(make_window: Callable[..., ComposeWindow], outbox: Outbox) -> None:
    window = make_window()
    window.text_edit.setPlainText("Tea or coffee?")
    window.poll_toggle.setChecked(True)
    assert not window.add_picture_button.isEnabled()
    assert len(window.poll.options) == 2
    assert not window.send_button.isEnabled()  # choices still empty
    window.poll.options[0].setText("Tea")
    window.poll.options[1].setText("Coffee")
    window.poll.add_option_button.click()
    window.poll.options[2].setText("Water")
    window.poll.add_option_button.click()
    window.poll.add_option_button.click()  # 4 is the most
    assert len(window.poll.options) == 4
    assert not window.poll.add_option_button.isEnabled()
    window.poll.duration.setCurrentIndex(window.poll.duration.findData(3600))
    window.poll.multiple.setChecked(True)
    assert window.poll.duration.currentText() == "1 hour"
    assert await window.send()
    [item] = outbox.waiting()
    assert item.draft.poll is not None
    assert item.draft.poll.options == ("Tea", "Coffee", "Water")
    assert item.draft.poll.expires_in == 3600
    assert item.draft.poll.multiple


# ---------------------------------------------------------------------- drafts, keys, replies


async def test_draft_is_saved_while_typing_and_restored(
    make_window: Callable[..., ComposeWindow], qtbot: Any, profile_dir: Path, tmp_path: Path
) -> None:
    window = make_window()
    draft_path = window.draft_file.path
    window.text_edit.setPlainText("Half-written thoughts")
    window.cw_toggle.setChecked(True)
    window.cw_edit.setText("Long")
    window.visibility.setCurrentIndex(1)
    assert await window.add_picture(picture(tmp_path / "p.png"))
    window.pictures[0].description.setPlainText("A sunset")
    qtbot.waitUntil(lambda: draft_path.exists() and "A sunset" in draft_path.read_text())
    window.close()

    again = make_window()
    assert again.text_edit.toPlainText() == "Half-written thoughts"
    assert again.cw_toggle.isChecked()
    assert again.cw_edit.text() == "Long"
    assert again.visibility.currentData() == "unlisted"
    await eventually(lambda: len(again.pictures) == 1)
    assert again.pictures[0].description_text() == "A sunset"

    assert await again.send()
    assert not draft_path.exists()  # sent: the draft is gone
    third = make_window()
    assert third.text_edit.toPlainText() == ""


async def test_ctrl_enter_sends_and_the_box_says_what_is_waiting(
    make_window: Callable[..., ComposeWindow], qtbot: Any, outbox: Outbox
) -> None:
    window = make_window()
    window.show()
    assert not window.waiting_label.isVisible()  # nothing waiting: nothing said
    window.text_edit.setPlainText("Quick one")
    qtbot.keyClick(window.text_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    await eventually(lambda: outbox.waiting_count() == 1)
    await eventually(lambda: window.waiting_label.text() == "1 post waiting to be sent")
    assert window.text_edit.toPlainText() == ""
    assert "on its way" in window.message.text()
    window.text_edit.setPlainText("Another")
    qtbot.keyClick(window.text_edit, Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier)
    await eventually(lambda: window.waiting_label.text() == "2 posts waiting to be sent")


async def test_waiting_posts_can_be_changed_or_deleted(
    make_window: Callable[..., ComposeWindow], outbox: Outbox, db: Database
) -> None:
    window = make_window()
    window.show()
    window.text_edit.setPlainText("First draft")
    assert await window.send()
    window.text_edit.setPlainText("Second")
    assert await window.send()
    window.show_waiting_button.click()
    assert window.waiting_list.isVisible()
    assert window.waiting_list.list.count() == 2
    assert "Waiting to be sent" in window.waiting_list.list.item(0).text()

    window.waiting_list.list.setCurrentRow(0)
    window.waiting_list.edit_button.click()
    assert window.text_edit.toPlainText() == "First draft"
    assert window.send_button.text() == "Save changes"
    window.text_edit.setPlainText("First, improved")
    assert await window.send()
    assert [i.draft.text for i in outbox.waiting()] == ["First, improved", "Second"]

    # A post being sent right now cannot be changed or deleted.
    claimed = db.outbox.claim_next()
    assert claimed is not None
    busy_row = [i.local_id for i in outbox.waiting()].index(claimed.local_id)
    window.waiting_list.refresh()
    window.waiting_list.list.setCurrentRow(busy_row)
    assert "Being sent now" in window.waiting_list.list.item(busy_row).text()
    assert not window.waiting_list.edit_button.isEnabled()
    assert not window.waiting_list.delete_button.isEnabled()
    db.outbox.reschedule(claimed.local_id, error="", next_attempt_at=0.0)

    window.waiting_list.confirm_delete = lambda item: True
    window.waiting_list.refresh()
    window.waiting_list.list.setCurrentRow(1)
    assert window.waiting_list.delete_button.isEnabled()
    window.waiting_list.delete_button.click()
    assert [i.draft.text for i in outbox.waiting()] == ["First, improved"]
    assert "never sent" in window.waiting_list.message.text()
    assert window.waiting_label.text() == "1 post waiting to be sent"


async def test_a_post_needing_attention_shows_why(
    make_window: Callable[..., ComposeWindow], outbox: Outbox, db: Database
) -> None:
    window = make_window()
    window.text_edit.setPlainText("Too long for this town")
    assert await window.send()
    [item] = outbox.waiting()
    db.outbox.claim_next()
    db.outbox.mark_failed(item.local_id, "maple.practice did not accept this post.")
    window.show_waiting_button.click()
    window.waiting_list.list.setCurrentRow(0)
    assert "Needs you: maple.practice did not accept" in window.waiting_list.list.item(0).text()
    assert window.waiting_list.retry_button.isEnabled()
    window.waiting_list.retry_button.click()
    assert outbox.get(item.local_id).state is OutboxState.QUEUED  # type: ignore[union-attr]


@pytest.fixture
async def maple_outbox(
    db: Database, maple: Any, user_token: Any
) -> AsyncIterator[tuple[Outbox, Account]]:
    """An outbox that really sends ann@maple's posts to a practice town."""
    ann = db.accounts.add(
        server_url=maple.base_url, server_domain=maple.domain, handle="ann@maple.practice"
    )
    token = user_token(maple.domain, "ann")

    async def clients(account_id: int) -> MastodonClient:
        return MastodonClient(maple.base_url, access_token=token, server_name=maple.domain)

    box = Outbox(db, clients)
    yield box, ann
    await box.aclose()


async def test_never_on_its_way_and_nothing_waiting_at_once(
    qtbot: Any, maple_outbox: tuple[Outbox, Account]
) -> None:
    """Issue 11, break 11: the window said "on its way" and "Nothing is waiting to be sent"
    at once. Sent for real to a practice town: once the town has the post, the window says it
    was sent, and nothing else."""
    box, ann = maple_outbox
    window = ComposeWindow(box, ann.local_id, draft_file=None, town_name="maple.practice")
    qtbot.addWidget(window)
    window.show()
    window.text_edit.setPlainText("Hello from the compose window")
    assert await window.send()
    assert "on its way" in window.message.text()
    assert window.waiting_label.text() == "1 post waiting to be sent"
    await box.start()
    await eventually(lambda: box.waiting_count() == 0, 15)
    assert window.message.text() == "Your post was sent."
    assert not window.waiting_label.isVisible()
    said = [window.message.text(), window.waiting_label.text()]
    assert not any("on its way" in t or "Nothing is waiting" in t for t in said)


async def test_the_window_closes_after_send_when_asked(
    make_window: Callable[..., ComposeWindow], outbox: Outbox, qtbot: Any
) -> None:
    window = make_window(close_after_send=True)
    window.show()
    submitted: list[int] = []
    window.submitted.connect(submitted.append)
    window.text_edit.setPlainText("Off it goes")
    assert await window.send()
    assert not window.isVisible()  # closed after Send, the post safe in the outbox
    assert [i.local_id for i in outbox.waiting()] == submitted
    # A refused send keeps the window open with what she wrote.
    again = make_window(close_after_send=True)
    again.show()
    again.text_edit.setPlainText("x" * 600)
    assert not await again.send()
    assert again.isVisible()
    assert again.text_edit.toPlainText() == "x" * 600


async def test_a_reply_shows_the_post_being_answered(
    make_window: Callable[..., ComposeWindow], profile_dir: Path
) -> None:
    quoted = "<b>Not bold</b> — the garden is lovely this morning " + "word " * 200
    window = make_window()
    window.set_reply("109", "bob@harbour.practice", context=quoted)
    assert window.reply_context.isVisibleTo(window)
    shown = window.reply_context.text()
    assert shown.startswith("<b>Not bold</b> — the garden")  # plain text, never read as HTML
    assert window.reply_context.textFormat() == Qt.TextFormat.PlainText
    assert shown.endswith("…")
    assert len(shown) <= 501
    window.text_edit.insertPlainText("Lovely!")
    window.save_draft_now()
    window.close()
    # The context comes back with the draft.
    again = make_window()
    assert again.reply_context.text() == shown
    # A post that is not a reply shows no context.
    again.clear_form()
    assert not again.reply_context.isVisibleTo(again)


async def test_reply_prefills_the_mention(
    make_window: Callable[..., ComposeWindow], outbox: Outbox
) -> None:
    window = make_window(reply_to=("109", "bob@harbour.practice"))
    assert window.text_edit.toPlainText() == "@bob@harbour.practice "
    assert window.reply_label.text() == "Replying to @bob@harbour.practice"
    window.text_edit.insertPlainText("Thank you!")
    assert await window.send()
    [item] = outbox.waiting()
    assert item.draft.in_reply_to_id == "109"
    assert item.draft.text == "@bob@harbour.practice Thank you!"


async def test_escape_asks_before_throwing_text_away(
    make_window: Callable[..., ComposeWindow], qtbot: Any
) -> None:
    window = make_window()
    window.show()
    window.text_edit.setPlainText("Not finished")
    answers: list[str] = []

    def ask(answer: str) -> Callable[[], Any]:
        def inner() -> Any:
            answers.append(answer)
            return answer

        return inner

    window.ask_on_close = ask("cancel")
    qtbot.keyClick(window.text_edit, Qt.Key.Key_Escape)
    assert answers == ["cancel"]
    assert window.isVisible()
    window.ask_on_close = ask("discard")
    window.close()
    assert answers == ["cancel", "discard"]
    assert not window.isVisible()
    assert not window.draft_file.path.exists()


async def test_every_control_has_an_accessible_name(
    make_window: Callable[..., ComposeWindow], tmp_path: Path
) -> None:
    window = make_window()
    assert await window.add_picture(picture(tmp_path / "a.png"))
    window.poll_toggle.setChecked(False)
    kinds = (QAbstractButton, QLineEdit, QPlainTextEdit, QComboBox, QListWidget)
    controls = [w for kind in kinds for w in window.findChildren(kind)]
    assert len(controls) > 15
    unnamed = [type(w).__name__ + ":" + w.objectName() for w in controls if not w.accessibleName()]
    assert unnamed == []


async def test_text_follows_the_app_font(make_window: Callable[..., ComposeWindow]) -> None:
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    before = QFont(app.font())
    bigger = QFont(before)
    bigger.setPointSizeF(before.pointSizeF() * 1.5)
    app.setFont(bigger)
    try:
        window = make_window()
        assert window.text_edit.font().pointSizeF() == pytest.approx(bigger.pointSizeF())
        assert window.send_button.font().pointSizeF() == pytest.approx(bigger.pointSizeF())
    finally:
        app.setFont(before)


# ---------------------------------------------------------------------- screenshots


async def test_screenshots(
    make_window: Callable[..., ComposeWindow], tmp_path: Path, qtbot: Any
) -> None:
    """Pictures for the docs, only when TOWNSFOLK_SCREENSHOTS names a folder."""
    folder = os.environ.get("TOWNSFOLK_SCREENSHOTS")
    if not folder:
        pytest.skip("set TOWNSFOLK_SCREENSHOTS=docs/screenshots to make the pictures")
    out = Path(folder)
    os.makedirs(out, exist_ok=True)

    def shoot(window: ComposeWindow, name: str) -> None:
        window.resize(620, max(560, window.sizeHint().height()))
        window.show()
        qtbot.waitExposed(window)
        assert window.grab().save(str(out / f"compose-{name}.png"))

    first = make_window(draft_file=None)
    first.text_edit.setPlainText("Our garden this morning. The sunflowers are finally open!")
    assert await first.add_picture(garden_picture(tmp_path / "s.png"))
    first.pictures[0].description.setPlainText(
        "Yellow sunflowers in front of a white fence, under a blue sky."
    )
    shoot(first, "picture")
    first.hide()

    second = make_window(draft_file=None)
    second.cw_toggle.setChecked(True)
    second.cw_edit.setText("Spoilers for the last episode")
    second.text_edit.setPlainText("I did not see that ending coming. The detective was the twin!")
    second.visibility.setCurrentIndex(2)
    shoot(second, "content-warning")
    second.hide()

    third = make_window(draft_file=None)
    third.text_edit.setPlainText("Where should the summer picnic be?")
    third.poll_toggle.setChecked(True)
    for index, text in enumerate(["By the lake", "In the park", "In my garden"]):
        if index >= len(third.poll.options):
            third.poll.add_option("")
        third.poll.options[index].setText(text)
    shoot(third, "poll")
    third.hide()


async def test_a_full_disk_is_said_and_the_post_stays_in_the_window(
    make_window: Callable[..., ComposeWindow], outbox: Outbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    from townsfolk.cache.errors import StorageFull

    window = make_window()
    window.show()
    window.text_edit.setPlainText("Not lost")

    async def full(*_args: object, **_kwargs: object) -> None:
        raise StorageFull("OSError: [Errno 28] No space left on device")

    monkeypatch.setattr(outbox, "submit", full)
    assert not await window.send()
    assert "full" in window.message.text()
    assert window.text_edit.toPlainText() == "Not lost"
    assert window.send_button.isEnabled()
