"""Stopping a long load from outside: the caller's ``cancel()`` is asked at checkpoints.

Extraction asks between files (:func:`tui.load.articles.iter_articles`); the corpus merge runs
inside :func:`cancellable`, and its passes call :func:`checkpoint` in their outer loops,
so that quitting the app during the merge of a big corpus stops it within a fraction
of a second instead of waiting for it to finish. Outside :func:`cancellable` (tests,
``storyline extract``, the merge's helper process) a checkpoint costs one lookup and
does nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

__all__ = ["LoadCancelled", "cancellable", "checkpoint"]


class LoadCancelled(Exception):
    """The caller's ``cancel()`` said stop."""


# per thread (each thread has its own context): the merge runs in the app's load thread
_CANCEL: ContextVar[Callable[[], bool] | None] = ContextVar("storyline_cancel", default=None)


@contextmanager
def cancellable(cancel: Callable[[], bool] | None) -> Iterator[None]:
    """Within this block, :func:`checkpoint` raises :class:`LoadCancelled` once
    ``cancel()`` says True (``cancel=None``: never)."""
    token = _CANCEL.set(cancel)
    try:
        yield
    finally:
        _CANCEL.reset(token)


def checkpoint() -> None:
    """Raise :class:`LoadCancelled` when the enclosing :func:`cancellable` says stop."""
    cancel = _CANCEL.get()
    if cancel is not None and cancel():
        raise LoadCancelled()
