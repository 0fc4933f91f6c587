"""Quotations and their speakers (filled in by the quotes issue)."""

from __future__ import annotations

from tui.model import Mention, Quote


def find_quotes(text: str, mentions: list[Mention], config=None) -> list[Quote]:
    return []
