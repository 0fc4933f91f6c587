"""A candidate time expression as the rules find it, before the longest ones are chosen."""

from __future__ import annotations

from typing import NamedTuple


class Cand(NamedTuple):
    """``start``/``end`` index the text; ``prio`` breaks ties between equally long candidates
    (lower wins); ``position`` is the calendar value a length counted from a known day
    reaches ("a month earlier": value ``P1M``), or a placeholder until that day is known."""

    start: int
    end: int
    type: str
    value: str
    mod: str | None
    prio: int
    position: str | None = None
