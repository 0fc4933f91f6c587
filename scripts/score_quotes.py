#!/usr/bin/env python3
"""Score quote extraction and attribution on the PolNeAR dev set.

Runs ``tui.analysis.quotes.find_quotes`` over ../shared/dev-data/quotes/polnear-train-dev.jsonl
(with the actor extractor's mentions, as the app does), writes the predictions to a
temporary file, runs the official scorer and prints its table plus the speed.

PolNeAR marks the words between quotation marks (direct and mixed quotes); it does not
mark indirect speech. So only our ``direct`` and ``partial`` quotes are submitted by
default (``--kinds`` changes that, e.g. ``--kinds direct,partial,term,indirect``).

Usage: .venv/bin/python scripts/score_quotes.py [--kinds K,K] [--errors N] [--json]
Prints a message and exits 0 when the dev-data folder is absent.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DEV = ROOT.parent / "shared" / "dev-data" / "quotes"
GOLD = DEV / "polnear-train-dev.jsonl"
SCORER = DEV / "score.py"


def predict(docs, kinds, with_mentions=True):
    from tui.analysis.quotes import find_quotes

    if with_mentions:
        from tui.analysis.actors import find_mentions
    out = []
    t0 = time.perf_counter()
    for d in docs:
        mentions = find_mentions(d["text"]) if with_mentions else []
        qs = find_quotes(d["text"], mentions)
        out.append(
            {
                "id": d["id"],
                "quotes": [{"start": q.start, "end": q.end, "speaker": q.speaker, "kind": q.kind} for q in qs if q.kind in kinds],
            }
        )
    return out, time.perf_counter() - t0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kinds", default="direct,partial", help="quote kinds to submit (comma-separated)")
    ap.add_argument("--errors", type=int, default=0, help="show up to N speaker errors and misses")
    ap.add_argument("--json", action="store_true", help="print the scorer's JSON line")
    ap.add_argument("--no-mentions", action="store_true", help="do not run the actor extractor")
    a = ap.parse_args(argv)
    if not GOLD.is_file() or not SCORER.is_file():
        print(f"dev data not found at {DEV}; nothing to score")
        return 0
    docs = [json.loads(line) for line in GOLD.open(encoding="utf-8") if line.strip()]
    kinds = set(a.kinds.split(","))
    preds, secs = predict(docs, kinds, not a.no_mentions)
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for p in preds:
            f.write(json.dumps(p) + "\n")
        pred_path = f.name
    cmd = [sys.executable, str(SCORER), str(GOLD), pred_path]
    if a.json:
        cmd.append("--json")
    if a.errors:
        cmd += ["--errors", str(a.errors)]
    subprocess.run(cmd, check=False)
    chars = sum(len(d["text"]) for d in docs)
    print(
        f"speed: {len(docs)} articles in {secs:.2f} s = {len(docs) / secs:.0f} articles/s "
        f"({chars / secs / 1e6:.2f} M chars/s; kinds submitted: {','.join(sorted(kinds))}; "
        f"mentions: {'actor extractor' if not a.no_mentions else 'none'})"
    )
    Path(pred_path).unlink(missing_ok=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
