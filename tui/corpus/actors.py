"""Merging mentions into actors across the corpus (filled in by the actors issue)."""

from __future__ import annotations

from tui.model import Actor, Article


def merge_actors(articles: list[Article], config=None) -> list[Actor]:
    return []
