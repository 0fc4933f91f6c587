"""The app's "Add article from URL…" (command palette): fetched into the first source
folder, the corpus updated as --watch does, the article opened; a hostile page shown
inert; the action in the help."""

from __future__ import annotations

import re
import shutil

from tests.conftest import SEEDS
from tests.fetch.test_cli import _hostile_page
from tui.app.app import StorylineApp
from tui.config import Config
from tui.fetch import FetchOptions

UNSAFE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


async def _started(app, pilot):
    for _ in range(600):
        await app.workers.wait_for_complete()
        if app.corpus is not None:
            return
        await pilot.pause(0.05)
    raise AssertionError("the corpus did not load")


async def _until(pilot, test, what: str):
    for _ in range(400):
        await pilot.pause(0.05)
        if test():
            return
    raise AssertionError(f"never: {what}")


async def _add_url(pilot, url: str) -> None:
    """Through the palette; the address pasted into the dialog."""
    from textual.widgets import Input

    await pilot.press("ctrl+p")
    await pilot.pause()
    await pilot.press(*"add art")
    await pilot.pause(0.3)
    await pilot.press("enter")
    await _until(pilot, lambda: type(pilot.app.screen).__name__ == "AddURLScreen", "the dialog")
    pilot.app.screen.query_one(Input).insert_text_at_cursor(url)
    await pilot.press("enter")


def _app(tmp_path):
    folder = tmp_path / "story"
    folder.mkdir()
    shutil.copy(next(SEEDS.glob("001_*.txt")), folder)
    app = StorylineApp(paths=[folder], config=Config(), remember=False)
    app.fetch_options = FetchOptions(delay=0.0, read_timeout=2.0, retries=0)
    return app, folder


async def test_add_article_from_url(server, tmp_path):
    from tests.fetch.conftest import page

    url = server.add("/talks.html", page("Prisoner swap talks resume in Kabul"))
    app, folder = _app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await _started(app, pilot)
        assert len(app.corpus.articles) == 1
        await _add_url(pilot, url)
        await _until(pilot, lambda: app.corpus and len(app.corpus.articles) == 2, "two articles")
        saved = folder / "127.0.0.1 - Prisoner swap talks resume in Kabul.html"
        assert saved.is_file()
        reader = app.query_one("ReaderPane")
        await _until(pilot, lambda: reader.article and reader.article.path == str(saved), "opened")
        assert reader.article.url == url
        assert app.active == "reader"
        # again: nothing written, the article opened
        await _add_url(pilot, url)
        await _until(pilot, lambda: len(server.hits("/talks.html")) == 2, "fetched again")
        await pilot.pause(0.3)
        assert len([p for p in folder.iterdir() if not p.name.startswith(".")]) == 2


async def test_a_bad_address_is_said_in_the_dialog(tmp_path):
    app, folder = _app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await _started(app, pilot)
        await _add_url(pilot, "ftp://example.org/x")
        await pilot.pause()
        dialog = app.screen
        assert type(dialog).__name__ == "AddURLScreen"
        assert "only http and https" in str(dialog.query_one("#add-url-error").render())
        await pilot.press("escape")
        await pilot.pause()
        assert type(app.screen).__name__ != "AddURLScreen"
        assert not server_requests_made(folder)


def server_requests_made(folder) -> bool:
    return any(p.suffix == ".html" for p in folder.iterdir())


async def test_a_failed_fetch_is_a_notification(server, tmp_path):
    app, folder = _app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await _started(app, pilot)
        await _add_url(pilot, server.url("/missing.html"))
        await _until(
            pilot,
            lambda: any("HTTP 404" in str(n.message) for n in app._notifications),
            "a notification",
        )
        assert len(app.corpus.articles) == 1


async def test_hostile_page_shown_inert(server, tmp_path):
    url = server.add("/evil.html", _hostile_page())
    app, folder = _app(tmp_path)
    async with app.run_test(size=(160, 40)) as pilot:
        await _started(app, pilot)
        await _add_url(pilot, url)
        await _until(pilot, lambda: app.corpus and len(app.corpus.articles) == 2, "added")
        evil = next(a for a in app.corpus.articles if a.path.endswith(".html"))
        assert evil.title.startswith("<script>x</script> ␛[31mRED␛[0m [bold]Breaking[/bold]")
        shots = []
        for key in ("2", "1"):
            await pilot.press(key)
            await pilot.pause(0.2)
            shots.append(app.export_screenshot())
        assert app.is_running
    joined = "".join(shots).replace("&#160;", " ")
    bad = UNSAFE.search(joined)
    assert bad is None, repr(joined[max(0, bad.start() - 80) : bad.start() + 20])
    assert "[bold]Breaking[/bold]" in joined  # markup shown as typed, not acted on
    assert "␛[31mRED" in joined


async def test_help_lists_the_palette_action(tmp_path):
    from tui.app.screens.help import binding_rows

    app, _ = _app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await _started(app, pilot)
        rows = binding_rows(app)
    assert any(
        keys == "ctrl+p" and what.startswith("Add article from URL…") for _, keys, what, _ in rows
    )
