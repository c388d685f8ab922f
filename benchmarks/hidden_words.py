"""Time what hidden words cost a list of posts: the screen every post goes through when a
list fills (``TimelineModel.screen``), with no hidden words, with the town's verdict
(``filtered``), and with words matched here (older towns: 3 filters, 10 words). One post in
ten mentions a hidden word.

Run: .venv/bin/python benchmarks/hidden_words.py [--smoke]   (--smoke: 500 posts)
"""

from __future__ import annotations

import sys
import time

import msgspec

from townsfolk.api.entities import Status, decode
from townsfolk.services.word_filters import Rule, screen_status

TEXT = (
    "<p>Good morning, everyone! The light this evening was just lovely. "
    '<a href="https://maple.practice/tags/garden" class="mention hashtag">#garden</a> '
    "Tomorrow I will finally plant the tomatoes.</p>"
)


def _post(n: int, filtered: bool) -> Status:
    raw: dict[str, object] = {
        "id": str(n),
        "account": {"id": "1", "username": "bob", "acct": "bob"},
        "content": TEXT if n % 10 == 0 else TEXT.replace("tomatoes", "beans"),
        "spoiler_text": "",
    }
    if filtered and n % 10 == 0:
        raw["filtered"] = [
            {
                "filter": {"id": "1", "title": "t", "context": ["home"], "filter_action": "warn"},
                "keyword_matches": ["tomatoes"],
            }
        ]
    return decode(msgspec.json.encode(raw), Status)


RULES = [
    Rule("1", ("election", "polls", "vote"), ("home", "public"), "warn"),
    Rule("2", ("spoiler", "finale"), ("home",), "hide"),
    Rule("3", ("crypto", "nft", "airdrop", "giveaway", "tomatoes"), ("home",), "hide"),
]


def _time(label: str, posts: list[Status], screen: object) -> None:
    started = time.perf_counter()
    hidden = folded = 0
    for post in posts:
        verdict = screen(post)  # type: ignore[operator]
        hidden += verdict is not None and verdict.action == "hide"
        folded += verdict is not None and verdict.action == "warn"
    took = time.perf_counter() - started
    print(
        f"{label}: {len(posts)} posts in {took * 1000:.1f} ms "
        f"({took / len(posts) * 1e6:.1f} µs a post): {hidden} hidden, {folded} folded"
    )


def main() -> None:
    count = 500 if "--smoke" in sys.argv[1:] else 10_000
    plain = [_post(n, filtered=False) for n in range(count)]
    marked = [_post(n, filtered=True) for n in range(count)]
    _time("no hidden words", plain, lambda s: screen_status(s, "home"))
    _time("the town's verdict (1 in 10 marked)", marked, lambda s: screen_status(s, "home"))
    _time(
        "town filters + words matched here (v2, 3 filters)",
        marked,
        lambda s: screen_status(s, "home", town_rules=RULES),
    )
    _time(
        "words matched here (older town, 3 filters)",
        plain,
        lambda s: screen_status(s, "home", RULES),
    )


if __name__ == "__main__":
    main()
