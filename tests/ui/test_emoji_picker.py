"""The emoji picker in compose (issue 11): common emoji and the town's own (pictures through
the image store), search, groups, keyboard use, accessible names. Real compose window on a
practice town."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from townsfolk.api.entities import CustomEmoji
from townsfolk.services.custom_emoji import EmojiCatalog, usable
from townsfolk.ui.compose.emoji_picker import ChoiceRole, EmojiChoice, EmojiPicker

from .shots import shot
from .test_main_window_support import eventually, running, settle


def _alive(widget: Any) -> bool:
    """Whether the widget still exists and shows (the picker deletes itself on closing)."""
    try:
        return bool(widget.isVisible())
    except RuntimeError:
        return False


def names(picker: EmojiPicker) -> list[str]:
    return [c.name for c in picker.visible_choices()]


async def test_common_emoji_found_by_name_and_put_in_with_the_keyboard(
    qtbot: Any, profile_dir: Path, maple: Any, user_token: Any
) -> None:
    async with running(qtbot, profile_dir, [(maple, user_token(maple.domain))]) as r:
        w = r.window
        await settle(w)
        compose = w.open_compose()
        assert compose is not None
        compose.ask_on_close = lambda: "keep"  # (never a question box in a test)
        compose.text_edit.setPlainText("Good morning ")
        compose.text_edit.moveCursor(compose.text_edit.textCursor().MoveOperation.End)
        assert compose.emoji_button.accessibleName() == "Add an emoji"
        compose.emoji_button.click()
        picker = compose.emoji_picker
        assert picker is not None
        assert picker.isVisible()
        # Every cell has a name a screen reader can say.
        for n in range(picker.grid.count()):
            assert picker.grid.item(n).data(Qt.ItemDataRole.AccessibleTextRole)
        assert "grinning face" in names(picker)

        qtbot.keyClicks(picker.search, "sun")
        assert set(names(picker)) >= {"sunflower", "black sun with rays"}
        assert all("sun" in n for n in names(picker))
        picker.search.clear()
        qtbot.keyClicks(picker.search, "no such emoji at all")
        assert names(picker) == []
        assert picker.name_label.text() == "No emoji has that name."
        picker.search.clear()
        qtbot.keyClicks(picker.search, "hot beverage")
        assert names(picker) == ["hot beverage"]
        qtbot.keyClick(picker.search, Qt.Key.Key_Return)  # Enter in the box takes the first
        assert compose.text_edit.toPlainText() == "Good morning ☕"
        await eventually(lambda: compose.emoji_picker is None or not _alive(picker), 10)

        # Arrows in the grid, Enter to choose.
        picker = compose.open_emoji_picker()
        picker.search.setFocus()
        qtbot.keyClick(picker.search, Qt.Key.Key_Down)
        assert picker.focusWidget() is picker.grid  # (the window's focus; offscreen: inactive)
        first = picker.grid.currentItem().data(ChoiceRole)
        qtbot.keyClick(picker.grid, Qt.Key.Key_Right)
        second: EmojiChoice = picker.grid.currentItem().data(ChoiceRole)
        assert second != first
        assert picker.name_label.text() == f"{second.text}  {second.name}"
        qtbot.keyClick(picker.grid, Qt.Key.Key_Return)
        assert compose.text_edit.toPlainText() == "Good morning ☕" + second.text


async def test_town_emoji_by_group_as_pictures_put_in_as_shortcodes(
    qtbot: Any, profile_dir: Path, maple: Any, user_token: Any
) -> None:
    async with running(qtbot, profile_dir, [(maple, user_token(maple.domain))]) as r:
        w = r.window
        await settle(w)
        compose = w.open_compose()
        assert compose is not None
        compose.ask_on_close = lambda: "keep"  # (never a question box in a test)
        compose.text_edit.setPlainText("Autumn")
        compose.text_edit.moveCursor(compose.text_edit.textCursor().MoveOperation.End)
        picker = compose.open_emoji_picker()
        await picker.wait_loaded()
        town = sorted(maple.town.emojis)
        groups = [picker.group.itemText(n) for n in range(picker.group.count())]
        assert "maple.practice: Nature" in groups or "maple.practice: Things" in groups
        custom = [c for c in picker.choices if c.custom]
        assert sorted(c.name for c in custom) == town
        for choice in custom:
            assert choice.url.startswith(maple.base_url)
            assert choice.text == f":{choice.name}:"

        # The pictures come through the image store (decoded, checked), then show.
        def icons_ready() -> bool:
            items = [picker.grid.item(n) for n in range(picker.grid.count())]
            return all(not item.icon().isNull() for item in items if item.data(ChoiceRole).custom)

        await eventually(icons_ready, 30)
        assert w.images is not None
        assert all(w.images.has_emoji(c.url) for c in custom)
        name = custom[0].name
        item = next(
            picker.grid.item(n)
            for n in range(picker.grid.count())
            if picker.grid.item(n).data(ChoiceRole).name == name
        )
        assert item.data(Qt.ItemDataRole.AccessibleTextRole) == (
            f"{name} (a picture from your town)"
        )
        picker.resize(420, 360)
        shot(picker, "compose-emoji-picker.png")

        # By group: choose the town's group, pick with the keyboard.
        index = next(n for n in range(picker.group.count()) if groups[n].startswith("maple"))
        picker.group.setCurrentIndex(index)
        assert all(c.custom for c in picker.visible_choices())
        picker.grid.setFocus()
        chosen: EmojiChoice = picker.grid.currentItem().data(ChoiceRole)
        qtbot.keyClick(picker.grid, Qt.Key.Key_Return)
        # A space keeps the shortcode from touching the word (else no picture on the town).
        assert compose.text_edit.toPlainText() == f"Autumn :{chosen.name}: "
        shot(compose, "compose-emoji-inserted.png")


async def test_catalog_keeps_only_usable_emoji_and_remembers_them() -> None:
    good = CustomEmoji(shortcode="blob_cat", url="https://town.example/e/blob.png")
    assert usable(good)
    assert not usable(CustomEmoji(shortcode="bad code", url="https://town.example/e.png"))
    assert not usable(CustomEmoji(shortcode="x", url="javascript:alert(1)"))
    assert not usable(
        CustomEmoji(shortcode="hidden", url="https://t.example/h.png", visible_in_picker=False)
    )

    class Client:
        base_url = "https://town.example"
        calls = 0

        async def custom_emojis(self) -> list[CustomEmoji]:
            Client.calls += 1
            return [good, good, CustomEmoji(shortcode="bad code", url="https://t.example/b")]

    now = [0.0]
    catalog = EmojiCatalog(clock=lambda: now[0])
    client: Any = Client()
    assert [e.shortcode for e in await catalog.for_town(client)] == ["blob_cat"]
    await catalog.for_town(client)
    assert Client.calls == 1
    now[0] = 4000.0
    await catalog.for_town(client)
    assert Client.calls == 2
