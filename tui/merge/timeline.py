"""The corpus timeline: every calendar date the articles mention, with who says what happened.

``build_timeline(articles, config=None)`` groups the articles' time expressions by their
resolved calendar value (a day, ISO week, month, quarter, season or year), sorts them by
date, attaches the sentence each sits in, and flags entries where sources seem to place the
same event on different dates.

Before that, an article the reader could not date and whose own text was not enough
(``infer_published`` returned None) gets a second chance with the corpus as context: the
dates of its sibling articles are passed as the reference date (a story's articles are
written within weeks of each other), so "Feb. 29 ... March 10 ... on Sunday" can be placed
in its year. Such an article is marked ``published_from: "inferred"`` and its time
expressions are resolved again, marked ``inferred``. The corpus merge does this before all
its other passes (:mod:`tui.merge.passes`), so that they read the same dates.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as _dt
import functools
import math
import re
from collections import defaultdict

from tui.analysis.text import SentenceIndex
from tui.analysis.timex import date_evidence, infer_published, tag_timexes
from tui.load.cancel import checkpoint
from tui.model import (
    Article,
    TimelineConflict,
    TimelineEntry,
    TimelineMention,
    Timex,
    TimexRef,
)

# -- calendar values ----------------------------------------------------------------------

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(-WE)?$")
_QUARTER = re.compile(r"^(\d{4})-([QH])([1-4])$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_SEASON_MONTHS = {"WI": (-1, 12, 2), "SP": (0, 3, 5), "SU": (0, 6, 8), "FA": (0, 9, 11)}


def _last_day(y: int, m: int) -> _dt.date:
    return _dt.date(y, m, calendar.monthrange(y, m)[1])


def calendar_span(value: str) -> tuple[str, _dt.date, _dt.date] | None:
    """(timeline key, first day, last day) of a calendar value; None for durations, refs, X's.

    A time of day ("2020-03-29TNI", "2020-03-29T10:00") belongs to its day.
    """
    try:
        if m := _DAY.match(value):
            d = _dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            return d.isoformat(), d, d
        if m := _MONTH.match(value):
            y, mo = int(m.group(1)), int(m.group(2))
            return value, _dt.date(y, mo, 1), _last_day(y, mo)
        if m := _YEAR.match(value):
            y = int(m.group(1))
            return value, _dt.date(y, 1, 1), _dt.date(y, 12, 31)
        if m := _WEEK.match(value):
            y, w = int(m.group(1)), int(m.group(2))
            start = _dt.date.fromisocalendar(y, w, 6 if m.group(3) else 1)
            return value, start, _dt.date.fromisocalendar(y, w, 7)
        if m := _QUARTER.match(value):
            y, kind, n = int(m.group(1)), m.group(2), int(m.group(3))
            months = 3 if kind == "Q" else 6
            if n > 12 // months:
                return None
            first = (n - 1) * months + 1
            return value, _dt.date(y, first, 1), _last_day(y, first + months - 1)
        if m := _SEASON.match(value):
            y = int(m.group(1))
            dy, m1, m2 = _SEASON_MONTHS[m.group(2)]
            return value, _dt.date(y + dy, m1, 1), _last_day(y, m2)
    except (ValueError, OverflowError):
        return None
    return None


def placed_at(t: Timex) -> str | None:
    """The calendar value a time expression sits at on the timeline: its ``position`` when
    its value is a length counted from a known day ("a month earlier": P1M at 2020-02), else
    the value of a DATE or TIME; None for other durations, sets and vague references."""
    if t.position is not None:
        return t.position
    return t.value if t.type in ("DATE", "TIME") else None


def sort_key(value: str) -> tuple:
    """Chronological, and a period before the days inside it: 2020, 2020-03, 2020-03-10."""
    span = calendar_span(value)
    if span is None:
        return (_dt.date.max, 0, value)
    _, first, last = span
    return (first, -(last - first).days, value)


# -- dating undated articles with the corpus as context ---------------------------------


def date_undated(articles: list[Article], config=None) -> None:
    """Give undated articles an inferred date, using their dated siblings as the reference."""
    extraction = getattr(config, "extraction", None)
    if extraction is not None and not getattr(extraction, "infer_dates", True):
        return
    undated = [a for a in articles if a.published is None]
    if not undated:
        return
    known = sorted(
        a.published for a in articles if a.published is not None and a.published_from != "inferred"
    )
    if not known:
        return
    reference = known[len(known) // 2]
    # per-article extraction is imported only when an article is to be dated: the date
    # tagger is a large import that a merge of dated articles never needs
    from tui.analysis.timex.tagger import find_matches
    from tui.load.extract import (
        ANALYSIS_CHUNK_CHARS,
        analyze_bounded,
        caption_timexes,
        prime_timex_matches,
    )

    for a in undated:
        checkpoint()
        short = len(a.body) <= ANALYSIS_CHUNK_CHARS
        matches = None
        evidence = a.hints.date_evidence
        try:
            # as in tui.load.extract.analyze_article: the date is looked for near the start,
            # and a huge text is tagged in pieces within the time limit; what the text says
            # about its date was kept by per-article extraction (and cached), so only the
            # decision runs again here. An article that kept none (from a .jsonl file
            # written elsewhere) is searched once, for its evidence and its tagging.
            if evidence is None and short:
                matches = find_matches(a.body)
                evidence = date_evidence(a.body, matches=matches)
            guess = infer_published(
                a.body[:ANALYSIS_CHUNK_CHARS], a.hints.for_dating(reference), evidence
            )
        except Exception:  # dating is a bonus: never lose the corpus over it
            guess = None
        if guess is None:
            continue
        a.published, a.published_from = guess, "inferred"
        try:
            if short or config is None:
                # the date rules' matches found when the article was extracted, when it
                # kept them: the text is not searched again
                if matches is None:
                    matches = prime_timex_matches(a.body, a.hints.timex_matches)
                a.timexes = tag_timexes(a.body, guess, matches=matches)
            else:
                a.timexes = analyze_bounded(a.body, guess, config, timexes_only=True)[0].timexes
            a.timexes += caption_timexes(a)
        except Exception:
            continue
        for t in a.timexes:
            t.inferred = True


# -- the timeline ---------------------------------------------------------------------------


def _sentence(index: SentenceIndex, body: str, start: int, end: int) -> tuple[str, int]:
    s, e = index.window(start, end)
    return body[s:e], s


def build_timeline(
    articles: list[Article], config=None, *, date: bool = True
) -> list[TimelineEntry]:
    """Calendar entries sorted by date, each mention with its sentence, conflicts flagged.
    Undated articles are dated first (:func:`date_undated`) unless ``date`` is False (the
    merge has dated them before its other passes)."""
    if date:
        date_undated(articles, config)
    entries: dict[str, TimelineEntry] = {}
    spans: dict[str, tuple[_dt.date, _dt.date]] = {}
    records: list[_Mention] = []
    for a in articles:
        checkpoint()
        if not a.timexes:
            continue
        indexes: dict[int | None, SentenceIndex] = {}  # the body's, each caption's
        for i, t in enumerate(a.timexes):
            where = placed_at(t)
            span = calendar_span(where) if where is not None else None
            source = a.text_of(t) if span is not None else None
            if span is None or source is None or not (0 <= t.start <= t.end <= len(source)):
                continue
            key, first, last = span
            index = indexes.get(t.caption)
            if index is None:
                index = indexes[t.caption] = SentenceIndex(source)
            sentence, sstart = _sentence(index, source, t.start, t.end)
            entry = entries.get(key)
            if entry is None:
                entry = entries[key] = TimelineEntry(value=key)
                spans[key] = (first, last)
            entry.mentions.append(TimelineMention(a.id, i, sentence, sstart, t.caption))
            records.append(_Mention(a, i, key, first, last, sentence, sstart, t.caption))
    for c in find_conflicts(records):
        for mine, other in ((c[0], c[1]), (c[1], c[0])):
            entries[mine.key].conflicts.append(
                TimelineConflict(
                    other.key,
                    other.article.id,
                    other.timex,
                    c[2],
                    TimexRef(mine.article.id, mine.timex),
                )
            )
    return sorted(entries.values(), key=lambda e: sort_key(e.value))


# -- conflicts: the same event on different dates ------------------------------------------

_STOP = frozenset(
    """a an the and or but if of to in on at by for from with without as into onto over under about after
    before between during since until than then that this these those there here it its it's is are was were
    be been being has have had having do does did will would shall should can could may might must not no
    nor so such too very also just only even still yet again further more most much many some any all both
    each other another own same who whom whose which what when where why how he she they them their his her
    him we us our you your i me my said says say told tells tell according added adding while
    would one two three first last next week month year day today yesterday tomorrow time times
    mr mrs ms dr""".split()
)
_TIME_WORDS = frozenset(
    """january february march april may june july august september october november december jan feb mar apr
    jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday morning
    evening night afternoon early late mid""".split()
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_CAP_NAME = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3}")
#: a token shared by more mentions than this says nothing about which event it is
_MAX_POSTING = 400
_PREFIX = 6  # rarest words of a sentence used to find its candidates
_MAX_PER_MENTION = 3  # conflicts noted per mention: enough to show a disagreement
_MIN_SHARED = 3  # content words two sentences must share
_MIN_SIMILARITY = 0.5  # rarity-weighted Jaccard of the two sentences' content words


@functools.lru_cache(maxsize=1 << 16)
def stem(w: str) -> str:
    """A crude stem of a word for comparing sentences ("talks" / "talk", "released" /
    "release"). Remembered: the merge asks for the stems of the same few thousand words
    over and over."""
    w = w.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    for suf in ("ing", "ed", "es", "s"):
        if len(w) > len(suf) + 3 and w.endswith(suf):
            return w[: -len(suf)]
    return w


class _Mention:
    __slots__ = (
        "article",
        "timex",
        "key",
        "first",
        "last",
        "sentence",
        "sstart",
        "caption",
        "_tokens",
        "_actors",
    )

    def __init__(self, article, timex, key, first, last, sentence, sstart, caption=None):
        self.article, self.timex, self.key = article, timex, key
        self.first, self.last = first, last
        self.sentence, self.sstart, self.caption = sentence, sstart, caption
        self._tokens: frozenset[str] | None = None
        self._actors: frozenset[str] | None = None

    def tokens(self) -> frozenset[str]:
        if self._tokens is None:
            out = set()
            for m in _WORD.finditer(self.sentence):
                w = m.group(0).lower()
                if w in _STOP or w in _TIME_WORDS or len(w) < 3:
                    continue
                out.add(stem(w))
            self._tokens = frozenset(out)
        return self._tokens

    def actors(self) -> frozenset[str]:
        """Who the sentence is about: linked corpus actors, else its capitalised names."""
        if self._actors is None:
            s, e = self.sstart, self.sstart + len(self.sentence)
            found = set()
            # the linked actors' offsets index the body, not a caption
            for m in self.article.mentions or () if self.caption is None else ():
                if s <= m.start and m.end <= e:
                    found.add(m.actor or m.text.lower())
            if not found:
                for m in _CAP_NAME.finditer(self.sentence):
                    words = [
                        w
                        for w in m.group(0).lower().split()
                        if w not in _TIME_WORDS and w not in _STOP
                    ]
                    if words and m.start() > 0:
                        found.add(" ".join(words))
            self._actors = frozenset(found)
        return self._actors


def _overlap(a: _Mention, b: _Mention) -> bool:
    return a.first <= b.last and b.first <= a.last


def find_conflicts(records: list[_Mention]) -> list[tuple[_Mention, _Mention, str]]:
    """Pairs of mentions in different articles that look like one event on disjoint dates.

    Conservative on purpose (a false alarm costs the reader's trust). In a corpus about one
    story every sentence names the same actors and topic words, so similarity is weighted
    by rarity: a word found in many of the corpus's dated sentences ("Taliban", "prisoner")
    weighs little, the words that single out an event ("signed", "Doha", "agreement") weigh
    much. Two mentions conflict when their sentences share an actor, at least three content
    words and a rarity-weighted Jaccard similarity of 0.5, their dates do not overlap, and
    neither sentence also carries a date compatible with the other's ("signed in February
    ... by March 10" against "signed Feb. 29 ... by March 10" is no conflict). Candidates
    come from an inverted index on each sentence's rarest content words, and each mention
    keeps at most three conflicts, so the work grows with the number of similar sentences,
    not with the square of all mentions.
    """
    # Everything but the dates is a property of the sentence, and a sentence carries
    # several dates: similarity is decided once per pair of sentences, then the pairs of
    # their mentions are walked in order.
    sents = _Sentences(records)
    out = []
    partners: dict[int, int] = defaultdict(int)
    for i, r in enumerate(records):
        if not i & 1023:
            checkpoint()
        if partners[i] >= _MAX_PER_MENTION:
            continue
        sa = sents.of_record[i]
        for j in sents.candidates(i):
            o = records[j]
            if o.key == r.key or _overlap(r, o):
                continue
            if partners[i] >= _MAX_PER_MENTION:
                break
            if partners[j] >= _MAX_PER_MENTION:
                continue
            sb = sents.of_record[j]
            v = sents.similar(sa, sb)
            if v is None:
                continue
            # another date in either sentence that agrees with the other source: no conflict
            if any(_overlap(records[x], o) for x in sents.records[sa]):
                continue
            if any(_overlap(records[x], r) for x in sents.records[sb]):
                continue
            out.append((r, o, sents.reason(*v)))
            partners[i] += 1
            partners[j] += 1
    return out


class _Sentences:
    """The dated sentences of :func:`find_conflicts`: their mentions, content words
    weighted by rarity, an inverted index on them, and the verdicts on pairs (each
    decided once)."""

    def __init__(self, records: list[_Mention]):
        self.records: list[list[int]] = []  # sentence id -> its records, ascending
        self.of_record: list[int] = []  # record -> its sentence id
        sid_of: dict[tuple[int, int], int] = {}
        for i, r in enumerate(records):
            k = (id(r.article), r.sstart)
            sid = sid_of.get(k)
            if sid is None:
                sid = sid_of[k] = len(self.records)
                self.records.append([])
            self.records[sid].append(i)
            self.of_record.append(sid)
        self.first = [records[rs[0]] for rs in self.records]
        self.toks = [r.tokens() for r in self.first]
        self._weigh()
        self._near: dict[int, list[int]] = {}
        self._verdicts: dict[tuple[int, int], tuple[frozenset[str], frozenset[str]] | None] = {}

    def _weigh(self) -> None:
        """Each word's weight from its document frequency over distinct sentences (computed
        once), each sentence's total, and the posting lists of the inverted index."""
        df: dict[str, int] = defaultdict(int)
        for ts in self.toks:
            for tok in ts:
                df[tok] += 1
        n_sent = max(1, len(self.records))
        self.weight = {tok: math.log((n_sent + 1) / (n + 0.5)) for tok, n in df.items()}
        self.total = [math.fsum(map(self.weight.__getitem__, ts)) for ts in self.toks]
        # a word found in more than _MAX_POSTING mentions says nothing about which event it is
        self.per_record: dict[str, int] = defaultdict(int)
        self.posting: dict[str, list[int]] = defaultdict(list)  # word -> sentence ids, ascending
        for sid, ts in enumerate(self.toks):
            n = len(self.records[sid])
            for tok in ts:
                self.per_record[tok] += n
                self.posting[tok].append(sid)

    def near_to(self, sa: int) -> list[int]:
        """The sentences of other articles that share one of ``sa``'s rarest words: two
        sentences as similar as the test asks share some of their rarest words (prefix
        filtering), so only these can pass it."""
        got = self._near.get(sa)
        if got is None:
            found: set[int] = set()
            for tok in sorted(self.toks[sa], key=lambda t: (-self.weight[t], t))[:_PREFIX]:
                if self.per_record[tok] <= _MAX_POSTING:
                    found.update(self.posting[tok])
            art = self.first[sa].article
            got = self._near[sa] = [sb for sb in found if self.first[sb].article is not art]
        return got

    def candidates(self, i: int) -> list[int]:
        """The records after record ``i`` in the sentences near its own, in order."""
        recs = self.records
        return sorted(
            j
            for sb in self.near_to(self.of_record[i])
            for j in recs[sb][bisect.bisect_right(recs[sb], i) :]
        )

    def similar(self, sa: int, sb: int) -> tuple[frozenset[str], frozenset[str]] | None:
        """(shared words, shared actors) when the two sentences look like one event."""
        key = (sa, sb) if sa < sb else (sb, sa)
        if key in self._verdicts:
            return self._verdicts[key]
        v = None
        total = self.total
        ta, tb = total[sa], total[sb]
        # the similarity is at most min/max of the two weights (the shared words weigh at
        # most the lighter sentence, the union at least the heavier): a cheap first test
        if (ta if ta < tb else tb) < _MIN_SIMILARITY * (tb if ta < tb else ta) * (1 - 1e-9):
            self._verdicts[key] = None
            return None
        shared = self.toks[sa] & self.toks[sb]
        if len(shared) >= _MIN_SHARED:
            # exact: independent of set order
            inter = math.fsum(map(self.weight.__getitem__, shared))
            union = total[sa] + total[sb] - inter  # the weights of the union of the two
            if union > 0 and inter / union >= _MIN_SIMILARITY:
                common_actors = self.first[sa].actors() & self.first[sb].actors()
                if common_actors:
                    v = (shared, common_actors)
        self._verdicts[key] = v
        return v

    def reason(self, shared: frozenset[str], common_actors: frozenset[str]) -> str:
        """Why two mentions look like one event (who says which date is in the conflict's
        fields: the app and the reports write it with the sources' labels and the dates
        in words)."""
        names = ", ".join(sorted(common_actors)[:3])
        words = ", ".join(sorted(shared, key=lambda t: (-self.weight[t], t))[:5])
        return f"what looks like the same event (same actors: {names}; shared words: {words})"
