"""config.yaml: typed settings, and one clear error with file, line and key."""

from __future__ import annotations

import datetime as dt
import os
import sys
import threading

import pytest
from hypothesis import given, settings, strategies as st

from tests.conftest import ROOT
from tui.config import Config, ConfigError, load_config, parse_config


def err(text: str) -> ConfigError:
    with pytest.raises(ConfigError) as e:
        parse_config(text, "c.yaml")
    return e.value


def test_shipped_config_loads_and_names_the_seeds_outlets():
    cfg = load_config(ROOT / "config.yaml")
    assert cfg.sources.paths == ["seeds"]
    assert cfg.override_for("seeds/004_1dd3d7f4b75ebf92.txt").outlet == "The New York Times"
    assert cfg.override_for("001_27924a35f5f8de13.txt").outlet == "UPI"
    assert cfg.resolve("seeds") == ROOT / "seeds"


def test_empty_file_gives_defaults():
    cfg = parse_config("", "c.yaml")
    assert cfg.layout.mode == "tabs" and cfg.theme == "textual-dark"
    assert isinstance(parse_config("# only a comment\n"), Config)


def test_values_are_typed():
    cfg = parse_config(
        "sources:\n  paths: articles\n  overrides:\n    a.txt: {outlet: AFP, date: 2020-04-01}\n"
        "extraction:\n  published: '2020-03-01'\n  limits: {max_body_chars: 10}\n"
        "actors:\n  - name: Ashraf Ghani\n    kind: PERSON\n    aliases: [Ghani]\n"
    )
    assert cfg.sources.paths == ["articles"]  # a single string becomes a list
    assert cfg.sources.overrides["a.txt"].date == dt.date(2020, 4, 1)
    assert cfg.extraction.published == dt.date(2020, 3, 1)
    assert cfg.extraction.limits.max_body_chars == 10
    assert cfg.actors[0].aliases == ["Ghani"]


def test_unknown_key_names_line_and_suggests():
    e = err("sources:\n  paths: [a]\n  incldue: ['*.txt']\n")
    assert e.line == 3 and e.key == "sources.incldue"
    assert "did you mean 'include'" in str(e)
    assert str(e).startswith("c.yaml:3: sources.incldue:")


def test_wrong_type_names_what_was_expected():
    e = err("layout:\n  mode: stacked\n")
    assert e.line == 2 and "expected one of grid, tabs" in e.message
    e = err("extraction:\n  limits:\n    max_body_chars: lots\n")
    assert (
        e.line == 3 and e.key == "extraction.limits.max_body_chars" and "whole number" in e.message
    )
    e = err("sources:\n  overrides:\n    a.txt:\n      date: yesterday\n")
    assert e.line == 4 and "YYYY-MM-DD" in e.message
    e = err("- just\n- a list\n")
    assert "mapping" in e.message


def test_invalid_yaml_names_the_line():
    e = err("sources:\n  paths: [a, b\nkeys: {}\n")
    assert e.line is not None and "not valid YAML" in e.message


def test_alias_bomb_is_refused_before_expansion():
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 10):
        prev = chr(ord("a") + i - 1)
        cur = chr(ord("a") + i)
        lines.append(f"{cur}: &{cur} [" + ",".join(f"*{prev}" for _ in range(9)) + "]")
    e = err("\n".join(lines) + "\n")
    assert "aliases" in e.message


def test_same_key_bound_twice_is_an_error():
    e = err("keys:\n  quit: q\n  help: q\n")
    assert e.line == 3 and "bound to both" in e.message


def test_missing_path_and_oversized_file(tmp_path):
    p = tmp_path / "c.yaml"
    p.write_text("sources:\n  paths: [nowhere]\n")
    with pytest.raises(ConfigError) as e:
        load_config(p)
    assert e.value.line == 2 and "no such file or folder" in e.value.message
    big = tmp_path / "big.yaml"
    big.write_bytes(b"#" * 1_100_000)
    with pytest.raises(ConfigError, match="at most"):
        load_config(big)
    with pytest.raises(ConfigError, match="no such file"):
        load_config(tmp_path / "absent.yaml")


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero here")
def test_an_endless_device_is_refused_at_the_limit():
    # stat says 0 bytes; reading it to its end would never finish
    with pytest.raises(ConfigError, match="at most") as e:
        load_config("/dev/zero", cache=False)
    assert e.value.file == "/dev/zero"


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX pipes")
def test_a_config_from_a_pipe_is_read_whole(tmp_path):
    # what `storyline --config <(generate-config)` gives: a pipe, size 0, that ends
    r, w = os.pipe()
    text = b"theme: textual-light\n" + b"# padding\n" * 10_000  # more than a pipe holds at once

    def write():
        with os.fdopen(w, "wb") as f:
            f.write(text)

    t = threading.Thread(target=write)
    t.start()
    try:
        cfg = load_config(f"/dev/fd/{r}", cache=False, check_paths=False)
    finally:
        t.join()
        os.close(r)
    assert cfg.theme == "textual-light"


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_parse_config_raises_only_config_errors(text):
    try:
        parse_config(text, "fuzz.yaml")
    except ConfigError as e:
        assert str(e).startswith("fuzz.yaml")


def test_the_config_is_read_with_libyaml_when_pyyaml_has_it():
    """Read three times before the first frame, so with the C parser (same safety: its safe
    constructor) where PyYAML was built with libyaml."""
    import yaml

    from tui.config import _base_loader, _safe_loader

    if yaml.__with_libyaml__:
        assert _base_loader() is yaml.CSafeLoader
    assert issubclass(_safe_loader(), _base_loader())
    assert issubclass(_base_loader(), yaml.constructor.SafeConstructor)
    with pytest.raises(
        ConfigError, match=":1: is not valid YAML: could not determine a constructor"
    ):
        parse_config("theme: !!python/object:os.system 'echo hi'\n")
