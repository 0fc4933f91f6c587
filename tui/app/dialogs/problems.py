"""The list of skipped files and article warnings, on demand (`w`)."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from tui.app.safe import plain, short_path


class ProblemsScreen(ModalScreen[None]):
    BINDINGS = [
        Binding("escape,q,w", "dismiss", "Close", id="problems.close", tooltip="Close this list")
    ]

    DEFAULT_CSS = """
    ProblemsScreen { align: center middle; }
    ProblemsScreen > VerticalScroll { width: 100; max-width: 100%; height: 80%; border: thick $warning; background: $surface; padding: 0 1; }
    """

    def __init__(self, corpus) -> None:
        super().__init__()
        self.corpus = corpus

    def compose(self) -> ComposeResult:
        t = Text(end="")
        c = self.corpus
        t.append(f"Skipped files: {len(c.skipped)}\n", style="bold")
        for s in c.skipped:
            t.append("  ✗ ", style="red")
            t.append_text(plain(short_path(s.path), style="bold"))
            t.append(": ")
            t.append_text(plain(s.reason))
            t.append("\n")
        warned = [a for a in c.articles if a.warnings]
        t.append(f"\nArticles with warnings: {len(warned)}\n", style="bold")
        for a in warned:
            t.append("  ⚠ ", style="yellow")
            t.append_text(plain(short_path(a.path), style="bold"))
            t.append("\n")
            for w in a.warnings:
                t.append("      ")
                t.append_text(plain(w, limit=300))
                t.append("\n")
        if not c.skipped and not warned:
            t.append("\nEverything loaded cleanly.\n", style="green")
        with VerticalScroll():
            yield Static(t)
            yield Static(Text("\nesc closes this list.", style="dim"))
