"""Banners stack instead of replacing each other (issue 11, break 11)."""

from __future__ import annotations

from typing import Any

from townsfolk.ui.banner import MAX_SHOWN, Banner


def make(qtbot: Any) -> Banner:
    banner = Banner()
    qtbot.addWidget(banner)
    banner.resize(1000, 200)
    banner.show()
    return banner


def test_a_new_message_does_not_hide_the_one_before(qtbot: Any) -> None:
    banner = make(qtbot)
    banner.show_message("offline", "You are offline; showing saved posts.", action_text="Try again")
    banner.show_message("action", "maple.practice did not accept the favourite.", kind="error")
    # Both are on screen, the newest on top; each keeps its own button.
    assert banner.shown_texts() == [
        "maple.practice did not accept the favourite.",
        "You are offline; showing saved posts.",
    ]
    assert banner.text() == "maple.practice did not accept the favourite."
    assert banner.action.isHidden()  # the top message has no button
    offline = banner.row_for("offline")
    assert offline is not None
    assert offline.isVisible()
    assert offline.action.text() == "Try again"
    clicked: list[str] = []
    banner.action_clicked.connect(clicked.append)
    offline.action.click()
    assert clicked == ["offline"]  # the button of the older message, not the newest


def test_hiding_one_message_keeps_the_others(qtbot: Any) -> None:
    banner = make(qtbot)
    banner.show_message("storage", "Saved data was repaired.", kind="warning")
    banner.show_message("outage", "maple.practice is not answering.", kind="warning")
    gone: list[str] = []
    banner.dismissed.connect(gone.append)
    row = banner.row_for("storage")
    assert row is not None
    row.close_button.click()  # hide the older one
    assert gone == ["storage"]
    assert banner.shown_texts() == ["maple.practice is not answering."]
    banner.close_button.click()
    assert gone == ["storage", "outage"]
    assert banner.isHidden()


def test_the_same_key_replaces_and_too_many_wait_underneath(qtbot: Any) -> None:
    banner = make(qtbot)
    banner.show_message("outage", "first words")
    banner.show_message("outage", "better words")
    assert banner.shown_texts() == ["better words"]
    for n in range(MAX_SHOWN + 1):
        banner.show_message(f"k{n}", f"message {n}")
    assert len(banner.shown_texts()) == MAX_SHOWN
    assert "better words" in banner.texts()  # kept, shown again when others go
    for n in range(MAX_SHOWN + 1):
        banner.clear(f"k{n}")
    assert banner.shown_texts() == ["better words"]
    # A question cannot be hidden, only answered.
    banner.show_message(
        "question", "Go back?", action_text="Yes", second_text="Not now", closable=False
    )
    assert banner.close_button.isHidden()
    assert banner.second.text() == "Not now"
