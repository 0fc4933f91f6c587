"""The corpus timeline: grouping, order, sentences, conflicts, dating undated articles."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.analysis.timex import tag_timexes
from tui.merge.timeline import build_timeline, calendar_span, sort_key
from tui.model import Article, Mention


def art(aid, body, published=dt.date(2020, 4, 1), mentions=()):
    a = Article(
        id=aid,
        path=f"{aid}.txt",
        format="text",
        body=body,
        published=published,
        published_from="header" if published else None,
    )
    a.timexes = tag_timexes(body, published) if published else []
    a.mentions = list(mentions)
    return a


def names(body, *pairs):
    """Mentions linked to actors: pairs of (surface text, actor id)."""
    out = []
    for text, actor in pairs:
        i = body.index(text)
        out.append(Mention(i, i + len(text), text, "ORG", actor=actor))
    return out


def test_values_grouped_and_sorted_with_sentences():
    a = art(
        "a",
        "The talks began on Sunday. A deal was signed in February. Troops leave in July next year.",
    )
    b = art(
        "b",
        "Officials said the deal was signed on Feb. 29. Talks resume next week.",
        dt.date(2020, 4, 2),
    )
    tl = build_timeline([a, b])
    values = [e.value for e in tl]
    assert values == sorted(values, key=sort_key)
    assert values[:2] == ["2020-02", "2020-02-29"]  # a month sorts before the days inside it
    assert "2021-07" in values and values[-1] == "2021-07"
    feb = next(e for e in tl if e.value == "2020-02")
    (m,) = feb.mentions
    assert m.article == "a" and m.sentence == "A deal was signed in February."
    assert a.body[m.sentence_start :].startswith("A deal")
    t = a.timexes[m.timex]
    assert t.text == "February"


def test_non_calendar_values_stay_out():
    a = art(
        "a",
        "The talks lasted 14 months. Both sides are now waiting, as they did recently and daily.",
    )
    assert build_timeline([a]) == []


def test_times_join_their_day():
    a = art("a", "The bomb exploded Sunday night. On Sunday, the talks ended.")
    tl = build_timeline([a])
    assert [e.value for e in tl] == ["2020-03-29"]
    assert len(tl[0].mentions) == 2


def test_calendar_spans():
    assert calendar_span("2020-W13")[1:] == (dt.date(2020, 3, 23), dt.date(2020, 3, 29))
    assert calendar_span("2020-Q1")[1:] == (dt.date(2020, 1, 1), dt.date(2020, 3, 31))
    assert calendar_span("2020-02")[2] == dt.date(2020, 2, 29)
    assert calendar_span("2020-WI")[1] == dt.date(2019, 12, 1)
    for v in ("P2D", "PRESENT_REF", "XXXX-03-10", "XXXX-WXX-7", "2020-13", "199", "2020-Q9"):
        assert calendar_span(v) is None


def test_conflict_when_sources_date_the_same_event_differently():
    body_a = "The United States signed the peace agreement with the Taliban in Doha on Feb. 29."
    body_b = "The United States signed the peace agreement with the Taliban in Doha on March 1."
    a = art("a", body_a, mentions=names(body_a, ("United States", "us"), ("Taliban", "taliban")))
    b = art("b", body_b, mentions=names(body_b, ("United States", "us"), ("Taliban", "taliban")))
    tl = build_timeline([a, b])
    feb = next(e for e in tl if e.value == "2020-02-29")
    mar = next(e for e in tl if e.value == "2020-03-01")
    assert feb.conflicts and mar.conflicts
    c = feb.conflicts[0]
    assert (c.value, c.article) == ("2020-03-01", "b")
    assert b.timexes[c.timex].text == "March 1"
    assert "taliban" in c.reason


def test_no_conflict_for_different_events_of_one_story():
    # same actors and topic, different things happening on different days
    body_a = "The Taliban released 20 prisoners in Kandahar on Sunday, the spokesman said."
    body_b = "The Afghan government released 100 Taliban prisoners on Wednesday, officials said."
    a = art("a", body_a, mentions=names(body_a, ("Taliban", "taliban")))
    b = art("b", body_b, mentions=names(body_b, ("Taliban", "taliban")))
    assert all(not e.conflicts for e in build_timeline([a, b]))


def test_no_conflict_when_dates_overlap_or_agree():
    body_a = "The United States signed the peace agreement with the Taliban in Doha in February."
    body_b = "The United States signed the peace agreement with the Taliban in Doha on Feb. 29."
    a = art("a", body_a, mentions=names(body_a, ("Taliban", "taliban")))
    b = art("b", body_b, mentions=names(body_b, ("Taliban", "taliban")))
    assert all(not e.conflicts for e in build_timeline([a, b]))


def test_no_conflict_without_a_shared_actor():
    a = art("a", "Mr. Smith signed the lease for the office on Feb. 29.")
    b = art("b", "Mrs. Jones signed the lease for the office on March 1.")
    assert all(not e.conflicts for e in build_timeline([a, b]))


def test_no_conflict_within_one_article():
    a = art(
        "a",
        "The Taliban signed the deal in Doha on Feb. 29. The Taliban signed the deal in Doha on March 1.",
    )
    assert all(not e.conflicts for e in build_timeline([a]))


def test_undated_article_is_dated_from_the_corpus():
    dated = art("a", "The sides met on Tuesday.", dt.date(2020, 4, 1))
    body = "The deal was signed on Feb. 29. The talks began on Sunday, and a spokesman said on Monday they went well."
    undated = Article(id="u", path="u.txt", format="text", body=body)
    tl = build_timeline([dated, undated])
    assert undated.published == dt.date(2020, 3, 9)  # Feb. 29 more than a week back: Monday March 9
    assert undated.published_from == "inferred"
    assert undated.timexes and all(t.inferred for t in undated.timexes)
    assert any(m.article == "u" for e in tl for m in e.mentions)


def test_undated_article_left_alone_when_config_says_so():
    class Extraction:
        infer_dates = False

    class Config:
        extraction = Extraction()

    dated = art("a", "The sides met on Tuesday.")
    undated = Article(
        id="u", path="u.txt", format="text", body="Signed on Feb. 29. Talks on Sunday."
    )
    build_timeline([dated, undated], Config())
    assert undated.published is None


def test_linear_ish_on_a_big_corpus():
    # many articles repeating the same story words must not blow up (posting lists are capped)
    arts = [
        art(
            f"a{i}",
            f"The Taliban met officials in Kabul on Sunday number {i}. Talks ended on Monday.",
        )
        for i in range(300)
    ]
    tl = build_timeline(arts)
    assert sum(len(e.mentions) for e in tl) == 600


def test_a_length_counted_from_a_date_sits_where_it_reaches():
    # "a month earlier" is the length P1M in TimeML; the timeline places it in February
    a = art("a", "Talks collapsed on March 10. A month earlier, the sides had met in Doha.")
    tl = {e.value: e for e in build_timeline([a])}
    (m,) = tl["2020-02"].mentions
    t = a.timexes[m.timex]
    assert (t.text, t.value, t.position) == ("A month earlier", "P1M", "2020-02")
    assert "P1M" not in tl  # the length itself is no calendar value


def test_seed_corpus_timeline(seed_corpus):
    tl = seed_corpus.timeline
    values = [e.value for e in tl]
    assert values == sorted(values, key=sort_key)
    assert "2020-03-29" in values and "2021-07" in values and "2020-03-10" in values
    march10 = next(e for e in tl if e.value == "2020-03-10")
    assert len({m.article for m in march10.mentions}) >= 3  # three outlets name the deadline
    # UPI names March 10 only in its photo caption (the arrests shown), which is kept out of
    # the body: the caption's dates are the article's too
    upi = [m for m in march10.mentions if m.article.startswith("001")]
    assert len(upi) == 1 and upi[0].caption == 0 and "arrest" in upi[0].sentence
    arts = {a.id: a for a in seed_corpus.articles}
    for e in tl:
        for m in e.mentions:
            a = arts[m.article]
            t = a.timexes[m.timex]
            source = a.text_of(t)  # the body, or the photo caption the date is in
            assert m.caption == t.caption
            assert source[m.sentence_start : m.sentence_start + len(m.sentence)] == m.sentence
            assert m.sentence_start <= t.start and t.end <= m.sentence_start + len(m.sentence)
    # the undated seed 002 is dated from its own expressions with the corpus's year
    s002 = next(a for a in seed_corpus.articles if a.id.startswith("002"))
    assert s002.published_from == "inferred"
    assert dt.date(2020, 3, 17) <= s002.published <= dt.date(2020, 3, 31)
    assert all(t.inferred for t in s002.timexes)
    # no false alarms on the seeds: their sources agree on the dates they share
    assert not any(e.conflicts for e in tl)


_words = st.sampled_from(
    [
        "The Taliban",
        "signed",
        "the deal",
        "on Sunday",
        "Feb. 29",
        "March 10, 2020",
        "last month",
        "in Doha",
        "said",
        "will meet",
        "next week",
        "2019",
        "the third quarter",
        ".",
        ",",
        "\n\n",
        "today",
        "Kabul",
        "prisoners",
    ]
)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.lists(st.one_of(_words, st.text(max_size=6)), max_size=25), min_size=1, max_size=4),
    st.lists(
        st.one_of(st.none(), st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))),
        min_size=4,
        max_size=4,
    ),
)
def test_never_raises_and_points_inside(bodies, dates):
    arts = []
    for i, words in enumerate(bodies):
        body = " ".join(words)
        arts.append(art(f"a{i}", body, dates[i]))
    tl = build_timeline(arts)
    by_id = {a.id: a for a in arts}
    for e in tl:
        assert calendar_span(e.value) is not None
        for m in e.mentions:
            a = by_id[m.article]
            t = a.timexes[m.timex]
            assert 0 <= m.sentence_start <= t.start
            assert a.body[m.sentence_start : m.sentence_start + len(m.sentence)] == m.sentence


def test_undated_article_is_dated_from_its_kept_evidence_without_tagging_again(monkeypatch):
    """Per-article extraction keeps what an undated text says about its date (it is cached
    with the article); the merge decides from it against the corpus's dates, and tags the
    text only for the timexes once a date is found."""
    import json

    from tui.analysis.timex import date_evidence
    from tui.analysis.timex import infer as infer_module
    from tui.config import Config
    from tui.load.extract import analyze_article
    from tui.load.records import hints_from_record, hints_record

    body = "The deal was signed on Feb. 29. The talks began on Sunday, and a spokesman said on Monday they went well."
    undated = Article(id="u", path="u.txt", format="text", body=body)
    analyze_article(undated, Config())
    assert undated.published is None  # no year anywhere in the text: nothing to go on alone
    ev = undated.hints.date_evidence
    assert json.loads(json.dumps(ev)) == json.loads(json.dumps(date_evidence(body)))
    # as it comes back from a .jsonl file (hints_record bounds how deep hints may nest: the
    # sentence spans inside the evidence once fell below that bound and came back null,
    # so every undated article was searched again in the merge)
    undated.hints = hints_from_record(json.loads(json.dumps(hints_record(undated.hints))))
    assert undated.hints.date_evidence == json.loads(json.dumps(ev))

    def no_second_pass(text):
        raise AssertionError("the text was searched for its date again")

    monkeypatch.setattr(infer_module, "evidence", no_second_pass)
    dated = art("a", "The sides met on Tuesday.", dt.date(2020, 4, 1))
    build_timeline([dated, undated])
    assert undated.published == dt.date(2020, 3, 9)


def test_malformed_kept_evidence_is_ignored_and_the_text_read_again():
    from tui.model import Hints

    body = "The deal was signed on Feb. 29. The talks began on Sunday, and a spokesman said on Monday they went well."
    for bad in (
        {"full": "x"},
        {"weekdays": [1]},
        {"full": [["not a date", 0, [0, 1]]], "month_days": [], "weekdays": [], "relative": []},
    ):
        undated = Article(
            id="u", path="u.txt", format="text", body=body, hints=Hints(date_evidence=bad)
        )
        build_timeline([art("a", "The sides met on Tuesday.", dt.date(2020, 4, 1)), undated])
        assert undated.published == dt.date(2020, 3, 9), bad
