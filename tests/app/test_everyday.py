"""Day-two features in the app: copy with citation, open the source, follow the folder, remember."""

from __future__ import annotations

import shutil

import pytest

from tests.app.conftest import make_app
from tests.conftest import SEEDS
from tui.app.widgets.reader import ReaderPane
from tui.app.widgets.sources import SourcesPane

SIZE = (120, 40)


@pytest.fixture(autouse=True)
def state_dir(tmp_path, monkeypatch):
    d = tmp_path / "state"
    monkeypatch.setenv("STORYLINE_STATE_DIR", str(d))
    return d


async def test_copy_a_quote_gives_a_citation_and_a_fallback_file(
    seed_corpus, state_dir, monkeypatch
):
    monkeypatch.setenv("STORYLINE_NO_OSC52", "1")  # a terminal that cannot take clipboard text
    app = make_app(seed_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("5")  # quotes
        await pilot.pause()
        sel = app.pane("quotes").selection()
        assert sel is not None
        await pilot.press("y")
        await pilot.pause()
        saved = (state_dir / "clipboard.txt").read_text()
        article = app.index.articles[sel[0]]
        quote = article.quotes[sel[2]]
        assert quote.text.strip('“”"')[:20] in saved
        assert article.id in saved and f"characters {quote.start}–{quote.end}" in saved
        notes = [n.message for n in app._notifications]
        assert any("cannot take clipboard text" in m and "clipboard.txt" in m for m in notes)


async def test_copy_in_a_capable_terminal_uses_osc52(seed_corpus, monkeypatch):
    monkeypatch.delenv("STORYLINE_NO_OSC52", raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")
    app = make_app(seed_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("y")  # sources: the article citation
        await pilot.pause()
        assert app.clipboard.startswith(seed_corpus.label(seed_corpus.articles[0].id) + " (")


async def test_open_uses_the_pager_for_a_file_without_url(seed_corpus, monkeypatch):
    calls = []
    app = make_app(seed_corpus)
    monkeypatch.setattr(app, "open_in_pager", lambda path: calls.append(path))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("o")
        await pilot.pause()
    assert calls == [seed_corpus.articles[0].path]


async def test_open_prefers_the_url_in_a_browser(seed_corpus, monkeypatch):
    import webbrowser

    opened = []
    monkeypatch.setattr(webbrowser, "open", lambda url: opened.append(url) or True)
    seed_corpus.articles[0].url = "https://example.org/story"
    try:
        app = make_app(seed_corpus)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("o")
            await pilot.pause()
    finally:
        seed_corpus.articles[0].url = None
    assert opened == ["https://example.org/story"]


async def test_last_pane_and_source_are_restored(seed_corpus):
    app = make_app(seed_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("j", "j", "enter")  # open the third source in the reader
        await pilot.pause()
        chosen = app.query_one(ReaderPane).article.id
        await pilot.press("q")
    again = make_app(seed_corpus)
    async with again.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert again.active == "reader"
        assert again.query_one(ReaderPane).article.id == chosen
        assert again.query_one(SourcesPane).selected_id() == chosen


async def test_a_broken_state_file_is_ignored(seed_corpus, state_dir):
    state_dir.mkdir(parents=True)
    (state_dir / "state.json").write_text("{not json")
    app = make_app(seed_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.active == "sources"
        await pilot.press("q")
    assert "corpora" in (state_dir / "state.json").read_text()


async def test_watch_picks_up_added_changed_and_removed_files(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    for f in sorted(SEEDS.iterdir())[:2]:
        shutil.copy(f, folder / f.name)
    from tui.app.app import StorylineApp
    from tui.config import Config

    app = StorylineApp(paths=[folder], config=Config(), watch=True, remember=False)

    async def until(pilot, cond, what):
        for _ in range(100):
            await pilot.pause(0.1)
            if cond():
                return
        raise AssertionError(f"timed out waiting for {what}")

    async with app.run_test(size=SIZE) as pilot:
        await until(
            pilot, lambda: app.corpus is not None and len(app.corpus.articles) == 2, "first load"
        )
        await pilot.pause(0.5)  # let the watcher start
        (folder / "new.txt").write_text(
            "Officials in Kabul said on Monday that talks would resume.\n"
        )
        await until(pilot, lambda: len(app.corpus.articles) == 3, "the new file")
        (folder / "new.txt").write_text("Officials in Doha said on Tuesday that talks had ended.\n")
        await until(pilot, lambda: "Doha" in app.index.articles["new"].body, "the changed file")
        (folder / "new.txt").unlink()
        await until(pilot, lambda: len(app.corpus.articles) == 2, "the removed file")
        assert any("Sources updated" in n.message for n in app._notifications)
    # nothing in the folder was written by us
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        p.name for p in sorted(SEEDS.iterdir())[:2]
    )


@pytest.mark.parametrize("cache", ["0", "1"])
async def test_changes_that_come_while_an_update_runs_are_all_shown(tmp_path, monkeypatch, cache):
    """Two changes close together: the first update is still running when the second
    comes (and is cancelled); whichever way, both changes end up on screen."""
    import threading

    import tui.corpus as update_mod
    from tui.app.app import StorylineApp
    from tui.app.messages import FilesChanged
    from tui.config import Config

    monkeypatch.setenv("STORYLINE_CACHE", cache)
    monkeypatch.setenv("STORYLINE_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "news"
    folder.mkdir()
    shutil.copy(sorted(SEEDS.iterdir())[0], folder / "a.txt")
    real = update_mod.update_corpus
    first_started, release = threading.Event(), threading.Event()
    calls = []

    def slow_first(*args, **kwargs):
        calls.append(args[1:3])
        if len(calls) == 1:
            first_started.set()
            release.wait(10)  # the first update is still running when the second change comes
        return real(*args, **kwargs)

    monkeypatch.setattr(update_mod, "update_corpus", slow_first)
    app = StorylineApp(paths=[folder], config=Config(), remember=False)
    async with app.run_test(size=SIZE) as pilot:
        for _ in range(100):
            await pilot.pause(0.05)
            if app.corpus is not None:
                break
        (folder / "b.txt").write_text(
            "Officials in Kabul said on Monday that talks would resume.\n"
        )
        app.post_message(FilesChanged([str(folder / "b.txt")], []))
        for _ in range(100):
            await pilot.pause(0.05)
            if first_started.is_set():
                break
        (folder / "a.txt").unlink()
        (folder / "c.txt").write_text("Officials in Doha said on Tuesday that talks had ended.\n")
        app.post_message(FilesChanged([str(folder / "c.txt")], [str(folder / "a.txt")]))
        await pilot.pause(0.3)
        release.set()
        await app.workers.wait_for_complete()
        await pilot.pause(0.2)
        assert sorted(a.id for a in app.corpus.articles) == ["b", "c"]
        # the second update was given the first one's change too
        assert str(folder / "b.txt") in calls[-1][0]
        assert app._pending == {}


async def test_export_writes_a_report_and_says_where(seed_corpus, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = make_app(seed_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("x")
        await app.workers.wait_for_complete()
        await pilot.pause()
        written = list(tmp_path.glob("storyline-report-*.md"))
        assert len(written) == 1
        text = written[0].read_text()
        assert "Khalilzad" in text
        assert any(str(written[0].name) in n.message for n in app._notifications)


async def test_copy_in_a_group_takes_the_version_under_the_cursor(
    seed_corpus, state_dir, monkeypatch
):
    monkeypatch.setenv("STORYLINE_NO_OSC52", "1")
    group = next(g for g in seed_corpus.quote_groups if len({r.article for r in g.members}) > 1)
    app = make_app(seed_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("5")
        await pilot.pause()
        pane = app.pane("quotes")
        assert pane.select(f"g:{group.id}")
        await pilot.pause()
        first = pane.selection()
        await pilot.press("right")  # the next source's version
        await pilot.pause()
        second = pane.selection()
        assert (second[0], second[2]) == (group.members[1].article, group.members[1].index)
        assert second != first
        await pilot.press("y")
        await pilot.pause()
        saved = (state_dir / "clipboard.txt").read_text()
        quote = app.index.articles[second[0]].quotes[second[2]]
        assert f"[{second[0]}, characters {quote.start}–{quote.end}" in saved
        await pilot.press("left")  # and back
        await pilot.pause()
        assert pane.selection() == first
