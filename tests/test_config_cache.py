"""The parsed-config cache: the app starts without a YAML parser while config.yaml is
unchanged, and no entry is ever trusted that could differ from parsing the file."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT
from tui import config as config_mod
from tui.config import ConfigError, load_config

CONFIG = (
    "sources:\n  paths: [arts]\n  overrides:\n    a.txt: {outlet: AFP, date: 2020-04-01}\n"
    "extraction:\n  limits: {max_body_chars: 1000}\n"
    "actors:\n  - name: Ashraf Ghani\n    kind: PERSON\n    aliases: [Ghani]\n"
    "theme: textual-light\n"
)


@pytest.fixture
def cache(tmp_path, monkeypatch):
    d = tmp_path / "cache"
    monkeypatch.setenv("STORYLINE_CACHE_DIR", str(d))
    return d / "config.json"


@pytest.fixture
def cfg_file(tmp_path):
    (tmp_path / "arts").mkdir()
    f = tmp_path / "config.yaml"
    f.write_text(CONFIG)
    return f


def parses(monkeypatch) -> list[str]:
    """Record every time the YAML parser runs."""
    calls: list[str] = []
    real = config_mod._parse_yaml

    def spy(text, name):
        calls.append(name)
        return real(text, name)

    monkeypatch.setattr(config_mod, "_parse_yaml", spy)
    return calls


def test_a_second_load_uses_the_cache_and_gives_the_same_config(cache, cfg_file, monkeypatch):
    calls = parses(monkeypatch)
    first = load_config(cfg_file, cache=True)
    assert calls == [str(cfg_file)] and cache.is_file()
    second = load_config(cfg_file, cache=True)
    assert calls == [str(cfg_file)]  # no second parse
    assert second == first == load_config(cfg_file)
    assert second.lines == first.lines
    assert second.sources.overrides["a.txt"].date == dt.date(2020, 4, 1)  # dates come back as dates
    assert second.file == str(cfg_file) and second.base_dir == str(cfg_file.parent.resolve())


def test_without_cache_nothing_is_read_or_written(cache, cfg_file, monkeypatch):
    calls = parses(monkeypatch)
    load_config(cfg_file)
    load_config(cfg_file)
    assert len(calls) == 2 and not cache.exists()


def test_an_edited_file_is_parsed_again(cache, cfg_file, monkeypatch):
    calls = parses(monkeypatch)
    load_config(cfg_file, cache=True)
    cfg_file.write_text(CONFIG.replace("textual-light", "nord"))
    assert load_config(cfg_file, cache=True).theme == "nord"
    assert len(calls) == 2
    # both texts are kept: switching back needs no parse
    cfg_file.write_text(CONFIG)
    assert load_config(cfg_file, cache=True).theme == "textual-light"
    assert len(calls) == 2


def test_a_config_that_does_not_validate_is_not_cached(cache, tmp_path):
    """Only what passed every check is kept (so what the cache holds is bounded by them);
    the error names its line every time."""
    f = tmp_path / "c.yaml"
    f.write_text("theme: nord\nlayout:\n  mode: sideways\n")
    for _ in range(2):
        with pytest.raises(ConfigError) as e:
            load_config(f, cache=True)
        assert e.value.line == 3 and "layout.mode" in str(e.value)
    assert not cache.is_file()


def test_a_missing_path_is_checked_every_time(cache, cfg_file):
    load_config(cfg_file, cache=True)
    (cfg_file.parent / "arts").rmdir()
    with pytest.raises(ConfigError, match="no such file or folder: arts") as e:
        load_config(cfg_file, cache=True)
    assert e.value.line == 2


def test_yaml_errors_are_not_cached(cache, tmp_path):
    f = tmp_path / "c.yaml"
    f.write_text("layout: [unclosed\n")
    for _ in range(2):
        with pytest.raises(ConfigError, match="not valid YAML"):
            load_config(f, cache=True)
    assert not cache.exists()


@pytest.mark.parametrize(
    "damage",
    [
        lambda p: p.write_bytes(b"\x00\xff garbage"),
        lambda p: p.write_text("[1, 2, 3]"),
        lambda p: p.write_text(json.dumps({"stamp": "old", "entries": []})),
        lambda p: p.write_text(
            p.read_text().replace('"theme": "textual-light"', '"theme": "nord"')
        ),
        lambda p: p.write_text(p.read_text().replace('"lines": [[', '"lines": [["x", [', 1)),
        lambda p: p.write_text(
            p.read_text().replace("\\u0000date:2020-04-01", "\\u0000date:2020-99-01")
        ),
        lambda p: p.write_text(p.read_text().replace("\\u0000date:", "\\u0000when:")),
    ],
    ids=[
        "garbage",
        "not-a-mapping",
        "other-stamp",
        "edited-value",
        "bad-lines",
        "bad-date",
        "unknown-tag",
    ],
)
def test_a_damaged_cache_is_a_miss_or_harmless(cache, cfg_file, monkeypatch, damage):
    load_config(cfg_file, cache=True)
    damage(cache)
    got = load_config(cfg_file, cache=True)
    assert got == load_config(cfg_file) or got.theme == "nord"
    # "edited-value": an entry is keyed by the text, not signed; an edit in the cache folder
    # is the user's own doing and validation still runs on it. Everything else is a miss,
    # and the entry is written again.
    assert load_config(cfg_file, cache=True) == got


def test_the_stamp_is_this_config_module(cache, cfg_file, monkeypatch):
    calls = parses(monkeypatch)
    load_config(cfg_file, cache=True)
    monkeypatch.setattr(config_mod._ParsedCache, "LAYOUT", config_mod._ParsedCache.LAYOUT + 1)
    load_config(cfg_file, cache=True)
    assert len(calls) == 2


@pytest.mark.parametrize(
    "text",
    [
        "keys: {1: quit}\n",  # a key that is not a string
        'sources: {overrides: {a.txt: {outlet: "\\0date:x"}}}\n',  # text that looks like a tag
        "sources: {paths: !!binary aGVsbG8=}\n",  # bytes
        "sources: {include: !!set {a, b}}\n",
    ],
    ids=["int-key", "tag-like-text", "bytes", "set"],
)
def test_values_json_cannot_hold_exactly_are_not_cached(cache, tmp_path, text, monkeypatch):
    f = tmp_path / "c.yaml"
    f.write_text(text)
    calls = parses(monkeypatch)
    outcome = []
    for _ in range(2):
        try:
            outcome.append(load_config(f, cache=True))
        except ConfigError as e:
            outcome.append(str(e))
    assert len(calls) == 2 and not cache.exists()
    assert outcome[0] == outcome[1] or outcome[0] != outcome[0]


def test_an_unwritable_cache_folder_only_costs_the_cache(tmp_path, cfg_file, monkeypatch):
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    monkeypatch.setenv("STORYLINE_CACHE_DIR", str(blocker))
    assert load_config(cfg_file, cache=True) == load_config(cfg_file)


def test_cache_clear_removes_it(cache, cfg_file):
    load_config(cfg_file, cache=True)
    env = {**os.environ, "STORYLINE_CACHE_DIR": str(cache.parent)}
    out = subprocess.run(
        [sys.executable, "-m", "tui", "cache", "clear"],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 0 and "parsed config" in out.stdout and not cache.exists()


def test_the_app_starts_without_yaml_the_model_or_the_exporters(tmp_path):
    """What `storyline` imports before its first frame, once the config is cached."""
    code = (
        "import sys\n"
        "from tui.cli import build_app\n"
        "app = build_app(['--config', 'config.yaml', 'seeds'])\n"
        "import gc\n"
        "print(sorted(m for m in ('yaml', 'tui.model', 'tui.export', 'tui.corpus', 'tui.load', 'tui.merge', 'tui.analysis') "
        "if m in sys.modules), gc.isenabled())\n"
    )
    env = {**os.environ, "STORYLINE_CACHE_DIR": str(tmp_path)}
    runs = [
        subprocess.run(
            [sys.executable, "-c", code],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=60,
        )
        for _ in range(2)
    ]
    assert [r.returncode for r in runs] == [0, 0], runs[0].stderr
    assert runs[0].stdout.split() == ["['yaml']", "False"]  # the first start parses the config
    assert runs[1].stdout.split() == ["[]", "False"]  # cycle collector paused until the first frame
