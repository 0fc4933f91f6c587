"""Article text is hostile: everything the app shows of it goes through here.

``visible(s)`` replaces every character a terminal could act on with a visible,
inert symbol of the same length (one character for one), so offsets into the text
stay valid. ``plain(s)`` wraps the result in a Rich ``Text`` so it is never parsed
as markup (``[bold]``, ``[@click=...]``, ``[link=...]`` stay literal).
"""

from __future__ import annotations

import re

from rich.text import Text

# C0 controls other than newline and tab, DEL, C1 controls, and the bidi/formatting
# controls that can reorder or hide text (LRE/RLE/PDF/LRO/RLO, LRI/RLI/FSI/PDI, LRM/RLM/ALM),
# line/paragraph separators, and the BOM/zero-width no-break space.
_UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]"
)


def _symbol(ch: str) -> str:
    o = ord(ch)
    if o < 0x20:
        return chr(0x2400 + o)  # Control Pictures: ESC -> ␛
    if o == 0x7F:
        return "\u2421"  # ␡
    return "\ufffd" if 0x80 <= o <= 0x9F else "\u2983" if o in (0x202E, 0x2067) else "\u00b7"


def visible(s: str | None, *, keep_newlines: bool = True) -> str:
    """The same text with every control character made visible (one char for one)."""
    if not s:
        return ""
    out = _UNSAFE.sub(lambda m: _symbol(m.group(0)), s)
    if not keep_newlines:
        out = out.replace("\n", " ").replace("\t", " ")
    return out


def plain(
    s: str | None, style: str = "", *, one_line: bool = True, limit: int | None = None
) -> Text:
    """A Rich ``Text`` of untrusted text: never markup, never a control character."""
    t = visible(s, keep_newlines=not one_line)
    if limit is not None and len(t) > limit:
        t = t[: max(0, limit - 1)] + "…"
    return Text(t, style=style, no_wrap=one_line, end="")


def short_path(path: str) -> str:
    """A path as the user would type it: relative to the working folder when inside it."""
    import os

    try:
        rel = os.path.relpath(path)
    except ValueError:  # another drive
        return path
    return path if rel.startswith("..") else rel
