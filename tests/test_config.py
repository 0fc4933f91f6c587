"""config.yaml: typed settings, and one clear error with file, line and key."""

from __future__ import annotations

import datetime as dt
import os
import sys
import threading

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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


@pytest.mark.parametrize(
    "keys, said, suggested",
    [
        ("ctrl+qq", "'qq' is not a key", "ctrl+q"),
        ("ctlr+q", "'ctlr' is not a modifier", "ctrl+q"),
        ("esc", "'esc' is not a key", "escape"),
        ("escpae", "'escpae' is not a key", "escape"),
        ("pgdn", "'pgdn' is not a key", "pagedown"),
        ("q,,w", "an empty key", None),
        ("ctrl+", "no key after", None),
    ],
    ids=[
        "doubled",
        "misspelt-modifier",
        "other-programs-name",
        "misspelt",
        "short-name",
        "empty",
        "modifier-alone",
    ],
)
def test_a_key_no_keyboard_sends_is_an_error_with_a_suggestion(keys, said, suggested):
    e = err(f"theme: textual-dark\nkeys:\n  quit: {keys!r}\n")
    assert e.line == 3 and e.key == "keys.quit" and said in e.message
    assert (
        (f"did you mean {suggested!r}" in e.message)
        if suggested
        else "did you mean" not in e.message
    )


def test_keys_are_bound_by_their_names():
    cfg = parse_config("keys:\n  help: '?, h'\n  quit: ctrl+Q\n  copy: ctrl++\n")
    assert cfg.keymap() == {"help": "question_mark,h", "quit": "ctrl+Q", "copy": "ctrl+plus"}


#: where keys are pressed, as the app describes it: (id, action, default keys, what)
CONTEXTS = {
    "the Discrepancies pane": [
        ("quit", "quit", "q", "Quit"),
        ("copy", "copy", "y", "Copy"),
        ("discrepancies.matrix", "toggle_matrix", "c", "Coverage"),
        (None, "cursor_down", "down", "Cursor down"),
    ],
    "the Reader pane": [
        ("quit", "quit", "q", "Quit"),
        ("copy", "copy", "y", "Copy"),
        ("reader.down", "scroll_down", "j,down", "Down"),
        (None, "scroll_down", "down", "Scroll down"),
    ],
}


def keymap_error(text: str) -> ConfigError:
    from tui.config import check_keymap

    with pytest.raises(ConfigError) as e:
        check_keymap(parse_config(text, "c.yaml"), CONTEXTS)
    return e.value


def test_a_remapped_key_another_binding_holds_in_the_same_place_is_an_error():
    e = keymap_error("keys:\n  copy: c\n")
    assert e.line == 2 and e.key == "keys.copy"
    assert "discrepancies.matrix (Coverage)" in e.message and "the Discrepancies pane" in e.message
    assert "free there: a, b, d" in e.message and "move discrepancies.matrix" in e.message


def test_two_remaps_onto_one_key_point_at_the_later_line():
    e = keymap_error("keys:\n  quit: x\n  copy: x\n")
    assert e.line == 3 and "quit (Quit)" in e.message


def test_a_remap_onto_a_built_in_key_of_another_action_is_an_error():
    e = keymap_error("keys:\n  copy: down\n")
    assert "a built-in key (Cursor down)" in e.message


def test_remaps_that_clash_nowhere_are_accepted():
    from tui.config import check_keymap

    # another place, a key moved away, or a built-in key of the same action
    text = "keys:\n  copy: j\n  reader.down: down\n  discrepancies.matrix: C\n"
    check_keymap(parse_config(text, "c.yaml"), CONTEXTS)
    check_keymap(parse_config("keys:\n  copy: c\n  discrepancies.matrix: C\n"), CONTEXTS)


def test_a_binding_id_nobody_has_is_an_error():
    e = keymap_error("keys:\n  quit: ctrl+q\n  cpoy: Y\n")
    assert e.line == 3 and "did you mean 'copy'" in e.message


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


def test_outlets_extend_the_known_ones():
    cfg = parse_config(
        "sources:\n  outlets:\n    - name: Kabul Now\n      short: KN\n"
        "      hosts: [kabulnow.com]\n      slugs: kabul_now\n",
        "c.yaml",
    )
    (o,) = cfg.sources.outlets
    assert (o.name, o.short, o.hosts, o.slugs) == (
        "Kabul Now",
        "KN",
        ["kabulnow.com"],
        ["kabul_now"],
    )


@pytest.mark.parametrize(
    "text, message",
    [
        (
            "sources:\n  outlets:\n    - short: KN\n",
            "c.yaml:3: sources.outlets[0]: an outlet needs a name",
        ),
        (
            "sources:\n  outlets:\n    - name: X\n      host: [x.com]\n",
            "c.yaml:4: sources.outlets[0].host: unknown key 'host'; did you mean 'hosts'?",
        ),
        ("sources:\n  outlets: Kabul Now\n", "sources.outlets: expected a list"),
    ],
    ids=["no-name", "misspelt-key", "not-a-list"],
)
def test_bad_outlets_name_the_line(text, message):
    with pytest.raises(ConfigError) as e:
        parse_config(text, "c.yaml")
    assert message in str(e.value)
