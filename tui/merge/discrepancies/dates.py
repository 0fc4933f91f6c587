"""Dates: the same event on different dates, and an inferred article date its own text
contradicts."""

from __future__ import annotations

import datetime as _dt
import re

from tui.analysis.timex.human import human_date, human_timex
from tui.kinds import TIMEX
from tui.merge.discrepancies.context import Context
from tui.merge.timeline import calendar_span, placed_at
from tui.model import Article, Corpus, Discrepancy, TimelineConflict, Timex

_FUTURE = re.compile(
    r"\b(?:will|would|shall|to be|scheduled|planned|plans?|expected|due|set to|going to|next|deadline|until|by|before|should)\b",
    re.IGNORECASE,
)
_EXPLICIT = re.compile(r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.IGNORECASE)


def _when(t) -> str:
    """Where a time expression sits on the timeline, in words ("Feb 2020" for "a month
    earlier" counted from March)."""
    return human_timex(placed_at(t) or t.value)


def date_discrepancies(corpus: Corpus, ctx: Context) -> list[Discrepancy]:
    out = []
    seen: set[frozenset] = set()
    for entry in corpus.timeline:
        for c in entry.conflicts:
            key = frozenset(((c.mention.article, c.mention.timex), (c.article, c.timex)))
            if key in seen:
                continue
            seen.add(key)
            pair = _conflict_pair(c, ctx)
            if pair is not None:
                out.append(_conflict(pair, ctx))
    # an inferred article date earlier than an explicit past date it reports
    for art in corpus.articles:
        out.extend(_past_after_inferred(art, ctx))
    return out


_Dated = tuple[Article, int, Timex]


def _conflict_pair(c: TimelineConflict, ctx: Context) -> list[_Dated] | None:
    """(article, index, time expression) of both sides of a timeline conflict, in corpus
    order; None when one does not land in an article."""
    pair = []
    for art_id, ti in ((c.mention.article, c.mention.timex), (c.article, c.timex)):
        art = ctx.articles.get(art_id)
        if art is None or not 0 <= ti < len(art.timexes):
            return None
        pair.append((art, ti, art.timexes[ti]))
    pair.sort(key=lambda p: ctx.order[p[0].id])
    return pair


def _conflict(pair: list[_Dated], ctx: Context) -> Discrepancy:
    """Two sources that date what looks like one event differently."""
    inferred = [ctx.name(art) for art, _, t in pair if t.inferred]
    conf = 0.6 if not inferred else 0.5
    note = (
        f"{ctx.name(pair[0][0])} dates it {_when(pair[0][2])}, "
        f"{ctx.name(pair[1][0])} {_when(pair[1][2])}: what looks like the "
        "same event on different dates."
    )
    if inferred:
        note += f" ({', '.join(inferred)} has no date of its own; its date is inferred.)"
    items = [ctx.item(art, TIMEX, ti, t.start, t.end, t.text, value=t.value) for art, ti, t in pair]
    ids = sorted(f"{art.id}#{ti}" for art, ti, _ in pair)
    return Discrepancy(
        id=f"date:{ids[0]}:{ids[1]}",
        kind="date",
        topic=f"date: {_when(pair[0][2])} vs {_when(pair[1][2])}",
        status="conflict",
        confidence=conf,
        note=note,
        items=items,
    )


def _past_after_inferred(art: Article, ctx: Context) -> list[Discrepancy]:
    """The explicit dates an article whose date is inferred reports as past, yet after it."""
    if art.published_from != "inferred" or art.published is None:
        return []
    out = []
    for i, t in enumerate(art.timexes):
        if t.type != "DATE" or t.caption is not None or not _EXPLICIT.search(t.text):
            continue
        cs = calendar_span(t.value)
        if cs is None or cs[1] != cs[2] or cs[1] <= art.published + _dt.timedelta(days=1):
            continue
        sentence, s, _ = ctx.sentence(art, t.start, t.end)
        if _FUTURE.search(sentence):
            continue
        out.append(
            Discrepancy(
                id=f"date:inferred:{art.id}#{i}",
                kind="date",
                topic=(
                    f"{ctx.name(art)}: inferred date {human_date(art.published)} "
                    f"vs {human_timex(t.value)}"
                ),
                status="conflict",
                confidence=0.5,
                note=(
                    f"{ctx.name(art)} has no date of its own (inferred "
                    f"{human_date(art.published)}), yet it reports {t.text!s} "
                    f"({human_timex(t.value)}) as past."
                ),
                items=[ctx.item(art, TIMEX, i, t.start, t.end, t.text, value=t.value)],
            )
        )
    return out
