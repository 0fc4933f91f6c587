from hypothesis import given
from hypothesis import strategies as st

from tui.analysis.text import SentenceIndex, paragraph_spans, sentence_spans


def _sents(t):
    return [t[s:e] for s, e in sentence_spans(t)]


def test_abbreviations_titles_and_months_do_not_split():
    t = "Mr. Ghani met Gen. Miller on Feb. 29 in Doha. They talked."
    assert _sents(t) == ["Mr. Ghani met Gen. Miller on Feb. 29 in Doha.", "They talked."]


def test_acronyms_split_only_before_a_sentence_opener():
    assert _sents("U.S. officials agreed. The talks went on.") == [
        "U.S. officials agreed.",
        "The talks went on.",
    ]
    assert _sents("He left the U.S. The next day he flew.") == [
        "He left the U.S.",
        "The next day he flew.",
    ]


def test_states_after_a_place_or_a_party_end_a_sentence_only_before_an_opener():
    assert _sents("WILMINGTON, Del. (AP) — Biden spoke. Then he left.") == [
        "WILMINGTON, Del. (AP) — Biden spoke.",
        "Then he left.",
    ]
    assert _sents("Sen. Chris Coons, D-Del. Biden's ally, agreed.") == [
        "Sen. Chris Coons, D-Del. Biden's ally, agreed."
    ]
    assert _sents("She grew up in Dover, Del. The town is small.") == [
        "She grew up in Dover, Del.",
        "The town is small.",
    ]
    # not after a place: an ordinary word that happens to be spelled like one
    assert _sents("He fell ill. Doctors came.") == ["He fell ill.", "Doctors came."]
    assert _sents("Ask Ind. Doctors came.") == ["Ask Ind.", "Doctors came."]


def test_closing_quote_after_period_stays_with_its_sentence():
    assert _sents("“It is done.” He left.") == ["“It is done.”", "He left."]


def test_initials_and_lowercase_after_ellipsis():
    assert _sents("George W. Bush spoke... and left. Then rain.") == [
        "George W. Bush spoke... and left.",
        "Then rain.",
    ]


def test_paragraphs_always_split():
    t = "No period here\n\nNext paragraph."
    assert _sents(t) == ["No period here", "Next paragraph."]
    assert [t[s:e] for s, e in paragraph_spans(t)] == ["No period here", "Next paragraph."]


def test_sentence_index_finds_the_sentence_of_an_offset():
    t = "One two. Three four. Five."
    idx = SentenceIndex(t)
    assert idx.sentence_at(t.index("four")) == "Three four."
    assert idx.sentence_at(0) == "One two."


@given(st.text())
def test_spans_are_ordered_and_inside_the_text(t):
    prev = 0
    for s, e in sentence_spans(t):
        assert prev <= s < e <= len(t)
        prev = e
    idx = SentenceIndex(t)
    for off in (0, len(t) // 2, len(t)):
        s, e = idx.span_at(off)
        assert 0 <= s <= e <= len(t)


def test_sentences_of_a_text_split_again_are_the_same_and_independent():
    from tui.analysis.text import sentence_spans

    text = "Mr. Smith met the U.S. envoy. Talks went on. “We agree,” he said."
    a = sentence_spans(text)
    a.append((0, 1))  # a caller changing its list must not change what others get
    b = sentence_spans(text)
    assert b == sentence_spans(text + "") == [(0, 29), (30, 44), (45, 65)]
    assert sentence_spans("Another one. Here.") == [(0, 12), (13, 18)]
    assert sentence_spans(text) == b


def test_kept_sentences_remembers_every_text_split_in_the_block_and_nothing_after():
    from tui.analysis import text as tx

    texts = [f"Text {i} starts here. It ends there." for i in range(tx._RECENT_MAX + 3)]
    calls = []
    real = tx._sentence_spans
    try:
        tx._sentence_spans = lambda t: calls.append(t) or real(t)
        with tx.kept_sentences():
            with tx.kept_sentences():  # nested: the same memory
                first = [sentence_spans(t) for t in texts]
            again = [
                sentence_spans(t) for t in texts
            ]  # more than the recent few: kept all the same
        assert again == first and len(calls) == len(texts)
        first[0].append((0, 1))  # callers get their own lists
        assert sentence_spans(texts[-1]) == again[-1]
        # after the block only the recent few are remembered: the others are split again
        assert tx._KEPT.texts is None
        [sentence_spans(t) for t in texts]
        assert len(calls) > len(texts)
    finally:
        tx._sentence_spans = real


def test_window_is_the_sentence_around_a_span_cut_when_huge():
    t = "First one. The second sentence holds the date. Third."
    idx = SentenceIndex(t)
    s, e = idx.window(t.index("date"), t.index("date") + 4)
    assert t[s:e] == "The second sentence holds the date."
    flood = "word " * 1000
    idx = SentenceIndex(flood)
    s, e = idx.window(2500, 2504, limit=600)
    assert e - s <= 600 and s <= 2500 and 2504 <= e
