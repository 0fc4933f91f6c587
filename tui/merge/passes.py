"""The corpus merge: the passes that turn articles into corpus-level results, in order."""

from __future__ import annotations

from collections.abc import Callable

from tui.analysis.text import kept_sentences
from tui.config import Config
from tui.load.cancel import cancellable, checkpoint
from tui.merge.actors import merge_actors
from tui.merge.beside import group_quotes_beside
from tui.merge.discrepancies import finish_discrepancies, start_discrepancies
from tui.merge.labels import label_sources
from tui.merge.quotes import group_quotes
from tui.merge.timeline import build_timeline, date_undated
from tui.model import Corpus


def merge(
    corpus: Corpus,
    config: Config,
    *,
    cancel: Callable[[], bool] | None = None,
    jobs: int | None = None,
) -> None:
    """The corpus-level passes: article dates, actors, quote groups, timeline,
    discrepancies, labels.

    An article the reader could not date is dated first, with its siblings as context
    (:func:`tui.merge.timeline.date_undated`): every pass after it (which mentions are
    history, which statements are the same utterance) reads the date the product shows.

    With ``jobs`` above 1 (None: the environment's default), a big corpus's quotes are
    grouped in a helper process (:mod:`tui.merge.beside`).

    ``cancel()`` is asked at checkpoints in the passes' loops (:mod:`tui.load.cancel`);
    when it says True, :class:`LoadCancelled` is raised within a fraction of a second,
    the merge's helper process is stopped, and the corpus is left half merged (the
    caller drops it)."""
    # each pass below splits the articles into sentences: kept once for all of them
    with cancellable(cancel), kept_sentences():
        date_undated(corpus.articles, config)
        checkpoint()
        corpus.actors = merge_actors(corpus.articles, config)
        checkpoint()
        beside = group_quotes_beside(corpus.articles, corpus.actors, jobs)
        if beside is None:
            corpus.quote_groups = group_quotes(corpus.articles, corpus.actors, config)
            checkpoint()
        try:
            corpus.timeline = build_timeline(corpus.articles, config, date=False)
            checkpoint()
            # (the discrepancies' notes use the labels)
            label_sources(corpus, config)
            # the discrepancies that do not read the quote groups, while the helper may
            # still be grouping them (on a big corpus, grouping takes the longer)
            started = start_discrepancies(corpus, config)
        except BaseException:  # cancelled, or a bug: the helper is stopped, not waited for
            if beside is not None:
                beside.stop()
            raise
        if beside is not None:
            corpus.quote_groups = beside.result()
        corpus.discrepancies = finish_discrepancies(started, corpus)
