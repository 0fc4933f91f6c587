"""Markdown reader, including pandoc exports of web pages."""

from __future__ import annotations

import datetime as dt

from tui.read import read_text
from tui.read.markdown import extract_markdown, to_html


def read(md: str, name: str = "a.md"):
    return read_text(md, name, fmt="markdown")


PLAIN = """# Talks Stall Over Prisoner Swap

By Jane Doe

March 3, 2020

KABUL, Afghanistan — Talks between the government and the insurgents
stalled on Tuesday, officials said, as both sides accused the other of
bad faith.

The [agreement](https://www.example.com/deal) calls for the release of
**5,000 prisoners**, a figure the government has *questioned*.

![Prisoners wait in a yard in Kabul on Monday. Credit: Jane Roe/Reuters](https://img.example.com/a.jpg)

“We will not be rushed,” said a spokesman, Ali Khan.
"""


def test_plain_markdown_article():
    a = read(PLAIN)
    assert a.format == "markdown"
    assert a.title == "Talks Stall Over Prisoner Swap"
    assert a.author == "Jane Doe"
    assert a.published == dt.date(2020, 3, 3) and a.published_from == "byline"
    assert a.body.split("\n\n") == [
        "KABUL, Afghanistan — Talks between the government and the insurgents stalled on Tuesday, "
        "officials said, as both sides accused the other of bad faith.",
        "The agreement calls for the release of 5,000 prisoners, a figure the government has questioned.",
        "“We will not be rushed,” said a spokesman, Ali Khan.",
    ]
    assert a.captions == ["Prisoners wait in a yard in Kabul on Monday. Credit: Jane Roe/Reuters"]
    assert a.outlet is None  # one link to a site is a source, not evidence of the outlet


def test_pandoc_export_with_raw_divs_and_boilerplate():
    md = (
        '<div id="app">\n\n<div class="nav-bar">\n\n[Home](https://www.example.com/)\n[World](https://www.example.com/world)\n\n</div>\n\n'
        '<div class="ad top-wrapper">\n\nAdvertisement\n\n</div>\n\n'
        "[Continue reading the main\nstory](#after-top)\n\n"
        "# A Headline About the Talks\n\n"
        '<div class="byline">\n\nBy [<span itemprop="name">Jane\nDoe</span>](https://www.example.com/by/jane)\n\n</div>\n\n'
        "  - April 7,\n    2020\n\n"
        '<div class="section" itemprop="articleBody">\n\n'
        "The first paragraph of the story, wrapped\nover two lines, with a comma.\n\n"
        "The second paragraph, also wrapped, and with a\n[link](https://www.example.com/x) in it.\n\n"
        "</div>\n\n## Site Index\n\n  - [© <span>2020</span> <span>The Example\n    Company</span>](https://help.example.com/c)\n\n</div>\n"
    )
    a = read(md, "page.txt")
    assert a.title == "A Headline About the Talks"
    assert a.author == "Jane Doe"
    assert a.published == dt.date(2020, 4, 7) and a.published_from == "byline"
    assert a.body == (
        "The first paragraph of the story, wrapped over two lines, with a comma.\n\n"
        "The second paragraph, also wrapped, and with a link in it."
    )
    assert a.outlet == "The Example"  # the copyright holder; the domain is not a known outlet


def test_fenced_divs_and_escapes():
    html = to_html(
        "::: {#main .article-body}\nText with \\[brackets\\] and \\*stars\\*, kept.\n:::\n"
    )
    assert '<div id="main" class="article-body">' in html
    ex = extract_markdown(
        "::: {.story}\nText with \\[brackets\\] and \\*stars\\*, kept as they are.\n:::\n"
    )
    assert ex.paragraphs == ["Text with [brackets] and *stars*, kept as they are."]


def test_reference_links_brackets_and_code():
    ex = extract_markdown(
        "See [the report][1] and [sic] text, with `code` here.\n\n[1]: https://example.com\n"
    )
    assert ex.paragraphs == ["See the report and [sic] text, with code here."]


def test_pandoc_attributes_and_spans():
    ex = extract_markdown(
        "A [small caps]{.smallcaps} word and a [link](https://x.com/a){target=_blank} here, fine.\n"
    )
    assert ex.paragraphs == ["A small caps word and a link here, fine."]


def test_lists_quotes_and_setext_heading():
    md = "Headline Here\n=============\n\n> A quoted line, from someone,\n> continued.\n\n- first item, with words\n- second item, with words\n"
    ex = extract_markdown(md)
    assert ex.title == "Headline Here"
    assert "A quoted line, from someone, continued." in ex.paragraphs
    assert "first item, with words" in ex.paragraphs


def test_unbalanced_brackets_do_not_break_text():
    ex = extract_markdown("[[[ an opening flood ((( and ](( then text, here. ]]] ![ x")
    assert ex.paragraphs and "then text, here." in " ".join(ex.paragraphs)


def test_nested_image_link_is_not_a_caption():
    a = read(
        '[![Jane Doe](https://img/j.png "Jane Doe")](https://example.com/by/jane)\n\nSome text, here, that is the body of it.\n'
    )
    assert a.captions == []


def test_deeply_nested_quotes_and_lists_are_bounded():
    html = to_html("> " * 50_000 + "deep words, here\n")
    assert "deep words, here" in html and html.count("<blockquote>") <= 20
    nested = "".join("  " * i + "- item number, here\n" for i in range(2000))
    assert "item number, here" in " ".join(extract_markdown(nested).paragraphs)


def test_a_page_of_only_short_lines_is_still_read():
    a = read("[a](b) ![c](d) **e**\n")
    assert a.body  # nothing looked like prose, so everything that is not furniture is kept


def test_yaml_front_matter_is_metadata():
    md = (
        '---\ntitle: "Talks Stall in Doha"\nauthor:\n  - Jane Doe\n  - John Roe\ndate: 2020-04-07\n'
        "url: https://www.reuters.com/article/x\ntags: [a, b]\n---\n\nThe talks stalled on Tuesday, officials said.\n"
    )
    a = read(md)
    assert a.title == "Talks Stall in Doha" and a.author == "Jane Doe and John Roe"
    assert a.published == dt.date(2020, 4, 7) and a.published_from == "meta"
    assert a.url == "https://www.reuters.com/article/x" and a.outlet == "Reuters"
    assert a.body == "The talks stalled on Tuesday, officials said."


def test_pandoc_title_block():
    a = read(
        "% Talks Stall in Doha\n% Jane Doe; John Roe\n% April 7, 2020\n\nThe talks stalled, officials said.\n"
    )
    assert a.title == "Talks Stall in Doha" and a.author == "Jane Doe and John Roe"
    assert a.published == dt.date(2020, 4, 7)
    assert a.body == "The talks stalled, officials said."


def test_a_horizontal_rule_at_the_top_is_not_front_matter():
    a = read("---\n\nJust text, with a comma, here.\n\n---\n\nMore text, here.\n")
    assert "Just text, with a comma, here." in a.body
