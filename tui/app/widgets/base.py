"""What every pane shares: a title, a filter box opened with `/`, a list table."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import DataTable, Input, Static

from tui.app.safe import plain


class Pane(Vertical):
    """A dashboard pane. Subclasses fill ``pane_id``, ``title`` and ``show_corpus``."""

    pane_id = "pane"
    title = "Pane"
    can_filter = True

    DEFAULT_CSS = """
    Pane { height: 1fr; }
    Pane > .pane-title { height: 1; padding: 0 1; background: $boost; color: $text-muted; }
    Pane:focus-within > .pane-title { background: $primary 40%; color: $text; text-style: bold; }
    Pane > .filter { display: none; height: 3; }
    Pane.filtering > .filter { display: block; }
    """

    class ReadItem(Message):
        """Open an article in the reader, on one of its items (kind "article" for none)."""

        def __init__(self, article_id: str, kind: str = "article", index: int = 0) -> None:
            super().__init__()
            self.article_id, self.kind, self.index = article_id, kind, index

    def __init__(self, **kwargs) -> None:
        super().__init__(id=self.pane_id, classes="pane", **kwargs)
        self.filter_text = ""

    def compose_title(self) -> ComposeResult:
        yield Static(Text(self.title), classes="pane-title", id=f"{self.pane_id}-title")
        box = Input(placeholder="filter: type to narrow the list, esc to clear", classes="filter", id=f"{self.pane_id}-filter")
        box.can_focus = False  # only while the filter is open
        yield box

    def set_title(self, extra: str = "") -> None:
        t = Text(self.title, style="bold")
        if extra:
            t.append("  ")
            t.append_text(plain(extra))
        if self.filter_text:
            t.append("  filter: ", style="dim")
            t.append_text(plain(self.filter_text, style="italic"))
        self.query_one(f"#{self.pane_id}-title", Static).update(t)

    # ---- filtering
    def open_filter(self) -> None:
        if not self.can_filter:
            self.app.bell()
            return
        self.add_class("filtering")
        box = self.query_one(f"#{self.pane_id}-filter", Input)
        box.can_focus = True
        box.focus()

    def close_filter(self, clear: bool = True) -> bool:
        """Close the filter box; True when there was one to close."""
        if not self.has_class("filtering") and not self.filter_text:
            return False
        box = self.query_one(f"#{self.pane_id}-filter", Input)
        if clear:
            box.value = ""
            self.filter_text = ""
            self.apply_filter("")
        self.remove_class("filtering")
        box.can_focus = False
        self.focus_main()
        return True

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.has_class("filter"):
            event.stop()
            self.filter_text = event.value
            self.apply_filter(event.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.has_class("filter"):
            event.stop()
            if not event.value:
                self.remove_class("filtering")
                event.input.can_focus = False
            self.focus_main()

    def apply_filter(self, text: str) -> None:  # pragma: no cover - overridden
        pass

    def focus_main(self) -> None:
        tables = self.query(DataTable)
        if tables:
            tables.first().focus()
        else:
            self.focus()

    def show_corpus(self, corpus, index) -> None:  # pragma: no cover - overridden
        pass

    def selection(self) -> tuple[str, str, int] | None:
        """What is selected, as (article id, kind, index): kind is "article", "quote",
        "mention" or "timex" and index points into that article's list."""
        return None


class ListPane(Pane):
    """A pane around one main list: selection by row key, detail on highlight, enter reads."""

    table_id = ""
    #: (label, key) of the main list's columns
    COLUMNS: tuple[tuple[str, str], ...] = ()

    BINDINGS = [Binding("enter", "read", "Read", id="list.read", tooltip="Open the selected item in the reader")]

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.corpus = None
        self.index = None

    def on_mount(self) -> None:
        t = self.table()
        for label, key in self.COLUMNS:
            t.add_column(label, key=key)
        self.set_title()

    def show_corpus(self, corpus, index) -> None:
        self.corpus, self.index = corpus, index
        self.refresh_rows()

    def refresh_rows(self) -> None:  # pragma: no cover - overridden
        pass

    def apply_filter(self, text: str) -> None:
        self.refresh_rows()

    def table(self) -> "ListTable":
        return self.query_one(f"#{self.table_id}", ListTable)

    def selected_id(self) -> str | None:
        t = self.table()
        if not t.row_count:
            return None
        try:
            return t.coordinate_to_cell_key(t.cursor_coordinate).row_key.value
        except Exception:  # the cursor is past the rows while they are rebuilt
            return None

    def select(self, key: str) -> bool:
        t = self.table()
        try:
            t.move_cursor(row=t.get_row_index(key), animate=False)
        except Exception:  # not in the (filtered) list
            return False
        self.show_detail(key)
        return True

    def restore_cursor(self, key: str | None) -> None:
        """After the rows were rebuilt: back on ``key`` if it is still there, else the first row."""
        t = self.table()
        if not (key is not None and self.select(key)) and t.row_count:
            t.move_cursor(row=0)
        self.show_detail(self.selected_id())

    def show_detail(self, key: str | None) -> None:
        pass

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if event.data_table.id == self.table_id:
            event.stop()
            self.show_detail(event.row_key.value if event.row_key else None)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        if event.data_table.id == self.table_id:
            event.stop()
            self.action_read()

    def action_read(self) -> None:
        sel = self.selection()
        if sel is not None:
            self.post_message(self.ReadItem(*sel))


class ListTable(DataTable):
    """A DataTable with vim keys (j/k, g/G) beside the arrows."""

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False, id="list.down", tooltip="Next row"),
        Binding("k", "cursor_up", "Up", show=False, id="list.up", tooltip="Previous row"),
        Binding("g", "scroll_top", "Top", show=False, id="list.top", tooltip="First row"),
        Binding("G", "scroll_bottom", "Bottom", show=False, id="list.bottom", tooltip="Last row"),
    ]

    def __init__(self, **kwargs) -> None:
        super().__init__(cursor_type="row", zebra_stripes=True, **kwargs)


def matches(needle: str, *haystack: str | None) -> bool:
    """Case-insensitive: every word of ``needle`` occurs in one of the fields."""
    words = needle.lower().split()
    if not words:
        return True
    text = " ".join(h for h in haystack if h).lower()
    return all(w in text for w in words)


def presence_bar(flags: list[bool], limit: int = 24) -> Text:
    """■ for a source that mentions the item, □ for one that does not (compact per source)."""
    t = Text(no_wrap=True, end="")
    if len(flags) > limit:
        n = sum(flags)
        t.append(f"{n}/{len(flags)} sources", style="bold" if n < len(flags) else "")
        return t
    for f in flags:
        t.append("■" if f else "□", style="green" if f else "red dim")
    return t
