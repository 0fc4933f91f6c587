"""One extracted article as a JSON record, and the checks that make a record trustworthy.

The on-disk cache (:mod:`tui.corpus.cache`) and pre-extracted ``.jsonl`` files
(:mod:`tui.corpus.jsonl`) both store an article as ``Article.to_dict()`` plus the
reader's ``hints`` (not part of the JSON contract, but the corpus timeline uses them to
date undated articles). Both come from outside this process, so a record is never
trusted: :func:`article_from_record` checks every field's type and every span, and
raises :class:`BadRecord` with a reason a person can act on.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any

from tui.model import FORMATS, PUBLISHED_FROM, Article

__all__ = ["BadRecord", "article_record", "article_from_record", "json_hints"]


class BadRecord(ValueError):
    """The record is not a valid article; ``str(e)`` says why."""


_OPT_STR = ("outlet", "title", "author", "url", "published_from")
# Per kind of span: the string fields that must be text, and those that may be null.
_SPANS = {
    "mentions": (("text", "kind"), ("actor", "role")),
    "quotes": (("text", "kind"), ("speaker", "actor", "cue")),
    "timexes": (("text", "type", "value"), ("mod",)),
}
_MAX_HINT_DEPTH = 4


def json_hints(hints: Any, depth: int = 0) -> Any:
    """The JSON-native part of ``hints`` (text, numbers, booleans, null, lists, mappings).

    Anything else (a date object, a set) is left out rather than turned into a string
    that would read back as something it was not.
    """
    if hints is None or isinstance(hints, (str, bool, int, float)):
        return hints
    if depth >= _MAX_HINT_DEPTH:
        return None
    if isinstance(hints, dict):
        out = {}
        for k, v in hints.items():
            if isinstance(k, str):
                jv = json_hints(v, depth + 1)
                if jv is not None or v is None:
                    out[k] = jv
        return out
    if isinstance(hints, (list, tuple)):
        return [json_hints(v, depth + 1) for v in hints]
    return None


def article_record(article: Article) -> dict[str, Any]:
    """``{"article": Article.to_dict(), "hints": {...}}``: everything needed to rebuild it."""
    return {"article": article.to_dict(), "hints": json_hints(article.hints or {})}


def _fail(msg: str) -> BadRecord:
    return BadRecord(msg)


def _int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def article_from_record(d: Any, hints: Any = None) -> Article:
    """Check an ``Article.to_dict()`` mapping and build the Article; raise BadRecord.

    Every span must lie inside the body and its ``text`` must be exactly the body's
    characters there (the app highlights spans by offset, so a record whose offsets do
    not match its text would show the wrong words).
    """
    if not isinstance(d, dict):
        raise _fail(f"an article must be a JSON object, not {type(d).__name__}")
    for name in ("id", "path", "format", "body"):
        if not isinstance(d.get(name), str):
            raise _fail(f"'{name}' must be text")
    if not d["id"]:
        raise _fail("'id' is empty")
    if d["format"] not in FORMATS:
        raise _fail(f"'format' must be one of {', '.join(FORMATS)}")
    for name in _OPT_STR:
        if d.get(name) is not None and not isinstance(d[name], str):
            raise _fail(f"'{name}' must be text or null")
    if d.get("published_from") is not None and d["published_from"] not in PUBLISHED_FROM:
        raise _fail(f"'published_from' must be one of {', '.join(PUBLISHED_FROM)}")
    pub = d.get("published")
    if pub is not None:
        if not isinstance(pub, str):
            raise _fail("'published' must be a date as YYYY-MM-DD or null")
        try:
            _dt.date.fromisoformat(pub)
        except ValueError:
            raise _fail(f"'published' is not a date: {pub[:40]!r}") from None
    for name in ("captions", "warnings"):
        v = d.get(name, [])
        if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
            raise _fail(f"'{name}' must be a list of text")
    body = d["body"]
    n = len(body)
    for name, (required, optional) in _SPANS.items():
        items = d.get(name, [])
        if not isinstance(items, list):
            raise _fail(f"'{name}' must be a list")
        for i, item in enumerate(items):
            where = f"{name}[{i}]"
            if not isinstance(item, dict):
                raise _fail(f"{where} must be an object")
            s, e = item.get("start"), item.get("end")
            if not (_int(s) and _int(e) and 0 <= s <= e <= n):
                raise _fail(f"{where}: start/end must be offsets inside the body (0..{n})")
            for key in required:
                if not isinstance(item.get(key), str):
                    raise _fail(f"{where}: '{key}' must be text")
            for key in optional:
                if item.get(key) is not None and not isinstance(item[key], str):
                    raise _fail(f"{where}: '{key}' must be text or null")
            if body[s:e] != item["text"]:
                raise _fail(f"{where}: 'text' is not the body's text at {s}..{e}")
            if name == "quotes":
                ss, se = item.get("speaker_start"), item.get("speaker_end")
                if (ss is None) != (se is None):
                    raise _fail(f"{where}: speaker_start and speaker_end go together")
                if ss is not None and not (_int(ss) and _int(se) and 0 <= ss <= se <= n):
                    raise _fail(f"{where}: the speaker's offsets must lie inside the body (0..{n})")
            if name == "timexes" and not isinstance(item.get("inferred", False), bool):
                raise _fail(f"{where}: 'inferred' must be true or false")
    if hints is not None and not isinstance(hints, dict):
        raise _fail("'hints' must be an object")
    try:
        article = Article.from_dict(d)
    except (TypeError, ValueError, KeyError) as e:  # pragma: no cover - the checks above come first
        raise _fail(f"not an article ({type(e).__name__}: {e})") from None
    article.hints = dict(hints or {})
    return article
