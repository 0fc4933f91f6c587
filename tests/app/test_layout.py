"""Every pane at every size: the grid, 80x24, a wide terminal, empty lists."""

from __future__ import annotations

import pytest

from tests.app.conftest import make_app
from tui.app.app import grid_shape
from tui.app.widgets.base import share
from tui.app.widgets.footer import fitting

LISTS = ["sources", "actors", "timeline", "quotes", "discrepancies"]


@pytest.fixture(autouse=True)
def no_state(tmp_path, monkeypatch):
    monkeypatch.setenv("STORYLINE_STATE_DIR", str(tmp_path / "state"))


@pytest.mark.parametrize(
    "n, reader, shape",
    [
        (6, True, (3, 2, 1)),
        (5, True, (3, 2, 2)),
        (4, True, (2, 2, 1)),
        (3, True, (2, 2, 2)),
        (3, False, (2, 2, 1)),
        (2, True, (2, 1, 1)),
        (1, False, (1, 1, 1)),
    ],
    ids=["six", "five-reader-spans", "four", "three-reader-spans", "three", "two", "one"],
)
def test_grid_shape_has_a_cell_for_every_pane(n, reader, shape):
    columns, rows, span = grid_shape(n, reader)
    assert (columns, rows, span) == shape
    assert columns * rows >= n + span - 1


@pytest.mark.parametrize(
    "room, wants, least, widths",
    [
        (100, [10, 80], [5, 5], [10, 80]),
        (50, [10, 80], [5, 5], [10, 40]),
        (20, [30, 80], [8, 8], [10, 10]),
        (5, [30, 80], [8, 8], [8, 8]),
    ],
    ids=["room-for-all", "narrow-one-first", "shared", "below-least"],
)
def test_share(room, wants, least, widths):
    assert share(room, wants, least) == widths


def test_the_footer_leaves_out_the_least_needed_keys_first():
    keys = [
        ("sources.sort", 8),
        ("quit", 8),
        ("help", 8),
        ("source.prev", 15),
        ("filter", 10),
        ("open", 8),
    ]
    assert fitting(keys, 100) == set()  # (never quit, help, filter)
    keys.insert(4, ("source.next", 15))
    assert fitting(keys, 55) == {"open", "source.prev", "source.next"}  # the pair together
    assert fitting(keys, 20) == {"open", "source.prev", "source.next", "sources.sort"}


async def test_grid_shows_six_panes_and_6_focuses_the_sixth(seed_corpus):
    app = make_app(seed_corpus, config_text="layout:\n  mode: grid\n")
    async with app.run_test(size=(200, 50)) as pilot:
        await pilot.pause()
        screen = app.screen.region
        for pane_id in app.pane_ids:
            region = app.pane(pane_id).region
            assert region.height > 10 and region.width > 50 and screen.contains_region(region)
        await pilot.press("6")
        await pilot.pause()
        assert app.active == "discrepancies"
        assert app.focused is not None and app.focused in app.pane("discrepancies").walk_children()


@pytest.mark.parametrize("pane_id", LISTS)
async def test_every_list_is_usable_at_80x24(seed_corpus, pane_id):
    app = make_app(seed_corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(str(app.pane_ids.index(pane_id) + 1))
        await pilot.pause()
        table = app.pane(pane_id).table()
        rows_shown = table.scrollable_content_region.height - table.header_height
        assert rows_shown >= min(6, table.row_count), "the list keeps its rows"
        assert table.virtual_size.width <= table.scrollable_content_region.width, (
            "no column out of view"
        )
        shown = [k.description for k in app.query("FooterKey")]
        assert {"Quit", "Help"} <= set(shown) and ({"Filter", "Find"} & set(shown))


async def test_the_detail_below_a_list_scrolls_with_ctrl_d(seed_corpus):
    app = make_app(seed_corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("3")
        await pilot.pause()
        detail = app.pane("actors").query_one("#actors-detail")
        assert detail.max_scroll_y > 0
        await pilot.press("ctrl+d")
        assert detail.scroll_y > 0
        await pilot.press("ctrl+u")
        assert detail.scroll_y == 0


async def test_a_wide_terminal_gives_its_width_to_titles_and_statements(seed_corpus):
    app = make_app(seed_corpus)
    async with app.run_test(size=(200, 50)) as pilot:
        await pilot.pause()
        sources = app.pane("sources").table()
        longest = max(len(a.title or "") for a in seed_corpus.articles)
        assert sources.columns["title"].width >= min(longest, 100) > 46
        await pilot.press("5")
        await pilot.pause()
        quotes = app.pane("quotes").table()
        assert quotes.columns["text"].width > 70
        assert quotes.virtual_size.width <= quotes.scrollable_content_region.width


@pytest.mark.parametrize("pane_id", LISTS)
async def test_a_filter_without_a_match_says_so_and_clears_the_detail(seed_corpus, pane_id):
    from textual.widgets import Static

    app = make_app(seed_corpus)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press(str(app.pane_ids.index(pane_id) + 1), "j")
        await pilot.pause()
        pane = app.pane(pane_id)
        before = pane.selection()
        await pilot.press("slash", *"xyzzy")
        await pilot.pause()
        empty = pane.query_one(f"#{pane_id}-empty", Static)
        assert empty.display and "No match for “xyzzy”" in str(empty.render())
        assert pane.selection() is None and before is not None
        for detail in pane.query(".detail"):
            assert "xyzzy" not in str(detail)
            text = (
                detail.text.plain
                if hasattr(detail, "text")
                else str(detail.query_one(Static).render())
            )
            assert text.startswith(("Select", "No ")), text[:80]


async def test_a_highlight_posted_before_the_filter_emptied_the_list_is_not_shown(seed_corpus):
    """Typed fast, a filter empties the list while the table's message for the row the
    first letter left highlighted is still on its way: that row's detail stays away."""
    from textual.widgets import DataTable
    from textual.widgets.data_table import RowKey

    app = make_app(seed_corpus)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("5", "j")
        pane = app.pane("quotes")
        stale = pane.selected_id()
        await pilot.press("slash", *"xyzzy")
        await pilot.pause()
        table = pane.table()
        table.post_message(DataTable.RowHighlighted(table, 0, RowKey(stale)))
        await pilot.pause()
        assert "Select a statement" in str(pane.query_one("#quotes-summary").render())
        assert not pane.query("#quotes-columns > .version")


async def test_a_kind_with_nothing_in_it_says_so(seed_corpus):
    app = make_app(seed_corpus)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("6")
        pane = app.pane("discrepancies")
        kinds = {d.kind for d in seed_corpus.discrepancies}
        for _ in range(4):
            await pilot.press("K")
            if pane.kind not in kinds:
                break
        if pane.kind in kinds:
            pytest.skip("the seeds have discrepancies of every kind")
        assert f"No {pane.kind} discrepancies" in str(
            pane.query_one("#discrepancies-empty").render()
        )
