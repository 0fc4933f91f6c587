"""The report as CSV tables for spreadsheets: quotes, timeline, actors or sources.

Cells are quoted by the :mod:`csv` module (RFC 4180, CRLF rows), control characters are
made visible, and every text cell that a spreadsheet could read as a formula (one that
starts, after any spaces, with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return) gets a
leading apostrophe, as the OWASP guidance on CSV injection recommends. Numbers that
Storyline computes (offsets, counts) are written as numbers.
"""

from __future__ import annotations

import csv as _csv
import io

from tui.analysis.timex.human import human_timex
from tui.export.common import MAX_ABSENT_LIST
from tui.model import Corpus
from tui.visible import visible

TABLES = ("quotes", "timeline", "actors", "sources")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def cell(value: object) -> object:
    """A value made safe for a spreadsheet cell (see the module docstring)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (int, float)):
        return value
    s = visible(str(value))
    stripped = s.lstrip(" \n")
    if s.startswith(_FORMULA_START) or stripped.startswith(_FORMULA_START):
        s = "'" + s
    return s


def _join(items) -> str:
    return "; ".join(str(x) for x in items if x)


def quotes_rows(corpus: Corpus):
    actors = {a.id: a.name for a in corpus.actors}
    group_of: dict[tuple[str, int], tuple[str, str]] = {}
    for g in corpus.quote_groups:
        for r in g.members:
            group_of[(r.article, r.index)] = (g.id, g.relation)
    yield [
        "article",
        "source",
        "outlet",
        "date",
        "date_from",
        "speaker",
        "actor",
        "actor_id",
        "kind",
        "cue",
        "text",
        "start",
        "end",
        "group",
        "relation",
    ]
    for a in corpus.articles:
        for i, q in enumerate(a.quotes):
            gid, rel = group_of.get((a.id, i), ("", "single"))
            yield [
                a.id,
                corpus.label(a.id),
                a.outlet,
                a.published.isoformat() if a.published else "",
                a.published_from,
                q.speaker,
                actors.get(q.actor or "", ""),
                q.actor,
                q.kind,
                q.cue,
                q.text,
                q.start,
                q.end,
                gid,
                rel,
            ]


def timeline_rows(corpus: Corpus):
    by_id = {a.id: a for a in corpus.articles}
    yield [
        "value",
        "date",
        "article",
        "source",
        "outlet",
        "timex",
        "timex_start",
        "timex_end",
        "inferred",
        "conflict",
        "sentence",
    ]
    for e in corpus.timeline:
        conflicted = {(c.mention.article, c.mention.timex) for c in e.conflicts}
        for m in e.mentions:
            a = by_id.get(m.article)
            idx = m.timex
            t = a.timexes[idx] if a is not None and 0 <= idx < len(a.timexes) else None
            yield [
                e.value,
                human_timex(e.value),
                m.article,
                corpus.label(m.article),
                a.outlet if a else "",
                t.text if t else "",
                t.start if t else "",
                t.end if t else "",
                bool(t and t.inferred),
                (m.article, idx) in conflicted,
                m.sentence,
            ]


def actors_rows(corpus: Corpus):
    """One row per actor. ``not_in`` lists the sources that never mention the actor for
    corpora of up to MAX_ABSENT_LIST articles (beyond, the list would dwarf the table);
    ``absent`` always counts them."""
    order = {a.id: i for i, a in enumerate(corpus.articles)}
    yield [
        "id",
        "name",
        "kind",
        "aliases",
        "roles",
        "articles",
        "sources",
        "absent",
        "not_in",
        "mentions",
    ]
    for a in corpus.actors:
        present = list(dict.fromkeys(a.articles))
        known = {i for i in present if i in order}
        not_in = (
            _join(x.id for x in corpus.articles if x.id not in known)
            if len(order) <= MAX_ABSENT_LIST
            else ""
        )
        roles = _join(
            f"{r.text} ({', '.join(r.articles)})" if r.articles else r.text for r in a.roles
        )
        yield [
            a.id,
            a.name,
            a.kind,
            _join(x for x in a.aliases if x != a.name),
            roles,
            _join(present),
            len(known),
            len(order) - len(known),
            not_in,
            a.mention_count,
        ]


def sources_rows(corpus: Corpus):
    yield [
        "article",
        "source",
        "outlet",
        "outlet_from",
        "date",
        "date_from",
        "title",
        "author",
        "url",
        "format",
        "words",
        "quotes",
        "actors",
        "path",
        "warnings",
    ]
    for a in corpus.articles:
        yield [
            a.id,
            corpus.label(a.id),
            a.outlet,
            a.outlet_from,
            a.published.isoformat() if a.published else "",
            a.published_from,
            a.title,
            a.author,
            a.url,
            a.format,
            a.words,
            a.quote_count,
            a.actor_count,
            a.path,
            _join(a.warnings),
        ]


_ROWS = {
    "quotes": quotes_rows,
    "timeline": timeline_rows,
    "actors": actors_rows,
    "sources": sources_rows,
}


def render(corpus: Corpus, table: str = "quotes") -> str:
    if table not in _ROWS:
        raise ValueError(f"unknown CSV table {table!r}: choose one of {', '.join(TABLES)}")
    buf = io.StringIO(newline="")
    w = _csv.writer(buf, quoting=_csv.QUOTE_MINIMAL)
    for row in _ROWS[table](corpus):
        w.writerow([cell(v) for v in row])
    return buf.getvalue()
