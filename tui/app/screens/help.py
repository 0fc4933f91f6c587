"""The help screen: every key binding, with its id (for remapping under `keys:`)."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

ABOUT = (
    "Storyline reads a folder of news articles about one story and shows who reported what. "
    "Every highlighted item leads back to the sentence it came from: open it in the Reader."
)


def binding_rows(app) -> list[tuple[str, str, str, str]]:
    """(where, keys, what, id) for every binding the user can press."""
    from tui.app.widgets.actors import ActorsPane
    from tui.app.widgets.base import ListPane, ListTable
    from tui.app.widgets.discrepancies import DiscrepanciesPane
    from tui.app.widgets.quotes import QuotesPane
    from tui.app.widgets.reader import ReaderPane
    from tui.app.widgets.sources import SourcesPane
    from tui.app.widgets.timeline import TimelinePane

    keymap = getattr(app, "_keymap", {}) or {}
    rows = []
    for where, cls in (
        ("Everywhere", type(app)),
        ("Lists", ListTable),
        ("Lists", ListPane),
        ("Sources", SourcesPane),
        ("Reader", ReaderPane),
        ("Actors", ActorsPane),
        ("Timeline", TimelinePane),
        ("Quotes", QuotesPane),
        ("Discrepancies", DiscrepanciesPane),
    ):
        for b in cls.BINDINGS:
            if not isinstance(b, Binding) or b.system:
                continue
            keys = keymap.get(b.id, b.key) if b.id else b.key
            shown = ", ".join(app.get_key_display(Binding(k.strip(), "")) for k in keys.split(","))
            rows.append((where, shown, b.tooltip or b.description, b.id or ""))
    rows.append(
        (
            "Everywhere",
            "ctrl+p",
            "Command palette: actions, jump to a source or an actor",
            "(built in)",
        )
    )
    rows.append(
        (
            "Everywhere",
            "ctrl+p",
            "Add article from URL…: fetch a web page into the first source folder "
            "(the only time Storyline goes on the network)",
            "(palette)",
        )
    )
    rows.append(("Lists", "↑ ↓ pgup pgdn", "Move in the list", "(built in)"))
    return rows


class HelpScreen(ModalScreen[None]):
    BINDINGS = [
        Binding(
            "escape,q,question_mark,f1",
            "dismiss",
            "Close",
            id="help.close",
            tooltip="Close the help",
        ),
    ]

    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll { width: 96; max-width: 100%; height: 90%; border: thick $primary; background: $surface; padding: 0 1; }
    """

    def compose(self) -> ComposeResult:
        table = Table(box=None, expand=True, show_edge=False, pad_edge=False)
        table.add_column("Where", style="bold", no_wrap=True)
        table.add_column("Keys", style="bold cyan", no_wrap=True)
        table.add_column("What it does")
        table.add_column("id (for keys: in config.yaml)", style="dim", no_wrap=True)
        last = None
        for where, keys, what, bid in binding_rows(self.app):
            table.add_row(where if where != last else "", keys, what, bid)
            last = where
        with VerticalScroll():
            yield Static(Text("Storyline — keys\n", style="bold"))
            yield Static(Text(ABOUT + "\n", style="italic"))
            yield Static(table)
            yield Static(Text("\nesc closes this help.", style="dim"))
