"""All of it: every kind of discrepancy, filtered by the settings, the most serious first."""

from __future__ import annotations

import fnmatch
from collections import Counter

from tui.load.cancel import checkpoint
from tui.merge.discrepancies.attribution import attribution_discrepancies
from tui.merge.discrepancies.context import Context
from tui.merge.discrepancies.coverage import coverage_discrepancies
from tui.merge.discrepancies.dates import date_discrepancies
from tui.merge.discrepancies.figures import figure_discrepancies, figure_groups
from tui.model import Corpus, Discrepancy

DEFAULT_MIN_CONFIDENCE = 0.5

_STATUS_ORDER = {
    "conflict": 0,
    "updated": 1,
    "hedged": 2,
    "missing": 3,
    "only-one-source": 4,
    "agree": 5,
}
_KIND_ORDER = {"figure": 0, "attribution": 1, "date": 2, "coverage": 3}


def find_discrepancies(corpus: Corpus, config=None) -> list[Discrepancy]:
    """Every discrepancy at or above the configured confidence, not silenced, most serious first."""
    return finish_discrepancies(start_discrepancies(corpus, config), corpus)


class Started:
    """What :func:`start_discrepancies` worked out: every kind but attribution."""

    def __init__(self, config, ctx: Context, kinds: set[str], found: dict[str, list[Discrepancy]]):
        self.config, self.ctx, self.kinds, self.found = config, ctx, kinds, found


def start_discrepancies(corpus: Corpus, config=None) -> Started:
    """The discrepancies that do not read the quote groups (figures, dates, coverage): the
    merge works them out while its helper process is still grouping the quotes, then
    :func:`finish_discrepancies` adds attribution once the groups are in ``corpus``."""
    settings = getattr(config, "discrepancies", None)
    kinds = set(getattr(settings, "kinds", None) or ("figure", "attribution", "date", "coverage"))
    ctx = Context(corpus)
    found: dict[str, list[Discrepancy]] = {}
    groups = figure_groups(corpus, ctx) if ("figure" in kinds or "coverage" in kinds) else []
    checkpoint()
    if "figure" in kinds:
        found["figure"] = figure_discrepancies(groups, ctx)
    checkpoint()
    if "date" in kinds:
        found["date"] = date_discrepancies(corpus, ctx)
    checkpoint()
    if "coverage" in kinds:
        found["coverage"] = coverage_discrepancies(corpus, ctx, groups)
    return Started(config, ctx, kinds, found)


def finish_discrepancies(started: Started, corpus: Corpus) -> list[Discrepancy]:
    """:func:`find_discrepancies` from what :func:`start_discrepancies` found, with the
    quote groups now in ``corpus`` (in the order find_discrepancies always gave)."""
    checkpoint()
    settings = getattr(started.config, "discrepancies", None)
    min_conf = getattr(settings, "min_confidence", DEFAULT_MIN_CONFIDENCE)
    ignore = [
        p for p in (getattr(settings, "ignore", None) or []) if isinstance(p, str) and p.strip()
    ]
    found = started.found
    if "attribution" in started.kinds:
        found["attribution"] = attribution_discrepancies(corpus, started.ctx)
    out: list[Discrepancy] = []
    for kind in ("figure", "attribution", "date", "coverage"):
        out += found.get(kind, [])

    def silenced(d: Discrepancy) -> bool:
        for p in ignore:
            pl = p.strip().lower()
            if (
                d.id.lower() == pl
                or fnmatch.fnmatchcase(d.id.lower(), pl)
                or fnmatch.fnmatchcase(d.topic.lower(), pl)
            ):
                return True
        return False

    out = [d for d in out if d.confidence >= min_conf and not silenced(d)]
    # ids are unique (a repeat gets a suffix), order: most serious and surest first
    seen: Counter = Counter()
    for d in out:
        seen[d.id] += 1
        if seen[d.id] > 1:
            d.id = f"{d.id}~{seen[d.id]}"
    out.sort(
        key=lambda d: (
            _STATUS_ORDER.get(d.status, 9),
            _KIND_ORDER.get(d.kind, 9),
            -d.confidence,
            d.id,
        )
    )
    return out
