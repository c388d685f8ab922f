"""Safety and accounts in the main window (issue 11), against practice towns on loopback:
mute, block, report, block a town, each with its question and its undo; confirm before
unfollowing; hidden words folding and hiding posts; log out and remove an account without a
restart and without losing waiting posts.

``TOWNSFOLK_SCREENSHOTS=docs/screenshots`` also writes safety-*.png (1366×768, light and
dark)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QDialog, QPushButton

from townsfolk.api.client import MastodonClient
from townsfolk.cache import Draft
from townsfolk.ui.hidden_words import HiddenWordsDialog
from townsfolk.ui.log_out import LogOutDialog
from townsfolk.ui.profile_view import ProfileView
from townsfolk.ui.safety_dialogs import MuteDialog, ReportDialog
from townsfolk.ui.safety_lists import SafetyListsDialog
from townsfolk.ui.style import apply_color_scheme

from .test_main_window_support import eventually, posts_of, running, settle, wait_rows


def _shown(window: Any, name: str) -> QDialog | None:
    """The dialog called ``name`` that is on screen now (an answered one may linger)."""
    return next((d for d in window.findChildren(QDialog, name) if d.isVisible()), None)


def _dialog(window: Any, name: str) -> QDialog:
    found = window.findChild(QDialog, name)
    assert found is not None, f"no {name}"
    assert found.isVisible(), f"{name} is not on screen"
    return found


async def _post_of(view: Any, acct: str) -> Any:
    await eventually(lambda: any(p.account.acct == acct for p in posts_of(view)), 20)
    return next(p for p in posts_of(view) if p.account.acct == acct)


async def _pictures(
    dialog: QDialog | None, name: str, window: Any = None, *, fit: bool = True
) -> None:
    """safety-<name>-light.png and -dark.png: the question over the window (or the window
    alone), as a 1366×768 laptop shows them (only when TOWNSFOLK_SCREENSHOTS names a
    folder)."""
    folder = os.environ.get("TOWNSFOLK_SCREENSHOTS")
    window = window if dialog is None else dialog.parentWidget()
    if not folder or window is None:
        return
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window.resize(1366, 768)
    front_widget = dialog or window
    for scheme in ("light", "dark"):
        apply_color_scheme(app, scheme)
        dark = scheme == "dark"
        await eventually(
            lambda d=dark: (
                (front_widget.palette().color(QPalette.ColorRole.Window).lightnessF() < 0.5) is d
            )
        )
        picture = window.grab()
        if dialog is not None:
            if fit:
                dialog.adjustSize()
            front = dialog.grab()
            painter = QPainter(picture)
            painter.fillRect(picture.rect(), QColor(0, 0, 0, 90))
            painter.drawPixmap(
                (picture.width() - front.width()) // 2,
                (picture.height() - front.height()) // 2,
                front,
            )
            painter.end()
        os.makedirs(folder, exist_ok=True)
        assert picture.save(os.path.join(folder, f"safety-{name}-{scheme}.png"))
    apply_color_scheme(app, "system")


# ------------------------------------------------------------------------------------- mute


async def test_mute_from_a_post_for_a_day_then_unmute_on_the_profile(
    qtbot: Any, profile_dir: Path, maple: Any, user_token: Any
) -> None:
    async with running(qtbot, profile_dir, [(maple, user_token(maple.domain))]) as r:
        w = r.window
        await settle(w)
        w.show_place("local")
        post = await _post_of(w.views["local"], "bob")
        menu = w.more_menu(post.id)
        texts = [a.text() for a in menu.actions()]
        assert "Mute @bob…" in texts
        assert "Block @bob…" in texts
        assert "Report @bob…" in texts
        assert not any("whole town" in t for t in texts), "bob lives in Ann's own town"
        next(a for a in menu.actions() if a.text() == "Mute @bob…").trigger()

        dialog = _dialog(w, "muteDialog")
        assert isinstance(dialog, MuteDialog)
        assert "won't see their posts" in dialog.body.text()
        assert "They won't know" in dialog.body.text()
        assert "Unmute" in dialog.body.text()
        assert [dialog.duration.itemText(n) for n in range(4)] == [
            "Until I unmute them",
            "For 1 hour",
            "For 1 day",
            "For 7 days",
        ]
        await _pictures(dialog, "mute")
        dialog.notifications.setChecked(False)
        dialog.duration.setCurrentIndex(2)
        dialog.ok_button.click()
        await w.safety.wait()

        assert not any(p.account.acct == "bob" for p in posts_of(w.views["local"]))
        me, bob = maple.town.person("ann"), maple.town.person("bob")
        mute = me.mutes[bob.key]
        assert mute.expires_at is not None
        assert not mute.notifications
        assert "You muted Bob Baker" in w.statusBar().currentMessage()

        profile = w.open_profile("bob")
        assert isinstance(profile, ProfileView)
        await eventually(lambda: profile.relationship is not None)
        unmute = profile.findChild(QPushButton, "unmuteButton")
        assert unmute is not None
        assert unmute.isVisibleTo(profile)
        assert profile.findChild(QPushButton, "unblockButton").isHidden()
        unmute.click()
        await w.safety.wait()
        assert bob.key not in me.mutes
        assert profile.relationship is not None
        assert not profile.relationship.muting
        assert not unmute.isVisibleTo(profile)
        await settle(w)


# ------------------------------------------------------------------------------------ block


async def test_block_then_unblock_in_the_list(
    qtbot: Any, profile_dir: Path, maple: Any, user_token: Any
) -> None:
    async with running(qtbot, profile_dir, [(maple, user_token(maple.domain))]) as r:
        w = r.window
        await settle(w)
        dialog = w.safety.block_person("carmen")
        assert _dialog(w, "blockDialog") is dialog
        assert "can't follow you" in dialog.body.text() or "won't be able to follow you" in (
            dialog.body.text()
        )
        await _pictures(dialog, "block")
        dialog.ok_button.click()
        await w.safety.wait()
        me, carmen = maple.town.person("ann"), maple.town.person("carmen")
        assert carmen.key in me.blocks

        lists = w.safety.open_lists()
        assert isinstance(lists, SafetyListsDialog)
        await w.safety.wait()
        assert lists.blocked.list.count() == 1
        assert lists.blocked.list.item(0).text() == "Carmen Ruiz (@carmen@maple.practice)"
        assert lists.muted.empty.isVisibleTo(lists.muted)
        lists.tabs.setCurrentWidget(lists.blocked)
        lists.blocked.list.setCurrentRow(0)
        await _pictures(lists, "lists")
        lists.blocked.button.click()
        await w.safety.wait()
        assert carmen.key not in me.blocks
        assert lists.blocked.list.count() == 0
        lists.close()
        await settle(w)


async def test_block_a_whole_town_from_a_post_and_unblock_it(
    qtbot: Any, profile_dir: Path, maple: Any, harbour: Any, user_token: Any
) -> None:
    world = maple.town.world
    me, kiri = maple.town.person("ann"), harbour.town.person("kiri")
    world.follow(kiri.key, me.key)  # someone from harbour follows Ann
    async with running(qtbot, profile_dir, [(maple, user_token(maple.domain))]) as r:
        w = r.window
        await settle(w)
        w.show_place("everywhere")
        post = await _post_of(w.views["everywhere"], "jonas@harbour.practice")
        menu = w.more_menu(post.id)
        action = next(a for a in menu.actions() if "whole town" in a.text())
        assert action.text() == "Block the whole town harbour.practice…"
        action.trigger()
        dialog = _dialog(w, "blockTownDialog")
        text = dialog.body.text()  # type: ignore[attr-defined]
        assert "anyone who lives in harbour.practice" in text
        assert "removed from your followers" in text
        await _pictures(dialog, "block-town")
        dialog.ok_button.click()  # type: ignore[attr-defined]
        await w.safety.wait()
        assert "harbour.practice" in me.domain_blocks
        assert not world.follows(kiri.key, me.key)
        assert not any(
            (p.account.acct or "").endswith("@harbour.practice")
            for p in posts_of(w.views["everywhere"])
        )
        lists = w.safety.open_lists()
        assert lists is not None
        await w.safety.wait()
        assert lists.towns.list.item(0).text() == "harbour.practice"
        lists.towns.list.setCurrentRow(0)
        lists.towns.button.click()
        await w.safety.wait()
        assert me.domain_blocks == {}
        lists.close()
        await settle(w)


# ----------------------------------------------------------------------------------- report


async def test_report_offers_the_towns_rules_and_sends_what_was_chosen(
    qtbot: Any, profile_dir: Path, maple: Any, harbour: Any, user_token: Any
) -> None:
    async with running(qtbot, profile_dir, [(maple, user_token(maple.domain))]) as r:
        w = r.window
        await settle(w)
        dialog = w.safety.report_person("jonas@harbour.practice")
        assert _dialog(w, "reportDialog") is dialog
        assert isinstance(dialog, ReportDialog)
        await w.safety.wait()
        rules = [text for text, _hint in maple.town.rules]
        assert [c.text() for c in dialog.rule_checks] == rules
        assert dialog.forward.isVisibleTo(dialog)
        assert "harbour.practice" in dialog.forward.text()
        assert dialog.posts.count() > 0
        assert not dialog.ok_button.isEnabled(), "a reason must be chosen first"
        dialog.breaks_rules.setChecked(True)
        assert not dialog.ok_button.isEnabled(), "which rule?"
        dialog.rule_checks[0].setChecked(True)
        assert dialog.ok_button.isEnabled()
        dialog.posts.item(0).setCheckState(Qt.CheckState.Checked)
        dialog.comment.setPlainText("Unkind to my neighbour.")
        dialog.forward.setChecked(True)
        await _pictures(dialog, "report")
        dialog.ok_button.click()
        await w.safety.wait()
        (entry,) = maple.town.reports
        assert entry["category"] == "violation"
        assert entry["rule_ids"] == ["1"]
        assert entry["comment"] == "Unkind to my neighbour."
        assert entry["forwarded"] is True
        assert len(entry["posts"]) == 1
        assert "will look at your report" in w.statusBar().currentMessage()

        # From a post of someone in Ann's own town: no "tell their town", the post is ticked.
        w.show_place("local")
        post = await _post_of(w.views["local"], "bob")
        local = w.safety.report_person("bob", post.id)
        await w.safety.wait()
        assert not local.forward.isVisibleTo(local)
        assert local.chosen_posts() == [post.id]
        local.spam.setChecked(True)
        local.ok_button.click()
        await w.safety.wait()
        assert maple.town.reports[1]["category"] == "spam"
        await settle(w)


# --------------------------------------------------------------------------------- unfollow


async def test_unfollow_asks_first(
    qtbot: Any, profile_dir: Path, maple: Any, user_token: Any
) -> None:
    token = user_token(maple.domain)
    async with MastodonClient(maple.base_url, access_token=token) as ann:
        await ann.follow((await ann.lookup_account("dev")).id)
    async with running(qtbot, profile_dir, [(maple, token)]) as r:
        w = r.window
        await settle(w)
        profile = w.open_profile("dev")
        assert isinstance(profile, ProfileView)
        await eventually(lambda: profile.relationship is not None and profile.following)
        profile.follow_button.click()
        await eventually(lambda: _shown(w, "unfollowDialog") is not None)
        dialog = _dialog(w, "unfollowDialog")
        assert dialog.windowTitle() == "Stop following Dev Patel?"
        assert dialog.body.text() == "You won't see their posts in People you follow."  # type: ignore[attr-defined]
        dialog.reject()
        await settle(w)
        assert profile.following
        dev = maple.town.person("dev")
        assert maple.town.world.follows(maple.town.person("ann").key, dev.key)

        profile.follow_button.click()
        await eventually(lambda: _shown(w, "unfollowDialog") is not None)
        _shown(w, "unfollowDialog").accept()
        await settle(w)
        assert not profile.following
        assert not maple.town.world.follows(maple.town.person("ann").key, dev.key)


async def test_unfollow_from_a_list_of_people_asks_first(
    qtbot: Any, profile_dir: Path, maple: Any, user_token: Any
) -> None:
    from townsfolk.ui.people_list import PeopleList
    from townsfolk.ui.people_pages import wire_list

    token = user_token(maple.domain)
    async with MastodonClient(maple.base_url, access_token=token) as ann:
        eli = await ann.lookup_account("eli")
        relationship = await ann.follow(eli.id)
    async with running(qtbot, profile_dir, [(maple, token)]) as r:
        w = r.window
        await settle(w)
        plist = PeopleList(town=maple.domain)
        qtbot.addWidget(plist)
        plist.set_people([(eli, relationship)])
        wire_list(w, plist, r.accounts[0].local_id)
        plist.rows[eli.id].follow.click()
        await eventually(lambda: _shown(w, "unfollowDialog") is not None)
        _shown(w, "unfollowDialog").reject()
        await settle(w)
        ann_key, eli_key = maple.town.person("ann").key, maple.town.person("eli").key
        assert maple.town.world.follows(ann_key, eli_key)
        plist.rows[eli.id].follow.click()
        await eventually(lambda: _shown(w, "unfollowDialog") is not None)
        _shown(w, "unfollowDialog").accept()
        await settle(w)
        assert not maple.town.world.follows(ann_key, eli_key)


async def test_settings_has_the_account_part(
    qtbot: Any, profile_dir: Path, maple: Any, user_token: Any, tmp_path: Path
) -> None:
    from townsfolk.services.settings import Settings
    from townsfolk.ui.app_settings import AppSettings

    async with running(qtbot, profile_dir, [(maple, user_token(maple.domain))]) as r:
        w = r.window
        await settle(w)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        settings = AppSettings(app, tmp_path / "settings.json", Settings())
        dialog = settings.open_settings(w)
        names = [b.objectName() for b in dialog.findChildren(QPushButton)]
        for name in ("hiddenWordsButton", "safetyListsButton", "logOutButton"):
            assert name in names
        await _pictures(dialog, "settings", fit=False)
        dialog.findChild(QPushButton, "logOutButton").click()
        assert not dialog.isVisible()
        assert _dialog(w, "logOutDialog") is w.safety.dialog
        w.safety.dialog.reject()
        await settle(w)


# ----------------------------------------------------------------------------- hidden words


async def _bob_posts(maple: Any, user_token: Any, *texts: str) -> list[str]:
    async with MastodonClient(maple.base_url, access_token=user_token(maple.domain, "bob")) as c:
        return [(await c.post_status(text)).id for text in texts]


def _rows(view: Any) -> dict[str, Any]:
    return {(r.item.status.reblog or r.item.status).id: r.item.status for r in view.model.rows}


@pytest.mark.parametrize("personality", ["mastodon4", "mastodon3"])
async def test_hidden_words_fold_then_hide_posts(
    qtbot: Any, profile_dir: Path, maple: Any, user_token: Any, personality: str
) -> None:
    maple.town.use_personality(personality)
    tomato, bread, mention = await _bob_posts(
        maple, user_token, "So many tomatoes this year!", "A loaf of bread.", "@ann tomatoes!"
    )

    def mentioned() -> bool:
        return any(
            item.notification.status is not None and item.notification.status.id == mention
            for item in w.notifications_view.model.items
        )

    async with running(qtbot, profile_dir, [(maple, user_token(maple.domain))]) as r:
        w = r.window
        await settle(w)
        w.show_place("local")
        await eventually(lambda: tomato in _rows(w.views["local"]), 20)
        await eventually(mentioned, 20)
        dialog = w.safety.open_hidden_words()
        assert isinstance(dialog, HiddenWordsDialog)
        await w.safety.wait()
        assert dialog.local_note.isVisibleTo(dialog) is (personality == "mastodon3")
        dialog.words.setText("tomatoes")
        dialog.expiry.setCurrentIndex(2)  # 1 day
        dialog.save_button.click()
        await w.safety.wait()
        assert dialog.list.count() == 1
        assert dialog.list.item(0).text().startswith("tomatoes · folded")
        await _pictures(dialog, "hidden-words")
        await settle(w)
        await eventually(lambda: tomato in _rows(w.views["local"]), 20)
        folded = _rows(w.views["local"])[tomato]
        assert folded.spoiler_text == "Hidden because it mentions “tomatoes”."
        assert not _rows(w.views["local"])[bread].spoiler_text
        view = w.views["local"]
        row = view.model.row_of(tomato)
        assert view.model.accessible_text(view.model.rows[row].item).startswith(
            "Bob Baker (@bob@maple.practice). now. Hidden because it mentions “tomatoes”. "
            "Press Space to show the post anyway"
        )
        assert view.delegate._warning_buttons(folded) == ("Show anyway", "Hide again")
        assert "Content warning" not in view.delegate._warning_text(folded)
        thread = w.open_thread(tomato)  # a conversation folds it too
        assert thread is not None
        await eventually(lambda: tomato in _rows(thread.posts), 20)
        assert _rows(thread.posts)[tomato].spoiler_text.startswith("Hidden because")
        w.go_back()
        if personality == "mastodon4":
            view.list.scrollTo(view.model.index(row))
            dialog.hide()
            await _pictures(None, "folded", window=w)
            dialog.show()

        dialog.list.setCurrentRow(0)
        dialog.words.setText("tomatoes, bread")
        dialog.hide_it.setChecked(True)
        dialog.save_button.click()
        await w.safety.wait()
        await settle(w)
        await wait_rows(w.views["local"])
        shown = _rows(w.views["local"])
        assert tomato not in shown
        assert bread not in shown
        assert not mentioned(), "hidden in notifications too"

        dialog.list.setCurrentRow(0)
        dialog.remove_button.click()
        await w.safety.wait()
        await settle(w)
        await eventually(lambda: tomato in _rows(w.views["local"]), 20)
        assert not _rows(w.views["local"])[tomato].spoiler_text
        dialog.close()
        await settle(w)


# ------------------------------------------------------------------------- log out, remove


async def test_log_out_revokes_forgets_and_updates_the_window_at_once(
    qtbot: Any, profile_dir: Path, maple: Any, harbour: Any, user_token: Any
) -> None:
    token = user_token(maple.domain)
    async with running(
        qtbot, profile_dir, [(maple, token), (harbour, user_token(harbour.domain, "jonas"))]
    ) as r:
        w = r.window
        await settle(w)
        maple_id = r.accounts[0].local_id
        # The log-in's registration, as the wizard leaves it, so the town can be told.
        app = maple.town.practice_app()
        r.session.db.registrations.put(
            maple.base_url, client_id=app.client_id, scopes="read write", redirect_uris=[]
        )
        r.session.secrets.set_client_secret(maple.base_url, app.client_secret)
        assert w.account is not None
        assert w.account.local_id == maple_id
        assert w.switcher.count() == 2

        dialog = w.safety.log_out()
        assert isinstance(dialog, LogOutDialog)
        assert _dialog(w, "logOutDialog") is dialog
        text = dialog.body.text()
        assert "forgets the key" in text
        assert "stay on maple.practice" in text
        assert "saved on this computer are removed" in text
        assert not dialog.waiting_note.isVisibleTo(dialog)
        await _pictures(dialog, "log-out")
        dialog.ok_button.click()
        await w.safety.wait()

        assert r.session.secrets.get_token(maple_id) is None
        async with httpx.AsyncClient(base_url=maple.base_url) as raw:
            answer = await raw.get(
                "/api/v1/accounts/verify_credentials",
                headers={"Authorization": f"Bearer {token}"},
            )
        assert answer.status_code == 401, "the town forgot the key"
        assert w.switcher.count() == 1
        assert w.account is not None
        assert w.account.server_domain == "harbour.practice"
        assert "You logged out of @ann@maple.practice" in w.statusBar().currentMessage()
        assert r.session.db.posts.count(maple_id) == 0
        await settle(w)


async def test_remove_with_waiting_posts_keeps_them_until_the_person_decides(
    qtbot: Any, profile_dir: Path, maple: Any, user_token: Any
) -> None:
    async with running(qtbot, profile_dir, [(maple, user_token(maple.domain))]) as r:
        w = r.window
        await settle(w)
        account_id = r.accounts[0].local_id
        maple.town.faults.set("status", paths="/api/v1/statuses", code=503)
        await r.session.outbox.submit(account_id, Draft(text="Not lost"))
        await eventually(
            lambda: (item := r.session.outbox.waiting(account_id)) != [] and item[0].attempts >= 1
        )

        dialog = w.safety.remove_account()
        assert isinstance(dialog, LogOutDialog)
        assert _dialog(w, "removeAccountDialog") is dialog
        assert dialog.waiting_note.text().startswith(
            "1 post from this account is still waiting to be sent."
        )
        assert dialog.drop_waiting.text() == "Delete the waiting post"
        assert not dialog.ok_button.isEnabled(), "removing would delete the waiting post"
        assert dialog.send_button.isVisibleTo(dialog)
        assert dialog.drop_waiting.isVisibleTo(dialog)
        await _pictures(dialog, "remove")
        dialog.reject()
        await settle(w)
        assert r.session.db.accounts.get(account_id) is not None
        assert r.session.waiting_posts(account_id) == 1

        # Send them first: the town takes the post, then the account can go.
        dialog = w.safety.remove_account()
        assert dialog is not None
        maple.town.faults.clear()
        dialog.send_button.click()
        await eventually(lambda: dialog.waiting == 0, 30)
        assert dialog.ok_button.isEnabled()
        assert "were sent" in dialog.waiting_note.text()
        dialog.ok_button.click()
        await w.safety.wait()
        assert r.session.db.accounts.get(account_id) is None
        assert w.account is None
        assert w.root.currentWidget() is w.empty_state
        await settle(w)


async def test_removing_the_main_account_makes_the_backup_the_main_one(
    qtbot: Any, profile_dir: Path, maple: Any, harbour: Any, user_token: Any
) -> None:
    from townsfolk.cache import AccountRole
    from townsfolk.services.session import Session

    from .test_main_window_support import add_account, fast_client, open_window

    session = Session.open(profile_dir, client_factory=fast_client, follow_sync_interval=None)
    try:
        main = await add_account(session, maple, user_token(maple.domain))
        backup = session.db.accounts.add(
            server_url=harbour.base_url,
            server_domain=harbour.domain,
            handle=f"jonas@{harbour.domain}",
            remote_id=(await _remote_id(harbour, user_token(harbour.domain, "jonas"))),
            role=AccountRole.BACKUP,
            backup_of=main.local_id,
        )
        session.secrets.set_token(backup.local_id, user_token(harbour.domain, "jonas"))
        w, _recorded = await open_window(qtbot, session)
        try:
            await settle(w)
            dialog = w.safety.remove_account(main.local_id)
            assert dialog is not None
            assert dialog.backup_note.isVisibleTo(dialog)
            assert dialog.backup_note.text() == (
                "Your backup account @jonas@harbour.practice becomes your main account."
            )
            dialog.ok_button.click()
            await w.safety.wait()
            assert session.db.accounts.get(main.local_id) is None
            now = session.db.accounts.get(backup.local_id)
            assert now is not None
            assert now.role is AccountRole.MAIN
            assert w.switcher.count() == 1
            assert w.account is not None
            assert w.account.local_id == backup.local_id
            assert "@jonas@harbour.practice is now your main account" in (
                w.statusBar().currentMessage()
            )
            await settle(w)
        finally:
            await w.aclose()
    finally:
        await session.aclose()


async def _remote_id(place: Any, token: str) -> str:
    async with MastodonClient(place.base_url, access_token=token) as client:
        return (await client.verify_credentials()).id
