"""Quote grouping in a worker process beside the timeline (big corpora): the same merged
corpus as one process gives, whether the process runs, cannot start, or dies."""

from __future__ import annotations

import copy
import json

import pytest

import tui.merge.beside as beside_mod
from tests.conftest import ROOT, SEEDS
from tui.config import load_config
from tui.load.articles import iter_articles
from tui.merge import merge
from tui.model import Corpus, Skipped


@pytest.fixture(scope="module")
def unmerged() -> Corpus:
    c = Corpus()
    for item in iter_articles([SEEDS], load_config(ROOT / "config.yaml"), jobs=1, cache=False):
        (c.skipped if isinstance(item, Skipped) else c.articles).append(item)
    # one more undated article, so that the timeline dates it from the others after the
    # snapshot for grouping was taken
    extra = copy.deepcopy(next(a for a in c.articles if a.quotes))
    extra.id, extra.published, extra.published_from = extra.id + "-copy", None, None
    c.articles.append(extra)
    return c


def merged(c: Corpus, monkeypatch, beside: bool) -> str:
    c = copy.deepcopy(c)
    monkeypatch.setattr(beside_mod, "GROUP_BESIDE_FROM", 0 if beside else 10**9)
    monkeypatch.setenv("STORYLINE_JOBS", "2")
    merge(c, load_config(ROOT / "config.yaml"))
    return json.dumps(c.to_dict(), sort_keys=True, default=str)


def test_grouping_beside_gives_the_merge_one_process_gives(unmerged, monkeypatch):
    import tui.merge.quotes as quotes_mod

    serial = merged(unmerged, monkeypatch, beside=False)
    assert '"quote_groups": [{' in serial  # the seeds do have groups to compare
    calls = []
    real = quotes_mod.group_credited
    monkeypatch.setattr(quotes_mod, "group_credited", lambda *a: calls.append(1) or real(*a))
    assert merged(unmerged, monkeypatch, beside=True) == serial
    assert calls == []  # grouped in the worker process (a fresh interpreter), not here


def test_no_process_means_grouping_here_with_the_same_result(unmerged, monkeypatch):
    serial = merged(unmerged, monkeypatch, beside=False)

    class NoProcesses:
        def __init__(self, *a, **k):
            raise OSError("no processes here")

    monkeypatch.setattr("concurrent.futures.ProcessPoolExecutor", NoProcesses)
    assert merged(unmerged, monkeypatch, beside=True) == serial


def test_a_failed_worker_means_grouping_the_snapshot_here(unmerged, monkeypatch):
    serial = merged(unmerged, monkeypatch, beside=False)

    class Broken:
        def result(self):
            raise RuntimeError("the worker died")

    class Pool:
        def __init__(self, *a, **k):
            pass

        def submit(self, *a):
            return Broken()

        def shutdown(self, **k):
            pass

    monkeypatch.setattr("concurrent.futures.ProcessPoolExecutor", Pool)
    assert merged(unmerged, monkeypatch, beside=True) == serial


def test_small_corpora_and_one_cpu_group_in_one_process(unmerged, monkeypatch):
    assert (
        beside_mod.group_quotes_beside(unmerged.articles[:3], []) is None
    )  # below GROUP_BESIDE_FROM
    monkeypatch.setattr(beside_mod, "GROUP_BESIDE_FROM", 0)
    monkeypatch.setenv("STORYLINE_JOBS", "1")
    assert beside_mod.group_quotes_beside(unmerged.articles, []) is None
    monkeypatch.setenv("STORYLINE_JOBS", "4")
    assert beside_mod.group_quotes_beside(unmerged.articles, [], jobs=1) is None
