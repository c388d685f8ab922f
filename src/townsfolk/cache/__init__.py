"""The local cache: one SQLite file per profile, plus downloaded media on disk.

Qt-free and independent of ``townsfolk.api`` and ``townsfolk.services``: posts are stored as
the JSON the caller gives, with the indexed columns the caller extracts. Secrets never come
here (see ``townsfolk.services.secrets``).

Entry points: :meth:`Database.open` and :class:`MediaCache`. Errors of the environment (disk
full, read-only, permission, damaged file) are :class:`StorageError` subclasses with a plain
message; anything else is a bug and propagates as is.
"""

from townsfolk.cache.accounts import (
    Account,
    AccountRole,
    AccountState,
    AppRegistration,
    FollowSync,
)
from townsfolk.cache.database import CheckMode, Database, OpenNotice
from townsfolk.cache.errors import (
    OutboxStateError,
    StorageBusy,
    StorageCorrupt,
    StorageDamaged,
    StorageError,
    StorageFull,
    StorageIOError,
    StoragePermissionDenied,
    StorageReadOnly,
    StorageTooNew,
)
from townsfolk.cache.jobs import Job, JobState
from townsfolk.cache.media import MediaCache, MediaFile
from townsfolk.cache.notifications import CachedNotification, NotificationRecord
from townsfolk.cache.outbox import Draft, DraftMedia, DraftPoll, OutboxItem, OutboxState
from townsfolk.cache.positions import ReadingPosition
from townsfolk.cache.posts import CachedPost, PostRecord
from townsfolk.cache.schema import LATEST_VERSION
from townsfolk.cache.timelines import Gap, TimelineEntry, sort_key

__all__ = [
    "LATEST_VERSION",
    "Account",
    "AccountRole",
    "AccountState",
    "AppRegistration",
    "CachedNotification",
    "CachedPost",
    "CheckMode",
    "Database",
    "Draft",
    "DraftMedia",
    "DraftPoll",
    "FollowSync",
    "Gap",
    "Job",
    "JobState",
    "MediaCache",
    "MediaFile",
    "NotificationRecord",
    "OpenNotice",
    "OutboxItem",
    "OutboxState",
    "OutboxStateError",
    "PostRecord",
    "ReadingPosition",
    "StorageBusy",
    "StorageCorrupt",
    "StorageDamaged",
    "StorageError",
    "StorageFull",
    "StorageIOError",
    "StoragePermissionDenied",
    "StorageReadOnly",
    "StorageTooNew",
    "TimelineEntry",
    "sort_key",
]
