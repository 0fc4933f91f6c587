"""Plain-text reader: header lines, captions, paragraphs, datelines."""

from __future__ import annotations

import datetime as dt

from tui.model import Dateline
from tui.read import read_text
from tui.read.text import extract_text, paragraphs_from_plain, strip_junk


def read(text: str, name: str = "a.txt"):
    return read_text(text, name, fmt="text")


# --------------------------------------------------------------------------- header line


def test_header_date_alone():
    a = read(" date 2021-02-03\n\nThe council met on Tuesday, officials said.")
    assert a.published == dt.date(2021, 2, 3) and a.published_from == "header"
    assert a.body == "The council met on Tuesday, officials said."


def test_header_date_with_minifier_junk():
    a = read(
        " date 2021-02-03 %MINIFYHTML0123456789abcdef0123456789abcdef1% %MINIFYHTMLabcdef12%\n\nText, here."
    )
    assert a.body == "Text, here."
    assert a.captions == []


def test_header_date_followed_by_photo_caption():
    a = read(
        " date 2021-02-03 Soldiers stand guard at a checkpoint in Kabul on Monday. Photo by Jane Roe/AFP\n\n"
        "The talks resumed, a spokesman said."
    )
    assert a.captions == [
        "Soldiers stand guard at a checkpoint in Kabul on Monday. Photo by Jane Roe/AFP"
    ]
    assert a.body == "The talks resumed, a spokesman said."


def test_header_date_followed_by_ap_photo_caption():
    a = read(
        " date 2021-02-03 A man walks past a mural in Kabul. (AP Photo/Rahmat Gul)\n\nBody text, here."
    )
    assert a.captions == ["A man walks past a mural in Kabul. (AP Photo/Rahmat Gul)"]


def test_header_date_followed_by_first_paragraph():
    a = read(
        " date 2021-02-03 The envoy arrived in Doha on Monday.\n\nHe met both sides, aides said."
    )
    assert a.body == "The envoy arrived in Doha on Monday.\n\nHe met both sides, aides said."


def test_header_variants_and_invalid_date():
    a = read("Date: 2020-04-07T10:00:00Z\nTitle: Talks stall\nSource: Example News\n\nText, here.")
    assert a.published == dt.date(2020, 4, 7)
    assert a.title == "Talks stall" and a.outlet == "Example News"
    b = read(" date 2020-13-45\n\nText, here.")
    assert b.published is None and any("not a valid date" in w for w in b.warnings)


def test_written_date_header():
    a = read("Date: April 7, 2020\nBy: Jane Doe\n\nThe talks resumed, officials said.")
    assert a.published == dt.date(2020, 4, 7) and a.published_from == "header"
    assert a.author == "Jane Doe" and a.body == "The talks resumed, officials said."


def test_no_header_means_no_date():
    a = read("Officials met on 2020-04-01 to discuss prisoners, they said.")
    assert a.published is None


# --------------------------------------------------------------------------- datelines


def test_dateline_with_agency_gives_hints_and_outlet():
    a = read("April 12 (UPI) -- The group said it would free 20 prisoners.")
    assert a.hints.dateline == Dateline(month=4, day=12, year=None, place=None, agency="UPI")
    assert a.outlet == "UPI" and a.published is None and a.published_from is None
    assert a.body.startswith("April 12 (UPI) --")  # the dateline stays in the body


def test_dateline_city_country_agency():
    a = read(
        "KABUL, Afghanistan (Reuters) - Afghan forces said on Sunday they had retaken the district."
    )
    dl = a.hints.dateline
    assert dl.place == "KABUL, Afghanistan" and dl.agency == "Reuters"
    assert a.outlet == "Reuters"


def test_dateline_place_only_and_outlet_named_elsewhere():
    a = read("Source: The Daily Example\n\nWASHINGTON — The Senate voted on Tuesday, aides said.")
    assert a.hints.dateline.place == "WASHINGTON"
    assert a.outlet == "The Daily Example"


def test_dateline_with_year_is_a_date():
    a = read("LONDON, March 3, 2019 (AP) — Ministers met on Sunday, officials said.")
    assert a.published == dt.date(2019, 3, 3) and a.published_from == "dateline"


def test_ordinary_first_sentence_is_not_a_dateline():
    a = read("The Taliban — who signed a deal in February — said on Sunday they would talk.")
    assert a.hints.dateline is None


# --------------------------------------------------------------------------- paragraphs


def test_hard_wrapped_text_is_unwrapped():
    text = (
        "The agreement, signed in late February between the United States and\n"
        "the Taliban, calls for a prisoner swap of some 5,000 prisoners held by\n"
        "the government.\n"
        "\n"
        "A second paragraph follows here, and it is also wrapped at a fixed\n"
        "width of about seventy characters, as old wire copy was.\n"
    )
    assert paragraphs_from_plain(text) == [
        "The agreement, signed in late February between the United States and the Taliban, "
        "calls for a prisoner swap of some 5,000 prisoners held by the government.",
        "A second paragraph follows here, and it is also wrapped at a fixed width of about "
        "seventy characters, as old wire copy was.",
    ]


def test_wrapped_text_without_blank_lines_breaks_after_short_lines():
    text = (
        "The first paragraph runs over two lines of text that were wrapped at\n"
        "a fixed width.\n"
        "The second one starts on a new line and is wrapped the same way too,\n"
        "so it ends short as well.\n"
    )
    assert len(paragraphs_from_plain(text)) == 2


def test_one_paragraph_per_long_line():
    long1 = "A long line of prose that is a paragraph on its own, " * 4
    long2 = "Another long line of prose that is a paragraph on its own, " * 4
    assert paragraphs_from_plain(long1 + "\n" + long2) == [long1.strip(), long2.strip()]


def test_paragraphs_collapse_spaces_and_keep_quotes():
    a = read("He said   “we will   go”  and 'left' .\n\n\n\nNext,  one.")
    assert a.body == "He said “we will go” and 'left' .\n\nNext, one."


def test_headline_and_byline_at_the_top():
    a = read(
        "Taliban Free 20 Prisoners in First Swap\n\nBy Jane Doe and John Roe\n\nKABUL — The Taliban freed 20 men on Sunday, officials said."
    )
    assert a.title == "Taliban Free 20 Prisoners in First Swap"
    assert a.author == "Jane Doe and John Roe"
    assert a.body.startswith("KABUL — The Taliban freed")


def test_caption_paragraph_goes_to_captions():
    a = read(
        "The talks resumed on Monday, officials said.\n\n"
        "Delegates arrive at the venue in Doha, Qatar. Photo by Jane Roe/Reuters\n\n"
        "They will continue on Tuesday, aides said."
    )
    assert a.captions == ["Delegates arrive at the venue in Doha, Qatar. Photo by Jane Roe/Reuters"]
    assert "Photo by" not in a.body


def test_quoted_paragraph_mentioning_a_photo_stays():
    a = read('"We saw the picture," he said of the image. "It was taken by the agency."')
    assert a.captions == []


def test_damaged_entities_in_text():
    a = read(
        "He called it a &quot;deal&quot;, a ,quot;technical team,quot; and R&amp;D &amp;amp; more."
    )
    assert a.body == 'He called it a "deal", a "technical team" and R&D & more.'


def test_strip_junk_keeps_percentages():
    assert strip_junk("Up 5% to 10% %MINIFYHTMLdeadbeef01% today") == "Up 5% to 10%  today"


def test_extract_text_empty_string():
    r = extract_text("")
    assert r.paragraphs == [] and r.published is None


def test_pasted_page_furniture_and_closing_copyright():
    a = read(
        "The talks resumed on Monday, officials said.\n\nAdvertisement\n\nContinue reading the main story\n\n"
        "They will go on, aides said.\n\n© 2020 United Press International, Inc. All Rights Reserved."
    )
    assert a.body == "The talks resumed on Monday, officials said.\n\nThey will go on, aides said."
    assert (a.outlet, a.outlet_from) == ("UPI", "copyright")  # the known outlet's name


def test_short_ordinary_lines_are_not_furniture():
    a = read(
        "The vote, held on Monday, passed easily.\n\nWhy it matters\n\nRead more of it, later, he said."
    )
    assert a.body.split("\n\n") == [
        "The vote, held on Monday, passed easily.",
        "Why it matters",
        "Read more of it, later, he said.",
    ]


def test_first_sentence_with_a_date_is_body_not_a_date_stamp():
    a = read("On April 7, 2020, the Taliban left the talks.\n\nOfficials said so, later.")
    assert a.published is None and a.body.startswith(
        "On April 7, 2020, the Taliban left the talks."
    )
    b = read("April 7, 2020\n\nThe Taliban left the talks, officials said.")
    assert b.published == dt.date(2020, 4, 7) and b.published_from == "byline"
    assert b.body == "The Taliban left the talks, officials said."


def test_header_rest_continued_by_wrapped_lines():
    text = (
        " date 2021-02-03 The envoy arrived in Doha on Monday for talks with both\n"
        "sides, aides said, and was expected to stay for the rest of the week.\n"
        "\n"
        "A second paragraph follows here, and it is wrapped at the same width\n"
        "as the first one was, more or less, like old wire copy.\n"
    )
    a = read(text)
    assert a.body.split("\n\n")[0] == (
        "The envoy arrived in Doha on Monday for talks with both sides, aides said, "
        "and was expected to stay for the rest of the week."
    )


def test_bare_url_line_gives_url_and_outlet():
    a = read(
        "The talks resumed on Monday, officials said.\n\nMore talks are due, aides said.\n\nhttps://www.reuters.com/article/x-idUS1"
    )
    assert a.url == "https://www.reuters.com/article/x-idUS1" and a.outlet == "Reuters"
    assert "http" not in a.body
    b = read("Source: https://news.example.org/a/b\n\nThe talks resumed on Monday, officials said.")
    assert b.url == "https://news.example.org/a/b" and b.outlet == "example.org"


def test_wire_credit_line_gives_the_author():
    a = read(
        "KABUL (Reuters) - The talks resumed on Monday, officials said.\n\n"
        "(Reporting by Jane Doe and Ali Khan; Editing by John Roe)"
    )
    assert a.author == "Jane Doe and Ali Khan"
    assert a.body == "KABUL (Reuters) - The talks resumed on Monday, officials said."
    assert a.outlet == "Reuters"
