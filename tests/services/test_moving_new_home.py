"""The rules behind "make the backup your home" and the whole-account move's saved place:
closing words in announcements, how long a town has been down, the people followed as the
follow sync saved them, the backup becoming the main account, the move file."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest

from tests.services.test_failover_support import add_account
from townsfolk.api.client import MastodonClient
from townsfolk.cache import AccountRole, Database, FollowSync
from townsfolk.practice.announcements import announced
from townsfolk.services.follow_sync import JOB_KIND
from townsfolk.services.health import HISTORY_FILE_NAME, HealthMonitor, server_key
from townsfolk.services.moving.account_move import (
    AccountMove,
    Step,
    clear_move,
    load_move,
    save_move,
    town_page,
)
from townsfolk.services.moving.new_home import (
    announcements,
    closing_words,
    down_for,
    follows_from_cache,
)
from townsfolk.services.secrets import SecretStore


@pytest.mark.parametrize(
    "text",
    [
        "<p>This server is <b>shutting down</b> on 31 March.</p>",
        "We are closing down at the end of the year, sorry!",
        "maple.practice will close for good. Last day: Friday.",
        "Diese Instanz wird geschlossen.",
        "Die Instanz SCHLIESST am 31. März.",  # casefold: "ß" is "ss", both ways
        "Die Instanz schließt am 31. März.",
        "Notre instance fermera ses portes le 1er juin.",
        "Fermeture définitive du serveur à la fin du mois.",
        "Esta instancia cerrará el 30 de junio.",
        "Esta instância será encerrada em julho.",
        "سيتم إغلاق هذا الخادم في نهاية الشهر.",
        "本サーバーは3月末をもってサービス終了いたします。",
        "当サーバーを閉鎖することになりました。",
    ],
)
def test_closing_words_are_found(text: str) -> None:
    assert closing_words(["Welcome to our new members!", text]) is not None


@pytest.mark.parametrize(
    "text",
    [
        "Maintenance tonight from 22:00, back in an hour.",
        "New emoji! 🎉",
        "<p>Be kind.</p>",
        "Wartung heute Nacht, danach geht es weiter.",
        "Maintenance ce soir de 22 h à 23 h.",
        "Mantenimiento esta noche, volvemos en una hora.",
        "メンテナンスは終了しました。",  # "maintenance has ended": not the end of the town
        "新規登録を一時閉鎖します。",  # "new sign-ups closed for now": the town stays
    ],
)
def test_ordinary_announcements_are_not_closing(text: str) -> None:
    assert closing_words([text]) is None


def test_closing_words_give_the_announcement_as_plain_text() -> None:
    said = closing_words(["<p>Dear neighbours, this town is <em>shutting&nbsp;down</em>.</p>"])
    assert said == "Dear neighbours, this town is shutting down."


async def test_a_practice_town_can_announce_closing(maple: Any, user_token: Any) -> None:
    async with MastodonClient(maple.base_url, access_token=user_token(maple.domain)) as client:
        assert await announcements(client) == []
        with announced(maple.town):
            said = await announcements(client)
        assert closing_words(said) is not None
        assert await announcements(client) == []


def test_down_for_counts_from_the_open_outage_in_the_history(tmp_path: Path) -> None:
    url = "https://maple.example"
    started = time.time() - 3.5 * 86400
    (tmp_path / HISTORY_FILE_NAME).write_text(
        json.dumps(
            {
                "version": 1,
                "outages": [
                    {
                        "kind": "not_answering",
                        "server": server_key(url),
                        "town": "maple.example",
                        "started_at": started - 86400,
                        "ended_at": started - 3600,
                    },
                    {
                        "kind": "not_answering",
                        "server": server_key(url),
                        "town": "maple.example",
                        "started_at": started,
                        "ended_at": None,
                    },
                ],
            }
        ),
        encoding="utf-8",
    )
    monitor = HealthMonitor(history_path=tmp_path / HISTORY_FILE_NAME)
    now = time.time()
    assert down_for(monitor, url, now) == pytest.approx(now - started)
    assert down_for(monitor, "https://harbour.example", now) == 0.0


def test_the_backup_becomes_the_main_account_and_the_old_main_its_backup(
    tmp_path: Path, maple: Any, harbour: Any
) -> None:
    db = Database.open(tmp_path / "cache.db")
    try:
        secrets = SecretStore()
        main = add_account(db, secrets, maple, "t1", "ann")
        backup = add_account(
            db, secrets, harbour, "t2", "ann", backup_of=main.local_id, follow_sync=FollowSync.KEEP
        )
        other = add_account(db, secrets, harbour, "t3", "jonas", backup_of=main.local_id)
        db.jobs.create(
            JOB_KIND,
            account_id=backup.local_id,
            payload={"follow": [["bob@maple.practice", True, False, None]], "unfollow": []},
            total=1,
        )
        db.jobs.create(
            JOB_KIND,
            account_id=backup.local_id,
            payload={
                "follow": [["carmen@maple.practice", False, True, ["de"]]],
                "unfollow": [],
            },
            total=1,
        )
        rows = follows_from_cache(db, backup)
        assert [(r.value, r.reblogs, r.notify, r.languages) for r in rows] == [
            ("carmen@maple.practice", False, True, ("de",)),
            ("bob@maple.practice", True, False, None),
        ]

        new_main = db.accounts.make_main(backup.local_id)
        assert new_main.role is AccountRole.MAIN
        assert new_main.backup_of is None
        assert new_main.follow_sync is FollowSync.OFF
        old = db.accounts.get(main.local_id)
        moved_other = db.accounts.get(other.local_id)
        assert old is not None
        assert moved_other is not None
        assert (old.role, old.backup_of) == (AccountRole.BACKUP, backup.local_id)
        assert moved_other.backup_of == backup.local_id
        assert [a.local_id for a in db.accounts.backups(backup.local_id)] == [
            main.local_id,
            other.local_id,
        ]
    finally:
        db.close()


def test_the_place_in_a_whole_account_move_is_kept(tmp_path: Path) -> None:
    assert load_move(tmp_path) is None
    move = AccountMove(1, 2, Step.CHECK)
    save_move(tmp_path, move)
    assert load_move(tmp_path) == move
    assert (tmp_path / "account-move.json").stat().st_mode & 0o777 == 0o600
    done = AccountMove(1, 2, Step.DONE, moved_at=1000.0, jobs=(4, 5))
    save_move(tmp_path, done)
    assert load_move(tmp_path) == done
    assert done.next_move_possible() == 1000.0 + 30 * 86400
    (tmp_path / "account-move.json").write_text("{broken", encoding="utf-8")
    assert load_move(tmp_path) is None  # starts again rather than failing
    clear_move(tmp_path)
    assert load_move(tmp_path) is None
    assert (
        town_page("https://maple.example/", "aliases") == "https://maple.example/settings/aliases"
    )
