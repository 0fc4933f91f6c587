"""Command palette (ctrl+p): the app's actions, and jumps to any source or actor."""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

from tui.app.safe import label, short_path


class StorylineCommands(Provider):
    def _commands(self):
        app = self.app
        out = []
        for i, pid in enumerate(getattr(app, "pane_ids", [])):
            out.append((f"Go to pane: {pid.title()}", partial(app.action_pane, i), f"key {i + 1}"))
        out += [
            ("Show keys (help)", app.action_help, "? or F1"),
            ("List skipped files and warnings", app.action_problems, "w"),
            ("Next source", partial(app.action_step_source, 1), "]"),
            ("Previous source", partial(app.action_step_source, -1), "["),
            ("Export report as Markdown", partial(app.action_export, "md"), "x"),
            (
                "Export report as HTML",
                partial(app.action_export, "html"),
                "a page to open in a browser",
            ),
            ("Export report as JSON", partial(app.action_export, "json"), "the whole model"),
            ("Export quotes as CSV", partial(app.action_export, "csv"), "for a spreadsheet"),
            ("Copy the selection as a citation", app.action_copy, "y"),
            ("Open the selected article", app.action_open_source, "o"),
            (
                "Add article from URL…",
                app.action_add_url,
                "fetch a web page into the first source folder",
            ),
        ]
        corpus = getattr(app, "corpus", None)
        if corpus is not None:
            for a in corpus.articles:
                text = label(f"Open source: {a.outlet or '?'} — {a.title or a.id}")
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
                        f"{actor.mention_count} mentions",
                    )
                )
        return out

    def _show_actor(self, actor_id: str) -> None:
        from tui.app.widgets.actors import ActorsPane

        app = self.app
        if "actors" in app.pane_ids:
            app.shown(ActorsPane).select(actor_id)
            app._show_pane("actors")

    async def discover(self) -> Hits:
        for name, callback, help_text in self._commands()[:12]:
            yield DiscoveryHit(name, callback, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, callback, help_text in self._commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), callback, help=help_text)
