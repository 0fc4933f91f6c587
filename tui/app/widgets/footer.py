"""Textual's footer, rebuilt only when the keys it shows change.

Textual's ``Footer`` recomposes (unmounts and mounts one widget per key) every time the
screen's bindings are updated: on every focus change, and several times while the app
starts, before the first frame. Each key widget is also created "compact" and then
un-compacted by its data binding, which restyles it once more. This footer keeps what it
last showed and rebuilds only when the shown keys, their descriptions, tooltips or
enabled state differ, and creates its keys in the footer's own compact state.

On a terminal too narrow for every key, the footer leaves out the least needed first
(:data:`DROP_FIRST`), so that help, quit, the filter and the pane's own keys stay.
"""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text
from textual.app import ComposeResult
from textual.reactive import reactive
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer

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


class FooterKey(Widget):
    """One key in the footer: the key, then what it does; a click presses it.

    Textual does not export the key widget its ``Footer`` composes, so the footer composes
    this one. It carries the same name because ``Footer``'s stylesheet (and a theme's)
    styles the keys by the type name ``FooterKey``, and the same rules, so it looks the same.
    """

    ALLOW_SELECT = False
    COMPONENT_CLASSES = {"footer-key--key", "footer-key--description"}
    DEFAULT_CSS = """
    FooterKey {
        width: auto;
        height: 1;
        text-wrap: nowrap;
        background: $footer-item-background;
        .footer-key--key {
            color: $footer-key-foreground;
            background: $footer-key-background;
            text-style: bold;
            padding: 0 1;
        }
        .footer-key--description {
            padding: 0 1 0 0;
            color: $footer-description-foreground;
            background: $footer-description-background;
        }
        &:hover {
            pointer: pointer;
            color: $footer-key-foreground;
            background: $block-hover-background;
        }
        &.-disabled {
            text-style: dim;
        }
        &.-compact {
            .footer-key--key {
                padding: 0;
            }
            .footer-key--description {
                padding: 0 0 0 1;
            }
        }
    }
    """

    compact = reactive(True)
    """Display compact style."""

    def __init__(
        self,
        key: str,
        key_display: str,
        description: str,
        action: str,
        disabled: bool = False,
        tooltip: str = "",
        classes: str = "",
    ) -> None:
        self.key = key
        self.key_display = key_display
        self.description = description
        self.action = action
        self._disabled = disabled
        super().__init__(classes=f"{classes} -disabled" if disabled else classes)
        self.set_reactive(Widget.shrink, False)
        if tooltip:
            self.tooltip = tooltip

    def render(self) -> Text:
        key_style = self.get_component_rich_style("footer-key--key")
        key_pad = self.get_component_styles("footer-key--key").padding
        key = " " * key_pad.left + self.key_display + " " * key_pad.right
        if self.description:
            style = self.get_component_rich_style("footer-key--description")
            pad = self.get_component_styles("footer-key--description").padding
            text = " " * pad.left + self.description + " " * pad.right
            label = Text.assemble((key, key_style), (text, style))
        else:
            label = Text.assemble((self.key_display, key_style))
        label.stylize_before(self.rich_style)
        return label

    def on_mouse_down(self) -> None:
        if self._disabled:
            self.app.bell()
        else:
            self.app.simulate_key(self.key)

    def _watch_compact(self, compact: bool) -> None:
        self.set_class(compact, "-compact")


class AppFooter(Footer):
    """A ``Footer`` that skips rebuilding itself when nothing it shows has changed, and
    leaves out the keys least needed when it is too narrow for all."""

    _composed: tuple | None = None
    _ready = False  # the screen has announced its bindings at least once

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
        if not self._ready:
            return
        self._composed = self._state()
        left_out, ids = self._composed[-1], self._ids()
        first: dict[str, tuple] = {}  # by action: the footer shows its first key
        for _node, binding, enabled, tooltip in self.screen.active_bindings.values():
            if binding.show:
                first.setdefault(binding.action, (binding, enabled, tooltip))
        for binding, enabled, tooltip in first.values():
            if ids.get((binding.key, binding.action)) in left_out:
                continue
            key = FooterKey(
                binding.key,
                self.app.get_key_display(binding),
                binding.description,
                binding.action,
                disabled=not enabled,
                tooltip=tooltip,
            )
            # born in the footer's state, so its data binding does not restyle it again
            key.set_reactive(FooterKey.compact, self.compact)
            yield key.data_bind(compact=Footer.compact)
        yield from self._palette_key()

    def _palette_key(self) -> ComposeResult:
        """The command palette's key, at the right (not bound to the footer's state: it
        stays compact)."""
        if not (self.show_command_palette and self.app.ENABLE_COMMAND_PALETTE):
            return
        active = self.screen.active_bindings.get(self.app.COMMAND_PALETTE_BINDING)
        if active is not None:
            _node, binding, enabled, _tooltip = active
            yield FooterKey(
                binding.key,
                self.app.get_key_display(binding),
                binding.description,
                binding.action,
                classes="-command-palette",
                disabled=not enabled,
                tooltip=binding.tooltip or binding.description,
            )

    def on_resize(self) -> None:
        if self._ready and self._composed != self._state():
            self.refresh(recompose=True)

    def bindings_changed(self, screen: Screen) -> None:
        if self._ready and screen is self.screen and self._composed == self._state():
            return
        self._ready = True
        if screen.app.app_focus and self.is_attached and screen is self.screen:
            self.call_after_refresh(self.recompose)
