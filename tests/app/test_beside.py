"""Every source side by side, labels on screen, and the outlets no clue names (`w`)."""

from __future__ import annotations

import pytest

from tests.app.conftest import SEEDS, SEVEN, make_app
from tui.app.widgets.beside import Beside
from tui.app.widgets.discrepancies import DiscrepanciesPane
from tui.app.widgets.quotes import QuotesPane
from tui.app.widgets.reader import ReaderPane

SIZE = (120, 40)


@pytest.fixture(autouse=True)
def no_state(tmp_path, monkeypatch):
    monkeypatch.setenv("STORYLINE_STATE_DIR", str(tmp_path / "state"))


def _seven_group(pane: QuotesPane) -> str:
    return next(k for k, (_, refs, _, _) in pane.rows.items() if len(refs) == 7)


async def test_quotes_of_seven_sources_page_through_every_column(seven_corpus):
    app = make_app(seven_corpus, paths=[SEVEN])
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("5")
        pane = app.query_one(QuotesPane)
        pane.select(_seven_group(pane))
        await pilot.pause()
        beside = pane.query_one(Beside)
        assert len(beside.columns) == 7
        shown = len(beside.query(".beside-column"))
        assert 2 <= shown < 7  # as many as the width holds
        labels = [label for label, _, _ in beside.columns]
        assert len(set(labels)) == 7 and "NYT 04-08" in labels and "#1 Apr 10" in labels
        seen = set()
        for _ in range(6):
            await pilot.press("right")
            await pilot.pause()
            first, last = beside._window()
            assert first <= beside.cursor < last
            seen.update(range(first, last))
        assert seen == set(range(7)) and beside.cursor == 6
        await pilot.press("right")  # past the last: a bell, nothing moves
        assert beside.cursor == 6
        article, kind, index = beside.current()
        await pilot.press("enter")
        await pilot.pause()
        reader = app.query_one(ReaderPane)
        assert app.active == "reader" and reader.article.id == article


async def test_discrepancy_of_seven_sources_opens_the_marked_column(seven_corpus):
    app = make_app(seven_corpus, paths=[SEVEN])
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("6")
        await pilot.pause()
        pane = app.query_one(DiscrepanciesPane)
        beside = pane.query_one(Beside)
        assert len(beside.columns) == 7
        assert len(beside.query(".beside-column")) == 2  # 80 columns hold two
        for _ in range(4):
            await pilot.press("right")
        await pilot.pause()
        assert beside.cursor == 4
        article = beside.current()[0]
        await pilot.press("left")
        assert beside.cursor == 3
        await pilot.press("right", "enter")
        await pilot.pause()
        assert app.query_one(ReaderPane).article.id == article


async def test_problems_list_the_unknown_outlets_with_config_lines(seed_corpus):
    from textual.widgets import Static

    app = make_app(seed_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("w")
        await pilot.pause()
        text = "\n".join(str(s.render()) for s in app.screen.query(Static))
        assert "Sources of an unknown outlet: 3" in text
        for label in ("#1 Apr 1", "#3 Mar 23", "#4 Mar 23"):
            assert label in text
        assert "overrides:" in text and "000_d1b9624d55f8a4ed.txt:" in text
        assert "outlet: OUTLET NAME" in text


async def test_a_statement_two_seed_outlets_share_is_one_group_on_screen(seed_corpus):
    # 002 has no date line: the merge dates it before grouping, so its Mohib statement
    # and 003's council statement of the same day are one row with both outlets beside
    app = make_app(seed_corpus, paths=[SEEDS])
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("5")
        pane = app.query_one(QuotesPane)

        def text(ref):
            return seed_corpus.article(ref.article).quotes[ref.index].text

        (key,) = [
            k
            for k, (_, refs, _, _) in pane.rows.items()
            if any("exchanged views" in text(r) for r in refs)
        ]
        _, refs, relation, disagree = pane.rows[key]
        assert {r.article[:3] for r in refs} == {"002", "003"} and disagree
        pane.select(key)
        await pilot.pause()
        beside = pane.query_one(Beside)
        assert [label for label, _, _ in beside.columns] == ["#3 Mar 23", "#4 Mar 23"]
