"""The sources pane: every article with its outlet, date, title, author and counts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding

from tui.app.safe import plain
from tui.app.widgets.base import ListPane, ListTable
from tui.kinds import ARTICLE, LABEL_CHARS, UNKNOWN_OUTLET

if TYPE_CHECKING:  # the model is imported with the corpus, after the first frame
    from tui.model import Article

SORT_KEYS = ("order", "outlet", "date", "title", "words", "quotes", "actors")


def date_cell(a: Article) -> Text:
    if a.published is None:
        return Text("undated", style="dim italic")
    from tui.analysis.timex.human import human_date

    t = Text(human_date(a.published))
    if a.published_from == "inferred":
        t.append("~", style="bold yellow")  # inferred, not stated
    return t


#: How a guessed outlet is marked (the file name or the page's links suggested it).
GUESSED = "?"


def outlet_cell(a: Article, limit: int = 24) -> Text:
    """The outlet; one only guessed (from the file name, the page's links) is marked "?"
    in front (a narrow column cuts the end) and in italics; an unknown outlet reads
    "unknown outlet" (as everywhere)."""
    if not a.outlet:
        return plain(UNKNOWN_OUTLET, style="dim italic")
    if a.outlet_guessed:
        t = Text(no_wrap=True, overflow="ellipsis", end="")  # the mark alone is yellow
        t.append(GUESSED + " ", style="bold yellow")
        t.append_text(plain(a.outlet, style="italic", limit=limit - 2))
        return t
    return plain(a.outlet, limit=limit)


def title_cell(a: Article, limit: int = 300) -> Text:
    """The headline; an article without one shows its first words, dimmed, so rows stay
    tellable apart."""
    if a.title:
        return plain(a.title, limit=limit)
    words = " ".join(a.body.split()[:12])
    return plain(words or a.id, style="dim italic", limit=limit)


class SourcesPane(ListPane):
    pane_id = "sources"
    title = "Sources"
    table_id = "sources-table"
    COLUMNS = (
        ("#", "n"),
        ("Label", "label"),
        ("Outlet", "outlet"),
        ("Date", "date"),
        ("Title", "title"),
        ("Author", "author"),
        ("Words", "words"),
        ("Quotes", "quotes"),
        ("Actors", "actors"),
        ("!", "warn"),
    )
    FLEX = {"title": 16, "outlet": 8, "author": 6}
    OPTIONAL = ("author", "actors", "quotes", "words")
    EMPTY = "No sources: no file in these folders could be read (the problems list says why)."

    BINDINGS = [
        Binding("s", "sort", "Sort", id="sources.sort", tooltip="Sort by the next column"),
        Binding("r", "reverse", "Reverse", id="sources.reverse", tooltip="Reverse the sort order"),
    ]

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.sort_key = "order"
        self.reverse = False

    def compose(self) -> ComposeResult:
        yield from self.compose_title()
        yield ListTable(id="sources-table")

    def _sorted(self) -> list[tuple[int, Article]]:
        rows = list(enumerate(self.corpus.articles))
        key = self.sort_key
        if key == "outlet":
            rows.sort(key=lambda r: (r[1].outlet or "~").lower())
        elif key == "date":
            rows.sort(key=lambda r: (r[1].published is None, r[1].published or 0))
        elif key == "title":
            rows.sort(key=lambda r: (r[1].title or r[1].id).lower())
        elif key == "words":
            rows.sort(key=lambda r: r[1].words)
        elif key == "quotes":
            rows.sort(key=lambda r: r[1].quote_count)
        elif key == "actors":
            rows.sort(key=lambda r: r[1].actor_count)
        if self.reverse:
            rows.reverse()
        return rows

    def list_items(self):
        return ((a.id, (n, a)) for n, a in self._sorted())

    def search_text(self, item):
        _, a = item
        return (self.corpus.label(a.id), a.outlet, title_cell(a).plain, a.author, a.id, a.path)

    def row(self, item):
        n, a = item
        return (
            Text(str(n + 1), style="dim"),
            plain(self.corpus.label(a.id), style="bold", limit=LABEL_CHARS),
            outlet_cell(a, limit=32),
            date_cell(a),
            title_cell(a),
            plain(a.author or "—", limit=32),
            Text(f"{a.words:,}", justify="right"),
            Text(str(a.quote_count), justify="right"),
            Text(str(a.actor_count), justify="right"),
            Text("⚠", style="bold yellow") if a.warnings else Text(""),
        )

    def list_title(self, shown: int) -> str:
        total = len(self.corpus.articles)
        arrow = "↓" if not self.reverse else "↑"
        extra = f"{shown} of {total}" if shown != total else f"{total} articles"
        guessed = sum(1 for a in self.corpus.articles if a.outlet_guessed)
        unknown = sum(1 for a in self.corpus.articles if not a.outlet)
        notes = (f" · {guessed} outlets guessed ?" if guessed else "") + (
            f" · {unknown} with an {UNKNOWN_OUTLET} ({self.key('problems')})" if unknown else ""
        )
        return f"{extra} · sorted by {self.sort_key} {arrow}{notes}"

    def selection(self):
        aid = self.selected_id()
        return (aid, ARTICLE, 0) if aid else None

    def action_sort(self) -> None:
        self.sort_key = SORT_KEYS[(SORT_KEYS.index(self.sort_key) + 1) % len(SORT_KEYS)]
        self.refresh_rows()

    def action_reverse(self) -> None:
        self.reverse = not self.reverse
        self.refresh_rows()

    def on_data_table_header_selected(self, event: ListTable.HeaderSelected) -> None:
        key = event.column_key.value
        if key in SORT_KEYS:
            if self.sort_key == key:
                self.reverse = not self.reverse
            self.sort_key = key
            self.refresh_rows()
