"""The first frame shows the active pane alone; the other panes are mounted right after it,
in their places, and keys pressed in between are not lost."""

from __future__ import annotations

import pytest
from textual import events

from tests.app.conftest import make_app
from tui.app.app import StorylineApp
from tui.app.widgets.actors import ActorsPane
from tui.app.widgets.base import Pane

SIZE = (120, 40)


async def test_first_frame_has_the_active_pane_then_all_panes_in_order(seed_corpus, monkeypatch):
    at_first_paint: list[list[str]] = []
    original = StorylineApp._display

    def display(self, screen, renderable):
        if renderable is not None and not at_first_paint:
            at_first_paint.append([p.pane_id for p in self.query(Pane)])
        return original(self, screen, renderable)

    monkeypatch.setattr(StorylineApp, "_display", display)
    app = make_app(seed_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert at_first_paint == [[app.pane_ids[0]]]
        assert [p.pane_id for p in app.query(Pane)] == app.pane_ids
        assert [p.pane_id for p in app.query(Pane) if p.display] == [app.pane_ids[0]]
        assert app.corpus is not None  # loaded once every pane was there to show it


async def test_the_active_pane_is_mounted_first_wherever_it_is_in_the_order(seed_corpus):
    config = (
        "sources: {paths: [seeds]}\n"
        "layout: {mode: tabs, panes: [sources, reader, actors, timeline, quotes, discrepancies]}\n"
    )
    app = make_app(seed_corpus, config_text=config)
    app.active = "actors"  # as a restored session would have it
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert [p.pane_id for p in app.query(Pane)] == app.pane_ids
        assert [p.pane_id for p in app.query(Pane) if p.display] == ["actors"]


async def test_grid_mode_composes_every_pane_at_once(seed_corpus):
    config = "sources: {paths: [seeds]}\nlayout: {mode: grid}\n"
    app = make_app(seed_corpus, config_text=config)
    async with app.run_test(size=(200, 60)) as pilot:
        assert not app._unmounted
        await pilot.pause()
        assert len(app.query(Pane)) == len(app.pane_ids)


class TypedAhead(StorylineApp):
    """Keys arrive before the panes after the first one are mounted."""

    def on_mount(self) -> None:
        for key in ("3", "j"):
            self.post_message(events.Key(key, key))


async def test_keys_typed_before_the_panes_are_mounted_are_handled_after(seed_corpus, monkeypatch):
    from tests.conftest import ROOT, SEEDS
    from tui.config import load_config

    seen_early = []
    original = StorylineApp.on_event

    async def on_event(self, event):
        if (
            isinstance(event, events.Key)
            and self._early_keys is not None
            and not event.is_forwarded
            and event is not self._replayed
        ):
            seen_early.append(event.key)
        await original(self, event)

    monkeypatch.setattr(StorylineApp, "on_event", on_event)
    app = TypedAhead(paths=[SEEDS], config=load_config(ROOT / "config.yaml"), corpus=seed_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.pause()
        assert seen_early == ["3", "j"]  # they did arrive early
        assert app.active == "actors"
        pane = app.query_one(ActorsPane)
        assert pane.display and pane.table().has_focus
        assert pane.table().cursor_row == 1  # "j" acted on the actors list, after "3"


class ClickedAhead(StorylineApp):
    """A tab is chosen (clicked) before the panes after the first one are mounted."""

    def on_mount(self) -> None:
        self.call_later(self._show_pane, "timeline")

    def load(self) -> None:
        pass  # still loading: nothing else moves the focus


async def test_a_pane_chosen_before_it_is_mounted_is_shown_and_focused_once_it_is():
    from tests.conftest import ROOT, SEEDS
    from tui.app.widgets.timeline import TimelinePane
    from tui.config import load_config

    app = ClickedAhead(paths=[SEEDS], config=load_config(ROOT / "config.yaml"))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.active == "timeline"
        pane = app.query_one(TimelinePane)
        assert [p.pane_id for p in app.query(Pane) if p.display] == ["timeline"]
        assert pane.table().has_focus


async def test_load_messages_arriving_while_the_app_closes_are_ignored(seed_corpus):
    """The load runs in a thread: its last messages can arrive after the screen's widgets
    are gone (quitting during a load). They must not raise."""
    from tui.app.messages import CorpusLoaded, LoadFailed, LoadProgress

    app = make_app(seed_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await app.query_one("#status").remove()
        await app.query_one("#panes").remove()
        app.post_message(LoadProgress(1, 2, "a.txt"))
        app.post_message(LoadFailed("boom"))
        app.post_message(CorpusLoaded(seed_corpus))
        await pilot.pause()
    # (run_test re-raises an exception from a handler when it exits)


async def test_the_command_pauses_the_cycle_collector_until_the_first_frame(monkeypatch, tmp_path):
    """`storyline` builds the app with the cycle collector off (start-up objects all live
    on); the app turns it back on, with the start-up's objects frozen, after its first frame."""
    import gc

    from tests.conftest import ROOT
    from tui.cli import build_app

    monkeypatch.chdir(ROOT)
    monkeypatch.setattr(
        StorylineApp, "load", lambda self: None
    )  # the first frame is what matters here
    enabled_at_first_paint: list[bool] = []
    original = StorylineApp._display

    def display(self, screen, renderable):
        if renderable is not None and not enabled_at_first_paint:
            enabled_at_first_paint.append(gc.isenabled())
        return original(self, screen, renderable)

    monkeypatch.setattr(StorylineApp, "_display", display)
    assert gc.isenabled()
    try:
        app = build_app(["--config", "config.yaml", "seeds"])
        assert not gc.isenabled()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            assert enabled_at_first_paint == [False]
            assert gc.isenabled()
    finally:
        gc.enable()
        gc.unfreeze()


def test_a_command_that_fails_before_the_app_turns_the_collector_back_on(
    monkeypatch, tmp_path, capsys
):
    import gc

    from tui.cli import build_app, main

    bad = tmp_path / "c.yaml"
    bad.write_text("theme: no-such-theme\n")
    assert gc.isenabled()
    assert main(["--config", str(bad), str(tmp_path)]) == 2
    assert gc.isenabled() and "unknown theme" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        build_app(["--config", str(bad), str(tmp_path)])
    assert gc.isenabled()
    # no terminal: the app is built and dropped, the collector is on again
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    good = tmp_path / "good.yaml"
    good.write_text("theme: nord\n")
    assert main(["--config", str(good), str(tmp_path)]) == 2
    assert gc.isenabled() and "needs a terminal" in capsys.readouterr().err
