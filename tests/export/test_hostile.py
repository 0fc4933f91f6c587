"""Hostile article text through every format: nothing acts, nothing hides, nothing is lost."""

from __future__ import annotations

import csv
import io
import json

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from tests.export.conftest import FORBIDDEN, HOSTILE, HTML_TAGS, MD_TAGS, collect
from tui.export import CSV_TABLES, render_report
from tui.export.csv import cell
from tui.export.html import safe_href
from tui.export.markdown import md_text


def _all_outputs(corpus):
    yield "md", render_report(corpus, "md")
    yield "html", render_report(corpus, "html")
    yield "json", render_report(corpus, "json")
    for t in CSV_TABLES:
        yield f"csv:{t}", render_report(corpus, "csv", csv_table=t)


def test_no_output_carries_a_control_or_bidi_character(evil):
    for name, out in _all_outputs(evil):
        bad = FORBIDDEN.search(out)
        assert bad is None, f"{name} carries {bad.group(0)!r}"
        out.encode("utf-8")  # and every output can be written as UTF-8


def test_html_escapes_everything_from_the_articles(evil):
    out = render_report(evil, "html")
    assert "<script" not in out.lower()
    assert "<img" not in out.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    p = collect(out)
    assert {t for t, _ in p.tags} <= HTML_TAGS
    for tag, attrs in p.tags:
        assert not any(k.startswith("on") for k in attrs), (tag, attrs)
        if tag == "a":
            href = attrs.get("href") or ""
            assert href.startswith("#") or href.startswith(("http://", "https://")), href
            if not href.startswith("#"):
                assert attrs.get("rel") == "noopener noreferrer"
    hrefs = [
        a.get("href") for t, a in p.tags if t == "a" and not (a.get("href") or "").startswith("#")
    ]
    # the javascript: URL and the URL with a quote in it are shown, not linked; the good one
    # is linked
    assert hrefs == ["https://example.org/good?a=1&b=2"]
    assert "javascript:alert(document.cookie)" in out  # shown as text
    # every table row has as many cells as its header
    assert p.tables and all(len({len(r) for r in t}) == 1 for t in p.tables)
    text = "".join(p.text)
    assert "[@click=app.quit]" in text and "[link=file:///etc/passwd]" in text  # literal, inert
    assert "| pipes |" in text


def test_html_csp_forbids_scripts(evil):
    out = render_report(evil, "html")
    assert "Content-Security-Policy" in out and "default-src 'none'" in out


def _markdown_html(md: str) -> str:
    # linkify on: the strictest test of "no clickable links from article text"
    return MarkdownIt("gfm-like", {"html": True, "linkify": True}).render(md)


def test_markdown_has_no_link_no_raw_html_and_intact_tables(evil):
    md = render_report(evil, "md")
    html = _markdown_html(md)
    p = collect(html)
    tags = {t for t, _ in p.tags}
    assert tags <= MD_TAGS, tags - MD_TAGS
    assert "a" not in tags and "script" not in tags and "img" not in tags
    assert "javascript:" not in " ".join(str(a) for _, a in p.tags)
    # one h1 (the title): "# heading" in an article never becomes a heading
    assert [t for t, _ in p.tags].count("h1") == 1
    heads = [t for t, _ in p.tags if t in ("h2", "h3", "h4")]
    assert len(heads) == md.count("\n## ") + md.count("\n### ") + md.count("\n#### ")
    # tables keep their shape: "| pipes |" stays inside one cell
    assert len(p.tables) >= 3 and all(len({len(r) for r in t}) == 1 for t in p.tables)
    text = "".join(p.text)
    assert "| pipes |" in text
    assert "[x](javascript:alert(1))" in text  # shown literally
    assert "<script>alert(1)</script>" in text  # as text, escaped by the renderer


@pytest.mark.parametrize("s", HOSTILE)
def test_md_text_renders_back_to_the_same_visible_text(s):
    from tui.visible import visible

    html = _markdown_html(f"- {md_text(s)}\n")
    p = collect(html)
    assert {t for t, _ in p.tags} <= {"ul", "li", "code"}
    assert "".join(p.text).strip() == " ".join(visible(s).split())


@pytest.mark.parametrize(
    "s",
    [
        "# h",
        "## h",
        "> q",
        "- l",
        "+ l",
        "* l",
        "1. o",
        "12) o",
        "=== ",
        "---",
        "**b**",
        "__b__",
        "_i_",
        "`c`",
        "~~s~~",
        "[a](b)",
        "![i](x)",
        "<b>",
        "<!-- c -->",
        "&amp;",
        "&#60;script&#62;",
        "a\\",
        "[ref]: http://x",
        "http://x.example",
        "https://x.example/a_b_c",
        "www.x.example",
        "x@y.example",
        "a | b",
        "\\*",
        "@user",
        "paid $5 and $10",
        "$x$",
        ":fire:",
        # hosts linkify-it links although they are not ASCII: letters, symbols and marks of any
        # script, a Cyrillic or punycode TLD, such a host after "@", inside quotes or brackets
        "¢.GL",
        "日本.jp",
        "café.fr",
        "пример.рф",
        "a.xn--p1ai",
        "a@¢.gl",
        "“example.com”",
        "(例え.jp)",
        "a\u0301.gl",
        "𝐚.gl",
        "a+b.gl",
        "_bar.com",
        "example.com.foo",
        "x.gl.",
    ],
)
def test_md_text_never_forms_markdown(s):
    expected = " ".join(s.split())
    for context in (
        f"{md_text(s)}\n",
        f"- {md_text(s)}\n",
        f"| Z9 |\n|---|\n| {md_text(s)} |\n",
        f"Said: **{md_text(s)}**\n",
    ):
        p = collect(_markdown_html(context))
        assert {t for t, _ in p.tags} <= {
            "p",
            "ul",
            "li",
            "code",
            "table",
            "thead",
            "tbody",
            "tr",
            "th",
            "td",
            "strong",
        }, context
        assert (
            "".join(p.text).strip().removeprefix("Z9").strip().removeprefix("Said:").strip()
            == expected
        ), context


def test_csv_cells_are_quoted_and_formula_safe(evil):
    seen = set()
    for t in CSV_TABLES:
        rows = list(csv.reader(io.StringIO(render_report(evil, "csv", csv_table=t), newline="")))
        width = len(rows[0])
        for row in rows:
            assert len(row) == width  # pipes, quotes, commas and newlines never split a cell
            for c in row:
                assert not c.startswith(("=", "+", "-", "@", "\t", "\r")), (t, c)
                assert not c.lstrip().startswith(("=", "+", "-", "@")), (t, c)
                seen.add(c)
    assert '\'=HYPERLINK("http://evil.example","x")' in seen
    assert {"'+1", "'-2", "'@SUM(A1:A2)"} <= seen
    assert "'=cmd|' /C calc'!A0" in seen  # the author field
    assert "<script>alert(1)</script>" in seen  # CSV is data: text is kept as written


def test_csv_cell_function():
    assert cell("=1+1") == "'=1+1"
    assert cell("  =1") == "'  =1"
    assert cell("\t=1") == "'\t=1"
    assert cell("-") == "'-"
    assert cell("plain - text") == "plain - text"
    assert cell(12) == 12 and cell(None) == "" and cell(True) == "yes"
    assert cell("a\x1bb") == "a\u241bb"


def test_json_is_the_extract_document_losslessly(evil):
    out = render_report(evil, "json")
    assert json.loads(out) == evil.to_dict()
    assert "\\u001b" in out and "\\u009b" in out and "\\u202e" in out


def test_every_hostile_string_is_still_shown(evil):
    """Escaping hides nothing: each hostile quote appears (made visible) in the reports."""
    from tui.visible import visible

    md_text_out = "".join(collect(_markdown_html(render_report(evil, "md"))).text)
    html_text_out = "".join(collect(render_report(evil, "html")).text)
    for s in HOSTILE:
        v = " ".join(visible(s).split())
        assert v in html_text_out, s
        assert v in md_text_out, s


def test_safe_href():
    assert safe_href("https://example.org/x?a=1") == "https://example.org/x?a=1"
    assert safe_href("http://example.org") == "http://example.org"
    for bad in [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "data:text/html,<b>",
        "file:///etc/passwd",
        "//example.org",
        "https://",
        " https://x.org",
        "https://x.org/\x1b",
        'https://x.org/"x',
        "https://x.org/<a>",
        "vbscript:x",
        None,
        "",
        "https://x.org/\u202e",
    ]:
        assert safe_href(bad) is None, bad


def test_markdown_mentions_and_math_are_escaped():
    assert md_text("thanks @NSCAfghan") == "thanks \\@NSCAfghan"
    assert md_text("$x^2$ and $y$") == "\\$x^2\\$ and \\$y\\$"
    assert md_text("it cost $5 million") == "it cost $5 million"  # one dollar sign cannot open math


# the characters a host name can be made of or cut by, for linkify-it: letters and digits
# of several scripts, symbols, marks, dots, hyphens, punctuation and spaces
_HOSTISH = st.lists(
    st.one_of(
        st.sampled_from(list("aZ09é日本¢$+=^~-._@:/|`\\()“”«» \u0301\u00ad")),
        st.sampled_from(["com", "gl", "jp", "рф", "xn--p1ai", "www.", "http://"]),
        st.characters(codec="utf-8"),
    ),
    max_size=12,
).map(lambda parts: "".join(parts))


@settings(max_examples=400, deadline=None)
@given(_HOSTISH)
@example("-$a.com")  # a host after a hyphen: linkify starts a link at "$a.com"
def test_md_text_never_makes_a_link_of_any_host_like_text(s):
    for context in (f"{md_text(s)}\n", f"| Z9 |\n|---|\n| {md_text(s)} |\n", f"a {md_text(s)} b\n"):
        tags = {t for t, _ in collect(_markdown_html(context)).tags}
        assert "a" not in tags, (s, context)
