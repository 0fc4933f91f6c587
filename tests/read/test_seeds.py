"""Regression tests: what a careful reader gets out of each of the five seeds."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import seed
from tui.read import read_article


@pytest.fixture(scope="module")
def seeds():
    return {k: read_article(seed(k)) for k in ("000", "001", "002", "003", "004")}


def _paragraphs_ok(body: str) -> None:
    assert body == body.strip()
    assert "\n\n\n" not in body
    for p in body.split("\n\n"):
        assert p.strip() == p and p
        assert "\n" not in p


def test_ids_paths_and_shape(seeds):
    for key, a in seeds.items():
        assert a.id == seed(key).stem
        assert a.path == str(seed(key))
        _paragraphs_ok(a.body)
        assert a.warnings == []


def test_000_header_date_junk_and_damaged_entity(seeds):
    a = seeds["000"]
    assert a.format == "text"
    assert a.published == dt.date(2020, 4, 1) and a.published_from == "header"
    assert "MINIFY" not in a.body and "%" not in a.body.split("\n\n")[0]
    assert ",quot;" not in a.body and "quot;" not in a.body
    assert 'a "technical team" was in Kabul' in a.body
    assert a.body.startswith("Representatives of the Afghan and Taliban government met in Kabul")
    assert a.captions == []


def test_001_caption_dateline_and_outlet_hint(seeds):
    a = seeds["001"]
    assert a.published == dt.date(2020, 4, 13) and a.published_from == "header"
    assert len(a.captions) == 1
    cap = a.captions[0]
    assert cap.startswith("Afghan security officials show") and cap.endswith(
        "Photo by Ghulamullah Habibi/EPA-EFE"
    )
    assert "Photo by" not in a.body and "Afghan security officials show" not in a.body
    assert a.body.startswith("April 12 (UPI) -- The Taliban has announced")
    dl = a.hints.dateline
    assert (dl.month, dl.day, dl.agency) == (4, 12, "UPI")
    assert a.outlet == "UPI"


def test_002_undated_single_paragraph(seeds):
    a = seeds["002"]
    assert a.published is None and a.published_from is None
    assert a.body.startswith("The Taliban and the Afghan government have held first direct talks")
    assert "\n" not in a.body
    assert a.title is None and a.outlet is None


def test_003_header_rest_is_first_paragraph(seeds):
    a = seeds["003"]
    assert a.published == dt.date(2020, 3, 23) and a.published_from == "header"
    first = a.body.split("\n\n")[0]
    assert first == (
        "Secretary of State Mike Pompeo flew to a dead end between the Afghan government and the "
        "Taliban on Monday due to a planned prisoner exchange to Kabul."
    )
    assert a.captions == []
    assert "“Charge D’Affaires”" in a.body  # curly quotes kept as they are


def test_004_pandoc_markdown_page(seeds):
    a = seeds["004"]
    assert a.format == "markdown"
    assert a.title == "Afghan Prisoner Swap Hits Wall as Taliban Pull Out of Talks"
    assert a.author == "Mujib Mashal"
    assert a.published == dt.date(2020, 4, 7) and a.published_from == "byline"
    assert a.outlet == "The New York Times"
    assert a.body.startswith("KABUL, Afghanistan — A week of talks")
    assert "said Javid Faisal, a spokesman for Afghanistan’s National Security Council." in a.body
    assert a.body.endswith(
        "It was not immediately clear what issue or issues broke down the talks."
    )
    for junk in (
        "Advertisement",
        "Continue reading",
        "Site Index",
        "Supported by",
        "<div",
        "<span",
        "http",
        "](",
        "Credit",
    ):
        assert junk not in a.body, junk
    # link text is kept, hard-wrapped lines are joined
    assert "crucial to preserving a fragile peace deal between the insurgents" in a.body
    assert any(
        c.startswith("Jailed members of the Taliban in Kabul in December.") for c in a.captions
    )
    assert any("Rahmat Gul/Associated Press" in c for c in a.captions)
    assert any(
        c.startswith("Secretary of State Mike Pompeo meeting with the Afghan president")
        for c in a.captions
    )
    assert not any(
        "Mujib Mashal" == c for c in a.captions
    )  # the author's portrait is not a caption
    assert "Discussions with insurgents in Kabul unraveled" not in a.body
    assert a.hints.dek.startswith("Discussions with insurgents in Kabul unraveled")
    assert a.hints.dateline.place == "KABUL, Afghanistan"
