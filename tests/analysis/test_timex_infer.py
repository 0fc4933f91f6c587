"""Dating undated articles from their own expressions (infer_published)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import seed
from tui.analysis.timex import infer_published


def test_dateline_with_year():
    hints = {"dateline": {"month": 4, "day": 12, "year": 2020, "agency": "UPI"}}
    assert infer_published("April 12 (UPI) -- The Taliban said...", hints) == dt.date(2020, 4, 12)


def test_dateline_year_from_explicit_dates():
    text = "The group released prisoners, a statement dated April 8, 2020, said."
    hints = {"dateline": {"month": 4, "day": 12}}
    assert infer_published(text, hints) == dt.date(2020, 4, 12)


def test_dateline_year_rolls_over_the_new_year():
    text = "The decree of Dec. 28, 2019, was followed by new talks."
    assert infer_published(text, {"dateline": {"month": 1, "day": 3}}) == dt.date(2020, 1, 3)


def test_dateline_without_any_year_is_too_weak():
    assert (
        infer_published("The Taliban said on Sunday.", {"dateline": {"month": 4, "day": 12}})
        is None
    )


def test_weekdays_pin_the_day_after_explicit_dates():
    # a full date reported as past, then "on Sunday" and "on Monday": the Monday at least a
    # week after March 10 (a date within a week would have been named by its weekday)
    text = (
        "The agreement of March 10, 2020, stalled. The sides met on Sunday by video. "
        "A spokesman said on Monday that the talks went well."
    )
    assert infer_published(text, {}) == dt.date(2020, 3, 23)


def test_weekday_references_must_agree():
    # a lone weekday says which day of the week, not which week: too weak without a date
    assert infer_published("Officials said on Monday that talks resumed.", {}) is None


def test_today_next_to_a_date_fixes_the_day():
    text = "Today, April 8, 2020, the council released 100 prisoners."
    assert infer_published(text, {}) == dt.date(2020, 4, 8)
    assert infer_published(
        "The talks ended yesterday, April 7, 2020, without a deal.", {}
    ) == dt.date(2020, 4, 8)


def test_relations_that_disagree_give_no_date():
    text = "Today, April 8, 2020, the council met. Today, April 9, 2020, it met again."
    assert infer_published(text, {}) is None


def test_last_month_with_a_date_fixes_the_month():
    # "last month, on Feb. 10" puts the article in March; the weekday references pick the day
    text = (
        "The deal was signed last month, on Feb. 10, 2020. Fighting resumed on Sunday, "
        "and the envoy said on Monday the talks would go on."
    )
    got = infer_published(text, {})
    assert got == dt.date(2020, 3, 2)
    text2 = text.replace("Feb. 10", "Jan. 10")  # now the article must be in February
    assert infer_published(text2, {}) == dt.date(2020, 2, 3)


def test_year_less_dates_far_apart_do_not_agree():
    text = "The deal was signed on Feb. 29. The deadline passed on Oct. 10. Talks began on Sunday."
    assert infer_published(text, {"reference": dt.date(2021, 6, 1)}) is None


def test_no_dates_at_all():
    assert infer_published("Nothing here mentions any time at all.", {}) is None
    assert infer_published("", {}) is None


def test_month_days_need_a_year_source():
    text = "The deal was signed on Feb. 29. Talks began on Sunday."
    assert infer_published(text, {}) is None
    # a reference from the corpus picks the year in which Feb. 29 exists
    got = infer_published(text, {"reference": dt.date(2021, 2, 1)})
    assert got is not None and got.year == 2020 and got.weekday() == 6


def test_future_dates_do_not_bound_from_below():
    text = "The vote of Jan. 5, 2020, was disputed. Officials said on Tuesday the runoff will be held on May 5, 2020."
    got = infer_published(text, {})
    assert got is not None and got.weekday() == 1
    assert dt.date(2020, 1, 12) <= got < dt.date(2020, 5, 5)


def test_seed_002_alone_has_no_year_and_stays_undated():
    from tui.read import read_article

    a = read_article(seed("002"))
    assert a.published is None
    assert infer_published(a.body, a.hints.for_dating()) is None  # "Feb. 29", "March 10", no year


def test_seed_002_with_the_corpus_year():
    from tui.read import read_article

    a = read_article(seed("002"))
    got = infer_published(a.body, a.hints.for_dating(dt.date(2020, 4, 1)))
    # Monday after the Sunday videoconference, March 10 more than a week back
    assert got == dt.date(2020, 3, 23)


@settings(max_examples=200, deadline=None)
@given(
    st.text(max_size=300),
    st.one_of(st.none(), st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))),
    st.dictionaries(
        st.sampled_from(["month", "day", "year", "agency"]),
        st.one_of(st.integers(-5, 10000), st.text(max_size=4)),
        max_size=4,
    ),
)
def test_never_raises(text, reference, dateline):
    got = infer_published(text, {"reference": reference, "dateline": dateline})
    assert got is None or isinstance(got, dt.date)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Feb. 29",
                "March 10, 9999",
                "Dec. 31, 0001",
                "on Sunday",
                "said on Monday",
                "last month",
                "January 1, 0001",
                "will meet on Friday",
                ".",
            ]
        ),
        max_size=12,
    ),
    st.one_of(st.none(), st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))),
)
def test_never_raises_at_the_ends_of_the_calendar(parts, reference):
    got = infer_published(" ".join(parts), {"reference": reference})
    assert got is None or isinstance(got, dt.date)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "The deal was signed on Feb. 29.",
                "Talks began on Sunday.",
                "A spokesman said on Monday they went well.",
                "The decree of Dec. 28, 2019, was followed by new talks.",
                "Today, April 8, the prisoners were freed.",
                "Last month, on March 10, the council met.",
                "They will meet on May 5.",
                "Nothing happened.",
            ]
        ),
        max_size=6,
    ),
    st.sampled_from([None, "2020-04-01", "2019-12-30"]),
)
def test_deciding_from_kept_evidence_equals_inferring_from_the_text(sentences, reference):
    import json

    from tui.analysis.timex import date_evidence

    text = " ".join(sentences)
    hints = {"reference": reference} if reference else {}
    ev = json.loads(json.dumps(date_evidence(text)))  # as kept in the cache
    assert infer_published(text, hints, ev) == infer_published(text, hints)


def test_an_undated_text_is_tagged_once_for_its_date_and_its_expressions(monkeypatch):
    from tui.analysis.timex import tagger
    from tui.config import Config
    from tui.load.extract import analyze_article
    from tui.model import Article

    calls = []
    real = tagger._candidates
    monkeypatch.setattr(
        tagger, "_candidates", lambda text, dct, *rest: calls.append(dct) or real(text, dct, *rest)
    )
    body = "The talks began on Sunday, and a spokesman said on Monday they went well. No year is given."
    a = Article(id="u", path="u.txt", format="text", body=body)
    analyze_article(a, Config())
    assert a.published is None and calls == [None]
    assert [t.text for t in a.timexes] == ["Sunday", "Monday"]
