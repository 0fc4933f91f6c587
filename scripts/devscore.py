#!/usr/bin/env python3
"""Run every extractor over ../shared/dev-data and print the scorers' tables (`make score`).

Each area has its own script (scripts/score_<area>.py); this runs them in turn. When
the dev-data folder is absent each says so and the run still succeeds.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
AREAS = ["extract", "actors", "stories", "timex", "quotes"]


def main(argv: list[str]) -> int:
    wanted = argv or AREAS
    status = 0
    for area in wanted:
        script = HERE / f"score_{area}.py"
        print(f"\n===== {area} " + "=" * (60 - len(area)), flush=True)
        if not script.exists():
            print(f"(no {script.name} yet)")
            continue
        status |= subprocess.call([sys.executable, str(script)], cwd=HERE.parent)
    return status


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
