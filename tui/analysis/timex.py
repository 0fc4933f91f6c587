"""Time expressions, TIMEX3 style (filled in by the timeline issue)."""

from __future__ import annotations

import datetime as _dt

from tui.model import Timex


def tag_timexes(text: str, published: _dt.date | None = None) -> list[Timex]:
    return []


def infer_published(text: str, hints: dict | None = None) -> _dt.date | None:
    """Guess an undated article's date from the dates it mentions."""
    return None
