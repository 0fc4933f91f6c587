"""Article text that attacks the display stays inert, visible text on every pane."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui.app.app import StorylineApp
from tui.app.safe import plain
from tui.config import Config
from tui.model import (
    Actor,
    Article,
    Corpus,
    Mention,
    Quote,
    QuoteGroup,
    Ref,
    TimelineEntry,
    TimelineMention,
    Timex,
)
from tui.visible import visible_in_place

ATTACKS = [
    "[bold red]red[/]",
    "[/]",
    "[@click=app.quit]click me[/]",
    "[link=file:///etc/passwd]secrets[/link]",
    "a lone [",
    "\x1b[31mansi red\x1b[0m",
    "\x1b[2J\x1b[H cleared",
    "\x1b]0;pwned title\x07",
    "\x1b]52;c;aGVsbG8=\x07",
    "\x1b]8;;http://evil.example\x1b\\link\x1b]8;;\x1b\\",
    "C1 \x9b31m csi",
    "bidi \u202eevil\u202c",
    "zw\u200djoin",
    "e" + "\u0301" * 200,
    "W" * 10_000,
]
UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def hostile_corpus() -> Corpus:
    body = "\n\n".join(f"“{a}” said [Mr. Evil] on Sunday." for a in ATTACKS)
    a = Article(
        id="hostile",
        path="hostile[bold].txt",
        format="text",
        body=body,
        outlet="[b]Outlet\x1b[5m",
        title="Title \x1b]0;x\x07 [@click=app.quit]",
        author="\u202eAuthor",
        warnings=["warn \x1b[31m"],
    )
    i = body.index("[Mr. Evil]")
    a.mentions = [Mention(i + 1, i + 9, "Mr. Evil", "PERSON", actor="evil")]
    a.quotes = [
        Quote(
            0,
            len(ATTACKS[0]) + 2,
            "“" + ATTACKS[0] + "”",
            speaker="[Mr. Evil]",
            actor="evil",
            cue="said",
        )
    ]
    j = body.index("Sunday")
    a.timexes = [Timex(j, j + 6, "Sunday", "DATE", "2020-03-29\x1b[31m")]
    b = Article(
        id="other",
        path="other.txt",
        format="text",
        body="“[bold red]red[/]” said [Mr. Evil].",
        outlet="\x9bOther",
        quotes=[Quote(0, 19, "“[bold red]red[/]”", speaker="[Mr. Evil]", actor="evil")],
    )
    return Corpus(
        articles=[a, b],
        actors=[
            Actor(
                "evil",
                "[Mr. Evil]\x1b[31m",
                "PERSON",
                aliases=["\u202eEvil"],
                articles=["hostile"],
                mention_count=1,
            )
        ],
        quote_groups=[QuoteGroup("g1", "evil", "verbatim", [Ref("hostile", 0), Ref("other", 0)])],
        timeline=[
            TimelineEntry(
                "2020-03-29",
                [TimelineMention("hostile", 0, body[:80], 0)],
            )
        ],
    )


def test_visible_keeps_length_and_removes_controls():
    for s in ATTACKS:
        v = visible_in_place(s)
        assert len(v) == len(s)
        assert not UNSAFE.search(v)
    t = plain("[@click=app.quit]x[/]")
    assert t.plain == "[@click=app.quit]x[/]" and not t.spans


async def _screens(app) -> list[str]:
    shots = []
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        for key in ("1", "2", "n", "3", "4", "5", "w", "escape", "question_mark", "escape"):
            await pilot.press(key)
            await pilot.pause()
            shots.append(app.export_screenshot())
        assert app.is_running  # [@click=app.quit] did not quit
    return shots


async def test_every_pane_shows_attacks_as_inert_text():
    app = StorylineApp(config=Config(), corpus=hostile_corpus(), remember=False)
    shots = await _screens(app)
    for svg in shots:
        assert "\x1b" not in svg and "\x9b" not in svg and "\u202e" not in svg
    joined = "".join(shots).replace("&#160;", " ")
    assert "[@click=app.quit]" in joined or "[@click=app.quit]".replace("[", "&#91;") in joined
    assert "␛" in joined  # escape characters are shown as symbols


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(st.text(min_size=1, max_size=400))
async def test_arbitrary_article_text_renders_without_escape_bytes(text):
    a = Article(id="x", path="x.txt", format="text", body=text, title=text[:50], outlet=text[-20:])
    app = StorylineApp(config=Config(), corpus=Corpus(articles=[a]), remember=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("2")
        await pilot.pause()
        svg = app.export_screenshot()
    assert "\x1b" not in svg and not re.search("[\x80-\x9f\u202a-\u202e\u2066-\u2069]", svg)
