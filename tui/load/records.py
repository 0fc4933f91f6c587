"""One extracted article as a JSON record, and the checks that make a record trustworthy.

The on-disk cache (:mod:`tui.load.cache`) and pre-extracted ``.jsonl`` files
(:mod:`tui.load.jsonl`) both store an article as ``Article.to_dict()`` plus the
reader's ``hints`` (not part of the JSON contract, but the corpus timeline uses them to
date undated articles). Both come from outside this process, so a record is never
trusted: :func:`article_from_record` checks every field's type and every span, and
raises :class:`BadRecord` with a reason a person can act on.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from dataclasses import asdict, fields
from typing import Any

from tui.model import (
    FORMATS,
    OUTLET_FROM,
    PUBLISHED_FROM,
    Article,
    Dateline,
    Hints,
    KeptMatches,
    Mention,
    Quote,
    Timex,
)

__all__ = [
    "BadRecord",
    "article_record",
    "article_from_record",
    "check_article",
    "hints_record",
    "hints_from_record",
]


class BadRecord(ValueError):
    """The record is not a valid article; ``str(e)`` says why."""


_OPT_STR = ("outlet", "outlet_from", "title", "author", "url", "published_from")
# Per kind of span: the string fields that must be text, and those that may be null.
_SPANS = {
    "mentions": (("text", "kind"), ("actor", "role")),
    "quotes": (("text", "kind"), ("speaker", "actor", "cue", "resolved")),
    "timexes": (("text", "type", "value"), ("mod", "position")),
}
#: How deep hints may nest (the date evidence of an undated article is hints ->
#: date_evidence -> "full" -> [date, future, [sentence span]]: depth 5); deeper parts of a
#: hostile record are dropped.
_MAX_HINT_DEPTH = 6


def _json_native(value: Any, depth: int = 0) -> Any:
    """The JSON-native part of ``value`` (text, numbers, booleans, null, lists, mappings).

    Anything else (a date object, a set) is left out rather than turned into a string
    that would read back as something it was not.
    """
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    if depth >= _MAX_HINT_DEPTH:
        return None
    if isinstance(value, dict):
        out = {}
        for k, v in value.items():
            if isinstance(k, str):
                jv = _json_native(v, depth + 1)
                if jv is not None or v is None:
                    out[k] = jv
        return out
    if isinstance(value, (list, tuple)):
        return [_json_native(v, depth + 1) for v in value]
    return None


def hints_record(hints: Hints) -> dict[str, Any]:
    """``hints`` as JSON: the fields it has, in the order of :class:`tui.model.Hints`."""
    out: dict[str, Any] = {}
    for f in fields(Hints):
        v = getattr(hints, f.name)
        if v is None:
            continue
        if f.name == "date_evidence":
            v = _json_native(v, 1)
        elif isinstance(v, (Dateline, KeptMatches)):
            v = asdict(v)
        out[f.name] = v
    return out


def _typed(value: Any, kinds: tuple[type, ...]) -> bool:
    return isinstance(value, kinds) and not (isinstance(value, bool) and bool not in kinds)


def hints_from_record(d: Any) -> Hints:
    """The hints of a record (from :func:`hints_record`); raise BadRecord when ``d`` is not
    an object. A field of the wrong type is left out: hints only help, an article is
    never refused over them."""
    if not isinstance(d, dict):
        raise _fail("'hints' must be an object")
    h = Hints()
    for name in ("body_from", "dek", "description", "fetched_url", "fetched_at"):
        if isinstance(d.get(name), str):
            setattr(h, name, d[name])
    dl = d.get("dateline")
    if isinstance(dl, dict):
        h.dateline = Dateline(
            *(dl.get(k) if _typed(dl.get(k), (int,)) else None for k in ("month", "day", "year")),
            *(dl.get(k) if isinstance(dl.get(k), str) else None for k in ("place", "agency")),
        )
    if isinstance(d.get("date_evidence"), dict):
        h.date_evidence = _json_native(d["date_evidence"], 1)
    tm = d.get("timex_matches")
    if (
        isinstance(tm, dict)
        and isinstance(tm.get("rules"), str)
        and _typed(tm.get("chars"), (int,))
        and _typed(tm.get("crc"), (int,))
        and isinstance(tm.get("matches"), list)
    ):
        h.timex_matches = KeptMatches(tm["rules"], tm["chars"], tm["crc"], tm["matches"])
    return h


def article_record(article: Article) -> dict[str, Any]:
    """``{"article": Article.to_dict(), "hints": {...}}``: everything needed to rebuild it."""
    return {"article": article.to_dict(), "hints": hints_record(article.hints)}


_CLASSES = {"mentions": Mention, "quotes": Quote, "timexes": Timex}
_FIELD_NAMES = {name: frozenset(f.name for f in fields(cls)) for name, cls in _CLASSES.items()}


def _spans(name: str, items: Any, body: str, captions: Sequence[str] = ()) -> list:
    """Check one list of spans and build its objects (one pass: a warm load checks ~10^6)."""
    if type(items) is not list:
        raise _fail(f"'{name}' must be a list")
    required, optional = _SPANS[name]
    required = tuple(k for k in required if k != "text")  # the text is compared with the body
    cls, names = _CLASSES[name], _FIELD_NAMES[name]
    out = []
    for i, item in enumerate(items):
        if type(item) is not dict:
            raise _fail(f"{name}[{i}] must be an object")
        caption = item.get("caption") if name == "timexes" else None
        source, what = _source(name, i, caption, body, captions)
        n = len(source)
        s, e = item.get("start"), item.get("end")
        # type() is not int also refuses booleans
        if type(s) is not int or type(e) is not int or not 0 <= s <= e <= n:
            raise _fail(f"{name}[{i}]: start/end must be offsets inside the {what} (0..{n})")
        if source[s:e] != item.get("text"):
            raise _fail(f"{name}[{i}]: 'text' is not the {what}'s text at {s}..{e}")
        for key in required:
            if type(item.get(key)) is not str:
                raise _fail(f"{name}[{i}]: '{key}' must be text")
        for key in optional:
            v = item.get(key)
            if v is not None and type(v) is not str:
                raise _fail(f"{name}[{i}]: '{key}' must be text or null")
        if name == "quotes":
            for what in ("speaker", "resolved"):
                ss, se = item.get(f"{what}_start"), item.get(f"{what}_end")
                if (ss is None) != (se is None):
                    raise _fail(f"{name}[{i}]: {what}_start and {what}_end go together")
                if ss is not None and (
                    type(ss) is not int or type(se) is not int or not 0 <= ss <= se <= n
                ):
                    raise _fail(
                        f"{name}[{i}]: the {what} offsets must lie inside the body (0..{n})"
                    )
        elif name == "timexes" and type(item.get("inferred", False)) is not bool:
            raise _fail(f"{name}[{i}]: 'inferred' must be true or false")
        out.append(
            cls(**item)
            if item.keys() <= names
            else cls(**{k: v for k, v in item.items() if k in names})
        )
    return out


def _source(name: str, i: int, caption: Any, body: str, captions) -> tuple[str, str]:
    """The text a span's offsets index and what to call it: the body, or for a date found
    in a photo caption (``caption`` set on a timex) that caption."""
    if caption is None:
        return body, "body"
    if type(caption) is not int or not 0 <= caption < len(captions):
        raise _fail(f"{name}[{i}]: 'caption' must be the index of one of the article's captions")
    return captions[caption], f"caption {caption}"


def _fail(msg: str) -> BadRecord:
    return BadRecord(msg)


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
    _check_from(d.get("published_from"), d.get("outlet_from"))
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
    captions = d.get("captions", [])
    built = {name: _spans(name, d.get(name, []), body, captions) for name in _SPANS}
    parsed = hints_from_record(hints) if hints is not None else Hints()
    try:
        # the article's own fields as the model reads them; the checked span lists are
        # built here with the field names looked up once (a warm load builds ~10^6 spans)
        article = Article.from_dict({**d, "mentions": [], "quotes": [], "timexes": []})
        article.mentions, article.quotes, article.timexes = (
            built["mentions"],
            built["quotes"],
            built["timexes"],
        )
    except (TypeError, ValueError, KeyError) as e:  # pragma: no cover - the checks above come first
        raise _fail(f"not an article ({type(e).__name__}: {e})") from None
    article.hints = parsed
    return article


def _check_spans(name: str, items: list[Any], body: str, captions: list[str]) -> None:
    """Every span of ``items`` (the list ``name`` of an article) lies inside the text it
    indexes, and its ``text`` is that text's characters there; raise BadRecord."""
    n = len(body)
    timexes = name == "timexes"
    for i, x in enumerate(items):
        s, e, text = x.start, x.end, x.text
        if timexes and x.caption is not None:
            source, what = _source(name, i, x.caption, body, captions)
        elif 0 <= s <= e <= n and e - s == len(text) and body.startswith(text, s):
            continue  # a span of the body that holds: checked without copying it
        else:
            source, what = body, "body"
        m = len(source)
        if not 0 <= s <= e <= m:
            raise _fail(f"{name}[{i}]: start/end must be offsets inside the {what} (0..{m})")
        if source[s:e] != text:
            raise _fail(f"{name}[{i}]: 'text' is not the {what}'s text at {s}..{e}")


def _check_from(published_from: Any, outlet_from: Any) -> None:
    """``published_from`` and ``outlet_from`` take their documented values (or null)."""
    if published_from is not None and published_from not in PUBLISHED_FROM:
        raise _fail(f"'published_from' must be one of {', '.join(PUBLISHED_FROM)}")
    if outlet_from is not None and outlet_from not in OUTLET_FROM:
        raise _fail(f"'outlet_from' must be one of {', '.join(OUTLET_FROM)}")


def check_article(article: Article) -> None:
    """The checks of :func:`article_from_record` that types cannot express, on an Article
    decoded with its field types already enforced (the article cache decodes its entries
    that way, see :mod:`tui.load.cache`); raise BadRecord.

    Every span of every list must lie inside the body and its ``text`` be the body's
    characters there; a quote's speaker and resolved offsets go in pairs inside the body;
    ``format`` and ``published_from`` take their documented values; the id is not empty.
    """
    if not article.id:
        raise _fail("'id' is empty")
    if article.format not in FORMATS:
        raise _fail(f"'format' must be one of {', '.join(FORMATS)}")
    _check_from(article.published_from, article.outlet_from)
    body = article.body
    for name in ("mentions", "quotes", "timexes", "figures"):
        _check_spans(name, getattr(article, name), body, article.captions)
    n = len(body)
    for i, q in enumerate(article.quotes):
        for ss, se, what in (
            (q.speaker_start, q.speaker_end, "speaker"),
            (q.resolved_start, q.resolved_end, "resolved"),
        ):
            if (ss is None) != (se is None):
                raise _fail(f"quotes[{i}]: {what}_start and {what}_end go together")
            if ss is not None and se is not None and not 0 <= ss <= se <= n:
                raise _fail(f"quotes[{i}]: the {what} offsets must lie inside the body (0..{n})")
