"""Feeds: RSS 2.0, Atom and JSON Feed, items chosen by words and date, and `--feed` from
the command line against the test server."""

from __future__ import annotations

import datetime as _dt
import json
from xml.sax.saxutils import escape

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.fetch.conftest import page
from tui.cli import main
from tui.fetch.feeds import FeedError, FeedItem, Matcher, parse_feed, parse_json_feed

#: 20 items: every fourth is about the prisoner swap; dates one day apart from 1 April 2020
TOPICS = ["Prisoner swap talks resume", "Oil prices fall", "Election results", "Storm warning"]


def _items(base: str) -> list[dict]:
    out = []
    for i in range(20):
        title = f"{TOPICS[i % 4]} ({i})"
        day = _dt.datetime(2020, 4, 1, 9, 30, tzinfo=_dt.timezone.utc) + _dt.timedelta(days=i)
        summary = "The Taliban and the Afghan government met." if i % 4 == 0 else "Other news."
        out.append({"url": f"{base}/item{i}.html", "title": title, "date": day, "summary": summary})
    return out


def rss(items) -> str:
    from email.utils import format_datetime

    entries = "".join(
        f"<item><title>{escape(it['title'])}</title><link>{it['url']}</link>"
        f"<description>{escape(it['summary'])}</description>"
        f"<pubDate>{format_datetime(it['date'])}</pubDate></item>"
        for it in items
    )
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Test wire</title>'
        f"<link>https://example.org/</link><description>x</description>{entries}</channel></rss>"
    )


def atom(items) -> str:
    entries = "".join(
        f'<entry><title>{escape(it["title"])}</title><link href="{it["url"]}"/>'
        f"<id>{it['url']}</id><updated>{it['date'].isoformat()}</updated>"
        f"<summary>{escape(it['summary'])}</summary></entry>"
        for it in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>Test wire</title><id>urn:x</id><updated>2020-04-01T00:00:00Z</updated>{entries}</feed>"
    )


def json_feed(items) -> str:
    return json.dumps(
        {
            "version": "https://jsonfeed.org/version/1.1",
            "title": "Test wire",
            "items": [
                {
                    "id": it["url"],
                    "url": it["url"],
                    "title": it["title"],
                    "summary": it["summary"],
                    "date_published": it["date"].isoformat().replace("+00:00", "Z"),
                }
                for it in items
            ],
        }
    )


FORMATS = {
    "rss": (rss, "application/rss+xml"),
    "atom": (atom, "application/atom+xml"),
    "json": (json_feed, "application/feed+json"),
}


@pytest.mark.parametrize("kind", FORMATS)
def test_parse_feed_of_20_items(kind):
    make, ctype = FORMATS[kind]
    items = _items("https://example.org")
    feed = parse_feed(make(items).encode(), ctype, "https://example.org/feed")
    assert feed.title == "Test wire" and len(feed.items) == 20
    assert [i.url for i in feed.items] == [it["url"] for it in items]
    assert feed.items[3].date == items[3]["date"] and feed.items[3].title == items[3]["title"]


@pytest.mark.parametrize("kind", FORMATS)
def test_fetch_feed_filtered_by_words_and_date(kind, server, tmp_path, capsys):
    make, ctype = FORMATS[kind]
    items = _items(server.base)
    for it in items:
        server.add(it["url"][len(server.base) :], page(it["title"]))
    feed = server.add("/feed", make(items), ctype)
    code = main(
        ["fetch", "--feed", feed, "--match", "prisoner swap", "--since", "2020-04-06"]
        + ["--into", str(tmp_path / "story"), "--delay", "0"]
    )
    assert code == 0
    # items 0, 4, 8, 12, 16 are about the swap; 0 and 4 are older than 6 April
    fetched = sorted(p for p, _ in server.requests if p.startswith("/item"))
    assert fetched == ["/item12.html", "/item16.html", "/item8.html"]
    err = capsys.readouterr().err
    assert "20 items, 3 chosen" in err and "3 saved" in err


@pytest.mark.parametrize(
    "filters, title, summary, kept",
    [
        (["prisoner swap"], "Prisoner Swap resumes", "", True),
        (["prisoner swap"], "Prisoner talks", "a swap", True),  # title or summary
        (["prisoner swap"], "Prisoners swapped", "", False),  # whole words
        (["prisoner* swap*"], "Prisoners swapped", "", True),  # a star for any ending
        (["kabul"], "KABUL talks", "", True),  # any case
        (["doha"], "Talks in Dōha", "", True),  # accents aside
        (["swap", "exchange"], "Prisoner exchange", "", True),  # repeated: alternatives
        (["swap"], "<b>swap</b>", "", True),
        ([], "Anything", "", True),
    ],
    ids=[
        "both-words",
        "title-or-summary",
        "whole-words",
        "star",
        "case",
        "accents",
        "alternatives",
        "markup",
        "no-filter",
    ],
)
def test_matcher(filters, title, summary, kept):
    from tui.fetch.feeds import _text

    item = FeedItem(1, "https://a.example/", _text(title), summary, None)
    assert Matcher(filters)(item) is kept


@pytest.mark.parametrize(
    "doc, reason",
    [
        ("[]", "not a JSON object"),
        ('{"version": "1", "title": "x", "items": []}', "'version'"),
        ('{"version": "https://jsonfeed.org/version/1.1", "items": []}', "'title'"),
        ('{"version": "https://jsonfeed.org/version/1.1", "title": "x", "items": {}}', "'items'"),
        ("{bad json", "bad JSON"),
    ],
    ids=["array", "version", "no-title", "items-not-list", "bad-json"],
)
def test_json_feed_refused(doc, reason):
    with pytest.raises(FeedError, match=reason):
        parse_json_feed(doc.encode())


@pytest.mark.parametrize(
    "item, problem",
    [
        ({"id": "1", "url": "https://a.example/1"}, None),
        ({"id": 7, "url": "https://a.example/1"}, None),
        ({"url": "https://a.example/1"}, "has no 'id'"),
        ({"id": "1", "url": 5}, "its 'url' is not text"),
        ({"id": "1", "url": "https://a.example/1", "date_published": "April 7"}, "RFC 3339"),
        ({"id": "1", "title": "No link"}, "has no link"),
        ("not an object", "is not a JSON object"),
    ],
    ids=["good", "numeric-id", "no-id", "url-not-text", "bad-date", "no-link", "not-object"],
)
def test_json_feed_items_checked(item, problem):
    doc = {"version": "https://jsonfeed.org/version/1", "title": "x", "items": [item]}
    (got,) = parse_json_feed(json.dumps(doc).encode()).items
    assert got.problem == problem or (problem and problem in (got.problem or ""))


def test_not_a_feed():
    with pytest.raises(FeedError, match="not an RSS, Atom or JSON feed"):
        parse_feed(page("A page, not a feed").encode(), "text/html", "https://a.example/")


@given(st.binary(max_size=500))
def test_parse_feed_any_bytes(data):
    try:
        feed = parse_feed(data, "application/xml", "https://a.example/feed")
    except FeedError:
        return
    assert all(isinstance(i, FeedItem) for i in feed.items)


@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=20),
        lambda c: st.lists(c, max_size=4) | st.dictionaries(st.text(max_size=8), c, max_size=4),
        max_leaves=20,
    )
)
def test_parse_json_feed_any_json(value):
    try:
        feed = parse_json_feed(json.dumps(value).encode())
    except FeedError:
        return
    assert all(isinstance(i, FeedItem) for i in feed.items)


def test_feed_item_without_link_is_reported(server, tmp_path, capsys):
    doc = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Wire",
        "items": [{"id": "1", "title": "No link here"}],
    }
    feed = server.add("/feed.json", json.dumps(doc), "application/feed+json")
    code = main(["fetch", "--feed", feed, "--into", str(tmp_path / "s"), "--delay", "0"])
    assert code == 1
    assert "item 1" in capsys.readouterr().err
