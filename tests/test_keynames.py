"""Key names for `keys:` in the config, held to the UI library's own."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tui.keynames import CHARACTER_NAMES, NAMED_KEYS, KeyNameError, normalize_key, normalize_keys


@pytest.mark.parametrize(
    "written, bound",
    [
        ("q", "q"),
        ("N", "N"),
        ("?", "question_mark"),
        ("[", "left_square_bracket"),
        ("/", "slash"),
        ("ctrl+q", "ctrl+q"),
        ("Ctrl+Shift+Up", "ctrl+shift+up"),
        ("F5", "f5"),
        ("question_mark", "question_mark"),
        ("ctrl++", "ctrl+plus"),
        (" escape ", "escape"),
        ("é", "é"),
    ],
    ids=[
        "letter",
        "capital",
        "punctuation",
        "bracket",
        "slash",
        "modifier",
        "modifiers-any-case",
        "function-key",
        "character-name",
        "plus-after-modifier",
        "spaces",
        "accented-letter",
    ],
)
def test_keys_as_the_ui_binds_them(written, bound):
    assert normalize_key(written) == bound


def test_a_list_of_keys():
    assert normalize_keys("?, f1") == "question_mark,f1"


def test_names_are_the_ui_libraries_names():
    from textual.keys import Keys, _character_to_key

    assert NAMED_KEYS <= {k.value for k in Keys}
    for name, c in CHARACTER_NAMES.items():
        assert _character_to_key(c) == name


@given(st.text(max_size=12))
def test_any_text_is_a_key_or_a_clear_error(text):
    try:
        key = normalize_key(text)
    except KeyNameError as e:
        assert e.message
        if e.suggestion is not None:
            normalize_key(e.suggestion)  # what is suggested is a key
    else:
        assert key and "," not in key
