"""The dashboard in terminals other than a true-colour xterm: NO_COLOR, 16 colours, the
Linux console, and a terminal that says it shows no colour at all (TERM=dumb)."""

from __future__ import annotations

import pytest

from tests.app.conftest import make_app

SIZE = (120, 40)

#: the environment of each terminal (COLORTERM is removed for all of them)
TERMINALS = {
    "NO_COLOR": {"NO_COLOR": "1", "TERM": "xterm-256color"},
    "xterm": {"TERM": "xterm"},
    "linux console": {"TERM": "linux"},
    "dumb": {"TERM": "dumb"},
    "16 colours": {"TERM": "xterm-16color"},
}


@pytest.fixture(params=list(TERMINALS), ids=list(TERMINALS))
def terminal(request, monkeypatch):
    monkeypatch.delenv("COLORTERM", raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
    for name, value in TERMINALS[request.param].items():
        monkeypatch.setenv(name, value)
    return request.param


async def test_every_pane_works(seed_corpus, terminal):
    """A tour through every pane, the help, a filter and the palette draws every screen
    (NO_COLOR crashed on the first pane with a text view)."""
    app = make_app(seed_corpus)
    async with app.run_test(size=SIZE) as pilot:
        for n, pane in enumerate(app.pane_ids, start=1):
            await pilot.press(str(n), "j", "j")
            await pilot.pause()
            assert app.active == pane
        await pilot.press("2", "n", "n", "enter")
        await pilot.pause()
        await pilot.press("1", "slash", *"kabul", "enter", "question_mark")
        await pilot.pause()
        app.export_screenshot()
        await pilot.press("escape", "ctrl+p")
        await pilot.pause()
        assert "Storyline" in app.export_screenshot()
        await pilot.press("escape")
        await pilot.pause()
        assert app.is_running


async def test_selection_shows_without_colour(seed_corpus, terminal):
    """Where the terminal shows no colour, the selected row is reversed, not tinted."""
    app = make_app(seed_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3", "j")
        await pilot.pause()
        cursor = app.query_one("#actors-table").get_component_rich_style("datatable--cursor")
        assert app.no_color == (terminal in ("NO_COLOR", "dumb"))
        if app.no_color:
            assert cursor.reverse
