"""Watch-mode updates: the corpus as a fresh load of the folders gives it, from the caches,
without touching the corpus the app is still showing."""

from __future__ import annotations

import json
import shutil

import pytest

from tests.conftest import ROOT, SEEDS
from tui.config import load_config
from tui.corpus import load_corpus, update_corpus
from tui.load.cancel import LoadCancelled


def _json(corpus) -> str:
    return json.dumps(corpus.to_dict(), sort_keys=True, default=str)


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv("STORYLINE_CACHE_DIR", str(tmp_path / "cache"))
    d = tmp_path / "news"
    d.mkdir()
    for f in sorted(SEEDS.iterdir())[:3]:
        shutil.copy(f, d / f.name)
    return d


def _edit(folder):
    """A new file, a changed file (an undated text that now names a day), a removed file."""
    names = sorted(p.name for p in folder.iterdir())
    (folder / "new.txt").write_text(
        "Officials in Kabul said on Monday that talks would resume in Doha.\n"
    )
    changed = folder / names[0]
    changed.write_text(
        changed.read_text(encoding="utf-8") + "\n\nThe envoy said on Friday the talks had ended.\n",
        encoding="utf-8",
    )
    removed = folder / names[1]
    removed.unlink()
    return [str(folder / "new.txt"), str(changed)], [str(removed)]


@pytest.mark.parametrize("cache", [True, False])
def test_an_update_never_changes_the_corpus_on_screen(folder, cache):
    config = load_config(ROOT / "config.yaml")
    old = load_corpus([folder], config, jobs=1, cache=cache)
    shown = _json(old)
    changed, removed = _edit(folder)
    new, counts = update_corpus(old, changed, removed, config, paths=[folder], cache=cache)
    assert _json(old) == shown  # the articles the app shows were not touched by the merge
    assert counts == {"added": 1, "changed": 1, "removed": 1, "skipped": 0}
    assert sorted(a.id for a in new.articles) == sorted(p.stem for p in folder.iterdir())


def test_an_update_from_the_cache_is_a_fresh_load(folder):
    config = load_config(ROOT / "config.yaml")
    old = load_corpus([folder], config, jobs=1)
    changed, removed = _edit(folder)
    new, _ = update_corpus(old, changed, removed, config, paths=[folder])
    assert _json(new) == _json(load_corpus([folder], config, jobs=1, cache=False))


def test_an_update_with_nothing_changed_is_the_same_corpus(folder):
    config = load_config(ROOT / "config.yaml")
    old = load_corpus([folder], config, jobs=1)
    new, counts = update_corpus(old, [], [], config, paths=[folder])
    assert _json(new) == _json(old) and not any(counts.values())
    assert new.articles[0] is not old.articles[0]


def test_a_file_that_became_unreadable_counts_as_skipped(folder):
    config = load_config(ROOT / "config.yaml")
    old = load_corpus([folder], config, jobs=1)
    bad = sorted(folder.iterdir())[0]
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    new, counts = update_corpus(old, [str(bad)], [], config, paths=[folder])
    assert counts == {"added": 0, "changed": 0, "removed": 0, "skipped": 1}
    assert [s.path for s in new.skipped] == [str(bad)] and len(new.articles) == len(
        old.articles
    ) - 1


def test_a_newer_change_cancels_an_update(folder):
    config = load_config(ROOT / "config.yaml")
    old = load_corpus([folder], config, jobs=1)
    with pytest.raises(LoadCancelled):
        update_corpus(old, [], [], config, paths=[folder], cancel=lambda: True)
