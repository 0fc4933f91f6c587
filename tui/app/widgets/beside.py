"""Side by side: one column per source, as many as the window has room for, every source
one key away.

The quotes and discrepancies panes show each source's version in a column. A story has
more sources than a window has columns, and the one left out is often the outlier: so
:class:`Beside` keeps a column cursor (``←``/``→``, or ``h``/``l``, from the pane's list),
shows the columns around it, and says which of how many are on screen. Column widths
follow the window (at least :data:`MIN_WIDTH` cells each; a pane narrower than two shows
one at a time). The columns grow with their text: the pane's detail scrolls them all
together, and no scrollbar sits over a column. ``enter`` opens the sentence of the
column under the cursor (the pane asks :meth:`Beside.current`).
"""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widget import Widget
from textual.widgets import Static

from tui.app.safe import plain

#: The narrowest column: below it a line breaks after a word or two.
MIN_WIDTH = 28


class Beside(Vertical):
    """Columns of (label, body, payload); the one under the cursor is marked."""

    DEFAULT_CSS = """
    Beside { height: auto; }
    Beside > .beside-bar { height: 1; padding: 0 1; color: $text-muted; }
    Beside > Horizontal { height: auto; }
    Beside .beside-column { width: 1fr; height: auto; padding: 0 1; border-left: vkey $primary 30%; }
    Beside .beside-column.-cursor { border-left: outer $accent; }
    """

    def __init__(self, noun: str = "sources", **kwargs) -> None:
        super().__init__(**kwargs)
        self.noun = noun
        self.columns: list[tuple[str, Text, Any]] = []
        self.cursor = 0
        self.start = 0
        self._fits = 0

    def compose(self) -> ComposeResult:
        yield Static(classes="beside-bar")
        yield Horizontal()

    def show(self, columns: list[tuple[str, Text, Any]]) -> None:
        """Show these columns (label, body, payload), the cursor on the first."""
        self.columns = list(columns)
        self.cursor = self.start = 0
        self._draw()

    def clear(self) -> None:
        self.show([])

    def fits(self) -> int:
        """How many columns the width has room for."""
        width = self.size.width or (
            self.parent.size.width if isinstance(self.parent, Widget) else 0
        )
        width = width or 120
        return max(1, width // MIN_WIDTH)

    def step(self, delta: int) -> bool:
        """Move the cursor ``delta`` columns (the window follows); False with fewer than
        two columns (the key is then the list's)."""
        if len(self.columns) < 2:
            return False
        cursor = min(max(0, self.cursor + delta), len(self.columns) - 1)
        if cursor == self.cursor:
            self.app.bell()
            return True
        self.cursor = cursor
        self._draw()
        return True

    def current(self) -> Any:
        """The payload of the column under the cursor (None with no columns)."""
        return self.columns[self.cursor][2] if self.columns else None

    def on_resize(self, event) -> None:
        if self.columns and self.fits() != self._fits:
            self._draw()

    def _window(self) -> tuple[int, int]:
        """The first and one past the last column shown: as many as fit, the cursor's
        among them, moving only as far as the cursor needs."""
        k = min(len(self.columns), self.fits())
        start = min(self.start, self.cursor)
        start = max(start, self.cursor - k + 1)
        start = min(start, len(self.columns) - k)
        self.start = max(0, start)
        return self.start, self.start + k

    def _draw(self) -> None:
        bar = self.query_one(".beside-bar", Static)
        row = self.query_one(Horizontal)
        row.remove_children()
        self._fits = self.fits()
        bar.display = len(self.columns) > 1
        if not self.columns:
            bar.update("")
            return
        first, last = self._window()
        n = len(self.columns)
        info = Text(no_wrap=True, overflow="ellipsis")
        if last - first < n:
            info.append(f"{self.noun} {first + 1}–{last} of {n}", style="bold")
            info.append(" · ← → show the others")
        else:
            info.append(f"{n} {self.noun}", style="bold")
            info.append(" · ← → pick a column")
        info.append(" · enter reads the marked one")
        bar.update(info)
        widgets = []
        for i in range(first, last):
            label, body, _ = self.columns[i]
            t = Text(end="")
            mark = "▶ " if i == self.cursor else ""
            t.append_text(plain(f"{mark}{label}", style="bold reverse"))
            t.append(f"  {i + 1}/{n}\n", style="dim")
            t.append_text(body)
            classes = "beside-column -cursor" if i == self.cursor else "beside-column"
            widgets.append(Static(t, classes=classes))
        row.mount_all(widgets)
