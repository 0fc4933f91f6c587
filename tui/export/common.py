"""The report's content, shared by every format: what the report says, not how it looks.

:func:`build_report` turns a :class:`~tui.model.Corpus` into a :class:`Report`: plain
Python objects holding the *raw* strings of the articles (lengths capped, nothing
escaped). Each format module escapes every string it writes with its own escaper, and
every escaper starts with :func:`tui.visible.visible`, so a control character in an article can
never reach an output file in any format.

Every item that comes from an article carries a :class:`Cite` (outlet, article id,
date) so a reader of the report can check it against the source.

Nothing here imports Textual or Rich.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from tui.analysis.timex.human import human_timex
from tui.kinds import FIGURE, RELATION_TEXT, UNKNOWN_OUTLET
from tui.merge.quote_align import Words, diff, invert_ops, version_marks, word_spans
from tui.model import Article, Corpus, Quote, QuoteGroup, TimelineConflict
from tui.visible import visible

_SPACES = re.compile(r"\s+")


def squash(s: str | None) -> str:
    """Visible text on one line: runs of whitespace become one space."""
    return _SPACES.sub(" ", visible(s)).strip()


def cap(s: str | None, limit: int) -> str:
    """At most ``limit`` characters, an ellipsis marking a cut."""
    s = s or ""
    return s if len(s) <= limit else s[: max(0, limit - 1)] + "\u2026"


# Hostile input is bounded: one sentence or quote in a report is at most this long.
MAX_QUOTE = 3000
MAX_SENTENCE = 1200
MAX_FIELD = 500
#: lists of sources longer than this are cut ("… and 212 more")
MAX_CITES = 40
MAX_ABSENT_LIST = 50
#: the actors' source-by-actor matrix is drawn up to this many sources
MATRIX_MAX_SOURCES = 12

# ------------------------------------------------------------------ the content model

DISCREPANCY_HEADINGS = {
    "figure": "Figures",
    "attribution": "Attribution",
    "date": "Dates",
    "coverage": "Coverage",
}


@dataclass(slots=True)
class Cite:
    """Which article an item comes from: enough to find and check it."""

    article: str
    outlet: str | None = None
    published: _dt.date | None = None
    inferred: bool = False
    #: the source's label in the corpus ("NYT 06-08", "#3 Mar 23": tui.merge.labels)
    short: str | None = None
    #: the outlet is only guessed (from the file name, the page's links)
    guessed: bool = False

    @property
    def name(self) -> str:
        """The source's label (the outlet, or the article id, before labels are given)."""
        return self.short or self.outlet or self.article

    @property
    def outlet_text(self) -> str:
        """The outlet as the sources table writes it: "(guessed)" after a guess."""
        if not self.outlet:
            return UNKNOWN_OUTLET
        return self.outlet + (" (guessed)" if self.guessed else "")

    @property
    def date(self) -> str:
        if self.published is None:
            return "undated"
        return self.published.isoformat() + (" (inferred)" if self.inferred else "")

    @property
    def label(self) -> str:
        """``NYT 06-08 (nyt_2016_06_08_abc)``: the source's label and the article id that
        finds its file."""
        return f"{self.name} ({self.article})" if self.name != self.article else self.article


@dataclass(slots=True)
class SourceRow:
    cite: Cite
    title: str | None
    author: str | None
    url: str | None
    path: str
    format: str
    published_from: str | None
    words: int
    quotes: int
    actors: int
    warnings: list[str] = field(default_factory=list)


@dataclass(slots=True)
class RoleRow:
    text: str
    sources: list[Cite]


@dataclass(slots=True)
class ActorRow:
    id: str
    name: str
    kind: str
    aliases: list[str]
    roles: list[RoleRow]
    mentioned_by: list[Cite]
    #: the sources that never mention the actor (listed only for corpora of up to
    #: MAX_ABSENT_LIST articles; ``absent`` always counts them)
    missing_from: list[Cite]
    mentions: int
    absent: int = 0


@dataclass(slots=True)
class Segment:
    """A run of text; ``changed`` when the words differ from the version compared."""

    text: str
    changed: bool = False


@dataclass(slots=True)
class TimelineItem:
    cite: Cite
    timex: int
    timex_text: str
    #: the sentence cut in three: before the date expression, the expression, after it
    sentence: list[Segment]
    inferred: bool = False
    conflict: bool = False

    @property
    def sentence_text(self) -> str:
        return "".join(s.text for s in self.sentence)


@dataclass(slots=True)
class TimelineRow:
    value: str
    label: str
    items: list[TimelineItem]
    conflicts: list[str]  # one line each, already naming both sources

    @property
    def sources(self) -> list[Cite]:
        return _unique_cites(i.cite for i in self.items)


@dataclass(slots=True)
class Version:
    """One outlet's version of a statement."""

    cite: Cite
    quote: int  # index into the article's quotes
    speaker: str  # the actor's name, else the speaker string, else "unattributed"
    speaker_text: str | None  # the speaker as the article writes it
    kind: str
    cue: str | None
    text: str
    segments: list[Segment]  # text cut into runs; changed runs differ from the compared version
    truncated: bool = False


@dataclass(slots=True)
class Change:
    """Word-level changes from one version to another: ops ``equal|delete|insert|replace``."""

    source: Cite
    target: Cite
    relation: str
    similarity: float | None
    ops: list[list[str]]


@dataclass(slots=True)
class GroupBlock:
    id: str
    speaker: str
    relation: str
    versions: list[Version]
    changes: list[Change]
    speakers: list[str]  # distinct speakers the versions name, in order
    speakers_disagree: bool

    @property
    def relation_text(self) -> str:
        return RELATION_TEXT.get(self.relation, self.relation)


@dataclass(slots=True)
class Disagreement:
    kind: str  # "date" | "speaker"
    summary: str
    #: (source, text) lines: the sentence or quote each source gives
    items: list[tuple[Cite, str]] = field(default_factory=list)


@dataclass(slots=True)
class Discrepancy:
    """A point on which the sources differ (issue 10), in a format-neutral form."""

    kind: str  # figure | attribution | date | coverage
    summary: str  # "topic: note"
    status: str = ""  # agree | hedged | conflict | only-one-source | missing
    confidence: float | None = None
    #: (source, what it says): the sentence, with the figure or speaker it gives
    items: list[tuple[Cite | None, str]] = field(default_factory=list)
    missing_from: list[Cite] = field(default_factory=list)


@dataclass(slots=True)
class Report:
    title: str
    generated: _dt.datetime
    version: str
    inputs: list[str]
    sources: list[SourceRow]
    actors: list[ActorRow]
    timeline: list[TimelineRow]
    groups: list[GroupBlock]
    singles: list[Version]
    disagreements: list[Disagreement]
    #: None when the corpus has no discrepancy finder yet (issue 10); a list otherwise
    discrepancies: list[Discrepancy] | None
    skipped: list[tuple[str, str]]
    warnings: list[tuple[Cite, str]]

    @property
    def note(self) -> str:
        """The generation note under the title."""
        when = self.generated.strftime("%Y-%m-%d %H:%M %Z").strip()
        n = len(self.sources)
        parts = [
            f"Generated by Storyline {self.version} on {when} from {n} article{'s' if n != 1 else ''}"
        ]
        if self.inputs:
            parts.append(" in " + ", ".join(self.inputs))
        parts.append(
            ". Extraction is automatic: check each item against its source (outlet and article id are given)."
        )
        return "".join(parts)


# ------------------------------------------------------------------ word differences


def segments(text: str, marks: Sequence[bool] | None = None) -> list[Segment]:
    """``text`` cut into runs of changed and unchanged words (whitespace between two
    changed words belongs to the changed run, so a marked run reads as one phrase)."""
    spans = word_spans(text)
    if not marks or not any(marks):
        return [Segment(text)] if text else []
    out: list[Segment] = []
    pos = 0
    i = 0
    n = min(len(spans), len(marks))
    while i < n:
        if not marks[i]:
            i += 1
            continue
        j = i
        while j + 1 < n and marks[j + 1]:
            j += 1
        s, e = spans[i][0], spans[j][1]
        if s > pos:
            out.append(Segment(text[pos:s]))
        out.append(Segment(text[s:e], True))
        pos = e
        i = j + 1
    if pos < len(text):
        out.append(Segment(text[pos:]))
    return out


# ------------------------------------------------------------------ building the report


def display_path(path: str) -> str:
    """A path as a memo should show it: relative to the current folder when inside it,
    else with the home folder as ``~`` (a report is shared; the reader's layout is not)."""
    import os

    if not path or not os.path.isabs(path):
        return path
    try:
        cwd = os.getcwd()
        if os.path.dirname(cwd) != cwd and os.path.commonpath([cwd, path]) == cwd:  # not from "/"
            return os.path.relpath(path, cwd)
        home = os.path.expanduser("~")
        if home not in ("", "/") and os.path.commonpath([home, path]) == home:
            return "~" + os.sep + os.path.relpath(path, home)
    except (ValueError, OSError):  # another drive on Windows, a vanished cwd
        pass
    return path


def date_label(value: str) -> str:
    """A TIMEX3 value as a reader says it: ``2020-03-29`` -> "29 Mar 2020", ``2016-SU``
    -> "summer 2016" (:func:`tui.analysis.timex.human.human_timex`)."""
    return human_timex(value)


def _unique_cites(cites: Iterable[Cite]) -> list[Cite]:
    seen: dict[str, Cite] = {}
    for c in cites:
        seen.setdefault(c.article, c)
    return list(seen.values())


class _Builder:
    def __init__(self, corpus: Corpus):
        self.corpus = corpus
        self.articles: dict[str, Article] = {a.id: a for a in corpus.articles}
        self.actor_names = {a.id: a.name for a in corpus.actors}
        self._cites: dict[str, Cite] = {}
        self._sentences: dict[tuple[Any, Any], str] | None = None

    def cite(self, article_id: str) -> Cite:
        c = self._cites.get(article_id)
        if c is None:
            a = self.articles.get(article_id)
            if a is None:
                c = Cite(article_id)
            else:
                c = Cite(
                    a.id,
                    a.outlet,
                    a.published,
                    a.published_from == "inferred",
                    short=self.corpus.labels.get(a.id),
                    guessed=a.outlet_guessed,
                )
            self._cites[article_id] = c
        return c

    def quote(self, article_id: str, index: int) -> Quote | None:
        a = self.articles.get(article_id)
        if a is None or not (0 <= index < len(a.quotes)):
            return None
        return a.quotes[index]

    def speaker(self, q: Quote) -> str:
        if q.actor and q.actor in self.actor_names:
            return self.actor_names[q.actor]
        return q.who() or "unattributed"

    # -- sections

    def sources(self) -> list[SourceRow]:
        rows = []
        for a in self.corpus.articles:
            rows.append(
                SourceRow(
                    cite=self.cite(a.id),
                    title=a.title,
                    author=a.author,
                    url=a.url,
                    path=display_path(a.path),
                    format=a.format,
                    published_from=a.published_from,
                    words=a.words,
                    quotes=a.quote_count,
                    actors=a.actor_count,
                    warnings=list(a.warnings),
                )
            )
        return rows

    def actors(self) -> list[ActorRow]:
        rows = []
        order = {a.id: i for i, a in enumerate(self.corpus.articles)}
        n = len(order)
        for actor in self.corpus.actors:
            present = list(dict.fromkeys(actor.articles))
            known = sorted((i for i in present if i in order), key=order.__getitem__)
            missing: list[Cite] = []
            if n <= MAX_ABSENT_LIST:  # "not mentioned by" is worth reading for a few sources only
                have = set(known)
                missing = [self.cite(a.id) for a in self.corpus.articles if a.id not in have]
            rows.append(
                ActorRow(
                    id=actor.id,
                    name=actor.name,
                    kind=actor.kind,
                    aliases=[x for x in actor.aliases if x != actor.name],
                    roles=[
                        RoleRow(r.text, [self.cite(i) for i in dict.fromkeys(r.articles)])
                        for r in actor.roles
                    ],
                    mentioned_by=[self.cite(i) for i in known]
                    + [self.cite(i) for i in present if i not in order],
                    missing_from=missing,
                    mentions=actor.mention_count,
                    absent=n - len(known),
                )
            )
        return rows

    def timeline(self) -> list[TimelineRow]:
        rows = []
        for entry in self.corpus.timeline:
            conflicted = set()
            lines = []
            for c in entry.conflicts:
                conflicted.add((c.mention.article, c.mention.timex))
                lines.append(self._conflict_line(entry.value, c))
            items = []
            for m in entry.mentions:
                art = self.articles.get(m.article)
                idx = m.timex
                t = art.timexes[idx] if art is not None and 0 <= idx < len(art.timexes) else None
                sentence = m.sentence
                start = m.sentence_start
                segs = [Segment(sentence)]
                if t is not None and start <= t.start <= t.end <= start + len(sentence):
                    a, b = t.start - start, t.end - start
                    segs = [
                        s
                        for s in (
                            Segment(sentence[:a]),
                            Segment(sentence[a:b], True),
                            Segment(sentence[b:]),
                        )
                        if s.text
                    ]
                segs = _cap_segments(segs, MAX_SENTENCE)
                items.append(
                    TimelineItem(
                        cite=self.cite(m.article),
                        timex=idx,
                        timex_text=t.text if t is not None else "",
                        sentence=segs,
                        inferred=bool(t.inferred) if t is not None else False,
                        conflict=(m.article, idx) in conflicted,
                    )
                )
            rows.append(TimelineRow(entry.value, date_label(entry.value), items, lines))
        return rows

    def _timex_text(self, article_id: str, index: int) -> str:
        a = self.articles.get(article_id)
        if a is not None and 0 <= index < len(a.timexes):
            return a.timexes[index].text
        return ""

    def _conflict_line(self, value: str, c: TimelineConflict) -> str:
        here = self.cite(c.mention.article).label if c.mention.article else "a source"
        there = self.cite(c.article).label
        said = self._timex_text(c.article, c.timex)
        line = f"{here} places it on {date_label(value)}; {there} on {date_label(c.value)}"
        if said:
            line += f" (\u201c{said}\u201d)"
        if c.reason:
            line += f": {c.reason}"
        return line

    def version(
        self, article_id: str, index: int, q: Quote, segs: list[Segment] | None = None
    ) -> Version:
        text = q.text or ""
        truncated = len(text) > MAX_QUOTE
        return Version(
            cite=self.cite(article_id),
            quote=index,
            speaker=self.speaker(q),
            speaker_text=q.speaker,
            kind=q.kind,
            cue=q.cue,
            text=cap(text, MAX_QUOTE),
            segments=_cap_segments(segs if segs is not None else [Segment(text)], MAX_QUOTE),
            truncated=truncated,
        )

    def group(self, g: QuoteGroup) -> GroupBlock | None:
        found = [(r, self.quote(r.article, r.index)) for r in g.members]
        members = [(r, q) for r, q in found if q is not None]
        if not members:
            return None
        # only what the report shows is compared: a hostile megabyte-long quote costs nothing
        texts = [(q.text or "")[:MAX_QUOTE] for _, q in members]
        versions = [
            self.version(r.article, r.index, q, segments(text, marks))
            for (r, q), text, marks in zip(members, texts, version_marks(texts))
        ]
        speakers = list(dict.fromkeys(v.speaker for v in versions))
        actors = {q.actor for _, q in members if q.actor}
        disagree = bool(g.speakers_disagree) or len(actors) > 1
        speaker = self.actor_names.get(g.actor or "", None) or (
            speakers[0] if speakers else "unattributed"
        )
        return GroupBlock(
            id=g.id,
            speaker=speaker,
            relation=g.relation,
            versions=versions,
            changes=self.changes(g, members, versions),
            speakers=speakers,
            speakers_disagree=disagree,
        )

    def changes(self, g: QuoteGroup, members, versions: list[Version]) -> list[Change]:
        """For each version after the first: the word changes from the first (or from the
        member the group compared it with), taken from ``g.pairs``; worked out the same way
        (:func:`tui.merge.quote_align.diff`) for a version no pair compared."""
        # the members list may have lost entries whose quote is missing: map group index -> position
        position = {}
        valid = {(r.article, r.index) for r, _ in members}
        k = 0
        for gi, r in enumerate(g.members):
            if (r.article, r.index) in valid:
                position[gi] = k
                k += 1
        out = []
        for j in range(1, len(versions)):
            best = None
            for p in g.pairs:
                a, b = position.get(p.a), position.get(p.b)
                if a is None or b is None or j not in (a, b):
                    continue
                other = b if a == j else a
                score = 0 if other == 0 else 1
                if best is None or score < best[0]:
                    best = (score, p, a, b, other)
            if best is not None:
                _, p, a, b, other = best
                ops = [list(op) for op in p.diff]
                if a == j:  # the pair runs from j to the other: turn it round
                    ops = invert_ops(ops)
                out.append(
                    Change(versions[other].cite, versions[j].cite, p.relation, p.similarity, ops)
                )
            else:
                out.append(
                    Change(
                        versions[0].cite,
                        versions[j].cite,
                        g.relation,
                        None,
                        diff(Words.of(versions[0].text), Words.of(versions[j].text)),
                    )
                )
        return out

    def groups_and_singles(self) -> tuple[list[GroupBlock], list[Version]]:
        groups = []
        grouped: set[tuple[str, int]] = set()
        for g in self.corpus.quote_groups:
            block = self.group(g)
            if block is not None:
                groups.append(block)
            grouped.update((r.article, r.index) for r in g.members)
        singles = []
        for a in self.corpus.articles:
            for i, q in enumerate(a.quotes):
                if q.kind == "term" or (a.id, i) in grouped:
                    continue
                singles.append(self.version(a.id, i, q))
        return groups, singles

    def disagreements(
        self, timeline: list[TimelineRow], groups: list[GroupBlock]
    ) -> list[Disagreement]:
        out = []
        seen: set[frozenset] = set()
        for entry in self.corpus.timeline:
            for c in entry.conflicts:
                refs = ((c.mention.article, c.mention.timex), (c.article, c.timex))
                pair = frozenset(refs)
                if pair in seen:  # each conflict is noted on both of its entries
                    continue
                seen.add(pair)
                items = []
                for article, timex in refs:
                    sentence = self._sentence_of(article, timex)
                    if article:
                        items.append((self.cite(article), sentence))
                out.append(Disagreement("date", self._conflict_line(entry.value, c), items))
        for g in groups:
            if not g.speakers_disagree:
                continue
            names = ", ".join(g.speakers)
            out.append(
                Disagreement(
                    "speaker",
                    f"The same statement is credited to different speakers: {names}",
                    [(v.cite, f"{v.speaker}: {v.text}") for v in g.versions],
                )
            )
        return out

    def _sentence_of(self, article_id: str, timex: int) -> str:
        if self._sentences is None:
            self._sentences = {}
            for entry in self.corpus.timeline:
                for m in entry.mentions:
                    self._sentences.setdefault((m.article, m.timex), m.sentence)
        s = self._sentences.get((article_id, timex))
        return cap(s, MAX_SENTENCE) if s else self._timex_text(article_id, timex)

    def discrepancies(self) -> list[Discrepancy] | None:
        """The corpus's discrepancies (:class:`tui.model.Discrepancy`), the strongest first;
        None for a corpus without them (no section)."""
        raw = getattr(self.corpus, "discrepancies", None)
        if raw is None:
            return None
        out = []
        for d in raw:
            items: list[tuple[Cite | None, str]] = []
            for it in d.items:
                text = it.sentence or it.text
                extra = []
                if it.speaker:
                    extra.append(f"speaker: {it.speaker}")
                if it.hedge:
                    extra.append(f"hedged: {it.hedge}")
                if it.text and it.sentence and it.kind == FIGURE:
                    extra.append(f"figure: {it.text}")
                line = cap(text, MAX_SENTENCE) + (f" ({'; '.join(extra)})" if extra else "")
                items.append((self.cite(it.article) if it.article else None, line))
            summary = f"{d.topic}: {d.note}" if d.topic and d.note else d.topic or d.note
            out.append(
                Discrepancy(
                    kind=d.kind,
                    summary=cap(summary, MAX_FIELD * 2),
                    status=d.status,
                    confidence=float(d.confidence),
                    items=items,
                    missing_from=[self.cite(x) for x in d.missing_from],
                )
            )
        kinds = {k: i for i, k in enumerate(("figure", "attribution", "date", "coverage"))}
        statuses = {
            k: i
            for i, k in enumerate(("conflict", "hedged", "missing", "only-one-source", "agree"))
        }
        out.sort(
            key=lambda x: (kinds.get(x.kind, 9), statuses.get(x.status, 9), -(x.confidence or 0))
        )
        return out


def _cap_segments(segs: list[Segment], limit: int) -> list[Segment]:
    out, n = [], 0
    for s in segs:
        if n + len(s.text) > limit:
            rest = limit - n
            if rest > 0:
                out.append(Segment(cap(s.text, rest), s.changed))
            else:
                out.append(Segment("\u2026"))
            return out
        out.append(s)
        n += len(s.text)
    return out


def build_report(
    corpus: Corpus,
    *,
    title: str | None = None,
    inputs: Sequence[str] | None = None,
    generated: _dt.datetime | None = None,
) -> Report:
    """The report's content for ``corpus`` (see the module docstring)."""
    from tui import __version__

    b = _Builder(corpus)
    timeline = b.timeline()
    groups, singles = b.groups_and_singles()
    warnings = [(b.cite(a.id), w) for a in corpus.articles for w in a.warnings]
    return Report(
        title=title or "Storyline report",
        generated=generated or _dt.datetime.now(_dt.timezone.utc),
        version=__version__,
        inputs=[display_path(str(p)) for p in inputs or ()],
        sources=b.sources(),
        actors=b.actors(),
        timeline=timeline,
        groups=groups,
        singles=singles,
        disagreements=b.disagreements(timeline, groups),
        discrepancies=b.discrepancies(),
        skipped=[(s.path, s.reason) for s in corpus.skipped],
        warnings=warnings,
    )
