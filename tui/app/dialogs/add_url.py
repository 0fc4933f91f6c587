"""The "Add article from URL…" dialog (command palette): asks for a web address."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from tui.app.safe import plain


class AddURLScreen(ModalScreen[str | None]):
    """Dismissed with the address typed (checked: http or https), or None (esc)."""

    BINDINGS = [Binding("escape", "dismiss(None)", "Cancel", id="add-url.cancel", tooltip="Close")]

    DEFAULT_CSS = """
    AddURLScreen { align: center middle; }
    AddURLScreen > Vertical { width: 90; max-width: 100%; height: auto; border: thick $primary; background: $surface; padding: 0 1; }
    AddURLScreen #add-url-error { color: $error; height: auto; }
    """

    def __init__(self, folder: str) -> None:
        super().__init__()
        self.folder = folder

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Text("Add article from URL", style="bold"))
            yield Static(Text.assemble("Saved into ", plain(self.folder, style="italic", limit=70)))
            yield Input(placeholder="https://…", id="add-url-input", select_on_focus=False)
            yield Static("", id="add-url-error")
            yield Static(Text("enter fetches the page · esc cancels", style="dim"))

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        from tui.fetch.urls import BadURL, check_url

        event.stop()
        value = event.value.strip()
        if not value:
            return
        try:
            url = check_url(value)
        except BadURL as e:
            self.query_one("#add-url-error", Static).update(
                plain(f"That address {e}.", one_line=False)
            )
            return
        self.dismiss(url)
