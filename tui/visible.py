"""Untrusted text made inert: every character a terminal, a viewer or a file could act on.

Article text, titles, file names and metadata are hostile: a control character in them
could move the cursor, recolour or clear a terminal, a bidi control could reorder what a
reader sees ("gnp.exe" for "exe.png"), a line separator break a script. Two rules, one per
purpose:

- :func:`visible`: for text as it is kept, shown or written (the reader stores every
  article's text through it; reports, the command line's messages and the app's labels
  pass what they print through it again, so a file name or a title reads the same on
  screen, in a report and on stderr). C0 controls other than newline and tab become
  Control Pictures (ESC -> ``␛``), DEL ``␡``, C1 and bidi controls a marker such as
  ``⟨U+202E⟩``, the line and paragraph separators ``␤`` and ``¶``, the byte order mark
  ``⟨U+FEFF⟩`` and lone surrogates (a file name that was not UTF-8) ``�``.
- :func:`visible_in_place`: one character for one, for text drawn with highlights at
  offsets into it (an article's body, a quote, a sentence): the same characters as
  :func:`visible`, each replaced by a single symbol, so every offset stays valid.

Both are idempotent and never raise on a str. Nothing here imports anything but ``re``.
"""

from __future__ import annotations

import re

#: bidirectional controls: marks, embeddings, overrides and isolates
_BIDI = (0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A))

_MARKERS: dict[int, str] = {c: chr(0x2400 + c) for c in range(0x20) if c not in (0x09, 0x0A)}
_MARKERS[0x7F] = "\u2421"  # ␡
_MARKERS.update({c: f"\u27e8U+{c:04X}\u27e9" for c in (*range(0x80, 0xA0), *_BIDI)})
_MARKERS.update({0x2028: "\u2424", 0x2029: "\u00b6", 0xFEFF: "\u27e8U+FEFF\u27e9"})
_SURROGATE = re.compile("[\ud800-\udfff]")
_UNSAFE = re.compile("[" + "".join(re.escape(chr(c)) for c in _MARKERS) + "\ud800-\udfff]")


def visible(s: str | None) -> str:
    """``s`` with every character a terminal, a viewer or a file could act on made visible
    (see the module's first rule); "" for None."""
    if not s:
        return ""
    if not _UNSAFE.search(s):
        return s
    return _SURROGATE.sub("\ufffd", s.translate(_MARKERS))


def count_invisible(s: str) -> int:
    """How many characters :func:`visible` replaces in ``s``."""
    return sum(1 for _ in _UNSAFE.finditer(s))


def _in_place(ch: str) -> str:
    o = ord(ch)
    if o < 0x20:
        return chr(0x2400 + o)  # Control Pictures: ESC -> ␛
    if o == 0x7F:
        return "\u2421"  # ␡
    if 0x80 <= o <= 0x9F or 0xD800 <= o <= 0xDFFF:
        return "\ufffd"
    return "\u2983" if o in (0x202E, 0x2067) else "\u00b7"  # an override or isolate: ⦃


def visible_in_place(s: str | None, *, keep_newlines: bool = True) -> str:
    """``s`` with the characters :func:`visible` replaces each made one visible symbol, so
    that offsets into ``s`` still point at the same characters; without ``keep_newlines``,
    newlines and tabs become spaces (one line)."""
    if not s:
        return ""
    out = _UNSAFE.sub(lambda m: _in_place(m.group(0)), s) if _UNSAFE.search(s) else s
    if not keep_newlines:
        out = out.replace("\n", " ").replace("\t", " ")
    return out
