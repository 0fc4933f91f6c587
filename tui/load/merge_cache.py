"""The merge cache: the corpus merge's results for a set of articles, on disk.

Opening the same folder again is the common case, and with the per-article cache the
articles come back quickly, but the corpus merge (actors, quote groups, timeline,
discrepancies) would run again in full: tens of seconds for thousands of articles. This
cache keeps what the merge produced, keyed by

- :data:`MERGE_FORMAT` and a fingerprint of the code (the per-article extraction code,
  as for the article cache, this module and every module of :mod:`tui.merge`);
- the settings the merge reads (``actors``, ``extraction``, ``discrepancies``);
- the articles, in order: each one's id and its per-article cache key (which covers its
  bytes, name, override and the extraction settings).

So any change of a file, of the set of files or their order, of the settings or of the
code is a miss and the merge runs again. It is used only when every article came from a
file with a cache key and none of them carries a result cut by a time limit or a crash
(those may differ next time).

An entry holds, per article, what the merge changed in it (the actor of each mention and
quote; the date, source of the date and time expressions of an article it dated), and
the corpus-level lists (actors, quote groups, timeline, discrepancies), as MessagePack
written item by item. Reading never trusts an entry: msgspec decodes it into the model's
dataclasses with every field's type enforced, then every reference is checked (every
article id, every index into an article's quotes, time expressions, figures and
mentions, every actor id, the spans of re-dated time expressions) before anything is
applied, and one that fails is a miss. Entries are written atomically, like article
entries, under ``merge/``; the newest :data:`KEEP` are kept.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
from pathlib import Path
from typing import Any

import msgspec

from tui.env import cache_dir
from tui.kinds import FIGURE, MENTION, QUOTE, TIMEX
from tui.load.cache import (
    code_fingerprint,
    entries_info,
    jsonable,
    keep_newest,
    own_folder,
    read_bytes,
    remove_entries,
    write_atomic,
)
from tui.load.records import BadRecord, check_article
from tui.model import (
    Actor,
    Article,
    Corpus,
    Discrepancy,
    QuoteGroup,
    TimelineEntry,
    Timex,
)

#: Bump when the layout of an entry or the merge's output changes.
MERGE_FORMAT = 4
SUFFIX = ".mpk"
#: Entries of earlier layouts: never read, but counted and removed by ``cache info/clear``.
OLD_SUFFIXES = (".zjson",)
#: merge entries kept (one per corpus opened; the oldest go first)
KEEP = 16
#: An entry larger than this is not read.
MAX_ENTRY_BYTES = 512 * 1024 * 1024

_fingerprint: str | None = None


class _Bad(Exception):
    """The entry does not fit the corpus: a miss."""


def _code_fingerprint() -> str:
    global _fingerprint
    if _fingerprint is None:
        h = hashlib.sha256(code_fingerprint().encode())
        tui = Path(__file__).resolve().parent.parent
        merge = sorted(p for p in (tui / "merge").rglob("*.py") if "__pycache__" not in p.parts)
        for p in [Path(__file__).resolve(), *merge]:
            name = str(p.relative_to(tui))
            try:
                h.update(name.encode() + b"\0" + hashlib.sha256(p.read_bytes()).digest())
            except OSError:
                h.update(name.encode() + b"\0?")
        _fingerprint = h.hexdigest()
    return _fingerprint


def merge_key(articles: list[tuple[str, str]], config) -> str:
    """The key of the merge of ``articles`` (``(id, article cache key)`` in corpus order)."""
    h = hashlib.sha256()
    head = {
        "format": MERGE_FORMAT,
        "code": _code_fingerprint(),
        "actors": jsonable(getattr(config, "actors", None)),
        "extraction": jsonable(getattr(config, "extraction", None)),
        "discrepancies": jsonable(getattr(config, "discrepancies", None)),
    }
    h.update(json.dumps(head, sort_keys=True).encode())
    for aid, key in articles:
        h.update(b"\0" + aid.encode("utf-8", "surrogateescape") + b"\0" + key.encode())
    return h.hexdigest()


class MergeCache:
    """Entries under ``root/merge/<key>.mpk``."""

    def __init__(self, root: str | Path | None = None) -> None:
        self.root = Path(root) if root is not None else cache_dir()
        self.dir = self.root / "merge"

    def _path(self, key: str) -> Path:
        return self.dir / (key + SUFFIX)

    # -- writing

    def put(self, key: str, corpus: Corpus, before: list[tuple]) -> bool:
        """Store the merge of ``corpus``; ``before`` is :func:`snapshot` taken before the
        merge (an article the merge did not date keeps its own time expressions)."""

        def arts():
            for a, (published, _from, mention_ids) in zip(corpus.articles, before):
                dated = a.published != published
                # an ignore rule of the config drops mentions in the merge: keep says which stay
                position = {mid: i for i, mid in enumerate(mention_ids)}
                keep = [position[id(m)] for m in a.mentions]
                yield {
                    "keep": None if keep == list(range(len(mention_ids))) else keep,
                    "mention_actors": [m.actor for m in a.mentions],
                    "mention_kinds": [m.kind for m in a.mentions],
                    "quote_actors": [q.actor for q in a.quotes],
                    "dated": (
                        {
                            "published": a.published,
                            "published_from": a.published_from,
                            "timexes": a.timexes,
                        }
                        if dated
                        else None
                    ),
                }

        n = len(corpus.articles)
        # the corpus-level lists as the model holds them (not the articles: their bodies
        # and spans are in the article cache already), written item by item so that a big
        # merge is never one string in memory
        record = {
            "format": (None, MERGE_FORMAT),
            "key": (None, key),
            "ids": (None, [a.id for a in corpus.articles]),
            "articles": (n, arts()),
            "actors": (len(corpus.actors), corpus.actors),
            "quote_groups": (len(corpus.quote_groups), corpus.quote_groups),
            "timeline": (len(corpus.timeline), corpus.timeline),
            "discrepancies": (len(corpus.discrepancies), corpus.discrepancies),
        }
        if not write_atomic(self._path(key), _msgpack_map(record)):
            return False
        try:
            self._prune()
        except OSError:
            pass
        return True

    def _prune(self) -> None:
        keep_newest(self._entries(), KEEP)

    # -- reading

    def restore(self, key: str, corpus: Corpus) -> bool:
        """Apply the cached merge to ``corpus`` (its articles as loaded, unmerged); False,
        with ``corpus`` untouched, on a miss or an entry that does not check out."""
        raw = read_bytes(self._path(key), MAX_ENTRY_BYTES)
        if raw is None:
            return False
        try:
            d = _decoder().decode(raw)
            plan = _check(d, key, corpus)
        except (
            msgspec.DecodeError,
            ValueError,
            TypeError,
            KeyError,
            AttributeError,
            RecursionError,
            OverflowError,
            _Bad,
        ):
            return False  # (msgspec.ValidationError is a DecodeError)
        _apply(plan, corpus)
        return True

    def _entries(self) -> list[Path]:
        if not own_folder(self.dir):
            return []
        return [
            f
            for f in self.dir.iterdir()
            if f.name.endswith((SUFFIX, *OLD_SUFFIXES)) and f.is_file() and not f.is_symlink()
        ]

    def info(self) -> dict[str, Any]:
        return entries_info(self._entries(), self.dir)

    def clear(self) -> dict[str, Any]:
        return remove_entries(self._entries(), self.dir)


def snapshot(corpus: Corpus) -> list[tuple]:
    """What the merge may change in each article's dating, taken before it runs."""
    return [(a.published, a.published_from, [id(m) for m in a.mentions]) for a in corpus.articles]


# -- the entry's layout ----------------------------------------------------------------------


def _msgpack_map(record: dict[str, tuple[int | None, Any]]):
    """MessagePack bytes of a map whose values are ``(None, value)`` (encoded whole) or
    ``(count, items)`` (an array of ``count`` items encoded one at a time, from a list or a
    generator): a stream that decodes as one map."""
    enc = msgspec.msgpack.Encoder()
    yield _header(len(record), 0x80, 0xDE)
    for k, (count, value) in record.items():
        yield enc.encode(k)
        if count is None:
            yield enc.encode(value)
            continue
        yield _header(count, 0x90, 0xDC)
        buf = bytearray()
        n = 0
        for item in value:
            enc.encode_into(item, buf, len(buf))
            n += 1
            if len(buf) > 1 << 20:
                yield bytes(buf)
                buf.clear()
        if n != count:
            raise ValueError("the list changed while it was written")
        yield bytes(buf)


def _header(n: int, fix: int, code16: int) -> bytes:
    """A MessagePack map (``fix`` 0x80, ``code16`` 0xDE) or array (0x90, 0xDC) header."""
    if n < 16:
        return bytes([fix | n])
    if n < 1 << 16:
        return bytes([code16]) + n.to_bytes(2, "big")
    return bytes([code16 + 1]) + n.to_bytes(4, "big")


class _Dated(msgspec.Struct):
    """An article the merge dated: its new date, where it came from, its time expressions."""

    published: _dt.date | None
    published_from: str | None
    timexes: list[Timex]


class _Art(msgspec.Struct):
    """What the merge changed in one article."""

    keep: list[int] | None
    mention_actors: list[str | None]
    mention_kinds: list[str]
    quote_actors: list[str | None]
    dated: _Dated | None


class _Entry(msgspec.Struct):
    """A merge entry as it is decoded (every field's type enforced)."""

    format: int
    key: str
    ids: list[str]
    articles: list[_Art]
    actors: list[Actor]
    quote_groups: list[QuoteGroup]
    timeline: list[TimelineEntry]
    discrepancies: list[Discrepancy]


_decoder_cache: Any = None


def _decoder() -> Any:
    """The typed decoder of an entry: the model's own dataclasses, every field's type
    enforced while decoding (the references between them are checked by :func:`_check`)."""
    global _decoder_cache
    if _decoder_cache is None:
        _decoder_cache = msgspec.msgpack.Decoder(_Entry)
    return _decoder_cache


# -- checking an entry against the corpus it is for ----------------------------------------


def _need(ok: bool, what: str = "") -> None:
    if not ok:
        raise _Bad(what)


def _check(d: Any, key: str, corpus: Corpus) -> dict[str, Any]:
    """The plan that :func:`_apply` carries out, once every reference in the decoded entry
    ``d`` is known to land inside ``corpus``; raise _Bad (or a type error) otherwise."""
    _need(d.format == MERGE_FORMAT and d.key == key, "header")
    arts = corpus.articles
    _need(d.ids == [a.id for a in arts], "ids")
    _need(len(d.articles) == len(arts), "articles")
    by_id = {a.id: a for a in arts}
    actor_ids = _check_actors(d.actors, by_id)
    sizes: dict[str, dict[str, int]] = {}
    per_article = []
    for a, e in zip(arts, d.articles):
        sizes[a.id], plan = _check_article(a, e, actor_ids)
        per_article.append(plan)
    # (article id, kind) -> how many: one look-up per reference (an article or kind that
    # is no string is in no key; one that cannot be hashed is a type error)
    size_of = {(a, k): n for a, kinds in sizes.items() for k, n in kinds.items()}
    _check_groups(d.quote_groups, actor_ids, size_of)
    _check_timeline(d.timeline, {a: n[TIMEX] for a, n in sizes.items()}, size_of)
    _check_discrepancies(d.discrepancies, by_id, size_of)
    return {
        "per_article": per_article,
        "actors": d.actors,
        "groups": d.quote_groups,
        "timeline": d.timeline,
        "discrepancies": d.discrepancies,
    }


def _check_actors(actors: list[Actor], by_id: dict[str, Article]) -> set[str]:
    """The ids of ``actors``, once each names only articles of the corpus, no id is taken
    twice and every candidate is one of them."""
    for x in actors:
        _need(
            all(a in by_id for a in x.articles)
            and all(a in by_id for r in x.roles for a in r.articles),
            "actor article",
        )
    actor_ids = {a.id for a in actors}
    _need(len(actor_ids) == len(actors), "duplicate actor")
    _need(all(c in actor_ids for x in actors for c in x.candidates), "actor candidate")
    return actor_ids


def _check_article(a: Article, e: _Art, actor_ids: set[str]) -> tuple[dict[str, int], tuple]:
    """How many of each kind article ``a`` ends with once ``e`` is applied (indices into
    them must fit), and its part of the plan. This runs for every article on every warm
    load of a big corpus: set operations and sorting in C where a loop in Python would
    say the same."""
    keep = e.keep
    if keep is not None and keep:
        _need(0 <= keep[0] and keep[-1] < len(a.mentions), "keep")  # ascending: all inside
        _need(keep == sorted(set(keep)), "keep order")  # strictly ascending
    n_mentions = len(a.mentions) if keep is None else len(keep)
    ma, qa, kinds = e.mention_actors, e.quote_actors, e.mention_kinds
    _need(
        len(ma) == n_mentions and len(kinds) == n_mentions and len(qa) == len(a.quotes),
        "counts",
    )
    named = set(ma)
    named.update(qa)
    named.discard(None)
    _need(named <= actor_ids, "mention or quote actor")
    new = None
    n_timexes = len(a.timexes)
    if e.dated is not None:
        new = _check_dated(a, e.dated)
        n_timexes = len(e.dated.timexes)
    sizes = {QUOTE: len(a.quotes), FIGURE: len(a.figures), MENTION: n_mentions, TIMEX: n_timexes}
    return sizes, (keep, ma, kinds, qa, new)


def _check_dated(a: Article, dated: _Dated) -> tuple:
    """The new date, its source and time expressions of an article the merge dated, once
    the time expressions' spans are known to fit its text."""
    try:
        check_article(
            Article(a.id, a.path, a.format, a.body, captions=a.captions, timexes=dated.timexes)
        )
    except BadRecord as err:
        raise _Bad(str(err)) from None
    _need(dated.published_from is None or type(dated.published_from) is str)
    return (dated.published, dated.published_from, dated.timexes)


def _fits(size_of: dict[tuple[str, str], int], article: Any, kind: Any, index: Any) -> bool:
    """Whether ``index`` is an index into ``article``'s items of ``kind``."""
    return type(index) is int and 0 <= index < size_of.get((article, kind), 0)


def _check_groups(
    groups: list[QuoteGroup], actor_ids: set[str], size_of: dict[tuple[str, str], int]
) -> None:
    """Every quote group's actor, members and pairs of members."""
    for g in groups:
        _need(g.actor is None or g.actor in actor_ids, "group actor")
        _need(all(_fits(size_of, m.article, QUOTE, m.index) for m in g.members), "group member")
        n = len(g.members)
        for p in g.pairs:
            _need(0 <= p.a < n and 0 <= p.b < n, "pair index")
            _need(all(2 <= len(op) <= 3 for op in p.diff), "diff")


def _check_timeline(
    timeline: list[TimelineEntry],
    timexes_of: dict[str, int],
    size_of: dict[tuple[str, str], int],
) -> None:
    """Every timeline entry's mentions and conflicts (``timexes_of``: article id -> how
    many time expressions it ends with)."""
    for t in timeline:
        for m in t.mentions:
            # _fits(size_of, article, TIMEX, index), inlined: this runs once per timeline
            # mention, about ten per article
            if not 0 <= m.timex < timexes_of.get(m.article, 0):
                raise _Bad("timeline mention")
        for c in t.conflicts:
            _need(_fits(size_of, c.article, TIMEX, c.timex), "conflict timex")
            _need(_fits(size_of, c.mention.article, TIMEX, c.mention.timex), "conflict mention")


def _check_discrepancies(
    discrepancies: list[Discrepancy],
    by_id: dict[str, Article],
    size_of: dict[tuple[str, str], int],
) -> None:
    """Every discrepancy's articles and items."""
    for x in discrepancies:
        _need(all(a in by_id for a in x.missing_from), "missing_from")
        # _fits(size_of, it.article, it.kind, it.index), inlined: about forty items per article
        _need(
            all(
                type(it.index) is int and 0 <= it.index < size_of.get((it.article, it.kind), 0)
                for it in x.items
            ),
            "discrepancy item",
        )


def _apply(plan: dict[str, Any], corpus: Corpus) -> None:
    for a, (keep, ma, kinds, qa, new) in zip(corpus.articles, plan["per_article"]):
        if keep is not None:
            a.mentions = [a.mentions[i] for i in keep]
        for m, actor, kind in zip(a.mentions, ma, kinds):
            m.actor, m.kind = actor, kind
        for q, actor in zip(a.quotes, qa):
            q.actor = actor
        if new is not None:
            a.published, a.published_from, a.timexes = new
    corpus.actors = plan["actors"]
    corpus.quote_groups = plan["groups"]
    corpus.timeline = plan["timeline"]
    corpus.discrepancies = plan["discrepancies"]
