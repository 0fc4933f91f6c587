"""From paths to articles: which files, each read and analysed (or taken from the cache).

Modules: :mod:`.sources` (the files under the paths), :mod:`.extract` (one file into an
article), :mod:`.articles` (the load loop, in corpus order), :mod:`.pool` (worker
processes that survive a crash), :mod:`.cancel` (stopping a load from outside),
:mod:`.gc_pause`, and the stores: :mod:`.cache` (per-article results and the file
index), :mod:`.merge_cache` (the merge's results), :mod:`.records` (an article as a JSON
record, checked) and :mod:`.jsonl` (pre-extracted articles). The corpus merge that
follows is :mod:`tui.merge`; :mod:`tui.corpus` runs the two.

The extractors are not imported with this package (a warm load needs none of them):
``tui.load.extract`` is imported when a file is extracted.
"""

from tui.load.articles import Progress, iter_articles
from tui.load.cancel import LoadCancelled, cancellable, checkpoint
from tui.load.gc_pause import gc_paused
from tui.load.sources import iter_source_files

__all__ = [
    "LoadCancelled",
    "Progress",
    "cancellable",
    "checkpoint",
    "gc_paused",
    "iter_articles",
    "iter_source_files",
]
