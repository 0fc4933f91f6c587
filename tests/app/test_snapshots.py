"""Snapshot tests of every screen and state a user sees (fixed size, no blink, no clock).

Update after a deliberate change with `pytest tests/app/test_snapshots.py --snapshot-update`,
then look at each changed SVG (render it to PNG) before committing it.
"""

from __future__ import annotations

import pytest

from tests.app.conftest import NAMESAKES, SEVEN, make_app, no_cursor_blink

SIZE = (120, 40)


@pytest.fixture(autouse=True)
def no_state(tmp_path, monkeypatch):
    monkeypatch.setenv("STORYLINE_STATE_DIR", str(tmp_path / "state"))


def _app(seed_corpus, **kw):
    app = make_app(seed_corpus, **kw)
    app.remember = False
    return app


def snap(snap_compare, app, *keys, size=SIZE, before=None):
    async def run_before(pilot):
        no_cursor_blink(pilot)
        await pilot.pause()
        if before:
            await before(pilot)
        if keys:
            await pilot.press(*keys)
        await pilot.pause()
        no_cursor_blink(pilot)

    return snap_compare(app, run_before=run_before, terminal_size=size)


def test_sources(snap_compare, seed_corpus):
    assert snap(snap_compare, _app(seed_corpus))


def test_sources_sorted_by_date(snap_compare, seed_corpus):
    assert snap(snap_compare, _app(seed_corpus), "s", "s")


def test_filter_sources(snap_compare, seed_corpus):
    assert snap(snap_compare, _app(seed_corpus), "slash", *"taliban")


def test_reader_opened_article(snap_compare, seed_corpus):
    assert snap(snap_compare, _app(seed_corpus), "j", "j", "j", "j", "enter")


def test_reader_on_a_highlight(snap_compare, seed_corpus):
    assert snap(snap_compare, _app(seed_corpus), "enter", "n", "n", "n", "n")


def test_reader_with_actor_highlights_off(snap_compare, seed_corpus):
    assert snap(snap_compare, _app(seed_corpus), "2", "a")


def test_actors_selected_actor(snap_compare, seed_corpus):
    assert snap(snap_compare, _app(seed_corpus), "3", "j", "j", "j", "j")


def test_actors_people_only(snap_compare, seed_corpus):
    assert snap(snap_compare, _app(seed_corpus), "3", "K")


def test_actors_undecided_name(snap_compare, namesakes_corpus):
    # "Clinton" where the text does not say which Clinton: marked in the list and the detail
    app = make_app(namesakes_corpus, paths=[NAMESAKES])
    app.remember = False
    assert snap(snap_compare, app, "3", "j", "j", "j")


def test_timeline_date(snap_compare, seed_corpus):
    assert snap(snap_compare, _app(seed_corpus), "4", "j", "j")


def test_quote_group_with_differences(snap_compare, seed_corpus):
    assert snap(snap_compare, _app(seed_corpus), "5")


def test_discrepancies(snap_compare, seed_corpus):
    assert snap(snap_compare, _app(seed_corpus), "6")


def test_discrepancies_coverage_matrix(snap_compare, seed_corpus):
    assert snap(snap_compare, _app(seed_corpus), "6", "c")


def test_help(snap_compare, seed_corpus):
    assert snap(snap_compare, _app(seed_corpus), "question_mark")


def test_problems_list(snap_compare, seed_corpus):
    assert snap(snap_compare, _app(seed_corpus), "w")


def test_command_palette(snap_compare, seed_corpus):
    async def settle(pilot):
        await pilot.press("ctrl+p", *"ghani")
        # the palette searches in workers (one per keystroke, each cancelling the last):
        # wait until they are all done, not for a fixed time a loaded machine may exceed
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.app.workers.wait_for_complete()
        await pilot.pause(0.1)

    assert snap(snap_compare, _app(seed_corpus), before=settle)


class TestEveryPaneAt80x24:
    """The smallest terminal a reader is likely to have: every pane keeps its list rows,
    its columns and its footer's main keys."""

    SMALL = (80, 24)

    def test_sources(self, snap_compare, seed_corpus):
        assert snap(snap_compare, _app(seed_corpus), size=self.SMALL)

    def test_reader(self, snap_compare, seed_corpus):
        assert snap(snap_compare, _app(seed_corpus), "2", size=self.SMALL)

    def test_actors(self, snap_compare, seed_corpus):
        assert snap(snap_compare, _app(seed_corpus), "3", "j", size=self.SMALL)

    def test_timeline(self, snap_compare, seed_corpus):
        assert snap(snap_compare, _app(seed_corpus), "4", size=self.SMALL)

    def test_quotes(self, snap_compare, seed_corpus):
        assert snap(snap_compare, _app(seed_corpus), "5", size=self.SMALL)

    def test_discrepancies(self, snap_compare, seed_corpus):
        assert snap(snap_compare, _app(seed_corpus), "6", size=self.SMALL)

    def test_help(self, snap_compare, seed_corpus):
        assert snap(snap_compare, _app(seed_corpus), "question_mark", size=self.SMALL)


def test_help_scrolled(snap_compare, seed_corpus):
    assert snap(snap_compare, _app(seed_corpus), "question_mark", "pagedown", "j", "j")


def test_reader_find_bar(snap_compare, seed_corpus):
    assert snap(snap_compare, _app(seed_corpus), "2", "slash", *"taliban", "enter", "n")


def test_a_filter_without_a_match(snap_compare, seed_corpus):
    assert snap(snap_compare, _app(seed_corpus), "3", "slash", *"xyzzy")


def test_grid_with_six_panes_on_a_wide_terminal(snap_compare, seed_corpus):
    app = _app(seed_corpus, config_text="layout:\n  mode: grid\n")
    assert snap(snap_compare, app, "6", size=(200, 50))


def test_grid_layout_falls_back_to_tabs_when_narrow(snap_compare, seed_corpus):
    app = _app(
        seed_corpus, config_text="layout:\n  mode: grid\n  panes: [quotes, actors, sources]\n"
    )
    assert snap(snap_compare, app, size=SIZE)


def test_ansi_theme(snap_compare, seed_corpus):
    app = _app(seed_corpus, config_text="theme: ansi-dark\n")
    assert snap(snap_compare, app)


def test_loading_in_progress(snap_compare):
    from tui.app.app import StorylineApp
    from tui.app.messages import LoadProgress
    from tui.config import Config

    class StillLoading(StorylineApp):
        def load(self):  # the worker is replaced by a fixed point of progress
            self.post_message(LoadProgress(2, 5, "seeds/002_3a935cbd948845d5.txt"))

    async def progress_shown(pilot):
        # the load starts after the first frame; its progress arrives as a message
        while pilot.app.query_one("#progress").progress != 2:
            await pilot.pause(0.01)
        await pilot.wait_for_scheduled_animations()  # the bar glides to its new value
        await pilot.pause()

    app = StillLoading(paths=["seeds"], config=Config(), remember=False)
    assert snap(snap_compare, app, before=progress_shown)


def test_hostile_article_in_the_reader(snap_compare):
    """Markup, escapes, bidi overrides and floods shown as inert, visible text."""
    from tests.app.test_hostile_display import hostile_corpus
    from tui.app.app import StorylineApp
    from tui.config import Config

    app = StorylineApp(config=Config(), corpus=hostile_corpus(), remember=False)
    assert snap(snap_compare, app, "2")


class TestSevenSources:
    """Seven reports of one event (two from one outlet, one of an unknown outlet): every
    source is named by its label and reachable side by side, at three sizes."""

    SIZES = [(80, 24), (120, 40), (200, 50)]

    @staticmethod
    def _app(corpus):
        app = make_app(corpus, paths=[SEVEN])
        app.remember = False
        return app

    @staticmethod
    async def _seven_group(pilot):
        from tui.app.widgets.quotes import QuotesPane

        await pilot.press("5")
        pane = pilot.app.query_one(QuotesPane)
        pane.select(next(k for k, row in pane.rows.items() if len(row[1]) == 7))

    @pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
    def test_sources_table(self, snap_compare, seven_corpus, size):
        assert snap(snap_compare, self._app(seven_corpus), size=size)

    @pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
    def test_quotes_side_by_side(self, snap_compare, seven_corpus, size):
        app = self._app(seven_corpus)
        assert snap(snap_compare, app, size=size, before=self._seven_group)

    @pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
    def test_discrepancies_scrolled(self, snap_compare, seven_corpus, size):
        app = self._app(seven_corpus)
        assert snap(snap_compare, app, "6", "right", "right", "right", "right", size=size)

    @pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
    def test_coverage_matrix(self, snap_compare, seven_corpus, size):
        assert snap(snap_compare, self._app(seven_corpus), "6", "c", size=size)

    @pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
    def test_timeline_in_words(self, snap_compare, seed_corpus, size):
        app = _app(seed_corpus)
        assert snap(snap_compare, app, "4", "j", size=size)


def test_timeline_with_the_background(snap_compare, seed_corpus):
    assert snap(snap_compare, _app(seed_corpus), "4", "b")
