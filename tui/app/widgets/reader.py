"""The reader: one article's clean text with actors, quotes and dates highlighted.

Each date shows its resolved value beside it. `n`/`N` move between highlights (only
those of the actor, date or quote group followed here, until `l`) and `enter` jumps to
the highlighted actor, date or quote group. `/` finds words in the article; `n`/`N`
then move between the matches until `esc` closes the find.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Static

from tui.app.messages import FollowHighlight
from tui.app.safe import label, plain, short_path, visible_in_place
from tui.app.widgets.base import Pane, typed_ahead
from tui.app.widgets.find import find_spans, next_index
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


#: how the find's matches are marked; the one it is on is reversed, as the highlight the
#: cursor is on (underlined too, for terminals without colour)
MATCH_STYLE = "underline black on yellow"
CURRENT_MATCH_STYLE = "bold underline reverse"
#: what n/N step through when limited to one item: "actor", "date" ...
GROUP_NAMES = {MENTION: "actor", TIMEX: "date", QUOTE: "quote group", FIGURE: "figure"}


@dataclass(slots=True)
class Highlight:
    kind: ItemKind
    index: int  # into the article's list
    start: int  # display offsets
    end: int


class ArticleText(TextView):
    """The article's text: keys typed on the heels of the find key go to the find box."""

    def on_key(self, event) -> None:
        typed_ahead(self, event)


class ReaderPane(Pane):
    pane_id = "reader"
    title = "Reader"
    filter_label = "find"
    filter_placeholder = "find in this article: type words, enter to keep them, {next}/{prev} to move, {back} to close"

    BINDINGS = [
        Binding(
            "n",
            "next_highlight",
            "Next mark",
            id="reader.next",
            tooltip="Move to the next highlight (or the next match of the find)",
        ),
        Binding(
            "N",
            "prev_highlight",
            "Prev mark",
            id="reader.prev",
            tooltip="Move to the previous highlight (or the previous match of the find)",
        ),
        Binding(
            "slash",
            "find",
            "Find",
            id="reader.find",
            tooltip="Find words in this article; n/N move between the matches, esc closes",
        ),
        Binding(
            "l",
            "limit",
            "Only this",
            id="reader.limit",
            tooltip="n/N only through this actor, date or quote group; again: every highlight",
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

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.article: Article | None = None
        self.index = None
        self.show_kinds = {MENTION: True, TIMEX: True, QUOTE: True, FIGURE: True}
        self.highlights: list[Highlight] = []
        self.cursor = -1
        #: n/N go only through highlights of this group (see group_of), when set
        self.limit: tuple | None = None
        self._title = ""  # what the pane's title says of the article
        #: the find's matches (display offsets) and the one it is on (-1: none yet)
        self.matches: list[tuple[int, int]] = []
        self.match = -1
        #: display spans the reader inserted (dates' resolved values): never matched
        self._inserted: list[tuple[int, int]] = []

    def compose(self) -> ComposeResult:
        yield from self.compose_title()
        yield Static(id="reader-meta")
        yield ArticleText(id="reader-text")
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
        """Show ``article``; with ``focus`` (kind, index), on that item, with n/N limited
        to the items of its actor, date or quote group."""
        self.article = article
        self.cursor = -1
        self.limit = None
        meta = Text()
        meta.append_text(plain(article.title or article.id, style="bold"))
        meta.append("\n")
        from tui.analysis.timex.human import human_date

        bits = [article.outlet_text]
        if article.published:
            when = human_date(article.published)
            if article.published_from == "inferred":
                when += " (inferred from its own dates)"
            bits.append(when)
        else:
            bits.append("undated")
        if article.author:
            bits.append("by " + article.author)
        bits.append(short_path(article.path))
        meta.append_text(plain(" · ".join(bits), style="dim"))
        corpus = self.index.corpus if self.index is not None else None
        short = corpus.label(article.id) if corpus is not None else article.id
        # the source's label, and the id that finds the file
        self._title = f"{short} · {article.id}" if short != article.id else article.id
        if article.warnings:
            meta.append("\n")
            meta.append_text(plain("⚠ " + " · ".join(article.warnings), style="yellow", limit=400))
        self.query_one("#reader-meta", Static).update(meta)
        self.set_title(self._title)
        self._rebuild(scroll_home=True)
        if self.filter_text:
            self.apply_filter(self.filter_text)
        if focus is not None:
            self.goto(*focus)
            self.limit = self.group_of(*focus)
            self._update_status()

    def _rebuild(self, scroll_home: bool = False) -> None:
        a = self.article
        if a is None:
            return
        body = visible_in_place(a.body)
        # resolved date values are inserted after each timex: keep a map body -> display
        inserts: list[tuple[int, str]] = []
        inserted: dict[int, int] = {}  # timex -> length of the words inserted after it
        if self.show_kinds[TIMEX]:
            from tui.analysis.timex.human import human_timex

            for i, t in enumerate(a.timexes):
                if t.caption is None and 0 <= t.end <= len(body):
                    value = human_timex(t.value, t.mod, t.type) + ("~" if t.inferred else "")
                    inserts.append((t.end, f" ⟨{label(value)}⟩"))
                    inserted[i] = len(inserts[-1][1])
        inserts.sort(key=lambda x: x[0])
        pieces = []
        shift_at: list[int] = []
        shift_by: list[int] = []
        self._inserted = []
        pos = 0
        total = 0
        for at, shown in inserts:
            pieces.append(body[pos:at])
            pieces.append(shown)
            self._inserted.append((at + total, at + total + len(shown)))
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
                if t.caption is None and 0 <= t.start < t.end <= len(body):
                    s, e = d(t.start), d(t.end, True)
                    text.stylize(KIND_STYLE[TIMEX], s, e)
                    # the inserted value right after it
                    text.stylize("dim blue", e, e + inserted.get(i, 0))
                    hl.append(Highlight(TIMEX, i, s, e))
        if a.captions:
            text.append("\n\n── Captions and credits ──\n", style="dim")
            for ci, c in enumerate(a.captions):
                text.append("• ", style="dim italic")
                at = len(text)
                text.append_text(plain(c, style="dim italic", one_line=False))
                if self.show_kinds["timex"]:
                    hl.extend(self._caption_dates(a, ci, at, text))
                text.append("\n")
        hl.sort(key=lambda h: (h.start, h.kind != QUOTE))
        self.highlights = hl
        self._base_text = text
        self._find(self.filter_text)  # the display text changed: so did the matches
        view = self.query_one(TextView)
        view.set_text(self._with_cursor(), scroll_home=scroll_home)
        self._update_status()

    def _caption_dates(self, a, ci: int, at: int, text: Text) -> list[Highlight]:
        """The dates found in caption ``ci``, shown at ``at`` in ``text``: styled, and
        highlights the cursor and the timeline can go to. A caption is shown as written
        (its characters made visible one for one), so its offsets stay valid."""
        out = []
        n = len(a.captions[ci])
        for i, t in enumerate(a.timexes):
            if t.caption == ci and 0 <= t.start < t.end <= n:
                text.stylize(KIND_STYLE["timex"], at + t.start, at + t.end)
                out.append(Highlight("timex", i, at + t.start, at + t.end))
        return out

    def _with_cursor(self) -> Text:
        """The text with the find's matches marked and the current match or highlight
        reversed."""
        on_match = 0 <= self.match < len(self.matches)
        on_highlight = 0 <= self.cursor < len(self.highlights)
        if not (self.matches or on_highlight):
            return self._base_text
        t = self._base_text.copy()
        for i, (s, e) in enumerate(self.matches):
            if i != self.match:
                t.stylize(MATCH_STYLE, s, e)
        if on_match:
            t.stylize(CURRENT_MATCH_STYLE, *self.matches[self.match])
        elif on_highlight:
            h = self.highlights[self.cursor]
            t.stylize("reverse", h.start, h.end)
        return t

    # ------------------------------------------------------------------ status
    def _update_status(self) -> None:
        a = self.article
        if a is None:
            return
        if self.filter_text:
            t = self._find_status()
        elif 0 <= self.cursor < len(self.highlights):
            t = self._highlight_status(a, self.highlights[self.cursor])
        else:
            t = self._summary_status(a)
        self.query_one("#reader-status", Static).update(t)

    def _find_status(self) -> Text:
        t = Text()
        if not self.matches:
            t.append("no match for ", style="bold")
            t.append_text(plain(f"“{self.filter_text}”", limit=40))
            t.append(" in this article", style="bold")
        else:
            where = f"{self.match + 1}/" if self.match >= 0 else ""
            t.append(f"find {where}{len(self.matches)} ", style="bold")
            t.append_text(plain(f"“{self.filter_text}”", limit=40))
            t.append(f"   {self.key('reader.next')}/{self.key('reader.prev')} move", style="dim")
        t.append(f" · {self.key('back')} closes the find", style="dim")
        return t

    def _summary_status(self, a: Article) -> Text:
        t = Text()
        t.append(f"{len(a.mentions)} actor mentions", style=KIND_STYLE["PERSON"])
        t.append(" · ")
        t.append(f"{len(a.quotes)} quotes", style=KIND_STYLE[QUOTE])
        t.append(" · ")
        t.append(f"{len(a.timexes)} dates", style="bold blue")
        if not self.highlights:
            t.append("   nothing highlighted in this source", style="dim")
        else:
            keys = f"{self.key('reader.next')}/{self.key('reader.prev')}"
            t.append(
                f"   {keys} move between them, {self.key('reader.follow')} follows one", style="dim"
            )
        return t

    def _highlight_status(self, a: Article, h: Highlight) -> Text:
        t = Text()
        if self.limit is not None:
            cands = self._candidates()
            at = cands.index(self.cursor) + 1 if self.cursor in cands else 0
            t.append(f"{at}/{len(cands)} ", style="bold")
        else:
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
            from tui.analysis.timex.human import human_timex

            t.append(" → ")
            t.append_text(plain(human_timex(x.value, x.mod, x.type), style="bold"))
            t.append_text(plain(f"  ({x.value})", style="dim"))
            if x.position:
                t.append(" · timeline ")
                t.append_text(plain(human_timex(x.position)))
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
        if self.limit is not None:
            t.append(f"   only this {GROUP_NAMES[self.limit[0]]}", style="bold")
            t.append(f" ({self.key('reader.limit')}: every highlight)", style="dim")
        return t

    def selection(self):
        if self.article is None:
            return None
        if 0 <= self.cursor < len(self.highlights):
            h = self.highlights[self.cursor]
            return (self.article.id, h.kind, h.index)
        return (self.article.id, ARTICLE, 0)

    # ------------------------------------------------------------------ moving
    def group_of(self, kind: str, index: int) -> tuple | None:
        """What a highlight belongs to, for n/N limited to it: its actor (or its words
        when it is not linked to one), its timeline date, its quote group, or what a
        figure counts."""
        a, ix = self.article, self.index
        items = self._items(kind) if kind in GROUP_NAMES else []
        if not (0 <= index < len(items)):
            return None
        item = items[index]
        if kind == MENTION:
            return (kind, item.actor or item.text.lower())
        if kind == TIMEX:
            entry = ix.entry_of_timex.get((a.id, index)) if ix else None
            return (kind, entry if entry is not None else item.value)
        if kind == QUOTE:
            group = ix.group_of_quote.get((a.id, index)) if ix else None
            return (kind, group or index)
        return (kind, (item.head or item.text).lower())

    def _candidates(self) -> list[int]:
        """The highlights n/N go through: all, or those of the group it is limited to."""
        if self.limit is None:
            return list(range(len(self.highlights)))
        return [
            i for i, h in enumerate(self.highlights) if self.group_of(h.kind, h.index) == self.limit
        ]

    def _move(self, step: int) -> None:
        view = self.query_one(TextView)
        if self.filter_text:
            self._move_match(step)
            return
        cands = self._candidates()
        if not cands:
            self.app.bell()
            return
        current = cands.index(self.cursor) if self.cursor in cands else -1
        starts = [self.highlights[i].start for i in cands]
        self.cursor = cands[next_index(starts, current, step, view.top_offset())]
        view.restyle(self._with_cursor())
        view.scroll_to_offset(self.highlights[self.cursor].start, center=False)
        self._update_status()

    def _move_match(self, step: int) -> None:
        if not self.matches:
            self.app.bell()
            return
        view = self.query_one(TextView)
        starts = [s for s, _ in self.matches]
        self.match = next_index(starts, self.match, step, view.top_offset())
        view.restyle(self._with_cursor())
        view.scroll_to_offset(self.matches[self.match][0], center=False)
        self._update_status()

    def action_next_highlight(self) -> None:
        self._move(1)

    def action_prev_highlight(self) -> None:
        self._move(-1)

    def action_limit(self) -> None:
        """n/N only through the current highlight's actor, date or quote group, or through
        every highlight again."""
        if self.limit is not None:
            self.limit = None
        elif 0 <= self.cursor < len(self.highlights):
            h = self.highlights[self.cursor]
            self.limit = self.group_of(h.kind, h.index)
        else:
            self.app.bell()
            return
        self._update_status()

    def goto(self, kind: str, index: int) -> None:
        for i, h in enumerate(self.highlights):
            if h.kind == kind and h.index == index:
                self.cursor = i
                view = self.query_one(TextView)
                view.restyle(self._with_cursor())
                view.scroll_to_offset(h.start)
                self._update_status()
                return

    # ------------------------------------------------------------------ find
    def action_find(self) -> None:
        self.open_filter()

    def apply_filter(self, text: str) -> None:
        """Mark where ``text`` occurs and go to the first match from where the find was
        (as the words are typed, it stays on a match that still matches)."""
        view = self.query_one(TextView)
        at = self.matches[self.match][0] if 0 <= self.match < len(self.matches) else None
        self._find(text)
        if self.matches:
            starts = [s for s, _ in self.matches]
            self.match = next_index(starts, -1, 1, view.top_offset() if at is None else at)
            view.scroll_to_offset(self.matches[self.match][0])
        view.restyle(self._with_cursor())
        self._update_status()
        self.set_title(self._title)

    def _find(self, text: str) -> None:
        self.match = -1
        body = self._base_text.plain if self.article is not None else ""
        self.matches = find_spans(body, text, self._inserted) if text.strip() else []

    def action_follow(self) -> None:
        if self.article is None or not (0 <= self.cursor < len(self.highlights)):
            self.app.bell()
            return
        h = self.highlights[self.cursor]
        self.post_message(FollowHighlight(self.article.id, h.kind, h.index))

    # (the reader's own toggle(kind), which its bindings name: Textual's DOMNode.action_toggle,
    # which flips an attribute, is never bound here)
    def action_toggle(self, kind: str) -> None:  # type: ignore[override]
        self.show_kinds[kind] = not self.show_kinds[kind]
        self.cursor = -1
        y = self.query_one(TextView).scroll_y
        self._rebuild()
        self.query_one(TextView).scroll_to(y=y, animate=False)
        name = {MENTION: "actor", TIMEX: "date", QUOTE: "quote", FIGURE: "figure"}[kind]
        note = f"{name.title()} highlights {'on' if self.show_kinds[kind] else 'off'}"
        if self.article is not None and not self._items(kind):
            note += f" (no {name}s in this source)"
        self.app.notify(note, timeout=2, markup=False)

    def _items(self, kind: str) -> list:
        """The open article's actor mentions, dates, quotes or figures."""
        a = self.article
        if a is None:
            return []
        if kind == FIGURE:
            return getattr(a, "figures", None) or []
        lists: dict[str, list] = {MENTION: a.mentions, TIMEX: a.timexes, QUOTE: a.quotes}
        return lists[kind]

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
