"""Pilot tests: a keyboard tour through the dashboard on the five seeds."""

from __future__ import annotations

from textual.widgets import DataTable, Input

from tests.app.conftest import NAMESAKES, make_app
from tui.app.widgets.actors import ActorsPane
from tui.app.widgets.discrepancies import DiscrepanciesPane
from tui.app.widgets.quotes import QuotesPane
from tui.app.widgets.reader import ReaderPane
from tui.app.widgets.sources import SourcesPane
from tui.app.widgets.timeline import TimelinePane

SIZE = (120, 40)


async def test_loads_in_a_worker_and_fills_the_sources_table():
    app = make_app()  # no preloaded corpus: the worker loads it
    async with app.run_test(size=SIZE) as pilot:
        # the load starts after the first frame: wait for it to start, then to end
        for _ in range(1200):
            await app.workers.wait_for_complete()
            if app.corpus is not None:
                break
            await pilot.pause(0.05)
        await pilot.pause()
        table = app.query_one("#sources-table", DataTable)
        assert table.row_count == 5
        assert app.corpus is not None and len(app.corpus.articles) == 5
        status = str(app.query_one("#status-text").render())
        assert "5 sources" in status


async def test_keyboard_tour_through_all_five_seeds(app):
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.active == "sources"
        seen = []
        for _ in range(5):
            await pilot.press("enter")  # open the selected source in the reader
            await pilot.pause()
            assert app.active == "reader"
            reader = app.query_one(ReaderPane)
            seen.append(reader.article.id)
            assert reader.query_one("#reader-text").text.plain  # the text is shown
            await pilot.press("1", "j")  # back to sources, next row
            await pilot.pause()
        assert seen == [a.id for a in app.corpus.articles]


async def test_brackets_step_sources_from_anywhere(app):
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        assert app.active == "reader"
        first = app.query_one(ReaderPane).article.id
        await pilot.press("right_square_bracket")
        await pilot.pause()
        second = app.query_one(ReaderPane).article.id
        assert second != first
        await pilot.press("left_square_bracket")
        await pilot.pause()
        assert app.query_one(ReaderPane).article.id == first
        await pilot.press("left_square_bracket")  # wraps around to the last
        await pilot.pause()
        assert app.query_one(ReaderPane).article.id == app.corpus.articles[-1].id


async def test_tab_number_keys_and_escape_move_between_panes(app):
    async with app.run_test(size=SIZE) as pilot:
        order = []
        for _ in range(6):
            order.append(app.active)
            await pilot.press("tab")
        assert order == ["sources", "reader", "actors", "timeline", "quotes", "discrepancies"]
        assert app.active == "sources"
        await pilot.press("shift+tab")
        assert app.active == "discrepancies"
        await pilot.press("3")
        assert app.active == "actors"
        await pilot.press("escape")  # back to where we came from
        assert app.active == "discrepancies"


async def test_reader_highlights_and_follow_to_actor(app):
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        reader = app.query_one(ReaderPane)
        assert reader.highlights, "the seeds have actors, quotes and dates to highlight"
        kinds = {h.kind for h in reader.highlights}
        # walk to the first actor mention and follow it
        for _ in range(len(reader.highlights)):
            await pilot.press("n")
            if reader.highlights[reader.cursor].kind == "mention":
                break
        m = reader.article.mentions[reader.highlights[reader.cursor].index]
        await pilot.press("enter")
        await pilot.pause()
        if m.actor:
            assert app.active == "actors"
            assert app.query_one(ActorsPane).selected_id() == m.actor
            await pilot.press("escape")
            assert app.active == "reader"
        assert "mention" in kinds


async def test_reader_toggles_hide_a_kind(app):
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        reader = app.query_one(ReaderPane)
        before = {h.kind for h in reader.highlights}
        await pilot.press("a")
        assert "mention" not in {h.kind for h in reader.highlights}
        await pilot.press("d")
        assert "timex" not in {h.kind for h in reader.highlights}
        assert "⟨" not in reader.query_one("#reader-text").text.plain  # date values hidden too
        await pilot.press("a", "d")
        assert {h.kind for h in reader.highlights} == before


async def test_filter_narrows_the_focused_list_and_escape_clears_it(app):
    async with app.run_test(size=SIZE) as pilot:
        table = app.query_one("#sources-table", DataTable)
        await pilot.press("slash")
        assert isinstance(app.focused, Input)
        await pilot.press(*"new york")
        await pilot.pause()
        assert table.row_count == 1
        await pilot.press("escape")
        await pilot.pause()
        assert table.row_count == 5
        assert app.focused is table


async def test_sources_sort_cycles_columns(app):
    async with app.run_test(size=SIZE) as pilot:
        pane = app.query_one(SourcesPane)
        await pilot.press("s")
        assert pane.sort_key == "outlet"
        await pilot.press("s")
        assert pane.sort_key == "date"
        await pilot.press("r")
        assert pane.reverse


async def test_actor_timeline_and_quote_lists_lead_to_the_reader(app):
    async with app.run_test(size=SIZE) as pilot:
        for key, pane_cls in (
            ("3", ActorsPane),
            ("4", TimelinePane),
            ("5", QuotesPane),
            ("6", DiscrepanciesPane),
        ):
            await pilot.press(key)
            pane = app.query_one(pane_cls)
            if pane.selected_id() is None:
                continue
            await pilot.press("enter")
            await pilot.pause()
            assert app.active == "reader"
            reader = app.query_one(ReaderPane)
            assert 0 <= reader.cursor < len(reader.highlights)  # the item is highlighted


async def test_help_and_problems_screens_open_and_close(app):
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        assert type(app.screen).__name__ == "HelpScreen"
        await pilot.press("escape")
        assert type(app.screen).__name__ != "HelpScreen"
        await pilot.press("f1")
        assert type(app.screen).__name__ == "HelpScreen"
        await pilot.press("escape", "w")
        assert type(app.screen).__name__ == "ProblemsScreen"
        await pilot.press("escape")


async def test_keys_are_remappable_from_the_config(seed_corpus):
    app = make_app(seed_corpus, config_text="keys:\n  pane.next: n\n  filter: f\n")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n")
        assert app.active == "reader"


async def test_quit(app):
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code in (0, None)


async def test_keys_typed_right_after_a_pane_switch_reach_the_new_pane(app):
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("5", "1", "j", "j", "j", "j", "enter")  # no pauses: a fast typist
        await pilot.pause()
        assert app.query_one(ReaderPane).article.id == app.corpus.articles[4].id


async def test_discrepancies_pane_lists_show_sources_and_coverage_matrix(app):
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("6")
        pane = app.query_one(DiscrepanciesPane)
        table = pane.query_one("#discrepancies-table", DataTable)
        assert table.row_count == len(app.corpus.discrepancies) > 0
        columns = pane.query(".beside-column")
        assert len(columns) >= 1  # the first discrepancy's sentences, one column per source
        await pilot.press("K")
        assert pane.kind == "figure"
        assert all(app.corpus.discrepancies[int(k.value)].kind == "figure" for k in table.rows)
        await pilot.press("c")
        matrix = pane.query_one("#discrepancies-matrix", DataTable)
        assert matrix.row_count > 0 and len(matrix.columns) == 2 + len(app.corpus.articles)
        await pilot.press("c")
        assert not pane.has_class("matrix")


async def test_reader_figure_follows_to_its_discrepancy(app):
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        reader = app.query_one(ReaderPane)
        figures = [i for i, h in enumerate(reader.highlights) if h.kind == "figure"]
        assert figures
        for i in figures:
            reader.cursor = i - 1 if i else len(reader.highlights) - 1
            await pilot.press("n", "enter")
            await pilot.pause()
            if app.active == "discrepancies":
                sel = app.query_one(DiscrepanciesPane).selected_id()
                d = app.corpus.discrepancies[int(sel)]
                h = reader.highlights[i]
                assert any(
                    it.article == reader.article.id and it.kind == "figure" and it.index == h.index
                    for it in d.items
                )
                return
            await pilot.press("2")
        raise AssertionError("no figure in the first seed led to a discrepancy")


async def test_filter_matches_the_title_column_as_shown(app):
    """An article without a headline shows its first words; the filter finds those too."""
    async with app.run_test(size=SIZE) as pilot:
        table = app.query_one("#sources-table", DataTable)
        await pilot.press("slash", *"representatives")
        await pilot.pause()
        assert table.row_count == 1


async def test_actor_detail_lists_the_other_names_not_the_name_again(app):
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3")
        await pilot.pause()
        pane = app.query_one(ActorsPane)
        view = pane.query_one("#actors-detail")
        lines = {}
        for _ in range(len(app.corpus.actors)):
            actor = app.index.actors[pane.selected_id()]
            lines[actor.name] = next(
                (ln for ln in view.text.plain.splitlines() if ln.startswith("Also: ")), None
            )
            others = [a for a in actor.aliases if a != actor.name]
            assert lines[actor.name] == ("Also: " + ", ".join(others) if others else None)
            await pilot.press("j")
            await pilot.pause()
        assert lines["Taliban"] is None  # its only alias is its name
        assert lines["Kabul"] == "Also: KABUL"


async def test_an_undecided_name_is_marked_in_the_actors_pane(namesakes_corpus):
    app = make_app(namesakes_corpus, paths=[NAMESAKES])
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3")
        await pilot.pause()
        pane = app.query_one(ActorsPane)
        table = pane.query_one(DataTable)
        (undecided,) = [a for a in app.corpus.actors if a.candidates]
        names = {a.id: a.name for a in app.corpus.actors}
        for _ in range(len(app.corpus.actors)):
            if pane.selected_id() == undecided.id:
                break
            await pilot.press("j")
            await pilot.pause()
        assert pane.selected_id() == undecided.id
        row = [str(c) for c in table.get_row(undecided.id)]
        assert row[2].startswith("? ") and all(names[c] in row[2] for c in undecided.candidates)
        detail = pane.query_one("#actors-detail").text.plain
        assert "? Ambiguous: “Clinton” here may be" in detail
        assert all(names[c] in detail for c in undecided.candidates)
        assert "Not mentioned by" not in detail  # no coverage claim for an undecided name
        # the people it may be are listed without the mark
        for c in undecided.candidates:
            assert not str(table.get_row(c)[2]).startswith("? ")
