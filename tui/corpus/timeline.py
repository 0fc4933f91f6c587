"""The corpus timeline (filled in by the timeline issue)."""

from __future__ import annotations

from tui.model import Article, TimelineEntry


def build_timeline(articles: list[Article], config=None) -> list[TimelineEntry]:
    return []
