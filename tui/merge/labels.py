"""One short label per source, unique in the corpus: what column headers, the coverage
matrix, discrepancies, timeline rows, citations and reports call an article.

The label is the outlet's short name ("NYT", "UPI", "Al Jazeera"); where one outlet has
several articles, each gets its date ("NYT 06-08", "NYT 06-09"; the year too when they
span years), and a number where those still collide ("WaPo 06-09 (1)", "WaPo 06-09 (2)").
An article of an unknown outlet is called by its place in the corpus and its date
("#3 Mar 23"), never by a file name's hash. Labels depend only on the articles and their
order: the same corpus always gets the same ones.
"""

from __future__ import annotations

import datetime as _dt
from collections import defaultdict

from tui.model import Article, Corpus
from tui.read.outlets import OutletTable, table_for

#: Longest label made from an outlet's name the table does not know.
MAX_LABEL = 14


def label_sources(corpus: Corpus, config=None) -> None:
    """Give every article of ``corpus`` its label (after the merge has dated them all)."""
    corpus.labels = source_labels(corpus.articles, table_for(config))


def source_labels(articles: list[Article], table: OutletTable) -> dict[str, str]:
    """``{article id: label}`` for every article, in corpus order."""
    base: dict[str, str] = {}
    groups: dict[str, list[int]] = defaultdict(list)
    for i, a in enumerate(articles):
        short = outlet_short(a.outlet, table)
        if short is None:
            base[a.id] = unknown_label(i, a.published)
        else:
            base[a.id] = short
            groups[short].append(i)
    for short, members in groups.items():
        if len(members) > 1:
            _by_date(short, [articles[i] for i in members], base)
    return _unique(articles, base)


def outlet_short(outlet: str | None, table: OutletTable) -> str | None:
    """The short name of an outlet: the table's, else the name itself, without a leading
    "The" and cut at a word when long ("Kabul Evening…")."""
    if not outlet or not outlet.strip():
        return None
    short = table.short(outlet)
    if short:
        return short
    name = " ".join(outlet.split())
    if len(name) > MAX_LABEL and name[:4].lower() == "the ":
        name = name[4:]
    if len(name) <= MAX_LABEL:
        return name
    cut = name.rfind(" ", 0, MAX_LABEL)
    return name[: cut if cut >= MAX_LABEL // 2 else MAX_LABEL - 1].rstrip(" ,.-") + "…"


def unknown_label(index: int, published: _dt.date | None) -> str:
    """``#3 Mar 23``: the article's place in the corpus (from 1) and its date."""
    if published is None:
        return f"#{index + 1}"
    return f"#{index + 1} {published.strftime('%b')} {published.day}"


def _by_date(short: str, group: list[Article], out: dict[str, str]) -> None:
    """The labels of one outlet's articles: each with its date (month-day, or the full
    date when they span years), or its place in the group when undated."""
    years = {a.published.year for a in group if a.published}
    fmt = "%m-%d" if len(years) <= 1 else "%Y-%m-%d"
    for n, a in enumerate(group, 1):
        out[a.id] = f"{short} {a.published.strftime(fmt)}" if a.published else f"{short} ({n})"


def _unique(articles: list[Article], labels: dict[str, str]) -> dict[str, str]:
    """Labels that still collide get a number each, in corpus order: "(1)", "(2)"."""
    count: dict[str, int] = defaultdict(int)
    for a in articles:
        count[labels[a.id]] += 1
    seen: dict[str, int] = defaultdict(int)
    out: dict[str, str] = {}
    taken = set(labels.values())
    for a in articles:
        label = labels[a.id]
        if count[label] > 1:
            seen[label] += 1
            label = f"{label} ({seen[label]})"
            while label in taken:  # "(2)" written by an outlet's own name
                label += "'"
            taken.add(label)
        out[a.id] = label
    return out
