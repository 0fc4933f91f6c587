"""One short, unique, readable label per source."""

from __future__ import annotations

import datetime as _dt

import pytest

from tui.merge.labels import outlet_short, source_labels
from tui.model import Article
from tui.read.outlets import builtin_table


def _a(i: int, outlet: str | None, date: str | None = None) -> Article:
    return Article(
        id=f"{i:03d}_3a935cbd948845d5",
        path=f"{i:03d}.txt",
        format="text",
        outlet=outlet,
        published=_dt.date.fromisoformat(date) if date else None,
    )


def _labels(*arts: Article) -> list[str]:
    out = source_labels(list(arts), builtin_table())
    return [out[a.id] for a in arts]


@pytest.mark.parametrize(
    "arts, labels",
    [
        ([_a(0, "The New York Times", "2016-06-08"), _a(1, "UPI")], ["NYT", "UPI"]),
        (
            [_a(0, "The New York Times", "2016-10-30"), _a(1, "The New York Times", "2016-10-31")],
            ["NYT 10-30", "NYT 10-31"],
        ),
        (
            [
                _a(0, "The Washington Post", "2016-06-09"),
                _a(1, "The Washington Post", "2016-06-09"),
            ],
            ["WaPo 06-09 (1)", "WaPo 06-09 (2)"],
        ),
        (
            [_a(0, "Reuters", "2019-12-30"), _a(1, "Reuters", "2020-01-02")],
            ["Reuters 2019-12-30", "Reuters 2020-01-02"],
        ),
        ([_a(0, "Reuters"), _a(1, "Reuters")], ["Reuters (1)", "Reuters (2)"]),
        (
            [_a(0, None, "2020-04-01"), _a(1, "UPI"), _a(2, None, "2020-03-23"), _a(3, None)],
            ["#1 Apr 1", "UPI", "#3 Mar 23", "#4"],
        ),
        # a name the table does not know is its own label, shortened when long
        (
            [_a(0, "The Kabul Evening Standard and Chronicle"), _a(1, "example.org")],
            ["Kabul Evening…", "example.org"],
        ),
        # different spellings of one outlet are one outlet
        (
            [_a(0, "Associated Press", "2020-04-01"), _a(1, "The Associated Press", "2020-04-02")],
            ["AP 04-01", "AP 04-02"],
        ),
    ],
    ids=[
        "distinct",
        "one-outlet-two-days",
        "same-day",
        "across-years",
        "undated",
        "unknown",
        "long",
        "spellings",
    ],
)
def test_labels(arts, labels):
    assert _labels(*arts) == labels


def test_labels_are_unique_and_stable():
    arts = [
        _a(i, o, d) for i, (o, d) in enumerate([("NYT", "2016-06-08")] * 5 + [(None, None)] * 3)
    ]
    first = _labels(*arts)
    assert len(set(first)) == len(first)
    assert first == _labels(*arts)
    assert not any("3a935cbd" in label for label in first)  # never a hash


@pytest.mark.parametrize(
    "outlet, short",
    [
        ("The New York Times", "NYT"),
        ("Al Jazeera", "Al Jazeera"),
        ("Some Local Paper", "Some Local…"),
        ("The Local", "The Local"),
        ("Xyzzyplughfoobarbaz Daily", "Xyzzyplughfoo…"),
        ("  ", None),
        (None, None),
    ],
    ids=lambda v: str(v),
)
def test_outlet_short(outlet, short):
    assert outlet_short(outlet, builtin_table()) == short


def test_seed_labels(seed_corpus):
    labels = [seed_corpus.label(a.id) for a in seed_corpus.articles]
    assert labels == ["#1 Apr 1", "UPI", "#3 Mar 23", "#4 Mar 23", "NYT"]
    assert seed_corpus.to_dict()["labels"] == dict(
        zip([a.id for a in seed_corpus.articles], labels)
    )


def test_seeds_named_without_the_config(seeds_dir):
    """The shipped config names two seeds; the files alone name the same two."""
    from tui.config import Config
    from tui.corpus import load_corpus

    corpus = load_corpus([seeds_dir], Config(), cache=False)
    got = [(a.outlet, a.outlet_from, corpus.label(a.id)) for a in corpus.articles]
    assert got == [
        (None, None, "#1 Apr 1"),
        ("UPI", "dateline", "UPI"),
        (None, None, "#3 Mar 23"),
        (None, None, "#4 Mar 23"),
        ("The New York Times", "copyright", "NYT"),
    ]


def test_labels_fit_the_room_screens_give_them():
    """Screens cut a label at LABEL_CHARS: the longest labels (a long unknown name, twelve
    articles of one day, days across years) must fit whole, or "(1)" and "(2)" read alike."""
    from tui.kinds import LABEL_CHARS

    long_name = "The Kabul Evening Standard and Chronicle"
    arts = [_a(i, long_name, "2019-12-30") for i in range(12)] + [_a(12, long_name, "2020-01-02")]
    arts += [_a(13 + i, "Breitbart", "2016-03-15") for i in range(12)]
    arts += [_a(25, "Breitbart", "2017-03-15")]
    labels = _labels(*arts)
    assert len(set(labels)) == len(labels)
    assert max(map(len, labels)) <= LABEL_CHARS, max(labels, key=len)
