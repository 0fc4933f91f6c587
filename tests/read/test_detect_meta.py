"""Format detection and the metadata helpers."""

from __future__ import annotations

import datetime as dt

from tests.conftest import seed
from tui.read.detect import detect_format
from tui.read.meta import (
    clean_author,
    ends_with_credit,
    find_written_date,
    majority_link_domain,
    outlet_for_host,
    outlet_from_copyright,
    outlet_from_url,
    parse_byline,
    parse_dateline,
    parse_iso_date,
    registrable_domain,
)


def test_detect_by_extension_and_content():
    assert detect_format(".html", "<html><body><p>x</p></body></html>") == "html"
    assert (
        detect_format(".txt", "<!DOCTYPE html><html><head></head><body>x</body></html>") == "html"
    )
    assert detect_format(".html", "Just some text, no tags at all.") == "text"
    assert detect_format(".md", "plain words") == "markdown"
    assert (
        detect_format(".txt", "A plain article, with a comma.\n\nAnd a second paragraph.") == "text"
    )
    assert (
        detect_format(
            ".txt", "# Heading\n\nText with a [link](https://x.com/a) and [another](/b).\n"
        )
        == "markdown"
    )
    assert detect_format(".txt", seed("004").read_text(encoding="utf-8")) == "markdown"
    assert (
        detect_format(".txt", "<p>one</p><p>two</p><p>three</p><a href='x'>l</a><br><br>") == "html"
    )


def test_detect_hashtag_line_is_not_markdown():
    assert (
        detect_format(".txt", "#Afghanistan trends after the deal.\n\nMore text, here.") == "text"
    )


def test_dates():
    assert parse_iso_date("2020-04-07T10:01:00-04:00") == dt.date(2020, 4, 7)
    assert parse_iso_date("20200407") == dt.date(2020, 4, 7)
    assert parse_iso_date("2020-02-30") is None and parse_iso_date("yesterday") is None
    assert find_written_date("Updated April 7,\n2020, 10:01 a.m. ET") == dt.date(2020, 4, 7)
    assert find_written_date("Published 7 April 2020") == dt.date(2020, 4, 7)
    assert find_written_date("Nov. 19, 2019 8:21 am ET") == dt.date(2019, 11, 19)
    assert find_written_date("Sept. 3, 2019") == dt.date(2019, 9, 3)
    assert find_written_date("February 30, 2020") is None
    assert find_written_date("in April, officials said") is None


def test_bylines():
    assert parse_byline("By Mujib Mashal") == "Mujib Mashal"
    assert parse_byline("By JANE DOE and JOHN ROE | Reuters") == "JANE DOE and JOHN ROE"
    assert parse_byline("By Jane Doe, Updated April 7, 2020") == "Jane Doe"
    assert parse_byline("By the way, the talks failed.") is None  # no name in it
    assert parse_byline("Bypass roads were closed") is None
    # a soft line break (hard-wrapped Markdown) is a space; a bar ends the name
    assert parse_byline("By Mujib\nMashal") == "Mujib Mashal"
    assert parse_byline("By Mike Roe  and Ann Lee | Monday, May 17, 2021") == "Mike Roe and Ann Lee"
    assert clean_author("https://www.facebook.com/jane") is None
    assert clean_author("by Jane Doe") == "Jane Doe"


def test_datelines():
    assert parse_dateline("April 12 (UPI) -- The")["agency"] == "UPI"
    d = parse_dateline("WASHINGTON, Nov. 3 (AP) — The")
    assert (d["place"], d["month"], d["day"], d["agency"]) == ("WASHINGTON", 11, 3, "AP")
    assert parse_dateline("KABUL, Afghanistan — A week")["place"] == "KABUL, Afghanistan"
    assert parse_dateline("Kabul is a city — of sorts") is None
    assert parse_dateline("April 40 (UPI) -- x") is None


def test_outlets():
    assert outlet_for_host("www.nytimes.com") == "The New York Times"
    assert outlet_for_host("abcnews.go.com") == "ABC News"
    assert outlet_for_host("unknown.example") is None
    assert registrable_domain("www.news.bbc.co.uk") == "bbc.co.uk"
    assert outlet_from_url("https://www.bbc.co.uk/news/x") == "BBC News"
    assert outlet_from_url("https://blog.example.org/x") == "example.org"
    # an address by IP names no domain: the address itself, not its last two numbers
    assert registrable_domain("127.0.0.1") == "127.0.0.1"
    assert outlet_from_url("http://127.0.0.1:8000/a.html") == "127.0.0.1"
    assert outlet_from_url("http://[::1]:8000/a.html") == "::1"
    assert outlet_from_copyright("© 2020 The New York Times Company") == "The New York Times"
    assert (
        outlet_from_copyright("Copyright 2019 Example Media, Inc. All rights reserved.")
        == "Example Media"
    )
    assert outlet_from_copyright("no notice here") is None
    links = [
        "https://www.nytimes.com/a",
        "https://help.nytimes.com/b",
        "https://other.com/c",
        "/relative",
    ]
    assert majority_link_domain(links) == "nytimes.com"
    assert majority_link_domain(["https://a.com/x"]) is None


def test_credits():
    assert ends_with_credit("Men wait in line in Kabul. Photo by Jane Roe/EPA-EFE")
    assert ends_with_credit("Men wait in line in Kabul. (AP Photo/Rahmat Gul)")
    assert ends_with_credit("Men wait in line in Kabul. Credit: Reuters")
    assert ends_with_credit("Men wait in line in Kabul. Jane Roe/AFP")
    assert not ends_with_credit("The minister said the photo was taken in Kabul.")
    assert not ends_with_credit("He works for AFP.")


def test_author_prefixes_and_suffixes():
    assert clean_author("Posted by Jane Doe") == "Jane Doe"
    assert clean_author("Analysis by Chris Roe, CNN") == "Chris Roe, CNN"
    assert clean_author("Louis Roe on Monday") == "Louis Roe"
    assert clean_author("JANE DOE - 2019") == "JANE DOE"
    assert clean_author("Reporting by Jane Doe; Editing by John Roe") == "Jane Doe"


def test_date_lines():
    from tui.read.meta import is_date_line

    assert is_date_line("April 7, 2020")
    assert is_date_line("Updated Nov. 19, 2019 8:21 am ET")
    assert is_date_line("Published 7 April 2020")
    assert not is_date_line("On April 7, 2020, the Taliban left the talks.")
    assert not is_date_line("The talks collapsed.")
