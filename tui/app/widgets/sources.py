"""The sources pane: every article with its outlet, date, title, author and counts."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.message import Message

from tui.app.safe import plain
from tui.app.widgets.base import ListTable, Pane, matches
from tui.model import Article

SORT_KEYS = ("order", "outlet", "date", "title", "words", "quotes", "actors")


def date_cell(a: Article) -> Text:
    if a.published is None:
        return Text("undated", style="dim italic")
    t = Text(a.published.isoformat())
    if a.published_from == "inferred":
        t.append("~", style="bold yellow")  # inferred, not stated
    return t


def title_cell(a: Article, limit: int = 46) -> Text:
    """The headline; an article without one shows its first words, dimmed, so rows stay tellable apart."""
    if a.title:
        return plain(a.title, limit=limit)
    words = " ".join(a.body.split()[:12])
    return plain(words or a.id, style="dim italic", limit=limit)


class SourcesPane(Pane):
    pane_id = "sources"
    title = "Sources"

    BINDINGS = [
        Binding("enter", "open", "Open", id="sources.open", tooltip="Read the selected article"),
        Binding("s", "sort", "Sort", id="sources.sort", tooltip="Sort by the next column"),
        Binding("r", "reverse", "Reverse", id="sources.reverse", tooltip="Reverse the sort order"),
    ]

    class Open(Message):
        def __init__(self, article_id: str) -> None:
            super().__init__()
            self.article_id = article_id

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.corpus = None
        self.sort_key = "order"
        self.reverse = False

    def compose(self) -> ComposeResult:
        yield from self.compose_title()
        yield ListTable(id="sources-table")

    def on_mount(self) -> None:
        t = self.query_one(ListTable)
        for label, key in (
            ("#", "n"), ("Outlet", "outlet"), ("Date", "date"), ("Title", "title"), ("Author", "author"),
            ("Words", "words"), ("Quotes", "quotes"), ("Actors", "actors"), ("!", "warn"),
        ):
            t.add_column(label, key=key)
        self.set_title()

    def show_corpus(self, corpus, index) -> None:
        self.corpus = corpus
        self.refresh_rows()

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

    def refresh_rows(self, keep: str | None = None) -> None:
        if self.corpus is None:
            return
        t = self.query_one(ListTable)
        current = keep or self.selected_id()
        t.clear()
        shown = 0
        for n, a in self._sorted():
            if not matches(self.filter_text, a.outlet, a.title, a.author, a.id, a.path):
                continue
            actors = len({m.actor or m.text for m in a.mentions})
            warn = Text("⚠", style="bold yellow") if a.warnings else Text("")
            t.add_row(
                Text(str(n + 1), style="dim"),
                plain(a.outlet or "—", limit=20),
                date_cell(a),
                title_cell(a),
                plain(a.author or "—", limit=18),
                Text(f"{a.words:,}", justify="right"),
                Text(str(len(a.quotes)), justify="right"),
                Text(str(actors), justify="right"),
                warn,
                key=a.id,
            )
            shown += 1
        total = len(self.corpus.articles)
        arrow = "↓" if not self.reverse else "↑"
        extra = f"{shown} of {total}" if shown != total else f"{total} articles"
        self.set_title(f"{extra} · sorted by {self.sort_key} {arrow}")
        if current:
            self.select(current)

    def selected_id(self) -> str | None:
        t = self.query_one(ListTable)
        if not t.row_count:
            return None
        try:
            key = t.coordinate_to_cell_key(t.cursor_coordinate).row_key
        except Exception:
            return None
        return key.value

    def select(self, article_id: str) -> bool:
        t = self.query_one(ListTable)
        try:
            t.move_cursor(row=t.get_row_index(article_id), animate=False)
            return True
        except Exception:
            return False

    def selection(self):
        aid = self.selected_id()
        return (aid, "article", 0) if aid else None

    def apply_filter(self, text: str) -> None:
        self.refresh_rows()

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

    def action_open(self) -> None:
        aid = self.selected_id()
        if aid:
            self.post_message(self.Open(aid))

    def on_data_table_row_selected(self, event: ListTable.RowSelected) -> None:
        event.stop()
        if event.row_key.value:
            self.post_message(self.Open(event.row_key.value))
