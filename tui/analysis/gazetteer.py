"""The word lists the actor tagger looks names up in, loaded once on first use.

The files live in ``tui/analysis/data/`` (sources and licences in its README);
``scripts/build_gazetteers.py`` rebuilds the generated ones. Loading all of them
takes a few tens of milliseconds and happens on the first call, not at import.
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"


def _lines(name: str) -> list[str]:
    path = DATA / name
    try:
        raw = gzip.decompress(path.read_bytes()) if name.endswith(".gz") else path.read_bytes()
    except OSError:  # a broken install degrades to rules alone, never crashes
        return []
    return [ln for ln in raw.decode("utf-8").splitlines() if ln and not ln.startswith("#")]


@dataclass(frozen=True, slots=True)
class Gazetteer:
    places: dict[str, str]  # exact spelling -> country | capital | city | region | area
    places_lower: dict[str, str]  # lower-cased spelling -> exact spelling (for headlines)
    place_country: dict[
        str, str
    ]  # exact spelling -> ISO 3166-1 alpha-2 of its country ("" unknown)
    demonyms: frozenset[str]
    demonym_country: dict[str, str]  # "Afghan" -> "AF"
    given_names: frozenset[str]
    surnames: frozenset[str]
    common_words: frozenset[str]  # lower-case words more often lower-case than capitalised
    organisations: frozenset[str]
    organisations_lower: dict[str, str]
    org_aliases: dict[str, str]  # lower-cased alias -> lower-cased full name ("gop")


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    places: dict[str, str] = {}
    place_country: dict[str, str] = {}
    for ln in _lines("places.txt.gz") + _lines("places_extra.txt"):
        name, kind, cc = (ln.split("\t") + ["", ""])[:3]
        places[name] = kind or "region"
        place_country[name] = cc
    demonym_country = {}
    for ln in _lines("demonyms.txt.gz"):
        name, _, cc = ln.partition("\t")
        demonym_country[name] = cc
    orgs = frozenset(_lines("organisations.txt"))
    given = frozenset(_lines("given_names.txt.gz")) | frozenset(_lines("given_names_extra.txt"))
    return Gazetteer(
        places=places,
        places_lower={k.lower(): k for k in places},
        place_country=place_country,
        demonyms=frozenset(demonym_country),
        demonym_country=demonym_country,
        given_names=given,
        surnames=frozenset(_lines("surnames.txt.gz")),
        common_words=frozenset(_lines("common_words.txt.gz")),
        organisations=orgs,
        organisations_lower={o.lower(): o for o in orgs},
        org_aliases=_aliases(),
    )


def _aliases() -> dict[str, str]:
    out = {}
    for ln in _lines("org_aliases.txt"):
        alias, _, full = ln.partition("\t")
        if alias and full:
            out[alias.lower().replace(".", "")] = full.lower()
    return out
