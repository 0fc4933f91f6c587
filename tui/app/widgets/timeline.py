"""The timeline pane: the dates the articles mention, in order, with who says what.

It opens at the story's own days (from its first article's date on); the background
before them (the years an article recalls) is one key away (``b``). Dates read as words
("summer 2016"); the TIMEX3 value is in the detail.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding

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


def story_start(corpus):
    """The story's first day: the earliest date of its articles (None when none is dated)."""
    return min((a.published for a in corpus.articles if a.published), default=None)


def human_timex(value: str) -> str:
    from tui.analysis.timex.human import human_timex as words

    return words(value)


def human_date(d) -> str:
    from tui.analysis.timex.human import human_date as words

    return words(d)


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

    BINDINGS = [
        Binding(
            "b",
            "toggle_background",
            "Background",
            id="timeline.background",
            tooltip="Show the dates before the story's first article, or hide them",
        ),
    ]

    DEFAULT_CSS = """
    #timeline-detail { padding: 0 1; }
    """

    def compose(self) -> ComposeResult:
        yield from self.compose_title()
        yield ListTable(id="timeline-table")
        yield TextView(id="timeline-detail", classes="detail")

    #: whether the dates before the story's first article are shown
    background = False

    def show_corpus(self, corpus, index) -> None:
        self._story_start = story_start(corpus)
        super().show_corpus(corpus, index)

    def _before_story(self, e) -> bool:
        """A date that ends before the story's first article's date: the background."""
        from tui.merge.timeline import calendar_span

        start = getattr(self, "_story_start", None)
        if start is None:
            return False
        span = calendar_span(e.value)
        return span is not None and span[2] < start

    def list_items(self):
        # the bars are drawn to the scale of the most mentioned date
        self._most = max((len(e.mentions) for e in self.corpus.timeline), default=0)
        self._hidden = 0
        for i, e in enumerate(self.corpus.timeline):
            if not self.background and self._before_story(e):
                self._hidden += 1
                continue
            yield str(i), e

    def search_text(self, e):
        return (e.value, human_timex(e.value), *(m.sentence for m in e.mentions))

    def row(self, e):
        articles = {m.article for m in e.mentions}
        inferred = any(self._timex(m).inferred for m in e.mentions if self._timex(m) is not None)
        label = plain(
            human_timex(e.value),
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
        title = f"{shown} dates" + (f" · {flagged} with disagreements" if flagged else "")
        start = getattr(self, "_story_start", None)
        if start is not None and self.background:
            key = self.key("timeline.background")
            title += f" · with the background · {key}: from {human_date(start)} on"
        elif getattr(self, "_hidden", 0):
            key = self.key("timeline.background")
            title += f" · from {human_date(start)} on · {key}: {self._hidden} earlier dates"
        return title

    def select(self, key: str, turn_page: bool = True, center: bool = True) -> bool:
        """A date of the background (a link from the reader) shows the background first."""
        if (
            not self.background
            and key.isdigit()
            and int(key) < len(self.corpus.timeline)
            and self._before_story(self.corpus.timeline[int(key)])
        ):
            self.background = True
            self.refresh_rows()
        return super().select(key, turn_page, center)

    def narrowed(self) -> str | None:
        if self.background or not getattr(self, "_hidden", 0):
            return None
        key = self.key("timeline.background")
        return f"Every date is before the story's first article. {key} shows them."

    def action_toggle_background(self) -> None:
        self.background = not self.background
        self.refresh_rows()

    def _timex(self, m):
        a = self.index.articles.get(m.article)
        if a is None or not (0 <= m.timex < len(a.timexes)):
            return None
        return a.timexes[m.timex]

    def show_detail(self, key: str | None) -> None:
        view = self.query_one("#timeline-detail", TextView)
        if key is None or not self.has_corpus:
            view.set_text(
                Text("Select a date to see what the sources say happened then.", style="dim")
            )
            return
        e = self.corpus.timeline[int(key)]
        t = Text(end="")
        t.append_text(plain(human_timex(e.value), style="bold"))
        t.append(
            f"  {granularity(e.value)} · value {e.value} · {len(e.mentions)} mention{'s' if len(e.mentions) != 1 else ''}\n",
            style="dim",
        )
        for c in e.conflicts:
            t.append("⚠ ", style="bold yellow")
            here = self.corpus.label(c.mention.article) if c.mention.article else "a source"
            t.append_text(
                plain(
                    f"{here} places it here; {self.corpus.label(c.article)} on "
                    f"{human_timex(c.value)}" + (f": {c.reason}" if c.reason else ""),
                    one_line=False,
                )
            )
            t.append("\n")
        for n, m in enumerate(e.mentions):
            if n >= DETAIL_MENTIONS:
                # a date in thousands of articles: the rest is a count, not a wall of text
                t.append(
                    f"\n… and {len(e.mentions) - n:,} more mentions of this date\n",
                    style="dim italic",
                )
                break
            x = self._timex(m)
            t.append("\n")
            t.append_text(plain(f"▌ {self.corpus.label(m.article)}", style="bold reverse"))
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
        if key is None or not self.has_corpus:
            return None
        e = self.corpus.timeline[int(key)]
        return (e.mentions[0].article, TIMEX, e.mentions[0].timex) if e.mentions else None
