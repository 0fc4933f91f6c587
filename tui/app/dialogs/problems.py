"""The list of skipped files, article warnings and sources of an unknown or guessed
outlet, on demand (`w`), with the config lines that would name those outlets."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from tui.app.safe import plain, short_path
from tui.kinds import UNKNOWN_OUTLET


def yaml_key(name: str) -> str:
    """A file name as a YAML mapping key: as it is when plain YAML reads it back the
    same, else double-quoted (a JSON string is a YAML double-quoted scalar)."""
    import json
    import re

    if re.fullmatch(r"[A-Za-z0-9_][A-Za-z0-9_.~+-]*", name) and name.lower() not in (
        "null",
        "true",
        "false",
        "yes",
        "no",
        "on",
        "off",
    ):
        return name
    return json.dumps(name, ensure_ascii=False)


def override_lines(articles) -> list[str]:
    """The ``sources.overrides`` lines that would name these articles' outlets."""
    from pathlib import PurePath

    lines = ["sources:", "  overrides:"]
    for a in articles:
        lines.append(f"    {yaml_key(PurePath(a.path).name)}:")
        now = "  # guessed: check it" if a.outlet else ""
        lines.append(f"      outlet: {yaml_key(a.outlet) if a.outlet else 'OUTLET NAME'}{now}")
    return lines


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
        unnamed = [a for a in c.articles if not a.outlet or a.outlet_guessed]
        if unnamed:
            self._outlets(t, unnamed)
        if not c.skipped and not warned and not unnamed:
            t.append("\nEverything loaded cleanly.\n", style="green")
        with VerticalScroll():
            yield Static(t)
            yield Static(Text("\nesc closes this list.", style="dim"))

    def _outlets(self, t: Text, unnamed) -> None:
        """Sources no clue names the outlet of, and those only the file name or the
        page's links suggest: each with its label, and the config that names them."""
        c = self.corpus
        unknown = [a for a in unnamed if not a.outlet]
        guessed = [a for a in unnamed if a.outlet]
        t.append(
            f"\nSources of an {UNKNOWN_OUTLET}: {len(unknown)} · outlet guessed: {len(guessed)}\n",
            style="bold",
        )
        for a in unnamed:
            t.append("  ? ", style="yellow")
            t.append_text(plain(c.label(a.id), style="bold"))
            t.append("  ")
            t.append_text(plain(a.outlet_text, style="italic"))
            t.append("  ")
            t.append_text(plain(short_path(a.path), style="dim"))
            if a.title:
                t.append("  ")
                t.append_text(plain(a.title, limit=60))
            t.append("\n")
        t.append("\nTo name them, add to the config (config.yaml) and edit:\n", style="dim")
        for line in override_lines(unnamed):
            t.append_text(plain("    " + line, style="cyan"))
            t.append("\n")
        t.append(
            "  (sources.outlets adds an outlet to the known ones: name, short, hosts, slugs)\n",
            style="dim",
        )
