"""Reading timelines: a virtualised list (model + painting delegate), pictures loaded off the
UI thread, and `TimelineView` (list + new-posts button + messages) bound to
`services.timelines`."""

from townsfolk.ui.timeline.delegate import PostDelegate
from townsfolk.ui.timeline.images import ImageStore
from townsfolk.ui.timeline.model import TimelineModel, relative_time
from townsfolk.ui.timeline.view import ListenerBridge, PostList, TimelineView

__all__ = [
    "ImageStore",
    "ListenerBridge",
    "PostDelegate",
    "PostList",
    "TimelineModel",
    "TimelineView",
    "relative_time",
]
