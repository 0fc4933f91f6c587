"""Untrusted text made inert: one rule for what is kept, shown and written, one for text
drawn with highlights at offsets."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.visible import count_invisible, visible, visible_in_place


def _unsafe(c: str) -> bool:
    o = ord(c)
    return (
        (o < 0x20 and c not in "\t\n")
        or 0x7F <= o < 0xA0
        or o in (0x061C, 0x200E, 0x200F, 0x2028, 0x2029, 0xFEFF)
        or 0x202A <= o <= 0x202E
        or 0x2066 <= o <= 0x2069
        or 0xD800 <= o <= 0xDFFF
    )


@pytest.mark.parametrize(
    "text, shown",
    [
        ("a\x1b[2Jb", "a␛[2Jb"),
        ("\x00\x07\x7f", "␀␇␡"),
        ("x\x9by", "x⟨U+009B⟩y"),
        ("\u202egnp.exe\u2066", "⟨U+202E⟩gnp.exe⟨U+2066⟩"),
        ("one\u2028two\u2029three", "one␤two¶three"),
        ("\ufeffBOM", "⟨U+FEFF⟩BOM"),
        ("not utf-8 \udcff", "not utf-8 \ufffd"),
        ("tab\tand\nnewline stay", "tab\tand\nnewline stay"),
        ("plain text, “quotes” and emoji 😀", "plain text, “quotes” and emoji 😀"),
    ],
    ids=["csi", "c0-del", "c1", "bidi", "separators", "bom", "surrogate", "tab-newline", "plain"],
)
def test_visible_shows_every_control_as_a_symbol(text, shown):
    assert visible(text) == shown


def test_visible_of_nothing_is_empty_and_counts_what_it_replaces():
    assert visible(None) == "" and visible("") == ""
    assert count_invisible("a\x1bb\u200ec\u2028") == 3


def test_in_place_keeps_every_offset():
    text = "a\x1bb\x9bc\u202ed\u2028e\udcff"
    out = visible_in_place(text)
    assert len(out) == len(text) and out == "a␛b\ufffdc⦃d·e\ufffd"
    assert visible_in_place("a\nb\tc", keep_newlines=False) == "a b c"


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_no_unsafe_character_is_left_and_both_rules_are_idempotent(s):
    out = visible(s)
    assert not any(_unsafe(c) for c in out)
    assert visible(out) == out
    here = visible_in_place(s)
    assert len(here) == len(s) and not any(_unsafe(c) for c in here)
    assert visible_in_place(here) == here
