"""The help screen: every key binding, as remapped, with its id (for `keys:` in the config).

A modal screen with keys of its own: it scrolls with j/k, the arrows, PgUp/PgDn, g/G; esc,
q or the help key close it; no other key reaches the panes behind it.
"""

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
    """(where, keys, what, id) for every binding the user can press, keys as remapped."""
    from tui.app.dialogs.add_url import AddURLScreen
    from tui.app.dialogs.problems import ProblemsScreen
    from tui.app.keys import key_label
    from tui.app.widgets.actors import ActorsPane
    from tui.app.widgets.base import ListPane, ListTable
    from tui.app.widgets.discrepancies import DiscrepanciesPane
    from tui.app.widgets.quotes import QuotesPane
    from tui.app.widgets.reader import ReaderPane
    from tui.app.widgets.sources import SourcesPane
    from tui.app.widgets.timeline import TimelinePane

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
        ("This help", HelpScreen),
        ("Problems list", ProblemsScreen),
        ("Add article from URL", AddURLScreen),
    ):
        for b in cls.BINDINGS:
            if not isinstance(b, Binding) or b.system or not b.id:
                continue
            keys = key_label(app, b.id, every=True, between=", ")
            rows.append((where, keys, b.tooltip or b.description, b.id))
        if where == "Everywhere":
            rows.append(
                (where, "ctrl+p", "Command palette: actions, jumps to a source or an actor", "")
            )
            rows.append(
                (
                    where,
                    "ctrl+p",
                    "Add article from URL…: fetch a web page into the first source folder "
                    "(the only time Storyline goes on the network)",
                    "",
                )
            )
        if where == "Lists" and cls is ListPane:
            rows.append((where, "↑ ↓ pgup pgdn", "Move in the list", ""))
    return rows


class HelpScreen(ModalScreen[None]):
    AUTO_FOCUS = "#help-scroll"

    BINDINGS = [
        Binding(
            "escape,q,question_mark,f1",
            "dismiss",
            "Close",
            id="help.close",
            tooltip="Close the help",
        ),
        Binding("j,down", "scroll(1)", "Down", show=False, id="help.down", tooltip="Scroll down"),
        Binding("k,up", "scroll(-1)", "Up", show=False, id="help.up", tooltip="Scroll up"),
        Binding(
            "space,pagedown",
            "page(1)",
            "Page down",
            show=False,
            id="help.page_down",
            tooltip="Scroll a page down",
        ),
        Binding(
            "b,pageup",
            "page(-1)",
            "Page up",
            show=False,
            id="help.page_up",
            tooltip="Scroll a page up",
        ),
        Binding("g,home", "top", "Top", show=False, id="help.top", tooltip="Go to the top"),
        Binding("G,end", "bottom", "End", show=False, id="help.bottom", tooltip="Go to the end"),
    ]

    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll { width: 100; max-width: 100%; height: 90%; border: thick $primary; background: $surface; padding: 0 1; }
    HelpScreen > VerticalScroll:focus { border: thick $accent; }
    """

    def compose(self) -> ComposeResult:
        # where a key works heads its keys (a column of its own left too little room for
        # what the keys do at 80 columns)
        table = Table(box=None, expand=True, show_edge=False, pad_edge=False)
        table.add_column("Keys", style="bold cyan", max_width=18)
        table.add_column("What it does", ratio=1)
        table.add_column("id (keys: in the config)", style="dim", no_wrap=True)
        last = None
        for where, keys, what, bid in binding_rows(self.app):
            if where != last:
                table.add_row(Text("\n" + where, style="bold"), "", "")
                last = where
            table.add_row(keys, what, bid)
        with VerticalScroll(id="help-scroll"):
            yield Static(Text("Storyline — keys", style="bold"))
            yield Static(Text(self._how_to_scroll() + "\n", style="dim"))
            yield Static(Text(ABOUT + "\n", style="italic"))
            yield Static(table)

    def _how_to_scroll(self) -> str:
        key = self.app.key_label if hasattr(self.app, "key_label") else lambda b, every=False: b
        return (
            f"{key('help.down')}/{key('help.up')} or the arrows scroll, "
            f"{key('help.page_down')}/{key('help.page_up')} a page, "
            f"{key('help.top')}/{key('help.bottom')} top and end; "
            f"{key('help.close', every=True)} closes the help."
        )

    def on_key(self, event) -> None:
        """The help key closes the help, remapped or not (the app's own bindings stop at
        this screen)."""
        from tui.app.keys import keys_of

        if event.key in keys_of(self.app, "help"):
            event.stop()
            self.dismiss()

    def _scroller(self) -> VerticalScroll:
        return self.query_one("#help-scroll", VerticalScroll)

    def action_scroll(self, lines: int) -> None:
        self._scroller().scroll_relative(y=lines, animate=False)

    def action_page(self, pages: int) -> None:
        s = self._scroller()
        s.scroll_relative(y=pages * max(1, s.scrollable_content_region.height - 1), animate=False)

    def action_top(self) -> None:
        self._scroller().scroll_home(animate=False)

    def action_bottom(self) -> None:
        self._scroller().scroll_end(animate=False)
