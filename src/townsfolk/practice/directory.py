"""A small stand-in for joinmastodon's server directory, for tests and offline work.

``GET /servers?category=&language=&registrations=``, ``GET /categories`` and
``GET /languages`` answer in joinmastodon's shape from :attr:`PracticeDirectory.servers`: the
practice towns plus a few well-known real towns (facts made up for practice, not copied from
the live service). Tests may change ``servers`` between requests; ``requests`` counts calls.

Serve it in-process (``httpx.ASGITransport(directory.asgi_app())``) or with uvicorn on
127.0.0.1, like the practice towns.
"""

from __future__ import annotations

import copy
import threading
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

__all__ = ["PracticeDirectory", "sample_servers"]


def _server(
    domain: str,
    description: str,
    category: str,
    *,
    users: int,
    active: int,
    languages: tuple[str, ...] = ("en",),
    approval: bool = False,
    categories: tuple[str, ...] | None = None,
) -> dict[str, Any]:
    return {
        "domain": domain,
        "version": "4.4.0",
        "description": description,
        "languages": list(languages),
        "region": "",
        "categories": list(categories or (category,)),
        "proxied_thumbnail": None,
        "blurhash": None,
        "total_users": users,
        "last_week_users": active,
        "approval_required": approval,
        "language": languages[0],
        "category": category,
    }


def sample_servers() -> list[dict[str, Any]]:
    """The directory's towns: the two practice towns first, then some real names."""
    return [
        _server(
            "maple.practice",
            "A friendly practice town under the maple trees.",
            "general",
            users=1200,
            active=300,
        ),
        _server(
            "harbour.practice",
            "A practice town by the sea, for boats and the people who love them.",
            "general",
            users=800,
            active=150,
        ),
        _server(
            "mastodon.world",
            "A big town for everyone, in every language.",
            "general",
            users=180000,
            active=9000,
        ),
        _server(
            "nerdculture.de",
            "Für Nerds und alle anderen, auf Deutsch und Englisch.",
            "general",
            users=9000,
            active=1500,
            languages=("de", "en"),
        ),
        _server(
            "scholar.social",
            "A town for researchers, students and teachers.",
            "academia",
            users=40000,
            active=2500,
            approval=True,
        ),
        _server(
            "mathstodon.xyz",
            "A town for people who enjoy mathematics.",
            "academia",
            users=30000,
            active=3000,
        ),
        _server(
            "newsroom.example",
            "Reporters and people who love the news.",
            "journalism",
            users=5000,
            active=700,
            approval=True,
        ),
        _server(
            "meow.social",
            "A town for the furry community.",
            "furry",
            users=12000,
            active=1100,
        ),
        _server(
            "writing.exchange",
            "A town for writers, poets and readers.",
            "books",
            users=20000,
            active=1800,
        ),
        _server(
            "metalhead.club",
            "Laute Musik, nette Leute.",
            "music",
            users=11000,
            active=1300,
            languages=("de", "en"),
        ),
        _server(
            "tech.lgbt",
            "For LGBTQ+ people who work with technology, and their allies.",
            "lgbt",
            users=15000,
            active=2200,
            approval=True,
            categories=("lgbt", "tech"),
        ),
        _server(
            "mastodon.scot",
            "The town for Scotland.",
            "regional",
            users=14000,
            active=1600,
        ),
        _server(
            "animeworld.example",
            "Anime and manga, all day long.",
            "anime",
            users=7000,
            active=900,
            languages=("ja", "en"),
        ),
    ]


_LANGUAGE_NAMES = {"en": "English", "de": "Deutsch", "ja": "日本語"}


class PracticeDirectory:
    """The fake directory: edit ``servers`` freely; every request reads it afresh."""

    def __init__(self, servers: list[dict[str, Any]] | None = None) -> None:
        self.servers: list[dict[str, Any]] = servers if servers is not None else sample_servers()
        self.requests: list[str] = []
        self._lock = threading.Lock()

    def _snapshot(self, path: str) -> list[dict[str, Any]]:
        with self._lock:
            self.requests.append(path)
            return copy.deepcopy(self.servers)

    async def _servers(self, request: Request) -> JSONResponse:
        servers = self._snapshot("/servers")
        category = request.query_params.get("category")
        language = request.query_params.get("language")
        registrations = request.query_params.get("registrations")
        if category:
            servers = [s for s in servers if category in s["categories"]]
        if language:
            servers = [s for s in servers if language in s["languages"]]
        if registrations == "instant":
            servers = [s for s in servers if not s["approval_required"]]
        elif registrations == "manual":
            servers = [s for s in servers if s["approval_required"]]
        return JSONResponse(servers)

    async def _categories(self, request: Request) -> JSONResponse:
        counts: dict[str, int] = {}
        for server in self._snapshot("/categories"):
            for category in server["categories"]:
                counts[category] = counts.get(category, 0) + 1
        return JSONResponse([{"category": c, "servers_count": n} for c, n in counts.items()])

    async def _languages(self, request: Request) -> JSONResponse:
        counts: dict[str, int] = {}
        for server in self._snapshot("/languages"):
            for code in server["languages"]:
                counts[code] = counts.get(code, 0) + 1
        return JSONResponse(
            [
                {"locale": code, "language": _LANGUAGE_NAMES.get(code, code), "servers_count": n}
                for code, n in sorted(counts.items(), key=lambda item: -item[1])
            ]
        )

    def asgi_app(self) -> Starlette:
        return Starlette(
            routes=[
                Route("/servers", self._servers),
                Route("/categories", self._categories),
                Route("/languages", self._languages),
            ]
        )
