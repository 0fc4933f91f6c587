"""Crediting quotes to actors, and grouping the same utterance across sources.

``group_quotes(articles, actors, config=None) -> list[QuoteGroup]``

1. Sets ``quote.actor`` on every quote: the actor of a mention overlapping the speaker's
   span; else the actor one of whose aliases is the speaker string (or, for a single
   surname, the one person actor whose aliases end in it); else None.
2. Groups statements from *different* articles that are the same utterance, even when
   worded differently (translation, trimming, paraphrase, direct vs indirect).

Choices:
- Only utterances reported by at least two articles form a group; a statement made once
  gets no group (the quotes pane lists it under its speaker). ``term`` quotes are never
  grouped.
- Candidates are blocked, never compared all-against-all: an inverted index from each
  quote's content words (its 40 rarest), and from actor + content word, to the quotes
  that use them; blocks larger than 60 quotes (words too common to tell statements apart)
  are skipped, and only quotes sharing two keys (one for very short quotes) are compared.
  Cost grows with the number of quotes times the capped block sizes, not quadratically.
- Similarity (:func:`tui.merge.quote_align.similarity`): 0.7 x content-word containment
  (idf-weighted in corpora of 30+ quotes) + 0.3 x word-order alignment (rapidfuzz LCS over
  stemmed words), less a penalty for figures one version has and the other lacks. A pair
  links at 0.55 (a bar that can be raised for pairs credited to different actors; on the
  seeds one outlet credits a statement to the security adviser and another to his
  council, which is exactly what ``speakers_disagree`` must show, so it is not).
- Short statements (fewer than six content words) group only as near-verbatim excerpts
  (an unbroken run of their words, with two shared words rare in a large corpus); longer
  ones need four shared content words, and a version much shorter than the other must
  share an unbroken run of four words with it.
- A shared set phrase is not one utterance: when every shared content word lies in one
  unbroken run and the pair covers less than 75 % of the shorter version's content words
  ("an important step in the peace process" in two different statements), no link.
- Time: each statement is dated by a full date expression in its sentence outside the
  quoted words ("…, he said on March 22"), else by its article's date. Statements dated
  more than seven days apart link only when near-verbatim (an unbroken run of 80 % of the
  shorter version's words): a repeated phrase weeks later is a new utterance.
- A close paraphrase of a statement dated the same week links at a lower bar (0.5) when
  the two share five or more content words covering 60 % of the shorter version: idf
  weighting in a one-story corpus discounts the story's own words ("prisoners",
  "release"), which paraphrases of one statement share most.
- Linking is transitive with care: two clusters merge only when every compared pair
  across them also reaches the lower bar (0.5), so one loose link cannot chain two
  different statements into one group.
- ``pairs`` holds, for each pair of members from different articles (all pairs in groups
  of up to eight members, otherwise each member against the group's best-connected
  member), the relation, the similarity and a word-level diff; see
  :func:`tui.merge.quote_align.diff` for its entries.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import math
import re
from collections import Counter, defaultdict
from collections.abc import Set as AbstractSet
from itertools import combinations

from tui.analysis.text import sentence_spans
from tui.load.cancel import checkpoint
from tui.merge.dsu import DisjointSet
from tui.merge.quote_align import (
    Words,
    diff,
    group_relation,
    has_run,
    longest_match,
    longest_run,
    relation,
    similarity,
    similarity_from,
)
from tui.model import Actor, Article, Quote, QuoteGroup, QuotePair, Ref

LINK = 0.55
LINK_OTHER_ACTOR = 0.55
KEEP_TOGETHER = 0.5
#: rarest content words per quote used as blocking keys
KEYS_PER_QUOTE = 40
#: a blocking key shared by more quotes than this is too common to block on
MAX_BLOCK = 60
FULL_PAIRS_UP_TO = 8


def _norm(s: str) -> str:
    s = s.lower().replace("’", "'")
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"[^\w\s]", " ", s)
    words = s.split()
    while words and words[0] in ("the", "a", "an", "mr", "mrs", "ms", "dr"):
        words = words[1:]
    return " ".join(words)


def credit_actors(articles: list[Article], actors: list[Actor]) -> None:
    """Set ``quote.actor`` for every quote of every article (see module docstring)."""
    by_alias: dict[str, set[str]] = defaultdict(set)
    by_surname: dict[str, set[str]] = defaultdict(set)
    for a in actors:
        for alias in [a.name, *a.aliases]:
            n = _norm(alias)
            if n:
                by_alias[n].add(a.id)
                if a.kind == "PERSON":
                    by_surname[n.split()[-1]].add(a.id)
    for art in articles:
        ments = sorted((m for m in art.mentions if m.actor), key=lambda m: m.start)
        # the mentions overlapping a speaker span are found by bisection, not by a scan from
        # the start (a huge article has tens of thousands of quotes and mentions):
        # starts[i] and the running maximum of the ends up to i are both sorted
        starts = [m.start for m in ments]
        max_end: list[int] = []
        for m in ments:
            max_end.append(max(m.end, max_end[-1]) if max_end else m.end)
        for q in art.quotes:
            q.actor = None
            if q.kind == "term" or not q.speaker or q.unresolved:
                continue  # an unresolved "he" or "the senator" is credited to no one
            # a resolved pronoun or role noun is credited to the person it refers to
            s0, e0 = (
                (q.resolved_start, q.resolved_end)
                if q.resolved
                else (q.speaker_start, q.speaker_end)
            )
            if s0 is not None and e0 is not None:
                best = None
                lo = bisect.bisect_right(max_end, s0)
                hi = bisect.bisect_left(starts, e0)
                for m in ments[lo:hi]:
                    if m.end <= s0 or _modifies(art.body, m.end, e0):
                        continue
                    if best is None or m.end - m.start > best.end - best.start:
                        best = m
                if best is not None:
                    q.actor = best.actor
                    continue
            n = _norm(q.who() or "")
            ids = by_alias.get(n)
            if ids and len(ids) == 1:
                q.actor = next(iter(ids))
                continue
            if n and " " not in n:
                ids = by_surname.get(n)
                if ids and len(ids) == 1:
                    q.actor = next(iter(ids))


#: what follows a name inside a speaker phrase when the name only modifies its head: a
#: possessive ("Clinton's top aide") or another word ("a Warren adviser", "the Sanders
#: campaign", "the Senate Democratic leader"); an apposition or a bracket is set off first
_MODIFIER_AFTER = re.compile(r"\s*(?:['’]s\b|[^\W\d_])")


def _modifies(body: str, name_end: int, phrase_end: int) -> bool:
    """Is the name ending at ``name_end`` a modifier of the speaker phrase's head rather
    than its head? The aide, adviser or campaign of a person speaks for itself: crediting
    the words to the person would put them in the wrong mouth."""
    return name_end < phrase_end and _MODIFIER_AFTER.match(body, name_end, phrase_end) is not None


#: a quote with fewer content words than this must match almost word for word
SHORT = 6
#: a word used by at most this many quotes of a large corpus is rare
RARE_DF = 3


def _enough_evidence(
    a: Words, b: Words, ca: AbstractSet[str], cb: AbstractSet[str], df: dict[str, int] | None = None
) -> bool:
    """Enough shared substance to call two versions one utterance.

    Short statements share a few topic words by chance ("the campaign is taking nothing
    for granted" against any long quote about a campaign), so a short one groups only as a
    near-verbatim excerpt (75 % of its words as one
    unbroken run in the other); a longer one needs four
    shared content words besides the similarity bar.
    """
    both = ca & cb
    shared = len(both)
    if min(len(ca), len(cb)) < SHORT:
        short = min(len(a.keys), len(b.keys))
        if not (shared >= 3 and short > 0 and longest_run(a, b) >= max(3, 0.75 * short)):
            return False
        # a stock phrase ("we waited too long") is not one utterance: in a corpus big
        # enough to tell, two of the shared words must be rare in it
        return df is None or sum(1 for w in both if df.get(w, 0) <= RARE_DF) >= 2
    if shared < 4:
        return False
    lo, hi = min(len(ca), len(cb)), max(len(ca), len(cb))
    # (the longest shared run is found only when a test below needs it: most pairs of a
    # big corpus need neither test, or only to know that some run reaches four words)
    if shared < COVER * lo:
        # a stock phrase ("an important step in the peace process") is not one
        # utterance: when every shared word sits in one unbroken run and the run leaves
        # much of the shorter version unsaid, the two only quote the same set phrase
        start, size = longest_match(a, b) if a.keys and b.keys else (0, 0)  # once for both tests
        if both <= set(a.keys[start : start + size]):
            return False
        if hi >= 2 * lo:
            return size >= 4
        return True
    # a short version against a much longer one must be an excerpt of it (an unbroken
    # run of words), not a handful of its topic words
    if hi >= 2 * lo:
        return has_run(a, b, 4)
    return True


#: share of the shorter version's content words a pair sharing only one unbroken run
#: (a set phrase) must cover
COVER = 0.75
#: statements dated further apart than this are different utterances unless near-verbatim
MAX_DAYS = 7
#: near-verbatim: an unbroken run of at least this share of the shorter version's words
VERBATIM_RUN = 0.8
#: a second, lower similarity bar for a close paraphrase: many shared content words that
#: cover most of the shorter version, in statements dated within MAX_DAYS of each other
LINK_PARAPHRASE = 0.5
PARAPHRASE_SHARED = 5
PARAPHRASE_COVER = 0.6


def _speakers_compatible(a: Quote, b: Quote, kinds: dict[str, str]) -> bool:
    """Can two quotes be one person's statement? Not when both are credited to actors of
    the same kind that differ (two people, two bodies); a person and an institution are
    (people speak for bodies), and an unresolved speaker fits anyone."""
    if not a.actor or not b.actor or a.actor == b.actor:
        return True
    ka, kb = kinds.get(a.actor), kinds.get(b.actor)
    return ka is None or kb is None or ka != kb


#: a statement credited to two different people must be at least this many words, all of
#: the shorter version standing in the longer one
CONTAINED_MIN_WORDS = 6


def _contained(a: Words, b: Words) -> bool:
    """Is the shorter version, word for word, inside the longer one (and long enough to
    be one statement, not a shared phrase)?"""
    from rapidfuzz.distance import LCSseq

    short = min(len(a.keys), len(b.keys))
    return short >= CONTAINED_MIN_WORDS and LCSseq.similarity(a.keys, b.keys) == short


def _near_verbatim(a: Words, b: Words) -> bool:
    short = min(len(a.keys), len(b.keys))
    return short > 0 and longest_run(a, b) >= max(4, VERBATIM_RUN * short)


_FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def statement_dates(art: Article) -> list:
    """For each quote of ``art``, the day the statement was made, as far as the text
    tells: a full date expression in the quote's sentence but outside the quoted words
    ("…, Khalilzad said late Sunday", resolved by the timex tagger), else the article's
    date; None when neither is known."""
    dated = []
    for t in art.timexes or []:
        if t.type == "DATE" and t.caption is None and _FULL_DATE.match(t.value or ""):
            try:
                dated.append((t.start, t.end, _dt.date.fromisoformat(t.value)))
            except ValueError:
                continue
    out = []
    sents = sentence_spans(art.body) if dated and art.body else []
    starts = [x for x, _ in sents]
    for q in art.quotes:
        day = art.published
        if sents:
            i = max(0, bisect.bisect_right(starts, q.start) - 1)
            j = max(i, bisect.bisect_right(starts, max(q.start, q.end - 1)) - 1)
            lo, hi = sents[i][0], sents[j][1]
            for ts, te, d in dated:
                if lo <= ts and te <= hi and (te <= q.start or ts >= q.end):
                    day = d
                    break
        out.append(day)
    return out


def _dates_apart(da, db) -> bool:
    return da is not None and db is not None and abs((da - db).days) > MAX_DAYS


def group_quotes(articles: list[Article], actors: list[Actor], config=None) -> list[QuoteGroup]:
    credit_actors(articles, actors)
    return group_credited(articles, kinds=actor_kinds(actors))


def actor_kinds(actors: list[Actor]) -> dict[str, str]:
    """Each actor's kind (PERSON, ORG, ...), for telling compatible speakers apart."""
    return {a.id: a.kind for a in actors}


def group_credited(
    articles: list[Article], dates: list[list] | None = None, kinds: dict[str, str] | None = None
) -> list[QuoteGroup]:
    """The grouping of :func:`group_quotes`, on quotes already credited to actors.
    ``dates``: :func:`statement_dates` of every article, when they were worked out
    beforehand (the articles may then come without their bodies); ``kinds``: each
    actor's kind (:func:`actor_kinds`)."""
    pool = _Statements(articles, dates, kinds)
    shared = _shared_blocks(pool)
    edges, sims = _links(pool, shared)
    checkpoint()
    dsu = _joined(pool, edges, sims)
    items = pool.items
    groups: list[QuoteGroup] = []
    for members in dsu.members.values():
        if len({items[m][0] for m in members}) < 2:
            continue  # said once (or only within one article): no group
        members = sorted(members, key=lambda m: (items[m][0], items[m][2].start))
        groups.append(_build_group(members, items, pool.words, sims, articles, pool.idf))
    groups.sort(key=lambda g: (g.members[0].article, g.members[0].index))
    for n, g in enumerate(groups, 1):
        g.id = f"q{n}"
    return groups


class _Statements:
    """The quotes compared (every kind but terms) with their words, the corpus's word
    frequencies, and each statement's date (worked out once per article, when asked)."""

    def __init__(
        self, articles: list[Article], dates: list[list] | None, kinds: dict[str, str] | None
    ):
        self.articles, self.dates, self.kinds = articles, dates, kinds or {}
        self.items: list[tuple[int, int, Quote]] = []  # (article index, quote index, quote)
        for ai, art in enumerate(articles):
            for qi, q in enumerate(art.quotes):
                if q.kind != "term":
                    self.items.append((ai, qi, q))
        self.words = [Words.of(q.text) for _, _, q in self.items]
        self.content = [w.content() for w in self.words]
        self.usable = [len(c) >= 3 for c in self.content]
        self.df: dict[str, int] = defaultdict(int)
        for i, c in enumerate(self.content):
            if self.usable[i]:
                for k in c:
                    self.df[k] += 1
        n_usable = max(1, sum(self.usable))
        # document frequencies say little in a handful of quotes: weight only larger corpora
        self.idf = (
            {k: math.log((1 + n_usable) / (1 + d)) + 1.0 for k, d in self.df.items()}
            if n_usable >= 30
            else None
        )
        self._dates_of: dict[int, list] = {}

    def day(self, i: int):
        """The date of statement ``i`` (:func:`statement_dates`)."""
        ai, qi, _ = self.items[i]
        if ai not in self._dates_of:
            self._dates_of[ai] = (
                statement_dates(self.articles[ai]) if self.dates is None else self.dates[ai]
            )
        return self._dates_of[ai][qi]


def _shared_blocks(pool: _Statements) -> Counter[tuple[int, int]]:
    """Blocking: how many blocks of an inverted index over rare content words (and actor
    + word) each pair of statements from two articles shares."""
    items, df = pool.items, pool.df
    index: dict[tuple[str | None, str], list[int]] = defaultdict(list)
    for i, c in enumerate(pool.content):
        if not pool.usable[i]:
            continue
        # every content word is a key; words too common to tell statements apart are
        # dropped by the block-size cap below
        keys = sorted(c, key=lambda k: (df[k], k))[:KEYS_PER_QUOTE]
        for k in keys:
            index[(None, k)].append(i)
            actor = items[i][2].actor
            if actor:
                index[(actor, k)].append(i)
    # a block lists its quotes in ascending order, so its pairs come out as (i, j) with
    # i < j; Counter counts them in C
    shared: Counter[tuple[int, int]] = Counter()
    checkpoint()
    for block in index.values():
        if not 2 <= len(block) <= MAX_BLOCK:
            continue
        arts = {items[i][0] for i in block}
        if len(arts) == len(block):  # one quote per article: every pair counts
            shared.update(combinations(block, 2))
        elif len(arts) > 1:  # pairs within one article are never compared
            shared.update((i, j) for i, j in combinations(block, 2) if items[i][0] != items[j][0])
    return shared


def _links(
    pool: _Statements, shared: Counter[tuple[int, int]]
) -> tuple[list[tuple[float, int, int]], dict[tuple[int, int], float]]:
    """The candidate pairs that say one statement, as (similarity, i, j) edges, most
    similar first, and the similarities worked out on the way."""
    content, words = pool.content, pool.words
    sims: dict[tuple[int, int], float] = {}
    edges: list[tuple[float, int, int]] = []
    for count, ((i, j), n) in enumerate(shared.items()):
        if not count & 4095:
            checkpoint()
        if n < 2 and min(len(content[i]), len(content[j])) > 4:
            continue
        s = similarity_from(words[i], words[j], pool.idf, LINK_PARAPHRASE)
        if s is None:
            continue  # below every bar whatever the word order (computed again if needed)
        sims[(i, j)] = s
        if s >= LINK_PARAPHRASE and _one_statement(pool, i, j, s):
            edges.append((s, i, j))
    edges.sort(key=lambda e: (-e[0], e[1], e[2]))
    return edges, sims


def _one_statement(pool: _Statements, i: int, j: int, s: float) -> bool:
    """Do statements ``i`` and ``j``, of similarity ``s``, report one utterance?"""
    content, words = pool.content, pool.words
    actor_i, actor_j = pool.items[i][2].actor, pool.items[j][2].actor
    bar = LINK_OTHER_ACTOR if (actor_i and actor_j and actor_i != actor_j) else LINK
    di, dj = pool.day(i), pool.day(j)
    if _dates_apart(di, dj) and not _near_verbatim(words[i], words[j]):
        return False  # weeks apart: a repeated phrase, not one utterance reported twice
    if s < bar:
        # a close paraphrase of the same day's statement ("the sides exchanged views on
        # initial technical steps" / "both sides exchanged options for the first
        # technical steps"): many shared words covering most of the shorter version
        both = len(content[i] & content[j])
        if not (
            di is not None
            and dj is not None
            and both >= PARAPHRASE_SHARED
            and both >= PARAPHRASE_COVER * min(len(content[i]), len(content[j]))
        ):
            return False
    if not _speakers_compatible(pool.items[i][2], pool.items[j][2], pool.kinds) and not _contained(
        words[i], words[j]
    ):
        return False  # two different people: the same words by both, or two statements
    return _enough_evidence(
        words[i], words[j], content[i], content[j], pool.df if pool.idf else None
    )


def _joined(
    pool: _Statements, edges: list[tuple[float, int, int]], sims: dict[tuple[int, int], float]
) -> DisjointSet:
    """The statements joined along ``edges``, best first; two groups join only when most
    of their cross pairs are similar too."""
    items, words = pool.items, pool.words
    dsu = DisjointSet(range(len(items)), members=True)
    for _s, i, j in edges:
        ri, rj = dsu.find(i), dsu.find(j)
        if ri == rj:
            continue
        A, B = dsu.members[ri], dsu.members[rj]
        if len(A) * len(B) > 1:
            good = total = 0
            for x in A[:12]:
                for y in B[:12]:
                    if items[x][0] == items[y][0]:
                        continue
                    key = (x, y) if x < y else (y, x)
                    if key not in sims:
                        sims[key] = similarity(words[x], words[y], pool.idf)
                    total += 1
                    good += sims[key] >= KEEP_TOGETHER
            if total and good < total:
                continue
        dsu.union(i, j)
    return dsu


def _build_group(members, items, words, sims, articles, idf) -> QuoteGroup:
    def sim(x: int, y: int) -> float:
        key = (x, y) if x < y else (y, x)
        if key not in sims:
            sims[key] = similarity(words[x], words[y], idf)
        return sims[key]

    n = len(members)
    if n <= FULL_PAIRS_UP_TO:
        index_pairs = [(a, b) for a in range(n) for b in range(a + 1, n)]
    else:
        centre = max(
            range(n), key=lambda a: sum(sim(members[a], members[b]) for b in range(n) if b != a)
        )
        index_pairs = [(min(centre, b), max(centre, b)) for b in range(n) if b != centre]
    pairs = []
    for a, b in index_pairs:
        x, y = members[a], members[b]
        if items[x][0] == items[y][0]:
            continue
        qx, qy = items[x][2], items[y][2]
        pairs.append(
            QuotePair(
                a,
                b,
                relation(words[x], words[y], qx.kind, qy.kind),
                round(sim(x, y), 3),
                diff(words[x], words[y]),
            )
        )
    actor_ids = [items[m][2].actor for m in members if items[m][2].actor]
    actor = max(set(actor_ids), key=lambda a: (actor_ids.count(a), a)) if actor_ids else None
    return QuoteGroup(
        id="",
        actor=actor,
        relation=group_relation([p.relation for p in pairs]),
        members=[Ref(articles[items[m][0]].id, items[m][1]) for m in members],
        pairs=pairs,
        speakers_disagree=_disagree([items[m][2] for m in members]),
    )


def _disagree(quotes: list[Quote]) -> bool:
    """Do the members credit different speakers? Only names count (as written or
    resolved): an unresolved "he" or an unnamed "a spokesman" disagrees with no one. By
    actor when both are known, else by the names (no shared word: "Hamdullah Mohib" vs
    "the Council")."""
    known = [q for q in quotes if _named(q)]
    for x in range(len(known)):
        for y in range(x + 1, len(known)):
            a, b = known[x], known[y]
            if a.actor and b.actor:
                if a.actor != b.actor:
                    return True
                continue
            wa, wb = set(_norm(_named(a) or "").split()), set(_norm(_named(b) or "").split())
            if wa and wb and not (wa & wb):
                return True
    return False


def _named(q: Quote) -> str | None:
    """The name a quote credits: its resolved name, or its speaker when that is a name
    ("Khalilzad", "the Council"), not a pronoun or a role noun left unresolved."""
    if q.resolved:
        return q.resolved
    if not q.speaker or q.unresolved:
        return None
    words = q.speaker.split()
    if words[-1][:1].islower() or words[-1].lower() in _PRONOUNS:
        return None  # "he", "a spokesman", "the envoy"
    return q.speaker


_PRONOUNS = frozenset("he she they it we i you".split())
