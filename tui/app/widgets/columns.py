"""Each source's version of one thing, side by side; stacked where the pane is too narrow."""

from __future__ import annotations

from rich.text import Text
from textual.containers import Horizontal
from textual.widget import Widget
from textual.widgets import Static


class SideBySide(Horizontal):
    """One column per version (an outlet's quote, a source's sentence). Below
    ``MIN_COLUMN`` cells a column per version would break every line after a word or
    two: the versions then stack, each under the one before, at the pane's full width."""

    MIN_COLUMN = 28

    DEFAULT_CSS = """
    SideBySide { height: auto; }
    SideBySide > .version { width: 1fr; height: auto; padding: 0 1; border-left: vkey $primary 30%; }
    SideBySide.stacked { layout: vertical; }
    SideBySide.stacked > .version { width: 100%; border-left: none; border-top: dashed $primary 30%; }
    """

    def show(self, versions: list[Text]) -> None:
        """Show these versions instead of the ones shown."""
        self.remove_children()
        self.mount_all([Static(v, classes="version") for v in versions])
        self._fit(len(versions))

    def on_resize(self) -> None:
        self._fit(len(self.children))

    def _fit(self, n: int) -> None:
        width = self.size.width or (
            self.parent.size.width if isinstance(self.parent, Widget) else 0
        )
        self.set_class(n > 1 and width < n * self.MIN_COLUMN, "stacked")
