"""Cancelling the corpus merge: quitting during the merge of a big corpus stops it at the
next checkpoint (not when it is done), stops its helper process, and stores nothing."""

from __future__ import annotations

import copy
import threading

import pytest

import tui.merge.beside as beside_mod
import tui.merge.passes as passes_mod
from tests.conftest import ROOT, SEEDS
from tui.config import load_config
from tui.corpus import load_corpus
from tui.load.articles import iter_articles
from tui.load.cancel import LoadCancelled, cancellable, checkpoint
from tui.merge import merge
from tui.model import Corpus, Skipped


@pytest.fixture(scope="module")
def unmerged() -> Corpus:
    c = Corpus()
    for item in iter_articles([SEEDS], load_config(ROOT / "config.yaml"), jobs=1, cache=False):
        (c.skipped if isinstance(item, Skipped) else c.articles).append(item)
    return c


def test_checkpoint_outside_a_cancellable_block_does_nothing():
    checkpoint()
    with cancellable(None):
        checkpoint()
    with cancellable(lambda: True), pytest.raises(LoadCancelled):
        checkpoint()
    checkpoint()  # the block's cancel is gone with it


def test_cancellable_is_per_thread():
    seen = []
    with cancellable(lambda: True):
        t = threading.Thread(target=lambda: (checkpoint(), seen.append("not cancelled")))
        t.start()
        t.join()
    assert seen == ["not cancelled"]


@pytest.mark.parametrize("after", [1, 3, 6, 10])
def test_merge_stops_at_the_first_checkpoint_after_cancel(unmerged, after):
    asked = []

    def cancel() -> bool:
        asked.append(1)
        return len(asked) >= after

    c = copy.deepcopy(unmerged)
    with pytest.raises(LoadCancelled):
        merge(c, load_config(ROOT / "config.yaml"), cancel=cancel)
    assert len(asked) == after  # asked until it said stop, and not after
    assert c.discrepancies == []  # the last pass never ran


def test_merge_without_cancel_asks_nothing_and_finishes(unmerged):
    c = copy.deepcopy(unmerged)
    merge(c, load_config(ROOT / "config.yaml"), cancel=lambda: False)
    assert c.actors and c.timeline


def test_cancel_during_the_timeline_stops_the_quote_helper(unmerged, monkeypatch):
    monkeypatch.setattr(beside_mod, "GROUP_BESIDE_FROM", 0)
    monkeypatch.setenv("STORYLINE_JOBS", "2")
    stop = threading.Event()
    helpers = []
    real_beside = passes_mod.group_quotes_beside

    def beside(*a):
        b = real_beside(*a)
        helpers.extend(getattr(b.pool, "_processes", {}).values())
        return b

    def timeline(*a, **k):
        stop.set()
        checkpoint()
        raise AssertionError("not cancelled")

    monkeypatch.setattr(passes_mod, "group_quotes_beside", beside)
    monkeypatch.setattr(passes_mod, "build_timeline", timeline)
    with pytest.raises(LoadCancelled):
        merge(copy.deepcopy(unmerged), load_config(ROOT / "config.yaml"), cancel=stop.is_set)
    for p in helpers:  # the helper was ended, not left running its grouping
        p.join(timeout=10)
        assert not p.is_alive()


def test_a_cancelled_load_stores_no_merge(tmp_path, monkeypatch):
    from tui.load.merge_cache import MergeCache

    monkeypatch.setenv("STORYLINE_CACHE_DIR", str(tmp_path / "cache"))
    stored = []
    monkeypatch.setattr(MergeCache, "put", lambda self, *a: stored.append(a))
    merging = threading.Event()
    real = passes_mod.merge_actors

    def merge_actors(*a, **k):
        merging.set()  # extraction is over: the cancel below is a cancel of the merge
        return real(*a, **k)

    monkeypatch.setattr(passes_mod, "merge_actors", merge_actors)
    with pytest.raises(LoadCancelled):
        load_corpus([SEEDS], load_config(ROOT / "config.yaml"), jobs=1, cancel=merging.is_set)
    assert merging.is_set() and stored == []
    load_corpus([SEEDS], load_config(ROOT / "config.yaml"), jobs=1, cancel=lambda: False)
    assert len(stored) == 1  # the same load, not cancelled, is stored


def test_cancel_while_waiting_for_the_quote_helper_stops_it(unmerged, monkeypatch):
    from concurrent.futures import TimeoutError as Pending

    stopped = []

    class Slow:  # a helper still grouping: its result never comes
        def result(self, timeout=None):
            raise Pending()

    class Pool:
        _processes: dict = {}

        def __init__(self, *a, **k):
            pass

        def submit(self, *a):
            return Slow()

        def shutdown(self, **k):
            stopped.append(k)

    monkeypatch.setattr(beside_mod, "GROUP_BESIDE_FROM", 0)
    monkeypatch.setenv("STORYLINE_JOBS", "2")
    monkeypatch.setattr("concurrent.futures.ProcessPoolExecutor", Pool)
    waiting = threading.Event()
    real = beside_mod.Beside.result

    def result(self):
        waiting.set()  # everything before the wait is done: the cancel comes during it
        return real(self)

    monkeypatch.setattr(beside_mod.Beside, "result", result)
    grouped_here = []
    monkeypatch.setattr(beside_mod, "_group_snapshot", lambda *a: grouped_here.append(1))
    with pytest.raises(LoadCancelled):
        merge(copy.deepcopy(unmerged), load_config(ROOT / "config.yaml"), cancel=waiting.is_set)
    assert stopped  # the helper was let go, not waited for
    assert grouped_here == []  # nor were the quotes grouped here instead
