"""What a careful reader finds where the five seeds differ (and where they do not)."""

from __future__ import annotations

import pytest

from tui.merge.discrepancies import coverage_matrix

A000, A001, A002, A003, A004 = (
    "000_d1b9624d55f8a4ed",
    "001_27924a35f5f8de13",
    "002_3a935cbd948845d5",
    "003_105407bbf879513a",
    "004_1dd3d7f4b75ebf92",
)


@pytest.fixture(scope="module")
def found(seed_corpus):
    return {d.id: d for d in seed_corpus.discrepancies}


def texts(d, article=None):
    return [it.text for it in d.items if article is None or it.article == article]


def test_taliban_prisoners_5000_hedged_across_all_sources(found):
    d = found["figure:prisoner:5000"]
    assert d.status == "hedged"
    assert {it.article for it in d.items} == {A000, A001, A002, A003, A004}
    assert "up to 5,000 Taliban fighters" in texts(d, A003)  # the agreement as 003 words it
    assert "some 5,000 Taliban prisoners" in texts(d, A001)
    assert "5,000 Taliban prisoners" in texts(d, A000)
    assert "5000 Taliban detainees" in texts(d, A002)
    assert d.confidence >= 0.8


def test_captives_1000_hedged(found):
    d = found["figure:prisoner:1000"]
    assert d.status == "hedged"
    assert {it.article for it in d.items} == {A000, A001, A002, A003}
    assert texts(d, A000) == ["1,000 pro-government captives"]
    assert texts(d, A003) == ["around 1,000 Afghan insurgency troops"]
    assert {it.hedge for it in d.items} == {None, "some", "around"}


def test_the_two_sides_of_the_swap_stay_apart(found):
    five = found["figure:prisoner:5000"]
    assert not any("1,000" in t or "1000" in t for t in texts(five))


def test_no_false_figure_conflict(found):
    # "at least 20 members of the Afghan security forces" killed on Sunday 2020-03-29 (000,
    # published 2020-04-01) and "27 people were killed in the recent attack" (003, published
    # 2020-03-23): 003 was written before that Sunday, so these are two attacks, not a conflict.
    assert not [d for d in found.values() if d.kind == "figure" and d.status == "conflict"]
    twenty = found["coverage:figure:killed:20"]
    assert twenty.status == "only-one-source" and texts(twenty) == [
        "at least 20 members of the Afghan security forces"
    ]
    assert texts(found["coverage:figure:killed:27"]) == ["27 people"]


def test_figures_only_one_source_gives(found):
    assert texts(found["coverage:figure:money:$:aid:1000000000"]) == ["$1 billion in aid"]
    assert {it.article for it in found["coverage:figure:prisoner:100"].items} == {A001}


def test_attribution_adviser_vs_council(found, seed_corpus):
    # 002 credits the national security adviser, 003 the council he speaks for: in both
    # statements they share (the sides' commitments, the views they exchanged)
    speakers = [
        d
        for d in found.values()
        if d.kind == "attribution" and d.id.startswith("attribution:speaker:")
    ]
    assert len(speakers) == 2
    for d in speakers:
        assert d.status == "hedged"
        assert "Hamdullah Mohib" in d.note and "Afghan National Security Council" in d.note
        assert {it.article for it in d.items} == {A002, A003}
    assert any("exchanged views" in it.text for d in speakers for it in d.items)


def test_attribution_quoted_vs_paraphrased(found):
    forms = [d for d in found.values() if d.id.startswith("attribution:form:")]
    assert forms
    khalilzad = [d for d in forms if "Khalilzad" in d.topic]
    assert khalilzad and khalilzad[0].status == "hedged"
    assert {it.quote_kind for it in khalilzad[0].items} >= {"indirect"}


def test_ghani_and_envoy_coverage_gaps(found):
    ghani = found["coverage:actor:ashraf-ghani"]
    assert ghani.status == "missing" and ghani.missing_from == [A000]
    envoy = found["coverage:actor:zalmay-khalilzad"]
    assert envoy.status == "missing" and envoy.missing_from == [A000, A004]
    assert found["coverage:actor:zabihullah-mujahid"].status == "only-one-source"


def test_dates_agree_in_the_seeds(found, seed_corpus):
    # the seeds place each event on one date (the timeline flags none); nothing to report
    assert not any(e.conflicts for e in seed_corpus.timeline)
    assert not [d for d in found.values() if d.kind == "date"]


def test_items_point_at_their_sentences(seed_corpus):
    arts = {a.id: a for a in seed_corpus.articles}
    for d in seed_corpus.discrepancies:
        for it in d.items:
            a = arts[it.article]
            assert a.items(it.kind)[it.index].text == it.text
            s = it.sentence_start
            assert a.body[s : s + len(it.sentence)] == it.sentence


def test_coverage_matrix_on_the_seeds(seed_corpus):
    m = coverage_matrix(seed_corpus)
    assert len(m["sources"]) == 5
    rows = {(r["kind"], r["item"]): r["present"] for r in m["rows"]}
    assert rows[("actor", "Ashraf Ghani")] == [False, True, True, True, True]
    assert rows[("actor", "Taliban")] == [True] * 5
    five = [p for (k, item), p in rows.items() if k == "figure" and "5,000" in item]
    assert five == [[True] * 5]
