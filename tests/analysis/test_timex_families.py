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


def case(*values, id):  # noqa: A002 (pytest.param's own keyword, passed on to it)
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
            "It is the charter under which we still live today, more than 200 years later.",
            WED,
            "more than 200 years",
            "P200Y",
            None,
            id="today-years-later-is-no-point-ahead",
        ),
        case(
            "The vote is today. Three days later, the count will be certified.",
            WED,
            "Three days",
            "P3D",
            "2020-04-04",
            id="days-later-after-today-in-another-sentence",
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


def spans(text, dct=WED):
    return [(t.text, t.type, t.value) for t in tag_timexes(text, dct)]


# -- missed expressions ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        case(
            "The club won the title in the 2009-2010 season.",
            [("2009", "DATE", "2009"), ("2010", "DATE", "2010")],
            id="year-range-in-full",
        ),
        case(
            "He taught there in 1957-58 before moving to Boston.",
            [("1957", "DATE", "1957"), ("58", "DATE", "1958")],
            id="year-range-short-second-year",
        ),
        case(
            "Enrollment rose in 1999–00.",
            [("1999", "DATE", "1999"), ("00", "DATE", "2000")],
            id="year-range-across-a-century-en-dash",
        ),
        case("The kit holds 1500-2000 calories.", [], id="a-range-of-counts-is-no-years"),
        case("Call 555-1990 for details.", [], id="a-phone-number-is-no-years"),
    ],
)
def test_hyphenated_year_ranges_mark_each_year(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        case(
            "The trial should last between 12 and 18 months.",
            [("12", "DURATION", "P12M"), ("18 months", "DURATION", "P18M")],
            id="between-x-and-y",
        ),
        case(
            "Recovery takes between two to six days.",
            [("two", "DURATION", "P2D"), ("six days", "DURATION", "P6D")],
            id="between-x-to-y",
        ),
        case(
            "Shipments resume within two to three weeks.",
            [("two to three weeks", "DURATION", "P2W")],
            id="x-to-y-is-one-stretch",
        ),
        case("He served two and three weeks ago.", [], id="x-and-y-without-between"),
    ],
)
def test_between_ranges_mark_both_ends(text, expected):
    assert [x for x in spans(text) if x[1] == "DURATION"] == expected


@pytest.mark.parametrize(
    "text, span, value",
    [
        case(
            "The quake struck at 10:35:12 a.m. Tuesday.",
            "10:35:12 a.m. Tuesday",
            "2020-03-31T10:35:12",
            id="clock-with-seconds-and-am",
        ),
        case(
            "The launch came at 14:05:30 GMT.",
            "14:05:30 GMT",
            "2020-04-01T14:05:30",
            id="clock-with-seconds-24-hour",
        ),
    ],
)
def test_clock_times_with_seconds(text, span, value):
    assert found(text)[span].value == value


@pytest.mark.parametrize(
    "text, span, value",
    [
        case("The four-week, two-nation tour ended.", "four-week", "P4W", id="four-week-comma"),
        case("She began a four-week trial.", "four-week", "P4W", id="four-week-before-noun"),
        case("It was a four-week-long strike.", "four-week-long", "P4W", id="four-week-long"),
        case("He followed a several-year tenure.", "several-year", "PXY", id="several-year"),
        case("They signed multiyear contracts.", "multiyear", "PXY", id="multiyear"),
        case("It ended a decades-old feud.", "decades-old", "PXDE", id="decades-old"),
    ],
)
def test_adjectival_lengths(text, span, value):
    t = found(text)[span]
    assert (t.type, t.value) == ("DURATION", value)


def test_a_persons_age_is_no_length():
    assert spans("A 47-year-old man was arrested.") == []


# -- sets and rates ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, span, value",
    [
        case("Similar ceremonies are held here annually.", "annually", "P1Y", id="annually"),
        case("The team adds two players each season.", "each season", "P1Y", id="each-season"),
        case("She visits twice a week.", "a week", "P1W", id="twice-a-week"),
        case("The pills are taken three times a day.", "a day", "P1D", id="times-a-day"),
        case("Qantas plans daily flights to Bombay.", "daily", "P1D", id="daily-flights"),
    ],
)
def test_repeated_times_are_sets(text, span, value):
    t = found(text)[span]
    assert (t.type, t.value) == ("SET", value)


@pytest.mark.parametrize(
    "text",
    [
        case("The airline runs four flights a week.", id="count-a-week"),
        case("The plan saves $500 million a year.", id="money-a-year"),
        case("The chip runs 15 million instructions per second.", id="instructions-per-second"),
        case("He drove at 60 miles an hour.", id="miles-an-hour"),
        case("Sales are expected to rise 8% annually.", id="percent-annually"),
        case("Average daily volume was light.", id="average-daily"),
    ],
)
def test_rates_and_measures_are_no_times(text):
    assert [x for x in spans(text) if x[1] in ("SET", "DURATION")] == []


def test_a_length_inside_a_sentence_with_a_count_stays_a_length():
    assert spans("He lost 5 pounds in a week.") == [("a week", "DURATION", "P1W")]


# -- anaphoric days, "at the time", "until then" ---------------------------------------------


@pytest.mark.parametrize(
    "text, span, value",
    [
        case(
            "In Saudi Arabia, today is the eighth day of the operation.",
            "the eighth day",
            "2020-04-01",
            id="today-is-the-nth-day",
        ),
        case(
            "It's the second day of an offensive by the police.",
            "the second day",
            "2020-04-01",
            id="present-nth-day-is-the-article-day",
        ),
        case(
            "Saturday marks the 100th day of his presidency.",
            "the 100th day",
            "2020-03-28",
            id="a-weekday-marks-the-nth-day",
        ),
        case(
            "On the third day of the talks, the two sides met in Doha.",
            "the third day",
            "XXXX-XX-XX",
            id="past-nth-day-is-undated",
        ),
        case(
            "He arrived on Monday. He had left home the day before.",
            "the day before",
            "2020-03-29",
            id="the-day-before-the-date-named",
        ),
        case(
            "Stocks rose on Oct. 12, 2019, the day before the plunge.",
            "the day",
            "2019-10-12",
            id="the-day-beside-a-date",
        ),
        case(
            "Two men showed up at the house the day after his death.",
            "the day",
            "XXXX-XX-XX",
            id="the-day-after-an-event-is-undated",
        ),
        case(
            "The president arrived in Philadelphia later in the day.",
            "the day",
            "2020-04-01",
            id="later-in-the-day",
        ),
        case(
            "In a speech six weeks ago, he said at the time he was willing to go.",
            "the time",
            "PAST_REF",
            id="said-at-the-time",
        ),
        case("At the time, the plant was idle.", "the time", "PAST_REF", id="at-the-time-comma"),
        case(
            "The rights expire on Nov. 30, 2020. Until then, the stock is convertible.",
            "then",
            "2020-11-30",
            id="until-then",
        ),
    ],
)
def test_anaphoric_days_and_times(text, span, value):
    assert found(text)[span].value == value


@pytest.mark.parametrize(
    "text",
    [
        case("At the time Howes was captured, the group was strong.", id="at-the-time-clause"),
        case("There were 12 members at the time of its founding.", id="at-the-time-of"),
    ],
)
def test_times_named_by_a_clause(text):
    assert "the time" not in found(text)


@pytest.mark.parametrize(
    "text, span, value",
    [
        case(
            "The day before last Tuesday's hearing, he flew in.",
            "The day before last Tuesday",
            "2020-03-30",
            id="the-day-before-a-weekday",
        ),
        case(
            "He left the day after Nov. 3, 2019, officials said.",
            "the day after Nov. 3, 2019",
            "2019-11-04",
            id="the-day-after-a-date",
        ),
        case(
            "Crowds gathered the day before the March 3 primary.",
            "the day before the March 3",
            "2020-03-02",
            id="the-day-before-a-dated-event",
        ),
    ],
)
def test_the_day_before_a_date_is_one_day_from_it(text, span, value):
    assert found(text)[span].value == value


def test_the_day_before_a_week_is_no_day():
    got = found("It rained the day before last week's vote.")
    assert list(got) == ["last week"]


# -- vague plural lengths --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, span, value",
    [
        case("Minutes later, police arrived.", "Minutes", "PTXM", id="minutes-later"),
        case("He crossed the border days after the killing.", "days", "PXD", id="days-after"),
        case("His car was seen in the weeks before the vote.", "weeks", "PXW", id="weeks-before"),
        case("After months of talks, they agreed.", "months", "PXM", id="months-of"),
        case(
            "Prices fell eight trading days after the crash.",
            "eight trading days",
            "P8D",
            id="trading-days",
        ),
    ],
)
def test_vague_plural_lengths(text, span, value):
    t = found(text)[span]
    assert (t.type, t.value) == ("DURATION", value)


def test_the_first_days_after_is_a_part_of_a_period():
    assert spans("In the first days after the storm, roads were shut.") == []


# -- generic present, posts, months of a year ---------------------------------------------------


@pytest.mark.parametrize(
    "text, span, value",
    [
        case("Mothers are equal in today's world.", "today", "PRESENT_REF", id="todays-world"),
        case("He chose the people of tomorrow.", "tomorrow", "FUTURE_REF", id="people-of-tomorrow"),
        case("The vote is set as of today.", "today", "2020-04-01", id="as-of-today"),
        case("Today's vote was close.", "Today", "2020-04-01", id="todays-vote-is-the-day"),
        case(
            "She remembers a January day in 2011.",
            "January day in 2011",
            "2011-01",
            id="month-day-in-year",
        ),
        case(
            "Holders may buy at the then-current price.",
            "then-current",
            "PAST_REF",
            id="then-current",
        ),
    ],
)
def test_generic_present_and_months_of_a_year(text, span, value):
    assert found(text)[span].value == value


@pytest.mark.parametrize(
    "text",
    [
        case("The current president spoke.", id="current-president"),
        case("Current and former officials agreed.", id="current-and-former"),
        case("Smith, currently vice president, will succeed him.", id="currently-a-post"),
    ],
)
def test_current_before_a_post_is_no_time(text):
    assert spans(text) == []


# -- the governing verb decides the direction of a bare month, weekday or season ---------------

OCT89, JUL16, APR00, SAT00, JUN16 = (
    dt.date(1989, 10, 26),
    dt.date(2016, 7, 27),
    dt.date(2000, 4, 3),
    dt.date(2000, 1, 15),
    dt.date(2016, 6, 8),  # a Wednesday
)


@pytest.mark.parametrize(
    "text, dct, span, value",
    [
        case(
            "Clinton campaigned hard over the summer.",
            NOV16,
            "the summer",
            "2016-SU",
            id="summer-past-clause-november",
        ),
        case(
            "Trump was ahead during the summer.",
            NOV16,
            "the summer",
            "2016-SU",
            id="ahead-in-polls-is-no-future",
        ),
        case(
            "Polls tightened in late summer.",
            NOV16,
            "late summer",
            "2016-SU",
            id="late-summer-without-the",
        ),
        case(
            "He will campaign in the summer.",
            NOV16,
            "the summer",
            "2017-SU",
            id="summer-future-clause",
        ),
        case("It will be cold in the winter.", NOV16, "the winter", "2017-WI", id="winter-ahead"),
        case(
            "The sale, which had been expected, is part of a plan to pay the loan by February.",
            OCT89,
            "February",
            "1990-02",
            id="deadline-past-perfect-in-another-clause",
        ),
        case(
            "The split would be paid on a still unspecified date in January.",
            OCT89,
            "January",
            "1990-01",
            id="participle-after-a-determiner-is-an-adjective",
        ),
        case(
            "In January, the commissioner ruled that the boy should go back.",
            APR00,
            "January",
            "2000-01",
            id="fronted-month-takes-the-clause-it-opens",
        ),
        case(
            "The agency had ruled that he must be returned, and set Friday as the deadline.",
            SAT00,
            "Friday",
            "2000-01-14",
            id="a-modal-speaks-for-its-own-clause",
        ),
        case(
            "Sanders said the party must support Clinton in November.",
            JUL16,
            "November",
            "2016-11",
            id="must-looks-ahead",
        ),
        case(
            "Clinton became the nominee, teeing up the November showdown with Trump.",
            JUL16,
            "November",
            "2016-11",
            id="a-month-naming-an-event-is-the-nearest",
        ),
        case(
            "The only way Democrats will blow a November matchup is by losing the Midwest.",
            dt.date(2016, 3, 16),
            "November",
            "2016-11",
            id="a-month-naming-an-event-in-a-future-clause-is-ahead",
        ),
        case(
            "The bill would put a measure on the November ballot.",
            dt.date(2016, 3, 10),
            "November",
            "2016-11",
            id="a-month-naming-an-event-after-would-is-ahead",
        ),
        case(
            "Voters rejected the measure on the November ballot.",
            dt.date(2016, 3, 10),
            "November",
            "2015-11",
            id="a-month-naming-an-event-in-a-past-clause-is-the-nearest",
        ),
        case(
            "Aides said he needed to do a good job in the fall debates.",
            dt.date(2016, 8, 17),
            "the fall",
            "2016-FA",
            id="a-season-naming-an-event-is-the-nearest",
        ),
        case(
            "Aides said he did a good job in the fall.",
            dt.date(2016, 8, 17),
            "the fall",
            "2015-FA",
            id="a-season-alone-takes-the-clause-tense",
        ),
        case(
            "Riyadh told oil companies of a cutback in their supply in November.",
            OCT89,
            "November",
            "1989-11",
            id="past-clause-next-month-is-this-one",
        ),
        case(
            "The ministry will publish the figures for September soon.",
            OCT89,
            "September",
            "1989-09",
            id="future-clause-last-month-is-this-one",
        ),
        case(
            "In November, the company fired 300 workers.",
            OCT89,
            "November",
            "1988-11",
            id="fronted-next-month-takes-its-past-clause",
        ),
        case(
            "The company fired 300 workers in November.",
            OCT89,
            "November",
            "1988-11",
            id="next-month-governed-by-a-past-verb",
        ),
        case(
            "The company changed to a calendar year in December.",
            OCT89,
            "December",
            "1988-12",
            id="past-clause-two-months-ahead-is-last-year",
        ),
        case(
            "All signs pointed to Obama endorsing Clinton on Thursday after the president meets"
            " with Sanders.",
            JUN16,
            "Thursday",
            "2016-06-09",
            id="a-present-time-clause-after-the-date-looks-ahead",
        ),
        case(
            "The relatives may lose custody when the case is heard in May in the appeals court.",
            dt.date(2000, 3, 29),
            "May",
            "2000-05",
            id="a-present-when-clause-looks-ahead",
        ),
        case(
            "Trump's rivals fear losses in Congress if he is the nominee in November.",
            dt.date(2016, 3, 15),
            "November",
            "2016-11",
            id="a-present-if-clause-looks-ahead",
        ),
        case(
            "Obama and Putin met on Monday, after days of talks between the two countries to end"
            " the war.",
            dt.date(2016, 9, 6),
            "Monday",
            "2016-09-05",
            id="a-plural-noun-is-no-present-verb",
        ),
        case(
            "The mayor fired the chief on Tuesday after the council voted against him.",
            dt.date(2015, 12, 4),
            "Tuesday",
            "2015-12-01",
            id="a-past-time-clause-looks-back",
        ),
        case(
            "Mrs. Clinton looked way past November to a time of change.",
            JUN16,
            "November",
            "2016-11",
            id="looking-past-a-month-puts-it-ahead",
        ),
        case(
            "Sales were flat this year through August.",
            OCT89,
            "August",
            "1989-08",
            id="year-through-month",
        ),
        case(
            "The bank extended the loans through January.",
            OCT89,
            "January",
            "1990-01",
            id="through-a-month-ahead",
        ),
        case(
            "Traders squared positions ahead of the weekend.",
            dt.date(1989, 10, 30),
            "the weekend",
            "1989-W44-WE",
            id="ahead-of",
        ),
        case(
            "Until Monday, the police had not named him.",
            WED,
            "Monday",
            "2020-03-30",
            id="until-with-past-perfect",
        ),
        case(
            "He stayed in office until March.",
            dt.date(2016, 10, 12),
            "March",
            "2016-03",
            id="until-after-a-simple-past-looks-back",
        ),
        case(
            "By late summer, she looked increasingly vulnerable.",
            dt.date(2015, 12, 22),
            "late summer",
            "2015-SU",
            id="a-fronted-by-opening-a-past-clause-looks-back",
        ),
        case(
            "The firm paid off the loan by February.",
            dt.date(2016, 10, 12),
            "February",
            "2016-02",
            id="by-after-a-simple-past-looks-back",
        ),
        case(
            "The court extended the deadline until March.",
            dt.date(2016, 10, 12),
            "March",
            "2017-03",
            id="a-verb-that-moves-a-deadline-looks-ahead",
        ),
        case(
            "The airline will double its flights by August, seeking markets untouched by the crisis.",
            dt.date(2016, 10, 12),
            "August",
            "2017-08",
            id="by-in-a-future-clause-looks-ahead",
        ),
        case(
            "After Tuesday night, his chance rests on one thing: that delegates will overturn the vote.",
            WED,
            "Tuesday night",
            "2020-03-31TNI",
            id="a-colon-ends-what-the-verbs-speak-for",
        ),
        case(
            "A lead in turnout often does not translate into a victory in November.",
            dt.date(2016, 3, 16),
            "November",
            "2016-11",
            id="a-present-sentence-looks-ahead-to-a-month",
        ),
        case(
            "The party needs a plan to rebuild if Republicans splinter and lose in the fall.",
            dt.date(2016, 4, 12),
            "the fall",
            "2016-FA",
            id="a-present-sentence-looks-ahead-to-a-season",
        ),
        case(
            "The court term begins in October and ends in June.",
            dt.date(2016, 5, 24),
            "October",
            "2016-10",
            id="a-verb-in-s-after-its-noun-is-present",
        ),
        case(
            "Republicans have 24 Senate seats up in November.",
            dt.date(2016, 6, 10),
            "November",
            "2016-11",
            id="have-before-its-object-is-present",
        ),
        case(
            "Oil prices have come down from the middle of October.",
            dt.date(1998, 2, 23),
            "the middle of October",
            "1997-10",
            id="a-present-perfect-looks-back",
        ),
        case(
            "The number of jobs in October was low.",
            dt.date(2016, 5, 24),
            "October",
            "2015-10",
            id="a-plural-noun-after-of-is-no-verb",
        ),
        case(
            "Trump says Monday that the plan works.",
            dt.date(2016, 5, 24),
            "Monday",
            "2016-05-23",
            id="a-present-reporting-verb-does-not-look-ahead",
        ),
        case(
            "Democrats are concerned that his tactics could make it harder to unite in the summer.",
            dt.date(2016, 5, 24),
            "the summer",
            "2016-SU",
            id="could-looks-ahead",
        ),
        case(
            "The new ad, which is airing on cable, could hit Florida airwaves Monday.",
            dt.date(2016, 3, 12),
            "Monday",
            "2016-03-14",
            id="could-before-a-weekday-looks-ahead",
        ),
        case(
            "Lawyers for the company could not be reached for comment Saturday.",
            dt.date(2016, 5, 29),
            "Saturday",
            "2016-05-28",
            id="could-not-is-a-past",
        ),
        case(
            "Neither he nor his aides could be located Wednesday in their hometown.",
            dt.date(2000, 1, 6),
            "Wednesday",
            "2000-01-05",
            id="could-after-neither-is-a-past",
        ),
        case(
            "Moscow warned on Thursday that air strikes could do serious harm.",
            dt.date(1998, 2, 13),
            "Thursday",
            "1998-02-12",
            id="could-after-the-date-does-not-move-it",
        ),
        case(
            "If we remember nothing else about her, who died Sunday at age 94, it will be her gaze.",
            dt.date(2016, 3, 7),
            "Sunday",
            "2016-03-06",
            id="a-short-past-in-ed-is-a-past",
        ),
        case(
            "His campaign sued the party in federal court on Friday, claiming it would cost money.",
            dt.date(2015, 12, 20),
            "Friday",
            "2015-12-18",
            id="sued-is-a-past",
        ),
        case(
            "By Monday morning, the grim, if now familiar, ritual had begun.",
            dt.date(2016, 6, 15),
            "Monday morning",
            "2016-06-13TMO",
            id="a-fronted-by-governs-its-whole-sentence",
        ),
        case(
            "If you want to understand the meaning of Thursday night's debate, look at the polls.",
            dt.date(2016, 2, 12),
            "Thursday night",
            "2016-02-11TNI",
            id="a-possessive-weekday-is-the-nearest-behind",
        ),
        case(
            "The results of Tuesday's five primaries will shape the race.",
            dt.date(2016, 4, 28),
            "Tuesday",
            "2016-04-26",
            id="a-possessive-weekday-before-will-is-the-nearest",
        ),
        case(
            "He holds a solid lead in Tuesday's first-in-the-nation primary.",
            dt.date(2016, 2, 7),
            "Tuesday",
            "2016-02-09",
            id="a-possessive-weekday-is-the-nearest-ahead",
        ),
        case(
            "Trump and Cruz sit atop most polls ahead of Monday's caucuses.",
            dt.date(2016, 1, 26),
            "Monday",
            "2016-02-01",
            id="ahead-of-a-possessive-weekday-is-the-coming-one",
        ),
        case(
            "Polling done in the state before Tuesday's primary showed a dead heat.",
            dt.date(2016, 3, 16),
            "Tuesday",
            "2016-03-15",
            id="before-a-possessive-weekday-in-a-past-clause",
        ),
        case(
            "Wisconsin holds its presidential primary on Tuesday.",
            dt.date(2016, 4, 1),
            "Tuesday",
            "2016-04-05",
            id="a-present-verb-of-a-scheduled-event-looks-ahead",
        ),
        case(
            "He and the Palestinian leader meet separately Monday with the secretary.",
            dt.date(1998, 5, 1),
            "Monday",
            "1998-05-04",
            id="a-plural-present-of-a-scheduled-event-looks-ahead",
        ),
        case(
            "Yet in their first joint campaign appearance on Monday, they spoke of jobs.",
            dt.date(2016, 8, 17),
            "Monday",
            "2016-08-15",
            id="a-noun-of-an-event-is-no-present-verb",
        ),
        case(
            "The governor holds a lead after the vote on Tuesday, aides said.",
            dt.date(2016, 4, 1),
            "Tuesday",
            "2016-03-29",
            id="a-scheduled-verb-with-a-reporting-verb-does-not-look-ahead",
        ),
    ],
)
def test_tense_decides_the_direction(text, dct, span, value):
    assert found(text, dct)[span].value == value


def test_past_as_a_preposition_is_not_last():
    got = found("Mrs. Clinton looked way past November to a time of change.", JUL16)
    assert "November" in got and "past November" not in got


# -- messages with their own date; clock times beside a day -------------------------------------


@pytest.mark.parametrize(
    "text, span, value",
    [
        case(
            'In a March 2, 2015 e-mail, she wrote: "I will call you tomorrow about the trip."',
            "tomorrow",
            "2015-03-03",
            id="dated-email-quotation",
        ),
        case(
            "In a Jan. 6 tweet, he said the vote would be held on Monday.",
            "Monday",
            "2016-01-11",
            id="dated-tweet-rest-of-sentence",
        ),
        case(
            "A letter dated Feb. 4 said the talks would resume on Monday.",
            "Monday",
            "2016-02-08",
            id="letter-dated",
        ),
        case(
            "We released 100 prisoners today. pic.twitter.com/x— ONSC Press (@NSCAfghan) April 8, 2016",
            "today",
            "2016-04-08",
            id="embedded-post-signature",
        ),
        case(
            '"Today, 20 prisoners will be released," the spokesman announced via Twitter on Sunday.',
            "Today",
            "2016-11-06",
            id="quotation-dated-by-its-attribution",
        ),
        case(
            '"We will meet today," the envoy said.',
            "today",
            "2016-11-10",
            id="undated-quotation-is-the-articles-day",
        ),
    ],
)
def test_relative_dates_in_a_dated_message_count_from_it(text, span, value):
    assert found(text, NOV16)[span].value == value


@pytest.mark.parametrize(
    "text, span, value",
    [
        case(
            "Protesters marched Sunday night, and police moved in at 11:30 p.m.",
            "11:30 p.m.",
            "2016-11-06T23:30",
            id="beside-sunday-night",
        ),
        case("The plane landed at 3 p.m. on Sunday.", "3 p.m.", "2016-11-06T15:00", id="day-after"),
        case(
            "Slepian was shot on Oct. 23. He died at 10 p.m. as he stood in the kitchen.",
            "10 p.m.",
            "2016-10-23T22:00",
            id="day-of-the-sentence-before",
        ),
        case("The polls close at 8 p.m.", "8 p.m.", "2016-11-10T20:00", id="no-day-the-articles"),
    ],
)
def test_a_clock_time_takes_the_day_beside_it(text, span, value):
    assert found(text, NOV16)[span].value == value


# -- times to come or gone that the text does not date -----------------------------------------


@pytest.mark.parametrize(
    "text, span, value",
    [
        case(
            "We do not minimize the challenges of the near term.",
            "the near term",
            "FUTURE_REF",
            id="near-term",
        ),
        case(
            "The plan placates holders in the short term.",
            "the short term",
            "FUTURE_REF",
            id="short-term",
        ),
        case(
            "Financing will come at a later date.", "a later date", "FUTURE_REF", id="a-later-date"
        ),
        case(
            "He wants the boy back as soon as possible.",
            "as soon as possible",
            "FUTURE_REF",
            id="asap",
        ),
        case(
            "Losses will cut tax payments in future quarters.",
            "future quarters",
            "FUTURE_REF",
            id="future-quarters",
        ),
        case(
            "There were sell programs in past years, too.",
            "past years",
            "PAST_REF",
            id="past-years",
        ),
        case("They will live without power for a while.", "a while", "PXX", id="for-a-while"),
        case("A while ago he said so.", "A while ago", "PAST_REF", id="a-while-ago"),
    ],
)
def test_vague_times(text, span, value):
    assert found(text)[span].value == value


@pytest.mark.parametrize(
    "text",
    [
        case("The company cut its short-term debt.", id="short-term-adjective"),
        case("Once in a while he calls.", id="once-in-a-while"),
    ],
)
def test_no_vague_time(text):
    assert spans(text) == []


# -- transcripts and periods of decades -----------------------------------------------------------


@pytest.mark.parametrize(
    "text, span, value",
    [
        case(
            "One person is killed. January nineteen ninety-seven.",
            "January nineteen ninety-seven",
            "1997-01",
            id="month-spelled-year",
        ),
        case(
            "We saw it in the winter of nineteen ninety-four.",
            "the winter of nineteen ninety-four",
            "1994-WI",
            id="season-spelled-year",
        ),
        case(
            "Women's Day is this coming Sunday, March eighth.",
            "this coming Sunday, March eighth",
            "2020-03-08",
            id="day-in-words",
        ),
        case(
            "The vote is on the twenty-first of June.",
            "the twenty-first of June",
            "2020-06-21",
            id="the-nth-of-month",
        ),
        case(
            "It follows the trend of the last half of the '80s.",
            "the last half of the '80s",
            "198",
            id="half-of-a-decade",
        ),
    ],
)
def test_spelled_dates_and_parts_of_decades(text, span, value):
    assert found(text, dt.date(2020, 3, 5))[span].value == value


def test_a_month_followed_by_an_ordinal_and_a_noun_is_no_day():
    assert "March second" not in found("Sales rose in March second-quarter trading.")


@pytest.mark.parametrize(
    "text, span, value",
    [
        case(
            "Some families have kept their secrets for more than two thousand years.",
            "more than two thousand years",
            "P2000Y",
            id="two-thousand-years-is-a-length",
        ),
        case(
            "The hall was built in the year two thousand.",
            "the year two thousand",
            "2000",
            id="y2k",
        ),
    ],
)
def test_two_thousand_before_a_plural_counts(text, span, value):
    got = found(text)
    assert got[span].value == value and "two thousand" not in got


def test_two_thousand_people_is_no_year():
    assert found("About two thousand people marched.") == {}


# -- a half or a quarter of something that is no year ------------------------------------------


@pytest.mark.parametrize(
    "text, spans",
    [
        case(
            "The conventions fall in the second half of July.",
            {"July": "2016-07"},
            id="half-of-a-month-is-the-month",
        ),
        case("The first half of the game was dull.", {}, id="half-of-a-game"),
        case(
            "The South industrialized in the second half of the 20th century.",
            {"the 20th century": "19"},
            id="half-of-a-century",
        ),
        case("They scored twice in the fourth quarter of the match.", {}, id="quarter-of-a-match"),
        case(
            "Net fell in the first half of 1989.",
            {"the first half of 1989": "1989-H1"},
            id="half-of-a-year",
        ),
        case(
            "Net fell in the second half of the year.",
            {"the second half": "2015-H2", "the year": "2015"},
            id="half-of-the-year",
        ),
        case(
            "It posted a loss for the third quarter of $226.3 million.",
            {"the third quarter": "2015-Q3"},
            id="quarter-of-a-figure",
        ),
    ],
)
def test_a_half_of_something_else_is_no_half_year(text, spans):
    got = {t.text: t.value for t in tag_timexes(text, dt.date(2015, 12, 21))}
    assert got == spans


# -- a weekday or month word that is a given name ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        case(
            "She wrote about a memoir by Wednesday Martin on Upper East Side mothers.",
            id="memoir-by",
        ),
        case("The author Wednesday Martin said she was an outsider.", id="role-weekday"),
        case("It draws on a book by April Ryan about the press corps.", id="book-by-month"),
        case("The columnist April Glaspie wrote it.", id="role-month"),
        case("Wednesday Martin, a writer in Manhattan, said so.", id="opening-with-apposition"),
        case("The Sunday Times reported the deal.", id="newspaper"),
        case("June Carter sang and April Brown said it was fine.", id="month-names-alone"),
    ],
)
def test_a_weekday_or_month_that_is_a_given_name_is_no_date(text):
    assert found(text) == {}


@pytest.mark.parametrize(
    "text, span, value",
    [
        case(
            "Aides said Tuesday Clinton would campaign in Ohio.",
            "Tuesday",
            "2020-03-31",
            id="verb-weekday-subject",
        ),
        case(
            "On Tuesday Obama, the president, said no.",
            "Tuesday",
            "2020-03-31",
            id="on-a-weekday-with-apposition",
        ),
        case(
            "He said Tuesday Obama, the president, would sign it.",
            "Tuesday",
            "2020-03-31",
            id="verb-weekday-with-apposition",
        ),
        case("In his Sunday Mass he prayed for peace.", "Sunday", "2020-03-29", id="sunday-mass"),
        case("By Wednesday Congress had left town.", "Wednesday", "2020-04-01", id="by-a-weekday"),
        case(
            "Senate Votes Tuesday On Stimulus Bill",
            "Tuesday",
            "2020-04-07",
            id="title-case-headline",
        ),
        case(
            "Wednesday Morning Briefing",
            "Wednesday Morning",
            "2020-04-01TMO",
            id="weekday-and-part",
        ),
        case(
            "The deadline moved to Thursday March 5.",
            "Thursday March 5",
            "2020-03-05",
            id="weekday-before-date",
        ),
        case("In April Ryan said he would run.", "April", "2020-04", id="in-a-month-subject"),
        case(
            "At a June Trump campaign event, he spoke.",
            "June",
            "2019-06",
            id="article-before-month",
        ),
        case(
            "He will fight on to the July Democratic convention.",
            "July",
            "2020-07",
            id="the-month-event",
        ),
        case(
            "He stumbled in the disastrous February New Hampshire debate.",
            "February",
            "2020-02",
            id="adjective-month",
        ),
        case(
            "Trump's March Surge Worries Rivals", "March", "2020-03", id="possessive-month-headline"
        ),
    ],
)
def test_a_weekday_or_month_before_a_capitalised_word_stays_a_date(text, span, value):
    assert found(text)[span].value == value


# -- named days: a weekday named by the word before it is no nearest weekday -------------------


@pytest.mark.parametrize(
    "text, dct, span, value",
    [
        case(
            "Clinton won big on Super Tuesday.",
            dt.date(2016, 3, 10),
            "Super Tuesday",
            "2016-03-01",
            id="super-tuesday-after",
        ),
        case(
            "Sanders hopes to do well on Super Tuesday.",
            dt.date(2016, 2, 9),
            "Super Tuesday",
            "2016-03-01",
            id="super-tuesday-ahead",
        ),
        case(
            "The state took part in the 1988 Super Tuesday.",
            dt.date(2016, 5, 17),
            "Super Tuesday",
            "1988",
            id="super-tuesday-of-a-year",
        ),
        case(
            "Protesters marched on Black Friday.",
            dt.date(2015, 12, 4),
            "Black Friday",
            "2015-11-27",
            id="black-friday",
        ),
        case(
            "Shops cut prices for Cyber Monday.",
            dt.date(2019, 11, 20),
            "Cyber Monday",
            "2019-12-02",
            id="cyber-monday",
        ),
        case(
            "The church was bombed on Easter Sunday.",
            dt.date(2019, 4, 25),
            "Easter Sunday",
            "2019-04-21",
            id="easter-sunday",
        ),
        case(
            "Offices close on Good Friday.",
            dt.date(2020, 4, 1),
            "Good Friday",
            "2020-04-10",
            id="good-friday",
        ),
        case(
            "He attended Ash Wednesday services.",
            dt.date(2016, 2, 12),
            "Ash Wednesday",
            "2016-02-10",
            id="ash-wednesday",
        ),
        case(
            "Banks reopen after Easter Monday.",
            dt.date(2019, 4, 18),
            "Easter Monday",
            "2019-04-22",
            id="easter-monday",
        ),
        case(
            "Charities raised money on Giving Tuesday.",
            dt.date(2019, 12, 5),
            "Giving Tuesday",
            "2019-12-03",
            id="giving-tuesday",
        ),
        case(
            "Markets open again after Good Friday, 2015.",
            WED,
            "Good Friday, 2015",
            "2015-04-03",
            id="good-friday-of-a-year",
        ),
        case(
            "Polls close in the mini-Super Tuesday states.",
            dt.date(2016, 3, 15),
            "Tuesday",
            "2016-03-15",
            id="mini-super-tuesday-is-a-tuesday",
        ),
    ],
)
def test_named_days(text, dct, span, value):
    assert found(text, dct)[span].value == value


@pytest.mark.parametrize(
    "text",
    [
        case(
            "Negotiators said the Good Friday Agreement was never fully carried out.", id="treaty"
        ),
        case("Relatives of those killed on Bloody Sunday met the families again.", id="undatable"),
    ],
)
def test_a_named_day_with_no_rule_or_naming_a_thing_is_no_date(text):
    assert found(text, dt.date(2019, 10, 10)) == {}
