"""``tui.fetch`` against a real HTTP server in the test process: pages saved byte for byte
with their sidecars, and the good-citizen rules (robots.txt, redirects, errors and
retries, timeouts, the size cap, content types, charsets, compression)."""

from __future__ import annotations

import gzip
import hashlib
import json
import time
import zlib

import pytest

from tests.conftest import DEV_DATA, SEEDS
from tests.fetch.conftest import page
from tui.fetch import Fetcher
from tui.read.sidecar import sidecar_path


def _sidecar(path) -> dict:
    return json.loads(sidecar_path(path).read_text())


def _fetch(tmp_path, options, *urls):
    return Fetcher(tmp_path / "story", options).fetch(list(urls))


def test_seeds_saved_byte_for_byte_with_sidecars(server, options, tmp_path):
    urls = {}
    for f in sorted(SEEDS.glob("*.txt")):
        urls[f] = server.add(
            "/" + f.name,
            f.read_bytes(),
            "text/plain; charset=utf-8",
            headers={"Last-Modified": "Tue, 07 Apr 2020 10:00:00 GMT"},
        )
    outcomes = _fetch(tmp_path, options, *urls.values())
    assert [o.result for o in outcomes] == ["saved"] * len(urls)
    for (src, url), o in zip(urls.items(), outcomes):
        assert o.path.read_bytes() == src.read_bytes()
        assert o.path.suffix == ".txt" and o.path.name.startswith("127.0.0.1 - ")
        meta = _sidecar(o.path)
        assert meta["url"] == meta["final_url"] == url
        assert meta["status"] == 200 and meta["bytes"] == len(src.read_bytes())
        assert meta["content_type"] == "text/plain; charset=utf-8" and meta["charset"] == "utf-8"
        assert meta["last_modified"] == "Tue, 07 Apr 2020 10:00:00 GMT"
        assert meta["fetched_at"].endswith("Z") and meta["redirects"] == []
    # the folder walk takes the pages, never the sidecars
    import tui

    corpus = tui.load_corpus([tmp_path / "story"])
    assert len(corpus.articles) == len(urls) and not corpus.skipped


@pytest.mark.devdata
def test_dev_data_pages_saved_byte_for_byte(server, options, tmp_path):
    folder = DEV_DATA / "extract" / "html"
    if not folder.is_dir():
        pytest.skip("../shared/dev-data/extract/html is absent")
    files = sorted(folder.glob("*.html"))
    urls = [server.add(f"/{i}/{f.name}", f.read_bytes(), "text/html") for i, f in enumerate(files)]
    outcomes = _fetch(tmp_path, options, *urls)
    assert [(o.result, o.reason) for o in outcomes] == [("saved", "")] * len(files)
    for f, o in zip(files, outcomes):
        assert o.path.read_bytes() == f.read_bytes()
        assert _sidecar(o.path)["sha256"] == hashlib.sha256(f.read_bytes()).hexdigest()


def test_robots_txt_disallow(server, options, tmp_path):
    server.add("/robots.txt", "User-agent: *\nDisallow: /private/\n", "text/plain")
    ok = server.add("/news/a.html", page("Talks resume"))
    private = server.add("/private/b.html", page("Secret"))
    outcomes = _fetch(tmp_path, options, ok, private)
    assert [o.result for o in outcomes] == ["saved", "skipped"]
    assert "robots.txt does not allow it" in outcomes[1].reason
    assert not server.hits("/private/b.html")
    assert len(server.hits("/robots.txt")) == 1  # read once per site
    # a redirect into a disallowed path is refused too
    server.redirect("/go", "/private/b.html")
    (o,) = _fetch(tmp_path, options, server.url("/go"))
    assert o.result == "skipped" and "robots.txt" in o.reason
    assert not server.hits("/private/b.html")


def test_robots_txt_group_for_storyline(server, options, tmp_path):
    """A group naming Storyline is the one it follows (RFC 9309), not the '*' group."""
    server.add(
        "/robots.txt",
        "User-agent: *\nDisallow: /\n\nUser-agent: storyline\nDisallow: /no-storyline/\n",
        "text/plain",
    )
    ok = server.add("/news/a.html", page("Talks resume"))
    ours = server.add("/no-storyline/c.html", page("Not for us"))
    outcomes = _fetch(tmp_path, options, ok, ours)
    assert [o.result for o in outcomes] == ["saved", "skipped"]


@pytest.mark.parametrize(
    "status, allowed",
    [(404, True), (403, True), (500, False), (503, False)],
    ids=["missing-allows", "forbidden-allows", "error-forbids", "unavailable-forbids"],
)
def test_robots_txt_answers(server, options, tmp_path, status, allowed):
    """RFC 9309: a robots.txt that does not exist allows everything; one that cannot be
    read (server error) forbids everything."""
    server.add("/robots.txt", "x", "text/plain", status=status)
    (o,) = _fetch(tmp_path, options, server.add("/a.html", page("A page")))
    assert (o.result == "saved") is allowed
    if not allowed:
        assert "robots.txt" in o.reason and f"HTTP {status}" in o.reason


def test_redirect_chain(server, options, tmp_path):
    final = server.add("/final.html", page("Where it ends"))
    server.redirect("/r3", "/final.html", 307)
    server.redirect("/r2", server.url("/r3"), 301)
    start = server.redirect("/r1", "/r2", 302)
    (o,) = _fetch(tmp_path, options, start)
    assert o.result == "saved"
    meta = _sidecar(o.path)
    assert meta["url"] == start and meta["final_url"] == final
    assert meta["redirects"] == [server.url("/r2"), server.url("/r3"), final]


def test_redirect_limits_loop_and_scheme(server, options, tmp_path):
    server.add("/end.html", page("End"))
    for i in range(6):
        server.redirect(f"/hop{i}", f"/hop{i + 1}" if i < 5 else "/end.html")
    server.redirect("/loop-a", "/loop-b")
    server.redirect("/loop-b", "/loop-a")
    server.redirect("/ftp", "ftp://127.0.0.1/file.html")
    server.redirect("/file", "file:///etc/passwd")
    outcomes = _fetch(
        tmp_path,
        options,
        server.url("/hop0"),
        server.url("/hop1"),
        server.url("/loop-a"),
        server.url("/ftp"),
        server.url("/file"),
    )
    too_many, five, loop, ftp, file = outcomes
    assert too_many.result == "skipped" and "more than 5 redirects" in too_many.reason
    assert five.result == "saved"  # exactly five redirects are followed
    assert loop.result == "skipped" and "redirect loop" in loop.reason
    assert ftp.result == "skipped" and "ftp:" in ftp.reason and "only http and https" in ftp.reason
    assert file.result == "skipped" and "file:" in file.reason
    assert not (tmp_path / "etc").exists()


def test_errors_and_retries(server, options, tmp_path):
    missing = server.url("/missing.html")
    broken = server.add("/broken.html", "oops", "text/plain", status=500)
    busy = server.add(
        "/busy.html",
        page("Busy then fine"),
        before=[(429, {"Retry-After": "2"}, b"slow down"), (503, {}, b"")],
    )
    sleeps: list[float] = []
    options.sleep = sleeps.append
    outcomes = _fetch(tmp_path, options, missing, broken, busy)
    assert outcomes[0].result == "skipped" and outcomes[0].reason == "HTTP 404 Not Found"
    assert outcomes[1].result == "skipped"
    assert outcomes[1].reason == "HTTP 500 Internal Server Error (asked 3 times)"
    assert len(server.hits("/broken.html")) == 3  # retried a bounded number of times
    assert outcomes[2].result == "saved" and len(server.hits("/busy.html")) == 3
    assert max(sleeps) == pytest.approx(2.0, abs=0.05)  # Retry-After honoured


def test_retry_after_beyond_the_longest_wait_gives_up(server, options, tmp_path):
    url = server.add("/later.html", "x", status=429, headers={"Retry-After": "86400"})
    (o,) = _fetch(tmp_path, options, url)
    assert o.result == "skipped" and "asks to wait 86400 s" in o.reason
    assert len(server.hits("/later.html")) == 1


@pytest.mark.parametrize(
    "route, setting, reason",
    [
        ({"delay": 1.0}, ("read_timeout", 0.3), "no answer within 0.3 s"),
        # each byte well within the read timeout, the whole answer not within the deadline
        ({"drip": 0.05}, ("deadline", 0.5), "the answer took longer than 0.5 s"),
    ],
    ids=["silent", "drip-feeding"],
)
def test_slower_than_the_timeout(server, options, tmp_path, route, setting, reason):
    setattr(options, *setting)
    slow = server.add("/slow.html", page("Slowly"), **route)
    start = time.monotonic()
    (o,) = _fetch(tmp_path, options, slow)
    assert o.result == "skipped" and o.reason == reason
    assert time.monotonic() - start < 2 * setting[1] + 0.5


def test_body_over_the_cap(server, options, tmp_path):
    options.max_bytes = 10_000
    big = server.add("/big.html", page("Big", "<p>" + "word " * 5000 + "</p>"))
    # no Content-Length to refuse by: the body is read and given up at the cap
    bomb = server.add(
        "/bomb.html",
        gzip.compress(b"<p>" + b"0" * 50_000_000),
        headers={"Content-Encoding": "gzip"},
    )
    start = time.monotonic()
    outcomes = _fetch(tmp_path, options, big, bomb)
    assert [o.result for o in outcomes] == ["skipped", "skipped"]
    assert all("larger than 10,000 bytes" in o.reason for o in outcomes)
    assert time.monotonic() - start < 3
    assert not list((tmp_path / "story").iterdir())


@pytest.mark.parametrize(
    "content_type, body, reason",
    [
        ("application/pdf", b"%PDF-1.7 ...", "is a PDF document (application/pdf)"),
        ("image/png", b"\x89PNG\r\n\x1a\n....", "is an image (image/png)"),
        ("text/html", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "is a binary file (PDF document)"),
        ("application/json", b"{}", "is JSON data"),
    ],
    ids=["pdf", "image", "pdf-as-html", "json"],
)
def test_refused_content_types(server, options, tmp_path, content_type, body, reason):
    url = server.add("/doc", body, content_type)
    (o,) = _fetch(tmp_path, options, url)
    assert o.result == "skipped" and o.reason.startswith(reason)
    assert not list((tmp_path / "story").iterdir())


def test_charset_in_the_header_disagreeing_with_the_page(server, options, tmp_path):
    """The server says windows-1251, the page says ISO-8859-1: the header wins, for the
    title in the name and for the reader (the bytes saved stay as sent)."""
    html = page("Переговоры в Дохе", charset="iso-8859-1").encode("cp1251")
    url = server.add("/ru.html", html, "text/html; charset=windows-1251")
    (o,) = _fetch(tmp_path, options, url)
    assert o.result == "saved" and o.path.read_bytes() == html
    assert o.path.name == "127.0.0.1 - Переговоры в Дохе.html"
    meta = _sidecar(o.path)
    assert meta["charset"] == "windows-1251" and meta["encoding"] == "cp1251"
    import tui

    (article,) = tui.load_corpus([tmp_path / "story"]).articles
    assert article.title == "Переговоры в Дохе"
    assert "Officials said" in article.body


def test_valid_utf8_wins_over_a_header_that_says_latin1(server, options, tmp_path):
    html = page("Café talks in Doha").encode("utf-8")
    url = server.add("/fr.html", html, "text/html; charset=iso-8859-1")
    (o,) = _fetch(tmp_path, options, url)
    assert o.path.name == "127.0.0.1 - Café talks in Doha.html"


@pytest.mark.parametrize("encoding", ["gzip", "deflate", "br"])
def test_compressed_answers(server, options, tmp_path, encoding):
    html = page("Compressed news").encode()
    if encoding == "br":
        brotli = pytest.importorskip("brotli")
        data = brotli.compress(html)
    else:
        data = gzip.compress(html) if encoding == "gzip" else zlib.compress(html)
    url = server.add("/z.html", data, headers={"Content-Encoding": encoding})
    (o,) = _fetch(tmp_path, options, url)
    assert o.result == "saved" and o.path.read_bytes() == html
    assert _sidecar(o.path)["content_encoding"] == encoding
    assert encoding in server.hits("/z.html")[0]["accept-encoding"]


def test_empty_and_textless_pages(server, options, tmp_path):
    empty = server.add("/empty.html", b"")
    script = server.add(
        "/app.html", "<html><body><div id=app></div><script>x()</script></body></html>"
    )
    outcomes = _fetch(tmp_path, options, empty, script)
    assert [o.result for o in outcomes] == ["skipped", "saved"]
    assert outcomes[0].reason == "the page is empty (HTTP 200)"
    assert "no article text" in outcomes[1].reason


def test_user_agent_names_storyline_and_its_version(server, options, tmp_path):
    from tui import __version__

    _fetch(tmp_path, options, server.add("/a.html", page("A")))
    ua = server.hits("/a.html")[0]["user-agent"]
    assert ua.startswith(f"Storyline/{__version__} ")


def test_one_request_at_a_time_per_host_with_a_pause(server, options, tmp_path):
    options.delay = 0.2
    urls = [server.add(f"/p{i}.html", page(f"Page number {i}")) for i in range(3)]
    start = time.monotonic()
    outcomes = _fetch(tmp_path, options, *urls)
    assert [o.result for o in outcomes] == ["saved"] * 3
    # robots.txt, then three pages: three pauses at least
    assert time.monotonic() - start >= 0.6


def test_hosts_in_parallel_one_request_at_a_time_each(server, options, tmp_path):
    """127.0.0.1 and localhost are two hosts (of one server): slow answers overlap across
    them, never within one. The delay is long enough for the overlap to happen on a busy
    machine, where starting a thread can take a few tenths of a second."""
    one = [server.add(f"/a{i}.html", page(f"Story A{i}"), delay=1.0) for i in range(2)]
    other = [
        server.add(f"/b{i}.html", page(f"Story B{i}"), delay=1.0).replace("127.0.0.1", "localhost")
        for i in range(2)
    ]
    options.parallel_hosts = 1
    _fetch(tmp_path / "serial", options, *one)
    assert server.most_in_flight == 1
    options.parallel_hosts = 2
    outcomes = _fetch(tmp_path, options, *one, *other)
    assert [o.result for o in outcomes] == ["saved"] * 4
    assert server.most_in_flight == 2


def test_crawl_delay_is_honoured(server, options, tmp_path):
    server.add("/robots.txt", "User-agent: *\nCrawl-delay: 3\n", "text/plain")
    sleeps: list[float] = []
    options.sleep = sleeps.append
    urls = [server.add(f"/{i}.html", page(f"Story {i}")) for i in range(2)]
    assert [o.result for o in _fetch(tmp_path, options, *urls)] == ["saved", "saved"]
    assert sleeps and min(sleeps) > 2.9


def test_one_failing_address_never_stops_the_others(server, options, tmp_path):
    options.connect_timeout = 0.5
    urls = [
        server.url("/nope.html"),
        "http://127.0.0.1:1/closed.html",  # nothing listens there
        server.add("/ok.html", page("Fine")),
    ]
    outcomes = _fetch(tmp_path, options, *urls)
    assert [o.result for o in outcomes] == ["skipped", "skipped", "saved"]
    assert outcomes[1].reason.startswith(("cannot connect", "no connection within"))
