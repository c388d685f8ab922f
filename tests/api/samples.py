"""Realistic payloads (hand-written from the Mastodon documentation's examples)."""

from __future__ import annotations

from typing import Any

ACCOUNT: dict[str, Any] = {
    "id": "109302",
    "username": "ann",
    "acct": "ann",
    "display_name": "Ann :wave:",
    "locked": False,
    "bot": False,
    "discoverable": True,
    "group": False,
    "created_at": "2022-11-08T00:00:00.000Z",
    "note": "<p>Gardener.</p>",
    "url": "https://maple.example/@ann",
    "uri": "https://maple.example/users/ann",
    "avatar": "https://files.maple.example/a.png",
    "avatar_static": "https://files.maple.example/a.png",
    "header": "https://files.maple.example/h.png",
    "header_static": "https://files.maple.example/h.png",
    "followers_count": 12,
    "following_count": 3,
    "statuses_count": 40,
    "last_status_at": "2024-05-01",
    "noindex": False,
    "emojis": [
        {
            "shortcode": "wave",
            "url": "https://files.maple.example/wave.png",
            "static_url": "https://files.maple.example/wave.png",
            "visible_in_picker": True,
        }
    ],
    "roles": [],
    "fields": [
        {
            "name": "Site",
            "value": "<a href='https://ann.example'>ann.example</a>",
            "verified_at": None,
        }
    ],
}

STATUS: dict[str, Any] = {
    "id": "112233445566",
    "created_at": "2024-05-01T12:00:00.123Z",
    "in_reply_to_id": None,
    "in_reply_to_account_id": None,
    "sensitive": False,
    "spoiler_text": "",
    "visibility": "public",
    "language": "en",
    "uri": "https://maple.example/users/ann/statuses/112233445566",
    "url": "https://maple.example/@ann/112233445566",
    "replies_count": 1,
    "reblogs_count": 2,
    "favourites_count": 3,
    "edited_at": None,
    "favourited": False,
    "reblogged": False,
    "muted": False,
    "bookmarked": False,
    "pinned": False,
    "content": "<p>Hello <a href='https://maple.example/tags/garden'>#garden</a></p>",
    "filtered": [],
    "reblog": None,
    "application": {"name": "Web", "website": None},
    "account": ACCOUNT,
    "media_attachments": [
        {
            "id": "998",
            "type": "image",
            "url": "https://files.maple.example/m.png",
            "preview_url": "https://files.maple.example/m_small.png",
            "remote_url": None,
            "preview_remote_url": None,
            "text_url": None,
            "meta": {
                "original": {"width": 640, "height": 480, "size": "640x480", "aspect": 1.3333},
                "small": {"width": 400, "height": 300, "size": "400x300", "aspect": 1.3333},
                "focus": {"x": -0.5, "y": 0.25},
            },
            "description": "A tomato plant",
            "blurhash": "UFBWY:8_0Jxv4mx]t8t64.%M-:IUWGWAt6M}",
        }
    ],
    "mentions": [
        {
            "id": "5",
            "username": "bob",
            "url": "https://harbour.example/@bob",
            "acct": "bob@harbour.example",
        }
    ],
    "tags": [{"name": "garden", "url": "https://maple.example/tags/garden"}],
    "emojis": [],
    "card": {
        "url": "https://ann.example/",
        "title": "Ann's garden",
        "description": "",
        "type": "link",
        "author_name": "",
        "author_url": "",
        "provider_name": "",
        "provider_url": "",
        "html": "",
        "width": 0,
        "height": 0,
        "image": None,
        "embed_url": "",
        "blurhash": None,
    },
    "poll": {
        "id": "34830",
        "expires_at": "2024-05-02T12:00:00.000Z",
        "expired": False,
        "multiple": False,
        "votes_count": 10,
        "voters_count": None,
        "voted": True,
        "own_votes": [1],
        "options": [{"title": "yes", "votes_count": 6}, {"title": "no", "votes_count": 4}],
        "emojis": [],
    },
}

INSTANCE_V2: dict[str, Any] = {
    "domain": "maple.example",
    "title": "Maple",
    "version": "4.3.1",
    "source_url": "https://github.com/mastodon/mastodon",
    "description": "A friendly town.",
    "usage": {"users": {"active_month": 123}},
    "thumbnail": {"url": "https://maple.example/t.png", "blurhash": None, "versions": {}},
    "languages": ["en"],
    "configuration": {
        "urls": {"streaming": "wss://maple.example"},
        "statuses": {"max_characters": 1000, "max_media_attachments": 4},
        "translation": {"enabled": False},
    },
    "registrations": {"enabled": True, "approval_required": True, "message": None},
    "contact": {"email": "admin@maple.example", "account": ACCOUNT},
    "rules": [{"id": "1", "text": "Be kind", "hint": ""}],
    "api_versions": {"mastodon": 2},
}

INSTANCE_V1: dict[str, Any] = {
    "uri": "old.example",
    "title": "Old town",
    "short_description": "An old town",
    "description": "",
    "email": "admin@old.example",
    "version": "3.5.3",
    "urls": {"streaming_api": "wss://old.example"},
    "stats": {"user_count": 50, "status_count": 1000, "domain_count": 10},
    "thumbnail": "https://old.example/t.png",
    "languages": ["de"],
    "registrations": True,
    "approval_required": False,
    "invites_enabled": True,
    "contact_account": None,
    "rules": [{"id": 1, "text": "No spam"}],
}
