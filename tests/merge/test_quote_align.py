"""Word alignment of versions of a statement: the longest shared run of words, the marks."""

from __future__ import annotations

import difflib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.merge.quote_align import (
    Words,
    changed_words,
    has_run,
    invert_ops,
    longest_match,
    longest_run,
    version_marks,
    word_spans,
)

_WORDS = st.lists(
    st.sampled_from(["the", "talks", "will", "resume", "on", "sunday", "taliban", "said", "a"]),
    max_size=30,
)


def _w(keys: list[str]) -> Words:
    return Words(list(keys), list(keys))


@settings(max_examples=400, deadline=None)
@given(_WORDS, _WORDS)
def test_the_longest_run_is_the_one_difflib_finds(a, b):
    """Same start in the first version and the same length as SequenceMatcher's
    find_longest_match without junk (earliest in a among the longest)."""
    m = difflib.SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    wa, wb = _w(a), _w(b)
    assert longest_run(wa, wb) == m.size
    if a and b:
        assert longest_match(wa, wb) == (m.a, m.size) if m.size else longest_match(wa, wb)[1] == 0
        # the index of b is built once and reused for the next comparison
        assert wb.where() is wb.where()


@settings(max_examples=400, deadline=None)
@given(_WORDS, _WORDS, st.integers(min_value=-1, max_value=8))
def test_has_run_is_the_longest_run_reaching_n(a, b, n):
    assert has_run(_w(a), _w(b), n) == (longest_run(_w(a), _w(b)) >= n)


def _enough_evidence_plain(a, b, ca, cb, df=None):
    """quotes._enough_evidence as first written: the longest run always found."""
    from tui.merge.quotes import COVER, RARE_DF, SHORT

    both = ca & cb
    shared = len(both)
    if min(len(ca), len(cb)) < SHORT:
        short = min(len(a.keys), len(b.keys))
        if not (shared >= 3 and short > 0 and longest_run(a, b) >= max(3, 0.75 * short)):
            return False
        return df is None or sum(1 for w in both if df.get(w, 0) <= RARE_DF) >= 2
    if shared < 4:
        return False
    start, size = longest_match(a, b) if a.keys and b.keys else (0, 0)
    if both <= set(a.keys[start : start + size]) and shared < COVER * min(len(ca), len(cb)):
        return False
    if max(len(ca), len(cb)) >= 2 * min(len(ca), len(cb)):
        return size >= 4
    return True


_QUOTE_WORDS = st.lists(
    st.sampled_from(
        [
            "the",
            "talks",
            "will",
            "resume",
            "on",
            "Sunday",
            "Taliban",
            "said",
            "prisoners",
            "released",
            "Doha",
            "agreement",
            "ceasefire",
            "envoy",
            "Kabul",
            "government",
            "week",
            "peace",
            "process",
            "important",
            "step",
            "5,000",
            "troops",
            "withdrawal",
        ]
    ),
    max_size=40,
).map(" ".join)


_VOCAB = [
    "the",
    "talks",
    "will",
    "resume",
    "on",
    "Sunday",
    "Taliban",
    "said",
    "prisoners",
    "released",
    "Doha",
    "agreement",
    "ceasefire",
    "envoy",
    "Kabul",
    "government",
    "week",
    "peace",
    "process",
    "important",
    "step",
    "5,000",
    "troops",
    "withdrawal",
    "foreign",
    "minister",
    "council",
    "border",
    "election",
    "vote",
]


@st.composite
def _versions(draw):
    """Two versions of a statement: unrelated, or the second an excerpt of the first
    (cut, with words shuffled or added), so that every branch of the test is reached."""
    if draw(st.booleans()):
        a, b = (draw(st.lists(st.sampled_from(_VOCAB), max_size=40)) for _ in range(2))
        return " ".join(a), " ".join(b)
    a = draw(
        st.lists(st.sampled_from(_VOCAB), min_size=12, max_size=40, unique=draw(st.booleans()))
    )
    i = draw(st.integers(0, len(a) - 1))
    b = a[i : i + draw(st.integers(1, 14))]
    if draw(st.booleans()):
        b = draw(st.permutations(b))
    return " ".join(a), " ".join(b + draw(st.lists(st.sampled_from(_VOCAB), max_size=6)))


@settings(max_examples=800, deadline=None)
@given(st.one_of(st.tuples(_QUOTE_WORDS, _QUOTE_WORDS), _versions()), st.booleans())
def test_enough_evidence_finds_the_run_only_when_needed_with_the_same_answer(pair, with_df):
    a, b = pair
    from tui.merge.quotes import _enough_evidence

    wa, wb = Words.of(a), Words.of(b)
    ca, cb = set(wa.content()), set(wb.content())
    df = {"taliban": 9, "talk": 2, "prisoner": 1, "doha": 1} if with_df else None
    assert _enough_evidence(wa, wb, ca, cb, df) == _enough_evidence_plain(wa, wb, ca, cb, df)


def test_examples():
    a = Words.of("We will not resume the talks until the prisoners are freed")
    b = Words.of("The Taliban said they will not resume the talks, a spokesman said")
    assert longest_run(a, b) == 5  # "will not resume the talks"
    start, size = longest_match(a, b)
    assert a.surface[start : start + size] == ["will", "not", "resume", "the", "talks"]
    assert longest_run(a, Words.of("")) == 0


_TEXT_WORDS = st.lists(
    st.sampled_from(
        [
            "the",
            "talks",
            "will",
            "resume",
            "on",
            "Sunday",
            "Taliban",
            "said",
            "a",
            "5,000",
            "prisoners",
            "released",
            "100",
            "Doha",
            "it",
            "agreement",
        ]
    ),
    max_size=25,
).map(" ".join)


@settings(max_examples=400, deadline=None)
@given(_TEXT_WORDS, _TEXT_WORDS, st.booleans(), st.sampled_from([0.0, 0.3, 0.5, 0.62, 0.9]))
def test_the_bound_is_never_below_the_similarity(a, b, weighted, bar):
    """group_quotes skips the word alignment of a pair whose bound misses the bar: the
    bound must hold for every pair, weighted or not, and a pair it lets through gets
    exactly the similarity."""
    from tui.merge.quote_align import similarity, similarity_at_most, similarity_from

    wa, wb = Words.of(a), Words.of(b)
    idf = (
        {"taliban": 0.2, "prisoner": 0.5, "doha": 3.0, "agreement": 2.5, "5,000": 1.7}
        if weighted
        else None
    )
    s = similarity(wa, wb, idf)
    bound = similarity_at_most(wa, wb, idf)
    assert bound >= s
    if wa.keys == wb.keys and wa.content():
        assert bound == s  # perfect alignment: the bound is exact
    got = similarity_from(wa, wb, idf, bar)
    assert got == (None if bound < bar else s)
    if s >= bar:
        assert got == s


@pytest.mark.parametrize(
    "reference, text, marked",
    [
        ("the prisoners were released", "The prisoner was released today", ["was", "today"]),
        ("He said: “No.”", "he said no", []),
        ("", "new words", ["new", "words"]),
        ("old words", "", []),
    ],
    ids=["stems-and-case", "punctuation", "nothing-before", "nothing-after"],
)
def test_changed_words_marks_what_the_reference_lacks(reference, text, marked):
    flags = changed_words(reference, text)
    assert [text[s:e] for (s, e), f in zip(word_spans(text), flags) if f] == marked


def test_version_marks_compare_the_first_with_every_other():
    first, second, third = "talks were positive", "talks were serious", "the talks were positive"
    marks = version_marks([first, second, third])
    assert marks[0] == [False, False, True]  # "positive": the second lacks it
    assert marks[1] == [False, False, True] and marks[2] == [True, False, False, False]
    assert version_marks(["alone"]) == [None]


def test_invert_ops_turns_a_diff_round():
    ops = [["equal", "x"], ["insert", "y"], ["delete", "z"], ["replace", "p", "q"]]
    assert invert_ops(ops) == [
        ["equal", "x"],
        ["delete", "y"],
        ["insert", "z"],
        ["replace", "q", "p"],
    ]
    assert invert_ops(invert_ops(ops)) == ops
