"""The dashboard on the generated hostile corpus, loaded the real way (the app's worker):
every article in the reader, every pane and the problems list, with no control character
reaching the screen and no markup acted on. (tests/app/test_hostile_display.py covers the
same on a hand-built corpus, and arbitrary text.)"""

from __future__ import annotations

import re

from tests.hostile.conftest import wait_loaded
from tui.app.app import StorylineApp
from tui.config import Config

# what must not reach the terminal: C0 (except newline), C1, bidi controls
UNSAFE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


async def test_every_hostile_article_and_pane_renders_inert(hostile_dir, monkeypatch):
    monkeypatch.setenv("STORYLINE_CACHE", "off")
    app = StorylineApp(paths=[hostile_dir], config=Config(), remember=False)
    shots: list[str] = []
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_loaded(app, pilot)
        assert (
            app.corpus is not None
            and len(app.corpus.articles) >= 10
            and len(app.corpus.skipped) >= 5
        )
        await pilot.press("2")
        seen = set()
        for _ in app.corpus.articles:
            await pilot.pause()
            reader = app.query_one("ReaderPane")
            seen.add(reader.article.id)
            shots.append(app.export_screenshot())
            await pilot.press("]")
        assert seen == {a.id for a in app.corpus.articles}
        for key in ("3", "4", "5", "1", "w"):
            await pilot.press(key)
            await pilot.pause()
            shots.append(app.export_screenshot())
        assert app.is_running  # "[@click=app.quit]" in the text did not quit
    for svg in shots:
        bad = UNSAFE.search(svg)
        assert bad is None, repr(svg[max(0, bad.start() - 80) : bad.start() + 20])
    joined = "".join(shots).replace("&#160;", " ")
    assert "␛" in joined  # escapes are shown, as symbols
    assert "PNG image" in joined  # the problems list names the skipped files and why
