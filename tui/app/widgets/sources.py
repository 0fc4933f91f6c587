"""The sources pane: every article with its outlet, date, title, author and counts."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.message import Message
from typing import TYPE_CHECKING

from tui.app.safe import plain
from tui.app.widgets.base import ListPane, ListTable
from tui.kinds import ARTICLE

if TYPE_CHECKING:  # the model is imported with the corpus, after the first frame
    from tui.model import Article

SORT_KEYS = ("order", "outlet", "date", "title", "words", "quotes", "actors")


def date_cell(a: Article) -> Text:
    if a.published is None:
        return Text("undated", style="dim italic")
    t = Text(a.published.isoformat())
    if a.published_from == "inferred":
        t.append("~", style="bold yellow")  # inferred, not stated
    return t


def title_cell(a: Article, limit: int = 300) -> Text:
    """The headline; an article without one shows its first words, dimmed, so rows stay tellable apart."""
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
            rows.sort(key=lambda r: len(r[1].quotes))
        elif key == "actors":
            rows.sort(key=lambda r: len({m.actor for m in r[1].mentions if m.actor}))
        if self.reverse:
            rows.reverse()
        return rows

    def list_items(self):
        return ((a.id, (n, a)) for n, a in self._sorted())

    def search_text(self, item):
        _, a = item
        return (a.outlet, title_cell(a).plain, a.author, a.id, a.path)

    def row(self, item):
        n, a = item
        actors = len({m.actor or m.text for m in a.mentions})
        return (
            Text(str(n + 1), style="dim"),
            plain(a.outlet or "—", limit=32),
            date_cell(a),
            title_cell(a),
            plain(a.author or "—", limit=32),
            Text(f"{a.words:,}", justify="right"),
            Text(str(len(a.quotes)), justify="right"),
            Text(str(actors), justify="right"),
            Text("⚠", style="bold yellow") if a.warnings else Text(""),
        )

    def list_title(self, shown: int) -> str:
        total = len(self.corpus.articles)
        arrow = "↓" if not self.reverse else "↑"
        extra = f"{shown} of {total}" if shown != total else f"{total} articles"
        return f"{extra} · sorted by {self.sort_key} {arrow}"

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
