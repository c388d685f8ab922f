"""Fixtures that serve practice towns on 127.0.0.1 (owned by the practice-town work)."""
