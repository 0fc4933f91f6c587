"""Storyline: read a folder of news articles about one story and see who reported what.

The public API is imported lazily so that ``import tui`` stays fast and never pulls in
Textual (the app lives in ``tui.app`` and is only imported when launched)::

    tui.read_article(path, config=None) -> Article
    tui.analyze(text, published=None, config=None) -> Analysis
    tui.load_corpus(paths, config=None) -> Corpus
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = ["read_article", "analyze", "load_corpus", "load_config", "__version__"]

_LAZY = {
    "read_article": ("tui.read", "read_article"),
    "analyze": ("tui.analysis", "analyze"),
    "load_corpus": ("tui.corpus", "load_corpus"),
    "load_config": ("tui.config", "load_config"),
}

if TYPE_CHECKING:  # pragma: no cover
    from tui.analysis import analyze
    from tui.config import load_config
    from tui.corpus import load_corpus
    from tui.read import read_article


def __getattr__(name: str) -> Any:
    try:
        module_name, attr = _LAZY[name]
    except KeyError:
        raise AttributeError(f"module 'tui' has no attribute {name!r}") from None
    import importlib

    value = getattr(importlib.import_module(module_name), attr)
    globals()[name] = value
    return value
