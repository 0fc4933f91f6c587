"""The small parsers of tui.fetch: addresses, list files, Content-Type, Retry-After."""

from __future__ import annotations

import datetime as _dt
from email.utils import format_datetime

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from tui.fetch.client import retry_after
from tui.fetch.page import content_type, refuse_type
from tui.fetch.urls import BadURL, check_url, read_url_list, same_page_key


@pytest.mark.parametrize(
    "url, expected",
    [
        ("https://www.upi.com/a/b.html", "https://www.upi.com/a/b.html"),
        ("  http://example.org/a?b=1#top ", "http://example.org/a?b=1"),
        ("HTTPS://Example.org/", "https://Example.org/"),
        ("http://127.0.0.1:8000/x", "http://127.0.0.1:8000/x"),
    ],
    ids=["plain", "fragment-and-spaces", "upper-scheme", "ip-and-port"],
)
def test_check_url_accepts(url, expected):
    assert check_url(url) == expected


@pytest.mark.parametrize(
    "url, reason",
    [
        ("ftp://example.org/a", "is a ftp: address"),
        ("file:///etc/passwd", "is a file: address"),
        ("javascript:alert(1)", "is a javascript: address"),
        ("example.org/a", "is not an absolute address"),
        ("http:///path", "has no host name"),
        ("http://example.org:99999/", "is not a valid address"),
        ("http://example.org/a b", "holds spaces"),
        ("http://example.org/\x1b[31m", "holds spaces or control characters"),
        ("http://example.org/" + "a" * 5000, "too long"),
    ],
    ids=["ftp", "file", "javascript", "relative", "no-host", "bad-port", "space", "escape", "long"],
)
def test_check_url_refuses(url, reason):
    with pytest.raises(BadURL, match=reason.replace("(", r"\(")):
        check_url(url)


@given(st.text(max_size=200))
def test_check_url_any_text(text):
    try:
        url = check_url(text)
    except BadURL:
        return
    assert url.lower().startswith(("http://", "https://")) and url.isprintable()


@pytest.mark.parametrize(
    "a, b",
    [
        ("http://Example.org:80/a", "http://example.org/a"),
        ("https://example.org", "https://example.org/"),
        ("https://example.org./a#x", "https://example.org/a"),
    ],
    ids=["case-and-port", "empty-path", "trailing-dot-fragment"],
)
def test_same_page_key(a, b):
    assert same_page_key(a) == same_page_key(b)


def test_read_url_list(tmp_path):
    f = tmp_path / "links.txt"
    f.write_bytes(
        "\ufeff# from a colleague\n\nhttps://a.example/1  # wire\n"
        "  https://a.example/2#para\t# tab comment\n#https://a.example/3\n".encode()
    )
    assert read_url_list(f) == [(3, "https://a.example/1"), (4, "https://a.example/2#para")]


@pytest.mark.parametrize(
    "data, error",
    [(b"https://a.example/\x00", "not a text file"), (b"x" * 200, "larger than 100 bytes")],
    ids=["binary", "too-big"],
)
def test_read_url_list_refuses(tmp_path, data, error):
    f = tmp_path / "links.txt"
    f.write_bytes(data)
    with pytest.raises(ValueError, match=error):
        read_url_list(f, max_bytes=100)


@pytest.mark.parametrize(
    "header, expected",
    [
        ("text/html; charset=UTF-8", ("text/html", "UTF-8")),
        ('Text/HTML;Charset="windows-1251"', ("text/html", "windows-1251")),
        ("text/plain", ("text/plain", None)),
        ("text/html; charset=\x1b[31m", ("text/html", None)),
        ("", ("", None)),
    ],
    ids=["plain", "quoted-and-case", "no-charset", "hostile-charset", "none"],
)
def test_content_type(header, expected):
    assert content_type({"content-type": header}) == expected


@pytest.mark.parametrize(
    "header, refused",
    [
        ("text/html", None),
        ("application/xhtml+xml", None),
        ("text/markdown; charset=utf-8", None),
        (None, None),
        ("application/pdf", "is a PDF document (application/pdf), not a web page or text"),
        ("video/mp4", "is a video (video/mp4), not a web page or text"),
        ("application/x-weird", "is application/x-weird, not a web page or text"),
    ],
    ids=["html", "xhtml", "markdown", "none", "pdf", "video", "other"],
)
def test_refuse_type(header, refused):
    headers = {"content-type": header} if header is not None else {}
    assert refuse_type(200, headers) == refused


def test_retry_after():
    assert retry_after("120") == 120.0
    soon = _dt.datetime.now(_dt.timezone.utc) + _dt.timedelta(seconds=30)
    assert 25 <= retry_after(format_datetime(soon, usegmt=True)) <= 31
    past = _dt.datetime(2000, 1, 1, tzinfo=_dt.timezone.utc)
    assert retry_after(format_datetime(past, usegmt=True)) == 0.0
    assert retry_after("soon") is None and retry_after(None) is None and retry_after("-5") is None


@given(st.text(max_size=60))
@example("¹")  # a digit to str.isdigit that float() does not read
def test_retry_after_any_text(text):
    v = retry_after(text)
    assert v is None or v >= 0
