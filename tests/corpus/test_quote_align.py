"""Word alignment of two versions of a statement: the longest shared run of words."""

from __future__ import annotations

import difflib

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.corpus.quote_align import Words, longest_match, longest_run

_WORDS = st.lists(st.sampled_from(["the", "talks", "will", "resume", "on", "sunday", "taliban", "said", "a"]), max_size=30)


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


def test_examples():
    a = Words.of("We will not resume the talks until the prisoners are freed")
    b = Words.of("The Taliban said they will not resume the talks, a spokesman said")
    assert longest_run(a, b) == 5  # "will not resume the talks"
    start, size = longest_match(a, b)
    assert a.surface[start : start + size] == ["will", "not", "resume", "the", "talks"]
    assert longest_run(a, Words.of("")) == 0


_TEXT_WORDS = st.lists(
    st.sampled_from(["the", "talks", "will", "resume", "on", "Sunday", "Taliban", "said", "a", "5,000", "prisoners",
                     "released", "100", "Doha", "it", "agreement"]),
    max_size=25,
).map(" ".join)


@settings(max_examples=400, deadline=None)
@given(_TEXT_WORDS, _TEXT_WORDS, st.booleans(), st.sampled_from([0.0, 0.3, 0.5, 0.62, 0.9]))
def test_the_bound_is_never_below_the_similarity(a, b, weighted, bar):
    """group_quotes skips the word alignment of a pair whose bound misses the bar: the
    bound must hold for every pair, weighted or not, and a pair it lets through gets
    exactly the similarity."""
    from tui.corpus.quote_align import similarity, similarity_at_most, similarity_from

    wa, wb = Words.of(a), Words.of(b)
    idf = {"taliban": 0.2, "prisoner": 0.5, "doha": 3.0, "agreement": 2.5, "5,000": 1.7} if weighted else None
    s = similarity(wa, wb, idf)
    bound = similarity_at_most(wa, wb, idf)
    assert bound >= s
    if wa.keys == wb.keys and wa.content():
        assert bound == s  # perfect alignment: the bound is exact
    got = similarity_from(wa, wb, idf, bar)
    assert got == (None if bound < bar else s)
    if s >= bar:
        assert got == s
