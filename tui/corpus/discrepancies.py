"""Where the sources disagree: figures, attributions, dates and coverage.

``find_discrepancies(corpus, config=None) -> list[Discrepancy]`` runs after the actors,
quote groups and timeline are built. Each discrepancy has a ``kind``, a short ``topic``,
a ``status`` (how the sources stand), a ``confidence`` (0..1), a ``note`` for a person and
the ``items`` (figures, quotes, time expressions or mentions) with their sentences, so the
reader can jump to each.

Kinds, and the rules (conservative: a false conflict costs more trust than a missed one):

- ``figure``: quantities that count the same kind of thing in different sources. Figures
  are blocked by a *class*: the head noun through a small synonym list of news counting
  nouns (prisoner, detainee, captive, inmate -> prisoners; death, fatality -> killed; ...),
  or, for a noun that counts people (people, civilians, troops, members, fighters...), the
  event of its clause (killed, wounded, released/held -> prisoners, displaced, infected);
  money by currency and purpose ("$1 billion in aid"). Inside a class, figures with the same
  value group when their named qualifiers agree ("Taliban" vs "Afghan" prisoners are two
  sides of a swap) and their kinds of people agree (civilians vs security forces): status
  ``agree``, or ``hedged`` when some carry an approximator ("up to 5,000", "some 5,000").
  Figures with different values link only when they count the same noun (or synonyms, or
  people in general) with the same named qualifiers, and their sentences look like one
  event: the same date and shared actors or words, or shared actors and many words (wording
  alone is not enough: formulaic sentences repeat across stories); a date in one sentence
  after the other article was published means two events. Then ``hedged`` when the hedges
  make the values compatible ("at least 20" vs 27), ``updated`` when a toll grows from
  earlier reports to later ones (6 killed on Aug. 8, 10 on Aug. 18), else ``conflict``.
  Vague plurals ("thousands of") only ever agree.
- ``attribution``: quote groups whose members credit different actors (``conflict``, or
  ``hedged`` when a person is credited in one and the institution they speak for in the
  other), and groups quoted directly by one outlet and paraphrased by another (``hedged``).
- ``date``: timeline conflicts (the same event on different dates), and an article with an
  inferred date that reports, in the past tense, an explicit date later than that date.
- ``coverage``: notable items only one source has (``only-one-source``: actors with several
  mentions, figures of a known class) and actors most sources name that some leave out
  (``missing``, with ``missing_from``). :func:`coverage_matrix` gives the source-by-item table.

The config's ``discrepancies`` section silences entries (``ignore``: ids or glob patterns
over ids and topics), drops kinds, and sets the confidence threshold.

Cost: figures are blocked by class and value; values are compared only with their
neighbours in sorted order (within a factor of two, at most a few dozen), each figure with a
bounded number of partners: the work grows with the number of figures, not its square.
"""

from __future__ import annotations

import fnmatch
import math
import re
from collections import Counter, defaultdict
from typing import Any

from tui.analysis.figures import interval
from tui.corpus.cancel import checkpoint
from tui.corpus.timeline import stem
from tui.model import Article, Corpus, Discrepancy, Figure

__all__ = [
    "find_discrepancies",
    "start_discrepancies",
    "finish_discrepancies",
    "coverage_matrix",
    "figure_class",
    "FIGURE_SYNONYMS",
]

DEFAULT_MIN_CONFIDENCE = 0.5
_MAX_SENTENCE = 600  # a "sentence" of a hostile text may be huge: a window around the item
_NEIGHBOURS = 24  # value groups compared with each one (sorted by value)
_MAX_RATIO = 2.0  # values further apart than this are different things, not a disagreement
_PAIRS_PER_LINK = 6  # figure pairs tried to link two value groups
_MAX_ITEMS = 40  # items kept per discrepancy (the note still counts them all)
_GROUPS_TRIED = 8  # groups of one value a figure may join

# --------------------------------------------------------------------------- figure classes

#: News counting nouns that mean the same kind of thing (lemma -> class).
FIGURE_SYNONYMS: dict[str, str] = {
    "prisoner": "prisoner",
    "detainee": "prisoner",
    "captive": "prisoner",
    "inmate": "prisoner",
    "convict": "prisoner",
    "prisoners-of-war": "prisoner",
    "pow": "prisoner",
    "hostage": "hostage",
    "abductee": "hostage",
    "death": "killed",
    "fatality": "killed",
    "dead": "killed",
    "body": "killed",
    "casualty": "casualty",
    "injury": "wounded",
    "wounded": "wounded",
    "injured": "wounded",
    "infection": "infected",
    "refugee": "displaced",
    "evacuee": "displaced",
    "vote": "vote",
    "ballot": "vote",
}
#: Nouns that count people; what happened to them (the clause's event) says what is counted.
_PEOPLE_NOUNS = {
    # generic
    "people": "any",
    "person": "any",
    "member": "any",
    "individual": "any",
    "victim": "any",
    # civilians
    "civilian": "civilian",
    "child": "civilian",
    "woman": "civilian",
    "man": "civilian",
    "resident": "civilian",
    "villager": "civilian",
    "passenger": "civilian",
    "student": "civilian",
    "worshipper": "civilian",
    "pilgrim": "civilian",
    "patient": "civilian",
    "worker": "civilian",
    "employee": "civilian",
    "journalist": "civilian",
    "protester": "civilian",
    "demonstrator": "civilian",
    "migrant": "civilian",
    "refugee": "civilian",
    "girl": "civilian",
    "boy": "civilian",
    "teacher": "civilian",
    "doctor": "civilian",
    # armed forces and fighters
    "soldier": "armed",
    "troop": "armed",
    "force": "armed",
    "fighter": "armed",
    "militant": "armed",
    "insurgent": "armed",
    "police": "armed",
    "policeman": "armed",
    "officer": "armed",
    "guard": "armed",
    "commander": "armed",
    "personnel": "armed",
    "recruit": "armed",
    "marine": "armed",
    "combatant": "armed",
    "rebel": "armed",
    "gunman": "armed",
    "jihadist": "armed",
    "sailor": "armed",
    "serviceman": "armed",
    # office holders
    "official": "official",
    "diplomat": "official",
    "lawmaker": "official",
    "minister": "official",
}
#: Events that make a count of people a count of prisoners.
_EVENT_CLASS = {
    "killed": "killed",
    "wounded": "wounded",
    "released": "prisoner",
    "held": "prisoner",
    "displaced": "displaced",
    "infected": "infected",
}
#: Classes worth flagging when only one source gives them.
_NOTABLE = {"prisoner", "hostage", "killed", "casualty", "wounded", "displaced", "infected"}
_CLASS_LABEL = {
    "prisoner": "prisoners",
    "hostage": "hostages",
    "killed": "deaths",
    "casualty": "casualties",
    "wounded": "people wounded",
    "displaced": "people displaced",
    "infected": "infections",
    "vote": "votes",
}
_MONEY = {
    "$",
    "€",
    "£",
    "¥",
    "₹",
    "A$",
    "C$",
    "NZ$",
    "HK$",
    "Rs",
    "yuan",
    "afghanis",
    "rubles",
    "francs",
}


def figure_class(fig: Figure) -> tuple[str, str] | None:
    """(class, kind of people) of a figure, or None when it counts nothing comparable.

    "5,000 Taliban prisoners" -> ("prisoner", "any"); "27 people were killed" ->
    ("killed", "any"); "20 members of the security forces" killed -> ("killed", "armed");
    "$1 billion in aid" -> ("money:$:aid", "any"); "12% of the vote" -> ("percent:vote", "any").
    """
    unit = fig.unit or ""
    head = (fig.head or "").lower()
    if unit in _MONEY:
        return f"money:{unit}:{head}" if head else f"money:{unit}", "any"
    if unit == "%":
        return (f"percent:{head}", "any") if head else None
    if not head:
        return None
    if head == "case" and fig.event == "infected":
        return "infected", "any"  # "34 confirmed cases"; other cases (in court) are things
    if head in FIGURE_SYNONYMS:
        cls = FIGURE_SYNONYMS[head]
        if cls == "displaced" and fig.event in ("killed", "wounded"):
            cls = fig.event
        return cls, "any"
    if head in _PEOPLE_NOUNS or _demonym(fig):
        kind = _PEOPLE_NOUNS.get(head, "any")
        if fig.event in _EVENT_CLASS:
            return _EVENT_CLASS[fig.event], kind
        return f"people:{head}", kind
    return f"thing:{head}", "any"


def _demonym(fig: Figure) -> bool:
    """ "12 Americans", "3,000 Britons": a capitalised plural after a number counts people."""
    unit = fig.unit or ""
    if not unit.endswith("s"):
        return False
    for m in re.finditer(r"[A-Z][a-z]+s\b", fig.text):
        if m.group(0).lower() == unit:
            return True
    return False


#: Heads that count people in general: one may stand for another in a casualty count.
_GENERIC_HEADS = frozenset(
    "people person victim death dead fatality casualty body individual".split()
)


def _same_thing(a: "_F", b: "_F") -> bool:
    """Strict for different numbers: the same counted noun (or synonyms, or both generic
    people) and the same named qualifiers. "12 Americans" and "10 people", "247 people" and
    "20 Afghan soldiers" count different sets, however alike their sentences."""
    ha, hb = (a.fig.head or ""), (b.fig.head or "")
    same_head = (
        ha == hb
        or (ha in FIGURE_SYNONYMS and FIGURE_SYNONYMS.get(ha) == FIGURE_SYNONYMS.get(hb))
        or (ha in _GENERIC_HEADS and hb in _GENERIC_HEADS)
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


# --------------------------------------------------------------------------- context


class _Ctx:
    """Per-article look-ups built lazily: sentences, dated spans, actors per sentence."""

    def __init__(self, corpus: Corpus):
        self.corpus = corpus
        self.articles = {a.id: a for a in corpus.articles}
        self.order = {a.id: i for i, a in enumerate(corpus.articles)}
        self._sent: dict[str, Any] = {}
        self._dates: dict[str, list[tuple[int, Any, Any]]] = {}
        self._in: dict[tuple[str, int, int], list[tuple[Any, Any]]] = {}
        self._tokens: dict[tuple[str, int], frozenset[str]] = {}
        self._actors: dict[tuple[str, int], frozenset[str]] = {}

    def sentence(self, art: Article, start: int, end: int) -> tuple[str, int, int]:
        from tui.analysis.text import SentenceIndex

        idx = self._sent.get(art.id)
        if idx is None:
            idx = self._sent[art.id] = SentenceIndex(art.body)
        s, e = idx.span_at(start)
        if not (s <= start and end <= e):
            s, e = min(s, start), max(e, end)
        if e - s > _MAX_SENTENCE:
            s = max(s, start - _MAX_SENTENCE // 2)
            e = min(e, max(end, s + _MAX_SENTENCE))
        return art.body[s:e], s, e

    def item(
        self, art: Article, kind: str, index: int, start: int, end: int, text: str, **extra
    ) -> dict:
        sentence, s, _ = self.sentence(art, start, end)
        d = {
            "article": art.id,
            "kind": kind,
            "index": index,
            "text": text,
            "sentence": sentence,
            "sentence_start": s,
        }
        d.update(extra)
        return d

    def dates_in(self, art: Article, s: int, e: int) -> list[tuple[Any, Any]]:
        """Calendar spans (first, last day) of the DATE/TIME expressions between s and e."""
        from tui.corpus.timeline import calendar_span

        key = (art.id, s, e)
        found = self._in.get(key)
        if found is not None:
            return found
        spans = self._dates.get(art.id)
        if spans is None:
            spans = []
            for t in art.timexes:
                if t.type in ("DATE", "TIME"):
                    cs = calendar_span(t.value)
                    if cs is not None:
                        spans.append((t.start, cs[1], cs[2]))
            spans.sort(key=lambda x: x[0])
            self._dates[art.id] = spans
        import bisect

        i = bisect.bisect_left(spans, s, key=lambda x: x[0])
        found = []
        while i < len(spans) and spans[i][0] < e:
            found.append((spans[i][1], spans[i][2]))
            i += 1
        self._in[key] = found
        return found

    def tokens(self, art: Article, s: int, sentence: str) -> frozenset[str]:
        key = (art.id, s)
        tok = self._tokens.get(key)
        if tok is None:
            tok = frozenset(
                stem(w) for w in _WORD.findall(sentence.lower()) if w not in _STOP and len(w) > 2
            )
            self._tokens[key] = tok
        return tok

    def actors(self, art: Article, s: int, e: int) -> frozenset[str]:
        key = (art.id, s)
        found = self._actors.get(key)
        if found is None:
            found = frozenset(
                m.actor or m.text.lower() for m in art.mentions if s <= m.start and m.end <= e
            )
            self._actors[key] = found
        return found


_WORD = re.compile(r"[a-z][a-z'’-]*")
_STOP = frozenset(
    """a an the and or but if of to in on at by for from with without as into onto over under about after
    before between during since until than then that this these those there here it its it's is are was were
    be been being has have had having do does did will would shall should can could may might must not no
    nor so such too very also just only even still yet again further more most much many some any all both
    each other another own same who whom whose which what when where why how he she they them their his her
    him we us our you your i me my said says say told tells according added adding while one two three
    first last least nearly around up mr mrs ms dr""".split()
)


def _source(art: Article) -> str:
    return art.outlet or art.id


def _fmt(v: float | int | None) -> str:
    if v is None:
        return "?"
    if isinstance(v, float) and not v.is_integer():
        return f"{v:,.2f}".rstrip("0").rstrip(".")
    v = int(v)
    for scale, word in (
        (1_000_000_000_000, "trillion"),
        (1_000_000_000, "billion"),
        (1_000_000, "million"),
    ):
        if v >= scale and v % (scale // 10) == 0:
            return f"{v / scale:g} {word}"
    return f"{v:,}"


def _fig_value(f: Figure) -> str:
    if f.value is not None:
        v = _fmt(f.value)
    elif f.high is not None:
        v = f"{_fmt(f.low)}-{_fmt(f.high)}"
    else:
        v = f"{_fmt(f.low)}+"
    if f.unit in _MONEY:
        v = f"{f.unit}{v}" if len(f.unit or "") <= 3 else f"{v} {f.unit}"
    elif f.unit == "%":
        v += "%"
    return f"{f.hedge} {v}" if f.hedge else v


# --------------------------------------------------------------------------- figures


_SENT_END = re.compile(r"[.!?…][\"'”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])|\n\s*\n")


def _local_sentence(body: str, start: int, end: int) -> tuple[str, int, int]:
    """The sentence around a span, found by looking at most 300 characters each way (the
    comparison needs its words and dates, not the reader's exact split; items shown to the
    user use the shared sentence splitter)."""
    lo = max(0, start - 300)
    s = lo
    for m in _SENT_END.finditer(body, lo, start):
        if not _abbreviation_at(body, m.start()):
            s = m.end()
    hi = min(len(body), end + 300)
    e = hi
    for m in _SENT_END.finditer(body, end, hi):
        if not _abbreviation_at(body, m.start()):
            e = m.start() + 1
            break
    e = max(e, end)
    return body[s:e], s, e


def _abbreviation_at(body: str, dot: int) -> bool:
    """Is the period at ``dot`` part of "Aug.", "Mr.", "U.S." or an initial?"""
    from tui.analysis.text import ABBREVIATIONS

    if body[dot : dot + 1] != ".":
        return False
    j = dot
    while j > 0 and dot - j < 12 and (body[j - 1].isalpha() or body[j - 1] == "."):
        j -= 1
    word = body[j:dot]
    return bool(word) and (
        "." in word or (len(word) == 1 and word.isupper()) or word.lower() in ABBREVIATIONS
    )


class _F:
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

    def __init__(self, art, index, fig, cls, kind, ctx: _Ctx):
        self.art, self.index, self.fig, self.cls, self.kind = art, index, fig, cls, kind
        self.named = _named(fig)
        self.demonym = _demonym(fig)  # compared for every pair tried: computed once
        self.lo, self.hi = interval(fig)
        self.sentence, self.s, self.e = _local_sentence(art.body, fig.start, fig.end)
        self._dates = self._tokens = self._actors = None

    def dates(self, ctx: _Ctx) -> list:
        """The calendar spans of the dates in this figure's sentence (computed once)."""
        if self._dates is None:
            self._dates = ctx.dates_in(self.art, self.s, self.e)
        return self._dates

    def tokens(self, ctx: _Ctx) -> frozenset[str]:
        """The content words of this figure's sentence (kept here: asked for every pair
        tried, a million times at 10,000 articles)."""
        if self._tokens is None:
            self._tokens = ctx.tokens(self.art, self.s, self.sentence)
        return self._tokens

    def actors(self, ctx: _Ctx) -> frozenset[str]:
        """The actors mentioned in this figure's sentence."""
        if self._actors is None:
            self._actors = ctx.actors(self.art, self.s, self.e)
        return self._actors

    @property
    def nominal(self) -> float:
        f = self.fig
        return float(f.value if f.value is not None else (f.low or 0))


class _Group:
    """Figures of one class with one nominal value (or a range), compatible with each other."""

    __slots__ = ("cls", "value", "members", "named", "kind", "links", "arts")

    def __init__(self, cls: str, value: float, first: _F):
        self.cls, self.value = cls, value
        self.members = [first]
        self.named = set(first.named)
        self.kind = first.kind
        self.links: list[tuple[_Group, str, float]] = []
        self.arts = {first.art.id}

    def accepts(self, f: _F) -> bool:
        return _named_ok(frozenset(self.named), f.named) and _kind_ok(self.kind, f.kind)

    def add(self, f: _F) -> None:
        self.members.append(f)
        self.arts.add(f.art.id)
        self.named |= f.named
        if self.kind == "any":
            self.kind = f.kind

    def others(self, article_id: str, n: int) -> list[_F]:
        """Up to ``n`` members from other articles (the first ones: bounded work)."""
        out = []
        for m in self.members:
            if m.art.id != article_id:
                out.append(m)
                if len(out) >= n:
                    break
        return out


_DATE_SLACK = 45  # days: one figure's sentences may date its deal and its deadline


def _dates_agree(a: _F, b: _F, ctx: _Ctx) -> bool:
    """False when the two sentences' dates rule out one figure: dates more than a month and
    a half apart ("signed in late February" and "released by March 10" may describe one
    deal; 1998 and 2016 do not), or a date after the other article was published."""
    import datetime as _dt

    slack = _dt.timedelta(days=_DATE_SLACK)
    da = a.dates(ctx)
    db = b.dates(ctx)
    if da and db and not any(x[0] - slack <= y[1] and y[0] - slack <= x[1] for x in da for y in db):
        return False
    for dates, other in ((da, b.art), (db, a.art)):
        if other.published is not None and dates and min(d[0] for d in dates) > other.published:
            return False
    return True


def _same_event(a: _F, b: _F, ctx: _Ctx) -> tuple[float, str] | None:
    """(confidence, why) when two figures of one class in two articles look like the same
    event, else None. Dates decide first: disjoint dates, or a date after the other article
    was published, mean two events."""
    if a.art.id == b.art.id:
        return None
    # (each test below either rules the pair out or lets it through, whatever the order:
    # the cheap ones come first, a million pairs are tried at 10,000 articles)
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


def _figure_groups(corpus: Corpus, ctx: _Ctx) -> list[_Group]:
    """Value groups per class (step A), then links between neighbouring values (step B)."""
    by_class: dict[str, list[_F]] = defaultdict(list)
    for art in corpus.articles:
        for i, fig in enumerate(art.figures):
            fc = figure_class(fig)
            if fc is None:
                continue
            by_class[fc[0]].append(_F(art, i, fig, fc[0], fc[1], ctx))
    groups: list[_Group] = []
    for cls, figs in by_class.items():
        buckets: dict[tuple, list[_Group]] = defaultdict(list)
        class_groups: list[_Group] = []
        for count, f in enumerate(figs):
            if not count & 255:
                checkpoint()
            key = (f.fig.value,) if f.fig.value is not None else ("range", f.fig.low, f.fig.high)
            placed = False
            # the groups of one value tried for a figure are bounded: the largest few (a
            # value repeated across thousands of unrelated sentences must not make this
            # quadratic)
            bucket = buckets[key]
            for g in bucket:
                if not g.accepts(f):
                    continue
                # small numbers ("two people") and counts of things no news event defines
                # ("300 people", "$18 million") repeat across unrelated events: they join a
                # group from another article only when the sentences match
                if f.art.id not in g.arts:
                    others = g.others(f.art.id, _PAIRS_PER_LINK)
                    if f.nominal < 10 or not _strong(cls):
                        if not any(_same_event(f, m, ctx) for m in others):
                            continue
                    elif not all(_dates_agree(f, m, ctx) for m in others):
                        continue  # the same number of prisoners, but in another month
                g.add(f)
                placed = True
                break
            if not placed:
                g = _Group(cls, f.nominal, f)
                if len(bucket) < _GROUPS_TRIED:
                    bucket.append(g)
                class_groups.append(g)
        # step B: neighbouring values of one class, linked when the sentences are one event
        class_groups.sort(key=lambda g: g.value)
        for i, g in enumerate(class_groups):
            if not i & 255:
                checkpoint()
            g_vague = _vague(g.members[0].fig)
            g_hi = g.members[0].hi
            for h in class_groups[i + 1 : i + 1 + _NEIGHBOURS]:
                if g_vague:
                    # "thousands of prisoners" relates only to values inside its bounds
                    if h.value > g_hi:
                        break
                elif g.value > 0 and h.value > g.value * _MAX_RATIO:
                    break
                if (
                    h.value == g.value
                    and h.members[0].fig.value is not None
                    and g.members[0].fig.value is not None
                ):
                    continue  # same value, split on purpose (qualifiers or kinds differ)
                if _vague(h.members[0].fig) and not (h.members[0].lo <= g.value <= h.members[0].hi):
                    continue
                if not (
                    _named_ok(frozenset(g.named), frozenset(h.named)) and _kind_ok(g.kind, h.kind)
                ):
                    continue
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
                if best is None:
                    continue
                a, b = best[1], best[2]
                compatible = a.lo <= b.hi and b.lo <= a.hi
                if not compatible and (_vague(a.fig) or _vague(b.fig) or not _can_conflict(cls)):
                    continue
                g.links.append((h, "hedged" if compatible else "conflict", best[0]))
        groups.extend(class_groups)
    return groups


#: Counts that grow as a story unfolds (a death toll, prisoners freed so far).
_CUMULATIVE = {"killed", "wounded", "casualty", "infected", "displaced", "prisoner", "hostage"}


def _is_update(cls: str, figs: list[_F]) -> bool:
    """Do the different numbers come from reports of different days, each later one at least
    as high as every earlier one ("6 killed" on Aug. 8, "10 killed" on Aug. 18)? Then the
    sources are not contradicting each other: the toll was updated."""
    if cls not in _CUMULATIVE:
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
    return cls in _NOTABLE or (cls.startswith("money:") and cls.count(":") == 2)


def _can_conflict(cls: str) -> bool:
    """Classes where two numbers for one event contradict each other. Not bare things
    ("shares", "pages") or percentages of unnamed wholes, nor money without a purpose."""
    return _strong(cls) or cls.startswith("people:")


def _vague(fig: Figure) -> bool:
    """ "thousands of", "dozens of": a manner of speaking, never a conflicting number."""
    return fig.value is None and not any(c.isdigit() for c in fig.text)


def _values(members: list[_Group]) -> list[float]:
    """The stated values of linked groups (vague plurals left out unless there is nothing else)."""
    exact = sorted({g.value for g in members if not _vague(g.members[0].fig)})
    return exact or sorted({g.value for g in members})


def _topic_values(members: list[_Group]) -> list[str]:
    """The numbers for a topic line: all of them when few, else the range and a count."""
    values = _values(members)
    out = [_fmt(v) for v in values]
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


def _vid(values) -> str:
    return "-".join(str(int(v)) if float(v).is_integer() else f"{v:g}" for v in list(values)[:4])


def _components(groups: list[_Group]) -> list[tuple[list[_Group], list[tuple[str, float]]]]:
    """Linked value groups as one topic each, with the links' (status, confidence)."""
    parent = {id(g): id(g) for g in groups}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for g in groups:
        for h, _, _ in g.links:
            ra, rb = find(id(g)), find(id(h))
            if ra != rb:
                parent[rb] = ra
    comps: dict[int, list[_Group]] = defaultdict(list)
    for g in groups:
        comps[find(id(g))].append(g)
    out = []
    for members in comps.values():
        links = [(st, c) for g in members for _, st, c in g.links]
        out.append((members, links))
    return out


def _label(cls: str, figs: list[_F]) -> str:
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
    if cls in ("killed", "wounded", "displaced") and noun and noun not in _EVENT_NOUNS:
        # "27 people" killed -> "people killed"; "20 members of the security forces" -> "members killed"
        return f"{qual}{noun} {cls}"
    return qual + _CLASS_LABEL.get(cls, cls)


_EVENT_NOUNS = {
    "deaths",
    "death",
    "fatalities",
    "casualties",
    "dead",
    "bodies",
    "injuries",
    "wounded",
    "injured",
    "refugees",
    "evacuees",
}


def _figure_discrepancies(groups: list[_Group], ctx: _Ctx) -> list[Discrepancy]:
    out = []
    for members, links in _components(groups):
        figs = sorted(
            (f for g in members for f in g.members),
            key=lambda f: (ctx.order[f.art.id], f.fig.start),
        )
        arts = {f.art.id for f in figs}
        if len(arts) < 2:
            continue
        cls = members[0].cls
        values = _values(members)
        hedged_items = any(f.fig.hedge or f.fig.value is None for f in figs)
        statuses = {st for st, _ in links}
        if "conflict" in statuses:
            status = "updated" if _is_update(cls, figs) else "conflict"
        elif statuses or hedged_items or len({f.fig.hedge for f in figs}) > 1:
            status = "hedged"
        else:
            status = "agree"
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
        conf = round(min(0.95, conf), 3)
        label = _label(cls, figs)
        topic = f"{label}: " + " vs ".join(_topic_values(members))
        vid = _vid(values)
        per_source: dict[str, list[str]] = defaultdict(list)
        for f in figs:
            s = _source(f.art)
            v = _fig_value(f.fig)
            if v not in per_source[s]:
                per_source[s].append(v)
        said = "; ".join(f"{s}: {', '.join(vs)}" for s, vs in list(per_source.items())[:8])
        if len(per_source) > 8:
            said += f"; and {len(per_source) - 8} more sources"
        if status == "conflict":
            note = (
                f"The sources give different numbers for what looks like the same {label} ({said})."
            )
        elif status == "updated":
            note = (
                f"The numbers for {label} grow from one report to a later one: an update rather than "
                f"a contradiction ({said})."
            )
        elif status == "hedged":
            note = f"The sources agree on {label} within their hedges ({said})."
        else:
            note = f"{len(arts)} sources give the same number for {label} ({said})."
        items = [
            ctx.item(
                f.art,
                "figure",
                f.index,
                f.fig.start,
                f.fig.end,
                f.fig.text,
                value=f.fig.value,
                low=f.fig.low,
                high=f.fig.high,
                hedge=f.fig.hedge,
                unit=f.fig.unit,
            )
            for f in figs[:_MAX_ITEMS]
        ]
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


# --------------------------------------------------------------------------- attribution


def _attribution(corpus: Corpus, ctx: _Ctx) -> list[Discrepancy]:
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
        sims = [
            p.get("similarity") for p in g.pairs if isinstance(p.get("similarity"), (int, float))
        ]
        sim = sum(sims) / len(sims) if sims else 0.6
        base = min(0.95, round(0.4 + 0.6 * sim, 3))

        def who(q) -> str:
            a = actors.get(q.actor or "")
            return a.name if a else (q.who() or "an unnamed speaker")

        items = [
            ctx.item(
                art,
                "quote",
                i,
                q.start,
                q.end,
                q.text,
                speaker=q.speaker,
                actor=q.actor,
                quote_kind=q.kind,
            )
            for art, i, q in members[:_MAX_ITEMS]
        ]
        if g.speakers_disagree:
            credited: dict[str, list[str]] = defaultdict(list)
            kinds = set()
            for art, _, q in members:
                name = who(q)
                if _source(art) not in credited[name]:
                    credited[name].append(_source(art))
                a = actors.get(q.actor or "")
                kinds.add((a.kind if a else None, q.actor))
            status, extra, conf = "conflict", "", base
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
            d_src = ", ".join(dict.fromkeys(_source(a) for a in direct))
            i_src = ", ".join(dict.fromkeys(_source(a) for a in indirect))
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
        if w not in _STOP and w not in ("afghan", "council")
    }
    for role in person.roles:
        words = set(re.findall(r"[a-z]+", role.text.lower()))
        if len(org_words & words) >= 2 or (len(org_words) == 1 and org_words <= words):
            return True
    return False


# --------------------------------------------------------------------------- dates

_FUTURE = re.compile(
    r"\b(?:will|would|shall|to be|scheduled|planned|plans?|expected|due|set to|going to|next|deadline|until|by|before|should)\b",
    re.IGNORECASE,
)
_EXPLICIT = re.compile(r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.IGNORECASE)


def _dates(corpus: Corpus, ctx: _Ctx) -> list[Discrepancy]:
    import datetime as _dt

    out = []
    seen: set[frozenset] = set()
    for entry in corpus.timeline:
        for c in entry.conflicts:
            mine = c.get("mention") or {}
            a_id, a_t = mine.get("article"), mine.get("timex")
            b_id, b_t = c.get("article"), c.get("timex")
            key = frozenset(((a_id, a_t), (b_id, b_t)))
            if key in seen:
                continue
            seen.add(key)
            pair = []
            for art_id, ti in ((a_id, a_t), (b_id, b_t)):
                art = ctx.articles.get(art_id)
                if art is None or not isinstance(ti, int) or not (0 <= ti < len(art.timexes)):
                    break
                t = art.timexes[ti]
                pair.append((art, ti, t))
            if len(pair) != 2:
                continue
            pair.sort(key=lambda p: ctx.order[p[0].id])
            inferred = [_source(art) for art, _, t in pair if t.inferred]
            conf = 0.6 if not inferred else 0.5
            note = (
                f"{_source(pair[0][0])} dates it {pair[0][2].value}, {_source(pair[1][0])} "
                f"{pair[1][2].value}: what looks like the same event on different dates."
            )
            if inferred:
                note += f" ({', '.join(inferred)} has no date of its own; its date is inferred.)"
            items = [
                ctx.item(art, "timex", ti, t.start, t.end, t.text, value=t.value)
                for art, ti, t in pair
            ]
            ids = sorted(f"{art.id}#{ti}" for art, ti, _ in pair)
            out.append(
                Discrepancy(
                    id=f"date:{ids[0]}:{ids[1]}",
                    kind="date",
                    topic=f"date: {pair[0][2].value} vs {pair[1][2].value}",
                    status="conflict",
                    confidence=conf,
                    note=note,
                    items=items,
                )
            )
    # an inferred article date earlier than an explicit past date it reports
    from tui.corpus.timeline import calendar_span

    for art in corpus.articles:
        if art.published_from != "inferred" or art.published is None:
            continue
        for i, t in enumerate(art.timexes):
            if t.type != "DATE" or not _EXPLICIT.search(t.text):
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
                    topic=f"{_source(art)}: inferred date {art.published.isoformat()} vs {t.value}",
                    status="conflict",
                    confidence=0.5,
                    note=(
                        f"{_source(art)} has no date of its own (inferred {art.published.isoformat()}), "
                        f"yet it reports {t.text!s} ({t.value}) as past."
                    ),
                    items=[ctx.item(art, "timex", i, t.start, t.end, t.text, value=t.value)],
                )
            )
    return out


# --------------------------------------------------------------------------- coverage


def _coverage(corpus: Corpus, ctx: _Ctx, groups: list[_Group]) -> list[Discrepancy]:
    n = len(corpus.articles)
    if n < 2:
        return []
    out = []
    first_mentions: dict[str, dict[str, int]] = defaultdict(
        dict
    )  # actor -> article -> mention index
    for art in corpus.articles:
        for i, m in enumerate(art.mentions):
            if m.actor and art.id not in first_mentions[m.actor]:
                first_mentions[m.actor][art.id] = i
    need = max(3, math.ceil(0.6 * n))
    for actor in corpus.actors:
        arts = [a for a in actor.articles if a in ctx.articles]
        if not arts or actor.candidates:
            continue  # (a name the text leaves undecided between people is no one's coverage)

        def mention_items(ids, actor_id=actor.id):
            items = []
            for aid in ids:
                i = first_mentions.get(actor_id, {}).get(aid)
                art = ctx.articles[aid]
                if i is not None:
                    m = art.mentions[i]
                    items.append(ctx.item(art, "mention", i, m.start, m.end, m.text))
            return items

        if len(arts) == 1 and actor.mention_count >= 2:
            art = ctx.articles[arts[0]]
            out.append(
                Discrepancy(
                    id=f"coverage:actor:{actor.id}",
                    kind="coverage",
                    topic=f"{actor.name}: only {_source(art)}",
                    status="only-one-source",
                    confidence=0.7 if actor.mention_count >= 3 else 0.6,
                    note=f"Only {_source(art)} mentions {actor.name} ({actor.mention_count} times).",
                    items=mention_items(arts),
                )
            )
        elif need <= len(arts) < n and actor.mention_count >= 4:
            present = set(arts)
            missing = [a.id for a in corpus.articles if a.id not in present]
            names = ", ".join(_source(ctx.articles[m]) for m in missing[:5]) + (
                f" and {len(missing) - 5} more" if len(missing) > 5 else ""
            )
            out.append(
                Discrepancy(
                    id=f"coverage:actor:{actor.id}",
                    kind="coverage",
                    topic=f"{actor.name}: not in {names}",
                    status="missing",
                    confidence=round(min(0.9, len(arts) / n), 3),
                    note=f"{len(arts)} of {n} sources mention {actor.name}; {names} never do{'es' if len(missing) == 1 else ''}.",
                    items=mention_items(arts[:_MAX_ITEMS]),
                    missing_from=missing[:200],
                )
            )
    # figures of a notable class that only one source gives
    linked = _components(groups)
    for members, _ in linked:
        figs = [f for g in members for f in g.members]
        arts = {f.art.id for f in figs}
        cls = members[0].cls
        if len(arts) != 1 or not (cls in _NOTABLE or cls.startswith("money:")):
            continue
        f0 = min(figs, key=lambda f: f.fig.start)
        label = _label(cls, figs)
        out.append(
            Discrepancy(
                id=f"coverage:figure:{cls}:{_vid(_values(members))}",
                kind="coverage",
                topic=f"{label}: {_fig_value(f0.fig)} (only {_source(f0.art)})",
                status="only-one-source",
                confidence=0.55,
                note=f"Only {_source(f0.art)} gives this figure: {f0.fig.text}.",
                items=[
                    ctx.item(
                        f.art,
                        "figure",
                        f.index,
                        f.fig.start,
                        f.fig.end,
                        f.fig.text,
                        value=f.fig.value,
                        low=f.fig.low,
                        high=f.fig.high,
                        hedge=f.fig.hedge,
                        unit=f.fig.unit,
                    )
                    for f in figs[:_MAX_ITEMS]
                ],
            )
        )
    return out


def coverage_matrix(corpus: Corpus, max_rows: int | None = 300) -> dict[str, Any]:
    """Which source mentions what: ``{"sources": [article ids], "rows": [{"item", "kind",
    "id", "present": [bool per source]}]}``. Rows: actors (most widely mentioned first),
    figure topics, then dated events (timeline days); at most ``max_rows``."""
    ctx = _Ctx(corpus)
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
    fig_rows = []
    for members, _ in _components(_figure_groups(corpus, ctx)):
        figs = [f for g in members for f in g.members]
        cls = members[0].cls
        if not (cls in _NOTABLE or cls.startswith("money:") or len({f.art.id for f in figs}) > 1):
            continue
        values = _values(members)
        label = f"{_label(cls, figs)}: " + " vs ".join(_topic_values(members))
        fig_rows.append(
            {
                "item": label,
                "kind": "figure",
                "id": f"{cls}:{_vid(values)}",
                "present": present({f.art.id for f in figs}),
            }
        )
    fig_rows.sort(key=lambda r: (-sum(r["present"]), r["item"]))
    rows.extend(fig_rows)
    for entry in corpus.timeline:
        if len(entry.value) == 10:  # a day
            rows.append(
                {
                    "item": entry.value,
                    "kind": "date",
                    "id": entry.value,
                    "present": present({m["article"] for m in entry.mentions}),
                }
            )
    if max_rows is not None:
        rows = rows[:max_rows]
    return {"sources": sources, "rows": rows}


# --------------------------------------------------------------------------- all of it

_STATUS_ORDER = {
    "conflict": 0,
    "updated": 1,
    "hedged": 2,
    "missing": 3,
    "only-one-source": 4,
    "agree": 5,
}
_KIND_ORDER = {"figure": 0, "attribution": 1, "date": 2, "coverage": 3}


def find_discrepancies(corpus: Corpus, config=None) -> list[Discrepancy]:
    """Every discrepancy at or above the configured confidence, not silenced, most serious first."""
    return finish_discrepancies(start_discrepancies(corpus, config), corpus)


class Started:
    """What :func:`start_discrepancies` worked out: every kind but attribution."""

    def __init__(self, config, ctx: _Ctx, kinds: set[str], found: dict[str, list[Discrepancy]]):
        self.config, self.ctx, self.kinds, self.found = config, ctx, kinds, found


def start_discrepancies(corpus: Corpus, config=None) -> Started:
    """The discrepancies that do not read the quote groups (figures, dates, coverage): the
    merge works them out while its helper process is still grouping the quotes, then
    :func:`finish_discrepancies` adds attribution once the groups are in ``corpus``."""
    settings = getattr(config, "discrepancies", None)
    kinds = set(getattr(settings, "kinds", None) or ("figure", "attribution", "date", "coverage"))
    ctx = _Ctx(corpus)
    found: dict[str, list[Discrepancy]] = {}
    groups = _figure_groups(corpus, ctx) if ("figure" in kinds or "coverage" in kinds) else []
    checkpoint()
    if "figure" in kinds:
        found["figure"] = _figure_discrepancies(groups, ctx)
    checkpoint()
    if "date" in kinds:
        found["date"] = _dates(corpus, ctx)
    checkpoint()
    if "coverage" in kinds:
        found["coverage"] = _coverage(corpus, ctx, groups)
    return Started(config, ctx, kinds, found)


def finish_discrepancies(started: Started, corpus: Corpus) -> list[Discrepancy]:
    """:func:`find_discrepancies` from what :func:`start_discrepancies` found, with the
    quote groups now in ``corpus`` (in the order find_discrepancies always gave)."""
    checkpoint()
    settings = getattr(started.config, "discrepancies", None)
    min_conf = getattr(settings, "min_confidence", DEFAULT_MIN_CONFIDENCE)
    ignore = [
        p for p in (getattr(settings, "ignore", None) or []) if isinstance(p, str) and p.strip()
    ]
    found = started.found
    if "attribution" in started.kinds:
        found["attribution"] = _attribution(corpus, started.ctx)
    out: list[Discrepancy] = []
    for kind in ("figure", "attribution", "date", "coverage"):
        out += found.get(kind, [])

    def silenced(d: Discrepancy) -> bool:
        for p in ignore:
            pl = p.strip().lower()
            if (
                d.id.lower() == pl
                or fnmatch.fnmatchcase(d.id.lower(), pl)
                or fnmatch.fnmatchcase(d.topic.lower(), pl)
            ):
                return True
        return False

    out = [d for d in out if d.confidence >= min_conf and not silenced(d)]
    # ids are unique (a repeat gets a suffix), order: most serious and surest first
    seen: Counter = Counter()
    for d in out:
        seen[d.id] += 1
        if seen[d.id] > 1:
            d.id = f"{d.id}~{seen[d.id]}"
    out.sort(
        key=lambda d: (
            _STATUS_ORDER.get(d.status, 9),
            _KIND_ORDER.get(d.kind, 9),
            -d.confidence,
            d.id,
        )
    )
    return out
