"""The tagger's rules about news language added after the first error analysis on TimeML news.

Each test is a short sentence of the shape the rule handles; ``WED`` is the article date.
"""

from __future__ import annotations

import datetime as dt

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
    assert one("The bank announced an agreement to acquire the company in January.", dt.date(1989, 11, 2)).value == "1990-01"
    assert one("The team planned to leave Nairobi on Thursday.").value == "2020-04-02"
    assert one("NATO has decided to admit the three countries in early March.", dt.date(1999, 2, 10)).value == "1999-03"


def test_planned_with_an_object_looks_ahead_but_not_as_an_adjective():
    assert one("Protesters planned a large demonstration on Saturday.").value == "2020-04-04"
    assert one("The accession was planned for early March.", dt.date(1999, 2, 10)).value == "1999-03"
    # "as previously planned" and "the hastily planned trip" report what happened
    assert one("The offensive began as previously planned Saturday night.").value == "2020-03-28TNI"
    assert one("On Friday, she set aside plans for the hastily planned trip.").value == "2020-03-27"


def test_a_plan_dated_before_its_verb_is_the_day_of_planning():
    # the weekday fronted before "planned to" dates the planning, which is past
    assert one("On Friday, the government planned to pay the first claims.").value == "2020-03-27"


def test_pluperfect_keeps_a_schedule_in_the_past():
    assert one("The offer had been scheduled to expire on Friday.").value == "2020-03-27"


def test_irregular_past_verbs_count_as_past():
    assert one("Since KKR bought RJR in February, it has agreed to sell units.", dt.date(1989, 10, 30)).value == "1989-02"
