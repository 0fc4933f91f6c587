"""The vocabulary every layer shares, and its JSON form.

Every span (`start`/`end`) is a Python ``str`` index into the text it came from: for
an article, its ``body``. A field added here is added to the JSON contract in
``docs/json-contract.md``.

Nothing here imports Textual.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from tui.kinds import (
    FIGURE,
    MENTION,
    QUOTE,
    TIMEX,
    UNKNOWN_OUTLET,
    DiscrepancyItemKind,
    DiscrepancyKind,
    DiscrepancyStatus,
    MentionKind,
    QuoteKind,
    Relation,
    TimexType,
)

#: Where an article's ``published`` date came from.
PUBLISHED_FROM = ("config", "meta", "header", "byline", "dateline", "cli", "inferred")
#: Where an article's ``outlet`` came from, most reliable first: the config's override,
#: the page's own metadata (``og:site_name``, JSON-LD publisher, a ``Source:`` header,
#: front matter), the page's own address (its canonical URL's host), the address
#: ``storyline fetch`` got it from, a wire dateline ("(UPI) --"), a credit or sign-off
#: ("— AFP", "Originally published by ..."), a copyright line, the site most of the
#: page's links point to, and a known outlet named by the file or folder name.
OUTLET_FROM = (
    "config",
    "meta",
    "url",
    "fetched-url",
    "dateline",
    "credit",
    "copyright",
    "links",
    "file-name",
)
#: The clues that only suggest an outlet: it is shown as guessed.
GUESSED_OUTLET_FROM = frozenset({"links", "file-name"})
FORMATS = ("text", "html", "markdown")


@dataclass(slots=True)
class Mention:
    """A name of a person, organisation or place in a text."""

    start: int
    end: int
    text: str
    kind: MentionKind
    actor: str | None = None  # id of the merged corpus actor, filled by the corpus
    role: str | None = None  # a role phrase attached to this mention ("Taliban spokesman")


@dataclass(slots=True)
class Quote:
    """A statement with (where found) the one who made it."""

    start: int
    end: int
    text: str
    speaker: str | None = None  # the surface string naming the speaker
    actor: str | None = None  # id of the merged corpus actor
    kind: QuoteKind = "direct"
    cue: str | None = None  # "said", "told", "in a tweet", ":" ...
    speaker_start: int | None = None  # span of the speaker string, when in the text
    speaker_end: int | None = None
    #: who a pronoun or role-noun speaker ("he", "the envoy") is: the name it refers back
    #: to, with that name's span in the text; None when the speaker is a name or unresolved
    resolved: str | None = None
    resolved_start: int | None = None
    resolved_end: int | None = None
    #: the speaker is a pronoun or a definite role noun ("he", "the envoy") whose referent
    #: the text does not settle with confidence: shown as written, credited to no one
    unresolved: bool = False

    def who(self) -> str | None:
        """The speaker by name where the text gives one: the resolved name, else as written."""
        return self.resolved or self.speaker


@dataclass(slots=True)
class Timex:
    """A TIMEX3-style time expression with its resolved value."""

    start: int
    end: int
    text: str
    type: TimexType
    value: str  # "2020-03-29", "2020-03", "2020-W13", "P2D", "PAST_REF", ...
    mod: str | None = None  # EARLY | MID | LATE | APPROX | ...
    inferred: bool = False  # resolved against an inferred article date
    #: where the timeline places an expression whose TimeML value is a length counted from
    #: a known day ("a month earlier": value ``P1M``, position ``2020-02``) or a day of a
    #: known month (value ``1998-10-XX``, position ``1998-10``); None otherwise
    position: str | None = None
    #: None: start/end index the article's body; else the index of the photo caption in
    #: ``Article.captions`` they index (a caption's dates are the article's too)
    caption: int | None = None


@dataclass(slots=True)
class Figure:
    """A quantity: "5,000 Taliban prisoners", "up to 5,000", "$1 billion in aid", "12%".

    ``value`` is the number as stated (None for a range or a vague plural, which give
    ``low``/``high``; ``high`` may be None: "thousands of"). ``unit``: a currency sign,
    ``%``, a measure, or the counting noun as written. ``head``: the counted noun, singular
    ("prisoner"; through "members of the security forces", "force"). ``hedge``: "up to",
    "around", "at least", ... ``event``: killed, wounded, released, held, displaced,
    infected, or None. See ``tui.analysis.figures``.
    """

    start: int
    end: int
    text: str
    value: int | float | None
    unit: str | None = None
    head: str | None = None
    hedge: str | None = None
    qualifiers: list[str] = field(default_factory=list)
    event: str | None = None
    low: int | float | None = None
    high: int | float | None = None


@dataclass(slots=True)
class Analysis:
    """What ``tui.analysis`` finds in one text: offsets index exactly that text."""

    mentions: list[Mention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "mentions": [asdict(m) for m in self.mentions],
            "quotes": [asdict(q) for q in self.quotes],
            "timexes": [asdict(t) for t in self.timexes],
            "figures": [asdict(f) for f in self.figures],
        }


@dataclass(slots=True)
class Dateline:
    """What a dateline opening the body gives ("April 12 (UPI) --", "KABUL, Afghanistan
    (Reuters) -", "WASHINGTON —"): any part may be missing."""

    month: int | None = None
    day: int | None = None
    year: int | None = None
    place: str | None = None
    agency: str | None = None


@dataclass(slots=True)
class KeptMatches:
    """The date rules' matches in an undated article's body, kept so that the corpus merge
    can tag it again without searching it (:func:`tui.load.extract.timex_matches_hint`):
    ``[rule, start, end of the window searched]`` each, taken back only under the same
    rules (``rules``: their fingerprint) for the same text (``chars`` long, CRC-32 ``crc``)."""

    rules: str
    chars: int
    crc: int
    matches: list[list[int]] = field(default_factory=list)


@dataclass(slots=True)
class Hints:
    """What reading and per-article extraction found that is not certain enough to be
    metadata; not part of the JSON contract (the cache and ``.jsonl`` files keep it).

    From the reader: ``body_from`` ("json-ld" when the body came from the page's structured
    data), ``dek`` (the standfirst under the headline), ``description`` (the page's own
    summary), ``dateline``, where and when ``storyline fetch`` got the page (``fetched_url``,
    ``fetched_at``, from its sidecar). For an undated article, extraction keeps
    ``date_evidence`` (what its text says
    about its date, as :func:`tui.analysis.timex.date_evidence` gives it) and
    ``timex_matches``, so that the corpus merge can date it with its siblings' dates."""

    body_from: str | None = None
    dek: str | None = None
    description: str | None = None
    dateline: Dateline | None = None
    fetched_url: str | None = None
    fetched_at: str | None = None
    date_evidence: dict[str, Any] | None = None
    timex_matches: KeptMatches | None = None

    def for_dating(self, reference: _dt.date | None = None) -> dict[str, Any]:
        """The hints as :func:`tui.analysis.timex.infer_published` reads them."""
        out: dict[str, Any] = {}
        if self.dateline is not None:
            out["dateline"] = asdict(self.dateline)
        if reference is not None:
            out["reference"] = reference
        return out


@dataclass(slots=True)
class Article:
    """One source document, read and cleaned."""

    id: str
    path: str
    format: str  # text | html | markdown
    body: str = ""
    outlet: str | None = None
    #: which clue named the outlet (:data:`OUTLET_FROM`); None when no outlet is known
    outlet_from: str | None = None
    title: str | None = None
    author: str | None = None
    url: str | None = None
    published: _dt.date | None = None
    published_from: str | None = None
    captions: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    #: what is not certain enough to be metadata (a dateline's month and day without a
    #: year, ...); not part of the JSON
    hints: Hints = field(default_factory=Hints)

    @property
    def outlet_guessed(self) -> bool:
        """Whether the outlet is only suggested (by the file name, by the page's links)."""
        return self.outlet_from in GUESSED_OUTLET_FROM

    @property
    def outlet_text(self) -> str:
        """The outlet as a person reads it: a guess says so ("The New York Times (guessed
        from the file name)"); none is :data:`tui.kinds.UNKNOWN_OUTLET`."""
        if not self.outlet:
            return UNKNOWN_OUTLET
        if self.outlet_guessed:
            clue = "file name" if self.outlet_from == "file-name" else "page's links"
            return f"{self.outlet} (guessed from the {clue})"
        return self.outlet

    @property
    def words(self) -> int:
        return len(self.body.split())

    @property
    def quote_count(self) -> int:
        """The article's quotes, not counting scare-quoted terms (``kind`` "term"): what
        every count of quotes on screen and in the reports counts."""
        return sum(1 for q in self.quotes if q.kind != "term")

    @property
    def actor_count(self) -> int:
        """The corpus actors the article mentions (what the sources table and the
        reports count; names the merge dropped are not actors)."""
        return len({m.actor for m in self.mentions if m.actor})

    def items(self, kind: str) -> list:
        """The article's list of items of ``kind`` (mention, quote, timex, figure); [] for
        any other kind (an article, a kind it has none of)."""
        if kind == MENTION:
            return self.mentions
        if kind == QUOTE:
            return self.quotes
        if kind == TIMEX:
            return self.timexes
        if kind == FIGURE:
            return self.figures
        return []

    def text_of(self, t: Timex) -> str | None:
        """The text a time expression's offsets index: the body, or the caption it was found
        in (None when the article has no such caption)."""
        if t.caption is None:
            return self.body
        return self.captions[t.caption] if 0 <= t.caption < len(self.captions) else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "path": self.path,
            "format": self.format,
            "outlet": self.outlet,
            "outlet_from": self.outlet_from,
            "title": self.title,
            "author": self.author,
            "url": self.url,
            "published": self.published.isoformat() if self.published else None,
            "published_from": self.published_from,
            "body": self.body,
            "captions": list(self.captions),
            "warnings": list(self.warnings),
            "mentions": [asdict(m) for m in self.mentions],
            "quotes": [asdict(q) for q in self.quotes],
            "timexes": [asdict(t) for t in self.timexes],
            "figures": [asdict(f) for f in self.figures],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Article:
        pub = d.get("published")
        return cls(
            id=d["id"],
            path=d["path"],
            format=d["format"],
            body=d.get("body", ""),
            outlet=d.get("outlet"),
            outlet_from=d.get("outlet_from"),
            title=d.get("title"),
            author=d.get("author"),
            url=d.get("url"),
            published=_dt.date.fromisoformat(pub) if pub else None,
            published_from=d.get("published_from"),
            captions=list(d.get("captions", [])),
            warnings=list(d.get("warnings", [])),
            mentions=[_build(Mention, m) for m in d.get("mentions", [])],
            quotes=[_build(Quote, q) for q in d.get("quotes", [])],
            timexes=[_build(Timex, t) for t in d.get("timexes", [])],
            figures=_figures(d.get("figures"), d.get("body", "")),
        )


_FIELDS: dict[type, frozenset[str]] = {}


def _build(cls, d: dict[str, Any]):
    names = _FIELDS.get(cls)
    if names is None:
        names = _FIELDS[cls] = frozenset(f.name for f in fields(cls))
    if d.keys() <= names:
        return cls(**d)
    return cls(**{k: v for k, v in d.items() if k in names})


def _figures(items: Any, body: Any) -> list[Figure]:
    """Figures from a record that came from outside (cache, .jsonl): an entry whose span
    does not fit the body or whose fields have the wrong types is left out."""
    out: list[Figure] = []
    if not isinstance(items, list) or not isinstance(body, str):
        return out

    def num(v: Any) -> bool:
        return v is None or (isinstance(v, (int, float)) and not isinstance(v, bool))

    def opt_str(v: Any) -> bool:
        return v is None or isinstance(v, str)

    for d in items:
        if not isinstance(d, dict):
            continue
        s, e = d.get("start"), d.get("end")
        if not (
            isinstance(s, int)
            and isinstance(e, int)
            and not isinstance(s, bool)
            and not isinstance(e, bool)
        ):
            continue
        if not (0 <= s <= e <= len(body)) or body[s:e] != d.get("text"):
            continue
        if not (num(d.get("value")) and num(d.get("low")) and num(d.get("high"))):
            continue
        if not all(opt_str(d.get(k)) for k in ("unit", "head", "hedge", "event")):
            continue
        quals = d.get("qualifiers", [])
        if not isinstance(quals, list) or not all(isinstance(q, str) for q in quals):
            continue
        out.append(_build(Figure, {**d, "qualifiers": list(quals)}))
    return out


@dataclass(slots=True)
class Role:
    """A role phrase for an actor, with the articles that use it."""

    text: str
    articles: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Actor:
    """A person, organisation or place, with its aliases merged across the corpus."""

    id: str
    name: str
    kind: MentionKind
    aliases: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)
    mention_count: int = 0
    #: a name several people of the story share, where the evidence did not say which of
    #: them it is ("Clinton" with Hillary and Bill Clinton both named): the ids of the
    #: actors it may stand for. Empty for an actor who is one person.
    candidates: list[str] = field(default_factory=list)


#: One step of a word-level diff from one version to another: ``["equal", text]``,
#: ``["delete", text in the first]``, ``["insert", text in the second]`` or
#: ``["replace", text in the first, text in the second]``.
DiffOp = list[str]


@dataclass(slots=True)
class QuotePair:
    """Two members of a quote group compared: ``a`` and ``b`` index the group's members."""

    a: int
    b: int
    relation: Relation
    similarity: float
    diff: list[DiffOp] = field(default_factory=list)


@dataclass(slots=True)
class Ref:
    """A pointer to one item of one article: ``index`` into that article's list."""

    article: str
    index: int


@dataclass(slots=True)
class QuoteGroup:
    """The same utterance as different outlets report it."""

    id: str
    actor: str | None
    relation: Relation
    members: list[Ref] = field(default_factory=list)
    #: the compared pairs of members (all of a small group, each with the best-connected
    #: member in a large one; never two members of one article)
    pairs: list[QuotePair] = field(default_factory=list)
    speakers_disagree: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "actor": self.actor,
            "relation": self.relation,
            "members": [{"article": r.article, "quote": r.index} for r in self.members],
            "pairs": [asdict(p) for p in self.pairs],
            "speakers_disagree": self.speakers_disagree,
        }


@dataclass(slots=True)
class TimexRef:
    """One time expression of one article: ``timex`` indexes the article's timexes."""

    article: str
    timex: int


@dataclass(slots=True)
class TimelineMention:
    """A time expression on the timeline, with the sentence it sits in (``sentence_start``:
    the sentence's offset in the article's body, or in the photo caption ``caption`` when
    the date was found in one)."""

    article: str
    timex: int
    sentence: str
    sentence_start: int
    caption: int | None = None


@dataclass(slots=True)
class TimelineConflict:
    """A source that seems to place the same event on another date: its time expression
    (``article``, ``timex``) resolves to ``value``; ``mention`` is the time expression of
    this entry it disagrees with; ``reason`` says why they look like one event."""

    value: str
    article: str
    timex: int
    reason: str
    mention: TimexRef


@dataclass(slots=True)
class TimelineEntry:
    """A calendar value and every date expression in the corpus that resolves to it."""

    value: str
    mentions: list[TimelineMention] = field(default_factory=list)
    conflicts: list[TimelineConflict] = field(default_factory=list)


#: The fields of a :class:`DiscrepancyItem` each kind of item has beyond the common ones.
ITEM_FIELDS: dict[str, tuple[str, ...]] = {
    FIGURE: ("value", "low", "high", "hedge", "unit"),
    QUOTE: ("speaker", "actor", "quote_kind"),
    TIMEX: ("value",),
    MENTION: (),
}


@dataclass(slots=True)
class DiscrepancyItem:
    """One item a discrepancy points to: ``index`` into the article's list of that
    ``kind``, the item's ``text``, and the sentence it sits in (``sentence_start``: its
    offset in the body). The other fields belong to one kind each (:data:`ITEM_FIELDS`):
    a figure's ``value`` as stated, ``low``, ``high``, ``hedge`` and ``unit``; a time
    expression's ``value``; a quote's ``speaker`` as written, its ``actor`` and its
    ``quote_kind``."""

    article: str
    kind: DiscrepancyItemKind
    index: int
    text: str
    sentence: str
    sentence_start: int
    value: int | float | str | None = None
    low: int | float | None = None
    high: int | float | None = None
    hedge: str | None = None
    unit: str | None = None
    speaker: str | None = None
    actor: str | None = None
    quote_kind: str | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "article": self.article,
            "kind": self.kind,
            "index": self.index,
            "text": self.text,
            "sentence": self.sentence,
            "sentence_start": self.sentence_start,
        }
        for name in ITEM_FIELDS[self.kind]:
            d[name] = getattr(self, name)
        return d


@dataclass(slots=True)
class Discrepancy:
    """A point on which the sources differ (or, for figures, agree), with the sentences.

    ``items``: what each source says about it (:class:`DiscrepancyItem`); for ``missing``,
    the sources that leave the item out are in ``missing_from``. See
    ``tui.merge.discrepancies``.
    """

    id: str
    kind: DiscrepancyKind
    topic: str
    status: DiscrepancyStatus
    confidence: float
    note: str
    items: list[DiscrepancyItem] = field(default_factory=list)
    missing_from: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "topic": self.topic,
            "status": self.status,
            "confidence": self.confidence,
            "note": self.note,
            "items": [it.to_dict() for it in self.items],
            "missing_from": list(self.missing_from),
        }


@dataclass(slots=True)
class Skipped:
    path: str
    reason: str


@dataclass(slots=True)
class Corpus:
    """Everything Storyline knows about one folder of articles."""

    articles: list[Article] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    quote_groups: list[QuoteGroup] = field(default_factory=list)
    timeline: list[TimelineEntry] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    discrepancies: list[Discrepancy] = field(default_factory=list)
    #: one short label per article, unique in the corpus ("NYT 06-08", "UPI", "#3 Mar 23"):
    #: what every column, row and citation calls a source (see ``tui.merge.labels``)
    labels: dict[str, str] = field(default_factory=dict)

    def article(self, article_id: str) -> Article | None:
        for a in self.articles:
            if a.id == article_id:
                return a
        return None

    def quote_counts(self) -> tuple[int, int, int]:
        """(quotes, statements, statements several sources carry): quotes without
        scare-quoted terms; a statement is a quote group or a quote in no group."""
        quotes = sum(a.quote_count for a in self.articles)
        by_id = {a.id: a for a in self.articles}
        grouped = sum(
            1
            for g in self.quote_groups
            for r in g.members
            if (a := by_id.get(r.article)) is not None
            and 0 <= r.index < len(a.quotes)
            and a.quotes[r.index].kind != "term"
        )
        shared = len(self.quote_groups)
        return quotes, quotes - grouped + shared, shared

    def label(self, article_id: str) -> str:
        """The article's short label; its id before the merge has given it one."""
        return self.labels.get(article_id) or article_id

    def to_dict(self) -> dict[str, Any]:
        return {
            "articles": [a.to_dict() for a in self.articles],
            "actors": [asdict(a) for a in self.actors],
            "quote_groups": [g.to_dict() for g in self.quote_groups],
            "timeline": [asdict(t) for t in self.timeline],
            "skipped": [asdict(s) for s in self.skipped],
            "discrepancies": [d.to_dict() for d in self.discrepancies],
            "labels": dict(self.labels),
        }
