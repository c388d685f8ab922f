"""The backup becomes the new home (issue 12): after a long outage of the main town, or when
the main town says it is closing, Townsfolk offers (calmly, once) to make the backup account
the main one, bringing the follows along.

When to offer (:func:`should_offer`):

- the main town has not been answering for ``OUTAGE_DAYS`` (3) days: the open outage in
  the health monitor's history (kept across restarts, ``services.health``), or
- the main town's announcements (``GET /api/v1/announcements``) say it is closing. There is
  no field for that in Mastodon, so this is a keyword heuristic (:func:`closing_words`):
  an announcement containing one of ``CLOSING_WORDS`` ("shutting down", "closing down",
  "will close", "last day", ...), in English, German, French, Spanish, Portuguese, Arabic
  and Japanese (the languages Townsfolk speaks, and Japan's many big towns). Words are
  compared case-folded, both sides. A false alarm only offers a move
  the person can decline; a missed one still gets the outage rule. The practice towns can
  announce closing (``practice/announcements.py``).

What it does (:meth:`NewHome.make_home`): the old town's follows, lists, blocks, mutes,
blocked towns and bookmarks are exported when it answers; when it does not, the people it
followed are taken from what Townsfolk saved while keeping the backup following the same
people (the follow-sync jobs' lists, ``services.follow_sync``). They are imported into the
backup (merge: nothing is removed), and the backup becomes the main account
(``db.accounts.make_main``).
"""

from __future__ import annotations

import html
import json
import logging
import re
import time
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from townsfolk.api.client import MastodonClient
from townsfolk.api.errors import ApiError
from townsfolk.cache import Account, Database, Job, JobState
from townsfolk.services.follow_sync import JOB_KIND as FOLLOW_SYNC_JOB
from townsfolk.services.health import HealthMonitor, server_key
from townsfolk.services.moving.csv_formats import ImportFile, Kind, Row
from townsfolk.services.moving.export import EXPORT_JOB
from townsfolk.services.moving.import_ import Mode
from townsfolk.services.moving.move import APPLY_ORDER, MoveService

__all__ = [
    "CLOSING_WORDS",
    "OUTAGE_DAYS",
    "NewHome",
    "NewHomeResult",
    "announcements",
    "closing_words",
    "down_for",
    "follows_from_cache",
]

log = logging.getLogger(__name__)

OUTAGE_DAYS: Final = 3.0
CLOSING_WORDS: Final = (
    "shutting down",
    "shut down",
    "shuts down",
    "closing down",
    "closing the server",
    "closing this server",
    "will close",
    "will be closed",
    "is closing",
    "are closing",
    "closes on",
    "last day",
    "going offline for good",
    "will go offline",
    "sunsetting",
    # German
    "wird geschlossen",
    "schließt",
    "abgeschaltet",
    "wird eingestellt",
    "letzter tag",
    # French
    "va fermer",
    "fermera",
    "fermeture définitive",
    "fermeture de l'instance",
    "fermeture du serveur",
    "cessera de fonctionner",
    "arrêt définitif",
    # Spanish
    "va a cerrar",
    "cerrará",
    "cierre definitivo",
    "cierre de la instancia",
    "cierre del servidor",
    "dejará de funcionar",
    # Portuguese
    "vai fechar",
    "fechará",
    "vai encerrar",
    "será encerrad",  # encerrada / encerrado
    "encerramento da instância",
    "encerramento do servidor",
    "deixará de funcionar",
    # Arabic ("will be closed", "closing the server", "will stop working")
    "سيتم إغلاق",
    "إغلاق الخادم",
    "سيتوقف عن العمل",
    # Japanese (many big towns are Japanese: "end of service", "closing the server"; not a
    # bare 閉鎖, which also closes new sign-ups: 新規登録を閉鎖)
    "サービス終了",
    "運営終了",
    "サーバーを閉鎖",
    "サーバーの閉鎖",
    "サーバー閉鎖",
    "インスタンスを閉鎖",
)
#: The same, compared as ``str.casefold`` gives them ("schließt" is "schliesst").
_CLOSING_FOLDED: Final = tuple(word.casefold() for word in CLOSING_WORDS)
_TAGS: Final = re.compile(r"<[^>]+>")
_SPACE_BEFORE_STOP: Final = re.compile(r"\s+([.,;:!?])")


def closing_words(texts: Iterable[str]) -> str | None:
    """The first announcement (as plain text) that says the town is closing, or None."""
    for text in texts:
        plain = " ".join(html.unescape(_TAGS.sub(" ", text)).split())
        plain = _SPACE_BEFORE_STOP.sub(r"\1", plain)  # "down ." from "down</em>."
        lowered = plain.casefold()
        if any(word in lowered for word in _CLOSING_FOLDED):
            return plain
    return None


async def announcements(client: MastodonClient) -> list[str]:
    """The town's current announcements (their HTML), or [] when it has none or cannot
    say."""
    try:
        response = await client.request("GET", "/api/v1/announcements")
        items = json.loads(response.content)
    except (ApiError, ValueError) as exc:
        log.info("announcements could not be read: %s", exc)
        return []
    if not isinstance(items, list):
        return []
    return [str(i.get("content", "")) for i in items if isinstance(i, dict)]


def down_for(monitor: HealthMonitor, server_url: str, now: float | None = None) -> float:
    """How long the town has not been answering, in seconds (0 when it answers)."""
    now = time.time() if now is None else now
    key = server_key(server_url)
    started = [
        o.started_at
        for o in monitor.history()
        if o.kind == "not_answering" and o.server == key and o.ended_at is None
    ]
    return max(0.0, now - min(started)) if started else 0.0


def follows_from_cache(db: Database, backup: Account) -> list[Row]:
    """The people the main account followed, as Townsfolk saved them while the backup was
    kept following the same people (newest first, as an export file has them).

    The newest entry for a person wins: the jobs are read newest first, each in its own
    order (the main account's newest follow first), and a person already decided by a newer
    job is passed over. So someone in a job's "follow" list and in a later job's "unfollow"
    list (the main account stopped following them) is left out, and someone unfollowed and
    later followed again is in."""
    decided: dict[str, Row | None] = {}  # None: unfollowed later
    jobs: list[Job] = db.jobs.list(kind=FOLLOW_SYNC_JOB, account_id=backup.local_id)
    for job in reversed(jobs):
        for item in job.payload.get("follow", []):
            acct, reblogs, notify, languages = item
            decided.setdefault(
                str(acct).lower(),
                Row(
                    value=str(acct),
                    reblogs=bool(reblogs),
                    notify=bool(notify),
                    languages=tuple(languages) if languages else None,
                ),
            )
        for item in job.payload.get("unfollow", []):
            decided.setdefault(str(item[0]).lower(), None)
    return [row for row in decided.values() if row is not None]


@dataclass(frozen=True, slots=True)
class NewHomeResult:
    new_main: Account
    from_cache: bool  # the old town did not answer: follows came from what was saved
    results: tuple[str, ...]


class NewHome:
    """See the module documentation."""

    def __init__(self, db: Database, move: MoveService) -> None:
        self.db = db
        self.move = move

    async def make_home(self, old_main: Account, backup: Account) -> NewHomeResult:
        """Bring the old account's follows (and the rest, when its town answers) into the
        backup and make the backup the main account. Raises ``ApiError`` when the backup's
        town cannot be reached (nothing is switched then; the import resumes later)."""
        from_cache = False
        try:
            files = await self.move.export(old_main, APPLY_ORDER)
        except ApiError as exc:
            log.info("the old town could not be read (%s): follows from the cache", exc)
            from_cache = True
            for job in self.db.jobs.list(kind=EXPORT_JOB, account_id=old_main.local_id):
                if job.state is not JobState.DONE:
                    self.db.jobs.set_state(job.local_id, JobState.CANCELLED)
            rows = tuple(follows_from_cache(self.db, backup))
            files = {Kind.FOLLOWING: ImportFile(Kind.FOLLOWING, rows, had_header=True)}
        plans = await self.move.plans(backup, files, Mode.MERGE)
        job_ids = self.move.start(plans)
        await self.move.run(job_ids)
        new_main = self.db.accounts.make_main(backup.local_id)
        return NewHomeResult(new_main, from_cache, tuple(self.move.results(job_ids)))
