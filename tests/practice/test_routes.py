"""The practice town's routes, split one module per API group, still form one working router."""

from __future__ import annotations

from starlette.routing import Route

from townsfolk.practice import http


def test_the_catch_all_comes_last_so_every_group_is_reachable() -> None:
    paths = [r.path for r in http.ROUTER.routes if isinstance(r, Route)]
    assert paths[-1] == "/{path:path}"
    assert paths.count("/{path:path}") == 1
    for expected in ("/api/v2/instance", "/oauth/token", "/api/v1/lists", "/api/v2/search"):
        assert expected in paths


def test_no_two_routes_claim_the_same_path_and_method() -> None:
    seen: set[tuple[str, str]] = set()
    for route in http.ROUTER.routes:
        assert isinstance(route, Route)
        for method in route.methods or ():
            key = (route.path, method)
            assert key not in seen, key
            seen.add(key)
