"""Long lists are shown a page at a time: counted whole, built a page at a time."""

from __future__ import annotations

import pytest

from tests.app.conftest import make_app
from tui.app.messages import FollowHighlight
from tui.app.widgets.actors import ActorsPane
from tui.app.widgets.base import ListTable
from tui.app.widgets.reader import ReaderPane

SIZE = (120, 40)


@pytest.fixture
def small_pages(monkeypatch):
    monkeypatch.setattr(ListTable, "PAGE", 4)  # the seeds' 32 actors make 8 pages


def _title(pane) -> str:
    return str(pane.query_one(f"#{pane.pane_id}-title").render())


def _page_keys(table) -> list[str]:
    """The row keys of the page shown, top to bottom."""
    return [table.coordinate_to_cell_key((r, 0)).row_key.value for r in range(table.row_count)]


async def test_pages_turn_with_angle_brackets_and_the_title_says_where(seed_corpus, small_pages):
    app = make_app(seed_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3")
        await pilot.pause()
        pane = app.query_one(ActorsPane)
        table = pane.table()
        n = len(seed_corpus.actors)
        assert table.row_count == 4 and table.total == n
        assert f"rows 1–4 of {n}" in _title(pane)
        first_page = _page_keys(table)
        await pilot.press("greater_than_sign")
        await pilot.pause()
        assert table.page == 1 and table.row_count == 4
        assert f"rows 5–8 of {n}" in _title(pane)
        second_page = _page_keys(table)
        assert not set(first_page) & set(second_page)
        assert pane.selected_id() == second_page[0]  # the cursor starts the page
        await pilot.press("less_than_sign", "less_than_sign")  # the second press has no page before
        await pilot.pause()
        assert table.page == 0 and pane.selected_id() == first_page[0]
        # every actor is on exactly one page
        seen = []
        for _ in range(table.pages()):
            seen += _page_keys(table)
            await pilot.press("greater_than_sign")
            await pilot.pause()
        assert sorted(seen) == sorted(a.id for a in seed_corpus.actors)


async def test_the_filter_starts_again_on_the_first_page(seed_corpus, small_pages):
    app = make_app(seed_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3", "greater_than_sign", "greater_than_sign")
        await pilot.pause()
        table = app.query_one(ActorsPane).table()
        assert table.page == 2
        await pilot.press("slash", "t", "a", "l")
        await pilot.pause()
        assert table.page == 0 and table.row_count >= 1
        assert "rows" not in _title(app.query_one(ActorsPane)) or table.total > 4


async def test_following_a_link_turns_to_the_page_that_holds_it(seed_corpus, small_pages):
    """A mention in the reader leads to its actor even when that actor is on a later page."""
    app = make_app(seed_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3")
        await pilot.pause()
        pane = app.query_one(ActorsPane)
        on_first = set(_page_keys(pane.table()))
        await pilot.press("2")
        reader = app.query_one(ReaderPane)
        target = None
        for article in seed_corpus.articles:
            for i, m in enumerate(article.mentions):
                if m.actor and m.actor not in on_first:
                    target = (article.id, i, m.actor)
                    break
            if target:
                break
        assert target, "the seeds name more actors than fit on one page"
        reader.post_message(
            FollowHighlight(target[0], "mention", target[1])
        )  # as enter on the mention does
        await pilot.pause()
        assert app.active == "actors"
        assert pane.selected_id() == target[2]
        assert pane.table().page > 0


async def test_hidden_panes_are_filled_when_first_shown(seed_corpus):
    """After loading, only the panes on screen (and the sources list and reader, which
    others follow) are filled; the rest fill when first shown or asked to select."""
    from tui.app.widgets.quotes import QuotesPane
    from tui.app.widgets.timeline import TimelinePane

    app = make_app(seed_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        timeline, quotes = app.query_one(TimelinePane), app.query_one(QuotesPane)
        assert timeline._pending is not None and timeline.table().row_count == 0
        await pilot.press("4")
        await pilot.pause()
        # the story's own days: the background before them is one key away
        story = [e for e in seed_corpus.timeline if not timeline._before_story(e)]
        assert 0 < len(story) < len(seed_corpus.timeline)
        assert timeline._pending is None and timeline.table().row_count == len(story)
        await pilot.press("b")
        await pilot.pause()
        assert timeline.table().row_count == len(seed_corpus.timeline)
        await pilot.press("b")
        await pilot.pause()
        # a pane asked to select something before it was ever shown fills first
        assert quotes._pending is not None
        group = seed_corpus.quote_groups[0].members[0]
        assert app.shown(QuotesPane).select_quote(group.article, group.index)
        assert quotes._pending is None and quotes.table().row_count > 0


async def test_keys_typed_with_the_slash_go_into_the_filter(seed_corpus):
    """ "/2020" arriving in one read (a paste, a fast typist, tmux send-keys): the digits are
    the filter's, not pane switches."""
    from textual import events

    from tui.app.widgets.timeline import TimelinePane

    app = make_app(seed_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("4")
        await pilot.pause()
        for key, char in (("slash", "/"), ("2", "2"), ("0", "0"), ("2", "2"), ("0", "0")):
            app.post_message(events.Key(key, char))  # all queued before any is handled
        await pilot.pause()
        assert app.active == "timeline"
        assert app.query_one(TimelinePane).filter_text == "2020"
        await pilot.press("escape")  # and the list has the keys again
        await pilot.pause()
        await pilot.press("3")
        assert app.active == "actors"


async def test_after_enter_in_the_filter_the_list_keys_move_again(seed_corpus):
    """With a filter kept (enter), j and k move in the list; they are not typed into it."""
    app = make_app(seed_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3", "slash", "a", "n", "enter")
        await pilot.pause()
        pane = app.query_one(ActorsPane)
        assert pane.filter_text == "an" and pane.table().row_count >= 2
        first = pane.selected_id()
        await pilot.press("j")
        await pilot.pause()
        assert pane.filter_text == "an" and pane.selected_id() != first


async def test_a_filter_keystroke_draws_the_detail_once_and_moving_still_draws_it(
    seed_corpus, monkeypatch
):
    """The detail of the item under the cursor (up to 300 sentences) is drawn once per
    filter keystroke: select() draws it, and the cursor-moved message that follows is not
    drawn again (it was three times); moving the cursor draws each new item's."""
    drawn: list[str | None] = []
    real = ActorsPane.show_detail

    def counting(self, key):
        drawn.append(key)
        return real(self, key)

    monkeypatch.setattr(ActorsPane, "show_detail", counting)
    app = make_app(seed_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3")
        await pilot.pause()
        pane = app.query_one(ActorsPane)
        await pilot.press("slash", "a")
        await pilot.pause()
        drawn.clear()
        await pilot.press("f")
        await pilot.pause()
        assert drawn == [pane.selected_id()]
        await pilot.press("escape")  # closes the filter and draws the list whole again
        await pilot.pause()
        drawn.clear()
        first = pane.selected_id()
        await pilot.press("j")
        await pilot.pause()
        second = pane.selected_id()
        assert second != first and drawn == [second]
        view = str(pane.query_one("#actors-detail").render_line(0).text)
        assert app.index.actors[second].name[:10] in view
