"""The reader: finding words with `/`, and n/N limited to the item followed into it."""

from __future__ import annotations

import pytest

from tests.app.conftest import make_app
from tui.app.widgets.find import find_spans, next_index

SIZE = (120, 40)


@pytest.fixture(autouse=True)
def no_state(tmp_path, monkeypatch):
    monkeypatch.setenv("STORYLINE_STATE_DIR", str(tmp_path / "state"))


@pytest.mark.parametrize(
    "text, query, skip, found",
    [
        ("Kabul and KABUL and kabul.", "kabul", (), [(0, 5), (10, 15), (20, 25)]),
        ("the peace\nprocess, peace  process", "peace process", (), [(4, 17), (19, 33)]),
        ("on May 2 ⟨2020-05-02⟩ in 2020", "2020", [(9, 21)], [(25, 29)]),
        ("a (b) [c]", "(b)", (), [(2, 5)]),
        ("nothing here", "  ", (), []),
        ("abc", "abcd", (), []),
    ],
    ids=[
        "any-case",
        "phrase-across-lines",
        "not-inside-inserted-values",
        "literal-brackets",
        "blank",
        "longer",
    ],
)
def test_find_spans(text, query, skip, found):
    assert find_spans(text, query, skip) == found


@pytest.mark.parametrize(
    "current, step, top, expected",
    [(-1, 1, 50, 2), (-1, -1, 50, 1), (-1, 1, 999, 0), (-1, -1, 0, 3), (3, 1, 0, 0), (0, -1, 0, 3)],
    ids=[
        "first-in-view",
        "last-before-view",
        "none-after-wraps",
        "none-before-wraps",
        "wraps-forward",
        "wraps-back",
    ],
)
def test_next_index(current, step, top, expected):
    assert next_index([10, 40, 60, 90], current, step, top) == expected


async def test_find_takes_the_typed_letters_marks_matches_and_moves_between_them(
    seed_corpus, monkeypatch
):
    app = make_app(seed_corpus)
    opened, copied = [], []
    monkeypatch.setattr(app, "open_in_pager", lambda path: opened.append(path))
    monkeypatch.setattr(app, "action_copy", lambda: copied.append(1))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        reader = app.pane("reader")
        kinds = {h.kind for h in reader.highlights}
        # "o", "e" and "y" would open the file, hide the quotes and copy, were they commands
        await pilot.press("slash", *"government")
        await pilot.pause()
        assert reader.filter_text == "government" and not opened and not copied
        assert {h.kind for h in reader.highlights} == kinds
        text = reader._base_text.plain
        assert len(reader.matches) == text.lower().count("government") > 1
        status = str(reader.query_one("#reader-status").render())
        assert f"find 1/{len(reader.matches)}" in status
        await pilot.press("enter", "n")
        assert reader.match == 1
        await pilot.press("N", "N")
        assert reader.match == len(reader.matches) - 1
        start = reader.matches[reader.match][0]
        view = reader.query_one("#reader-text")
        assert view.scroll_y <= view.line_of(start) < view.scroll_y + view.size.height
        await pilot.press("escape")
        await pilot.pause()
        assert reader.matches == [] and not reader.has_class("filtering")
        await pilot.press("n")  # n is the highlights' again
        assert reader.cursor >= 0


async def test_find_says_when_nothing_matches(seed_corpus):
    app = make_app(seed_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2", "slash", *"xyzzy")
        await pilot.pause()
        status = str(app.pane("reader").query_one("#reader-status").render())
        assert "no match for “xyzzy”" in status


async def test_an_actor_followed_into_the_reader_limits_n_to_its_mentions(seed_corpus):
    app = make_app(seed_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3")
        actors = app.pane("actors")
        actor = actors.selected_id()
        await pilot.press("enter")
        await pilot.pause()
        reader = app.pane("reader")
        mentions = reader.article.mentions
        own = [
            h for h in reader.highlights if h.kind == "mention" and mentions[h.index].actor == actor
        ]
        assert 1 < len(own) < len(reader.highlights)
        seen = []
        for _ in range(len(own)):
            await pilot.press("n")
            seen.append(reader.highlights[reader.cursor])
        assert seen[-1] != seen[0] and all(h in own for h in seen)
        status = str(reader.query_one("#reader-status").render())
        assert status.startswith(f"{own.index(seen[-1]) + 1}/{len(own)} ")
        assert "only this actor" in status
        await pilot.press("l")  # every highlight again
        assert reader.limit is None
        reached = set()
        for _ in range(len(reader.highlights)):
            await pilot.press("n")
            reached.add(reader.cursor)
        assert len(reached) == len(reader.highlights)


async def test_a_date_followed_limits_n_to_that_date_and_l_limits_to_the_highlight(seed_corpus):
    app = make_app(seed_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("4", "enter")
        await pilot.pause()
        reader = app.pane("reader")
        assert reader.limit is not None and reader.limit[0] == "timex"
        await pilot.press("l")
        assert reader.limit is None
        await pilot.press("n")
        h = reader.highlights[reader.cursor]
        await pilot.press("l")
        assert reader.limit == reader.group_of(h.kind, h.index)
        for _ in range(3):
            await pilot.press("n")
            now = reader.highlights[reader.cursor]
            assert reader.group_of(now.kind, now.index) == reader.limit


async def test_a_source_opened_from_the_list_is_not_limited(seed_corpus):
    app = make_app(seed_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        assert app.active == "reader" and app.pane("reader").limit is None
