"""Hidden words: the person's filters for words, and what they do to posts on screen.

Towns with filters v2 (Mastodon 4.0+) keep the filters and mark each post they match in its
``filtered`` field; the app honours it: "hide" posts are not shown, "warn" posts are folded
behind "Hidden because it mentions “word”". Older towns answer 404 on ``/api/v2/filters``:
then the words are kept on this computer (a JSON file in the profile, per account) and
matched here, the same way Mastodon matches them (case-insensitive; whole words only unless
asked otherwise; the post's text, content warning and picture descriptions).

Contexts are Mastodon's: ``home`` (People you follow, lists), ``notifications``,
``public`` (Your town, Everywhere), ``thread`` (a conversation), ``account`` (a profile).
"""

from __future__ import annotations

import functools
import html
import logging
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import msgspec

from townsfolk import paths
from townsfolk.api.client import MastodonClient
from townsfolk.api.entities import Filter, Status
from townsfolk.api.errors import ApiError, NotFound
from townsfolk.i18n import translate

__all__ = [
    "CONTEXTS",
    "HiddenWords",
    "Rule",
    "Screening",
    "WordFilterProblem",
    "matches",
    "screen_status",
]

log = logging.getLogger(__name__)

Context = Literal["home", "notifications", "public", "thread", "account"]
Action = Literal["warn", "hide"]
CONTEXTS: tuple[Context, ...] = ("home", "notifications", "public", "thread", "account")
FOLDER = "hidden-words"


class WordFilterProblem(Exception):
    def __init__(self, user_message: str) -> None:
        super().__init__(user_message)
        self.user_message = user_message


class _Stored(msgspec.Struct):
    id: str
    words: list[str]
    contexts: list[str]
    action: str = "warn"
    expires_at: float | None = None
    whole_word: bool = True


@dataclass(frozen=True, slots=True)
class Rule:
    """One filter: its words, where it applies, what it does, and until when."""

    id: str
    words: tuple[str, ...]
    contexts: tuple[str, ...]
    action: Action = "warn"
    expires_at: float | None = None  # seconds since the epoch; None: forever
    whole_word: bool = True
    keywords: tuple[object, ...] = field(default=(), compare=False)  # the town's, to change

    def live(self, now: float | None = None) -> bool:
        return self.expires_at is None or self.expires_at > (now or time.time())


@dataclass(frozen=True, slots=True)
class Screening:
    """What a filter does to a post: ``hide`` it, or ``warn`` (fold it) naming ``words``."""

    action: Action
    words: tuple[str, ...]


def matches(word: str, text: str, *, whole_word: bool = True) -> bool:
    """Whether ``word`` is in ``text`` as Mastodon matches keywords."""
    return bool(_finder((word,), whole_word)(text.casefold()))


@functools.lru_cache(maxsize=256)
def _finder(words: tuple[str, ...], whole_word: bool) -> Callable[[str], list[str]]:
    """One compiled pattern for all of a filter's words: the words found in a casefolded
    text (folding once per post is cheaper than matching without case per word)."""
    cleaned = [w.strip() for w in words if w.strip()]
    if not cleaned:
        return lambda _text: []
    by_folded = {w.casefold(): w for w in cleaned}
    alternatives = "|".join(re.escape(w) for w in sorted(by_folded, key=len, reverse=True))
    body = rf"(?<!\w)(?:{alternatives})(?!\w)" if whole_word else f"(?:{alternatives})"
    pattern = re.compile(body)

    def find(text: str) -> list[str]:
        """The words in ``text``, which is casefolded already."""
        found: list[str] = []
        for hit in pattern.finditer(text):
            word = by_folded.get(hit.group(0), hit.group(0))
            if word not in found:
                found.append(word)
        return found

    return find


_TAG = re.compile(r"<[^>]*>")


def _text_of(post: Status) -> str:
    """The words of a post (text, content warning, picture descriptions): tags become
    spaces and entities letters; a quick pass, not the full sanitiser (only words matter)."""
    parts = [post.spoiler_text, html.unescape(_TAG.sub(" ", post.content))]
    parts += [m.description or "" for m in post.media_attachments]
    return "\n".join(parts)


def screen_status(
    status: Status,
    context: str,
    local_rules: Sequence[Rule] | None = None,
    *,
    town_rules: Sequence[Rule] | None = None,
) -> Screening | None:
    """What the person's filters do to ``status`` in ``context`` (None: show it).

    ``local_rules`` None: the town's verdict (``filtered``) is used; a list: the words kept
    on this computer are matched here (older towns). ``town_rules``: the town's filters as
    last read; then a verdict of a filter that is gone no longer counts, and a filter added
    since the post was fetched counts at once (its words are matched here too)."""
    post = status.reblog or status
    hide = False
    words: list[str] = []
    now = time.time()
    if local_rules is None:
        known = {r.id for r in town_rules} if town_rules is not None else None
        results = [*status.filtered, *(post.filtered if post is not status else [])]
        for result in results:
            f = result.filter
            if context not in f.context or (known is not None and f.id not in known):
                continue
            expires = _epoch(f.expires_at)
            if expires is not None and expires <= now:
                continue
            hide = hide or f.filter_action == "hide"
            found = result.keyword_matches or [k.keyword for k in f.keywords] or [f.title]
            words.extend(w for w in found if w and w not in words)
    rules = [
        r
        for r in (local_rules if local_rules is not None else (town_rules or ()))
        if context in r.contexts and r.live(now)
    ]
    if not rules:
        return Screening("hide" if hide else "warn", tuple(words)) if words else None
    text = _text_of(post).casefold()
    if len(rules) > 1 and not _finder(tuple(w for r in rules for w in r.words), False)(text):
        rules = []  # none of the words at all (most posts): one look instead of one a filter
    for rule in rules:
        found = _finder(rule.words, rule.whole_word)(text)
        if found:
            hide = hide or rule.action == "hide"
            words.extend(w for w in found if w not in words)
    if not words:
        return None
    return Screening("hide" if hide else "warn", tuple(words))


def _epoch(value: str | None) -> float | None:
    from townsfolk.api.entities import parse_datetime

    when = parse_datetime(value)
    return when.timestamp() if when is not None else None


def _rule_from(item: Filter) -> Rule:
    action: Action = "hide" if item.filter_action == "hide" else "warn"
    return Rule(
        id=item.id,
        words=tuple(k.keyword for k in item.keywords),
        contexts=tuple(item.context),
        action=action,
        expires_at=_epoch(item.expires_at),
        whole_word=all(k.whole_word for k in item.keywords) if item.keywords else True,
        keywords=tuple(item.keywords),
    )


class HiddenWords:
    """The hidden words of one account: on its town (filters v2) or, for older towns, on
    this computer. Call :meth:`load` first; :attr:`local` tells which."""

    def __init__(self, client: MastodonClient, profile: Path, account_id: int) -> None:
        self.client = client
        self.path = profile / FOLDER / f"account-{account_id}.json"
        self.local = False
        self.rules: list[Rule] = []
        self.loaded = False
        if self.path.exists():  # an older town's words: they apply from the first post shown
            self.local = True
            self.rules = self._read_local()
            self.loaded = True

    def local_rules(self) -> list[Rule] | None:
        """What :func:`screen_status` needs: None when the town decides, else the rules."""
        return self.rules if self.local else None

    def screen(self, status: Status, context: str) -> Screening | None:
        if self.local:
            return screen_status(status, context, self.rules)
        return screen_status(status, context, town_rules=self.rules if self.loaded else None)

    async def load(self) -> list[Rule]:
        try:
            found = await self.client.filters()
        except NotFound:
            self.local = True
            self.rules = self._read_local()
        except ApiError as error:
            if self.local:  # kept here: they work without the town
                return list(self.rules)
            raise WordFilterProblem(
                translate(
                    "HiddenWords", "Townsfolk could not read your hidden words. {reason}"
                ).format(reason=error.user_message())
            ) from None
        else:
            self.local = False
            self.rules = [_rule_from(f) for f in found]
        self.loaded = True
        return list(self.rules)

    async def add(
        self,
        words: Sequence[str],
        contexts: Sequence[str],
        action: Action = "warn",
        expires_in: int | None = None,
        *,
        whole_word: bool = True,
    ) -> Rule:
        words = _clean(words)
        if not words:
            raise WordFilterProblem(translate("HiddenWords", "Type at least one word to hide."))
        if not contexts:
            raise WordFilterProblem(
                translate("HiddenWords", "Choose at least one place where the words are hidden.")
            )
        if self.local:
            rule = Rule(
                id=f"local-{time.time_ns()}",
                words=tuple(words),
                contexts=tuple(contexts),
                action=action,
                expires_at=time.time() + expires_in if expires_in else None,
                whole_word=whole_word,
            )
            self.rules.append(rule)
            self._write_local()
            return rule
        try:
            item = await self.client.create_filter(
                title=", ".join(words)[:100],
                context=contexts,
                filter_action=action,
                expires_in=expires_in,
                keywords=words,
                whole_word=whole_word,
            )
        except ApiError as error:
            raise self._failed(error) from None
        rule = _rule_from(item)
        self.rules.append(rule)
        return rule

    async def change(
        self,
        rule: Rule,
        words: Sequence[str],
        contexts: Sequence[str],
        action: Action,
        expires_in: int | None = None,
        *,
        whole_word: bool = True,
    ) -> Rule:
        words = _clean(words)
        if not words or not contexts:
            raise WordFilterProblem(
                translate("HiddenWords", "Type at least one word and choose where to hide it.")
            )
        if self.local:
            new = Rule(
                rule.id,
                tuple(words),
                tuple(contexts),
                action,
                time.time() + expires_in if expires_in else None,
                whole_word,
            )
            self.rules = [new if r.id == rule.id else r for r in self.rules]
            self._write_local()
            return new
        from townsfolk.api.entities import FilterKeyword

        try:
            item = await self.client.update_filter(
                rule.id,
                title=", ".join(words)[:100],
                context=contexts,
                filter_action=action,
                expires_in=expires_in,
                keywords=words,
                whole_word=whole_word,
                old_keywords=[k for k in rule.keywords if isinstance(k, FilterKeyword)],
            )
        except ApiError as error:
            raise self._failed(error) from None
        new = _rule_from(item)
        self.rules = [new if r.id == rule.id else r for r in self.rules]
        return new

    async def remove(self, rule: Rule) -> None:
        if not self.local:
            try:
                await self.client.delete_filter(rule.id)
            except NotFound:
                pass  # already gone
            except ApiError as error:
                raise self._failed(error) from None
        self.rules = [r for r in self.rules if r.id != rule.id]
        if self.local:
            self._write_local()

    # ------------------------------------------------------------------ inside

    @staticmethod
    def _failed(error: ApiError) -> WordFilterProblem:
        return WordFilterProblem(
            translate(
                "HiddenWords", "Townsfolk could not change your hidden words. {reason}"
            ).format(reason=error.user_message())
        )

    def _read_local(self) -> list[Rule]:
        try:
            stored = msgspec.json.decode(self.path.read_bytes(), type=list[_Stored])
        except FileNotFoundError:
            return []
        except (OSError, msgspec.DecodeError, msgspec.ValidationError) as error:
            log.warning("the hidden words file could not be read: %s", error)
            return []
        return [
            Rule(
                s.id,
                tuple(s.words),
                tuple(c for c in s.contexts if c in CONTEXTS),
                "hide" if s.action == "hide" else "warn",
                s.expires_at,
                s.whole_word,
            )
            for s in stored
        ]

    def _write_local(self) -> None:
        stored = [
            _Stored(r.id, list(r.words), list(r.contexts), r.action, r.expires_at, r.whole_word)
            for r in self.rules
        ]
        try:
            paths.write_private(self.path, msgspec.json.encode(stored))
        except OSError as error:
            raise WordFilterProblem(
                translate(
                    "HiddenWords", "Townsfolk could not save your hidden words on this computer."
                )
            ) from error


def _clean(words: Sequence[str]) -> list[str]:
    out: list[str] = []
    for word in words:
        w = word.strip()
        if w and w.lower() not in (o.lower() for o in out):
            out.append(w)
    return out
