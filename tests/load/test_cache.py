"""The per-article cache: hits, misses, invalidation, and entries that must not be trusted."""

from __future__ import annotations

import json
import os
import zlib
from pathlib import Path

import msgspec
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import tui.load.articles as articles_mod
import tui.load.extract as extract_mod
from tests.conftest import seed
from tui.config import ActorRule, Config, SourceOverride
from tui.corpus import load_corpus
from tui.load import cache as cache_mod
from tui.load.cache import ArticleCache, KeyMaker


@pytest.fixture(autouse=True)
def cache_dir(tmp_path, monkeypatch):
    d = tmp_path / "cache"
    monkeypatch.setenv("STORYLINE_CACHE_DIR", str(d))
    return d


def _count_calls(monkeypatch, modules, name: str) -> list[str]:
    """Replace ``name(path, ...)`` in each of ``modules`` (where it is called from) by a
    wrapper that lists the file names it is called with, in one list."""
    seen: list[str] = []
    for module in modules:
        real = getattr(module, name)

        def counting(path, *a, real=real, **kw):
            seen.append(Path(path).name)
            return real(path, *a, **kw)

        monkeypatch.setattr(module, name, counting)
    return seen


@pytest.fixture
def calls(monkeypatch):
    """Counts the files that really get extracted (a cache hit extracts nothing)."""
    return _count_calls(monkeypatch, [extract_mod], "process_file")


@pytest.fixture
def folder(tmp_path):
    d = tmp_path / "articles"
    d.mkdir()
    (d / "a.txt").write_text(seed("000").read_text())
    (d / "b.txt").write_text(seed("001").read_text())
    return d


def entries(cache_dir: Path) -> list[Path]:
    return sorted((cache_dir / "articles").rglob("*" + cache_mod.SUFFIX))


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
    assert len(calls) == 2 and (a.published, b.published) == (
        dt.date(2020, 4, 1),
        dt.date(2021, 5, 2),
    )


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
    d = msgspec.msgpack.decode(entry.read_bytes())
    edit(d)
    entry.write_bytes(msgspec.msgpack.encode(d))


def _out_of_range(d):
    d["article"]["mentions"][0]["end"] = len(d["article"]["body"]) + 5


def _wrong_text(d):
    m = d["article"]["mentions"][0]
    m["text"] = "X" * (m["end"] - m["start"])


def _wrong_key(d):
    d["key"] = "0" * 64


def _bad_type(d):
    d["article"]["quotes"] = "none"


def _bool_offset(d):
    d["article"]["mentions"][0]["start"] = True


def _negative_offset(d):
    d["article"]["timexes"][0]["start"] = -1


def _half_speaker(d):
    d["article"]["quotes"][0]["speaker_end"] = None
    d["article"]["quotes"][0]["speaker_start"] = 0


def _bad_format(d):
    d["article"]["format"] = "pdf"


def _old_layout(d):
    d["entry"] = cache_mod.ENTRY_FORMAT - 1


@pytest.mark.parametrize(
    "damage",
    [
        lambda e: e.write_bytes(e.read_bytes()[: len(e.read_bytes()) // 2]),  # truncated
        lambda e: e.write_bytes(b"\x83\xa5entry\x02\xa3key"),  # a map cut short
        lambda e: e.write_bytes(b"not an entry at all"),
        lambda e: e.write_bytes(
            zlib.compress(json.dumps({"entry": 1}).encode())
        ),  # an older layout's bytes
        lambda e: e.write_bytes(b""),
        lambda e: _rewrite(e, _out_of_range),
        lambda e: _rewrite(e, _wrong_text),
        lambda e: _rewrite(e, _wrong_key),
        lambda e: _rewrite(e, _bad_type),
        lambda e: _rewrite(e, _bool_offset),
        lambda e: _rewrite(e, _negative_offset),
        lambda e: _rewrite(e, _half_speaker),
        lambda e: _rewrite(e, _bad_format),
        lambda e: _rewrite(e, _old_layout),
    ],
    ids=[
        "truncated",
        "cut map",
        "garbage",
        "zlib json",
        "empty",
        "offset out of range",
        "span text",
        "other key",
        "bad type",
        "boolean offset",
        "negative offset",
        "half a speaker span",
        "unknown format",
        "older layout",
    ],
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


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_an_entry_that_is_a_pipe_is_a_miss_without_blocking(folder, calls, cache_dir):
    # (opened blocking, a pipe with no writer would hang the load)
    (folder / "b.txt").unlink()
    good = load_corpus([folder], Config(), jobs=1).to_dict()
    (entry,) = entries(cache_dir)
    entry.unlink()
    os.mkfifo(entry)
    calls.clear()
    assert load_corpus([folder], Config(), jobs=1).to_dict() == good
    assert calls == ["a.txt"]


def test_entries_are_read_whole_and_refused_over_the_limit(tmp_path):
    p = tmp_path / "e"
    for n in (0, 1, 9_000, (1 << 20) + 5):
        data = bytes(range(256)) * (n // 256) + b"x" * (n % 256)
        p.write_bytes(data)
        assert cache_mod.read_bytes(p, n) == data
        assert cache_mod.read_bytes(p, n + 100) == data
        if n:
            assert cache_mod.read_bytes(p, n - 1) is None
    assert cache_mod.read_bytes(tmp_path, 100) is None  # a folder
    assert cache_mod.read_bytes(tmp_path / "missing", 100) is None


def test_a_failed_analysis_is_not_cached(folder, calls, cache_dir, monkeypatch):
    def broken(article, config):
        raise RuntimeError("boom")

    monkeypatch.setattr(extract_mod, "analyze_article", broken)
    c = load_corpus([folder], Config(), jobs=1)
    assert all("analysis failed" in a.warnings[-1] for a in c.articles)
    assert entries(cache_dir) == []


def test_skipped_files_stay_skipped_with_the_cache(tmp_path, calls):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02" * 50)
    (tmp_path / "ok.txt").write_text("The Taliban said on Sunday that talks would resume.\n")
    for n in range(2):
        c = load_corpus([tmp_path], Config(), jobs=1)
        assert [a.id for a in c.articles] == ["ok"]
        assert [Path(s.path).name for s in c.skipped] == ["binary.txt", "empty.txt"]
        assert "binary" in c.skipped[0].reason and "empty" in c.skipped[1].reason
        assert c.skipped[1].path == str(tmp_path / "empty.txt")
        # what the bytes are does not change: the second load reads the reasons from the cache
        assert sorted(calls) == (["binary.txt", "empty.txt", "ok.txt"] if n == 0 else [])
        calls.clear()


def test_a_reader_crash_is_not_cached(tmp_path, calls, monkeypatch):
    (tmp_path / "a.txt").write_text("The Taliban said on Sunday that talks would resume.\n")
    real = extract_mod.read_bytes

    def crash(*a, **kw):
        raise RuntimeError("a reader bug")

    monkeypatch.setattr(extract_mod, "read_bytes", crash)
    c = load_corpus([tmp_path], Config(), jobs=1)
    assert "could not be read (RuntimeError" in c.skipped[0].reason
    monkeypatch.setattr(extract_mod, "read_bytes", real)  # the bug is fixed
    calls.clear()
    c = load_corpus([tmp_path], Config(), jobs=1)
    assert calls == ["a.txt"] and [a.id for a in c.articles] == ["a"]


def test_info_and_clear_touch_only_entries(folder, cache_dir):
    load_corpus([folder], Config(), jobs=1)
    store = ArticleCache()
    info = store.info()
    assert (
        info["entries"] == 2 and info["bytes"] > 0 and info["path"] == str(cache_dir / "articles")
    )
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


def test_clear_also_removes_entries_of_an_older_layout(folder, cache_dir):
    load_corpus([folder], Config(), jobs=1)
    old = cache_dir / "articles" / "ab" / ("ab" + "0" * 62 + ".zjson")
    old.parent.mkdir(parents=True, exist_ok=True)
    old.write_bytes(zlib.compress(b"{}"))
    assert ArticleCache().info()["entries"] == 3
    assert ArticleCache().clear()["entries"] == 3 and not old.exists()


@pytest.fixture(scope="module")
def one_entry(tmp_path_factory):
    """A real entry of a seed (with mentions, quotes, dates and figures) and its key."""
    root = tmp_path_factory.mktemp("entry")
    store = ArticleCache(root)
    f = seed("001")
    from tui.load.extract import process_file

    art = process_file(f, Config())
    key = KeyMaker(Config()).key(f, f.read_bytes())
    assert store.put(key, art)
    return store, key, f, store._path(key).read_bytes()


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_random_damage_never_gives_an_article_that_does_not_check(one_entry, data):
    """Bytes changed anywhere: the entry is a miss, or what it gives passes every check
    (every span inside the body, its text the body's text there)."""
    from tui.load.records import check_article

    store, key, f, raw = one_entry
    buf = bytearray(raw)
    for _ in range(data.draw(st.integers(1, 8))):
        i = data.draw(st.integers(0, len(buf) - 1))
        buf[i] = data.draw(st.integers(0, 255))
    if data.draw(st.booleans()):
        buf = buf[: data.draw(st.integers(0, len(buf)))]
    path = store._path(key)
    try:
        path.write_bytes(bytes(buf))
        got = store.get(key, f)
    finally:
        path.write_bytes(raw)
    if got is not None:
        check_article(got)
        for m in got.mentions + got.quotes + got.figures:
            assert got.body[m.start : m.end] == m.text
        for t in got.timexes:  # a date of a photo caption indexes that caption
            assert got.text_of(t)[t.start : t.end] == t.text


def test_the_key_covers_name_bytes_and_settings():
    k = KeyMaker(Config())
    assert k.key("a.txt", b"x") == k.key("/elsewhere/a.txt", b"x")
    assert len({k.key("a.txt", b"x"), k.key("a.md", b"x"), k.key("a.txt", b"y")}) == 3


def test_a_streamed_map_decodes_as_one_value(tmp_path):
    """The merge cache writes big lists item by item (from generators, with array headers
    of every size): the bytes decode to the same value as encoding it whole."""
    from tui.load.cache import write_atomic
    from tui.load.merge_cache import _msgpack_map

    big = [
        {"n": i, "text": "ä“x”" * (i % 7)} for i in range(70_000)
    ]  # past 65,535: a 32-bit header
    value = {
        "format": 2,
        "key": "k",
        "empty": [],
        "few": big[:3],
        "some": big[:300],
        "big": big,
        "nested": {"a": [1]},
    }
    record = {
        "format": (None, 2),
        "key": (None, "k"),
        "empty": (0, iter(())),
        "few": (3, big[:3]),
        "some": (300, (x for x in big[:300])),
        "big": (len(big), big),
        "nested": (None, {"a": [1]}),
    }
    assert write_atomic(tmp_path / "e.mpk", _msgpack_map(record))
    assert msgspec.msgpack.decode((tmp_path / "e.mpk").read_bytes()) == value
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".tmp-")]
    # a list whose count was wrong is not written
    assert not write_atomic(tmp_path / "f.mpk", _msgpack_map({"x": (2, [1])}))
    assert not (tmp_path / "f.mpk").exists()


# -- the file index: unchanged files are not read again -----------------------------------


def _age(folder: Path, seconds: int = 60) -> None:
    """Date every file's modification ``seconds`` back (settled, as files usually are)."""
    import os
    import time

    for f in folder.iterdir():
        t = time.time() - seconds
        os.utime(f, (t, t))


@pytest.fixture
def reads(monkeypatch):
    """The files whose bytes loading reads (to hash them, and to extract them)."""
    return _count_calls(monkeypatch, [articles_mod, extract_mod], "read_source")


def test_unchanged_files_are_not_read_again(folder, calls, reads, cache_dir):
    _age(folder)
    first = load_corpus([folder], Config(), jobs=1)
    assert sorted(set(reads)) == ["a.txt", "b.txt"] and sorted(calls) == ["a.txt", "b.txt"]
    assert cache_mod.file_indexes_info()["entries"] == 1
    reads.clear()
    calls.clear()
    second = load_corpus([folder], Config(), jobs=1)
    assert reads == [] and calls == []
    assert second.to_dict() == first.to_dict()


def test_a_rewritten_file_is_read_again_even_with_its_old_times(folder, calls, reads):
    import os

    _age(folder)
    load_corpus([folder], Config(), jobs=1)
    f = folder / "a.txt"
    st = f.stat()
    text = f.read_text()
    f.write_text(text.replace("Taliban", "Talibon"))  # same size
    os.utime(f, ns=(st.st_atime_ns, st.st_mtime_ns))  # and the old modification time
    assert f.stat().st_size == st.st_size and f.stat().st_mtime_ns == st.st_mtime_ns
    reads.clear()
    calls.clear()
    c = load_corpus([folder], Config(), jobs=1)
    assert "a.txt" in reads and calls == ["a.txt"]  # the change time gave it away
    assert "Talibon" in c.article("a").body


def test_a_file_modified_just_now_is_not_remembered(folder, reads):
    load_corpus([folder], Config(), jobs=1)  # the files were written a moment ago
    reads.clear()
    load_corpus([folder], Config(), jobs=1)
    assert sorted(reads) == ["a.txt", "b.txt"]


@pytest.mark.parametrize(
    "damage", [b"", b"\x81\xa5a.txt\x93\x01\x02\x03", b"\xc1garbage", b"\x91" * 100_000]
)
def test_a_damaged_file_index_is_an_empty_one(folder, calls, reads, cache_dir, damage):
    _age(folder)
    good = load_corpus([folder], Config(), jobs=1).to_dict()
    (index,) = (cache_dir / "files").iterdir()
    index.write_bytes(damage)
    reads.clear()
    calls.clear()
    again = load_corpus([folder], Config(), jobs=1)
    assert (
        sorted(reads) == ["a.txt", "b.txt"] and calls == []
    )  # read and hashed, served from the cache
    assert again.to_dict() == good
    reads.clear()
    load_corpus([folder], Config(), jobs=1)
    assert reads == []  # and written afresh


def test_cache_clear_removes_the_file_indexes(folder, cache_dir):
    _age(folder)
    load_corpus([folder], Config(), jobs=1)
    assert cache_mod.file_indexes_info()["entries"] == 1
    assert cache_mod.file_indexes_clear()["entries"] == 1
    assert cache_mod.file_indexes_info()["entries"] == 0


def test_only_the_newest_file_indexes_are_kept(tmp_path):
    import os

    root = tmp_path / "c"
    for i in range(cache_mod.FileIndex.KEEP + 3):
        idx = cache_mod.FileIndex(root, [str(tmp_path / f"folder{i}")])
        idx.fresh = {b"x": (1, 2, 3, 4, 5, 3, b"d")}
        idx.changed = True
        assert idx.save()
        os.utime(idx.path, (1000 + i, 1000 + i))  # written in this order
    left = sorted(p.name for p in (root / "files").iterdir())
    assert len(left) == cache_mod.FileIndex.KEEP
    newest = cache_mod.FileIndex(
        root, [str(tmp_path / f"folder{cache_mod.FileIndex.KEEP + 2}")]
    ).load()
    assert newest.records == {b"x": (1, 2, 3, 4, 5, 3, b"d")}


def test_a_new_size_limit_does_not_reuse_hashes_of_the_old_one(folder, calls, reads, tmp_path):
    """The index remembers the hash of at most max_file_bytes of a file: with another limit
    the file is read and hashed again (else its key would never match an entry)."""
    from tui.config import ExtractionConfig, LimitsConfig

    _age(folder)
    load_corpus([folder], Config(), jobs=1)
    small = Config(extraction=ExtractionConfig(limits=LimitsConfig(max_file_bytes=300)))
    reads.clear()
    calls.clear()
    load_corpus([folder], small, jobs=1)
    assert sorted(set(reads)) == ["a.txt", "b.txt"] and sorted(calls) == ["a.txt", "b.txt"]
    reads.clear()
    calls.clear()
    load_corpus([folder], small, jobs=1)
    assert reads == [] and calls == []  # and then served from the cache, unread
