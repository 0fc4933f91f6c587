"""Loading without the cycle collector: :func:`gc_paused`."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_gc_lock = threading.Lock()
_gc_depth = 0
_gc_was_enabled = False


@contextmanager
def gc_paused() -> Iterator[None]:
    """Run the block with Python's cycle collector off (reference counting still frees
    almost everything), then turn it back on as it was.

    Loading builds millions of small objects that all live on (spans, dicts, lists); the
    collector runs every few hundred allocations and each full pass walks every object
    made so far, so with it on a big load spends much of its time collecting
    (docs/performance.md). Nested and concurrent uses are counted: the
    collector comes back when the last one ends.

    When it does, everything alive is first moved out of its sight (``gc.freeze()``): the
    loaded corpus lives as long as the app, and a collector that walked its millions of
    objects would pause the interface for a fraction of a second every so often (and
    once right away, over everything made during the pause). The model holds no
    reference cycles, so freed corpus objects still go by reference counting.
    """
    global _gc_depth, _gc_was_enabled
    with _gc_lock:
        if _gc_depth == 0:
            _gc_was_enabled = gc.isenabled()
            gc.disable()
        _gc_depth += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_depth -= 1
            if _gc_depth == 0 and _gc_was_enabled:
                gc.freeze()
                gc.enable()
