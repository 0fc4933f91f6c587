"""Keys a reader expects: the help, the palette, the footer, remapped keys, reports."""

from __future__ import annotations

import pytest

from tests.app.conftest import make_app

SIZE = (120, 40)


@pytest.fixture(autouse=True)
def no_state(tmp_path, monkeypatch):
    monkeypatch.setenv("STORYLINE_STATE_DIR", str(tmp_path / "state"))


# ---------------------------------------------------------------- the help


async def test_the_help_scrolls_with_its_own_keys(seed_corpus):
    app = make_app(seed_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        scroll = app.screen.query_one("#help-scroll")
        assert scroll.max_scroll_y > 0, "the help is longer than the screen at 120x40"
        await pilot.press("j", "j")
        assert scroll.scroll_y == 2
        await pilot.press("G")
        assert scroll.scroll_y == scroll.max_scroll_y
        await pilot.press("g", "pagedown")
        assert scroll.scroll_y > 2
        await pilot.press("k", "home")
        assert scroll.scroll_y == 0


@pytest.mark.parametrize(
    "keys", [("tab",), ("shift+tab",), ("3",), ("right_square_bracket",), ("slash", "a")]
)
async def test_no_key_in_the_help_reaches_the_panes_behind(seed_corpus, keys):
    from tui.app.screens.help import HelpScreen

    app = make_app(seed_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2", "question_mark")
        article = app.pane("reader").article.id
        await pilot.press(*keys)
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        assert app.active == "reader" and app.pane("reader").article.id == article
        assert not app.pane("reader").has_class("filtering")


@pytest.mark.parametrize("key", ["escape", "q", "question_mark", "f1"])
async def test_esc_q_and_the_help_key_close_the_help(seed_corpus, key):
    from tui.app.screens.help import HelpScreen

    app = make_app(seed_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press(key)
        await pilot.pause()
        assert not isinstance(app.screen, HelpScreen) and app.is_running


async def test_the_help_shows_keys_as_remapped_and_the_remapped_help_key_closes_it(seed_corpus):
    from tui.app.screens.help import HelpScreen, binding_rows

    app = make_app(seed_corpus, config_text="keys:\n  help: h\n  copy: Y\n")
    async with app.run_test(size=SIZE) as pilot:
        rows = {bid: keys for _where, keys, _what, bid in binding_rows(app)}
        assert rows["copy"] == "Y" and rows["help"] == "h"
        await pilot.press("h")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("h")
        await pilot.pause()
        assert not isinstance(app.screen, HelpScreen)


# ---------------------------------------------------------------- remapped keys


async def test_a_remapped_key_works_and_texts_name_it(seed_corpus):
    app = make_app(seed_corpus, config_text="keys:\n  reader.next: space\n  reader.prev: b\n")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2", "space")
        reader = app.pane("reader")
        assert reader.cursor >= 0
        await pilot.press("escape", "2")
        reader.cursor = -1
        reader._update_status()
        assert "space/b move between them" in str(reader.query_one("#reader-status").render())


# ---------------------------------------------------------------- the palette


async def palette_prompts(pilot, *typed) -> list[str]:
    from textual.command import CommandList

    await pilot.press("ctrl+p", *typed)
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause(0.1)
    options = pilot.app.screen.query_one(CommandList).options
    return [str(o.prompt).split("\n")[0] for o in options]


async def test_the_palette_lists_storylines_commands_and_only_plain_system_ones(seed_corpus):
    app = make_app(seed_corpus)
    async with app.run_test(size=SIZE) as pilot:
        prompts = await palette_prompts(pilot)
        assert prompts[0] == "Go to pane: Sources"
        assert "Open last report" in prompts and "Change the colour theme" in prompts
        assert prompts[-1] == "Quit Storyline"
        textual_own = ("Maximize", "Minimize", "Screenshot", "Keys", "Theme", "Quit")
        assert not set(prompts) & set(textual_own)


async def test_the_palette_names_keys_as_remapped(seed_corpus):
    from textual.command import CommandList

    app = make_app(seed_corpus, config_text="keys:\n  help: h\n  export: X\n")
    async with app.run_test(size=SIZE) as pilot:
        await palette_prompts(pilot)
        options = app.screen.query_one(CommandList).options
        texts = {str(o.prompt).split("\n")[0]: str(o.prompt) for o in options}
        assert texts["Show keys (help)"].endswith("h")
        assert texts["Export report as Markdown"].endswith("X")


# ---------------------------------------------------------------- reports


async def test_after_x_the_notice_names_the_report_and_o_opens_it(
    seed_corpus, tmp_path, monkeypatch
):
    monkeypatch.chdir(tmp_path)
    opened = []
    app = make_app(seed_corpus)
    monkeypatch.setattr(app, "open_in_pager", lambda path: opened.append(path))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("O")  # nothing written yet
        await pilot.pause()
        assert "No report written yet" in [n.message for n in app._notifications][-1]
        await pilot.press("x")
        await app.workers.wait_for_complete()
        await pilot.pause()
        report = app.last_report
        assert report is not None and report.exists()
        note = [n.message for n in app._notifications][-1]
        assert str(report) in note and "O opens it" in note and "Open last report" in note
        await pilot.press("O")
        await pilot.pause()
        assert opened == [str(report)]
        await palette_prompts(pilot, *"open last")
        await pilot.press("enter")
        await pilot.pause()
        assert opened == [str(report), str(report)]
