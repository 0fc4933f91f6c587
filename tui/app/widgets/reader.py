"""The reader: one article's clean text with actors, quotes and dates highlighted.

Each date shows its resolved value beside it. `n`/`N` move between highlights and
`enter` jumps to the highlighted actor, date or quote group.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.message import Message
from textual.widgets import Static

from tui.app.safe import label, plain, short_path, visible_in_place
from tui.app.widgets.base import Pane
from tui.app.widgets.textview import TextView
from tui.kinds import ARTICLE, FIGURE, MENTION, QUOTE, TIMEX, ItemKind

if TYPE_CHECKING:  # the model is imported with the corpus, after the first frame
    from tui.model import Article

KIND_STYLE = {
    "PERSON": "bold cyan",
    "ORG": "bold magenta",
    "GPE": "bold green",
    QUOTE: "italic yellow",
    TIMEX: "bold blue underline",
    FIGURE: "bold yellow",
}


@dataclass(slots=True)
class Highlight:
    kind: ItemKind
    index: int  # into the article's list
    start: int  # display offsets
    end: int


class ReaderPane(Pane):
    pane_id = "reader"
    title = "Reader"
    can_filter = False

    BINDINGS = [
        Binding(
            "n",
            "next_highlight",
            "Next mark",
            id="reader.next",
            tooltip="Move to the next highlight",
        ),
        Binding(
            "N",
            "prev_highlight",
            "Prev mark",
            id="reader.prev",
            tooltip="Move to the previous highlight",
        ),
        Binding(
            "enter",
            "follow",
            "Follow",
            id="reader.follow",
            tooltip="Jump to the highlighted actor, date or quote group",
        ),
        Binding(
            "a",
            "toggle('mention')",
            "Actors",
            id="reader.toggle_actors",
            tooltip="Show or hide actor highlights",
        ),
        Binding(
            "d",
            "toggle('timex')",
            "Dates",
            id="reader.toggle_dates",
            tooltip="Show or hide date highlights",
        ),
        Binding(
            "e",
            "toggle('quote')",
            "Quotes",
            id="reader.toggle_quotes",
            tooltip="Show or hide quote highlights",
        ),
        Binding(
            "f",
            "toggle('figure')",
            "Figures",
            id="reader.toggle_figures",
            tooltip="Show or hide figure highlights (numbers and what they count)",
        ),
        Binding(
            "j,down", "scroll_down", "Down", show=False, id="reader.down", tooltip="Scroll down"
        ),
        Binding("k,up", "scroll_up", "Up", show=False, id="reader.up", tooltip="Scroll up"),
        Binding("g,home", "top", "Top", show=False, id="reader.top", tooltip="Go to the top"),
        Binding(
            "G,end", "bottom", "Bottom", show=False, id="reader.bottom", tooltip="Go to the end"
        ),
    ]

    class Follow(Message):
        """The user wants to go from a highlight to its pane."""

        def __init__(self, article_id: str, kind: str, index: int) -> None:
            super().__init__()
            self.article_id = article_id
            self.kind = kind
            self.index = index

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.article: Article | None = None
        self.index = None
        self.show_kinds = {MENTION: True, TIMEX: True, QUOTE: True, FIGURE: True}
        self.highlights: list[Highlight] = []
        self.cursor = -1
        self._display = ""
        self._map: list[int] = []  # display offset of each body offset insertion point

    def compose(self) -> ComposeResult:
        yield from self.compose_title()
        yield Static(id="reader-meta")
        yield TextView(id="reader-text")
        yield Static(id="reader-status")

    DEFAULT_CSS = """
    #reader-meta { height: auto; max-height: 4; padding: 0 1; color: $text-muted; }
    #reader-text { height: 1fr; padding: 0 1; }
    #reader-status { height: 1; padding: 0 1; background: $boost; }
    """

    def on_mount(self) -> None:
        self.set_title()
        self.query_one("#reader-status", Static).update(
            Text("No article open: choose one in Sources and press enter.", style="dim")
        )

    def focus_main(self) -> None:
        self.query_one(TextView).focus()

    def show_corpus(self, corpus, index) -> None:
        self.index = index
        if self.article is not None and index is not None:
            fresh = index.articles.get(self.article.id)
            if fresh is not None:
                self.open(fresh)

    # ------------------------------------------------------------------ building
    def open(self, article: Article, focus: tuple[str, int] | None = None) -> None:
        self.article = article
        self.cursor = -1
        meta = Text()
        meta.append_text(plain(article.title or article.id, style="bold"))
        meta.append("\n")
        bits = [article.outlet or "unknown outlet"]
        if article.published:
            when = article.published.isoformat()
            if article.published_from == "inferred":
                when += " (inferred from its own dates)"
            bits.append(when)
        else:
            bits.append("undated")
        if article.author:
            bits.append("by " + article.author)
        bits.append(short_path(article.path))
        meta.append_text(plain(" · ".join(bits), style="dim"))
        if article.warnings:
            meta.append("\n")
            meta.append_text(plain("⚠ " + " · ".join(article.warnings), style="yellow", limit=400))
        self.query_one("#reader-meta", Static).update(meta)
        self.set_title(article.outlet or article.id)
        self._rebuild(scroll_home=True)
        if focus is not None:
            self.goto(*focus)

    def _rebuild(self, scroll_home: bool = False) -> None:
        a = self.article
        if a is None:
            return
        body = visible_in_place(a.body)
        # resolved date values are inserted after each timex: keep a map body -> display
        inserts: list[tuple[int, str]] = []
        if self.show_kinds[TIMEX]:
            for t in a.timexes:
                if 0 <= t.end <= len(body):
                    value = t.value + ("~" if t.inferred else "")
                    inserts.append((t.end, f" ⟨{label(value)}⟩"))
        inserts.sort(key=lambda x: x[0])
        pieces = []
        shift_at: list[int] = []
        shift_by: list[int] = []
        pos = 0
        total = 0
        for at, shown in inserts:
            pieces.append(body[pos:at])
            pieces.append(shown)
            total += len(shown)
            shift_at.append(at)
            shift_by.append(total)
            pos = at
        pieces.append(body[pos:])
        display = "".join(pieces)
        self._shift_at, self._shift_by = shift_at, shift_by

        def d(off: int, end: bool = False) -> int:
            # body offset -> display offset; an insertion at `off` comes after a span ending there
            i = bisect.bisect_left(shift_at, off) if end else bisect.bisect_right(shift_at, off)
            return off + (shift_by[i - 1] if i else 0)

        text = Text(display, end="")
        hl: list[Highlight] = []
        if self.show_kinds[QUOTE]:
            for i, q in enumerate(a.quotes):
                if 0 <= q.start < q.end <= len(body):
                    text.stylize(KIND_STYLE[QUOTE], d(q.start), d(q.end, True))
                    hl.append(Highlight(QUOTE, i, d(q.start), d(q.end, True)))
        if self.show_kinds[FIGURE]:
            for i, f in enumerate(getattr(a, "figures", None) or []):
                if 0 <= f.start < f.end <= len(body):
                    text.stylize(KIND_STYLE[FIGURE], d(f.start), d(f.end, True))
                    hl.append(Highlight(FIGURE, i, d(f.start), d(f.end, True)))
        if self.show_kinds[MENTION]:
            for i, m in enumerate(a.mentions):
                if 0 <= m.start < m.end <= len(body):
                    text.stylize(KIND_STYLE.get(m.kind, "bold"), d(m.start), d(m.end, True))
                    hl.append(Highlight(MENTION, i, d(m.start), d(m.end, True)))
        if self.show_kinds[TIMEX]:
            for i, t in enumerate(a.timexes):
                if 0 <= t.start < t.end <= len(body):
                    s, e = d(t.start), d(t.end, True)
                    text.stylize(KIND_STYLE[TIMEX], s, e)
                    # the inserted value right after it
                    text.stylize("dim blue", e, e + 3 + len(t.value) + (1 if t.inferred else 0))
                    hl.append(Highlight(TIMEX, i, s, e))
        if a.captions:
            text.append("\n\n── Captions and credits ──\n", style="dim")
            for c in a.captions:
                text.append_text(plain("• " + c, style="dim italic", one_line=False))
                text.append("\n")
        hl.sort(key=lambda h: (h.start, h.kind != QUOTE))
        self.highlights = hl
        self._base_text = text
        view = self.query_one(TextView)
        view.set_text(self._with_cursor(), scroll_home=scroll_home)
        self._update_status()

    def _with_cursor(self) -> Text:
        if not (0 <= self.cursor < len(self.highlights)):
            return self._base_text
        h = self.highlights[self.cursor]
        t = self._base_text.copy()
        t.stylize("reverse", h.start, h.end)
        return t

    # ------------------------------------------------------------------ status
    def _update_status(self) -> None:
        status = self.query_one("#reader-status", Static)
        a = self.article
        if a is None:
            return
        if not (0 <= self.cursor < len(self.highlights)):
            t = Text()
            t.append(f"{len(a.mentions)} actor mentions", style=KIND_STYLE["PERSON"])
            t.append(" · ")
            t.append(f"{len(a.quotes)} quotes", style=KIND_STYLE[QUOTE])
            t.append(" · ")
            t.append(f"{len(a.timexes)} dates", style="bold blue")
            t.append("   n/N move between them, enter follows one", style="dim")
            status.update(t)
            return
        h = self.highlights[self.cursor]
        t = Text()
        t.append(f"{self.cursor + 1}/{len(self.highlights)} ", style="dim")
        if h.kind == MENTION:
            m = a.mentions[h.index]
            actor = self.index.actors.get(m.actor) if (self.index and m.actor) else None
            t.append(m.kind, style=KIND_STYLE.get(m.kind, "bold"))
            t.append(" ")
            t.append_text(plain(actor.name if actor else m.text, limit=60))
            if m.role:
                t.append(" · ")
                t.append_text(plain(m.role, style="italic", limit=60))
        elif h.kind == TIMEX:
            x = a.timexes[h.index]
            t.append(x.type, style="bold blue")
            t.append(" ")
            t.append_text(plain(x.text, limit=40))
            t.append(" → ")
            t.append_text(plain(x.value, style="bold"))
            if x.inferred:
                t.append("  (the article's date is inferred)", style="yellow")
        elif h.kind == FIGURE:
            f = a.figures[h.index]
            t.append("FIGURE", style=KIND_STYLE[FIGURE])
            t.append(" ")
            t.append_text(plain(f.text, limit=50))
            bits = [b for b in (f.hedge, f.head, f.event) if b]
            if bits:
                t.append(" · ")
                t.append_text(plain(" · ".join(bits), style="italic", limit=50))
        else:
            q = a.quotes[h.index]
            t.append(q.kind, style=KIND_STYLE[QUOTE])
            t.append(" · ")
            t.append_text(plain(q.speaker or "no speaker found", limit=50))
            if q.resolved:
                t.append(" → ", style="dim")
                t.append_text(plain(q.resolved, limit=50))
            if q.cue:
                t.append(" · cue: ", style="dim")
                t.append_text(plain(q.cue, limit=30))
        status.update(t)

    def selection(self):
        if self.article is None:
            return None
        if 0 <= self.cursor < len(self.highlights):
            h = self.highlights[self.cursor]
            return (self.article.id, h.kind, h.index)
        return (self.article.id, ARTICLE, 0)

    # ------------------------------------------------------------------ actions
    def _move(self, step: int) -> None:
        if not self.highlights:
            self.app.bell()
            return
        view = self.query_one(TextView)
        if self.cursor < 0:
            # start from what is on screen
            top = int(view.scroll_y)
            first = [i for i, h in enumerate(self.highlights) if view.line_of(h.start) >= top]
            self.cursor = (
                (first[0] if first else 0)
                if step > 0
                else (first[0] - 1 if first else len(self.highlights) - 1)
            )
        else:
            self.cursor = (self.cursor + step) % len(self.highlights)
        view.restyle(self._with_cursor())
        view.scroll_to_offset(self.highlights[self.cursor].start, center=False)
        self._update_status()

    def action_next_highlight(self) -> None:
        self._move(1)

    def action_prev_highlight(self) -> None:
        self._move(-1)

    def goto(self, kind: str, index: int) -> None:
        for i, h in enumerate(self.highlights):
            if h.kind == kind and h.index == index:
                self.cursor = i
                view = self.query_one(TextView)
                view.restyle(self._with_cursor())
                view.scroll_to_offset(h.start)
                self._update_status()
                return

    def action_follow(self) -> None:
        if self.article is None or not (0 <= self.cursor < len(self.highlights)):
            self.app.bell()
            return
        h = self.highlights[self.cursor]
        self.post_message(self.Follow(self.article.id, h.kind, h.index))

    def action_toggle(self, kind: str) -> None:
        self.show_kinds[kind] = not self.show_kinds[kind]
        self.cursor = -1
        y = self.query_one(TextView).scroll_y
        self._rebuild()
        self.query_one(TextView).scroll_to(y=y, animate=False)
        names = {MENTION: "Actor", TIMEX: "Date", QUOTE: "Quote", FIGURE: "Figure"}
        self.app.notify(
            f"{names[kind]} highlights {'on' if self.show_kinds[kind] else 'off'}", timeout=2
        )

    def _view(self) -> TextView:
        """The article's text, about to be scrolled by the user."""
        view = self.query_one(TextView)
        view.forget_center()
        return view

    def action_scroll_down(self) -> None:
        self._view().scroll_down(animate=False)

    def action_scroll_up(self) -> None:
        self._view().scroll_up(animate=False)

    def action_top(self) -> None:
        self._view().scroll_home(animate=False)

    def action_bottom(self) -> None:
        self._view().scroll_end(animate=False)
