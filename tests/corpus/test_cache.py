"""The per-article cache: hits, misses, invalidation, and entries that must not be trusted."""

from __future__ import annotations

import json
import zlib
from pathlib import Path

import pytest

import tui.corpus as corpus_mod
from tests.conftest import seed
from tui.config import ActorRule, Config, SourceOverride
from tui.corpus import cache as cache_mod
from tui.corpus import load_corpus
from tui.corpus.cache import ArticleCache, KeyMaker


@pytest.fixture(autouse=True)
def cache_dir(tmp_path, monkeypatch):
    d = tmp_path / "cache"
    monkeypatch.setenv("STORYLINE_CACHE_DIR", str(d))
    return d


@pytest.fixture
def calls(monkeypatch):
    """Counts the files that really get extracted (a cache hit extracts nothing)."""
    seen: list[str] = []
    real = corpus_mod.process_file

    def counting(path, *a, **kw):
        seen.append(Path(path).name)
        return real(path, *a, **kw)

    monkeypatch.setattr(corpus_mod, "process_file", counting)
    return seen


@pytest.fixture
def folder(tmp_path):
    d = tmp_path / "articles"
    d.mkdir()
    (d / "a.txt").write_text(seed("000").read_text())
    (d / "b.txt").write_text(seed("001").read_text())
    return d


def entries(cache_dir: Path) -> list[Path]:
    return sorted((cache_dir / "articles").rglob("*.zjson"))


def test_second_load_is_served_from_the_cache_and_equal(folder, calls, cache_dir):
    first = load_corpus([folder], Config(), jobs=1)
    assert sorted(calls) == ["a.txt", "b.txt"] and len(entries(cache_dir)) == 2
    calls.clear()
    second = load_corpus([folder], Config(), jobs=1)
    assert calls == []
    assert second.to_dict() == first.to_dict()


def test_a_changed_file_is_extracted_again(folder, calls):
    load_corpus([folder], Config(), jobs=1)
    calls.clear()
    (folder / "b.txt").write_text("Officials in Kabul said on Monday that talks would resume.\n")
    c = load_corpus([folder], Config(), jobs=1)
    assert calls == ["b.txt"]
    assert "talks would resume" in c.article("b").body


def test_a_new_extractor_version_misses(folder, calls, monkeypatch):
    load_corpus([folder], Config(), jobs=1)
    calls.clear()
    monkeypatch.setattr(cache_mod, "EXTRACTOR_VERSION", cache_mod.EXTRACTOR_VERSION + 1)
    load_corpus([folder], Config(), jobs=1)
    assert sorted(calls) == ["a.txt", "b.txt"]


def test_changed_code_misses(folder, calls, monkeypatch):
    load_corpus([folder], Config(), jobs=1)
    calls.clear()
    monkeypatch.setattr(cache_mod, "_fingerprint", "another build of the extractors")
    load_corpus([folder], Config(), jobs=1)
    assert sorted(calls) == ["a.txt", "b.txt"]


@pytest.mark.parametrize(
    "change",
    [
        lambda c: setattr(c.extraction, "infer_dates", False),
        lambda c: setattr(c.extraction.limits, "max_body_chars", 1000),
        lambda c: setattr(c.extraction, "published", __import__("datetime").date(2020, 4, 1)),
        lambda c: c.actors.append(ActorRule(name="Kabul", ignore=True)),
    ],
    ids=["infer_dates", "limits", "published", "actor rule"],
)
def test_settings_that_shape_extraction_are_part_of_the_key(folder, calls, change):
    load_corpus([folder], Config(), jobs=1)
    calls.clear()
    cfg = Config()
    change(cfg)
    load_corpus([folder], cfg, jobs=1)
    assert sorted(calls) == ["a.txt", "b.txt"]


def test_settings_that_only_change_the_screen_are_not(folder, calls):
    load_corpus([folder], Config(), jobs=1)
    calls.clear()
    cfg = Config()
    cfg.theme = "textual-ansi"
    cfg.layout.mode = "grid"
    load_corpus([folder], cfg, jobs=1)
    assert calls == []


def test_an_override_misses_only_for_its_file(folder, calls):
    load_corpus([folder], Config(), jobs=1)
    calls.clear()
    cfg = Config()
    cfg.sources.overrides["b.txt"] = SourceOverride(outlet="UPI")
    c = load_corpus([folder], cfg, jobs=1)
    assert calls == ["b.txt"] and c.article("b").outlet == "UPI"


def test_the_cli_date_is_part_of_the_key(tmp_path, calls):
    f = tmp_path / "note.txt"
    f.write_text("Officials met in Kabul on Sunday.\n")
    import datetime as dt

    a = load_corpus([f], Config(), published=dt.date(2020, 4, 1), jobs=1).articles[0]
    b = load_corpus([f], Config(), published=dt.date(2021, 5, 2), jobs=1).articles[0]
    assert len(calls) == 2 and (a.published, b.published) == (dt.date(2020, 4, 1), dt.date(2021, 5, 2))


def test_same_content_in_another_folder_takes_that_path(folder, tmp_path, calls):
    load_corpus([folder], Config(), jobs=1)
    calls.clear()
    other = tmp_path / "copy"
    other.mkdir()
    (other / "a.txt").write_bytes((folder / "a.txt").read_bytes())
    art = load_corpus([other], Config(), jobs=1).articles[0]
    assert calls == [] and art.path == str(other / "a.txt") and art.id == "a"


def test_no_cache_neither_reads_nor_writes(folder, calls, cache_dir):
    load_corpus([folder], Config(), jobs=1, cache=False)
    assert entries(cache_dir) == [] and len(calls) == 2
    load_corpus([folder], Config(), jobs=1)
    calls.clear()
    load_corpus([folder], Config(), jobs=1, cache=False)
    assert len(calls) == 2


def test_the_environment_can_turn_the_cache_off(folder, calls, cache_dir, monkeypatch):
    monkeypatch.setenv("STORYLINE_CACHE", "off")
    load_corpus([folder], Config(), jobs=1)
    assert entries(cache_dir) == []


def _rewrite(entry: Path, edit) -> None:
    d = json.loads(zlib.decompress(entry.read_bytes()))
    edit(d)
    entry.write_bytes(zlib.compress(json.dumps(d).encode()))


def _out_of_range(d):
    d["article"]["mentions"][0]["end"] = len(d["article"]["body"]) + 5


def _wrong_text(d):
    m = d["article"]["mentions"][0]
    m["text"] = "X" * (m["end"] - m["start"])


def _wrong_key(d):
    d["key"] = "0" * 64


def _bad_type(d):
    d["article"]["quotes"] = "none"


@pytest.mark.parametrize(
    "damage",
    [
        lambda e: e.write_bytes(e.read_bytes()[: len(e.read_bytes()) // 2]),  # truncated
        lambda e: e.write_bytes(zlib.compress(b'{"entry": 1, "key": ')),  # bad JSON
        lambda e: e.write_bytes(b"not compressed at all"),
        lambda e: e.write_bytes(b""),
        lambda e: _rewrite(e, _out_of_range),
        lambda e: _rewrite(e, _wrong_text),
        lambda e: _rewrite(e, _wrong_key),
        lambda e: _rewrite(e, _bad_type),
    ],
    ids=["truncated", "bad json", "not zlib", "empty", "offset out of range", "span text", "other key", "bad type"],
)
def test_a_damaged_entry_is_ignored_and_rebuilt(folder, calls, cache_dir, damage):
    (folder / "b.txt").unlink()
    good = load_corpus([folder], Config(), jobs=1).to_dict()
    (entry,) = entries(cache_dir)
    damage(entry)
    calls.clear()
    again = load_corpus([folder], Config(), jobs=1)
    assert calls == ["a.txt"]
    assert again.to_dict() == good
    # and the entry was written afresh: the next load is a hit
    calls.clear()
    load_corpus([folder], Config(), jobs=1)
    assert calls == []


def test_a_failed_analysis_is_not_cached(folder, calls, cache_dir, monkeypatch):
    def broken(article, config):
        raise RuntimeError("boom")

    monkeypatch.setattr(corpus_mod, "analyze_article", broken)
    c = load_corpus([folder], Config(), jobs=1)
    assert all("analysis failed" in a.warnings[-1] for a in c.articles)
    assert entries(cache_dir) == []


def test_skipped_files_stay_skipped_with_the_cache(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "ok.txt").write_text("The Taliban said on Sunday that talks would resume.\n")
    for _ in range(2):
        c = load_corpus([tmp_path], Config(), jobs=1)
        assert [a.id for a in c.articles] == ["ok"]
        assert [Path(s.path).name for s in c.skipped] == ["empty.txt"] and "empty" in c.skipped[0].reason


def test_info_and_clear_touch_only_entries(folder, cache_dir):
    load_corpus([folder], Config(), jobs=1)
    store = ArticleCache()
    info = store.info()
    assert info["entries"] == 2 and info["bytes"] > 0 and info["path"] == str(cache_dir / "articles")
    keep = cache_dir / "articles" / "notes.txt"
    keep.write_text("mine")
    r = store.clear()
    assert r["entries"] == 2 and entries(cache_dir) == [] and keep.exists()
    assert store.info()["entries"] == 0


def test_an_unwritable_cache_only_costs_speed(folder, tmp_path, monkeypatch):
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where the cache folder should be")
    monkeypatch.setenv("STORYLINE_CACHE_DIR", str(blocker))
    c = load_corpus([folder], Config(), jobs=1)
    assert len(c.articles) == 2 and not c.skipped


def test_the_key_covers_name_bytes_and_settings():
    k = KeyMaker(Config())
    assert k.key("a.txt", b"x") == k.key("/elsewhere/a.txt", b"x")
    assert len({k.key("a.txt", b"x"), k.key("a.md", b"x"), k.key("a.txt", b"y")}) == 3


def test_entries_are_written_in_pieces_and_read_back_whole(tmp_path):
    from tui.corpus.cache import write_entry

    big = [{"n": i, "text": "ä“x”" * (i % 7)} for i in range(30_000)]  # several MB of JSON
    record = {"format": 1, "key": "k", "empty": [], "items": list(big), "gen": (x for x in big[:5]), "nested": {"a": [1]}}
    assert write_entry(tmp_path / "e.zjson", record)
    back = json.loads(zlib.decompress((tmp_path / "e.zjson").read_bytes()))
    assert back == {"format": 1, "key": "k", "empty": [], "items": big, "gen": big[:5], "nested": {"a": [1]}}
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".tmp-")]
