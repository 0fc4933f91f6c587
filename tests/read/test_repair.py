"""Text repair: entities, characters, control characters, paragraph shape."""

from __future__ import annotations

from tui.read.repair import (
    collapse_spaces,
    fix_entities,
    normalize_chars,
    tidy_paragraphs,
)


def test_named_numeric_and_cp1252_numeric_entities():
    assert fix_entities("&quot;a&quot; &#8220;b&#8221; &#x2019; &#146; &eacute;") == '"a" “b” ’ ’ é'


def test_double_escaped_entities():
    assert fix_entities("&amp;quot;deal&amp;quot; &amp;amp;#39;") == '"deal" \''


def test_comma_damaged_entities():
    # an "&" eaten and replaced by a comma, as scrapers leave it
    assert fix_entities('a "technical team,quot; was') == 'a "technical team" was'
    assert fix_entities("it,rsquo;s") == "it’s"
    assert fix_entities("don#39;t") == "don't"


def test_plain_ampersands_and_lookalikes_untouched():
    for s in ("AT&T and R&D", "Tom & Jerry", "&notanentity;", "a,b;c", "quot;", "5 & 6;"):
        assert fix_entities(s) == s


def test_quotes_are_kept_as_they_are():
    s = "“curly” and \"straight\" and ‘single’ and 'plain'"
    assert fix_entities(normalize_chars(s)) == s


def test_normalize_spaces_zero_width_and_line_ends():
    assert normalize_chars("a\u00a0b\u202fc\r\nd\re\u200bf\u00adg\ufeffh") == "a b c\nd\nefgh"


def test_joiners_kept_inside_scripts_and_emoji_only():
    persian = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"
    assert normalize_chars(persian) == persian
    family = "\U0001f468\u200d\U0001f469"
    assert normalize_chars(family) == family
    assert normalize_chars("a\u200db\u200cc") == "abc"


def test_collapse_spaces_keeps_control_characters():
    assert collapse_spaces("  a \t b\n c \x1c d \x85 ") == "a b c \x1c d \x85"


def test_tidy_paragraphs():
    assert tidy_paragraphs(["  one  two ", "", " \n ", "three\nfour"]) == "one two\n\nthree four"
