"""HTML reader: main content, boilerplate, captions and metadata, on pages written here."""

from __future__ import annotations

import datetime as dt
import json

from tui.read import read_text
from tui.read.html import extract_html, flatten_deep_html

P = [
    "The government said on Tuesday that it would release 100 prisoners, a first step in a deal that has stalled for weeks.",
    "Officials in Kabul, speaking on condition of anonymity, said the releases would continue, though slowly, over the month.",
    "“We are committed to the process,” said a spokesman for the council, adding that verification takes time.",
    "The insurgents, for their part, accused the government of delaying tactics, and threatened to walk away from the talks.",
]


def page(body: str = "", head: str = "") -> str:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>"


def article_html(extra_inside: str = "", extra_outside: str = "") -> str:
    paras = "".join(f"<p>{p}</p>" for p in P)
    return page(
        '<header class="site-header"><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>'
        '<li><a href="/politics">Politics</a></li></ul></nav></header>'
        '<main><article class="story"><h1>Prisoner Releases Begin</h1>'
        '<div class="byline">By <a href="/by/jane">Jane Doe</a></div>'
        f'<div class="story-body">{paras}{extra_inside}</div></article>'
        '<aside class="related"><h2>Related</h2><ul>'
        + "".join(
            f'<li><a href="/x{i}">Another story about something else entirely, number {i}</a></li>'
            for i in range(6)
        )
        + "</ul></aside></main>"
        f"{extra_outside}"
        '<footer><p>© 2020 Example Media Company. All rights reserved.</p><a href="/privacy">Privacy</a></footer>'
    )


def test_main_content_only():
    ex = extract_html(article_html())
    assert ex.paragraphs == P
    assert ex.title == "Prisoner Releases Begin"
    assert ex.author == "Jane Doe"


def test_boilerplate_lines_inside_the_article_are_dropped():
    junk = (
        '<div class="ad-slot"><p>Advertisement</p></div><p>Continue reading the main story</p>'
        '<p>Supported by</p><div class="share-tools"><a href="#">Share on Facebook</a><a href="#">Tweet</a></div>'
        "<p>Read more: Taliban talks collapse</p><p>Sign up for our newsletter to get the news first.</p>"
    )
    ex = extract_html(article_html(extra_inside=junk))
    assert ex.paragraphs == P


def test_comments_and_link_lists_are_dropped():
    comments = (
        '<section id="comments"><h2>12 Comments</h2>'
        + "".join(
            f'<div class="comment"><p>Reader {i} thinks this is a fine article, and says so at length here.</p></div>'
            for i in range(12)
        )
        + "</section>"
    )
    ex = extract_html(article_html(extra_outside=comments))
    assert ex.paragraphs == P


def test_subheadings_and_lists_in_the_body_are_kept():
    extra = "<h2>What comes next</h2><ul><li>More releases are planned, officials said, within days.</li></ul>"
    ex = extract_html(article_html(extra_inside=extra))
    assert ex.paragraphs == [
        *P,
        "What comes next",
        "More releases are planned, officials said, within days.",
    ]


def test_br_separated_text_becomes_paragraphs():
    html = page('<div class="content">' + "<br><br>".join(P) + "</div>")
    assert extract_html(html).paragraphs == P


def test_figure_captions_go_to_captions():
    fig = (
        '<figure><img src="a.jpg" alt="x"><figcaption>Prisoners wait in Kabul on Monday.'
        '<span class="credit">Rahmat Gul/Associated Press</span></figcaption></figure>'
    )
    ex = extract_html(article_html(extra_inside=fig))
    assert ex.paragraphs == P
    assert len(ex.captions) == 1 and ex.captions[0].startswith("Prisoners wait in Kabul on Monday.")
    assert "Rahmat Gul/Associated Press" in ex.captions[0]


def test_caption_with_photo_credit_outside_figure():
    ex = extract_html(
        article_html(extra_inside="<p>Delegates arrive in Doha, Qatar. (AP Photo/Jane Roe)</p>")
    )
    assert ex.paragraphs == P
    assert ex.captions == ["Delegates arrive in Doha, Qatar. (AP Photo/Jane Roe)"]


def test_hidden_elements_are_not_text():
    hidden = '<p style="display:none">Hidden words should never appear, really.</p><p hidden>Nor these, hidden too.</p>'
    ex = extract_html(article_html(extra_inside=hidden))
    assert ex.paragraphs == P


# --------------------------------------------------------------------------- metadata


def test_metadata_from_meta_tags():
    head = (
        '<meta property="og:site_name" content="Example Times">'
        '<meta property="og:title" content="Prisoner Releases Begin">'
        '<meta property="article:published_time" content="2020-04-07T10:01:00-04:00">'
        '<meta name="author" content="Jane Doe">'
        '<link rel="canonical" href="https://www.example.com/2020/04/07/releases.html">'
        "<title>Prisoner Releases Begin - Example Times</title>"
    )
    html = article_html().replace("<head></head>", f"<head>{head}</head>")
    ex = extract_html(html)
    assert ex.outlet == "Example Times"
    assert ex.published == dt.date(2020, 4, 7) and ex.published_from == "meta"
    assert ex.url == "https://www.example.com/2020/04/07/releases.html"
    assert ex.title == "Prisoner Releases Begin"


def test_metadata_from_json_ld():
    ld = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebSite", "name": "Site"},
            {
                "@type": "NewsArticle",
                "headline": "Releases Begin in Kabul",
                "datePublished": "2020-04-08T01:00:00Z",
                "author": [{"@type": "Person", "name": "John Roe"}],
                "publisher": {"@type": "Organization", "name": "Example Wire"},
            },
        ],
    }
    html = page(
        "<article>" + "".join(f"<p>{p}</p>" for p in P) + "</article>",
        head=f'<script type="application/ld+json">{json.dumps(ld)}</script>',
    )
    ex = extract_html(html)
    assert ex.published == dt.date(2020, 4, 8) and ex.published_from == "meta"
    assert ex.author == "John Roe"
    assert ex.outlet == "Example Wire"
    assert ex.title == "Releases Begin in Kabul"


def test_broken_json_ld_is_ignored():
    html = page(
        "<article>" + "".join(f"<p>{p}</p>" for p in P) + "</article>",
        head='<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>',
    )
    assert extract_html(html).paragraphs == P


def test_json_ld_article_body_is_a_fallback_for_empty_pages():
    body = "\n".join(P * 3)
    ld = {"@type": "NewsArticle", "headline": "H", "articleBody": body}
    html = page(
        '<div id="app"></div>', head=f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    )
    ex = extract_html(html)
    assert ex.paragraphs == P * 3 and ex.hints["body_from"] == "json-ld"


def test_json_ld_article_body_does_not_replace_a_good_page():
    ld = {
        "@type": "NewsArticle",
        "articleBody": "A short teaser, nothing more, in the structured data here.",
    }
    html = article_html().replace(
        "<head></head>",
        f'<head><script type="application/ld+json">{json.dumps(ld)}</script></head>',
    )
    assert extract_html(html).paragraphs == P


def test_time_element_date():
    html = article_html(extra_inside='<time datetime="2019-11-18T09:00:00Z">Nov. 18</time>')
    ex = extract_html(html)
    assert ex.published == dt.date(2019, 11, 18) and ex.published_from == "meta"


def test_visible_byline_date():
    html = article_html().replace(
        '<div class="byline">By <a href="/by/jane">Jane Doe</a></div>',
        '<div class="byline">By Jane Doe</div><div class="dateline">April 7, 2020</div>',
    )
    ex = extract_html(html)
    assert ex.published == dt.date(2020, 4, 7) and ex.published_from == "byline"


def test_a_line_break_in_the_byline_ends_the_name():
    html = article_html().replace(
        '<div class="byline">By <a href="/by/jane">Jane Doe</a></div>',
        '<p class="byline">By <a href="/by/jane">Jane Doe  and John Roe</a> <br><span>Monday, April 6, 2020</span></p>',
    )
    ex = extract_html(html)
    assert ex.author == "Jane Doe and John Roe"
    assert ex.published == dt.date(2020, 4, 6)
    for v in (ex.author, ex.title, ex.outlet, *ex.hints.values()):
        if isinstance(v, str):
            v.encode("utf-8")  # the walk's line-break marker never leaves it


def test_outlet_from_canonical_domain_table_and_fallback():
    html = article_html().replace(
        "<head></head>",
        '<head><link rel="canonical" href="https://www.nytimes.com/2020/x.html"></head>',
    )
    assert extract_html(html).outlet == "The New York Times"
    html = article_html().replace(
        "<head></head>", '<head><link rel="canonical" href="https://news.smalltown.co.uk/x"></head>'
    )
    assert (
        extract_html(html).outlet == "Example Media"
    )  # the copyright holder names it better than a domain
    html = html.replace("© 2020 Example Media Company. All rights reserved.", "")
    assert extract_html(html).outlet == "smalltown.co.uk"


def test_title_falls_back_to_title_tag_without_site_suffix():
    html = page(
        "<div>" + "".join(f"<p>{p}</p>" for p in P) + "</div>",
        head="<title>Prisoners Freed | The Example</title>",
    )
    assert extract_html(html).title == "Prisoners Freed"


def test_entities_and_double_escaping_in_html():
    html = page(
        "<article><p>He said &amp;quot;no&amp;quot; to the &#8220;deal&#8221;, twice, and left the room.</p></article>"
    )
    assert extract_html(html).paragraphs == [
        'He said "no" to the “deal”, twice, and left the room.'
    ]


# --------------------------------------------------------------------------- robustness


def test_degenerate_pages():
    for html in (
        "",
        "<",
        "<html>",
        "<body></body>",
        "<p>",
        "<!-- only a comment -->",
        "<script>x</script>",
        "\x00",
    ):
        ex = extract_html(html)
        assert isinstance(ex.paragraphs, list)


def test_unclosed_tags():
    ex = extract_html("<html><body><div><p>" + P[0] + "<p>" + P[1] + "<div><span>" + P[2])
    assert ex.paragraphs == P[:3]


def test_flatten_deep_html_keeps_text():
    html = "<div>" * 25_000 + "text" + "</div>" * 25_000
    flat, changed = flatten_deep_html(html, 100)
    assert changed and "text" in flat and flat.count("<div>") <= 100


def test_no_body_tag_page():
    ex = extract_html("<title>T</title>" + "".join(f"<p>{p}</p>" for p in P))
    assert ex.paragraphs == P


def test_read_text_html_format():
    a = read_text(article_html(), "page.html")
    assert a.format == "html" and a.body == "\n\n".join(P)


def test_logo_h1_and_site_name_are_not_the_headline():
    head = '<meta property="og:site_name" content="Daily Example"><title>Talks Collapse in Doha | Daily Example</title>'
    body = (
        '<h1><a href="/">Daily Example</a></h1><article>'
        + "".join(f"<p>{p}</p>" for p in P)
        + "</article>"
    )
    assert extract_html(page(body, head)).title == "Talks Collapse in Doha"


def test_meta_dates_by_itemprop_and_json_ld_written_dates():
    head = '<meta property="article:published" itemprop="datePublished dateCreated" content="2019-11-18T17:56:27.000Z">'
    ex = extract_html(page("<article>" + "".join(f"<p>{p}</p>" for p in P) + "</article>", head))
    assert ex.published == dt.date(2019, 11, 18)
    ld = {"@type": "NewsArticle", "datePublished": "Tue Nov 19 2019 03:05:46 GMT+0000"}
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    ex = extract_html(page("<article>" + "".join(f"<p>{p}</p>" for p in P) + "</article>", head))
    assert ex.published == dt.date(2019, 11, 19) and ex.published_from == "meta"


def test_social_handle_is_not_an_outlet():
    head = '<meta property="og:site_name" content="@example"><link rel="canonical" href="https://www.reuters.com/x">'
    assert (
        extract_html(
            page("<article>" + "".join(f"<p>{p}</p>" for p in P) + "</article>", head)
        ).outlet
        == "Reuters"
    )


def test_teaser_lists_with_partial_links_and_their_label_are_dropped():
    teasers = (
        '<div class="heading-h3">More Great Example Stories</div><ul>'
        + "".join(
            f'<li>A teaser number {i}, <a href="/s{i}">with its link text here</a></li>'
            for i in range(5)
        )
        + "</ul><p>© 2020 Example Media. All rights reserved.</p>"
    )
    assert extract_html(article_html(extra_inside=teasers)).paragraphs == P


def test_prose_with_a_long_link_is_kept():
    p = 'The inquiry was shelved in 2017 but was <a href="/x">re-opened earlier this year following his eviction</a>.'
    ex = extract_html(article_html(extra_inside=f"<p>{p}</p>"))
    assert (
        ex.paragraphs[-1]
        == "The inquiry was shelved in 2017 but was re-opened earlier this year following his eviction."
    )


def test_body_split_into_sections_of_the_same_kind():
    def sec(ps):
        return (
            '<div class="body-section">'
            + "".join(f"<div><div><p>{p}</p></div></div>" for p in ps)
            + "</div>"
        )

    html = page(
        '<div class="post-body">'
        + sec(P[:2])
        + '<div class="promo"><a href="/x">Subscribe</a></div>'
        + sec(P[2:])
        + "</div>"
    )
    assert extract_html(html).paragraphs == P


def test_caption_credit_in_its_own_element_is_spaced():
    fig = '<figure><img src="a.jpg"><figcaption>Men wait in Kabul on Monday.<span>Jane Roe/Reuters</span></figcaption></figure>'
    ex = extract_html(article_html(extra_inside=fig))
    assert ex.captions == ["Men wait in Kabul on Monday. Jane Roe/Reuters"]


def test_article_in_a_media_named_box_is_not_a_caption():
    html = page('<div class="media-body">' + "".join(f"<p>{p}</p>" for p in P[:3]) + "</div>")
    ex = extract_html(html)
    assert ex.paragraphs == P[:3] and ex.captions == []


def test_prose_that_starts_like_a_promo_is_kept():
    lines = [
        "Watchdogs said on Monday that the vote had been fair, by and large.",
        "Related to the deal, officials said, is a plan to free more prisoners.",
        "More than 100 prisoners were freed, the council said.",
    ]
    ex = extract_html(article_html(extra_inside="".join(f"<p>{x}</p>" for x in lines)))
    assert ex.paragraphs == P + lines


def test_article_header_holds_headline_dek_and_byline():
    html = page(
        "<article><header><h1>Talks Collapse in Doha</h1>"
        "<p>Both sides walked out after a week of wrangling over prisoners and a ceasefire.</p>"
        "<p>By Jane Doe</p></header>" + "".join(f"<p>{p}</p>" for p in P) + "</article>"
    )
    ex = extract_html(html)
    assert ex.paragraphs == P
    assert ex.title == "Talks Collapse in Doha" and ex.author == "Jane Doe"
    assert ex.hints["dek"].startswith("Both sides walked out")


def test_json_ld_article_body_with_html_in_it():
    body = "".join(f"<p>{p}</p>" for p in P * 3)
    ld = {"@type": "NewsArticle", "articleBody": body}
    ex = extract_html(
        page(
            '<div id="app"></div>',
            head=f'<script type="application/ld+json">{json.dumps(ld)}</script>',
        )
    )
    assert ex.paragraphs == P * 3
