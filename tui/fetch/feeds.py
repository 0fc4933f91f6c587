"""News feeds: RSS 2.0 and Atom (through feedparser, given bytes only, so it never opens
an address or a file itself) and JSON Feed 1.0/1.1 (the json module and the checks
below), and the choice of items by words and date.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import io
import json
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

__all__ = ["FEED_ACCEPT", "Feed", "FeedError", "FeedItem", "Matcher", "parse_feed"]

FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/feed+json, "
    "application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.1"
)
#: more items than this in one feed are left out
MAX_ITEMS = 10_000


class FeedError(ValueError):
    """Not a feed Storyline reads; ``str(e)`` says why."""


@dataclass
class FeedItem:
    number: int
    """Its place in the feed, from 1."""
    url: str | None
    title: str
    summary: str
    date: _dt.datetime | None
    problem: str | None = None
    """Why the item cannot be fetched (no link, a bad field)."""


@dataclass
class Feed:
    kind: str
    title: str
    items: list[FeedItem]


def parse_feed(body: bytes, content_type: str, url: str) -> Feed:
    """The feed in ``body``; raises :class:`FeedError`."""
    head = body[:512].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"{"):
        return parse_json_feed(body)
    return _parse_xml_feed(body, content_type, url)


def _parse_xml_feed(body: bytes, content_type: str, url: str) -> Feed:
    import feedparser

    d = feedparser.parse(
        io.BytesIO(body),
        response_headers={"content-location": url, "content-type": content_type or "text/xml"},
    )
    if not d.get("version") and not d.entries:
        why = d.get("bozo_exception")
        raise FeedError(
            "is not an RSS, Atom or JSON feed" + (f" ({_short(str(why))})" if why else "")
        )
    items = []
    for number, e in enumerate(d.entries[:MAX_ITEMS], 1):
        when = e.get("published_parsed") or e.get("updated_parsed")
        # feedparser gives UTC as a struct_time
        date = _dt.datetime.fromtimestamp(calendar.timegm(when), _dt.timezone.utc) if when else None
        link = e.get("link") or ""
        items.append(
            FeedItem(
                number,
                link or None,
                _text(e.get("title")),
                _text(e.get("summary")),
                date,
                None if link else "has no link",
            )
        )
    kind = {"rss20": "RSS 2.0", "atom10": "Atom"}.get(
        d.get("version", ""), d.get("version") or "feed"
    )
    return Feed(kind, _text(d.feed.get("title")), items)


# ------------------------------------------------------------------------- JSON Feed

_JSON_FEED_VERSIONS = ("https://jsonfeed.org/version/1", "https://jsonfeed.org/version/1.1")
_ITEM_TEXT = ("url", "external_url", "title", "summary", "content_text", "content_html")


def parse_json_feed(body: bytes) -> Feed:
    """A JSON Feed (https://jsonfeed.org/version/1.1), checked as the spec says: an
    object with ``version``, ``title`` and ``items``; each item an object with an ``id``,
    text fields that are strings and RFC 3339 dates. An item that breaks the spec is
    kept with the problem named (and not fetched); a feed that breaks it is refused."""
    try:
        data = json.loads(body.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise FeedError("is not a JSON Feed (not UTF-8)") from None
    except (ValueError, RecursionError) as e:
        raise FeedError(f"is not a JSON Feed (bad JSON: {_short(str(e))})") from None
    if not isinstance(data, dict):
        raise FeedError("is not a JSON Feed (not a JSON object)")
    version = data.get("version")
    if version not in _JSON_FEED_VERSIONS:
        raise FeedError("is not a JSON Feed (its 'version' is not a jsonfeed.org version)")
    if not isinstance(data.get("title"), str):
        raise FeedError("is not a valid JSON Feed (no 'title' text)")
    if not isinstance(data.get("items"), list):
        raise FeedError("is not a valid JSON Feed ('items' is not a list)")
    items = [_json_item(n, raw) for n, raw in enumerate(data["items"][:MAX_ITEMS], 1)]
    return Feed("JSON Feed", data["title"], items)


def _json_item(number: int, raw: Any) -> FeedItem:
    item = FeedItem(number, None, "", "", None)
    if not isinstance(raw, dict):
        item.problem = "is not a JSON object"
        return item
    if not isinstance(raw.get("id"), (str, int)) or isinstance(raw.get("id"), bool):
        item.problem = "has no 'id'"
    bad = [k for k in _ITEM_TEXT if k in raw and not isinstance(raw[k], str)]
    if bad:
        item.problem = f"its '{bad[0]}' is not text"
        return item
    for key in ("date_published", "date_modified"):
        if key in raw:
            date = _rfc3339(raw[key])
            if date is None:
                item.problem = f"its '{key}' is not an RFC 3339 date"
            item.date = item.date or date
    item.url = raw.get("url") or raw.get("external_url") or None
    item.title = _text(raw.get("title"))
    item.summary = _text(raw.get("summary") or raw.get("content_text") or raw.get("content_html"))
    if item.url is None and item.problem is None:
        item.problem = "has no link"
    return item


_RFC3339 = re.compile(
    r"\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:[Zz]|[+-]\d{2}:\d{2})"
)


def _rfc3339(value: Any) -> _dt.datetime | None:
    if not isinstance(value, str) or not _RFC3339.fullmatch(value):
        return None
    text = value.upper().replace("Z", "+00:00")
    text = re.sub(r"(\.\d{6})\d+", r"\1", text)  # fromisoformat takes microseconds at most
    try:
        return _dt.datetime.fromisoformat(text).astimezone(_dt.timezone.utc)
    except ValueError:
        return None


# ------------------------------------------------------------------------- choosing items

_TAGS = re.compile(r"<[^>]{0,2000}>")


def _text(value: Any) -> str:
    """Plain text of a title or summary (tags dropped, entities decoded, one line)."""
    if not isinstance(value, str):
        return ""
    import html

    return " ".join(html.unescape(_TAGS.sub(" ", value[:100_000])).split())


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 120 else text[:119] + "…"


def _fold(text: str) -> str:
    """Lowercase without accents, so "Kabul" finds "kabul" and "Doha" finds "Dōha"."""
    text = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in text if not unicodedata.combining(c))


class Matcher:
    """``--match`` filters: an item is kept when its title or summary holds every word of
    one of them, as whole words, case and accents aside; a word ending in ``*`` matches
    any word it begins ("negotiat*": negotiator, negotiations). Without filters every
    item is kept."""

    def __init__(self, filters: list[str]) -> None:
        self.groups = []
        for f in filters:
            words = _fold(f).split()
            if words:
                self.groups.append([self._pattern(w) for w in words])

    @staticmethod
    def _pattern(word: str) -> re.Pattern:
        stem, star = (word[:-1], True) if word.endswith("*") and len(word) > 1 else (word, False)
        return re.compile(r"(?<!\w)" + re.escape(stem) + (r"" if star else r"(?!\w)"))

    def __call__(self, item: FeedItem) -> bool:
        if not self.groups:
            return True
        text = _fold(f"{item.title}\n{item.summary}")
        return any(all(p.search(text) for p in group) for group in self.groups)
