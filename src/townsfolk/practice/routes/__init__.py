"""The practice towns' API, one module per group of endpoints (as Mastodon.py splits its client).

Importing this package registers every route in `ROUTES`, in the order Starlette matches them.
"""

# Starlette matches routes in the order they were added, and `files` ends with the catch-all,
# so the order below matters: keep it.
# isort: off
from townsfolk.practice.routes import instance  # noqa: F401
from townsfolk.practice.routes import oauth  # noqa: F401
from townsfolk.practice.routes import signup  # noqa: F401
from townsfolk.practice.routes import accounts  # noqa: F401
from townsfolk.practice.routes import timelines  # noqa: F401
from townsfolk.practice.routes import statuses  # noqa: F401
from townsfolk.practice.routes import media  # noqa: F401
from townsfolk.practice.routes import notifications  # noqa: F401
from townsfolk.practice.routes import search  # noqa: F401
from townsfolk.practice.routes import lists  # noqa: F401
from townsfolk.practice.routes import filters  # noqa: F401
from townsfolk.practice.routes import people  # noqa: F401
from townsfolk.practice.routes import announcements  # noqa: F401
from townsfolk.practice.routes import origins  # noqa: F401
from townsfolk.practice.routes import moving_pages  # noqa: F401
from townsfolk.practice.routes import files  # noqa: F401

# isort: on
from townsfolk.practice.routes.base import ROUTES

__all__ = ["ROUTES"]
