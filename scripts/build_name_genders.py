#!/usr/bin/env python3
"""Build tui/analysis/data/given_name_genders.txt.gz: first names with the sex they
overwhelmingly belong to, for pronoun resolution in the quote attributor ("Barack Obama"
cannot be "she").

Source: the US Census Bureau 1990 first-name files (public domain), as shipped in the
`names` 0.3.0 package (MIT), the same archive scripts/build_gazetteers.py uses. A name is
written with M or F only when at least RATIO times as frequent for one sex as for the
other (so "Jordan", "Leslie" and "Kelly" stay out). Output lines: ``Name<TAB>M|F``,
sorted, gzip without a timestamp (deterministic).

Usage: .venv/bin/python scripts/build_name_genders.py [--from DIR]
(DIR holds names-0.3.0.tar.gz; without it the archive is fetched with `pip download`.)
"""

from __future__ import annotations

import argparse
import gzip
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tui" / "analysis" / "data" / "given_name_genders.txt.gz"
RATIO = 4.0
MIN_FREQ = 0.001  # percent of the population: rarer names are left out


def _read(tar: tarfile.TarFile, suffix: str) -> dict[str, float]:
    member = next(m for m in tar.getmembers() if m.name.endswith(suffix))
    out = {}
    f = tar.extractfile(member)
    if f is None:
        raise SystemExit(f"{suffix} is not a regular file in the archive")
    for line in f.read().decode("ascii").splitlines():
        parts = line.split()
        if len(parts) >= 2:
            out[parts[0].capitalize()] = float(parts[1])
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--from", dest="src", help="folder holding names-0.3.0.tar.gz")
    a = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(a.src) if a.src else Path(tmp)
        if not a.src:
            subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "pip",
                    "download",
                    "--no-deps",
                    "--no-binary",
                    ":all:",
                    "names==0.3.0",
                    "-d",
                    tmp,
                ],
                check=True,
            )
        archive = next(src.glob("names-0.3.0*.tar.gz"))
        with tarfile.open(archive) as tar:
            male, female = _read(tar, "dist.male.first"), _read(tar, "dist.female.first")
    lines = []
    for name in sorted(set(male) | set(female)):
        m, f = male.get(name, 0.0), female.get(name, 0.0)
        if max(m, f) < MIN_FREQ:
            continue
        if m >= RATIO * f:
            lines.append(f"{name}\tM")
        elif f >= RATIO * m:
            lines.append(f"{name}\tF")
    data = ("\n".join(lines) + "\n").encode("utf-8")
    OUT.write_bytes(gzip.compress(data, mtime=0))
    print(f"{OUT}: {len(lines)} names")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
