"""The footer is rebuilt when the keys it shows change, and only then."""

from __future__ import annotations

from tests.app.conftest import make_app
from tui.app.widgets.footer import AppFooter, FooterKey

SIZE = (160, 40)


def _keys(app) -> list[str]:
    return [k.description for k in app.query_one(AppFooter).query(FooterKey) if k.description]


async def test_footer_rebuilds_only_when_its_keys_change(seed_corpus, monkeypatch):
    rebuilds = []
    original = AppFooter.recompose

    async def counting(self):
        rebuilds.append(1)
        return await original(self)

    monkeypatch.setattr(AppFooter, "recompose", counting)
    app = make_app(seed_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        on_sources = _keys(app)
        assert "Sort" in on_sources and "Quit" in on_sources
        before = len(rebuilds)
        # the same keys announced again (Textual does this on every focus change)
        app.screen.refresh_bindings()
        app.screen.bindings_updated_signal.publish(app.screen)
        await pilot.pause()
        assert len(rebuilds) == before
        assert _keys(app) == on_sources
        # another pane, other keys: rebuilt, and it shows them
        await pilot.press("2")
        await pilot.pause()
        assert len(rebuilds) > before
        on_reader = _keys(app)
        assert on_reader != on_sources and "Sort" not in on_reader
        assert "Quit" in on_reader


async def test_footer_keys_are_created_in_the_footers_style(seed_corpus):
    app = make_app(seed_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        footer = app.query_one(AppFooter)
        keys = [k for k in footer.query(FooterKey) if not k.has_class("-command-palette")]
        assert keys
        assert all(k.compact == footer.compact and not k.has_class("-compact") for k in keys)
        footer.compact = True  # still bound to the footer
        await pilot.pause()
        assert all(k.compact and k.has_class("-compact") for k in keys)
