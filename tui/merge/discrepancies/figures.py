"""Figures: the same kind of thing counted in several sources, and where the numbers differ."""

from __future__ import annotations

import datetime as _dt
import re
from collections import Counter, defaultdict
from collections.abc import Iterator

from tui.analysis.figures import interval
from tui.kinds import FIGURE, DiscrepancyStatus
from tui.load.cancel import checkpoint
from tui.merge.discrepancies.context import (
    MAX_ITEMS,
    Context,
    figure_value,
    fmt_number,
)
from tui.merge.discrepancies.figure_classes import (
    CLASS_LABEL,
    CUMULATIVE,
    EVENT_NOUNS,
    FIGURE_SYNONYMS,
    GENERIC_HEADS,
    NOTABLE,
    demonym,
    figure_class,
)
from tui.merge.dsu import DisjointSet
from tui.model import Corpus, Discrepancy, DiscrepancyItem, Figure

_NEIGHBOURS = 24  # value groups compared with each one (sorted by value)
_MAX_RATIO = 2.0  # values further apart than this are different things, not a disagreement
_PAIRS_PER_LINK = 6  # figure pairs tried to link two value groups
_GROUPS_TRIED = 8  # groups of one value a figure may join


def _same_people(a: Figured, b: Figured) -> bool:
    """A people named by its demonym ("11 Americans") is a set of its own: it is not the
    same figure as a count of people in general ("11 on the ground", "11 people") or of
    another people ("11 Kenyans"), whatever the values. Its nation is its noun, not a
    qualifier, so the qualifier check does not see it."""
    return a.demonym == b.demonym and (not a.demonym or a.fig.head == b.fig.head)


def _same_thing(a: Figured, b: Figured) -> bool:
    """Strict for different numbers: the same counted noun (or synonyms, or both generic
    people) and the same named qualifiers. "12 Americans" and "10 people", "247 people" and
    "20 Afghan soldiers" count different sets, however alike their sentences."""
    ha, hb = (a.fig.head or ""), (b.fig.head or "")
    same_head = (
        ha == hb
        or (ha in FIGURE_SYNONYMS and FIGURE_SYNONYMS.get(ha) == FIGURE_SYNONYMS.get(hb))
        or (ha in GENERIC_HEADS and hb in GENERIC_HEADS)
        or a.cls.startswith("money:")
    )
    return same_head and a.named == b.named and a.demonym == b.demonym


def _named(fig: Figure) -> frozenset[str]:
    """The capitalised qualifiers ("Taliban", "Afghan", "U.S."), normalised: a demonym and
    its country share a stem ("afgha")."""
    out = set()
    for q in fig.qualifiers:
        if q[:1].isupper():
            w = q.replace(".", "").replace("’", "'").split("'")[0].lower()
            if w:
                out.add(w[:5])
    return frozenset(out)


def _named_ok(a: frozenset[str], b: frozenset[str]) -> bool:
    return not a or not b or bool(a & b)


def _kind_ok(a: str, b: str) -> bool:
    return a == "any" or b == "any" or a == b


# --------------------------------------------------------------------------- figures


class Figured:
    """One figure with what grouping needs."""

    __slots__ = (
        "art",
        "index",
        "fig",
        "cls",
        "kind",
        "named",
        "demonym",
        "lo",
        "hi",
        "sentence",
        "s",
        "e",
        "_dates",
        "_tokens",
        "_actors",
    )

    def __init__(self, art, index, fig, cls, kind, ctx: Context):
        self.art, self.index, self.fig, self.cls, self.kind = art, index, fig, cls, kind
        self.named = _named(fig)
        self.demonym = demonym(fig)  # compared for every pair tried: computed once
        self.lo, self.hi = interval(fig)
        self.sentence, self.s, self.e = ctx.sentence(art, fig.start, fig.end)
        self._dates: list | None = None
        self._tokens: frozenset[str] | None = None
        self._actors: frozenset[str] | None = None

    def dates(self, ctx: Context) -> list:
        """The calendar spans of the dates in this figure's sentence (computed once)."""
        if self._dates is None:
            self._dates = ctx.dates_in(self.art, self.s, self.e)
        return self._dates

    def tokens(self, ctx: Context) -> frozenset[str]:
        """The content words of this figure's sentence (kept here: asked for every pair
        tried, and the pairs grow with the square of the figures)."""
        if self._tokens is None:
            self._tokens = ctx.tokens(self.art, self.s, self.sentence)
        return self._tokens

    def actors(self, ctx: Context) -> frozenset[str]:
        """The actors mentioned in this figure's sentence."""
        if self._actors is None:
            self._actors = ctx.actors(self.art, self.s, self.e)
        return self._actors

    @property
    def nominal(self) -> float:
        f = self.fig
        return float(f.value if f.value is not None else (f.low or 0))


class ValueGroup:
    """Figures of one class with one nominal value (or a range), compatible with each other."""

    __slots__ = ("cls", "value", "members", "named", "kind", "links", "arts")

    def __init__(self, cls: str, value: float, first: Figured):
        self.cls, self.value = cls, value
        self.members = [first]
        self.named = set(first.named)
        self.kind = first.kind
        self.links: list[tuple[ValueGroup, str, float]] = []
        self.arts = {first.art.id}

    def accepts(self, f: Figured) -> bool:
        """Compatible qualifiers and kinds, and the same people (:func:`_same_people`: the
        first member stands for the group, all its members being alike)."""
        return (
            _named_ok(frozenset(self.named), f.named)
            and _kind_ok(self.kind, f.kind)
            and _same_people(self.members[0], f)
        )

    def add(self, f: Figured) -> None:
        self.members.append(f)
        self.arts.add(f.art.id)
        self.named |= f.named
        if self.kind == "any":
            self.kind = f.kind

    def others(self, article_id: str, n: int) -> list[Figured]:
        """Up to ``n`` members from other articles (the first ones: bounded work)."""
        out = []
        for m in self.members:
            if m.art.id != article_id:
                out.append(m)
                if len(out) >= n:
                    break
        return out


_DATE_SLACK = 45  # days: one figure's sentences may date its deal and its deadline


def _dates_agree(a: Figured, b: Figured, ctx: Context) -> bool:
    """False when the two sentences' dates rule out one figure: dates more than a month and
    a half apart ("signed in late February" and "released by March 10" may describe one
    deal; 1998 and 2016 do not), or a date after the other article was published."""
    slack = _dt.timedelta(days=_DATE_SLACK)
    da = a.dates(ctx)
    db = b.dates(ctx)
    if da and db and not any(x[0] - slack <= y[1] and y[0] - slack <= x[1] for x in da for y in db):
        return False
    for dates, other in ((da, b.art), (db, a.art)):
        if other.published is not None and dates and min(d[0] for d in dates) > other.published:
            return False
    return True


def _same_event(a: Figured, b: Figured, ctx: Context) -> tuple[float, str] | None:
    """(confidence, why) when two figures of one class in two articles look like the same
    event, else None. Dates decide first: disjoint dates, or a date after the other article
    was published, mean two events."""
    if a.art.id == b.art.id:
        return None
    # (each test below either rules the pair out or lets it through, whatever the order:
    # the cheap ones come first, as this runs for every pair of figures tried)
    ea, eb = a.fig.event, b.fig.event
    if ea and eb and ea != eb and not ({ea, eb} <= {"released", "held"}):
        return None
    da = a.dates(ctx)
    db = b.dates(ctx)
    date_match = False
    if da and db:
        if not any(x[0] <= y[1] and y[0] <= x[1] for x in da for y in db):
            return None
        date_match = True
    for dates, other in ((da, b.art), (db, a.art)):
        if other.published is not None and dates and min(d[0] for d in dates) > other.published:
            return None  # the other article was written before this event
    shared_actors = a.actors(ctx) & b.actors(ctx)
    if not (date_match or shared_actors):
        return None  # neither the same date nor the same actors: wording alone never links
    ta, tb = a.tokens(ctx), b.tokens(ctx)
    union = len(ta) + len(tb) - len(inter := ta & tb)
    jacc = len(inter) / union if union else 0.0
    # one event: the same date and something more, or the same actors and much wording;
    # wording alone is not enough (formulaic sentences, "net rose to $X million", repeat
    # across unrelated stories)
    if date_match and (shared_actors or jacc >= 0.25):
        why = "same date" + (" and actors" if shared_actors else "")
    elif shared_actors and jacc >= 0.3:
        why = "same actors, similar sentences"
    else:
        return None
    conf = 0.35 + 0.8 * jacc + (0.2 if date_match else 0.0) + (0.1 if shared_actors else 0.0)
    return min(0.95, round(conf, 3)), why


def figure_groups(corpus: Corpus, ctx: Context) -> list[ValueGroup]:
    """Value groups per class (step A), then links between neighbouring values (step B)."""
    groups: list[ValueGroup] = []
    for cls, figs in _figures_by_class(corpus, ctx).items():
        class_groups = _value_groups(cls, figs, ctx)
        class_groups.sort(key=lambda g: g.value)
        _link_neighbours(cls, class_groups, ctx)
        groups.extend(class_groups)
    return groups


def _figures_by_class(corpus: Corpus, ctx: Context) -> dict[str, list[Figured]]:
    """Every figure of the corpus that has a class, by class, in corpus order."""
    by_class: dict[str, list[Figured]] = defaultdict(list)
    for art in corpus.articles:
        for i, fig in enumerate(art.figures):
            fc = figure_class(fig)
            if fc is None:
                continue
            by_class[fc[0]].append(Figured(art, i, fig, fc[0], fc[1], ctx))
    return by_class


def _value_groups(cls: str, figs: list[Figured], ctx: Context) -> list[ValueGroup]:
    """Step A: the figures of one class in groups of one value (or range) and one event."""
    buckets: dict[tuple, list[ValueGroup]] = defaultdict(list)
    class_groups: list[ValueGroup] = []
    for count, f in enumerate(figs):
        if not count & 255:
            checkpoint()
        key = (f.fig.value,) if f.fig.value is not None else ("range", f.fig.low, f.fig.high)
        # the groups of one value tried for a figure are bounded: the largest few (a
        # value repeated across thousands of unrelated sentences must not make this
        # quadratic)
        bucket = buckets[key]
        joined = next((g for g in bucket if _joins(g, f, cls, ctx)), None)
        if joined is not None:
            joined.add(f)
            continue
        g = ValueGroup(cls, f.nominal, f)
        if len(bucket) < _GROUPS_TRIED:
            bucket.append(g)
        class_groups.append(g)
    return class_groups


def _joins(g: ValueGroup, f: Figured, cls: str, ctx: Context) -> bool:
    """Whether figure ``f`` joins the group ``g`` of its value."""
    if not g.accepts(f):
        return False
    if f.art.id in g.arts:
        return True
    # small numbers ("two people") and counts of things no news event defines ("300
    # people", "$18 million") repeat across unrelated events: they join a group from
    # another article only when the sentences match
    others = g.others(f.art.id, _PAIRS_PER_LINK)
    if f.nominal < 10 or not _strong(cls):
        return any(_same_event(f, m, ctx) for m in others)
    return all(_dates_agree(f, m, ctx) for m in others)  # not in another month


def _link_neighbours(cls: str, class_groups: list[ValueGroup], ctx: Context) -> None:
    """Step B: link each group to the groups of neighbouring values of its class (sorted by
    value) whose sentences tell of one event, as hedged or in conflict."""
    for i, g in enumerate(class_groups):
        if not i & 255:
            checkpoint()
        for h in _neighbours(class_groups, i):
            if not _comparable(g, h):
                continue
            best = _best_pair(g, h, ctx)
            if best is None:
                continue
            a, b = best[1], best[2]
            compatible = a.lo <= b.hi and b.lo <= a.hi
            if not compatible and (_vague(a.fig) or _vague(b.fig) or not _can_conflict(cls)):
                continue
            g.links.append((h, "hedged" if compatible else "conflict", best[0]))


def _neighbours(class_groups: list[ValueGroup], i: int) -> Iterator[ValueGroup]:
    """The groups after group ``i`` (sorted by value) close enough in value to compare."""
    g = class_groups[i]
    g_vague = _vague(g.members[0].fig)
    g_hi = g.members[0].hi
    for h in class_groups[i + 1 : i + 1 + _NEIGHBOURS]:
        if g_vague:
            # "thousands of prisoners" relates only to values inside its bounds
            if h.value > g_hi:
                return
        elif g.value > 0 and h.value > g.value * _MAX_RATIO:
            return
        yield h


def _comparable(g: ValueGroup, h: ValueGroup) -> bool:
    """Whether two neighbouring groups may be told of one event at all."""
    if (
        h.value == g.value
        and h.members[0].fig.value is not None
        and g.members[0].fig.value is not None
    ):
        return False  # same value, split on purpose (qualifiers or kinds differ)
    if _vague(h.members[0].fig) and not (h.members[0].lo <= g.value <= h.members[0].hi):
        return False
    return _named_ok(frozenset(g.named), frozenset(h.named)) and _kind_ok(g.kind, h.kind)


def _best_pair(g: ValueGroup, h: ValueGroup, ctx: Context) -> tuple[float, Figured, Figured] | None:
    """The surest (score, a, b) of a member ``a`` of ``g`` and ``b`` of ``h`` from two
    articles telling of one event, among the first few pairs about the same thing."""
    best = None
    tried = 0
    for a in g.members:
        for b in h.members:
            if a.art.id == b.art.id or not _same_thing(a, b):
                continue
            tried += 1
            if tried > _PAIRS_PER_LINK:
                break
            r = _same_event(a, b, ctx)
            if r and (best is None or r[0] > best[0]):
                best = (r[0], a, b)
        if tried > _PAIRS_PER_LINK:
            break
    return best


#: Counts that grow as a story unfolds (a death toll, prisoners freed so far).


def _is_update(cls: str, figs: list[Figured]) -> bool:
    """Do the different numbers come from reports of different days, each later one at least
    as high as every earlier one ("6 killed" on Aug. 8, "10 killed" on Aug. 18)? Then the
    sources are not contradicting each other: the toll was updated."""
    if cls not in CUMULATIVE:
        return False
    by_day: dict = defaultdict(list)
    for f in figs:
        if _vague(f.fig):
            continue
        if f.art.published is None:
            return False
        by_day[f.art.published].append((f.lo, f.hi))
    if len(by_day) < 2:
        return False
    floor = None  # the least that earlier reports said
    for day in sorted(by_day):
        spans = by_day[day]
        lo = max(x[0] for x in spans)
        hi = min(x[1] for x in spans)
        if lo > hi:
            return False  # two incompatible numbers on one day: no update explains that
        if floor is not None and hi < floor:
            return False  # a later report gives less
        floor = lo if floor is None else max(floor, lo)
    return True


def _strong(cls: str) -> bool:
    """A class a news story defines by itself (prisoners, deaths, money for a purpose):
    the same number of it in two sources of one story is the same figure."""
    return cls in NOTABLE or (cls.startswith("money:") and cls.count(":") == 2)


def _can_conflict(cls: str) -> bool:
    """Classes where two numbers for one event contradict each other. Not bare things
    ("shares", "pages") or percentages of unnamed wholes, nor money without a purpose."""
    return _strong(cls) or cls.startswith("people:")


def _vague(fig: Figure) -> bool:
    """ "thousands of", "dozens of": a manner of speaking, never a conflicting number."""
    return fig.value is None and not any(c.isdigit() for c in fig.text)


def stated_values(members: list[ValueGroup]) -> list[float]:
    """The stated values of linked groups (vague plurals left out unless there is nothing else)."""
    exact = sorted({g.value for g in members if not _vague(g.members[0].fig)})
    return exact or sorted({g.value for g in members})


def topic_values(members: list[ValueGroup]) -> list[str]:
    """The numbers for a topic line: all of them when few, else the range and a count."""
    values = stated_values(members)
    out = [fmt_number(v) for v in values]
    if len(out) > 4:
        out = [f"{out[0]} to {out[-1]} ({len(values)} numbers)"]
    for g in members:
        f = g.members[0].fig
        if _vague(f):
            words = (
                " ".join(f.text.split()[:-1]) if f.text.lower().split()[-1:] != ["of"] else f.text
            )
            words = re.sub(r"\s+of\b.*$", "", f.text, flags=re.I) if " of " in f.text else words
            if words not in out:
                out.append(words)
    return out


def values_id(values) -> str:
    return "-".join(str(int(v)) if float(v).is_integer() else f"{v:g}" for v in list(values)[:4])


def linked_components(
    groups: list[ValueGroup],
) -> list[tuple[list[ValueGroup], list[tuple[str, float]]]]:
    """Linked value groups as one topic each, with the links' (status, confidence)."""
    sets = DisjointSet(id(g) for g in groups)
    for g in groups:
        for h, _, _ in g.links:
            sets.union(id(g), id(h))
    comps: dict[int, list[ValueGroup]] = defaultdict(list)
    for g in groups:
        comps[sets.find(id(g))].append(g)
    out = []
    for members in comps.values():
        links = [(st, c) for g in members for _, st, c in g.links]
        out.append((members, links))
    return out


def topic_label(cls: str, figs: list[Figured]) -> str:
    named = Counter(q for f in figs for q in f.fig.qualifiers if q[:1].isupper())
    qual = (
        named.most_common(1)[0][0] + " "
        if named and named.most_common(1)[0][1] * 2 >= len(figs)
        else ""
    )
    if cls.startswith("money:"):
        parts = cls.split(":")
        return f"{parts[1]} {parts[2]}" if len(parts) > 2 and parts[2] else f"money ({parts[1]})"
    if cls.startswith("percent:"):
        return f"% of {cls.split(':', 1)[1]}"
    units = Counter(("people" if f.fig.unit == "others" else f.fig.unit or "") for f in figs)
    noun = units.most_common(1)[0][0]
    if cls.startswith(("people:", "thing:")):
        return qual + noun
    if cls in ("killed", "wounded", "displaced") and noun and noun not in EVENT_NOUNS:
        # "27 people" killed -> "people killed";
        # "20 members of the security forces" -> "members killed"
        return f"{qual}{noun} {cls}"
    return qual + CLASS_LABEL.get(cls, cls)


def figure_item(ctx: Context, f: Figured) -> DiscrepancyItem:
    """A figure as a discrepancy's item: its value as stated, bounds, hedge and unit."""
    fig = f.fig
    return ctx.item(
        f.art,
        FIGURE,
        f.index,
        fig.start,
        fig.end,
        fig.text,
        value=fig.value,
        low=fig.low,
        high=fig.high,
        hedge=fig.hedge,
        unit=fig.unit,
    )


def figure_discrepancies(groups: list[ValueGroup], ctx: Context) -> list[Discrepancy]:
    out = []
    for members, links in linked_components(groups):
        figs = sorted(
            (f for g in members for f in g.members),
            key=lambda f: (ctx.order[f.art.id], f.fig.start),
        )
        arts = {f.art.id for f in figs}
        if len(arts) < 2:
            continue
        cls = members[0].cls
        values = stated_values(members)
        status = _figure_status(cls, figs, links)
        conf = _figure_confidence(cls, members, links, status)
        label = topic_label(cls, figs)
        topic = f"{label}: " + " vs ".join(topic_values(members))
        vid = values_id(values)
        note = _figure_note(status, label, figs, len(arts), ctx)
        items = [figure_item(ctx, f) for f in figs[:MAX_ITEMS]]
        out.append(
            Discrepancy(
                id=f"figure:{cls}:{vid}",
                kind="figure",
                topic=topic,
                status=status,
                confidence=conf,
                note=note,
                items=items,
            )
        )
    return out


def _figure_status(
    cls: str, figs: list[Figured], links: list[tuple[str, float]]
) -> DiscrepancyStatus:
    """Whether the sources' figures conflict, grow as an update, agree within hedges or agree."""
    hedged_items = any(f.fig.hedge or f.fig.value is None for f in figs)
    statuses = {st for st, _ in links}
    if "conflict" in statuses:
        return "updated" if _is_update(cls, figs) else "conflict"
    if statuses or hedged_items or len({f.fig.hedge for f in figs}) > 1:
        return "hedged"
    return "agree"


def _figure_confidence(
    cls: str, members: list[ValueGroup], links: list[tuple[str, float]], status: DiscrepancyStatus
) -> float:
    """How sure the comparison is: a conflict as sure as its weakest link, else the
    surest of the links and the agreement of sources on one value."""
    # one value in several sources: the more sources, the surer
    biggest = max(len(g.arts) for g in members)
    base = 0.6 + 0.1 * min(3, biggest - 1) if biggest > 1 else 0.0
    if cls.startswith(("people:", "thing:")):
        base -= 0.15  # a bare noun ("239 people") may count different things
    if status in ("conflict", "updated"):
        conf = min(c for st, c in links if st == "conflict")
    elif links:
        conf = max(base, max(c for _, c in links))
    else:
        conf = base
    return round(min(0.95, conf), 3)


def _figure_note(
    status: DiscrepancyStatus, label: str, figs: list[Figured], n_sources: int, ctx: Context
) -> str:
    """What the sources say, source by source, and what the comparison makes of it."""
    per_source: dict[str, list[str]] = defaultdict(list)
    for f in figs:
        s = ctx.name(f.art)
        v = figure_value(f.fig)
        if v not in per_source[s]:
            per_source[s].append(v)
    said = "; ".join(f"{s}: {', '.join(vs)}" for s, vs in list(per_source.items())[:8])
    if len(per_source) > 8:
        said += f"; and {len(per_source) - 8} more sources"
    if status == "conflict":
        return f"The sources give different numbers for what looks like the same {label} ({said})."
    if status == "updated":
        return (
            f"The numbers for {label} grow from one report to a later one: an update rather than "
            f"a contradiction ({said})."
        )
    if status == "hedged":
        return f"The sources agree on {label} within their hedges ({said})."
    return f"{n_sources} sources give the same number for {label} ({said})."
