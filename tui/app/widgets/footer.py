"""Textual's footer, rebuilt only when the keys it shows change.

Textual's ``Footer`` recomposes (unmounts and mounts one widget per key) every time the
screen's bindings are updated: on every focus change, and several times while the app
starts. Each key widget is also created "compact" and then un-compacted by its data
binding, which restyles it once more. On start-up that was four rebuilds of twelve keys
before the first frame (about a sixth of the time the app took to show it). This footer keeps
what it last showed and rebuilds only when the shown keys, their descriptions, tooltips
or enabled state differ, and creates its keys in the footer's own compact state.

On a terminal too narrow for every key, the footer leaves out the least needed first
(:data:`DROP_FIRST`), so that help, quit, the filter and the pane's own keys stay.
"""

from __future__ import annotations

from rich.cells import cell_len
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer
from textual.widgets._footer import FooterKey  # the key widget Footer composes


#: binding ids the footer leaves out first when it is too narrow, in that order (what is
#: left out is still in the help and the palette); after them, the pane's own keys from
#: the last, and never those of KEEP
DROP_FIRST = (
    "open",
    "export",
    "copy",
    "problems",
    ("source.prev", "source.next"),  # a pair goes together
    "reader.toggle_figures",
    "reader.toggle_quotes",
    "reader.toggle_dates",
    "reader.toggle_actors",
    "reader.limit",
)
KEEP = ("help", "quit", "filter", "reader.find")
#: cells the command palette's key takes at the right
PALETTE_CELLS = 13


def key_cells(key_display: str, description: str) -> int:
    """The cells a footer key takes: " k " then "description "."""
    return cell_len(key_display) + 2 + (cell_len(description) + 1 if description else 0)


def fitting(keys: list[tuple[str, int]], room: int) -> set[str]:
    """Of ``keys`` (binding id, cells), in the footer's order, the ids left out so that
    the rest fit in ``room`` cells."""
    total = sum(cells for _, cells in keys)
    out: set[str] = set()
    first = [b if isinstance(b, tuple) else (b,) for b in DROP_FIRST]
    listed = {b for group in first for b in group}
    order = first + [(k,) for k, _ in reversed(keys) if k not in listed and k not in KEEP]
    present = {k for k, _ in keys}
    for group in order:
        if total <= room:
            break
        out.update(present.intersection(group))
        total -= sum(cells for k, cells in keys if k in group)
    return out


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
    """A ``Footer`` that skips rebuilding itself when nothing it shows has changed, and
    leaves out the keys least needed when it is too narrow for all."""

    _composed: tuple | None = None

    def _ids(self) -> dict[tuple[str, str], str]:
        """(key, action) -> binding id of the keys the screen has now."""
        return {
            (b.key, b.action): b.id or b.key
            for (_node, b, _enabled, _tooltip) in self.screen.active_bindings.values()
        }

    def _state(self) -> tuple:
        """What the footer shows: when it is the same, it is not rebuilt."""
        keys = shown_keys(self.screen)
        ids = self._ids()
        cells: dict[str, tuple[str, int]] = {}  # by action: the footer shows one key of each
        for key, shown, description, action, *_rest in keys:
            if action != "command_palette" and action not in cells:
                cells[action] = (ids.get((key, action), key), key_cells(shown, description))
        room = (self.size.width or self.app.size.width) - PALETTE_CELLS
        return (keys, self.compact, self.show_command_palette, fitting(list(cells.values()), room))

    def compose(self) -> ComposeResult:
        left_out: set[str] = set()
        ids: dict[tuple[str, str], str] = {}
        if self._bindings_ready:
            self._composed = self._state()
            left_out, ids = self._composed[-1], self._ids()
        for widget in super().compose():
            if isinstance(widget, FooterKey) and not widget.has_class("-command-palette"):
                if ids.get((widget.key, widget.action)) in left_out:
                    continue
                # born in the footer's state, so its data binding does not restyle it again
                # (the palette's key is not bound to the footer: Textual leaves it compact)
                widget.set_reactive(FooterKey.compact, self.compact)
            yield widget

    def on_resize(self) -> None:
        if self._bindings_ready and self._composed != self._state():
            self.refresh(recompose=True)

    def bindings_changed(self, screen: Screen) -> None:
        if self._bindings_ready and screen is self.screen and self._composed == self._state():
            return
        super().bindings_changed(screen)
