"""Reading article files into :class:`tui.model.Article` (no Textual here).

``read_article(path, config=None)`` decides the format, decodes the bytes, extracts the
article and its metadata. A file that cannot be read at all raises :class:`Unreadable`
with a human reason; ``tui.load_corpus`` turns that into a ``skipped`` entry.
"""

from __future__ import annotations

from pathlib import Path

from tui.model import Article


class Unreadable(Exception):
    """The file cannot be read as an article; ``str(e)`` is the reason for a person."""


def read_article(path, config=None) -> Article:
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as e:
        raise Unreadable(f"cannot be read: {e.strerror or e}") from None
    if not data.strip():
        raise Unreadable("is empty")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise Unreadable("is not text") from None
    return Article(id=p.stem, path=str(p), format="text", body=text.strip())
