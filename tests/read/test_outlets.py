"""Which outlet an article comes from: every clue, and which one wins."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.config import Config, OutletEntry, SourceOverride, SourcesConfig
from tui.load.extract import apply_overrides
from tui.read import read_text
from tui.read.outlets import builtin_table, credit_outlet, table_for

BODY = "Officials said the talks would resume on Monday, and the prisoners would go free."


def _html(head: str, body: str = BODY) -> str:
    return f"<html><head>{head}</head><body><article><p>{body}</p><p>{body}</p></article></body></html>"


@pytest.mark.parametrize(
    "head, outlet, source",
    [
        ('<meta property="og:site_name" content="Al Jazeera">', "Al Jazeera", "meta"),
        # a known outlet's other spelling is written the table's way
        ('<meta property="og:site_name" content="Washington Post">', "The Washington Post", "meta"),
        (
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "x",'
            ' "publisher": {"@type": "Organization", "name": "Kabul Now"}}</script>',
            "Kabul Now",
            "meta",
        ),
        ('<link rel="canonical" href="https://www.reuters.com/world/x">', "Reuters", "url"),
        ('<link rel="canonical" href="https://news.example.org/x">', "example.org", "url"),
    ],
    ids=[
        "og-site-name",
        "og-site-name-spelling",
        "json-ld-publisher",
        "canonical-known",
        "canonical-unknown",
    ],
)
def test_html_metadata(head, outlet, source):
    a = read_text(_html(head), "story.html")
    assert (a.outlet, a.outlet_from) == (outlet, source)


@pytest.mark.parametrize(
    "first, outlet",
    [
        ("April 12 (UPI) -- The Taliban said it would free 20 prisoners.", "UPI"),
        (
            "KABUL, Afghanistan (AP) — The Taliban said it would free 20 prisoners.",
            "The Associated Press",
        ),
        ("KABUL (Reuters) - The Taliban said it would free 20 prisoners.", "Reuters"),
        ("Kabul, April 12 (Xinhua) -- The Taliban said it would free 20 prisoners.", "Xinhua"),
        ("KABUL, April 12 (AFP) - The Taliban said it would free 20 prisoners.", "AFP"),
    ],
    ids=["upi-double-dash", "ap-em-dash", "reuters-hyphen", "xinhua-lower-place", "afp"],
)
def test_wire_datelines(first, outlet):
    a = read_text(first + "\n\n" + BODY, "story.txt")
    assert a.outlet == outlet and a.outlet_from in ("dateline", "credit")


@pytest.mark.parametrize(
    "last, outlet",
    [
        ("— AFP", "AFP"),
        ("-- Reuters", "Reuters"),
        ("(AFP)", "AFP"),
        ("AFP", "AFP"),
        ("This article was originally published by Kaiser Health News.", "Kaiser Health News"),
        ("This story first appeared on ProPublica on May 3.", "ProPublica"),
        ("Republished with permission from The Conversation.", "The Conversation"),
    ],
    ids=[
        "em-dash",
        "double-dash",
        "parens",
        "bare-capitals",
        "originally",
        "first-appeared",
        "republished",
    ],
)
def test_credits_closing_the_text(last, outlet):
    assert credit_outlet([BODY, BODY, last], builtin_table()).name == outlet


def test_a_sign_off_names_the_outlet():
    a = read_text(BODY + "\n\n" + BODY + "\n\n— AFP", "story.txt")
    assert (a.outlet, a.outlet_from) == ("AFP", "credit")


@pytest.mark.parametrize(
    "last",
    ["Science", "Politics", "— Jane Doe", "Read more: the talks", "(Editing by John Roe)"],
    ids=["section-word", "other-word", "a-person", "a-link", "a-wire-note"],
)
def test_no_credit(last):
    assert credit_outlet([BODY, last], builtin_table()) is None


def test_copyright_line():
    a = read_text(BODY + "\n\n© 2020 The Associated Press. All rights reserved.", "story.txt")
    assert (a.outlet, a.outlet_from) == ("The Associated Press", "copyright")


@pytest.mark.parametrize(
    "path, outlet",
    [
        ("nyt_nyt_2016_06_08_durability_carries.txt", "The New York Times"),
        ("usa_today_usa_today_2016_06_08_party.txt", "USA Today"),
        ("wash_post_wash_post_2016_06_09_game.txt", "The Washington Post"),
        ("huff_post_huff_post_2016_06_09_barack.txt", "HuffPost"),
        ("breitbart_breitbart_2016_06_08_ready.txt", "Breitbart"),
        ("washingtonpost-2020-04-07-talks.html", "The Washington Post"),
        ("003_reuters_talks.txt", "Reuters"),
        ("2020-04-07-aljazeera-talks.txt", "Al Jazeera"),
        ("www.upi.com - Taliban to free prisoners.html", "UPI"),
        ("bbc/talks-resume.txt", "BBC News"),
        ("stories/The Guardian/talks.txt", "The Guardian"),  # a folder with spaces
        ("time_to_talk.txt", None),  # an everyday word is no outlet's name
        ("news/talks.txt", None),
        ("002_3a935cbd948845d5.txt", None),
        ("talks_resume_nyt.txt", None),  # only the name's first words count
    ],
    ids=lambda v: str(v),
)
def test_file_and_folder_names(path, outlet):
    a = read_text(BODY, path)
    assert a.outlet == outlet
    assert a.outlet_from == ("file-name" if outlet else None)
    assert a.outlet_guessed == (outlet is not None)


def test_no_clue_no_outlet():
    a = read_text(BODY, "002_3a935cbd948845d5.txt")
    assert (a.outlet, a.outlet_from, a.outlet_guessed) == (None, None, False)


@pytest.mark.parametrize(
    "text, path, outlet, source",
    [
        # the page's metadata beats a wire dateline (a wire story on a newspaper's site)
        (
            _html('<meta property="og:site_name" content="Dawn">', "KABUL (AFP) - " + BODY),
            "afp_talks.html",
            "Dawn",
            "meta",
        ),
        # a dateline beats the file name
        ("KABUL (Reuters) - " + BODY, "nyt_talks.txt", "Reuters", "dateline"),
        # a copyright line beats the file name
        (BODY + "\n\n© 2020 Reuters", "nyt_talks.txt", "Reuters", "copyright"),
    ],
    ids=["meta-over-dateline", "dateline-over-file-name", "copyright-over-file-name"],
)
def test_the_most_reliable_clue_wins(text, path, outlet, source):
    a = read_text(text, path)
    assert (a.outlet, a.outlet_from) == (outlet, source)


def test_the_config_override_wins():
    cfg = Config(sources=SourcesConfig(overrides={"nyt_*": SourceOverride(outlet="Politico")}))
    a = read_text("KABUL (Reuters) - " + BODY, "nyt_talks.txt", cfg)
    apply_overrides(a, cfg)
    assert (a.outlet, a.outlet_from) == ("Politico", "config")


def test_config_outlets_extend_and_correct_the_table():
    cfg = Config(
        sources=SourcesConfig(
            outlets=[
                OutletEntry(name="Kabul Now", short="KN", hosts=["kabulnow.com"], slugs=["kn"]),
                OutletEntry(name="The New York Times", short="Times", hosts=["nytimes.com"]),
            ]
        )
    )
    table = table_for(cfg)
    assert table.for_host("www.kabulnow.com").short == "KN"
    assert table.named("The New York Times").short == "Times"
    a = read_text(BODY, "kn_2020_talks.txt", cfg)
    assert (a.outlet, a.outlet_from) == ("Kabul Now", "file-name")
    assert read_text(BODY, "kn_2020_talks.txt").outlet is None  # not without the config


@pytest.mark.parametrize(
    "text, name",
    [
        ("AP", "The Associated Press"),
        ("Associated Press", "The Associated Press"),
        ("Thomson Reuters", "Reuters"),
        ("nytimes.com", "The New York Times"),
        ("Hill", "The Hill"),
        ("Agence France-Presse", "AFP"),
        ("Unknown Gazette", None),
    ],
    ids=lambda v: str(v),
)
def test_names_and_abbreviations(text, name):
    row = builtin_table().named(text)
    assert (row.name if row else None) == name


def test_table_is_well_formed():
    rows = builtin_table().rows
    assert len(rows) >= 300
    assert len({r.name for r in rows}) == len(rows)  # one row per outlet
    for r in rows:
        assert r.short and len(r.short) <= 15, r
        assert all("." in h and h == h.lower() for h in r.hosts), r


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300), st.lists(st.text(max_size=200), max_size=4))
def test_clues_never_raise(text, paragraphs):
    table = builtin_table()
    for row in (
        table.named(text),
        table.for_host(text),
        table.for_path(text or "x"),
        credit_outlet(paragraphs, table),
    ):
        assert row is None or row in table.rows


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(["", ".", "..", "bbc", "nyt_2016_06_08_x.txt", "a.b.", ".hidden"]),
            st.text(alphabet="ab./_- 1", max_size=12),
        ),
        max_size=5,
    ),
    st.booleans(),
)
def test_the_folder_and_file_names_of_a_path_are_pathlibs(parts, absolute):
    # for_path reads the names with string operations (every file's cache key asks them)
    from pathlib import PurePath

    from tui.read.outlets import _last_two

    text = ("/" if absolute else "") + "/".join(parts)
    p = PurePath(text)
    assert _last_two(text) == (p.parent.name, p.name)
    assert _last_two(p) == (p.parent.name, p.name)
