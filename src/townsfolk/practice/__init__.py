"""Practice towns: a Mastodon-compatible server with sample people and posts.

Used by the tests and benchmarks (in-process or on 127.0.0.1) and by the app's
"Try a practice town first" feature. It never imports the client's own code.
"""

from townsfolk.practice.faults import Faults
from townsfolk.practice.server import PracticeServer
from townsfolk.practice.world import Town, World

__all__ = ["Faults", "PracticeServer", "Town", "World"]
