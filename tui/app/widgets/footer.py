"""Textual's footer, rebuilt only when the keys it shows change.

Textual's ``Footer`` recomposes (unmounts and mounts one widget per key) every time the
screen's bindings are updated: on every focus change, and several times while the app
starts. Each key widget is also created "compact" and then un-compacted by its data
binding, which restyles it once more. On start-up that was four rebuilds of twelve keys
before the first frame (about a sixth of the time the app took to show it). This footer keeps
what it last showed and rebuilds only when the shown keys, their descriptions, tooltips
or enabled state differ, and creates its keys in the footer's own compact state.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer
from textual.widgets._footer import FooterKey  # the key widget Footer composes


def shown_keys(screen: Screen) -> tuple:
    """What a footer on ``screen`` would show: the bindings with ``show`` (and the
    command palette's), with their state."""
    return tuple(
        (
            binding.key,
            screen.app.get_key_display(binding),
            binding.description,
            binding.action,
            binding.group,
            enabled,
            tooltip,
        )
        for (_node, binding, enabled, tooltip) in screen.active_bindings.values()
        if binding.show or binding.action == "command_palette"
    )


class AppFooter(Footer):
    """A ``Footer`` that skips rebuilding itself when nothing it shows has changed."""

    _composed: tuple | None = None

    def compose(self) -> ComposeResult:
        if self._bindings_ready:
            self._composed = (shown_keys(self.screen), self.compact, self.show_command_palette)
        for widget in super().compose():
            if isinstance(widget, FooterKey) and not widget.has_class("-command-palette"):
                # born in the footer's state, so its data binding does not restyle it again
                # (the palette's key is not bound to the footer: Textual leaves it compact)
                widget.set_reactive(FooterKey.compact, self.compact)
            yield widget

    def bindings_changed(self, screen: Screen) -> None:
        if (
            self._bindings_ready
            and screen is self.screen
            and self._composed == (shown_keys(screen), self.compact, self.show_command_palette)
        ):
            return
        super().bindings_changed(screen)
