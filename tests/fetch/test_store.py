"""Saving: file names, never over a file, the sidecar and what the reader makes of it,
the same address fetched again, duplicate links."""

from __future__ import annotations

import json
import os

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.fetch.conftest import page
from tui.fetch import Fetcher
from tui.fetch.page import NAME_BYTES, clean_title, file_stem
from tui.read.sidecar import parse_sidecar, sidecar_path

# ---------------------------------------------------------------------------- names


@pytest.mark.parametrize(
    "url, title, stem",
    [
        (
            "https://www.upi.com/a/b.html",
            "US, Taliban agree to prisoner swap",
            "upi.com - US, Taliban agree to prisoner swap",
        ),
        (
            "https://news.example.org/x",
            "Talks: day 2 / Doha",
            "news.example.org - Talks - day 2 - Doha",
        ),
        ("https://example.org/x", '<b>"Bold"</b> claims?*', "example.org - b 'Bold' -b claims"),
        ("https://example.org/x", "\x1b[31mRED\x1b[0m alert\x07", "example.org - RED alert"),
        ("https://example.org/x", "␛[31mRED␛[0m shown", "example.org - RED shown"),
        ("https://example.org/x", "abc\u202edcba\u200b", "example.org - abcdcba"),
        ("https://example.org/x", "../../etc/passwd", "example.org - ..-..-etc-passwd"),
        (
            "https://example.org/world/talks-resume-in-doha.html",
            None,
            "example.org - talks resume in doha",
        ),
        ("https://example.org/", "   ", "example.org - page"),
        ("https://example.org/x", "line one\nline two\ttab", "example.org - line one line two tab"),
        ("https://example.org/x", "نشست\u200cها", "example.org - نشست\u200cها"),
    ],
    ids=[
        "plain",
        "separators",
        "markup-and-shell",
        "escape-sequences",
        "escapes-as-shown",
        "bidi-and-zero-width",
        "path-traversal",
        "no-title-url-words",
        "blank-title",
        "newlines",
        "zwnj-kept",
    ],
)
def test_file_stem(url, title, stem):
    assert file_stem(url, title) == stem


def test_file_stem_is_bounded_on_a_word():
    stem = file_stem("https://example.org/x", "word " * 200)
    assert stem.endswith("word…") and len(stem.encode()) <= NAME_BYTES


@given(st.text(max_size=400), st.sampled_from(["https://ex.org/a", "http://[::1]:8/x/y.html"]))
def test_file_stem_is_always_safe(title, url):
    stem = file_stem(url, title)
    assert stem and len(stem.encode("utf-8", "surrogatepass")) <= NAME_BYTES
    assert not stem.startswith(("-", "+", ".")) and not stem.endswith((".", " "))
    assert not any(c in stem for c in "/\\\x00\x1b\n\r\t")
    assert all(c.isprintable() or c in "\u200c\u200d" for c in stem)


@given(st.text(max_size=300))
def test_clean_title_is_one_printable_line(title):
    t = clean_title(title)
    assert t == t.strip() and "  " not in t
    assert all(c.isprintable() or c in "\u200c\u200d" for c in t)


# ---------------------------------------------------------------------------- saving


def _fetcher(tmp_path, options):
    return Fetcher(tmp_path / "story", options)


def test_never_over_an_existing_file(server, options, tmp_path):
    folder = tmp_path / "story"
    folder.mkdir()
    mine = folder / "127.0.0.1 - Talks resume.html"
    mine.write_text("my own notes")
    (o,) = _fetcher(tmp_path, options).fetch([server.add("/a.html", page("Talks resume"))])
    assert o.result == "saved" and o.path.name == "127.0.0.1 - Talks resume (2).html"
    assert mine.read_text() == "my own notes"
    assert not [p for p in folder.iterdir() if ".part-" in p.name]  # no temporary left


def test_a_symlink_in_the_way_is_not_followed(server, options, tmp_path):
    folder = tmp_path / "story"
    folder.mkdir()
    target = tmp_path / "outside.txt"
    (folder / "127.0.0.1 - Talks resume.html").symlink_to(target)
    (o,) = _fetcher(tmp_path, options).fetch([server.add("/a.html", page("Talks resume"))])
    assert o.path.name.endswith("(2).html") and not target.exists()


def test_sidecar_is_hidden_and_ascii(server, options, tmp_path):
    (o,) = _fetcher(tmp_path, options).fetch([server.add("/a.html", page("Café au Doha ☕"))])
    side = sidecar_path(o.path)
    assert side.name == "." + o.path.name + ".fetch.json"
    raw = side.read_bytes()
    assert raw.isascii()
    meta = parse_sidecar(raw)
    assert meta["title"] == "Café au Doha ☕" and meta["sha256"]


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"[]",
        b'{"storyline": "fetch", "version": 1}',
        b'{"storyline": "other", "version": 1, "url": "https://a.b/", "sha256": "x"}',
        b'{"storyline": "fetch", "version": 2, "url": "https://a.b/", "sha256": "x"}',
        b"\xff\xfe",
        b"[" * 100_000,
    ],
    ids=["empty", "list", "no-url", "other-kind", "other-version", "not-utf8", "deep"],
)
def test_parse_sidecar_refuses(data):
    assert parse_sidecar(data) is None


def test_parse_sidecar_drops_bad_fields():
    meta = parse_sidecar(
        json.dumps(
            {
                "storyline": "fetch",
                "version": 1,
                "url": "https://a.example/x",
                "final_url": "javascript:alert(1)",
                "canonical_url": "https://a.example/\x1b[31m",
                "etag": 5,
                "status": True,
                "sha256": "ab",
            }
        ).encode()
    )
    assert meta == {"url": "https://a.example/x", "sha256": "ab"}


@given(st.binary(max_size=300))
def test_parse_sidecar_any_bytes(data):
    meta = parse_sidecar(data)
    assert meta is None or isinstance(meta, dict)


# ---------------------------------------------------------------------------- the reader


def test_reader_uses_the_sidecar_url_and_outlet(server, options, tmp_path):
    """A page that names neither its address nor its outlet: the address it was fetched
    from stands for both (here an IP, kept whole)."""
    import tui

    html = server.add("/a.html", page("Talks resume"))
    text = server.add(
        "/b.txt", "Talks resume\n\nOfficials said the talks would resume.", "text/plain"
    )
    _fetcher(tmp_path, options).fetch([html, text])
    a, b = sorted(tui.load_corpus([tmp_path / "story"]).articles, key=lambda a: a.path)
    assert (a.url, b.url) == (html, text)
    assert a.outlet == b.outlet == "127.0.0.1"
    assert b.outlet_from == "fetched-url"  # the text names no source
    assert (a.hints.fetched_url, b.hints.fetched_url) == (html, text)


def test_the_page_own_address_and_outlet_win(server, options, tmp_path):
    import tui

    head = (
        '<link rel="canonical" href="https://www.reuters.com/world/talks-idUS1">'
        '<meta property="og:site_name" content="Reuters">'
    )
    (o,) = _fetcher(tmp_path, options).fetch([server.add("/a.html", page("Talks", head=head))])
    (a,) = tui.load_corpus([tmp_path / "story"]).articles
    assert a.url == "https://www.reuters.com/world/talks-idUS1" and a.outlet == "Reuters"
    assert a.hints.fetched_url == server.url("/a.html")


def test_a_sidecar_for_other_bytes_is_ignored(server, options, tmp_path):
    """A page replaced by hand keeps no stale metadata; the cache sees the change."""
    import tui

    (o,) = _fetcher(tmp_path, options).fetch([server.add("/a.html", page("Talks resume"))])
    assert tui.load_corpus([tmp_path / "story"]).articles[0].url == server.url("/a.html")
    o.path.write_text(page("Another story entirely"))
    (a,) = tui.load_corpus([tmp_path / "story"]).articles
    assert a.url is None and a.hints.fetched_url is None


def test_cache_key_covers_the_sidecar(server, options, tmp_path):
    from tui.config import Config
    from tui.load.cache import KeyMaker

    (o,) = _fetcher(tmp_path, options).fetch([server.add("/a.html", page("Talks resume"))])
    keys = KeyMaker(Config())
    data = o.path.read_bytes()
    with_sidecar = keys.key(o.path, data)
    os.unlink(sidecar_path(o.path))
    assert keys.key(o.path, data) != with_sidecar


# ---------------------------------------------------------------------------- again, duplicates


def test_same_address_twice_is_a_conditional_request(server, options, tmp_path):
    url = server.add(
        "/a.html",
        page("Talks resume"),
        etag='"v1"',
        headers={"Last-Modified": "Tue, 07 Apr 2020 10:00:00 GMT"},
    )
    (first,) = _fetcher(tmp_path, options).fetch([url])
    before = {p.name: p.stat().st_mtime_ns for p in (tmp_path / "story").iterdir()}
    (second,) = _fetcher(tmp_path, options).fetch([url])
    assert second.result == "unchanged" and second.path == first.path
    asked = server.hits("/a.html")[1]
    assert asked["if-none-match"] == '"v1"'
    assert asked["if-modified-since"] == "Tue, 07 Apr 2020 10:00:00 GMT"
    assert {p.name: p.stat().st_mtime_ns for p in (tmp_path / "story").iterdir()} == before


def test_same_article_again_without_validators_writes_nothing(server, options, tmp_path):
    """No ETag or Last-Modified: the same bytes, or the same article in a page whose
    surroundings changed, is not saved again; a changed article is, beside the first."""
    url = server.add("/a.html", page("Talks resume"))
    fetcher = _fetcher(tmp_path, options)
    (first,) = fetcher.fetch([url])
    (same,) = _fetcher(tmp_path, options).fetch([url])
    server.add("/a.html", page("Talks resume", head="<script>var t = 123;</script>"))
    (around,) = _fetcher(tmp_path, options).fetch([url])
    assert same.result == around.result == "unchanged"
    server.add("/a.html", page("Talks resume", "<p>The talks were called off on Friday.</p>"))
    (edited,) = _fetcher(tmp_path, options).fetch([url])
    assert edited.result == "saved" and edited.path != first.path
    assert edited.reason == "a newer version of " + first.path.name
    assert len([p for p in (tmp_path / "story").iterdir() if not p.name.startswith(".")]) == 2


def test_duplicate_links_are_saved_once(server, options, tmp_path):
    target = server.add("/story.html", page("Talks resume"))
    other = server.redirect("/short", "/story.html")
    amp = server.add(
        "/amp/story.html",
        page("Talks resume (AMP)", head=f'<link rel="canonical" href="{target}">'),
    )
    outcomes = _fetcher(tmp_path, options).fetch([target, other, amp, target + "#comments"])
    assert [o.result for o in outcomes] == ["saved", "duplicate", "duplicate", "duplicate"]
    assert outcomes[1].path == outcomes[2].path == outcomes[0].path
    assert "listed twice" in outcomes[3].reason
    # and in a later run: the canonical address of a page saved before
    (later,) = _fetcher(tmp_path, options).fetch([amp])
    assert later.result == "duplicate" and later.path == outcomes[0].path
