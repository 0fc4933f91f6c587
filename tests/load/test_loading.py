"""Loading many files: worker processes, order, crashes, progress, and .jsonl files."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

import tui.load.articles as articles_mod
from tests.conftest import ROOT, SEEDS
from tui.config import Config, load_config
from tui.corpus import load_corpus
from tui.load.articles import iter_articles
from tui.load.jsonl import article_line, header_line, read_jsonl, skipped_line
from tui.load.pool import _work_chunk, parallel
from tui.model import Skipped


@pytest.fixture(autouse=True)
def cache_dir(tmp_path, monkeypatch):
    d = tmp_path / "cache"
    monkeypatch.setenv("STORYLINE_CACHE_DIR", str(d))
    return d


@pytest.fixture(scope="module")
def config():
    return load_config(ROOT / "config.yaml")


def crashy(paths: list[str]):
    """A worker that dies (as if killed) on any file whose name starts with 'crash'."""
    if any(Path(p).name.startswith("crash") for p in paths):
        os._exit(9)
    return _work_chunk(paths)


def test_parallel_and_serial_loads_give_identical_json(config, monkeypatch):
    serial = load_corpus([SEEDS], config, jobs=1, cache=False).to_dict()
    monkeypatch.setattr(
        articles_mod, "SERIAL_BELOW", 0
    )  # the seeds are too few to use processes otherwise
    parallel = load_corpus([SEEDS], config, jobs=2, cache=False).to_dict()
    assert json.dumps(parallel, sort_keys=True) == json.dumps(serial, sort_keys=True)
    # a warm load from entries written by the workers is the same again
    warm = load_corpus([SEEDS], config, jobs=2).to_dict()
    assert json.dumps(warm, sort_keys=True) == json.dumps(serial, sort_keys=True)


def _files(tmp_path, names):
    d = tmp_path / "in"
    d.mkdir(exist_ok=True)
    for n in names:
        (d / n).write_text(f"Officials in Kabul said on Monday that talks on {n} would resume.\n")
    return [(i, d / n) for i, n in enumerate(names)]


def test_a_worker_crash_loses_only_the_file_that_causes_it(tmp_path):
    names = [f"ok{i:02}.txt" for i in range(9)]
    names.insert(4, "crash-me.txt")
    todo = _files(tmp_path, names)
    out = dict(parallel(todo, 2, Config(), None, None, work=crashy, chunk=3))
    assert sorted(out) == list(range(len(names)))
    crashed = out[4]
    assert isinstance(crashed, Skipped) and "crashed" in crashed.reason
    for i, n in enumerate(names):
        if i != 4:
            assert out[i].id == n[:-4] and "talks on" in out[i].body


def test_results_arrive_in_corpus_order_whatever_the_workers_do(tmp_path, monkeypatch):
    monkeypatch.setattr(articles_mod, "SERIAL_BELOW", 0)
    names = [f"{i:03}.txt" for i in range(40)]
    d = tmp_path / "in"
    _files(tmp_path, names)
    ids = [a.id for a in iter_articles([d], Config(), jobs=2, cache=False)]
    assert ids == [n[:-4] for n in names]


def test_progress_counts_to_the_total(config):
    seen = []
    load_corpus([SEEDS], config, jobs=1, progress=lambda d, t, p: seen.append((d, t)))
    assert seen[0] == (0, 5) and seen[-1] == (5, 5)
    assert all(0 <= d <= t == 5 for d, t in seen)


def test_duplicate_stems_get_unique_ids(tmp_path):
    for sub in ("x", "y"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "same.txt").write_text(
            "The Taliban said on Sunday that talks would resume.\n"
        )
    ids = [a.id for a in load_corpus([tmp_path], Config(), jobs=1).articles]
    assert ids == ["same", "same~2"]


# ------------------------------------------------------------------ .jsonl


def _write_jsonl(path: Path, config) -> None:
    with open(path, "w", encoding="utf-8") as f:
        f.write(header_line() + "\n")
        for item in iter_articles([SEEDS], config, jobs=1):
            f.write(
                (skipped_line(item) if isinstance(item, Skipped) else article_line(item)) + "\n"
            )


def test_jsonl_round_trip_gives_the_same_corpus(tmp_path, config):
    direct = load_corpus([SEEDS], config, jobs=1, cache=False)
    path = tmp_path / "seeds.jsonl"
    _write_jsonl(path, config)
    loaded = load_corpus([path], config)
    assert loaded.skipped == []
    assert json.dumps(loaded.to_dict(), sort_keys=True) == json.dumps(
        direct.to_dict(), sort_keys=True
    )


def test_bad_lines_are_skipped_with_their_line_number(tmp_path, config):
    path = tmp_path / "mixed.jsonl"
    _write_jsonl(path, config)
    lines = path.read_text(encoding="utf-8").splitlines()
    art = json.loads(lines[1])
    art["article"]["mentions"][0]["start"] = -1
    lines[1] = json.dumps(art)
    lines.insert(3, "{not json")
    lines.insert(4, "")
    lines.insert(5, '["a list"]')
    lines.append('{"type": "skipped", "path": "gone.html", "reason": "is empty"}')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    c = load_corpus([path], config)
    assert len(c.articles) == 4
    where = {s.path: s.reason for s in c.skipped}
    assert f"{path}:2" in where and "inside the body" in where[f"{path}:2"]
    assert f"{path}:4" in where and "not valid JSON" in where[f"{path}:4"]
    assert f"{path}:6" in where and "not a JSON object" in where[f"{path}:6"]
    assert where["gone.html"] == "is empty"
    assert len(c.actors) > 0 and c.timeline  # the merge ran over what loaded


def test_a_bare_article_object_per_line_is_accepted(tmp_path, config):
    direct = load_corpus([SEEDS], config, jobs=1, cache=False)
    path = tmp_path / "batch.JSONL"
    path.write_text(
        "".join(json.dumps(a.to_dict()) + "\n" for a in direct.articles), encoding="utf-8"
    )
    c = load_corpus([path], config)
    assert [a.id for a in c.articles] == [a.id for a in direct.articles] and not c.skipped


def test_a_newer_format_and_a_missing_file_are_reported(tmp_path):
    newer = tmp_path / "new.jsonl"
    newer.write_text('{"type": "header", "format": "storyline-articles", "version": 99}\n')
    c = load_corpus([newer, tmp_path / "absent.jsonl"], Config())
    reasons = [s.reason for s in c.skipped]
    assert len(reasons) == 2 and "version 99" in reasons[0] and "cannot be read" in reasons[1]


def test_read_jsonl_never_raises_on_junk(tmp_path):
    path = tmp_path / "junk.jsonl"
    path.write_bytes(
        b'\xff\xfe\x00garbage\n{"type": "article", "article": {"id": 3}}\n[[[[\n'
        + b"{" * 5000
        + b"\n"
    )
    out = list(read_jsonl(path))
    assert all(isinstance(s, Skipped) for s in out) and len(out) == 4


# ------------------------------------------------------------------ hostile records

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from tui.load.records import BadRecord, article_from_record  # noqa: E402

_json = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 50) | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4)
    ),
    max_leaves=20,
)
_span = st.fixed_dictionaries(
    {
        "start": st.integers(-3, 30) | st.booleans() | st.none(),
        "end": st.integers(-3, 30) | st.text(max_size=2),
        "text": st.text(max_size=5) | st.none(),
        "kind": st.text(max_size=3) | st.integers(),
    },
    optional={
        "speaker_start": st.integers(-3, 30) | st.none(),
        "speaker_end": st.integers(-3, 30),
        "resolved_start": st.integers(-3, 30) | st.none(),
        "resolved_end": st.integers(-3, 30),
        "resolved": _json,
        "inferred": _json,
        "caption": st.integers(-1, 2) | st.none() | _json,
    },
)
_record = st.fixed_dictionaries(
    {
        "id": st.text(max_size=4) | st.integers(),
        "path": st.text(max_size=4),
        "format": st.sampled_from(["text", "html", "markdown", "pdf", 3]),
        "body": st.text(max_size=30),
    },
    optional={
        "mentions": st.lists(_span, max_size=3) | _json,
        "quotes": st.lists(_span, max_size=3) | _json,
        "timexes": st.lists(_span, max_size=3) | _json,
        "published": st.text(max_size=12) | st.integers(),
        "warnings": _json,
        "captions": _json,
        "title": _json,
        "published_from": _json,
    },
)


@settings(max_examples=300, deadline=None)
@given(st.one_of(_json, _record), st.one_of(st.none(), _json))
def test_a_record_either_builds_a_sound_article_or_says_why(d, hints):
    try:
        a = article_from_record(d, hints)
    except BadRecord as e:
        assert str(e)
        return
    for item in a.mentions + a.quotes:
        assert (
            0 <= item.start <= item.end <= len(a.body)
            and a.body[item.start : item.end] == item.text
        )
    for t in a.timexes:  # the body's, or a photo caption's
        source = a.text_of(t)
        assert 0 <= t.start <= t.end <= len(source) and source[t.start : t.end] == t.text
    for q in a.quotes:
        if q.speaker_start is not None:
            assert 0 <= q.speaker_start <= q.speaker_end <= len(a.body)
        if q.resolved_start is not None:
            assert 0 <= q.resolved_start <= q.resolved_end <= len(a.body)
        assert q.resolved is None or isinstance(q.resolved, str)


def _captioned(**timex):
    return {
        "id": "a",
        "path": "a.txt",
        "format": "text",
        "body": "Talks resumed.",
        "captions": ["Officials after the arrests on March 10. Photo by X"],
        "timexes": [
            {"start": 31, "end": 39, "text": "March 10", "type": "DATE", "value": "2020-03-10"}
            | timex
        ],
    }


def test_a_date_of_a_photo_caption_indexes_that_caption():
    a = article_from_record(_captioned(caption=0))
    assert a.text_of(a.timexes[0]) == a.captions[0] and a.timexes[0].caption == 0
    for bad, why in (
        (dict(caption=1), "caption"),
        (dict(caption=None), "body"),
        (dict(caption="0"), "caption"),
    ):
        with pytest.raises(BadRecord, match=why):
            article_from_record(_captioned(**bad))


def test_hints_survive_the_cache(tmp_path, config):
    from tests.conftest import seed

    first = load_corpus([seed("001")], config, jobs=1).articles[0]
    again = load_corpus([seed("001")], config, jobs=1).articles[0]
    assert first.hints.dateline and again.hints == first.hints


_HINT_KEYS = [
    "body_from",
    "dek",
    "description",
    "fetched_url",
    "dateline",
    "date_evidence",
    "timex_matches",
    "other",
]


@settings(max_examples=300, deadline=None)
@given(st.one_of(_json, st.dictionaries(st.sampled_from(_HINT_KEYS), _json)))
def test_hints_of_a_record_keep_what_has_the_right_type(d):
    from tui.load.records import hints_from_record, hints_record

    try:
        h = hints_from_record(d)
    except BadRecord:
        assert not isinstance(d, dict)
        return
    assert hints_from_record(json.loads(json.dumps(hints_record(h)))) == h
    for name in ("body_from", "dek", "description", "fetched_url"):
        assert getattr(h, name) is None or getattr(h, name) == d.get(name)


def test_jobs_and_cache_defaults_come_from_the_environment(monkeypatch):
    monkeypatch.setenv("STORYLINE_JOBS", "3")
    monkeypatch.setenv("STORYLINE_CACHE", "off")
    assert articles_mod.default_jobs() == 3 and articles_mod.default_cache() is False
    monkeypatch.setenv("STORYLINE_JOBS", "lots")
    monkeypatch.delenv("STORYLINE_CACHE")
    assert articles_mod.default_jobs() >= 1 and articles_mod.default_cache() is True


@pytest.mark.parametrize("jobs", [1, 2])
def test_cancel_stops_a_load(tmp_path, monkeypatch, jobs):
    monkeypatch.setattr(articles_mod, "SERIAL_BELOW", 0)
    names = [f"{i:03}.txt" for i in range(40)]
    _files(tmp_path, names)
    asked = []

    def cancel():
        asked.append(1)
        return len(asked) > 5

    got = []
    with pytest.raises(articles_mod.LoadCancelled):
        for a in iter_articles([tmp_path / "in"], Config(), jobs=jobs, cache=False, cancel=cancel):
            got.append(a)
    assert len(got) < len(names)
    with pytest.raises(articles_mod.LoadCancelled):
        load_corpus([tmp_path / "in"], Config(), jobs=jobs, cancel=lambda: True)
