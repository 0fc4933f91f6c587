"""The discrepancies pane: where the sources differ, with each source's sentence side by side.

Figures (agreement, hedged agreement, conflict), attribution (different speakers, direct
vs paraphrased), dates, and coverage (what only some sources mention). `c` switches to
the source-by-item coverage matrix. Confidence is shown on every row; the config can
silence a discrepancy (`discrepancies: ignore:`).
"""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Static

from tui.app.safe import plain
from tui.app.widgets.base import ListPane, ListTable, matches
from tui.app.widgets.beside import Beside
from tui.kinds import LABEL_CHARS

STATUS_STYLE = {
    "conflict": "bold red",
    "updated": "bold yellow",
    "hedged": "yellow",
    "agree": "green",
    "missing": "magenta",
    "only-one-source": "cyan",
}
KINDS = (None, "figure", "attribution", "date", "coverage")
#: Sources the coverage matrix has columns for (a table of 10,000 columns is not read)
MATRIX_SOURCES = 300


class DiscrepanciesPane(ListPane):
    pane_id = "discrepancies"
    title = "Discrepancies"
    table_id = "discrepancies-table"
    COLUMNS = (
        ("Kind", "kind"),
        ("Status", "status"),
        ("Conf.", "conf"),
        ("Topic", "topic"),
        ("Srcs", "n"),
    )
    FLEX = {"topic": 16}
    OPTIONAL = ("n",)
    EMPTY = (
        "No discrepancies: the sources agree on every figure, date and speaker found, "
        "or the config silences or leaves out the rest."
    )

    BINDINGS = [
        Binding(
            "c",
            "toggle_matrix",
            "Coverage",
            id="discrepancies.matrix",
            tooltip="Show the source-by-item coverage matrix, or the list",
        ),
        Binding(
            "K",
            "cycle_kind",
            "Kind",
            id="discrepancies.kind",
            tooltip="Show all discrepancies, or only figures, attribution, dates or coverage",
        ),
    ]

    DEFAULT_CSS = """
    #discrepancies-matrix { display: none; }
    DiscrepanciesPane.matrix #discrepancies-matrix { display: block; }
    DiscrepanciesPane.matrix #discrepancies-table { display: none; }
    DiscrepanciesPane.matrix #discrepancies-detail { display: none; }
    #discrepancies-summary { height: auto; padding: 0 1; }
    """

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.kind: str | None = None
        self.matrix: dict[str, Any] | None = None  # the coverage matrix, made when first shown

    def compose(self) -> ComposeResult:
        yield from self.compose_title()
        yield ListTable(id="discrepancies-table")
        yield ListTable(id="discrepancies-matrix")
        with VerticalScroll(id="discrepancies-detail", classes="detail"):
            yield Static(id="discrepancies-summary")
            yield Beside(id="discrepancies-columns")

    @property
    def items(self):
        return getattr(self._corpus, "discrepancies", None) or []

    def show_corpus(self, corpus, index) -> None:
        self.corpus, self.index = corpus, index
        self.matrix = None
        self.refresh_rows()
        if self.has_class("matrix"):
            self._fill_matrix()

    def focus_main(self) -> None:
        self.query_one(
            "#discrepancies-matrix" if self.has_class("matrix") else "#discrepancies-table",
            ListTable,
        ).focus()

    def list_items(self):
        for i, d in enumerate(self.items):
            if not self.kind or d.kind == self.kind:
                yield str(i), d

    def search_text(self, d):
        return (d.topic, d.note, d.kind, d.status)

    def row(self, d):
        sources = {it.article for it in d.items}
        return (
            Text(d.kind),
            Text(d.status, style=STATUS_STYLE.get(d.status, "")),
            Text(f"{d.confidence:.0%}", justify="right", style="dim" if d.confidence < 0.7 else ""),
            plain(d.topic, limit=300),
            Text(str(len(sources)), justify="right"),
        )

    def list_title(self, shown: int) -> str:
        conflicts = sum(1 for d in self.items if d.status == "conflict")
        kind = self.kind or "all kinds"
        matrix = self.key("discrepancies.matrix")
        return f"{shown} of {len(self.items)} · {conflicts} conflict{'s' if conflicts != 1 else ''} · {kind} · {matrix} coverage matrix"

    def select_item(self, article_id: str, kind: str, index: int) -> bool:
        for i, d in enumerate(self.items):
            for it in d.items:
                if it.article == article_id and it.kind == kind and it.index == index:
                    if self.kind and d.kind != self.kind:
                        self.kind = None
                        self.refresh_rows()
                    return self.select(str(i))
        return False

    def _outlet(self, article_id: str) -> str:
        """The source's short label."""
        return self.corpus.label(article_id) if self.corpus is not None else article_id

    def show_detail(self, key: str | None) -> None:
        summary = self.query_one("#discrepancies-summary", Static)
        columns = self.query_one("#discrepancies-columns", Beside)
        self.query_one("#discrepancies-detail").scroll_home(animate=False)
        if key is None or not key.isdigit() or int(key) >= len(self.items):
            columns.clear()
            summary.update(
                Text(
                    "No discrepancy selected. The sources agree on everything found, or nothing is loaded yet."
                    if not self.items
                    else "Select a discrepancy to see each source's sentence.",
                    style="dim",
                )
            )
            return
        d = self.items[int(key)]
        head = Text()
        head.append(f"{d.kind} · ")
        head.append(d.status, style=STATUS_STYLE.get(d.status, ""))
        head.append(f" · confidence {d.confidence:.0%} · ", style="dim")
        head.append_text(plain(d.topic, style="bold"))
        head.append("\n")
        head.append_text(plain(d.note, one_line=False))
        if d.missing_from:
            head.append("\nNot in: ", style="bold magenta")
            head.append_text(
                plain(", ".join(self._outlet(a) for a in d.missing_from), one_line=False)
            )
        head.append(
            f"\nid {d.id} (silence it under discrepancies: ignore: in the config)", style="dim"
        )
        summary.update(head)
        columns.show(
            [
                (self._outlet(it.article), self._sentence(it), (it.article, it.kind, it.index))
                for it in d.items
            ]
        )

    def _sentence(self, it) -> Text:
        """One source's sentence, the item marked, with its value, hedge or speaker."""
        t = Text(end="")
        extra = []
        for k in ("value", "hedge", "speaker"):
            v = getattr(it, k)
            if v not in (None, ""):
                extra.append(f"{k}: {self._value(it, v) if k == 'value' else v}")
        if extra:
            t.append_text(plain(" · ".join(extra), style="dim", one_line=False))
            t.append("\n")
        t.append("\n")
        sentence = plain(it.sentence or it.text, one_line=False, in_place=True)
        start = self._item_start(it)
        if start is not None:
            s = start[0] - it.sentence_start
            e = start[1] - it.sentence_start
            if 0 <= s < e <= len(sentence):
                sentence.stylize("bold black on yellow", s, e)
        t.append_text(sentence)
        return t

    @staticmethod
    def _value(it, v) -> str:
        """A date's value in words ("summer 2016"); any other value as it is."""
        if it.kind == "timex" and isinstance(v, str):
            from tui.analysis.timex.human import human_timex

            return human_timex(v)
        return str(v)

    def step_column(self, delta: int) -> bool:
        if self.has_class("matrix"):
            return False
        return self.query_one("#discrepancies-columns", Beside).step(delta)

    def _item_start(self, it) -> tuple[int, int] | None:
        a = self.index.articles.get(it.article) if self.index else None
        if a is None:
            return None
        lst = a.items(it.kind)
        if not 0 <= it.index < len(lst):
            return None
        return lst[it.index].start, lst[it.index].end

    # ------------------------------------------------------------------ coverage matrix
    def _fill_matrix(self) -> None:
        from tui.merge.discrepancies import coverage_matrix

        t = self.query_one("#discrepancies-matrix", ListTable)
        t.clear(columns=True)
        if not self.has_corpus:
            return
        if self.matrix is None:
            self.matrix = coverage_matrix(self.corpus)
        m = self.matrix
        t.add_column("Item", key="item")
        t.add_column("Kind", key="kind")
        # one column per source, headed by its label; a wide matrix scrolls (← →) under
        # the items, which stay in view
        t.fixed_columns = 1
        for n, aid in enumerate(m["sources"][:MATRIX_SOURCES]):
            t.add_column(plain(self._outlet(aid), limit=LABEL_CHARS), key=f"s{n}")
        for r, row in enumerate(m["rows"]):
            if not matches(self.filter_text, row["item"], row["kind"]):
                continue
            cells = [
                Text("■" if p else "□", style="green" if p else "red dim", justify="center")
                for p in row["present"][:MATRIX_SOURCES]
            ]
            t.add_row(
                plain(row["item"], limit=40), Text(row["kind"], style="dim"), *cells, key=str(r)
            )
        shown = min(len(m["sources"]), MATRIX_SOURCES)
        of = f"the first {shown} of " if shown < len(m["sources"]) else ""
        self.set_title(
            f"coverage: {len(m['rows'])} items × {of}{len(m['sources'])} sources · ■ mentions it · □ does not · ← → scroll · {self.key('discrepancies.matrix')} back"
        )

    def action_toggle_matrix(self) -> None:
        self.toggle_class("matrix")
        if self.has_class("matrix"):
            self._fill_matrix()
        else:
            self.refresh_rows()
        self.focus_main()

    def apply_filter(self, text: str) -> None:
        if self.has_class("matrix"):
            self._fill_matrix()
        else:
            self.refresh_rows()

    def narrowed(self) -> str | None:
        if self.kind is None:
            return None
        key = self.key("discrepancies.kind")
        return f"No {self.kind} discrepancies. {key} shows another kind."

    def action_cycle_kind(self) -> None:
        self.kind = KINDS[(KINDS.index(self.kind) + 1) % len(KINDS)]
        self.refresh_rows()

    def selection(self):
        """The item under the column cursor (the first before one is shown)."""
        key = self.selected_id()
        if key is None or not key.isdigit() or int(key) >= len(self.items):
            return None
        current = self.query_one("#discrepancies-columns", Beside).current()
        if current is not None:
            return current
        first = self.items[int(key)].items[:1]
        if not first:
            return None
        it = first[0]
        return (it.article, it.kind, it.index)
