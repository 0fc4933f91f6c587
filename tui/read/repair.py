"""Text repair shared by every reader.

* :func:`fix_entities` decodes HTML entities, including the damaged forms that survive
  copy-and-paste and double escaping (``,quot;`` where the ``&`` was eaten and replaced by
  a comma, ``&amp;quot;``), without touching a plain ``AT&T``.
* :func:`normalize_chars` turns CRLF/CR into LF, NBSP and other spaces into a space,
  and removes zero-width characters and soft hyphens.
* :func:`tidy_paragraphs` gives the body shape: one paragraph per block, one blank line
  between paragraphs, no runs of spaces.

Curly and straight quotes are kept exactly as they are: quote attribution needs them.
Every function here is pure, linear in the length of its input and never raises on str.
"""

from __future__ import annotations

import html.entities
import re

__all__ = [
    "fix_entities",
    "normalize_chars",
    "repair",
    "tidy_paragraphs",
    "collapse_spaces",
]

# --------------------------------------------------------------------------- entities

_HTML5 = html.entities.html5  # "quot;" -> '"', also legacy names without ";"

# A well-formed entity: named (with ";"), decimal or hexadecimal. Bounded lengths.
_ENTITY_RE = re.compile(r"&(#[0-9]{1,7};?|#[xX][0-9a-fA-F]{1,6};?|[A-Za-z][A-Za-z0-9]{1,31};)")
# Double (or triple) escaping: "&amp;quot;" is what "&quot;" becomes when escaped again.
_AMP_CHAIN_RE = re.compile(r"&(?:amp;){1,8}(?=#?[A-Za-z0-9]{1,32};)")
# An entity whose "&" was eaten and replaced by a comma or lost after a letter, as
# scrapers and minifiers leave it: 'a "technical team,quot; was'. Only the names that
# occur in running text are repaired, and only when a ";" closes them, so ordinary
# prose ("quot" never stands alone in English) is safe.
_DAMAGED_NAMES = (
    "quot|amp|apos|lt|gt|nbsp|rsquo|lsquo|rdquo|ldquo|ndash|mdash|hellip|laquo|raquo|"
    "#39|#039|#34|#034|#38|#8216|#8217|#8220|#8221|#8211|#8212|#8230|#x27|#x22"
)
_DAMAGED_RE = re.compile(r",(" + _DAMAGED_NAMES + r");")
# "don#39;t": a numeric entity that lost its "&" between letters.
_BARE_NUMERIC_RE = re.compile(r"(?<=[A-Za-z])#(39|039|8217|8216|8220|8221|34);")

_CP1252_C1 = {  # numeric references to 128-159 mean the Windows-1252 character (HTML5 rule)
    0x80: "\u20ac",
    0x82: "\u201a",
    0x83: "\u0192",
    0x84: "\u201e",
    0x85: "\u2026",
    0x86: "\u2020",
    0x87: "\u2021",
    0x88: "\u02c6",
    0x89: "\u2030",
    0x8A: "\u0160",
    0x8B: "\u2039",
    0x8C: "\u0152",
    0x8E: "\u017d",
    0x91: "\u2018",
    0x92: "\u2019",
    0x93: "\u201c",
    0x94: "\u201d",
    0x95: "\u2022",
    0x96: "\u2013",
    0x97: "\u2014",
    0x98: "\u02dc",
    0x99: "\u2122",
    0x9A: "\u0161",
    0x9B: "\u203a",
    0x9C: "\u0153",
    0x9E: "\u017e",
    0x9F: "\u0178",
}


def _decode(body: str) -> str | None:
    """The character for an entity body ("quot;", "#39;", "#x27"), or None."""
    if body[0] == "#":
        digits = body[1:].rstrip(";")
        try:
            code = int(digits[1:], 16) if digits[:1] in ("x", "X") else int(digits)
        except ValueError:
            return None
        if code in _CP1252_C1:
            return _CP1252_C1[code]
        if code == 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
            return "\ufffd"
        return chr(code)
    return _HTML5.get(body)


def _entity(m: re.Match) -> str:
    value = _decode(m.group(1))
    return value if value is not None else m.group(0)


def _damaged(m: re.Match) -> str:
    value = _decode(m.group(1) + ";")
    return value if value is not None else m.group(0)


def fix_entities(text: str) -> str:
    """Decode HTML entities, repairing double-escaped and comma-damaged ones."""
    if "&" not in text and ";" not in text:
        return text
    if "&amp;" in text:
        text = _AMP_CHAIN_RE.sub("&", text)
    if ";" in text:
        text = _DAMAGED_RE.sub(_damaged, text)
        text = _BARE_NUMERIC_RE.sub(lambda m: _decode("#" + m.group(1) + ";") or m.group(0), text)
    if "&" in text:
        text = _ENTITY_RE.sub(_entity, text)
    return text


# --------------------------------------------------------------------------- characters

_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_ZERO_WIDTH = "\u200b\u2060\ufeff\u00ad\u180e\u2061\u2062\u2063\u2064"
_SPACE_TABLE: dict[int, str | None] = {ord(c): " " for c in _SPACES}
_SPACE_TABLE.update({ord(c): None for c in _ZERO_WIDTH})
_SPACE_TABLE.update({0x2028: "\n", 0x2029: "\n\n", 0x0B: "\n", 0x0C: "\n"})
# ZWNJ/ZWJ carry meaning between letters of Arabic, Persian and Indic scripts and
# inside emoji sequences; elsewhere they are invisible junk.
_JOINER_RE = re.compile(r"[\u200c\u200d]")


def _keep_joiner(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    if not before or not after:
        return False
    if ord(before) > 0x2FF and ord(after) > 0x2FF:
        # letters of non-Latin scripts, or emoji/symbols (ZWJ sequences)
        return True
    return False


_NEEDS_TABLE_RE = re.compile("[" + "".join(re.escape(chr(c)) for c in _SPACE_TABLE) + "]")
_SPACE_MAP = {chr(k): (v or "") for k, v in _SPACE_TABLE.items()}


def _space_sub(m: re.Match) -> str:
    return _SPACE_MAP[m.group()]


def normalize_chars(text: str) -> str:
    """CRLF/CR -> LF; NBSP and other spaces -> " "; zero-width characters removed."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _NEEDS_TABLE_RE.search(text):
        # replace match by match: str.translate looks every character up in a dict,
        # which costs milliseconds on a whole page where only a few characters change
        text = _NEEDS_TABLE_RE.sub(_space_sub, text)
    if "\u200c" in text or "\u200d" in text:
        out = []
        last = 0
        for m in _JOINER_RE.finditer(text):
            i = m.start()
            if not _keep_joiner(text, i):
                out.append(text[last:i])
                last = i + 1
        out.append(text[last:])
        text = "".join(out)
    return text


# --------------------------------------------------------------------------- shape

_HSPACE_RE = re.compile(r"[ \t]+")
_SPACE_AROUND_NL_RE = re.compile(r" *\n *")
_BLANKS_RE = re.compile(r"\n{2,}")


_WS_RE = re.compile(r"[ \t\n\r\f\v]+")


# Characters that str.split() takes for whitespace and collapse_spaces() does not (they
# must stay, to be made visible or kept as they are).
_ODD_SPACE_RE = re.compile("[\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]")


def collapse_spaces(text: str) -> str:
    """One line of text: every run of whitespace becomes one space, ends stripped.

    Only ASCII whitespace counts: ``str.split()`` would also swallow control characters
    such as U+001C-U+001F and U+0085, which must stay to be made visible. (Fast paths,
    same result: a line without runs of spaces is only stripped; other text is split in
    C when it holds no whitespace that ``str.split`` reads differently.)"""
    if (
        "  " not in text
        and "\n" not in text
        and "\t" not in text
        and "\r" not in text
        and "\f" not in text
        and "\v" not in text
    ):
        return text.strip(" ")
    if _ODD_SPACE_RE.search(text) is None:
        return " ".join(text.split())
    return _WS_RE.sub(" ", text).strip(" ")


def tidy_paragraphs(paragraphs) -> str:
    """Join paragraphs (each collapsed to one line) with exactly one blank line."""
    out = []
    for p in paragraphs:
        p = collapse_spaces(p)
        if p:
            out.append(p)
    return "\n\n".join(out)


def repair(text: str) -> str:
    """Entities, characters and line ends repaired; controls are left for
    :func:`tui.visible.visible`."""
    text = normalize_chars(text)
    text = fix_entities(text)
    # an entity may have produced NBSP or zero-width characters
    if any(c in text for c in "\u00a0\u200b\u200c\u200d\u00ad\ufeff\r"):
        text = normalize_chars(text)
    return text
