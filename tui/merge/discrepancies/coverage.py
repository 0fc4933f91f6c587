"""Coverage: what only one source has, and actors most sources name that some leave out."""

from __future__ import annotations

import math
from collections import defaultdict
from typing import Any

from tui.analysis.timex.human import human_timex
from tui.kinds import MENTION
from tui.merge.discrepancies.context import MAX_ITEMS, Context, figure_value
from tui.merge.discrepancies.figure_classes import NOTABLE
from tui.merge.discrepancies.figures import (
    ValueGroup,
    figure_groups,
    figure_item,
    linked_components,
    stated_values,
    topic_label,
    topic_values,
    values_id,
)
from tui.model import Actor, Corpus, Discrepancy, DiscrepancyItem


def coverage_discrepancies(
    corpus: Corpus, ctx: Context, groups: list[ValueGroup]
) -> list[Discrepancy]:
    n = len(corpus.articles)
    if n < 2:
        return []
    out = []
    first_mentions = _first_mentions(corpus)
    need = max(3, math.ceil(0.6 * n))
    for actor in corpus.actors:
        arts = [a for a in actor.articles if a in ctx.articles]
        if not arts or actor.candidates:
            continue  # (a name the text leaves undecided between people is no one's coverage)
        if len(arts) == 1 and actor.mention_count >= 2:
            out.append(_only_one_source(actor, arts, first_mentions, ctx))
        elif need <= len(arts) < n and actor.mention_count >= 4:
            out.append(_missing_from(actor, arts, corpus, first_mentions, ctx))
    out.extend(_figures_of_one_source(groups, ctx))
    return out


def _first_mentions(corpus: Corpus) -> dict[str, dict[str, int]]:
    """actor -> article -> the index of the actor's first mention in the article."""
    first_mentions: dict[str, dict[str, int]] = defaultdict(dict)
    for art in corpus.articles:
        for i, m in enumerate(art.mentions):
            if m.actor and art.id not in first_mentions[m.actor]:
                first_mentions[m.actor][art.id] = i
    return first_mentions


def _mention_items(
    ids: list[str], actor_id: str, first_mentions: dict[str, dict[str, int]], ctx: Context
) -> list[DiscrepancyItem]:
    """The actor's first mention in each of the articles ``ids``."""
    items = []
    for aid in ids:
        i = first_mentions.get(actor_id, {}).get(aid)
        art = ctx.articles[aid]
        if i is not None:
            m = art.mentions[i]
            items.append(ctx.item(art, MENTION, i, m.start, m.end, m.text))
    return items


def _only_one_source(
    actor: Actor, arts: list[str], first_mentions: dict[str, dict[str, int]], ctx: Context
) -> Discrepancy:
    """An actor named more than once, by one source only."""
    art = ctx.articles[arts[0]]
    return Discrepancy(
        id=f"coverage:actor:{actor.id}",
        kind="coverage",
        topic=f"{actor.name}: only {ctx.name(art)}",
        status="only-one-source",
        confidence=0.7 if actor.mention_count >= 3 else 0.6,
        note=f"Only {ctx.name(art)} mentions {actor.name} ({actor.mention_count} times).",
        items=_mention_items(arts, actor.id, first_mentions, ctx),
    )


def _missing_from(
    actor: Actor,
    arts: list[str],
    corpus: Corpus,
    first_mentions: dict[str, dict[str, int]],
    ctx: Context,
) -> Discrepancy:
    """An actor most sources name, and the sources that never do."""
    n = len(corpus.articles)
    present = set(arts)
    missing = [a.id for a in corpus.articles if a.id not in present]
    names = ", ".join(ctx.name(ctx.articles[m]) for m in missing[:5]) + (
        f" and {len(missing) - 5} more" if len(missing) > 5 else ""
    )
    return Discrepancy(
        id=f"coverage:actor:{actor.id}",
        kind="coverage",
        topic=f"{actor.name}: not in {names}",
        status="missing",
        confidence=round(min(0.9, len(arts) / n), 3),
        note=f"{len(arts)} of {n} sources mention {actor.name}; {names} never do{'es' if len(missing) == 1 else ''}.",
        items=_mention_items(arts[:MAX_ITEMS], actor.id, first_mentions, ctx),
        missing_from=missing[:200],
    )


def _figures_of_one_source(groups: list[ValueGroup], ctx: Context) -> list[Discrepancy]:
    """Figures of a notable class that only one source gives."""
    out = []
    for members, _ in linked_components(groups):
        figs = [f for g in members for f in g.members]
        cls = members[0].cls
        if len({f.art.id for f in figs}) != 1 or not (cls in NOTABLE or cls.startswith("money:")):
            continue
        f0 = min(figs, key=lambda f: f.fig.start)
        label = topic_label(cls, figs)
        out.append(
            Discrepancy(
                id=f"coverage:figure:{cls}:{values_id(stated_values(members))}",
                kind="coverage",
                topic=f"{label}: {figure_value(f0.fig)} (only {ctx.name(f0.art)})",
                status="only-one-source",
                confidence=0.55,
                note=f"Only {ctx.name(f0.art)} gives this figure: {f0.fig.text}.",
                items=[figure_item(ctx, f) for f in figs[:MAX_ITEMS]],
            )
        )
    return out


def coverage_matrix(corpus: Corpus, max_rows: int | None = 300) -> dict[str, Any]:
    """Which source mentions what: ``{"sources": [article ids], "rows": [{"item", "kind",
    "id", "present": [bool per source]}]}``. Rows: actors (most widely mentioned first),
    figure topics, then dated events (timeline days); at most ``max_rows``."""
    ctx = Context(corpus)
    sources = [a.id for a in corpus.articles]
    pos = {a: i for i, a in enumerate(sources)}
    rows: list[dict[str, Any]] = []

    def present(ids) -> list[bool]:
        flags = [False] * len(sources)
        for a in ids:
            if a in pos:
                flags[pos[a]] = True
        return flags

    for actor in sorted(corpus.actors, key=lambda a: (-len(a.articles), -a.mention_count, a.name)):
        rows.append(
            {
                "item": actor.name,
                "kind": "actor",
                "id": actor.id,
                "present": present(actor.articles),
            }
        )
    fig_rows: list[dict[str, Any]] = []
    for members, _ in linked_components(figure_groups(corpus, ctx)):
        figs = [f for g in members for f in g.members]
        cls = members[0].cls
        if not (cls in NOTABLE or cls.startswith("money:") or len({f.art.id for f in figs}) > 1):
            continue
        values = stated_values(members)
        label = f"{topic_label(cls, figs)}: " + " vs ".join(topic_values(members))
        fig_rows.append(
            {
                "item": label,
                "kind": "figure",
                "id": f"{cls}:{values_id(values)}",
                "present": present({f.art.id for f in figs}),
            }
        )
    fig_rows.sort(key=lambda r: (-sum(r["present"]), r["item"]))
    rows.extend(fig_rows)
    for entry in corpus.timeline:
        if len(entry.value) == 10:  # a day
            rows.append(
                {
                    "item": human_timex(entry.value),
                    "kind": "date",
                    "id": entry.value,
                    "present": present({m.article for m in entry.mentions}),
                }
            )
    if max_rows is not None:
        rows = rows[:max_rows]
    return {"sources": sources, "rows": rows}
