"""Hostile names, links and shards (issue 25): the paths that reached the terminal, the
shell and the disk through file and folder names, ``.jsonl`` fields, config values,
symbolic links, temporary files, the state file and worker processes.

Each test here failed on the code before the fixes; the inputs come from the generator
(:mod:`tests.hostile.make_corpus`)."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.hostile.conftest import UNSAFE, run_cli
from tests.hostile.make_corpus import (
    ALIAS_SIZE_BOMB,
    HOSTILE_NAMES,
    NESTED_STATE,
    SECRET,
    SHARD_LONG_BODY,
    make_hostile_names,
    make_hostile_shard,
    make_plain_corpus,
    plant_temp_links,
    write_fake_editor,
)
from tui.config import Config, ConfigError, ExtractionConfig, LimitsConfig, SourcesConfig
from tui.corpus import load_corpus, update_corpus

LINK_OUT = "is a symbolic link to a file outside the folders read (sources.follow_links: inside)"


@pytest.fixture
def own_cache(tmp_path, monkeypatch) -> Path:
    cache = tmp_path / "cache"
    monkeypatch.setenv("STORYLINE_CACHE_DIR", str(cache))
    return cache


def _strings(obj, key=None):
    if isinstance(obj, str):
        yield key, obj
    elif isinstance(obj, dict):
        for k, v in obj.items():
            yield from _strings(v, k)
    elif isinstance(obj, list):
        for v in obj:
            yield from _strings(v, key)


def assert_visible(corpus) -> None:
    """Every text of the model but ``path`` (kept exact, to open the file) is visible."""
    for key, s in _strings(corpus.to_dict()):
        if key != "path":
            assert not UNSAFE.search(s), (key, ascii(s[:120]))


def _clean_text(data: bytes) -> str:
    text = data.decode("utf-8")
    found = UNSAFE.search(text)
    assert found is None, ascii(text[max(0, found.start() - 60) : found.start() + 20])
    return text


# --------------------------------------------------------------------------- temporary files


def test_a_report_never_writes_through_a_planted_temporary_link(tmp_path):
    from tui.export import save_text

    out = tmp_path / "reports"
    out.mkdir()
    precious = tmp_path / "precious.txt"
    precious.write_text("precious\n")
    plant_temp_links(out, "report.md", precious, [os.getpid()])
    before = sorted(p.name for p in out.iterdir())
    save_text(out / "report.md", "# the report\n")
    assert precious.read_text() == "precious\n"
    assert not (out / "report.md").is_symlink() and (out / "report.md").read_text() == (
        "# the report\n"
    )
    assert sorted(p.name for p in out.iterdir()) == sorted(before + ["report.md"])


def test_the_config_cache_never_writes_through_a_planted_link(tmp_path, own_cache):
    from tui.config import load_config

    precious = tmp_path / "precious.txt"
    precious.write_text("precious\n")
    own_cache.mkdir()
    plant_temp_links(own_cache, "config.json", precious, [os.getpid()])
    cfg = tmp_path / "c.yaml"
    cfg.write_text("theme: textual-light\n")
    load_config(cfg, cache=True)
    assert precious.read_text() == "precious\n"
    assert load_config(cfg, cache=True).theme == "textual-light"


# --------------------------------------------------------------------------- config


def test_the_alias_size_bomb_is_refused_under_a_memory_cap(tmp_path):
    """With the parsed-config cache on, under a 1 GB address-space cap."""
    cfg = tmp_path / "bomb.yaml"
    cfg.write_text(ALIAS_SIZE_BOMB)
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "a.txt").write_text("Officials met, a spokesman said.\n")
    code = (
        "import resource, sys\n"
        "resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))\n"
        "from tui.cli import main\n"
        f"sys.exit(main(['extract', {str(tmp_path / 'a')!r}, '--config', {str(cfg)!r}]))\n"
    )
    env = dict(os.environ, STORYLINE_CACHE_DIR=str(tmp_path / "cache"))
    env.pop("STORYLINE_CACHE", None)
    r = subprocess.run(
        [sys.executable, "-c", code],
        check=False,
        capture_output=True,
        cwd=ROOT,
        env=env,
        timeout=300,
    )
    err = r.stderr.decode(errors="replace")
    assert r.returncode == 2, err[-2000:]
    assert err.count("\n") == 1 and "more than 4,000,000 characters" in err


def test_only_a_config_that_validates_is_cached(tmp_path, own_cache):
    from tui.config import load_config

    cfg = tmp_path / "c.yaml"
    cfg.write_text("sources:\n  incldue: ['*.txt']\n")
    for _ in range(2):
        with pytest.raises(ConfigError, match="incldue"):
            load_config(cfg, cache=True)
    stored = own_cache / "config.json"
    assert not stored.exists() or "incldue" not in stored.read_text()


def test_follow_links_is_validated_like_any_setting():
    from tui.config import parse_config

    with pytest.raises(ConfigError) as e:
        parse_config("sources:\n  follow_links: sometimes\n", "c.yaml")
    assert (e.value.line, e.value.key) == (2, "sources.follow_links")
    assert "expected one of inside, all" in e.value.message
    assert parse_config("sources:\n  follow_links: all\n").sources.follow_links == "all"
    assert Config().sources.follow_links == "inside"
