"""The Storyline dashboard (first cut: the sources table; the full dashboard follows)."""

from __future__ import annotations

from textual import work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Footer, Header

from tui.config import Config
from tui.model import Corpus


class StorylineApp(App):
    TITLE = "Storyline"
    BINDINGS = [Binding("q", "quit", "Quit", id="quit", tooltip="Leave Storyline")]

    def __init__(self, paths=None, config: Config | None = None, published=None) -> None:
        super().__init__()
        self.paths = paths
        self.config_ = config or Config()
        self.published = published
        self.corpus: Corpus | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        yield DataTable(id="sources", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns("Outlet", "Date", "Title", "Words")
        self.load()

    @work(thread=True, exclusive=True)
    def load(self) -> None:
        from tui.corpus import load_corpus

        corpus = load_corpus(self.paths, self.config_, published=self.published)
        self.call_from_thread(self.show, corpus)

    def show(self, corpus: Corpus) -> None:
        from rich.text import Text

        self.corpus = corpus
        table = self.query_one(DataTable)
        for a in corpus.articles:
            table.add_row(
                Text(a.outlet or "?"),
                Text(a.published.isoformat() if a.published else "—"),
                Text(a.title or a.id),
                Text(str(a.words)),
                key=a.id,
            )
