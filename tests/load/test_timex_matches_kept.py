"""An undated article keeps its date rules' matches for the corpus merge, which tags it
again once it has inferred a date: taken back, they give exactly what searching the text
again gives, and anything that does not check out is ignored."""

from __future__ import annotations

import copy
import datetime as dt
from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

import tui.analysis.timex.tagger as T
from tests.conftest import ROOT, SEEDS
from tui.analysis.timex import tag_timexes
from tui.config import load_config
from tui.load.extract import analyze_article, prime_timex_matches, timex_matches_hint
from tui.model import Article, Hints

_PIECES = [
    "On Monday",
    "last week",
    "April 8, 2020",
    "the 10th of March",
    "10:30 a.m.",
    "three years ago",
    "in the '90s",
    "2020-04-08",
    "this morning",
    "next year",
    "every Thursday",
    "Tue.",
    "late Sunday",
    "for two decades",
    "12/25/2019",
    "the talks resumed",
    "officials said",
    ".",
    ",",
    "\n\n",
    "Doha",
]
_TEXT = st.lists(st.sampled_from(_PIECES), min_size=1, max_size=30).map(" ".join)
_DCT = st.sampled_from([None, dt.date(2020, 4, 1), dt.date(1999, 12, 31)])


def _fresh(text: str, dct) -> list:
    T._LAST = None
    return tag_timexes(text, dct)


@settings(max_examples=200, deadline=None)
@given(_TEXT, _DCT, _DCT)
def test_matches_taken_back_tag_as_a_fresh_search(text, first, then):
    matches = T.find_matches(text)
    assert tag_timexes(text, first, matches=matches) == _fresh(text, first)  # as extracted
    hint = timex_matches_hint(text, matches)
    assert hint is not None
    copy_of = "".join(text)  # another object with the same text, as read back from the cache
    T._LAST = None
    primed = prime_timex_matches(copy_of, hint)
    assert primed is not None
    assert tag_timexes(copy_of, then, matches=primed) == _fresh(text, then)


def test_matches_for_another_text_or_other_rules_are_ignored():
    text = "The talks resumed on Monday, officials said, three years after they began on April 8, 2017."
    hint = timex_matches_hint(text, T.find_matches(text))
    other = text.replace("Monday", "Friday")
    assert prime_timex_matches(other, hint) is None  # same length, another checksum
    assert prime_timex_matches(text, replace(hint, rules="0" * 16)) is None
    assert prime_timex_matches(text, replace(hint, chars=len(text) + 1)) is None
    for bad in (
        [[0, 0]],
        [["0", 1, 5]],
        [[999, 0, 5]],
        [[0, 5, 4]],
        [[0, 0, len(text) + 9]],
        "x",
        [[1.5, 0, 3]],
    ):
        assert prime_timex_matches(text, replace(hint, matches=bad)) is None
    # a match that is not where it says: the rule does not match there
    i, s, e = hint.matches[0]
    assert prime_timex_matches(text, replace(hint, matches=[[i, s + 1, e]])) is None
    assert prime_timex_matches(text, None) is None
    too_many = replace(hint, matches=hint.matches * 20_000)
    assert prime_timex_matches(text, too_many) is None  # too many to check


def test_an_undated_article_keeps_them_and_a_dated_one_does_not():
    config = load_config(ROOT / "config.yaml")
    undated = Article(
        id="u",
        path="u.txt",
        format="text",
        body="The Taliban said on Sunday that talks would resume. The prisoners were freed last week.",
    )
    analyze_article(undated, config)
    assert undated.published is None and undated.hints.timex_matches is not None
    dated = copy.deepcopy(undated)
    dated.hints, dated.published = Hints(), dt.date(2020, 4, 1)
    analyze_article(dated, config)
    assert dated.hints.timex_matches is None


def test_the_seeds_merge_the_same_with_or_without_them(monkeypatch):
    import json

    import tui.load.extract as extract_mod
    from tui.load.articles import iter_articles
    from tui.merge import merge
    from tui.model import Corpus, Skipped

    config = load_config(ROOT / "config.yaml")
    arts = [
        a for a in iter_articles([SEEDS], config, jobs=1, cache=False) if not isinstance(a, Skipped)
    ]
    assert any(a.hints.timex_matches for a in arts)  # the undated seed kept them
    out = []
    for keep in (True, False):
        c = Corpus(articles=copy.deepcopy(arts))
        if not keep:
            monkeypatch.setattr(extract_mod, "prime_timex_matches", lambda *a: None)
        merge(c, config)
        out.append(json.dumps(c.to_dict(), sort_keys=True, default=str))
    assert out[0] == out[1] and '"published_from": "inferred"' in out[0]
