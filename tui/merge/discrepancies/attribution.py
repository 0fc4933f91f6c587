"""Attribution: one statement credited to different speakers, or quoted by one source and
paraphrased by another."""

from __future__ import annotations

import re
from collections import defaultdict

from tui.kinds import QUOTE, DiscrepancyStatus
from tui.merge.discrepancies.context import MAX_ITEMS, STOP, Context
from tui.model import Corpus, Discrepancy


def attribution_discrepancies(corpus: Corpus, ctx: Context) -> list[Discrepancy]:
    actors = {a.id: a for a in corpus.actors}
    out = []
    for g in corpus.quote_groups:
        members = []
        for r in g.members:
            art = ctx.articles.get(r.article)
            if art is None or not (0 <= r.index < len(art.quotes)):
                continue
            members.append((art, r.index, art.quotes[r.index]))
        if len({art.id for art, _, _ in members}) < 2:
            continue
        sims = [p.similarity for p in g.pairs]
        sim = sum(sims) / len(sims) if sims else 0.6
        base = min(0.95, round(0.4 + 0.6 * sim, 3))

        def who(q) -> str:
            a = actors.get(q.actor or "")
            return a.name if a else (q.who() or "an unnamed speaker")

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
        if g.speakers_disagree:
            credited: dict[str, list[str]] = defaultdict(list)
            kinds = set()
            for art, _, q in members:
                name = who(q)
                if ctx.name(art) not in credited[name]:
                    credited[name].append(ctx.name(art))
                a = actors.get(q.actor or "")
                kinds.add((a.kind if a else None, q.actor))
            status: DiscrepancyStatus = "conflict"
            extra, conf = "", base
            people = [actors[x] for k, x in kinds if k == "PERSON" and x in actors]
            orgs = [actors[x] for k, x in kinds if k == "ORG" and x in actors]
            if people and orgs and len(kinds) == 2:
                # a person in one source, an institution in another: institutions speak
                # through people, so this is a difference of credit, not a contradiction
                status = "hedged"
                if _speaks_for(people[0], orgs[0]):
                    extra = f" ({people[0].name} speaks for the {orgs[0].name})"
                    conf = min(0.95, base + 0.05)
                else:
                    extra = " (a person in one source, an institution in another)"
                    conf = round(base * 0.9, 3)
            said = "; ".join(
                f"{', '.join(srcs)} credit{'s' if len(srcs) == 1 else ''} {name}"
                for name, srcs in credited.items()
            )
            out.append(
                Discrepancy(
                    id=f"attribution:speaker:{g.id}",
                    kind="attribution",
                    topic=f"who said it: {' / '.join(credited)}",
                    status=status,
                    confidence=conf,
                    note=f"The same statement is credited to different speakers{extra}: {said}.",
                    items=items,
                )
            )
        direct = [art for art, _, q in members if q.kind in ("direct", "partial")]
        indirect = [art for art, _, q in members if q.kind == "indirect"]
        if direct and indirect:
            d_src = ", ".join(dict.fromkeys(ctx.name(a) for a in direct))
            i_src = ", ".join(dict.fromkeys(ctx.name(a) for a in indirect))
            speaker = who(members[0][2])
            out.append(
                Discrepancy(
                    id=f"attribution:form:{g.id}",
                    kind="attribution",
                    topic=f"{speaker}: quoted vs paraphrased",
                    status="hedged",
                    confidence=base,
                    note=f"{d_src} quote{'s' if len(direct) == 1 else ''} {speaker} directly; {i_src} "
                    f"paraphrase{'s' if len(indirect) == 1 else ''} the same statement.",
                    items=items,
                )
            )
    return out


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
