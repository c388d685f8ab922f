"""Benchmark of the notifications list: grouping, and measuring + painting its rows.

What it measures (wall clock, ``time.perf_counter``, median of ``--rounds`` rounds after one
warm-up round that is not counted), offscreen, no network:

1. **Grouping** ``--items`` notifications (default 2,000; a mix of favourites and boosts of
   50 posts, follows, mentions) with ``services.notifications.group_items``.
2. **Setting the list**: ``NotificationsModel.set_items`` + the list laying out every row
   (each row's sentence and post text are measured as rich-text documents).
3. **Painting** one screen (1366x768) of the list with ``QWidget.grab``, cold (no documents
   cached) and warm.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/notifications.py``.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from PySide6.QtWidgets import QApplication

from townsfolk.api.entities import Account, Notification, Status
from townsfolk.services.notifications import NotificationItem, group_items


def _items(count: int) -> list[NotificationItem]:
    start = datetime(2026, 12, 4, 12, tzinfo=UTC)
    me = Account(id="me", username="me", acct="me", display_name="Me")
    posts = [
        Status(id=f"p{n}", account=me, content=f"<p>Post number {n} about teapots</p>")
        for n in range(50)
    ]
    kinds = ("favourite", "favourite", "reblog", "follow", "mention")
    items = []
    for n in range(count):
        kind = kinds[n % len(kinds)]
        who = Account(
            id=str(n % 300), username=f"p{n % 300}", acct=f"p{n % 300}", display_name=f"P {n}"
        )
        when = (start - timedelta(minutes=n)).isoformat().replace("+00:00", "Z")
        status = None if kind == "follow" else posts[(n // 7) % len(posts)]
        note = Notification(
            id=str(10**6 - n), type=kind, created_at=when, account=who, status=status
        )
        items.append(NotificationItem(note, read=n % 3 == 0))
    return items


def _median(work: Callable[[], object], rounds: int) -> float:
    work()
    times = []
    for _ in range(rounds):
        t = time.perf_counter()
        work()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--smoke", action="store_true", help="200 items, 1 round")
    args = parser.parse_args()
    if args.smoke:
        args.items, args.rounds = 200, 1
    app = QApplication.instance() or QApplication([])
    from townsfolk.ui.notifications_view import NotificationsView

    items = _items(args.items)
    grouping = _median(lambda: group_items(items), args.rounds)
    rows = len(group_items(items))
    print(f"grouping {args.items} notifications into {rows} rows: {grouping * 1000:.1f} ms")

    view = NotificationsView()
    view.resize(1366, 768)
    view.show()

    from townsfolk.ui.notifications_text import _one_paragraph

    def fill() -> None:
        view.delegate.clear_caches()
        _one_paragraph.cache_clear()
        view.set_items(items)
        view.list.doItemsLayout()

    took = _median(fill, args.rounds)
    print(f"set_items + layout of {rows} rows (cold documents): {took * 1000:.1f} ms")

    def cold() -> None:
        view.delegate.clear_caches()
        _one_paragraph.cache_clear()
        view.list.viewport().grab()

    print(f"painting one 1366x768 screen, cold: {_median(cold, args.rounds) * 1000:.1f} ms")
    warm = _median(lambda: view.list.viewport().grab(), args.rounds)
    print(f"painting one 1366x768 screen, warm: {warm * 1000:.1f} ms")
    view.close()
    app.processEvents()


if __name__ == "__main__":
    main()
