"""TIMEX3 values in words: no code reaches the screen or the reports."""

from __future__ import annotations

import datetime as _dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.analysis.timex.human import human_date, human_timex


@pytest.mark.parametrize(
    "value, mod, type_, words",
    [
        ("PRESENT_REF", None, "DATE", "now"),
        ("PAST_REF", None, "DATE", "the past"),
        ("FUTURE_REF", None, "DATE", "the future"),
        ("2016-SU", None, "DATE", "summer 2016"),
        ("2016-FA", None, "DATE", "autumn 2016"),
        ("2016-W43-WE", None, "DATE", "weekend of 29-30 Oct 2016"),
        ("2016-W52-WE", None, "DATE", "weekend of 31 Dec 2016-1 Jan 2017"),
        ("2016-10-31TEV", None, "TIME", "31 Oct 2016, evening"),
        ("2016-10-31T14:30", None, "TIME", "31 Oct 2016, 14:30"),
        ("T09:00", None, "TIME", "09:00"),
        ("PT2H", None, "DURATION", "2 hours"),
        ("PT30M", None, "DURATION", "30 minutes"),
        ("P1Y6M", None, "DURATION", "1 year 6 months"),
        ("P2DT3H", None, "DURATION", "2 days 3 hours"),
        ("PXY", None, "DURATION", "years"),
        ("PXDE", None, "DURATION", "decades"),
        ("P1.5H", None, "DURATION", "1.5 half-years"),
        ("2016-W43", None, "DATE", "week of 24 Oct 2016"),
        ("2016-W43-1", None, "DATE", "Mon 24 Oct 2016"),
        ("2016", None, "DATE", "2016"),
        ("2016-10", None, "DATE", "October 2016"),
        ("2016-10-31", None, "DATE", "31 Oct 2016"),
        ("XXXX-10-31", None, "DATE", "31 Oct (year not given)"),
        ("XXXX-10", None, "DATE", "October"),
        ("1998-10-XX", None, "DATE", "a day in October 1998"),
        ("XXXX-XX-XX", None, "DATE", "a day"),
        ("XXXX-XX-XXT06:00", None, "TIME", "a day, 06:00"),
        ("1998-XX-XX", None, "DATE", "a day in 1998"),
        ("1998-10-XXTNI", None, "TIME", "a day in October 1998, night"),
        ("2016-Q3", None, "DATE", "the third quarter of 2016"),
        ("2016-H1", None, "DATE", "the first half of 2016"),
        ("XXXX-HX", None, "DATE", "a half of a year"),
        ("201", None, "DATE", "the 2010s"),
        ("199", "LATE", "DATE", "the late 1990s"),
        ("20", None, "DATE", "the 21st century"),
        ("XX", None, "DATE", "a century"),
        ("2016-10", "EARLY", "DATE", "early October 2016"),
        ("2016", "MID", "DATE", "mid-2016"),
        ("P2D", "APPROX", "DURATION", "about 2 days"),
        ("P1W", None, "SET", "every week"),
        ("P2W", None, "SET", "every 2 weeks"),
        ("XXXX-WXX-1", None, "SET", "every Monday"),
        ("XXXX-WXX-5", None, "DATE", "a Friday"),
    ],
    ids=lambda v: str(v),
)
def test_values_in_words(value, mod, type_, words):
    assert human_timex(value, mod, type_) == words


@pytest.mark.parametrize("value", ["garbage", "2016-13", "2016-02-30", "P", "", "PT"])
def test_ill_formed_values_come_back_as_they_are(value):
    assert human_timex(value) == value


def test_article_dates():
    assert human_date(_dt.date(2020, 3, 23)) == "23 Mar 2020"
    assert human_date(None) == "undated"


# ---- every well-formed value reads as words
_year = st.one_of(st.integers(1000, 2999).map(str), st.just("XXXX"))
_month = st.integers(1, 12).map(lambda m: f"{m:02d}")
_day = st.integers(1, 28).map(lambda d: f"{d:02d}")
_part = st.sampled_from(["MO", "MI", "AF", "EV", "NI", "DT"])
_clock = st.tuples(st.integers(0, 23), st.integers(0, 59)).map(lambda t: f"{t[0]:02d}:{t[1]:02d}")
_dates = st.one_of(
    _year,
    st.builds(lambda y, m: f"{y}-{m}", _year, _month),
    st.builds(lambda y, m, d: f"{y}-{m}-{d}", _year, _month, _day),
    st.builds(lambda y, w: f"{y}-W{w:02d}", st.integers(1000, 2999), st.integers(1, 52)),
    st.builds(
        lambda y, w, d: f"{y}-W{w:02d}-{d}",
        st.integers(1000, 2999),
        st.integers(1, 52),
        st.sampled_from(["1", "2", "3", "4", "5", "6", "7", "WE"]),
    ),
    st.builds(
        lambda y, p: f"{y}-{p}",
        _year,
        st.sampled_from(["SP", "SU", "FA", "AU", "WI", "Q1", "Q2", "Q3", "Q4", "H1", "H2"]),
    ),
    st.integers(100, 299).map(str),  # decades
    st.integers(10, 29).map(str),  # centuries
    st.sampled_from(["PRESENT_REF", "PAST_REF", "FUTURE_REF", "XXXX-WXX-1", "XXXX-WXX"]),
)
_values = st.one_of(
    _dates,
    st.builds(
        lambda y, m, d, t: f"{y}-{m}-{d}T{t}",
        st.integers(1000, 2999),
        _month,
        _day,
        st.one_of(_part, _clock),
    ),
    st.builds(
        lambda parts, time: "P" + parts + (("T" + time) if time else ""),
        st.lists(
            st.tuples(
                st.one_of(st.integers(1, 999).map(str), st.just("X")),
                st.sampled_from(["Y", "M", "W", "D", "DE", "CE", "Q"]),
            ),
            min_size=1,
            max_size=3,
        ).map(lambda ps: "".join(n + u for n, u in ps)),
        st.one_of(
            st.just(""),
            st.tuples(st.integers(1, 99), st.sampled_from("HMS")).map(lambda t: f"{t[0]}{t[1]}"),
        ),
    ),
)
_CODE = re.compile(r"\d{4}-\d|W\d\d|\bP\d|\bPT|_REF|\bT[A-Z]{2}\b|XX|-(?:SU|SP|FA|WI|Q\d|H\d)\b")


@settings(max_examples=500, deadline=None)
@given(
    _values,
    st.one_of(st.none(), st.sampled_from(["EARLY", "MID", "LATE", "APPROX", "BEFORE"])),
    st.sampled_from(["DATE", "TIME", "DURATION", "SET"]),
)
def test_a_well_formed_value_never_reads_as_a_code(value, mod, type_):
    words = human_timex(value, mod, type_)
    assert words and words != value or value.isdigit() and len(value) == 4
    assert not _CODE.search(words), (value, words)


@given(st.text(max_size=40), st.one_of(st.none(), st.text(max_size=10)), st.text(max_size=10))
def test_never_raises(value, mod, type_):
    assert isinstance(human_timex(value, mod, type_), str)
