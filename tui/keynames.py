"""The names of keys a config's ``keys:`` may bind, as the terminal UI reads them.

A key is a character (``q``, ``N``, ``?``) or a name (``escape``, ``f5``, ``pageup``,
``question_mark``), after modifiers joined with ``+`` (``ctrl+q``, ``shift+tab``).
Characters other than letters and digits are bound by their Unicode name in lower case,
words joined by ``_`` (``?`` is ``question_mark``, ``[`` is ``left_square_bracket``),
with the few short names below. Kept here as data, without the UI library, so that the
config can be checked before the app is loaded; a test holds it to the UI's own lists.
"""

from __future__ import annotations

import difflib
import unicodedata

MODIFIERS = ("ctrl", "shift", "alt", "meta", "super", "hyper")

#: keys that have a name rather than a character
NAMED_KEYS = frozenset(
    [
        "escape",
        "enter",
        "return",
        "tab",
        "space",
        "backspace",
        "delete",
        "insert",
        "home",
        "end",
        "pageup",
        "pagedown",
        "up",
        "down",
        "left",
        "right",
        *(f"f{n}" for n in range(1, 25)),
    ]
)

#: short names for characters whose Unicode name is long
SHORT_NAMES = {
    "solidus": "slash",
    "reverse_solidus": "backslash",
    "commercial_at": "at",
    "hyphen_minus": "minus",
    "plus_sign": "plus",
    "low_line": "underscore",
}
_LONG_NAMES = {short: long for long, short in SHORT_NAMES.items()}

#: the printable ASCII characters that are bound by name, by that name
CHARACTER_NAMES = {
    SHORT_NAMES.get(n, n): c
    for c in map(chr, range(33, 127))
    if not c.isalnum()
    for n in [unicodedata.name(c).lower().replace("-", "_").replace(" ", "_")]
}


#: names other programs use for keys that have another name here (suggestions only)
OTHER_NAMES = {
    "esc": "escape",
    "pgup": "pageup",
    "pgdn": "pagedown",
    "page_up": "pageup",
    "page_down": "pagedown",
    "del": "delete",
    "ins": "insert",
    "bs": "backspace",
    "ret": "enter",
    "spacebar": "space",
    "control": "ctrl",
    "ctl": "ctrl",
    "option": "alt",
    "cmd": "super",
}


class KeyNameError(ValueError):
    """A key that no keyboard sends: ``message`` says why, ``suggestion`` what was meant."""

    def __init__(self, message: str, suggestion: str | None = None) -> None:
        super().__init__(message)
        self.message, self.suggestion = message, suggestion


def character_key(c: str) -> str:
    """The key name of one character: itself for a letter or digit, else its name."""
    if c.isalnum():
        return c
    name = unicodedata.name(c, "").lower().replace("-", "_").replace(" ", "_")
    return SHORT_NAMES.get(name, name) or c


def _is_character_name(name: str) -> bool:
    if name in CHARACTER_NAMES:
        return True
    try:
        c = unicodedata.lookup(_LONG_NAMES.get(name, name).replace("_", " "))
    except KeyError:
        return False
    return len(c) == 1 and c.isprintable() and not c.isspace()


def normalize_key(spec: str) -> str:
    """One key as the UI binds it (``ctrl+?`` -> ``ctrl+question_mark``), or KeyNameError."""
    spec = spec.strip()
    if not spec:
        raise KeyNameError("an empty key")
    if spec.endswith("++") or spec == "+":  # "ctrl++": the plus key
        mods, base = [m for m in spec[:-2].split("+") if m], "+"
    else:
        *mods, base = spec.split("+")
    if not base:
        raise KeyNameError(f"no key after {spec!r}")
    for m in mods:
        if m.lower() not in MODIFIERS:
            close = [OTHER_NAMES[m.lower()]] if m.lower() in OTHER_NAMES else []
            close = close or difflib.get_close_matches(m.lower(), MODIFIERS, n=1)
            raise KeyNameError(
                f"{m!r} is not a modifier (they are {', '.join(MODIFIERS)})",
                spec.replace(m + "+", close[0] + "+", 1) if close else None,
            )
    head = "".join(f"{m.lower()}+" for m in mods)
    if len(base) == 1:
        return head + character_key(base)
    if base.lower() in NAMED_KEYS:
        return head + base.lower()
    if _is_character_name(base):
        return head + base
    closest = _closest(base)
    raise KeyNameError(
        f"{base!r} is not a key: a key is one character (q, N, ?) or a name "
        "(escape, enter, tab, space, f1, pageup, question_mark ...)",
        head + closest if closest else None,
    )


def _closest(name: str) -> str | None:
    """The key most likely meant by ``name``: a close name, or the character typed twice."""
    if name.lower() in OTHER_NAMES:
        return OTHER_NAMES[name.lower()]
    close = difflib.get_close_matches(
        name.lower(), [*NAMED_KEYS, *CHARACTER_NAMES], n=1, cutoff=0.7
    )
    if close:
        return close[0]
    if len(set(name)) == 1:  # "qq": a doubled character
        return character_key(name[0])
    return None


def normalize_keys(keys: str) -> str:
    """A comma-separated list of keys, each as :func:`normalize_key` gives it."""
    return ",".join(normalize_key(k) for k in keys.split(","))
