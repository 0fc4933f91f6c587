#!/usr/bin/env python3
"""Score who is who across a story on the dev stories in ../shared/dev-data/stories/.

    .venv/bin/python scripts/score_stories.py [--errors N] [--keep DIR]

Each story folder (one ``.txt`` per article and the hand-linked ``entities.jsonl``) is
loaded as the app loads it (``storyline extract --json STORY``: the whole model, actors
merged across the story), without the article cache, and scored by the story scorer
(``stories/score.py``): mentions found, B-cubed P/R/F of actors against entities,
surname links, junk actors, wrong merges. One line per story, then the time each load
took (the analysis and merge of every article). ``--errors N`` passes N to the scorer,
which then lists wrong surname links, junk actors and wrong merges; ``--keep DIR`` keeps
the predictions there. Exits 0 with a message when the dev data is absent.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "dev-data" / "stories"
SCORER = DEV / "score.py"


def stories() -> list[Path]:
    """The story folders: those holding a gold ``entities.jsonl``."""
    return sorted(p for p in DEV.iterdir() if p.is_dir() and (p / "entities.jsonl").is_file())


def extract(story: Path, out: Path) -> float:
    """``storyline extract --json`` of one story into ``out``; the seconds it took."""
    t0 = time.perf_counter()
    with out.open("w", encoding="utf-8") as f:
        subprocess.run(
            [sys.executable, "-m", "tui", "extract", "--no-cache", "--json", str(story)],
            cwd=ROOT,
            stdout=f,
            stderr=subprocess.DEVNULL,
            check=True,
        )
    return time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--errors", type=int, default=0, help="list this many errors per story")
    ap.add_argument("--keep", help="keep the predictions (STORY.json) in this folder")
    args = ap.parse_args()
    if not SCORER.is_file():
        print(f"dev stories not found at {DEV}; nothing to score")
        return 0
    timings = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(args.keep) if args.keep else Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        for story in stories():
            pred = folder / f"{story.name}.json"
            seconds = extract(story, pred)
            n = sum(1 for _ in story.glob("*.txt"))
            timings.append(f"{story.name} {n} articles {seconds:.2f} s")
            extra = ["--errors", str(args.errors)] if args.errors else []
            line = subprocess.run(
                [sys.executable, str(SCORER), str(story), str(pred), *extra],
                capture_output=True,
                text=True,
                check=True,
            )
            print(f"{story.name:<11} {line.stdout.strip()}", flush=True)
            if line.stderr.strip():
                print(line.stderr.rstrip(), flush=True)
    print("load (analysis and merge, one process, no cache): " + "; ".join(timings))
    return 0


if __name__ == "__main__":
    sys.exit(main())
