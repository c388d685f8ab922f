"""How long making the profile private takes at start-up (``townsfolk.paths.make_private``).

``ensure_profile`` runs at every start and walks the whole profile (database, settings,
logs, every downloaded picture), so its cost grows with the media cache. This builds a
profile with ``--files`` media files (default 10,000, a full cache of small pictures), then
times (median of ``--rounds``):

- the first walk, when every file is 0644 and every folder 0755 (an older version's
  profile: one ``chmod`` each);
- a later walk, when everything is private already (one ``stat`` each, no ``chmod``);
- ``ensure_profile`` at a later start: it walks the media cache only once (a stamp file
  says it was done), then checks only the media folder itself.

Run: ``.venv/bin/python benchmarks/profile_permissions.py [--files N] [--rounds R]``
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from townsfolk import paths


def build(root: Path, files: int) -> None:
    media = paths.media_cache_dir(root)
    media.mkdir(parents=True)
    for i in range(files):
        path = media / f"{i:040x}.png"
        path.write_bytes(b"x")
        path.chmod(0o644)
    for folder in (root, paths.cache_dir(root), media):
        folder.chmod(0o755)


def widen(root: Path) -> None:
    for folder, _dirs, names in os.walk(root):
        os.chmod(folder, 0o755)
        for name in names:
            os.chmod(os.path.join(folder, name), 0o644)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--smoke", action="store_true", help="500 files, 1 round")
    args = parser.parse_args()
    if args.smoke:
        args.files, args.rounds = 500, 1
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "profile"
        build(root, args.files)
        first: list[float] = []
        later: list[float] = []
        for _ in range(args.rounds):
            widen(root)
            start = time.perf_counter()
            changed = paths.make_private(root)
            first.append(time.perf_counter() - start)
            assert changed == args.files + 3, changed
            start = time.perf_counter()
            assert paths.make_private(root) == 0
            later.append(time.perf_counter() - start)
        (root / paths.PRIVATE_STAMP).unlink(missing_ok=True)
        paths.ensure_profile(root)  # the first start walks everything and leaves the stamp
        ensured: list[float] = []
        for _ in range(args.rounds):
            start = time.perf_counter()
            paths.ensure_profile(root)
            ensured.append(time.perf_counter() - start)
    print(f"profile with {args.files:,} media files, median of {args.rounds} rounds")
    print(
        f"  first start after an old version (all chmod): {statistics.median(first) * 1000:7.1f} ms"
    )
    print(
        f"  every later start (stat only):                {statistics.median(later) * 1000:7.1f} ms"
    )
    ms = statistics.median(ensured) * 1000
    print(f"  ensure_profile at a later start (stamp):      {ms:7.1f} ms")


if __name__ == "__main__":
    main()
