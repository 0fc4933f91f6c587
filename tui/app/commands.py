"""Command palette (ctrl+p): the app's actions, and jumps to any source or actor.

Storyline's own commands come first, each with the key that does the same (as remapped);
of Textual's system commands only the two a reader needs are kept, named plainly.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any, cast

from textual.command import DiscoveryHit, Hit, Hits, Provider

from tui.app.safe import label, short_path

if TYPE_CHECKING:
    from tui.app.app import StorylineApp

#: (name, callback, help) of one command
Command = tuple[str, Callable[[], Any], str]


class StorylineCommands(Provider):
    @property
    def storyline(self) -> StorylineApp:
        """The app as Storyline's (the palette is only ever opened in it)."""
        return cast("StorylineApp", self.app)

    def _actions(self) -> list[Command]:
        """(name, callback, help) of the app's actions: the panes, then the rest."""
        app = self.storyline
        key = app.key_label
        out: list[Command] = [
            (
                f"Go to pane: {pid.title()}",
                partial(app.action_pane, i),
                f"key {key(f'pane.{i + 1}')}",
            )
            for i, pid in enumerate(app.pane_ids)
        ]
        return out + [
            ("Show keys (help)", app.action_help, key("help", every=True)),
            ("List skipped files and warnings", app.action_problems, key("problems")),
            ("Next source", partial(app.action_step_source, 1), key("source.next")),
            ("Previous source", partial(app.action_step_source, -1), key("source.prev")),
            ("Export report as Markdown", partial(app.action_export, "md"), key("export")),
            (
                "Export report as HTML",
                partial(app.action_export, "html"),
                "a page to open in a browser",
            ),
            ("Export report as JSON", partial(app.action_export, "json"), "the whole model"),
            ("Export quotes as CSV", partial(app.action_export, "csv"), "for a spreadsheet"),
            ("Open last report", app.action_open_report, "the last report written here"),
            ("Copy the selection as a citation", app.action_copy, key("copy")),
            ("Open the selected article", app.action_open_source, key("open")),
            (
                "Add article from URL…",
                app.action_add_url,
                "fetch a web page into the first source folder",
            ),
            ("Change the colour theme", app.action_change_theme, "Textual's themes"),
            ("Quit Storyline", app.action_quit, key("quit")),
        ]

    def _jumps(self) -> list[Command]:
        """(name, callback, help) of a jump to each source and each actor."""
        app = self.storyline
        corpus = getattr(app, "corpus", None)
        if corpus is None:
            return []
        out: list[Command] = []
        for a in corpus.articles:
            text = label(f"Open source: {corpus.label(a.id)} — {a.title or a.id}")
            out.append(
                (
                    text[:120],
                    partial(app.open_article, a.id),
                    label(short_path(a.path)),
                )
            )
        for actor in corpus.actors:
            text = label(f"Show actor: {actor.name} ({actor.kind})")
            out.append(
                (
                    text[:120],
                    partial(self._show_actor, actor.id),
                    f"{actor.mention_count} mention{'s' if actor.mention_count != 1 else ''}",
                )
            )
        return out

    def _show_actor(self, actor_id: str) -> None:
        from tui.app.widgets.actors import ActorsPane

        app = self.storyline
        if "actors" in app.pane_ids:
            app.shown(ActorsPane).select(actor_id)
            app._show_pane("actors")

    async def discover(self) -> Hits:
        """With nothing typed: the actions (every source and actor only as they are sought)."""
        for name, callback, help_text in self._actions():
            yield DiscoveryHit(name, callback, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, callback, help_text in self._actions() + self._jumps():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), callback, help=help_text)
