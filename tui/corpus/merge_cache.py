"""The merge cache: the corpus merge's results for a set of articles, on disk.

Opening the same folder again is the common case, and with the per-article cache the
articles come back quickly, but the corpus merge (actors, quote groups, timeline,
discrepancies) would run again in full: tens of seconds for thousands of articles. This
cache keeps what the merge produced, keyed by

- :data:`MERGE_FORMAT` and a fingerprint of the code (the per-article extraction code,
  as for the article cache, and every module of ``tui.corpus``);
- the settings the merge reads (``actors``, ``extraction``, ``discrepancies``);
- the articles, in order: each one's id and its per-article cache key (which covers its
  bytes, name, override and the extraction settings).

So any change of a file, of the set of files or their order, of the settings or of the
code is a miss and the merge runs again. It is used only when every article came from a
file with a cache key and none of them carries a result cut by a time limit or a crash
(those may differ next time).

An entry holds, per article, what the merge changed in it (the actor of each mention and
quote; the date, source of the date and time expressions of an article it dated), and
the corpus-level lists in their JSON form. Reading never trusts an entry: it is checked in
full (types, every article id, every index into an article's quotes, time expressions,
figures and mentions, every actor id) before anything is applied, and one that fails is
a miss. Entries are written atomically, like article entries, under ``merge/``; the
newest :data:`KEEP` are kept.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

from tui.model import (
    DISCREPANCY_KINDS,
    DISCREPANCY_STATUSES,
    Actor,
    Corpus,
    Discrepancy,
    QuoteGroup,
    Ref,
    Role,
    TimelineEntry,
)

#: Bump when the layout of an entry or the merge's output changes.
MERGE_FORMAT = 1
SUFFIX = ".zjson"
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
        from tui.corpus.cache import code_fingerprint

        h = hashlib.sha256(code_fingerprint().encode())
        for p in sorted(Path(__file__).resolve().parent.glob("*.py")):
            try:
                h.update(p.name.encode() + b"\0" + hashlib.sha256(p.read_bytes()).digest())
            except OSError:
                h.update(p.name.encode() + b"\0?")
        _fingerprint = h.hexdigest()
    return _fingerprint


def merge_key(articles: list[tuple[str, str]], config) -> str:
    """The key of the merge of ``articles`` (``(id, article cache key)`` in corpus order)."""
    from tui.corpus.cache import _jsonable

    h = hashlib.sha256()
    head = {
        "format": MERGE_FORMAT,
        "code": _code_fingerprint(),
        "actors": _jsonable(getattr(config, "actors", None)),
        "extraction": _jsonable(getattr(config, "extraction", None)),
        "discrepancies": _jsonable(getattr(config, "discrepancies", None)),
    }
    h.update(json.dumps(head, sort_keys=True).encode())
    for aid, key in articles:
        h.update(b"\0" + aid.encode("utf-8", "surrogateescape") + b"\0" + key.encode())
    return h.hexdigest()


class MergeCache:
    """Entries under ``root/merge/<key>.zjson``."""

    def __init__(self, root: str | Path | None = None) -> None:
        from tui.corpus.cache import cache_dir

        self.root = Path(root) if root is not None else cache_dir()
        self.dir = self.root / "merge"

    def _path(self, key: str) -> Path:
        return self.dir / (key + SUFFIX)

    # -- writing

    def put(self, key: str, corpus: Corpus, before: list[tuple]) -> bool:
        """Store the merge of ``corpus``; ``before`` is :func:`snapshot` taken before the
        merge (an article the merge did not date keeps its own time expressions)."""

        arts = []
        for a, (published, _from, mention_ids) in zip(corpus.articles, before):
            dated = a.published != published
            # an ignore rule of the config drops mentions in the merge: keep says which stay
            position = {mid: i for i, mid in enumerate(mention_ids)}
            keep = [position[id(m)] for m in a.mentions]
            arts.append(
                {
                    "keep": None if keep == list(range(len(mention_ids))) else keep,
                    "mention_actors": [m.actor for m in a.mentions],
                    "mention_kinds": [m.kind for m in a.mentions],
                    "quote_actors": [q.actor for q in a.quotes],
                    "dated": (
                        {
                            "published": a.published.isoformat() if a.published else None,
                            "published_from": a.published_from,
                            "timexes": [_timex_dict(t) for t in a.timexes],
                        }
                        if dated
                        else None
                    ),
                }
            )
        # the corpus-level lists as Corpus.to_dict() gives them (not the articles: their
        # bodies and spans are in the article cache already)
        record = {
            "format": MERGE_FORMAT,
            "key": key,
            "ids": [a.id for a in corpus.articles],
            "articles": arts,
            # generators: written item by item, never all in memory at once
            "actors": (asdict(a) for a in corpus.actors),
            "quote_groups": (g.to_dict() for g in corpus.quote_groups),
            "timeline": (asdict(t) for t in corpus.timeline),
            "discrepancies": (asdict(x) for x in corpus.discrepancies),
        }
        from tui.corpus.cache import write_entry

        if not write_entry(self._path(key), record):
            return False
        try:
            self._prune()
        except OSError:
            pass
        return True

    def _prune(self) -> None:
        entries = []
        for f in self._entries():
            try:
                entries.append((f.stat().st_mtime, f))
            except OSError:
                continue
        entries.sort(reverse=True)
        for _, f in entries[KEEP:]:
            try:
                f.unlink()
            except OSError:
                pass

    # -- reading

    def restore(self, key: str, corpus: Corpus) -> bool:
        """Apply the cached merge to ``corpus`` (its articles as loaded, unmerged); False,
        with ``corpus`` untouched, on a miss or an entry that does not check out."""
        from tui.corpus.cache import read_entry

        d = read_entry(self._path(key), MAX_ENTRY_BYTES)
        if d is None:
            return False
        try:
            plan = _check(d, key, corpus)
        except (ValueError, TypeError, KeyError, AttributeError, RecursionError, _Bad):
            return False
        _apply(plan, corpus)
        return True

    def _entries(self) -> list[Path]:
        if not self.dir.is_dir():
            return []
        return [f for f in self.dir.iterdir() if f.name.endswith(SUFFIX) and f.is_file() and not f.is_symlink()]

    def info(self) -> dict[str, Any]:
        from tui.corpus.cache import entries_info

        return entries_info(self._entries(), self.dir)

    def clear(self) -> dict[str, Any]:
        from tui.corpus.cache import remove_entries

        return remove_entries(self._entries(), self.dir)


def snapshot(corpus: Corpus) -> list[tuple]:
    """What the merge may change in each article's dating, taken before it runs."""
    return [(a.published, a.published_from, [id(m) for m in a.mentions]) for a in corpus.articles]


def _timex_dict(t) -> dict[str, Any]:
    return {"start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value, "mod": t.mod,
            "inferred": t.inferred}


# -- checking an entry against the corpus it is for ----------------------------------------


def _need(ok: bool, what: str = "") -> None:
    if not ok:
        raise _Bad(what)


def _str(v: Any) -> bool:
    return type(v) is str


def _opt_str(v: Any) -> bool:
    return v is None or type(v) is str


def _int(v: Any) -> bool:
    return type(v) is int


def _str_list(v: Any) -> bool:
    return type(v) is list and all(type(x) is str for x in v)


def _check(d: Any, key: str, corpus: Corpus) -> dict[str, Any]:
    from tui.corpus.records import BadRecord, _spans

    _need(type(d) is dict and d.get("format") == MERGE_FORMAT and d.get("key") == key, "header")
    arts = corpus.articles
    _need(d.get("ids") == [a.id for a in arts], "ids")
    by_id = {a.id: a for a in arts}
    entries = d["articles"]
    _need(type(entries) is list and len(entries) == len(arts), "articles")

    actors: list[Actor] = []
    for x in d["actors"]:
        _need(type(x) is dict and _str(x.get("id")) and _str(x.get("name")) and _str(x.get("kind")))
        _need(_str_list(x.get("aliases")) and _str_list(x.get("articles")) and _int(x.get("mention_count")))
        roles = x.get("roles")
        _need(type(roles) is list)
        rs = []
        for r in roles:
            _need(type(r) is dict and _str(r.get("text")) and _str_list(r.get("articles")))
            rs.append(Role(r["text"], list(r["articles"])))
        _need(all(a in by_id for a in x["articles"]), "actor article")
        actors.append(Actor(x["id"], x["name"], x["kind"], list(x["aliases"]), rs, list(x["articles"]), x["mention_count"]))
    actor_ids = {a.id for a in actors}
    _need(len(actor_ids) == len(actors), "duplicate actor")

    per_article = []
    for a, e in zip(arts, entries):
        _need(type(e) is dict)
        keep = e["keep"]
        if keep is not None:
            _need(type(keep) is list and all(_int(i) and 0 <= i < len(a.mentions) for i in keep), "keep")
            _need(all(x < y for x, y in zip(keep, keep[1:])), "keep order")
        n_mentions = len(a.mentions) if keep is None else len(keep)
        ma, qa, kinds = e["mention_actors"], e["quote_actors"], e["mention_kinds"]
        _need(type(ma) is list and len(ma) == n_mentions and type(qa) is list and len(qa) == len(a.quotes))
        _need(type(kinds) is list and len(kinds) == n_mentions and all(type(k) is str for k in kinds), "kinds")
        _need(all(x is None or (type(x) is str and x in actor_ids) for x in ma), "mention actor")
        _need(all(x is None or (type(x) is str and x in actor_ids) for x in qa), "quote actor")
        dated = e["dated"]
        new = None
        if dated is not None:
            _need(type(dated) is dict and _opt_str(dated.get("published_from")))
            pub = dated.get("published")
            _need(_opt_str(pub))
            published = _dt.date.fromisoformat(pub) if pub is not None else None
            try:
                timexes = _spans("timexes", dated.get("timexes"), a.body)
            except BadRecord as err:
                raise _Bad(str(err)) from None
            new = (published, dated["published_from"], timexes)
        per_article.append((keep, ma, kinds, qa, new))

    # the number of time expressions an article ends with: indices into them must fit
    n_timexes = {a.id: (len(p[4][2]) if p[4] is not None else len(a.timexes)) for a, p in zip(arts, per_article)}
    n_mentions = {a.id: (len(p[0]) if p[0] is not None else len(a.mentions)) for a, p in zip(arts, per_article)}

    def fits(article: Any, kind: str, index: Any) -> bool:
        a = by_id.get(article) if type(article) is str else None
        if a is None or not _int(index) or index < 0:
            return False
        n = {"quote": len(a.quotes), "figure": len(a.figures), "mention": n_mentions[a.id]}.get(kind)
        if kind == "timex":
            n = n_timexes[a.id]
        return n is not None and index < n

    groups: list[QuoteGroup] = []
    for g in d["quote_groups"]:
        _need(type(g) is dict and _str(g.get("id")) and _str(g.get("relation")) and type(g.get("speakers_disagree")) is bool)
        _need(g.get("actor") is None or g.get("actor") in actor_ids, "group actor")
        members = g.get("members")
        _need(type(members) is list)
        refs = []
        for m in members:
            _need(type(m) is dict and fits(m.get("article"), "quote", m.get("quote")), "group member")
            refs.append(Ref(m["article"], m["quote"]))
        pairs = g.get("pairs")
        _need(type(pairs) is list)
        for p in pairs:
            _need(type(p) is dict and _int(p.get("a")) and _int(p.get("b")), "pair")
            _need(0 <= p["a"] < len(refs) and 0 <= p["b"] < len(refs), "pair index")
            _need(_str(p.get("relation")) and type(p.get("diff")) is list, "pair")
            for op in p["diff"]:
                _need(type(op) is list and 2 <= len(op) <= 3 and all(type(s) is str for s in op), "diff")
        groups.append(QuoteGroup(g["id"], g.get("actor"), g["relation"], refs, pairs, g["speakers_disagree"]))

    timeline: list[TimelineEntry] = []
    for t in d["timeline"]:
        _need(type(t) is dict and _str(t.get("value")) and type(t.get("mentions")) is list and type(t.get("conflicts")) is list)
        for m in t["mentions"]:
            _need(type(m) is dict and fits(m.get("article"), "timex", m.get("timex")), "timeline mention")
            _need(_str(m.get("sentence")) and _int(m.get("sentence_start")), "timeline sentence")
        for c in t["conflicts"]:
            _need(type(c) is dict and _str(c.get("value")) and _str(c.get("reason")), "conflict")
            _need(fits(c.get("article"), "timex", c.get("timex")), "conflict timex")
            mine = c.get("mention")
            _need(type(mine) is dict and fits(mine.get("article"), "timex", mine.get("timex")), "conflict mention")
        timeline.append(TimelineEntry(t["value"], t["mentions"], t["conflicts"]))

    discrepancies: list[Discrepancy] = []
    for x in d["discrepancies"]:
        _need(type(x) is dict and _str(x.get("id")) and x.get("kind") in DISCREPANCY_KINDS and x.get("status") in DISCREPANCY_STATUSES)
        _need(_str(x.get("topic")) and _str(x.get("note")) and type(x.get("confidence")) in (int, float))
        _need(_str_list(x.get("missing_from")) and all(a in by_id for a in x["missing_from"]), "missing_from")
        items = x.get("items")
        _need(type(items) is list)
        for it in items:
            _need(type(it) is dict and fits(it.get("article"), it.get("kind"), it.get("index")), "discrepancy item")
            _need(_str(it.get("text")) and _opt_str(it.get("sentence")), "discrepancy text")
        discrepancies.append(
            Discrepancy(x["id"], x["kind"], x["topic"], x["status"], x["confidence"], x["note"], items, list(x["missing_from"]))
        )
    return {"per_article": per_article, "actors": actors, "groups": groups, "timeline": timeline,
            "discrepancies": discrepancies}


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
