"""The quotes pane: pick a statement, see every outlet's version side by side.

The left list holds quote groups (the same utterance in several outlets) and the
statements only one outlet carries. The right side shows one column per source with
the words that differ from the first version highlighted. A speaker the text does not
settle ("he", "the envoy") is shown as such: "he (unresolved)".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Static

from tui.app.safe import plain, visible_in_place
from tui.app.widgets.base import ListPane, ListTable
from tui.app.widgets.beside import Beside
from tui.kinds import QUOTE, RELATION_TEXT

if TYPE_CHECKING:  # the model is imported with the corpus, after the first frame
    from tui.model import Ref

#: how each kind of quote is named beside it
KIND_TEXT = {
    "direct": "direct quote",
    "partial": "partial quote",
    "indirect": "paraphrase",
    "term": "quoted term",
}


def speaker_label(q) -> str:
    """The speaker as shown: the name it resolves to, else as written, and a speaker the
    text does not settle marked so ("he (unresolved)")."""
    who = q.who() or "no speaker"
    return f"{who} (unresolved)" if q.unresolved else who


class QuotesPane(ListPane):
    pane_id = "quotes"
    title = "Quotes"
    table_id = "quotes-table"
    COLUMNS = (
        ("Speaker", "speaker"),
        ("Srcs", "n"),
        ("Relation", "relation"),
        ("Statement", "text"),
    )
    FLEX = {"speaker": 10, "text": 16}
    EMPTY = "No quotes in these sources."

    BINDINGS = [
        Binding(
            "m",
            "toggle_singles",
            "Groups only",
            id="quotes.groups_only",
            tooltip="Show only statements carried by several sources",
        ),
    ]

    DEFAULT_CSS = """
    #quotes-summary { height: auto; padding: 0 1; }
    """

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.groups_only = False
        self.rows: dict[str, tuple[str | None, list[Ref], str, bool]] = {}

    def compose(self) -> ComposeResult:
        yield from self.compose_title()
        yield ListTable(id="quotes-table")
        with VerticalScroll(id="quotes-detail", classes="detail"):
            yield Static(id="quotes-summary")
            yield Beside(id="quotes-columns")

    def show_corpus(self, corpus, index) -> None:
        self.corpus, self.index = corpus, index
        self._collect()
        self.refresh_rows()

    def _collect(self) -> None:
        """Groups first, then the statements only one source carries (not scare-quoted terms)."""
        from tui.model import Ref

        self.rows = {}
        grouped: set[tuple[str, int]] = set()
        for g in self.corpus.quote_groups:
            self.rows[f"g:{g.id}"] = (g.actor, list(g.members), g.relation, g.speakers_disagree)
            grouped.update((r.article, r.index) for r in g.members)
        for a in self.corpus.articles:
            for i, q in enumerate(a.quotes):
                if q.kind == "term" or (a.id, i) in grouped:
                    continue
                self.rows[f"q:{a.id}:{i}"] = (q.actor, [Ref(a.id, i)], "single", False)

    def _quote(self, r: Ref):
        a = self.index.articles.get(r.article)
        if a is None or not (0 <= r.index < len(a.quotes)):
            return None, None
        return a, a.quotes[r.index]

    def _speaker(self, actor_id, refs) -> str:
        if actor_id and actor_id in self.index.actors:
            return self.index.actors[actor_id].name
        for r in refs:
            _, q = self._quote(r)
            if q is not None and q.who():
                return speaker_label(q)
        return "unattributed"

    def list_items(self):
        for key, (actor_id, refs, relation, disagree) in self.rows.items():
            if self.groups_only and len(refs) < 2:
                continue
            first = self._quote(refs[0])[1]
            if first is not None:
                yield key, (self._speaker(actor_id, refs), first, refs, relation, disagree)

    def search_text(self, item):
        speaker, first, *_ = item
        return (speaker, first.text)

    def row(self, item):
        speaker, first, refs, relation, disagree = item
        rel = Text(relation, style="bold" if len(refs) > 1 else "dim")
        if disagree:
            rel.append(" ⚠", style="bold yellow")
        return (
            plain(speaker, limit=36),
            Text(str(len({r.article for r in refs})), justify="right"),
            rel,
            plain(first.text, limit=400),
        )

    def list_title(self, shown: int) -> str:
        """Counted as the status bar counts: quotes without scare-quoted terms."""
        quotes, statements, shared = self.corpus.quote_counts()
        of = f"{shown} of {statements}" if shown != statements else f"{statements}"
        return f"{of} statements · {shared} in several sources · {quotes} quotes" + (
            " · groups only" if self.groups_only else ""
        )

    def select_quote(self, article_id: str, index: int) -> bool:
        gid = self.index.group_of_quote.get((article_id, index))
        return self.select(f"g:{gid}" if gid else f"q:{article_id}:{index}")

    def show_detail(self, key: str | None) -> None:
        # (the model and the word comparison come with the corpus, after the first frame)
        from tui.merge.quote_align import version_marks

        summary = self.query_one("#quotes-summary", Static)
        columns = self.query_one("#quotes-columns", Beside)
        self.query_one("#quotes-detail").scroll_home(animate=False)
        if key is None or key not in self.rows:
            columns.clear()
            summary.update(
                Text("Select a statement to compare its versions side by side.", style="dim")
            )
            return
        actor_id, refs, relation, disagree = self.rows[key]
        head = Text()
        head.append_text(plain(self._speaker(actor_id, refs), style="bold"))
        head.append(" · ")
        head.append(RELATION_TEXT.get(relation, relation))
        speakers = []
        for r in refs:
            _, q = self._quote(r)
            if q is not None:
                if q.actor in self.index.actors:
                    speakers.append(self.index.actors[q.actor].name)
                elif q.who() and not q.unresolved:
                    speakers.append(q.who())
        if disagree or len(set(speakers)) > 1:
            head.append("\n⚠ the sources credit different speakers: ", style="bold yellow")
            head.append_text(plain(", ".join(dict.fromkeys(speakers)), one_line=False))
        summary.update(head)
        versions = [(r, *self._quote(r)) for r in refs]
        versions = [(r, a, q) for r, a, q in versions if q is not None]
        marks = version_marks([q.text for _, _, q in versions])
        columns.show(
            [
                (self.corpus.label(a.id), self._version(a, q, changed), (a.id, QUOTE, r.index))
                for (r, a, q), changed in zip(versions, marks)
            ]
        )

    def _version(self, a, q, changed_words) -> Text:
        """One source's version: its date, kind, speaker and cue, then the words, those
        that differ from the other versions marked."""
        from tui.analysis.timex.human import human_date
        from tui.merge.quote_align import word_spans

        t = Text(end="")
        meta = [
            human_date(a.published) if a.published else "undated",
            KIND_TEXT.get(q.kind, q.kind),
        ]
        if q.speaker:
            written = q.speaker + (" (unresolved)" if q.unresolved else "")
            meta.append(f"speaker: {written}" + (f" → {q.resolved}" if q.resolved else ""))
        if q.cue:
            meta.append(f"cue: {q.cue}")
        t.append_text(plain(" · ".join(meta), style="dim", one_line=False))
        t.append("\n\n")
        body = Text(visible_in_place(q.text), end="")
        for (s, e), changed in zip(word_spans(q.text), changed_words or ()):
            if changed:
                body.stylize("bold black on yellow", s, e)
        t.append_text(body)
        return t

    def step_column(self, delta: int) -> bool:
        return self.query_one("#quotes-columns", Beside).step(delta)

    def selection(self):
        """The version under the column cursor (the first before one is shown)."""
        key = self.selected_id()
        if key is None or key not in self.rows:
            return None
        current = self.query_one("#quotes-columns", Beside).current()
        if current is not None:
            return current
        r = self.rows[key][1][0]
        return (r.article, QUOTE, r.index)

    def narrowed(self) -> str | None:
        if not self.groups_only:
            return None
        key = self.key("quotes.groups_only")
        return f"No statement is carried by several sources. {key} shows every statement."

    def action_toggle_singles(self) -> None:
        self.groups_only = not self.groups_only
        self.refresh_rows()
