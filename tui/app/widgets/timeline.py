"""The timeline pane: the dates the articles mention, in order, with who says what."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.message import Message

from tui.app.safe import plain
from tui.app.widgets.base import ListPane, ListTable, presence_cell
from tui.app.widgets.textview import TextView
from tui.kinds import TIMEX

BAR = "▏▎▍▌▋▊▉█"


def bar(n: int, most: int, width: int = 12) -> Text:
    """A horizontal bar of ``n`` out of ``most``, in eighths of a cell."""
    if most <= 0:
        return Text("")
    eighths = round(n / most * width * 8)
    full, part = divmod(max(eighths, 1), 8)
    s = "█" * full + (BAR[part - 1] if part else "")
    return Text(s.ljust(width), style="blue", no_wrap=True, end="")


def granularity(value: str) -> str:
    if len(value) >= 10 and value[4] == "-" and value[7] == "-":
        return "day"
    if "-W" in value:
        return "week"
    if len(value) == 7:
        return "month"
    if len(value) == 4:
        return "year"
    return "other"


#: mentions shown in a date's detail before the rest is summed up
DETAIL_MENTIONS = 300


class TimelinePane(ListPane):
    pane_id = "timeline"
    title = "Timeline"
    table_id = "timeline-table"
    COLUMNS = (
        ("Date", "date"),
        ("Mentions", "chart"),
        ("#", "n"),
        ("Sources", "sources"),
        ("", "flag"),
    )

    EMPTY = "No dates: the sources mention no day, month or year that could be placed in time."

    DEFAULT_CSS = """
    #timeline-detail { padding: 0 1; }
    """

    def compose(self) -> ComposeResult:
        yield from self.compose_title()
        yield ListTable(id="timeline-table")
        yield TextView(id="timeline-detail", classes="detail")

    def list_items(self):
        # the bars are drawn to the scale of the most mentioned date
        self._most = max((len(e.mentions) for e in self.corpus.timeline), default=0)
        return ((str(i), e) for i, e in enumerate(self.corpus.timeline))

    def search_text(self, e):
        return (e.value, *(m.sentence for m in e.mentions))

    def row(self, e):
        articles = {m.article for m in e.mentions}
        inferred = any(self._timex(m).inferred for m in e.mentions if self._timex(m) is not None)
        label = plain(
            e.value,
            style={"day": "bold", "month": "", "year": "dim"}.get(granularity(e.value), "dim"),
        )
        if inferred:
            label.append("~", style="yellow")
        return (
            label,
            bar(len(e.mentions), self._most),
            Text(str(len(e.mentions)), justify="right"),
            presence_cell(self.index, articles),
            Text("⚠ sources disagree", style="bold yellow") if e.conflicts else Text(""),
        )

    def list_title(self, shown: int) -> str:
        flagged = sum(1 for e in self.corpus.timeline if e.conflicts)
        return f"{shown} dates" + (f" · {flagged} with disagreements" if flagged else "")

    def _timex(self, m):
        a = self.index.articles.get(m.article)
        if a is None or not (0 <= m.timex < len(a.timexes)):
            return None
        return a.timexes[m.timex]

    def show_detail(self, key: str | None) -> None:
        view = self.query_one("#timeline-detail", TextView)
        if key is None or self.corpus is None:
            view.set_text(
                Text("Select a date to see what the sources say happened then.", style="dim")
            )
            return
        e = self.corpus.timeline[int(key)]
        t = Text(end="")
        t.append_text(plain(e.value, style="bold"))
        t.append(f"  {granularity(e.value)} · {len(e.mentions)} mentions\n", style="dim")
        for c in e.conflicts:
            t.append("⚠ ", style="bold yellow")
            t.append_text(
                plain(c.reason or "another source gives a different date", one_line=False)
            )
            if c.value:
                t.append(" → ")
                t.append_text(plain(c.value, style="bold"))
            t.append("\n")
        for n, m in enumerate(e.mentions):
            if n >= DETAIL_MENTIONS:
                # a date in thousands of articles: the rest is a count, not a wall of text
                t.append(
                    f"\n… and {len(e.mentions) - n:,} more mentions of this date\n",
                    style="dim italic",
                )
                break
            a = self.index.articles.get(m.article)
            x = self._timex(m)
            t.append("\n")
            t.append_text(
                plain(f"▌ {(a.outlet or a.id) if a else m.article}", style="bold reverse")
            )
            if x is not None:
                t.append("  ")
                t.append_text(plain(f"“{x.text}”", style="blue"))
                if x.caption is not None:
                    t.append("  (in a photo caption)", style="dim")
                if x.inferred:
                    t.append("  (resolved against an inferred article date)", style="yellow")
            t.append("\n")
            sent = plain(m.sentence, in_place=True)
            if x is not None:
                s, end = x.start - m.sentence_start, x.end - m.sentence_start
                if 0 <= s < end <= len(sent):
                    sent.stylize("bold underline", s, end)
            t.append_text(sent)
            t.append("\n")
        view.set_text(t)

    def selection(self):
        key = self.selected_id()
        if key is None or self.corpus is None:
            return None
        e = self.corpus.timeline[int(key)]
        return (e.mentions[0].article, TIMEX, e.mentions[0].timex) if e.mentions else None
