"""The corpus index the app and exports share: an actor's mentions with their sentences."""

from __future__ import annotations

import pytest

from tui.merge.index import CorpusIndex


@pytest.mark.parametrize("limit", [1, 2, 5, 300])
def test_the_first_mentions_of_an_actor_are_those_of_the_whole_index(seed_corpus, limit):
    """With a limit (the app's detail view) only the actor's own articles are read, and
    the result is the first ``limit`` of what the index of every mention gives."""
    quick, full = CorpusIndex(seed_corpus), CorpusIndex(seed_corpus)
    for actor in seed_corpus.actors:
        got = quick.occurrences(actor.id, limit=limit)
        assert quick._occurrences is None  # no index of the whole corpus was built
        every = full.occurrences(actor.id)
        assert got == every[:limit]
        assert len(every) == actor.mention_count
        for o in got:
            article = quick.articles[o.article]
            assert article.mentions[o.mention].actor == actor.id
            assert o.sentence_start <= o.start < o.end <= o.sentence_start + len(o.sentence)
    assert quick.occurrences("no-such-actor", limit=3) == [] == full.occurrences("no-such-actor")
