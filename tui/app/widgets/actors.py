"""The actors pane: merged people, organisations and places, and where each is named."""

from __future__ import annotations

from itertools import groupby

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding

from tui.app.safe import plain
from tui.app.widgets.base import ListPane, ListTable, presence_cell
from tui.app.widgets.reader import KIND_STYLE
from tui.app.widgets.textview import TextView
from tui.kinds import MENTION

KINDS = (None, "PERSON", "ORG", "GPE")
KIND_NAMES = {None: "all kinds", "PERSON": "people", "ORG": "organisations", "GPE": "places"}


#: the mark of a name several people share where the text does not say which it is
AMBIGUOUS_STYLE = "bold yellow"

#: sentences shown in an actor's detail before the rest is summed up
DETAIL_SENTENCES = 300


class ActorsPane(ListPane):
    pane_id = "actors"
    title = "Actors"
    table_id = "actors-table"
    COLUMNS = (
        ("Actor", "name"),
        ("Kind", "kind"),
        ("Roles", "roles"),
        ("Mentions", "mentions"),
        ("Sources", "sources"),
    )
    FLEX = {"name": 12, "roles": 8}
    OPTIONAL = ("roles",)
    EMPTY = "No actors were found in these sources."

    BINDINGS = [
        Binding(
            "K",
            "cycle_kind",
            "Kind",
            id="actors.kind",
            tooltip="Show all actors, or only people, organisations or places",
        ),
    ]

    DEFAULT_CSS = """
    #actors-detail { padding: 0 1; }
    """

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.kind: str | None = None

    def compose(self) -> ComposeResult:
        yield from self.compose_title()
        yield ListTable(id="actors-table")
        yield TextView(id="actors-detail", classes="detail")

    def list_items(self):
        for actor in sorted(self.corpus.actors, key=lambda a: (-a.mention_count, a.name.lower())):
            if not self.kind or actor.kind == self.kind:
                yield actor.id, actor

    def search_text(self, actor):
        return (actor.name, " ".join(actor.aliases), " ".join(r.text for r in actor.roles))

    def row(self, actor):
        if actor.candidates:
            # a name several people share, undecided: say so where the roles would be
            roles = Text("? ", style=AMBIGUOUS_STYLE)
            roles.append_text(plain(" or ".join(self._names(actor.candidates)), limit=160))
        else:
            roles = plain("; ".join(r.text for r in actor.roles[:2]) or "—", limit=160)
        return (
            plain(actor.name, style=KIND_STYLE.get(actor.kind, ""), limit=48),
            Text(actor.kind, style="dim"),
            roles,
            Text(str(actor.mention_count), justify="right"),
            presence_cell(self.index, actor.articles),
        )

    def list_title(self, shown: int) -> str:
        kind = KIND_NAMES[self.kind]
        return f"{shown} of {len(self.corpus.actors)} · {kind} · {self.key('actors.kind')} kind"

    def show_detail(self, actor_id: str | None) -> None:
        view = self.query_one("#actors-detail", TextView)
        if not actor_id or self.index is None or actor_id not in self.index.actors:
            view.set_text(
                Text(
                    "Select an actor to see its aliases, roles and every sentence that names it.",
                    style="dim",
                )
            )
            return
        actor = self.index.actors[actor_id]
        t = Text(end="")
        t.append_text(plain(actor.name, style=KIND_STYLE.get(actor.kind, "bold")))
        t.append(
            f"  {actor.kind} · {actor.mention_count} mention{'s' if actor.mention_count != 1 else ''} in {len(actor.articles)} of {len(self.corpus.articles)} sources\n",
            style="dim",
        )
        if actor.candidates:
            t.append("? Ambiguous: ", style=AMBIGUOUS_STYLE)
            t.append_text(
                plain(
                    f"“{actor.name}” here may be "
                    + " or ".join(self._names(actor.candidates))
                    + "; the text does not say which (no title, pronoun or nearby full name"
                    " decides it).",
                    one_line=False,
                )
            )
            t.append("\n")
        others = [a for a in actor.aliases if a != actor.name]  # (the aliases hold the name too)
        if others:
            t.append("Also: ", style="bold")
            t.append_text(plain(", ".join(others), one_line=False))
            t.append("\n")
        present = set(actor.articles)
        missing = [a for a in self.corpus.articles if a.id not in present]
        if missing and len(self.corpus.articles) > 1 and not actor.candidates:
            t.append("Not mentioned by: ", style="bold red")
            t.append_text(
                plain(
                    ", ".join(self.corpus.label(a.id) for a in missing[:12])
                    + (" …" if len(missing) > 12 else ""),
                    one_line=False,
                )
            )
            t.append("\n")
        for role in actor.roles:
            t.append("Role: ", style="bold")
            t.append_text(plain(role.text, style="italic", one_line=False))
            outlets = [self._outlet(a) for a in role.articles]
            t.append_text(plain("  — " + ", ".join(outlets), style="dim", one_line=False))
            t.append("\n")
        # a name in thousands of articles: the first sentences, then the rest as a count
        occ = self.index.occurrences(actor_id, limit=DETAIL_SENTENCES * 4)
        lines = 0
        for n_source, (article_id, items) in enumerate(groupby(occ, key=lambda o: o.article)):
            if lines >= DETAIL_SENTENCES:
                rest = len(actor.articles) - n_source
                t.append(
                    f"\n… and {rest:,} more sources name it (filter the Sources pane, or open them in the reader)\n",
                    style="dim italic",
                )
                break
            t.append("\n")
            t.append_text(plain(f"▌ {self._outlet(article_id)}", style="bold reverse"))
            t.append("\n")
            seen = set()
            for o in items:
                if o.sentence_start in seen:
                    continue
                seen.add(o.sentence_start)
                line = Text("• ", end="")
                sent = plain(o.sentence, in_place=True)
                s, e = o.start - o.sentence_start, o.end - o.sentence_start
                if 0 <= s < e <= len(sent):
                    sent.stylize("bold underline", s, e)
                line.append_text(sent)
                t.append_text(line)
                t.append("\n")
                lines += 1
        view.set_text(t)

    def _names(self, actor_ids: list[str]) -> list[str]:
        """The names of these actors (an id the corpus does not hold is shown as it is)."""
        known = self.index.actors if self.index is not None else {}
        return [known[a].name if a in known else a for a in actor_ids]

    def _outlet(self, article_id: str) -> str:
        """The source's label (it carries the date where one outlet has several)."""
        return self.corpus.label(article_id)

    def selection(self):
        aid = self.selected_id()
        occ = self.index.occurrences(aid, limit=1) if (aid and self.has_corpus) else []
        return (occ[0].article, MENTION, occ[0].mention) if occ else None

    def narrowed(self) -> str | None:
        if self.kind is None:
            return None
        return f"No {KIND_NAMES[self.kind]} among the actors. {self.key('actors.kind')} shows another kind."

    def action_cycle_kind(self) -> None:
        self.kind = KINDS[(KINDS.index(self.kind) + 1) % len(KINDS)]
        self.refresh_rows()
