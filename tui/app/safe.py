"""Article text is hostile: everything the app shows of it goes through here.

Labels (titles, names, paths, topics) are made visible as everywhere else
(:func:`tui.visible.visible`), so a file name reads the same on screen, in a report and
on stderr. Text drawn with highlights at offsets into it (a body, a quote, a sentence)
is made visible one character for one (:func:`tui.visible.visible_in_place`), so the
offsets stay valid. ``plain(s)`` wraps the result in a Rich ``Text`` so it is never
parsed as markup (``[bold]``, ``[@click=...]``, ``[link=...]`` stay literal).
"""

from __future__ import annotations

import os

from rich.text import Text

from tui.visible import visible, visible_in_place

__all__ = ["label", "plain", "short_path", "visible", "visible_in_place"]


def label(s: str | None, *, one_line: bool = True) -> str:
    """Untrusted text for a label: made visible, on one line unless ``one_line`` is False."""
    t = visible(s)
    return t.replace("\n", " ").replace("\t", " ") if one_line else t


def plain(
    s: str | None,
    style: str = "",
    *,
    one_line: bool = True,
    limit: int | None = None,
    in_place: bool = False,
) -> Text:
    """A Rich ``Text`` of untrusted text: never markup, never a control character.

    ``in_place`` for text that is then highlighted at offsets into ``s``: each unsafe
    character becomes one symbol (and ``one_line`` turns line ends into spaces), so the
    offsets still fit."""
    t = visible_in_place(s, keep_newlines=not one_line) if in_place else label(s, one_line=one_line)
    if limit is not None and len(t) > limit:
        t = t[: max(0, limit - 1)] + "…"
    # one line cut to its room ends in … (a list's column narrower than its text)
    return Text(t, style=style, no_wrap=one_line, overflow="ellipsis" if one_line else None, end="")


def short_path(path: str) -> str:
    """A path as the user would type it: relative to the working folder when inside it."""
    try:
        rel = os.path.relpath(path)
    except ValueError:  # another drive
        return path
    return path if rel.startswith("..") else rel
