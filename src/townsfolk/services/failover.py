"""Backup accounts and automatic failover when a town is down.

Plain asyncio, no Qt. One :class:`FailoverService` for the app, on top of a
:class:`~townsfolk.services.health.HealthMonitor` (which knows the state of each town).

- **The active account** (:class:`ActiveAccount`: main id, active id, reason) is what
  timelines, notifications and compose use. It is saved in ``active-account.json`` in the
  profile, so a restart during an outage comes back on the backup and checks the main town
  again at once.
- **Switching to the backup**: when the main account's town is *not answering* (and the
  person is not offline), the first backup whose town is usable becomes active at once and a
  :class:`SwitchedToBackup` event carries the banner sentence. Offline: nothing is switched
  (:class:`OfflineNotice`). No usable backup: :class:`NoBackupAvailable`.
- **Back**: when the main town answers again, :class:`TownIsBack`; then the service switches
  back by itself (setting ``switch_back="automatic"``; never while the person is typing, see
  :meth:`FailoverService.set_user_typing`) or asks (:class:`SwitchBackQuestion`, answered with
  :meth:`FailoverService.answer_switch_back`).
- **By hand**: :meth:`FailoverService.switch_to` never waits on a server. Choosing the main
  account during an outage is respected: no automatic switch until that town is back.
- **Posts**: posts waiting in the main account's outbox stay there (the outbox sends them when
  the town is back; the service wakes it). :meth:`FailoverService.post_from_backup` moves one to
  the backup's outbox through ``Outbox.move_now``, which cannot send a post twice (it also
  takes a post stuck being sent to a town that does not answer, if it has not left yet).
- **Acting on cached posts** through another account: :meth:`FailoverService.resolve_post_on`
  finds a post by its address on the other account's town (search with resolve), cached.
"""

from __future__ import annotations

import json
import logging
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from dataclasses import asdict, dataclass
from enum import StrEnum
from pathlib import Path
from typing import Final, Protocol

from townsfolk.api.client import MastodonClient
from townsfolk.api.entities import Status
from townsfolk.api.errors import NotFound
from townsfolk.cache import Account, AccountRole, AccountState, Database, OutboxItem
from townsfolk.i18n import translate
from townsfolk.services.health import (
    HealthEvent,
    HealthMonitor,
    OfflineChanged,
    TownState,
    TownStateChanged,
    _write_atomically,
    server_key,
)
from townsfolk.services.settings import SwitchBack

__all__ = [
    "STATE_FILE_NAME",
    "ActiveAccount",
    "ActiveAccountChanged",
    "FailoverEvent",
    "FailoverProblem",
    "FailoverService",
    "NoBackupAvailable",
    "OfflineNotice",
    "OutboxLike",
    "PostNotFound",
    "SwitchBackQuestion",
    "SwitchReason",
    "SwitchedBack",
    "SwitchedToBackup",
    "TownIsBack",
    "back_banner",
    "no_backup_banner",
    "offline_banner",
    "switch_back_question",
    "switched_banner",
]

log = logging.getLogger(__name__)

STATE_FILE_NAME: Final = "active-account.json"
_STATE_VERSION: Final = 1


# ---------------------------------------------------------------------- the sentences


def _unsent(waiting_posts: int) -> str:
    if waiting_posts == 1:
        return translate("Failover", "your unsent post is saved")
    return translate("Failover", "your %n unsent posts are saved", None, waiting_posts)


def switched_banner(
    down_town: str, backup_town: str, waiting_posts: int, switch_back: SwitchBack = "automatic"
) -> str:
    """The banner when the backup became active, e.g. "mastodon.social is not answering. You
    are now using your backup account on mstdn.social. Nothing is lost: your unsent post is
    saved and will go out when mastodon.social is back." """
    first = translate(
        "Failover", "{down} is not answering. You are now using your backup account on {backup}."
    )
    if switch_back == "ask":
        then = translate("Failover", "Townsfolk will ask you before going back to {down}.")
    else:
        then = translate("Failover", "Townsfolk will switch you back when {down} is back.")
    if waiting_posts > 0:
        lost = translate(
            "Failover", "Nothing is lost: {unsent} and will go out when {down} is back."
        )
    else:
        lost = translate("Failover", "Nothing is lost.")
    text = f"{first} {lost} {then}"
    return text.format(down=down_town, backup=backup_town, unsent=_unsent(waiting_posts))


def no_backup_banner(down_town: str, waiting_posts: int, backup_towns: list[str]) -> str:
    """The banner when the main town is not answering and no backup can take over."""
    parts = [translate("Failover", "{down} is not answering.")]
    if backup_towns:
        parts.append(translate("Failover", "Your backup town {names} is not answering either."))
    if waiting_posts > 0:
        parts.append(
            translate("Failover", "Nothing is lost: {unsent} and will go out when {down} is back.")
        )
    else:
        parts.append(translate("Failover", "Nothing is lost."))
    parts.append(translate("Failover", "You can still read your saved posts."))
    return " ".join(parts).format(
        down=down_town,
        names=translate("Failover", " or ").join(backup_towns),
        unsent=_unsent(waiting_posts),
    )


def offline_banner(waiting_posts: int) -> str:
    """The banner when the person's own connection is off."""
    text = translate("Failover", "You are offline; showing saved posts.")
    if waiting_posts > 0:
        more = translate(
            "Failover", "Nothing is lost: {unsent} and will go out when you are online."
        )
        text += " " + more.format(unsent=_unsent(waiting_posts))
    return text


def back_banner(town: str, *, switched: bool, waiting_for_typing: bool = False) -> str:
    """The banner when the main town answers again."""
    if switched:
        text = translate("Failover", "{town} is back. You are using your account there again.")
    elif waiting_for_typing:
        text = translate(
            "Failover", "{town} is back. Townsfolk will switch you back when you finish writing."
        )
    else:
        text = translate("Failover", "{town} is back.")
    return text.format(town=town)


def switch_back_question(town: str, backup_town: str) -> str:
    """The question when the setting says to ask before switching back."""
    return translate(
        "Failover",
        "{town} is back. Go back to your account on {town}? "
        "(If you choose not to, you keep using your backup account on {backup}.)",
    ).format(town=town, backup=backup_town)


# ---------------------------------------------------------------------- state and events


class SwitchReason(StrEnum):
    MAIN = "main"  # using the main account, as usual
    OUTAGE = "outage"  # on a backup because the main town is not answering
    CHOSEN = "chosen"  # the person picked this backup by hand


@dataclass(frozen=True, slots=True)
class ActiveAccount:
    """Which account is in use. ``down_server`` is the main town's server key during an
    outage switch."""

    main_id: int
    active_id: int
    reason: SwitchReason
    since: float
    down_server: str | None = None

    @property
    def using_backup(self) -> bool:
        return self.active_id != self.main_id


@dataclass(frozen=True, slots=True)
class ActiveAccountChanged:
    active: ActiveAccount
    previous: ActiveAccount | None


@dataclass(frozen=True, slots=True)
class SwitchedToBackup:
    """The backup became active because the main town is not answering."""

    down_town: str
    main_handle: str
    backup_id: int
    backup_handle: str
    backup_town: str
    waiting_posts: int
    banner: str


@dataclass(frozen=True, slots=True)
class NoBackupAvailable:
    down_town: str
    waiting_posts: int
    banner: str


@dataclass(frozen=True, slots=True)
class OfflineNotice:
    offline: bool
    waiting_posts: int
    banner: str  # empty when back online


@dataclass(frozen=True, slots=True)
class TownIsBack:
    town: str
    switching_back: bool  # True: the service switches (or switched) back by itself
    banner: str


@dataclass(frozen=True, slots=True)
class SwitchBackQuestion:
    town: str
    main_id: int
    question: str


@dataclass(frozen=True, slots=True)
class SwitchedBack:
    town: str
    main_id: int
    banner: str


FailoverEvent = (
    ActiveAccountChanged
    | SwitchedToBackup
    | NoBackupAvailable
    | OfflineNotice
    | TownIsBack
    | SwitchBackQuestion
    | SwitchedBack
    | TownStateChanged
    | OfflineChanged
)


class FailoverProblem(Exception):
    """Something asked for cannot be done; ``user_message`` says why in plain words."""

    def __init__(self, user_message: str) -> None:
        super().__init__(user_message)
        self.user_message = user_message


class PostNotFound(FailoverProblem):
    """The post could not be found from the other account's town."""


class OutboxLike(Protocol):
    """What the failover service needs of ``townsfolk.services.outbox.Outbox``."""

    def move_to_account(
        self, item_id: int, account_id: int, *, in_reply_to_id: str | None = None
    ) -> OutboxItem: ...

    async def move_now(
        self, item_id: int, account_id: int, *, in_reply_to_id: str | None = None
    ) -> OutboxItem: ...

    def retry_all_now(self) -> None: ...


ClientFor = Callable[[Account], Awaitable[MastodonClient]]
Listener = Callable[[FailoverEvent], None]


# ---------------------------------------------------------------------- the service


class FailoverService:
    """See the module documentation.

    - ``clients``: gives a logged-in client for an account (e.g. ``AccountsService.client_for``;
      build the AccountsService with ``monitor.client_factory()`` so requests are observed).
      The service keeps the clients it makes and closes them in :meth:`aclose`.
    - ``switch_back``: the setting, or a function reading it when needed.
    - ``state_path``: where :class:`ActiveAccount` is saved (None: not saved).
    """

    def __init__(
        self,
        db: Database,
        monitor: HealthMonitor,
        clients: ClientFor,
        *,
        outbox: OutboxLike | None = None,
        switch_back: SwitchBack | Callable[[], SwitchBack] = "automatic",
        state_path: Path | None = None,
        resolve_cache_size: int = 256,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.db = db
        self.monitor = monitor
        self._clients_for = clients
        self.outbox = outbox
        self._switch_back = switch_back
        self.state_path = state_path
        self._clock = clock
        self._active: ActiveAccount | None = None
        self._listeners: list[Listener] = []
        self._clients: dict[int, MastodonClient] = {}
        self._resolved: OrderedDict[tuple[int, str], Status] = OrderedDict()
        self._resolve_cache_size = resolve_cache_size
        self._typing = False
        self._pending_switch_back = False
        self._pending_question = False
        self._declined: set[str] = set()  # main towns the person chose to stay on while down
        self._remove_monitor_listener: Callable[[], None] | None = None

    # ------------------------------------------------------------------ lifecycle

    async def start(self) -> None:
        """Watch every account's town, load the saved active account, and follow the
        monitor. After a restart on a backup, the main town is checked again at once."""
        self.refresh_accounts()
        self._active = self._load_state()
        if self._remove_monitor_listener is None:
            self._remove_monitor_listener = self.monitor.add_listener(self._on_health)
        self.monitor.start()
        active = self._active
        if active is not None and active.reason is SwitchReason.OUTAGE:
            main = self.db.accounts.get(active.main_id)
            if main is not None:
                self.monitor.assume_not_answering(main.server_url)

    def refresh_accounts(self) -> None:
        """Watch the towns of all accounts (call after adding an account)."""
        for account in self.db.accounts.list():
            self.monitor.watch(account.server_url, account.server_domain)

    async def aclose(self) -> None:
        if self._remove_monitor_listener is not None:
            self._remove_monitor_listener()
            self._remove_monitor_listener = None
        clients, self._clients = self._clients, {}
        for client in clients.values():
            await client.aclose()

    def add_listener(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener`` on every event; returns a function that removes it."""
        self._listeners.append(listener)

        def remove() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return remove

    # ------------------------------------------------------------------ the active account

    @property
    def active(self) -> ActiveAccount | None:
        """The active account state (None when there is no account at all)."""
        if self._active is None:
            self._active = self._default_state()
        return self._active

    def active_account(self) -> Account | None:
        state = self.active
        return None if state is None else self.db.accounts.get(state.active_id)

    def switch_to(self, account_id: int) -> ActiveAccount:
        """Use this account now (by hand). Never waits on a server."""
        account = self.db.accounts.get(account_id)
        if account is None:
            raise FailoverProblem(
                translate("Failover", "This account is no longer on this computer.")
            )
        main_id = account.backup_of if account.backup_of is not None else account.local_id
        self.monitor.watch(account.server_url, account.server_domain)
        self._pending_switch_back = False
        self._pending_question = False
        if account.role is AccountRole.MAIN or account.backup_of is None:
            key = server_key(account.server_url)
            if self.monitor.state(account.server_url) is TownState.NOT_ANSWERING:
                self._declined.add(key)
            state = ActiveAccount(main_id, account.local_id, SwitchReason.MAIN, self._clock())
        else:
            state = ActiveAccount(main_id, account.local_id, SwitchReason.CHOSEN, self._clock())
        self._set_active(state)
        return state

    def set_user_typing(self, typing: bool) -> None:
        """The person is writing (True) or stopped (False). An automatic switch back waits
        until typing stops."""
        self._typing = typing
        if not typing and self._pending_switch_back:
            self._pending_switch_back = False
            self._switch_back_now()

    def answer_switch_back(self, yes: bool) -> None:
        """The answer to a :class:`SwitchBackQuestion`."""
        if not self._pending_question:
            return
        self._pending_question = False
        state = self.active
        if not yes and state is not None and state.reason is SwitchReason.OUTAGE:
            # Stay on the backup, now as the person's own choice.
            self._set_active(
                ActiveAccount(state.main_id, state.active_id, SwitchReason.CHOSEN, self._clock())
            )
            return
        if yes:
            self._switch_back_now()

    @property
    def waiting_for_answer(self) -> bool:
        return self._pending_question

    @property
    def switch_back_deferred(self) -> bool:
        return self._pending_switch_back

    def waiting_posts(self, account_id: int | None = None) -> int:
        """Unsent posts of an account (default: the active main account)."""
        if account_id is None:
            state = self.active
            if state is None:
                return 0
            account_id = state.main_id
        return self.db.outbox.pending_count(account_id)

    # ------------------------------------------------------------------ posts

    async def post_from_backup(self, item_id: int, backup_id: int | None = None) -> OutboxItem:
        """Move a waiting post of the main account to a backup's outbox ("Post from my backup
        instead"). A reply is linked to the same post found from the backup's town. Raises
        :class:`FailoverProblem` or the outbox's ``OutboxProblem`` (post being sent, or it
        may already be on the main town) with a plain sentence; never sends twice."""
        if self.outbox is None:
            raise FailoverProblem(
                translate("Failover", "Townsfolk cannot move posts right now. Please try again.")
            )
        item = self.db.outbox.get(item_id)
        if item is None:
            raise FailoverProblem(
                translate("Failover", "This post is no longer waiting: it may have been sent.")
            )
        backup = self._backup_for_post(item.account_id, backup_id)
        reply_to: str | None = None
        if item.draft.in_reply_to_id:
            reply_to = await self._reply_target_on(backup, item)
        # move_now: a post stuck on its way to a town that does not answer moves too, when it
        # has certainly not left yet (see Outbox.move_now).
        return await self.outbox.move_now(item_id, backup.local_id, in_reply_to_id=reply_to)

    def _backup_for_post(self, main_id: int, backup_id: int | None) -> Account:
        if backup_id is not None:
            backup = self.db.accounts.get(backup_id)
            if backup is None:
                raise FailoverProblem(
                    translate("Failover", "This backup account is no longer on this computer.")
                )
            return backup
        state = self.active
        if state is not None and state.using_backup and state.main_id == main_id:
            active = self.db.accounts.get(state.active_id)
            if active is not None:
                return active
        for backup in self.db.accounts.backups(main_id):
            if backup.state is AccountState.ACTIVE and self.monitor.is_usable(backup.server_url):
                return backup
        raise FailoverProblem(
            translate(
                "Failover",
                "You have no backup account that can post right now. Your post stays saved and "
                "will go out from your main account.",
            )
        )

    async def _reply_target_on(self, backup: Account, item: OutboxItem) -> str:
        parent_id = item.draft.in_reply_to_id
        assert parent_id is not None
        cached = self.db.posts.get(item.account_id, parent_id)
        address = (cached.uri or cached.url) if cached is not None else None
        if not address:
            raise PostNotFound(
                translate(
                    "Failover",
                    "Townsfolk could not find the post you are answering from {town}, so your "
                    "reply stays saved and will go out from your main account.",
                ).format(town=backup.server_domain)
            )
        status = await self.resolve_post_on(backup, address)
        return status.id

    async def resolve_post_on(self, account: Account, post_url_or_uri: str) -> Status:
        """The same post as seen from ``account``'s town (found by its address with a
        search that may fetch it from the other town). Cached. Raises :class:`PostNotFound`
        or an ``ApiError``."""
        key = (account.local_id, post_url_or_uri)
        cached = self._resolved.get(key)
        if cached is not None:
            self._resolved.move_to_end(key)
            return cached
        client = await self._client(account)
        try:
            results = await client.search(post_url_or_uri, type="statuses", resolve=True, limit=1)
        except NotFound:
            results = None
        if results is None or not results.statuses:
            raise PostNotFound(
                translate(
                    "Failover",
                    "Townsfolk could not find this post from {town}. It may have "
                    "been deleted, or it may not be visible from there.",
                ).format(town=account.server_domain)
            )
        status = results.statuses[0]
        self._resolved[key] = status
        while len(self._resolved) > self._resolve_cache_size:
            self._resolved.popitem(last=False)
        return status

    async def favourite_on(self, account: Account, post_url_or_uri: str) -> Status:
        """Favourite a post (seen in another account's cache) from ``account``."""
        status = await self.resolve_post_on(account, post_url_or_uri)
        client = await self._client(account)
        return await client.favourite(status.id)

    async def boost_on(self, account: Account, post_url_or_uri: str) -> Status:
        """Boost a post (seen in another account's cache) from ``account``."""
        status = await self.resolve_post_on(account, post_url_or_uri)
        client = await self._client(account)
        return await client.reblog(status.id)

    async def _client(self, account: Account) -> MastodonClient:
        client = self._clients.get(account.local_id)
        if client is None:
            client = await self._clients_for(account)
            self._clients[account.local_id] = client
        return client

    # ------------------------------------------------------------------ reacting to towns

    def _on_health(self, event: HealthEvent) -> None:
        self._emit(event)
        if isinstance(event, OfflineChanged):
            waiting = self.waiting_posts()
            banner = offline_banner(waiting) if event.offline else ""
            self._emit(OfflineNotice(event.offline, waiting, banner))
            if not event.offline and self.outbox is not None:
                self.outbox.retry_all_now()
            return
        if event.state is TownState.NOT_ANSWERING:
            self._town_down(event.server)
        elif event.previous is TownState.NOT_ANSWERING:
            self._town_back(event.server)

    def _town_down(self, key: str) -> None:
        state = self.active
        if state is None or self.monitor.offline:
            return
        main = self.db.accounts.get(state.main_id)
        if main is None:
            return
        active = self.db.accounts.get(state.active_id)
        if server_key(main.server_url) == key and not state.using_backup:
            if key in self._declined:
                return
            self._fail_over(main, key)
        elif active is not None and state.using_backup and server_key(active.server_url) == key:
            # The backup in use is down too: go on to another usable account, if any.
            for candidate in [main, *self.db.accounts.backups(main.local_id)]:
                if candidate.local_id == active.local_id:
                    continue
                if candidate.state is AccountState.ACTIVE and self.monitor.is_usable(
                    candidate.server_url
                ):
                    if candidate.local_id == main.local_id:
                        self._switch_back_now()
                    else:
                        self._fail_over(main, state.down_server or key, backup=candidate)
                    return

    def _fail_over(self, main: Account, down_key: str, *, backup: Account | None = None) -> None:
        waiting = self.db.outbox.pending_count(main.local_id)
        down_town = main.server_domain
        backups = self.db.accounts.backups(main.local_id)
        if backup is None:
            for candidate in backups:
                if (
                    candidate.state is AccountState.ACTIVE
                    and server_key(candidate.server_url) != down_key
                    and self.monitor.is_usable(candidate.server_url)
                ):
                    backup = candidate
                    break
        if backup is None:
            towns = [b.server_domain for b in backups]
            self._emit(
                NoBackupAvailable(down_town, waiting, no_backup_banner(down_town, waiting, towns))
            )
            return
        self._set_active(
            ActiveAccount(
                main.local_id, backup.local_id, SwitchReason.OUTAGE, self._clock(), down_key
            )
        )
        banner = switched_banner(down_town, backup.server_domain, waiting, self._setting())
        log.info(
            "switched to the backup on %s: %s is not answering", backup.server_domain, down_town
        )
        self._emit(
            SwitchedToBackup(
                down_town=down_town,
                main_handle=main.handle,
                backup_id=backup.local_id,
                backup_handle=backup.handle,
                backup_town=backup.server_domain,
                waiting_posts=waiting,
                banner=banner,
            )
        )

    def _town_back(self, key: str) -> None:
        self._declined.discard(key)
        if self.outbox is not None:
            self.outbox.retry_all_now()
        state = self.active
        if state is None or state.reason is not SwitchReason.OUTAGE or state.down_server != key:
            return
        main = self.db.accounts.get(state.main_id)
        town = main.server_domain if main is not None else self.monitor.town_name(key)
        if self._setting() == "ask":
            self._emit(TownIsBack(town, False, back_banner(town, switched=False)))
            backup = self.db.accounts.get(state.active_id)
            self._pending_question = True
            self._emit(
                SwitchBackQuestion(
                    town,
                    state.main_id,
                    switch_back_question(town, backup.server_domain if backup else town),
                )
            )
            return
        if self._typing:
            self._pending_switch_back = True
            self._emit(
                TownIsBack(town, True, back_banner(town, switched=False, waiting_for_typing=True))
            )
            return
        self._emit(TownIsBack(town, True, back_banner(town, switched=True)))
        self._switch_back_now()

    def _switch_back_now(self) -> None:
        state = self.active
        if state is None or not state.using_backup:
            return
        main = self.db.accounts.get(state.main_id)
        if main is None:
            return
        self._set_active(
            ActiveAccount(main.local_id, main.local_id, SwitchReason.MAIN, self._clock())
        )
        self._emit(
            SwitchedBack(
                main.server_domain, main.local_id, back_banner(main.server_domain, switched=True)
            )
        )

    def _setting(self) -> SwitchBack:
        value = self._switch_back() if callable(self._switch_back) else self._switch_back
        return "ask" if value == "ask" else "automatic"

    # ------------------------------------------------------------------ saving the state

    def _set_active(self, state: ActiveAccount) -> None:
        previous = self._active
        self._active = state
        self._save_state(state)
        self._emit(ActiveAccountChanged(state, previous))

    def _default_state(self) -> ActiveAccount | None:
        mains = self.db.accounts.list(role=AccountRole.MAIN)
        if not mains:
            return None
        first = next((a for a in mains if a.state is AccountState.ACTIVE), mains[0])
        return ActiveAccount(first.local_id, first.local_id, SwitchReason.MAIN, self._clock())

    def _load_state(self) -> ActiveAccount | None:
        if self.state_path is not None:
            try:
                raw = json.loads(self.state_path.read_text(encoding="utf-8"))
                state = ActiveAccount(
                    main_id=int(raw["main_id"]),
                    active_id=int(raw["active_id"]),
                    reason=SwitchReason(raw["reason"]),
                    since=float(raw["since"]),
                    down_server=raw.get("down_server"),
                )
            except FileNotFoundError:
                state = None
            except (OSError, ValueError, KeyError, TypeError):
                log.warning("The saved active account could not be read; using the main one.")
                state = None
            if state is not None and self._valid(state):
                return state
        return self._default_state()

    def _valid(self, state: ActiveAccount) -> bool:
        main = self.db.accounts.get(state.main_id)
        active = self.db.accounts.get(state.active_id)
        if main is None or active is None:
            return False
        return main.local_id in (active.local_id, active.backup_of)

    def _save_state(self, state: ActiveAccount) -> None:
        if self.state_path is None:
            return
        data = asdict(state)
        data["reason"] = state.reason.value
        data["version"] = _STATE_VERSION
        try:
            _write_atomically(self.state_path, json.dumps(data))
        except OSError as exc:
            log.warning("The active account could not be saved: %s", exc)

    def _emit(self, event: FailoverEvent) -> None:
        for listener in list(self._listeners):
            try:
                listener(event)
            except Exception:
                log.exception("a failover listener failed")
