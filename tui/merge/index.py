"""Look-ups over a loaded corpus that the app and the exports share (pure, no UI).

Built once per corpus in linear time: articles by id, the mentions of each actor with
their sentences, the quote group of each quote, the timeline entry of each timex.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from tui.analysis.text import SentenceIndex
from tui.model import Actor, Article, Corpus, Mention, QuoteGroup, TimelineEntry


@dataclass(slots=True)
class Occurrence:
    """One mention of an actor, with the sentence around it."""

    article: str
    mention: int  # index into article.mentions
    start: int
    end: int
    sentence_start: int
    sentence: str


class CorpusIndex:
    def __init__(self, corpus: Corpus):
        self.corpus = corpus
        self.articles: dict[str, Article] = {a.id: a for a in corpus.articles}
        self.order: dict[str, int] = {a.id: i for i, a in enumerate(corpus.articles)}
        self.actors: dict[str, Actor] = {a.id: a for a in corpus.actors}
        self.groups: dict[str, QuoteGroup] = {g.id: g for g in corpus.quote_groups}
        self.group_of_quote: dict[tuple[str, int], str] = {}
        for g in corpus.quote_groups:
            for r in g.members:
                self.group_of_quote[(r.article, r.index)] = g.id
        self.entry_of_timex: dict[tuple[str, int], int] = {}
        for i, e in enumerate(corpus.timeline):
            for m in e.mentions:
                self.entry_of_timex[(m.article, m.timex)] = i
        self._sentences: dict[str, SentenceIndex] = {}
        # per actor: (article id, mention index, mention), made Occurrences when asked for
        self._occurrences: dict[str, list[tuple[str, int, Mention]]] | None = None

    def sentences(self, article_id: str) -> SentenceIndex:
        idx = self._sentences.get(article_id)
        if idx is None:
            idx = self._sentences[article_id] = SentenceIndex(self.articles[article_id].body)
        return idx

    def occurrences(self, actor_id: str, limit: int | None = None) -> list[Occurrence]:
        """Every mention of the actor (the first ``limit`` of them), in corpus order, with
        its sentence (sentences are found only for the mentions returned).

        With a ``limit`` (the app's detail view), only the actor's own articles are read,
        in corpus order, until the limit is reached: the first detail shown does not wait
        for an index of every mention of the corpus."""
        if limit is not None and self._occurrences is None:
            return self._first_occurrences(actor_id, limit)
        if self._occurrences is None:
            occ: dict[str, list[tuple[str, int, Mention]]] = defaultdict(list)
            for a in self.corpus.articles:
                for i, m in enumerate(a.mentions):
                    if m.actor:
                        occ[m.actor].append((a.id, i, m))
            self._occurrences = occ
        found = self._occurrences.get(actor_id, [])
        return [
            self._occurrence(article_id, i, m)
            for article_id, i, m in (found if limit is None else found[:limit])
        ]

    def _first_occurrences(self, actor_id: str, limit: int) -> list[Occurrence]:
        out: list[Occurrence] = []
        actor = self.actors.get(actor_id)
        if actor is None or limit <= 0:
            return out
        # an actor's articles are those its mentions are in, in corpus order (the merge
        # lists them so); sorted again by position here, so a list in another order
        # still gives the corpus order
        ids = sorted(
            (aid for aid in set(actor.articles) if aid in self.articles), key=self.order.__getitem__
        )
        for article_id in ids:
            for i, m in enumerate(self.articles[article_id].mentions):
                if m.actor == actor_id:
                    out.append(self._occurrence(article_id, i, m))
                    if len(out) >= limit:
                        return out
        return out

    def _occurrence(self, article_id: str, i: int, m) -> Occurrence:
        s, e = self.sentences(article_id).span_at(m.start)
        return Occurrence(article_id, i, m.start, m.end, s, self.articles[article_id].body[s:e])

    def presence(self, article_ids: list[str] | set[str]) -> list[bool]:
        """One flag per article in corpus order: is it among ``article_ids``?"""
        ids = set(article_ids)
        return [a.id in ids for a in self.corpus.articles]

    def presence_count(self, article_ids: list[str] | set[str]) -> int:
        """How many articles of the corpus are among ``article_ids``."""
        return len(self.articles.keys() & set(article_ids))

    def timeline_entry(self, article_id: str, timex_index: int) -> TimelineEntry | None:
        i = self.entry_of_timex.get((article_id, timex_index))
        return None if i is None else self.corpus.timeline[i]
