"""The merge cache: reopening the same articles skips the corpus merge, and nothing in a
cached merge is trusted that does not fit the articles it is applied to."""

from __future__ import annotations

import json
import shutil
import zlib
from pathlib import Path

import msgspec
import pytest

import tui.merge.passes as passes_mod
from tests.conftest import seed
from tui.config import ActorRule, Config
from tui.corpus import load_corpus

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def cache_dir(tmp_path, monkeypatch):
    d = tmp_path / "cache"
    monkeypatch.setenv("STORYLINE_CACHE_DIR", str(d))
    return d


@pytest.fixture
def merges(monkeypatch):
    """Counts the corpus merges that really run."""
    n = []
    real = passes_mod.merge

    def counting(corpus, config, **kw):
        n.append(len(corpus.articles))
        return real(corpus, config, **kw)

    monkeypatch.setattr(passes_mod, "merge", counting)
    return n


@pytest.fixture
def folder(tmp_path):
    d = tmp_path / "articles"
    shutil.copytree(ROOT / "seeds", d)
    return d


def entry(cache_dir: Path) -> Path:
    (f,) = sorted((cache_dir / "merge").glob("*.mpk"))
    return f


def test_reopening_the_same_articles_skips_the_merge_and_gives_the_same_corpus(folder, merges):
    first = load_corpus([folder], Config(), jobs=1)
    assert merges == [5]
    # the merge dated the undated seed (from the other articles' dates): that comes back too
    assert any(a.published_from == "inferred" for a in first.articles)
    second = load_corpus([folder], Config(), jobs=1)
    assert merges == [5]
    assert second.to_dict() == first.to_dict()
    assert second.quote_groups and second.timeline and second.actors and second.discrepancies


def test_a_changed_file_merges_again(folder, merges):
    load_corpus([folder], Config(), jobs=1)
    victim = sorted(folder.iterdir())[1]
    victim.write_text(
        victim.read_text() + "\nOfficials in Kabul said on Monday that talks would resume.\n"
    )
    c = load_corpus([folder], Config(), jobs=1)
    assert len(merges) == 2
    assert c.to_dict() == load_corpus([folder], Config(), jobs=1, cache=False).to_dict()


def test_a_removed_file_or_other_settings_merge_again(folder, merges):
    load_corpus([folder], Config(), jobs=1)
    sorted(folder.iterdir())[0].unlink()
    load_corpus([folder], Config(), jobs=1)
    assert merges == [5, 4]
    cfg = Config(actors=[ActorRule(name="Taliban", ignore=True)])
    c = load_corpus([folder], cfg, jobs=1)
    assert merges == [5, 4, 4]
    again = load_corpus([folder], cfg, jobs=1)
    assert merges == [5, 4, 4]  # the mentions the ignore rule dropped stay dropped
    assert not any(m.text == "Taliban" for a in again.articles for m in a.mentions)
    assert again.to_dict() == c.to_dict()


def test_no_cache_means_no_merge_cache(folder, merges, cache_dir):
    load_corpus([folder], Config(), jobs=1, cache=False)
    load_corpus([folder], Config(), jobs=1, cache=False)
    assert merges == [5, 5] and not (cache_dir / "merge").exists()


def _tamper(d: dict, how: str) -> None:
    if how == "quote index":
        d["quote_groups"][0]["members"][0]["index"] = 10_000
    elif how == "unknown actor":
        d["articles"][0]["mention_actors"][0] = "no-such-actor"
    elif how == "actor count":
        d["articles"][0]["mention_actors"].append(None)
    elif how == "timex index":
        d["timeline"][0]["mentions"][0]["timex"] = -1
    elif how == "article id":
        d["discrepancies"][0]["items"][0]["article"] = "elsewhere"
    elif how == "ids":
        d["ids"] = list(reversed(d["ids"]))
    elif how == "dated timex off the body":
        dated = next(a["dated"] for a in d["articles"] if a["dated"])
        dated["timexes"][0]["end"] = 10**9
    elif how == "pair index":
        d["quote_groups"][0]["pairs"][0]["b"] = 99
    elif how == "types":
        d["actors"][0]["aliases"] = "Taliban"


@pytest.mark.parametrize(
    "how",
    [
        "quote index",
        "unknown actor",
        "actor count",
        "timex index",
        "article id",
        "ids",
        "dated timex off the body",
        "pair index",
        "types",
        "garbage",
        "cut short",
        "older layout",
        "empty",
    ],
)
def test_a_damaged_entry_is_a_miss_and_is_rebuilt(folder, merges, cache_dir, how):
    good = load_corpus([folder], Config(), jobs=1).to_dict()
    f = entry(cache_dir)
    if how == "garbage":
        f.write_bytes(b"garbage")
    elif how == "cut short":
        f.write_bytes(f.read_bytes()[:-100])
    elif how == "older layout":
        f.write_bytes(zlib.compress(b'{"format": 1}'))
    elif how == "empty":
        f.write_bytes(b"")
    else:
        d = msgspec.msgpack.decode(f.read_bytes())
        _tamper(d, how)
        f.write_bytes(msgspec.msgpack.encode(d))
    again = load_corpus([folder], Config(), jobs=1)
    assert len(merges) == 2  # the entry was not trusted: the merge ran
    assert again.to_dict() == good
    assert load_corpus([folder], Config(), jobs=1).to_dict() == good  # and the rebuilt entry serves
    assert len(merges) == 2


def test_cache_clear_removes_the_merges_too(folder, cache_dir, capsys):
    from tui.cli import main

    load_corpus([folder], Config(), jobs=1)
    assert entry(cache_dir)
    assert main(["cache", "info", "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["merge_entries"] == 1 and info["entries"] == 5
    assert main(["cache", "clear", "--json"]) == 0
    assert not list((cache_dir / "merge").glob("*.mpk"))


def test_articles_from_a_jsonl_file_are_merged_every_time(tmp_path, merges):
    from tui.load.extract import process_file
    from tui.model import Article

    line = json.dumps(process_file(seed("000"), Config()).to_dict())
    assert isinstance(process_file(seed("001"), Config()), Article)
    (tmp_path / "x.jsonl").write_text(
        line + "\n" + json.dumps(process_file(seed("001"), Config()).to_dict()) + "\n"
    )
    load_corpus([tmp_path / "x.jsonl"], Config(), jobs=1)
    load_corpus([tmp_path / "x.jsonl"], Config(), jobs=1)
    assert merges == [2, 2]


# -- any damage to an entry: applied only when everything in it still fits ----------------

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_json = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-3, 10**6)
    | st.floats(allow_nan=False)
    | st.text(max_size=6),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=8,
)


def _leaves(v, path=()):
    """Every place in a JSON value (paths of keys and indices)."""
    yield path
    if isinstance(v, dict):
        for k, x in v.items():
            yield from _leaves(x, path + (k,))
    elif isinstance(v, list):
        for i, x in enumerate(v[:4]):
            yield from _leaves(x, path + (i,))


@pytest.fixture(scope="module")
def merged_entry(tmp_path_factory):
    import os

    root = tmp_path_factory.mktemp("mc")
    folder = root / "articles"
    shutil.copytree(ROOT / "seeds", folder)
    old = os.environ.get("STORYLINE_CACHE_DIR")
    os.environ["STORYLINE_CACHE_DIR"] = str(root / "cache")
    try:
        load_corpus([folder], Config(), jobs=1)
        (f,) = sorted((root / "cache" / "merge").glob("*.mpk"))
        entry_d = msgspec.msgpack.decode(f.read_bytes())
    finally:
        if old is None:
            os.environ.pop("STORYLINE_CACHE_DIR", None)
        else:
            os.environ["STORYLINE_CACHE_DIR"] = old
    return folder, entry_d, sorted(_leaves(entry_d), key=repr)


def _unmerged(folder):
    from tui.load.articles import iter_articles
    from tui.model import Corpus, Skipped

    c = Corpus()
    for item in iter_articles([folder], Config(), jobs=1, cache=False):
        (c.skipped if isinstance(item, Skipped) else c.articles).append(item)
    return c


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_a_damaged_entry_is_applied_only_if_all_of_it_fits(merged_entry, tmp_path, data):
    import copy

    from tui.load.merge_cache import MergeCache

    folder, good, places = merged_entry
    d = copy.deepcopy(good)
    for _ in range(data.draw(st.integers(1, 3))):
        path = data.draw(st.sampled_from(places))
        if not path:
            continue
        parent = d
        try:
            for k in path[:-1]:
                parent = parent[k]
            parent[path[-1]] = data.draw(_json)
        except (KeyError, IndexError, TypeError):
            continue
    store = MergeCache(tmp_path)
    store.dir.mkdir(parents=True, exist_ok=True)
    (store.dir / (good["key"] + ".mpk")).write_bytes(msgspec.msgpack.encode(d))
    corpus = _unmerged(folder)
    before = corpus.to_dict()
    if not store.restore(good["key"], corpus):
        assert corpus.to_dict() == before  # a miss leaves the corpus as it was
        return
    # applied: every reference the panes follow lands inside the corpus
    ids = {a.id: a for a in corpus.articles}
    actor_ids = {a.id for a in corpus.actors}
    for a in corpus.articles:
        assert all(m.actor is None or m.actor in actor_ids for m in a.mentions)
        assert all(q.actor is None or q.actor in actor_ids for q in a.quotes)
        assert all(  # the body's dates, or a photo caption's
            0 <= t.start <= t.end <= len(a.text_of(t)) and a.text_of(t)[t.start : t.end] == t.text
            for t in a.timexes
        )
    for g in corpus.quote_groups:
        assert all(0 <= r.index < len(ids[r.article].quotes) for r in g.members)
    for e in corpus.timeline:
        assert all(0 <= m.timex < len(ids[m.article].timexes) for m in e.mentions)
    for x in corpus.discrepancies:
        for it in x.items:
            lists = {
                "quote": "quotes",
                "timex": "timexes",
                "figure": "figures",
                "mention": "mentions",
            }
            assert 0 <= it.index < len(getattr(ids[it.article], lists[it.kind]))
