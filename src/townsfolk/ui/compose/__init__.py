"""The post editor: text, content warning, who can see it, language, pictures, poll."""

from townsfolk.ui.compose.counting import ComposeLimits, count_characters
from townsfolk.ui.compose.drafts import ComposeState, DraftFile
from townsfolk.ui.compose.window import ComposeWindow

__all__ = ["ComposeLimits", "ComposeState", "ComposeWindow", "DraftFile", "count_characters"]
