"""The messages the app's parts send one another, in one place.

The load and update workers post the first ones from their threads to the app; the panes
post the last two up to the app, which opens the reader or the pane a highlight leads to.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from textual.message import Message

from tui.kinds import ARTICLE

if TYPE_CHECKING:  # the model is imported with the corpus, after the first frame
    from tui.fetch.run import Outcome
    from tui.kinds import ItemKind
    from tui.model import Corpus


@dataclass
class LoadProgress(Message):
    """``done`` of ``total`` files loaded, ``path`` the last one read ("" for none).

    The load sends one per file; a newer one replaces one the app has not handled yet, so
    the status line is redrawn as often as the app can, not once per file."""

    done: int
    total: int
    path: str

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, LoadProgress)


@dataclass
class CorpusLoaded(Message):
    """The load is done: the corpus to show."""

    corpus: Corpus


@dataclass
class LoadFailed(Message):
    """The load stopped on a bug (files never raise): what it said."""

    error: str


@dataclass
class FilesChanged(Message):
    """Files under the watched folders changed or went away (paths as strings)."""

    changed: list[str]
    removed: list[str]


@dataclass
class CorpusUpdated(Message):
    """An update is done: the new corpus, counts of what happened to the files
    ({"added", "changed", "removed", "skipped"}), and ``applied``, the pending changes it
    holds (path -> (number, removed))."""

    corpus: Corpus
    counts: dict[str, int]
    applied: dict[str, tuple[int, bool]] = field(default_factory=dict)


@dataclass
class ArticleFetched(Message):
    """An article fetched from a link: what came of it."""

    outcome: Outcome


@dataclass
class ReadItem(Message):
    """Open an article in the reader, on one of its items (kind "article" for none)."""

    article_id: str
    kind: ItemKind = ARTICLE
    index: int = 0


@dataclass
class FollowHighlight(Message):
    """The user wants to go from a highlight in the reader to its pane."""

    article_id: str
    kind: ItemKind
    index: int
