"""Every key binding, where it is active, and how its key is shown (as remapped).

Where a key is pressed decides which bindings can take it: the focused list or text, its
pane, the screen and the app, each with Textual's own keys beside ours. The config's
``keys:`` is checked against these places (:func:`tui.config.check_keymap`), the help
lists them, and texts that name a key ask :func:`key_label` for it.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from textual.binding import Binding

if TYPE_CHECKING:
    from textual.dom import DOMNode


def _where() -> list[tuple[str, str, list[type[DOMNode]]]]:
    """(help section, the place as a sentence names it, the classes whose bindings are
    active there, the focused widget first)."""
    from textual.containers import VerticalScroll
    from textual.screen import Screen
    from textual.widgets import Input

    from tui.app.app import PANES, StorylineApp
    from tui.app.dialogs.add_url import AddURLScreen
    from tui.app.dialogs.problems import ProblemsScreen
    from tui.app.screens.help import HelpScreen
    from tui.app.widgets.base import ListTable
    from tui.app.widgets.reader import ArticleText

    out: list[tuple[str, str, list[type[DOMNode]]]] = []
    for pane in PANES.values():
        focused = ArticleText if pane.pane_id == "reader" else ListTable
        out.append((pane.title, f"the {pane.title} pane", [focused, pane, Screen, StorylineApp]))
    out.append(("Help", "the help", [VerticalScroll, HelpScreen]))
    out.append(("Problems", "the problems list", [VerticalScroll, ProblemsScreen]))
    out.append(("Add article", "the add-article box", [Input, AddURLScreen]))
    return out


def _bindings(cls: type[DOMNode]) -> list[Binding]:
    """The bindings of ``cls`` with those it inherits, one per key."""
    return [b for bs in cls._merge_bindings().key_to_bindings.values() for b in bs]


def binding_contexts() -> dict[str, list[tuple]]:
    """For :func:`tui.config.check_keymap`: by place, (id, action, keys, what it does) of
    every binding active there (in the help, the app's help key closes it)."""
    out = {}
    for section, where, classes in _where():
        rows = []
        for cls in classes:
            for b in _bindings(cls):
                rows.append((b.id, b.action, b.key, b.description or b.tooltip or b.action))
        if section == "Help":
            rows += [(b.id, "dismiss", b.key, "Close") for b in app_bindings() if b.id == "help"]
        out[where] = rows
    return out


def app_bindings() -> list[Binding]:
    from tui.app.app import StorylineApp

    return [b for b in StorylineApp.BINDINGS if isinstance(b, Binding)]


@lru_cache(maxsize=1)
def default_keys() -> dict[str, str]:
    """Binding id -> its keys before any remapping."""
    out: dict[str, str] = {}
    for _section, _place, classes in _where():
        for cls in classes:
            for base in cls.__mro__:  # (a list pane's keys are its base class's too)
                for b in base.__dict__.get("BINDINGS", []):
                    if isinstance(b, Binding) and b.id:
                        out.setdefault(b.id, b.key)
    for b in app_bindings():
        if b.id:
            out.setdefault(b.id, b.key)
    return out


def binding_ids() -> set[str]:
    """Every binding id a user can remap under ``keys:`` in the config."""
    return set(default_keys())


def keys_of(app, binding_id: str) -> list[str]:
    """The keys bound to ``binding_id`` now (remapped in the config, or the defaults)."""
    keymap = getattr(app, "_keymap", None) or {}
    keys = keymap.get(binding_id) or default_keys().get(binding_id, "")
    return [k.strip() for k in keys.split(",") if k.strip()]


def key_label(app, binding_id: str, every: bool = False, between: str = " or ") -> str:
    """How the first key (or, with ``every``, each key) of ``binding_id`` is shown."""
    keys = keys_of(app, binding_id)
    shown = [app.get_key_display(Binding(k, "")) for k in (keys if every else keys[:1])]
    return between.join(shown) or "(no key)"
