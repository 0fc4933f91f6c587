"""What every pane shares: a title, a filter box opened with `/`, a list table."""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import DataTable, Input, Static
from textual.widgets.data_table import ColumnKey

from tui.app.messages import ReadItem
from tui.app.safe import label, plain

if TYPE_CHECKING:
    from tui.kinds import ItemKind
    from tui.merge.index import CorpusIndex
    from tui.model import Corpus


class Pane(Vertical):
    """A dashboard pane. Subclasses fill ``pane_id``, ``title`` and ``show_corpus``."""

    pane_id = "pane"
    title = "Pane"
    can_filter = True
    #: what the title calls the filter box's text, and what the empty box says
    filter_label = "filter"
    filter_placeholder = "filter: type to narrow the list, {back} to clear"

    DEFAULT_CSS = """
    Pane { height: 1fr; }
    Pane > .pane-title { height: 1; padding: 0 1; background: $boost; color: $text-muted; }
    Pane.-active > .pane-title { background: $primary 40%; color: $text; text-style: bold; }
    Pane > Input.filter { display: none; height: 1; padding: 0 1; background: $boost; }
    Pane > Input.filter:focus { background: $primary 30%; }
    Pane.filtering > .filter { display: block; }
    """

    def __init__(self, **kwargs) -> None:
        super().__init__(id=self.pane_id, classes="pane", **kwargs)
        self.filter_text = ""

    def compose_title(self) -> ComposeResult:
        yield Static(Text(self.title), classes="pane-title", id=f"{self.pane_id}-title")
        box = Input(
            placeholder=self.filter_placeholder,
            classes="filter",
            id=f"{self.pane_id}-filter",
            compact=True,  # one line: a terminal of 24 rows keeps its list
        )
        box.can_focus = False  # only while the filter is open
        yield box

    def key(self, binding_id: str) -> str:
        """The key bound to ``binding_id`` as shown to the user (remapped or not)."""
        label = getattr(self.app, "key_label", None)
        return label(binding_id) if label is not None else binding_id

    def set_title(self, extra: str = "") -> None:
        t = Text(self.title, style="bold")
        if extra:
            t.append("  ")
            t.append_text(plain(extra))
        if self.filter_text:
            t.append(f"  {self.filter_label}: ", style="dim")
            t.append_text(plain(self.filter_text, style="italic"))
        table = self.table() if isinstance(self, ListPane) else None
        if table is not None and table.display:
            label = table.page_label()
            if label:
                t.append("  " + label, style="dim")
            if table.hidden:
                n = len(table.hidden)
                t.append(f"  {n} column{'s' if n > 1 else ''} left out for width", style="dim")
        self.query_one(f"#{self.pane_id}-title", Static).update(t)

    # ---- filtering
    def open_filter(self) -> None:
        if not self.can_filter:
            self.app.bell()
            return
        self.add_class("filtering")
        box = self.query_one(f"#{self.pane_id}-filter", Input)
        keys = {"back": "back", "next": "reader.next", "prev": "reader.prev"}
        box.placeholder = self.filter_placeholder.format(
            **{k: self.key(b) for k, b in keys.items()}
        )
        box.can_focus = True
        self.filter_opening = True  # until the box has the focus (see ListTable.on_key)
        box.focus()

    #: the filter box was opened and has not had the focus yet
    filter_opening = False

    def on_descendant_focus(self, event) -> None:
        if isinstance(event.widget, Input) and event.widget.has_class("filter"):
            self.filter_opening = False

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

    #: a corpus waiting to be shown, set while the pane is hidden (see show_when_seen)
    _pending: tuple | None = None

    def show_when_seen(self, corpus, index) -> None:
        """Show ``corpus`` now if the pane is on screen, else when it first is
        (:meth:`ensure_shown`): filling every pane of a big corpus at once would keep the
        interface busy right after loading, when the user starts to read."""
        if self.display:
            self._pending = None
            self.show_corpus(corpus, index)
        else:
            self._pending = (corpus, index)

    def ensure_shown(self) -> None:
        """Show the corpus that waits for this pane, if any (before it is displayed or asked
        to select something)."""
        if self._pending is not None:
            corpus, index = self._pending
            self._pending = None
            self.show_corpus(corpus, index)

    def selection(self) -> tuple[str, ItemKind, int] | None:
        """What is selected, as (article id, kind, index): kind is "article", "quote",
        "mention" or "timex" and index points into that article's list."""
        return None


class ListPane(Pane):
    """A pane around one main list: selection by row key, detail on highlight, enter reads."""

    table_id = ""
    #: (label, key) of the main list's columns
    COLUMNS: tuple[tuple[str, str], ...] = ()
    #: the text columns (key -> fewest cells) that share the width the others leave
    FLEX: dict[str, int] = {}
    #: columns left out, first first, where the list is too narrow for all (a grid's cell)
    OPTIONAL: tuple[str, ...] = ()

    BINDINGS = [
        Binding(
            "enter", "read", "Read", id="list.read", tooltip="Open the selected item in the reader"
        ),
        Binding(
            "ctrl+d",
            "scroll_detail(1)",
            "Detail down",
            show=False,
            id="detail.down",
            tooltip="Scroll the selected item's detail, below the list, half a page down",
        ),
        Binding(
            "ctrl+u",
            "scroll_detail(-1)",
            "Detail up",
            show=False,
            id="detail.up",
            tooltip="Scroll the selected item's detail half a page up",
        ),
    ]

    # the list keeps a few rows however small the terminal: the detail gives way first;
    # an empty list keeps its header, with what is empty and why below it
    DEFAULT_CSS = """
    ListPane > ListTable { height: 1fr; min-height: 8; }
    ListPane > .detail { height: 1fr; min-height: 3; border-top: solid $primary 30%; }
    ListPane > .empty { display: none; height: auto; padding: 1 2; color: $text-warning; }
    ListPane.-empty > .empty { display: block; }
    ListPane.-empty > ListTable { height: 2; min-height: 2; }
    """

    #: what an empty list says when nothing narrows it
    EMPTY = "Nothing to list."

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._corpus: Corpus | None = None
        self._index: CorpusIndex | None = None

    @property
    def corpus(self) -> Corpus:
        """The corpus shown: rows and details are only built once there is one
        (:attr:`has_corpus`)."""
        if self._corpus is None:
            raise LookupError(f"the {self.pane_id} pane shows no corpus yet")
        return self._corpus

    @corpus.setter
    def corpus(self, corpus: Corpus | None) -> None:
        self._corpus = corpus

    @property
    def index(self) -> CorpusIndex:
        """The shown corpus's index (set with it)."""
        if self._index is None:
            raise LookupError(f"the {self.pane_id} pane shows no corpus yet")
        return self._index

    @index.setter
    def index(self, index: CorpusIndex | None) -> None:
        self._index = index

    @property
    def has_corpus(self) -> bool:
        return self._corpus is not None

    def on_mount(self) -> None:
        t = self.table()
        t.set_columns(self.COLUMNS, self.FLEX, self.OPTIONAL)
        self.mount(Static(classes="empty", id=f"{self.pane_id}-empty"), after=t)
        self.set_title()

    def show_corpus(self, corpus, index) -> None:
        self.corpus, self.index = corpus, index
        self.refresh_rows()

    def refresh_rows(self) -> None:
        """Fill the list from :meth:`list_items`: every item the filter keeps is counted,
        and only those on the page shown are built (:meth:`row`); the title says how many."""
        if not self.has_corpus:
            return
        t = self.table()
        current = self.selected_id()
        t.clear()
        shown = 0
        for key, item in self.list_items():
            if not self.found(key, partial(self.search_text, item)):
                continue
            shown += 1
            if t.offer(key):  # (on another page: counted, not built)
                t.add_row(*self.row(item), key=key)
        self.set_title(self.list_title(shown))
        self.restore_cursor(current)

    def list_items(self) -> Iterable[tuple[str, Any]]:  # pragma: no cover - overridden
        """(row key, item) of each item the list may show, in order (the pane's own
        choices, such as a kind, already applied)."""
        return ()

    def search_text(self, item: Any) -> Iterable[str | None]:  # pragma: no cover - overridden
        """What the filter searches in ``item``."""
        return ()

    def row(self, item: Any) -> tuple:  # pragma: no cover - overridden
        """The cells of ``item``'s row."""
        return ()

    def list_title(self, shown: int) -> str:
        """What the title says of the list once ``shown`` items passed the filter."""
        return f"{shown} shown"

    def found(self, key: str, fields) -> bool:
        """Whether item ``key`` matches the filter, as :func:`matches` decides, with its
        text (``fields()``) joined and lowered once per corpus rather than on every
        keystroke for every item (a date's text holds all its sentences)."""
        words = self.filter_text.lower().split()
        if not words:
            return True
        if getattr(self, "_hay_for", None) is not self._corpus:
            self._hay: dict[str, str] = {}
            self._hay_for = self._corpus
        text = self._hay.get(key)
        if text is None:
            text = self._hay[key] = " ".join(f for f in fields() if f).lower()
        return all(w in text for w in words)

    def table(self) -> ListTable:
        return self.query_one(f"#{self.table_id}", ListTable)

    def selected_id(self) -> str | None:
        t = self.table()
        if not t.row_count:
            return None
        try:
            return t.coordinate_to_cell_key(t.cursor_coordinate).row_key.value
        except Exception:  # the cursor is past the rows while they are rebuilt
            return None

    def select(self, key: str, turn_page: bool = True, center: bool = True) -> bool:
        """Put the cursor on ``key``, in the middle of the view (unless ``center`` is
        False: then only into view); on another page of the list, turn to it first
        (unless ``turn_page`` is False). False when the (filtered) list does not hold it."""
        t = self.table()
        try:
            row = t.get_row_index(key)
        except Exception:  # not on this page
            at = t.position(key) if turn_page else None
            if at is None:
                return False
            t.page = at // t.PAGE
            self.refresh_rows()
            try:
                row = t.get_row_index(key)
            except Exception:
                return False
        t.move_cursor(row=row, animate=False, scroll=not center)
        if center:
            t.center_cursor()
        self._shown_key = key
        self.show_detail(key)
        return True

    #: the item whose detail select() just showed: the RowHighlighted message that the
    #: cursor's move posts for it is then not drawn again (a long detail is costly to
    #: draw, and a filter keystroke would draw it several times)
    _shown_key: str | None = None

    def restore_cursor(self, key: str | None) -> None:
        """After the rows were rebuilt: back on ``key`` if it is still on the page shown,
        else the first row. A page past the end (the filter narrowed the list) goes back to
        the first page."""
        t = self.table()
        if not t.row_count and t.page and t.total:
            t.page = 0
            self.refresh_rows()
            return
        if key is not None and self.select(key, turn_page=False, center=False):
            return  # select() showed its detail
        if t.row_count:
            t.move_cursor(row=0)
        self._shown_key = self.selected_id()
        self.show_detail(self._shown_key)
        self._show_empty()

    def _show_empty(self) -> None:
        """Say why the list is empty, when it is."""
        empty = self.has_corpus and not self.table().row_count
        self.set_class(empty, "-empty")
        if empty:
            self.query_one(f"#{self.pane_id}-empty", Static).update(Text(self.empty_text()))

    def empty_text(self) -> str:
        """Why nothing is listed: the filter, what the pane narrows the list to, or none."""
        if self.filter_text.strip():
            return (
                f"No match for “{label(self.filter_text)}”. {self.key('back')} clears the filter."
            )
        return self.narrowed() or self.EMPTY

    def narrowed(self) -> str | None:
        """What an empty list says when the pane's own choice (a kind) leaves it empty."""
        return None

    def apply_filter(self, text: str) -> None:
        self.table().page = 0
        self.refresh_rows()

    def show_detail(self, key: str | None) -> None:
        pass

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if event.data_table.id == self.table_id:
            event.stop()
            key = event.row_key.value if event.row_key else None
            shown, self._shown_key = self._shown_key, None
            if key is not None and key == shown:
                return  # drawn already by select() or restore_cursor()
            if key is None or key != self.selected_id():
                return  # posted before the rows changed (a fast typist's filter): stale
            self.show_detail(key)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        if event.data_table.id == self.table_id:
            event.stop()
            self.action_read()

    def action_scroll_detail(self, step: int) -> None:
        details = [d for d in self.query(".detail") if d.display]
        if not details:
            self.app.bell()
            return
        d = details[0]
        d.scroll_relative(y=step * max(1, d.scrollable_content_region.height // 2), animate=False)

    def action_read(self) -> None:
        sel = self.selection()
        if sel is not None:
            self.post_message(ReadItem(*sel))


class ListTable(DataTable):
    """A DataTable with vim keys (j/k, g/G) beside the arrows, shown a page at a time.

    A table of every source or date of a big corpus would have to be built and measured
    again on every filter keystroke: a pane offers every matching row
    (:meth:`offer`, which only counts it) and adds the cells only of those on the page
    shown (:data:`PAGE` rows: the table builds and measures a page again on every filter
    keystroke); ``>`` and ``<`` turn the page, and selecting an item on
    another page (following a link) turns to it.
    """

    #: rows on one page
    PAGE = 200

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False, id="list.down", tooltip="Next row"),
        Binding("k", "cursor_up", "Up", show=False, id="list.up", tooltip="Previous row"),
        Binding("g", "scroll_top", "Top", show=False, id="list.top", tooltip="First row"),
        Binding("G", "scroll_bottom", "Bottom", show=False, id="list.bottom", tooltip="Last row"),
        Binding(
            "greater_than_sign",
            "page(1)",
            "Next page",
            show=False,
            id="list.next_page",
            tooltip="Show the next page of a long list",
        ),
        Binding(
            "less_than_sign",
            "page(-1)",
            "Prev page",
            show=False,
            id="list.prev_page",
            tooltip="Show the previous page of a long list",
        ),
    ]

    def __init__(self, **kwargs) -> None:
        super().__init__(cursor_type="row", zebra_stripes=True, **kwargs)
        self.page = 0
        self._offered: list[str] = []
        self._position: dict[str, int] | None = None
        self._centering = 0  # tries left to bring the cursor's row to the middle
        self.hidden = {}

    def center_cursor(self) -> None:
        """Scroll the cursor's row to the middle of the view, once the table is laid out
        (the pane a link leads to is shown only after its row was chosen)."""
        self._centering = 5
        self.call_after_refresh(self._center)

    def _center(self) -> None:
        if not self._centering:
            return
        self._centering -= 1
        if not self.size.height or self._require_update_dimensions:
            self.call_after_refresh(self._center)  # not laid out or measured yet
            return
        self._centering = 0
        header = self.header_height if self.show_header else 0
        rows = self.scrollable_content_region.height - header  # the rows in view
        y = self._get_row_region(self.cursor_row).y - header
        self.scroll_to(y=max(0, y - (rows - 1) // 2), animate=False, force=True, immediate=True)

    #: the text columns (key -> fewest cells) that share the width the others leave
    flex: dict[str, int] = {}
    #: (label, key) of every column the pane has; those in ``hidden`` are left out
    all_columns: tuple[tuple[str, str], ...] = ()
    optional: tuple[str, ...] = ()
    #: the optional columns left out: key -> the fewest cells it needs to come back
    hidden: dict[str, int]

    def set_columns(self, columns, flex: dict[str, int], optional: tuple[str, ...]) -> None:
        self.all_columns, self.flex, self.optional, self.hidden = columns, flex, optional, {}
        for heading, key in columns:
            self.add_column(heading, key=key)

    def add_row(self, *cells, **kwargs):
        if self.hidden:  # the pane gives a cell for every column
            keys = [key for _label, key in self.all_columns]
            cells = tuple(c for k, c in zip(keys, cells) if k not in self.hidden)
        return super().add_row(*cells, **kwargs)

    def clear(self, columns: bool = False):
        self._offered = []
        self._position = None
        for column in self.columns.values():  # measured again on the rows to come
            column.content_width = column.label.cell_len
        return super().clear(columns)

    def _update_dimensions(self, new_rows) -> None:
        super()._update_dimensions(new_rows)
        if self._fit_flex():
            super()._update_dimensions([])  # the table's width again, with the new widths

    def on_resize(self) -> None:
        if self._fit_flex():
            self._update_dimensions([])
        if self._centering:
            self._center()

    def _fit_flex(self) -> bool:
        """Give the text columns the width the other columns leave, each at most what its
        longest cell needs (titles and statements use a wide terminal, and are cut
        with … on a narrow one rather than pushing the other columns out of view).
        True when a width changed."""
        flex = [c for c in self.columns.values() if c.key.value in self.flex]
        least_cells = [self.flex[c.key.value or ""] for c in flex]
        width = self.size.width - self.styles.gutter.width
        if self.row_count + self.header_height > self.size.height:
            width -= self.styles.scrollbar_size_vertical  # (before the scrollbar is there)
        if not flex or width <= 0:
            return False
        pad = 2 * self.cell_padding
        rest = sum(c.get_render_width(self) for c in self.columns.values() if c not in flex)
        least = rest + sum(cells + pad for cells in least_cells)
        if self._hide_or_show(width, least):
            return False
        widths = share(
            width - rest - pad * len(flex),
            [c.content_width for c in flex],
            least_cells,
        )
        changed = False
        for c, w in zip(flex, widths):
            if c.auto_width or c.width != w:
                c.auto_width, c.width, changed = False, w, True
        if changed:
            self._clear_caches()
            self.refresh()
        return changed

    def _hide_or_show(self, width: int, least: int) -> bool:
        """Leave out the next optional column when the text columns at their fewest
        cells leave no room for the rest, or bring back the last one left out when it
        fits again; True when the columns change (they are rebuilt right after)."""
        shown = [k for k in self.optional if k in self.columns and k not in self.hidden]
        if least > width and shown:
            key = shown[0]
            cells = self.flex[key] + 2 * self.cell_padding if key in self.flex else None
            self.hidden[key] = cells or self.columns[ColumnKey(key)].get_render_width(self)
        elif self.hidden and least + list(self.hidden.values())[-1] <= width:
            self.hidden.pop(list(self.hidden)[-1])
        else:
            return False
        self.call_after_refresh(self._rebuild_columns)
        return True

    def _rebuild_columns(self) -> None:
        self.clear(columns=True)
        for heading, key in self.all_columns:
            if key not in self.hidden:
                self.add_column(heading, key=key)
        pane = next((a for a in self.ancestors if isinstance(a, ListPane)), None)
        if pane is not None:
            pane.refresh_rows()

    def offer(self, key: str) -> bool:
        """Count one matching row of the list; True when it falls on the page shown (the
        caller then builds its cells and adds it)."""
        i = len(self._offered)
        self._offered.append(key)
        self._position = None
        return self.page * self.PAGE <= i < (self.page + 1) * self.PAGE

    @property
    def total(self) -> int:
        """The rows offered since the last clear (all pages)."""
        return len(self._offered)

    def pages(self) -> int:
        return max(1, -(-self.total // self.PAGE))

    def position(self, key: str) -> int | None:
        """Where ``key`` is in the whole list (all pages); None when it is not offered."""
        if self._position is None:
            self._position = {k: i for i, k in enumerate(self._offered)}
        return self._position.get(key)

    def page_label(self) -> str:
        """ "rows 201-400 of 9,984 · < > page" when the list has more than one page."""
        if self.total <= self.PAGE:
            return ""
        first = self.page * self.PAGE + 1
        last = min(self.total, first + self.PAGE - 1)
        label = getattr(self.app, "key_label", lambda b: b)
        keys = f"{label('list.prev_page')} {label('list.next_page')}"
        return f"rows {first:,}–{last:,} of {self.total:,} · {keys} page"

    def on_key(self, event) -> None:
        typed_ahead(self, event)

    def action_cursor_left(self) -> None:
        if not self._step_column(-1):
            super().action_cursor_left()

    def action_cursor_right(self) -> None:
        if not self._step_column(1):
            super().action_cursor_right()

    def _step_column(self, delta: int) -> bool:
        """``←``/``→`` on a list whose pane shows sources side by side move the column
        cursor there (:class:`tui.app.widgets.beside.Beside`); else they scroll the list."""
        pane = next((a for a in self.ancestors if isinstance(a, ListPane)), None)
        step = getattr(pane, "step_column", None)
        return bool(step and step(delta))

    def action_page(self, step: int) -> None:
        page = min(max(0, self.page + step), self.pages() - 1)
        if page == self.page:
            self.app.bell()
            return
        self.page = page
        pane = next((a for a in self.ancestors if isinstance(a, ListPane)), None)
        if pane is not None:
            pane.refresh_rows()
        if self.row_count:
            self.move_cursor(row=0, animate=False)


#: the actions that open a pane's filter (or the reader's find) box
FILTER_ACTIONS = ("filter", "find")


def typed_ahead(widget, event) -> None:
    """Keys typed in the same instant as the filter key ("/2020" pasted, a fast typist)
    all reach the focused list or text before an app binding would open the filter
    (bindings run as the key bubbles up, after the widget has taken the next keys too):
    so the widget opens its pane's filter itself, whatever key the filter is bound to, and
    a printable key that arrives after the box was opened but before it has the focus goes
    into it (once it had the focus, keys on the widget are the widget's again, filter or
    not)."""
    pane = next((a for a in widget.ancestors if isinstance(a, Pane)), None)
    if pane is None:
        return
    if pane.filter_opening:
        if event.is_printable and event.character:
            event.stop()
            event.prevent_default()
            pane.query_one(f"#{pane.pane_id}-filter", Input).insert_text_at_cursor(event.character)
        return
    active = widget.app.active_bindings.get(event.key)
    if active is not None and active.binding.action in FILTER_ACTIONS and pane.can_filter:
        event.stop()
        event.prevent_default()
        pane.open_filter()


def share(room: int, wants: list[int], least: list[int]) -> list[int]:
    """Widths for columns that want ``wants`` cells, each at least ``least``, out of
    ``room``: the narrower ones get what they want, the rest share what is left."""
    widths = [0] * len(wants)
    left = room - sum(least)
    for k, i in enumerate(sorted(range(len(wants)), key=lambda i: wants[i] - least[i])):
        extra = min(max(0, wants[i] - least[i]), max(0, left) // (len(wants) - k))
        widths[i] = least[i] + extra
        left -= extra
    return widths


def matches(needle: str, *haystack: str | None) -> bool:
    """Case-insensitive: every word of ``needle`` occurs in one of the fields."""
    words = needle.lower().split()
    if not words:
        return True
    text = " ".join(h for h in haystack if h).lower()
    return all(w in text for w in words)


def presence_cell(index, article_ids, limit: int = 24) -> Text:
    """:func:`presence_bar` for the articles ``article_ids`` of ``index``'s corpus, without
    building a flag per article when the corpus is too big to draw one (that would be
    every article for every row on screen)."""
    n_articles = len(index.corpus.articles)
    if n_articles > limit:
        n = index.presence_count(article_ids)
        t = Text(no_wrap=True, end="")  # as presence_bar writes it
        t.append(f"{n}/{n_articles} sources", style="bold" if n < n_articles else "")
        return t
    return presence_bar(index.presence(article_ids), limit)


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
