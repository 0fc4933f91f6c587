"""The figures a careful reader underlines in the five seeds."""

from __future__ import annotations


def figs(seed_corpus, prefix):
    (a,) = [a for a in seed_corpus.articles if a.id.startswith(prefix)]
    return [(f.text, f.value, f.head, f.hedge, f.event) for f in a.figures]


def test_seed_000(seed_corpus):
    assert figs(seed_corpus, "000") == [
        ("5,000 Taliban prisoners", 5000, "prisoner", None, "released"),
        ("1,000 pro-government captives", 1000, "captive", None, "released"),
        ("at least 20 members of the Afghan security forces", 20, "force", "at least", "killed"),
        ("at least seven civilians", 7, "civilian", "at least", "killed"),
        ("six children", 6, "child", None, "killed"),
    ]


def test_seed_001(seed_corpus):
    got = figs(seed_corpus, "001")
    assert ("some 5,000 Taliban prisoners", 5000, "prisoner", "some", "held") in got
    assert (
        "some 1,000 Afghan security forces and government officials",
        1000,
        "force",
        "some",
        "held",
    ) in got
    assert ("some 300 of its prisoners", 300, "prisoner", "some", "released") in got
    assert ("nearly 2 million people", 2_000_000, "people", "nearly", "infected") in got
    assert ("more than 114,000 deaths", 114_000, "death", "more than", "killed") in got
    # the tweet's date, "COVID-19" and the photo link are not figures
    assert not any("2020" in t or "19" == t or "3K3" in t for t, *_ in got)


def test_seed_002(seed_corpus):
    got = figs(seed_corpus, "002")
    assert ("5000 Taliban detainees", 5000, "detainee", None, "released") in got
    assert ("1000 prisoners", 1000, "prisoner", None, "released") in got
    # "over two-hour", "Feb. 29", "March 10", "next two days" are not figures
    assert not any("hour" in t or "29" in t or "10" == t for t, *_ in got)


def test_seed_003(seed_corpus):
    got = figs(seed_corpus, "003")
    assert ("up to 5,000 Taliban fighters", 5000, "fighter", "up to", "released") in got
    assert ("around 1,000 Afghan insurgency troops", 1000, "troop", "around", "released") in got
    assert ("27 people", 27, "people", None, "killed") in got
    assert not any("14" in t for t, *_ in got)  # "within 14 months" is a duration


def test_seed_004(seed_corpus):
    got = figs(seed_corpus, "004")
    assert ("$1 billion in aid", 1_000_000_000, "aid", None, None) in got
    assert ("about 15 senior commanders", 15, "commander", "about", "released") in got
    assert ("5,000 Taliban prisoners", 5000, "prisoner", None, "released") in got
