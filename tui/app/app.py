"""The Storyline dashboard.

The app appears at once; the corpus loads in a thread worker that posts typed
messages (progress, loaded), and the panes fill when it is done. The app only
renders the model and turns keys into actions: it owns no extraction.
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from rich.text import Text
from textual import events, work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Container, Horizontal
from textual.widgets import Header, ProgressBar, Static, Tab, Tabs

from tui.app.commands import StorylineCommands
from tui.app.messages import (
    ArticleFetched,
    CorpusLoaded,
    CorpusUpdated,
    FilesChanged,
    FollowHighlight,
    LoadFailed,
    LoadProgress,
    ReadItem,
)
from tui.app.safe import label, plain, visible
from tui.app.widgets.actors import ActorsPane
from tui.app.widgets.base import ListTable, Pane
from tui.app.widgets.discrepancies import DiscrepanciesPane
from tui.app.widgets.footer import AppFooter
from tui.app.widgets.quotes import QuotesPane
from tui.app.widgets.reader import ReaderPane
from tui.app.widgets.sources import SourcesPane
from tui.app.widgets.timeline import TimelinePane
from tui.config import Config
from tui.kinds import ARTICLE, FIGURE, MENTION, QUOTE, TIMEX, UNKNOWN_OUTLET

if TYPE_CHECKING:  # the model is imported with the corpus, after the first frame
    from textual.notifications import SeverityLevel

    from tui.merge.index import CorpusIndex
    from tui.model import Corpus

P = TypeVar("P", bound=Pane)

PANES: dict[str, type[Pane]] = {
    "sources": SourcesPane,
    "reader": ReaderPane,
    "actors": ActorsPane,
    "timeline": TimelinePane,
    "quotes": QuotesPane,
    "discrepancies": DiscrepanciesPane,
}


def resume_gc() -> None:
    """Turn Python's cycle collector back on after a start-up that paused it (``storyline``
    does: importing Textual and building the first frame allocate a few hundred thousand
    objects that all live on, and collecting them again and again finds nothing), with
    what the start-up built set aside for good (``gc.freeze``: modules, classes and
    widgets are not scanned again at every collection)."""
    import gc

    gc.freeze()
    gc.enable()


def editor_argv(command: str, path: str) -> list[str]:
    """The command line that opens the file at ``path`` with the pager or editor
    ``command`` ($PAGER, $EDITOR): ``--`` ends the options, and a relative name that
    starts with ``-`` or ``+`` gets ``./`` before it, so that no file name is read as an
    option or as a command to run (vim runs ``+!cmd``)."""
    import shlex

    if path.startswith(("-", "+")):
        path = "./" + path
    return [*shlex.split(command), "--", path]


def theme_names() -> set[str]:
    """Every theme the config's ``theme:`` may name."""
    return set(App().available_themes)


def grid_shape(n: int, reader: bool) -> tuple[int, int, int]:
    """(columns, rows, rows the reader spans) of a grid that shows ``n`` panes: two rows;
    the reader, when there is one, spans both where that fills the grid evenly."""
    if n <= 2:
        return max(n, 1), 1, 1
    span = 2 if reader and n % 2 else 1
    return -(-(n + span - 1) // 2), 2, span


class StorylineApp(App[int]):
    TITLE = "Storyline"
    CSS_PATH = Path(__file__).with_name("app.tcss")  # absolute: subclasses live elsewhere
    ENABLE_COMMAND_PALETTE = True
    AUTO_FOCUS = None  # the active pane takes focus itself (never a hidden filter box)
    COMMANDS = {StorylineCommands}  # Textual's own commands: the two kept are in it

    BINDINGS = [
        Binding("q", "quit", "Quit", id="quit", tooltip="Leave Storyline"),
        Binding("question_mark,f1", "help", "Help", id="help", tooltip="Show every key"),
        Binding(
            "tab",
            "next_pane",
            "Next pane",
            show=False,
            priority=True,
            id="pane.next",
            tooltip="Go to the next pane",
        ),
        Binding(
            "shift+tab",
            "prev_pane",
            "Prev pane",
            show=False,
            priority=True,
            id="pane.prev",
            tooltip="Go to the previous pane",
        ),
        Binding("1", "pane(0)", "Pane 1", show=False, id="pane.1", tooltip="Go to the first pane"),
        Binding("2", "pane(1)", "Pane 2", show=False, id="pane.2", tooltip="Go to the second pane"),
        Binding("3", "pane(2)", "Pane 3", show=False, id="pane.3", tooltip="Go to the third pane"),
        Binding("4", "pane(3)", "Pane 4", show=False, id="pane.4", tooltip="Go to the fourth pane"),
        Binding("5", "pane(4)", "Pane 5", show=False, id="pane.5", tooltip="Go to the fifth pane"),
        Binding("6", "pane(5)", "Pane 6", show=False, id="pane.6", tooltip="Go to the sixth pane"),
        Binding(
            "left_square_bracket",
            "step_source(-1)",
            "Prev source",
            id="source.prev",
            tooltip="Open the previous source",
        ),
        Binding(
            "right_square_bracket",
            "step_source(1)",
            "Next source",
            id="source.next",
            tooltip="Open the next source",
        ),
        Binding("slash", "filter", "Filter", id="filter", tooltip="Filter the list in this pane"),
        Binding(
            "escape",
            "back",
            "Back",
            show=False,
            id="back",
            tooltip="Close the filter, or go back to where you came from",
        ),
        Binding(
            "w",
            "problems",
            "Problems",
            id="problems",
            tooltip="List skipped files and article warnings",
        ),
        Binding(
            "y",
            "copy",
            "Copy",
            id="copy",
            tooltip="Copy the selected quote or sentence with its source, as a citation",
        ),
        Binding(
            "x",
            "export('md')",
            "Export",
            id="export",
            tooltip="Write a Markdown report of the story to a file (the palette offers HTML, JSON and CSV)",
        ),
        Binding(
            "o",
            "open_source",
            "Open",
            id="open",
            tooltip="Open the selected article's URL in the browser, or its file in $PAGER/$EDITOR",
        ),
        Binding(
            "O",
            "open_report",
            "Open report",
            show=False,
            id="report.open",
            tooltip="Open the report written last (HTML in the browser, others in $PAGER/$EDITOR)",
        ),
    ]

    def __init__(
        self,
        paths=None,
        config: Config | None = None,
        published: _dt.date | None = None,
        corpus: Corpus | None = None,
        watch: bool | None = None,
        remember: bool = True,
        resume_gc: bool = False,
        jobs: int | None = None,
        cache: bool | None = None,
    ) -> None:
        """``resume_gc``: the caller paused Python's cycle collector for the start-up (the
        ``storyline`` command does); the app turns it back on after its first frame.
        ``jobs`` and ``cache`` go to every load and update (``--jobs``, ``--no-cache``;
        None: the library's default)."""
        super().__init__()
        if not self.no_color and self.console.is_dumb_terminal:
            # TERM=dumb (or unknown) says the terminal shows no colour, yet Textual would
            # send it 24-bit colour codes: drop the colours, keep bold, underline, reverse
            from textual.filter import NoColor

            self.no_color = True
            self._filters.append(NoColor())
        self._resume_gc = resume_gc
        self._progress_waiting = False  # a LoadProgress posted and not handled yet
        self.jobs = jobs
        self.cache = cache
        self.watching = self.settings_watch = watch
        self.remember = remember
        self.paths = paths
        self.settings = config or Config()
        self.published = published
        self.corpus: Corpus | None = None
        self.index: CorpusIndex | None = None
        self._preloaded = corpus
        self.pane_ids: list[str] = [p for p in self.settings.layout.panes if p in PANES] or list(
            PANES
        )
        self.active = self.pane_ids[0]
        self.history: list[str] = []
        if self.watching is None:
            self.watching = self.settings.sources.watch
        self._restored = False
        self._early_keys = []  # until _mount_rest
        #: how "Add article from URL…" fetches (None: tui.fetch's defaults)
        self.fetch_options = None
        self._open_when_loaded: str | None = None
        self.last_report: Path | None = None

    # ------------------------------------------------------------------ layout
    def compose(self) -> ComposeResult:
        yield Header(icon="▤")
        tabs = Tabs(
            *[Tab(f"{i + 1} {PANES[p].title}", id=f"tab-{p}") for i, p in enumerate(self.pane_ids)],
            id="pane-tabs",
        )
        tabs.can_focus = False  # panes take the keys; tab/1-5 switch panes
        yield tabs
        # In tabs mode only the active pane is composed before the first frame: the other
        # five (a third of the app's widgets) are mounted right after it (_mount_rest).
        first = self.pane_ids if self.settings.layout.mode == "grid" else [self.active]
        self._unmounted = [PANES[p]() for p in self.pane_ids if p not in first]
        with Container(id="panes", classes=self.settings.layout.mode):
            for p in first:
                yield PANES[p]()
        with Horizontal(id="status"):
            yield Static(Text("Loading…"), id="status-text")
            yield ProgressBar(id="progress", show_eta=False)
        yield AppFooter()

    def on_mount(self) -> None:
        if self.settings.theme in self.available_themes:
            self.theme = self.settings.theme
        else:
            self.notify(
                f"Unknown theme {self.settings.theme!r}; using the default.",
                severity="warning",
                markup=False,
            )
        if self.settings.keys:
            self.set_keymap(self.settings.keymap())
        self.sub_title = self._sources_label()
        self._show_pane(self.active, remember=False)
        self._adapt_layout()
        # the first frame first: the other panes and the load (imports, worker processes)
        # would compete with it
        self.call_after_refresh(self._mount_rest)

    #: panes composed after the first frame, until they are mounted
    _unmounted: list[Pane] = []
    #: keys pressed before every pane was mounted, handled once they are
    _early_keys: list[events.Key] | None = None

    async def _mount_rest(self) -> None:
        """Mount the panes left out of the first frame (in their places, hidden), then
        handle the keys pressed meanwhile and start loading."""
        if self._resume_gc:
            self._resume_gc = False
            resume_gc()
        panes, self._unmounted = self._unmounted, []
        if panes:
            container = self.query_one("#panes")
            mounted = {p.pane_id for p in self.query(Pane)}
            order = {p: i for i, p in enumerate(self.pane_ids)}
            first = min(order[p] for p in mounted) if mounted else len(order)
            for pane in panes:
                pane.display = False
            before = [p for p in panes if order[p.pane_id] < first]
            after = [p for p in panes if order[p.pane_id] > first]
            if before:
                await container.mount(*before, before=0)
            if after:
                await container.mount(*after)
            self._apply_visibility()
            self._focus_active()  # a tab clicked meanwhile may have chosen one of them
        if self._preloaded is not None:
            self.post_message(CorpusLoaded(self._preloaded))  # before the keys: they act on it
        else:
            self.load()
        self._replay_keys()

    #: the early key being handed back (see _replay_keys)
    _replayed: events.Key | None = None

    def _replay_keys(self) -> None:
        """Hand the keys typed early back one at a time, each after the screen has caught
        up with the one before (a pane switch moves the focus only after its key is
        handled; a second key sent at once would still go to the pane left behind).
        Keys typed meanwhile queue behind them."""
        if not self._early_keys:
            self._early_keys = self._replayed = None
            return
        key = self._early_keys.pop(0)
        self._replayed = events.Key(key.key, key.character)
        self.post_message(self._replayed)
        self.call_after_refresh(self._replay_keys)

    async def on_event(self, event: events.Event) -> None:
        if (
            isinstance(event, events.Key)
            and self._early_keys is not None
            and not event.is_forwarded
            and event is not self._replayed
        ):
            self._early_keys.append(event)  # typed ahead while the panes are being mounted
            return
        await super().on_event(event)

    def key_label(self, binding_id: str, every: bool = False) -> str:
        """How the key of ``binding_id`` is shown, as remapped (see tui.app.keys)."""
        from tui.app.keys import key_label

        return key_label(self, binding_id, every)

    def _sources_label(self) -> str:
        """The header's sub-title: the folders read (their names are untrusted text)."""
        if self.paths:
            names = [Path(p).name or str(p) for p in self.paths]
            return label(", ".join(names[:3]) + (" …" if len(names) > 3 else ""))
        return label(", ".join(self.settings.sources.paths))

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = False,
    ) -> None:
        """Every notification (the panes' too) as plain text, never markup, with what
        it quotes from outside (a file name, an address, an error) made visible: a
        control character in a name must not reach the terminal through a message."""
        super().notify(
            label(str(message), one_line=False),
            title=label(str(title)),
            severity=severity,
            timeout=timeout,
            markup=False,
        )

    def on_resize(self) -> None:
        self._adapt_layout()

    def _adapt_layout(self) -> None:
        panes = self.query_one("#panes")
        grid = self.settings.layout.mode == "grid"
        narrow = grid and self.size.width < self.settings.layout.min_grid_width
        panes.set_class(narrow, "narrow")
        if grid:
            columns, rows, span = grid_shape(len(self.pane_ids), "reader" in self.pane_ids)
            panes.styles.grid_size_columns, panes.styles.grid_size_rows = columns, rows
            for reader in self.query(ReaderPane):
                reader.styles.row_span = span
        self._apply_visibility()

    def _apply_visibility(self) -> None:
        """Show the active pane (tabs, or a grid too narrow) or all of them (grid).

        Set directly rather than through CSS classes alone, so that focus moves at once
        and keys typed right after a pane switch ("1jjj") reach the new pane.
        """
        found = self.query("#panes")
        if not found:  # the app is shutting down
            return
        panes = found.first()
        grid = panes.has_class("grid") and not panes.has_class("narrow")
        for p in self.query(Pane):
            p.set_class(p.pane_id == self.active, "-active")
            p.display = grid or p.pane_id == self.active
            if p.display:
                p.ensure_shown()

    # ------------------------------------------------------------------ loading
    @work(thread=True, exclusive=True, group="load")
    def load(self) -> None:
        from textual.worker import get_current_worker

        from tui.corpus import load_corpus
        from tui.load.cancel import LoadCancelled

        worker = get_current_worker()

        def progress(done: int, total: int, path: str) -> None:
            # one progress message waits at a time (and the last always goes): a load
            # from the cache reports faster than the app draws, and a key pressed
            # meanwhile must not queue behind a run of them
            if done == total or not self._progress_waiting:
                self._progress_waiting = True
                self.post_message(LoadProgress(done, total, path))

        try:
            corpus = load_corpus(
                self.paths,
                self.settings,
                published=self.published,
                progress=progress,
                jobs=self.jobs,
                cache=self.cache,
                cancel=lambda: worker.is_cancelled,
            )
        except LoadCancelled:  # quitting during a long load does not wait for it
            return
        except Exception as e:  # the library does not raise on files; this is a bug, said plainly
            self.post_message(LoadFailed(f"{type(e).__name__}: {e}"))
            return
        self.post_message(CorpusLoaded(corpus))

    def _status(self) -> tuple[ProgressBar, Static] | None:
        """The status line's progress bar and text; None once the app is closing (a message
        from the load thread can arrive after the screen's widgets are gone)."""
        bars = self.query("#progress").results(ProgressBar)
        texts = self.query("#status-text").results(Static)
        bar, text = next(bars, None), next(texts, None)
        return (bar, text) if bar is not None and text is not None else None

    def on_load_progress(self, message: LoadProgress) -> None:
        self._progress_waiting = False
        status = self._status()
        if status is None:
            return
        bar, text = status
        bar.update(total=max(1, message.total), progress=message.done)
        text.update(
            Text(f"Loading {message.done}/{message.total} ", end="")
            + plain(Path(message.path).name, style="dim", limit=60)
        )

    def on_load_failed(self, message: LoadFailed) -> None:
        status = self._status()
        if status is None:
            return
        status[1].update(plain("Loading failed: " + message.error, style="bold red"))
        self.notify("Loading failed: " + message.error, severity="error", markup=False)

    def on_corpus_loaded(self, message: CorpusLoaded) -> None:
        from tui.merge.index import CorpusIndex

        status = self._status()
        if status is None or not self.query(Pane):
            return  # the app is closing
        self.corpus = message.corpus
        self.index = CorpusIndex(self.corpus)
        status[0].display = False
        for pane in self.query(Pane):
            if isinstance(pane, (SourcesPane, ReaderPane)):
                pane.show_corpus(self.corpus, self.index)  # the source order and the open article
            else:
                pane.show_when_seen(self.corpus, self.index)
        self._update_status()
        if self.corpus.articles and "reader" in self.pane_ids:
            reader = self.query_one(ReaderPane)
            if reader.article is None:
                reader.open(self.corpus.articles[0])
        self._restore_state()
        self._focus_active()
        if self.watching:
            self.watch_sources()

    def _update_status(self) -> None:
        c = self.corpus
        if c is None:
            return
        t = Text(end="")
        t.append(f"{len(c.articles)} sources", style="bold")
        t.append(f" · {len(c.actors)} actors · {len(c.timeline)} dates · ")
        quotes, statements, shared = c.quote_counts()
        t.append(f"{quotes} quotes ({shared} shared)")
        warned = sum(1 for a in c.articles if a.warnings)
        unknown = sum(1 for a in c.articles if not a.outlet)
        inferred = sum(1 for a in c.articles if a.published_from == "inferred")
        if inferred:
            t.append(
                f" · {inferred} date{'s' if inferred != 1 else ''} inferred (~)", style="yellow"
            )
        # short phrases, the problems last: the line must read whole at 120 columns
        if c.skipped:
            t.append(f" · {len(c.skipped)} skipped", style="bold red")
        if warned:
            t.append(f" · {warned} with warnings", style="bold yellow")
        if unknown:
            t.append(f" · {unknown} {UNKNOWN_OUTLET}{'s' if unknown != 1 else ''}", style="yellow")
        if c.skipped or warned or unknown:
            t.append(f" ({self.key_label('problems')})", style="dim")
        self.query_one("#status-text", Static).update(t)

    # ------------------------------------------------------------------ state
    def _source_paths(self) -> list:
        return (
            list(self.paths)
            if self.paths
            else [self.settings.resolve(p) for p in self.settings.sources.paths]
        )

    def _restore_state(self) -> None:
        if not self.remember or self._restored:
            return
        self._restored = True
        from tui.app.state import corpus_key, load_state

        state = load_state(corpus_key(self._source_paths()))
        article = state.get("article")
        if article and self.index and article in self.index.articles:
            self.open_article(article, switch=False)
        if state.get("pane") in self.pane_ids:
            self._show_pane(state["pane"], remember=False)

    def save_state(self) -> None:
        if not self.remember or self.corpus is None:
            return
        from tui.app.state import corpus_key, save_state

        save_state(corpus_key(self._source_paths()), self.active, self.current_article_id())

    async def action_quit(self) -> None:
        self.save_state()
        self.exit(0)

    # ------------------------------------------------------------------ copy and open
    def _selection(self):
        sel = self.pane(self.active).selection()
        if sel is None or self.index is None or sel[0] not in self.index.articles:
            return None
        return self.index.articles[sel[0]], sel[1], sel[2]

    def citation(self) -> str | None:
        """The selected quote, or the sentence of the selected item, as a citation line."""
        from tui.app.clipboard import cite_article, cite_quote, cite_sentence

        sel = self._selection()
        if sel is None:
            return None
        a, kind, i = sel
        label = self._index().corpus.label(a.id)
        if kind == QUOTE and 0 <= i < len(a.quotes):
            q = a.quotes[i]
            actors = self._index().actors
            name = actors[q.actor].name if q.actor in actors else None
            return visible(cite_quote(a, q, name, label))
        items = a.items(kind)
        if 0 <= i < len(items):
            s, e = self._index().sentences(a.id).span_at(items[i].start)
            return visible(cite_sentence(a, s, e, label))
        return visible(cite_article(a, label))

    def action_copy(self) -> None:
        from tui.app.clipboard import terminal_can_copy, write_fallback

        text = self.citation()
        if text is None:
            self.notify("Nothing selected to copy.", severity="warning")
            return
        try:
            saved = write_fallback(text)
        except OSError as e:
            saved = None
            self.notify(f"Could not save the copy to a file: {e}", severity="error", markup=False)
        if terminal_can_copy():
            self.copy_to_clipboard(text)
            where = f" (also saved to {saved})" if saved else ""
            self.notify(
                "Copied the citation to the clipboard" + where + ".", timeout=4, markup=False
            )
        elif saved:
            self.notify(
                f"This terminal cannot take clipboard text (OSC 52); the citation is in {saved}.",
                severity="warning",
                timeout=8,
                markup=False,
            )

    def action_open_source(self) -> None:
        sel = self._selection()
        if sel is None:
            self.notify("No article selected.", severity="warning")
            return
        a = sel[0]
        from tui.load.inert import safe_url

        if safe_url(a.url) and a.url.lower().startswith(("http://", "https://")):
            import webbrowser

            opened = webbrowser.open(a.url)
            self.notify(
                ("Opened " if opened else "No browser to open ") + a.url,
                markup=False,
                severity="information" if opened else "warning",
            )
            return
        from tui.load.sources import refuse_to_open

        why = refuse_to_open(a.path, self._source_paths(), self.settings.sources.follow_links)
        if why:
            self.notify(f"{a.path} is not opened: {why}.", severity="warning")
            return
        self.open_in_pager(a.path)

    def open_in_pager(self, path: str) -> None:
        import os
        import shutil
        import subprocess

        command = (
            os.environ.get("PAGER")
            or os.environ.get("EDITOR")
            or (shutil.which("less") and "less")
            or ""
        )
        if not command:
            self.notify(f"Set $PAGER or $EDITOR to open {path}.", severity="warning", markup=False)
            return
        try:
            with self.suspend():
                subprocess.run(editor_argv(command, path), check=False)
        except Exception as e:  # no terminal to hand over (tests, web), or the command failed
            self.notify(
                f"Could not open {path} with {command}: {e}", severity="warning", markup=False
            )
        self.refresh()

    # ------------------------------------------------------------------ export
    def action_export(self, fmt: str = "md") -> None:
        if self.corpus is None:
            self.notify("Nothing loaded yet to export.", severity="warning")
            return
        self.export_report(fmt)

    @work(thread=True, exclusive=True, group="export")
    def export_report(self, fmt: str) -> None:
        from tui.export import ExportError, default_report_path, write_report

        corpus = self.corpus
        if corpus is None:
            return
        sources = [str(p) for p in self._source_paths()]
        try:
            path = default_report_path(fmt, source_paths=sources)
            write_report(corpus, fmt, path, source_paths=sources)
        except (ExportError, OSError) as e:
            self.call_from_thread(
                self.notify, f"The report could not be written: {e}", severity="error", markup=False
            )
            return
        self.call_from_thread(self._report_written, Path(path))

    def _report_written(self, path: Path) -> None:
        self.last_report = path
        self.notify(
            f"Report written to {path}. {self.key_label('report.open')} opens it "
            "(or ctrl+p: Open last report).",
            timeout=20,
            markup=False,
        )

    def action_open_report(self) -> None:
        path = self.last_report
        if path is None:
            self.notify(
                f"No report written yet: {self.key_label('export')} writes one.",
                severity="warning",
                markup=False,
            )
        elif not path.exists():
            self.notify(f"{path} is gone.", severity="warning", markup=False)
        elif path.suffix.lower() in (".html", ".htm"):
            import webbrowser

            opened = webbrowser.open(path.resolve().as_uri())
            if not opened:
                self.open_in_pager(str(path))
        else:
            self.open_in_pager(str(path))

    # ------------------------------------------------------------------ follow the folders
    @work(thread=True, exclusive=True, group="watch")
    def watch_sources(self) -> None:
        from textual.worker import get_current_worker
        from watchfiles import Change, watch

        from tui.load.sources import watched_changes

        worker = get_current_worker()
        roots = [str(p) for p in self._source_paths() if Path(p).exists()]
        if not roots:
            return
        for changes in watch(
            *roots,
            stop_event=self._watch_stop,
            debounce=400,
            rust_timeout=500,
            yield_on_timeout=False,
        ):
            if worker.is_cancelled:
                return
            changed: list[str] = []
            removed: list[str] = []
            for kind, path in changes:
                (removed if kind == Change.deleted else changed).append(path)
            changed = watched_changes(changed, self.settings, roots)
            if changed or removed:
                self.post_message(FilesChanged(changed, removed))

    @property
    def _watch_stop(self):
        import threading

        if not hasattr(self, "_stop_event"):
            self._stop_event = threading.Event()
        return self._stop_event

    def on_unmount(self) -> None:
        self._watch_stop.set()

    @property
    def _pending(self) -> dict[str, tuple[int, bool]]:
        """Changes to the folders not yet shown: path -> (the change's number, removed?)."""
        if not hasattr(self, "_pending_changes"):
            self._pending_changes: dict[str, tuple[int, bool]] = {}
            self._change_number = 0
        return self._pending_changes

    def on_files_changed(self, message: FilesChanged) -> None:
        pending = self._pending
        for paths, removed in ((message.changed, False), (message.removed, True)):
            for path in paths:
                self._change_number += 1
                pending[path] = (self._change_number, removed)
        self.reextract(dict(pending))

    @work(thread=True, exclusive=True, group="update")
    def reextract(self, pending: dict[str, tuple[int, bool]]) -> None:
        """Bring the corpus in step with its folders: every change not yet shown (an update
        still running when a newer change comes is cancelled, and its changes go into the
        next one, which starts from the corpus shown). With the caches, a load of the same
        paths; without, the changed files extracted again."""
        from textual.worker import get_current_worker

        from tui.corpus import update_corpus
        from tui.load.cancel import LoadCancelled

        if self.corpus is None:
            return
        worker = get_current_worker()
        changed: list[str | Path] = [p for p, (_, gone) in pending.items() if not gone]
        removed: list[str | Path] = [p for p, (_, gone) in pending.items() if gone]
        try:
            corpus, counts = update_corpus(
                self.corpus,
                changed,
                removed,
                self.settings,
                self.published,
                paths=self.paths,
                jobs=self.jobs,
                cache=self.cache,
                cancel=lambda: worker.is_cancelled,
            )
        except LoadCancelled:
            return
        if worker.is_cancelled:
            return  # a newer update holds these changes too (without the cache, nothing stops it sooner)
        self.post_message(CorpusUpdated(corpus, counts, pending))

    def on_corpus_updated(self, message: CorpusUpdated) -> None:
        from tui.merge.index import CorpusIndex

        pending = self._pending
        for path, change in message.applied.items():
            if pending.get(path) == change:
                del pending[path]  # shown now (unless it changed again since)
        self.corpus = message.corpus
        self.index = CorpusIndex(self.corpus)
        for pane in self.query(Pane):
            if isinstance(pane, (SourcesPane, ReaderPane)):
                pane.show_corpus(self.corpus, self.index)
            else:
                pane.show_when_seen(self.corpus, self.index)
        self._update_status()
        c = message.counts
        parts = [f"{c[k]} {k}" for k in ("added", "changed", "removed", "skipped") if c[k]]
        if parts:
            self.notify("Sources updated: " + ", ".join(parts), timeout=4)
        self._open_fetched()

    # ------------------------------------------------------------------ add from the web
    def action_add_url(self) -> None:
        """Ask for an address and fetch the page into the first source folder."""
        from tui.app.dialogs.add_url import AddURLScreen

        folder = next((Path(p) for p in self._source_paths() if Path(p).is_dir()), None)
        if folder is None:
            self.notify(
                "No source folder to save into: open a folder to add articles to it.",
                severity="warning",
            )
            return

        def fetch(url: str | None) -> None:
            if url:
                self.fetch_url(url, folder)

        self.push_screen(AddURLScreen(str(folder)), fetch)

    @work(thread=True, group="fetch")
    def fetch_url(self, url: str, folder: Path) -> None:
        """Fetch one page into ``folder`` (tui.fetch: the only network access the app
        makes, and only when asked); the corpus then updates as for --watch."""
        from tui.fetch import Fetcher, FetchOptions, Outcome

        self.call_from_thread(self.notify, f"Fetching {visible(url)} …", timeout=3, markup=False)
        options = self.fetch_options or FetchOptions()
        options.max_bytes = max(1, int(self.settings.extraction.limits.max_file_bytes))
        try:
            outcome = Fetcher(folder, options).fetch([url])[0]
        except OSError as e:  # the folder cannot be written
            outcome = Outcome(url, "skipped", f"cannot write into {folder}: {e.strerror or e}")
        self.post_message(ArticleFetched(outcome))

    def on_article_fetched(self, message: ArticleFetched) -> None:
        o = message.outcome
        if not o.ok:
            self.notify(
                visible(f"Not added: {o.url}: {o.reason}"),
                severity="error",
                timeout=10,
                markup=False,
            )
            return
        name = visible(o.path.name if o.path else o.url)
        if o.result == "saved":
            self.notify(f"Saved {name}", timeout=6, markup=False)
        else:
            self.notify(visible(f"Already there: {name} ({o.reason})"), timeout=8, markup=False)
        if o.path is not None:
            self._open_when_loaded = str(o.path)
            self.post_message(FilesChanged([str(o.path)], []))

    def _open_fetched(self) -> None:
        """Open the article just fetched, once the corpus holds it."""
        path, self._open_when_loaded = self._open_when_loaded, None
        if path is None or self.corpus is None:
            return
        key = str(Path(path).resolve())
        for a in self.corpus.articles:
            if str(Path(a.path).resolve()) == key:
                self.open_article(a.id)
                return

    # ------------------------------------------------------------------ panes
    def _index(self) -> CorpusIndex:
        """The shown corpus's index: what is selected, followed or cited is looked up in it."""
        if self.index is None:
            raise LookupError("no corpus is shown yet")
        return self.index

    def pane(self, pane_id: str) -> Pane:
        pane = self.query_one(f"#{pane_id}", Pane)
        pane.ensure_shown()
        return pane

    def shown(self, cls: type[P]) -> P:
        """The pane of class ``cls`` with the corpus shown in it (hidden panes are filled
        when first needed)."""
        pane = self.query_one(cls)
        pane.ensure_shown()
        return pane

    def _show_pane(self, pane_id: str, remember: bool = True) -> None:
        if pane_id not in self.pane_ids:
            return
        if remember and pane_id != self.active:
            self.history.append(self.active)
            del self.history[:-50]
        self.active = pane_id
        self._apply_visibility()
        for tabs in self.query(Tabs):
            if tabs.active != f"tab-{pane_id}":
                tabs.active = f"tab-{pane_id}"
        self._focus_active()

    def _focus_active(self) -> None:
        for pane in self.query(f"#{self.active}").results(Pane):  # none while the app shuts down
            pane.focus_main()

    def on_tabs_tab_activated(self, event: Tabs.TabActivated) -> None:
        if event.tabs.active != (event.tab.id if event.tab else None):
            return  # a stale event (e.g. the tab bar's own first activation, after a restore)
        if event.tab and event.tab.id and event.tab.id.startswith("tab-"):
            pid = event.tab.id[4:]
            if pid != self.active:
                self._show_pane(pid)

    def on_descendant_focus(self, event) -> None:
        # in the grid, focusing a pane (by mouse) makes it the active one
        pane = next((n for n in event.widget.ancestors_with_self if isinstance(n, Pane)), None)
        if pane is not None and pane.pane_id != self.active and pane.display:
            self.active = pane.pane_id
            for p in self.query(Pane):
                p.set_class(p is pane, "-active")

    def action_next_pane(self) -> None:
        i = self.pane_ids.index(self.active)
        self._show_pane(self.pane_ids[(i + 1) % len(self.pane_ids)])

    def action_prev_pane(self) -> None:
        i = self.pane_ids.index(self.active)
        self._show_pane(self.pane_ids[(i - 1) % len(self.pane_ids)])

    def action_pane(self, n: int) -> None:
        if 0 <= n < len(self.pane_ids):
            self._show_pane(self.pane_ids[n])

    def action_filter(self) -> None:
        self.pane(self.active).open_filter()

    # (Storyline's back: close the filter, else the pane before; Textual's App.action_back,
    # which pops a screen, is never bound here)
    def action_back(self) -> None:  # type: ignore[override]
        if self.pane(self.active).close_filter():
            return
        if self.history:
            self._show_pane(self.history.pop(), remember=False)

    def action_help(self) -> None:
        from tui.app.screens.help import HelpScreen

        if isinstance(self.screen, HelpScreen):
            self.screen.dismiss()  # the help key closes the help, remapped or not
        else:
            self.push_screen(HelpScreen())

    #: what the app's own keys still do while a dialog (the help, the problems list, the
    #: palette) is open: the keys that reach past a dialog (tab, shift+tab, ctrl+q take
    #: precedence over it) do nothing else to the panes behind it
    DIALOG_ACTIONS = frozenset({"quit"})

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        from textual.screen import ModalScreen

        return action in self.DIALOG_ACTIONS or not isinstance(self.screen, ModalScreen)

    def action_problems(self) -> None:
        from tui.app.dialogs.problems import ProblemsScreen

        if self.corpus is not None:
            self.push_screen(ProblemsScreen(self.corpus))

    # ------------------------------------------------------------------ jumps
    def open_article(
        self, article_id: str, focus: tuple[str, int] | None = None, switch: bool = True
    ) -> None:
        if self.index is None or article_id not in self.index.articles:
            return
        if "reader" in self.pane_ids:
            self.query_one(ReaderPane).open(self.index.articles[article_id], focus=focus)
        if "sources" in self.pane_ids:
            self.query_one(SourcesPane).select(article_id)
        if switch and "reader" in self.pane_ids:
            self._show_pane("reader")

    def current_article_id(self) -> str | None:
        if "reader" in self.pane_ids:
            a = self.query_one(ReaderPane).article
            if a is not None and self.active == "reader":
                return a.id
        if "sources" in self.pane_ids:
            return self.query_one(SourcesPane).selected_id()
        return None

    def action_step_source(self, step: int) -> None:
        if not self.corpus or not self.corpus.articles:
            return
        current = self.current_article_id()
        order = [a.id for a in self.corpus.articles]
        if "sources" in self.pane_ids:
            table = self.query_one(SourcesPane).query_one("#sources-table", ListTable)
            order = [k.value for k in table.rows if k.value is not None] or order
        i = order.index(current) if current in order else -1
        nxt = order[(i + step) % len(order)]
        self.open_article(nxt, switch=self.active in ("reader",))
        a = self._index().articles[nxt]
        self.notify(
            f"Source {order.index(nxt) + 1}/{len(order)}: {self.corpus.label(a.id)}",
            timeout=2,
            markup=False,
        )

    def on_read_item(self, message: ReadItem) -> None:
        focus = None if message.kind == ARTICLE else (message.kind, message.index)
        self.open_article(message.article_id, focus=focus)

    def on_follow_highlight(self, message: FollowHighlight) -> None:
        a = self._index().articles[message.article_id]
        if message.kind == MENTION:
            m = a.mentions[message.index]
            if m.actor and "actors" in self.pane_ids:
                self.shown(ActorsPane).select(m.actor)
                self._show_pane("actors")
                return
            self.notify("This name is not linked to an actor.", severity="warning")
        elif message.kind == TIMEX:
            i = self._index().entry_of_timex.get((a.id, message.index))
            if i is not None and "timeline" in self.pane_ids:
                self.shown(TimelinePane).select(str(i))
                self._show_pane("timeline")
                return
            self.notify(
                "This expression is not a calendar date on the timeline.", severity="warning"
            )
        elif message.kind == FIGURE:
            if "discrepancies" in self.pane_ids and self.shown(DiscrepanciesPane).select_item(
                a.id, FIGURE, message.index
            ):
                self._show_pane("discrepancies")
                return
            self.notify("No other source gives a figure for this.", severity="information")
        elif message.kind == QUOTE and "quotes" in self.pane_ids:
            if self.shown(QuotesPane).select_quote(a.id, message.index):
                self._show_pane("quotes")
                return
            self.notify(
                "This quote is not in the quotes list (a scare-quoted term).", severity="warning"
            )
