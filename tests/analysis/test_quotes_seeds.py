"""Seed regression tests: the quotes a careful reader finds in each seed, with speakers.

The text is taken from the seed files directly (the plain-text seeds as they are; the
Markdown seed's article paragraphs rebuilt here), so these tests do not depend on the
reader, which is improved separately.
"""

import re

import pytest

from tests.conftest import seed
from tui.analysis.quotes import find_quotes


def raw(prefix: str) -> str:
    return seed(prefix).read_text(encoding="utf-8")


def markdown_paragraphs(prefix: str) -> str:
    """The article paragraphs of a pandoc-Markdown page: plain paragraphs, wrapped lines
    joined, links reduced to their text; markup, images and navigation dropped."""
    out = []
    for para in re.split(r"\n\s*\n", raw(prefix)):
        p = " ".join(line.strip() for line in para.splitlines())
        if (
            len(p) < 80
            or p.startswith(("<", "!", "[", "-", ":::", "#"))
            or "<span" in p
            or "<div" in p
        ):
            continue
        out.append(re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", p))
    return "\n\n".join(out)


def quotes(text):
    return find_quotes(text, [])


def find(qs, starts_with):
    hits = [q for q in qs if q.text.startswith(starts_with)]
    assert hits, f"no quote starting {starts_with!r}: {[q.text[:40] for q in qs]}"
    return hits[0]


def test_seed_000():
    qs = quotes(raw("000"))
    q = find(qs, "The two sides held face-to-face negotiations")
    assert q.kind == "direct" and "Security Council" in q.speaker
    q = find(qs, "The prisoners to be released should be")
    assert q.kind == "direct" and q.speaker == "Mujahid"
    q = find(qs, "technical team")
    assert q.kind == "partial" and q.speaker == "Zabihullah Mujahid" and q.text == "technical team"


def test_seed_001():
    qs = quotes(raw("001"))
    q = find(qs, "Today, 20 prisoners")
    assert (q.kind, q.who()) == ("direct", "Suhail Shaheen")
    q = find(qs, "an important step in the peace process")
    assert q.who() == "Zalmay Khalilzad"
    q = find(qs, "Both sides should accelerate")
    assert (q.kind, q.who()) == ("direct", "Zalmay Khalilzad")  # "he" resolved
    q = find(qs, "to create the conditions")
    assert q.kind == "partial" and q.who().lower() == "the agreement"
    assert find(qs, "Scott").kind == "term"


def test_seed_002():
    qs = quotes(raw("002"))
    q = find(qs, "During the meeting")
    assert (q.kind, q.who()) == ("direct", "Hamdullah Mohib")  # "he" resolved
    for start in (
        "Prisoner release by both sides",
        "The over two-hour technical discussion",
        "We have also agreed",
    ):
        assert find(qs, start).who() in ("Khalilzad", "Zalmay Khalilzad")
    assert find(qs, "Prisoner release by both sides").cue == "said in a series of tweets"
    q = find(qs, "positive")
    assert (q.kind, q.who()) == ("partial", "Shaheen")
    q = find(qs, "could pave the way")
    assert q.who() == "Javid Faisal"
    q = find(qs, "all sides conveyed their strong commitment")
    # "The US envoy" resolved to the envoy (at his nearest mention, "said Khalilzad")
    assert q.kind == "indirect" and q.who() in ("Khalilzad", "Zalmay Khalilzad")


def test_seed_003():
    qs = quotes(raw("003"))
    q = find(qs, "Everyone knows that the coronavirus threat")
    assert (q.kind, q.speaker) == ("direct", "Khalilzad") and "in a tweet" in q.cue
    q = find(qs, "everyone is committed to reducing violence")  # closed by a stray “
    assert q.speaker == "Khalilzad" and q.text.endswith("Have expressed.")
    q = find(qs, "Both sides exchanged options")
    assert q.speaker.endswith("Afghan National Security Council")
    q = find(qs, "This heinous act")
    assert q.speaker == "Sediq Sediqqi"
    q = find(qs, "Charge D’Affaires")
    assert (q.kind, q.speaker) == ("term", None)


def test_seed_004_markdown_body():
    text = markdown_paragraphs("004")
    assert "KABUL, Afghanistan" in text
    qs = quotes(text)
    a = find(qs, "Their release has been delayed")
    b = find(qs, "Therefore, our technical team")
    assert a.speaker == b.speaker == "Suhail Shaheen"
    pieces = [q for q in qs if q.speaker == "Javid Faisal" and q.kind == "direct"]
    assert [p.text[:20] for p in pieces] == ["Discussions on relea", "Withdrawing from tal"]
    assert pieces[1].text.endswith("a big step.")


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_seed_offsets(prefix):
    text = raw(prefix)
    for q in quotes(text):
        assert q.text == text[q.start : q.end]
