"""Loading pauses Python's cycle collector and hands the collector back as it found it."""

from __future__ import annotations

import gc
import threading

from tui.corpus import load_corpus
from tui.load.gc_pause import gc_paused


def test_paused_inside_and_back_after_nested_and_threaded_uses():
    assert gc.isenabled()
    seen = []
    with gc_paused():
        seen.append(gc.isenabled())
        with gc_paused():
            seen.append(gc.isenabled())
        seen.append(gc.isenabled())  # the inner block ending does not turn it back on
        done = threading.Event()

        def other():
            with gc_paused():
                seen.append(gc.isenabled())
            done.set()

        t = threading.Thread(target=other)
        t.start()
        t.join()
        assert done.is_set()
        seen.append(gc.isenabled())  # the other thread's block ended while this one runs
    assert seen == [False, False, False, False, False]
    assert gc.isenabled()


def test_a_collector_that_was_off_stays_off():
    gc.disable()
    try:
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_an_error_inside_still_turns_it_back_on():
    try:
        with gc_paused():
            raise KeyError("x")
    except KeyError:
        pass
    assert gc.isenabled()


def test_load_corpus_leaves_the_collector_on(tmp_path):
    (tmp_path / "a.txt").write_text("The Taliban said on Sunday that talks would resume.\n")
    assert len(load_corpus([tmp_path], jobs=1, cache=False).articles) == 1
    assert gc.isenabled()
