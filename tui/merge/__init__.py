"""From articles to corpus-level results: actors, quote groups, timeline, discrepancies.

:func:`merge` runs the passes in order over a corpus's articles (:mod:`.passes`):
:mod:`.actors` (mentions merged into actors), :mod:`.quotes` with :mod:`.quote_align`
(the same statement in several outlets, word by word), :mod:`.timeline` (the dates the
articles mention) and :mod:`.discrepancies` (where the sources disagree, one module per
kind). :mod:`.beside` groups the quotes of a big corpus in a helper process meanwhile;
:mod:`.index` is the app's look-ups over a merged corpus.

``merge`` is imported on first use: the app reads a merged corpus through
:mod:`.index` (also when the merge came from the merge cache) without the passes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__all__ = ["merge"]

if TYPE_CHECKING:  # pragma: no cover
    from tui.merge.passes import merge


def __getattr__(name: str) -> Any:
    if name != "merge":
        raise AttributeError(f"module 'tui.merge' has no attribute {name!r}")
    from tui.merge.passes import merge

    globals()["merge"] = merge
    return merge
