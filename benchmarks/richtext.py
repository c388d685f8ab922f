"""Time post HTML rendering: a typical Mastodon post and hostile inputs.

Run: .venv/bin/python benchmarks/richtext.py [--smoke]   (--smoke: 50 renders, small inputs)
"""

from __future__ import annotations

import statistics
import sys
import time

from townsfolk.services.richtext import MentionRef, render_post_html

TYPICAL = (
    '<p><span class="h-card" translate="no"><a href="https://maple.practice/@ann" '
    'class="u-url mention">@<span>ann</span></a></span> look: '
    '<a href="https://www.example.com/news/2026/11/a-rather-long-article-title" '
    'rel="nofollow noopener noreferrer" translate="no"><span class="invisible">https://www.'
    '</span><span class="ellipsis">example.com/news/2026/11/a-rath</span><span class="invisible">'
    'er-long-article-title</span></a></p><p><a href="https://maple.practice/tags/cats" '
    'class="mention hashtag" rel="tag">#<span>cats</span></a> :blobcat:</p>'
)
HOSTILE = {
    "1 MB of text and links": TYPICAL * (1_048_576 // len(TYPICAL)),
    "10,000 nested spans": "<span>" * 10_000 + "x" + "</span>" * 10_000,
    "10,000 nested list items": "<ul><li>x" * 10_000,
    "1 MB of ampersands": "&" * 1_048_576,
    "misnested formatting": "<b><p><i></b>x" * 20_000,
}


def main() -> None:
    smoke = "--smoke" in sys.argv[1:]
    mentions = [MentionRef("ann", "https://maple.practice/@ann")]
    emojis = {"blobcat": "/emoji/blobcat.png"}
    runs = []
    for _ in range(50 if smoke else 2_000):
        started = time.perf_counter()
        render_post_html(TYPICAL, mentions=mentions, emojis=emojis)
        runs.append(time.perf_counter() - started)
    runs.sort()
    print(
        f"typical post: median {statistics.median(runs) * 1e6:.0f} µs, "
        f"p95 {runs[int(len(runs) * 0.95)] * 1e6:.0f} µs"
    )
    for name, html in HOSTILE.items():
        sample = html[: len(html) // 20] if smoke else html
        started = time.perf_counter()
        render_post_html(sample)
        print(f"{name}: {(time.perf_counter() - started) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
