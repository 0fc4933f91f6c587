"""The error families of issue 27 ("dates you can trust"), one general rule each.

Every case is a sentence written for the test, of the shape the rule handles; ``WED`` is
the article date unless a case names another.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tui.analysis.timex import tag_timexes

WED = dt.date(2020, 4, 1)  # a Wednesday
NOV16 = dt.date(2016, 11, 10)  # a Thursday


def found(text, dct=WED):
    return {t.text: t for t in tag_timexes(text, dct)}


def case(*values, id):
    return pytest.param(*values, id=id)


# -- anchored offsets: TimeML marks the length, the timeline the point it reaches ------------


@pytest.mark.parametrize(
    "text, dct, span, value, position",
    [
        case(
            "Talks collapsed on March 10, 2020. A month earlier, the sides had met.",
            WED,
            "A month earlier",
            "P1M",
            "2020-02",
            id="a-month-earlier-after-a-date",
        ),
        case(
            "The plant opened in June 2012. Two years earlier, the site was a field.",
            WED,
            "Two years earlier",
            "P2Y",
            "2010",
            id="years-earlier",
        ),
        case(
            "The vote was held on May 3, 2019. Three days later, the count began.",
            WED,
            "Three days",
            "P3D",
            "2019-05-06",
            id="days-later-after-a-date",
        ),
        case(
            "Experts say that eight years from now the coal plants will be gone.",
            NOV16,
            "eight years",
            "P8Y",
            "2024",
            id="years-from-now",
        ),
        case(
            "The city plans to double its housing stock in the next decade.",
            NOV16,
            "the next decade",
            "P10Y",
            None,
            id="the-next-decade-is-ten-years",
        ),
        case(
            "Prices have tripled over the past decade.",
            NOV16,
            "the past decade",
            "P10Y",
            None,
            id="the-past-decade-is-ten-years",
        ),
    ],
)
def test_anchored_offsets_are_lengths_placed_where_they_reach(text, dct, span, value, position):
    t = found(text, dct)[span]
    assert (t.type, t.value, t.position) == ("DURATION", value, position)


def test_the_now_of_from_now_is_its_own_expression():
    got = found("Experts say that eight years from now the coal plants will be gone.", NOV16)
    assert got["now"].value == "PRESENT_REF"


def test_later_with_no_date_before_has_no_position():
    # nothing says where "three days later" counts from: the length only
    t = found("Three days later, the count began.")["Three days"]
    assert (t.value, t.position) == ("P3D", None)


@pytest.mark.parametrize(
    "text, span, value",
    [
        case(
            "Net income rose to $5 million from $4 million a year earlier.",
            "a year earlier",
            "2019",
            id="figure-compared-with-a-year-earlier",
        ),
        case(
            "Sales rose 12% from a year earlier.",
            "a year earlier",
            "2019",
            id="percent-compared-with-a-year-earlier",
        ),
    ],
)
def test_a_business_comparison_a_year_earlier_stays_the_period_then(text, span, value):
    t = found(text)[span]
    assert (t.type, t.value, t.position) == ("DATE", value, None)
