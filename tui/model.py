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

#: Where an article's ``published`` date came from.
PUBLISHED_FROM = ("config", "meta", "header", "byline", "dateline", "cli", "inferred")
FORMATS = ("text", "html", "markdown")
MENTION_KINDS = ("PERSON", "ORG", "GPE")
QUOTE_KINDS = ("direct", "partial", "indirect", "term")
TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")


@dataclass(slots=True)
class Mention:
    """A name of a person, organisation or place in a text."""

    start: int
    end: int
    text: str
    kind: str  # PERSON | ORG | GPE
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
    kind: str = "direct"  # direct | partial | indirect | term
    cue: str | None = None  # "said", "told", "in a tweet", ":" ...
    speaker_start: int | None = None  # span of the speaker string, when in the text
    speaker_end: int | None = None
    #: who a pronoun or role-noun speaker ("he", "the envoy") is: the name it refers back
    #: to, with that name's span in the text; None when the speaker is a name or unresolved
    resolved: str | None = None
    resolved_start: int | None = None
    resolved_end: int | None = None

    def who(self) -> str | None:
        """The speaker by name where the text gives one: the resolved name, else as written."""
        return self.resolved or self.speaker


@dataclass(slots=True)
class Timex:
    """A TIMEX3-style time expression with its resolved value."""

    start: int
    end: int
    text: str
    type: str  # DATE | TIME | DURATION | SET
    value: str  # "2020-03-29", "2020-03", "2020-W13", "P2D", "PAST_REF", ...
    mod: str | None = None  # EARLY | MID | LATE | APPROX | ...
    inferred: bool = False  # resolved against an inferred article date


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
class Article:
    """One source document, read and cleaned."""

    id: str
    path: str
    format: str  # text | html | markdown
    body: str = ""
    outlet: str | None = None
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
    #: Hints found while reading that are not certain enough to be metadata
    #: (e.g. a dateline's month and day without a year). Not part of the JSON.
    hints: dict[str, Any] = field(default_factory=dict)

    @property
    def words(self) -> int:
        return len(self.body.split())

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "path": self.path,
            "format": self.format,
            "outlet": self.outlet,
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
    kind: str
    aliases: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)
    mention_count: int = 0


#: What each relation between the versions of a statement means, for a reader.
RELATION_TEXT = {
    "verbatim": "verbatim: the same words",
    "trimmed": "trimmed: one version is a cut of the other",
    "reworded": "reworded: the same statement in other words",
    "direct-indirect": "direct vs indirect: quoted by one outlet, paraphrased by another",
    "single": "carried by one source only",
}


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
    relation: str  # verbatim | trimmed | reworded | direct-indirect | single
    members: list[Ref] = field(default_factory=list)
    #: one entry per compared pair: {"a": i, "b": j, "relation", "similarity", "diff": [[op, text], ...]}
    pairs: list[dict[str, Any]] = field(default_factory=list)
    speakers_disagree: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "actor": self.actor,
            "relation": self.relation,
            "members": [{"article": r.article, "quote": r.index} for r in self.members],
            "pairs": list(self.pairs),
            "speakers_disagree": self.speakers_disagree,
        }


@dataclass(slots=True)
class TimelineEntry:
    """A calendar value and every date expression in the corpus that resolves to it."""

    value: str
    #: {"article", "timex" (index), "sentence", "sentence_start"}
    mentions: list[dict[str, Any]] = field(default_factory=list)
    #: notes on sources placing the same event elsewhere: {"value", "article", "timex", "reason"}
    conflicts: list[dict[str, Any]] = field(default_factory=list)


#: What a discrepancy is about, and how the sources stand on it.
DISCREPANCY_KINDS = ("figure", "attribution", "date", "coverage")
DISCREPANCY_STATUSES = ("agree", "hedged", "conflict", "updated", "only-one-source", "missing")


@dataclass(slots=True)
class Discrepancy:
    """A point on which the sources differ (or, for figures, agree), with the sentences.

    ``items``: ``{"article", "kind" ("figure" | "quote" | "timex" | "mention"), "index"
    (into that article's list of that kind), "text", "sentence", "sentence_start"}``, plus
    for figures ``value``, ``low``, ``high``, ``hedge``, and for quotes ``speaker``,
    ``actor``. ``sources``: the article ids concerned (for ``missing``, those that leave
    the item out are in ``missing_from``). See ``tui.merge.discrepancies``.
    """

    id: str
    kind: str  # figure | attribution | date | coverage
    topic: str
    status: str  # agree | hedged | conflict | updated | only-one-source | missing
    confidence: float
    note: str
    items: list[dict[str, Any]] = field(default_factory=list)
    missing_from: list[str] = field(default_factory=list)


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

    def article(self, article_id: str) -> Article | None:
        for a in self.articles:
            if a.id == article_id:
                return a
        return None

    def to_dict(self) -> dict[str, Any]:
        return {
            "articles": [a.to_dict() for a in self.articles],
            "actors": [asdict(a) for a in self.actors],
            "quote_groups": [g.to_dict() for g in self.quote_groups],
            "timeline": [asdict(t) for t in self.timeline],
            "skipped": [asdict(s) for s in self.skipped],
            "discrepancies": [asdict(d) for d in self.discrepancies],
        }
