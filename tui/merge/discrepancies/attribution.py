"""Attribution: one statement credited to different speakers, or quoted by one source and
paraphrased by another."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from tui.kinds import QUOTE, DiscrepancyStatus
from tui.merge.discrepancies.context import MAX_ITEMS, STOP, Context
from tui.model import Actor, Article, Corpus, Discrepancy, DiscrepancyItem, Quote, QuoteGroup


def attribution_discrepancies(corpus: Corpus, ctx: Context) -> list[Discrepancy]:
    actors = {a.id: a for a in corpus.actors}
    out = []
    for g in corpus.quote_groups:
        st = _statement(g, ctx)
        if st is None:
            continue
        if g.speakers_disagree:
            out.append(_speaker_discrepancy(st, actors, ctx))
        form = _form_discrepancy(st, actors, ctx)
        if form is not None:
            out.append(form)
    return out


_Member = tuple[Article, int, Quote]


@dataclass
class _Statement:
    """A quote group from two sources or more: its members that land in an article, the
    items a discrepancy about it shows, and the confidence its similarity gives."""

    group: QuoteGroup
    members: list[_Member]
    items: list[DiscrepancyItem]
    base: float


def _statement(g: QuoteGroup, ctx: Context) -> _Statement | None:
    """The quote group ``g`` as a statement, when two sources or more give it."""
    members = _members(g, ctx)
    if len({art.id for art, _, _ in members}) < 2:
        return None
    sims = [p.similarity for p in g.pairs]
    sim = sum(sims) / len(sims) if sims else 0.6
    base = min(0.95, round(0.4 + 0.6 * sim, 3))
    items = [
        ctx.item(
            art,
            QUOTE,
            i,
            q.start,
            q.end,
            q.text,
            speaker=q.speaker,
            actor=q.actor,
            quote_kind=q.kind,
        )
        for art, i, q in members[:MAX_ITEMS]
    ]
    return _Statement(g, members, items, base)


def _members(g: QuoteGroup, ctx: Context) -> list[_Member]:
    """(article, index, quote) of each member of ``g`` that lands in an article."""
    members = []
    for r in g.members:
        art = ctx.articles.get(r.article)
        if art is None or not (0 <= r.index < len(art.quotes)):
            continue
        members.append((art, r.index, art.quotes[r.index]))
    return members


def _who(actors: dict[str, Actor], q: Quote) -> str:
    """The name of the speaker of ``q`` as the corpus knows them."""
    a = actors.get(q.actor or "")
    return a.name if a else (q.who() or "an unnamed speaker")


def _speaker_discrepancy(st: _Statement, actors: dict[str, Actor], ctx: Context) -> Discrepancy:
    """The statement credited to different speakers: who each source credits."""
    credited: dict[str, list[str]] = defaultdict(list)
    kinds = set()
    for art, _, q in st.members:
        name = _who(actors, q)
        if ctx.name(art) not in credited[name]:
            credited[name].append(ctx.name(art))
        a = actors.get(q.actor or "")
        kinds.add((a.kind if a else None, q.actor))
    status: DiscrepancyStatus = "conflict"
    extra, conf = "", st.base
    people = [actors[x] for k, x in kinds if k == "PERSON" and x in actors]
    orgs = [actors[x] for k, x in kinds if k == "ORG" and x in actors]
    if people and orgs and len(kinds) == 2:
        # a person in one source, an institution in another: institutions speak
        # through people, so this is a difference of credit, not a contradiction
        status = "hedged"
        if _speaks_for(people[0], orgs[0]):
            extra = f" ({people[0].name} speaks for the {orgs[0].name})"
            conf = min(0.95, st.base + 0.05)
        else:
            extra = " (a person in one source, an institution in another)"
            conf = round(st.base * 0.9, 3)
    said = "; ".join(
        f"{', '.join(srcs)} credit{'s' if len(srcs) == 1 else ''} {name}"
        for name, srcs in credited.items()
    )
    return Discrepancy(
        id=f"attribution:speaker:{st.group.id}",
        kind="attribution",
        topic=f"who said it: {' / '.join(credited)}",
        status=status,
        confidence=conf,
        note=f"The same statement is credited to different speakers{extra}: {said}.",
        items=st.items,
    )


def _form_discrepancy(st: _Statement, actors: dict[str, Actor], ctx: Context) -> Discrepancy | None:
    """The statement quoted by some sources and paraphrased by others, if it is."""
    direct = [art for art, _, q in st.members if q.kind in ("direct", "partial")]
    indirect = [art for art, _, q in st.members if q.kind == "indirect"]
    if not (direct and indirect):
        return None
    d_src = ", ".join(dict.fromkeys(ctx.name(a) for a in direct))
    i_src = ", ".join(dict.fromkeys(ctx.name(a) for a in indirect))
    speaker = _who(actors, st.members[0][2])
    return Discrepancy(
        id=f"attribution:form:{st.group.id}",
        kind="attribution",
        topic=f"{speaker}: quoted vs paraphrased",
        status="hedged",
        confidence=st.base,
        note=f"{d_src} quote{'s' if len(direct) == 1 else ''} {speaker} directly; {i_src} "
        f"paraphrase{'s' if len(indirect) == 1 else ''} the same statement.",
        items=st.items,
    )


def _speaks_for(person, org) -> bool:
    """Does one of the person's roles name the organisation ("national security adviser"
    and the "National Security Council"): two content words in common."""
    org_words = {
        w
        for w in re.findall(r"[a-z]+", org.name.lower())
        if w not in STOP and w not in ("afghan", "council")
    }
    for role in person.roles:
        words = set(re.findall(r"[a-z]+", role.text.lower()))
        if len(org_words & words) >= 2 or (len(org_words) == 1 and org_words <= words):
            return True
    return False
