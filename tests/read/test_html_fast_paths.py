"""The HTML reader's fast paths give exactly what the plain code they stand in for gives.

Each helper below skips work (a regex search, a repair, a per-ancestor loop) when a
cheaper test proves it would change nothing; these properties hold them to the
straightforward version on arbitrary text, including the non-ASCII letters that
re.IGNORECASE folds into ASCII ones (İ ı ſ K) and the whitespace str.split() knows.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.read import html as H
from tui.read import meta as M
from tui.read.html import extract_html
from tui.read.repair import collapse_spaces, repair

_ODD = [
    "\u0130",
    "\u0131",
    "\u017f",
    "\u212a",
    "\u00a0",
    "\u2009",
    "\u3000",
    "\x1c",
    "\x85",
    "\u2028",
    "\u200b",
    "\u200d",
    "\u00ad",
    "\r",
    "\t",
    "\n",
    "\x0b",
    "\x0c",
    "  ",
    "“",
    "’",
    "&amp;",
    "&nbsp;",
    ",quot;",
    "don#39;t",
]
_WORDS = [
    "By",
    "by:",
    "Written by",
    "Jane Doe",
    "Photo",
    "PHOTO by",
    "Credit:",
    "Credits…",
    "(AP Photo/Rahmat Gul)",
    "/ Reuters",
    "(afp)",
    "Getty Images",
    "image",
    "picture",
    "All Rights Reserved",
    "may not be published",
    "article-body",
    "storyBody",
    "share",
    "sr-only",
    "nav",
    "ad",
    "comments",
    "caption",
    "figure",
    "byline",
    "date",
    "main",
    "content",
    "hidden",
    "related",
    "the envoy said",
    ",",
    ".",
    "-",
    "_",
    "|",
    "top-stories",
    "topstories",
    "tools",
    "Ads",
    "d-none",
    "sr-only",
    "Visually-Hidden",
    "img",
    "media",
    "TIME",
    "posted-on",
    "\u00a0",
    "\x1c",
    "\u2003",
]
_PIECES = st.sampled_from(_ODD + _WORDS)
_TEXT = st.lists(st.one_of(_PIECES, st.text(max_size=8)), max_size=25).map("".join)
_SPACED = st.lists(st.one_of(_PIECES, st.text(max_size=8)), max_size=25).map(" ".join)


@settings(max_examples=400, deadline=None)
@given(st.one_of(_TEXT, _SPACED))
def test_collapse_spaces_fast_paths_are_the_plain_rule(s):
    # the plain rule: every run of ASCII whitespace becomes one space, ends stripped
    assert collapse_spaces(s) == re.sub(r"[ \t\n\r\f\v]+", " ", s).strip(" ")


def _classify_plain(key: str) -> tuple:
    if H._STRONG_POS_RE.search(key):
        return (False, False, False, True, True, False)
    return (
        bool(H._NEG_RE.search(key)),
        bool(H._META_RE.search(key)),
        bool(H._CAPTION_RE.search(key)),
        bool(H._POS_RE.search(key)),
        False,
        bool(H._HIDDEN_CLASS_RE.search(key)),
    )


@settings(max_examples=400, deadline=None)
@given(st.one_of(_TEXT, _SPACED))
def test_classify_is_the_case_insensitive_patterns(key):
    H._FLAG_CACHE.pop(key, None)
    assert H._classify(key) == _classify_plain(key)


@settings(max_examples=400, deadline=None)
@given(st.one_of(_TEXT, _SPACED))
def test_ends_with_credit_is_the_search(s):
    t = s.strip()
    assert M.ends_with_credit(s) == (0 < len(t) <= 800 and bool(M._END_CREDIT_RE.search(t[-200:])))


@settings(max_examples=400, deadline=None)
@given(st.one_of(_TEXT, _SPACED))
def test_parse_byline_quick_test_loses_no_byline(s):
    m = M._BYLINE_RE.match(collapse_spaces(s[:300]))
    assert M.parse_byline(s) == (M.clean_author(m.group(1)) if m else None)


@settings(max_examples=400, deadline=None)
@given(st.one_of(_TEXT, _SPACED))
def test_rights_line_is_the_search(s):
    assert H._has_rights(s) == bool(H._RIGHTS_RE.search(s))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_TEXT, _SPACED), max_size=8))
def test_repair_all_is_repair_each(texts):
    assert H._repair_all(texts) == [repair(t) for t in texts]


_MARKUP = st.sampled_from(
    [
        "<p>",
        "</p>",
        "<div class='story-body'>",
        "<div class='share'>",
        "</div>",
        "<a href='http://x.com/a'>",
        "</a>",
        "<br>",
        "<h1>",
        "</h1>",
        "<figure>",
        "<figcaption>",
        "</figcaption>",
        "<li>",
        "<ul>",
        "</ul>",
        "<nav>",
        "</nav>",
        "<span hidden>",
        "</span>",
        "<section>",
        "</section>",
        "The envoy said, on Monday, that talks resumed. ",
        "Prisoners would be released, officials said. ",
        "Photo by X/AFP",
    ]
)
_HTML = st.lists(_MARKUP, max_size=60).map(
    lambda xs: "<html><body>" + "".join(xs) + "</body></html>"
)


@settings(max_examples=150, deadline=None)
@given(_HTML)
def test_element_sums_are_the_blocks_beneath(html):
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    tree.strip_tags(H._STRIP_TAGS)
    els, blocks, *_ = H._walk(tree.body, 512)
    H._choose(els, blocks, use_neg=True)
    for idx, e in enumerate(els):
        beneath = []
        for b in blocks:
            i = b.owner
            while i >= 0 and i != idx:
                i = els[i].parent
            if i == idx:
                beneath.append(b)
        assert e.text_len == sum(len(b.text.strip()) for b in beneath)
        assert e.link_len == sum(b.link_len for b in beneath)
        assert e.long_blocks == sum(1 for b in beneath if len(b.text.strip()) >= 80)


def test_json_ld_type_in_any_case_and_link_rel_found_by_tag_name():
    body = (
        "The envoy said talks would resume in Doha next week, officials confirmed on Sunday. " * 12
    )
    html = (
        '<html><head><script type="Application/LD+JSON">{"@type": "NewsArticle", "headline": "Talks resume",'
        ' "author": {"name": "Jane Doe"}, "datePublished": "2020-04-01"}</script>'
        '<link REL="Canonical" href="https://example.com/talks"><META property="og:site_name" content="Example News">'
        f"</head><body><article><p>{body}</p></article></body></html>"
    )
    ex = extract_html(html)
    assert ex.author == "Jane Doe"
    assert str(ex.published) == "2020-04-01"
    assert ex.url == "https://example.com/talks"
    assert ex.outlet == "Example News"


@settings(max_examples=150, deadline=None)
@given(_HTML, st.sampled_from(["", "é", "“quoted”", "😀", "\u00a0", "&amp;"]))
def test_page_parsed_from_its_utf8_bytes_is_the_page_parsed_from_text(html, extra):
    from tui.read import Unreadable, read_bytes, read_text

    def outcome(read, page):
        try:
            a = read(page, "page.html")
        except Unreadable as e:
            return str(e)
        return (a.body, a.title, a.captions, a.author, a.outlet, a.published, a.hints, a.warnings)

    page = html.replace("<p>", "<p>" + extra)
    assert outcome(read_bytes, page.encode("utf-8")) == outcome(read_text, page)
