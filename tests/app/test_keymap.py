"""The config's `keys:` checked against the app's own bindings, where each is active."""

from __future__ import annotations

import pytest

from tui.config import ConfigError, check_keymap, parse_config


def test_the_issues_remaps_are_refused_with_the_line_and_a_way_out():
    from tui.app.keys import binding_contexts

    contexts = binding_contexts()
    with pytest.raises(ConfigError) as e:
        check_keymap(parse_config("theme: textual-dark\nkeys:\n  copy: c\n", "c.yaml"), contexts)
    assert str(e.value).startswith("c.yaml:3: keys.copy:")
    assert "discrepancies.matrix (Coverage)" in e.value.message
    assert "the Discrepancies pane" in e.value.message and "free there:" in e.value.message
    with pytest.raises(ConfigError) as e:
        parse_config("keys:\n  quit: ctrl+qq\n", "c.yaml")
    assert e.value.line == 2 and "did you mean 'ctrl+q'" in e.value.message
    # the app-wide filter key on f would never reach the reader's figures toggle
    with pytest.raises(ConfigError) as e:
        check_keymap(parse_config("keys:\n  filter: f\n", "c.yaml"), contexts)
    assert "reader.toggle_figures" in e.value.message and "the Reader pane" in e.value.message


def test_the_shipped_bindings_are_accepted_as_they_are_and_remapped_apart():
    from tui.app.keys import binding_contexts

    contexts = binding_contexts()
    check_keymap(parse_config("keys: {}\n"), contexts)
    check_keymap(parse_config("keys:\n  copy: Y\n  quit: ctrl+q\n  help: h\n"), contexts)
    check_keymap(parse_config("keys:\n  help: '?, h'\n"), contexts)  # it closes the help too
