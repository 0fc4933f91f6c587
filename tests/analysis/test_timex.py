"""The TIMEX3 tagger: each expression family, each resolution rule, the seeds, hostile input."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import seed
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


# -- explicit dates --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, span, value",
    [
        ("The deal was signed on April 8, 2020, in Doha.", "April 8, 2020", "2020-04-08"),
        ("It happened on Feb. 29, 2016.", "Feb. 29, 2016", "2016-02-29"),
        ("The vote is set for 8 April 2021.", "8 April 2021", "2021-04-08"),
        ("Filed 2019-12-31 by the clerk.", "2019-12-31", "2019-12-31"),
        ("The attacks of Sept 11, 2001, changed that.", "Sept 11, 2001", "2001-09-11"),
        ("The letter is dated 12/25/2019.", "12/25/2019", "2019-12-25"),
        ("Prices fell in March 2009.", "March 2009", "2009-03"),
        ("Prices fell in March of 2009.", "March of 2009", "2009-03"),
        ("The editorial ran on Saturday, April 25:", "Saturday, April 25", "2020-04-25"),
        ("It was the 2001 invasion.", "2001", "2001"),
        ("Growth slowed in fiscal 1989.", "fiscal 1989", "1989"),
    ],
)
def test_explicit_dates(text, span, value):
    t = one(text)
    assert (t.text, t.value, t.type) == (span, value, "DATE")


def test_iso_timestamp():
    t = one("Updated 2020-04-08T10:30:00Z by the desk.")
    assert (t.text, t.type, t.value) == ("2020-04-08T10:30:00Z", "TIME", "2020-04-08T10:30")


def test_invalid_dates_are_skipped_not_raised():
    assert tags("It was February 30, 2020, they said.") == [] or all(
        v != "2020-02-30" for _, v in tags("It was February 30, 2020, they said.")
    )
    assert tags("Code 2020-13-45 was logged.") == []
    assert tags("The log says 0000-01-01 and 99999.") == []
    # a day the month does not have keeps no impossible value
    for _, v in tags("Talks were held on April 31."):
        assert "04-31" not in v


def test_leap_day():
    assert one("They signed it on Feb. 29.", WED).value == "2020-02-29"
    # in 2021 the nearest Feb. 29 that exists is 2020's
    assert one("They signed it on Feb. 29.", dt.date(2021, 3, 15)).value == "2020-02-29"
    assert one("It ended on February 29, 2020.").value == "2020-02-29"


# -- month and day without a year --------------------------------------------------------


def test_month_day_nearest_year():
    assert one("The talks were to begin before March 10.").value == "2020-03-10"
    # across the year boundary: a January article about December 28
    assert one("The attack took place on Dec. 28.", dt.date(2020, 1, 3)).value == "2019-12-28"
    # and a December article about a January date ahead
    assert one("The election will be held on Jan. 5.", dt.date(2019, 12, 20)).value == "2020-01-05"


def test_month_alone_follows_tense():
    assert one("The United States signed an agreement in February.").value == "2020-02"
    assert one("The funeral home changed its year in December.").value == "2019-12"
    assert one("Elections will be held in December.").value == "2020-12"
    assert one("Prices rose in April.").value == "2020-04"  # the article's own month


def test_deadlines_look_ahead():
    # "by", "until", "effective" before a date name a deadline ahead of the writer
    assert one("The bank must pay the loan by February.").value == "2021-02"
    assert (
        one("The new chairman takes office effective Feb. 1.", dt.date(1989, 10, 26)).value
        == "1990-02-01"
    )
    # ...unless the sentence looks back with a past perfect
    assert one("Until Monday, the police had not named him.").value == "2020-03-30"


def test_last_month_name():
    assert one("Helicopters crashed last February.", dt.date(1998, 3, 1)).value == "1997-02"
    assert one("The plant closed last April.", dt.date(1989, 10, 27)).value == "1989-04"


def test_month_with_relative_year():
    t = one("Troops would leave Afghanistan in July next year.")
    assert (t.text, t.value) == ("July next year", "2021-07")
    assert one("Sales dipped in June last year.").value == "2019-06"
    assert one("He left in January this year.").value == "2020-01"
    assert one("The treaty was signed last May.").value == "2019-05"


def test_may_the_modal_is_no_month():
    assert tags("Officials may extend the deadline.") == []
    assert one("The law takes effect in May.").value == "2020-05"
    assert one("The law passed in May.").value == "2019-05"  # past tense: the last May


# -- weekdays ------------------------------------------------------------------------------


def test_weekday_past_by_default():
    t = one("Taliban attacks killed 20 soldiers on Sunday.")
    assert (t.text, t.value) == ("Sunday", "2020-03-29")
    assert one("The two sides met on Tuesday.").value == "2020-03-31"


def test_weekday_future_tense():
    assert one("The envoys will meet on Thursday.").value == "2020-04-02"
    assert one("They are scheduled to meet on Monday.").value == "2020-04-06"
    assert one("The deadline runs until 9 a.m. Friday.").value == "2020-04-03T09:00"


def test_weekday_equal_to_article_day_is_the_article_day():
    assert one("Officials said on Wednesday.").value == "2020-04-01"
    assert one("The council will meet again on Wednesday.").value == "2020-04-01"


def test_weekday_modifiers():
    t = one("The envoy welcomed the swap late Sunday.")
    assert (t.text, t.value, t.mod) == ("late Sunday", "2020-03-29", "LATE")
    assert one("Last Tuesday, the Taliban walked out.").value == "2020-03-31"
    assert one("They return next Monday.").value == "2020-04-06"
    assert one("It happened Sunday night.").value == "2020-03-29TNI"
    assert one("She spoke Friday morning.").value == "2020-03-27TMO"


def test_weekday_across_year_boundary():
    # Thursday 2020-01-02: "on Monday" is 2019-12-30
    assert one("The strike began on Monday.", dt.date(2020, 1, 2)).value == "2019-12-30"


def test_weekday_sets():
    assert one("The market opens every Thursday.").value == "XXXX-WXX-4"
    assert one("The show airs on Tuesday nights.").value == "XXXX-WXX-2TNI"


# -- relative expressions -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, value",
    [
        ("A delegation was sent last month.", "2020-03"),
        ("It will be decided next month.", "2020-05"),
        ("Khalilzad said last week that talks would resume.", "2020-W13"),
        ("The envoy arrives this week.", "2020-W14"),
        ("Elections are due next year.", "2021"),
        ("Profits fell last year.", "2019"),
        ("Everyone arrived yesterday.", "2020-03-31"),
        ("The vote is tomorrow.", "2020-04-02"),
        ("Today, the prisoners will be released.", "2020-04-01"),
        ("The group was formed two years ago.", "2018"),
        ("She left three days ago.", "2020-03-29"),
        ("It opened six months ago.", "2019-10"),
        ("The team arrived last fall.", "2019-FA"),
        ("Fighting resumed this summer.", "2020-SU"),
    ],
)
def test_relative_to_article_date(text, value):
    assert one(text).value == value


def test_relative_year_boundary():
    jan = dt.date(2021, 1, 4)
    assert one("The talks collapsed last month.", jan).value == "2020-12"
    assert one("The talks collapsed last week.", jan).value == "2020-W53"
    assert one("The budget is due next month.", dt.date(2020, 12, 15)).value == "2021-01"


def test_refs():
    assert one("Both sides are now waiting.").value == "PRESENT_REF"
    assert one("The group recently changed course.").value == "PAST_REF"
    assert one("Peace may come in the future.").value == "FUTURE_REF"
    assert one("More talks are expected in the coming days.").value == "FUTURE_REF"


def test_modifiers_early_mid_late():
    t = one("Withdrawal began in early March.")
    assert (t.text, t.value, t.mod) == ("early March", "2020-03", "EARLY")
    t = one("The deal was signed in late February.")
    assert (t.text, t.value, t.mod) == ("late February", "2020-02", "LATE")
    t = one("Growth returned by mid-2019.")
    assert (t.text, t.value, t.mod) == ("mid-2019", "2019", "MID")
    t = one("It runs until the end of 1990.")
    assert (t.text, t.value, t.mod) == ("the end of 1990", "1990", "LATE")


# -- durations and sets ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, span, value",
    [
        ("A meeting in the next two days.", "the next two days", "P2D"),
        ("Troops leave within 14 months.", "14 months", "P14M"),
        ("The over two-hour discussion was serious.", "over two-hour", "PT2H"),
        ("It lasted 2 1/2 years.", "2 1/2 years", "P2Y6M"),
        ("It lasted about five and a half hours.", "about five and a half hours", "PT5H30M"),
        ("He spent several months there.", "several months", "PXM"),
        ("For the past three months prices rose.", "the past three months", "P3M"),
        ("In the last twenty four hours stocks fell.", "the last twenty four hours", "PT24H"),
        ("It took more than four hours.", "more than four hours", "PT4H"),
        ("A two-week break followed.", "two-week", "P2W"),
    ],
)
def test_durations(text, span, value):
    t = one(text)
    assert (t.text, t.value, t.type) == (span, value, "DURATION")


def test_duration_mods():
    assert one("It took more than four hours.").mod == "MORE_THAN"
    assert one("They waited nearly two years.").mod == "EQUAL_OR_LESS"
    assert one("They talked for about a week.").mod == "APPROX"


def test_names_that_look_like_dates():
    assert tags("June Carter sang and April Brown said it was fine.") == []
    assert tags("The story ran in The Sun. Nobody denied it.") == []
    assert one("In June Congress passed the bill.").value == "2019-06"
    assert one("The vote is on Tue., March 3.").text == "Tue., March 3"


def test_season_words_that_are_not_seasons():
    assert tags("The fall in oil prices hurt the economy.") == []
    assert tags("He predicted the fall of the government.") == []


def test_ages_and_ordinals_are_not_durations():
    assert tags("A 47-year-old man was hurt.") == []
    assert tags("They held a second round of talks.") == []


def test_sets():
    assert one("Fighters are released daily.").value == "P1D"
    assert one("The council meets twice a year.").type == "SET"
    assert one("They meet every week.").value == "P1W"


# -- times of day ----------------------------------------------------------------------------


def test_clock_times():
    t = one("The bomb went off at 10:35 a.m.")
    assert (t.type, t.value) == ("TIME", "2020-04-01T10:35")
    assert one("The deadline will expire at noon Thursday.").value == "2020-04-02T12:00"
    assert one("They spoke this morning.").value == "2020-04-01TMO"
    assert one("Sirens sounded last night.").value == "2020-03-31TNI"


# -- quarters, decades, holidays ---------------------------------------------------------------


def test_business_quarters():
    oct_ = dt.date(1989, 10, 30)
    assert one("Net income rose in the third quarter.", oct_).value == "1989-Q3"
    assert one("Sales in the quarter rose.", oct_).value == "1989-Q3"
    # "a year earlier" compares with the quarter just named
    found = tags("Profit rose in the third quarter from $5 million a year earlier.", oct_)
    assert ("a year earlier", "1988-Q3") in found
    assert one("The first half of 1989 was weak.", oct_).value == "1989-H1"


def test_decades_and_holidays():
    assert one("Prices soared in the 1990s.").value == "199"
    assert one("He grew up in the late 1970s.").mod == "LATE"
    assert one("The shops closed on Christmas Day.").value == "2019-12-25"


@pytest.mark.parametrize(
    "text, span, value",
    [
        ("Inflation was high in the nineties.", "the nineties", "199"),
        ("It was built in the 19th century.", "the 19th century", "18"),
        ("That was in nineteen ninety-six.", "nineteen ninety-six", "1996"),
        ("Protests grew over the weekend.", "the weekend", "2020-W13-WE"),
        ("A day-long strike closed the port.", "day-long", "P1D"),
        ("Voters will go to the polls on Election Day.", "Election Day", "2020-11-03"),
        ("Voters went to the polls on Election Day.", "Election Day", "2019-11-05"),
        ("Debt should fall by year-end.", "year-end", "2020-12-31"),
        ("The army fought in the summer of 1994.", "the summer of 1994", "1994-SU"),
        ("The offensive began in the summer.", "the summer", "2019-SU"),
        ("He would retire in the fall.", "the fall", "2020-FA"),
    ],
)
def test_other_families(text, span, value):
    t = one(text)
    assert (t.text, t.value) == (span, value)


# -- no article date ----------------------------------------------------------------------------


def test_without_a_date_relative_values_stay_unknown():
    found = dict(
        tags("They met on Sunday, a deal was signed last month and talks resume next year.", None)
    )
    assert found["Sunday"] == "XXXX-WXX-7"
    assert found["last month"] == "XXXX-XX"
    assert found["next year"] == "XXXX"
    found = dict(tags("The deal of April 8, 2020, set a deadline of March 10.", None))
    assert found["April 8, 2020"] == "2020-04-08"
    assert found["March 10"] == "XXXX-03-10"


def test_extreme_article_dates_do_not_raise():
    for d in (dt.date(1, 1, 1), dt.date(9999, 12, 31)):
        for t in tag_timexes(
            "Last year, on Sunday, next week, in December, last month, a year ago, in the third quarter.",
            d,
        ):
            assert t.value


# -- the seeds ---------------------------------------------------------------------------------


def _seed_values(prefix, dct):
    from tui.read import read_article

    a = read_article(seed(prefix))
    return a.body, tag_timexes(a.body, dct)


def test_seed_000():
    body, found = _seed_values("000", dt.date(2020, 4, 1))
    got = [(t.text, t.value) for t in found]
    assert ("Sunday", "2020-03-29") in got
    assert ("July next year", "2021-07") in got
    assert ("March 10", "2020-03-10") in got
    assert ("February", "2020-02") in got
    assert ("Tuesday", "2020-03-31") in got
    for t in found:
        assert body[t.start : t.end] == t.text
        assert not t.text.lower().startswith(("on ", "in "))


def test_seed_001():
    _, found = _seed_values("001", dt.date(2020, 4, 13))
    by_text = {}
    for t in found:
        by_text.setdefault(t.text, t)
    assert (by_text["late Sunday"].value, by_text["late Sunday"].mod) == ("2020-04-12", "LATE")
    assert by_text["March 11"].value == "2020-03-11"
    assert by_text["April 8, 2020"].value == "2020-04-08"
    assert by_text["Last Tuesday"].value == "2020-04-07"
    assert by_text["early March"].mod == "EARLY"
    # the quoted tweet the spokesman posted on Sunday, and the embedded post of April 8
    todays = {t.text: t.value for t in found if t.text.lower() == "today"}
    assert todays == {"Today": "2020-04-12", "today": "2020-04-08"}


def test_seed_003():
    _, found = _seed_values("003", dt.date(2020, 3, 23))
    got = [(t.text, t.value) for t in found]
    assert ("last month", "2020-02") in got
    assert ("Sunday", "2020-03-22") in got
    assert ("14 months", "P14M") in got
    assert ("March 10", "2020-03-10") in got


# -- hostile input --------------------------------------------------------------------------------

_dates = st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))
_timey = st.sampled_from(
    [
        "Sunday",
        "last month",
        "Feb. 29",
        "March 10",
        " 2020",
        "next year",
        "early",
        "late",
        "the next two days",
        "a year ago",
        "3:30 p.m.",
        "12/31/99",
        "9999-12-31",
        "0000-00-00",
        "February 30",
        "in May",
        "every Monday",
        "the third quarter",
        "1990s",
        "Christmas",
        ",",
        ".",
        "\n\n",
        "“",
        " ",
        "year-earlier",
        "twenty four hours",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300), st.one_of(st.none(), _dates))
def test_never_raises_on_arbitrary_text(text, dct):
    for t in tag_timexes(text, dct):
        assert 0 <= t.start < t.end <= len(text)
        assert text[t.start : t.end] == t.text
        assert t.type in ("DATE", "TIME", "DURATION", "SET")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(_timey, st.text(max_size=8)), max_size=30), st.one_of(st.none(), _dates))
def test_never_raises_on_date_like_text(parts, dct):
    text = " ".join(parts)
    found = tag_timexes(text, dct)
    last_end = 0
    for t in found:
        assert last_end <= t.start < t.end <= len(text)
        assert text[t.start : t.end] == t.text
        last_end = t.end


def test_tagging_a_text_again_against_another_date_reuses_its_matches_and_gives_fresh_values(
    monkeypatch,
):
    """An undated article is tagged to find its date, then again against the date found:
    the rules' matches depend on the text alone, are found once and passed to both; what
    they resolve to is computed again."""
    from tui.analysis.timex import tagger

    text = (
        "The talks resumed on Sunday, two days after the deal of Feb. 29. They will end next week."
    )
    windows = []
    real = tagger._trigger_windows
    monkeypatch.setattr(tagger, "_trigger_windows", lambda t: windows.append(t) or real(t))
    matches = tagger.find_matches(text)
    first = tag_timexes(text, dt.date(2020, 3, 2), matches=matches)
    second = tag_timexes(text, dt.date(2021, 6, 9), matches=matches)
    assert len(windows) == 1
    other = text[:-1] + text[-1]
    assert other == text and other is not text
    fresh = tag_timexes(other, dt.date(2021, 6, 9))  # no matches given: the text is searched
    assert len(windows) == 2
    assert [(t.start, t.end, t.value) for t in second] == [(t.start, t.end, t.value) for t in fresh]
    assert [t.value for t in first] != [t.value for t in second]
    assert {t.value for t in second} >= {"2021-06-06", "2021-W24"}
