"""Lists (issue 11): in the sidebar, made, renamed and deleted, people added and taken out
(in the editor and from a profile), read as a timeline. Real window, practice town."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from townsfolk.api.entities import Account as Person
from townsfolk.services.lists import ListsProblem, lists_for
from townsfolk.ui.lists.editor import ListEditor
from townsfolk.ui.main_window import MainWindow

from .accessibility import audit
from .shots import shot
from .test_main_window_support import (
    eventually,
    posts_of,
    running,
    settle,
)


async def idle(widget: Any) -> None:
    await eventually(lambda: not widget.busy, 30)


def server_lists(maple: Any) -> dict[str, Any]:
    return {item.title: item for item in maple.town.lists.values()}


async def make_list(w: MainWindow, title: str) -> ListEditor:
    editor = w.lists.new_list()
    assert editor is not None
    editor.name.setText(title)
    editor.save_button.click()
    await idle(editor)
    return editor


async def followed_with_posts(w: MainWindow) -> Person:
    """Someone Ann follows who has posts in her town's timeline."""
    assert w.lists.lists is not None
    people = await w.lists.lists.following()
    assert people, "Ann follows nobody in the practice town"
    prepared = w.prepared
    assert prepared is not None
    for person in people:
        page = await prepared.client.account_statuses(person.id, limit=5)
        if any(s.reblog is None for s in page.items):
            return person
    raise AssertionError("nobody Ann follows has posts")


async def test_new_list_rename_and_delete(
    qtbot: Any, profile_dir: Path, maple: Any, user_token: Any
) -> None:
    async with running(qtbot, profile_dir, [(maple, user_token(maple.domain))]) as r:
        w = r.window
        await settle(w)
        assert w.lists.new_button.isVisible()
        assert not any(k.startswith("list:") for k in w.navigation.list_keys())

        editor = w.lists.new_list()
        assert editor is not None
        assert not editor.people_box.isVisible()  # people come once the list exists
        editor.name.setText("   ")
        editor.save_button.click()
        await idle(editor)
        assert "give the list a name" in editor.message.text()
        assert server_lists(maple) == {}

        editor.name.setText("Family")
        editor.save_button.click()
        await idle(editor)
        assert "Family" in server_lists(maple)
        key = "list:" + str(server_lists(maple)["Family"].id)
        assert w.navigation.list_keys() == [key]
        assert w.navigation.text_of(key) == "Family"
        assert w.current_page_key() == key  # the new list is shown behind the editor
        assert w.title.text() == "Family"
        assert w.lists.edit_button.isVisible()
        assert editor.people_box.isVisible()
        shot(editor, "lists-new.png")
        editor.close()

        # Rename from the list's page.
        editor2 = w.lists.edit_current()
        assert editor2 is not None
        assert editor2.name.text() == "Family"
        editor2.name.setText("Family and friends")
        editor2.replies.setCurrentIndex(editor2.replies.findData("none"))
        editor2.save_button.click()
        await idle(editor2)
        made = server_lists(maple)["Family and friends"]
        assert made.replies_policy == "none"
        assert w.navigation.text_of(key) == "Family and friends"
        assert w.title.text() == "Family and friends"

        # Delete asks first; "No" keeps it.
        asked: list[str] = []
        editor2.confirm_delete = lambda title: asked.append(title) or False
        editor2.delete_button.click()
        await idle(editor2)
        assert asked == ["Family and friends"]
        assert "Family and friends" in server_lists(maple)
        editor2.confirm_delete = lambda title: True
        editor2.delete_button.click()
        await idle(editor2)
        await settle(w)
        assert server_lists(maple) == {}
        assert w.navigation.list_keys() == []
        assert w.current_page_key() == "home"
        assert not w.lists.edit_button.isVisible()


async def test_people_in_a_list_and_its_timeline(
    qtbot: Any, profile_dir: Path, maple: Any, user_token: Any
) -> None:
    async with running(qtbot, profile_dir, [(maple, user_token(maple.domain))]) as r:
        w = r.window
        await settle(w)
        person = await followed_with_posts(w)
        editor = await make_list(w, "Gardening")
        key = w.current_page_key()
        assert key is not None
        assert key.startswith("list:")
        view = w.views[key]
        assert posts_of(view) == []

        # Find the person by a part of their name, add them with the keyboard.
        editor.find_field.setText(person.name[:3].lower())
        editor.search_now()
        await idle(editor)
        found = [editor.found.item(n).text() for n in range(editor.found.count())]
        assert any(person.acct in line for line in found)
        for n in range(editor.found.count()):
            if person.acct in editor.found.item(n).text():
                editor.found.setCurrentRow(n)
        editor.found.setFocus()
        qtbot.keyClick(editor.found, Qt.Key.Key_Return)
        await idle(editor)
        assert [m.id for m in editor.members] == [person.id]
        assert f"{person.name} is now in this list." == editor.message.text()
        server = server_lists(maple)["Gardening"]
        assert len(server.members) == 1

        # The list's page shows their posts (and only theirs).
        await eventually(lambda: len(posts_of(view)) > 0, 30)
        await settle(w)
        # (a boost is theirs too: the row's own author)
        authors = {r.item.status.account.id for r in view.model.rows if r.kind == "post"}
        assert authors == {person.id}
        w.resize(1000, 700)
        shot(w, "lists-timeline.png")
        shot(editor, "lists-editor.png")

        # Take them out again.
        editor.member_list.setCurrentRow(0)
        editor.remove_button.click()
        await idle(editor)
        assert editor.members == []
        assert server.members == {}
        assert editor.member_list.count() == 0
        # Their posts leave the list's page (its saved copy is read again).
        await settle(w)
        assert posts_of(view) == []
        assert view.timeline is not None
        assert view.timeline.items == []
        # They can be found (and added) again.
        assert any(person.acct in editor.found.item(n).text() for n in range(editor.found.count()))
        editor.close()


async def test_add_to_list_from_a_profile(
    qtbot: Any, profile_dir: Path, maple: Any, user_token: Any
) -> None:
    async with running(qtbot, profile_dir, [(maple, user_token(maple.domain))]) as r:
        w = r.window
        await settle(w)
        person = await followed_with_posts(w)
        (await make_list(w, "Neighbours")).close()
        (await make_list(w, "Book club")).close()
        profile = w.open_profile(person.acct)
        assert profile is not None
        await settle(w)
        assert profile.add_to_list_button.isVisible()
        assert not w.lists.edit_button.isVisible()
        profile.add_to_list_button.click()
        dialog = w.lists.add_dialog
        assert dialog is not None
        await idle(dialog)
        titles = [box.text() for box in dialog.boxes.values()]
        assert titles == ["Book club", "Neighbours"]  # in name order
        assert not any(box.isChecked() for box in dialog.boxes.values())
        box = next(b for b in dialog.boxes.values() if b.text() == "Neighbours")
        box.click()
        await idle(dialog)
        assert len(server_lists(maple)["Neighbours"].members) == 1
        assert server_lists(maple)["Book club"].members == {}
        assert dialog.message.text() == "Added to “Neighbours”."
        assert audit(dialog) == []  # names, Tab order, focus (issue 13)
        shot(dialog, "lists-add-from-profile.png")
        box.click()
        await idle(dialog)
        assert server_lists(maple)["Neighbours"].members == {}
        dialog.close()


async def test_lists_service_exclusive_and_saved_copy(
    profile_dir: Path, maple: Any, user_token: Any
) -> None:
    """Exclusive lists hide their people from "People you follow" (practice town 4.4), the
    lists are kept in the profile for the next start, a blank name is refused in words."""
    from townsfolk.api.client import MastodonClient
    from townsfolk.api.entities import Instance

    async with MastodonClient(maple.base_url, access_token=user_token(maple.domain)) as client:
        me = await client.verify_credentials()
        lists = lists_for(client, profile_dir, 1, me.id, Instance(version="4.4.0"))
        assert lists.has_exclusive
        assert lists.has_replies_policy
        assert (
            lists_for(client, profile_dir, 1, me.id, Instance(version="4.1.2")).has_exclusive
            is False
        )
        people = await lists.following()
        home_before = {s.account.id for s in (await client.home_timeline(limit=40)).items}
        inside = next(p for p in people if p.id in home_before)
        made = await lists.create("Quiet", exclusive=True)
        await lists.add(made.id, inside)
        home_after = {s.account.id for s in (await client.home_timeline(limit=40)).items}
        assert inside.id not in home_after
        await lists.update(made.id, exclusive=False)
        home_again = {s.account.id for s in (await client.home_timeline(limit=40)).items}
        assert inside.id in home_again

        again = lists_for(client, profile_dir, 1, me.id)
        assert [item.title for item in again.saved()] == ["Quiet"]
        with pytest.raises(ListsProblem) as refused:
            await lists.create("  ")
        assert "give the list a name" in refused.value.user_message


async def test_each_account_has_its_own_lists(
    qtbot: Any, profile_dir: Path, maple: Any, harbour: Any, user_token: Any
) -> None:
    """Switching account shows that account's lists (the other's pages go); coming back
    shows the saved lists at once, before the town answers."""
    logins = [(maple, user_token(maple.domain)), (harbour, user_token(harbour.domain))]
    async with running(qtbot, profile_dir, logins) as r:
        w = r.window
        await settle(w)
        first, second = r.accounts
        w.switch_account(first.local_id)
        await settle(w)
        (await make_list(w, "Maple friends")).close()
        key = w.current_page_key()
        assert key is not None
        assert key in w.views

        w.switch_account(second.local_id)
        await settle(w)
        assert w.navigation.list_keys() == []
        assert key not in w.views  # the other account's list page is gone
        assert w.current_page_key() == "home"

        w.switch_account(first.local_id)
        # At once (no await yet, so no answer can have come): the saved copy.
        assert w.navigation.list_keys() == [key]
        assert w.navigation.text_of(key) == "Maple friends"
        await settle(w)
        w.show_place(key)
        await settle(w)
        assert w.title.text() == "Maple friends"
