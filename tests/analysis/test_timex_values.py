"""Value errors of issue 27 left after its families were built: wrong anchors, misses and
false alarms, each a general rule with sentences written for the test.

``WED`` is the article date unless a case names another.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.analysis.test_timex_families import WED, case, found
from tui.analysis.timex import tag_timexes
from tui.merge.timeline import placed_at

OCT89 = dt.date(1989, 10, 26)  # a Thursday


# -- a year that ends a sentence is no quantity of a rate ------------------------------------


@pytest.mark.parametrize(
    "text, span, value, position",
    [
        case(
            "The plant closed in 2015. A decade later, the town was empty.",
            "A decade",
            "P10Y",
            "2025",
            id="a-decade-later-after-a-year-ending-a-sentence",
        ),
        case(
            "The mill was sold in 2012. A year later it shut.",
            "A year",
            "P1Y",
            "2013",
            id="a-year-later-after-a-year-ending-a-sentence",
        ),
        case(
            "Prices peaked in 1998, a year later they fell.",
            "a year",
            "P1Y",
            "1999",
            id="a-year-later-after-a-year-and-comma",
        ),
    ],
)
def test_a_length_after_a_year_that_ends_a_clause_is_a_length(text, span, value, position):
    t = found(text)[span]
    assert (t.type, t.value, t.position) == ("DURATION", value, position)


@pytest.mark.parametrize(
    "text",
    [
        case("The plan saves $5.5 million a year.", id="money-with-decimals-a-year"),
        case("The line carries 2,000 passengers a day.", id="count-with-comma-a-day"),
    ],
)
def test_a_rate_with_a_written_number_is_still_no_time(text):
    assert [t for t in tag_timexes(text, WED) if t.type in ("SET", "DURATION")] == []


# -- a range of months names both ------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        case(
            "From January to March, exports fell by a third.",
            [("January", "2020-01"), ("March", "2020-03")],
            id="from-month-to-month-opening-a-sentence",
        ),
        case(
            # in April, a June told in the past is last year's: so is the January before it
            "From January to June, exports fell by a third.",
            [("January", "2019-01"), ("June", "2019-06")],
            id="a-past-range-counts-back-from-its-last-month",
        ),
        case(
            # in April, a January to come is next year's: so is the June after it
            "Exports will rise from January to June.",
            [("January", "2021-01"), ("June", "2021-06")],
            id="a-range-to-come-counts-on-from-its-first-month",
        ),
        case(
            "Exports fell from November to February.",
            [("November", "2019-11"), ("February", "2020-02")],
            id="a-range-over-the-new-year",
        ),
        case(
            "Exports fell between Jan. and March.",
            [("Jan.", "2020-01"), ("March", "2020-03")],
            id="between-months",
        ),
        case(
            "A study found that from September to December 2014, 46,000 accounts were used.",
            [("September", "2014-09"), ("December 2014", "2014-12")],
            id="the-year-written-with-the-last-month",
        ),
        case(
            "From September 2018 to March, the accounts grew.",
            [("September 2018", "2018-09"), ("March", "2019-03")],
            id="the-year-written-with-the-first-month",
        ),
    ],
)
def test_both_months_of_a_range_are_dates_of_one_range(text, expected):
    assert [(t.text, t.value) for t in tag_timexes(text, WED)] == expected


def test_a_march_to_a_place_is_still_no_month():
    assert tag_timexes("Thousands joined the March to Washington.", WED) == []


# -- "that same day" after a month -------------------------------------------------------------


@pytest.mark.parametrize(
    "text, span, value, position",
    [
        case(
            "The clinic closed Thursday. Three doctors were shot, most recently last October, "
            "when a doctor was killed at home. His name was crossed out that same day.",
            "that same day",
            "2019-10-XX",
            "2019-10",
            id="same-day-of-a-month-named-last",
        ),
        case(
            "The treaty was signed in March 2018. Later that day, protests began.",
            "Later that day",
            "2018-03-XX",
            "2018-03",
            id="later-that-day-of-a-month",
        ),
        case(
            "The strike began in June 2017. That same night, the plant was shut.",
            "That same night",
            "2017-06-XXTNI",
            "2017-06",
            id="that-same-night-of-a-month",
        ),
        case(
            "The treaty was signed in March 2018 and ratified on May 2, 2018. "
            "That same day, protests began.",
            "That same day",
            "2018-05-02",
            None,
            id="same-day-of-the-day-named-last",
        ),
    ],
)
def test_that_same_day_is_a_day_of_the_date_named_last(text, span, value, position):
    t = found(text)[span]
    assert (t.value, t.position) == (value, position)
    assert placed_at(t) == (position or value)


def test_a_bare_that_day_after_a_month_stays_generic():
    # "that day" with no day named before it may be any day: no time of its own
    got = found("Redemptions rose last month. You see strong redemptions that day and after.")
    assert "that day" not in got


# -- "the previous Friday" counts from the story's day however far back it was named -----------


def test_the_previous_weekday_counts_from_the_leads_day_paragraphs_back():
    filler = "Dealers said the market was nervous and trading was thin for most of the session. "
    text = (
        "London share prices closed sharply lower Friday in active trading.\n\n"
        + filler * 9
        + "\n\nThe index closed down 4.5% from the previous Friday."
    )
    t = found(text, dt.date(1989, 10, 30))["the previous Friday"]
    assert t.value == "1989-10-20"


def test_the_previous_weekday_counts_from_the_day_named_last():
    text = "Shares fell on Oct. 13. On Friday they closed down 2% from the previous Friday."
    assert found(text, dt.date(1989, 10, 30))["the previous Friday"].value == "1989-10-20"


# -- the quarter compared ----------------------------------------------------------------------


def test_the_quarter_a_year_ago_is_one_expression_of_last_years_quarter():
    got = found(
        "Columbia posted a loss for the third quarter. For the quarter a year ago, Columbia "
        "reported earnings of $16.3 million.",
        OCT89,
    )
    assert got["the quarter a year ago"].value == "1988-Q3"
    assert "the quarter" not in got and "a year ago" not in got


# -- a fiscal quarter with its last day sits in the calendar quarter it covered -------------------


@pytest.mark.parametrize(
    "text, span, value, position",
    [
        case(
            "Delta's net rose 33% in the fiscal first quarter ended Sept. 30.",
            "the fiscal first quarter",
            "1989-Q1",
            "1989-Q3",
            id="fiscal-first-quarter-ended-september",
        ),
        case(
            "Oshkosh said earnings for its fourth quarter ended Sept. 30 fell 50%.",
            "fourth quarter",
            "1989-Q4",
            "1989-Q3",
            id="fourth-quarter-ended-september",
        ),
        case(
            "UniFirst earned $3 million for the fourth quarter, which ended Aug. 26.",
            "the fourth quarter",
            "1989-Q4",
            "1989-Q3",
            id="quarter-which-ended-late-august",
        ),
        case(
            "The company earned $5 million in the third quarter ended Sept. 30.",
            "the third quarter",
            "1989-Q3",
            None,
            id="calendar-quarter-keeps-its-value-as-its-place",
        ),
        case(
            "Delta's net rose 33% in the fiscal first quarter.",
            "the fiscal first quarter",
            "1989-Q1",
            None,
            id="no-last-day-no-other-place",
        ),
    ],
)
def test_a_quarter_with_its_last_day_is_placed_in_its_calendar_quarter(text, span, value, position):
    t = found(text, OCT89)[span]
    assert (t.value, t.position) == (value, position)


# -- a range of lengths written with a dash is one stretch, as with "to" -------------------------


@pytest.mark.parametrize(
    "text, span, value",
    [
        case("The repairs took 3-4 days.", "3-4 days", "P3D", id="digits-hyphen-days"),
        case("Sentences of 10–15 years were handed down.", "10–15 years", "P10Y", id="en-dash"),
        case("The repairs took three to four days.", "three to four days", "P3D", id="words-to"),
    ],
)
def test_a_range_of_lengths_is_at_least_its_lower_bound(text, span, value):
    t = found(text)[span]
    assert (t.type, t.value, t.mod) == ("DURATION", value, "EQUAL_OR_MORE")


def test_a_range_of_years_before_a_unit_is_no_length():
    got = tag_timexes("Figures for 2009-2010 years were lost.", WED)
    assert [t for t in got if t.type == "DURATION"] == []


# -- names and clauses that look like times ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        case("On Nov. 24, Breitbart News Daily aired at 6 a.m.", id="a-show-named-daily"),
        case("He wrote for the Weekly Standard.", id="a-magazine-named-weekly"),
        case("The last such poll was in 1988, a year when Bush won 39 states.", id="a-year-when"),
        case("It was a day on which nothing happened.", id="a-day-on-which"),
    ],
)
def test_a_name_or_a_which_time_clause_is_no_length_or_set(text):
    assert [t for t in tag_timexes(text, WED) if t.type in ("SET", "DURATION")] == []


@pytest.mark.parametrize(
    "text, span, value",
    [
        case("Daily flights resume in May.", "Daily", "P1D", id="daily-opening-a-sentence"),
        case("The talks lasted a year.", "a year", "P1Y", id="a-year-is-still-a-length"),
    ],
)
def test_a_set_or_length_that_only_looks_like_a_name_stays(text, span, value):
    assert found(text)[span].value == value


def test_the_other_quarters_of_a_fiscal_year_move_with_the_one_whose_end_is_given():
    got = found(
        "Delta's net rose 33% in the fiscal first quarter ended Sept. 30. The quarter was "
        "strong, and profit was higher than a year earlier.",
        OCT89,
    )
    assert (got["The quarter"].value, got["The quarter"].position) == ("1989-Q1", "1989-Q3")
    assert (got["a year earlier"].value, got["a year earlier"].position) == ("1988-Q1", "1988-Q3")


def test_quarters_of_companies_with_different_years_keep_their_values_as_places():
    got = tag_timexes(
        "Delta earned more in its first quarter ended Sept. 30, and Acme in its first quarter "
        "ended March 31. The third quarter was weak.",
        OCT89,
    )
    quarters = [(t.value, t.position) for t in got if "quarter" in t.text]
    assert quarters == [("1989-Q1", "1989-Q3"), ("1989-Q1", None), ("1989-Q3", None)]


# -- a clock time counted from another time is no time of the article's day ----------------------


@pytest.mark.parametrize(
    "text, span, value",
    [
        case(
            "A jogger saw the car at 6 a.m. ten days before the shooting.",
            "6 a.m.",
            "XXXX-XX-XXT06:00",
            id="clock-time-then-days-before-an-event",
        ),
        case(
            "He was seen at 9 p.m., 10 days after the vote.",
            "9 p.m.",
            "XXXX-XX-XXT21:00",
            id="clock-time-then-days-after-an-event",
        ),
        case(
            "The blast hit at 10 p.m. Two days later, police made arrests.",
            "10 p.m.",
            "2020-04-01T22:00",
            id="a-length-in-the-next-sentence-counts-from-the-blast",
        ),
        case(
            "On March 3, at 6 a.m., the car was seen.",
            "6 a.m.",
            "2020-03-03T06:00",
            id="the-day-named-before-still-gives-the-day",
        ),
    ],
)
def test_a_clock_time_counted_from_an_event_has_no_day_of_the_article(text, span, value):
    assert found(text)[span].value == value
