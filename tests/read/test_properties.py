"""Property tests: the readers never raise on arbitrary bytes or strings."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui.read import Unreadable, read_article
from tui.read.html import extract_html
from tui.read.markdown import extract_markdown, to_html
from tui.read.repair import collapse_spaces, repair
from tui.read.text import extract_text

# Text that looks a little like markup, so the parsers' interesting paths are reached.
_MARKUP = st.sampled_from(
    [
        "<p>",
        "</p>",
        "<div class='story'>",
        "</div>",
        "<a href='http://x.com'>",
        "</a>",
        "<br>",
        "<h1>",
        "</h1>",
        "<figure>",
        "<figcaption>",
        "[",
        "](",
        ")",
        "![",
        "# ",
        "\n",
        "\n\n",
        ":::",
        "&quot;",
        ",quot;",
        "&amp;",
        " date 2020-04-01 ",
        "By Jane Doe",
        "April 12 (UPI) -- ",
        "Photo by X/AFP",
        "“",
        "”",
        "\x1b[31m",
        "\u202e",
        "<script>",
        "</script>",
        '<script type="application/ld+json">{"@type":"NewsArticle","articleBody":',
        "%MINIFYHTMLab12cd34%",
    ]
)
_TEXT = st.lists(st.one_of(st.text(max_size=40), _MARKUP), max_size=40).map("".join)
_ESCAPES = ("\x1b", "\x07", "\x9b", "\u202e", "\x00")


def _check_article(a):
    for field in [a.body, a.title or "", a.author or "", a.outlet or "", *a.captions]:
        assert not any(c in field for c in _ESCAPES), field
        field.encode("utf-8")  # no lone surrogate (the walk marks <br> with one internally)
    assert a.body == a.body.strip()
    assert "\n\n\n" not in a.body


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    data=st.one_of(
        st.binary(max_size=2000), _TEXT.map(lambda s: s.encode("utf-8", "surrogatepass"))
    ),
    ext=st.sampled_from([".txt", ".html", ".md", ".htm", ".markdown", ".text", ""]),
)
def test_read_article_only_raises_unreadable(data, ext):
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / f"x{ext}"
        p.write_bytes(data)
        try:
            a = read_article(p)
        except Unreadable as e:
            assert str(e)
            return
        _check_article(a)


@settings(max_examples=200, deadline=None)
@given(_TEXT)
def test_html_extractor_never_raises(s):
    ex = extract_html(s, max_depth=64)
    assert all(isinstance(p, str) and p for p in ex.paragraphs)


@settings(max_examples=200, deadline=None)
@given(_TEXT)
def test_markdown_extractor_never_raises(s):
    assert isinstance(to_html(s), str)
    ex = extract_markdown(s, max_depth=64)
    assert all(isinstance(p, str) for p in ex.paragraphs)


@settings(max_examples=200, deadline=None)
@given(_TEXT)
def test_text_extractor_never_raises(s):
    r = extract_text(repair(s))
    # one line each, no spaces at the ends (control characters are content: made visible later)
    assert all(p and p == collapse_spaces(p) for p in r.paragraphs)
