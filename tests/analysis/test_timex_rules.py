"""The tagger's rules about news language added after the first error analysis on TimeML news.

Each test is a short sentence of the shape the rule handles; ``WED`` is the article date.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.analysis.timex import tag_timexes

WED = dt.date(2020, 4, 1)  # a Wednesday


def tags(text, dct=WED):
    return [(t.text, t.value) for t in tag_timexes(text, dct)]


def one(text, dct=WED):
    found = tag_timexes(text, dct)
    assert len(found) == 1, found
    t = found[0]
    assert text[t.start : t.end] == t.text
    return t


# -- tense: prospective verbs look ahead -------------------------------------------------


def test_infinitive_after_a_prospective_verb_looks_ahead():
    # the buying lies after the agreeing: the coming January, not the last one
    assert (
        one(
            "The bank announced an agreement to acquire the company in January.",
            dt.date(1989, 11, 2),
        ).value
        == "1990-01"
    )
    assert one("The team planned to leave Nairobi on Thursday.").value == "2020-04-02"
    assert (
        one(
            "NATO has decided to admit the three countries in early March.", dt.date(1999, 2, 10)
        ).value
        == "1999-03"
    )


def test_planned_with_an_object_looks_ahead_but_not_as_an_adjective():
    assert one("Protesters planned a large demonstration on Saturday.").value == "2020-04-04"
    assert (
        one("The accession was planned for early March.", dt.date(1999, 2, 10)).value == "1999-03"
    )
    # "as previously planned" and "the hastily planned trip" report what happened
    assert one("The offensive began as previously planned Saturday night.").value == "2020-03-28TNI"
    assert one("On Friday, she set aside plans for the hastily planned trip.").value == "2020-03-27"


def test_a_plan_dated_before_its_verb_is_the_day_of_planning():
    # the weekday fronted before "planned to" dates the planning, which is past
    assert one("On Friday, the government planned to pay the first claims.").value == "2020-03-27"


def test_pluperfect_keeps_a_schedule_in_the_past():
    assert one("The offer had been scheduled to expire on Friday.").value == "2020-03-27"


def test_irregular_past_verbs_count_as_past():
    assert (
        one(
            "Since KKR bought RJR in February, it has agreed to sell units.", dt.date(1989, 10, 30)
        ).value
        == "1989-02"
    )


# -- reference time: anaphoric expressions count from the date the story last named -------------


def test_the_following_year_counts_from_the_year_named_before():
    assert tags(
        "On May 22, 1995, he was made a general, and the following year he was appointed attache."
    ) == [
        ("May 22, 1995", "1995-05-22"),
        ("the following year", "1996"),
    ]


def test_later_that_year_and_earlier_that_day():
    assert tags("He fled to Florida in June 1998 and returned to Cuba later that year.")[-1] == (
        "later that year",
        "1998",
    )
    assert tags("He was killed on Oct. 23, 1998. Earlier that day, the family sent a fax.")[-1] == (
        "Earlier that day",
        "1998-10-23",
    )


def test_the_next_day_walks_on_from_a_weekday():
    got = tag_timexes(
        "He was arrested on Tuesday. The next morning he was released, and the following day he left.",
        WED,
    )
    assert [(t.text, t.type, t.value) for t in got] == [
        ("Tuesday", "DATE", "2020-03-31"),
        ("The next morning", "TIME", "2020-04-01TMO"),
        ("the following day", "DATE", "2020-04-02"),
    ]


def test_the_previous_weekday_is_before_the_named_day():
    assert tags("The index closed lower on Friday, down 4.5% from the previous Friday.")[-1] == (
        "the previous Friday",
        "2020-03-20",
    )


def test_the_following_month_and_that_quarter():
    assert tags(
        "In March 1989 the board met. The following month, the company put itself up for sale.",
        dt.date(1989, 10, 27),
    )[-1] == ("The following month", "1989-04")
    assert tags(
        "Profit fell in the second quarter of 1988. Results for that quarter included a charge.",
        dt.date(1989, 10, 27),
    )[-1] == ("that quarter", "1988-Q2")


def test_a_week_earlier_counts_from_the_named_date():
    # TimeML marks the length; the timeline places it a week before the date named
    t = tag_timexes("Talks collapsed on March 10. A week earlier, the sides had met.", WED)[-1]
    assert (t.text, t.type, t.value, t.position) == (
        "A week earlier",
        "DURATION",
        "P1W",
        "2020-W10",
    )


def test_with_no_date_before_the_article_date_is_the_reference():
    assert one("The next day, they met.").value == "2020-04-02"


def test_a_bare_that_day_with_nothing_to_refer_to_is_generic():
    assert tags("You get a news item and you have strong redemptions that day.") == []
    assert tags("He said that day-care costs rose.") == []


def test_three_days_later_is_a_duration_with_its_signal_outside():
    # TimeML: "later" is the signal, the TIMEX3 is the duration
    t = one("The bombing was on Aug. 7. Three days later, the FBI arrived.".split(". ", 1)[1])
    assert (t.text, t.type, t.value) == ("Three days", "DURATION", "P3D")


_WORDS = st.sampled_from(
    "the next following previous that same day year month quarter week later earlier Friday on May 22, 1995 "
    "morning . , in 1998 a two days ago three latest period quarter third-quarter year-ago 1988 the "
    "corresponding last year's a year earlier".split()
)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(_WORDS, max_size=30),
    st.one_of(st.none(), st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31))),
)
def test_anaphoric_placeholders_never_leak(words, dct):
    text = " ".join(words)
    for t in tag_timexes(text, dct):
        assert not t.value.startswith("\x00"), t
        assert 0 <= t.start < t.end <= len(text)


# -- precision: names, titles and generic uses -------------------------------------------------


def test_titles_of_shows_films_and_papers_are_no_times():
    assert tags('Baker, speaking on ABC News\' "This Week," said so.') == []
    assert tags('Gonzalez said on CBS\'s "60 Minutes."') == []
    assert tags('The poster showed Gary Cooper from the film "High Noon."') == []
    assert tags("He told USA Today on Monday.") == [("Monday", "2020-03-30")]


def test_headlines_in_title_case_keep_their_times():
    assert tags("Talks Set To Resume Next Week In Geneva") == [("Next Week", "2020-W15")]


def test_a_march_is_no_month():
    assert tags("Agents scanned the crowd at the annual March for Life on Capitol Hill.") == []
    assert tags("He led the March of the Combatant Mothers.") == []
    assert tags("The vote is in March for the first time.") == [("March", "2020-03")]


def test_one_day_after_a_modal_is_the_future():
    t = one("Islam will one day be the second largest religion in the country.")
    assert (t.text, t.type, t.value) == ("one day", "DATE", "FUTURE_REF")
    assert one("The strike lasted one day.").value == "P1D"


def test_a_day_of_mourning_is_an_occasion_not_a_length():
    assert tags("The president declared a day of mourning.") == []
    assert tags("After a day of talks, they left.") == [("a day", "P1D")]


# -- business news: the quarter the article reports on ---------------------------------------------

THU89 = dt.date(1989, 10, 26)


def test_year_ago_goes_to_the_reported_quarter_not_an_outlook():
    text = (
        "Third-quarter profit fell 20%. The company expects the slump to last through the third quarter "
        "of 1990. In the year-ago period, it earned $101 million."
    )
    assert tags(text, THU89)[-1] == ("the year-ago period", "1988-Q3")


def test_year_ago_far_from_the_quarter_uses_the_leads_quarter():
    filler = "Analysts said costs rose on higher prices for steel and other materials. " * 8
    text = (
        "Third-quarter net rose 5%. Sales were flat in the second quarter. "
        + filler
        + "Tax rates were lower than a year ago."
    )
    assert tags(text, THU89)[-1] == ("a year ago", "1988-Q3")


def test_the_latest_period_and_the_year_period():
    text = "Fiscal second-quarter net fell. The latest period includes gains. In the 1988 period, it lost money."
    assert tags(text, THU89)[1:] == [
        ("The latest period", "1989-Q2"),
        ("the 1988 period", "1988-Q2"),
    ]


def test_the_corresponding_period_last_year():
    text = "Third-quarter net was $2 million, against $1.8 million for the corresponding period last year."
    assert tags(text, THU89)[-1] == ("the corresponding period last year", "1988-Q3")
    assert tags(
        "Third-quarter sales rose. U.K. sales for last year's quarter were $3 million.", THU89
    )[-1] == (
        "last year's quarter",
        "1988-Q3",
    )


def test_the_first_two_quarters_of_a_year_are_its_first_half():
    assert tags(
        "The trend will continue through at least the first two quarters of 1990.", THU89
    ) == [("first two quarters of 1990", "1990-H1")]


def test_a_year_ago_without_quarters_stays_a_year():
    assert one("He was arrested a year ago.", THU89).value == "1988"


# -- the year, clock times with their day, centuries, seasons --------------------------------------


def test_the_year_ended_is_a_twelve_month_period():
    got = tag_timexes("Revenue was $76 million for the year ended March 31.", THU89)
    assert [(t.text, t.type, t.value) for t in got][0] == ("the year", "DURATION", "P1Y")


def test_the_year_otherwise_is_the_articles_year():
    assert tags("The stock rose to a high for the year of $42 in June.", THU89)[0] == (
        "the year",
        "1989",
    )
    assert tags("Sales for the full year were $6.6 billion.", THU89) == [("the full year", "1989")]
    assert tags("Use of the herbicide was delayed earlier in the year by rain.", THU89) == [
        ("earlier in the year", "1989")
    ]
    assert tags("Profit doubled from the year before.", THU89) == []


def test_a_clock_time_takes_the_date_written_after_it():
    t = one("The offer was extended until 5 p.m. EST Nov. 9.", dt.date(1989, 11, 2))
    assert (t.text, t.type, t.value) == ("5 p.m. EST Nov. 9", "TIME", "1989-11-09T17:00")


def test_a_clock_time_takes_a_weekday_across_a_parenthesis_but_not_its_span():
    got = tag_timexes(
        "The blast occurred at about 10:35 a.m. (0735 GMT) Friday, toppling a building.",
        dt.date(1998, 8, 8),
    )
    assert [(t.text, t.value) for t in got] == [
        ("about 10:35 a.m.", "1998-08-07T10:35"),
        ("Friday", "1998-08-07"),
    ]
    assert tags("At 3 p.m. (local) the vote began.") == [("3 p.m.", "2020-04-01T15:00")]


def test_hours_in_the_morning_or_afternoon():
    assert tags("He will leave at 4 in the morning.") == [("4 in the morning", "2020-04-01T04:00")]
    assert tags("They met at three in the afternoon.") == [
        ("three in the afternoon", "2020-04-01T15:00")
    ]


def test_centuries_as_adjectives_without_the():
    assert tags("She is a 20th century democrat near an 11th century temple.") == [
        ("20th century", "19"),
        ("11th century", "10"),
    ]


def test_the_early_summer_is_a_season_anywhere():
    t = one("Orders rose from the low levels of the early summer.", THU89)
    assert (t.text, t.value, t.mod) == ("the early summer", "1989-SU", "EARLY")
    assert tags("The fall in prices hurt.") == []


def test_year_ago_after_a_nine_month_period_stays_a_year():
    text = "Third-quarter net rose. Net for the latest nine months fell, compared with 40% a year earlier."
    assert tags(text, THU89)[-1] == ("a year earlier", "1988")


# -- bare plurals and the week of a date -----------------------------------------------------------


def test_bare_plural_units_after_a_preposition_are_vague_durations():
    assert tags("For weeks the government has held rallies.") == [("weeks", "PXW")]
    assert tags("It was the first rise in years.") == [("years", "PXY")]
    assert tags("Troops will arrive within days.") == [("days", "PXD")]
    # before or after an event, the plural alone (TimeML)
    assert tags("The killer hid the rifle in the days before the shooting.") == [("days", "PXD")]


def test_the_week_of_a_date_is_its_iso_week():
    assert tags(
        "The case may be resolved in a hearing the week of March 6.", dt.date(2000, 2, 24)
    ) == [("the week of March 6", "2000-W10")]


# -- coordinated days, possessive weekdays, idioms, frequencies -----------------------------------


def test_a_bare_second_day_after_a_date_is_a_date_of_that_month():
    assert tags("The summit will be held on April 24 and 25.") == [
        ("April 24", "2020-04-24"),
        ("25", "2020-04-25"),
    ]
    assert tags("Talks ran March 3-4 in Geneva.") == [
        ("March 3", "2020-03-03"),
        ("4", "2020-03-04"),
    ]
    # a count after the date is no day
    assert tags("On May 5 or 6 people died.") == [("May 5", "2020-05-05")]
    assert tags("On March 3 and 4 percent rose.") == [("March 3", "2020-03-03")]


def test_a_possessive_weekday_names_a_reported_event():
    # "would" is the future of the past: Wednesday's ruling has already been made
    got = tags(
        "The relatives said they would look for ways to get around Wednesday's ruling.",
        dt.date(2000, 1, 7),
    )
    assert got == [("Wednesday", "2000-01-05")]


def test_high_noon_is_an_idiom():
    assert tags("For the people of Poland, high noon comes today.") == [("today", "2020-04-01")]


def test_a_unit_after_a_quantity_is_a_rate_and_after_twice_a_frequency():
    # "24 hours a day" is a measure (like "$5 million a year"), "twice a day" how often
    got = tag_timexes("Guards stand outside 24 hours a day and check twice a day.", WED)
    assert [(t.text, t.type, t.value) for t in got] == [
        ("24 hours", "DURATION", "PT24H"),
        ("a day", "SET", "P1D"),
    ]
    assert got[1].start > 30


def test_ranges_of_units_are_at_least_the_lower_bound():
    t = one("The company will resume shipments within two to three weeks.")
    assert (t.text, t.value, t.mod) == ("two to three weeks", "P2W", "EQUAL_OR_MORE")
    t = one("Acquisitions will be made during the next 12 to 18 months.")
    assert (t.text, t.value, t.mod) == ("the next 12 to 18 months", "P12M", "EQUAL_OR_MORE")


def test_mid_afternoon_and_late_afternoon_with_a_day():
    got = tag_timexes("In London at mid-afternoon yesterday, shares were up.", THU89)
    assert [(t.text, t.type, t.value, t.mod) for t in got] == [
        ("mid-afternoon yesterday", "TIME", "1989-10-25TAF", "MID")
    ]
    assert tags("By mid afternoon, the operation was over.") == [("mid afternoon", "2020-04-01TAF")]
    assert tags("They met late afternoon Friday.") == [("late afternoon Friday", "2020-03-27TAF")]


# -- year ends, the latest fiscal year, vague stretches --------------------------------------------


def test_year_end_forms():
    # TimeML: "by year end", "by year's end" are the late part of the year
    assert [
        (t.text, t.value, t.mod)
        for t in tag_timexes("Rules should be in place by year's end.", THU89)
    ] == [("year's end", "1989", "LATE")]
    assert [(t.text, t.value, t.mod) for t in tag_timexes("It plans cuts by year end.", THU89)] == [
        ("year end", "1989", "LATE")
    ]
    # the hyphenated noun is the day; "since year-end" looks back to the last one
    assert tags("The deal closes at year-end.", THU89) == [("year-end", "1989-12-31")]
    assert tags("The percentage change is since year-end.", THU89) == [("year-end", "1988-12-31")]


def test_the_latest_fiscal_year_is_the_last_completed_one():
    assert tags("Sales in the latest fiscal year rose 5%.", THU89) == [
        ("the latest fiscal year", "1988")
    ]


def test_vague_stretches_ahead_and_over_the_years():
    assert tags("Funds must pay departing investors in the weeks ahead.") == [
        ("the weeks ahead", "PXW")
    ]
    assert tags("Over the years many patients died.") == [("the years", "PXY")]
    t = one("Over the next couple of years sales will double.")
    assert (t.text, t.value, t.mod) == ("the next couple of years", "P2Y", "APPROX")


def test_a_year_after_a_determiner_before_a_plural_noun_is_still_a_year():
    assert tags("Leaders who led the 1992 protests have moved.") == [("1992", "1992")]
    assert tags("Send 1500 troops.") == []


def test_post_and_pre_prefixed_years():
    assert tags("The post-1959 politics split families.") == [("post-1959", "1959")]


def test_the_start_middle_and_end_of_the_year_or_month():
    got = tag_timexes(
        "Prices have doubled since the start of the year, and will peak in the middle of this month.",
        WED,
    )
    assert [(t.text, t.value, t.mod) for t in got] == [
        ("the start of the year", "2020", "EARLY"),
        ("the middle of this month", "2020-04", "MID"),
    ]
