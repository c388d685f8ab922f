"""services.failover and services.health against two practice towns on loopback, with real
faults (closed sockets, hanging answers, 503s, HTML error pages) and real SQLite files."""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.services.test_failover_support import FAST_MONITOR, AlwaysUp, EventLog, Rig
from townsfolk.api.errors import ApiError, NotFound
from townsfolk.cache import Draft, OutboxItem
from townsfolk.services.failover import (
    ActiveAccountChanged,
    NoBackupAvailable,
    OfflineNotice,
    PostNotFound,
    SwitchBackQuestion,
    SwitchedBack,
    SwitchedToBackup,
    SwitchReason,
    TownIsBack,
    back_banner,
    offline_banner,
    switched_banner,
)
from townsfolk.services.health import (
    HealthMonitor,
    OfflineChanged,
    Outage,
    TownState,
    TownStateChanged,
    Trouble,
    describe_duration,
    server_key,
    trouble_for_error,
    trouble_for_response,
)

BOUND = 10.0  # seconds from the first failed request to the backup being active


@pytest.fixture
async def rig(tmp_path: Path, maple: Any, harbour: Any, user_token: Any) -> Any:
    r = await Rig.build(tmp_path / "profile", maple, harbour, user_token)
    yield r
    await r.close()


@contextlib.contextmanager
def cleared(*towns: Any) -> Iterator[None]:
    try:
        yield
    finally:
        for town in towns:
            town.town.faults.clear()


async def _fail_over_on(rig: Rig, maple: Any, set_fault: Callable[[], None]) -> float:
    """Make the main town fail, send one real request, and return the seconds until the backup
    was active."""
    main_client = await rig.client(rig.main)
    await main_client.home_timeline(limit=5)  # fine first
    assert rig.monitor.state(rig.main.server_url) is TownState.FINE
    set_fault()
    loop = asyncio.get_running_loop()
    started = loop.time()
    request = loop.create_task(main_client.home_timeline(limit=5))
    try:
        event = await rig.events.wait(SwitchedToBackup, timeout=BOUND + 5)
        elapsed = loop.time() - started
        active = rig.failover.active
    finally:
        maple.town.faults.clear()
        with contextlib.suppress(ApiError):
            await asyncio.wait_for(request, 30)
    assert elapsed < BOUND, f"the backup became active after {elapsed:.2f} s"
    assert active is not None
    assert active.active_id == rig.backup.local_id
    assert active.main_id == rig.main.local_id
    assert active.reason is SwitchReason.OUTAGE
    assert event.backup_id == rig.backup.local_id
    assert event.down_town == "maple.practice"
    assert event.banner.startswith(
        "maple.practice is not answering. You are now using your backup account on "
        "harbour.practice."
    )
    assert rig.monitor.history()[0].kind == "not_answering"
    return elapsed


async def test_main_down_connection_refused(rig: Rig, maple: Any) -> None:
    elapsed = await _fail_over_on(rig, maple, lambda: maple.town.faults.set("down"))
    assert elapsed < 3.0


async def test_main_hanging(rig: Rig, maple: Any) -> None:
    await _fail_over_on(rig, maple, lambda: maple.town.faults.set("hang"))


async def test_main_dripping_its_answers(rig: Rig, maple: Any) -> None:
    """Headers at once, then a byte every 1.5 s: the answer's body is watched like a request in
    flight (the request's own deadline would only end that one request)."""
    await _fail_over_on(rig, maple, lambda: maple.town.faults.set("drip", delay=1.5))


async def test_main_answering_503(rig: Rig, maple: Any) -> None:
    await _fail_over_on(rig, maple, lambda: maple.town.faults.set("status", code=503))


async def test_main_answering_html_error_pages(rig: Rig, maple: Any) -> None:
    await _fail_over_on(rig, maple, lambda: maple.town.faults.set("html_error", code=502))


async def test_hang_is_noticed_with_the_apps_default_timeouts(
    tmp_path: Path, maple: Any, harbour: Any, user_token: Any
) -> None:
    """Default monitor settings (probe 3 s, look after 2 s) and the client's default timeouts
    (connect 5 s, read 10 s): a hanging town is left well within the bound."""
    rig = await Rig.build(
        tmp_path / "p", maple, harbour, user_token, monitor_options={"probe_backoff_initial": 0.2}
    )
    try:
        await _fail_over_on(rig, maple, lambda: maple.town.faults.set("hang"))
    finally:
        await rig.close()


async def test_a_4xx_proves_the_town_is_up(rig: Rig) -> None:
    client = await rig.client(rig.main)
    with pytest.raises(NotFound):
        await client.get_status("1")
    assert rig.monitor.state(rig.main.server_url) is TownState.FINE
    assert rig.events.of(TownStateChanged) == []
    assert rig.monitor.history() == []


async def test_one_bad_endpoint_does_not_mark_the_town_down(rig: Rig, maple: Any) -> None:
    """A 503 from one endpoint starts a probe; the probe answers, so nothing changes."""
    client = await rig.client(rig.main)
    maple.town.faults.set("status", code=503, paths="/api/v1/timelines/home")
    with cleared(maple), pytest.raises(ApiError):
        await client.home_timeline()
    await rig.monitor.wait_settled()
    assert rig.monitor.state(rig.main.server_url) is TownState.FINE
    assert rig.events.of(SwitchedToBackup) == []


async def test_every_town_unreachable_means_offline_and_no_switch(
    rig: Rig, maple: Any, harbour: Any
) -> None:
    client = await rig.client(rig.main)
    await client.home_timeline(limit=1)
    before = rig.failover.active
    with cleared(maple, harbour):
        maple.town.faults.set("down")
        harbour.town.faults.set("down")
        with pytest.raises(ApiError):
            await client.home_timeline(limit=1)
        notice = await rig.events.wait(OfflineNotice, where=lambda e: e.offline)
        assert notice.banner == "You are offline; showing saved posts."
        assert rig.monitor.offline
        assert rig.failover.active == before
        assert rig.events.of(SwitchedToBackup) == []
        assert rig.monitor.state(rig.main.server_url) is not TownState.NOT_ANSWERING
    back = await rig.events.wait(OfflineNotice, where=lambda e: not e.offline)
    assert back.banner == ""
    assert [rig.monitor.offline] == [False]
    assert rig.failover.active == before
    assert rig.events.of(SwitchedToBackup) == []
    outage = rig.monitor.history()[0]
    assert outage.kind == "offline"
    assert outage.ended_at is not None


async def test_backup_down_too_with_a_third_town_answering(
    tmp_path: Path, maple: Any, harbour: Any, user_token: Any
) -> None:
    with AlwaysUp() as third:
        rig = await Rig.build(tmp_path / "p", maple, harbour, user_token)
        try:
            rig.monitor.watch(third.base_url, "third.example")
            client = await rig.client(rig.main)
            with cleared(maple, harbour):
                maple.town.faults.set("down")
                harbour.town.faults.set("down")
                with pytest.raises(ApiError):
                    await client.home_timeline(limit=1)
                event = await rig.events.wait(NoBackupAvailable)
                assert event.banner == (
                    "maple.practice is not answering. Your backup town harbour.practice is not "
                    "answering either. Nothing is lost. You can still read your saved posts."
                )
                assert not rig.monitor.offline
                assert rig.monitor.state(rig.backup.server_url) is TownState.NOT_ANSWERING
                active = rig.failover.active
                assert active is not None
                assert active.active_id == rig.main.local_id
        finally:
            await rig.close()


async def test_main_back_switches_back_automatically(rig: Rig, maple: Any) -> None:
    await _fail_over_on(rig, maple, lambda: maple.town.faults.set("down"))
    # The fault was cleared: the probes find the town again.
    back = await rig.events.wait(TownIsBack)
    assert back.switching_back
    assert back.banner == "maple.practice is back. You are using your account there again."
    switched = await rig.events.wait(SwitchedBack)
    assert switched.main_id == rig.main.local_id
    active = rig.failover.active
    assert active is not None
    assert active.active_id == rig.main.local_id
    assert active.reason is SwitchReason.MAIN
    outage = rig.monitor.history()[0]
    assert outage.ended_at is not None
    assert outage.ended_at >= outage.started_at
    # BACK settles to FINE after back_hold.
    await rig.events.wait(
        TownStateChanged, where=lambda e: e.state is TownState.FINE and e.previous is TownState.BACK
    )


async def test_switch_back_waits_while_typing(rig: Rig, maple: Any) -> None:
    rig.failover.set_user_typing(True)
    await _fail_over_on(rig, maple, lambda: maple.town.faults.set("down"))
    back = await rig.events.wait(TownIsBack)
    assert back.banner == (
        "maple.practice is back. Townsfolk will switch you back when you finish writing."
    )
    assert rig.failover.switch_back_deferred
    active = rig.failover.active
    assert active is not None
    assert active.active_id == rig.backup.local_id
    assert rig.events.of(SwitchedBack) == []
    rig.failover.set_user_typing(False)
    assert rig.events.of(SwitchedBack)
    active = rig.failover.active
    assert active is not None
    assert active.active_id == rig.main.local_id


@pytest.mark.parametrize("answer", [True, False])
async def test_main_back_asks_first(
    tmp_path: Path, maple: Any, harbour: Any, user_token: Any, answer: bool
) -> None:
    rig = await Rig.build(tmp_path / "p", maple, harbour, user_token, switch_back="ask")
    try:
        event_mark = rig.events.mark()
        await _fail_over_on(rig, maple, lambda: maple.town.faults.set("down"))
        switched = rig.events.of(SwitchedToBackup)[0]
        assert "Townsfolk will ask you before going back to maple.practice." in switched.banner
        question = await rig.events.wait(SwitchBackQuestion, after=event_mark)
        assert question.question.startswith("maple.practice is back. Go back to your account on")
        assert rig.failover.waiting_for_answer
        active = rig.failover.active
        assert active is not None
        assert active.active_id == rig.backup.local_id
        assert rig.events.of(SwitchedBack) == []
        rig.failover.answer_switch_back(answer)
        active = rig.failover.active
        assert active is not None
        if answer:
            assert active.active_id == rig.main.local_id
            assert rig.events.of(SwitchedBack)
        else:
            assert active.active_id == rig.backup.local_id
            assert active.reason is SwitchReason.CHOSEN
            assert rig.events.of(SwitchedBack) == []
    finally:
        await rig.close()


async def test_switch_to_during_a_hang_returns_at_once(rig: Rig, maple: Any) -> None:
    client = await rig.client(rig.main)
    with cleared(maple):
        maple.town.faults.set("hang")
        request = asyncio.get_running_loop().create_task(client.home_timeline(limit=1))
        await asyncio.sleep(0)  # the request is on its way
        started = time.perf_counter()
        state = rig.failover.switch_to(rig.backup.local_id)
        assert time.perf_counter() - started < 0.05
        assert state.active_id == rig.backup.local_id
        assert state.reason is SwitchReason.CHOSEN
        started = time.perf_counter()
        rig.failover.switch_to(rig.main.local_id)
        assert time.perf_counter() - started < 0.05
        assert not request.done()
        changes = rig.events.of(ActiveAccountChanged)
        assert [c.active.active_id for c in changes] == [rig.backup.local_id, rig.main.local_id]
    with contextlib.suppress(ApiError):
        await asyncio.wait_for(request, 30)


async def test_choosing_main_during_an_outage_is_respected(rig: Rig, maple: Any) -> None:
    with cleared(maple):
        await_switch = _fail_over_kept_down(rig, maple)
        await await_switch
        rig.failover.switch_to(rig.main.local_id)
        client = await rig.client(rig.main)
        with pytest.raises(ApiError):
            await client.home_timeline(limit=1)
        await rig.monitor.wait_settled()
        active = rig.failover.active
        assert active is not None
        assert active.active_id == rig.main.local_id
        assert len(rig.events.of(SwitchedToBackup)) == 1


async def _fail_over_kept_down(rig: Rig, maple: Any) -> None:
    client = await rig.client(rig.main)
    maple.town.faults.set("down")
    with pytest.raises(ApiError):
        await client.home_timeline(limit=1)
    await rig.events.wait(SwitchedToBackup)


async def test_restart_during_an_outage_comes_back_on_the_backup(
    tmp_path: Path, maple: Any, harbour: Any, user_token: Any
) -> None:
    profile = tmp_path / "p"
    rig = await Rig.build(profile, maple, harbour, user_token)
    try:
        with cleared(maple):
            await _fail_over_kept_down(rig, maple)
            saved = json.loads((profile / "active-account.json").read_text())
            assert saved["active_id"] == rig.backup.local_id
            assert saved["reason"] == "outage"
            await rig.close()
            # Start again while the town is still down: the backup stays active.
            rig = await Rig.build(profile, maple, harbour, user_token)
            active = rig.failover.active
            assert active is not None
            assert active.active_id == rig.backup.local_id
            assert rig.monitor.state(rig.main.server_url) is TownState.NOT_ANSWERING
            assert rig.monitor.history()[0].ended_at is None
        # The town is back: the restarted service switches back.
        await rig.events.wait(SwitchedBack)
        active = rig.failover.active
        assert active is not None
        assert active.active_id == rig.main.local_id
        assert rig.monitor.history()[0].ended_at is not None
    finally:
        await rig.close()


async def test_town_status_history_is_kept_in_the_profile(rig: Rig, maple: Any) -> None:
    await _fail_over_on(rig, maple, lambda: maple.town.faults.set("down"))
    await rig.events.wait(SwitchedBack)
    data = json.loads((rig.profile / "town-status.json").read_text())
    assert [o["kind"] for o in data["outages"]] == ["not_answering"]
    assert data["outages"][0]["town"] == "maple.practice"
    again = HealthMonitor(history_path=rig.profile / "town-status.json")
    history = again.history()
    assert len(history) == 1
    assert history[0].ended_at is not None
    sentence = history[0].sentence(now=history[0].ended_at)
    assert sentence.startswith("maple.practice was not answering for a few seconds, from ")


async def test_resolve_post_on_the_backup(rig: Rig, maple: Any, harbour: Any) -> None:
    main_client = await rig.client(rig.main)
    page = await main_client.public_timeline(local=True, limit=5)
    original = page.items[0]
    found = await rig.failover.resolve_post_on(rig.backup, original.uri)
    assert found.uri == original.uri
    assert found.id != original.id or harbour.base_url != maple.base_url
    # Cached: the same answer without asking the town (which is now down).
    with cleared(harbour):
        harbour.town.faults.set("down")
        again = await rig.failover.resolve_post_on(rig.backup, original.uri)
        assert again is found
    favourited = await rig.failover.favourite_on(rig.backup, original.uri)
    assert favourited.favourited
    boosted = await rig.failover.boost_on(rig.backup, original.url or original.uri)
    assert boosted.reblog is not None or boosted.reblogged
    with pytest.raises(PostNotFound) as info:
        await rig.failover.resolve_post_on(rig.backup, "https://maple.practice/@ann/1")
    assert "could not find this post" in info.value.user_message


def test_sentences() -> None:
    assert switched_banner("mastodon.social", "mstdn.social", 1) == (
        "mastodon.social is not answering. You are now using your backup account on "
        "mstdn.social. Nothing is lost: your unsent post is saved and will go out when "
        "mastodon.social is back. Townsfolk will switch you back when mastodon.social is back."
    )
    assert "your 3 unsent posts are saved" in switched_banner("a.town", "b.town", 3)
    assert offline_banner(0) == "You are offline; showing saved posts."
    assert offline_banner(2).endswith(
        "your 2 unsent posts are saved and will go out when you are online."
    )
    assert back_banner("a.town", switched=False) == "a.town is back."
    for bad in ("instance", "federat", "toot", "status", "reblog", "token", "API"):
        for text in (switched_banner("a", "b", 2, "ask"), offline_banner(1)):
            assert bad not in text
    assert describe_duration(10) == "a few seconds"
    assert describe_duration(90) == "2 minutes"
    assert describe_duration(7200) == "about 2 hours"
    outage = Outage("offline", "", "", 1000.0, None)
    assert outage.sentence(now=1000.0 + 600).startswith("You have been offline since ")


def test_classifying_outcomes() -> None:
    assert server_key("https://Mastodon.Social/api/v1/x") == "https://mastodon.social"
    assert server_key("http://127.0.0.1:8080/") == "http://127.0.0.1:8080"
    assert server_key("mstdn.social") == "https://mstdn.social"
    assert trouble_for_response(503, "application/json", "/api/v1/x") is Trouble.SERVER_ERROR
    assert trouble_for_response(502, "text/html", "/api/v1/x") is Trouble.HTML
    assert trouble_for_response(200, "text/html", "/api/v1/x") is Trouble.HTML
    assert trouble_for_response(200, "text/html", "/oauth/authorize") is None
    for status in (400, 401, 403, 404, 422, 429):
        assert trouble_for_response(status, "application/json", "/api/v1/x") is None
    assert trouble_for_response(404, "text/html", "/api/v1/nothing") is None
    assert trouble_for_response(500, "application/json", "/api/v1/x") is None
    assert trouble_for_error(httpx.ConnectError("refused")) is Trouble.REFUSED
    assert trouble_for_error(httpx.ReadTimeout("slow")) is Trouble.TIMEOUT
    assert trouble_for_error(NotFound("x")) is None


async def test_offline_changes_are_forwarded(rig: Rig) -> None:
    log = EventLog()
    rig.monitor.add_listener(log)
    rig.monitor._go_offline()  # the decision itself is tested above with real sockets
    assert isinstance(log.events[-1], OfflineChanged)
    assert log.events[-1].offline
    notice = await rig.events.wait(OfflineNotice)
    assert notice.offline
    await rig.events.wait(OfflineNotice, where=lambda e: not e.offline)


# Posts: none lost, none sent twice ----------------------------------------------------------


def _draft(text: str) -> Draft:
    return Draft(text=text)


__all__ = ["FAST_MONITOR", "OutboxItem"]
