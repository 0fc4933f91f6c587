"""Which outlet published an article: the known outlets, and the clues that name one.

:class:`OutletTable` holds the outlets of :mod:`tui.read.outlet_table` (extended or
corrected by the config's ``sources.outlets``, :func:`table_for`) and answers three
questions: which outlet a web host belongs to (:meth:`OutletTable.for_host`), which one a
name or abbreviation means ("Associated Press", "AP", "Thomson Reuters":
:meth:`OutletTable.named`), and which one a file or folder name names (``nyt_…``,
``washingtonpost-…``, ``bbc/…``: :meth:`OutletTable.for_path`).

:func:`credit_outlet` finds the outlet a text credits: a wire credit in the first
paragraph ("KABUL (AFP) -", "April 12 (UPI) --"), a sign-off line ("— AFP"), or an
"Originally published by ..." line. :data:`tui.model.OUTLET_FROM` ranks the clues; the
reader keeps the most reliable one it found.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import PurePath

from tui.model import GUESSED_OUTLET_FROM, OUTLET_FROM
from tui.read.outlet_table import GENERIC_LABELS, ROWS

__all__ = [
    "GUESSED_OUTLET_FROM",
    "OUTLET_FROM",
    "Outlet",
    "OutletTable",
    "builtin_table",
    "credit_outlet",
    "table_for",
]


@dataclass(frozen=True, slots=True)
class Outlet:
    """One known outlet: ``name`` as readers know it, ``short`` for column headers,
    its web ``hosts`` and the ``slugs`` that name it in file names and credits."""

    name: str
    short: str
    hosts: tuple[str, ...] = ()
    slugs: tuple[str, ...] = ()


def parse_rows(text: str) -> list[Outlet]:
    """The rows of :mod:`tui.read.outlet_table` (``Name | short | hosts | slugs``)."""
    out = []
    for line in text.splitlines():
        parts = [p.strip() for p in line.split("|")]
        if len(parts) < 2 or not parts[0]:
            continue
        parts += [""] * (4 - len(parts))
        out.append(
            Outlet(parts[0], parts[1] or parts[0], tuple(parts[2].split()), tuple(parts[3].split()))
        )
    return out


_NOT_ALNUM = re.compile(r"[\W_]+")


def compact(text: str) -> str:
    """The key names are compared by: lower case, letters and digits only
    ("Washington Post", "washington_post", "WashingtonPost" agree)."""
    return _NOT_ALNUM.sub("", text.lower())


def _without_the(text: str) -> str | None:
    """``text`` without a leading "The" ("The Hill" -> "Hill"), or None."""
    head = text[:4].lower()
    return text[4:] if head in ("the ", "the_", "the-") and len(text) > 5 else None


def _host_label(host: str) -> str:
    """The label a host is known by: ``washingtonpost`` for ``washingtonpost.com``."""
    parts = host.lower().removeprefix("www.").split(".")
    return parts[0] if parts else ""


class OutletTable:
    """Look-ups over a list of outlets; an earlier row wins a name or host two rows share."""

    def __init__(self, rows: Iterable[Outlet]) -> None:
        self.rows: list[Outlet] = list(rows)
        self._hosts: dict[str, Outlet] = {}
        self._names: dict[str, Outlet] = {}
        self._slugs: dict[str, Outlet] = {}
        for row in self.rows:
            for host in row.hosts:
                self._hosts.setdefault(host.lower().removeprefix("www."), row)
                label = compact(_host_label(host))
                if len(label) >= 3 and label not in GENERIC_LABELS:
                    self._slugs.setdefault(label, row)
            for text in (row.name, row.short, *row.slugs):
                self._names.setdefault(compact(text), row)
                bare = _without_the(text)
                if bare:
                    self._names.setdefault(compact(bare), row)
            for slug in row.slugs:
                self._slugs.setdefault(compact(slug), row)

    def for_host(self, host: str | None) -> Outlet | None:
        """The outlet of a web host, most specific first ("abcnews.go.com" before "go.com")."""
        if not host:
            return None
        parts = host.lower().rstrip(".").removeprefix("www.").split(".")
        for i in range(len(parts) - 1):
            row = self._hosts.get(".".join(parts[i:]))
            if row:
                return row
        return None

    def named(self, text: str | None) -> Outlet | None:
        """The outlet a name, abbreviation or host names ("Associated Press", "AP",
        "nytimes.com"); None for one not in the table."""
        if not text or len(text) > 200:
            return None
        text = text.strip()
        row = self._names.get(compact(text))
        bare = _without_the(text)
        if row is None and bare:
            row = self._names.get(compact(bare))
        if row is None and "." in text and " " not in text.strip():
            row = self.for_host(text)
        return row

    def short(self, name: str | None) -> str | None:
        """The short label of a known outlet's name."""
        row = self.named(name)
        return row.short if row else None

    def for_path(self, path: str | PurePath) -> Outlet | None:
        """The outlet a file name or its folder names: a leading host ("www.upi.com -
        Title.html", as ``storyline fetch`` names pages), a leading slug after any
        numbers or dates ("nyt_2016_06_08_…", "003-washingtonpost-…"), or a folder
        named for the outlet ("bbc/…")."""
        folder_name, name = _last_two(path)
        i = name.rfind(".")
        stem = (name[:i] if 0 < i < len(name) - 1 else name).lower()  # as PurePath.stem
        m = _LEADING_HOST.match(stem)
        if m:
            row = self.for_host(m.group(1))
            if row:
                return row
        row = self._leading_slug([t for t in _NOT_ALNUM.split(stem) if t])
        if row:
            return row
        folder = compact(folder_name) if folder_name else ""
        return self._slugs.get(folder) if folder else None

    def _leading_slug(self, tokens: list[str]) -> Outlet | None:
        """The longest slug the first words (after numbers) spell."""
        i = 0
        while i < len(tokens) and tokens[i].isdigit():
            i += 1
        for k in range(min(4, len(tokens) - i), 0, -1):
            row = self._slugs.get("".join(tokens[i : i + k]))
            if row:
                return row
        return None

    def extended(self, rows: Iterable[Outlet]) -> OutletTable:
        """A table with ``rows`` before these (they win what they share)."""
        return OutletTable([*rows, *self.rows])


def _last_two(path: str | PurePath) -> tuple[str, str]:
    """(folder name, file name) of ``path`` as ``PurePath(path).parent.name`` and ``.name``
    read them (empty and "." parts skipped, ".." kept), with string operations: the cache
    key asks this of every file on every load."""
    text = os.fspath(path)
    if os.altsep:
        text = text.replace(os.altsep, os.sep)
    parts = [p for p in text.split(os.sep) if p and p != "."]
    return (parts[-2] if len(parts) > 1 else ""), (parts[-1] if parts else "")


_LEADING_HOST = re.compile(r"^((?:[a-z0-9-]+\.)+[a-z]{2,})(?:[\s_-]|$)")


@lru_cache(maxsize=1)
def builtin_table() -> OutletTable:
    return OutletTable(parse_rows(ROWS))


def table_for(config) -> OutletTable:
    """The built-in table with the config's ``sources.outlets`` first (a row of the config
    with a built-in outlet's name replaces that outlet)."""
    entries = getattr(getattr(config, "sources", None), "outlets", None) or []
    if not entries:
        return builtin_table()
    key = tuple((e.name, e.short or "", tuple(e.hosts), tuple(e.slugs)) for e in entries if e.name)
    return _extended(key)


@lru_cache(maxsize=8)
def _extended(key: tuple) -> OutletTable:
    rows = [Outlet(n, s or n, h, sl) for n, s, h, sl in key]
    names = {compact(r.name) for r in rows}
    base = [r for r in builtin_table().rows if compact(r.name) not in names]
    return OutletTable([*rows, *base])


# --------------------------------------------------------------------------- credits

# A wire credit in parentheses before a dash near the start of the first paragraph, as
# agencies open their copy: "KABUL (AFP) -", "Kabul, April 12 (Xinhua) --", "(AP) —".
_WIRE_CREDIT = re.compile(r"\(([A-Za-z][\w/&.' -]{0,40})\)\s*(?:--|—|–|-|:)\s")
# A sign-off closing the text: "— AFP", "-- Reuters", "(AFP)", or an agency's capitals
# alone ("AFP"). A bare word is not one: "Science" or "Politics" closing a page is a link.
_SIGN_OFF = re.compile(
    r"^\s*(?:(?:--|—|–|-)\s*([A-Za-z][\w/&.' -]{0,40}?)|\(([A-Za-z][\w/&.' -]{0,40})\)"
    r"|([A-Z]{2,5}))\s*\.?\s*$"
)
# "Originally published by X", "This article first appeared on X", "Republished with
# permission from X", "This story was produced by X".
_ORIGINALLY = re.compile(
    r"\b(?i:(?:originally|first)\s+(?:published|appeared|ran)|republished(?:\s+with\s+permission)?"
    r"|(?:was\s+)?produced)\s+(?i:by|on|in|at|from|with)\s+(?i:the\s+website\s+of\s+)?"
    r"([A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|and|&|the)){0,6})",
)


def credit_outlet(paragraphs: list[str], table: OutletTable) -> Outlet | None:
    """The known outlet a text credits itself to: a wire credit opening the first
    paragraph, a sign-off or "originally published by" line among the last three."""
    if paragraphs:
        for m in _WIRE_CREDIT.finditer(paragraphs[0][:200]):
            row = table.named(m.group(1))
            if row:
                return row
    for p in reversed(paragraphs[-3:]):
        text = p.strip()
        if len(text) <= 45:
            sign_off = _SIGN_OFF.match(text)
            row = table.named(next(g for g in sign_off.groups() if g)) if sign_off else None
            if row:
                return row
        if len(text) <= 400:
            origin = _ORIGINALLY.search(text)
            row = _named_prefix(origin.group(1), table) if origin else None
            if row:
                return row
    return None


def _named_prefix(words: str, table: OutletTable) -> Outlet | None:
    """The known outlet the longest run of the first words names ("Kaiser Health News on
    May 3" -> Kaiser Health News)."""
    parts = words.split()
    for k in range(len(parts), 0, -1):
        row = table.named(" ".join(parts[:k]).rstrip(".,"))
        if row:
            return row
    return None
