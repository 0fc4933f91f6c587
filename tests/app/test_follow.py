"""Following a link lands on the item, in the middle of the view, at every size."""

from __future__ import annotations

import pytest

from tests.app.conftest import make_app
from tui.app.widgets.reader import ReaderPane
from tui.app.widgets.textview import TextView

SIZES = [(80, 24), (120, 40), (200, 50)]


def assert_centered(first: int, height: int, top: int, most: int, label: str) -> None:
    """Line ``first`` (of a view ``height`` lines tall scrolled to ``top``, at most to
    ``most``) is in view, in its middle unless the view cannot scroll that far."""
    assert top <= first < top + height, f"{label}: line {first} not in {top}..{top + height}"
    wanted = min(max(0, first - height // 2), most)
    assert abs(top - wanted) <= 1, f"{label}: scrolled to {top}, the middle is {wanted}"


def assert_reader_on_cursor(app) -> None:
    reader = app.query_one(ReaderPane)
    view = reader.query_one(TextView)
    h = reader.highlights[reader.cursor]
    height = view.scrollable_content_region.height
    assert height > 0
    assert_centered(
        view.line_of(h.start), height, round(view.scroll_y), round(view.max_scroll_y), "reader"
    )
    assert "reverse" in str(view.text.get_style_at_offset(app.console, h.start))


def assert_row_centered(app, pane_id: str, key: str) -> None:
    pane = app.pane(pane_id)
    table = pane.table()
    assert pane.selected_id() == key
    header = table.header_height
    height = table.scrollable_content_region.height - header
    assert_centered(
        table.cursor_row, height, round(table.scroll_y), round(table.max_scroll_y), pane_id
    )


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
async def test_an_actor_followed_into_the_reader_is_in_the_middle(seed_corpus, size):
    app = make_app(seed_corpus)
    async with app.run_test(size=size) as pilot:
        await pilot.press("3")
        actors = app.pane("actors")
        # the actor whose first sentence is furthest into its article
        keys = [k.value for k in actors.table().rows]
        deepest = max(keys, key=lambda k: app.index.occurrences(k, limit=1)[0].start)
        actors.select(deepest)
        await pilot.press("enter")
        await pilot.pause()
        assert app.active == "reader"
        assert_reader_on_cursor(app)


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
async def test_a_date_followed_into_the_reader_is_in_the_middle(seed_corpus, size):
    app = make_app(seed_corpus)
    async with app.run_test(size=size) as pilot:
        await pilot.press("4", "G", "enter")
        await pilot.pause()
        assert app.active == "reader"
        assert_reader_on_cursor(app)


async def walk_to(pilot, reader, wanted) -> None:
    """Press n until the reader's cursor is on a highlight ``wanted`` accepts."""
    for _ in range(len(reader.highlights) + 1):
        await pilot.press("n")
        if wanted(reader.highlights[reader.cursor]):
            return
    raise AssertionError("no such highlight")


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
async def test_an_actor_followed_from_the_reader_is_selected_in_the_middle(seed_corpus, size):
    app = make_app(seed_corpus)
    async with app.run_test(size=size) as pilot:
        await pilot.press("3")
        order = [k.value for k in app.pane("actors").table().rows]
        await pilot.press("2")
        reader = app.query_one(ReaderPane)
        mentions = reader.article.mentions
        # the mention of the actor lowest in the actors list
        last = max(
            (h for h in reader.highlights if h.kind == "mention" and mentions[h.index].actor),
            key=lambda h: order.index(mentions[h.index].actor),
        )
        await walk_to(pilot, reader, lambda h: h == last)
        await pilot.press("enter")
        await pilot.pause()
        assert app.active == "actors"
        assert_row_centered(app, "actors", mentions[last.index].actor)


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
async def test_a_date_followed_from_the_reader_is_selected_in_the_middle(seed_corpus, size):
    app = make_app(seed_corpus)
    async with app.run_test(size=size) as pilot:
        await pilot.press("2")
        reader = app.query_one(ReaderPane)
        a = reader.article
        entry = app.index.entry_of_timex
        last = max(
            (h for h in reader.highlights if h.kind == "timex" and (a.id, h.index) in entry),
            key=lambda h: entry[(a.id, h.index)],
        )
        await walk_to(pilot, reader, lambda h: h == last)
        await pilot.press("enter")
        await pilot.pause()
        assert app.active == "timeline"
        assert_row_centered(app, "timeline", str(entry[(a.id, last.index)]))
